"""Issue 18: the same extraction on a Dask cluster (pipeline.engines.dask_cluster).

Kept few and small for a shared 2-core machine: one LocalCluster of 2 worker processes for the
module, one started by the engine itself on the 5 seeds, and a thread-based cluster (in this
process, so that a stage can be made to fail) for the fault tests.
"""

from __future__ import annotations

import os
import random
import shutil
import signal

import pytest

from pipeline import allocator, core, entities
from pipeline.cli import main
from pipeline.core import Settings, run, settings_key
from pipeline.engines import EngineError, LocalPool

distributed = pytest.importorskip("distributed")
from pipeline.engines import dask_cluster  # noqa: E402
from pipeline.engines.dask_cluster import PLUGIN_NAME, DaskEngine, PipelineWorker  # noqa: E402
from tests.conftest import REFERENCE_DATE, SEED_CORPUS  # noqa: E402

SETTINGS = Settings(reference_date=REFERENCE_DATE, n_process=2)

# Sentences written for these tests, recombined into varied articles.
ORGS = ["l'OCP", "Renault Maroc", "la société Atlas Textiles", "Maroc Telecom", "le groupe Holmarcom",
        "la Banque africaine de développement", "Safran Nacelles", "l'Agence nationale des ports"]
PEOPLE = ["Nadia Fettah", "Karim Bennani", "Samira El Idrissi", "Youssef Amrani", "Leïla Benjelloun"]
PLACES = ["Casablanca", "Tanger", "Kénitra", "Agadir", "Oujda", "Dakhla", "Fès", "Dakar", "Abidjan"]
MONTHS = ["janvier", "mars", "avril", "juin", "juillet", "septembre", "octobre", "décembre"]
TITLES = [
    "{org} va créer {n} emplois à {place}",
    "{place} : un investissement de {m} millions de dirhams annoncé",
    "Le chiffre d'affaires de {org} progresse de {p} %",
    "Industrie : {org} inaugure une usine à {place}",
]
SENTENCES = [
    "{org} a annoncé le {day} {month} {year} un investissement de {m} millions de dirhams à {place}.",
    "Le projet, porté par {person}, directeur général de {org}, devrait créer {n} emplois directs.",
    "La nouvelle usine s'étendra sur {h} hectares dans la zone industrielle de {place}.",
    "Selon le ministère de l'Industrie, plus de {n} entreprises ont participé au salon organisé "
    "à {place} en {month} dernier.",
    "Les exportations ont atteint {m},{d} milliards d'euros au premier semestre, en hausse de {p} %.",
    "« Nous voulons doubler notre capacité d'ici {year2} », a déclaré {person} lors d'une conférence "
    "de presse à {place}.",
    "La Banque centrale a maintenu son taux directeur à {d},{d} %, a-t-on appris mardi.",
    "Environ {n} agriculteurs bénéficieront du programme, doté d'une enveloppe de {m} MDH.",
    "Les travaux commenceront en {month} prochain et dureront {k} mois, selon {person}.",
    "Le conseil régional de {place} a approuvé jeudi une convention avec {org}.",
    "Près de {n} logements sociaux seront livrés d'ici la fin de l'année à {place}.",
    "{person} a rappelé que le coût total du programme s'élève à {m} millions d'euros.",
]
FURNITURE = ["Lire aussi : {org} ouvre une filiale à {place}", "Partager sur Facebook", "Publicité"]
ENGLISH = "The company said on Monday it would invest {m} million dollars in a new plant near {place}. "


def fill(template: str, rng: random.Random) -> str:
    return template.format(
        org=rng.choice(ORGS), person=rng.choice(PEOPLE), place=rng.choice(PLACES),
        month=rng.choice(MONTHS), day=rng.randint(1, 28), year=rng.randint(2019, 2026),
        year2=rng.randint(2027, 2035), n=rng.randint(12, 9000), m=rng.randint(2, 900),
        d=rng.randint(1, 9), p=rng.randint(1, 40), h=rng.randint(2, 300), k=rng.randint(3, 36),
    )


def write_varied_corpus(dest, n: int = 240) -> None:
    """n generated French articles (titles, boilerplate, dates or none) and the awkward files a
    corpus holds: English, empty, binary, cp1252, HTML, a copy, a subfolder."""
    rng = random.Random(18)
    for i in range(n):
        lines = [fill(rng.choice(TITLES), rng)]
        if rng.random() < 0.3:
            lines.insert(0, fill(rng.choice(FURNITURE), rng))
        for _ in range(rng.randint(2, 4)):
            lines.append(" ".join(fill(rng.choice(SENTENCES), rng) for _ in range(rng.randint(2, 4))))
        if rng.random() < 0.3:
            lines.append(fill(rng.choice(FURNITURE), rng))
        folder = dest / f"lot_{i % 3}" if i % 7 == 0 else dest
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"article_{i:03d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    (dest / "english.txt").write_text(" ".join(fill(ENGLISH, rng) for _ in range(6)), encoding="utf-8")
    (dest / "vide.txt").write_text("")
    (dest / "image.jpg").write_bytes(bytes(range(256)) * 8)
    (dest / "windows.txt").write_bytes(
        ("Économie\n\n" + " ".join(fill(s, rng) for s in SENTENCES[:4])).encode("cp1252", "replace")
    )
    body = " ".join(f"<p>{fill(s, rng)}</p>" for s in SENTENCES[4:8])
    (dest / "page.html").write_text(
        f"<html><head><title>Économie</title></head><body><h1>{fill(TITLES[0], rng)}</h1>{body}"
        "</body></html>",
        encoding="utf-8",
    )
    shutil.copy(dest / "article_001.txt", dest / "copie_001.txt")


def tree(out) -> dict[str, bytes]:
    """Every file a run left in its output folder, cache included, by relative path."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def varied(tmp_path_factory):
    """The varied corpus and its outputs from the local engine (2 processes)."""
    base = tmp_path_factory.mktemp("varied")
    corpus = base / "corpus"
    write_varied_corpus(corpus)
    local = base / "local"
    run(corpus, local, SETTINGS, engine=LocalPool())
    return corpus, local


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of 2 worker processes, started as the engine starts its own."""
    with dask_cluster.start_local_cluster(2) as c, distributed.Client(c, set_as_default=False) as client:
        yield c, client


def test_the_engine_own_local_cluster_gives_the_local_outputs_on_the_seeds(tmp_path):
    corpus = tmp_path / "seeds"
    shutil.copytree(SEED_CORPUS, corpus)
    run(corpus, tmp_path / "local", SETTINGS, engine=LocalPool())
    summary = run(corpus, tmp_path / "dask", SETTINGS, engine=DaskEngine())
    assert summary.kept == 5
    assert tree(tmp_path / "dask") == tree(tmp_path / "local")


def worker_state() -> dict:
    """What a worker process holds once prepared (run on the workers by client.run)."""
    return {
        "allocator": allocator._done,  # set by load_nlp (this module's own flag)
        "dask_trim_variable": os.environ.get("MALLOC_TRIM_THRESHOLD_"),
        "blas_threads": os.environ.get("OPENBLAS_NUM_THREADS"),
        "models_loaded": entities.load_nlp.cache_info().currsize,
    }


def test_workers_load_the_model_once_and_get_the_pipeline_process_settings(cluster):
    _, client = cluster
    client.register_plugin(PipelineWorker(settings_key(SETTINGS)), name=PLUGIN_NAME)
    states = list(client.run(worker_state).values())
    assert len(states) == 2
    expected = {"allocator": True, "dask_trim_variable": None, "blas_threads": "1", "models_loaded": 1}
    assert states[0] == expected
    assert states[1] == states[0]


def test_dask_gives_the_local_outputs_on_varied_articles(cluster, varied, tmp_path):
    c, _ = cluster
    corpus, local = varied
    summary = run(corpus, tmp_path / "dask", SETTINGS, engine=DaskEngine(c.scheduler_address))
    assert summary.read == 246 and summary.skipped  # the English, empty and binary files
    assert tree(tmp_path / "dask") == tree(local)


def test_a_worker_killed_mid_run_has_its_tasks_rerun(cluster, varied, tmp_path):
    c, client = cluster
    corpus, local = varied
    before = client.run(os.getpid)
    killed = []

    def kill_one_worker(done: int, total: int) -> None:
        if done == 20 and not killed:  # the first batches are back; more are queued on both workers
            killed.append(next(iter(before.values())))
            os.kill(killed[0], signal.SIGKILL)

    run(corpus, tmp_path / "dask", SETTINGS, progress=kill_one_worker, engine=DaskEngine(c.scheduler_address))
    assert killed
    assert tree(tmp_path / "dask") == tree(local)
    client.wait_for_workers(2)
    assert killed[0] not in client.run(os.getpid).values()  # the nanny started a new worker


def test_a_no_change_run_starts_no_cluster_and_an_edit_processes_one_article(
    cluster, varied, tmp_path, monkeypatch
):
    c, _ = cluster
    corpus, local = varied
    mine = tmp_path / "corpus"
    shutil.copytree(corpus, mine)
    local_out, dask_out = tmp_path / "local", tmp_path / "dask"
    shutil.copytree(local, local_out)  # the cache does not depend on the engine
    shutil.copytree(local, dask_out)

    def no_cluster(*args, **kw):
        raise AssertionError("a cluster was started")

    monkeypatch.setattr(dask_cluster, "start_local_cluster", no_cluster)
    monkeypatch.setattr(distributed, "Client", no_cluster)
    assert run(mine, dask_out, SETTINGS, engine=DaskEngine()).cached == 246
    monkeypatch.undo()
    edited = mine / "article_005.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nLe port de Tanger Med a traité 9 millions de "
                      "conteneurs en 2025.\n", encoding="utf-8")
    summary = run(mine, dask_out, SETTINGS, engine=DaskEngine(c.scheduler_address))
    assert summary.cached == 245
    run(mine, local_out, SETTINGS, engine=LocalPool())
    assert tree(dask_out) == tree(local_out)


# --- faults, on a cluster of threads in this process, where a stage can be made to fail


@pytest.fixture(scope="module")
def threads():
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=":0") as c:
        yield c.scheduler_address


@pytest.fixture
def small(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rng = random.Random(7)
    for name in ("a.txt", "b_panne.txt", "c_casse.txt", "d.txt"):
        text = fill(TITLES[0], rng) + "\n\n" + " ".join(fill(s, rng) for s in SENTENCES[:5])
        if "panne" in name:
            text += " Le site a connu une PANNE de 3 jours."
        (corpus / name).write_text(text + "\n", encoding="utf-8")
    return corpus


def test_an_article_that_raises_gets_its_error_row_and_the_run_goes_on(threads, small, tmp_path,
                                                                     monkeypatch):
    from pipeline import figures

    real_figures, real_read = figures.extract_figures, core.read_article

    def broken_figures(text, *args, **kw):
        if "PANNE" in text:
            raise ValueError("a stage's bug")
        return real_figures(text, *args, **kw)

    def broken_read(path, corpus):  # outside the stages' guard: the whole batch's task fails
        if "casse" in path.name:
            raise MemoryError
        return real_read(path, corpus)

    monkeypatch.setattr(figures, "extract_figures", broken_figures)
    monkeypatch.setattr(core, "read_article", broken_read)
    out = tmp_path / "out"
    summary = run(small, out, Settings(reference_date=REFERENCE_DATE), engine=DaskEngine(threads))
    assert summary.kept == 2
    assert summary.skipped == {"internal_error:ValueError": 1, "internal_error:MemoryError": 1}
    rows = (out / "articles.csv").read_text(encoding="utf-8")
    assert "c_casse.txt" in rows and "b_panne.txt" in rows


def test_a_worker_that_cannot_read_the_corpus_stops_the_run_with_a_clear_error(threads, small, tmp_path,
                                                                             monkeypatch):
    from pipeline.model import ERROR, Article

    def not_shared(path, corpus):  # what a worker without the corpus's storage reads
        return Article("", path.name, status=ERROR, reason="unreadable:No such file or directory")

    monkeypatch.setattr(core, "read_article", not_shared)
    with pytest.raises(EngineError, match="storage every worker sees"):
        run(small, tmp_path / "out", Settings(reference_date=REFERENCE_DATE), engine=DaskEngine(threads))


def test_an_unreachable_scheduler_fails_at_once_with_one_line(small, tmp_path, capsys):
    args = ["extract", str(small), "--out", str(tmp_path / "out"), "-q", "--engine", "dask"]
    assert main([*args, "--scheduler", "tcp://127.0.0.1:1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:1")
    assert err.count("\n") == 1
    assert main([*args[:-2], "--scheduler", "127.0.0.1:8786"]) == 2  # without --engine dask
    assert "--engine dask" in capsys.readouterr().err
