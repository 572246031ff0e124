"""Labels the name or the words around it give: the last step of :class:`~.filters.Refiner` on a
span it keeps, and what the linking asks about a long form.

- the name's head: a programme, law, treaty or event head first ("Accord de Paris", "Salon du
  Bourget"), or an English one last ("Logistics Performance Index"), makes it MISC
  (:data:`~pipeline.patterns.entities.MISC_HEADS`, :data:`~pipeline.patterns.entities.MISC_TAILS`);
- the name's words: a listed given name the model called MISC ("Sara", "Mohammed VI") is a person;
  a brand's inner capital or an institution's acronym called a place ("AfricInvest Europe", "le
  CCSRS", "NNPC-Nigéria") is an organisation, and so is a MISC acronym, a hyphenated one
  ("CRT-CS"), a company word ("Atlas Capital", "Pharma5") or "&" ("Pratt & Whitney");
- the noun before it: "le groupe suisse Cavotec", "le capital de Vicenne" (ORG), "l'indice MASI",
  "le programme Greenback-Maroc" (MISC). Such a label, and a head's, is marked (``kb_id`` "cue")
  and decides the article's label vote (:func:`pipeline.ner.linking.vote`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.tokens import Span

from ..patterns import entities as P
from . import gazetteer, lexicon
from .tokens import span_text

CUE = "cue"  # kb_id of a span whose label comes from the noun before it
# A series letter or number after a common noun: "Série A", "Classe B", "Phase II" name a kind.
SERIES_MARK = re.compile(r"^(?:[A-Z]|[IVX]+)$")
# Two letters, lower then upper, inside a word: "AfricInvest", "LabelVie", a brand's spelling.
CAMEL_CASE = re.compile(r"[a-zà-ÿ][A-Z]")
# An acronym of letters only, three or more: as a "place" it is an institution's ("CCSRS", "TGR",
# "FAR"); the places the press writes so are in the gazetteer ("RDC", "USA", "EAU") or ISO country
# codes ("SEN", "EGY"), two-letter ones ("US", "UK") are left alone, and codes with digits
# ("A220", "COP26") are no institutions.
LETTER_ACRONYM = re.compile(r"^[A-Z]{3,8}$")
ACRONYM_MAX_LEN = 10  # "ANGSPE", "TAMWILCOM" (9): a MISC label on an acronym is an organisation's
# An acronym of institutions joined by a hyphen ("CRT-CS", a regional council and its region's
# initials): as MISC, an organisation's, like an acronym alone.
HYPHENATED_ACRONYM = re.compile(r"^[A-Z]{2,6}(?:-[A-Z]{2,6})+$")
VERSION_NUMBER = re.compile(r"\.\d")  # "BA.2", "Web 3.0": a version or variant number, no acronym
# A company word with a number glued to it, a brand's spelling: "Pharma5", "Capital2".
GLUED_COMPANY_WORD = re.compile(
    r"^(?:" + "|".join(sorted(w.capitalize() for w in P.COMPANY_NAME_WORDS if w.isalpha())) + r")\d+$")
COMPANY_ANY = P.COMPANY_WORDS | P.COMPANY_NAME_WORDS
COMPANY_END_WORDS = P.COMPANY_NAME_WORDS - {"group", "groupe"}
CUES = P.COMPANY_CUES | P.INDEX_CUES | P.ROUTE_CUES | P.MISC_CUES


def letters_key(text: str) -> str:
    """Letters and digits only, folded: "Casablanca-Settat" and "CasablancaSettat" are one key."""
    return "".join(c for c in lexicon.fold(text) if c.isalnum())


@lru_cache(maxsize=1)
def place_keys() -> frozenset[str]:
    """The :func:`letters_key` of every CLDR place name and every gazetteer place form."""
    entries = gazetteer.by_canonical().values()
    forms = [f for e in entries if e.label == "LOC" for f in e.forms]
    return frozenset(letters_key(n) for n in [*lexicon.place_names(), *forms])


class Labeller:
    """The label rules, mixed into :class:`~.filters.Refiner`: they read its ``doc``, ``text``,
    ``texts`` and ``starts``."""

    def glued_place(self, s: Span) -> bool:
        """A place whose hyphen or space the scraped text lost: "ÉtatsUnis", "CasablancaSettat",
        "Tanger-TétouanAl Hoceima": the span's letters are a CLDR or gazetteer place's."""
        return letters_key(span_text(self.doc, s.start, s.end)) in place_keys()

    @staticmethod
    def misc_head(words: list[str]) -> bool:
        """A name of two words or more opening with a programme, law, treaty or event head noun,
        capitalised ("Accord de Paris", "Salon du Bourget", "Coupe d'Afrique des nations"), or an
        English one ending with such a head ("Logistics Performance Index", "CX Awards"), and with
        no company word in it ("Vision Invest" is a firm)."""
        if len(words) < 2 or any(w.lower() in P.COMPANY_NAME_WORDS for w in words):
            return False
        return (words[0][:1].isupper() and words[0].lower() in P.MISC_HEADS) \
            or (words[-1][:1].isupper() and words[-1].lower() in P.MISC_TAILS)

    @staticmethod
    def given_name_first(words: list[str]) -> bool:
        """A listed given name, alone or followed by capitalised words or a regnal number only
        ("Sara", "Fatima Zahra", "Mohammed VI"); no company word. Alone, a name of the world's
        list too ("Andrew", "Olena")."""
        if len(words) == 1 and words[0] in P.WORLD_GIVEN_NAMES:
            return True
        return words[0].lower() in P.GIVEN_NAMES and all(
            (w[:1].isupper() and w[1:].islower() and w.isalpha() and w.lower() not in COMPANY_ANY)
            or SERIES_MARK.match(w) for w in words[1:])

    def misc_cue(self, s: Span, cue: str) -> bool:
        """"le programme Greenback-Maroc", "l'opération Marhaba": a programme or event cue before a
        name that is no person ("le plan Trump" names the plan after him) and no known place."""
        if cue not in P.MISC_CUES or s.label_ == "PER":
            return False
        return not lexicon.is_place_name(span_text(self.doc, s.start, s.end))

    def cue_before(self, i: int) -> str:
        """The lower-case noun before token i, over a determiner and CUE_WORD_GAP other words."""
        texts = self.texts
        k, gap = i - 1, 0
        while k >= 0 and gap < P.CUE_WORD_GAP and texts[k].islower() and texts[k] not in STOP_WORDS \
                and texts[k] not in CUES:
            k, gap = k - 1, gap + 1
        return texts[k].lower() if k >= 0 and texts[k].islower() else ""

    def company_of(self, s: Span) -> bool:
        """"le capital de X", "le chiffre d'affaires de X": a noun only a company has, "de", X; or
        only a team has, X being no known place ("l'attaquant de Chelsea", "le gardien de Boavista";
        "l'entraîneur de Liverpool" keeps the town's label, which may stand for its club)."""
        texts, i = self.texts, s.start
        if i < 2 or texts[i - 1] not in ("de", "d'", "d’"):
            return False
        noun = texts[i - 2].lower()
        if noun in P.COMPANY_OF_CUES:
            return True
        return noun in P.TEAM_OF_CUES and s.label_ != "PER" and not lexicon.is_place_name(
            span_text(self.doc, s.start, s.end))

    def labelled(self, s: Span) -> Span:
        words = self.texts[s.start : s.end]
        if self.misc_head(words):  # "Accord de Paris", "Salon du Bourget": the head says what it is
            return Span(self.doc, s.start, s.end, label="MISC", kb_id=CUE)
        if s.label_ == "MISC" and self.given_name_first(words):  # "Sara", "Mohammed VI": the model's MISC
            return Span(self.doc, s.start, s.end, label="PER")
        brand = any(CAMEL_CASE.search(w) for w in words)  # "AfricInvest Europe": a brand's spelling
        # "le CCSRS", "NNPC-Nigéria" (an acronym and its country): an institution's; not "SEN", "EGY"
        acronym = LETTER_ACRONYM.match(words[0]) and (len(words) == 1 or words[1] in ("-", "–")) \
            and words[0] not in lexicon.country_codes() and letters_key(words[0]) not in place_keys()
        # "La Mancha Resources", "Nahalat Shimon Ltd": a place's name, then the word a company's name
        # ends with (not "Groupe": "Cameroun Groupe H" is a tournament's group)
        company_end = len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in COMPANY_END_WORDS
        if s.label_ == "LOC" and (brand or acronym or company_end) and not self.glued_place(s):
            s = Span(self.doc, s.start, s.end, label="ORG")
        if s.label_ == "MISC" and (
                (len(words) == 1 and words[0].isupper() and len(words[0]) <= ACRONYM_MAX_LEN
                 and not VERSION_NUMBER.search(words[0]))  # "M.S.IN", not a variant number, "BA.2"
                or HYPHENATED_ACRONYM.match("".join(words)) or GLUED_COMPANY_WORD.match(words[0])
                or "&" in words[1:-1]  # "Pratt & Whitney", "Johnson & Johnson": partners' names, a firm
                or any(w[:1].isupper() and w.lower() in P.COMPANY_NAME_WORDS for w in words[1:])):
            s = Span(self.doc, s.start, s.end, label="ORG")  # "ASFIM", "Atlas Capital": the model's MISC
        cue = self.cue_before(s.start)
        company = cue in P.COMPANY_CUES or self.company_of(s)
        label = "ORG" if company else "MISC" if cue in P.INDEX_CUES or self.misc_cue(s, cue) else ""
        if not label:
            return s
        # marked even when the model agrees: the cue outweighs the model's other labels of the name
        # in the vote ("la société française X" once, then "avec X" read as a thing twenty times)
        return Span(self.doc, s.start, s.end, label=label, kb_id=CUE)
