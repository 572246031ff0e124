"""The report built from an output folder: escaped, self-contained, deterministic, read defensively."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from pipeline.report import build
from pipeline.report.data import page_name
from tests.conftest import ROOT
from tests.report_outputs import announcements_like_pipeline, hostile_article, page_of, write_outputs


def test_hostile_text_is_escaped(hostile_report):
    out, art = hostile_report
    html = page_of(out, art["file"]).read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "&lt;b&gt;Fils&lt;/b&gt;" in html  # the title, escaped in <title>, <h1> and the text
    assert "&lt;i&gt;Tanger&lt;/i&gt;" in html  # a figure's place
    index = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert "&lt;Tanger&gt;" in index and "<Tanger>" not in index
    assert "l&#39;article &lt;1&gt;.txt" in index


def test_the_page_loads_nothing_from_outside(hostile_report):
    out, art = hostile_report
    for page in [out / "report" / "index.html", page_of(out, art["file"])]:
        html = page.read_text(encoding="utf-8")
        assert "default-src &#39;none&#39;" in html  # the CSP, as an attribute
        for attr in ("src=", 'href="http', "@import", "url("):
            assert attr not in html.replace("&lt;img src=x", ""), (page.name, attr)


def test_every_fact_is_marked_with_its_anchor(hostile_report):
    out, art = hostile_report
    html = page_of(out, art["file"]).read_text(encoding="utf-8")
    for layer, key in (("fig", "figures"), ("ent", "entities"), ("date", "dates")):
        for f in art[key]:
            assert f'id="{layer}-{f["start"]}-{f["end"]}"' in html
            assert f'href="#{layer}-{f["start"]}-{f["end"]}"' in html  # the side table's link
    assert 'data-reason="share_buttons"' in html and 'title="dropped: share_buttons"' in html
    assert 'data-label="≈ 50\u202f000\u202f000 MAD"' in html


def test_figures_show_subject_and_place_when_the_columns_exist(hostile_report):
    out, _ = hostile_report
    index = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert "<th>Subject</th>" in index and "<th>Place</th>" in index
    assert index.count('data-kinds="jobs"') == 1 and index.count('data-kinds="money"') == 1


@pytest.mark.parametrize(
    "file, says",
    [
        ("english.txt", "The body is not in French (detected language: en)."),
        ("broken.txt", "The file could not be read (No such file)."),
    ],
)
def test_skipped_and_failed_pages_say_why(hostile_report, file, says):
    out, _ = hostile_report
    html = page_of(out, file).read_text(encoding="utf-8")
    assert says in html


def test_announcements_replace_the_figures_table(tmp_path):
    art = hostile_article()
    fig, money = art["figures"]
    date = art["dates"][0]
    out = tmp_path / "out"
    write_outputs(out, announcements=announcements_like_pipeline(art))
    index = build(out).read_text(encoding="utf-8")
    assert "<h2>Announcements</h2>" in index and "Figures: jobs, area, money" not in index
    assert index.count('data-kinds="jobs money"') == 1 and index.count('data-kinds="money"') == 1
    assert "Usine &lt;X&gt;" in index and "&lt;nouveau&gt;" in index  # an unknown column is shown, escaped
    page = f"articles/{page_name(art['file'], set())}"
    assert f'<a href="{page}#fig-{fig["start"]}-{fig["end"]}">300 jobs</a>' in index
    assert "<br>&gt; 250 jobs" in index  # a value of an article without a row: shown, not linked
    assert f'<a href="{page}#fig-{money["start"]}-{money["end"]}">≈ 50\u202f000\u202f000 MAD</a>' in index
    assert f'<a href="{page}#date-{date["start"]}-{date["end"]}">2025-03-03</a>' in index
    escaped_file = "dossier/l&#39;article &lt;1&gt;.txt"
    assert f'<a href="{page}">{escaped_file}</a>' in index  # its articles, by file
    assert "<th>Files</th>" not in index and "<th>Jobs figures</th>" not in index
    assert 'data-sort="300"' in index  # the largest value sorts the row
    assert "Money announced per month (MAD)" in index and "Each announcement counted once" in index


def test_a_missing_table_leaves_its_section_empty(tmp_path):
    out = tmp_path / "out"
    write_outputs(out)
    for name in ("figures.csv", "entities_index.csv", "dates.csv"):
        (out / name).unlink()
    shutil.rmtree(out / "json")
    index = build(out).read_text(encoding="utf-8")
    assert "No dated jobs or money figure." in index


def test_two_builds_give_the_same_bytes(seed_run, tmp_path):
    _, out, _ = seed_run
    copies = []
    for name in ("a", "b"):
        copy = tmp_path / name / "out"  # the folder's name is shown: the same in both
        shutil.copytree(out, copy, ignore=shutil.ignore_patterns(".cache", "report"))
        os.utime(copy / "articles.csv", (0, 0))
        build(copy)
        copies.append(
            {p.relative_to(copy): p.read_bytes() for p in sorted((copy / "report").rglob("*.html"))}
        )
    assert copies[0] == copies[1] and len(copies[0]) == 6


def test_the_command_line_writes_the_report(seed_run, tmp_path):
    _, out, _ = seed_run
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run(
        [sys.executable, "-m", "pipeline", "report", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert "report written" in r.stderr and (out / "report" / "index.html").is_file()
    r = subprocess.run(
        [sys.executable, "-m", "pipeline", "report", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert r.returncode == 2 and "holds no articles.csv" in r.stderr
