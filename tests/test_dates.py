"""Stage 6: French date expressions, their precision, their role and the year they are given.

Every case is written for this test. All run under a fixed reference date and an unusual local
time zone (UTC+14), so that neither the clock nor the zone can leak into a result.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date

import pytest

from pipeline.dates import extract_dates, find_published, uses_reference_date
from pipeline.model import Article, Block

REFERENCE = date(2026, 11, 23)  # the run's "today"; only the weekday rule ever reads it
PUB = "2025-07-23"  # a publication date (a Wednesday)


@pytest.fixture(autouse=True)
def far_time_zone(monkeypatch):
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def facts(text: str, published: str = "", reference: date = REFERENCE) -> list[tuple[str, str, str]]:
    out = extract_dates(text, published, reference)
    for d in out:
        assert text[d.start : d.end] == d.text  # offsets relative to the text given
    return [(d.role, d.date, d.text) for d in out]


E, T = "event", "target"

CASES = [
    # (text, published, expected facts as (role, ISO value, matched text))
    # -- full dates, the year stated
    ("le vendredi 24 novembre 2023 à Essaouira", "", [(E, "2023-11-24", "vendredi 24 novembre 2023")]),
    ("signé le 1er mai 2024 à Rabat", "", [(E, "2024-05-01", "1er mai 2024")]),
    ("le 12 sept. 2025, la ministre", "", [(E, "2025-09-12", "12 sept. 2025")]),
    ("réunis le 3 janv. 2024", "", [(E, "2024-01-03", "3 janv. 2024")]),
    ("depuis le 14 févr. 2024", "", [(E, "2024-02-14", "14 févr. 2024")]),
    ("clôturé le 2 déc. 2023", "", [(E, "2023-12-02", "2 déc. 2023")]),
    ("le 30 sept 2025 au soir", "", [(E, "2025-09-30", "30 sept 2025")]),
    ("le 30 avril 2025 à 10h30", "", [(E, "2025-04-30", "30 avril 2025")]),
    ("lundi, 3 février 2025, le projet", "", [(E, "2025-02-03", "lundi, 3 février 2025")]),
    ("le 23/07/2025", "", [(E, "2025-07-23", "23/07/2025")]),
    ("le 23 - 07 - 2025", "", [(E, "2025-07-23", "23 - 07 - 2025")]),
    ("le 23.07.2025", "", [(E, "2025-07-23", "23.07.2025")]),
    ("la version du 2025-07-23", "", [(E, "2025-07-23", "2025-07-23")]),
    ("le 2 aout 2024 (sans accent)", "", [(E, "2024-08-02", "2 aout 2024")]),
    # -- a year after "pour" is a target; after a comparison, the year compared to
    ("La mise en service est prévue pour 2027.", "", [(T, "2027", "prévue pour 2027")]),
    ("Le plan ne l'envisageait que pour 2030.", "", [(T, "2030", "pour 2030")]),
    ("Les ventes progressent de 5 % par rapport à 2023.", "", [(E, "2023", "par rapport à 2023")]),
    ("un niveau supérieur à celui de 2019", "", [(E, "2019", "celui de 2019")]),
    # -- month precision
    ("ont conclu fin avril 2025 un partenariat", "", [(E, "2025-04", "fin avril 2025")]),
    ("début janvier 2026", "", [(E, "2026-01", "début janvier 2026")]),
    ("prévu mi-juillet 2024", "", [(E, "2024-07", "mi-juillet 2024")]),
    ("depuis sept. 2025", "", [(E, "2025-09", "sept. 2025")]),
    ("au mois de mars 2023", "", [(E, "2023-03", "mois de mars 2023")]),
    ("Mars 2020 : le bilan", "", [(E, "2020-03", "Mars 2020")]),
    ("le 31 avril 2025", "", [(E, "2025-04", "avril 2025")]),  # no such day: the month still holds
    # -- year precision
    ("les ventes ont reculé en 2024.", "", [(E, "2024", "en 2024")]),
    ("au titre de l'année 2024, le bénéfice", "", [(E, "2024", "au titre de l'année 2024")]),
    ("depuis 2019, le nombre", "", [(E, "2019", "depuis 2019")]),
    ("au premier semestre 2025", "", [(E, "2025", "premier semestre 2025")]),
    ("fin 2025, le chantier", "", [(E, "2025", "fin 2025")]),
    ("en début d'année 2025", "", [(E, "2025", "en début d'année 2025")]),
    ("la même période de 2016", "", [(E, "2016", "période de 2016")]),
    ("les élections de 2021", "", [(E, "2021", "élections de 2021")]),
    ("durant l'été 2025", "", [(E, "2025", "l'été 2025")]),
    ("à Fès en 2024-2025, renforçant", "", [(E, "2024", "en 2024"), (E, "2025", "2025")]),
    ("entre 2024 et 2026", "", [(E, "2024", "entre 2024"), (E, "2026", "2026")]),
    ("la saison 2024-25", "", [(E, "2024", "saison 2024"), (E, "2025", "25")]),
    ("l'année scolaire 2024-2025", "", [(E, "2024", "l'année scolaire 2024"), (E, "2025", "2025")]),
    # -- targets
    ("1.500 milliards de dollars d'ici 2030, le pays", "", [(T, "2030", "d'ici 2030")]),
    ("dix villes d’ici 2026, en plus", "", [(T, "2026", "d’ici 2026")]),
    ("d'ici à 2030", "", [(T, "2030", "d'ici à 2030")]),
    ("à l'horizon 2035", "", [(T, "2035", "à l'horizon 2035")]),
    ("un plan à horizon 2030", "", [(T, "2030", "horizon 2030")]),
    ("d'ici fin juin 2026", "", [(T, "2026-06", "d'ici fin juin 2026")]),
    ("d'ici le 31 décembre 2025", "", [(T, "2025-12-31", "d'ici le 31 décembre 2025")]),
    ("avant le 31 mars 2025", "", [(T, "2025-03-31", "avant le 31 mars 2025")]),
    ("au plus tard en 2027", "", [(T, "2027", "au plus tard en 2027")]),
    # -- ranges of days
    (
        "du 12 au 15 mars 2025",
        "",
        [(E, "2025-03-12", "12 au 15 mars 2025"), (E, "2025-03-15", "15 mars 2025")],
    ),
    (
        "du lundi 3 au vendredi 7 mars 2025",
        "",
        [(E, "2025-03-03", "lundi 3 au vendredi 7 mars 2025"), (E, "2025-03-07", "vendredi 7 mars 2025")],
    ),
    ("les 12 et 13 juin", "", [(E, "--06-12", "12 et 13 juin"), (E, "--06-13", "13 juin")]),
    # -- no year: the publication date decides
    ("signé le 30 avril en présence du wali", PUB, [(E, "2025-04-30", "30 avril")]),
    ("le 15 janvier", "2025-12-20", [(E, "2026-01-15", "15 janvier")]),  # an announced event
    ("le 30 décembre dernier", PUB, [(E, "2024-12-30", "30 décembre dernier")]),
    ("le 2 février prochain", PUB, [(E, "2026-02-02", "2 février prochain")]),
    ("mardi 30 avril", PUB, [(E, "2024-04-30", "mardi 30 avril")]),  # the weekday picks 2024
    ("en avril, les exportations", PUB, [(E, "2025-04", "en avril")]),
    ("fin mars", PUB, [(E, "2025-03", "fin mars")]),
    ("hier, le ministre", PUB, [(E, "2025-07-22", "hier")]),
    ("a déclaré mardi dernier", "2025-02-05", [(E, "2025-02-04", "mardi dernier")]),
    ("a annoncé vendredi que", PUB, [(E, "2025-07-18", "vendredi")]),  # news report the past
    ("la réunion de ce vendredi", PUB, [(E, "2025-07-25", "ce vendredi")]),  # the week around
    ("réunie mercredi, 7 projets ont été", PUB, [(E, "2025-07-23", "mercredi")]),
    ("ce mercredi 30 avril", PUB, [(E, "2025-04-30", "mercredi 30 avril")]),
    ("l'an dernier", PUB, [(E, "2024", "l'an dernier")]),
    ("au cours de l'année écoulée, le groupe", PUB, [(E, "2024", "l'année écoulée")]),
    ("cette année", PUB, [(E, "2025", "cette année")]),
    ("signé le mois dernier", "2025-01-10", [(E, "2024-12", "le mois dernier")]),  # across the year
    ("le mois prochain", PUB, [(E, "2025-08", "le mois prochain")]),
    ("Ce mois-ci, la production a repris", PUB, [(E, "2025-07", "Ce mois-ci")]),
    # -- no year, no publication date: a weekday picks the year, else --MM-DD
    ("ont signé, ce mercredi 30 avril, une convention", "", [(E, "2025-04-30", "mercredi 30 avril")]),
    ("le mercredi 29 février", "", [(E, "2012-02-29", "mercredi 29 février")]),
    ("signé le 30 avril en présence du wali", "", [(E, "--04-30", "30 avril")]),
    ("le premier janvier", "", [(E, "--01-01", "premier janvier")]),
]

NOT_DATES = [
    "qui emploiera à terme 500 ingénieurs marocains",
    "plus de 20 000 emplois qualifiés",
    "un marché de plus de 1.500 milliards de dollars",
    "celle du plan « Maroc Digital 2030 », qui vise",
    "la stratégie Génération Green 2020-2030",
    "dans le cadre de la Vision 2030",
    "le programme Horizon 2030",
    "la mission Mars 2020 a atterri",
    "la CAN 2025 et le PLF 2026",
    "inauguration du 5ème Technopark",
    "la 1ère édition",
    "le 98e anniversaire",
    "sept régions et quatre villes",
    "rendez-vous à 10h30, puis à 18:45",
    "appelez le 05 22 45 67 89 ou le 0522-45-67-89",
    "à partir de 2000 dirhams",
    "un centre pour 2000 personnes",
    "un budget pour 2025 projets",
    "un médecin pour 2000 habitants, soit 1 pour 2000",
    "plus de 2000 startups et près de 2010 projets",
    "entre 2000 et 2010 euros",
    "les 2025 participants",
    "les années 1990",
    "le décret n° 12-03-2024",
    "avant 2011, le pays",  # neither a deadline nor a stated event
]

NOT_DATES_WITH_PUBLICATION = [
    "le marché ouvre chaque lundi",
    "le lundi, les commerces ferment",
    "les erreurs d'hier",
    "les ventes du mois ont progressé",
    "il y a un mois",
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_date_expressions(text, published, expected):
    assert facts(text, published) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert facts(text) == []
    assert facts(text, PUB) == []


@pytest.mark.parametrize("text", NOT_DATES_WITH_PUBLICATION)
def test_not_dates_even_with_a_publication_date(text):
    assert facts(text, PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        "fin avril",  # a month, no year, no publication date: no precision can say it
        "a déclaré mercredi",  # relative words need a publication date
        "hier, le ministre",
        "le mois dernier",
    ],
)
def test_nothing_is_guessed_without_a_base(text):
    assert facts(text) == []


KNOWN_LIMITS = [
    pytest.param(
        "la séance du 12/03 a été reportée", PUB, [(E, "2025-03-12", "12/03")], id="day-month-digits"
    ),
    pytest.param("le 12/03/24", "", [(E, "2024-03-12", "12/03/24")], id="two-digit-year"),
    pytest.param(
        "le 31 décembre 2025 au plus tard", "", [(T, "2025-12-31", "31 décembre 2025")], id="target-after"
    ),
    pytest.param(
        "entre mars et juin 2025", "", [(E, "2025-03", "mars"), (E, "2025-06", "juin 2025")], id="months"
    ),
    pytest.param("le record de 2019 a été battu", "", [(E, "2019", "de 2019")], id="de-year"),
    pytest.param("il y a deux semaines", PUB, [(E, "2025-07-09", "il y a deux semaines")], id="ago"),
]


@pytest.mark.xfail(strict=True, reason="known limit, see the report of issue 6")
@pytest.mark.parametrize(("text", "published", "expected"), KNOWN_LIMITS)
def test_known_limits(text, published, expected):
    assert facts(text, published) == expected


# ---------------------------------------------------------------- reproducibility


def test_reference_date_matters_only_for_the_weekday_rule():
    stated = "le 30 avril 2025, fin avril 2025, d'ici 2030 et le 30 avril"
    for ref in (date(2026, 11, 23), date(2031, 1, 1)):
        assert facts(stated, PUB, ref) == facts(stated, PUB, REFERENCE)
        assert facts("signé le 30 avril", "", ref) == [(E, "--04-30", "30 avril")]
    # the weekday rule: the most recent Wednesday 30 April not after the reference date
    assert facts("mercredi 30 avril", "", date(2024, 1, 1)) == [(E, "2014-04-30", "mercredi 30 avril")]
    assert facts("mercredi 30 avril", "", date(2025, 4, 29)) == [(E, "2014-04-30", "mercredi 30 avril")]
    assert facts("mercredi 30 avril", "", date(2025, 4, 30)) == [(E, "2025-04-30", "mercredi 30 avril")]


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu"])
def test_local_time_zone_changes_nothing(monkeypatch, zone):
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    text = "Le 30 avril 2025, hier, mercredi 30 avril et d'ici 2030"
    assert facts(text, PUB) == [
        (E, "2025-04-30", "30 avril 2025"),
        (E, "2025-07-22", "hier"),
        (E, "2025-04-30", "mercredi 30 avril"),
        (T, "2030", "d'ici 2030"),
    ]


def test_publication_datetime_with_zone_is_read_as_its_date():
    assert facts("signé le 30 avril", "2025-07-23T23:30:00-05:00") == [(E, "2025-04-30", "30 avril")]


def test_uses_reference_date_only_for_weekday_years():
    weekday = extract_dates("ce mercredi 30 avril", "", REFERENCE)
    yearless = extract_dates("signé le 30 avril", "", REFERENCE)
    stated = extract_dates("le 30 avril 2025", "", REFERENCE)
    assert uses_reference_date(weekday, "")
    assert not uses_reference_date(yearless, "")
    assert not uses_reference_date(stated, "")
    assert not uses_reference_date(extract_dates("ce mercredi 30 avril", PUB, REFERENCE), PUB)


def test_module_import_is_light():
    code = "import sys, pipeline.dates; print('dateparser' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------- the publication date of a byline


def article(*lines: tuple[str, str]) -> Article:
    """An article whose blocks are the given (kind, text) lines, one per line."""
    text, blocks = "", []
    for kind, line in lines:
        blocks.append(Block(len(text), len(text) + len(line), kind))
        text += line + "\n"
    return Article("id", "a.txt", text=text, blocks=blocks)


BODY = "Le ministre a inauguré le centre, qui emploiera 500 ingénieurs selon le communiqué."


@pytest.mark.parametrize(
    ("byline", "iso", "quote"),
    [
        ("Publié dans InfoMagazine le 23 - 07 - 2025", "2025-07-23", "23 - 07 - 2025"),
        ("Publié le 12/03/2024 à 10h30", "2024-03-12", "12/03/2024"),
        ("Par Karim B. - 5 mars 2024", "2024-03-05", "5 mars 2024"),
        ("Par La Rédaction le 23/07/2025 à 10:32", "2025-07-23", "23/07/2025"),
        ("Par Karim B., 5 mars 2024", "2024-03-05", "5 mars 2024"),
        ("Par L'Economiste| Le 18/07/2025 - 13:48 | Partager", "2025-07-18", "18/07/2025"),
        ("Publié le 12/03/2024 à 10h30, mis à jour le 14/03/2024 à 08h00", "2024-03-12", "12/03/2024"),
        ("Mis à jour le 14/03/2024 à 08h00 | Publié le 12/03/2024 à 10h30", "2024-03-12", "12/03/2024"),
        ("Mis à jour le 14 mars 2024", "2024-03-14", "14 mars 2024"),
        ("Publié le lundi 3 février 2025 à 18h05", "2025-02-03", "lundi 3 février 2025"),
    ],
)
def test_find_published(byline, iso, quote):
    art = article(("title", "Un titre"), ("byline", byline), ("body", BODY))
    d = find_published(art)
    assert (d.role, d.date, d.text) == ("published", iso, quote)
    assert art.text[d.start : d.end] == quote
    # the byline's date is the publication date, not an event as well
    assert extract_dates(byline, d.date, REFERENCE) == []


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Publié dans InfoMagazine le 23 - 07 - 2025", "2025-07-23"),
        ("Par La Rédaction le 5 mars 2024", "2024-03-05"),
    ],
)
def test_byline_the_boilerplate_stage_left_in_the_body_is_still_read(line, iso):
    art = article(("title", "Un titre"), ("body", line), ("body", BODY))
    assert find_published(art).date == iso


@pytest.mark.parametrize(
    "lines",
    [
        [("title", "Un titre"), ("body", BODY)],
        [("body", "jeudi 31 octobre 2024"), ("title", "Un titre"), ("body", BODY)],  # a page's display date
        [("body", "Publié en 2023, le rapport du HCP a été repris le 5 mars 2024 par la presse.")],
        [("byline", "Par Karim B.")],
    ],
)
def test_no_publication_date(lines):
    assert find_published(article(*lines)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Publié en 2023, le rapport a été repris le 5 mars 2024.",
            [(E, "2023", "en 2023"), (E, "2024-03-05", "5 mars 2024")],
        ),
        (
            "Par ailleurs, le ministre a signé le 5 mars 2024 la convention.",
            [(E, "2024-03-05", "5 mars 2024")],
        ),
    ],
)
def test_a_sentence_starting_like_a_byline_keeps_its_dates(text, expected):
    assert facts(text) == expected


def test_a_line_restating_the_publication_date_is_no_event():
    art = article(("title", "Un titre"), ("byline", "Le 12/03/2024 à 10h30"), ("body", BODY))
    d = find_published(art)
    assert (d.date, d.text) == ("2024-03-12", "12/03/2024")
    assert extract_dates("Le 12/03/2024 à 10h30", d.date, REFERENCE) == []
    assert facts("Le 12/03/2024 à 10h30", "2024-03-13") == [(E, "2024-03-12", "12/03/2024")]


DISPATCH = "Rabat, 12 mars 2024 (MAP) - Le ministre a présidé la réunion du 10 mars 2024 au siège."


def test_dateline_of_a_dispatch_is_the_publication_date():
    art = article(("title", "Un titre"), ("body", DISPATCH), ("body", BODY))
    d = find_published(art)
    assert (d.role, d.date, d.text) == ("published", "2024-03-12", "12 mars 2024")
    assert art.text[d.start : d.end] == d.text
    assert facts(DISPATCH, d.date) == [(E, "2024-03-10", "10 mars 2024")]


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        ("Tunis, 3 mars 2025 (TAP) - Le ministre a annoncé un plan.", "2025-03-03"),
        ("Abidjan, 14 janvier 2025 (AIP) – La BCEAO a relevé son taux.", "2025-01-14"),
        ("Dakar, 5 février 2025 (APS) - La BAD a approuvé un prêt.", "2025-02-05"),
        ("Lomé, le 4 mai 2025 (ATOP) - Le port a battu un record.", "2025-05-04"),
        ("Nouakchott, 4 juin 2025 (AMI) - Le Maroc et la Mauritanie ont signé.", "2025-06-04"),  # unlisted
        ("Pékin, 2 juin 2025 (Xinhua) - La Chine a annoncé un plan.", "2025-06-02"),
        ("Rabat, 12 mars 2024 - Le ministre a présidé la réunion.", "2024-03-12"),  # no agency named
    ],
)
def test_dateline_of_a_national_agency(opening, published):
    d = find_published(article(("title", "Un titre"), ("body", opening), ("body", BODY)))
    assert d is not None and (d.role, d.date) == ("published", published)


@pytest.mark.parametrize(
    "opening",
    [
        "Rabat, capitale du Royaume - accueille le salon le 12 mars 2024.",
        "Pour le ministre, le projet est prioritaire : il sera lancé le 12 mars 2024.",
    ],
)
def test_no_dateline(opening):
    assert find_published(article(("title", "Un titre"), ("body", opening))) is None


def test_searching_near_anchors_finds_what_a_full_search_finds():
    """Every form is searched only around its anchors: the matches must be those of a full search,
    here on every example of this file joined into one long text (so windows merge and part)."""
    from pipeline.dates import _near, _windows
    from pipeline.patterns.dates import FORMS

    examples = [c[0] for c in CASES] + [p.values[0] for p in KNOWN_LIMITS]
    examples += NOT_DATES + NOT_DATES_WITH_PUBLICATION
    filler = " Le conseil a étudié le dossier pendant la séance sans rien décider de nouveau. " * 3
    text = filler.join(examples)
    for _, pattern, anchor in FORMS:
        expected = [m.span() for m in pattern.finditer(text)]
        assert expected and [m.span() for m in _near(pattern, _windows(anchor, text), text)] == expected


# ---------------------------------------------------------------- the page's date line


def page(*lines: tuple[str, str] | tuple[str, str, str]) -> Article:
    """Like :func:`article`, with a dropped block's reason as a third item."""
    art = article(*((x[0], x[1]) for x in lines))
    for b, x in zip(art.blocks, lines, strict=True):
        b.reason = x[2] if len(x) > 2 else ("outside_body" if x[0] == "boilerplate" else "")
    return art


X = "boilerplate"
TITLE = ("title", "Un nouveau centre de formation ouvre ses portes à Settat")
# a date line the boilerplate stage dropped, where it stands, the publication date and its quote
DATE_LINES = [
    ((X, "14/05/2018 09h:12 CET | Actualisé 15/05/2018 10h:02 CET"), "above",
     "2018-05-14", "14/05/2018"),  # the update is not the publication date
    ((X, "Actualisé le 15/05/2018 à 10h02 | Publié le 14/05/2018 à 09h12"), "above",
     "2018-05-14", "14/05/2018"),
    ((X, "Par Nadia K. | Edition N°:6120 Le 14/05/2018 | Partager"), "above", "2018-05-14", "14/05/2018"),
    ((X, "lundi 14 mai 2018 par La Gazette du Centre"), "above", "2018-05-14", "lundi 14 mai 2018"),
    ((X, "Actualités régionales of Monday, 14 May 2018"), "above", "2018-05-14", "Monday, 14 May 2018"),
    ((X, "May 14, 2018"), "above", "2018-05-14", "May 14, 2018"),
    ((X, "Le 14 mai 2018", "date_header"), "below", "2018-05-14", "14 mai 2018"),
    ((X, "14.05.2018 à 09 H 12 • Mis à jour le 15.05.2018 • Temps de lecture : 2 minutes", "ticker"),
     "above", "2018-05-14", "14.05.2018"),
]


@pytest.mark.parametrize(("line", "where", "iso", "quote"), DATE_LINES)
def test_publication_date_from_the_page_date_line(line, where, iso, quote):
    lines = [(X, "Accueil"), line, TITLE, ("body", BODY), (X, "Source : MAP")]
    if where == "below":
        lines = [(X, "Accueil"), TITLE, ("body", BODY), line, (X, "Source : MAP")]
    art = page(*lines)
    d = find_published(art)
    assert (d.date, d.text, art.text[d.start : d.end]) == (iso, quote, quote)


def test_publication_date_from_a_bracketed_dateline():
    art = page(TITLE, ("body", "LeJournal.ci (Bouaké, le 4-6-2019) Le ministre a inauguré le centre hier."))
    assert find_published(art).date == "2019-06-04"


@pytest.mark.parametrize(
    "lines",
    [  # not the page's date line
        [(X, "jeudi, 26 juin 2025", "weather_header"), TITLE, ("body", BODY)],  # the day it was read
        [TITLE, ("body", BODY), (X, "Le 14 mai 2018, la région a signé un accord avec trois banques")],
        # too far above the headline
        [(X, "14/05/2018"), (X, "Menu"), (X, "Économie"), (X, "Régions"), (X, "Sport"),
         TITLE, ("body", BODY)],
    ],
)
def test_no_publication_date_from_other_lines(lines):
    assert find_published(page(*lines)) is None


@pytest.mark.xfail(
    strict=True, reason="a site's date of the day above the headline (no weather widget) is taken"
)
def test_known_limit_date_of_the_day_in_the_header():
    art = page((X, "mardi 2 décembre 2025", "date_header"), TITLE, ("body", BODY))
    assert find_published(art) is None


# ---------------------------------------------------------------- the calendar in place of dateparser

CALENDAR_SAMPLE_YEARS = [1800, 1900, 2000, 2023, 2024, 2100, 2199]  # century and leap-year edges
CALENDAR_SAMPLE_DAYS = [0, 1, 15, 28, 29, 30, 31, 32]


@pytest.mark.parametrize("year", CALENDAR_SAMPLE_YEARS)
def test_calendar_reads_full_dates_as_dateparser(year):
    """Within CALENDAR_YEARS the calendar gives dateparser's reading (checked on every day once;
    a sample here, so that a new dateparser that reads them otherwise is noticed)."""
    from pipeline.dates_resolve import CALENDAR_YEARS, _dateparser_reading
    from pipeline.dates_resolve import normalise as _normalise

    assert year in CALENDAR_YEARS
    for month in range(1, 13):
        for day in CALENDAR_SAMPLE_DAYS:
            assert _normalise.__wrapped__(day, month, year) == _dateparser_reading(day, month, year)


@pytest.mark.parametrize(("day", "month", "year", "iso"), [
    (5, 3, 99, "1999-03-05"),  # outside CALENDAR_YEARS dateparser still decides: a two-digit year
    (5, 3, 999, None),
    (29, 2, 2400, "2400-02-29"),
])
def test_dates_outside_the_calendar_years_go_to_dateparser(day, month, year, iso):
    from pipeline.dates_resolve import normalise as _normalise

    assert _normalise.__wrapped__(day, month, year) == iso


def test_a_run_on_dates_of_these_years_does_not_load_dateparser():
    code = ("import sys, pipeline.dates as d; d.extract_dates('le 3 mars 2024 et le 31 avril 2025', "
            "'2024-03-04'); print('dateparser' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "False"
