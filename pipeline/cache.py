"""Per-article result cache, keyed by the article's content hash and the pipeline's settings.

Layout: ``<out>/.cache/<settings key>/<article id>.json``. The settings key
changes with the code, the model version and the pattern and data files, so
any change to them invalidates every entry at once (the old folder is removed).
An article whose dates were placed with the run's reference date (no year and
no publication date in the text) is stored as ``<article id>@<YYYY-MM-DD>.json``
and reused only under that same reference date. ``<out>/.cache/last_run.json``
remembers the last run (files, settings key, output sizes, summary) so that a run
where nothing changed stops after hashing the files.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

from .model import Article
from .output import atomic_write

log = logging.getLogger(__name__)


class Cache:
    def __init__(self, root: Path, key: str, reference_date: date, enabled: bool = True):
        self.root = root
        self.dir = root / key
        self.reference = reference_date.isoformat()
        self.enabled = enabled

    def _paths(self, article_id: str) -> tuple[Path, Path]:
        return self.dir / f"{article_id}.json", self.dir / f"{article_id}@{self.reference}.json"

    def path_of(self, article_id: str) -> Path | None:
        """The entry valid for this run, if there is one (an existence check, no parsing)."""
        if not self.enabled:
            return None
        return next((p for p in self._paths(article_id) if p.exists()), None)

    def load(self, path: Path) -> Article | None:
        try:
            return Article.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError) as exc:  # a damaged entry is recomputed
            log.warning("cache entry %s unreadable (%s); recomputing", path, exc)
            return None

    def put(self, art: Article, document: str) -> Path:
        """Store the article's JSON document (its :func:`~pipeline.output.article_json`, the same
        text as its json/ file: encoded once for both); returns the entry's path."""
        plain, dated = self._paths(art.article_id)
        path = dated if art.uses_reference_date else plain
        atomic_write(path, document, sync=False)
        return path

    # --- the last run, so that a run where nothing changed can stop after hashing the files

    @property
    def _manifest(self) -> Path:
        return self.root / "last_run.json"

    @staticmethod
    def _sizes(out: Path, names) -> dict[str, int | None]:
        """Size of each output file (None when missing): the fingerprint of an intact output folder."""
        return {n: (out / n).stat().st_size if (out / n).is_file() else None for n in sorted(names)}

    def unchanged_run(self, listing: list[tuple[str, str]], out: Path) -> dict | None:
        """The last run's summary when it saw exactly these files and its outputs are intact."""
        if not self.enabled:
            return None
        try:
            last = json.loads(self._manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if last.get("key") != self.dir.name:  # another version of the code, model or data
            return None
        recorded = last.get("outputs", {})
        if [tuple(x) for x in last.get("files", [])] != listing or recorded != self._sizes(out, recorded):
            return None
        summary = last["summary"]
        return {**summary, "skipped": Counter(summary["skipped"])}

    def save_run(self, listing: list[tuple[str, str]], out: Path, written: list[str], summary: dict) -> None:
        """Remember this run: its files, settings key, summary, and the outputs it wrote."""
        d = {"key": self.dir.name, "files": listing, "outputs": self._sizes(out, written), "summary": summary}
        atomic_write(self._manifest, json.dumps(d, ensure_ascii=False, sort_keys=True))

    def prune(self, keep_ids: set[str]) -> None:
        """Remove entries of other settings and of articles no longer in the corpus."""
        if not self.root.exists():
            return
        for sub in self.root.iterdir():
            if sub != self.dir and sub.is_dir():
                shutil.rmtree(sub, ignore_errors=True)
        if self.dir.exists():
            for p in self.dir.glob("*.json"):
                article_id, _, ref = p.stem.partition("@")
                if article_id not in keep_ids or (ref and ref != self.reference):
                    p.unlink(missing_ok=True)
