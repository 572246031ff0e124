"""Stage 5: figures (jobs, areas, money, counts, percentages) found by regular expressions."""

from __future__ import annotations

import re

from text_to_num import text2num

from .model import Figure
from .patterns.figures import FIGURE
from .patterns.units import AREA_UNITS, CURRENCIES, SCALES

QUALIFIERS = {
    "plus": "more_than", "près": "about", "environ": "about", "quelque": "about", "autour": "about",
    "au": "at_least", "moins": "less_than", "jusqu": "up_to", "pas": "at_least", "à": "about",
}

_SENT = re.compile(r"[^.!?…]*(?:[.!?…]+|$)")


def parse_number(raw: str) -> float:
    raw = raw.strip()
    if raw[0].isdigit():
        return float(re.sub(r"[ \u00a0\u202f.]", "", raw).replace(",", "."))
    return float(text2num(raw.lower().replace(" ", "-") if " " in raw else raw.lower(), "fr"))


def sentence_of(text: str, start: int, end: int) -> str:
    s = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    e = min((i for i in (text.find(". ", end), text.find("\n", end)) if i != -1), default=len(text))
    return text[s + 1 : e + 1].strip()


def extract_figures(text: str) -> list[Figure]:
    out = []
    for m in FIGURE.finditer(text):
        try:
            value = parse_number(m["number"])
        except (ValueError, IndexError):
            continue
        if m["scale"]:
            value *= SCALES.get(m["scale"], SCALES.get(m["scale"].lower(), 1))
        unit_text = m["unit"]
        if m["money"]:
            code, mult = next(v for k, v in CURRENCIES.items() if k.lower() == unit_text.lower())
            kind, unit, value = "money", code, value * mult
        elif m["area"]:
            kind, unit = "area", next(v for k, v in AREA_UNITS.items() if k.lower() == unit_text.lower())
        else:
            kind, unit = "jobs", "jobs"
        q = (m["qualifier"] or "").strip()
        qualifier = QUALIFIERS.get(q.split()[0].split("’")[0].split("'")[0].lower(), "") if q else ""
        start, end = m.span()
        out.append(Figure(kind, value, unit, qualifier, text[start:end], start, end, sentence_of(text, start, end)))
    return out
