"""Unit, currency, scale and noun tables for figures (data only, no logic).

Sources:
- currency codes: ISO 4217 (https://www.iso.org/iso-4217-currency-codes.html);
- abbreviations as the Moroccan, Tunisian, Algerian and francophone-African economic
  press writes them: MDH = million(s) de dirhams, MMDH = milliard(s) de dirhams,
  MDT = millions de dinars tunisiens, MD = millions de dinars (Tunisian press: "1.295 MD"),
  DA = dinar algérien, FCFA = franc CFA;
- area units: SI (m², km²) and the hectare, accepted for use with the SI (BIPM SI
  brochure, table 8); values are kept in the unit written, never converted;
- the long scale that French uses: milliard = 10⁹, billion = 10¹² (Académie française).

Every key is written lower-case with single spaces and a straight apostrophe; the
regexes in :mod:`pipeline.patterns.figures` accept any case (except the scale
abbreviations), any run of spaces and the typographic apostrophe.
"""

from __future__ import annotations

from . import load_list

# scale word -> multiplier
SCALES = {
    "mille": 1e3,
    "million": 1e6, "millions": 1e6,
    "milliard": 1e9, "milliards": 1e9,
    "billion": 1e12, "billions": 1e12,  # French long scale: un billion = mille milliards
}

# scales that follow a larger one with an amount of their own: "3 milliards 500 millions de FCFA"
# is 3,5 milliards, "1 million 200 mille dirhams" 1,2 million (West-African and Moroccan press)
SUB_SCALES = {"million": 1e6, "millions": 1e6, "mille": 1e3}

# abbreviated scales, case-sensitive (a lone "m" is a metre) and only trusted right before a
# currency: "100 M€", "2,5 Mds DH", "5 Md$", "500 k€"
SCALE_ABBREVIATIONS = {
    "k": 1e3, "K": 1e3,
    "M": 1e6, "Mn": 1e6, "mn": 1e6,
    "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "Mrds": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9,
    "MM": 1e9,  # Moroccan press: "1,2 MM DH" as "1,2 MMDH"
}

# "une dizaine de" -> 10 (an approximate number: the figure gets the qualifier "about")
APPROXIMATE_NOUNS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}

# Currency families whose code depends on the country the text names (see figures.py):
DIRHAM = "dirham"  # MAD, or AED when the sentence names the UAE and not Morocco
DINAR = "dinar"  # TND, DZD, ... when the paragraph names the country, else no code
CFA = "cfa"  # XOF (West Africa, UEMOA), or XAF when the paragraph names Central Africa (CEMAC)
# "francs" and "F" alone: the CFA franc where the article names a CFA country ("45 milliards de
# francs", "3 milliards de F" in the Cameroonian and Ivorian press), else no code (Swiss, Guinean,
# old French francs). "F" counts only written so, after a scale word, in a CFA country's article.
FRANC = "franc"

# currency as written -> (ISO 4217 code or family, multiplier built into the abbreviation)
CURRENCIES = {
    # Moroccan dirham (and the UAE dirham when the text says so)
    "dh": (DIRHAM, 1), "dhs": (DIRHAM, 1), "dirham": (DIRHAM, 1), "dirhams": (DIRHAM, 1),
    "mdh": (DIRHAM, 1e6), "mdhs": (DIRHAM, 1e6), "mmdh": (DIRHAM, 1e9), "mmdhs": (DIRHAM, 1e9),
    "mad": ("MAD", 1), "dirhams marocains": ("MAD", 1),
    "musd": ("USD", 1e6), "meur": ("EUR", 1e6), "mda": ("DZD", 1e6),
    "aed": ("AED", 1), "dirhams émiratis": ("AED", 1), "dirhams des émirats": ("AED", 1),
    # euro, dollars, pound, franc and others
    "euro": ("EUR", 1), "euros": ("EUR", 1), "€": ("EUR", 1), "eur": ("EUR", 1),
    "dollar": ("USD", 1), "dollars": ("USD", 1), "$": ("USD", 1), "usd": ("USD", 1),
    "us$": ("USD", 1), "$us": ("USD", 1), "dollars us": ("USD", 1), "dollars américains": ("USD", 1),
    "us dollars": ("USD", 1),
    "dollars canadiens": ("CAD", 1), "livres sterling": ("GBP", 1), "£": ("GBP", 1), "gbp": ("GBP", 1),
    "francs suisses": ("CHF", 1), "chf": ("CHF", 1), "yuans": ("CNY", 1), "yens": ("JPY", 1),
    "riyals saoudiens": ("SAR", 1), "rials saoudiens": ("SAR", 1), "riyals qataris": ("QAR", 1),
    "livres égyptiennes": ("EGP", 1), "nairas": ("NGN", 1), "rands": ("ZAR", 1),
    "ouguiyas": ("MRU", 1), "francs guinéens": ("GNF", 1), "francs congolais": ("CDF", 1),
    "cedis": ("GHS", 1), "ariary": ("MGA", 1),
    # franc CFA
    "fcfa": (CFA, 1), "f cfa": (CFA, 1), "francs cfa": (CFA, 1), "franc cfa": (CFA, 1), "cfa": (CFA, 1),
    "xof": ("XOF", 1), "xaf": ("XAF", 1),
    "francs": (FRANC, 1), "franc": (FRANC, 1), "f": (FRANC, 1),  # F only as STRICT_CURRENCIES allows
    # dinars
    "dinar": (DINAR, 1), "dinars": (DINAR, 1),
    "dinars tunisiens": ("TND", 1), "dinar tunisien": ("TND", 1), "dt": ("TND", 1), "tnd": ("TND", 1),
    "mdt": ("TND", 1e6),
    "md": (DINAR, 1e6),  # only as STRICT_CURRENCIES allows
    "dinars algériens": ("DZD", 1), "dinar algérien": ("DZD", 1), "da": ("DZD", 1), "dzd": ("DZD", 1),
    "dinars libyens": ("LYD", 1), "dinars koweïtiens": ("KWD", 1), "dinars jordaniens": ("JOD", 1),
}

# Forms that are a currency only when written exactly so, and only where the text names the
# country of the currency; elsewhere they are not money at all ("F" also needs a scale word
# before it: "3 milliards de F", never "5 F"). "MD" (millions de dinars) is
# how the Tunisian press writes amounts ("1.295 MD"), but "Md" is also the milliard's
# abbreviation ("3,5 Md" in Moroccan copy): a value guessed from it could be 1,000 times off.
STRICT_CURRENCIES = {"md": "MD", "f": "F"}

# Country cues, as regex fragments (matched case-sensitively, whole words)
UAE_CUES = r"Émirats|Emirats|émirati\w*|EAU|E\.A\.U|Dubaï|Dubai|Abou\s+Dhabi|Abu\s+Dhabi|Charjah|Sharjah"
MOROCCO_CUES = r"Maroc|marocain\w*|Marocain\w*"
DINAR_CUES = {
    "TND": r"Tunisie|tunisien\w*|Tunisien\w*|Tunis",
    "DZD": r"Algérie|algérien\w*|Algérien\w*|Alger",
    "LYD": r"Libye|libyen\w*|Libyen\w*|Tripoli",
    "KWD": r"Koweït|Koweit|koweïtien\w*",
    "JOD": r"Jordanie|jordanien\w*|Amman",
    "BHD": r"Bahreïn|Bahrein|bahreïni\w*",
    "IQD": r"Irak|Iraq|irakien\w*",
}
CFA_CUES = {
    # CEMAC: Cameroun, Centrafrique, Congo, Gabon, Guinée équatoriale, Tchad (BEAC issues the XAF)
    "XAF": r"CEMAC|BEAC|Afrique\s+centrale|Cameroun\w*|camerounais\w*|Centrafrique|centrafricain\w*"
           r"|Congo|congolais\w*|Gabon|gabonais\w*|Guinée\s+équatoriale|Tchad|tchadien\w*|Yaoundé|Douala"
           r"|Libreville|Brazzaville|N'Djamena|Bangui|Malabo",
    # UEMOA: Bénin, Burkina Faso, Côte d'Ivoire, Guinée-Bissau, Mali, Niger, Sénégal, Togo (BCEAO: XOF)
    "XOF": r"UEMOA|BCEAO|Afrique\s+de\s+l['’]Ouest|Bénin|béninois\w*|Burkina|burkinabè\w*|Côte\s+d['’]Ivoire"
           r"|ivoirien\w*|Guinée-Bissau|Mali|malien\w*|Niger|nigérien\w*|Sénégal|sénégalais\w*|Togo"
           r"|togolais\w*|Dakar|Abidjan|Bamako|Ouagadougou|Niamey|Lomé|Cotonou",
}

# area unit as written -> normalised unit (values stay in the unit written)
AREA_UNITS = {
    "hectares": "ha", "hectare": "ha", "ha": "ha",
    "m²": "m2", "m2": "m2", "mètres carrés": "m2", "mètre carré": "m2", "metres carres": "m2",
    "km²": "km2", "km2": "km2", "kilomètres carrés": "km2", "kilomètre carré": "km2",
}

# Job nouns, three strengths:
# always jobs: "20 000 emplois", "1.200 postes", "3 000 salariés", "150 collaborateurs"
JOB_NOUNS = [
    "emplois", "emploi", "postes", "poste", "postes d'emploi", "postes de travail", "salariés",
    "salariées", "employés", "employées", "collaborateurs", "collaboratrices", "travailleurs",
    "recrues", "embauches", "recrutements", "créations d'emplois", "créations d'emploi",
    "opportunités d'emploi", "opportunités d'emplois",
]
# professions: jobs, except when the sentence is about training them ("former 10 000 ingénieurs"),
# then a count of the people named
JOB_PROFESSIONS = [
    "ingénieurs", "techniciens", "ouvriers", "ouvrières", "cadres", "développeurs", "informaticiens",
    "téléconseillers", "agents",
]
# people in general: jobs only when the sentence hires them ("recruter 300 personnes")
JOB_PEOPLE = ["personnes", "jeunes", "profils", "talents", "diplômés"]

# what the text says about the jobs, after the noun -> detail value
JOB_DETAILS = {
    "directs": "direct", "direct": "direct", "indirects": "indirect", "indirect": "indirect",
    "induits": "induced", "hautement qualifiés": "qualified", "qualifiés": "qualified",
    "qualifiées": "qualified", "permanents": "permanent", "saisonniers": "seasonal",
    "temporaires": "temporary", "stables": "stable", "pérennes": "lasting", "durables": "lasting",
    "à temps plein": "full_time", "à temps partiel": "part_time",
}

# adjectives that French puts between a number and its noun: "trois prochains Technoparks"
ADJECTIVES_BEFORE_NOUN = [
    "prochains", "prochaines", "nouveaux", "nouvelles", "premiers", "premières", "derniers",
    "dernières", "autres", "futurs", "futures", "grands", "grandes", "petits", "petites",
    "principaux", "principales", "gros", "grosses", "jeunes", "anciens", "anciennes", "moyennes",
]


# countable nouns (plural, as the press writes them): see the header of the data file
COUNT_NOUNS = load_list("figures_count_nouns.txt")
# capitalised plurals that are never a count: time, documents, months (see the data file)
NOT_COUNTED = {w.lower() for w in load_list("figures_not_counted.txt")}
# endings of demonyms ("Marocains", "Français", "Ivoiriens"): people by nationality, not counts
DEMONYM_ENDINGS = ("ains", "aines", "ais", "aises", "iens", "iennes", "ois", "oises", "éens", "éennes")
