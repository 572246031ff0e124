"""Stage 7 (pipeline.link), sixth pass: the rules found on the a* dev pages' subject misses and
checked on the m* ones and the seeds (docs/linking.md). Sentences written for these tests; the
entities are given (no model)."""

from __future__ import annotations

import pytest

from pipeline.link import link_figures
from pipeline.model import Block
from tests.test_link import _article


def _titled(title: str, body: str, pieces, figures):
    """An article whose first line is its title."""
    art = _article(f"{title}\n\n{body}", pieces, figures)
    art.blocks = [Block(0, len(title), "title"), Block(len(title) + 2, len(art.text), "body")]
    return link_figures(art)


def _subject(text: str, pieces, fig: str, kind: str = "money") -> str:
    return link_figures(_article(text, pieces, [(kind, fig)])).figures[0].subject


@pytest.mark.parametrize(("text", "pieces", "subject"), [
    # a town's agglomeration, which the model tags as the town alone: the body, written in full
    ("L'Agglo de Lorient va débloquer 2 millions d'euros.", [("LOC", "Lorient")], "Agglomération de Lorient"),
    ("Pour la zone, l'Agglomération de Vannes débloque 2 millions d'euros.", [("LOC", "Vannes")],
     "Agglomération de Vannes"),
    # the town alone is no subject
    ("La ville de Lorient va débloquer 2 millions d'euros.", [("LOC", "Lorient")], ""),
])
def test_a_towns_agglomeration_is_a_body(text, pieces, subject):
    assert _subject(text, pieces, "2 millions d'euros") == subject


def test_the_titles_name_that_owns_its_figure_is_the_topic():
    title = "Extension de la zone de Kervel : l'Agglo de Lorient veut créer 800 emplois"
    body = ("L'Agglomération de Lorient débloque 2 millions d'euros pour étendre la zone de Kervel. "
            "Les élus veulent aussi acquérir 30 hectares de terrain.")
    pieces = [("LOC", "Kervel"), ("LOC", "Lorient"), ("LOC", "Agglomération de Lorient"), ("LOC", "Kervel")]
    art = _titled(title, body, pieces, [("jobs", "800 emplois"), ("area", "30 hectares")])
    assert [f.subject for f in art.figures] == ["Agglomération de Lorient"] * 2


@pytest.mark.parametrize(("title", "subject"), [
    # a title whose figure comes before its second name: the first name the body repeats
    ("La zone de Kervel créera 800 emplois, selon la société Alpha Logistique", "zone de Kervel"),
    # a title with no figure: the first name the body repeats
    ("Extension de la zone de Kervel : la société Alpha Logistique s'installe", "zone de Kervel"),
])
def test_otherwise_the_titles_first_name_is_the_topic(title, subject):
    body = ("La société Alpha Logistique s'installera dans la zone de Kervel. "
            "Les élus veulent aussi acquérir 30 hectares de terrain.")
    pieces = [("LOC", "Kervel"), ("ORG", "Alpha Logistique"), ("ORG", "Alpha Logistique"), ("LOC", "Kervel")]
    figs = [("jobs", "800 emplois"), ("area", "30 hectares")] if "800" in title else [("area", "30 hectares")]
    assert _titled(title, body, pieces, figs).figures[-1].subject == subject


@pytest.mark.parametrize(("title", "subject"), [
    # the name before the title's figure announces it only with a verb: a regulator's visa does not
    ("Alpha Bank. Visa du Conseil Beta pour une émission de 2 millions d'euros", "Alpha Bank"),
    # ... an announcing verb does
    ("Visa du Conseil Beta : Alpha Bank lance une émission de 2 millions d'euros", "Alpha Bank"),
    ("Gamma Bank : Alpha Bank lance une émission de 2 millions d'euros", "Alpha Bank"),
])
def test_the_titles_owner_announces_with_a_verb(title, subject):
    body = ("Le Conseil Beta a donné son visa. Alpha Bank et Gamma Bank ont consulté le Conseil Beta. "
            "Les frais atteignent 100 euros.")
    pieces = [("ORG", n) for n in ("Gamma Bank", "Alpha Bank", "Conseil Beta") if n in title]
    pieces = sorted(pieces, key=lambda p: title.index(p[1]))
    pieces += [("ORG", "Conseil Beta"), ("ORG", "Alpha Bank"), ("ORG", "Gamma Bank"), ("ORG", "Conseil Beta")]
    art = _titled(title, body, pieces, [("money", "2 millions d'euros"), ("money", "100 euros")])
    assert art.figures[-1].subject == subject


@pytest.mark.parametrize(("text", "pieces", "subject"), [
    # a site named by its kind and place is the project named before, whose name starts with the place
    ("Le pays lance un deuxième port géant : Kelia West Med. Le futur port de Kelia stockera du pétrole. "
     "La première phase du projet coûtera 5 milliards de dirhams.",
     [("LOC", "Kelia West Med"), ("LOC", "Kelia")], "Kelia West Med"),
    # a name without a project word is another thing
    ("Le pays accueille Kelia Trading. Le futur port de Kelia stockera du pétrole. "
     "La première phase du projet coûtera 5 milliards de dirhams.",
     [("ORG", "Kelia Trading"), ("LOC", "Kelia")], "port de Kelia"),
    # a firm's plant is not the zone around it
    ("Le pays ouvre la Kelia Automotive City. La future usine de Kelia produira des voitures. "
     "La première phase du projet coûtera 5 milliards de dirhams.",
     [("LOC", "Kelia Automotive City"), ("LOC", "Kelia")], "usine de Kelia"),
])
def test_a_site_named_by_its_kind_is_the_project_named_before(text, pieces, subject):
    assert _subject(text, pieces, "5 milliards de dirhams") == subject


@pytest.mark.xfail(strict=True, reason="a firm named only by its origin ('le sud-coréen X') the model "
                   "missed is no candidate; the sentence's port is taken (tried: no change on the dev "
                   "pages or the corpora, dropped)")
def test_a_firm_introduced_by_its_origin():
    text = ("Le port de Kelia verra s'implanter le sud-coréen Norvatech. Son usine représente un "
            "investissement de 57 millions d'euros.")
    assert _subject(text, [("LOC", "Kelia")], "57 millions d'euros") == "Norvatech"
