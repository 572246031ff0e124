"""The title: the article's headline among the blocks above its body (pipeline.boilerplate_title).

Pages are lines written for the tests."""

from __future__ import annotations

import pytest

from pipeline.blocks import describe
from pipeline.boilerplate import strip_boilerplate
from pipeline.boilerplate_title import names_only
from pipeline.model import Article

_H = "Une station d'épuration inaugurée à Berkane"
_LEAD = (
    "La station desservira quarante mille habitants des quartiers nord et réduira de moitié les rejets "
    "dans l'oued, selon la commune."
)
_P1 = (
    "La commune a inauguré samedi une station de traitement des eaux usées qui desservira "
    "plus de quarante mille habitants des quartiers nord."
)
_P2 = (
    "Le chantier, lancé il y a deux ans, a coûté près de 90 millions de dirhams selon les services "
    "de la commune, qui prévoient une seconde tranche."
)
_BYLINE = "Publié le 12/05/2021 à 10h30"


def _strip(lines: list[str]) -> Article:
    return strip_boilerplate(Article(article_id="t", file="x", text="\n".join(lines)))


# lines above the body, the title expected
LAYOUTS = [
    # the lead stated twice: under the headline, then again over the article after an image and its
    # caption (an image's file name)
    (
        [
            _H,
            _LEAD,
            _BYLINE,
            "Lecture 3 min",
            "Image principale",
            "Karim_Alaoui-maire de Berkane",
            _LEAD,
            _BYLINE,
        ],
        _H,
    ),
    # an image's file name between the headline and the body is never the headline
    ([_H, "Vue_du_ciel-station de Berkane"], _H),
]


@pytest.mark.parametrize(("above", "title"), LAYOUTS)
def test_title_layout(above, title):
    art = _strip([*above, _P1, _P2])
    assert art.title == title
    assert art.body.endswith(_P2)


def test_a_lead_stated_twice_stays_in_the_body_once():
    art = _strip([_H, _LEAD, _BYLINE, "Image principale", _LEAD, _BYLINE, _P1, _P2])
    assert art.body.count(_LEAD) == 1 and art.body.startswith(_LEAD)


# a title line, the headline block in it and the reason given to what is around it
EDGES = [
    (_H + " ➡️", _H, "title_edge"),
    ("| " + _H + " |", _H, "title_edge"),
    (_H + " #Environnement #Eau", _H, "title_edge"),
    (
        "EnvironnementLe Maroc ouvre sa plus grande station d'épuration",
        "Le Maroc ouvre sa plus grande station d'épuration",
        "navigation",
    ),
]


@pytest.mark.parametrize(("line", "headline", "reason"), EDGES)
def test_the_title_block_is_the_headline_alone(line, headline, reason):
    """What surrounds the headline is a block of its own: the entity stage reads "Berkane", not
    "Berkane ➡️"."""
    art = _strip([line, _P1, _P2])
    title = [b for b in art.blocks if b.kind == "title"]
    assert len(title) == 1 and art.text[title[0].start : title[0].end] == headline == art.title
    rest = [b for b in art.blocks if b.end <= len(line)]
    assert {b.reason for b in rest if b.kind == "boilerplate"} == {reason}


_CREDITS = ["- Salma Idrissi", "- 12 mars", "- 3 min de lecture"]

# more layouts: lines above the body, the title expected
LAYOUTS_MORE = [
    # a headline written as a sentence, with its full stop, over its credits at the top of the page
    (["Eau : Berkane inaugure sa station.", *_CREDITS], "Eau : Berkane inaugure sa station."),
    (["Eau : Berkane inaugure sa station.", _BYLINE], "Eau : Berkane inaugure sa station."),
    # ... but not under other text: the search stops at a sentence under a headline (no title
    # rather than a wrong one)
    ([_H, "Affaire à suivre.", *_CREDITS], ""),
    (["Affaire à suivre."], ""),  # nothing between it and the body: a short paragraph
    # an "Outlet : AUTHOR" credit under the headline
    ([_H, "Oriental actu : BENALI"], _H),
    ([_H, "Rédaction web : HAMDI"], _H),
    # ... and so is a longer one written as a headline (a kicker, a quotation), even under a menu
    (
        ["Santé : les urgences de Berkane ne désemplissent plus.", _BYLINE],
        "Santé : les urgences de Berkane ne désemplissent plus.",
    ),
    (
        ["Accueil", "Régions", '"Nous tiendrons les délais du chantier de Berkane".', *_CREDITS],
        '"Nous tiendrons les délais du chantier de Berkane".',
    ),
    # a headline without function words is still a headline
    (["Berkane : station d'épuration inaugurée", _BYLINE], "Berkane : station d'épuration inaugurée"),
]


@pytest.mark.parametrize(("above", "title"), LAYOUTS_MORE)
def test_title_layout_more(above, title):
    art = _strip([*above, _P1, _P2])
    assert art.title == title
    assert art.body.endswith(_P2)
    assert not any(c in art.body for c in ["Oriental actu", "Rédaction web", *_CREDITS])


@pytest.mark.parametrize("between", [[_BYLINE], []])
def test_the_headline_repeated_as_the_first_paragraph_is_not_body(between):
    art = _strip([_H, *between, _H, _P1, _P2])
    assert art.title == _H and art.body.startswith(_P1)
    assert sorted(b.reason for b in art.blocks if art.text[b.start : b.end] == _H) == ["", "duplicate_title"]


def test_key_points_are_phrases_not_dates_or_names():
    points = ["- Quarante mille habitants desservis", "- Une seconde tranche prévue"]
    art = _strip([_H, *points, "- 12 mars", _P1, _P2])
    assert art.body.startswith(points[0]) and "12 mars" not in art.body


# a text's first line over its body, the title it gives ("" = it is the lead, in the body): a
# headline closes on a quote or a source in brackets, opens with a rubric or a name, or is a quote
# with its full stop; a plain sentence with its full stop may be a lead
OPENING_LINES = [
    ("Karim Bennani : « Nous tiendrons les délais du chantier »", True),
    ('"Nous avons doublé nos exportations en deux ans"', True),
    ("Industrie : la production progresse de 4 % en avril (HCP)", True),
    ("Agriculture. Les semis reprennent après les pluies de mars (ministère)", True),
    ("Les exportations de phosphates en hausse à fin avril (-2,1 % sur un an)", True),
    ("Logement : comment obtenir l'aide à l'achat en 2025 ?", True),
    ("Les usagers de WhatsApp pourront payer leurs factures d'eau", True),
    ('Santé : "Les urgences ne désemplissent pas".', True),
    ("« Le port doublera sa capacité d'ici dix ans ».", True),
    ("Aïcha Diallo : la cheffe qui veut nourrir Dakar autrement.", True),
    ("Le chantier a démarré en mars dans la zone industrielle de la ville.", False),
    ("Bilan : les ventes reculent. La direction reste pourtant confiante.", False),  # two sentences
    ("Le directeur général du groupe a expliqué ce matin : la production reprendra.", False),
    ("Le ministre a qualifié la réforme de « priorité nationale ».", False),  # a quote closing a sentence
]


@pytest.mark.parametrize(("first", "is_title"), OPENING_LINES)
def test_opening_line_headline(first, is_title):
    art = _strip([first, "", _P1, _P2])
    assert art.title == (first if is_title else "")
    assert art.body.startswith(_P1 if is_title else first) and art.body.endswith(_P2)


def test_a_lead_written_under_a_kicker_is_not_the_headline_above_it():
    lead = "Berkane : la station desservira quarante mille habitants des quartiers nord."
    art = _strip([_H, lead, _BYLINE, _P1, _P2])
    assert art.title == _H and art.body.startswith(lead)


_QUOTED = "Karim Bennani : « Nous tiendrons les délais du chantier »"


@pytest.mark.parametrize(
    "above", [["Accueil", "Économie", "Société"], ["Économie"], ["jeudi 31 octobre 2024"], [_BYLINE]]
)
def test_a_headline_over_the_body_under_a_menu_or_a_date(above):
    """A headline read as prose (its closing quote) opens the body's run: it is still the title."""
    art = _strip([*above, _QUOTED, _P1, _P2])
    assert art.title == _QUOTED and art.body.startswith(_P1)


def test_a_headline_moved_out_of_the_body_is_still_read():
    """The entity and figure stages read the title block as they read the body: nothing is lost."""
    first = "Industrie : la production progresse de 4 % à Kénitra (HCP)"
    art = _strip([first, "", _P1, _P2])
    kept = [art.text[b.start : b.end] for b in art.blocks if b.kind in ("title", "body")]
    assert kept[0] == first and [b.kind for b in art.blocks][:2] == ["title", "body"]


# a title line opened by the site's section path, the headline in it ("" = the whole line is it)
SECTION_PATHS = [
    ("Actualité Dakar et région: Pêche : les prises reculent de 12 %", "Pêche : les prises reculent de 12 %"),
    ("Économie Sénégal: Kaolack : une huilerie relance", "Kaolack : une huilerie relance"),
    ("Accueil > Économie > Le port de Dakar s'agrandit", "Le port de Dakar s'agrandit"),
    ("Accueil » Régions » Le port de Dakar s'agrandit", "Le port de Dakar s'agrandit"),
    ("Économie / Agriculture / La récolte s'annonce bonne", "La récolte s'annonce bonne"),
    ("Agriculture | La récolte d'arachide s'annonce bonne", "La récolte d'arachide s'annonce bonne"),
    ("ÉCONOMIE Le port de Dakar s'agrandit", "Le port de Dakar s'agrandit"),  # a rubric in capitals
    ("FAITS DIVERS Un incendie ravage un entrepôt à Thiès", "Un incendie ravage un entrepôt à Thiès"),
    # one kicker is the headline's own; a kicker that is no rubric stays; a quotation is no path
    ("Économie : le port de Dakar s'agrandit", ""),
    ("Sénégal : Kaolack : une huilerie relance la production", ""),
    ("Afrique du Sud : Eskom : les délestages reprennent", ""),  # a country, then the kicker
    ("Afrique Avenir : une start-up veut « alléger » le travail des vendeurs", ""),
    ("UEMOA Le taux directeur reste inchangé", ""),  # capitals that are no rubric
    ("Énergie : le solaire / l'éolien progresse au Maroc", ""),  # a slash inside the headline
]


@pytest.mark.parametrize(("line", "headline"), SECTION_PATHS)
def test_a_section_path_before_the_headline_is_navigation(line, headline):
    art = _strip([line, _BYLINE, _P1, _P2])
    assert art.title == (headline or line)
    if headline:
        path = [art.text[b.start : b.end] for b in art.blocks if b.reason == "navigation"]
        assert path and line.startswith(path[0]) and headline not in path[0]


def test_a_breadcrumb_alone_holds_no_headline():
    from pipeline.boilerplate_title import section_path

    assert section_path("Accueil > Économie") == section_path("Accueil > Économie > Régions") == 0


# lines between the headline and the body that the title search passes over
PASSED_OVER = [
    ["1 245 vues"],  # counters: under three words besides numbers
    ["Par Karim Alaoui", "Lu 312 fois"],
    ["Karim Alaoui, le 12 mars 2025 à 10:15"],  # an author and the date
    ["K.A. - 12 mars 2025"],
    ["Karim Alaoui, correspondant à Berkane"],  # an author and a role
    ["12 mars 2025 à 10:15 GMT"],
    ["12 mars 2025 10:15 Karim Alaoui"],  # a date stamp in another order
    ["Friday, 14 March 2025"],  # a site's template in English: two words besides numbers
    ["Lucas da Costa Pereira"],  # an author's name alone, a particle inside it
    ["Par Lucas da Costa", "Karim ben Salah"],
]


@pytest.mark.parametrize("between", PASSED_OVER)
def test_counters_and_credits_under_the_headline_are_passed_over(between):
    art = _strip([_H, *between, _P1, _P2])
    assert art.title == _H and art.body.startswith(_P1)


@pytest.mark.parametrize("mark", ["🔴 ", "⚡ ", "➡️ "])
def test_a_pictograph_before_the_headline_is_trimmed(mark):
    art = _strip([mark + _H, _BYLINE, _P1, _P2])
    assert art.title == _H


_ENGLISH = "Seven firms sign investment deals with the government in Dakar"


@pytest.mark.parametrize(
    ("between", "title"),
    [
        (["Karim Alaoui Karim Alaoui"], _ENGLISH),  # the article's credits under it: a bilingual outlet's
        ([_BYLINE], _ENGLISH),
        ([], ""),  # straight over the body: another story's headline
    ],
)
def test_a_foreign_headline_is_the_title_only_over_the_articles_credits(between, title):
    """Either way the stages that read French do not read it: its block is dropped as language:en."""
    from pipeline.language import detect_language

    art = detect_language(_strip([_ENGLISH, *between, _P1, _P2, _LEAD]))
    assert art.title == title and art.status == "ok"
    assert [b.reason for b in art.blocks if art.text[b.start : b.end] == _ENGLISH] == ["language:en"]


# known limits: two headlines right above the byline, the lower one shorter than a subtitle, read
# as the upper one's furniture (a tagline, a widget's title), the way pages show it most often
@pytest.mark.xfail(strict=True, reason="a short subtitle or caption under the headline reads as the headline")
@pytest.mark.parametrize("under", ["Les habitants attendent la mise en service", "La station vue du ciel"])
def test_a_short_line_between_the_headline_and_the_byline(under):
    art = _strip([_H, under, _BYLINE, _P1, _P2])
    assert art.title == _H


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Karim Alaoui", True),
        ("Lucas da Costa Pereira", True),  # Portuguese particles
        ("Ana Maria dos Santos", True),
        ("Greta von der Brück", True),  # a run of two particles
        ("Karim ben Salah", True),
        ("Coupe de France", False),  # French "de" joins a headline's or a label's words too
        ("Karim Alaoui da", False),  # a particle ends no name
        ("da Costa", False),  # nor opens one
        ("Lucas da costa", False),
        ("Vente des terrains", False),
    ],
)
def test_a_name_alone_may_hold_a_particle(line, name):
    assert names_only(describe(line)) is name
