"""What the report reads from an output folder, read defensively.

The tables are read by column name, never by position, and a missing table or column is an empty
one: the report of an older run (before ``announcements.csv`` or a figure's ``subject``) still
builds, and one of a newer run shows the new columns without a change here.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

log = logging.getLogger(__name__)

# A page name keeps these characters of the file's path; anything else becomes "_"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_PAGE_NAME = 120  # characters before ".html": far below any file system's limit


def read_table(path: Path) -> tuple[list[str], list[dict]]:
    """A CSV table's columns and rows; ([], []) when the file is missing or unreadable."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = list(reader)
            return list(reader.fieldnames or []), rows
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        if path.exists():
            log.warning("%s unreadable (%s): left out of the report", path, exc)
        return [], []


def page_name(file: str, taken: set[str]) -> str:
    """articles/<name>.html for an article file: its path with unsafe characters replaced, unique."""
    base = _UNSAFE.sub("_", file.replace("/", "__")).strip("._")[:MAX_PAGE_NAME] or "article"
    name, n = base, 1
    while name.lower() in taken:  # case-insensitive file systems too
        n += 1
        name = f"{base}-{n}"
    taken.add(name.lower())
    return f"{name}.html"


@dataclass
class Article:
    """One row of articles.csv with its JSON document and its facts' rows."""

    row: dict
    page: str
    document: dict | None = None
    figures: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)

    @property
    def file(self) -> str:
        return self.row.get("file", "")

    @property
    def status(self) -> str:
        return self.row.get("status", "")

    @property
    def reason(self) -> str:
        return self.row.get("reason", "")


@dataclass
class RunOutputs:
    """Everything the report shows, loaded from one output folder."""

    out: Path
    articles: list[Article]
    figure_columns: list[str]
    entities_index: list[dict]
    announcement_columns: list[str]
    announcements: list[dict]
    run: dict  # datapackage.json's "pipeline" property: version, reference date, settings key
    written: str  # when articles.csv was written (UTC), or ""

    def by_file(self) -> dict[str, Article]:
        return {a.file: a for a in self.articles}

    def by_id(self) -> dict[str, Article]:
        """The first article of each id (identical copies share one)."""
        ids: dict[str, Article] = {}
        for a in self.articles:
            ids.setdefault(a.row.get("article_id", ""), a)
        return ids


def _documents(json_dir: Path) -> dict[str, dict]:
    """file -> the article's JSON document, for every readable json/*.json."""
    docs = {}
    for path in sorted(json_dir.glob("*.json")):
        try:
            d = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("%s unreadable (%s): its article's page shows no text", path, exc)
            continue
        if isinstance(d, dict) and isinstance(d.get("file"), str):
            docs[d["file"]] = d
    return docs


def _written(path: Path) -> str:
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return ""
    return datetime.fromtimestamp(stamp, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def load(out: Path) -> RunOutputs:
    _, rows = read_table(out / "articles.csv")
    docs = _documents(out / "json")
    taken: set[str] = set()
    articles = [
        Article(row=r, page=page_name(r.get("file", ""), taken), document=docs.get(r.get("file")))
        for r in rows
    ]
    files = {a.file: a for a in articles}
    figure_columns, figures = read_table(out / "figures.csv")
    for attr, table in (("figures", figures), ("entities", None), ("dates", None)):
        if table is None:
            _, table = read_table(out / f"{attr}.csv")
        for r in table:
            if (a := files.get(r.get("file", ""))) is not None:
                getattr(a, attr).append(r)
    _, index = read_table(out / "entities_index.csv")
    announcement_columns, announcements = read_table(out / "announcements.csv")
    try:
        package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
        run = package.get("pipeline", {}) if isinstance(package, dict) else {}
    except (OSError, ValueError):
        run = {}
    return RunOutputs(
        out=out,
        articles=articles,
        figure_columns=figure_columns,
        entities_index=index,
        announcement_columns=announcement_columns,
        announcements=announcements,
        run=run if isinstance(run, dict) else {},
        written=_written(out / "articles.csv"),
    )
