"""Issue 7: the per-article cache, parallel runs and atomic writes."""

from __future__ import annotations

import csv
import shutil

import pytest

from pipeline import core, entities, output
from pipeline.core import Settings, run
from pipeline.reader import article_id
from tests.conftest import REFERENCE_DATE, SEED_CORPUS

TABLES = ["articles.csv", "figures.csv", "entities.csv", "dates.csv"]


def files_of(out):
    with (out / "articles.csv").open(encoding="utf-8") as fh:
        return [r["file"] for r in csv.DictReader(fh)]


@pytest.fixture
def corpus(tmp_path):
    c = tmp_path / "corpus"
    c.mkdir()
    for p in sorted(SEED_CORPUS.iterdir())[:3]:
        shutil.copy(p, c / p.name)
    return c


@pytest.fixture
def no_model(monkeypatch):
    """Make any attempt to use spaCy fail, to prove a run did not need it."""

    def refuse():
        raise AssertionError("the spaCy model was loaded")

    monkeypatch.setattr(entities, "load_nlp", refuse)


def settings(**kw):
    return Settings(reference_date=REFERENCE_DATE, n_process=1, **kw)


def test_unchanged_rerun_uses_the_cache_and_never_loads_spacy(corpus, tmp_path, request):
    out = tmp_path / "out"
    first = run(corpus, out, settings())
    before = {n: (out / n).read_bytes() for n in TABLES}
    request.getfixturevalue("no_model")
    second = run(corpus, out, settings())
    assert (first.cached, second.cached) == (0, 3)
    assert {n: (out / n).read_bytes() for n in TABLES} == before


def test_unchanged_rerun_rewrites_nothing_but_a_damaged_output_folder_is_rebuilt(corpus, tmp_path):
    out = tmp_path / "out"
    first = run(corpus, out, settings())
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file() and ".cache" not in p.parts}
    again = run(corpus, out, settings())
    assert (again.kept, again.facts, again.cached) == (first.kept, first.facts, 3)
    assert {p: p.stat().st_mtime_ns for p in stamps} == stamps
    (out / "figures.csv").unlink()  # a user deleted an output: the next run writes it again
    run(corpus, out, settings())
    assert (out / "figures.csv").read_text(encoding="utf-8").count("\n") == first.facts["figures"] + 1


def test_edit_delete_add(corpus, tmp_path):
    out = tmp_path / "out"
    run(corpus, out, settings())
    names = sorted(p.name for p in corpus.iterdir())
    edited = corpus / names[0]
    edited.write_text(edited.read_text(encoding="utf-8").replace("20 000 emplois", "30 000 emplois"), "utf-8")
    (corpus / names[1]).unlink()
    shutil.copy(SEED_CORPUS / "004_51cde8b4fc9d3645.txt", corpus / "new.txt")
    summary = run(corpus, out, settings())
    assert summary.cached == 1  # only the untouched article
    assert files_of(out) == sorted([names[0], names[2], "new.txt"])
    figures = (out / "figures.csv").read_text(encoding="utf-8")
    assert "30 000 emplois" in figures and names[1] not in figures
    assert not (out / "json" / names[1].replace(".txt", ".json")).exists()
    cached = list((out / ".cache").glob("*/*.json"))
    assert len(cached) == 3  # the deleted article's entry is gone


def test_a_settings_change_invalidates_everything(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(corpus, out, settings())
    monkeypatch.setattr(core, "settings_key", lambda s: "another-version")
    summary = run(corpus, out, settings())
    assert summary.cached == 0
    assert [p.name for p in (out / ".cache").iterdir() if p.is_dir()] == ["another-version"]


def test_force_ignores_the_cache(corpus, tmp_path):
    out = tmp_path / "out"
    run(corpus, out, settings())
    assert run(corpus, out, settings(use_cache=False)).cached == 0


def test_reference_date_matters_only_where_it_was_used(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    body = " ".join(["Le projet industriel avance bien selon les responsables de la région."] * 4)
    (corpus / "sans_annee.txt").write_text(
        f"Titre\n\nLa convention a été signée le mercredi 30 avril. {body}\n", "utf-8"
    )
    (corpus / "avec_annee.txt").write_text(
        f"Titre\n\nLa convention a été signée le 30 avril 2024. {body}\n", "utf-8"
    )
    out = tmp_path / "out"
    run(corpus, out, settings())
    later = run(corpus, out, Settings(reference_date=REFERENCE_DATE.replace(year=2030), n_process=1))
    assert later.cached == 1  # the article with a year does not depend on the reference date


def test_one_and_two_processes_give_identical_outputs(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for p in SEED_CORPUS.iterdir():  # enough articles for several chunks
        for i in range(3):
            shutil.copy(p, corpus / f"{i}_{p.name}")
    (corpus / "vide.txt").write_text("")
    one, two = tmp_path / "one", tmp_path / "two"
    run(corpus, one, Settings(reference_date=REFERENCE_DATE, n_process=1))
    run(corpus, two, Settings(reference_date=REFERENCE_DATE, n_process=2))
    for name in TABLES:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_an_interrupted_write_leaves_the_old_outputs_whole(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(corpus, out, settings())
    before = {n: (out / n).read_bytes() for n in TABLES}
    (corpus / "new.txt").write_text((SEED_CORPUS / "004_51cde8b4fc9d3645.txt").read_text("utf-8"), "utf-8")

    calls = {"n": 0}
    real_add = output.OutputWriter.add

    def add_then_die(self, art, document=None):
        calls["n"] += 1
        if calls["n"] == 4:  # new.txt: processed and stored in the cache, not yet written
            raise KeyboardInterrupt  # Ctrl-C in the middle of writing the tables
        real_add(self, art, document)

    monkeypatch.setattr(output.OutputWriter, "add", add_then_die)
    with pytest.raises(KeyboardInterrupt):
        run(corpus, out, settings())
    assert {n: (out / n).read_bytes() for n in TABLES} == before
    assert not list(out.glob(".*.tmp"))
    monkeypatch.setattr(output.OutputWriter, "add", real_add)
    summary = run(corpus, out, settings())
    assert summary.cached == 4  # the interrupted run's work was kept in the cache
    assert "new.txt" in files_of(out)


def test_copies_of_one_article_are_processed_once_and_reported_for_each_file(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name in ("a.txt", "copie_de_a.txt"):
        shutil.copy(SEED_CORPUS / "000_e93303220beda217.txt", corpus / name)
    processed = []
    real = core.process_batch
    monkeypatch.setattr(core, "process_batch", lambda arts, s: processed.extend(arts) or real(arts, s))
    out = tmp_path / "out"
    run(corpus, out, settings())
    assert len(processed) == 1
    assert files_of(out) == ["a.txt", "copie_de_a.txt"]


def test_a_file_changed_while_the_run_reads_it_gets_its_new_content(corpus, tmp_path, monkeypatch):
    """The plan hashed the old bytes; by the time a worker reads the file it holds new ones."""
    victim = sorted(corpus.iterdir())[1]
    new_text = (SEED_CORPUS / "004_51cde8b4fc9d3645.txt").read_text("utf-8")
    real_read = core.read_article

    def read_after_an_edit(path, root):
        if path == victim:
            path.write_text(new_text, "utf-8")
        return real_read(path, root)

    monkeypatch.setattr(core, "read_article", read_after_an_edit)
    summary = run(corpus, tmp_path / "out", settings())
    assert summary.kept == 3
    with (tmp_path / "out" / "articles.csv").open(encoding="utf-8") as fh:
        ids = {r["file"]: r["article_id"] for r in csv.DictReader(fh)}
    assert ids[victim.name] == article_id(new_text.encode("utf-8"))


def test_a_cache_entry_holds_the_same_document_as_the_json_file(corpus, tmp_path):
    out = tmp_path / "out"
    run(corpus, out, settings())
    entries = sorted((out / ".cache").glob("*/*.json"))
    assert len(entries) == 3
    documents = {p.read_text("utf-8") for p in (out / "json").iterdir()}
    assert {p.read_text("utf-8") for p in entries} == documents  # encoded once, written twice


def test_a_per_article_file_is_written_over_a_stale_temporary_file(tmp_path):
    """A temporary file left by a killed process whose id came back does not stop the write."""
    import os

    path = tmp_path / "json" / "a.json"
    path.parent.mkdir()
    stale = path.parent / f".a.json.{os.getpid()}.tmp"
    stale.write_text("half a docu", "utf-8")
    output.atomic_write(path, '{"ok": 1}\n', sync=False)
    assert path.read_text("utf-8") == '{"ok": 1}\n'
    assert not stale.exists()
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask  # as open() would create it


def test_a_per_article_file_makes_its_folder(tmp_path):
    path = tmp_path / "new" / "b.json"
    output.atomic_write(path, "{}\n", sync=False)
    assert path.read_text("utf-8") == "{}\n"
    assert [p.name for p in path.parent.iterdir()] == ["b.json"]
