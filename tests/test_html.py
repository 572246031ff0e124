"""HTML pages: trafilatura extracts title, body and date; the later stages keep all of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.boilerplate import strip_boilerplate
from pipeline.html import extract_html
from pipeline.language import detect_language
from pipeline.model import ERROR, OK, SKIPPED, Article
from pipeline.reader import read_article

PAGES = Path(__file__).parent / "pages"


@pytest.fixture(scope="module")
def page() -> Article:
    art = read_article(PAGES / "article.html", PAGES)
    return detect_language(strip_boilerplate(art))


def test_metadata(page):
    assert page.source_kind == "html"
    assert page.title == "Rabat inaugure un centre de données souverain"
    assert page.published == "2025-03-14"
    assert (page.status, page.language) == (OK, "fr")


def test_title_once_then_body(page):
    assert page.text.count("Rabat inaugure un centre de données souverain") == 1
    assert [b.kind for b in page.blocks][:2] == ["title", "body"]


# a quote from the page, whether it is in the article's body
QUOTES = [
    ("Le ministère de la Transition numérique a inauguré vendredi", True),
    ("Une étape vers la souveraineté numérique", True),
    ("les plus exigeantes.", True),
    ("Accueil", False),
    ("Le Maroc lance un nouveau câble sous-marin", False),
    ("WhatsApp", False),
    ("Votre nom", False),
    ("Tous droits réservés", False),
]


@pytest.mark.parametrize(("quote", "in_body"), QUOTES)
def test_body(page, quote, in_body):
    assert (quote in page.body) == in_body


def test_nothing_trafilatura_gave_is_dropped(page):
    assert all(b.kind != "boilerplate" for b in page.blocks)
    for b in page.blocks:
        assert page.text[b.start : b.end] == page.text[b.start : b.end].strip() != ""


def test_title_from_first_line_when_metadata_has_none():
    art = Article(article_id="t", file="x.html", source_kind="html",
                  text="Un titre sans métadonnées\nUn premier paragraphe qui raconte toute l'histoire.")
    strip_boilerplate(art)
    assert art.title == "Un titre sans métadonnées"
    assert [b.kind for b in art.blocks] == ["title", "body"]


# a page with no article, the reason it is skipped
EMPTY_PAGES = [
    ("<html><body></body></html>", "empty"),
    ("<html><body><nav>Accueil</nav></body></html>", "too_short"),  # recall mode keeps the menu word
]


@pytest.mark.parametrize(("html", "reason"), EMPTY_PAGES)
def test_page_without_article_is_skipped(html, reason):
    art = extract_html(Article(article_id="t", file="x.html"), html)
    if art.status == OK:
        detect_language(strip_boilerplate(art))
    assert (art.status, art.reason, art.source_kind) == (SKIPPED, reason, "html")


def test_page_trafilatura_cannot_parse_is_an_error_not_a_crash(monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):
        raise ValueError("unparsable")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    art = extract_html(Article(article_id="t", file="x.html"), "<html><body><p>x</p></body></html>")
    assert (art.status, art.reason) == (ERROR, "html_error:ValueError")


_BODY = ("<article><p>Le chantier du port a recruté trois cents ouvriers supplémentaires en mars, selon "
         "l'agence chargée des travaux. Le projet doit être livré dans trois ans.</p></article>")
_FOOTER = "<footer>© 2025 Le Quotidien du Sud. Tous droits réservés.</footer>"
_META = '<meta property="article:published_time" content="{}T08:00:00+00:00">'

# head, footer, the publication date expected
PUBLISHED = [
    ("", _FOOTER, ""),  # a copyright year alone is no publication date (htmldate's guess: 2025-01-01)
    (_META.format("2025-01-01"), _FOOTER, "2025-01-01"),  # a page published on 1 January says so
    (_META.format("2025-03-14"), _FOOTER, "2025-03-14"),
    (_META.format("2024-11-05"), "", "2024-11-05"),
]


@pytest.mark.parametrize(("head", "footer", "published"), PUBLISHED)
def test_publication_date_is_what_the_page_states_not_a_copyright_year(head, footer, published):
    html = f"<html><head><title>Le port recrute</title>{head}</head><body>{_BODY}{footer}</body></html>"
    art = extract_html(Article(article_id="t", file="x.html"), html)
    assert art.published == published
