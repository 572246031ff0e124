"""Long names the model cuts or misses: institutions with lower-case inner words, programmes with a year.

Institutions
    French writes only the first word of many names with a capital: "Agence nationale des
    ports", "Instance tunisienne de l'investissement", "Parc industriel intégré de Diamniadio".
    The model often stops at the first lower-case word or at "de" ("Conseil régional" +
    "Souss-Massa"). From a capitalised head noun (:data:`~pipeline.patterns.entities.INSTITUTION_HEADS`),
    :func:`extend_name` reads on over adjectives, "de/du/des/de la/de l'/d'" complements and
    "et de ..." coordinations, adjective enumerations ("économique, social et environnemental"),
    "au/aux/pour" noun complements ("Programme d'appui aux exportateurs"), up to and including
    a capitalised name, for at most ``INSTITUTION_MAX_TOKENS`` tokens (a plan or strategy also
    takes the year after it). Verbs, adverbs and punctuation end it: a lower-case word is taken
    only as an adjective (by its ending) or as the noun of a complement. A person's name after
    the institution's ("... de Tiznit Karim Bennani") is cut off at its given name.
Programmes
    "Vision 2030", "Horizon 2025-2030", "Maroc Digital 2030": capitalised words right before a
    year are one MISC name when the first is a programme word or a known place, or when there
    are two or more of them (:func:`programme_spans`).

:func:`merge_names` lays these spans over the repaired model spans; the gazetteer is laid
over the result afterwards, so a gazetteer name still wins unless one of these strictly
contains it ("Conseil régional de Souss-Massa" keeps "Souss-Massa" inside).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ..patterns import entities as P
from ..patterns.words import whole_words
from .tokens import doc_strings

LOWER_WORD = re.compile(r"^[a-zàâäçéèêëîïôöùûüÿœæ][a-zàâäçéèêëîïôöùûüÿœæ'’-]*$")
ROMAN = re.compile(r"^[IVX]+$")
# Candidates found on the text: a capitalised head noun, a year or a year range as one token.
# Both patterns open with a character class and check what comes before it afterwards: a regex
# that opens with a lookbehind is tried at every character, one that opens with a class lets the
# engine skip ahead to a candidate character (3 to 8 times faster on news text).
# Any institution, place or programme head, capitalised, as a whole word ("Agence", "Technopôle"):
HEAD_RE = whole_words(
    {w[:1].upper() + w[1:] for w in P.INSTITUTION_HEADS | P.PLACE_HEADS | P.PROGRAMME_HEADS}, word=r"[\w-]"
)
# A year, or a year range when the tokenizer keeps it as one token ("2025–2030"); a range it
# splits ("2020", "-", "2030") is found at its first year and read on by :func:`after_year`.
YEAR_IN_TEXT = re.compile(
    r"""
    (?P<first>
      [12] (?<![\w.,].)                          # a year's first digit, not inside a word or a
                                                 # number ("1.2030")
      (?:(?<=1)9|(?<=2)0) \d{2}                   # a year: 19xx or 20xx
    )
    (?: [-–/] (?P<last>(?:19|20)\d{2}) (?![\w.,]?\d) )?   # "-2030"
    (?![\w.,]?\d)                                # not followed by more digits ("2030,5")
    """,
    re.VERBOSE,
)
PERSON_WORDS = (2, 4)  # a person's name glued after an institution name: given name + 1 to 3 words


def is_name_word(t) -> bool:
    """A capitalised word that may belong to a proper name ("Souss-Massa", "OCP", "II")."""
    return (t.is_title or (t.is_upper and t.is_alpha) or bool(ROMAN.match(t.text))) \
        and t.lower_ not in P.MONTHS_AND_DAYS and t.lower_ not in P.SENTENCE_STARTERS


def is_adjective(t) -> bool:
    low = t.lower_
    if not t.is_lower or low in P.NAME_STOPS:
        return False
    return low in P.ADJECTIVE_WORDS or bool(P.ADJECTIVE.match(low))


def is_noun(t) -> bool:
    """A lower-case word that may be the noun of a complement ("des ports", "de l'eau")."""
    low = t.lower_
    return bool(LOWER_WORD.match(t.text)) and len(low) > 1 and low not in P.NAME_STOPS \
        and low not in P.MONTHS_AND_DAYS


def skip_connectors(doc: Doc, j: int) -> int:
    """Index after "de", "du", "des", "d'", "de la", "de l'" at j (j itself when there is none)."""
    if j < len(doc) and doc[j].lower_ in P.JOIN_PREPOSITIONS:
        j += 1
        if j < len(doc) and doc[j].lower_ in P.JOIN_ARTICLES:
            j += 1
    return j


def name_run(doc: Doc, j: int, limit: int) -> int:
    """End of the capitalised run at j, particles inside allowed ("Houphouët-Boigny", "Côte d'Ivoire")."""
    end = j + 1
    k = j + 1
    while k < limit:
        if doc[k].lower_ in P.GIVEN_NAMES and doc[k].is_title:
            break  # "Conseil communal de Casablanca Nabila Rmili": a person begins
        if is_name_word(doc[k]):
            end = k = k + 1
        elif doc[k].text in "-–" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
                and k + 1 < limit and is_name_word(doc[k + 1]):
            k += 1  # "Houphouët-Boigny" split into three tokens
        elif doc[k].lower_ in P.NAME_PARTICLES and doc[k].lower_ not in P.JOIN_PREPOSITIONS \
                and doc[k].lower_ != "et" and k + 1 < limit and is_name_word(doc[k + 1]):
            k += 1  # "Ben Ahmed", "d'Ivoire" (the article form only: "de X" is a complement)
        else:
            break
    return end


def extend_name(doc: Doc, i: int, max_tokens: int = P.INSTITUTION_MAX_TOKENS) -> int:
    """End (exclusive) of the institution name whose head is token i; i + 1 when nothing follows."""
    limit = min(len(doc), i + max_tokens)
    end, j, after_name, person_named = i + 1, i + 1, False, False
    while j < limit:
        t = doc[j]
        if t.is_space or "\n" in t.text:
            break
        if is_name_word(t) and not after_name:
            if doc[j - 1].is_lower and not is_adjective(doc[j - 1]) and t.lower_ in P.GIVEN_NAMES:
                break  # "de l'Office national des pêches Karim Tazi": a person after the name
            run_end = name_run(doc, j, limit)
            # an eponym of two words or more right after the head or an adjective ends the name
            person_named = run_end > j + 1 and doc[j - 1].lower_ not in P.CONNECTORS
            end = j = run_end
            after_name = True
            continue
        k = skip_connectors(doc, j)
        if after_name:  # after a name only a place may follow: "Conseil régional de l'Oriental",
            # but not after an eponym: "Institut ... Félix Houphouët-Boigny" + "de Yamoussoukro"
            if k > j and k < limit and is_name_word(doc[k]) and not person_named:
                end = j = name_run(doc, k, limit)
                continue
            break
        if k == j and is_adjective(t) and doc[j - 1].lower_ not in P.JOIN_ARTICLES:
            end = j = j + 1
            continue
        if (t.lower_ == "et" or t.text == ",") and j == i + 1:
            break  # "du Plan et de la Coopération": a coordination needs a complement first
        if (t.lower_ == "et" or t.text == ",") and is_adjective(doc[j - 1]) and j + 1 < limit \
                and is_adjective(doc[j + 1]):
            end = j = j + 2  # "Conseil national économique, social et environnemental"
            continue
        if t.lower_ in P.NOUN_PREPOSITIONS and doc[j - 1].is_lower:  # "Programme d'appui aux exportateurs"
            k = j + 1 + (j + 1 < limit and doc[j + 1].lower_ in P.JOIN_ARTICLES | {"le", "les"})
            if k < limit and is_noun(doc[k]):
                end = j = k + 1
                continue
            break
        if t.lower_ == "et" or (t.text == "," and not after_name):  # "de l'électricité et de l'eau",
            k = skip_connectors(doc, j + 1)  # "de commerce, d'industrie et de services"
            if k == j + 1 or (t.text == "," and not (k < limit and is_noun(doc[k]))):
                break
        if k > j and k < limit:
            if is_name_word(doc[k]):
                end = j = name_run(doc, k, limit)
                after_name = True
                continue
            if is_noun(doc[k]):
                end = j = k + 1
                continue
        break
    return end


def head_label(token) -> str:
    low = token.lower_
    if low in P.PLACE_HEADS:
        return "LOC"
    if low in P.PROGRAMME_HEADS:
        return "MISC"
    return "ORG"


def institution_spans(doc: Doc, model_starts: set[int], sentence_start) -> list[Span]:
    """Institution names from a capitalised head. At a sentence start, where every word has a
    capital, only where the model saw a name of two words or more starting at the head
    (``model_starts``): "Centre de gravité de l'économie, la ville..." is prose."""
    out: list[Span] = []
    for i in token_starts(doc, HEAD_RE):
        t = doc[i]
        if out and i < out[-1].end:
            continue
        if t.is_title and (i in model_starts or not sentence_start(doc, i)):
            end = extend_name(doc, i)
            if end > i + 1 and t.lower_ in P.PROGRAMME_HEADS:
                end = after_year(doc, end)  # "Stratégie nationale des énergies renouvelables 2030"
            if end > i + 1:
                out.append(Span(doc, i, end, label=head_label(t)))
    return out


def token_starts(doc: Doc, pattern: re.Pattern) -> list[int]:
    """Indices of the tokens where a match of ``pattern`` on the doc's text starts.

    A regex over the text finds the rare candidates (a head noun, a year) without a Python
    loop over every token: the component stays cheap next to the model."""
    text, texts, starts = doc_strings(doc)
    out = []
    for m in pattern.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if starts[i] == m.start() and m.group().startswith(texts[i]):
            out.append(i)
    return out


def after_year(doc: Doc, end: int) -> int:
    """End of a year or year range ("2030", "2025-2030") at token ``end``; ``end`` if there is none."""
    if end >= len(doc) or not P.YEAR.match(doc[end].text):
        return end
    if end + 2 < len(doc) and doc[end + 1].text in "-–/" and P.YEAR.match(doc[end + 2].text) \
            and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        return end + 3  # "2020-2030" split into three tokens
    return end + 1


def programme_spans(doc: Doc, place_forms: frozenset[str]) -> list[Span]:
    """"Vision 2030", "Sénégal 2050", "Génération Green 2020-2030": capitalised words before a year."""
    out = []
    for y in token_starts(doc, YEAR_IN_TEXT):
        end = after_year(doc, y)
        s = y
        while s > 0 and y - s < P.PROGRAMME_MAX_WORDS and (is_name_word(doc[s - 1])
                                                           or _inner_particle(doc, s - 1)):
            s -= 1
        while s < y and (not is_name_word(doc[s]) or doc[s].lower_ in STOP_WORDS):
            s += 1  # "La Vision 2030" at a sentence start
        if s == y:
            continue
        words = doc[s:y]
        first = words[0].lower_
        place = any(w.text in place_forms for w in words) or words.text in place_forms
        if first in P.PROGRAMME_WORDS or place or sum(is_name_word(w) for w in words) >= 2:
            out.append(Span(doc, s, end, label="MISC"))
    return out


def _inner_particle(doc: Doc, k: int) -> bool:
    """"d'" in "Côte d'Ivoire 2030": a particle between two capitalised words."""
    return 0 < k < len(doc) - 1 and doc[k].lower_ in P.NAME_PARTICLES \
        and is_name_word(doc[k - 1]) and is_name_word(doc[k + 1])


def merge_names(doc: Doc, spans: list[Span], names: list[Span]) -> list[Span]:
    """Each rule name replaces the model spans inside it. It gives way to a model span that starts
    before it, that runs past its end over capitalised words, or that goes on after the rule
    stopped at a name ("Musée Mohammed VI d'art moderne"). It wins over a longer model span
    only where the rule stopped at a lower-case word it cannot read as part of a name: the
    model running on into the verb ("Office national des aéroports prévoit")."""
    for e in sorted(names, key=lambda s: (s.start, len(s))):  # "Plan Azur", then "Plan Azur 2030"
        hits = [s for s in spans if s.start < e.end and e.start < s.end]
        if any(s.start < e.start for s in hits):
            continue
        person = [person_after(doc, e, s) for s in hits]
        ends_on_name = is_name_word(doc[e.end - 1])
        if any(s.end > e.end and p is None
               and (s.start > e.start or ends_on_name or any(is_name_word(t) for t in doc[e.end : s.end])
                    or extend_name(doc, s.start, len(s)) == s.end)
               for s, p in zip(hits, person, strict=True)):
            continue  # the model's longer span reads as a name too, or goes on after the rule's name
        spans = [s for s in spans if s not in hits] + [e] + [p for p in person if p is not None]
    return spans


def person_after(doc: Doc, e: Span, s: Span) -> Span | None:
    """The person a model span glues after a rule name: "Conseil communal de Tiznit" + "Karim Bennani"."""
    tail = doc[e.end : s.end]
    if s.start != e.start or not PERSON_WORDS[0] <= len(tail) <= PERSON_WORDS[1]:
        return None
    if tail[0].lower_ not in P.GIVEN_NAMES or not all(is_name_word(t) for t in tail):
        return None
    return Span(doc, e.end, s.end, label="PER")
