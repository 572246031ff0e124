"""The orchestrator: one corpus folder in, CSV and JSON facts out.

Stages, in the order the data flows (one module each):

1. read and decode      :mod:`pipeline.reader` (HTML through :mod:`pipeline.html`)
2. strip boilerplate    :mod:`pipeline.boilerplate`: title, byline and body blocks (evidence per
                        block: :mod:`pipeline.blocks`, ``blocks_furniture``, ``blocks_cut``)
3. detect the language  :mod:`pipeline.language`: non-French articles are skipped
4. named entities       :mod:`pipeline.entities` (spaCy ``fr_core_news_md``, batched)
5. figures              :mod:`pipeline.figures`: jobs, areas, money, counts, percentages
6. dates                :mod:`pipeline.dates`: resolved against the publication date
                        (:mod:`pipeline.dates_resolve`)
7. link                 :mod:`pipeline.link`: each figure's subject, place and date (names,
                        places, topic and sentences: ``link_names``, ``link_places``,
                        ``link_topic``, ``link_text``)
8. write                :mod:`pipeline.output`: CSV tables and json/<stem>.json, atomically

Corpus-level passes, over the per-article results (cached or not), after the last article:
the entities index (:mod:`pipeline.ner.index`) and the announcements (:mod:`pipeline.announcements`).

The work on one article is a pure function of its bytes and the :class:`Settings`
(:func:`process_files`: ``read_article``, ``analyse_text``, spaCy, ``finish``), so
results can be cached per article (:mod:`pipeline.cache`) and the same code runs on either
engine (:mod:`pipeline.engines`): this machine's process pool, or a Dask cluster.
Only stage 4 is batched, because spaCy is fastest on batches.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .cache import Cache
from .lock import output_lock
from .model import ERROR, OK, Article
from .output import OutputWriter, article_json, remove_temporaries
from .reader import display_name, file_id, read_article

if TYPE_CHECKING:
    from .engines import Engine

log = logging.getLogger(__name__)

BATCH_ARTICLES = 64  # articles per spaCy batch: large enough for throughput, small enough for memory


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
        facts = ", ".join(f"{self.facts.get(k, 0)} {k}" for k in ("figures", "entities", "dates"))
        return (
            f"{self.read} articles read, {self.kept} kept, {skipped} skipped or failed"
            + (f" ({reasons})" if reasons else "")
            + f", {self.cached} from cache; facts written: {facts}"
        )


def list_corpus(corpus: Path, out: Path | None = None) -> list[Path]:
    """Every regular file under the corpus folder, in path order.

    Hidden files and folders are left out, and so is the output folder when it lies
    inside the corpus (its tables must not be read back as articles). A broken link is kept:
    its row says it could not be read; so is a sub-folder that cannot be listed. A corpus folder
    that cannot be listed raises its OSError.
    """
    files = []
    out = out.resolve() if out is not None else None

    def unlistable(exc: OSError) -> None:
        if Path(exc.filename) == corpus:
            raise exc
        log.warning("%s: folder cannot be read (%s); its files are left out", exc.filename, exc.strerror)
        files.append(Path(exc.filename))

    for root, dirs, names in os.walk(corpus, onerror=unlistable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            p = Path(root, name)
            if name.startswith(".") or not p.is_file() and not (p.is_symlink() and not p.exists()):
                continue
            if out is not None and p.resolve().is_relative_to(out):
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
    """Stages 4 (from the spaCy doc), 5, 6 and 7 for one article."""
    from .dates import extract_dates, find_published, uses_reference_date
    from .entities import entities_from_doc
    from .figures import extract_figures
    from .link import link_figures

    art.entities = entities_from_doc(art, doc, table)
    published = find_published(art)
    if published is not None:
        # the date the text states wins over an HTML page's metadata: it is traceable
        if art.published and art.published != published.date:
            log.info("%s: byline says %s, page metadata %s", art.file, published.date, art.published)
        art.dates.append(published)
        art.published = published.date
    context = "\n".join(art.text[s:e] for s, e in art.spans("title", "body"))
    for s, e in art.spans("title", "body"):
        for f in extract_figures(art.text[s:e], context):
            f.start, f.end = f.start + s, f.end + s
            art.figures.append(f)
        for d in extract_dates(art.text[s:e], art.published, settings.reference_date):
            d.start, d.end = d.start + s, d.end + s
            art.dates.append(d)
    art.uses_reference_date = uses_reference_date(art.dates, art.published)
    return link_figures(art)


def process_batch(arts: list[Article], settings: Settings) -> list[Article]:
    """Run stages 2 to 7 on a batch of decoded articles (in place) and return them."""
    from .entities import joined_text, load_nlp, ner_docs

    for a in arts:
        _guarded(analyse_text, a)
    todo = [a for a in arts if a.status == OK]
    if not todo:
        return arts
    nlp = load_nlp()
    joined = [joined_text(a) for a in todo]
    docs = ner_docs(nlp, (t for t, _ in joined), batch_size=BATCH_ARTICLES)
    for a, (_, table), doc in zip(todo, joined, docs, strict=True):
        _guarded(finish, a, doc, table, settings)
    return arts


def _guarded(stage: Callable, art: Article, *args) -> None:
    """Run one stage on one article; a bug there fails that article, not the run."""
    try:
        stage(art, *args)
    except Exception as exc:
        log.exception("%s: %s failed", art.file, stage.__name__)
        art.status, art.reason = ERROR, f"internal_error:{type(exc).__name__}"
        art.entities, art.figures, art.dates = [], [], []


def process_files(job: tuple[list[tuple[Path, Path]], Settings]) -> list[Article]:
    """Stages 1 to 7 for a chunk of files: a pure function of their bytes and the settings.

    This is the unit of work an engine hands to its workers (:mod:`pipeline.engines`):
    it reads the files itself, so only paths travel.
    """
    paths, settings = job
    return process_batch([read_article(path, corpus) for path, corpus in paths], settings)


def run(
    corpus: Path,
    out: Path,
    settings: Settings | None = None,
    progress: Callable[[int, int], None] | None = None,
    engine: Engine | None = None,
) -> RunSummary:
    """Process every file of ``corpus`` and write the outputs into ``out``.

    1. plan: hash every file; an article whose cache entry is valid is not read again, and a run
       where nothing changed since the last one (same files, settings and outputs) stops here;
    2. stream every article, in file order, into the output tables: a cached one from its cache
       entry, the others as the engine running stages 1 to 7 (:mod:`pipeline.engines`: one
       process or a pool of two by default, or a Dask cluster) hands them back,
       each stored in the cache as it arrives. Writing thus overlaps the workers' processing.
    Memory stays flat: no more than a few chunks of articles are held at once.
    One run at a time writes into ``out`` (:func:`pipeline.lock.output_lock`); it first removes
    the temporary files a killed run left there.
    """
    settings = settings or Settings()
    out.mkdir(parents=True, exist_ok=True)
    with output_lock(out):
        remove_temporaries(out)  # what a killed run left
        try:
            return _run(corpus, out, settings, progress, engine)
        except BaseException:  # whatever a failure or a signal cut short: under the lock, all ours
            remove_temporaries(out)
            raise


def _run(corpus: Path, out: Path, settings: Settings, progress, engine: Engine | None) -> RunSummary:
    files = list_corpus(corpus, out)
    cache = Cache(out / ".cache", settings_key(settings), settings.reference_date, enabled=settings.use_cache)
    plan: dict[Path, str] = {}  # file -> article id ("" when unreadable)
    todo: dict[str, tuple[Path, Path]] = {}  # article id -> one file with that content
    for path in files:
        try:
            plan[path] = art_id = file_id(path)
        except OSError:
            plan[path] = ""
            continue
        if art_id not in todo and cache.path_of(art_id) is None:  # copies are processed once
            todo[art_id] = (path, corpus)
    listing = [(display_name(p, corpus), art_id) for p, art_id in plan.items()]
    log.info("%d files in %s: %d new or changed, %d from the cache", len(files), corpus, len(todo),
             sum(1 for i in plan.values() if i and i not in todo))
    if not todo and (last := cache.unchanged_run(listing, out)) is not None:
        log.info("nothing changed since the last run: %s is up to date", out)
        return RunSummary(read=len(files), cached=len(files), **last)
    if engine is None:
        from .engines import LocalPool

        engine = LocalPool()
    results = (art for chunk in engine.results(list(todo.values()), settings) for art in chunk)
    summary, written = _write(corpus, out, plan, cache, _Fresh(todo, results, cache, progress), settings)
    cache.prune(set(plan.values()))
    summary.cached = sum(1 for art_id in plan.values() if art_id and art_id not in todo)
    remembered = {"kept": summary.kept, "skipped": summary.skipped, "facts": summary.facts}
    cache.save_run(listing, out, written, remembered)
    return summary


class _Fresh:
    """The articles processed in this run, taken in file order as the writer reaches them."""

    def __init__(self, todo: dict, results: Iterator[Article], cache: Cache, progress) -> None:
        self.first_file = {path: art_id for art_id, (path, _) in todo.items()}
        self.results, self.cache, self.progress, self.total = results, cache, progress, len(todo)
        self.stored: dict[str, Path] = {}  # article id -> its new cache entry (for copies of it)
        self.done = 0
        if progress:  # the count starts now, before the model loads
            progress(0, self.total)

    def take(self, path: Path, file: str) -> tuple[Article, str] | None:
        """The article of ``path`` (named ``file``) and its JSON document when this run processes
        it, else None. It is stored in the cache before it is written."""
        art_id = self.first_file.get(path)
        if art_id is None:
            return None
        art = next(self.results)  # results come back in the order of ``todo``: file order
        if art.article_id != art_id:  # the file was changed (or removed) since it was hashed
            log.warning("%s changed during the run; its new content is used", path)
        art.file = file
        document = article_json(art)
        if art.article_id:
            self.stored[art.article_id] = self.cache.put(art, document)
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total)
        return art, document


def _write(
    corpus: Path, out: Path, plan: dict[Path, str], cache: Cache, fresh: _Fresh, settings
) -> tuple[RunSummary, list[str]]:
    """Stream every article, in file order, into the output tables.

    Returns the summary and the output files written (relative to ``out``)."""
    summary = RunSummary(read=len(plan))
    mentions: list[Article] = []  # facts only (no text), for the corpus-wide index and announcements
    run_info = {  # recorded in datapackage.json
        "version": __version__,
        "reference_date": settings.reference_date.isoformat(),
        "settings_key": cache.dir.name,
    }
    with OutputWriter(out, run_info) as writer:
        for path, art_id in plan.items():
            file = display_name(path, corpus)
            art, document = fresh.take(path, file) or (None, None)
            if art is None:
                entry = fresh.stored.get(art_id) or cache.path_of(art_id) if art_id else None
                art = cache.load(entry) if entry else None
            if art is None:  # unreadable file, or damaged cache entry: (re)compute this one now
                art = process_files(([(path, corpus)], settings))[0]
            art.file = file
            writer.add(art, document)
            summary.kept += art.status == OK
            if art.status != OK:
                summary.skipped[art.reason] += 1
                log.info("%s: %s (%s)", file, art.status, art.reason)
            mentions.append(Article(art.article_id, art.file, status=art.status, entities=art.entities,
                                    figures=art.figures, dates=art.dates, published=art.published))
        write_entities_index(writer, mentions)
        write_announcements(writer, mentions)
    summary.facts = writer.counts
    return summary, writer.written


def write_entities_index(writer: OutputWriter, articles: list[Article]) -> None:
    """entities_index.csv: one row per canonical actor across the corpus."""
    from .entities import entities_index

    writer.add_table("entities_index.csv", INDEX_COLUMNS, entities_index(articles))


INDEX_COLUMNS = ["canonical", "label", "n_articles", "n_mentions", "variants"]


def write_announcements(writer: OutputWriter, articles: list[Article]) -> None:
    """announcements.csv: one row per announced project across the corpus."""
    from .announcements import COLUMNS, announcements

    writer.add_table("announcements.csv", COLUMNS, announcements(articles))


def settings_key(settings: Settings) -> str:
    """What the cache is keyed by besides the content: code version, model, patterns and data."""
    import hashlib

    from .entities import model_version

    h = hashlib.sha256(f"{__version__}|{model_version()}".encode())
    pkg = Path(__file__).parent
    for p in sorted(pkg.rglob("*")):
        if p.relative_to(pkg).parts[0] == "report":  # the HTML report only reads the outputs
            continue
        if p.suffix in {".py", ".json", ".jsonl", ".csv", ".tsv", ".txt"} and p.is_file():
            h.update(p.relative_to(pkg).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]
