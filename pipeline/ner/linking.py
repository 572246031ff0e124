"""One canonical name per actor within an article: acronyms, surnames, short forms, labels.

Works on the spaCy doc after :mod:`.components` ran, and returns :class:`Mention` records
with offsets into the doc's text (:mod:`pipeline.entities` maps them to the article).
Every step is one pass over the tokens or the mentions.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ..patterns import entities as P
from . import lexicon
from .index import same_person
from .labels import CUE, Labeller
from .people import promote_people
from .roles import role_of
from .tokens import span_text, token_texts

# A gazetteer match outvotes the model's labels, as it was checked by hand ("République
# centrafricaine" is a place though its acronym "RCA", read as an institution, comes back 20
# times), but not a cue noun, which says what the name is in this article.
GAZ_VOTE_WEIGHT = 50
CUE_VOTE_WEIGHT = 100  # "le groupe X", "l'indice X": the text says what X is, over the model's guesses
SUFFIX_MIN_WORDS = 2  # "Tech Valley" may stand for "Casablanca Tech Valley"; "Maroc" never does
LONG_FORM_LOOKBACK = 3  # "Commission nationale de" before a lower-case tail: 3 tokens back
ACRONYM_LABEL = "ORG"  # a defined acronym is most often an institution in economic news
WORD_SPLIT = re.compile(r"[\s\-'’]+")
PERSON_BEFORE = P.ROLE_HEADS | P.PERSON_OF_CUES  # "le président Trump", "l'administration Trump"
NOT_A_SURNAME = P.ROLE_HEADS | P.GENERIC_ALONE | STOP_WORDS  # words that alone name no one


@dataclass
class Mention:
    start: int  # token range in the doc
    end: int
    label: str
    text: str
    canonical: str
    gaz: bool = False  # from the gazetteer
    role: str = ""
    cue: bool = False  # labelled from the noun before it ("le groupe X"): see .filters


def clean(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def link(doc: Doc) -> list[Mention]:
    """The doc's entities with their canonical name, one label per canonical, and roles."""
    ms = []
    for e in doc.ents:
        text = span_text(doc, e.start, e.end)  # Span.text walks its tokens
        ms.append(Mention(e.start, e.end, e.label_, text, e.ent_id_ or clean(text), bool(e.ent_id_),
                          cue=e.kb_id_ == CUE))
    taken = [False] * len(doc)
    for m in ms:
        taken[m.start : m.end] = [True] * (m.end - m.start)
    acronyms = define_acronyms(doc, ms, taken)
    promote_people(doc, ms, set(acronyms.values()))
    people = link_people(ms)
    scan_tokens(doc, ms, taken, acronyms, people)
    for m in ms:
        if m.text in acronyms:
            m.canonical = acronyms[m.text]
        elif not m.gaz and m.text in people and (m.label == "PER" or len(m.text.split()) == 1):
            m.canonical, m.label = people[m.text], "PER"
    link_suffixes(ms)
    person = [False] * len(doc)
    for m in ms:
        if m.label == "PER":
            person[m.start : m.end] = [True] * (m.end - m.start)
    for m in ms:
        if m.label == "PER":
            m.role = role_of(doc, m.start, m.end, person)
    vote(ms)
    named = person_words(ms)
    lone = [lone_word_person(doc, m, named) for m in ms]
    # one title, role or verb of saying is enough for every use of the name in the article
    # ("Poutine a déclaré ..." makes the later "Poutine veut ..." the person too)
    vouched = {m.canonical for m, alone in zip(ms, lone, strict=True) if m.label == "PER" and not alone}
    for m, alone in zip(ms, lone, strict=True):
        if alone and m.canonical not in vouched:
            m.label = "ORG"
    heads = [lower_long_form_head(doc, m) for m in ms]
    programmes = {m.text for m, head in zip(ms, heads, strict=True) if head in P.LOWER_PROGRAMME_HEADS}
    for m in ms:  # "le mécanisme d'ajustement carbone aux frontières (MACF)": each "MACF" is MISC
        if m.text in programmes:
            m.label = "MISC"
    # "taux d'utilisation des capacités (TUC)": the acronym of a common noun, in its brackets (its
    # later uses stay: measured, dropping them too lost names the dev gold counts, "SGP")
    common = [head is not None and head not in P.LOWER_PROGRAMME_HEADS for head in heads]
    return sorted((m for m, c in zip(ms, common, strict=True) if not c), key=lambda m: m.start)


def lone_word_person(doc: Doc, m: Mention, named: set[str] | frozenset[str] = frozenset()) -> bool:
    """A one-word "person" the article never names in full, with no title, that is no given name
    (of the region's list or the world's: "Kai", "Michael") nor a word of a person's full name the
    article gives ("Williams" beside Serena Williams: :func:`person_words`): "chez
    Atela", "le groupe Midea" (made an organisation, the most frequent case in economic news; a
    place such as "à Benghazi" gets the wrong label, but the name is kept). A person met by a
    surname alone is named in full elsewhere in the article (linked above) or has a title
    ("M. Bouanou"), a role word ("le président Trump", "le président américain Trump"), a government
    named after the person ("l'administration Trump": ``PERSON_OF_CUES``), or a verb of saying
    beside it ("Jouahri a ajouté", "a écrit Trump": ``SPEECH_VERBS``)."""
    if m.label != "PER" or m.gaz or m.end - m.start != 1 or m.canonical != clean(m.text) or m.text in named:
        return False
    titled = m.start > 0 and doc[m.start - 1].text in P.TITLES
    given = m.text.lower() in P.GIVEN_NAMES or m.text in P.WORLD_GIVEN_NAMES
    return not titled and not given and not said_or_led(doc, m.start)


def person_words(ms: list[Mention]) -> set[str]:
    """The capitalised words of the article's full names of people: "Williams" alone, when the
    article names Serena and Richard Williams, is one of them (which one the text does not say,
    so it is linked to neither), and "Serena" too; neither is a company."""
    full = [m.text.split() for m in ms if m.label == "PER"]
    return {w for words in full if len(words) >= 2 for w in words
            if w[:1].isupper() and w.lower() not in NOT_A_SURNAME}


def said_or_led(doc: Doc, i: int) -> bool:
    """Whether token i, a one-word name, stands after a role word or a government noun (one
    lower-case word may come between: "le président américain Trump"), or beside a verb of saying:
    "X a déclaré", "X ajoute", "a écrit X", ", explique X"."""
    texts = token_texts(doc)
    before = [texts[k].lower() for k in (i - 1, i - 2) if k >= 0]
    if before and before[0] in PERSON_BEFORE:
        return True
    if len(before) == 2 and texts[i - 1].isalpha() and texts[i - 1].islower() \
            and texts[i - 1] not in STOP_WORDS and before[1] in PERSON_BEFORE:  # not "président d'X"
        return True
    after = texts[i + 1 : i + 3]
    said_after = bool(after) and (after[0] in P.SPEECH_VERBS
                                  or (after[0] == "a" and len(after) == 2 and after[1] in P.SPEECH_VERBS))
    return said_after or (bool(before) and before[0] in P.SPEECH_VERBS)


def lower_long_form_head(doc: Doc, m: Mention) -> str | None:
    """The first word of the lower-case phrase that a bracketed acronym abbreviates ("taux" for
    "taux d'utilisation des capacités (TUC)", "mécanisme" for "mécanisme d'ajustement carbone aux
    frontières (MACF)"), else None. The acronym of a lower-case phrase is a common noun's ("(TUC)",
    "(CST)" after "comptes spéciaux du Trésor"), no name, unless the phrase opens with a programme
    or mechanism head (``LOWER_PROGRAMME_HEADS``)."""
    if m.end - m.start != 1 or m.start < 2 or m.end >= len(doc) or doc[m.start - 1].text != "(" \
            or doc[m.end].text != ")" or not P.ACRONYM.match(m.text):
        return None
    acr, close = m.text, m.start - 1
    for s in range(close - 1, max(-1, close - 1 - P.ACRONYM_MAX_LONG_WORDS), -1):
        t = doc[s]
        if t.is_punct or t.is_space:
            return None
        if t.is_lower and t.text[0] == acr[0].lower() and acronym_fits(acr, doc[s:close].text):
            if any(w.is_title or w.is_upper for w in doc[s:close]) or inside_a_name(doc, s):
                return None
            return t.lower_
    return None


def inside_a_name(doc: Doc, s: int) -> bool:
    """Whether a capitalised word other than a function word stands a few lower-case words before
    token s: "Commission nationale de [contrôle de la protection ...] (CNDP)" abbreviates the whole
    name, not its lower-case tail."""
    for k in range(s - 1, max(-1, s - 1 - LONG_FORM_LOOKBACK), -1):
        t = doc[k]
        if t.is_title and t.lower_ not in STOP_WORDS:
            return True
        if not t.is_lower:
            return False
    return False


def acronym_fits(acr: str, long: str) -> bool:
    """Schwartz and Hearst's rule: the acronym's letters occur in order in the long form,
    read from the end, the first one starting the long form's first word."""
    letters = [c.lower() for c in acr if c.isalpha()]
    words = [w for w in WORD_SPLIT.split(long) if w]
    if len(letters) < 2 or not words or len(words) > P.ACRONYM_MAX_LONG_WORDS:
        return False
    if words[0][0].lower() != letters[0] or len(words) < len(letters) - 1:
        return False
    low = long.lower()
    li = len(low) - 1
    for si in range(len(letters) - 1, -1, -1):
        c = letters[si]
        while li >= 0 and (low[li] != c or (si == 0 and li > 0 and low[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return False
        li -= 1
    return True


def acronym_fits_end(acr: str, long: str) -> bool:
    """The acronym fits the long form or its end: ADM, "Société nationale des Autoroutes du Maroc"."""
    words = long.split()
    return any(acronym_fits(acr, " ".join(words[k:])) for k in range(len(words)))


def define_acronyms(doc: Doc, ms: list[Mention], taken: list[bool]) -> dict[str, str]:
    """Acronym -> long form, from "Long Form (ACR)" and "ACR (Long Form)" in the text."""
    ending = {m.end: m for m in ms}
    at = {(m.start, m.end): m for m in ms}
    out: dict[str, str] = {}
    texts = token_texts(doc)
    for i in [i for i, w in enumerate(texts) if w == "("]:
        if i == 0:
            continue
        close = next((k for k in range(i + 1, min(len(texts), i + P.ACRONYM_MAX_LONG_WORDS + 2))
                      if texts[k] == ")" or "\n" in texts[k]), None)
        if close is None or texts[close] != ")" or close == i + 1:
            continue
        inner = doc[i + 1 : close]
        if len(inner) == 1 and P.ACRONYM.match(inner.text):  # Long Form (ACR)
            acr, long_m = inner.text, ending.get(i)
            if long_m is None or not acronym_fits_end(acr, long_m.text):
                long_m = _long_form_before(doc, i, acr, ms, taken)
            acr_tok = (i + 1, i + 2)
        elif len(inner) >= 2 and P.ACRONYM.match(doc[i - 1].text) and acronym_fits_end(doc[i - 1].text,
                                                                                        inner.text):
            acr, long_m = doc[i - 1].text, at.get((i + 1, close))  # ACR (Long Form)
            if long_m is None and inner[0].is_title and not any(taken[i + 1 : close]):
                long_m = _add_long_form(ms, taken, doc, i + 1, close)
            acr_tok = (i - 1, i)
        else:
            continue
        if long_m is None or acr in P.COMMON_ABBREVIATIONS:
            continue  # "Marocains résidant à l'étranger (MRE)": a common noun's abbreviation
        out.setdefault(acr, long_m.canonical)
        if not taken[acr_tok[0]]:
            _add(ms, taken, doc, *acr_tok, long_m.label)
    return out


def _long_form_before(doc: Doc, i: int, acr: str, ms: list[Mention], taken: list[bool]) -> Mention | None:
    """The shortest capitalised run of words before "(ACR)" that the acronym fits, as a new mention."""
    lo = max(0, i - P.ACRONYM_MAX_LONG_WORDS)
    for s in range(i - 1, lo - 1, -1):
        t = doc[s]
        if t.is_space or t.text in P.SENTENCE_END or t.text == ",":
            return None
        if t.text[:1].lower() == acr[0].lower() and t.is_title and acronym_fits(acr, doc[s:i].text):
            inside = [m for m in ms if s <= m.start and m.end <= i]
            if any(m.start < s < m.end for m in ms):
                return None  # the long form would cut a name in two
            for m in inside:  # "Maroc" in "Société nationale des autoroutes du Maroc"
                ms.remove(m)
            return _add_long_form(ms, taken, doc, s, i)
    return None


def _add_long_form(ms: list[Mention], taken: list[bool], doc: Doc, s: int, e: int) -> Mention:
    """An acronym's long form the model missed, as a new mention: MISC under a programme, law or
    event head, which then decides the label vote as a cue noun does ("Mécanisme d'ajustement
    carbone aux frontières (MACF)": the model's ORG on "MACF" loses), else an institution."""
    if Labeller.misc_head(token_texts(doc)[s:e]):
        m = _add(ms, taken, doc, s, e, "MISC")
        m.cue = True
        return m
    return _add(ms, taken, doc, s, e, ACRONYM_LABEL)


def _add(ms: list[Mention], taken: list[bool], doc: Doc, s: int, e: int, label: str) -> Mention:
    span = doc[s:e]
    m = Mention(s, e, label, span.text, clean(span.text))
    ms.append(m)
    taken[s:e] = [True] * (e - s)
    return m


def link_people(ms: list[Mention]) -> dict[str, str]:
    """Short form -> full name for the people of the article, spelling variants merged.

    A short form is any end of a full name ("Safir", "El Fellah Seghrouchni"); one shared by
    two people of the article ("Mezzour" for Ghita and Ryad Mezzour) points to no one.
    """
    names = sorted({m.canonical for m in ms if m.label == "PER" and len(m.canonical.split()) >= 2},
                   key=lambda n: (-len(n.split()), n))
    full: list[str] = []
    alias: dict[str, str] = {}
    for n in names:
        longer = [f for f in full if f.endswith(" " + n)]
        same = next((f for f in full if same_person(f, n) or middle_dropped(f, n)), None)
        if len(longer) == 1 and n.split()[0].lower() not in P.GIVEN_NAMES:
            alias[n] = longer[0]
        elif same is not None:
            alias[n] = same
        else:
            full.append(n)
    for m in ms:
        m.canonical = alias.get(m.canonical, m.canonical)
    by_end: dict[str, str | None] = {}
    for f in full:
        words = f.split()
        for k in range(1, len(words)):
            end = " ".join(words[k:])
            if words[k].lower() in NOT_A_SURNAME or words[k].islower():
                continue  # "Maire" of "Bruno Le Maire" alone is a role; "de Galhau" starts mid-name
            by_end[end] = f if by_end.get(end, f) == f else None
    return {e: f for e, f in by_end.items() if f is not None}


def middle_dropped(full: str, short: str) -> bool:
    """Whether ``short`` is ``full`` without some of its middle names, in one article: "Waldemar
    Haffkine" for "Waldemar Mordecai Haffkine" (same first and last word, the rest in order)."""
    wf, ws = full.split(), short.split()
    if len(ws) < 2 or len(wf) <= len(ws) or wf[0] != ws[0] or wf[-1] != ws[-1]:
        return False
    rest = iter(wf[1:-1])
    return all(w in rest for w in ws[1:-1])


def scan_tokens(doc: Doc, ms: list[Mention], taken: list[bool], acronyms: dict, people: dict) -> None:
    """Later bare mentions the model missed: a defined acronym, or a known surname alone."""
    if not acronyms and not people:
        return
    labels = {m.canonical: m.label for m in ms}
    for i, w in enumerate(token_texts(doc)):
        if taken[i]:
            continue
        if w in acronyms:
            _add(ms, taken, doc, i, i + 1, labels.get(acronyms[w], ACRONYM_LABEL))
        elif w in people and w.istitle():
            _add(ms, taken, doc, i, i + 1, "PER")


def link_suffixes(ms: list[Mention]) -> None:
    """A name of two words or more that ends a longer name of the article points to it.

    Not after "de"/"du"/"des": "Tanger Med" in "Autorité portuaire de Tanger Med" is the place
    the authority is named after, not a short form of it; nor a gazetteer name, already linked.
    """
    longer: dict[str, str | None] = {}
    for m in ms:
        words = m.text.split()
        for k in range(1, len(words) - SUFFIX_MIN_WORDS + 1):
            if words[k - 1].lower() in P.NAME_PARTICLES or words[k - 1][-1:] in "'’":
                continue
            suffix = " ".join(words[k:])
            longer[suffix] = m.canonical if longer.get(suffix, m.canonical) == m.canonical else None
    for m in ms:
        target = longer.get(m.text)
        if target and m.label != "PER" and not m.gaz and m.canonical == clean(m.text):
            m.canonical = target


def vote(ms: list[Mention]) -> None:
    """One label per canonical name: the most supported one (gazetteer matches weigh more)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in ms:
        votes[m.canonical][m.label] += GAZ_VOTE_WEIGHT if m.gaz else CUE_VOTE_WEIGHT if m.cue else 1
    roles: dict[str, str] = {}
    for m in ms:
        if m.role:
            roles.setdefault(m.canonical, m.role)
    for m in ms:
        # ties go to the label met first in the article, so the result does not depend on dict order
        m.label = max(votes[m.canonical].items(), key=lambda kv: kv[1])[0]
        if m.label == "MISC" and lexicon.is_place_name(m.canonical):
            m.label = "LOC"  # "la guerre de Corée", "champion d'Espagne": a country is a place, not a thing
        m.role = m.role or roles.get(m.canonical, "")
