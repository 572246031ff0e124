"""Stage 7 (pipeline.link), fifth pass: the rules found on the a* dev pages and checked on the m*
ones (docs/linking.md). Sentences written for these tests; the entities are given (no model)."""

from __future__ import annotations

import pytest

from pipeline.link import link_figures
from tests.test_link import _article


def _place(text: str, pieces: list[tuple[str, str]], fig: str, kind: str = "money") -> str:
    return link_figures(_article(text, pieces, [(kind, fig)])).figures[0].place


@pytest.mark.parametrize(("text", "pieces", "fig", "place"), [
    # a signing held in a capital: the figures are somewhere in its country
    ("Les conventions ont été signées mercredi à Yaoundé. La société Alpha Bois investira 3 milliards "
     "de FCFA.", [("LOC", "Yaoundé"), ("ORG", "Alpha Bois")], "3 milliards de FCFA", "Cameroun"),
    ("Le Sénégal et le Mali ont officialisé, ce vendredi à Dakar, le lancement d'une usine. Elle "
     "coûtera 700 millions de FCFA.", [("LOC", "Sénégal"), ("LOC", "Mali"), ("LOC", "Dakar")],
     "700 millions de FCFA", "Sénégal"),
    # held in another town: no place of the figure
    ("Le forum organisé à Fès a réuni les patrons. Le groupe Beta Textile promet 400 millions de "
     "dirhams.", [("LOC", "Fès"), ("ORG", "Beta Textile")], "400 millions de dirhams", ""),
    # ... and a site named after it is the place
    ("Le sommet organisé à Versailles a réuni des patrons. Le groupe Beta promet 4 milliards d'euros. "
     "L'usine sera construite à Dunkerque.", [("LOC", "Versailles"), ("ORG", "Beta"), ("LOC", "Dunkerque")],
     "4 milliards d'euros", "Dunkerque"),
    # an inauguration is held at the site
    ("L'usine a été inaugurée mardi à Kénitra. Le groupe Beta Textile y a investi 400 millions de "
     "dirhams.", [("LOC", "Kénitra"), ("ORG", "Beta Textile")], "400 millions de dirhams", "Kénitra"),
    # a site between the event's word and the place: the site's place
    ("Une convention a été signée pour une usine à Kénitra. Elle coûtera 400 millions de dirhams.",
     [("LOC", "Kénitra")], "400 millions de dirhams", "Kénitra"),
    ("Les accords ont été paraphés à Rabat. L'usine de 400 millions de dirhams sera construite à Tanger.",
     [("LOC", "Rabat"), ("LOC", "Tanger")], "400 millions de dirhams", "Tanger"),
])
def test_where_an_event_was_held_is_not_the_figures_place(text, pieces, fig, place):
    assert _place(text, pieces, fig) == place


@pytest.mark.parametrize(("text", "pieces", "place"), [
    # after a region, only a more specific place later in the paragraph joins it: not another region
    ("La première unité est installée dans la région de Fernane. Son coût est de 3 millions de dinars. "
     "Une autre unité, implantée dans la région de Tabor, a été visitée. La région de Tabor en compte trois.",
     [("LOC", "Fernane"), ("LOC", "Tabor"), ("LOC", "Tabor")], "Fernane"),
    # ... a town does
    ("La première unité est installée dans la région de Fernane. Son coût est de 3 millions de dinars. "
     "Elle est à Kolda.", [("LOC", "Fernane"), ("LOC", "Kolda")], "Kolda"),
    # after a country, any later place of the paragraph joins it: the one named most wins (on the
    # corpora the country of the whole article, more often than the one of the sentence before)
    ("Les ventes ont repris au Maroc. Elles atteignent 3 millions de dinars. Elles vont en Tunisie, "
     "surtout en Tunisie.", [("LOC", "Maroc"), ("LOC", "Tunisie"), ("LOC", "Tunisie")], "Tunisie"),
])
def test_a_later_place_joins_a_region_only_if_more_specific(text, pieces, place):
    assert _place(text, pieces, "3 millions de dinars") == place


@pytest.mark.parametrize(("text", "pieces", "place"), [
    # a project placed nowhere else is at the site its name ends with
    ("Le Parc industriel de Koundia accueillera des firmes qui créeront 5 000 emplois.",
     [("LOC", "Parc industriel de Koundia")], "Koundia"),
    # not when the text places the figure
    ("Le Parc industriel de Koundia accueillera des firmes qui créeront 5 000 emplois à Thiès.",
     [("LOC", "Parc industriel de Koundia"), ("LOC", "Thiès")], "Thiès"),
    # a firm's name is no site
    ("La Compagnie sucrière du Sénégal créera 5 000 emplois.",
     [("ORG", "Compagnie sucrière du Sénégal")], ""),
])
def test_a_project_placed_nowhere_is_at_the_site_of_its_name(text, pieces, place):
    assert _place(text, pieces, "5 000 emplois", "jobs") == place


def _subject(text: str, pieces: list[tuple[str, str]], fig: str, kind: str = "jobs") -> str:
    return link_figures(_article(text, pieces, [(kind, fig)])).figures[0].subject


@pytest.mark.parametrize(("text", "pieces", "subject"), [
    # a name read as a place right after a place ("à X par Y", "à X, Y") places the site: no firm
    ("La société Delta Habitat construira des logements à Kimbo par Sanga, avec 544 emplois.",
     [("ORG", "Delta Habitat"), ("LOC", "Kimbo"), ("LOC", "Sanga")], "Delta Habitat"),
    ("La société Delta Habitat construira des logements à Kimbo, Sanga, avec 544 emplois.",
     [("ORG", "Delta Habitat"), ("LOC", "Kimbo"), ("LOC", "Sanga")], "Delta Habitat"),
])
def test_a_name_read_as_a_place_right_after_a_place_is_no_firm(text, pieces, subject):
    assert _subject(text, pieces, "544 emplois") == subject


def test_a_name_outside_the_title_and_body_is_no_subject():
    # a caption or a byline is no part of the text the figures are read in
    from pipeline.model import Block

    cap = "Photo : moteurs Alpha Propulsion."
    text = cap + "\n" + "Le complexe créera 300 emplois d'ici 2030."
    art = _article(text, [("ORG", "Alpha Propulsion")], [("jobs", "300 emplois")])
    art.blocks = [Block(0, len(cap), "byline"), Block(len(cap) + 1, len(text), "body")]
    assert link_figures(art).figures[0].subject == ""


@pytest.mark.parametrize(("text", "pieces", "place"), [
    # a figure after a list of three towns or more is over all of them: the article's country
    ("Le réseau Alpha Tech est présent au Maroc, avec des sites à Kénitra, Tanger et Oujda. Les "
     "entreprises du réseau emploient 3 000 salariés.",
     [("LOC", "Maroc"), ("LOC", "Kénitra"), ("LOC", "Tanger"), ("LOC", "Oujda")], "Maroc"),
    # two towns are not a list of sites: the most specific, nearest one
    ("Le réseau Alpha Tech est présent au Maroc, avec des sites à Kénitra et Tanger. Les "
     "entreprises du réseau emploient 3 000 salariés.",
     [("LOC", "Maroc"), ("LOC", "Kénitra"), ("LOC", "Tanger")], "Tanger"),
    # a town of the figure's own sentence is its place
    ("Le réseau Alpha Tech est présent au Maroc, avec des sites à Kénitra, Tanger et Oujda. À Oujda, "
     "le site emploie 3 000 salariés.",
     [("LOC", "Maroc"), ("LOC", "Kénitra"), ("LOC", "Tanger"), ("LOC", "Oujda"), ("LOC", "Oujda")], "Oujda"),
])
def test_a_figure_after_a_list_of_towns_is_at_their_country(text, pieces, place):
    assert _place(text, pieces, "3 000 salariés", "jobs") == place


@pytest.mark.parametrize(("text", "pieces", "subject"), [
    # a bank named as where an account is held keeps the money: it is no subject (nor its acronym)
    ("Un fonds de 2 millions de dinars a été créé pour les jeunes. Une enveloppe de 500 000 dinars est "
     "disponible sur un compte de la Banque Alpha de solidarité (BAS).",
     [("ORG", "Banque Alpha de solidarité"), ("ORG", "BAS")], ""),
    # a bank that lends is one
    ("La Banque Alpha de solidarité a accordé 500 000 dinars aux jeunes.",
     [("ORG", "Banque Alpha de solidarité")], "Banque Alpha de solidarité"),
])
def test_a_bank_holding_an_account_is_no_subject(text, pieces, subject):
    assert _subject(text, pieces, "500 000 dinars", "money") == subject


@pytest.mark.parametrize(("text", "pieces", "place"), [
    # a possessor's whole count is over all its sites: the article's country, not a town named before
    ("Le groupe Alpha Call est né au Maroc. Il a ouvert un site à Fès. Pour garder ses 3 500 salariés, "
     "il augmente les salaires.", [("LOC", "Maroc"), ("LOC", "Fès")], "Maroc"),
    # ... unless its own sentence places it
    ("Le groupe Alpha Call est né au Maroc. Il garde à Fès ses 3 500 salariés.",
     [("LOC", "Maroc"), ("LOC", "Fès")], "Fès"),
    # a count that is no possessor's keeps the town before
    ("Le groupe Alpha Call est né au Maroc. Il a ouvert un site à Fès. Il y emploie 3 500 salariés.",
     [("LOC", "Maroc"), ("LOC", "Fès")], "Fès"),
])
def test_a_possessors_whole_count_is_at_the_articles_country(text, pieces, place):
    assert _place(text, pieces, "3 500 salariés", "jobs") == place


@pytest.mark.parametrize(("text", "subject"), [
    # a verbless sentence in apposition to what the sentence before named ("Un concept se trouvant ...")
    ("Beta City accueille deux projets, et Beta City grandit. Le second projet est géré par la société "
     "Alpha Immo. Un concept se trouvant sur un terrain de 8000 m2.", "Alpha Immo"),
    # a sentence with its own verb does not refer back: the topic
    ("Beta City accueille deux projets, et Beta City grandit. Le second projet est géré par la société "
     "Alpha Immo. Un parc occupe un terrain de 8000 m2.", "Beta City"),
])
def test_a_verbless_apposition_refers_back(text, subject):
    pieces = [("ORG", "Beta City"), ("ORG", "Beta City"), ("ORG", "Alpha Immo")]
    assert _subject(text, pieces, "8000 m2", "area") == subject
