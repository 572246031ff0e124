"""Shared fixtures: the seed corpus, its gold annotations, and one pipeline run over it."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_CORPUS = ROOT / "corpus"
GOLD = Path(__file__).parent / "fixtures" / "seeds_gold.jsonl"
REFERENCE_DATE = date(2026, 11, 23)  # a fixed "today" so every run gives the same dates


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["file"]: r for r in rows}


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory):
    """The seed corpus copied to a temporary folder and extracted once: (corpus, out, summary)."""
    from pipeline.core import Settings, run

    base = tmp_path_factory.mktemp("seeds")
    corpus = base / "corpus"
    shutil.copytree(SEED_CORPUS, corpus)
    out = base / "out"
    summary = run(corpus, out, Settings(reference_date=REFERENCE_DATE, n_process=1))
    return corpus, out, summary


@pytest.fixture
def hostile_report(tmp_path):
    """The HTML report of hand-made outputs whose article text is hostile (tests/report_outputs.py):
    (out, the article's record)."""
    from pipeline.report import build
    from tests.report_outputs import write_outputs

    out = tmp_path / "out"
    art = write_outputs(out)
    build(out)
    return out, art
