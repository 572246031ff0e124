"""Line breaks a scraper stored as escapes, read as line breaks, every offset kept.

Some scrapers write an article's line breaks as the two characters backslash and "n" (the way a
JSON or Python string escapes them): "Par Awa Diop\\nEnvoyée spéciale", paragraphs joined as
"...fin.\\n\\nDébut...". Read as text, the byline runs into the prose and the boilerplate stage
sees no lines. :func:`read_escaped_breaks` replaces each such escape by a line break *of the same
length* (a space then the break: 2 characters for 2), so an offset into the text is an offset into
the file, and every row's text that spans no escape is the file's text at [start, end).

An escape counts (:func:`escape_counts`) unless it is one of these, which are left as they are:

- the backslash is itself escaped ("\\\\n" is a backslash then the letter n);
- a lower-case letter follows: a word, not a break (LaTeX ``\\newline``, ``\\textbf``; a path's
  ``\\nadia``). French lines seldom start in lower case, and a scraper that escapes breaks
  escapes them all, its capitals included;
- its word (the run of characters between spaces) is a Windows path or code: a drive ("C:\\"), a
  share ("\\\\serveur"), or another backslash that starts no escape ("\\Users", "\\d");
- it is code: inside a literal quoted in prose ('\\n', "%d\\n"), at a string's start or end
  (print("\\nTotal", "Total : %d\\n",), in a regular expression's character class ("[^\\n]"),
  or in a word holding a brace ("\\n{total}");
- its word is only escapes, perhaps with punctuation ("le caractère \\n marque la fin de la
  ligne", "séparés par \\n\\n."): the escape named, as an article about programming names it.

Each escape is decided on its own: one escaped break is enough (a byline "Awa Diop\\nAgence" is
often the only one in its article), whether or not the text also has real line breaks.
Patterns and their sources: :mod:`pipeline.patterns.escapes`.
"""

from __future__ import annotations

import re

from .patterns import escapes as P

_SPACE = re.compile(r"\s")


def _word(text: str, start: int, end: int) -> str:
    """The run of non-space characters around text[start:end]."""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    m = _SPACE.search(text, end)
    return text[left : m.start() if m else len(text)]


def escape_counts(text: str, start: int, end: int, code: list[tuple[int, int]]) -> bool:
    """Whether the escape at text[start:end] is a line break (or a tab) rather than a word, a
    path, code or the escape named. ``code``: the spans of code literals in the text."""
    after = text[end : end + 1]
    if after.islower():
        return False
    if any(s <= start < e for s, e in code):
        return False
    word = _word(text, start, end)
    if P.NAMED.match(word):  # "le caractère \n", "séparés par \n\n."
        return False
    return not (P.WINDOWS_PATH.search(word) or P.OTHER_BACKSLASH.search(word) or P.BRACES.search(word))


def read_escaped_breaks(text: str) -> tuple[str, dict[str, int]]:
    """The text with its escaped line breaks and tabs read as such (same length), and how many of
    each were read: ``{"\\\\n": 12, "\\\\t": 1}`` (a Windows ``\\r\\n`` counts as one ``\\n``)."""
    if "\\" not in text:
        return text, {}
    code = [m.span() for r in P.CODE_SPANS for m in r.finditer(text)]
    parts: list[str] = []
    counts: dict[str, int] = {}
    last = 0
    for m in P.ESCAPE.finditer(text):
        if not escape_counts(text, m.start(), m.end(), code):
            continue
        parts += [text[last : m.start()], P.REPLACEMENT[m.group()]]
        kind = "\\t" if m.group() == "\\t" else "\\n"
        counts[kind] = counts.get(kind, 0) + 1
        last = m.end()
    if not counts:
        return text, {}
    parts.append(text[last:])
    out = "".join(parts)
    assert len(out) == len(text)  # every offset into the file stays valid
    return out, counts


def describe(counts: dict[str, int]) -> str:
    """What :func:`read_escaped_breaks` did, for the ``encoding`` column: "12 \\n read as line
    breaks", "12 \\n read as line breaks, 1 \\t as a tab"."""
    parts = []
    if n := counts.get("\\n"):
        parts.append(f"{n} \\n read as line break{'s' if n > 1 else ''}")
    if n := counts.get("\\t"):
        tabs = f"{n} \\t as {'tabs' if n > 1 else 'a tab'}"
        parts.append(tabs if parts else tabs.replace(" as ", " read as ", 1))
    return ", ".join(parts)
