"""Stage 2: split the decoded text into blocks and keep the article's title and body.

First version: a block is a non-empty line. Prose blocks (enough words, ending
with sentence punctuation) are found, the densest run of them is the body, and
the headline-like line just before it is the title. Everything else is
boilerplate, with the reason it was dropped.
"""

from __future__ import annotations

import re

from .model import Article, Block

MIN_PROSE_WORDS = 8  # fewer words than this is a heading, a button or a menu item
MAX_TITLE_WORDS = 30  # headlines are short; longer lines are prose
MAX_GAP_BLOCKS = 3  # non-prose blocks (subheadings) allowed inside the body run
TICKER_SEPARATOR = re.compile(r"(?:[\u00a0 ]{2,}|\s\|\s)")  # runs of spaces between ticker headlines
MIN_TICKER_PARTS = 4  # this many headlines on one line is a ticker, not a paragraph

BYLINE = re.compile(r"^\s*(?:publié|mis à jour|par\s)", re.IGNORECASE)  # "Publié dans X le 23 - 07 - 2025"

_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"""[.!?…»"”)]\s*$""")
_WORD = re.compile(r"\w+")


def split_blocks(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end), surrounding whitespace excluded."""
    out = []
    for m in _LINE.finditer(text):
        s, e = m.span()
        seg = text[s:e]
        stripped = seg.strip()
        if not stripped:
            continue
        s += len(seg) - len(seg.lstrip())
        e = s + len(stripped)
        out.append((s, e))
    return out


def is_prose(seg: str) -> bool:
    return len(_WORD.findall(seg)) >= MIN_PROSE_WORDS and bool(_SENTENCE_END.search(seg))


def is_ticker(seg: str) -> bool:
    return len(TICKER_SEPARATOR.split(seg.strip())) >= MIN_TICKER_PARTS


def strip_boilerplate(art: Article) -> Article:
    text = art.text
    spans = split_blocks(text)
    segs = [text[s:e] for s, e in spans]
    prose = [is_prose(s) and not is_ticker(s) for s in segs]
    # densest run of prose blocks, allowing short gaps (subheadings)
    best, best_score = None, 0
    i = 0
    while i < len(segs):
        if not prose[i]:
            i += 1
            continue
        j, last, score, gap = i, i, 0, 0
        while j < len(segs) and gap <= MAX_GAP_BLOCKS:
            if prose[j]:
                last, gap = j, 0
                score += len(_WORD.findall(segs[j]))
            else:
                gap += 1
            j += 1
        if score > best_score:
            best, best_score = (i, last), score
        i = last + 1
    blocks = []
    title_idx = None
    if best is not None:
        for k in range(best[0] - 1, -1, -1):
            words = len(_WORD.findall(segs[k]))
            if 0 < words <= MAX_TITLE_WORDS and not is_ticker(segs[k]) and not BYLINE.match(segs[k]):
                title_idx = k
                break
    for k, (s, e) in enumerate(spans):
        if best is not None and best[0] <= k <= best[1]:
            blocks.append(Block(s, e, "body"))
        elif k == title_idx:
            blocks.append(Block(s, e, "title"))
        elif BYLINE.match(segs[k]) and len(_WORD.findall(segs[k])) <= MAX_TITLE_WORDS:
            blocks.append(Block(s, e, "byline"))
        else:
            reason = "ticker" if is_ticker(segs[k]) else "outside_body"
            blocks.append(Block(s, e, "boilerplate", reason))
    art.blocks = blocks
    if title_idx is not None and not art.title:
        art.title = segs[title_idx]
    return art
