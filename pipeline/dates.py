"""Stage 6: dates found by French patterns, normalised with dateparser, resolved against the article.

Candidates come from :mod:`pipeline.patterns.dates` (never ``search_dates`` over raw text, which
finds dates in plain numbers). Each keeps the precision its text gives: ``YYYY-MM-DD``, ``YYYY-MM``
("fin avril 2025") or ``YYYY`` ("d'ici 2030"). Full dates are read as dateparser reads "<day> <month
name> <year>" (French, day first, a fixed ``RELATIVE_BASE``), so they are validated ("31 avril" is
none) and an abbreviation is never read by dateparser itself ("sept." is September here); for the
years of :data:`CALENDAR_YEARS`, where the two agree on every day, the calendar gives that reading.

A date without a year is placed by these rules, in order:

1. the article has a publication date: the occurrence nearest to it, a later one only within
   ``FUTURE_WINDOW_DAYS``; "dernier"/"passé" after the date picks the one before, "prochain" the
   one after; a stated weekday picks among the neighbouring years the one it fits;
2. no publication date but a weekday ("mercredi 30 avril"): the most recent year, not after the
   run's reference date, in which that day fell on that weekday;
3. neither: ``--MM-DD`` (a day and a month without a year), never a guessed year. A month without
   a year and without a publication date ("fin avril") is dropped: no precision can say it.

Relative words ("hier", "mercredi dernier", "le mois dernier", "l'an dernier") are resolved only
against a publication date. Results never depend on the local time zone or the file's dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache

from .model import DateFact
from .patterns.dates import (
    BRACKET_DATELINE,
    BYLINE_LINE,
    DATE_LINE_CUE,
    DATE_LINE_WORDS,
    DATELINE,
    EN_DATE,
    EN_MONTHS,
    FIRST_DAY_WORDS,
    FORMS,
    HABITUAL,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    UPDATE_CUE,
    WEEKDAYS,
)

# The expressions handed to dateparser are absolute (day, month name, four-digit year), so the base
# never shows in a result; it is fixed so that neither the clock nor the local time zone can leak in.
RELATIVE_BASE = datetime(2000, 1, 1)
PARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "RELATIVE_BASE": RELATIVE_BASE,
}
# A yearless date may be placed after the publication date only this close to it: news announce
# coming events some weeks or months ahead, while a past event is rarely recalled a year later
# without its year. Half a year makes it "the nearest occurrence", a tie going to the past.
FUTURE_WINDOW_DAYS = 183
# A day and month fall on every weekday within 28 years (the Gregorian weekday cycle, 29 February
# included), so the weekday rule looks this far back from the reference date and no further.
WEEKDAY_SEARCH_YEARS = 28
# Date forms are searched only around their anchors (month names, years, "12/03"...), which makes
# the stage about ten times faster than searching every character. The longest text a form allows
# before its anchor is a cue with a weekday and a range, "au plus tard le lundi 3 au vendredi "
# (under 60 characters); after it, a year, "dernier" and a lookahead (under 40).
ANCHOR_LEAD = 100
ANCHOR_TRAIL = 100
# A byline is a short line ("Publié dans X le 23 - 07 - 2025"); a paragraph starting with
# "Publié en 2023, le rapport..." is prose and keeps its dates.
BYLINE_MAX_CHARS = 160
PAST_WORDS = {"dernier", "dernière", "passé"}
FUTURE_WORDS = {"prochain", "prochaine"}
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
SENTENCE_STARTERS = set('.!?…:;«»"“”(\n|–—-')  # a capital after these starts a sentence or a line
MONTH_CUE_WORDS = {"en", "depuis", "dès", "de", "d", "mois", "jusqu", "le"}  # "en Mars 2020" is still March
_SENTENCE_END = re.compile(r"[.!?…]\s*$")
# Where a page's date line stands around the article: above the headline (over the site's name,
# a section label, the author) or under the body's last paragraph (over the source).
HEADER_BLOCKS = 4
FOOTER_BLOCKS = 3
DATE_LINE_MAX_WORDS = 20  # a date line is short ("Par X | Edition N°:5159 Le 30/11/2017 | Partager")
BARE_DATE_LINE_WORDS = 4  # without a time, a separator or an author, it holds little besides the date
_LINE_WORD = re.compile(r"[^\W\d_]+")


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
        iso = _normalise(int(day), EN_MONTHS[month.lower()], int(year))
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
        words = _LINE_WORD.findall(text)
        if len(text) > BYLINE_MAX_CHARS or len(words) > DATE_LINE_MAX_WORDS:
            continue
        full = _full_dates(text)
        if not full:
            continue
        rest = len(words) - sum(len(_LINE_WORD.findall(d.text)) for d in full)
        if rest <= BARE_DATE_LINE_WORDS or DATE_LINE_CUE.search(text):
            out.append((b.start, b.end))
    return out


def is_byline(text: str) -> bool:
    """A short line that starts like a byline and is not a sentence."""
    return len(text) <= BYLINE_MAX_CHARS and bool(BYLINE_LINE.match(text)) and not _SENTENCE_END.search(text)


def uses_reference_date(dates: list[DateFact], published: str) -> bool:
    """Whether a date's year came from the run's reference date (the weekday rule)."""
    return not published and any(
        d.role != "published" and len(d.date) == 10 and not _YEAR_IN_TEXT.search(d.text) for d in dates
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
    words = re.findall(r"[^\W\d_]+", " ".join(rest).lower())
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


# ---------------------------------------------------------------- resolvers, one per form


def _numeric(m: re.Match, pub, ref) -> list[DateFact]:
    if m["iyear"]:
        day, month, year = int(m["iday"]), int(m["imonth"]), int(m["iyear"])
    else:
        day, month, year = int(m["day"]), int(m["month"]), int(m["year"])
    iso = _normalise(day, month, year)
    return [_fact(m, iso)] if iso else []


def _day_month(m: re.Match, pub, ref) -> list[DateFact]:
    month = _month_number(m["month"])
    day = _day_number(m["day"])
    day1 = _day_number(m["day1"]) if m["day1"] else None
    weekday = WEEKDAYS[m["weekday"].lower()] if m["weekday"] else None
    weekday2 = WEEKDAYS[m["weekday2"].lower()] if m["weekday2"] else None
    if m["year"]:
        year = int(m["year"])
    elif day1 is not None and weekday is not None and weekday2 is None:  # "mardi 3 et 4 juin"
        year = _year_for_day(day1, month, weekday, _rel(m), pub, ref)
    else:
        year = _year_for_day(day, month, weekday if day1 is None else weekday2, _rel(m), pub, ref)
    iso = _normalise(day, month, year) if year else _yearless(day, month)
    if not iso:
        return []
    if day1 is None:
        return [_fact(m, iso)]
    # "du 12 au 15 mars 2025": the range's start, with the whole range as its text, then its end
    end = _fact(m, iso, start=m.start("weekday2") if m["weekday2"] else m.start("day"))
    iso1 = _normalise(day1, month, year) if year else _yearless(day1, month)
    return [_fact(m, iso1), end] if iso1 and day1 < day else [end]


def _month_year(m: re.Match, pub, ref) -> list[DateFact]:
    capitalised = m["month"][0].isupper() and not (m["mod"] or m["target"])
    if capitalised and _mid_sentence(m.string, m.start("month")):
        return []  # French months are lower case: "la mission Mars 2020" is a name
    month, year = _month_number(m["month"]), int(m["year"])
    return [_fact(m, f"{year:04d}-{month:02d}")]


def _month(m: re.Match, pub, ref) -> list[DateFact]:
    if not (m["target"] or m["cue"] or m["mod"] or m["rel"]) or pub is None:
        return []  # a bare month name may be a name ("Mars"); with no base its year is unknown
    month = _month_number(m["month"])
    firsts = [date(y, month, 1) for y in (pub.year - 1, pub.year, pub.year + 1)]
    year = _pick(firsts, pub.replace(day=1), _rel(m)).year
    return [_fact(m, f"{year:04d}-{month:02d}")]


def _year_range(m: re.Match, pub, ref) -> list[DateFact]:
    y1, y2 = int(m["year1"]), m["year2"]
    y2 = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
    if y2 <= y1:
        return []
    return [_fact(m, f"{y1:04d}", end=m.end("year1")), _fact(m, f"{y2:04d}", start=m.start("year2"))]


def _year(m: re.Match, pub, ref) -> list[DateFact]:
    return [_fact(m, m["year"])]


def _relative(m: re.Match, pub, ref) -> list[DateFact]:
    if pub is None or HABITUAL.search(m.string[max(0, m.start() - 12) : m.start()]):
        return []
    if m["dayword"]:
        d = pub - timedelta(days=2 if m["dayword"].lower().startswith("avant") else 1)
    elif m["yearword"]:
        return [_fact(m, f"{pub.year + _step(m['yearword']):04d}")]
    elif m["monthword"]:  # "le mois dernier": the month before publication's, at month precision
        year, month = divmod(pub.year * 12 + pub.month - 1 + _step(m["monthword"]), 12)
        return [_fact(m, f"{year:04d}-{month + 1:02d}")]
    else:
        weekday, rel = WEEKDAYS[m["weekday"].lower()], _rel(m)
        if rel in PAST_WORDS:
            shift = -((pub.weekday() - weekday) % 7 or 7)
        elif rel in FUTURE_WORDS:
            shift = (weekday - pub.weekday()) % 7 or 7
        elif m["this"]:  # "ce vendredi": the one in the week around publication
            shift = (weekday - pub.weekday() + 3) % 7 - 3
        else:  # "réunie vendredi": news report the past, so the last one up to publication
            shift = -((pub.weekday() - weekday) % 7)
        d = pub + timedelta(days=shift)
    iso = _normalise(d.day, d.month, d.year)
    return [_fact(m, iso)] if iso else []


def _step(words: str) -> int:
    """-1, 0 or 1: "l'an dernier", "l'année écoulée", "cette année", "le mois prochain"."""
    words = words.lower()
    return -1 if any(w in words for w in ("derni", "pass", "écoul")) else 1 if "prochain" in words else 0


RESOLVERS = {
    "numeric": _numeric,
    "day_month": _day_month,
    "month_year": _month_year,
    "year_range": _year_range,
    "year": _year,
    "month": _month,
    "relative": _relative,
}


# ---------------------------------------------------------------- helpers


def _fact(m: re.Match, iso: str, start: int | None = None, end: int | None = None) -> DateFact:
    s = m.start() if start is None else start
    e = m.end() if end is None else end
    text = m.string
    while e > s and text[e - 1].isspace():  # a cue's trailing space is not part of the date
        e -= 1
    role = "target" if m.re.groupindex.get("target") and m["target"] else "event"
    return DateFact(role, iso, text[s:e], s, e)


def _mid_sentence(text: str, pos: int) -> bool:
    """Whether a word at ``pos`` follows another word of its sentence (not a line or sentence start)."""
    before = text[:pos].rstrip(" \t\u00a0")
    if not before or before[-1] in SENTENCE_STARTERS:
        return False
    words = re.findall(r"\w+", before[-20:])
    return not words or words[-1].lower() not in MONTH_CUE_WORDS


def _rel(m: re.Match) -> str:
    return (m["rel"] or "").lower() if "rel" in m.re.groupindex else ""


def _month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBREVIATIONS[w]


def _day_number(word: str) -> int:
    return 1 if word.lower() in FIRST_DAY_WORDS else int(word)


def _iso_date(published: str) -> date | None:
    """The date part of an ISO date or datetime ("2025-07-23T10:00:00+01:00" -> 2025-07-23)."""
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for_day(day: int, month: int, weekday: int | None, rel: str, pub, ref) -> int | None:
    """The year of a yearless day (rules 1 and 2 of the module docstring), or None."""
    if pub is not None:
        cands = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _valid(y, month, day))]
        if weekday is not None:
            cands = [d for d in cands if d.weekday() == weekday] or cands
        return _pick(cands, pub, rel).year if cands else None
    if weekday is not None and ref is not None:
        for y in range(ref.year, ref.year - WEEKDAY_SEARCH_YEARS - 1, -1):
            d = _valid(y, month, day)
            if d is not None and d <= ref and d.weekday() == weekday:
                return y
    return None


def _pick(cands: list[date], base: date, rel: str) -> date:
    """The candidate the publication date points to (see FUTURE_WINDOW_DAYS)."""
    past = [d for d in cands if d <= base]
    future = [d for d in cands if d > base]
    if rel in PAST_WORDS:
        past = [d for d in past if d < base] or past
        return max(past) if past else min(future)
    if rel in FUTURE_WORDS:
        return min(future) if future else max(past)
    p, f = (max(past) if past else None), (min(future) if future else None)
    if f is not None and (f - base).days <= FUTURE_WINDOW_DAYS and (p is None or f - base < base - p):
        return f
    return p if p is not None else f


# Years where dateparser reads "<day> <month name> <year>" exactly as the calendar has it (checked on
# 2026-12-02 for every day 0-32 of every month of each of these years: 158,400 expressions, no
# difference; tests/test_dates.py checks a sample against dateparser). There the calendar answers,
# without dateparser's 0.7 ms per new date and 0.2 s of loading on first use. Outside them
# dateparser decides, as before: it reads "99" as 1999 and refuses a day of a year under 1000.
CALENDAR_YEARS = range(1800, 2200)


@lru_cache(maxsize=4096)
def _normalise(day: int, month: int, year: int) -> str | None:
    """dateparser's reading of "<day> <month name> <year>" as YYYY-MM-DD, or None if no such day."""
    if year in CALENDAR_YEARS:
        d = _valid(year, month, day)
        return d.isoformat() if d else None
    return _dateparser_reading(day, month, year)


def _dateparser_reading(day: int, month: int, year: int) -> str | None:
    """What dateparser itself makes of "<day> <month name> <year>" (YYYY-MM-DD), or None."""
    import dateparser  # imported on first use: the module stays light at import time

    expr = f"{day} {MONTH_NAMES[month]} {year}"
    d = dateparser.parse(expr, languages=["fr"], settings=PARSER_SETTINGS)
    return d.date().isoformat() if d else None


def _yearless(day: int, month: int) -> str | None:
    """--MM-DD for a day that exists in some year (29 February included)."""
    return f"--{month:02d}-{day:02d}" if _valid(2000, month, day) else None
