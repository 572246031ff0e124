"""Stage 6, second half: each candidate date resolved to an ISO date, as precise as its text.

:mod:`pipeline.dates` finds the candidates (:data:`pipeline.patterns.dates.FORMS`); here each
form's resolver (:data:`RESOLVERS`) turns a match into dates. Each keeps the precision its text
gives: ``YYYY-MM-DD``, ``YYYY-MM`` ("fin avril 2025") or ``YYYY`` ("d'ici 2030"). Full dates are
read as dateparser reads "<day> <month name> <year>" (French, day first, a fixed
``RELATIVE_BASE``), so they are validated ("31 avril" is none) and an abbreviation is never read
by dateparser itself ("sept." is September here); for the years of :data:`CALENDAR_YEARS`, where
the two agree on every day, the calendar gives that reading (:func:`normalise`).

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
from datetime import date, datetime, timedelta
from functools import lru_cache

from .model import DateFact
from .patterns.dates import (
    FIRST_DAY_WORDS,
    FUTURE_STEM,
    FUTURE_WORDS,
    HABITUAL,
    MONTH_ABBREVIATIONS,
    MONTH_CUE_WORDS,
    MONTH_NAMES,
    MONTHS,
    PAST_STEMS,
    PAST_WORDS,
    SENTENCE_STARTERS,
    WEEKDAYS,
    WORD,
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
# The words of a habit before a weekday ("chaque lundi", "tous les lundis": HABITUAL) are looked
# for in this many characters before it; the word before a month name (a cue, :func:`_mid_sentence`)
# in this many before the month.
HABITUAL_LOOKBACK_CHARS = 12
CUE_LOOKBACK_CHARS = 20


# ---------------------------------------------------------------- resolvers, one per form


def _numeric(m: re.Match, pub, ref) -> list[DateFact]:
    if m["iyear"]:
        day, month, year = int(m["iday"]), int(m["imonth"]), int(m["iyear"])
    else:
        day, month, year = int(m["day"]), int(m["month"]), int(m["year"])
    iso = normalise(day, month, year)
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
    iso = normalise(day, month, year) if year else _yearless(day, month)
    if not iso:
        return []
    if day1 is None:
        return [_fact(m, iso)]
    # "du 12 au 15 mars 2025": the range's start, with the whole range as its text, then its end
    end = _fact(m, iso, start=m.start("weekday2") if m["weekday2"] else m.start("day"))
    iso1 = normalise(day1, month, year) if year else _yearless(day1, month)
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
    if pub is None or HABITUAL.search(m.string[max(0, m.start() - HABITUAL_LOOKBACK_CHARS) : m.start()]):
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
    iso = normalise(d.day, d.month, d.year)
    return [_fact(m, iso)] if iso else []


def _step(words: str) -> int:
    """-1, 0 or 1: "l'an dernier", "l'année écoulée", "cette année", "le mois prochain"."""
    words = words.lower()
    return -1 if any(w in words for w in PAST_STEMS) else 1 if FUTURE_STEM in words else 0


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
    words = WORD.findall(before[-CUE_LOOKBACK_CHARS:])
    return not words or words[-1].lower() not in MONTH_CUE_WORDS


def _rel(m: re.Match) -> str:
    return (m["rel"] or "").lower() if "rel" in m.re.groupindex else ""


def _month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBREVIATIONS[w]


def _day_number(word: str) -> int:
    return 1 if word.lower() in FIRST_DAY_WORDS else int(word)



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
def normalise(day: int, month: int, year: int) -> str | None:
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
