"""The corpus pass (pipeline.announcements): one row per announced project across the articles."""

from __future__ import annotations

import csv

from pipeline.announcements import announcements, fact_id
from pipeline.model import OK, SKIPPED, Article, DateFact, Entity, Figure


def fig(kind, value, unit, start, subject, place="", qualifier="", date="", role=""):
    f = Figure(kind, value, unit, qualifier, f"x{start}", start, start + 5)
    f.subject, f.place, f.date, f.date_role = subject, place, date, role
    return f


def art(aid, figures, places=(), dates=(), status=OK, published=""):
    ents = [Entity("LOC", p, p, 900 + i * 10, 905 + i * 10) for i, p in enumerate(places)]
    return Article(aid, f"{aid}.txt", status=status, entities=ents, figures=list(figures), dates=list(dates),
                   published=published)


def test_one_announcement_told_by_two_articles_is_one_row_with_both_sources():
    a = art("a1", [fig("jobs", 2000, "jobs", 10, "Nova Motors", "Tanger", "more_than"),
                   fig("area", 40, "ha", 50, "Nova Motors", "Tanger")], places=["Tanger"])
    b = art("b2", [fig("jobs", 2000, "jobs", 70, "NOVA MOTORS", "Tanger", "more_than")], places=["Tanger"])
    (row,) = announcements([a, b])
    assert row["n_articles"] == 2 and row["article_ids"] == "a1 b2"
    assert row["jobs"] == "more_than 2000 jobs"
    assert row["jobs_figures"] == "a1:10-15 b2:70-75"
    assert row["area"] == "40 ha" and row["area_figures"] == "a1:50-55"


def test_articles_that_disagree_show_both_values():
    a = art("a1", [fig("jobs", 20000, "jobs", 10, "Nova Motors", "Tanger")], published="2025-03-01")
    b = art("b2", [fig("jobs", 25000, "jobs", 10, "Nova Motors", "Tanger")], published="2025-03-04")
    (row,) = announcements([a, b])
    assert row["jobs"] == "25000 jobs | 20000 jobs"
    assert row["jobs_figures"] == "b2:10-15 | a1:10-15"


def test_different_subjects_never_merge():
    a = art("a1", [fig("jobs", 500, "jobs", 10, "Nova Motors", "Tanger")])
    b = art("b2", [fig("jobs", 500, "jobs", 10, "Atlas Cables", "Tanger")])
    assert sorted(r["subject"] for r in announcements([a, b])) == ["Atlas Cables", "Nova Motors"]


def test_same_subject_in_unrelated_places_does_not_merge():
    a = art("a1", [fig("money", 1e9, "MAD", 10, "OCP", "Jorf Lasfar")], places=["Jorf Lasfar"])
    b = art("b2", [fig("money", 2e9, "MAD", 10, "OCP", "Khouribga")], places=["Khouribga"])
    assert len(announcements([a, b])) == 2


def test_the_same_subject_and_place_told_a_year_apart_are_two_announcements():
    a = art("a1", [fig("money", 1e9, "MAD", 10, "Nova Motors", "Tanger")], published="2024-03-02")
    b = art("b2", [fig("money", 1e9, "MAD", 10, "Nova Motors", "Tanger")], published="2024-03-20")
    c = art("c3", [fig("money", 2e9, "MAD", 10, "Nova Motors", "Tanger")], published="2025-05-11")
    d = art("d4", [fig("money", 2e9, "MAD", 10, "Nova Motors")], published="2025-05-12")
    assert sorted(r["article_ids"] for r in announcements([a, b, c, d])) == ["a1 b2", "c3 d4"]


def test_an_article_without_place_does_not_bridge_two_places():
    a = art("a1", [fig("money", 1e9, "MAD", 10, "OCP", "Jorf Lasfar")], places=["Jorf Lasfar"])
    b = art("b2", [fig("money", 2e9, "MAD", 10, "OCP", "Khouribga")], places=["Khouribga"])
    c = art("c3", [fig("money", 1e9, "MAD", 10, "OCP")])
    rows = announcements([a, b, c])
    assert sorted(r["article_ids"] for r in rows) == ["a1 c3", "b2"]


def test_a_place_named_by_the_other_article_is_compatible():
    a = art("a1", [fig("jobs", 900, "jobs", 10, "Nova Motors", "Ain Sebaa")],
            places=["Ain Sebaa", "Casablanca"])
    b = art("b2", [fig("jobs", 900, "jobs", 10, "Nova Motors", "Casablanca")], places=["Casablanca"])
    (row,) = announcements([a, b])
    assert row["places"] == "Ain Sebaa|Casablanca"


def test_a_day_without_year_takes_the_year_of_the_same_day_in_another_article():
    d1 = DateFact("event", "--04-30", "30 avril", 100, 108)
    d2 = DateFact("event", "2025-04-30", "30 avril 2025", 200, 213)
    d3 = DateFact("event", "2025-04", "fin avril 2025", 300, 314)
    a = art("a1", [fig("jobs", 10, "jobs", 10, "Nova Motors")], dates=[d1])
    b = art("b2", [fig("jobs", 10, "jobs", 10, "Nova Motors")], dates=[d2])
    c = art("c3", [fig("jobs", 10, "jobs", 10, "Nova Motors")], dates=[d3])
    (row,) = announcements([a, b, c])
    assert row["event_date"] == "2025-04-30"  # the month of c3 agrees with it: folded in
    assert row["event_date_sources"] == "a1:100-108 b2:200-213 c3:300-314"
    assert row["year_from"] == f"{fact_id('a1', d1)} <- b2"


def test_figures_without_subject_skipped_articles_and_copies_make_no_row():
    a = art("a1", [fig("jobs", 10, "jobs", 10, "")])
    b = art("b2", [fig("jobs", 10, "jobs", 10, "Nova Motors")], status=SKIPPED)
    c = art("c3", [fig("count", 3, "usines", 10, "Nova Motors")])
    d = art("d4", [fig("jobs", 10, "jobs", 10, "Atlas Cables")])
    assert [r["subject"] for r in announcements([a, b, c, d, d])] == ["Atlas Cables"]
    assert announcements([d, d])[0]["n_articles"] == 1


def test_seeds_tell_the_tech_valley_signing_once_with_its_three_articles(seed_run):
    _, out, _ = seed_run
    with (out / "announcements.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    valley = [r for r in rows if r["subject"] == "Casablanca Tech Valley"]
    assert len(valley) == 1
    (row,) = valley
    assert row["n_articles"] == "3"
    assert "6.5 ha" in row["area"].split(" | ")
    assert "more_than 20000 jobs" in row["jobs"].split(" | ")
    assert "2025-04-30" in row["event_date"].split(" | ")
    assert "<-" in row["year_from"]  # seed 000's "30 avril" took its year from another report
    assert sum(r["subject"] == "Onepoint" for r in rows) == 1
    assert sum("Essaouira" in r["subject"] and "Technopark" in r["subject"] for r in rows) == 1


def test_the_subject_is_written_as_the_entities_index_writes_it():
    a = art("a1", [fig("jobs", 10, "jobs", 10, "NOVA MOTORS")])
    a.entities += [Entity("ORG", "NOVA MOTORS", "NOVA MOTORS", 0, 11)]
    b = art("b2", [fig("jobs", 10, "jobs", 10, "Nova Motors")])
    b.entities += [Entity("ORG", "Nova Motors", "Nova Motors", 0, 11)] * 2
    (row,) = announcements([a, b])
    assert row["subject"] == "Nova Motors"  # the canonical most mentions use, as in entities_index.csv


# Periodic results of one firm are as many announcements as periods: the same subject is not
# enough, the articles must tell the same event (a shared figure; a project; or close dates with
# values of one kind that differ as reports of one event do).
def _results(aid, revenue, published=""):
    return art(aid, [fig("money", revenue, "MAD", 10, "Atlas Bank")], published=published)


def test_a_firms_results_of_four_periods_are_four_rows():
    arts = [_results("q1", 9.1e9), _results("q2", 10.2e9), _results("q3", 11.8e9), _results("q4", 12.4e9)]
    assert sorted(r["article_ids"] for r in announcements(arts)) == ["q1", "q2", "q3", "q4"]


def test_the_same_results_told_by_two_articles_are_one_row():
    rows = announcements([_results("q1", 9.1e9), _results("r1", 9.1e9), _results("q2", 10.2e9)])
    assert sorted(r["article_ids"] for r in rows) == ["q1 r1", "q2"]


def test_reports_told_at_the_same_time_with_values_far_apart_are_two_rows():
    a = art("a1", [fig("jobs", 300, "jobs", 10, "Nova Motors")], published="2025-03-01")
    b = art("b2", [fig("jobs", 2000, "jobs", 10, "Nova Motors")], published="2025-03-02")
    assert len(announcements([a, b])) == 2


def test_the_same_figure_told_a_year_apart_is_two_rows():
    a = _results("q1", 9.1e9, published="2024-03-01")
    b = _results("r1", 9.1e9, published="2025-03-01")
    assert len(announcements([a, b])) == 2


def test_a_project_told_with_different_figures_is_one_row():
    a = art("a1", [fig("jobs", 5000, "jobs", 10, "Atlas Tech Park", "Fès")], places=["Fès"])
    b = art("b2", [fig("area", 12, "ha", 10, "Atlas Tech Park", "Fès")], places=["Fès"])
    (row,) = announcements([a, b])
    assert (row["jobs"], row["area"], row["n_articles"]) == ("5000 jobs", "12 ha", 2)
