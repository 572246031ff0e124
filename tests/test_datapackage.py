"""OUT/datapackage.json declares every column of every table, and the frictionless library holds a run
to it: a wrong kind, an article_id that points nowhere, a text in a number column are found."""

from __future__ import annotations

import csv
import json
import shutil

import pytest

import pipeline.core
import pipeline.output
from pipeline.datapackage import column_meanings, datapackage, meaning

frictionless = pytest.importorskip("frictionless")


def column_lists() -> dict[str, list[str]]:
    """Every column list the writer and the corpus-level passes use: NAME_COLUMNS in output.py and core.py."""
    lists = {}
    for module in (pipeline.output, pipeline.core):
        for name, value in vars(module).items():
            if name.endswith("_COLUMNS") and isinstance(value, list):
                lists[f"{module.__name__}.{name}"] = value
    return lists


def test_the_column_lists_are_found():
    names = {k.rsplit(".", 1)[1] for k in column_lists()}
    assert {"ARTICLE_COLUMNS", "FIGURE_COLUMNS", "ENTITY_COLUMNS", "DATE_COLUMNS", "INDEX_COLUMNS"} <= names


def test_every_column_of_the_writer_has_a_description():
    """Add a line to pipeline/data/columns.csv for each column you add to a table."""
    tables = dict(pipeline.output.OutputWriter.TABLES)
    tables["entities_index.csv"] = pipeline.core.INDEX_COLUMNS
    pairs = [(t, c) for t, cols in tables.items() for c in cols]
    missing = [(t, c) for t, c in pairs if not (meaning(t, c) or {}).get("description")]
    assert not missing, f"add these to pipeline/data/columns.csv: {missing}"
    listed = {c for cols in column_lists().values() for c in cols}
    orphans = [c for c in listed if not any(meaning(t, c) for t in [*tables, "*"])]
    assert not orphans


def test_columns_csv_is_well_formed():
    for (table, column), m in column_meanings().items():
        assert table == "*" or table.endswith(".csv"), table
        assert m["type"] in {"string", "integer", "number", "boolean"}, (table, column)
        assert m["description"].strip(), (table, column)


def read_header(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def test_a_run_declares_exactly_the_tables_and_columns_it_wrote(seed_run):
    _, out, _ = seed_run
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    declared = {r["path"]: [f["name"] for f in r["schema"]["fields"]] for r in package["resources"]}
    assert set(declared) == {p.name for p in out.glob("*.csv")}
    for name, columns in declared.items():
        assert read_header(out / name) == columns, name
    for r in package["resources"]:
        for f in r["schema"]["fields"]:
            assert f.get("description"), f"{r['path']}: {f['name']} has no description in columns.csv"
    assert package["pipeline"]["reference_date"] == "2026-11-23"


def test_the_allowed_values_are_declared(seed_run):
    _, out, _ = seed_run
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    enums = {
        (r["path"], f["name"]): f["constraints"]["enum"]
        for r in package["resources"]
        for f in r["schema"]["fields"]
        if "constraints" in f
    }
    assert enums[("figures.csv", "kind")] == ["jobs", "area", "money", "count", "percent"]
    assert "about" in enums[("figures.csv", "qualifier")]
    assert enums[("articles.csv", "status")] == ["ok", "skipped", "error"]
    assert enums[("dates.csv", "role")] == ["published", "event", "target"]
    assert enums[("entities.csv", "label")] == ["PER", "ORG", "LOC", "MISC"]
    assert ("entities.csv", "role") not in enums  # an entity's role is free text ("wali de la région")


def validate(out):
    return frictionless.validate(str(out / "datapackage.json"))


def test_the_seed_run_is_valid(seed_run):
    _, out, _ = seed_run
    report = validate(out)
    assert report.valid, report.flatten(["resourcePath", "rowNumber", "fieldName", "type", "note"])


def rewrite(path, change):
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    change(rows)
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


def set_cell(column, value):
    def change(rows):
        rows[1][rows[0].index(column)] = value

    return change


@pytest.mark.parametrize(
    "table, column, value, error",
    [
        ("figures.csv", "kind", "salaries", "constraint-error"),
        ("figures.csv", "value", "vingt mille", "type-error"),
        ("figures.csv", "article_id", "0000000000000000", "foreign-key"),
        ("dates.csv", "role", "deadline", "constraint-error"),
        ("entities.csv", "label", "PERSON", "constraint-error"),
        ("articles.csv", "status", "done", "constraint-error"),
        ("articles.csv", "n_chars", "3,5", "type-error"),
    ],
)
def test_validation_finds_a_broken_row(seed_run, tmp_path, table, column, value, error):
    _, out, _ = seed_run
    copy = tmp_path / "out"
    shutil.copytree(out, copy, ignore=shutil.ignore_patterns(".cache", "json"))
    assert validate(copy).valid
    rewrite(copy / table, set_cell(column, value))
    report = validate(copy)
    assert not report.valid
    assert error in {e[0] for e in report.flatten(["type"])}


def test_a_column_without_a_line_is_still_declared_as_text():
    package = datapackage({"figures.csv": ["article_id", "file", "brand_new_column"]})
    fields = package["resources"][0]["schema"]["fields"]
    assert fields[-1] == {"name": "brand_new_column", "type": "string"}
    assert "foreignKeys" in package["resources"][0]["schema"]
