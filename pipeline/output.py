"""Stage 7: write the CSV tables and one JSON file per article, atomically and deterministically.

Each file is written to a temporary file in the output folder and renamed over
the old one, so an interrupted run leaves the previous outputs whole.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

from .model import Article

ARTICLE_COLUMNS = [
    "article_id", "file", "status", "reason", "language", "title", "published", "n_chars",
    "language_confidence", "source_kind",
]
FIGURE_COLUMNS = [
    "article_id", "file", "kind", "value", "unit", "qualifier", "text", "start", "end", "sentence", "detail",
]
ENTITY_COLUMNS = ["article_id", "file", "label", "text", "canonical", "start", "end", "role"]
DATE_COLUMNS = ["article_id", "file", "role", "date", "text", "start", "end"]


def format_value(v) -> str:
    """Plain numbers: 20000000 not 2e7, 6.5 not 6.50."""
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    return "" if v is None else str(v)


def _file_mode() -> int:
    """Mode for a new file under the current umask (mkstemp alone would give 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: Path, data: str) -> None:
    """Write to a temporary file beside ``path``, then rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, _FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


_FILE_MODE = _file_mode()


def csv_text(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: format_value(r.get(k)) for k in columns})
    return buf.getvalue()


def fact_rows(articles: list[Article], attr: str) -> list[dict]:
    rows = []
    for art in articles:
        for fact in getattr(art, attr):
            rows.append({"article_id": art.article_id, "file": art.file, **asdict(fact)})
    return rows


def json_name(art: Article) -> str:
    """json/<file stem>.json; a file in a subfolder keeps its folder in the name (a__b.json)."""
    rel = Path(art.file)
    return "__".join([*rel.parent.parts, rel.stem]) + ".json"


def write_outputs(articles: list[Article], out: Path) -> dict[str, int]:
    """Write every table; articles are sorted by file, facts by position. Returns row counts."""
    articles = sorted(articles, key=lambda a: a.file)
    for a in articles:
        a.figures.sort(key=lambda f: (f.start, f.end, f.kind))
        a.entities.sort(key=lambda f: (f.start, f.end, f.label))
        a.dates.sort(key=lambda f: (f.start, f.end, f.role))
    art_rows = [{**a.to_dict(), "n_chars": a.n_chars} for a in articles]
    tables = {
        "articles.csv": csv_text(ARTICLE_COLUMNS, art_rows),
        "figures.csv": csv_text(FIGURE_COLUMNS, fact_rows(articles, "figures")),
        "entities.csv": csv_text(ENTITY_COLUMNS, fact_rows(articles, "entities")),
        "dates.csv": csv_text(DATE_COLUMNS, fact_rows(articles, "dates")),
    }
    jdir = out / "json"
    wanted = set()
    for a in articles:
        if not a.text:
            continue
        name = json_name(a)
        wanted.add(name)
        d = a.to_dict()
        d["offsets_refer_to"] = "extracted_text" if a.source_kind == "html" else "decoded_file"
        atomic_write(jdir / name, json.dumps(d, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    if jdir.exists():  # JSON of articles no longer in the corpus
        for old in jdir.glob("*.json"):
            if old.name not in wanted:
                old.unlink()
    for name, data in tables.items():
        atomic_write(out / name, data)
    return {
        "figures": sum(len(a.figures) for a in articles),
        "entities": sum(len(a.entities) for a in articles),
        "dates": sum(len(a.dates) for a in articles),
    }
