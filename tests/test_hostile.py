"""Hostile inputs, faults and concurrent runs: nothing stops the run, nothing is left behind.

One test (or a small group) per case of docs/robustness.md's table, each on inputs generated here
in a temporary folder: sentences written for these tests, no large file in the repository.
The 950,000-character memory case is measured by bench/long_article.py, not timed here.
"""

from __future__ import annotations

import csv
import errno
import json
import math
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from pipeline import cli, entities, output, reader
from pipeline.core import Settings, run
from pipeline.figures import SENTENCE_CELL_CHARS
from pipeline.lock import OutputLocked, output_lock
from tests.conftest import REFERENCE_DATE, ROOT

TABLES = ["articles.csv", "figures.csv", "entities.csv", "dates.csv", "entities_index.csv"]
TITLE = "Le Maroc accélère son industrialisation\n\n"
ARTICLE = (
    TITLE + "Le ministre de l'Industrie, Ryad Mezzour, a annoncé à Rabat un investissement de 200 millions "
    "de dirhams. Le projet créera plus de 3 000 emplois directs d'ici 2027, selon l'Agence marocaine "
    "de développement des investissements et des exportations.\n"
)
CITIES = ["Tanger", "Kénitra", "Fès", "Agadir", "Oujda", "Meknès", "Settat", "Nador"]


def paragraph(i: int) -> str:
    """A paragraph of French news, varied by ``i`` (names, places and figures change)."""
    city = CITIES[i % len(CITIES)]
    return (
        f"À {city}, la société Renault Maroc a inauguré une usine de {100 + i} hectares. "
        f"Selon le wali de la région, Mohamed Mhidia, elle emploiera {200 + 7 * i} personnes "
        f"et produira {1_000 + i} véhicules par an d'ici 2027.\n\n"
    )


def settings(**kw) -> Settings:
    return Settings(reference_date=REFERENCE_DATE, n_process=1, **kw)


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))  # the csv module's default cell limit: 131,072 characters


def snapshot(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in TABLES if (out / n).exists()}


def temporaries(out: Path) -> list[Path]:
    return [p for p in out.rglob("*.tmp")]


def make_corpus(tmp_path: Path, files: dict[str, str | bytes], name: str = "corpus") -> Path:
    corpus = tmp_path / name
    corpus.mkdir()
    for fname, data in files.items():
        path = corpus / fname
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return corpus


# --- an article of over 1,000,000 characters --------------------------------------------------


def test_an_article_longer_than_spacy_takes_is_processed_in_pieces(tmp_path, monkeypatch):
    """spaCy's limit and the piece size made small, so the path a 1,000,000-character article takes
    runs in a second: the same facts, at the same offsets, as in one piece."""
    text = TITLE + "".join(paragraph(i) for i in range(40))  # ~10,000 characters
    corpus = make_corpus(tmp_path, {"long.txt": text})
    whole = tmp_path / "whole"
    run(corpus, whole, settings())
    monkeypatch.setattr(entities.load_nlp(), "max_length", 6_000)  # in one piece: spaCy's E088
    monkeypatch.setattr(entities, "NER_CHUNK_CHARS", 2_000)
    assert len(entities.ner_pieces(text)) >= 4
    assert "".join(entities.ner_pieces(text)) == text
    pieces = tmp_path / "pieces"
    run(corpus, pieces, settings())
    assert read(pieces / "articles.csv")[0]["status"] == "ok"
    found = read(pieces / "entities.csv")
    assert found == read(whole / "entities.csv")
    assert max(int(e["start"]) for e in found) > len(text) - 300  # the last paragraph's names too
    for e in found:
        assert text[int(e["start"]) : int(e["end"])] == e["text"]


def test_pieces_are_cut_after_a_sentence_when_a_text_has_no_line_break():
    text = " ".join(f"La phrase numéro {i} parle de Rabat." for i in range(300))
    pieces = entities.ner_pieces(text, limit=1_000)
    assert "".join(pieces) == text
    assert all(len(p) <= 1_000 for p in pieces)
    assert all(p.endswith(". ") for p in pieces[:-1])
    assert entities.ner_pieces("x" * 2_500, limit=1_000) == ["x" * 1_000, "x" * 1_000, "x" * 500]


def test_a_text_over_the_named_limit_gets_a_too_long_row(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_TEXT_CHARS", 1_000)
    corpus = make_corpus(tmp_path, {"a.txt": ARTICLE, "b.txt": TITLE + paragraph(1) * 10})
    out = tmp_path / "out"
    run(corpus, out, settings())
    rows = {r["file"]: (r["status"], r["reason"]) for r in read(out / "articles.csv")}
    assert rows == {"a.txt": ("ok", ""), "b.txt": ("skipped", "too_long")}
    assert sorted(p.name for p in (out / "json").iterdir()) == ["a.json"]


# --- file names ------------------------------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_gets_its_row_with_the_bytes_escaped(tmp_path):
    corpus = make_corpus(tmp_path, {"ok.txt": ARTICLE})
    (corpus / os.fsdecode(b"caf\xe9 \xe0 F\xe8s.txt")).write_text(ARTICLE + "Deuxième copie.\n", "utf-8")
    out = tmp_path / "out"
    run(corpus, out, settings())
    rows = read(out / "articles.csv")
    escaped = "caf\\xe9 \\xe0 F\\xe8s.txt"
    assert [(r["file"], r["status"]) for r in rows] == [(escaped, "ok"), ("ok.txt", "ok")]
    assert (out / "json" / "caf\\xe9 \\xe0 F\\xe8s.json").is_file()
    assert run(corpus, out, settings()).cached == 2  # the second run reads the same names back


def test_file_names_of_244_characters_get_bounded_distinct_json_names(tmp_path):
    names = [f"article-{'é' * 115}{i}.txt" for i in (1, 2)]  # 244 characters, 359 bytes
    corpus = make_corpus(tmp_path, {name: ARTICLE + f"Version {i}.\n" for i, name in enumerate(names)})
    out = tmp_path / "out"
    run(corpus, out, settings())
    assert [r["status"] for r in read(out / "articles.csv")] == ["ok", "ok"]
    written = sorted((out / "json").iterdir())
    assert len(written) == 2
    assert all(len(p.name.encode()) <= output.JSON_NAME_MAX_BYTES for p in written)
    assert {json.loads(p.read_text("utf-8"))["file"] for p in written} == set(names)


def test_json_names_never_collide():
    taken: set[str] = set()
    files = ["a/b.txt", "a__b.txt", "a__b.txt.txt", "a/b.txt.txt", "x" * 300 + ".txt", "x" * 300 + ".html"]
    for file in files:
        name = output.json_name(reader_article(file), taken)
        assert name not in taken and len(name.encode()) <= output.JSON_NAME_MAX_BYTES
        taken.add(name)


def reader_article(file: str):
    from pipeline.model import Article

    return Article(article_id="0" * 16, file=file)


# --- decoding ----------------------------------------------------------------------------------------


def test_a_few_bad_bytes_in_utf8_are_replaced_not_a_reason_to_guess_another_charset(tmp_path):
    data = ARTICLE.encode("utf-8")
    data = data.replace(b"Rabat", b"Rabat\xff", 1).replace(b"projet", b"\x81projet")
    data = data.replace(b"2027", b"2027\xc3")  # a UTF-8 sequence cut short
    corpus = make_corpus(tmp_path, {"abime.txt": data, "ancien.txt": ARTICLE.encode("cp1252")})
    out = tmp_path / "out"
    run(corpus, out, settings())
    rows = {r["file"]: r for r in read(out / "articles.csv")}
    assert rows["abime.txt"]["encoding"] == "utf-8 (3 bad bytes replaced)"
    assert rows["ancien.txt"]["encoding"] == "cp1252"  # a whole file in cp1252 is still read as such
    text = json.loads((out / "json" / "abime.json").read_text("utf-8"))["text"]
    assert text.count("\ufffd") == 3 and "accélère" in text and "développement" in text
    figures = {(f["file"], f["kind"], f["value"]) for f in read(out / "figures.csv")}
    assert {("abime.txt", "money", "200000000"), ("abime.txt", "jobs", "3000")} <= figures
    names = {(e["file"], e["text"]) for e in read(out / "entities.csv")}
    assert ("abime.txt", "Ryad Mezzour") in names


# --- folders that cannot be read -------------------------------------------------------------------


def test_a_subfolder_that_cannot_be_listed_gets_an_unreadable_row(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path, {"a.txt": ARTICLE, "privé/b.txt": ARTICLE + "Copie.\n"})
    real = os.scandir

    def scandir(path="."):
        if Path(path) == corpus / "privé":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out"
    summary = run(corpus, out, settings())
    rows = [(r["file"], r["status"], r["reason"]) for r in read(out / "articles.csv")]
    assert rows == [("a.txt", "ok", ""), ("privé/", "error", "unreadable:Permission denied")]
    assert summary.skipped == {"unreadable:Permission denied": 1}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a folder whatever its permissions")
def test_a_subfolder_without_permissions_gets_an_unreadable_row(tmp_path):
    corpus = make_corpus(tmp_path, {"a.txt": ARTICLE, "privé/b.txt": ARTICLE + "Copie.\n"})
    (corpus / "privé").chmod(0)
    try:
        run(corpus, tmp_path / "out", settings())
    finally:
        (corpus / "privé").chmod(0o755)
    rows = [(r["file"], r["status"]) for r in read(tmp_path / "out" / "articles.csv")]
    assert rows == [("a.txt", "ok"), ("privé/", "error")]


# --- the output folder: read-only, missing, full -----------------------------------------------------


def cli_run(corpus: Path, out: Path, capsys, *extra: str) -> tuple[int, str]:
    capsys.readouterr()
    args = ["extract", str(corpus), "--out", str(out), "-q", "--reference-date", "2026-11-23", *extra]
    status = cli.main(args)
    return status, capsys.readouterr().err


def assert_one_line_error(err: str, *words: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "Traceback" not in err
    for w in words:
        assert w in lines[0], err


def test_a_full_disk_is_one_line_and_leaves_the_outputs_as_they_were(tmp_path, capsys, monkeypatch):
    corpus = make_corpus(tmp_path, {"a.txt": ARTICLE})
    out = tmp_path / "out"
    assert cli_run(corpus, out, capsys)[0] == 0
    before = snapshot(out)
    (corpus / "b.txt").write_text(ARTICLE + "Un nouvel article.\n", "utf-8")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    status, err = cli_run(corpus, out, capsys)
    assert status == 2
    assert_one_line_error(err, "No space left on device", str(out))
    assert snapshot(out) == before
    assert sorted(p.name for p in (out / "json").iterdir()) == ["a.json"]
    assert temporaries(out) == [] and not (out / ".lock").exists()


def test_a_read_only_output_folder_is_one_line_and_exit_2(tmp_path, capsys, monkeypatch):
    corpus = make_corpus(tmp_path, {"a.txt": ARTICLE})
    out = tmp_path / "out"
    out.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: the refusal is simulated where the tables are created

        def refuse(*args, dir=None, **kw):
            raise PermissionError(errno.EACCES, "Permission denied", str(dir))

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    else:
        out.chmod(0o555)
    try:
        status, err = cli_run(corpus, out, capsys)
    finally:
        out.chmod(0o755)
    assert status == 2
    assert_one_line_error(err, "Permission denied", "out")
    assert not (out / "articles.csv").exists() and temporaries(out) == []


def test_an_output_folder_that_cannot_be_made_is_one_line_and_exit_2(tmp_path, capsys):
    corpus = make_corpus(tmp_path, {"a.txt": ARTICLE})
    (tmp_path / "un_fichier").write_text("pas un dossier")
    status, err = cli_run(corpus, tmp_path / "un_fichier" / "out", capsys)
    assert status == 2
    assert_one_line_error(err, "Not a directory")


# --- kill -9, SIGTERM and Ctrl-C during a run -----------------------------------------------------


N_ARTICLES = 100  # two batches of a single-process run: a signal reaches it half-way


def many_articles(n: int, edition: str = "") -> dict[str, str]:
    return {f"{i:03d}.txt": TITLE + paragraph(i) + paragraph(i + 1) + edition for i in range(n)}


def start_run(corpus: Path, out: Path, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "pipeline", "extract", str(corpus), "--out", str(out), "-q",
           "--reference-date", "2026-11-23", *extra]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True, start_new_session=True)


def wait_until_writing(proc: subprocess.Popen, out: Path) -> None:
    """Until the run has staged at least one json/ file, i.e. is half-way through writing."""
    deadline = time.monotonic() + 60
    while not list((out / "json").glob(".*.tmp")):
        assert proc.poll() is None, "the run ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.02)


def rewrite(corpus: Path, edition: str) -> None:
    for name, text in many_articles(len(list(corpus.iterdir())), edition).items():
        (corpus / name).write_text(text, "utf-8")


def second_run_writing(tmp_path: Path, edition: str, processes: int):
    """A corpus run once, then edited and run again in a child process caught while it writes:
    (corpus, out, a snapshot of the first run's outputs, the child process)."""
    corpus = make_corpus(tmp_path, many_articles(N_ARTICLES))
    out = tmp_path / "out"
    run(corpus, out, settings())
    before = snapshot(out)
    rewrite(corpus, edition)
    proc = start_run(corpus, out, "--processes", str(processes))
    wait_until_writing(proc, out)
    return corpus, out, before, proc


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_a_killed_run_leaves_the_outputs_whole_and_the_next_run_no_temporary_file(tmp_path, sig):
    corpus, out, before, proc = second_run_writing(tmp_path, "Mise à jour du soir.\n", processes=1)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert snapshot(out) == before
    if sig == signal.SIGTERM:
        assert proc.returncode == 143
        assert re.fullmatch(r"interrupted; \d+ articles done, outputs unchanged\n", err), err
        assert temporaries(out) == [] and not (out / ".lock").exists()
    else:
        assert proc.returncode == -signal.SIGKILL
        assert temporaries(out) and (out / ".lock").exists()  # what a kill -9 leaves
    summary = run(corpus, out, settings())  # takes the stale lock over, removes the leftovers
    assert summary.kept == N_ARTICLES
    assert temporaries(out) == [] and not (out / ".lock").exists()
    assert len(list((out / "json").iterdir())) == N_ARTICLES


def test_ctrl_c_is_one_line_exit_130_and_the_workers_end_quietly(tmp_path):
    _, out, before, proc = second_run_writing(tmp_path, "Mise à jour du matin.\n", processes=2)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends: the whole group, workers included
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert re.fullmatch(r"interrupted; \d+ articles done, outputs unchanged\n", err), err
    assert snapshot(out) == before and temporaries(out) == []
    deadline = time.monotonic() + 10
    while True:  # no worker outlives the run
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        assert time.monotonic() < deadline, "a worker process is still running"
        time.sleep(0.05)


def test_temporary_files_a_crash_left_are_removed_at_the_start_of_the_next_run(tmp_path):
    corpus = make_corpus(tmp_path, {"a.txt": ARTICLE})
    out = tmp_path / "out"
    run(corpus, out, settings())
    key = next(p for p in (out / ".cache").iterdir() if p.is_dir())
    left = [out / ".figures.csv.k2j3.tmp", out / "json" / ".a.json.4242.tmp", key / ".x.json.77.tmp",
            out / ".cache" / ".last_run.json.ab.tmp"]
    for p in left:
        p.write_text("à moitié")
    run(corpus, out, settings())  # nothing changed, yet the leftovers go
    assert temporaries(out) == []


# --- an article removed from the corpus --------------------------------------------------------------


@pytest.mark.parametrize("how", ["force", "cache_removed"])
def test_a_removed_articles_json_file_goes(tmp_path, how):
    corpus = make_corpus(tmp_path, {"a.txt": ARTICLE, "b.txt": ARTICLE + "Autre article.\n"})
    out = tmp_path / "out"
    run(corpus, out, settings())
    (out / "json" / "mes_notes.json").write_text('{"à moi": 1}', "utf-8")  # a user's own file stays
    (corpus / "b.txt").unlink()
    if how == "cache_removed":  # the user cleared the cache, and the last run's manifest with it
        import shutil

        shutil.rmtree(out / ".cache")
    run(corpus, out, settings(use_cache=how != "force"))
    assert sorted(p.name for p in (out / "json").iterdir()) == ["a.json", "mes_notes.json"]


# --- two runs at once ------------------------------------------------------------------------------


def test_a_second_run_into_the_same_folder_stops_with_a_clear_message(tmp_path, capsys):
    corpus = make_corpus(tmp_path, {"a.txt": ARTICLE})
    out = tmp_path / "out"
    out.mkdir()
    with output_lock(out):  # a first run holds the folder
        assert (out / ".lock").read_text().strip() == str(os.getpid())
        with pytest.raises(OutputLocked):
            run(corpus, out, settings())
        status, err = cli_run(corpus, out, capsys)
    assert status == 2
    assert_one_line_error(err, f"pid {os.getpid()}", "another run")
    assert not (out / "articles.csv").exists()
    assert cli_run(corpus, out, capsys)[0] == 0  # released: the next run goes ahead


def test_a_stale_lock_from_a_killed_run_is_taken_over(tmp_path, caplog):
    corpus = make_corpus(tmp_path, {"a.txt": ARTICLE})
    out = tmp_path / "out"
    out.mkdir()
    (out / ".lock").write_text("999999\n")  # a run killed with kill -9: its file, but no lock held
    assert run(corpus, out, settings()).kept == 1
    assert "999999" in caplog.text
    assert not (out / ".lock").exists()


# --- 100,000 digits --------------------------------------------------------------------------------


def test_figure_values_are_finite_and_sentence_cells_bounded(tmp_path):
    long_sentence = ", ".join(f"l'atelier {CITIES[i % 8]} {i} forme des techniciens" for i in range(60))
    text = (
        TITLE + "Le budget atteint " + "9" * 100_000 + " dirhams selon le rapport.\n\n"
        f"Selon le rapport, {long_sentence} et 450 emplois seront créés, {long_sentence}.\n\n"
        + "".join(paragraph(i) for i in range(6))
    )
    corpus = make_corpus(tmp_path, {"chiffres.txt": text})
    out = tmp_path / "out"
    run(corpus, out, settings())
    figures = read(out / "figures.csv")  # raises if a cell is over the csv module's limit
    assert all(math.isfinite(float(f["value"])) for f in figures)
    assert all(len(f["sentence"]) <= SENTENCE_CELL_CHARS + 2 for f in figures)
    jobs = [f for f in figures if f["text"] == "450 emplois"]
    assert [(f["kind"], f["value"]) for f in jobs] == [("jobs", "450")]
    assert jobs[0]["text"] in jobs[0]["sentence"]
    assert jobs[0]["sentence"].startswith("…") and jobs[0]["sentence"].endswith("…")
    assert max(len(r["sentence"]) for r in figures) > SENTENCE_CELL_CHARS // 2


# --- also noticed -----------------------------------------------------------------------------------


def test_articles_csv_ends_with_the_reference_date_and_encoding_columns(tmp_path):
    assert output.ARTICLE_COLUMNS[-2:] == ["uses_reference_date", "encoding"]
    yearless = ARTICLE + "La foire ouvre ce mercredi 30 avril à Fès.\n"
    corpus = make_corpus(tmp_path, {"a.txt": ARTICLE, "b.txt": yearless})
    out = tmp_path / "out"
    run(corpus, out, settings())
    rows = {r["file"]: r for r in read(out / "articles.csv")}
    assert (rows["a.txt"]["uses_reference_date"], rows["b.txt"]["uses_reference_date"]) == ("False", "True")
    assert rows["a.txt"]["encoding"] == "utf-8"


def test_trafilatura_messages_go_through_the_project_logger_with_the_file_name(caplog):
    import logging

    from pipeline.html import _relayed

    caplog.set_level(logging.INFO)
    with _relayed("pages/une.html"):
        logging.getLogger("trafilatura.core").warning("parsed tree length: 1, wrong data type")
    [record] = [r for r in caplog.records if "wrong data type" in r.getMessage()]
    assert record.name == "pipeline.html" and record.levelno == logging.INFO
    assert record.getMessage().startswith("pages/une.html: trafilatura.core: ")


def test_make_extract_quotes_a_corpus_folder_with_a_space():
    cmd = ["make", "-n", "-o", ".venv/.installed", "extract", "CORPUS=mes articles", "OUT=mes sorties"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert 'extract "mes articles" --out "mes sorties"' in done.stdout


def _report_sigint(queue) -> None:
    queue.put(signal.getsignal(signal.SIGINT) == signal.SIG_IGN)


def test_dask_workers_started_by_the_run_leave_ctrl_c_to_it():
    """The Dask engine's LocalCluster workers are spawned processes: started with SIGINT ignored,
    they keep ignoring it, so Ctrl-C gives the run's one line, not a traceback per worker."""
    import multiprocessing

    from pipeline.engines.dask_cluster import _sigint_ignored

    ctx = multiprocessing.get_context("spawn")
    before = signal.getsignal(signal.SIGINT)
    queue = ctx.Queue()
    with _sigint_ignored():
        worker = ctx.Process(target=_report_sigint, args=(queue,))
        worker.start()
    assert signal.getsignal(signal.SIGINT) is before  # the run itself still gets Ctrl-C
    assert queue.get(timeout=60) is True
    worker.join(timeout=60)
