"""Instructions one stage executes on N bench articles, counted by valgrind (callgrind).

    python bench/instructions.py boilerplate [--articles 100]
    (stages: boilerplate, language, figures, dates, furniture, link-phrases)

Seconds drift by ±20 % on this machine from one minute to the next; instruction counts do not:
the same code on the same input gives the same count, whatever else the machine is doing. That
makes them the measure for a small optimisation of a Python stage (instructions are not time,
but for interpreted code the two move together). The stage runs twice under callgrind, on 0 and
on N articles of the bench corpus (built by ``make bench``), and the difference is printed, so
interpreter start-up and imports cancel out.

Stages without spaCy only: under callgrind, loading the model alone takes minutes.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "work" / "corpus"

# stage -> (what it loads on first use, run before counting; the stages before it, run on each
# decoded article ``art``; the stage itself, on each ``art``)
_KEPT = "[s for s in art.spans('title', 'body')]"
STAGES = {
    "boilerplate": ("pass", "pass", "strip_boilerplate(art)"),
    "language": ('detect("Le projet sera lancé.")', "strip_boilerplate(art)", "detect_language(art)"),
    "figures": ("pass", "strip_boilerplate(art)", f"[extract_figures(art.text[s:e]) for s, e in {_KEPT}]"),
    "dates": ('extract_dates("le 3 mars 2024", "2024-03-04")', "strip_boilerplate(art)",
              f"[extract_dates(art.text[s:e]) for s, e in {_KEPT}]"),
    # the rule components' furniture cues, on the text spaCy gets (spaCy itself is only imported)
    "furniture": ("from pipeline.ner.furniture import furniture_ranges", "strip_boilerplate(art)",
                  "furniture_ranges('\\n'.join(art.text[s:e] for s, e in art.spans('title', 'body')))"),
    # the link stage's scans of the whole text: its phrase patterns and its sentences (the rest of
    # the stage needs the entities, hence the model)
    "link-phrases": ("from pipeline.link import segments, split_sentences; from pipeline.link_names import "
                     "introduced_firms, named_projects, plan_mentions, project_mentions",
                     "strip_boilerplate(art)",
                     "[named_projects(art), project_mentions(art), plan_mentions(art), "
                     "introduced_firms(art), [split_sentences(art.text, *seg) for seg, _ in segments(art)]]"),
}

RUNNER = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from pipeline.boilerplate import strip_boilerplate
from pipeline.dates import extract_dates
from pipeline.figures import extract_figures
from pipeline.language import detect, detect_language
from pipeline.reader import read_article
{load}
corpus = Path({corpus!r})
arts = [read_article(p, corpus) for p in sorted(corpus.iterdir())[:{n}]]
for art in arts:
    {before}
for art in arts[:{count}]:
    {stage}
"""


def count(stage: str, n: int, articles: int) -> int:
    """Instructions of one whole run of the stage on the first ``articles`` of n prepared ones."""
    load, before, code = STAGES[stage]
    script = RUNNER.format(root=str(ROOT), corpus=str(CORPUS), n=n, count=articles,
                           load=load, before=before, stage=code)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", script],
            check=True, capture_output=True,
        )
        summary = next(line for line in out.read_text().splitlines() if line.startswith("summary:"))
    return int(summary.split()[1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stage", choices=sorted(STAGES))
    ap.add_argument("--articles", type=int, default=100, help="bench articles the stage runs on")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("error: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    if not CORPUS.is_dir() or len(list(CORPUS.iterdir())) < args.articles:
        print(f"error: {CORPUS} holds fewer than {args.articles} articles; run `make bench` first",
              file=sys.stderr)
        return 2
    empty, full = (count(args.stage, args.articles, k) for k in (0, args.articles))
    print(f"{args.stage}: {(full - empty) / 1e6:,.0f} M instructions for {args.articles} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
