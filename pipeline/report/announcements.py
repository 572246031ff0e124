"""announcements.csv as the index shows it: one row per announcement, its values written out and
linked to the figures and dates they come from.

The table is read by column name (``pipeline/announcements.py`` writes it): a value column
(``jobs``, ``area``, ``money``) holds one or more ``"[qualifier] value unit"`` separated by ``" | "``,
and its ``<kind>_figures`` column the figure rows behind each (``article_id:start-end``,
space-separated); a date column (``event_date``, ``target_date``) likewise with ``<column>_sources``.
A column this module does not know is shown as text, so a new one appears without a change here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .data import Article, RunOutputs
from .fmt import QUALIFIERS, amount, number

KINDS = ("jobs", "area", "money")
ID_COLUMNS = ("article_ids", "article_id", "articles")
DATE_COLUMNS = ("event_date", "target_date", "date")
# Shown through another column (the links of a value or a date) or repeated there; still in the CSV
HIDDEN_SUFFIXES = ("_figures", "_sources")
HIDDEN = {"files", "places", "year_from"}
_VALUES = re.compile(r"\s*\|\s*")  # between the values of one cell: "20000 jobs | 25000 jobs"
_SOURCE = re.compile(r"^(?P<id>[^:\s]+):(?P<start>\d+)-(?P<end>\d+)$")
_IDS = re.compile(r"[|;,\s]+")
HEADERS = {"article_ids": "Articles", "article_id": "Article", "n_articles": "N° of articles"}
MONTH = re.compile(r"^\d{4}-\d{2}")


@dataclass
class Cell:
    """One cell: items (label, article page or "", anchor in it or ""), and a sort key."""

    items: list[tuple[str, str, str]] = field(default_factory=list)
    sort: str | None = None
    css: str = "wrap"


@dataclass
class Row:
    cells: list[Cell]
    kinds: list[str]  # the value columns it fills, for the kind filter
    articles: list[Article]  # its articles that have a row in articles.csv, in its order
    row: dict


def parse_values(cell: str) -> list[tuple[str, str, str]]:
    """'more_than 20000 jobs | 500000000 MAD' -> [('more_than', '20000', 'jobs'), ('', '500000000', 'MAD')];
    a value that is not a number is dropped."""
    out = []
    for part in _VALUES.split(cell or ""):
        tokens = part.split()
        qualifier = tokens.pop(0) if tokens and tokens[0] in QUALIFIERS else ""
        if tokens and _number(tokens[0]) is not None:
            out.append((qualifier, tokens[0], " ".join(tokens[1:])))
    return out


def _number(text: str) -> float | None:
    try:
        v = float(text)
    except (TypeError, ValueError):
        return None
    return v if v == v and abs(v) != float("inf") else None


def _sources(cell: str) -> list[list[tuple[str, str, str]]]:
    """'a:1-5 b:7-9 | c:3-4' -> [[('a','1','5'), ('b','7','9')], [('c','3','4')]]."""
    groups = []
    for part in _VALUES.split(cell or ""):
        groups.append([m.group("id", "start", "end") for s in part.split() if (m := _SOURCE.match(s))])
    return groups


def _first(columns: list[str], names: tuple[str, ...]) -> str | None:
    return next((n for n in names if n in columns), None)


def header(column: str) -> str:
    return HEADERS.get(column) or column.replace("_", " ").capitalize()


def shown_columns(columns: list[str]) -> list[str]:
    return [c for c in columns if c not in HIDDEN and not c.endswith(HIDDEN_SUFFIXES)]


def _link(by_id: dict[str, Article], layer: str, sources: list[tuple[str, str, str]]) -> tuple[str, str]:
    """The page and anchor of the first source that has an article."""
    for art_id, start, end in sources:
        if (a := by_id.get(art_id)) is not None:
            return a.page, f"{layer}-{start}-{end}"
    return "", ""


def _cell(column: str, r: dict, columns: list[str], by_id: dict[str, Article]) -> Cell:
    value = r.get(column) or ""
    if column in ID_COLUMNS:
        ids = [i for i in _IDS.split(value) if i]
        return Cell([(by_id[i].file, by_id[i].page, "") if i in by_id else (i, "", "") for i in ids])
    if column in KINDS:
        parsed = parse_values(value)
        sources = _sources(r.get(f"{column}_figures", ""))
        items = []
        for i, (q, v, unit) in enumerate(parsed):
            page, anchor = _link(by_id, "fig", sources[i] if i < len(sources) else [])
            items.append((amount(v, unit, q), page, anchor))
        if not parsed and value:
            items = [(value, "", "")]
        top = max((_number(v) for _, v, _ in parsed), default=None)
        return Cell(items, sort=None if top is None else f"{top:g}", css="num")
    if column in DATE_COLUMNS:
        dates = [d for d in _VALUES.split(value) if d]
        sources = _sources(r.get(f"{column}_sources", ""))
        items = [
            (d, *_link(by_id, "date", sources[i] if i < len(sources) else [])) for i, d in enumerate(dates)
        ]
        return Cell(items, css="date")
    if value and _number(value) is not None:
        return Cell([(number(value), "", "")], sort=value, css="num")
    return Cell([(value, "", "")] if value else [])


def table(outputs: RunOutputs) -> tuple[list[str], list[Row]]:
    """The columns shown and the rows of announcements.csv."""
    columns = outputs.announcement_columns
    shown = shown_columns(columns)
    ids_col = _first(columns, ID_COLUMNS)
    by_id = outputs.by_id()
    rows = []
    for r in outputs.announcements:
        kinds = [k for k in KINDS if k in columns and parse_values(r.get(k, ""))]
        ids = [i for i in _IDS.split(r.get(ids_col, "") if ids_col else "") if i]
        arts = [by_id[i] for i in ids if i in by_id]
        rows.append(Row([_cell(c, r, columns, by_id) for c in shown], kinds, arts, r))
    return shown, rows


def chart_points(
    outputs: RunOutputs, kinds: tuple[str, ...]
) -> list[tuple[str, str, float, str, Article | None]]:
    """(kind, event month or "", value, unit, first article) per announcement, kind and unit: the
    largest value when the articles disagree (they are listed in one cell)."""
    columns = outputs.announcement_columns
    date_col = _first(columns, DATE_COLUMNS[:1] + DATE_COLUMNS[2:])  # an event date, never a target
    points = []
    for row in table(outputs)[1]:
        dates = [d for d in _VALUES.split(row.row.get(date_col, "") if date_col else "") if MONTH.match(d)]
        month = dates[0][:7] if dates else ""
        first = row.articles[0] if row.articles else None
        for kind in kinds:
            largest: dict[str, float] = {}
            for _, v, unit in parse_values(row.row.get(kind, "")):
                largest[unit] = max(largest.get(unit, 0.0), float(v))
            points.extend((kind, month, v, unit, first) for unit, v in sorted(largest.items()))
    return points
