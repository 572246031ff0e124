"""What is no name: the last word on each span of the entity repair, before the spans become entities.

The model and the rules propose capitalised words; in real news many are not names. Each rule
below is general French, read on the article alone (the result stays a function of the
article's text), with the language's lexicon (:mod:`.lexicon`) where the article says nothing:

- page furniture: no entity from a sentence that holds a furniture cue (a script warning, a
  follow prompt, a copyright notice: :data:`~pipeline.patterns.entities.FURNITURE_CUES`);
- typographic marks: initials alone ("F. N. H.", the interviewer's mark of a magazine), one
  capital alone, a span that starts with a number ("99 M MAD");
- abbreviations of common nouns (``pipeline/data/common_abbreviations.txt``: "BTP", "TVA");
- one capitalised word that is a common noun here: the article also writes it in lower case
  ("la bourse"), or it is a French common word (lexicon) right after an article or another
  function word ("la Bourse", "du Trésor", "en Bourse") or at a sentence's start ("Viandes,
  fruits..."), unless the model's vocabulary meets it more often capitalised; a people's name ("les
  Marocains": a demonym names no actor, so it is dropped, not kept as MISC); for a person, a
  verb form ("Renflouer les caisses") or a common word opening a sentence. A country or city
  name (CLDR) is always kept: "la Chine" is a place though "chine" is a fabric;
- prose read as a name: a function word or a verb form with only lower-case words after it
  ("Si vous voulez", "Sur le plan économique"); a capitalised common noun opening a sentence with
  only lower-case words after it ("Choux blanc : ..."); with a name after it, the word is trimmed
  ("Visualiser Auto Hall" -> "Auto Hall");
- a generic body alone ("Banque centrale", "Conseil d'administration":
  :data:`~pipeline.patterns.entities.GENERIC_BODIES`), or any name the article also writes all
  in lower case ("le conseil de la région");
- a name that runs on into "de" + a verb ("l'Union africaine de construire" -> "Union africaine");
- a route ("le vol Shanghai-Casablanca") is two places, not one;
- the label from the noun before the name: "le groupe suisse Cavotec", "la société Vicenne",
  "le capital de Vicenne" are companies, "l'indice MASI" is an index (MISC). Such a label is
  marked (``kb_id`` "cue") and decides the article's label vote (:func:`pipeline.ner.linking.vote`).

Gazetteer names are checked by hand and only the furniture rule applies to them.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ..patterns import entities as P
from . import lexicon
from .tokens import doc_strings, like_numbers

CUE = "cue"  # kb_id of a span whose label comes from the noun before it
INITIALS = re.compile(r"^(?:[A-Z]\.\s*)+$|^[A-Z]$")  # "F. N. H.", "G"; not "OMS"
# Determiners and contractions before a common noun: "la Bourse", "du Trésor", "aux Marocains".
ARTICLES = frozenset("""
    le la les l' l’ un une du des au aux ce cet cette ces son sa ses leur leurs notre nos votre vos
""".split())
INFINITIVE = re.compile(r"(?:er|ir|re)$")
DETERMINERS = P.LEADING_DETERMINERS | ARTICLES
CUES = P.COMPANY_CUES | P.INDEX_CUES | P.ROUTE_CUES


def furniture_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences that hold a furniture cue, in text order."""
    out: list[tuple[int, int]] = []
    for m in P.FURNITURE_CUES.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        end = P.FURNITURE_SENTENCE_END.search(text, m.end())
        out.append((start, end.end() if end else len(text)))
    return out


def _overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint ranges."""
    n = bisect_right(ranges, (end, 0)) - 1  # the last range starting before the span's end
    return n >= 0 and ranges[n][1] > start


class Refiner:
    """The rules above for one doc: build once per doc, then :meth:`refine` each span."""

    def __init__(self, doc: Doc, lower_words: set[str], sentence_start):
        self.doc = doc
        self.text, self.texts, self.starts = doc_strings(doc)
        self.furniture = furniture_ranges(self.text)
        self.lower_words = lower_words
        self.sentence_start = sentence_start

    def keep(self, spans: list[Span]) -> list[Span]:
        out = []
        for s in spans:
            start, end = self.starts[s.start], self.starts[s.end - 1] + len(self.texts[s.end - 1])
            if self.furniture and _overlaps(self.furniture, start, end):
                continue
            if s.id_:
                out.append(s)
            else:
                out.extend(self.refine(s))
        return out

    def refine(self, s: Span) -> list[Span]:
        doc, texts = self.doc, self.texts
        words = texts[s.start : s.end]
        text = self.text[self.starts[s.start] : self.starts[s.end - 1] + len(words[-1])]
        if words[0].isdigit() or INITIALS.match(text):
            return []
        route = self.route_parts(s)
        if route is not None:
            return route
        cut = self.before_verb(s)
        if cut < s.end:
            return self.refine(Span(doc, s.start, cut, label=s.label_)) if cut > s.start else []
        if len(s) == 1:
            return [self.labelled(s)] if self.single_word_is_name(s) else []
        low = " ".join(text.replace("’", "'").lower().split())
        if low in P.GENERIC_BODIES or (text[:1].isupper() and low in self.text):
            return []  # "Banque centrale"; "Conseil de la région" where the text has "conseil de la région"
        first, rest = words[0], words[1:]
        named_after = any(w[:1].isupper() for w in rest)
        first_low = first.lower()
        prose = first[:1].isupper() and first_low not in P.GIVEN_NAMES and (
            (first_low in STOP_WORDS and first_low not in DETERMINERS)
            or first_low in P.SENTENCE_STARTERS or lexicon.is_verb_only(first))
        if prose:
            return self.refine(Span(doc, s.start + 1, s.end, label=s.label_)) if named_after else []
        if not named_after and first_low not in P.INSTITUTION_HEADS and self.opens_sentence(s.start) \
                and lexicon.is_common_word(first):
            return []  # "Choux blanc : hausse de ..."
        return [self.labelled(s)]

    def single_word_is_name(self, s: Span) -> bool:
        word = self.texts[s.start]
        if word in P.COMMON_ABBREVIATIONS:
            return False
        if not word[:1].isupper() or any(c.isupper() for c in word[1:]) or lexicon.is_place_name(word):
            return True  # "OCP", "McKinsey", "Etats-Unis", "Chine"
        low = word.lower()
        if low in P.GIVEN_NAMES:
            return True
        if low in self.lower_words or lexicon.is_demonym(word):
            return False
        if not lexicon.is_common_word(word):
            return True
        ratio = lexicon.case_rank_ratio(self.doc.vocab, word)
        if self.opens_sentence(s.start):  # case tells nothing: a common word, unless more frequent as a name
            return ratio is not None and ratio < 1
        if s.label_ == "PER":
            return not lexicon.is_verb_only(word)
        prev = self.texts[s.start - 1] if s.start > 0 else ""
        after_function_word = prev.islower() and (prev in ARTICLES or prev in STOP_WORDS)  # "la/en Bourse"
        return not (after_function_word and (ratio is None or ratio > lexicon.LOWER_CASE_RANK_RATIO))

    def opens_sentence(self, i: int) -> bool:
        """A sentence start, or a table cell's (after a number): case tells nothing there.
        Not after a bracket: "(Nord)", "(Allier)" give a place's department."""
        return self.sentence_start(self.doc, i) or (i > 0 and like_numbers(self.doc)[i - 1])

    def before_verb(self, s: Span) -> int:
        """Where "de" + an infinitive starts in the span ("Union africaine de construire"), else its end."""
        texts = self.texts
        for k in range(s.start + 1, s.end - 1):
            nxt = texts[k + 1]
            if texts[k].lower() in ("de", "d'", "d’") and nxt.islower() and INFINITIVE.search(nxt) \
                    and lexicon.is_verb_only(nxt):
                return k
        return s.end

    def route_parts(self, s: Span) -> list[Span] | None:
        """The places of a route ("le vol Shanghai-Casablanca"), or None if the span is no route."""
        texts = self.texts
        hyphens = [k for k in range(s.start + 1, s.end - 1) if texts[k] in ("-", "–")
                   and not self.doc[k - 1].whitespace_]
        if s.label_ != "LOC" or not hyphens or self.cue_before(s.start) not in P.ROUTE_CUES:
            return None
        bounds = list(zip([s.start] + [k + 1 for k in hyphens], [*hyphens, s.end], strict=True))
        if not all(b > a and texts[a][:1].isupper() for a, b in bounds):
            return None
        return [Span(self.doc, a, b, label="LOC") for a, b in bounds]

    def cue_before(self, i: int) -> str:
        """The lower-case noun before token i, over a determiner and CUE_WORD_GAP other words."""
        texts = self.texts
        k, gap = i - 1, 0
        while k >= 0 and gap < P.CUE_WORD_GAP and texts[k].islower() and texts[k] not in STOP_WORDS \
                and texts[k] not in CUES:
            k, gap = k - 1, gap + 1
        return texts[k].lower() if k >= 0 and texts[k].islower() else ""

    def company_of(self, i: int) -> bool:
        """"le capital de X", "le chiffre d'affaires de X": a noun only a company has, "de", X."""
        texts = self.texts
        return i >= 2 and texts[i - 1] in ("de", "d'", "d’") and texts[i - 2].lower() in P.COMPANY_OF_CUES

    def labelled(self, s: Span) -> Span:
        cue = self.cue_before(s.start)
        company = cue in P.COMPANY_CUES or self.company_of(s.start)
        label = "ORG" if company else "MISC" if cue in P.INDEX_CUES else ""
        if not label or label == s.label_:
            return s
        return Span(self.doc, s.start, s.end, label=label, kb_id=CUE)
