"""The HTML report in a real browser: rows, highlights, filters, sorting, links, no console error.

The browser tests drive Debian's ``chromium`` through ``chromium-driver`` (selenium). They are
skipped, with the reason, when chromium is not installed, except on CI (``CI`` set), where
.ci/run installs it and a missing browser is a failure. Screenshots of each page, at a laptop's
1366x768, go to ``.pytest_cache/report-screenshots/``.
"""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest

from pipeline.report import build
from tests.conftest import ROOT
from tests.report_outputs import announcements_like_pipeline, hostile_article, page_of, write_outputs

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
    ids = driver.execute_script("return Array.from(document.querySelectorAll('[id]'), e => e.id)")
    assert len(ids) == len(set(ids)), "an id twice: a link would land on the wrong fact"


def read(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def visible_rows(driver, table_id):
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#' + arguments[0] + ' tbody tr'))"
        ".filter(r => !r.hidden).length",
        table_id,
    )


def choose(browser, table: str, kind: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element(By.CSS_SELECTOR, f"[data-table={table}] select")).select_by_value(kind)


def type_filter(browser, table: str, text: str) -> None:
    from selenium.webdriver.common.by import By

    box = browser.find_element(By.CSS_SELECTOR, f"[data-table={table}] input")
    box.send_keys("x\b")  # clear() fires no input event: type and erase
    for _ in range(len(box.get_attribute("value"))):
        box.send_keys("\b")
    box.send_keys(text)


def sort_by(browser, header: str) -> list[float]:
    """Click a column of the facts table; its cells' sort keys, top to bottom."""
    from selenium.webdriver.common.by import By

    th = browser.find_element(By.XPATH, f"//table[@id='fact-table']//th[text()='{header}']")
    th.click()
    keys = browser.execute_script(
        "const i = arguments[0].cellIndex;"
        "return Array.from(document.querySelectorAll('#fact-table tbody tr'), r => r.cells[i])"
        ".map(td => td.dataset.sort === undefined ? null : Number(td.dataset.sort))",
        th,
    )
    return [float("-inf") if k is None else k for k in keys]  # an empty cell sorts first


def test_the_seed_index_in_a_browser(browser, seed_run):
    """The seed run's index: its announcements, filtered by kind and text, sorted by jobs."""
    from selenium.webdriver.common.by import By

    _, out, _ = seed_run
    open_page(browser, build(out), "seeds-index")
    rows = read(out / "announcements.csv")
    assert visible_rows(browser, "fact-table") == len(rows) > 0
    assert visible_rows(browser, "article-table") == 5
    choose(browser, "fact-table", "jobs")
    assert visible_rows(browser, "fact-table") == sum(bool(r["jobs"]) for r in rows) > 0
    choose(browser, "fact-table", "money")
    assert visible_rows(browser, "fact-table") == sum(bool(r["money"]) for r in rows) > 0
    choose(browser, "fact-table", "")
    type_filter(browser, "fact-table", "technopark")
    expected = sum("technopark" in (r["subject"] + r["place"]).lower() for r in rows)
    assert visible_rows(browser, "fact-table") == expected > 0
    type_filter(browser, "fact-table", "")
    assert visible_rows(browser, "fact-table") == len(rows)
    keys = sort_by(browser, "Jobs")
    assert keys == sorted(keys) and max(keys) == 20000
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar")
    browser.execute_script("document.getElementById('facts').scrollIntoView()")
    browser.save_screenshot(str(SCREENSHOTS / "seeds-index-announcements.png"))


def test_the_seed_figures_in_a_browser(browser, seed_run, tmp_path):
    """Without announcements.csv (a run of an older version), the jobs, area and money figures."""
    _, out, _ = seed_run
    copy = tmp_path / "out"
    shutil.copytree(out, copy, ignore=shutil.ignore_patterns(".cache", "report", "announcements.csv"))
    open_page(browser, build(copy), "seeds-index-figures")
    figures = [f for f in read(copy / "figures.csv") if f["kind"] in ("jobs", "area", "money")]
    assert visible_rows(browser, "fact-table") == len(figures) > 0
    choose(browser, "fact-table", "jobs")
    assert visible_rows(browser, "fact-table") == sum(f["kind"] == "jobs" for f in figures) > 0
    choose(browser, "fact-table", "")
    type_filter(browser, "fact-table", "hectares")
    assert visible_rows(browser, "fact-table") == sum("hectares" in f["text"] for f in figures) > 0
    type_filter(browser, "fact-table", "")
    values = sort_by(browser, "Value")
    assert values == sorted(values) and len(values) == len(figures)
    browser.execute_script("document.getElementById('facts').scrollIntoView()")
    browser.save_screenshot(str(SCREENSHOTS / "seeds-index-figures-table.png"))


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


def test_announcements_in_a_browser(browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    out = tmp_path / "out"
    art = write_outputs(out, announcements=announcements_like_pipeline(hostile_article()))
    index = build(out)
    open_page(browser, index, "announcements-index")
    browser.execute_script("document.getElementById('facts').scrollIntoView()")
    browser.save_screenshot(str(SCREENSHOTS / "announcements-table.png"))
    assert visible_rows(browser, "fact-table") == 2
    Select(browser.find_element(By.CSS_SELECTOR, "[data-table=fact-table] select")).select_by_value("jobs")
    assert visible_rows(browser, "fact-table") == 1
    link = browser.find_element(By.PARTIAL_LINK_TEXT, "300 jobs")
    link.click()
    fig = art["figures"][0]
    assert browser.execute_script("return location.hash") == f"#fig-{fig['start']}-{fig['end']}"
    assert browser.find_element(By.CSS_SELECTOR, "mark:target").text.startswith("300 emplois")
