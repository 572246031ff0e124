"""Command-line interface: ``python -m pipeline extract CORPUS_DIR --out OUT_DIR``, and
``python -m pipeline report OUT_DIR`` for the HTML report of a run.

Exit status: 0 done; 2 a problem the user can fix (a missing corpus, an output folder that cannot
be written, another run holding it), told in one line on stderr; 130 interrupted (Ctrl-C, or 143
for SIGTERM), the outputs left as they were.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
import time
from datetime import date
from pathlib import Path

from . import __version__


def _date(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date {s!r}: use YYYY-MM-DD, e.g. 2025-07-23") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Extract entities, figures and dates from French news articles into CSV and JSON.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ex = sub.add_parser(
        "extract",
        help="process a corpus folder",
        description="Read every file of CORPUS_DIR (plain text or saved HTML), extract the facts, "
        "and write articles.csv, figures.csv, entities.csv, entities_index.csv, dates.csv "
        "and json/<stem>.json into OUT_DIR. Unchanged articles are taken from OUT_DIR/.cache.",
    )
    ex.add_argument(
        "corpus", type=Path, metavar="CORPUS_DIR", help="folder of articles (searched recursively)"
    )
    ex.add_argument("--out", type=Path, default=Path("outputs"), help="output folder (default: outputs)")
    ex.add_argument(
        "--reference-date",
        type=_date,
        default=None,
        help="date used to place dates that give neither a year nor a publication date "
        "(default: today); fix it for reproducible runs",
    )
    ex.add_argument("--force", action="store_true", help="ignore the cache and process every article again")
    ex.add_argument(
        "--processes",
        type=int,
        default=0,
        metavar="N",
        help="worker processes (default: 0 = 2 when at least 32 articles are new and 2 cores exist, else 1)",
    )
    ex.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="where the articles are processed: local (this machine's processes, the default) or dask "
        "(a Dask cluster: see docs/cluster.md)",
    )
    ex.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 "
        "(default: start a local cluster with one worker per core)",
    )
    ex.add_argument("-v", "--verbose", action="count", default=0, help="log to stderr (-vv for debug)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    rep = sub.add_parser(
        "report",
        help="write the HTML report of a run",
        description="Write OUT_DIR/report/: index.html (articles, figures or announcements, main actors, "
        "jobs and money per month, the run's settings) and one page per article with its text, "
        "boilerplate greyed and facts highlighted. Opens offline from the file system.",
    )
    rep.add_argument("out", type=Path, metavar="OUT_DIR", help="the output folder of an extract run")
    rep.add_argument("-v", "--verbose", action="count", default=0, help="log to stderr (-vv for debug)")
    rep.add_argument("-q", "--quiet", action="store_true", help="do not print the report's path")
    return p


# Seconds before the progress bar shows: a short run prints its summary line only
PROGRESS_DELAY = 3.0


class ProgressBar:
    """A tqdm bar on stderr (articles done, articles per second, time left) for the articles a run
    processes; shown only when stderr is a terminal, --quiet is not given and the run lasts more
    than PROGRESS_DELAY seconds. Cleared at the end, so the summary line stands alone."""

    def __init__(self, file=None, delay: float = PROGRESS_DELAY, show: bool = True) -> None:
        self.bar = None
        self.file, self.delay, self.show = file, delay, show
        self.done = 0  # articles processed so far, shown or not (the interrupt message says it)

    def __call__(self, done: int, total: int) -> None:
        self.done = done
        if total <= 0 or not self.show:
            return
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="article", desc="new or changed articles",
                            file=self.file or sys.stderr, delay=self.delay, leave=False, dynamic_ncols=True)
        self.bar.update(done - self.bar.n)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _progress(quiet: bool) -> ProgressBar:
    return ProgressBar(show=not quiet and sys.stderr.isatty())


def _log_above(progress: ProgressBar):
    """While the bar shows, log lines print above it, not through it."""
    if not progress.show:
        return contextlib.nullcontext()
    from tqdm.contrib.logging import logging_redirect_tqdm

    return logging_redirect_tqdm()


class Stopped(KeyboardInterrupt):
    """SIGTERM, turned into an exception so that the run cleans up as on Ctrl-C."""


def _stop(signum, frame) -> None:
    raise Stopped


def _fault(exc: OSError, out: Path) -> str:
    """One line for an OSError that stopped the run: what, where, and that nothing was changed."""
    where = exc.filename if exc.filename is not None else out
    what = exc.strerror or str(exc)
    try:
        in_out = Path(os.fsdecode(where)).resolve().is_relative_to(out.resolve())
    except (OSError, ValueError):
        in_out = False
    if in_out:
        return (f"error: cannot write the outputs into {str(out)!r}: {what} ({os.fsdecode(where)}); "
                "the previous outputs are unchanged")
    return f"error: {what}: {os.fsdecode(where)}"


def report(args) -> int:
    if not (args.out / "articles.csv").is_file():
        print(f"error: {str(args.out)!r} holds no articles.csv; give the output folder of an extract run "
              "(e.g. outputs)", file=sys.stderr)
        return 2
    from .report import build

    progress = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        def progress(articles):
            return tqdm(articles, unit="page", desc="article pages", delay=PROGRESS_DELAY, leave=False)

    index = build(args.out, progress)
    if not args.quiet:
        print(f"report written: {index}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "report":
        return report(args)
    if not args.corpus.is_dir():
        print(
            f"error: corpus folder {str(args.corpus)!r} does not exist or is not a folder; "
            "give the folder that holds your articles",
            file=sys.stderr,
        )
        return 2
    if args.out.resolve() == args.corpus.resolve():
        print("error: --out is the corpus folder; give another folder for the outputs "
              "(e.g. --out outputs)", file=sys.stderr)
        return 2
    if args.out.exists() and not args.out.is_dir():
        print(f"error: output path {str(args.out)!r} is a file; give a folder with --out", file=sys.stderr)
        return 2
    if args.processes < 0:
        print("error: --processes must be 0 (automatic) or a positive number", file=sys.stderr)
        return 2
    if args.scheduler and args.engine != "dask":
        print("error: --scheduler is for the Dask engine; add --engine dask", file=sys.stderr)
        return 2

    from .core import Settings, run
    from .engines import EngineError, make_engine
    from .lock import OutputLocked

    settings = Settings(
        reference_date=args.reference_date or date.today(),
        n_process=args.processes,
        use_cache=not args.force,
    )
    t0 = time.perf_counter()
    progress = _progress(args.quiet)
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        engine = make_engine(args.engine, args.scheduler)
        with _log_above(progress):
            summary = run(args.corpus, args.out, settings, progress=progress, engine=engine)
    except KeyboardInterrupt as exc:
        progress.close()
        print(f"interrupted; {progress.done} articles done, outputs unchanged", file=sys.stderr)
        return 143 if isinstance(exc, Stopped) else 130
    except (EngineError, OutputLocked) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(_fault(exc, args.out), file=sys.stderr)
        return 2
    finally:
        progress.close()
        signal.signal(signal.SIGTERM, previous)
    if not args.quiet:
        print(f"{summary.line()} ({time.perf_counter() - t0:.1f} s) -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
