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


# Byte-order marks of the UTF-16/32 encodings (UTF-8's own BOM is kept as U+FEFF by the UTF-8 decoder).
BOMS = [
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
# Single-byte charsets that French pages saved outside UTF-8 actually use, most common first.
# cp1252 is tried strictly before any guessing: it is what Windows and most French sites used.
FALLBACK_CHARSETS = ["cp1252", "iso8859_15", "latin_1", "mac_roman", "cp850"]


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


def _bom(data: bytes) -> str | None:
    return next((enc for bom, enc in BOMS if data.startswith(bom)), None)


def decode(data: bytes) -> tuple[str | None, str]:
    """Return (text, encoding): UTF-8, a BOM's encoding, strict cp1252, then a guess among
    the Western European charsets; text is None when none fits."""
    for enc in (_bom(data), "utf-8", "cp1252"):
        if enc is None:
            continue
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=FALLBACK_CHARSETS).best()
    if best is None or best.chaos > MAX_CHARSET_CHAOS:
        return None, ""
    text = str(best)
    controls = sum(1 for ch in text if 0x80 <= ord(ch) < 0xA0)  # C1 controls: a wrong guess
    if controls > MAX_CONTROL_SHARE * len(text):
        return None, ""
    return text, best.encoding


def read_article(path: Path, corpus: Path) -> Article:
    """Read and decode one file. Bad input gives an article with a status and a reason."""
    rel = path.relative_to(corpus).as_posix()
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Article(article_id="", file=rel, status=ERROR, reason=f"unreadable:{exc.strerror}")
    art = Article(article_id=article_id(data), file=rel)
    if not data.strip():
        art.status, art.reason = SKIPPED, "empty"
        return art
    if _bom(data) is None and looks_binary(data):
        art.status, art.reason = SKIPPED, "not_text"
        return art
    text, encoding = decode(data)
    if text is None:
        art.status, art.reason = ERROR, "decode_error"
        return art
    if encoding != "utf-8":
        log.info("%s: not UTF-8, decoded as %s", rel, encoding)
    if looks_html(path, data):
        from .html import extract_html

        return extract_html(art, text)
    art.text = text
    return art
