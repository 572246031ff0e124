"""Numbers as French news writes them: the pattern, and the value of what it matched.

Digits grouped by thousands with a space, a no-break space (U+00A0), a narrow no-break
space (U+202F), a thin or figure space (U+2009, U+2007) or a dot ("20 000", "1.500"),
with a decimal comma ("6,5"; a dot followed by other than three digits is a decimal
point too: "2.5"); approximate nouns ("une dizaine", "un millier"); number words
("sept", "vingt mille", "quatre-vingt-dix"), whose value text2num computes.
The value function lives here, beside the pattern, because it reads its named groups.
"""

from __future__ import annotations

import re

from text_to_num import text2num

from .units import APPROXIMATE_NOUNS

# French number words that may start or continue a number (values come from text2num)
NUMBER_WORDS = [
    "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante",
    "cinquante", "soixante", "septante", "huitante", "octante", "nonante", "cent", "cents", "mille",
]
THOUSANDS_SEPARATORS = " \u00a0\u202f\u2009\u2007."


def trie(words) -> str:
    """A regex for any of ``words``, factored by common prefixes: it costs the length of the
    word read, not the size of the list (a plain alternation tries every word in turn)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return build(root)


_WORD_NOT_ONE = trie(w for w in NUMBER_WORDS if w not in ("un", "une"))

# "un" is a number only before a scale or an area unit ("un milliard", "couvrant un hectare")
_SCALE_AHEAD = r"(?=(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?-i:(?=[a-z])))(?:millions?|milliards?|hectares?)(?!\w))"

MAX_NUMBER_WORDS = 8  # joined words after the first: "deux cent quatre-vingt-dix-neuf mille" has 6
_WORDS = rf"""
    (?i:
        (?:un|une){_SCALE_AHEAD}                    # un milliard (but not "un projet")
      | {_WORD_NOT_ONE}
        (?:
            (?:-|[^\S\n]{{1,2}}){_WORD_NOT_ONE}     # joined by a hyphen or a space
          | [\s-]et[\s-](?:un|une|onze)             # vingt et un, soixante et onze
        ){{0,{MAX_NUMBER_WORDS}}}
    )
    (?!\w)
"""


def _number_source(named: bool) -> str:
    """The number pattern, with its named groups (``named``) or without, to use it twice in one regex."""

    def group(name: str) -> str:
        return f"(?P<{name}>" if named else "(?:"

    same_sep = "(?P=sep)" if named else f"[{THOUSANDS_SEPARATORS}]"
    # words read atomically (a lookahead is never backtracked into), so that a failed figure
    # after "sept sept sept ..." does not retry every shorter sequence
    words = f"(?=(?P<words>{_WORDS}))(?P=words)" if named else f"(?:{_WORDS})"
    return rf"""
    (?<!\w)(?<!\w-)                            # not inside a word nor hyphenated to one ("COVID-19")
    (?:
        (?<![.,/])                              # nor inside a decimal, a date or a code
        (?:
            {group("grouped")}                  # thousands grouped: 20 000 / 1.500 / 1 300,5
                \d{{1,3}}
                {group("sep")}[{THOUSANDS_SEPARATORS}])   # one separator, the same all along
                \d{{3}}(?:{same_sep}\d{{3}})*
                (?:,\d+)?                       # decimal comma
            )
          | {group("plain")}\d+(?:[.,]\d+)?)    # 20 / 6,5 / 2.5
        )
        (?![\d]|[.,]\d)                         # the whole number, not a prefix of "1.2.3"
      | (?=[^\W\d_])                            # a letter (the quick way past digits and spaces):
        (?:
            (?i:
                (?:un|une)[^\S\n]+
                {group("approx")}{trie(APPROXIMATE_NOUNS)})   # une dizaine, une centaine, un millier
            )
            (?!\w)
          | {words}                             # number words: sept, vingt mille, quatre-vingt-dix
        )
    )
"""


NUMBER_SOURCE = _number_source(named=True)
NUMBER = re.compile(NUMBER_SOURCE, re.VERBOSE)
# without named groups, to look ahead for a second number ("entre 300 et 500 emplois")
NUMBER_LOOSE_SOURCE = _number_source(named=False)
# A comma before exactly three digits: French reads "2,500" as 2,5, copy in the English style as
# 2 500. Only a count of people or things can tell (it is whole): see figures.py.
COMMA_THOUSANDS = re.compile(r"\d{1,3},\d{3}")


def number_value(m: re.Match) -> float | None:
    """The value of a :data:`NUMBER` match; None when number words do not form a number."""
    if m["grouped"]:
        return float(m["grouped"].replace(m["sep"], "").replace(",", "."))
    if m["plain"]:
        return float(m["plain"].replace(",", "."))
    if m["approx"]:
        return float(APPROXIMATE_NOUNS[m["approx"].lower()])
    words = " ".join(m["words"].lower().split())
    try:
        return float(text2num(words, "fr"))
    except ValueError:
        return None


def parse_number(raw: str) -> float:
    """The value of a number written as French news writes it ("20 000", "1,2", "vingt mille")."""
    m = NUMBER.fullmatch(raw.strip())
    value = number_value(m) if m else None
    if value is None:
        raise ValueError(f"not a number: {raw!r}")
    return value
