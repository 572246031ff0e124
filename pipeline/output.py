"""Stage 7: write the CSV tables and one JSON file per article, atomically and deterministically.

Each file is written to a temporary file in the output folder and renamed over
the old one, so an interrupted run leaves the previous outputs whole. The run's tables and
json/ files are all renamed at its end (:meth:`OutputWriter.commit`); a failure or Ctrl-C before
then removes the temporary files, and :func:`~pipeline.atomic.remove_temporaries` removes any that a
killed run left. The temporary files and renames themselves are :mod:`pipeline.atomic`'s.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
from operator import attrgetter
from pathlib import Path

# atomic_write, write_if_changed and remove_temporaries are imported from here by core.py, the cache
# and the report: re-exported
from .atomic import (  # noqa: F401
    atomic_write,
    fill,
    holds,
    open_temporary,
    remove,
    remove_temporaries,
    table_temporary,
    write_if_changed,
)
from .datapackage import datapackage_json
from .model import Article

log = logging.getLogger(__name__)

ARTICLE_COLUMNS = [
    "article_id",
    "file",
    "status",
    "reason",
    "language",
    "title",
    "published",
    "n_chars",
    "language_confidence",
    "source_kind",
    "uses_reference_date",  # true when a date was placed with the run's reference date (no year stated)
    "encoding",  # how the file was decoded: utf-8, cp1252, ..., "utf-8 (3 bad bytes replaced)",
    # "utf-8 (16 \n read as line breaks)" (pipeline.escapes)
]
FIGURE_COLUMNS = [
    "article_id",
    "file",
    "kind",
    "value",
    "unit",
    "qualifier",
    "text",
    "start",
    "end",
    "sentence",
    "detail",
    "subject",  # what the figure is about, a canonical of entities.csv (pipeline.link)
    "place",  # the most specific place it applies to, a canonical of entities.csv
    "date",  # the event or target date tied to it, as in dates.csv
    "date_role",  # event | target
]
ENTITY_COLUMNS = ["article_id", "file", "label", "text", "canonical", "start", "end", "role"]
DATE_COLUMNS = ["article_id", "file", "role", "date", "text", "start", "end"]


def format_value(v) -> str:
    """Plain numbers: 20000000 not 2e7, 6.5 not 6.50."""
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    return "" if v is None else str(v)


JSON_HEAD = '{\n "article_id": "'  # how every article document begins (json_text sorts the keys)


def _is_article_json(path: Path) -> bool:
    """Whether ``path`` is an article document this pipeline wrote (by any run), not a user's file."""
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read(len(JSON_HEAD)) == JSON_HEAD
    except (OSError, UnicodeDecodeError):
        return False



def json_text(d: dict) -> str:
    """``d`` as JSON with one key per line and each record of a list on a line of its own.

    As readable as an indented dump, and written by json's C encoder throughout (``indent=``
    switches json to its pure-Python encoder, which made this the costliest part of writing).
    """
    dumps = _ENCODE
    lines = []
    for key in sorted(d):
        value = d[key]
        if isinstance(value, list) and value:
            items = ",\n".join(f"  {dumps(x)}" for x in value)
            lines.append(f" {dumps(key)}: [\n{items}\n ]")
        else:
            lines.append(f" {dumps(key)}: {dumps(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


# json.dumps(x, ensure_ascii=False, sort_keys=True), without building an encoder at every call
# (json_text encodes each key and each record apart: ~60 calls per article)
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def article_json(art: Article) -> str:
    """The article's JSON document: its json/<stem>.json file, and its cache entry."""
    d = art.to_dict()
    d["offsets_refer_to"] = "extracted_text" if art.source_kind == "html" else "decoded_file"
    return json_text(d)


def csv_text(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: format_value(r.get(k)) for k in columns})
    return buf.getvalue()


def fact_rows(art: Article, attr: str) -> list[dict]:
    """One article's facts of one kind as CSV rows, in text order.

    Facts at the same offsets are ordered by their other fields, as text: that order is needed
    only when two facts share their offsets, so the costlier key is built only then."""
    facts = sorted(getattr(art, attr), key=_OFFSETS)
    if any(map(_same_offsets, facts, facts[1:])):
        facts.sort(key=lambda f: (f.start, f.end, *map(str, vars(f).values())))
    return [{"article_id": art.article_id, "file": art.file, **vars(f)} for f in facts]


_OFFSETS = attrgetter("start", "end")


def _same_offsets(a, b) -> bool:
    return a.start == b.start and a.end == b.end


# Longest json/ file name, in bytes of UTF-8: file systems allow 255, and the temporary name written
# beside it adds a dot, a process id and ".tmp".
JSON_NAME_MAX_BYTES = 200
NAME_HASH_DIGITS = 12  # of the SHA-256 of the article's file path, added to a name cut short or taken


def json_name(art: Article, taken: set[str] = frozenset()) -> str:
    """json/<file stem>.json; a file in a subfolder keeps its folder in the name (a__b.json).

    When that name is already taken by another file with the same stem (a.txt and
    a.html), the extension is kept too (a.html.json), so no article's JSON is lost; when that is
    taken too, a hash of the file's path is added. A name over :data:`JSON_NAME_MAX_BYTES` is cut
    and ends with that hash, so it fits any file system and stays distinct.
    """
    rel = Path(art.file)
    for base in ("__".join([*rel.parent.parts, rel.stem]), "__".join([*rel.parent.parts, rel.name]), None):
        name = _bounded(base, art.file)
        if name not in taken:
            return name
    return name


def _bounded(base: str | None, file: str) -> str:
    """``base.json`` when it fits, else ``base`` cut, then ``~<hash of file>.json`` (also when None)."""
    if base is not None and len(base.encode("utf-8")) + 5 <= JSON_NAME_MAX_BYTES:
        return base + ".json"
    digest = hashlib.sha256(file.encode("utf-8", "surrogatepass")).hexdigest()[:NAME_HASH_DIGITS]
    room = JSON_NAME_MAX_BYTES - len(digest) - 6
    cut = (base or Path(file).stem).encode("utf-8")[:room].decode("utf-8", "ignore")
    return f"{cut}~{digest}.json"


class OutputWriter:
    """Streams articles, in file order, into the CSV tables and json/ files of an output folder.

    Rows and changed json/ files go to temporary files beside the final ones; :meth:`commit`
    renames them all at the end, and removes the json/ files of articles no longer in the corpus,
    so an interrupted or failed run leaves the previous outputs whole and no temporary file behind.
    After a commit json/ holds one article document per article with a text (and any other file
    a user put there, left alone).
    Memory does not grow with the corpus: only the JSON names are remembered.
    """

    TABLES = {
        "articles.csv": ARTICLE_COLUMNS,
        "figures.csv": FIGURE_COLUMNS,
        "entities.csv": ENTITY_COLUMNS,
        "dates.csv": DATE_COLUMNS,
    }
    FACTS = {"figures.csv": "figures", "entities.csv": "entities", "dates.csv": "dates"}

    def __init__(self, out: Path, run: dict | None = None):
        self.out = out
        self.run = run  # the version and settings, recorded in datapackage.json
        self.jdir = out / "json"
        self.jdir.mkdir(parents=True, exist_ok=True)
        self.json_names: set[str] = set()
        self.extra_tables: list[str] = []
        self.extra_columns: dict[str, list[str]] = {}
        self.counts = {attr: 0 for attr in self.FACTS.values()}
        self._tmp: dict[str, str] = {}
        self._fh = {}
        self._csv = {}
        self._staged: list[tuple[str, Path]] = []  # (temporary file, final path) of json/ files
        try:
            for name, columns in self.TABLES.items():
                fd, tmp = table_temporary(out / name)
                self._tmp[name] = tmp
                self._fh[name] = fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
                self._csv[name] = w = csv.writer(fh, lineterminator="\n")
                w.writerow(columns)
        except BaseException:
            self.abort()
            raise

    def _row(self, name: str, row: dict) -> None:
        # csv.writer writes None as "" and ints and strings as format_value would: only floats differ
        self._csv[name].writerow(
            [format_value(v) if type(v) is float else v for v in map(row.get, self.TABLES[name])]
        )

    def add(self, art: Article, document: str | None = None) -> None:
        """The article's rows, and its JSON file (``document``: its :func:`article_json`, if known)."""
        self._row("articles.csv", {**vars(art), "n_chars": art.n_chars})
        for name, attr in self.FACTS.items():
            for row in fact_rows(art, attr):
                self._row(name, row)
                self.counts[attr] += 1
        if art.text:
            name = json_name(art, self.json_names)
            self.json_names.add(name)
            self._stage(self.jdir / name, document or article_json(art))

    def _stage(self, path: Path, data: str) -> None:
        """Write ``data`` to a temporary file that :meth:`commit` renames to ``path`` (nothing when
        ``path`` already holds exactly this text: the no-change re-run)."""
        if holds(path, data):
            return
        fd, tmp = open_temporary(path)
        self._staged.append((tmp, path))
        fill(fd, tmp, data, sync=False)

    def add_table(self, name: str, columns: list[str], rows: list[dict]) -> None:
        """A whole extra table (e.g. the entities index), renamed into place by :meth:`commit`."""
        self._stage_table(name, csv_text(columns, rows))
        self.extra_columns[name] = columns

    def _stage_table(self, name: str, data: str) -> None:
        """A whole file of the output folder, flushed to disk now and renamed by :meth:`commit`."""
        fd, tmp = table_temporary(self.out / name)
        self._staged.append((tmp, self.out / name))
        fill(fd, tmp, data, sync=True)
        self.extra_tables.append(name)

    @property
    def tables(self) -> dict[str, list[str]]:
        """Every CSV table written, with its columns: what datapackage.json describes."""
        return {**self.TABLES, **self.extra_columns}

    @property
    def written(self) -> list[str]:
        """Every file this writer produced, relative to the output folder."""
        return [*self.TABLES, *self.extra_tables, *(f"json/{n}" for n in sorted(self.json_names))]

    def commit(self) -> None:
        """Put every file of the run in place: the data first reaches the disk (a full disk fails
        here, before anything is replaced), then the renames."""
        try:
            # described before the renames, so that it goes in place with the tables it describes
            self._stage_table("datapackage.json", datapackage_json(self.tables, self.run))
            for fh in self._fh.values():
                fh.flush()
                os.fsync(fh.fileno())
                fh.close()
            for tmp, path in self._staged:
                os.replace(tmp, path)
            self._staged = []
            for p in sorted(self.jdir.glob("*.json")):  # articles no longer in the corpus
                if p.name not in self.json_names and _is_article_json(p):
                    log.info("json/%s: its article is no longer in the corpus; removed", p.name)
                    p.unlink(missing_ok=True)
            for name in self._fh:
                os.replace(self._tmp[name], self.out / name)
        except BaseException:
            self.abort()
            raise
        self._fh = {}

    def abort(self) -> None:
        """Remove every temporary file of the run; the previous outputs stay as they were."""
        for fh in self._fh.values():
            try:
                fh.close()
            except OSError:  # the buffered rows cannot be flushed (a full disk): the file goes anyway
                pass
        for tmp in [*self._tmp.values(), *(tmp for tmp, _ in self._staged)]:
            remove(tmp)
        self._fh, self._staged = {}, []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        else:
            self.abort()
        return False

