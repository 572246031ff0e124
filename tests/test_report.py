"""The HTML report: escaped, deterministic, read defensively, and checked in a real browser.

The browser tests drive Debian's ``chromium`` through ``chromium-driver`` (selenium). They are
skipped, with the reason, when chromium is not installed, except on CI (``CI`` set), where
.ci/run installs it and a missing browser is a failure. Screenshots of each page, at a laptop's
1366x768, go to ``.pytest_cache/report-screenshots/``.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.output import csv_text
from pipeline.report import build
from pipeline.report.data import page_name
from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1366,768",
]
SCREENSHOTS = ROOT / ".pytest_cache" / "report-screenshots"


# --- a hand-made output folder: hostile text, a skipped and a failed article, linking columns

HOSTILE = (
    'Acme & <b>Fils</b> : "300 emplois" à Tanger\n\n'
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> '
    "La société Acme SA créera 300 emplois à Tanger le 3 mars 2025, pour 50 millions de dirhams.\n\n"
    "Partager sur Facebook"
)


def spans_of(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def hostile_article() -> dict:
    t = HOSTILE
    title_end = t.index("\n")
    body_start = title_end + 2
    body_end = t.index("\n\nPartager")
    fig = spans_of(t, "300 emplois", 1)
    money = spans_of(t, "50 millions de dirhams")
    date = spans_of(t, "3 mars 2025")
    acme, tanger = spans_of(t, "Acme SA"), spans_of(t, "Tanger", 1)
    return {
        "article_id": "aaaaaaaaaaaaaaaa",
        "file": "dossier/l'article <1>.txt",
        "status": "ok",
        "reason": "",
        "language": "fr",
        "title": t[:title_end],
        "published": "2025-03-03",
        "text": t,
        "source_kind": "text",
        "blocks": [
            {"start": 0, "end": title_end, "kind": "title", "reason": ""},
            {"start": body_start, "end": body_end, "kind": "body", "reason": ""},
            {"start": body_end + 2, "end": len(t), "kind": "boilerplate", "reason": "share_buttons"},
        ],
        "figures": [
            {
                "kind": "jobs",
                "value": 300,
                "unit": "jobs",
                "qualifier": "",
                "text": "300 emplois",
                "start": fig[0],
                "end": fig[1],
                "sentence": "",
                "detail": "",
                "subject": "Acme SA",
                "place": "Tanger",
            },
            {
                "kind": "money",
                "value": 50000000,
                "unit": "MAD",
                "qualifier": "about",
                "text": "50 millions de dirhams",
                "start": money[0],
                "end": money[1],
                "sentence": "",
                "detail": "",
                "subject": "Acme SA",
                "place": "<i>Tanger</i>",
            },
        ],
        "entities": [
            {
                "label": "ORG",
                "text": "Acme SA",
                "canonical": "Acme SA",
                "start": acme[0],
                "end": acme[1],
                "role": "",
            },
            {
                "label": "LOC",
                "text": "Tanger",
                "canonical": "Tanger",
                "start": tanger[0],
                "end": tanger[1],
                "role": "",
            },
        ],
        "dates": [
            {"role": "event", "date": "2025-03-03", "text": "3 mars 2025", "start": date[0], "end": date[1]}
        ],
    }


ARTICLE_COLUMNS = ["article_id", "file", "status", "reason", "language", "title", "published", "n_chars"]
FIGURE_COLUMNS = [
    "article_id",
    "file",
    "kind",
    "value",
    "unit",
    "qualifier",
    "text",
    "start",
    "end",
    "sentence",
    "detail",
    "subject",
    "place",
]


def write_outputs(out: Path, announcements: list[dict] | None = None) -> dict:
    """An output folder as a run would leave it, with figures.csv's linking columns."""
    art = hostile_article()
    english = {
        "article_id": "bbbbbbbbbbbbbbbb",
        "file": "english.txt",
        "status": "skipped",
        "reason": "language:en",
        "language": "en",
        "text": "The weather is fine today in London.",
        "blocks": [],
        "figures": [],
        "entities": [],
        "dates": [],
    }
    broken = {"article_id": "", "file": "broken.txt", "status": "error", "reason": "unreadable:No such file"}
    out.mkdir(parents=True, exist_ok=True)
    rows = [{**a, "n_chars": len(a.get("text", ""))} for a in (art, english, broken)]
    (out / "articles.csv").write_text(csv_text(ARTICLE_COLUMNS, rows), encoding="utf-8")
    keyed = [{"article_id": art["article_id"], "file": art["file"], **f} for f in art["figures"]]
    (out / "figures.csv").write_text(csv_text(FIGURE_COLUMNS, keyed), encoding="utf-8")
    for name, facts, cols in (
        ("entities.csv", art["entities"], ["label", "text", "canonical", "start", "end", "role"]),
        ("dates.csv", art["dates"], ["role", "date", "text", "start", "end"]),
    ):
        keyed = [{"article_id": art["article_id"], "file": art["file"], **f} for f in facts]
        (out / name).write_text(csv_text(["article_id", "file", *cols], keyed), encoding="utf-8")
    index = [
        {"canonical": "Acme SA", "label": "ORG", "n_articles": 1, "n_mentions": 1, "variants": "Acme SA"},
        {"canonical": "<Tanger>", "label": "LOC", "n_articles": 1, "n_mentions": 1, "variants": "Tanger"},
    ]
    (out / "entities_index.csv").write_text(
        csv_text(["canonical", "label", "n_articles", "n_mentions", "variants"], index), encoding="utf-8"
    )
    if announcements is not None:
        cols = list(announcements[0])
        (out / "announcements.csv").write_text(csv_text(cols, announcements), encoding="utf-8")
    (out / "json").mkdir(exist_ok=True)
    for i, a in enumerate((art, english)):
        (out / "json" / f"{i}.json").write_text(json.dumps(a, ensure_ascii=False), encoding="utf-8")
    return art


@pytest.fixture
def hostile_report(tmp_path):
    out = tmp_path / "out"
    art = write_outputs(out)
    build(out)
    return out, art


def page_of(out: Path, file: str) -> Path:
    return out / "report" / "articles" / page_name(file, set())


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
    out = tmp_path / "out"
    write_outputs(
        out,
        announcements=[
            {
                "subject": "Acme SA",
                "place": "Tanger",
                "jobs": "300",
                "money": "",
                "money_unit": "",
                "event_date": "2025-03",
                "n_articles": "1",
                "article_ids": "aaaaaaaaaaaaaaaa",
            },
            {
                "subject": "Usine <X>",
                "place": "Kénitra",
                "jobs": "",
                "money": "1500000000",
                "money_unit": "MAD",
                "event_date": "2025-05-02",
                "n_articles": "2",
                "article_ids": "aaaaaaaaaaaaaaaa|ffffffffffffffff",
            },
        ],
    )
    index = (build(out)).read_text(encoding="utf-8")
    assert "<h2>Announcements</h2>" in index and "Figures: jobs, area, money" not in index
    assert 'data-kinds="jobs"' in index and 'data-kinds="money"' in index
    assert "Usine &lt;X&gt;" in index
    link = f'href="articles/{page_name(hostile_article()["file"], set())}" title='  # the announcements' links
    assert index.count(link) == 2
    assert " ffffffffffffffff</td>" in index  # an id with no article row is shown, not linked
    assert "Money announced per month (MAD)" in index


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


# --- in a real browser


def _driver():
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        if os.environ.get("CI"):
            pytest.fail("chromium or chromium-driver missing on CI: .ci/run should have installed them")
        pytest.skip(
            "Debian's chromium and chromium-driver are not installed (apt-get install chromium "
            "chromium-driver); CI installs them"
        )
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in BROWSER_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)


@pytest.fixture(scope="module")
def browser():
    driver = _driver()
    yield driver
    driver.quit()


def open_page(driver, path: Path, shot: str):
    driver.get(path.as_uri())
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"{shot}.png"))
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors


def read(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def visible_rows(driver, table_id):
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#' + arguments[0] + ' tbody tr'))"
        ".filter(r => !r.hidden).length",
        table_id,
    )


def test_the_seed_index_in_a_browser(browser, seed_run):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _, out, _ = seed_run
    index = build(out)
    open_page(browser, index, "seeds-index")
    figures = [f for f in read(out / "figures.csv") if f["kind"] in ("jobs", "area", "money")]
    assert visible_rows(browser, "fact-table") == len(figures) > 0
    assert visible_rows(browser, "article-table") == 5
    Select(browser.find_element(By.CSS_SELECTOR, "[data-table=fact-table] select")).select_by_value("jobs")
    assert visible_rows(browser, "fact-table") == sum(f["kind"] == "jobs" for f in figures) > 0
    Select(browser.find_element(By.CSS_SELECTOR, "[data-table=fact-table] select")).select_by_value("")
    box = browser.find_element(By.CSS_SELECTOR, "[data-table=fact-table] input")
    box.send_keys("hectares")
    assert visible_rows(browser, "fact-table") == sum("hectares" in f["text"] for f in figures) > 0
    box.clear()
    box.send_keys("x")  # clear() fires no input event: type and erase
    box.send_keys("\b")
    value_header = browser.find_element(By.XPATH, "//table[@id='fact-table']//th[text()='Value']")
    value_header.click()
    values = browser.execute_script(
        "return Array.from(document.querySelectorAll('#fact-table tbody tr td:nth-child(2)'))"
        ".map(td => Number(td.dataset.sort))"
    )
    assert values == sorted(values) and len(values) == len(figures)
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar")
    browser.set_window_size(1366, 768)
    browser.execute_script("document.getElementById('facts').scrollIntoView()")
    browser.save_screenshot(str(SCREENSHOTS / "seeds-index-figures.png"))
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors


def test_a_seed_article_in_a_browser(browser, seed_run):
    from selenium.webdriver.common.by import By

    _, out, _ = seed_run
    build(out)
    row = read(out / "articles.csv")[4]
    open_page(browser, page_of(out, row["file"]), "seeds-article")
    for layer, table in (("fig", "figures.csv"), ("ent", "entities.csv"), ("date", "dates.csv")):
        facts = [f for f in read(out / table) if f["file"] == row["file"]]
        marks = browser.find_elements(By.CSS_SELECTOR, f"#text mark.{layer}")
        assert len(marks) == len(facts) > 0, layer
    side = browser.find_elements(By.CSS_SELECTOR, "#side-figures a")
    side[-1].click()  # the side table's link brings the figure into view
    target = browser.execute_script("return location.hash")
    assert (
        browser.execute_script(f"return document.getElementById('{target[1:]}').getBoundingClientRect().top")
        < 768
    )
    browser.save_screenshot(str(SCREENSHOTS / "seeds-article-jump.png"))


def test_hostile_pages_in_a_browser(browser, hostile_report):
    from selenium.webdriver.common.by import By

    out, art = hostile_report
    open_page(browser, page_of(out, art["file"]), "hostile-article")
    assert browser.execute_script("return window.__pwned === undefined")
    assert "<script>" in browser.find_element(By.ID, "text").text  # shown as text
    grey = browser.find_element(By.CSS_SELECTOR, "#text .b-boilerplate")
    assert grey.get_attribute("title") == "dropped: share_buttons"
    open_page(browser, page_of(out, "english.txt"), "skipped-article")
    assert "not in French" in browser.find_element(By.CSS_SELECTOR, ".why").text
    open_page(browser, out / "report" / "index.html", "hostile-index")
    assert browser.execute_script("return window.__pwned === undefined")
