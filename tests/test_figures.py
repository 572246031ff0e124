"""Figures: a table of French phrases written for the test, with the figures they state.

Each row is a phrase and the (kind, value, unit, qualifier) of every figure it must give,
in text order; an empty list is a phrase that states no figure (years, dates, ordinals,
durations, references back). Known limits are ``xfail(strict=True)`` rows at the end.
"""

from __future__ import annotations

import math
import random
import time

import pytest

from pipeline.figures import extract_figures

NBSP, NNBSP = "\u00a0", "\u202f"

JOBS = [
    ("Le projet devrait générer plus de 20 000 emplois qualifiés.", [("jobs", 20000, "jobs", "more_than")]),
    ("Avec plus de 20.000 emplois directs attendus", [("jobs", 20000, "jobs", "more_than")]),
    ("Les entreprises emploient 3 000 salariés.", [("jobs", 3000, "jobs", "")]),
    ("La société va créer 1.200 postes d'ici 2027.", [("jobs", 1200, "jobs", "")]),
    ("Le groupe compte recruter 300 personnes cette année.", [("jobs", 300, "jobs", "")]),
    ("Le centre emploiera 150 collaborateurs à Rabat.", [("jobs", 150, "jobs", "")]),
    # a firm's or a team's size is its headcount
    ("En bourse, la start-up de 46 personnes vaut 194 millions d'euros.",
     [("jobs", 46, "jobs", ""), ("money", 1.94e8, "EUR", "")]),
    ("une PME d'une cinquantaine de personnes", [("jobs", 50, "jobs", "about")]),
    ("une équipe de près de 30 personnes", [("jobs", 30, "jobs", "about")]),
    ("Vingt mille emplois seront créés dans la région.", [("jobs", 20000, "jobs", "")]),
    ("un centre qui emploiera à terme 500 ingénieurs marocains", [("jobs", 500, "jobs", "")]),
    ("environ 1 500 emplois indirects", [("jobs", 1500, "jobs", "about")]),
    ("Le site créera, au minimum, 2.000 emplois.", [("jobs", 2000, "jobs", "at_least")]),
    ("La nouvelle usine offrira près de 800 emplois.", [("jobs", 800, "jobs", "about")]),
    ("au moins 200 emplois seront maintenus", [("jobs", 200, "jobs", "at_least")]),
    ("pas moins de 4 000 emplois", [("jobs", 4000, "jobs", "at_least")]),
    ("les sociétés de moins de 50 salariés", [("jobs", 50, "jobs", "less_than")]),
    ("jusqu'à 2 000 emplois à terme", [("jobs", 2000, "jobs", "up_to")]),
    ("quelque 600 emplois", [("jobs", 600, "jobs", "about")]),
    ("autour de 900 postes", [("jobs", 900, "jobs", "about")]),
    ("le projet créera 2,500 emplois", [("jobs", 2500, "jobs", "")]),  # English-style copy: jobs are whole
    ("entre 1,200 et 1,500 emplois", [("jobs", 1200, "jobs", "at_least"), ("jobs", 1500, "jobs", "up_to")]),
    ("la création d'environ 600 postes", [("jobs", 600, "jobs", "about")]),  # after an elided "de"
    ("un effectif d'au moins 200 salariés", [("jobs", 200, "jobs", "at_least")]),
    ("une usine d'au plus 300 employés", [("jobs", 300, "jobs", "up_to")]),
    ("à peine 40 emplois ont été créés", [("jobs", 40, "jobs", "about")]),
    ("plus d’un million d’emplois", [("jobs", 1e6, "jobs", "more_than")]),
    ("entre 300 et 500 emplois", [("jobs", 300, "jobs", "at_least"), ("jobs", 500, "jobs", "up_to")]),
    ("3 000 emplois directs et 10 000 indirects", [("jobs", 3000, "jobs", ""), ("jobs", 10000, "jobs", "")]),
    ("L'usine générera 500 nouveaux emplois.", [("jobs", 500, "jobs", "")]),
    ("en plus de 300 emplois directs, le projet", [("jobs", 300, "jobs", "")]),
    ("Le programme vise à former 10 000 ingénieurs.", [("count", 10000, "ingénieurs", "")]),
    ("La conférence a réuni 300 personnes.", []),
    ("la création de 300 emplois pour 500 personnes", [("jobs", 300, "jobs", "")]),
    ("Le secteur emploie près de 90.000 personnes.", [("jobs", 90000, "jobs", "about")]),
    ("Deux postes frontières ont été rénovés.", []),
]

AREAS = [
    ("Ce nouveau pôle s'étendra sur 6,5 hectares.", [("area", 6.5, "ha", "")]),
    ("un terrain de 120 ha", [("area", 120, "ha", "")]),
    ("12.000 m² de bureaux", [("area", 12000, "m2", "")]),
    (f"une surface de 12{NBSP}000 m2", [("area", 12000, "m2", "")]),
    ("un parc de 3 km²", [("area", 3, "km2", "")]),
    ("Couvrant un hectare, le marché ouvre ses portes.", [("area", 1, "ha", "")]),
    ("plus d'un million d'hectares irrigués", [("area", 1e6, "ha", "more_than")]),
    ("4 000 mètres carrés couverts", [("area", 4000, "m2", "")]),
]

MONEY = [
    ("un investissement de 20 MDH", [("money", 2e7, "MAD", "")]),
    ("BMCE Capital injecte 75 MDH dans BLS", [("money", 7.5e7, "MAD", "")]),
    ("une enveloppe de 1,2 MMDH", [("money", 1.2e9, "MAD", "")]),
    ("3 milliards de dirhams", [("money", 3e9, "MAD", "")]),
    ("un chiffre d'affaires d'un milliard de dirhams", [("money", 1e9, "MAD", "")]),
    ("800 millions DH", [("money", 8e8, "MAD", "")]),
    ("un budget de 2,5 Mds DH", [("money", 2.5e9, "MAD", "")]),
    (f"350{NNBSP}000 dirhams", [("money", 350000, "MAD", "")]),
    ("un tour de table de 100 M€", [("money", 1e8, "EUR", "")]),
    ("1,5 milliard d'euros", [("money", 1.5e9, "EUR", "")]),
    ("500 millions de dollars", [("money", 5e8, "USD", "")]),
    ("un marché estimé à plus de 1.500 milliards de dollars", [("money", 1.5e12, "USD", "more_than")]),
    ("10 millions $", [("money", 1e7, "USD", "")]),
    ("15 milliards FCFA pour le Sénégal", [("money", 1.5e10, "XOF", "")]),
    ("15 milliards de FCFA au Cameroun", [("money", 1.5e10, "XAF", "")]),
    ("20 millions de dinars", [("money", 2e7, "", "")]),
    ("La Tunisie a mobilisé 20 millions de dinars.", [("money", 2e7, "TND", "")]),
    ("En Algérie, l'État investit 5 milliards de dinars.", [("money", 5e9, "DZD", "")]),
    ("Un fonds de Dubaï a levé 300 millions de dirhams aux Émirats.", [("money", 3e8, "AED", "")]),
    ("Le groupe émirati investira 2 milliards de dirhams au Maroc.", [("money", 2e9, "MAD", "")]),
    ("un investissement de près de 20 MDH", [("money", 2e7, "MAD", "about")]),
    ("50 000 euros", [("money", 50000, "EUR", "")]),
    ("un budget de 20 MDT", [("money", 2e7, "TND", "")]),
    ("La Tunisie a mobilisé 1.295 MD pour l'industrie.", [("money", 1.295e9, "TND", "")]),
    ("En Algérie, un budget de 300 MD.", [("money", 3e8, "DZD", "")]),
    ("un budget de 300 MD, sans pays nommé", []),  # "MD" is money only where a dinar country is named
    ("La Tunisie table sur 3,5 Md cette année.", []),  # "Md": a milliard, of no currency said
    ("En Tunisie, 300 md de plus.", []),  # MD is written in capitals
    ("entre 2 et 3 milliards de dollars",
     [("money", 2e9, "USD", "at_least"), ("money", 3e9, "USD", "up_to")]),
    ("2 millions d'euros (environ 21 MDH)", [("money", 2e6, "EUR", ""), ("money", 2.1e7, "MAD", "about")]),
    ("un million et demi de dirhams", [("money", 1.5e6, "MAD", "")]),
    ("un montant de 1 milliard 200 millions de dirhams", [("money", 1.2e9, "MAD", "")]),
    ("un capital de 1,250 milliard de dirhams", [("money", 1.25e9, "MAD", "")]),  # money keeps its comma
    ("3 milliards 500 millions de FCFA au Sénégal", [("money", 3.5e9, "XOF", "")]),
    ("un don de 1 million 200 mille dirhams", [("money", 1.2e6, "MAD", "")]),
    ("entre 2 milliards et 2 milliards 500 millions de FCFA",
     [("money", 2e9, "XOF", "at_least"), ("money", 2.5e9, "XOF", "up_to")]),
    ("un résultat net de 1,2 MM DH", [("money", 1.2e9, "MAD", "")]),
    ("une levée de 5 MUSD", [("money", 5e6, "USD", "")]),
    ("un bénéfice de 3 Mds de DH", [("money", 3e9, "MAD", "")]),
    ("500 millions US dollars", [("money", 5e8, "USD", "")]),
    ("une perte de −20 MDH", [("money", -2e7, "MAD", "")]),
    # "3 milliards" with no currency: the currency the text writes its amounts in
    ("Le groupe a investi 2 milliards de dirhams en 2024 et mettra 3 milliards dans sa nouvelle usine.",
     [("money", 2e9, "MAD", ""), ("money", 3e9, "MAD", "")]),
    ("Le chiffre d'affaires est passé de 1,2 milliard de dirhams à plus de 2 milliards en 2024.",
     [("money", 1.2e9, "MAD", ""), ("money", 2e9, "MAD", "more_than")]),
    ("Au Gabon, 5 milliards de FCFA pour le port et 3 milliards et demi pour la route.",
     [("money", 5e9, "XAF", ""), ("money", 3.5e9, "XAF", "")]),
    ("Le pays investit 3 milliards de dollars pour une population de 1,4 milliard en 2050.",
     [("money", 3e9, "USD", "")]),  # a population, not money
    # a page that wraps its lines mid-sentence, between a number and its scale
    ("Les ventes sont passées de moins d'un\nmilliard de dirhams à 3\nmilliards de dirhams.",
     [("money", 1e9, "MAD", "less_than"), ("money", 3e9, "MAD", "")]),
    # "francs" and "F" alone: the CFA franc where the text names a CFA country
    ("Au Cameroun, la société compte injecter plus de huit milliards de F dans son usine.",
     [("money", 8e9, "XAF", "more_than")]),
    ("Au Sénégal, le projet coûtera 45 milliards de francs.", [("money", 4.5e10, "XOF", "")]),
    ("Le projet coûtera 45 milliards de francs.", [("money", 4.5e10, "", "")]),
]

COUNTS = [
    ("une structure pouvant héberger plus de 70 startups", [("count", 70, "startups", "more_than")]),
    ("atteindre plus de 1 300 bénéficiaires", [("count", 1300, "bénéficiaires", "more_than")]),
    ("dans le but d'atteindre sept régions", [("count", 7, "régions", "")]),
    ("passer de quatre villes actuellement à dix villes",
     [("count", 4, "villes", ""), ("count", 10, "villes", "")]),
    ("de 4 à 10 villes", [("count", 4, "villes", ""), ("count", 10, "villes", "")]),
    ("l'ouverture de trois prochains Technoparks à Fès", [("count", 3, "Technoparks", "")]),
    ("avec ses quatre sites déjà opérationnels", [("count", 4, "sites", "")]),
    ("une centaine d'entreprises", [("count", 100, "entreprises", "about")]),
    ("plus d'une centaine d'exposants", [("count", 100, "exposants", "more_than")]),
    ("2 millions de touristes", [("count", 2e6, "touristes", "")]),
    ("13,8 millions de comptes ouverts", [("count", 1.38e7, "comptes", "")]),
    ("500 PME accompagnées", [("count", 500, "PME", "")]),
    ("300 jeunes entreprises", [("count", 300, "entreprises", "")]),
]

PERCENTS = [
    ("27% sont actifs", [("percent", 27, "%", "")]),
    (f"27{NBSP}% sont actifs", [("percent", 27, "%", "")]),
    ("27 pour cent des comptes", [("percent", 27, "%", "")]),
    ("une hausse de 3,5 %", [("percent", 3.5, "%", "")]),
    ("entre 5 et 7 %", [("percent", 5, "%", "at_least"), ("percent", 7, "%", "up_to")]),
    ("près de 40% des entreprises", [("percent", 40, "%", "about")]),
    ("une baisse de -2,3 % sur un an", [("percent", -2.3, "%", "")]),
    ("le taux est passé de 6,1% à 3,4%", [("percent", 6.1, "%", ""), ("percent", 3.4, "%", "")]),
]

NOT_FIGURES = [
    "le plan « Maroc Digital 2030 »",
    "d'ici 2026",
    "le vendredi 24 novembre 2023 à Essaouira",
    "Essaouira: inauguration du 5ème Technopark au Maroc",
    "Le cinquième Technopark du Royaume",
    "champion du monde de la 1ère édition",
    "le 98e anniversaire de la fondation",
    "18.8 C",
    "Appelez le 05 22 33 44 55.",
    "La réunion commence à 10h30.",
    "depuis trois ans",
    "au cours des deux dernières décennies",
    "deux conventions ont été signées",
    "les relations entre les deux pays",
    "un projet d'envergure",
    "la pandémie de COVID-19",
    "des milliers de postes à pourvoir",
    "les 5 et 6 mars",
    "trois Marocains ont été primés",
    "une dizaine d'années",
    "Partie 3 Depuis le début de l'année",
    "un budget de 15 Mds",
    "La production atteindra 500.000 tonnes par an.",
    "Le prix du gasoil a baissé de 43 centimes/litre",
    "Bd Zerktouni, 50000 Meknès",
    "75008 Paris",
    "Le budget atteindra 3 milliards l'an prochain.",  # no currency anywhere in the text
    "Au Cameroun, le modèle 5 F est sorti.",  # "F" is money only after a scale word
    "une salle de 300 personnes",  # people who are not staff
    "Article 3\nMillions de visiteurs attendus",  # a new line, not a wrapped one
]

TABLE = JOBS + AREAS + MONEY + COUNTS + PERCENTS + [(t, []) for t in NOT_FIGURES]


def rows(text: str) -> list[tuple]:
    return [(f.kind, f.value, f.unit, f.qualifier) for f in extract_figures(text)]


def same(got: list[tuple], want: list[tuple]) -> bool:
    if len(got) != len(want):
        return False
    pairs = zip(got, want, strict=True)
    return all(g[0] == w[0] and math.isclose(g[1], w[1], rel_tol=1e-9) and g[2:] == w[2:] for g, w in pairs)


@pytest.mark.parametrize("text,want", TABLE, ids=[t for t, _ in TABLE])
def test_table(text, want):
    got = rows(text)
    assert same(got, want), got


@pytest.mark.parametrize("text", [t for t, want in TABLE if want], ids=[t for t, want in TABLE if want])
def test_offsets_text_and_sentence(text):
    figures = extract_figures(text)
    assert figures
    for f in figures:
        assert text[f.start : f.end] == f.text
        assert f.text in f.sentence


DETAILS = [
    ("plus de 20 000 emplois directs", ["direct"]),
    ("3 000 emplois directs et 10 000 indirects", ["direct", "indirect"]),
    ("5 000 emplois directs et indirects", ["direct,indirect"]),
    ("plus de 3 000 salariés qualifiés", ["qualified"]),
    ("500 ingénieurs marocains", [""]),
    ("200 emplois saisonniers", ["seasonal"]),
]


@pytest.mark.parametrize("text,want", DETAILS, ids=[t for t, _ in DETAILS])
def test_job_detail(text, want):
    assert [f.detail for f in extract_figures(text)] == want


def test_text_spans_the_qualifier_the_number_and_the_unit():
    (f,) = extract_figures("Le projet devrait générer plus de 20 000 emplois qualifiés, selon elle.")
    assert f.text == "plus de 20 000 emplois qualifiés"


def test_both_bounds_of_a_range_span_the_range():
    low, high = extract_figures("Le projet créera entre 300 et 500 emplois.")
    assert low.text == high.text == "entre 300 et 500 emplois"
    assert (low.start, low.end) == (high.start, high.end)


def test_sentence_is_the_one_holding_the_figure():
    text = "Le Technopark a ouvert en 2023. Il accueille plus de 70 startups! Le reste suit."
    (f,) = extract_figures(text)
    assert f.sentence == "Il accueille plus de 70 startups!"


def test_offsets_are_relative_to_the_text_passed_in():
    text = "Titre\n\nPremier paragraphe. Le site compte 4 sites et 300 startups."
    for f in extract_figures(text):
        assert text[f.start : f.end] == f.text
    assert [f.value for f in extract_figures(text)] == [4, 300]


def test_no_figure_in_a_megabyte_of_text_without_one():
    """Years, dates, ordinals, times, phone numbers and number-like noise: linear time, no figure."""
    parts = [
        "Le vendredi 24 novembre 2023 à 10h30, le 5ème Technopark a été inauguré.", "Maroc Digital 2030",
        "18.8 C", "Tél. : 05 22 33 44 55", "une convention", "les deux pays", "deux dernières décennies",
        "depuis trois ans", "la cinquième édition", "1 1 1 1 1 1 1 1", "1.1.1.1.1.1", "000 000 000 000 000",
        "vingt vingt vingt vingt", "plus de plus de plus de", "entre 2019 et 2023,", "d'ici 2026",
        "COVID-19", " " * 40, "a" * 300, "1 a 2 b 3 c", "sept prochains nouveaux grands x", "1 et 2 et 3 et",
    ]
    rng = random.Random(0)
    chunks, size = [], 0
    while size < 1_000_000:
        chunks.append(rng.choice(parts))
        size += len(chunks[-1]) + 1
    text = " ".join(chunks)
    t0 = time.perf_counter()
    assert extract_figures(text) == []
    print(f"1 MB without a figure: {time.perf_counter() - t0:.3f} s")


LIMITS = [
    # a currency written before the number
    ("une levée de $10 millions", [("money", 1e7, "USD", "")]),
    # a range written with a hyphen
    ("300-500 emplois", [("jobs", 300, "jobs", ""), ("jobs", 500, "jobs", "")]),
    # a list of values sharing one unit: only the last two (read as a pair) are found
    ("20, 30 et 50 %", [("percent", 20, "%", ""), ("percent", 30, "%", ""), ("percent", 50, "%", "")]),
    # an approximate noun before a scale
    ("une centaine de millions de dollars", [("money", 1e8, "USD", "about")]),
    # "billion" (10^12) and a number written out in scales: only its tail is read
    ("1 billion 319 milliards de FCFA au Sénégal", [("money", 1.319e12, "XOF", "")]),
    # "demi-" as a scale prefix
    ("un demi-milliard de dollars", [("money", 5e8, "USD", "")]),
    # a minus sign on the lower bound of a range
    ("entre -2 et 3 %", [("percent", -2, "%", "at_least"), ("percent", 3, "%", "up_to")]),
]


@pytest.mark.xfail(strict=True, reason="known limit, see the row's comment")
@pytest.mark.parametrize("text,want", LIMITS, ids=[t for t, _ in LIMITS])
def test_known_limits(text, want):
    assert same(rows(text), want)


@pytest.mark.parametrize(
    ("paragraph", "context", "unit"),
    [
        ("Le budget atteint 80 millions de dinars.", "La Tunisie relance ses zones industrielles.", "TND"),
        ("Le budget atteint 80 millions de dinars.", "Alger mise sur le solaire. L'Algérie investit.", "DZD"),
        ("Le budget atteint 80 millions de dinars.", "Un projet industriel sans pays nommé.", ""),
        ("Le port coûtera 85 milliards de FCFA.", "Kribi, au Cameroun, accueille une zone.", "XAF"),
        ("Le port coûtera 85 milliards de FCFA.", "", "XOF"),
        ("À Tunis, 80 millions de dinars.", "L'Algérie, l'Algérie et encore l'Algérie.", "TND"),
    ],
)
def test_currency_country_falls_back_on_the_article(paragraph, context, unit):
    (fig,) = extract_figures(paragraph, context)
    assert fig.kind == "money" and fig.unit == unit
