"""OUT/datapackage.json: a Frictionless Data Package that declares every CSV table of a run.

https://specs.frictionlessdata.io/data-package/ -- each table is a resource with its fields,
their types, descriptions and allowed values, so that a user loading the CSVs into another tool
(frictionless, pandas through frictionless, a spreadsheet, a database) gets them declared rather
than guessed. ``file`` is the key of ``articles.csv``; every fact table points back to it by
``article_id`` and ``file``.

The meanings live as data in ``pipeline/data/columns.csv``, keyed by table and column name; the
columns themselves come from the column lists the writer used (``pipeline/output.py`` and the
corpus-level tables), so the package always describes exactly the columns that were written.
A column without a line there is still declared (a string with no description) and logged;
``tests/test_datapackage.py`` fails on it.
"""

from __future__ import annotations

import csv
import json
import logging
from functools import cache
from importlib import resources

log = logging.getLogger(__name__)

NAME = "news-facts"
PROFILE = "tabular-data-package"
ANY_TABLE = "*"  # a line of columns.csv that holds for a column of that name in every table
# Tables keyed by the file each row comes from: every table with these two columns points to articles.csv
ARTICLE_KEY = ["article_id", "file"]


@cache
def column_meanings() -> dict[tuple[str, str], dict]:
    """(table, column) -> {"type", "description", "values"} from pipeline/data/columns.csv."""
    text = resources.files("pipeline").joinpath("data/columns.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    meanings = {}
    for row in csv.DictReader(lines):
        values = [v for v in row["values"].split("|") if v]
        meanings[(row["table"], row["column"])] = {
            "type": row["type"],
            "description": row["description"],
            "values": values,
        }
    return meanings


def meaning(table: str, column: str) -> dict | None:
    """The line of columns.csv for this column of this table, or for the column in any table."""
    m = column_meanings()
    return m.get((table, column)) or m.get((ANY_TABLE, column))


def field(table: str, column: str) -> dict:
    """The Table Schema field of one column."""
    m = meaning(table, column)
    if m is None:
        log.warning("%s: column %r has no description in pipeline/data/columns.csv", table, column)
        return {"name": column, "type": "string"}
    f = {"name": column, "type": m["type"], "description": m["description"]}
    if m["values"]:
        f["constraints"] = {"enum": m["values"]}
    return f


def resource(table: str, columns: list[str]) -> dict:
    """The resource of one CSV table: its path, format and schema."""
    schema: dict = {"fields": [field(table, c) for c in columns], "missingValues": [""]}
    if table == "articles.csv":
        schema["primaryKey"] = ["file"]
    elif all(c in columns for c in ARTICLE_KEY):
        schema["foreignKeys"] = [
            {"fields": ARTICLE_KEY, "reference": {"resource": "articles", "fields": ARTICLE_KEY}}
        ]
    return {
        "name": table.removesuffix(".csv").replace("_", "-"),
        "path": table,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {"delimiter": ",", "header": True, "doubleQuote": True, "lineTerminator": "\n"},
        "schema": schema,
    }


def datapackage(tables: dict[str, list[str]], run: dict | None = None) -> dict:
    """The package of these tables (file name -> columns, in writing order).

    ``run`` (the pipeline's version and settings) is kept under a ``pipeline`` property, which
    the Data Package spec allows; it holds no clock time, so two runs give the same bytes."""
    resources_ = [resource(name, columns) for name, columns in tables.items()]
    package = {
        "profile": PROFILE,
        "name": NAME,
        "title": "French news facts: articles, figures, entities and dates",
        "description": "Facts extracted from French news articles. Every fact row keeps its text and "
        "its character offsets into the article's decoded text, and points to its article in "
        "articles.csv by article_id and file. Per-article details are in json/<stem>.json.",
        "resources": resources_,
    }
    if run:
        package["pipeline"] = run
    return package


def datapackage_json(tables: dict[str, list[str]], run: dict | None = None) -> str:
    return json.dumps(datapackage(tables, run), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
