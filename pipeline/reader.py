"""Stage 1: read a file's bytes and decode them into the text every offset points into.

Plain text is decoded as UTF-8; a mostly-UTF-8 file with a few bad bytes stays UTF-8, each bad
byte replaced by U+FFFD (the ``encoding`` column says how many); otherwise charset-normalizer
guesses the charset (cp1252 and latin-1 are common in French pages saved on Windows).
HTML files (by extension or by their first bytes) are handed to trafilatura,
and the article's text is then trafilatura's extraction (``source_kind="html"``).
In plain text, line breaks a scraper stored as the two characters backslash and "n" are read as
line breaks of the same length (:mod:`pipeline.escapes`; the ``encoding`` column says how many).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from pathlib import Path

from .escapes import describe, read_escaped_breaks
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
# Longest article processed, in characters of decoded (or extracted) text: twice what spaCy takes
# in one doc, ~400 printed pages. Peak memory grows by ~0.1 MiB per 1,000 characters of one article
# (bench/long_article.py: 1,900,000 characters peak at 723 MiB in one process, see docs/robustness.md).
# Longer texts get a skipped/too_long row.
MAX_TEXT_CHARS = 2_000_000
# Largest file read at all: a saved HTML page carries scripts and styles around its text, so its
# bytes may be many times its text; anything larger is not an article (a video, an archive, a dump).
MAX_FILE_BYTES = 50_000_000
HASH_BLOCK = 1 << 20  # bytes read at a time when hashing a file


def article_id(data: bytes) -> str:
    """Stable id from the file's content: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(data).hexdigest()[:ID_HEX_DIGITS]


def file_id(path: Path) -> str:
    """:func:`article_id` of a file's bytes, read a block at a time (a huge file is not held)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(HASH_BLOCK):
            h.update(block)
    return h.hexdigest()[:ID_HEX_DIGITS]


def display_name(path: Path, corpus: Path) -> str:
    """The file's path relative to the corpus, with forward slashes, as text every output can hold.

    A name that is not valid UTF-8 (a byte like 0xE9 from an old Latin-1 system) keeps its bad bytes
    written as ``\\xe9``: readable, distinct from every other name, and safe in CSV, JSON and logs.
    A folder's name ends with "/"."""
    rel = path.relative_to(corpus).as_posix() + ("/" if path.is_dir() else "")
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


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


_BAD_BYTE = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, as surrogateescape decodes it
_NON_ASCII = re.compile("[^\x00-\x7f]")


def mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """The text as UTF-8 with each bad byte replaced by U+FFFD, and the number of bad bytes, when
    valid multi-byte UTF-8 characters outnumber the bad bytes: a UTF-8 file damaged here and there.
    A file in a single-byte charset has (almost) no valid multi-byte sequence; its accents are all bad."""
    text = data.decode("utf-8", "surrogateescape")
    bad = len(_BAD_BYTE.findall(text))
    if len(_NON_ASCII.findall(text)) - bad <= bad:
        return None
    return _BAD_BYTE.sub("\ufffd", text), bad


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode(data: bytes) -> tuple[str | None, str]:
    """Return (text, encoding): UTF-8, a BOM's encoding, UTF-8 with a few bad bytes replaced, strict
    cp1252, then a guess among the Western European charsets; text is None when none fits."""
    for enc in (_bom(data), "utf-8"):
        if enc is not None and (text := _strict(data, enc)) is not None:
            return text, enc
    if damaged := mostly_utf8(data):
        text, bad = damaged
        return text, f"utf-8 ({bad} bad byte{'s' if bad > 1 else ''} replaced)"
    if (text := _strict(data, "cp1252")) is not None:
        return text, "cp1252"
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
    """Read and decode one file. Bad input gives an article with a status and a reason.

    ``path`` may be a folder that could not be listed (see :func:`pipeline.core.list_corpus`): its
    row says so."""
    rel = display_name(path, corpus)
    try:
        if path.is_dir():
            os.scandir(path).close()  # raises what made the folder unreadable
            return Article(article_id="", file=rel, status=ERROR, reason="unreadable:folder")
        if path.stat().st_size > MAX_FILE_BYTES:
            return Article(article_id=file_id(path), file=rel, status=SKIPPED, reason="too_long")
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
    art.encoding = encoding
    if encoding != "utf-8":
        log.info("%s: not UTF-8, decoded as %s", rel, encoding)
    if looks_html(path, data):
        from .html import extract_html

        del data
        return too_long(extract_html(art, text))
    art.text, escapes = read_escaped_breaks(text)
    if escapes:
        note = describe(escapes)
        log.info("%s: %s", rel, note)
        art.encoding = f"{encoding[:-1]}, {note})" if encoding.endswith(")") else f"{encoding} ({note})"
    return too_long(art)


def too_long(art: Article) -> Article:
    """A text over :data:`MAX_TEXT_CHARS` is not processed: its row says skipped/too_long."""
    if len(art.text) > MAX_TEXT_CHARS:
        log.info("%s: %d characters, over the limit of %d: skipped", art.file, len(art.text), MAX_TEXT_CHARS)
        art.status, art.reason, art.text = SKIPPED, "too_long", ""
    return art
