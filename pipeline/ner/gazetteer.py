"""The gazetteer data file (``pipeline/data/gazetteer.csv``): known names, their label and long form."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer.csv"
PERSON_TOO = "person_too"  # flag: the name is also a person's ("Moulay Rachid")
BRAND = "brand"  # flag: the name heads its products' names ("Google Docs"): a longer span keeps its label
APOSTROPHES = ("'", "’")


@dataclass(frozen=True)
class Entry:
    label: str
    canonical: str
    aliases: tuple[str, ...]
    flags: frozenset[str]

    @property
    def forms(self) -> list[str]:
        """Every surface form, each with straight and curly apostrophes."""
        out = []
        for form in (self.canonical, *self.aliases):
            for a, b in (APOSTROPHES, APOSTROPHES[::-1]):
                variant = form.replace(a, b)
                if variant not in out:
                    out.append(variant)
        return out


@lru_cache(maxsize=4)
def load_gazetteer(path: str = "") -> tuple[Entry, ...]:
    """The entries of the gazetteer file (comment lines start with '#')."""
    p = Path(path) if path else DEFAULT_PATH
    lines = [ln for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    entries = []
    for row in csv.DictReader(lines):
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        flags = frozenset(f.strip() for f in (row.get("flags") or "").split("|") if f.strip())
        entries.append(Entry(row["label"].strip(), row["canonical"].strip(), aliases, flags))
    return tuple(entries)


@lru_cache(maxsize=4)
def by_canonical(path: str = "") -> dict[str, Entry]:
    return {e.canonical: e for e in load_gazetteer(path)}


def patterns(path: str = "") -> list[dict]:
    """SpanRuler phrase patterns: label, surface form, and the canonical name as the span id."""
    return [
        {"label": e.label, "pattern": form, "id": e.canonical}
        for e in load_gazetteer(path)
        for form in e.forms
    ]
