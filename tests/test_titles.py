"""The title: the article's headline among the blocks above its body (pipeline.boilerplate_title).

Pages are lines written for the tests."""

from __future__ import annotations

import pytest

from pipeline.boilerplate import strip_boilerplate
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
