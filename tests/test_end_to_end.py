"""One run over the seed corpus, and the command line around it."""

from __future__ import annotations

import csv
import json
import math
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REFERENCE_DATE, SEED_CORPUS

TABLES = ["articles.csv", "figures.csv", "entities.csv", "dates.csv"]


def read(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_file_gets_one_ok_row(seed_run):
    corpus, out, summary = seed_run
    rows = read(out / "articles.csv")
    assert [r["file"] for r in rows] == sorted(p.name for p in corpus.iterdir())
    assert {r["status"] for r in rows} == {"ok"}
    assert all(r["language"] == "fr" and len(r["article_id"]) == 16 for r in rows)
    assert summary.read == summary.kept == 5


@pytest.mark.parametrize("table", ["figures.csv", "entities.csv", "dates.csv"])
def test_every_fact_is_traceable_to_its_source_text(seed_run, table):
    corpus, out, _ = seed_run
    rows = read(out / table)
    assert rows, f"{table} is empty"
    for r in rows:
        raw = (corpus / r["file"]).read_text(encoding="utf-8")
        assert raw[int(r["start"]) : int(r["end"])] == r["text"], r


def test_the_core_gold_figures_are_found(seed_run, gold):
    _, out, _ = seed_run
    found = {(r["file"], r["kind"], r["unit"], float(r["value"])) for r in read(out / "figures.csv")}
    for name, g in gold.items():
        for f in g["figures"]:
            if f["kind"] in ("jobs", "area", "money"):
                assert any(
                    fn == name
                    and k == f["kind"]
                    and u == f["unit"]
                    and math.isclose(v, f["value"], rel_tol=1e-3)
                    for fn, k, u, v in found
                ), f["quote"]


def test_json_has_title_body_and_facts(seed_run, gold):
    _, out, _ = seed_run
    for name, g in gold.items():
        doc = json.loads((out / "json" / name.replace(".txt", ".json")).read_text(encoding="utf-8"))
        assert g["body_first_words"] in doc["body"] and g["body_last_words"] in doc["body"]
        assert {"title", "body", "figures", "entities", "dates", "blocks"} <= doc.keys()


def test_values_are_plain_numbers(seed_run):
    _, out, _ = seed_run
    for r in read(out / "figures.csv"):
        assert "e" not in r["value"].lower() and float(r["value"]) > 0


def test_two_runs_write_identical_bytes(seed_run, tmp_path):
    from pipeline.core import Settings, run

    corpus, out, _ = seed_run
    run(corpus, tmp_path, Settings(reference_date=REFERENCE_DATE, n_process=1, use_cache=False))
    for name in TABLES:
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_bad_files_get_rows_and_the_run_goes_on(tmp_path):
    from pipeline.core import Settings, run

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED_CORPUS / "004_51cde8b4fc9d3645.txt", corpus / "good.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(300))
    (corpus / "espanol.txt").write_text(
        "El Gobierno de Marruecos anunció hoy la construcción de un nuevo parque tecnológico en la "
        "ciudad de Casablanca, que según las autoridades creará más de veinte mil empleos directos "
        "durante los próximos cinco años y atraerá inversiones extranjeras muy importantes.\n",
        encoding="utf-8",
    )
    (corpus / "moved.txt").symlink_to(tmp_path / "gone.txt")  # a link to a file moved away
    out = tmp_path / "out"
    summary = run(corpus, out, Settings(reference_date=REFERENCE_DATE, n_process=1))
    rows = {r["file"]: r for r in read(out / "articles.csv")}
    assert (rows["empty.txt"]["status"], rows["empty.txt"]["reason"]) == ("skipped", "empty")
    moved = rows["moved.txt"]
    assert (moved["status"], moved["reason"]) == ("error", "unreadable:No such file or directory")
    assert (rows["photo.jpg"]["status"], rows["photo.jpg"]["reason"]) == ("skipped", "not_text")
    assert (rows["espanol.txt"]["status"], rows["espanol.txt"]["reason"]) == ("skipped", "language:es")
    assert rows["good.txt"]["status"] == "ok"
    assert {r["file"] for r in read(out / "figures.csv")} == {"good.txt"}
    assert summary.kept == 1 and sum(summary.skipped.values()) == 4


def cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, **kw)


def test_missing_corpus_is_a_one_line_error_with_status_2(tmp_path):
    res = cli("extract", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and "does not exist" in res.stderr
    assert "Traceback" not in res.stderr


def test_bad_reference_date_says_how_to_write_it(tmp_path):
    res = cli("extract", str(tmp_path), "--reference-date", "23/11/2026")
    assert res.returncode == 2 and "YYYY-MM-DD" in res.stderr


def test_help_lists_the_options():
    res = cli("extract", "--help")
    assert res.returncode == 0
    for opt in ("--out", "--reference-date", "--force", "--processes", "--verbose", "--quiet"):
        assert opt in res.stdout


def test_cli_prints_a_summary_line(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "vide.txt").write_text("")
    res = cli("extract", str(corpus), "--out", str(tmp_path / "o"), "--reference-date", "2026-11-23")
    assert res.returncode == 0, res.stderr
    assert "1 articles read, 0 kept, 1 skipped or failed (empty: 1)" in res.stderr


def test_files_with_the_same_stem_keep_one_json_each(tmp_path):
    from pipeline.core import Settings, run

    corpus = tmp_path / "c"
    (corpus / "sub").mkdir(parents=True)
    text = (SEED_CORPUS / "000_e93303220beda217.txt").read_text(encoding="utf-8")
    for name in ("a.txt", "a.md", "sub/a.txt"):
        (corpus / name).write_text(text + name, encoding="utf-8")
    out = tmp_path / "o"
    run(corpus, out, Settings(reference_date=REFERENCE_DATE, n_process=1))
    names = sorted(p.name for p in (out / "json").iterdir())
    assert names == ["a.json", "a.txt.json", "sub__a.json"]
    files = {json.loads((out / "json" / n).read_text(encoding="utf-8"))["file"] for n in names}
    assert files == {"a.md", "a.txt", "sub/a.txt"}


def test_an_output_folder_inside_the_corpus_is_not_read_back(tmp_path):
    from pipeline.core import Settings, run

    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(SEED_CORPUS / "000_e93303220beda217.txt", corpus / "a.txt")
    out = corpus / "sorties"
    for _ in range(2):
        summary = run(corpus, out, Settings(reference_date=REFERENCE_DATE, n_process=1))
    assert summary.read == 1 and read(out / "articles.csv")[0]["file"] == "a.txt"


@pytest.mark.parametrize("stage", ["strip_boilerplate", "extract_figures"])
def test_a_bug_in_a_stage_fails_one_article_not_the_run(tmp_path, monkeypatch, stage):
    import pipeline.boilerplate
    import pipeline.figures
    from pipeline.core import Settings, run

    module = pipeline.boilerplate if stage == "strip_boilerplate" else pipeline.figures
    real = getattr(module, stage)

    def buggy(art_or_text, *args):
        text = art_or_text if isinstance(art_or_text, str) else art_or_text.text
        if "Essaouira" in text:
            raise ZeroDivisionError("bug")
        return real(art_or_text, *args)

    monkeypatch.setattr(module, stage, buggy)
    corpus = tmp_path / "c"
    shutil.copytree(SEED_CORPUS, corpus)
    out = tmp_path / "o"
    summary = run(corpus, out, Settings(reference_date=REFERENCE_DATE, n_process=1, use_cache=False))
    rows = {r["file"]: r for r in read(out / "articles.csv")}
    assert rows["004_51cde8b4fc9d3645.txt"]["reason"] == "internal_error:ZeroDivisionError"
    assert summary.kept == 4
    assert "004_51cde8b4fc9d3645.txt" not in {r["file"] for r in read(out / "figures.csv")}


def test_files_in_the_output_folder_that_we_did_not_write_are_left_alone(tmp_path):
    from pipeline.core import Settings, run

    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(SEED_CORPUS / "000_e93303220beda217.txt", corpus / "a.txt")
    shutil.copy(SEED_CORPUS / "001_63424e8b89f484e6.txt", corpus / "b.txt")
    out = tmp_path / "o"
    (out / "json").mkdir(parents=True)
    (out / "json" / "mes_notes.json").write_text("{}", encoding="utf-8")  # the user's own file
    run(corpus, out, Settings(reference_date=REFERENCE_DATE, n_process=1))
    (corpus / "b.txt").unlink()
    run(corpus, out, Settings(reference_date=REFERENCE_DATE, n_process=1))
    names = sorted(p.name for p in (out / "json").iterdir())
    assert names == ["a.json", "mes_notes.json"]  # b.json, ours, is gone; the user's file stays


def test_the_corpus_folder_cannot_be_the_output_folder(tmp_path):
    res = cli("extract", str(tmp_path), "--out", str(tmp_path))
    assert res.returncode == 2 and "--out is the corpus folder" in res.stderr


def test_json_files_are_json_with_one_record_per_line(seed_run):
    """Written by json's fast encoder, one key and one fact per line: still JSON, still readable."""
    _, out, _ = seed_run
    for path in sorted((out / "json").iterdir()):
        text = path.read_text(encoding="utf-8")
        doc = json.loads(text)
        records = sum(len(doc[k]) for k in ("blocks", "entities", "figures", "dates"))
        lists = sum(1 for v in doc.values() if isinstance(v, list) and v)  # each closes on a line
        assert text.count("\n") == 2 + len(doc) + records + lists


@pytest.mark.parametrize(
    ("facts", "order"),
    [  # (start, end, role, date) of DateFacts as the stage found them -> the rows' order
        ([(9, 12, "event", "2025"), (0, 4, "event", "2024")], ["2024", "2025"]),
        ([(0, 9, "event", "2024"), (0, 4, "event", "2025")], ["2025", "2024"]),  # shorter first
        ([(0, 4, "target", "2030"), (0, 4, "event", "2031")], ["2031", "2030"]),  # same offsets
        ([(5, 9, "event", "2026"), (0, 4, "target", "2030"), (0, 4, "event", "2031")],
         ["2031", "2030", "2026"]),
    ],
)
def test_fact_rows_are_in_text_order_then_by_their_fields(facts, order):
    from pipeline.model import Article, DateFact
    from pipeline.output import fact_rows

    art = Article("id", "a.txt", dates=[DateFact(role, iso, "x", s, e) for s, e, role, iso in facts])
    assert [row["date"] for row in fact_rows(art, "dates")] == order
