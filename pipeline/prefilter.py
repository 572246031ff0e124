"""Cheaper ways to run a regex over a whole text, with the same matches (speed only).

Python's ``re`` tries a pattern that starts with a word boundary, a lookbehind or an alternation
of case-insensitive words at every character of the text: 0.1-0.3 ms per article for each of the
link stage's phrase patterns, its sentence split and the furniture cues, measured on the
seed-built bench (docs/performance.md). Two exact shortcuts, for patterns whose every match holds
a known word:

- :func:`holds`: a substring test for the words on the range first (one regex of the words as
  written, which Python scans for their first letters in C); a range without any of them holds
  no match and is not searched;
- :func:`matches_at`: when every match *starts* with one of the words, the pattern is only tried
  where one of them occurs, with ``Pattern.match`` at that position: the same matches as
  ``finditer``, since a lookbehind or ``\\b`` still sees the characters before the position.

A case-insensitive pattern is tested on :func:`lowered` text, case-sensitively for the words:
``str.lower()`` maps every character re's IGNORECASE equates with a letter to that letter, except
the few of :data:`CASE_ODD` and those whose lower case is longer (tests/test_furniture_cues.py
checks this on every character); a text holding one gets None, and its caller searches as before.
Each pattern's words are listed where it is used, with a test that fails when the pattern changes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

CASE_ODD = ("\u017f", "\u0131")  # ſ and ı: lower case already; İ (U+0130) lengthens under lower()
LOWERED_CACHE = 8  # the article in hand (its stages ask for the same text a few times), and a few more
WORD_LISTS = 64  # the word lists of the patterns (a dozen), and those of the words an article holds


@lru_cache(maxsize=LOWERED_CACHE)
def lowered(text: str) -> str | None:
    """``text.lower()``, index for index, when it holds every match of a case-insensitive search
    for lower-case words at the same place; else None."""
    low = text.lower()
    if len(low) != len(text) or any(c in low for c in CASE_ODD):
        return None
    return low


def holds(hay: str, words: tuple[str, ...], start: int = 0, end: int | None = None) -> bool:
    """Whether one of the words lies wholly inside hay[start:end]."""
    return any_of(words).search(hay, start, len(hay) if end is None else end) is not None


@lru_cache(maxsize=WORD_LISTS)
def any_of(words: tuple[str, ...]) -> re.Pattern:
    """One pattern for the words, as written: one search instead of a ``str.find`` for each (3
    times cheaper on a window of 60 characters that holds none of 19 words)."""
    return re.compile("|".join(map(re.escape, words)))


def matches_at(pattern: re.Pattern, hay: str, heads: Iterable[str],
               ranges: Iterable[tuple[int, int]] | None = None) -> Iterator[re.Match]:
    """``pattern.finditer(hay, start, end)`` for each (start, end) of ``ranges`` (default: the
    whole of hay), for a pattern whose every match starts with one of ``heads`` and is never
    empty: tried only where a head occurs, in text order."""
    starts = set()
    for w in heads:
        at = hay.find(w)
        while at >= 0:
            starts.add(at)
            at = hay.find(w, at + 1)
    starts = sorted(starts)
    for start, end in [(0, len(hay))] if ranges is None else ranges:
        pos = start
        for at in starts[bisect_left(starts, start) : bisect_left(starts, end)]:
            if at < pos:
                continue  # inside the last match: finditer goes on from its end
            m = pattern.match(hay, at, end)
            if m is not None:
                if m.end() == at:
                    raise ValueError(f"{pattern.pattern!r} matched the empty string: use finditer")
                yield m
                pos = m.end()
