"""The orchestrator: one corpus folder in, CSV and JSON facts out.

Stages, in the order the data flows (one module each):

1. read and decode      :mod:`pipeline.reader` (HTML through :mod:`pipeline.html`)
2. strip boilerplate    :mod:`pipeline.boilerplate`: title, byline and body blocks
3. detect the language  :mod:`pipeline.language`: non-French articles are skipped
4. named entities       :mod:`pipeline.entities` (spaCy ``fr_core_news_md``, batched)
5. figures              :mod:`pipeline.figures`: jobs, areas, money, counts, percentages
6. dates                :mod:`pipeline.dates`: resolved against the publication date
7. write                :mod:`pipeline.output`: CSV tables and json/<stem>.json, atomically

The work on one article is a pure function of its bytes and the :class:`Settings`
(``analyse_text`` then ``finish``), so results can be cached per article
(:mod:`pipeline.cache`) and the same code could run on a distributed engine.
Only stage 4 is batched, because spaCy is fastest on batches.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import __version__
from .cache import Cache
from .model import ERROR, OK, Article
from .output import write_outputs
from .reader import read_article

log = logging.getLogger(__name__)

BATCH_ARTICLES = 64  # articles per spaCy batch: large enough for throughput, small enough for memory
PARALLEL_MIN_ARTICLES = 200  # below this, starting a second spaCy process costs more than it saves


@dataclass(frozen=True)
class Settings:
    """Everything besides an article's bytes that its facts depend on."""

    reference_date: date = field(default_factory=date.today)
    n_process: int = 0  # 0 = choose: 2 processes for large batches, 1 otherwise
    use_cache: bool = True


@dataclass
class RunSummary:
    read: int = 0
    kept: int = 0
    cached: int = 0
    skipped: Counter = field(default_factory=Counter)
    facts: dict = field(default_factory=dict)

    def line(self) -> str:
        skipped = sum(self.skipped.values())
        reasons = ", ".join(f"{r}: {n}" for r, n in sorted(self.skipped.items()))
        facts = ", ".join(f"{n} {k}" for k, n in self.facts.items())
        return (
            f"{self.read} articles read, {self.kept} kept, {skipped} skipped or failed"
            + (f" ({reasons})" if reasons else "")
            + f", {self.cached} from cache; facts written: {facts}"
        )


def list_corpus(corpus: Path) -> list[Path]:
    """Every regular file under the corpus folder, hidden files and folders aside, in path order."""
    files = []
    for p in corpus.rglob("*"):
        rel = p.relative_to(corpus)
        if any(part.startswith(".") for part in rel.parts) or not p.is_file():
            continue
        files.append(p)
    return sorted(files, key=lambda p: p.relative_to(corpus).as_posix())


def analyse_text(art: Article) -> Article:
    """Stages 2 and 3 on a decoded article (no model needed)."""
    from .boilerplate import strip_boilerplate
    from .language import detect_language

    if art.status != OK:
        return art
    strip_boilerplate(art)
    return detect_language(art)


def finish(art: Article, doc, table, settings: Settings) -> Article:
    """Stages 4 (from the spaCy doc), 5 and 6 for one article."""
    from .dates import extract_dates, find_published
    from .entities import entities_from_doc
    from .figures import extract_figures

    art.entities = entities_from_doc(art, doc, table)
    published = find_published(art)
    if published is not None:
        art.dates.append(published)
        art.published = art.published or published.date
    for s, e in art.spans("title", "body"):
        for f in extract_figures(art.text[s:e]):
            f.start, f.end = f.start + s, f.end + s
            art.figures.append(f)
    for s, e in art.spans("title", "byline", "body"):
        for d in extract_dates(art.text[s:e], art.published, settings.reference_date):
            d.start, d.end = d.start + s, d.end + s
            art.dates.append(d)
    # with no publication date, a date without a year was placed by the run's reference date
    art.uses_reference_date = not art.published and any(
        not any(ch.isdigit() for ch in d.date[:4]) or not _has_year(d.text) for d in art.dates
    )
    return art


def _has_year(text: str) -> bool:
    return any(text[i : i + 4].isdigit() for i in range(len(text) - 3))


def process_batch(arts: list[Article], settings: Settings, n_process: int) -> None:
    """Run stages 2 to 6 on a batch of decoded articles, in place."""
    from .entities import joined_text, load_nlp

    for a in arts:
        analyse_text(a)
    todo = [a for a in arts if a.status == OK]
    if not todo:
        return
    nlp = load_nlp()
    joined = [joined_text(a) for a in todo]
    docs = nlp.pipe((t for t, _ in joined), batch_size=BATCH_ARTICLES, n_process=n_process)
    for a, (_, table), doc in zip(todo, joined, docs, strict=True):
        try:
            finish(a, doc, table, settings)
        except Exception as exc:  # a bug on one article must not end the run
            log.exception("%s: extraction failed", a.file)
            a.status, a.reason = ERROR, f"internal_error:{type(exc).__name__}"
            a.entities, a.figures, a.dates = [], [], []


def run(
    corpus: Path,
    out: Path,
    settings: Settings | None = None,
    progress: Callable[[Iterator, int], Iterator] | None = None,
) -> RunSummary:
    """Process every file of ``corpus`` and write the outputs into ``out``."""
    settings = settings or Settings()
    files = list_corpus(corpus)
    cache = Cache(out / ".cache", settings_key(settings), enabled=settings.use_cache)
    summary = RunSummary(read=len(files))
    done: list[Article] = []
    pending: list[Article] = []
    n_process = settings.n_process or 1
    iterator = progress(iter(files), len(files)) if progress else iter(files)
    for path in iterator:
        art, data = read_article(path, corpus)
        hit = cache.get(art.article_id, settings) if art.status == OK else None
        if hit is not None:
            hit.file = art.file
            done.append(hit)
            summary.cached += 1
            continue
        if art.status != OK:
            done.append(art)
            continue
        pending.append(art)
    if pending:
        if not settings.n_process:
            n_process = 2 if len(pending) >= PARALLEL_MIN_ARTICLES else 1
        for i in range(0, len(pending), BATCH_ARTICLES * n_process):
            batch = pending[i : i + BATCH_ARTICLES * n_process]
            process_batch(batch, settings, n_process)
            for a in batch:
                cache.put(a, settings)
        done.extend(pending)
    cache.prune({a.article_id for a in done})
    summary.facts = write_outputs(done, out)
    for a in done:
        if a.status == OK:
            summary.kept += 1
        else:
            summary.skipped[a.reason] += 1
    return summary


def settings_key(settings: Settings) -> str:
    """What the cache is keyed by besides the content: code version, model, patterns and data."""
    import hashlib

    from .entities import model_version

    h = hashlib.sha256(f"{__version__}|{model_version()}".encode())
    pkg = Path(__file__).parent
    for p in sorted(pkg.rglob("*")):
        if p.suffix in {".py", ".json", ".jsonl", ".csv", ".tsv", ".txt"} and p.is_file():
            h.update(p.relative_to(pkg).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]
