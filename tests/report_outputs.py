"""A hand-made output folder for the report's tests: hostile text, a skipped and a failed article,
figures.csv's linking columns (subject, place), and announcements.csv as the pipeline writes it."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.output import csv_text
from pipeline.report.data import page_name

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


# A subset of pipeline.output's columns on purpose, not a copy to keep in step: the report reads
# columns defensively, and an older run's tables lack the newest ones (date, date_role, encoding).
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


def page_of(out: Path, file: str) -> Path:
    return out / "report" / "articles" / page_name(file, set())


def announcements_like_pipeline(art: dict) -> list[dict]:
    """announcements.csv as pipeline/announcements.py writes it: values "[qualifier] value unit",
    " | " between values the articles disagree on, and the figure rows behind each."""
    fig, money = art["figures"]
    date = art["dates"][0]
    return [
        {
            "subject": "Acme SA",
            "place": "Tanger",
            "jobs": "300 jobs | more_than 250 jobs",
            "jobs_figures": f"aaaaaaaaaaaaaaaa:{fig['start']}-{fig['end']} | ffffffffffffffff:1-9",
            "money": "about 50000000 MAD",
            "money_figures": f"aaaaaaaaaaaaaaaa:{money['start']}-{money['end']}",
            "event_date": "2025-03-03",
            "event_date_sources": f"aaaaaaaaaaaaaaaa:{date['start']}-{date['end']}",
            "n_articles": "2",
            "article_ids": "aaaaaaaaaaaaaaaa ffffffffffffffff",
            "files": "x.txt y.txt",
            "a_new_column": "<nouveau>",
        },
        {
            "subject": "Usine <X>",
            "place": "Kénitra",
            "jobs": "",
            "jobs_figures": "",
            "money": "1500000000 MAD",
            "money_figures": "ffffffffffffffff:3-9",
            "event_date": "2025-05-02",
            "event_date_sources": "",
            "n_articles": "1",
            "article_ids": "ffffffffffffffff",
            "files": "y.txt",
            "a_new_column": "",
        },
    ]
