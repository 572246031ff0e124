"""Stage 1: read a file's bytes and decode them into the text every offset points into.

Plain text is decoded as UTF-8; when that fails, charset-normalizer guesses the
charset (cp1252 and latin-1 are common in French pages saved on Windows).
HTML files (by extension or by their first bytes) are handed to trafilatura,
and the article's text is then trafilatura's extraction (``source_kind="html"``).
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from .model import ERROR, SKIPPED, Article

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ID_HEX_DIGITS = 16  # 64 bits of SHA-256: collisions are negligible for any realistic corpus
BINARY_SNIFF_BYTES = 4096  # enough of the head of a file to tell text from binary
# A text file has almost no C0 control characters besides tab/newline/CR; a
# share above this in the sniffed head means binary (images, PDF, zip, office files).
MAX_CONTROL_SHARE = 0.05
# charset-normalizer's "chaos" score above which a guessed decoding is refused.
MAX_CHARSET_CHAOS = 0.3


def article_id(data: bytes) -> str:
    """Stable id from the file's content: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(data).hexdigest()[:ID_HEX_DIGITS]


def looks_binary(data: bytes) -> bool:
    head = data[:BINARY_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > MAX_CONTROL_SHARE * max(len(head), 1)


def looks_html(path: Path, data: bytes) -> bool:
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def decode(data: bytes) -> tuple[str | None, str]:
    """Return (text, encoding); text is None when no charset fits."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > MAX_CHARSET_CHAOS:
        return None, ""
    return str(best), best.encoding


def read_article(path: Path, corpus: Path) -> tuple[Article, bytes]:
    """Read and decode one file. Bad input gives an article with a status and a reason."""
    rel = path.relative_to(corpus).as_posix()
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Article(article_id="", file=rel, status=ERROR, reason=f"unreadable:{exc.strerror}"), b""
    art = Article(article_id=article_id(data), file=rel)
    if not data.strip():
        art.status, art.reason = SKIPPED, "empty"
        return art, data
    if looks_binary(data):
        art.status, art.reason = SKIPPED, "not_text"
        return art, data
    text, encoding = decode(data)
    if text is None:
        art.status, art.reason = ERROR, "decode_error"
        return art, data
    if encoding != "utf-8":
        log.info("%s: not UTF-8, decoded as %s", rel, encoding)
    if looks_html(path, data):
        from .html import extract_html

        return extract_html(art, text), data
    art.text = text
    return art, data
