"""Stage 6: dates found by French patterns, normalised with dateparser."""

from __future__ import annotations

from datetime import date, datetime

import dateparser

from .model import DateFact
from .patterns.dates import DATE

PARSER_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}


def _parse(expr: str, base: datetime) -> datetime | None:
    return dateparser.parse(expr, languages=["fr"], settings={**PARSER_SETTINGS, "RELATIVE_BASE": base})


def extract_dates(text: str, published: str = "", reference: date | None = None) -> list[DateFact]:
    ref = reference or date.today()
    base = datetime.fromisoformat(published) if len(published) == 10 else datetime(ref.year, ref.month, ref.day)
    out = []
    for m in DATE.finditer(text):
        s, e = m.span()
        if m["ayear"]:
            if not m["target"]:
                continue
            out.append(DateFact("target", m["ayear"], text[s:e], s, e))
            continue
        if m["nyear"]:
            expr = f"{m['nday']}/{m['nmonth']}/{m['nyear']}"
        elif m["myear"]:
            out.append(DateFact("event", f"{m['myear']}-{_month_num(m['mmonth'], base):02d}", text[s:e], s, e))
            continue
        else:
            expr = f"{m['day'].replace('er', '')} {m['month']} {m['year'] or base.year}"
        d = _parse(expr, base)
        if d is None:
            continue
        role = "target" if m["target"] else "event"
        out.append(DateFact(role, d.date().isoformat(), text[s:e], s, e))
    return out


def find_published(art) -> DateFact | None:
    """The publication date stated in a byline block ("Publié dans X le 23 - 07 - 2025")."""
    for s, e in art.spans("byline"):
        for d in extract_dates(art.text[s:e], "", None):
            if len(d.date) == 10:
                return DateFact("published", d.date, d.text, d.start + s, d.end + s)
    return None


def _month_num(month: str, base: datetime) -> int:
    d = _parse(f"1 {month} 2000", base)
    return d.month if d else 1
