"""Patterns for French date expressions: candidates only, :mod:`pipeline.dates_resolve` resolves them.

Every pattern is a verbose regex with named groups and a comment per part. A
bare number is never a date: a day needs a month name, a year needs a month
name, a numeric day/month, or a cue word before it ("en", "d'ici", "fin"...).
That is what keeps figures ("500 ingénieurs", "20 000 emplois") and plan names
("Maroc Digital 2030", "Génération Green 2020-2030": a year right after a name
word, with no cue) out.

Word tables: month names and abbreviations follow the Imprimerie nationale's
*Lexique des règles typographiques* (janv., févr., avr., juill., sept., oct.,
nov., déc.) plus the variants the press uses (fév., juil., sep., unaccented
fevrier/aout/decembre in web text); weekday numbers follow Python's
``date.weekday()`` (lundi = 0).
"""

from __future__ import annotations

import re

from .words import whole_words

# month word -> month number (full names, with and without accents)
MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip
# abbreviations -> month number; written with a final dot ("sept." is September, never seven)
MONTH_ABBREVIATIONS = {
    "janv": 1, "jan": 1, "févr": 2, "fevr": 2, "fév": 2, "fev": 2, "avr": 4, "juil": 7, "juill": 7,
    "sept": 9, "sep": 9, "oct": 10, "nov": 11, "déc": 12, "dec": 12,
}  # fmt: skip
# the names dateparser is given back (it reads "sept." as July in some versions)
MONTH_NAMES = {
    1: "janvier", 2: "février", 3: "mars", 4: "avril", 5: "mai", 6: "juin", 7: "juillet",
    8: "août", 9: "septembre", 10: "octobre", 11: "novembre", 12: "décembre",
}  # fmt: skip
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}

# "1er"/"premier" -> 1; other day words are digits
FIRST_DAY_WORDS = {"1er", "1ᵉʳ", "premier"}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


APOS = r"['’]"
WEEKDAY = rf"(?:{_alt(WEEKDAYS)})"
MONTH_FULL = rf"(?:{_alt(MONTHS)})(?!\w)"
# a month after a day number: full name, or an abbreviation with or without its dot ("12 sept 2025")
MONTH_AFTER_DAY = rf"(?:{_alt(MONTHS)}(?!\w)|(?:{_alt(MONTH_ABBREVIATIONS)})(?:\.|(?!\w)))"
# a month with no day before it: full name, or an abbreviation with its dot ("sept. 2025")
MONTH_ALONE = rf"(?:{_alt(MONTHS)}(?!\w)|(?:{_alt(MONTH_ABBREVIATIONS)})\.)"
YEAR = r"(?:19|20)\d{2}(?![\d])"
DAY = r"(?:1er|1ᵉʳ|premier|0?[1-9]|[12]\d|3[01])(?!\d)"

# cues that make a date a deadline (role "target"): d'ici (à) 2030, à l'horizon (de) 2035, horizon 2030
TARGET_CUE = rf"""
    (?P<target>
        d{APOS}\s?ici(?:\s+(?:à|a|l{APOS}an|l{APOS}horizon))?    # d'ici, d'ici à, d'ici l'an
      | à\s+l{APOS}horizon(?:\s+de)?                            # à l'horizon (de)
      | (?-i:horizon)                                          # horizon 2030 (capitalised: a name)
      | à\s+l{APOS}échéance(?:\s+de)?                           # à l'échéance (de)
      | avant(?=\s+(?:le|la\s+fin|fin)\s)                       # avant le 31 mars (not "avant 2011")
      | au\s+plus\s+tard(?:\s+(?:en|d{APOS}ici))?                 # au plus tard (en) 2027
      | (?:prévue?s?\s+)?(?<!\d\s)pour(?=\s+(?:19|20)\d{{2}}(?!\d))  # (prévu) pour 2026, not "1 pour 2000"
    )\s+(?:(?:le|la|l{APOS})\s*)?                               # d'ici le 31 décembre
"""
# "début / mi- / fin / courant" before a month or a year: kept in the text, precision unchanged
MODIFIER = r"""
    (?P<mod>
        (?:au\s+|à\s+la\s+|dès\s+(?:le\s+|la\s+)?)?
        (?:début|fin|milieu|mi|courant)                        # début, fin, mi-, courant
        (?:\s*-\s*|\s+)(?:(?:du\s+mois\s+)?d['’e]\s*)?         # "fin du mois de", "début d'"
    )
"""
# relative words after a yearless date: "le 30 avril dernier", "en mars prochain"
REL = r"(?:\s+(?P<rel>dernier|dernière|passé|prochain|prochaine))?"
# what they say (:mod:`pipeline.dates_resolve`): the occurrence before the base, or the one after
PAST_WORDS = {"dernier", "dernière", "passé"}
FUTURE_WORDS = {"prochain", "prochaine"}

# 1. numeric: 23/07/2025, 23 - 07 - 2025, 23.07.2025, 2025-07-23 (never phone numbers: no digit around)
NUMERIC = re.compile(
    rf"""
    (?:{TARGET_CUE})?
    (?<![\d./-])(?<![\d.,/-]\s)(?<!n°\s)(?<!n°)(?<!no\s)       # not in a number run, not "n° 12-03-2024"
    (?:
        (?P<day>0?[1-9]|[12]\d|3[01])                          # 23
        \s*(?P<sep>[/.-])\s*                                   # the separator, the same twice
        (?P<month>0?[1-9]|1[0-2])                              # 07
        \s*(?P=sep)\s*
        (?P<year>(?:19|20)\d{{2}})                             # 2025
      | (?P<iyear>(?:19|20)\d{{2}})-(?P<imonth>0[1-9]|1[0-2])-(?P<iday>0[1-9]|[12]\d|3[01])  # ISO
    )
    (?![\d]|[/.-]\d)                                           # no more number parts ("- 13:48" may follow)
    """,
    re.VERBOSE | re.IGNORECASE,
)

# 2. a day and a month name: "mercredi 30 avril", "1er mai 2024", "du 12 au 15 mars 2025"
DAY_MONTH = re.compile(
    rf"""
    (?:{TARGET_CUE})?
    (?:(?P<weekday>{WEEKDAY}),?\s+)?                           # mercredi
    (?<![\w,.])(?<!\d\s)                                       # not the tail of "20 000" or "1,5"
    (?:(?P<day1>{DAY})\s*(?:au|et|-|–|à)\s*                     # range start: "12 au", "12 et", "12-"
        (?:(?P<weekday2>{WEEKDAY})\s+)?)?                       # du lundi 3 au vendredi 7 mars
    (?P<day>{DAY})\s+                                          # 30, 1er
    (?P<month>{MONTH_AFTER_DAY})                               # avril, sept., déc
    (?:,?\s+(?P<year>{YEAR}))?                                 # 2025
    {REL}                                                      # dernier / prochain
    """,
    re.VERBOSE | re.IGNORECASE,
)

# 3. a month with a year: "avril 2025", "fin avril 2025", "mi-juillet 2024", "sept. 2025"
MONTH_YEAR = re.compile(
    rf"""
    (?:{TARGET_CUE})?
    (?<!\w){MODIFIER}?                                         # fin, début, mi-
    (?:(?:le\s+)?mois\s+d['’e]\s*)?                            # le mois de
    (?P<month>{MONTH_ALONE})                                   # avril
    \s+(?:de\s+l['’]année\s+)?                                 # (de l'année)
    (?P<year>{YEAR})                                           # 2025
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A capitalised month name in mid-sentence is a name ("la mission Mars 2020"), unless a cue word
# comes just before it ("en Mars 2020" is still March). A capital after these characters starts a
# sentence or a line; WORD finds the word before the month.
SENTENCE_STARTERS = set('.!?…:;«»"“”(\n|–—-')
MONTH_CUE_WORDS = {"en", "depuis", "dès", "de", "d", "mois", "jusqu", "le"}
WORD = re.compile(r"\w+")

# 4. a month with no year, after a cue: "en avril", "fin avril", "courant mars prochain"
MONTH_CUED = re.compile(
    rf"""
    (?:
        (?:{TARGET_CUE})                                       # d'ici juin
      | (?<!\w)(?P<cue>en|depuis|dès|jusqu{APOS}en|au\s+mois\s+d['’e]|le\s+mois\s+d['’e])\s*  # en avril
    )?
    (?<!\w)(?:{MODIFIER})?                                    # fin avril, mi-juillet
    (?P<month>{MONTH_FULL})                                    # avril
    {REL}                                                      # dernier / prochain
    (?!\s*,?\s*\d)                                           # no year or day after (forms 2, 3)
    """,
    re.VERBOSE | re.IGNORECASE,
)  # a bare month name (no cue, no modifier, no relative word) is dropped by pipeline.dates_resolve

# a number followed by these is a quantity, not a year (units and counted nouns of the figures stage)
NOT_YEAR_NOUNS = (
    "ans", "années", "jours", "mois", "euros", "dirhams", "dollars", "DH", "MDH", "emplois",
    "personnes", "habitants", "hectares", "mètres", "tonnes", "km", "%", "€", "$",
    "projets", "entreprises", "sociétés", "postes", "salariés", "employés", "logements", "unités",
    "startups", "participants", "visiteurs", "étudiants", "élèves", "lits", "places", "véhicules", "MW",
)  # fmt: skip

# 5. a range of years after a cue: "en 2024-2025", "entre 2024 et 2026", "de 2020 à 2025"
YEAR_RANGE = re.compile(
    rf"""
    (?:
        (?:{TARGET_CUE})
      | (?<!\w)(?P<cue>en|entre|de|depuis|sur\s+la\s+période|(?:pour\s+)?la\s+période|période
                     |saison|exercices?|au\s+titre\s+des\s+années|campagne(?:\s+agricole)?
                     |l{APOS}(?:année|exercice)(?:\s+(?:scolaire|universitaire|budgétaire))?
                    )\s+                                      # not "les années 1990": decades
    )
    (?P<year1>{YEAR})                                          # 2024
    \s*(?:-|–|/|à|et|au)\s*                                    # - / et / à
    (?P<year2>{YEAR}|\d{{2}}(?!\d))                            # 2025, or 25
    (?!\s+(?:{_alt(NOT_YEAR_NOUNS)})(?!\w))                     # "entre 2000 et 2010 euros" is money
    """,
    re.VERBOSE | re.IGNORECASE,
)

# nouns of a period or an occurrence: "<noun> de <year>" is that year, while "plus de 2000" is a number
YEAR_NOUNS = (
    "période", "édition", "crise", "élection", "élections", "saison", "session", "exercice", "campagne",
    "législature", "rentrée", "recensement", "promotion", "cuvée", "millésime", "loi de finances",
)  # fmt: skip

# 6. one year after a cue: "en 2024", "d'ici 2030", "fin 2025", "au titre de l'année 2024"
YEAR_CUED = re.compile(
    rf"""
    (?:
        (?:{TARGET_CUE})(?:{MODIFIER})?(?:(?:l{APOS}|la\s+fin\s+de\s+l{APOS})année\s+)?  # d'ici (fin) 2030
      | (?<!\w)(?P<cue>
            en|depuis|dès|à\s+partir\s+de|jusqu{APOS}en|courant  # en 2024, depuis 2019
          | (?:au\s+|en\s+)?(?:début|fin|milieu|mi)(?:\s*-\s*|\s+)  # fin 2025, début d'année 2025
            (?:d{APOS}(?:année\s+)?|de\s+l{APOS}année\s+)?
          | (?:{_alt(YEAR_NOUNS)})\s+de                       # la période de 2016, l'édition de 2024
          | (?:celui|celle|ceux|celles)\s+de                  # un niveau supérieur à celui de 2017
          | par\s+rapport\s+(?:à|a)|comparé\s+à               # en hausse par rapport à 2023
          | l{APOS}(?:été|hiver|automne)|(?:au\s+)?printemps          # l'été 2025
          | (?:(?:au\s+cours|au\s+titre)\s+de\s+|pour\s+|durant\s+|pendant\s+)?  # au titre de
            l{APOS}(?:année|an|exercice)                       # l'année 2024
          | (?:premier|second|deuxième|troisième|quatrième|[1-4](?:er|e|ème))\s+(?:trimestre|semestre)
            (?:\s+de)?                                         # au premier semestre 2025
        )\s*
    )
    (?P<year>{YEAR})                                           # 2024
    (?!\s*(?:-|–|/)\s*\d)                                      # a range is form 5
    (?!\s+(?:{_alt(NOT_YEAR_NOUNS)})(?!\w))                     # "à partir de 2000 dirhams" is money
    """,
    re.VERBOSE | re.IGNORECASE,
)

# 7. relative to the publication date (used only when the article has one)
RELATIVE = re.compile(
    rf"""
    (?<![\w'’])
    (?:
        (?P<dayword>avant-hier|hier)(?!\w)                     # hier (never "d'hier": figurative)
      | (?P<yearword>cette\s+année
          | l{APOS}(?:année|an)\s+(?:dernière|dernier|passée|écoulée|prochaine|prochain)(?!\w))
      | (?P<monthword>ce\s+mois(?:-ci)?(?!\s+d(?:e|{APOS}))         # ce mois-ci (not "ce mois de juin")
          | (?:le\s+)?mois\s+(?:dernier|passé|prochain))       # le mois dernier
      | (?:(?P<this>ce)\s+)?(?P<weekday>{WEEKDAY})(?!s)         # (ce) mercredi (dernier)
        (?!\s+{DAY})(?!,\s+{DAY}\s+{MONTH_AFTER_DAY})            # "mercredi (,) 30 avril" is form 2
        (?:\s+(?P<rel>dernier|passé|prochain))?
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "chaque lundi", "le lundi": a habit, not a date
HABITUAL = re.compile(r"(?:chaque|tous\s+les|les|le)\s+$", re.IGNORECASE)
# The direction of a year or month word, by its stem: "l'an dernier", "l'année passée", "l'année
# écoulée" (-1), "le mois prochain" (+1); anything else ("cette année", "ce mois-ci") is 0.
PAST_STEMS = ("derni", "pass", "écoul")
FUTURE_STEM = "prochain"

# Anchors: a part every match of a form contains, cheap to find. The forms above start with
# optional cues, so the regex engine tries them at every character; :mod:`pipeline.dates` runs a
# form only in a window around its anchors (see ANCHOR_LEAD and ANCHOR_TRAIL there). Word anchors
# are built by :func:`pipeline.patterns.words.whole_words`, which the engine finds fast.


NUMERIC_ANCHOR = re.compile(r"\d\s*[/.-]\s*\d")  # day-separator-month, or year-month (ISO)
# forms 2, 3 and 4 all hold a month
MONTH_ANCHOR = whole_words({w.lower() for w in [*MONTHS, *MONTH_ABBREVIATIONS]}, flags=re.IGNORECASE)
YEAR_ANCHOR = re.compile(YEAR)  # forms 5 and 6 hold a four-digit year
# form 7: hier, l'an, le mois, mardi
RELATIVE_ANCHOR = whole_words({w.lower() for w in ["hier", "année", "an", "mois", *WEEKDAYS]},
                              flags=re.IGNORECASE)

# the order forms are tried in (an earlier form wins an overlap of the same length), each with its anchor
FORMS = (
    ("numeric", NUMERIC, NUMERIC_ANCHOR),
    ("day_month", DAY_MONTH, MONTH_ANCHOR),
    ("month_year", MONTH_YEAR, MONTH_ANCHOR),
    ("year_range", YEAR_RANGE, YEAR_ANCHOR),
    ("year", YEAR_CUED, YEAR_ANCHOR),
    ("month", MONTH_CUED, MONTH_ANCHOR),
    ("relative", RELATIVE, RELATIVE_ANCHOR),
)

# a byline line: the date it states is when the article was published, not an event
BYLINE_LINE = re.compile(
    r"""^\s*(?:
        publié|publie|posté|mis\s+en\s+ligne|paru|créé           # Publié le, mis en ligne le
      | date\s+de\s+publication|(?:rédigé|écrit)\s+par            # Rédigé par X le 12/03/2024
      | mis\s+à\s+jour|mise\s+à\s+jour|actualisé|modifié        # Mis à jour le
      | par\s+[^\n]{1,80}?(?:\s[-–|]\s|,\s|\s+le\s+\d)           # Par Karim B. - 5 mars 2024
    )""",
    re.VERBOSE | re.IGNORECASE,
)
UPDATE_CUE = re.compile(r"(?:mis|mise)\s+à\s+jour|màj|actualisé|modifié", re.IGNORECASE)
# a line ending like a sentence is prose ("Publié en 2023, le rapport ... ."), not a byline
SENTENCE_END = re.compile(r"[.!?…]\s*$")

# Wire agencies a dispatch's dateline names in brackets. Any acronym of 2 to 6 capitals is taken
# as one: MAP (Morocco), APS (Algeria, Senegal), TAP (Tunisia), AIP (Côte d'Ivoire), APA (Dakar),
# AMI (Mauritania), AFP... This list holds the agencies whose names are not acronyms.
WIRE_AGENCIES = ["Reuters", "Xinhua", "Anadolu"]
# a wire dispatch's dateline, at the start of the body: "Rabat, 12 mars 2024 (MAP) - Le ministre..."
DATELINE = re.compile(
    rf"""^\s*
    [A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){{0,3}}                  # Rabat, Sidi Bennour
    \s*,\s*(?:le\s+)?
    (?P<date>[^()\n–—:]{{6,40}}?)                             # 12 mars 2024 (checked by the caller)
    \s*(?:\((?:{"|".join(WIRE_AGENCIES)}|[A-Z]{{2,6}})\)\s*)?   # (Reuters), or an acronym: (MAP), (AMI)
    [-–—:]\s                                                  # - Le ministre...
    """,
    re.VERBOSE,
)
# words a line that is only a date may carry besides it: "Le 12/03/2024 à 10h30", "jeudi 31 octobre 2024"
DATE_LINE_WORDS = {"le", "à", "a", "h", "min", "gmt", "utc", "am", "pm"}
# the words of a line (letters only), counted around its dates
LINE_WORD = re.compile(r"[^\W\d_]+")
# a four-digit year stated in a date's text: without one, a full date's year was inferred
YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")

# --- Publication date lines (pipeline.dates.find_published) --------------------------------------
# A date line's date is the publication date when the line is a page's date line, not a headline:
# it also carries a time, a separator between fields, an author ("par X", "Par X | Le ..."), or
# almost nothing else ("Le 22 novembre 2017", "Infos Business of Friday, 5 June 2015").
DATE_LINE_CUE = re.compile(
    r"""
    \d{1,2}\s*[h:]\s*:?\s*\d{2}               # a time: 18h38, 18h:38, 10:30
  | \s[|•·]\s | ^\s*[|•·] | [|•·]\s*$         # a separator between the line's fields
  | (?:^|\s)(?:par|by|posté|publié|édition|edition)\b  # an author, "Posté par", "Edition N°"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# English date lines on pages of French articles (a site's template in English):
# "Friday, 5 June 2015", "June 5, 2015". Month names of the English calendar.
EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_EN_MONTH = "|".join(EN_MONTHS)
_EN_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
EN_DATE = re.compile(
    rf"""
    (?<!\w)(?:{_EN_WEEKDAY})?
    (?:
        (?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month>{_EN_MONTH})               # 5 June
        \s+(?P<year>(?:19|20)\d{{2}})                                            # 2015
      | (?P<month2>{_EN_MONTH})\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?            # June 5,
        \s+(?P<year2>(?:19|20)\d{{2}})                                           # 2015
    )(?!\w)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The dateline of a press article in brackets at the start of its body: "(Abidjan, le 24-8-2016)".
BRACKET_DATELINE = re.compile(
    r"""^[^()\n]{0,60}?\(\s*[A-ZÀ-Ý][\w'’. -]{1,40},\s*(?i:le\s+)?(?P<date>[^()\n]{6,30})\)""",
)
