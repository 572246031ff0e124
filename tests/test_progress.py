"""The progress bar: on a terminal only, off with -q, cleared at the end, silent for short runs."""

from __future__ import annotations

import io
import subprocess
import sys
import time

import pytest

from pipeline import cli
from tests.conftest import ROOT


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_counts_articles_with_their_rate_and_is_cleared():
    screen = Terminal()
    bar = cli.ProgressBar(file=screen, delay=0)
    for done in (0, 5, 10):
        bar(done, 10)
        time.sleep(0.15)  # tqdm redraws at most every 0.1 s
    text = screen.getvalue()
    assert "new or changed articles" in text and "5/10" in text and "article/s" in text
    assert bar.bar is None  # closed at the last article
    assert text.endswith("\r") or text.rstrip(" ").endswith("\r")  # the line is cleared, not left


def test_a_short_run_shows_no_bar():
    screen = Terminal()
    bar = cli.ProgressBar(file=screen, delay=60)
    for done in range(0, 4):
        bar(done, 3)
    assert screen.getvalue() == ""


def test_a_hidden_bar_still_counts_for_the_interrupt_message():
    screen = Terminal()
    bar = cli.ProgressBar(file=screen, delay=0, show=False)
    bar(7, 10)
    assert bar.done == 7 and bar.bar is None and screen.getvalue() == ""


def test_nothing_to_do_makes_no_bar():
    bar = cli.ProgressBar(file=Terminal(), delay=0)
    bar(0, 0)
    assert bar.bar is None


@pytest.mark.parametrize(
    "quiet, tty, shown", [(False, True, True), (True, True, False), (False, False, False)]
)
def test_the_bar_only_on_a_terminal_and_without_q(monkeypatch, quiet, tty, shown):
    monkeypatch.setattr(sys, "stderr", Terminal() if tty else io.StringIO())
    assert cli._progress(quiet).show == shown


def test_a_log_that_is_not_a_terminal_has_no_bar(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Le projet créera 300 emplois à Tanger, selon le ministre de l'Industrie.\n"
    )
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "extract",
            str(corpus),
            "--out",
            str(tmp_path / "o"),
            "--reference-date",
            "2026-11-23",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr
    assert "\r" not in res.stderr and "article/s" not in res.stderr
    assert res.stderr.count("\n") == 1  # the summary line alone
