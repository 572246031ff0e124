"""Unit, currency and scale tables for figures.

Sources: ISO 4217 currency codes (https://www.iso.org/iso-4217-currency-codes.html);
French abbreviations as used by Moroccan and francophone-African economic press
(MDH = million dirhams, MMDH = milliard de dirhams); SI area units.
"""

# scale word -> multiplier
SCALES = {
    "mille": 1e3,
    "million": 1e6, "millions": 1e6, "M": 1e6,
    "milliard": 1e9, "milliards": 1e9, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "Mrds": 1e9,
}

# currency as written -> (ISO 4217 code, multiplier built into the abbreviation)
CURRENCIES = {
    "MDH": ("MAD", 1e6), "MMDH": ("MAD", 1e9), "DH": ("MAD", 1), "DHS": ("MAD", 1),
    "dirham": ("MAD", 1), "dirhams": ("MAD", 1),
    "euro": ("EUR", 1), "euros": ("EUR", 1), "€": ("EUR", 1), "M€": ("EUR", 1e6),
    "dollar": ("USD", 1), "dollars": ("USD", 1), "$": ("USD", 1),
    "FCFA": ("XOF", 1), "francs CFA": ("XOF", 1),
}

# area unit as written -> normalised unit
AREA_UNITS = {
    "hectares": "ha", "hectare": "ha", "ha": "ha",
    "m²": "m2", "m2": "m2", "mètres carrés": "m2",
    "km²": "km2", "km2": "km2", "kilomètres carrés": "km2",
}

# nouns that count jobs or the people employed
JOB_NOUNS = [
    "emplois", "emploi", "postes", "poste", "ingénieurs", "salariés", "collaborateurs",
    "employés", "personnes",
]
