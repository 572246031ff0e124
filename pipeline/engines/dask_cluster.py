"""The Dask engine: the same per-article work on a Dask cluster (``distributed``).

    python -m pipeline extract CORPUS --engine dask                      # a LocalCluster, one worker per core
    python -m pipeline extract CORPUS --engine dask --scheduler HOST:8786  # the user's cluster

- Tasks are batches of :data:`~pipeline.engines.TASK_ARTICLES` files: only their paths travel,
  and each worker reads the files itself, so the corpus must be on storage every worker sees,
  at the same path as on this machine (a worker that cannot read one stops the run, with a
  message that says so).
- Every worker loads the spaCy model once, when it joins (:class:`PipelineWorker`, a worker
  plugin; a worker restarted after a crash loads it again), and keeps it for all its tasks.
- Results come back in file order through a sliding window of futures: at most
  :data:`IN_FLIGHT_PER_THREAD` batches per worker thread are submitted at once, the oldest is
  awaited, and one more is submitted for each that comes back; memory stays flat.
- Faults: Dask reruns the tasks of a worker that died. A batch whose task failed anyway (it
  raised outside the stages' own guard, or killed its worker again and again) is retried article
  by article, and an article that fails alone gets an ``internal_error:`` row, as with the local
  pool; the run goes on.
"""

from __future__ import annotations

import logging
import os
import signal
import warnings
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

from ..core import Settings, process_files, settings_key
from ..model import ERROR, Article
from ..reader import display_name, file_id
from . import TASK_ARTICLES, EngineError, chunks, warm_up

log = logging.getLogger(__name__)

# Seconds to wait for the user's scheduler to answer. A reachable scheduler answers in
# milliseconds, even across a data centre; past this the address is wrong or the scheduler is down,
# and the user hears it now rather than after Dask's default of 30 s.
SCHEDULER_CONNECT_TIMEOUT = 5
# Seconds to wait for the first worker to join the user's scheduler (a worker starting up and
# loading the model takes ~5 s on a loaded 2-core machine; an adaptive cluster may need to scale up).
WORKER_WAIT_TIMEOUT = 120
# Batches submitted per worker thread: one running, two queued on the worker, so that a worker
# never waits for the parent to hand it the next batch; with batches of 16 articles this holds
# at most 48 articles per worker in flight, whatever the size of the corpus.
IN_FLIGHT_PER_THREAD = 3
# Dask's nanny sets this glibc variable in every worker it starts (its configuration
# ``distributed.nanny.pre-spawn-environ``); the pipeline's own allocator settings
# (:mod:`pipeline.allocator`) would take it for the user's choice and leave the allocator alone.
DASK_ALLOCATOR_DEFAULT = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"
PLUGIN_NAME = "newsfacts-pipeline"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def quiet_dask_logs() -> None:
    """Dask's INFO and WARNING lines (cluster start-up, a restarted worker, a slow event loop) only
    show with -v; its errors always do."""
    if not logging.getLogger().isEnabledFor(logging.INFO):
        for name in ("distributed", "bokeh", "tornado"):
            logging.getLogger(name).setLevel(logging.ERROR)


def start_local_cluster(n_workers: int = 0):
    """A ``LocalCluster`` of ``n_workers`` worker processes (0: one per core), one thread each.

    Its workers are spawned processes that get Dask's usual one-thread settings for numpy's BLAS
    (``OPENBLAS_NUM_THREADS=1``...) but not its ``MALLOC_TRIM_THRESHOLD_``, so that the pipeline's
    allocator settings apply in them (see :data:`DASK_ALLOCATOR_DEFAULT`).
    """
    import dask
    from distributed import LocalCluster

    quiet_dask_logs()
    verbose = logging.getLogger().isEnabledFor(logging.INFO)
    with dask.config.set({DASK_ALLOCATOR_DEFAULT: None}), warnings.catch_warnings():
        if not verbose:  # "Port 8787 is already in use": the dashboard then takes another, see -v
            warnings.filterwarnings("ignore", "Port .* is already in use", UserWarning)
        with _sigint_ignored():  # the workers inherit it: Ctrl-C is the run's to handle, not theirs
            return LocalCluster(
                n_workers=n_workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                silence_logs=logging.INFO if verbose else logging.ERROR,
            )


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """SIGINT ignored while the cluster's worker processes start: an ignored signal stays ignored in
    a spawned process, so a Ctrl-C at the terminal (sent to the whole process group) reaches only
    the run, which ends the cluster, instead of a traceback from every worker."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: signals are not ours to set
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _forget_dask_allocator_default() -> None:
    """Take Dask's own ``MALLOC_TRIM_THRESHOLD_`` out of a worker's environment, so that
    :func:`pipeline.allocator.keep_freed_memory` sets the allocator as in a local run; a value
    other than Dask's default is the user's and is kept."""
    import dask

    default = dask.config.get(DASK_ALLOCATOR_DEFAULT, None)
    if default is not None and os.environ.get("MALLOC_TRIM_THRESHOLD_") == str(default):
        del os.environ["MALLOC_TRIM_THRESHOLD_"]


try:
    from distributed import WorkerPlugin
except ImportError:  # the dask extra is not installed: the engine says so when it is chosen
    WorkerPlugin = object


class PipelineWorker(WorkerPlugin):
    """Prepares each worker once: the same code as the parent, the allocator set, the model loaded."""

    def __init__(self, key: str):
        self.key = key  # the parent's settings key: the code, model and data its cache trusts

    def setup(self, worker) -> None:
        theirs = settings_key(Settings())
        if theirs != self.key:
            raise RuntimeError(
                f"worker {worker.address} runs other pipeline code or another model (settings key "
                f"{theirs}, this machine {self.key}): install the same version on every worker"
            )
        _forget_dask_allocator_default()
        warm_up()  # the spaCy model, once per worker process; load_nlp keeps it for every task


class DaskEngine:
    """Batches of articles on a Dask cluster: a LocalCluster for the run, or the user's scheduler."""

    def __init__(self, scheduler: str | None = None):
        self.scheduler = scheduler

    def results(self, todo: list[tuple[Path, Path]], settings: Settings) -> Iterator[list[Article]]:
        if not todo:  # a run with nothing new starts no cluster
            return iter(())
        # absolute paths: a worker's working folder is not this process's
        todo = [(Path(os.path.abspath(p)), Path(os.path.abspath(c))) for p, c in todo]
        client, cluster = self._connect(settings)
        return self._stream(client, cluster, todo, settings)

    def _connect(self, settings: Settings):
        """A client of a ready cluster, every worker prepared; an :class:`EngineError` when there is none."""
        try:
            from distributed import Client
        except ImportError:
            raise EngineError(
                "the dask engine needs Dask's distributed package: pip install 'pipeline[dask]'"
            ) from None
        quiet_dask_logs()
        cluster = None
        if self.scheduler:
            _check_address(self.scheduler)
            try:
                client = Client(self.scheduler, timeout=SCHEDULER_CONNECT_TIMEOUT, set_as_default=False)
            except (OSError, TimeoutError) as exc:
                raise EngineError(
                    f"cannot reach the Dask scheduler at {self.scheduler} within "
                    f"{SCHEDULER_CONNECT_TIMEOUT} s ({_first_line(exc)}); check the address, and that "
                    "`dask scheduler` runs there"
                ) from None
        else:
            cluster = start_local_cluster(settings.n_process)
            client = Client(cluster, set_as_default=False)
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT_TIMEOUT)
            client.register_plugin(PipelineWorker(settings_key(settings)), name=PLUGIN_NAME)
        except Exception as exc:
            _close(client, cluster)
            if isinstance(exc, TimeoutError):
                raise EngineError(
                    f"no Dask worker joined the scheduler at {self.scheduler} within "
                    f"{WORKER_WAIT_TIMEOUT} s: start some with `dask worker {self.scheduler}`"
                ) from None
            raise EngineError(f"the Dask workers cannot run the pipeline: {_first_line(exc)}") from None
        log.info("Dask dashboard: %s", client.dashboard_link)
        return client, cluster

    def _stream(self, client, cluster, todo, settings) -> Iterator[list[Article]]:
        """Each batch's articles in order, with a bounded window of batches in flight."""
        window: deque = deque()

        def submit(batch: list[tuple[Path, Path]]) -> None:
            window.append((batch, client.submit(process_files, (batch, settings), pure=False)))

        try:
            threads = max(1, sum(client.nthreads().values()))
            batches = chunks(todo, TASK_ARTICLES)
            for batch in islice(batches, IN_FLIGHT_PER_THREAD * threads):
                submit(batch)
            while window:
                batch, future = window.popleft()
                arts = self._collect(client, future, batch, settings)
                future.release()
                if (following := next(batches, None)) is not None:
                    submit(following)
                yield arts
        finally:
            for _, future in window:
                future.cancel()
            _close(client, cluster)

    def _collect(self, client, future, batch, settings) -> list[Article]:
        """The batch's articles; when its task failed, each article retried alone on the cluster."""
        try:
            arts = future.result()
        except Exception as exc:
            _check_task_error(future, exc)
            log.warning("a batch of %d articles failed on the cluster (%s); retrying them one by one",
                        len(batch), _first_line(exc))
            singles = [client.submit(process_files, ([item], settings), pure=False) for item in batch]
            arts = []
            for item, single in zip(batch, singles, strict=True):
                try:
                    arts.extend(single.result())
                except Exception as exc:
                    _check_task_error(single, exc)
                    arts.append(_failed(item, exc))
        for art, (path, _) in zip(arts, batch, strict=True):
            if art.reason.startswith("unreadable:") and os.path.isfile(path) and os.access(path, os.R_OK):
                raise EngineError(
                    f"a Dask worker cannot read {path} ({art.reason.removeprefix('unreadable:')}), "
                    "which this machine reads: the corpus must be on storage every worker sees, "
                    "at the same path"
                )
        return arts


def _check_address(address: str) -> None:
    """A scheduler address Dask can parse (``tcp://host:port``, ``host:port``), else an EngineError."""
    from distributed.comm import get_address_host_port, parse_address, resolve_address

    try:
        if parse_address(address)[0] != "inproc":  # a cluster of threads in this process has no host
            get_address_host_port(resolve_address(address))
    except (ValueError, TypeError, OSError) as exc:
        raise EngineError(
            f"cannot use {address!r} as a Dask scheduler address ({_first_line(exc)}): "
            "give one like tcp://10.0.0.5:8786"
        ) from None


def _check_task_error(future, exc: Exception) -> None:
    """Let a task's own failure through; anything else (the scheduler lost) stops the run."""
    if future.status != "error":
        raise EngineError(f"the Dask cluster lost the run's tasks ({_first_line(exc)})") from exc


def _failed(item: tuple[Path, Path], exc: Exception) -> Article:
    """The row of an article whose task failed on the cluster even alone."""
    path, corpus = item
    log.error("%s: failed on the cluster (%s)", path, _first_line(exc))
    try:
        art_id = file_id(path)
    except OSError:
        art_id = ""
    reason = f"internal_error:{type(exc).__name__}"
    return Article(art_id, display_name(path, corpus), status=ERROR, reason=reason)


def _close(client, cluster) -> None:
    client.close()
    if cluster is not None:
        cluster.close()
