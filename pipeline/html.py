"""Stage 1 (HTML files): trafilatura extracts the title, body and date from a saved page.

The article's ``text`` becomes the extracted text (title line, then the body),
so offsets point into that text, not into the HTML; the JSON output says so
with ``source_kind: "html"``.
"""

from __future__ import annotations

from .model import SKIPPED, Article


def extract_html(art: Article, html: str) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    art.source_kind = "html"
    if doc is None or not (doc.text or "").strip():
        art.status, art.reason = SKIPPED, "empty"
        return art
    title = (doc.title or "").strip()
    art.text = f"{title}\n\n{doc.text}" if title else doc.text
    art.title = title
    if doc.date:
        art.published = doc.date[:10]
    return art
