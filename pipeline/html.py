"""Stage 1 (HTML files): trafilatura extracts the title, body and date from a saved page.

The article's ``text`` becomes the extracted text: the title line (unless trafilatura's text
already opens with it), then the body, one paragraph or heading a line. Offsets point into that
text, not into the HTML; the JSON output says so with ``source_kind: "html"``. trafilatura already
removed the page furniture, so the boilerplate stage keeps all of it (see
:func:`pipeline.boilerplate.strip_boilerplate`). The publication date comes from the page's
metadata (``article:published_time``, JSON-LD, ...) through htmldate, but not htmldate's last
resort, a year's 1 January guessed from a copyright line ("© 2025 ..."): a page with no stated
date gets none (:func:`year_only_guess`), and its byline, if any, gives it later (stage 6).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

from .blocks import norm
from .model import ERROR, SKIPPED, Article, Block

log = logging.getLogger(__name__)

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")  # htmldate's output format, YYYY-MM-DD
YEAR_GUESS_SUFFIX = "-01-01"  # htmldate's date for a year alone (its copyright-line fallback)
# Loggers of trafilatura and the libraries it calls; their messages name no file.
EXTRACTION_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


class _Relay(logging.Handler):
    """Re-logs a record of the extraction libraries through this module's logger, with the file's
    name; their warnings (a page they find odd) are details for ``-v``, their errors warnings."""

    def __init__(self, file: str):
        super().__init__()
        self.file = file

    def emit(self, record: logging.LogRecord) -> None:
        level = logging.WARNING if record.levelno >= logging.ERROR else min(record.levelno, logging.INFO)
        log.log(level, "%s: %s: %s", self.file, record.name, record.getMessage())


@contextmanager
def _relayed(file: str) -> Iterator[None]:
    loggers = [logging.getLogger(name) for name in EXTRACTION_LOGGERS]
    relay, propagate = _Relay(file), [lg.propagate for lg in loggers]
    for lg in loggers:
        lg.addHandler(relay)
        lg.propagate = False
    try:
        yield
    finally:
        for lg, before in zip(loggers, propagate, strict=True):
            lg.removeHandler(relay)
            lg.propagate = before


def _extract(html: str, **options):
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,  # reader comments are not the article
        include_tables=True,  # tables of figures are part of economic articles
        deduplicate=False,  # a repeated paragraph inside one article is still the article's
        **options,
    )


def extract_html(art: Article, html: str) -> Article:
    """Fill ``art.text`` (title line, then body), ``title`` and ``published`` from a saved page."""
    art.source_kind = "html"
    try:
        with _relayed(art.file):
            doc = _extract(html)  # trafilatura's balanced default: its best F1 on its benchmarks
            if doc is None or not (doc.text or "").strip():
                doc = _extract(html, favor_recall=True)  # short pages: recall mode keeps lone paragraphs
    except Exception as exc:  # a page trafilatura cannot parse must not end the run
        log.warning("%s: HTML extraction failed: %s", art.file, exc)
        art.status, art.reason = ERROR, f"html_error:{type(exc).__name__}"
        return art
    if doc is None or not (doc.text or "").strip():
        art.status, art.reason = SKIPPED, "empty"
        return art
    title = " ".join((doc.title or "").split())
    body = doc.text.strip()
    first_line = body.split("\n", 1)[0]
    if title and norm(first_line) != norm(title):
        art.text = f"{title}\n\n{body}"
    else:
        art.text = body
    art.title = title
    if doc.date and ISO_DATE.match(doc.date) and not year_only_guess(html, doc.date[:10], art.file):
        art.published = doc.date[:10]
    return art


def year_only_guess(html: str, date: str, file: str = "") -> bool:
    """Whether htmldate's date is a year's 1 January that it guessed from a copyright line or a
    lone year ("© 2025 Le Journal": its last resorts), not a date the page states: no publication
    date then, rather than one months off (relative dates would resolve against it). A page
    published on 1 January says so in its metadata, which the search without those guesses reads."""
    if not date.endswith(YEAR_GUESS_SUFFIX):
        return False
    from htmldate import find_date

    with _relayed(file):
        found = find_date(html, extensive_search=False, original_date=True)
    return found is None


def html_blocks(art: Article, spans: list[tuple[int, int]], infos: list) -> Article:
    """Blocks of trafilatura's extraction, from the boilerplate stage's evidence about each one.

    The extraction is the article: the title line, bylines above the first paragraph, and all the
    rest as body. Nothing is dropped but a second copy of the title.
    """
    from .boilerplate import headline

    if not art.title and len(infos) > 1 and headline(infos[0]) and infos[0].shape != "prose":
        art.title = infos[0].text
    title_key = norm(art.title) if art.title else None
    blocks, prose_seen = [], False
    for k, ((s, e), info) in enumerate(zip(spans, infos, strict=True)):
        key = norm(info.text)
        if k == 0 and key == title_key:
            blocks.append(Block(s, e, "title"))
        elif key == title_key:
            blocks.append(Block(s, e, "boilerplate", "duplicate_title"))
        elif info.shape in ("byline", "date") and not prose_seen:
            blocks.append(Block(s, e, "byline"))
        else:
            blocks.append(Block(s, e, "body"))
        prose_seen = prose_seen or info.shape == "prose"
    art.blocks = blocks
    return art
