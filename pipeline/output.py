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
from operator import attrgetter
from pathlib import Path

from .datapackage import datapackage_json
from .model import Article

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


def atomic_write(path: Path, data: str | bytes, sync: bool = True) -> None:
    """Write ``data`` (text as UTF-8) to a temporary file beside ``path``, then rename it over ``path``.

    The rename alone makes the write atomic for a process that is interrupted (Ctrl-C, kill).
    ``sync`` also flushes the data to the disk first, against a power cut: worth it for the
    tables, not for the per-article files (a JSON file or cache entry damaged by a power cut is
    found out by its size or its parse and rewritten by the next run), where it cost ~1 ms each.
    """
    if sync:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.chmod(tmp, _FILE_MODE)
    else:  # per-article files, thousands per run: a cheaper temporary name, see _open_temporary
        fd, tmp = _open_temporary(path)
    try:
        binary = isinstance(data, bytes)
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _open_temporary(path: Path) -> tuple[int, str]:
    """A new temporary file ``.<name>.<pid>.tmp`` beside ``path``, its folder made if missing.

    One process writes a given path at a time, so the process id makes the name unique without
    mkstemp's random names and chmod (a third of the cost of writing a small file). A file left
    by a killed process whose id came back is removed first.
    """
    tmp = str(path.parent / f".{path.name}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    for _ in range(2):
        try:
            return os.open(tmp, flags, 0o666), tmp  # 0o666 under the umask, as open() gives
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            os.unlink(tmp)
    return os.open(tmp, flags, 0o666), tmp


_FILE_MODE = _file_mode()


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


def json_name(art: Article, taken: set[str] = frozenset()) -> str:
    """json/<file stem>.json; a file in a subfolder keeps its folder in the name (a__b.json).

    When that name is already taken by another file with the same stem (a.txt and
    a.html), the extension is kept too (a.html.json), so no article's JSON is lost.
    """
    rel = Path(art.file)
    name = "__".join([*rel.parent.parts, rel.stem]) + ".json"
    if name in taken:
        name = "__".join([*rel.parent.parts, rel.name]) + ".json"
    return name


class OutputWriter:
    """Streams articles, in file order, into the CSV tables and json/ files of an output folder.

    Rows go to temporary files beside the final ones; :meth:`commit` renames them
    all at the end, so an interrupted run leaves the previous outputs whole.
    Memory does not grow with the corpus: only the JSON names are remembered.
    """

    TABLES = {
        "articles.csv": ARTICLE_COLUMNS,
        "figures.csv": FIGURE_COLUMNS,
        "entities.csv": ENTITY_COLUMNS,
        "dates.csv": DATE_COLUMNS,
    }
    FACTS = {"figures.csv": "figures", "entities.csv": "entities", "dates.csv": "dates"}

    def __init__(self, out: Path, previous_json: frozenset[str] = frozenset(), run: dict | None = None):
        self.out = out
        self.run = run  # the version and settings, recorded in datapackage.json
        self.previous_json = previous_json  # json/ files the last run wrote: the only ones we delete
        self.jdir = out / "json"
        self.jdir.mkdir(parents=True, exist_ok=True)
        self.json_names: set[str] = set()
        self.extra_tables: list[str] = []
        self.extra_columns: dict[str, list[str]] = {}
        self.counts = {attr: 0 for attr in self.FACTS.values()}
        self._tmp: dict[str, str] = {}
        self._fh = {}
        self._csv = {}
        for name, columns in self.TABLES.items():
            fd, tmp = tempfile.mkstemp(dir=out, prefix=f".{name}.", suffix=".tmp")
            os.chmod(tmp, _FILE_MODE)
            self._tmp[name] = tmp
            self._fh[name] = fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
            self._csv[name] = w = csv.writer(fh, lineterminator="\n")
            w.writerow(columns)

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
            write_if_changed(self.jdir / name, document or article_json(art))

    def add_table(self, name: str, columns: list[str], rows: list[dict]) -> None:
        """A whole extra table (e.g. the entities index), written atomically now."""
        atomic_write(self.out / name, csv_text(columns, rows))
        self.extra_tables.append(name)
        self.extra_columns[name] = columns

    @property
    def tables(self) -> dict[str, list[str]]:
        """Every CSV table written, with its columns: what datapackage.json describes."""
        return {**self.TABLES, **self.extra_columns}

    @property
    def written(self) -> list[str]:
        """Every file this writer produced, relative to the output folder."""
        return [*self.TABLES, *self.extra_tables, *(f"json/{n}" for n in sorted(self.json_names))]

    def commit(self) -> None:
        for name in sorted(self.previous_json - self.json_names):  # articles no longer in the corpus
            (self.jdir / name).unlink(missing_ok=True)
        for name, fh in self._fh.items():
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()
            os.replace(self._tmp[name], self.out / name)
        self._fh = {}
        atomic_write(self.out / "datapackage.json", datapackage_json(self.tables, self.run))
        self.extra_tables.append("datapackage.json")

    def abort(self) -> None:
        for name, fh in self._fh.items():
            fh.close()
            if os.path.exists(self._tmp[name]):
                os.unlink(self._tmp[name])
        self._fh = {}

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        else:
            self.abort()
        return False


def write_if_changed(path: Path, data: str) -> None:
    """Atomic write, skipped when the file already holds exactly this text (no-change re-runs)."""
    try:
        if path.read_text(encoding="utf-8") == data:
            return
    except (OSError, UnicodeDecodeError):
        pass
    atomic_write(path, data, sync=False)
