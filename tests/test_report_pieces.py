"""The report's pieces: numbers written the French way, reasons in words, nested and cut marks,
blocks, and the SVG chart's axis."""

from __future__ import annotations

import pytest

from pipeline.report.chart import bar_chart, bucket, nice_max, periods
from pipeline.report.fmt import amount, number, reason_text
from pipeline.report.markup import blocks


def spans_of(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


@pytest.mark.parametrize(
    "text, shown",
    [
        ("20000000", "20\u202f000\u202f000"),
        ("6.5", "6,5"),
        ("300", "300"),
        ("-1500", "-1\u202f500"),
        ("1250.75", "1\u202f250,75"),
        ("", ""),
        ("abc", "abc"),
    ],
)
def test_numbers_are_written_the_french_way(text, shown):
    assert number(text) == shown


def test_amounts_carry_their_qualifier_and_unit():
    assert amount("20000", "jobs", "more_than") == "> 20\u202f000 jobs"
    assert amount("6.5", "ha") == "6,5 ha"


@pytest.mark.parametrize(
    "reason, says",
    [
        ("too_short", "Under 20 words"),
        ("internal_error:KeyError", "(KeyError): a bug"),
        ("decode_error", "No character encoding"),
        ("something_new", "Reason: something_new"),
    ],
)
def test_reasons_in_words(reason, says):
    assert says in reason_text(reason)


def test_nested_facts_are_nested_marks():
    text = "Le Forum du 3 mars 2025 à Rabat."
    forum = spans_of(text, "Forum du 3 mars 2025")
    date = spans_of(text, "3 mars 2025")
    doc = {
        "text": text,
        "blocks": [{"start": 0, "end": len(text), "kind": "body", "reason": ""}],
        "entities": [
            {
                "label": "MISC",
                "text": "Forum du 3 mars 2025",
                "canonical": "",
                "start": forum[0],
                "end": forum[1],
            }
        ],
        "dates": [
            {"role": "event", "date": "2025-03-03", "text": "3 mars 2025", "start": date[0], "end": date[1]}
        ],
        "figures": [{"kind": "jobs", "start": 5, "end": 999}],
    }  # out of the text: left out
    (view,) = blocks(doc)
    html = str(view.html)
    assert html.index('id="ent-') < html.index('id="date-') < html.index("</mark></mark>")
    assert html.count("<mark") == 2


def test_a_fact_across_the_end_of_another_is_cut_there():
    text = "abcdefghij"
    doc = {
        "text": text,
        "blocks": [{"start": 0, "end": 10, "kind": "body", "reason": ""}],
        "entities": [{"label": "ORG", "text": "bcde", "start": 1, "end": 5}],
        "dates": [{"role": "event", "date": "2025", "text": "defg", "start": 3, "end": 7}],
    }
    html = str(blocks(doc)[0].html)
    assert html.count("<mark") == html.count("</mark>") == 2
    assert html.endswith("</mark></mark>fghij")


def test_text_outside_any_block_is_shown_as_unread():
    doc = {
        "text": "Hors bloc.\nDans le bloc.",
        "blocks": [{"start": 11, "end": 24, "kind": "body", "reason": ""}],
    }
    assert [b.kind for b in blocks(doc)] == ["unread", "body"]


def test_months_are_continuous_and_a_stray_date_does_not_stretch_the_axis():
    assert periods(["2024-11", "2025-02"]) == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert bucket({"2024-11": 5, "2025-01": 2}) == {"2024-11": 5, "2024-12": 0, "2025-01": 2}
    recent = {f"2025-{m:02d}": 3 for m in range(1, 13)}
    assert periods({"1957-06": 1, **recent}) == list(recent)  # an article about 1957
    assert periods({**recent, "2031-01": 1}) == list(recent)  # a misread year
    assert len(periods({"2020-01": 5, "2025-06": 5})) == 1  # a tie: the latest window
    assert bucket({"1957-06": 9, "2025-01": 2}, ["2025-01"]) == {"2025-01": 2}
    assert nice_max(0) == 1 and nice_max(1800) == 2000 and nice_max(2100) == 2500
    svg = str(bar_chart("Jobs <per> month", {"2025-01": 10, "2025-03": 20}, "jobs", "jobs"))
    assert svg.count("<rect") == 3 and "Jobs &lt;per&gt; month" in svg
