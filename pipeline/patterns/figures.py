"""Patterns for figures: what follows a number (its scale and unit) and what precedes it.

Verbose regexes with named groups. :data:`TAIL` is matched right after a number
(``TAIL.match(text, number_end)``); the left-context patterns (:data:`QUALIFIER`,
:data:`BETWEEN`, :data:`ANAPHORIC`) are searched in a short window that ends where the
number starts, so each is anchored with ``\\Z``. None of them nests unbounded
repetitions, so none can backtrack catastrophically. Tables: :mod:`.units`.
"""

from __future__ import annotations

import re

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
    PLAIN_CURRENCIES,
    SCALE_ABBREVIATIONS,
    SCALES,
    UAE_CUES,
)

SP = r"[^\S\n]"  # one space of any kind (no-break, narrow...), never a line break


def alt(words) -> str:
    """A regex alternation of written forms, longest first; spaces and apostrophes made flexible."""
    forms = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", SP + "+").replace("'", "['’]") for w in forms)


def key(written: str) -> str:
    """The table key of a written form: lower case, single spaces, straight apostrophe."""
    return " ".join(written.lower().replace("’", "'").split())


# a capitalised plural that names things: "Technoparks", "Campus" is not (no plural mark)
PROPER_PLURAL = r"[A-ZÀ-ÖØ-Þ][\w-]*[a-zà-öø-ÿ][sx]"

TAIL = re.compile(
    rf"""
    (?P<gap>{SP}*)                                  # spaces between the number and what follows
    (?:                                             # an optional scale:
        (?P<scale>(?i:{alt(SCALES)}))(?!\w)         #   mille, million(s), milliard(s)
        (?:{SP}+et{SP}+(?P<half>demie?)(?!\w))?     #   "un million et demi" = 1,5 million
        {SP}*
      | (?P<abbr>{alt(SCALE_ABBREVIATIONS)})        #   M, Md, Mds, k: only right before a currency
        (?={SP}?(?i:{alt(PLAIN_CURRENCIES)})(?!\w))
        {SP}*
    )?
    (?P<de>(?i:de{SP}+|d['’]{SP}*))?                # "de", "d'" (after a scale or "une centaine")
    (?:
        (?P<percent>%|(?i:pour[\s-]?cent)(?!\w))    # 27 %, 27 pour cent
      | (?P<currency>(?i:{alt(CURRENCIES)}))(?!\w)  # MDH, dirhams, euros, $, FCFA
      | (?P<area>(?i:{alt(AREA_UNITS)}))(?!\w)      # hectares, ha, m², km²
      | (?P<adjs>(?:(?i:{alt(ADJECTIVES_BEFORE_NOUN)}){SP}+){{0,2}})   # trois prochains ...
        (?P<noun>
            (?i:{alt(JOB_NOUNS + JOB_PROFESSIONS + JOB_PEOPLE + COUNT_NOUNS)})(?![\w-])
          | (?i:directs|indirects)(?!\w)            # "3 000 emplois directs et 10 000 indirects"
          | {PROPER_PLURAL}(?![\w-])                # Technoparks
        )
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
    (?<![\w'’-])
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
    {SP}*\Z
    """,
    re.VERBOSE | re.IGNORECASE,
)

# "entre" before the lower bound of a range
BETWEEN = re.compile(rf"(?<!\w)(?i:entre){SP}+\Z")

# "les deux pays", "ces trois villes": a word number after a definite article or a
# demonstrative refers back to things already named, it does not state a figure
ANAPHORIC = re.compile(rf"(?<![\w'’])(?i:les|ces|des|aux|leurs){SP}+\Z")

# in the sentence around "300 personnes": they are hired or employed
HIRING_CUE = re.compile(
    r"""
    (?<!\w)(?i:
        recrut\w* | embauch\w*                      # recruter, embauche
      | emploi(?:e|es|ent|era|eront|erait|eraient)(?!\w) | employ\w+   # emploie, employer
      | effectifs? | créer | création | créera | créeront | générer | génèrera   # créer 300 postes
    )
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
