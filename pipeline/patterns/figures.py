"""Patterns for figures: numbers as French news writes them, then a unit or a counted noun.

Verbose regexes with named groups; the unit and currency tables they draw on
live in :mod:`pipeline.patterns.units`.
"""

from __future__ import annotations

import re

from .units import AREA_UNITS, CURRENCIES, JOB_NOUNS, SCALES

# A number: digits grouped by space / no-break space / narrow no-break space /
# dot, with an optional decimal comma; or a French number word.
NUMBER = r"""
    (?P<number>
        \d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?   # 20 000 / 20.000 / 1 300,5
      | \d+(?:,\d+)?                                # 20 / 6,5
      | (?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente
          |quarante|cinquante|soixante|cent|cents|mille)
        (?:[\s-](?:et|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|vingts|cent|cents|mille))*
    )
"""

QUALIFIER = r"""
    (?P<qualifier>
        plus\s+d[e']\s*|plus\s+d’|près\s+d[e']\s*|près\s+d’|environ\s+|quelque\s+
      | autour\s+d[e']\s*|au\s+moins\s+|moins\s+d[e']\s*|moins\s+d’|jusqu[’']à\s+
      | pas\s+moins\s+d[e']\s*|à\s+peine\s+
    )?
"""


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


FIGURE = re.compile(
    rf"""
    {QUALIFIER}
    (?<![\w,.]){NUMBER}(?![\d])
    \s*
    (?P<scale>(?:{_alt(SCALES)})\b)?            # mille, millions, milliards, M, Md, Mds
    \s*(?:d[e']\s*|d’)?
    (?P<unit>
        (?P<money>{_alt(CURRENCIES)})(?![\w])    # MDH, dirhams, euros, $, ...
      | (?P<area>{_alt(AREA_UNITS)})(?![\w])     # hectares, ha, m², km²
      | (?P<jobs>{_alt(JOB_NOUNS)})\b            # emplois, ingénieurs, salariés, ...
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
