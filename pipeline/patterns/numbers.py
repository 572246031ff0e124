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


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WORD = rf"(?:{_alt(NUMBER_WORDS)})"

NUMBER = re.compile(
    rf"""
    (?:
        (?<![\w.,/])(?<!\w-)                    # not inside a word, a decimal, a code or "COVID-19"
        (?:
            (?P<grouped>                        # thousands grouped: 20 000 / 1.500 / 1 300,5
                \d{{1,3}}
                (?P<sep>[{THOUSANDS_SEPARATORS}])   # one separator, the same all along
                \d{{3}}(?:(?P=sep)\d{{3}})*
                (?:,\d+)?                       # decimal comma
            )
          | (?P<plain>\d+(?:[.,]\d+)?)          # 20 / 6,5 / 2.5
        )
        (?![\d]|[.,]\d)                         # the whole number, not a prefix of "1.2.3"
      | (?<![\w-])
        (?i:
            (?:un|une)[^\S\n]+
            (?P<approx>{_alt(APPROXIMATE_NOUNS)})   # une dizaine, une centaine, un millier
        )
        (?!\w)
      | (?<![\w-])
        (?P<words>                              # number words: sept, vingt mille, quatre-vingt-dix
            (?i:{_WORD}
                (?:
                    (?:-|[^\S\n]{{1,2}}){_WORD}     # joined by a hyphen or a space
                  | [\s-]et[\s-](?:un|une|onze)     # vingt et un, soixante et onze
                )*
            )
        )
        (?!\w)
    )
    """,
    re.VERBOSE,
)


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
