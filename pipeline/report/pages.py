"""Render the report's pages with the Jinja2 templates of ``assets/`` and write them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path

import jinja2

from .. import __version__
from ..output import atomic_write, write_if_changed
from . import announcements, chart, markup, overview
from .data import Article, RunOutputs, load
from .fmt import QUALIFIERS, amount, number, reason_text

REPORT_DIR = "report"
ARTICLES_DIR = "articles"
# Nothing but the page itself: inline styles, inline scripts, inline SVG; no network, no file
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("pipeline.report", "assets"),
        autoescape=True,  # every value is escaped unless it is Markup built by markup.py or chart.py
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        number=number,
        amount=amount,
        reason_text=reason_text,
        header=announcements.header,
        values_of=_values_of,
    )
    env.globals.update(
        qualifiers=QUALIFIERS, csp=CSP, version=__version__, css=_asset("report.css"), js=_asset("report.js")
    )
    return env


def _values_of(row: dict, columns: list[str]) -> list[str]:
    """The non-empty values of these columns of a row, in order (a figure's subject, place, date)."""
    return [row[c] for c in columns if row.get(c)]


def _asset(name: str) -> str:
    return resources.files("pipeline.report").joinpath("assets", name).read_text(encoding="utf-8")


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)


def index_page(outputs: RunOutputs) -> str:
    s = overview.series(outputs)
    jobs, money = s.monthly("jobs"), s.monthly("money")
    points = s.points()
    span = chart.periods(points)  # one time axis for both charts
    outside = sum(n for month, n in points.items() if month not in span)
    charts = [chart.bar_chart("Jobs announced per month", jobs, "jobs", "jobs", span)]
    if s.currency:
        title = f"Money announced per month ({s.currency})"
        charts.append(chart.bar_chart(title, money, s.currency, "money", span))
    n_facts = {k: sum(len(getattr(a, k)) for a in outputs.articles) for k in ("figures", "entities", "dates")}
    return render(
        "index.html.j2",
        outputs=outputs,
        counts=overview.counts(outputs),
        n_facts=n_facts,
        figures=overview.figure_rows(outputs),
        figure_extra=overview.optional_figure_columns(outputs),
        announcements=announcements.table(outputs) if outputs.announcement_columns else None,
        actors=overview.main_actors(outputs),
        charts=[c for c in charts if c],
        series=s,
        span=span,
        outside=outside,
        articles_dir=ARTICLES_DIR,
    )


def article_page(a: Article, extra_columns: list[str]) -> str:
    doc = a.document or {}
    return render(
        "article.html.j2",
        a=a,
        doc=doc,
        blocks=markup.blocks(doc) if doc.get("text") else [],
        figures=_facts(doc.get("figures"), a.figures),
        entities=_facts(doc.get("entities"), a.entities),
        dates=_facts(doc.get("dates"), a.dates),
        figure_extra=extra_columns,
        offsets_note=doc.get("offsets_refer_to") == "extracted_text",
    )


def _facts(from_json, from_csv: list[dict]) -> list[dict]:
    """An article's facts in text order: the CSV rows (the contract), else the JSON's."""
    facts = from_csv or [f for f in from_json or [] if isinstance(f, dict)]

    def key(f: dict) -> tuple:
        try:
            return int(f.get("start", 0)), int(f.get("end", 0))
        except (TypeError, ValueError):
            return 0, 0

    return sorted(facts, key=key)


def build(out: Path, progress: Callable[[list[Article]], Iterable[Article]] | None = None) -> Path:
    """Write ``out/report/`` from the outputs in ``out``; returns the index page's path.

    ``progress`` wraps the list of articles as their pages are written (the command line's bar)."""
    outputs = load(out)
    folder = out / REPORT_DIR
    pages = folder / ARTICLES_DIR
    pages.mkdir(parents=True, exist_ok=True)
    extra = overview.optional_figure_columns(outputs)
    written = set()
    for a in progress(outputs.articles) if progress else outputs.articles:
        write_if_changed(pages / a.page, article_page(a, extra))
        written.add(a.page)
    for stale in sorted(pages.glob("*.html")):  # pages of articles no longer in the outputs
        if stale.name not in written:
            stale.unlink()
    index = folder / "index.html"
    atomic_write(index, index_page(outputs))
    return index
