"""Engines: where the per-article work runs, behind one small interface.

:func:`pipeline.core.run` plans a run (what the cache already holds), then hands the files to
process to an engine and writes, in file order, what the engine gives back. An engine has one
method::

    results(todo, settings) -> iterator of lists of Article

``todo`` is a list of ``(path, corpus folder)`` pairs; the articles come back chunk by chunk in
the order of ``todo``, each chunk the result of :func:`pipeline.core.process_files` (a pure
function of the files' bytes and the settings). An engine holds no more than a few chunks at
once, so memory stays flat, and starts nothing when ``todo`` is empty.

- :class:`LocalPool` (the default): this process, or a pool of processes forked from it;
- :class:`pipeline.engines.dask_cluster.DaskEngine`: a Dask cluster, a ``LocalCluster``
  started for the run or the user's own scheduler (``--engine dask [--scheduler ADDRESS]``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from ..core import BATCH_ARTICLES, Settings, process_files
from ..model import Article

ENGINES = ("local", "dask")
# Articles per task handed to a worker process. Small, so that the two workers finish together
# (a task of 64 articles is ~3 s of work: one worker idled that long at the end); spaCy's speed per
# article is the same on batches of 16 as of 64.
TASK_ARTICLES = 16
# Two tasks, one per worker: forking the loaded model costs a fraction of a second, so two
# processes already pay off there (32 articles: 1.1-1.6 s with two, 2.3-3.0 s with one).
PARALLEL_MIN_ARTICLES = 2 * TASK_ARTICLES
# Processes when there is enough work: two (each holds a forked copy of the model, ~600 MiB at
# its peak, measured on 2 cores only), or one on a single-core machine.
AUTO_PROCESSES = min(2, os.cpu_count() or 1)


class EngineError(Exception):
    """The engine cannot run (no scheduler, workers without the pipeline...): one line for the user."""


class Engine(Protocol):
    def results(self, todo: list[tuple[Path, Path]], settings: Settings) -> Iterator[list[Article]]:
        """The articles of ``todo``, chunk by chunk, in the order of ``todo``."""
        ...


def chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class LocalPool:
    """This machine: one process, or a pool of two forked from this warm one (``Settings.n_process``)."""

    def results(self, todo: list[tuple[Path, Path]], settings: Settings) -> Iterator[list[Article]]:
        n_process = settings.n_process or (AUTO_PROCESSES if len(todo) >= PARALLEL_MIN_ARTICLES else 1)
        if not todo:
            return
        warm_up()  # before the fork: the workers share the model and the stages' data
        if n_process == 1:
            jobs = ((chunk, settings) for chunk in chunks(todo, BATCH_ARTICLES))
            yield from map(process_files, jobs)
            return
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        jobs = ((chunk, settings) for chunk in chunks(todo, TASK_ARTICLES))
        with ctx.Pool(n_process, initializer=worker_init) as pool:
            yield from pool.imap(process_files, jobs)


def worker_init() -> None:
    """In each worker process: Ctrl-C is the parent's to handle (it ends the pool), SIGTERM ends the
    worker quietly (as the pool's terminate() sends it), and the worker ends when its parent does."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:  # Linux: a parent killed with SIGKILL takes its workers along (prctl PR_SET_PDEATHSIG = 1)
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)
    except (OSError, AttributeError):  # another system: the workers end when their task queue closes
        pass


def warm_up() -> None:
    """Load what the stages load lazily (the spaCy model, langdetect's profiles, the entity lexicon,
    the stages' patterns), then set the objects loaded so far aside from the garbage collector
    (:func:`pipeline.allocator.freeze_loaded`). Later calls find everything loaded."""
    from .. import boilerplate, figures, link  # noqa: F401  (their patterns compile at import)
    from ..allocator import freeze_loaded
    from ..dates import extract_dates
    from ..entities import load_nlp
    from ..language import detect
    from ..ner import lexicon

    load_nlp()
    detect("Le projet industriel sera lancé au Maroc cette année.")
    extract_dates("le 3 mars 2024", "2024-03-04")
    lexicon.tables(), lexicon.place_names_lower()  # read by the rule components for most articles
    freeze_loaded()


def make_engine(name: str = "local", scheduler: str | None = None) -> Engine:
    """The engine called ``name`` (one of :data:`ENGINES`); nothing is started before it has work."""
    if name == "local":
        return LocalPool()
    if name == "dask":
        from .dask_cluster import DaskEngine

        return DaskEngine(scheduler)
    raise ValueError(f"unknown engine {name!r}: use one of {', '.join(ENGINES)}")
