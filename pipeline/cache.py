"""Per-article result cache, keyed by the article's content hash and the pipeline's settings.

Layout: ``<out>/.cache/<settings key>/<article id>.json``. The settings key
changes with the code, the model version and the pattern and data files, so
any change to them invalidates every entry at once (the old folder is removed).
An entry whose dates were resolved against the run's reference date (no year
and no publication date in the article) is reused only under the same date.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from .model import Article
from .output import atomic_write

log = logging.getLogger(__name__)


class Cache:
    def __init__(self, root: Path, key: str, enabled: bool = True):
        self.root = root
        self.dir = root / key
        self.enabled = enabled

    def get(self, article_id: str, settings) -> Article | None:
        if not self.enabled:
            return None
        path = self.dir / f"{article_id}.json"
        try:
            d = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:  # a damaged entry is recomputed
            log.warning("cache entry %s unreadable (%s); recomputing", path, exc)
            return None
        if d.get("uses_reference_date") and d.get("reference_date") != settings.reference_date.isoformat():
            return None
        return Article.from_dict(d)

    def put(self, art: Article, settings) -> None:
        d = art.to_dict()
        d["reference_date"] = settings.reference_date.isoformat()
        atomic_write(self.dir / f"{art.article_id}.json", json.dumps(d, ensure_ascii=False, sort_keys=True))

    def prune(self, keep_ids: set[str]) -> None:
        """Remove entries of other settings and of articles no longer in the corpus."""
        if not self.root.exists():
            return
        for sub in self.root.iterdir():
            if sub != self.dir and sub.is_dir():
                shutil.rmtree(sub, ignore_errors=True)
        if self.dir.exists():
            for p in self.dir.glob("*.json"):
                if p.stem not in keep_ids:
                    p.unlink(missing_ok=True)
