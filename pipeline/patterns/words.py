"""Patterns for "any of these words, as a whole word", built so the regex engine can skip ahead.

A pattern that opens with a lookbehind or an alternation is tried at every character of the
text. One that opens with a character class lets the engine jump to the next candidate
character: here, the class of the words' first letters. What precedes that letter is checked
right after it, and each alternative checks its own first letter with a lookbehind. On news text
this is 3 to 8 times faster than ``(?<!\\w)(?:word1|word2|...)(?!\\w)``, with the same matches.
Used for the dates' anchors (:mod:`pipeline.patterns.dates`) and the institution heads
(:mod:`pipeline.ner.names`).
"""

from __future__ import annotations

import re


def whole_words(words, word: str = r"\w", flags: int = 0) -> re.Pattern:
    r"""Any of ``words`` where it is a whole word: neither preceded nor followed by ``word``
    (a regex atom: ``\w``, or ``[\w-]`` to keep hyphenated compounds out). ``flags``:
    ``re.IGNORECASE`` to match case aside (then give the words lower-cased)."""
    tails: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        tails.setdefault(w[0], []).append(w[1:])
    branches = "|".join(
        f"(?<={re.escape(c)})(?:{'|'.join(re.escape(t) for t in sorted(ts, key=len, reverse=True))})"
        for c, ts in tails.items()
    )
    firsts = "".join(re.escape(c) for c in tails)
    return re.compile(
        rf"""
        [{firsts}]         # a word's first letter ...
        (?<!{word}.)       # ... starting a word
        (?:{branches})     # the rest of a word that starts with that letter, longest first
        (?!{word})         # the word ends there
        """,
        flags | re.VERBOSE,
    )
