"""Quality measure: the pipeline scored on the hand gold, and the text it loses on real corpora.

    python bench/eval.py [--shared /work/shared] [--json bench/work/eval.json] [--skip-corpora]

- Runs ``python -m pipeline extract`` on the seeds and on the dev pages (fixed reference date)
  and scores each run with the shared ``eval/score.py`` (standard library, imported from
  its file). The dev set is scored whole and by halves: ``a*`` and ``m*`` pages. Rules are
  developed on one half and checked on the other, so each half's row is the held-out number of
  the work done on the other one. ``figs_lost`` counts the gold figures whose quote is not in the
  kept title and body: lost by the boilerplate stage.
- Loss check on the scraped corpora (``corpora/*/articles``, often one long line per article):
  reads each article and runs the model-free stages (boilerplate and language, as
  :func:`pipeline.core.analyse_text`), then reports the share of articles keeping under half of
  their text (title and body characters over all non-blank characters), the longest block of
  prose dropped whole (and why), the articles reported ``too_short`` while holding 100 words
  of prose, and ``title = line 1``: the share of articles whose title is their first non-blank
  line (spacing aside). This last one is a proxy of title accuracy valid for these two scraped
  corpora only, whose scrapers store each article as its headline on line 1, a blank line, then
  the body (see their ``SOURCE.md``); on copied pages the first line is often a menu.

Prints one table and writes it as JSON. This is a measure, not a test: CI does not run it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REFERENCE_DATE = "2026-12-02"  # fixed, so that two runs give the same numbers
HALF_KEPT = 0.5  # an article keeping under this share of its characters has lost its text
PROSE_WORDS_NOT_SHORT = 100  # an article with this many words of prose is never too_short
COLUMNS = (  # (column, score.py key, sub-key)
    ("body", "body_bounds_acc", None),
    ("furniture", "boilerplate_removed", None),
    ("title", "title_acc", None),
    ("published", "published_acc", None),
    ("fig_F1", "figures_core", "f1"),
    ("entities", "entity_recall", None),
    ("dates", "date_acc", None),
    ("subject", "subject_acc", None),
    ("place", "place_acc", None),
)


def load_score(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def extract(corpus: Path, out: Path) -> None:
    cmd = [sys.executable, "-m", "pipeline", "extract", str(corpus), "--out", str(out), "-q",
           "--reference-date", REFERENCE_DATE]
    subprocess.run(cmd, check=True, cwd=ROOT)


def gold_subset(gold: Path, prefix: str, work: Path) -> Path:
    """The gold lines of the pages whose file name starts with ``prefix``."""
    lines = [x for x in gold.read_text(encoding="utf-8").splitlines()
             if x.strip() and json.loads(x)["file"].startswith(prefix)]
    path = work / f"gold_{prefix or 'all'}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def row(res: dict) -> dict:
    out = {}
    for col, key, sub in COLUMNS:
        v = res.get(key)
        out[col] = v.get(sub) if isinstance(v, dict) else v
    return out


def figures_lost(score, gold: Path, out: Path) -> int:
    """Gold figures whose quote is not in the kept text (title and body): lost by the boilerplate stage."""
    lost = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        g = json.loads(line) if line.strip() else {}
        path = out / "json" / (Path(g.get("file", "")).stem + ".json")
        if g.get("language", "fr") != "fr" or not path.exists():
            continue
        doc = json.loads(path.read_text(encoding="utf-8"))
        kept = score.norm(doc.get("title", "") + "\n" + doc.get("body", ""))
        lost += sum(score.norm(f["quote"]) not in kept for f in g.get("figures", []))
    return lost


def corpus_loss(articles: Path) -> dict:
    """What the model-free stages keep of each article of a scraped corpus."""
    from pipeline.blocks import describe
    from pipeline.core import analyse_text
    from pipeline.reader import read_article

    n = under = too_short = too_short_prose = title_line1 = 0
    longest, longest_at = 0, ""
    for path in sorted(articles.iterdir()):
        art = read_article(path, articles)
        if not art.text:
            continue
        n += 1
        analyse_text(art)
        total = sum(len("".join(art.text[b.start:b.end].split())) for b in art.blocks)
        kept = sum(len("".join(art.text[b.start:b.end].split())) for b in art.blocks if b.kept)
        under += total > 0 and kept < HALF_KEPT * total
        prose_words = 0
        for b in art.blocks:
            info = describe(" ".join(art.text[b.start:b.end].split()))  # prose whatever its spacing
            if info.shape != "prose":
                continue
            prose_words += info.words
            if not b.kept and b.end - b.start > longest:
                longest, longest_at = b.end - b.start, f"{path.name} ({b.reason})"
        too_short += art.reason == "too_short"
        line1 = next((x for x in art.text.splitlines() if x.strip()), "")
        title_line1 += " ".join((art.title or "").split()) == " ".join(line1.split())
        too_short_prose += art.reason == "too_short" and prose_words >= PROSE_WORDS_NOT_SHORT
    return {
        "articles": n,
        "under_half": round(under / n, 4) if n else None,
        "under_half_n": under,
        "longest_prose_dropped": longest,
        "longest_at": longest_at,
        "too_short": too_short,
        "too_short_with_prose": too_short_prose,
        "title_line1": round(title_line1 / n, 4) if n else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=None,
                    help="folder holding seeds/, dev/, gold/, eval/ and corpora/ (default: ../shared, "
                         "or ../../shared from a worktree)")
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "work" / "eval.json")
    ap.add_argument("--skip-corpora", action="store_true", help="no loss check on the corpora")
    args = ap.parse_args(argv)
    shared = args.shared or next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared")
                                  if (p / "eval" / "score.py").exists()), None)
    if shared is None or not (shared / "eval" / "score.py").exists():
        ap.error("no shared data folder with eval/score.py: give it with --shared")
    score = load_score(shared)
    table: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="eval-") as tmp:
        work = Path(tmp)
        for name, corpus, gold in (
            ("seeds", shared / "seeds", shared / "gold" / "seeds.jsonl"),
            ("dev", shared / "dev" / "pages", shared / "dev" / "gold.jsonl"),
        ):
            # kept in this checkout (its cache is keyed on the code), never beside a --json written
            # elsewhere: two checkouts writing to /tmp would share, and overwrite, one run
            out = ROOT / "bench" / "work" / "eval-runs" / name
            extract(corpus, out)
            halves = ("", "a", "m") if name == "dev" else ("",)
            for prefix in halves:
                g = gold_subset(gold, prefix, work) if prefix else gold
                r = row(score.score(g, corpus, out))
                r["figs_lost"] = figures_lost(score, g, out)
                table[f"{name} {prefix}*" if prefix else name] = r
    loss = {} if args.skip_corpora else {
        d.name: corpus_loss(d / "articles") for d in sorted((shared / "corpora").iterdir())
        if (d / "articles").is_dir()
    }
    cols = [*(c for c, _, _ in COLUMNS), "figs_lost"]
    print(f"{'':10}" + "".join(f"{c:>11}" for c in cols))
    for name, r in table.items():
        print(f"{name:10}" + "".join(f"{'-' if r[c] is None else r[c]:>11}" for c in cols))
    if loss:
        print(f"\n{'corpus':20}{'articles':>9}{'<half kept':>12}{'longest prose dropped':>23}"
              f"{'too_short':>10}{'w/ 100 words prose':>20}{'title = line 1':>16}")
        for name, r in loss.items():
            print(f"{name:20}{r['articles']:>9}{r['under_half']:>12.2%}{r['longest_prose_dropped']:>23}"
                  f"{r['too_short']:>10}{r['too_short_with_prose']:>20}{r['title_line1']:>16.2%}"
                  f"   {r['longest_at']}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"scores": table, "corpora": loss}, ensure_ascii=False, indent=1) + "\n",
                         encoding="utf-8")
    print(f"\nwritten to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
