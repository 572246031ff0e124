"""Stage 6: dates found by French patterns, normalised with dateparser, resolved against the article.

Candidates come from :mod:`pipeline.patterns.dates` (never ``search_dates`` over raw text, which
finds dates in plain numbers), each form searched only around its anchors (:func:`_windows`);
where two candidates overlap the longer wins. :mod:`pipeline.dates_resolve` turns each into a date
as precise as its text ("fin avril 2025" is ``2025-04``) and places a date without a year against
the publication date (its docstring has the rules).

This module also reads the page's own dates: the publication date (:func:`find_published`, from
a byline, a dispatch's dateline or the page's date line around the article), and the lines whose
date is that one, which give no event (:func:`extract_dates`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from .dates_resolve import RESOLVERS, normalise
from .model import DateFact
from .patterns.dates import (
    BRACKET_DATELINE,
    BYLINE_LINE,
    DATE_LINE_CUE,
    DATE_LINE_WORDS,
    DATELINE,
    EN_DATE,
    EN_MONTHS,
    FORMS,
    LINE_WORD,
    SENTENCE_END,
    UPDATE_CUE,
    YEAR_IN_TEXT,
)

# Date forms are searched only around their anchors (month names, years, "12/03"...), which makes
# the stage about ten times faster than searching every character. The longest text a form allows
# before its anchor is a cue with a weekday and a range, "au plus tard le lundi 3 au vendredi "
# (under 60 characters); after it, a year, "dernier" and a lookahead (under 40).
ANCHOR_LEAD = 100
ANCHOR_TRAIL = 100
# A byline is a short line ("Publié dans X le 23 - 07 - 2025"); a paragraph starting with
# "Publié en 2023, le rapport..." is prose and keeps its dates.
BYLINE_MAX_CHARS = 160
# Where a page's date line stands around the article: above the headline (over the site's name,
# a section label, the author) or under the body's last paragraph (over the source).
HEADER_BLOCKS = 4
FOOTER_BLOCKS = 3
DATE_LINE_MAX_WORDS = 20  # a date line is short ("Par X | Edition N°:5159 Le 30/11/2017 | Partager")
BARE_DATE_LINE_WORDS = 4  # without a time, a separator or an author, it holds little besides the date


def extract_dates(text: str, published: str = "", reference: date | None = None) -> list[DateFact]:
    """Dates stated in ``text`` (one block), offsets relative to it.

    ``published`` is the article's ISO publication date (or ""), the base for yearless dates;
    ``reference`` is the run's reference date, used only by the weekday rule (default: today).
    A byline, a line restating the publication date and a dispatch's dateline ("Rabat, 12 mars
    2024 (MAP) - ...") give no events: their date is the publication date (:func:`find_published`).
    """
    if is_byline(text):
        return []
    pub = _iso_date(published)
    found = _facts(text, pub, reference or date.today())
    if pub is not None and _is_date_line(text, found) and all(d.date == pub.isoformat() for d in found):
        return []  # a line restating the publication date ("Le 12/03/2024 à 10h30"): no event
    dateline = _dateline(text)
    return [d for d in found if dateline is None or d.start >= dateline.end]


def find_published(art) -> DateFact | None:
    """The publication date the page states, offsets into art.text.

    In this order: blocks the boilerplate stage marked "byline" ("Publié dans X le 23 - 07 -
    2025"), then any other kept block that reads as a byline, then a dispatch's dateline opening
    the body ("Rabat, 12 mars 2024 (MAP) - ...", "(Abidjan, le 24-8-2016)"), then the page's date
    line near the article (:func:`_date_lines`: "18/07/2019 18h:38 CET | Actualisé ...", "jeudi 3
    mars 2016 par X", "Friday, 5 June 2015"). Within a line, the first-publication date wins over
    an update ("Mis à jour le ...", "Actualisé ..."), which is used only when it is the only full date.
    """
    blocks = [(s, e) for s, e in art.spans("byline")]
    blocks += [(s, e) for s, e in art.spans("title", "body") if is_byline(art.text[s:e])]
    body = art.spans("body")
    if body:  # a wire dispatch's dateline: "Rabat, 12 mars 2024 (MAP) - ..."
        s = body[0][0]
        d = _dateline(art.text[s : body[0][1]])
        if d is not None:
            blocks.append((s, s + d.end))
    blocks += _date_lines(art)
    for s, e in blocks:
        block = art.text[s:e]
        full = _full_dates(block)
        if not full:
            continue
        firsts = [d for i, d in enumerate(full) if not _is_update(block, full, i)]
        d = (firsts or full)[0]
        return DateFact("published", d.date, d.text, d.start + s, d.end + s)
    return None


def _full_dates(text: str) -> list[DateFact]:
    """The full dates of a line: French forms, and English ones of a site's template."""
    found = [d for d in _facts(text, None, None) if len(d.date) == 10]
    for m in EN_DATE.finditer(text):
        day, month, year = m["day"] or m["day2"], m["month"] or m["month2"], m["year"] or m["year2"]
        iso = normalise(int(day), EN_MONTHS[month.lower()], int(year))
        if iso and not any(d.start < m.end() and m.start() < d.end for d in found):
            found.append(DateFact("event", iso, m.group(), m.start(), m.end()))
    return sorted(found, key=lambda d: (d.start, d.end))


def _date_lines(art) -> list[tuple[int, int]]:
    """The page's date lines around the article, nearest first: between the title and the body,
    then above the title, then under the body. A date line is a short line that is not kept as
    the article's text, with a full date and a time, a separator, an author, or little else; a
    weather widget's date (the day the page was read) is not one."""
    kinds = [b.kind for b in art.blocks]
    if "body" not in kinds:
        return []
    first, last = kinds.index("body"), len(kinds) - 1 - kinds[::-1].index("body")
    top = kinds.index("title") if "title" in kinds and kinds.index("title") < first else first
    order = [*range(top + 1, first), *range(top - 1, max(top - 1 - HEADER_BLOCKS, -1), -1),
             *range(last + 1, min(last + 1 + FOOTER_BLOCKS, len(kinds)))]
    out = []
    for k in order:
        b = art.blocks[k]
        if b.kind in ("body", "title") or b.reason == "weather_header":
            continue
        text = art.text[b.start : b.end]
        words = LINE_WORD.findall(text)
        if len(text) > BYLINE_MAX_CHARS or len(words) > DATE_LINE_MAX_WORDS:
            continue
        full = _full_dates(text)
        if not full:
            continue
        rest = len(words) - sum(len(LINE_WORD.findall(d.text)) for d in full)
        if rest <= BARE_DATE_LINE_WORDS or DATE_LINE_CUE.search(text):
            out.append((b.start, b.end))
    return out


def is_byline(text: str) -> bool:
    """A short line that starts like a byline and is not a sentence."""
    return len(text) <= BYLINE_MAX_CHARS and bool(BYLINE_LINE.match(text)) and not SENTENCE_END.search(text)


def uses_reference_date(dates: list[DateFact], published: str) -> bool:
    """Whether a date's year came from the run's reference date (the weekday rule)."""
    return not published and any(
        d.role != "published" and len(d.date) == 10 and not YEAR_IN_TEXT.search(d.text) for d in dates
    )


def _dateline(text: str) -> DateFact | None:
    """The full date of a dispatch's dateline at the start of ``text``, offsets into it."""
    m = DATELINE.match(text) or BRACKET_DATELINE.match(text)
    if m is None:
        return None
    found = _facts(m["date"], None, None)
    if len(found) != 1 or len(found[0].date) != 10 or found[0].text != m["date"].strip():
        return None
    d = found[0]
    return DateFact("published", d.date, d.text, d.start + m.start("date"), d.end + m.start("date"))


def _is_date_line(text: str, found: list[DateFact]) -> bool:
    """Whether ``text`` is a date and nothing else (a time and "le", "à" aside)."""
    if not found:
        return False
    rest, last = [], 0
    for d in found:
        rest.append(text[last : d.start])
        last = max(last, d.end)
    rest.append(text[last:])
    words = LINE_WORD.findall(" ".join(rest).lower())
    return all(w in DATE_LINE_WORDS for w in words)


def _is_update(block: str, full: list[DateFact], i: int) -> bool:
    """Whether the words between the previous date and date ``i`` announce an update."""
    before = block[full[i - 1].end if i else 0 : full[i].start]
    return bool(UPDATE_CUE.search(before))


def _facts(text: str, pub: date | None, ref: date | None) -> list[DateFact]:
    """Every form's candidates, resolved; where two overlap the longer (then earlier form) wins."""
    found = []
    windows: dict[re.Pattern, list[tuple[int, int]]] = {}  # forms 2 to 4 share the month anchor
    for order, (form, pattern, anchor) in enumerate(FORMS):
        if anchor not in windows:
            windows[anchor] = _windows(anchor, text)
        for m in _near(pattern, windows[anchor], text):
            facts = RESOLVERS[form](m, pub, ref)
            if facts:
                found.append((m.start(), -(m.end() - m.start()), order, m.end(), facts))
    out: list[DateFact] = []
    taken: list[tuple[int, int]] = []
    for start, _, _, end, facts in sorted(found):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        out.extend(facts)
    return sorted(out, key=lambda d: (d.start, d.end))


def _windows(anchor: re.Pattern, text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` around the anchor's matches where a form may match, merged."""
    windows: list[list[int]] = []
    for a in anchor.finditer(text):
        lo, hi = max(0, a.start() - ANCHOR_LEAD), min(len(text), a.end() + ANCHOR_TRAIL)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


def _near(pattern: re.Pattern, windows: list[tuple[int, int]], text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, searched only in the windows around its anchor (:func:`_windows`).

    The same matches as a search of the whole text: every match holds an anchor, starts at most
    ANCHOR_LEAD characters before it and ends (lookaheads included) well within ANCHOR_TRAIL after
    it; windows that overlap are merged, and lookbehinds still see the text before a window.
    """
    for lo, hi in windows:
        yield from pattern.finditer(text, lo, hi)


def _iso_date(published: str) -> date | None:
    """The date part of an ISO date or datetime ("2025-07-23T10:00:00+01:00" -> 2025-07-23)."""
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
