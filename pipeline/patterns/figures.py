"""Patterns for figures: what follows a number (its scale and unit) and what precedes it.

Verbose regexes with named groups. :data:`CANDIDATE` finds a number that may start a
figure: it looks ahead, inside the regex engine, for a scale, a unit or a word of the tables,
so that the Python code never sees the numbers followed by nothing known. :data:`TAIL` is
then matched right after the number (``TAIL.match(text, number_end)``) and the word it ends
on is looked up in a :class:`Lexicon`. The left-context patterns (:data:`QUALIFIER`,
:data:`BETWEEN`, :data:`ANAPHORIC`) are searched in a short window that ends where the
number starts, so each is anchored with ``\\Z``. No pattern nests unbounded repetitions,
spaces are never given back one by one, and number words are read atomically, so none
can backtrack catastrophically. Tables: :mod:`.units` and ``data/figures_*.txt``.
"""

from __future__ import annotations

import re

from .numbers import NUMBER_LOOSE_SOURCE, NUMBER_SOURCE, trie
from .units import (
    ADJECTIVES_BEFORE_NOUN,
    AREA_UNITS,
    CFA_CUES,
    COUNT_NOUNS,
    CURRENCIES,
    DINAR_CUES,
    JOB_DETAILS,
    JOB_NOUNS,
    JOB_PEOPLE,
    JOB_PROFESSIONS,
    MOROCCO_CUES,
    SCALE_ABBREVIATIONS,
    SCALES,
    SUB_SCALES,
    UAE_CUES,
)

# currencies that a scale abbreviation may precede: those with no scale of their own (not MDH)
PLAIN_CURRENCIES = [form for form, (_, factor) in CURRENCIES.items() if factor == 1]
MAX_ADJECTIVES = 2  # adjectives skipped before a noun: "trois nouveaux grands sites" is about the most
SP = r"[^\S\n]"  # one space of any kind (no-break, narrow...), never a line break
# a line break where a page wraps its lines mid-sentence: read only between a number and its
# scale word in lower case ("moins d'un\nmilliard de dirhams"; "3\nMillions de visiteurs" is a
# new line's heading); a line break ends a figure anywhere else
WRAP = rf"\n{SP}*(?=[a-zà-ÿ])"


def alt(words) -> str:
    """A regex alternation of written forms, longest first; spaces and apostrophes made flexible."""
    forms = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", SP + "+").replace("'", "['’]") for w in forms)


def key(written: str) -> str:
    """The table key of a written form: lower case, single spaces, straight apostrophe."""
    return " ".join(written.lower().replace("’", "'").split())


# a word after a number: a currency, an area unit, an adjective or a noun, told apart by the tables
WORD = r"[^\W\d_][\w²-]*"

# a capitalised plural that names things: "Technoparks", "Lions" (a final s or x); five
# letters at least, which leaves out "Les", "Des", "Mds" and the like; not "-ès" (Meknès, Fès)
PROPER_PLURAL = re.compile(r"[A-ZÀ-ÖØ-Þ][\w-]{2,}[a-zà-öø-ÿ](?<!è)[sx]")

TAIL = re.compile(
    rf"""
    (?P<gap>{SP}*(?:{WRAP}(?=(?i:{alt(SCALES)})(?!\w)))?)   # spaces between the number and what follows
    (?:                                             # an optional scale:
        (?P<scale>(?i:{alt(SCALES)}))(?!\w)         #   mille, million(s), milliard(s)
        (?:{SP}+et{SP}+(?P<half>demie?)(?!\w))?     #   "un million et demi" = 1,5 million
        (?:{SP}+(?P<more>\d{{1,3}}){SP}+            #   "3 milliards 500 millions" (West-African
           (?P<more_scale>(?i:{alt(SUB_SCALES)}))(?!\w))?  #   press): a smaller scale's amount added
        {SP}*
      | (?P<abbr>{alt(SCALE_ABBREVIATIONS)})        #   M, Md, Mds, k: only right before a currency
        (?={SP}?(?i:de{SP}+|d['’])?(?i:{alt(PLAIN_CURRENCIES)})(?!\w))   # "Mds DH", "Mds de dirhams"
        {SP}*
    )?
    (?P<de>(?i:de{SP}+|d['’]{SP}*))?                # "de", "d'" (after a scale or "une centaine")
    (?:
        (?P<percent>%|(?i:pour[\s-]?cent)(?!\w))    # 27 %, 27 pour cent
      | (?P<symbol>(?i:US\$|\$US)|[€$£])            # currency symbols
      | (?P<word>{WORD})                            # MDH, hectares, emplois, prochains, Technoparks
    )
    """,
    re.VERBOSE,
)

# the next word, after an adjective: "trois prochains | Technoparks"
NEXT_WORD = re.compile(rf"{SP}+(?P<word>{WORD})")


class Lexicon:
    """Written forms of a table (one or more words each), found at a position by their first word.

    A dict lookup on the first word, then a short regex per form that starts with it, so
    the cost does not grow with the size of the table.
    """

    def __init__(self, forms):
        self._by_first: dict[str, list[tuple[str, re.Pattern]]] = {}
        for form in sorted(set(forms), key=len, reverse=True):
            first = _first_word(form)
            rx = re.compile(rf"(?i:{alt([form])})(?![\w-])")
            self._by_first.setdefault(first, []).append((key(form), rx))

    def match(self, text: str, pos: int, word: str) -> tuple[str, int] | None:
        """(table key, end) of the longest form written at ``pos``, whose first word is ``word``."""
        for k, rx in self._by_first.get(key(word), ()):
            m = rx.match(text, pos)
            if m:
                return k, m.end()
        return None


def _first_word(form: str) -> str:
    return key(re.split(r"[\s'’]", form)[0])


CURRENCY_FORMS = Lexicon(CURRENCIES)
AREA_FORMS = Lexicon(AREA_UNITS)
NOUN_FORMS = Lexicon(JOB_NOUNS + JOB_PROFESSIONS + JOB_PEOPLE + COUNT_NOUNS + ["directs", "indirects"])
ADJECTIVES = {key(w) for w in ADJECTIVES_BEFORE_NOUN}
_FIRST_WORDS = {_first_word(f) for f in [*CURRENCIES, *AREA_UNITS, *JOB_NOUNS, *JOB_PROFESSIONS, *JOB_PEOPLE,
                                          *COUNT_NOUNS, "directs", "indirects"]}

# A quick test, inside the regex engine, that what follows a number may make a figure: the
# same shape as TAIL but without groups, and with the words of the tables instead of any word.
# It spares the Python code the numbers followed by nothing known ("1 1 1 ...", "en 2030,").
_PLAIN_FIRST = trie({_first_word(f) if f[0].isalpha() else f for f in PLAIN_CURRENCIES})
_SPACES = rf"{SP}*(?!{SP})"  # spaces, never given back one by one when what follows fails
_SCALE_WORD = rf"(?i:{trie(SCALES)})(?!\w)"
_TAIL_HEAD = rf"""
    {_SPACES}
    (?:
        (?:{WRAP})?{_SCALE_WORD}(?:{SP}+et{SP}+demie?(?!\w))?(?:{SP}+\d{{1,3}}{SP}+(?i:{trie(SUB_SCALES)})(?!\w))?{_SPACES}
      | (?:{trie(SCALE_ABBREVIATIONS)})(?={SP}?(?i:de{SP}+|d['’])?(?i:{_PLAIN_FIRST})(?!\w)){_SPACES}
    )?
    (?i:de{SP}+|d['’]{SP}*)?
    (?:
        % | (?i:pour[\s-]?cent)(?!\w) | (?i:US\$|\$US) | [€$£]
      | (?:(?i:{trie(ADJECTIVES)}){SP}+){{0,{MAX_ADJECTIVES}}}
        (?:(?i:{trie(_FIRST_WORDS)}) | {PROPER_PLURAL.pattern})(?![\w-])
    )
"""

# "3 milliards" with no unit: in economic news an amount of money, in the currency the text
# is writing in ("met 8,2 milliards dans l'usine"); never before "de"/"d'" ("1,4 milliard
# d'habitants", "2 milliards de tonnes"), which names what is counted. Only the milliard: "3
# millions" alone counts people or things as often as money.
BARE_SCALE = re.compile(
    rf"""
    (?:{SP}+|{SP}*{WRAP})(?P<scale>(?i:milliards?))(?!\w)
    (?:{SP}+et{SP}+(?P<half>demie?)(?!\w))?        # "8 milliards et demi"
    (?!{SP}*(?i:de{SP}|d['’]|[-–]|\d))            # "2 milliards de tonnes", "1-2 milliards", a
    """,                                            # number written out: "319 milliards 175 millions"
    re.VERBOSE,
)

# right before a bare "319 milliards": a larger scale, so the milliards are part of a longer number
LARGER_SCALE_BEFORE = re.compile(rf"(?<!\w)(?i:billions?|trillions?){SP}*\Z")

# in the sentence of a bare "milliards": what is counted is not money
BARE_NOT_MONEY = re.compile(
    r"""
    (?<!\w)(?i:
        habitants? | populations? | personnes? | individus | âmes | consommateurs? | utilisateurs?
      | abonnés? | clients? | visiteurs? | touristes? | passagers? | voyageurs? | fidèles | doses?
      | tonnes? | litres? | barils? | mètres? | kilomètres? | kwh | mwh | gwh | twh | watts?
      | années? | ans | vues | visites | téléchargements? | requêtes? | messages? | transactions?
    )(?!\w)
    """,
    re.VERBOSE,
)

# A number that may start a figure: followed by a unit or a noun, or by a range's second bound
CANDIDATE = re.compile(
    rf"""
    {NUMBER_SOURCE}                                 # the number, with its named groups
    (?={SP}*(?:{WRAP})?(?:[^\W\d_]|[%€$£]))       # quick test: a letter or a symbol follows
    (?=
        {_TAIL_HEAD}                                # 20 000 emplois, 6,5 ha, 27 %
      | {_SPACES}(?:{_SCALE_WORD}{_SPACES})?(?i:et|à){SP}+   # entre 300 et 500 emplois
        {NUMBER_LOOSE_SOURCE}{_TAIL_HEAD}
      | (?:{SP}+|{SP}*{WRAP})(?i:milliards?)(?!\w)  # 3 milliards (BARE_SCALE)
    )
    """,
    re.VERBOSE,
)

# between two bounds of a range: "300 et 500", "4 à 10", "2 millions et 3 millions"
RANGE_MIDDLE = re.compile(
    rf"""
    {SP}*
    (?:(?P<scale>(?i:{alt(SCALES)}))(?!\w){SP}*)?   # the lower bound's own scale, if any
    (?P<conj>(?i:et|à))                             # entre X et Y / de X à Y / X à Y
    {SP}+
    """,
    re.VERBOSE,
)

# after a job noun: what the text says about the jobs
JOB_DETAIL = re.compile(
    rf"""
    {SP}+(?P<d1>(?i:{alt(JOB_DETAILS)}))(?!\w)      # emplois directs
    (?:{SP}*(?:,|et|ou){SP}*(?P<d2>(?i:{alt(JOB_DETAILS)}))(?!\w))?   # ... et indirects
    """,
    re.VERBOSE,
)

# "postes" that are places, not jobs: "deux postes frontières", "trois postes de police"
POST_NOT_JOB = re.compile(
    rf"""
    {SP}+(?i:
        frontières?|frontaliers?|électriques|sources|avancés
      | de{SP}+(?:police|douane|contrôle|santé|gendarmerie|transformation|péage|commandement)
    )(?!\w)
    """,
    re.VERBOSE,
)

# before the number: the qualifier, ending where the number starts
QUALIFIER = re.compile(
    rf"""
    (?<![\w-])                                       # a word's start: "d'environ 20 MDH" too
    (?:
        (?P<none>en{SP}+plus{SP}+d(?:e|['’]))        # "en plus de" = in addition to: no bound
      | (?P<at_least>
            pas{SP}+moins{SP}+d(?:e|['’])           # pas moins de
          | au{SP}+moins | au{SP}+minimum           # au moins, au minimum
          | un{SP}+minimum{SP}+d(?:e|['’])          # un minimum de
        )
      | (?P<more_than>
            (?:un{SP}+peu{SP}+)?plus{SP}+d(?:e|['’])   # plus de, plus d', un peu plus de
          | au-delà{SP}+d(?:e|['’]) | supérieure?s?{SP}+à   # au-delà de, supérieur à
        )
      | (?P<less_than>
            (?:un{SP}+peu{SP}+)?moins{SP}+d(?:e|['’])  # moins de
          | inférieure?s?{SP}+à                     # inférieur à
        )
      | (?P<up_to>
            jusqu['’]{SP}*à | jusqu['’]{SP}*au      # jusqu'à
          | (?:tout{SP}+)?au{SP}+plus | au{SP}+maximum | pas{SP}+plus{SP}+d(?:e|['’])
          | un{SP}+maximum{SP}+d(?:e|['’])
        )
      | (?P<about>
            près{SP}+d(?:e|['’]) | environ | quelques? # près de, environ, quelque
          | autour{SP}+d(?:e|['’]) | aux{SP}+alentours{SP}+d(?:e|['’]) | de{SP}+l['’]ordre{SP}+d(?:e|['’])
          | approximativement | presque | quasiment | grosso{SP}+modo
          | à{SP}+peine                             # "à peine 300": barely, i.e. about (see figures.py)
        )
    )
    (?:{SP}*,)?{SP}*\Z                              # "au minimum, 2.000 emplois"
    """,
    re.VERBOSE | re.IGNORECASE,
)

# "entre" before the lower bound of a range
BETWEEN = re.compile(rf"(?<!\w)(?i:entre){SP}+\Z")

# "les deux pays", "ces trois villes": a word number after a definite article or a
# demonstrative refers back to things already named, it does not state a figure
ANAPHORIC = re.compile(rf"(?<![\w'’])(?i:les|ces|des|aux){SP}+\Z")

# in the sentence around "300 personnes": they are hired or employed
HIRING_CUE = re.compile(
    r"""
    (?<!\w)(?i:
        recrut\w* | embauch\w*                      # recruter, embauche
      | emploi(?:e|es|ent|era|eront|erait|eraient)(?!\w) | employ\w+   # emploie, employer
      | effectifs? | travaill\w*                    # un effectif de, 300 personnes y travaillent
    )
    """,
    re.VERBOSE,
)

# right before "46 personnes": a firm or team of that size, i.e. its headcount ("une start-up
# de 46 personnes", "une PME d'une cinquantaine de personnes", "une équipe de près de 30 personnes")
HEADCOUNT_BEFORE = re.compile(
    rf"""
    (?<!\w)(?i:entreprise|société|start-?up|PME|TPE|firme|équipe|structure|filiale|cabinet|usine)s?
    {SP}+(?:de|d['’]){SP}*
    (?i:(?:près|plus|moins){SP}+d(?:e|['’]){SP}*|environ{SP}+|quelque{SP}+)?
    \Z
    """,
    re.VERBOSE,
)

# in the sentence around "10 000 ingénieurs": they are trained, not hired
TRAINING_CUE = re.compile(
    r"(?<!\w)(?i:form(?:er|era|eront|ation\w*|és?|ées?|ant)|diplôm\w*|lauréat\w*|étudiant\w*|stagiaires?)(?!\w)"
)

# a job noun earlier in the sentence, for "... et 10 000 indirects"
JOB_NOUN_BEFORE = re.compile(rf"(?<!\w)(?i:{alt(JOB_NOUNS)})(?!\w)")

UAE = re.compile(rf"(?<!\w)(?:{UAE_CUES})(?!\w)")
MOROCCO = re.compile(rf"(?<!\w)(?:{MOROCCO_CUES})(?!\w)")


def _cues(table: dict[str, str]) -> re.Pattern:
    """One pattern whose named group (an ISO code) says which country or zone the text names."""
    return re.compile("|".join(rf"(?P<{code}>(?<!\w)(?:{cue})(?!\w))" for code, cue in table.items()))


DINAR_COUNTRY = _cues(DINAR_CUES)
CFA_ZONE = _cues(CFA_CUES)

# sentence ends: . ! ? … followed by a space, or a line break
SENTENCE_END = re.compile(r"[.!?…]+[\"»”)]*(?=\s)|\n")
