"""What is no name: the last word on each span of the entity repair, before the spans become entities.

The model and the rules propose capitalised words; in real news many are not names. Each rule
below is general French, read on the article alone (the result stays a function of the
article's text), with the language's lexicon (:mod:`.lexicon`) where the article says nothing:

- page furniture: no entity from a sentence that holds a furniture cue (a script warning, a
  follow prompt, a copyright notice: :data:`~pipeline.patterns.entities.FURNITURE_CUES`);
- typographic marks: initials alone ("F. N. H.", the interviewer's mark of a magazine), one
  capital alone, a span that starts with a number ("99 M MAD"), a rule between paragraphs
  ("--00OO00--"), two sentences glued by a lost space ("2023.Le"); a span is cut at a colon
  (a speaker's mark: "K. B. : Absolument");
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
- a person's span with a company word or "&" is an organisation ("Aya Gold & Silver");
- the label the name or the noun before it gives, on every span kept: :mod:`.labels`.

Gazetteer names are checked by hand and only the furniture rule applies to them.
"""

from __future__ import annotations

import re

from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ..patterns import entities as P
from . import lexicon
from .furniture import furniture_and_promotions, overlaps
from .labels import COMPANY_ANY, CUES, SERIES_MARK, Labeller
from .tokens import doc_strings, like_numbers, span_text

INITIALS = re.compile(r"^(?:[A-Z]\.\s*)+$|^[A-Z]$")  # "F. N. H.", "G"; not "OMS"
# An interview's speaker mark before its colon, initials whose last may be a digraph: "R. Ch. :"
SPEAKER_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.\s*)+[A-Z][a-z]?\.?$")
TITLE_PHRASE_MIN_WORDS = 3  # a title-cased common phrase of 3+ words is a term, not a name
PERIOD = re.compile(r"^[TSQH][1-4](?:[-/](?:19|20)?\d{2})?$")  # "T4", "S1", "T1-2025": a quarter or half-year
# A determiner glued to an elided pronoun by a lost space: "Las’apprête" (La s'apprête) read as
# "Las’", "Ces’inscrit" as "Ces’"; and an elided function word ending a span ("Conseil de la
# concurrence L'", "Révélations C'"): the next sentence's first word, cut off.
GLUED_ELISION = re.compile(r"^(?:Ce|Cet|Cette|Ces|Le|La|Les)[sldnc]['’]$")
ELIDED_WORD = re.compile(r"^(?:[A-Za-z]|[Qq]u)['’]$")  # "L'", "c’", "qu'"; not "UK'" (English "UK's")
CENTURY = re.compile(r"^[IVXLC]+(?:e|è|ème|er|ᵉ)$")  # "XIXe siècle", "XIXᵉ"
# A reference number ("FCE20240785", a fund's registration: five digits or more run into letters;
# not "ISO 50001", a standard's number in a token of its own) or a chemical formula ("CO₂",
# subscript digits): a code, no name.
CODE = re.compile(r"[^\W\d]\d{5}|\d{5}[^\W\d]|[₀-₉]")
# Two sentences glued by a lost space, read as one token: "2023.Le", "PPP.Pour", "Le(PNB", "MDH).Les",
# "MDH).À" (French capitals with accents too: Latin-1's upper-case letters and Œ).
GLUED_SENTENCES = re.compile(r"\w{2,}\)?[.(][A-ZÀ-ÖØ-ÞŒ]")
# A run of the same mark drawn as a rule between paragraphs ("--00OO00--", "=====", "***"): a token
# holding one is page typography, and a span holding it no name.
TYPOGRAPHIC_RULE = re.compile(r"([-=*_~#•·])\1")
# How much more frequent the lower-case form must be for a capitalised common word to be dropped
# wherever it stands, not only after a determiner: "segments Industrie, Distribution" (6.4, 7.6),
# "Série" (15); the dev and seed names stay ("Bel" 3.4, "Safran" 2.5, "Orange" 1.2).
STRONG_LOWER_CASE_RATIO = 4.0
# Articles that join a noun to its complement ("Dette du Trésor", "Bons des ..."): a person's name
# takes a bare "de" ("Charles de Gaulle"), not these.
ARTICLE_PARTICLES = frozenset("du des".split())
# A person's span "Common noun du/des X" is a term when the common noun is no rarer in lower case:
# a tie (1.0, one vector row for "Dette" and "dette", "Bons" and "bons") is enough when the article
# also writes the word in lower case ("la dette du Trésor"); "Robin des Bois" stays.
TERM_HEAD_RATIO = 0.99
# A determiner glued to the next word by a lost space in scraped text: "Lea ouvert" (Le a),
# "Leset" (Les et), "Laconfirme" (La confirme), "Cesrecevront" (Ces recevront). Only when the rest
# is a function word or a verb: "Lesieur", "Leblanc", "Lamrani" are names.
GLUED_DETERMINER = re.compile(r"^(Cette|Cet|Ces|Les|Le|La|Des|Une|Un)(\w+)$")
SHOUTED_MIN_LEN = 5  # "RENTABILITÉ" is a word in capitals; "CAN", "BAM", "ONEE" may be acronyms
DEFINITE = frozenset("le la les l' l’ du des au aux".split())  # a person's name takes none
# Determiners and contractions before a common noun: "la Bourse", "du Trésor", "aux Marocains".
ARTICLES = frozenset("""
    le la les l' l’ un une du des au aux ce cet cette ces son sa ses leur leurs notre nos votre vos
""".split())
INFINITIVE = re.compile(r"(?:er|ir|re)$")
INFINITIVE_OR_IMPERATIVE = re.compile(r"(?:er|ir|re|ez|ons)$")  # not a participle: "René", "Aimé"
PARTICIPLE_COMPLEMENTS = frozenset("par de d' d’".split())  # "prônée par le Roi", "doté d'un"
DETERMINERS = P.LEADING_DETERMINERS | ARTICLES
HEADS = P.INSTITUTION_HEADS | P.PLACE_HEADS | P.PROGRAMME_WORDS  # "Fonds vert pour le climat" is a name


class Refiner(Labeller):
    """The rules above for one doc: build once per doc, then :meth:`refine` each span."""

    def __init__(self, doc: Doc, lower_words: set[str], sentence_start):
        self.doc = doc
        self.text, self.texts, self.starts = doc_strings(doc)
        self.furniture = furniture_and_promotions(self.text)
        self.lower_words = lower_words
        self.sentence_start = sentence_start

    def keep(self, spans: list[Span]) -> list[Span]:
        out = []
        for s in spans:
            start, end = self.starts[s.start], self.starts[s.end - 1] + len(self.texts[s.end - 1])
            if self.furniture and overlaps(self.furniture, start, end):
                continue
            if s.id_:
                out.append(s)
            else:
                out.extend(self.refine(s))
        return out

    def refine(self, s: Span) -> list[Span]:
        doc, texts = self.doc, self.texts
        words = texts[s.start : s.end]
        text = span_text(doc, s.start, s.end)
        number = words[0][:1].isdigit() and not any(c.isalpha() for c in words[0])  # not "2M", a channel
        if number or words[0].startswith("@") or any(r.match(text) for r in (INITIALS, CENTURY, PERIOD)):
            return []  # "99 M MAD", "2005–2009", "@H24Info ...", "F. N. H.", "XIXe", "T4"
        if SPEAKER_INITIALS.match(text) and ":" in self.texts[s.end : s.end + 2]:
            return []  # "R. Ch. : Le taux de conformité ...": who answers, by initials
        if all(w in P.COMMON_ABBREVIATIONS or w.lower() in P.CURRENCY_NAMES or INITIALS.match(w)
               for w in words):
            return []  # "Md DH", "M MAD"
        if any(CODE.search(w) or GLUED_SENTENCES.search(w) or TYPOGRAPHIC_RULE.search(w) for w in words):
            return []  # "FCE20240785", "CO₂", "2023.Le", "--00OO00-- Un"
        if ":" in words[1:-1]:  # no name holds a colon
            k = words.index(":")
            if INITIALS.match(" ".join(words[:k])):
                return []  # a speaker's mark, then the answer's first word: "K. B. : Absolument"
            if words[k + 1][:1].isupper():  # a rubric, then a name: "Marché boursier : BMCE Capital"
                pieces = (Span(doc, s.start, s.start + k, label=s.label_),
                          Span(doc, s.start + k + 1, s.end, label=s.label_))
                return [r for piece in pieces for r in self.refine(piece)]
            # else a rubric, then prose ("Fruits : les prix"): the rules below
        if GLUED_ELISION.match(words[-1]) and len(words) == 1:
            return []  # "Las’" of "Las’apprête": "La s'apprête" with a lost space
        if len(words) > 1 and ELIDED_WORD.match(words[-1]):
            return self.refine(Span(doc, s.start, s.end - 1, label=s.label_))  # "... L'", "... C'"
        if len(s) > 1:
            a, b = self.without_abbreviations(s.start, s.end)
            if (a, b) != (s.start, s.end):  # "IPO Vicenne IPO" -> "Vicenne", "AG Mixte" -> "Mixte"
                return self.refine(Span(doc, a, b, label=s.label_)) if b > a else []
        if all(self.shouted_word(w) for w in words):
            return []  # "AMÉLIORATION DE LA RENTABILITÉ": a heading in capitals, no name
        route = self.route_parts(s)
        if route is not None:
            return route
        cut = self.before_verb(s)
        if cut < s.end:
            return self.refine(Span(doc, s.start, cut, label=s.label_)) if cut > s.start else []
        if s.label_ == "PER" and any(c.isdigit() for c in text):
            s = Span(doc, s.start, s.end, label="MISC")  # "BA.2": no person's name holds a digit
        if len(s) == 1:
            return self.single_word(s)
        if len(s) == 2 and words[0].lower() in P.STATE_BODY_HEADS and lexicon.is_demonym(words[1].title()):
            return [Span(doc, s.start, s.end, label="ORG")]  # "le Trésor américain": the state's body
        if self.ends_on_participle(s):
            b = s.end - 1  # "Initiative atlantique prônée par ...", "Comité national, piloté par ..."
            while b > s.start and (texts[b - 1] in P.TRAILING_PUNCT or texts[b - 1] in P.NAME_PARTICLES):
                b -= 1
            return self.refine(Span(doc, s.start, b, label=s.label_)) if b > s.start else []
        low = " ".join(text.replace("’", "'").lower().split())
        if low in P.GENERIC_BODIES or (text[:1].isupper() and low in self.text):
            return []  # "Banque centrale"; "Conseil de la région" where the text has "conseil de la région"
        first, rest = words[0], words[1:]
        named_after = any(w[:1].isupper() for w in rest)
        first_low = first.lower()
        if first[:1].isupper() and first_low in DETERMINERS | STOP_WORDS and first_low not in P.GIVEN_NAMES:
            if not named_after:
                return []  # "Ce prêt s'appuie sur ...": prose, no capitalised word after the determiner
            rest_low = " ".join(rest).lower()
            if rest_low in P.GENERIC_ALONE or rest_low in P.GENERIC_BODIES or rest_low in P.ORG_HEADS:
                return []  # "Le Groupe a investi", "La Banque centrale": a determiner and a generic noun
        if len(words) == 2 and SERIES_MARK.match(rest[0]) and first[1:].islower() and first_low not in HEADS \
                and self.lower_case_word(first, lexicon.LOWER_CASE_RANK_RATIO):
            return []  # "levée de fonds en Série A"
        if s.label_ == "PER":
            if INFINITIVE_OR_IMPERATIVE.search(first_low) and lexicon.is_verb_only(first) \
                    and first_low not in P.GIVEN_NAMES:  # "Visualiser Dari Couspate"; not "René"
                return self.refine(Span(doc, s.start + 1, s.end, label=s.label_)) if named_after else []
            return self.person(s)
        glued = GLUED_DETERMINER.match(first)
        named_first = first_low in P.GIVEN_NAMES or first in P.CAPITAL_ELISIONS  # "René", "M'Diq"
        prose = first[:1].isupper() and not named_first and (
            (first_low in STOP_WORDS and first_low not in DETERMINERS and first_low not in P.ORDINALS)
            or (glued and self.glued(first, glued[2]))
            or first_low in P.SENTENCE_STARTERS or lexicon.is_verb_only(first))
        if prose:
            return self.refine(Span(doc, s.start + 1, s.end, label=s.label_)) if named_after else []
        if first_low in P.RUBRIC_EVENT_NOUNS and lexicon.is_place_name(" ".join(rest)):
            return [Span(doc, s.start + 1, s.end, label="LOC")]  # a rubric, "Guerre Ukraine": the country
        if not named_after and first_low not in HEADS and lexicon.is_common_word(first) \
                and (self.opens_sentence(s.start) or s.label_ == "MISC"):
            return []  # "Choux blanc : hausse de ...", "Ajustement des prix" (a heading run into the text)
        if first_low not in HEADS and self.title_case_common_nouns(words):
            return []  # "Provision pour Risques Généraux", "Obligations Moyen Long Terme"
        return [self.labelled(s)]

    def written_in_lower_case(self, low: str) -> bool:
        """Whether the article writes the word in lower case, or a plural word in the singular:
        "États" where the text has "état", "Batteries" where it has "batterie" (a name is seldom
        plural; "Pacifique" beside "pacifiques" and "Dan" beside "dans" stay). Only for a French
        common word: "Souss" is no plural of "sous"."""
        words = self.lower_words
        if low in words:
            return True
        return low[-1:] in ("s", "x") and low[:-1] in words and low[:-1] not in STOP_WORDS \
            and lexicon.is_common_word(low)

    def title_case_common_nouns(self, words: list[str]) -> bool:
        """A common noun phrase with capitals on its words: every capitalised word a French word the
        vocabulary meets no more often capitalised, none a place or a head noun; three words or
        more ("Grand Est", "Maison Blanche" are a region's and a building's names)."""
        caps = [w for w in words if w[:1].isupper()]
        if len(words) < TITLE_PHRASE_MIN_WORDS or len(caps) < 2 or lexicon.is_place_name(" ".join(words)):
            return False
        for w in caps:
            ratio = lexicon.case_rank_ratio(self.doc.vocab, w)
            if not w[1:].islower() or lexicon.is_place_name(w) or not lexicon.is_common_word(w) \
                    or ratio is None or ratio < 1:
                return False  # a word met more often capitalised is a name's ("Atlas", "Rennes")
        return True

    def person(self, s: Span) -> list[Span]:
        """A person's name: cut before a role word inside it ("Fatim-Zahra Ammor Ministre du Tourisme");
        a company word in it makes it an organisation ("Sanlam Maroc"), a toponym's first word a
        place ("Oulad Salah", "Aïn Bida")."""
        texts = self.texts
        if texts[s.start].lower() in P.TOPONYM_PREFIXES:
            return [Span(self.doc, s.start, s.end, label="LOC")]
        first, words = texts[s.start], texts[s.start : s.end]
        if any(w in ARTICLE_PARTICLES for w in words[1:]) and first.lower() not in P.GIVEN_NAMES \
                and (self.lower_case_word(first, lexicon.LOWER_CASE_RANK_RATIO)
                     or (first.lower() in self.lower_words and self.lower_case_word(first, TERM_HEAD_RATIO))):
            return []  # "Dette du Trésor", "Bons du Trésor": a common noun and its complement
        for k in range(s.start + 1, s.end):
            if texts[k].lower() in P.ROLE_HEADS:
                return self.refine(Span(self.doc, s.start, k, label="PER")) if k - s.start >= 2 else []
        if "&" in words or any(w.lower() in COMPANY_ANY for w in words):
            return [Span(self.doc, s.start, s.end, label="ORG")]
        if first.lower() not in P.GIVEN_NAMES and lexicon.is_common_word(first) \
                and not lexicon.is_place_name(first) \
                and any(self.common_lower_word(k) for k in range(s.start + 1, s.end)):
            return []  # "Campus universitaire", "Salle polyvalente": a noun and its adjective, no one's name
        if s.start > 0 and texts[s.start - 1].lower() in DEFINITE:
            return [Span(self.doc, s.start, s.end, label="ORG")]  # "l'Unicop", "le Boston Consulting Group"
        return [self.labelled(s)]

    def common_lower_word(self, k: int) -> bool:
        """Token k is a French word in lower case that no name holds: not a particle ("de", "es",
        "al"), not the end of a hyphenated name ("Heung-min"), three letters or more."""
        w = self.texts[k]
        return w.islower() and w.isalpha() and len(w) >= 3 and w not in P.NAME_PARTICLES \
            and self.texts[k - 1] not in ("-", "–") and lexicon.is_common_word(w)

    def single_word(self, s: Span) -> list[Span]:
        """A one-word span kept as it is, relabelled, or dropped."""
        if not self.single_word_is_name(s):
            return []
        texts = self.texts
        if s.label_ == "PER" and s.start > 0 and texts[s.start - 1].lower() in DEFINITE \
                and texts[s.start].lower() not in P.GIVEN_NAMES:
            return [Span(self.doc, s.start, s.end, label="ORG")]  # "l'Unicop": a person takes no article
        return [self.labelled(s)]

    def single_word_is_name(self, s: Span) -> bool:
        word = self.texts[s.start]
        glued = GLUED_DETERMINER.match(word)
        if word in P.COMMON_ABBREVIATIONS or (glued and self.glued(word, glued.group(2))):
            return False
        if not word[:1].isupper() or any(c.isupper() for c in word[1:]) or lexicon.is_place_name(word):
            return True  # "OCP", "McKinsey", "Etats-Unis", "Chine"
        low = word.lower()
        if low in P.GIVEN_NAMES:
            return True
        if self.written_in_lower_case(low) or lexicon.is_demonym(word):
            return False
        if not lexicon.is_common_word(word):
            return True
        if lexicon.is_verb_only(word) and not self.bracketed(s):
            return False  # "Renflouer les caisses", "Contacté par Médias24"; not "Montluçon (Allier)"
        ratio = lexicon.case_rank_ratio(self.doc.vocab, word)
        if ratio is not None and ratio >= STRONG_LOWER_CASE_RATIO and not self.bracketed(s) \
                and self.cue_before(s.start) not in CUES:  # "la société Ares" names a firm
            return False  # "les segments Industrie, Distribution": far more frequent in lower case
        # case tells nothing at a sentence's start, nor on a rubric's label before its colon ("ovines
        # Légumes : les tomates", a heading run into the text): a common word, unless more frequent as a name
        if self.opens_sentence(s.start) or (s.end < len(self.texts) and self.texts[s.end] == ":"):
            return ratio is not None and ratio < 1
        prev = self.texts[s.start - 1] if s.start > 0 else ""
        # "la Bourse", "en Bourse"; "AG Mixte" (an abbreviation of a common noun before it)
        after_function_word = prev.lower() in ARTICLES or (prev.islower() and prev in STOP_WORDS) \
            or prev in P.COMMON_ABBREVIATIONS
        return not (after_function_word and (ratio is None or ratio > lexicon.LOWER_CASE_RANK_RATIO))

    def ends_on_participle(self, s: Span) -> bool:
        """Whether a name runs on into a participle clause: after a comma ("Comité national, piloté
        par"), before its agent or complement ("Initiative atlantique prônée par", "Conseil national
        doté d'un observatoire"), or right after a capitalised word ("groupe NGE spécialisée dans").
        A participle inside a name stays: "Registre social unifié", "techniciens spécialisés en"."""
        texts, last = self.texts, self.texts[s.end - 1]
        if not last.islower() or not lexicon.is_verb_only(last):
            return False
        before, after = texts[s.end - 2], texts[s.end] if s.end < len(texts) else ""
        return before == "," or after in PARTICIPLE_COMPLEMENTS or not before.islower()

    def lower_case_word(self, word: str, ratio_min: float) -> bool:
        """A French common word that the vocabulary meets at least ``ratio_min`` times more often
        in lower case ("Dette", "Série"); not a place nor a given name."""
        if not lexicon.is_common_word(word) or lexicon.is_place_name(word) or word.lower() in P.GIVEN_NAMES:
            return False
        ratio = lexicon.case_rank_ratio(self.doc.vocab, word)
        return ratio is not None and ratio > ratio_min

    def without_abbreviations(self, a: int, b: int) -> tuple[int, int]:
        """The span [a, b) without the abbreviations of common nouns that open it ("IPO Vicenne" ->
        "Vicenne", "AG Mixte" -> "Mixte"), then without the same at its end ("IPO Vicenne IPO", a
        heading run into its repeat). One that only ends the span is part of the name: "Agence
        Maroc PME", "Fédération nationale du BTP", "Mistral AI"; so is one before a facility's head
        alone ("TSP Hub")."""
        texts, start, end = self.texts, a, b
        while a < b and texts[a] in P.COMMON_ABBREVIATIONS:
            a += 1
        if a == start:
            return a, b
        if b - a == 1 and texts[a].lower() in P.FACILITY_TAILS:
            return start, end  # "TSP Hub", "IA Lab": a facility named after what it makes
        while b > a and texts[b - 1] in P.COMMON_ABBREVIATIONS:
            b -= 1
        edge = P.NAME_PARTICLES | P.TRAILING_PUNCT  # lower case as written: "IPO de X" -> "X"
        while a < b and (texts[a] in edge or texts[a].islower()):  # "EBE courant du Groupe" -> "Groupe"
            a += 1
        while b > a and texts[b - 1] in edge:
            b -= 1
        return a, b

    @staticmethod
    def shouted_word(word: str) -> bool:
        """A French word written in capitals ("RENTABILITÉ", "NET", "EN"), not an acronym: a stop
        word, or a common word of SHOUTED_MIN_LEN letters or more (shorter ones may be acronyms)."""
        low = word.lower()
        return word.isupper() and word.isalpha() and (
            low in STOP_WORDS or (len(word) >= SHOUTED_MIN_LEN and lexicon.is_common_word(low)))

    def bracketed(self, s: Span) -> bool:
        """Whether the span is all that stands in brackets: "(Allier)", a town's department."""
        texts = self.texts
        return s.start > 0 and s.end < len(texts) and texts[s.start - 1] == "(" and texts[s.end] == ")"

    @staticmethod
    def glued(word: str, rest: str) -> bool:
        """Whether "Le|La|Les" + rest is a determiner glued to a function word or a verb ("Lea",
        "Lavient"), not a name: the rest is no noun ("Laporte", "Lesieur" are names)."""
        if not rest.islower() or word.lower() in P.GIVEN_NAMES or lexicon.is_common_word(word):
            return False
        pos = lexicon.parts_of_speech(rest)
        return rest in STOP_WORDS or ("verb" in pos and "noun" not in pos)

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
        if s.label_ != "LOC" or not hyphens:
            return None
        bounds = list(zip([s.start] + [k + 1 for k in hyphens], [*hyphens, s.end], strict=True))
        if not all(b > a and texts[a][:1].isupper() for a, b in bounds):
            return None
        parts = [span_text(self.doc, a, b) for a, b in bounds]
        places = all(lexicon.is_place_name(p) for p in parts) and not lexicon.is_place_name("-".join(parts))
        if not places and self.cue_before(s.start) not in P.ROUTE_CUES:
            return None  # "Maroc-Turquie" (two countries) or "le vol Shanghai-Casablanca" are no one place
        return [Span(self.doc, a, b, label="LOC") for a, b in bounds]
