"""Train the learned subject ranker of stage 7 (:mod:`pipeline.link_rank`) on the dev pages' gold.

    python bench/train_link.py [--shared /work/shared] [--work bench/work/train-link] [--write]

1. Runs ``python -m pipeline extract`` on the dev pages and the seeds (fixed reference date) and
   reads each article back from its ``json/`` file (text, blocks, entities, dates, figures).
2. For each gold jobs, area and money figure with a ``subject``: the figure row the scorer would
   match, its candidates and feature vectors (:func:`pipeline.link_rank.candidates`), and which
   candidates the gold accepts (a name and the other ways the article's entities write it, as
   ``score.py`` matches; "no subject" for a gold ``[]``).
3. Fits a conditional logistic regression (softmax over the figure's candidates, L2 penalty
   :data:`L2`, plain gradient descent from zero: deterministic) and reports the subject accuracy
   held out across halves: trained on ``a*`` and scored on ``m*``, trained on ``m*`` and scored on
   ``a*``, beside the rules' accuracy on the same figures (the same count as ``score.py``'s
   ``subject_acc``). The seeds are scored by the model trained on all dev pages.
4. With ``--write``, stores the weights trained on all 60 dev pages in
   ``pipeline/data/link_ranker.json`` (the stage uses them from the next run on).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval import extract, load_score  # noqa: E402

from pipeline import link_rank as R  # noqa: E402
from pipeline.link import LINKED_KINDS, Context  # noqa: E402
from pipeline.model import Article  # noqa: E402

L2 = 0.05  # penalty on the squared weights (per figure): ~240 figures, 27 features
STEPS = 3000  # gradient steps; the loss is convex, so the result depends on neither order nor seed
RATE = 0.5


def examples(score, gold: Path, out: Path, prefix: str = "") -> list[dict]:
    """One record per gold figure with a subject that the run found."""
    recs = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        if not g["file"].startswith(prefix) or g.get("language", "fr") != "fr":
            continue
        path = out / "json" / (Path(g["file"]).stem + ".json")
        if not path.exists():
            continue
        art = Article.from_dict(json.loads(path.read_text(encoding="utf-8")))
        rows = [{"text": e.text, "canonical": e.canonical} for e in art.entities]
        ctx = None
        for gf in g.get("figures", []):
            if "subject" not in gf or gf["kind"] not in LINKED_KINDS:
                continue
            q = score.norm(gf["quote"])
            same = [f for f in art.figures if f.kind == gf["kind"] and score.same_value(f.value, float(gf["value"]))]
            f = next((x for x in same if score.norm(x.text) in q), same[0] if same else None)
            if f is None:
                continue
            ctx = ctx or Context(art)
            i = ctx.sentence_of(f.start)
            rule = ctx.subject_of(f, i)
            cands = R.candidates(ctx, f, i, rule)
            want = {score.norm(x) for x in gf["subject"]}

            def ok(name, want=want, rows=rows):
                return not name if not want else bool(name) and bool(score._variants(name, rows) & want)

            recs.append({
                "file": g["file"], "quote": gf["quote"], "rule_ok": ok(rule),
                "vecs": [v for _, v in cands], "names": [n for n, _ in cands],
                "pos": [k for k, (n, _) in enumerate(cands) if ok(n)],
            })
    return recs


def fit(recs: list[dict], l2: float = L2) -> list[float]:
    """Weights maximising the log-likelihood of the gold's candidates, minus l2 * |w|^2."""
    import numpy as np

    data = [(np.array(r["vecs"]), r["pos"]) for r in recs if r["pos"]]
    w = np.zeros(len(R.FEATURES))
    for _ in range(STEPS):
        grad = 2 * l2 * w * len(data)
        for x, pos in data:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = np.zeros(len(p))
            q[pos] = p[pos] / p[pos].sum()
            grad += x.T @ (p - q)
        w -= RATE * grad / len(data)
    return [round(float(v), 4) for v in w]


def accuracy(recs: list[dict], w: list[float] | None) -> float:
    """Share of the figures whose chosen name the gold accepts (the rules' when ``w`` is None)."""
    if not recs:
        return math.nan
    good = 0
    for r in recs:
        if w is None:
            good += r["rule_ok"]
        else:
            best = max(range(len(r["vecs"])), key=lambda k: (R.score(r["vecs"][k], tuple(w)), -k))
            good += best in r["pos"]
    return round(good / len(recs), 3)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--work", type=Path, default=ROOT / "bench" / "work" / "train-link")
    ap.add_argument("--write", action="store_true", help=f"store the weights in {R.WEIGHTS.relative_to(ROOT)}")
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--no-extract", action="store_true", help="reuse the runs already in --work")
    ap.add_argument("--drop", nargs="*", default=[], help="features left out (their column zeroed)")
    args = ap.parse_args(argv)
    shared = args.shared or next(p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared")
                                 if (p / "eval" / "score.py").exists())
    score = load_score(shared)
    runs = {"dev": (shared / "dev" / "pages", shared / "dev" / "gold.jsonl"),
            "seeds": (shared / "seeds", shared / "gold" / "seeds.jsonl")}
    if not args.no_extract:
        for name, (corpus, _) in runs.items():
            extract(corpus, args.work / name)
    dev_gold, seeds_gold = runs["dev"][1], runs["seeds"][1]
    halves = {h: examples(score, dev_gold, args.work / "dev", h) for h in ("a", "m")}
    seeds = examples(score, seeds_gold, args.work / "seeds")
    drop = [R.FEATURES.index(x) for x in args.drop]
    for r in [*halves["a"], *halves["m"], *seeds]:
        for v in r["vecs"]:
            for k in drop:
                v[k] = 0.0
    w_all = fit(halves["a"] + halves["m"], args.l2)
    print(f"{'set':10}{'figures':>9}{'rules':>8}{'learned':>9}   (learned: trained on the other half)")
    for test, train in (("m", "a"), ("a", "m")):
        w = fit(halves[train], args.l2)
        print(f"{'dev ' + test + '*':10}{len(halves[test]):>9}{accuracy(halves[test], None):>8}"
              f"{accuracy(halves[test], w):>9}")
    print(f"{'seeds':10}{len(seeds):>9}{accuracy(seeds, None):>8}{accuracy(seeds, w_all):>9}   (trained on all dev)")
    for f, v in zip(R.FEATURES, w_all, strict=True):
        print(f"  {f:20}{v:8.3f}")
    if args.write:
        R.WEIGHTS.write_text(json.dumps({"features": list(R.FEATURES), "weights": w_all, "l2": args.l2},
                                        indent=1) + "\n", encoding="utf-8")
        print(f"written to {R.WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
