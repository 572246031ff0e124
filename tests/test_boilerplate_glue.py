"""Page parts the copy glued without a space (pipeline.boilerplate_glue): story cards, glued titles.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.boilerplate import strip_boilerplate
from pipeline.boilerplate_glue import glued_card, split_glued_title
from pipeline.model import Article

_H = "La région de l'Oriental inaugure son premier parc solaire"
_P1 = (
    "Le parc, installé sur quarante hectares près de Bouarfa, alimentera à terme près de trente mille "
    "foyers, selon l'agence qui l'a financé avec deux banques régionales et un fonds public."
)
_P2 = (
    "Les travaux ont duré deux ans et ont employé jusqu'à trois cents ouvriers de la province, a précisé "
    "le directeur du chantier, qui prévoit une seconde tranche dès l'an prochain si la demande suit."
)
_CARDS = [
    "Tanger : un nouveau terminal pour les camions frigorifiquesUn nouveau terminal pour les camions "
    "frigorifiques ouvrira au port de Tanger cet été, selon la direction",
    "Oujda : la foire du livre attire les familles du quartierLa foire du livre d'Oujda a attiré "
    "des milliers de familles samedi",
    "Agadir : les pêcheurs inquiets avant la saison du poulpeLes pêcheurs d'Agadir redoutent une "
    "saison du poulpe plus courte que prévu",
]

# one line, whether it is a story's card (a headline glued to a teaser that restates it)
CARDS = [
    (_CARDS[0], True),
    (_CARDS[1], True),
    # a brand name glued the same way, in a paragraph: no headline before it that the rest restates
    (
        "Le groupe TotalEnergies a signé hier un accord avec l'office national pour une centrale solaire.",
        False,
    ),
    ("ArcelorMittal ferme son usine de Florange, les syndicats dénoncent une décision brutale", False),
    # a headline glued to a lead that does not restate it: no evidence of a card
    ("Le port de Nador agranditLes travaux ont commencé samedi sous la pluie", False),
    # a sentence ends before the join: prose, not a headline
    ("Le port est prêt. Les grues arrivent. Le port de NadorLe port attend ses premiers navires", False),
    # too long for a card: an article stored as one line
    (
        "Un pont inauguré à NantesLe pont de Nantes " + "a été inauguré par le maire devant la foule. " * 8,
        False,
    ),
]


@pytest.mark.parametrize(("line", "card"), CARDS)
def test_glued_card(line, card):
    assert glued_card(line, len(line.split())) is card


def _strip(lines: list[str]) -> Article:
    return strip_boilerplate(Article(article_id="t", file="x", text="\n".join(lines)))


def test_a_list_of_glued_cards_after_the_article_is_not_its_body():
    art = _strip([_H, _P1, _P2, _CARDS[0], "Lire la suite »", _CARDS[1], "Lire la suite »", _CARDS[2]])
    assert art.body.endswith(_P2)
    assert not any(c[:20] in art.body for c in _CARDS)
    assert {b.reason for b in art.blocks if "Oujda" in art.text[b.start : b.end]} == {"teaser"}


def test_one_glued_headline_and_lead_is_the_article():
    lead = (
        "Un nouveau terminal pour les camions frigorifiques ouvrira au port de Tanger cet été, "
        "selon la direction."
    )
    card = "Tanger : un nouveau terminal pour les camions frigorifiques" + lead
    art = _strip([card, _P1, _P2])
    assert lead in art.body and art.body.endswith(_P2)


# a title line the copy glued, the headline expected in it
GLUED_TITLES = [
    (
        "ÉconomieMaroc : la production de phosphate progresse de 8 %",
        "Maroc : la production de phosphate progresse de 8 %",
    ),
    ("SociétéLes écoles rurales rouvrent leurs portes", "Les écoles rurales rouvrent leurs portes"),
    (
        "Une usine de câbles ouvre à KénitraDe notre correspondant, Karim Alaoui",
        "Une usine de câbles ouvre à Kénitra",
    ),
    (
        "La coopérative agrandit son atelier à TiznitPar Nadia El Idrissi",
        "La coopérative agrandit son atelier à Tiznit",
    ),
    # brand names stay whole
    ("TotalEnergies ouvre trente stations au Maroc", "TotalEnergies ouvre trente stations au Maroc"),
    (
        "ArcelorMittal Maroc investit dans une nouvelle ligne",
        "ArcelorMittal Maroc investit dans une nouvelle ligne",
    ),
    (
        "Le PDG de BlackRock reçu par le chef du gouvernement",
        "Le PDG de BlackRock reçu par le chef du gouvernement",
    ),
    # a section word glued to a short word is no section label over a headline
    ("ÉconomieVerte", "ÉconomieVerte"),
    # brands that open with a short rubric-like word
    ("InfoMagazine lance une nouvelle formule", "InfoMagazine lance une nouvelle formule"),
    ("EcoActu ouvre un bureau à Dakar", "EcoActu ouvre un bureau à Dakar"),
]


@pytest.mark.parametrize(("line", "headline"), GLUED_TITLES)
def test_split_glued_title(line, headline):
    a, b, _ = split_glued_title(line)
    assert line[a:b] == headline


@pytest.mark.parametrize(("line", "headline"), GLUED_TITLES[:4])
def test_a_glued_title_is_cut_into_exact_blocks(line, headline):
    art = _strip([line, _P1, _P2])
    assert art.title == headline
    assert "".join(art.text[b.start : b.end] for b in art.blocks[:2]).replace(" ", "") == line.replace(
        " ", ""
    )
    glued = [b for b in art.blocks if b.kind != "title" and art.text[b.start : b.end] in line]
    assert len(glued) == 1 and glued[0].kind in ("boilerplate", "byline")
