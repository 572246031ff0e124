"""Entity audit: a seeded random sample of mentions and index rows, with context, for judging by hand.

    python bench/audit_entities.py OUT_DIR CORPUS --sample-dir /tmp/audit [--seed 21]
    python bench/audit_entities.py --score /tmp/audit/mentions.tsv [/tmp/audit/index.tsv ...]

``OUT_DIR`` is the output folder of a run (``python -m pipeline extract CORPUS --out OUT_DIR``);
the contexts are read from the articles in ``CORPUS``. Three files are written in ``--sample-dir``,
which must be outside the repository (the texts are not ours, and neither are the judgements):

- ``mentions.tsv``: ``--mentions`` rows drawn at random from ``entities.csv``;
- ``index.tsv``: ``--index`` rows drawn at random from ``entities_index.csv``;
- ``index_top.tsv``: the ``--top`` first rows of ``entities_index.csv`` (most articles first).

Each row has an empty ``ok`` column first: write ``y`` when the mention (or row) is a real name with
the right label, ``n`` otherwise, and optionally a note in ``note`` (a short error class such as
"common noun", "company as LOC", "run-on": ``--score`` counts them). A mention's context shows the
text around it with the mention in ``[[...]]``; an index row shows one context per row (its first
mention). ``--score`` reads judged files and prints precision, overall and per label, and the
notes of the ``n`` rows by count.

The draw is seeded, so one run gives the same sample every time; draw a fresh sample (another run,
or another ``--seed``) for numbers that were not looked at while the rules were changed.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CONTEXT_CHARS = 110  # characters shown on each side of a mention: about a line of text
JUDGED = ("y", "n")


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def context(corpus: Path, row: dict, cache: dict) -> str:
    """The text around a mention, on one line, the mention in [[...]]."""
    name = row["file"]
    if name not in cache:
        p = corpus / name
        cache[name] = p.read_text(encoding="utf-8", errors="replace") if p.is_file() else ""
    text = cache[name]
    s, e = int(row["start"]), int(row["end"])
    if text[s:e] != row["text"]:  # offsets into a decoded page (HTML): show the mention alone
        return f"[[{row['text']}]]"
    left = text[max(0, s - CONTEXT_CHARS) : s]
    right = text[e : e + CONTEXT_CHARS]
    return " ".join(f"{left}[[{text[s:e]}]]{right}".split())


def write_tsv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, columns, delimiter="\t", extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def draw(out_dir: Path, corpus: Path, sample_dir: Path, seed: int, n_mentions: int, n_index: int,
         top: int) -> None:
    if sample_dir.resolve().is_relative_to(REPO):
        sys.exit(f"error: --sample-dir {sample_dir} is inside the repository; give a folder outside it")
    sample_dir.mkdir(parents=True, exist_ok=True)
    mentions = read_csv(out_dir / "entities.csv")
    index = read_csv(out_dir / "entities_index.csv")
    rng = random.Random(seed)
    cache: dict[str, str] = {}
    picked = rng.sample(mentions, min(n_mentions, len(mentions)))
    for r in picked:
        r["ok"], r["note"], r["context"] = "", "", context(corpus, r, cache)
    columns = ["ok", "note", "label", "text", "canonical", "context", "file", "start"]
    write_tsv(sample_dir / "mentions.tsv", columns, picked)
    first: dict[str, dict] = {}
    for r in mentions:
        first.setdefault(r["canonical"].casefold(), r)
    drawn = rng.sample(index, min(n_index, len(index)))
    for name, rows in (("index.tsv", drawn), ("index_top.tsv", index[:top])):
        for r in rows:
            m = first.get(r["canonical"].casefold())
            r["ok"], r["note"] = "", ""
            r["context"] = context(corpus, m, cache) if m else ""
        columns = ["ok", "note", "label", "canonical", "n_articles", "variants", "context"]
        write_tsv(sample_dir / name, columns, rows)
    print(f"{len(picked)} mentions of {len(mentions)}, {n_index} + top {top} index rows of {len(index)} "
          f"-> {sample_dir}")


def score(paths: list[Path]) -> None:
    for path in paths:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["ok"].strip().lower() in JUDGED]
        by_label: dict[str, Counter] = defaultdict(Counter)
        for r in rows:
            by_label[r["label"]][r["ok"].strip().lower()] += 1
        total = sum((c for c in by_label.values()), Counter())
        parts = [f"{lab} {c['y'] / sum(c.values()):.2f} (n={sum(c.values())})"
                 for lab, c in sorted(by_label.items())]
        n = sum(total.values())
        print(f"{path.name}: precision {total['y'] / n if n else 0:.3f} (n={n}); " + ", ".join(parts))
        wrong = [r["note"].strip() for r in rows if r["ok"].strip().lower() == "n"]
        notes = Counter(note for note in wrong if note)
        if notes:
            print("  errors by note: " + ", ".join(f"{k} {v}" for k, v in notes.most_common()))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", nargs="?", type=Path, help="output folder of a pipeline run")
    ap.add_argument("corpus", nargs="?", type=Path, help="the corpus folder that run read")
    ap.add_argument("--sample-dir", type=Path, default=Path("/tmp/audit-entities"))
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--mentions", type=int, default=250)
    ap.add_argument("--index", type=int, default=60)
    ap.add_argument("--top", type=int, default=100)
    ap.add_argument("--score", nargs="+", type=Path, metavar="TSV", help="judged files to score")
    args = ap.parse_args(argv)
    if args.score:
        score(args.score)
    elif args.out_dir and args.corpus:
        draw(args.out_dir, args.corpus, args.sample_dir, args.seed, args.mentions, args.index, args.top)
    else:
        ap.error("give OUT_DIR and CORPUS, or --score")


if __name__ == "__main__":
    main()
