"""The HTML report in a real browser: rows, highlights, filters, sorting, links, no console error.

The browser tests drive Debian's ``chromium`` through ``chromium-driver`` (selenium). They are
skipped, with the reason, when chromium is not installed, except on CI (``CI`` set), where
.ci/run installs it and a missing browser is a failure. Screenshots of each page, at a laptop's
1366x768, go to ``.pytest_cache/report-screenshots/``.
"""

from __future__ import annotations

import csv
import os
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


@pytest.fixture
def hostile_report(tmp_path):
    out = tmp_path / "out"
    art = write_outputs(out)
    build(out)
    return out, art


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
