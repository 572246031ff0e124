"""What the index page shows, computed from the loaded outputs: the counts, the figures or
announcements table, the main actors and the monthly series of the chart."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from . import announcements
from .data import Article, RunOutputs
from .fmt import amount

KINDS = ("jobs", "area", "money")  # the figures an announcement is made of
CHART_KINDS = ("jobs", "money")
MAIN_ACTORS = 40  # rows of the actors table: the most cited; entities_index.csv has them all
_MONTH = re.compile(r"^\d{4}-\d{2}")


def counts(outputs: RunOutputs) -> dict[str, list[tuple[str, int]]]:
    """Articles by status, by reason (skipped and failed ones) and by language, largest first."""

    def ranked(c: Counter) -> list[tuple[str, int]]:
        return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))

    arts = outputs.articles
    return {
        "status": ranked(Counter(a.status for a in arts)),
        "reason": ranked(Counter(a.reason for a in arts if a.status != "ok")),
        "language": ranked(Counter(a.row.get("language") or "(none)" for a in arts if a.status == "ok")),
    }


def figure_rows(outputs: RunOutputs) -> list[dict]:
    """The jobs, area and money figures, each with its article's page and its place in the text."""
    rows = []
    for a in outputs.articles:
        for f in a.figures:
            if f.get("kind") not in KINDS:
                continue
            rows.append(
                {
                    "article": a,
                    "fact": f,
                    "kind": f.get("kind", ""),
                    "shown": amount(f.get("value", ""), f.get("unit", ""), f.get("qualifier", "")),
                    "anchor": f"fig-{f.get('start')}-{f.get('end')}",
                }
            )
    return rows


def optional_figure_columns(outputs: RunOutputs) -> list[str]:
    """The figure's linking columns this run has (subject, place, date), shown when present."""
    return [c for c in ("subject", "place", "date", "date_role") if c in outputs.figure_columns]


def main_actors(outputs: RunOutputs) -> list[dict]:
    def n(row: dict, key: str) -> int:
        try:
            return int(row.get(key) or 0)
        except ValueError:
            return 0

    ranked = sorted(
        outputs.entities_index,
        key=lambda r: (-n(r, "n_articles"), -n(r, "n_mentions"), r.get("canonical", "")),
    )
    return ranked[:MAIN_ACTORS]


def _article_month(a: Article | None) -> str:
    """The article's publication month, else the month of its first event date that has one."""
    if a is None:
        return ""
    if _MONTH.match(a.row.get("published", "")):
        return a.row["published"][:7]
    return next(
        (d["date"][:7] for d in a.dates if d.get("role") == "event" and _MONTH.match(d.get("date", ""))), ""
    )


def _float(x) -> float | None:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return v if v == v and abs(v) != float("inf") else None


class Series:
    """Jobs and money per month, with what was left out of the chart and why."""

    def __init__(self) -> None:
        self.values: dict[str, dict[str, float]] = {"jobs": defaultdict(float), "money": defaultdict(float)}
        self.currencies: Counter = Counter()
        self.money: list[tuple[str, str, float]] = []  # (month, currency, value)
        self.jobs_points: Counter = Counter()  # month -> jobs figures (or announcements) in it
        self.undated = 0
        self.source = ""

    def add(self, kind: str, month: str, value: float, unit: str) -> None:
        if not month:
            self.undated += 1
        elif kind == "jobs":
            self.values["jobs"][month] += value
            self.jobs_points[month] += 1
        else:
            self.money.append((month, unit, value))
            self.currencies[unit] += 1

    @property
    def currency(self) -> str:
        """The currency of most money figures: the only one charted (amounts are never converted)."""
        ranked = sorted(self.currencies.items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked[0][0] if ranked else ""

    def points(self) -> Counter:
        """Month -> how many charted figures fell in it (jobs, and money in the charted currency)."""
        c = Counter(self.jobs_points)
        c.update(month for month, unit, _ in self.money if unit == self.currency)
        return c

    @property
    def other_currencies(self) -> list[tuple[str, int]]:
        return sorted((c or "unknown", n) for c, n in self.currencies.items() if c != self.currency)

    def monthly(self, kind: str) -> dict[str, float]:
        if kind == "jobs":
            return dict(self.values["jobs"])
        out: dict[str, float] = defaultdict(float)
        for month, unit, value in self.money:
            if unit == self.currency:
                out[month] += value
        return dict(out)


def series(outputs: RunOutputs) -> Series:
    """Jobs and money per month: the announcements' values at their event date (else their first
    article's publication month), or, without announcements, each article's largest figure of the
    kind at the figure's own event date, else its article's month (publication, else first event
    date). The largest figure only: an article that states '300 direct jobs, 1,000 in all' announces
    1,000, and a range gives two bounds."""
    s = Series()
    if outputs.announcements and any(k in outputs.announcement_columns for k in CHART_KINDS):
        s.source = "announcements"
        for kind, month, value, unit, first in announcements.chart_points(outputs, CHART_KINDS):
            s.add(kind, month or _article_month(first), value, unit)
        return s
    s.source = "figures"
    for a in outputs.articles:
        largest: dict[tuple[str, str], float] = {}
        months: dict[tuple[str, str], str] = {}
        for f in a.figures:
            kind, v = f.get("kind"), _float(f.get("value"))
            if kind not in CHART_KINDS or v is None:
                continue
            key = (kind, f.get("unit", ""))
            if v > largest.get(key, -1):
                largest[key] = v
                own = f.get("date", "")
                months[key] = own[:7] if _MONTH.match(own) and f.get("date_role") != "target" else ""
        for (kind, unit), v in sorted(largest.items()):
            s.add(kind, months[(kind, unit)] or _article_month(a), v, unit)
    return s
