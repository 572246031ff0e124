"""Page furniture among the entities: the character ranges no entity may overlap, whatever the body
stage kept (:class:`pipeline.ner.filters.Refiner` drops the spans that do). A sentence that holds
a furniture cue ("Suivez la chaîne ...", "JavaScript is disabled", "© ... reproduction
interdite"), and a site's promotion of its pages up to its colon ("A ne pas manquer sur X :"):
the patterns are ``patterns.entities.FURNITURE_CUES`` and ``PROMO_LINK``."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..patterns import entities as P
from ..prefilter import CASE_ODD, lowered, matches_at

# The cues searched case-sensitively in the lower-cased text: 30 % cheaper than the case-insensitive
# search (Python's re folds the case of every character it tries), the same matches as long as the
# cues are written in lower case (else None: the case-insensitive search) and the text holds none of
# the characters that re's IGNORECASE equates with a cue's letter while str.lower() does not map them
# to it, or that lower() lengthens: long s, dotless i, dotted capital I (tests/test_furniture_cues.py).
_CUES_LOWER = (re.compile(P.FURNITURE_CUES.pattern, P.FURNITURE_CUES.flags & ~re.IGNORECASE)
               if P.FURNITURE_CUES.pattern == P.FURNITURE_CUES.pattern.lower() else None)
_CASE_ODD = CASE_ODD
# What every match of the cues starts with (lower case): the search tries the cues only where one
# of these stands (pipeline.prefilter.matches_at), not at every character. tests/test_furniture_cues.py
# fails when a cue starts with none of them.
_CUE_HEADS = ("javascript", "web browser", "cookie", "newsletter", "©", "(c) ", "suivez", "abonnez-vous",
              "cliquez", "lire aussi", "reproduction ", "droits ", "si vous voulez que l")


def furniture_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences that hold a furniture cue, in text order."""
    low = lowered(text)
    if _CUES_LOWER is not None and low is not None:
        return cue_sentences(text, matches_at(_CUES_LOWER, low, _CUE_HEADS))
    return cue_sentences(text, P.FURNITURE_CUES.finditer(text))


def cue_sentences(text: str, matches) -> list[tuple[int, int]]:
    """The sentences of ``text`` that hold the cue ``matches`` (in text order): one range each."""
    out: list[tuple[int, int]] = []
    for m in matches:
        if out and m.start() < out[-1][1]:
            continue
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        end = P.FURNITURE_SENTENCE_END.search(text, m.end())
        out.append((start, end.end() if end else len(text)))
    return out


def merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges sorted, overlapping ones joined: disjoint, as :func:`overlaps` wants them."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint ranges."""
    n = bisect_right(ranges, (end, 0)) - 1  # the last range starting before the span's end
    return n >= 0 and ranges[n][1] > start


def furniture_and_promotions(text: str) -> list[tuple[int, int]]:
    """The furniture sentences and the promotions inside prose ("A lire sur X :"), sorted, disjoint."""
    ranges = furniture_ranges(text)
    promos = [m.span() for m in P.PROMO_LINK.finditer(text)]
    if any(w in text for w in P.PROMO_LIST_WORDS):
        promos += [m.span() for m in P.PROMO_LIST.finditer(text)]
    return merged(ranges + promos) if promos else ranges
