"""Peak memory and time of one long article, by its size: the rate docs/robustness.md states.

    python bench/long_article.py [--sizes 100000,500000,950000,1900000]

For each size, writes one French article of that many characters (sentences written for this
script, numbers and days varied, paragraphs of five sentences; deterministic) into a fresh corpus
folder and runs ``python -m pipeline extract`` on it in a subprocess, one process, cache off. Prints
the subprocess's peak resident memory and wall time, and the growth per 1,000 characters between
the smallest and the largest size. This is a benchmark, not a test: it never fails on its numbers.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    "Le ministre de l'Industrie a annoncé le {d} mars 2024 à Rabat un investissement de {n} millions de DH.",
    "Selon l'Agence marocaine de développement des investissements, le projet créera {n} emplois directs.",
    "La société Renault Maroc prévoit d'atteindre une capacité de {n} véhicules par an d'ici 2027.",
    "Le taux de chômage a reculé de {d},5 % au deuxième trimestre, selon le Haut-Commissariat au Plan.",
    "Une zone industrielle de {n} hectares sera aménagée près de Kénitra par la région Rabat-Salé-Kénitra.",
]


def article(n_chars: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    parts, size = ["Un très long article sur l'industrie marocaine\n\n"], 0
    while size < n_chars:
        para = " ".join(
            rng.choice(SENTENCES).format(n=rng.randint(2, 900), d=rng.randint(1, 28)) for _ in range(5)
        ) + "\n\n"
        parts.append(para)
        size += len(para)
    return "".join(parts)[:n_chars]


def measure(n_chars: int, work: Path) -> tuple[float, float]:
    """(peak resident memory in MiB, wall seconds) of one run on one article of ``n_chars``."""
    corpus, out = work / f"c{n_chars}", work / f"o{n_chars}"
    corpus.mkdir()
    (corpus / "long.txt").write_text(article(n_chars), encoding="utf-8")
    cmd = [sys.executable, "-m", "pipeline", "extract", str(corpus), "--out", str(out), "-q",
           "--processes", "1", "--force", "--reference-date", "2026-12-02"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    if status:
        raise SystemExit(f"the run on {n_chars} characters failed (status {status})")
    return usage.ru_maxrss / 1024, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,500000,950000,1900000")
    sizes = sorted(int(s) for s in ap.parse_args().sizes.split(","))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            peak, wall = measure(n, Path(tmp))
            results.append((n, peak))
            print(f"{n:>9,} characters: peak {peak:7.0f} MiB, {wall:6.1f} s", flush=True)
    if len(results) > 1:
        (n0, m0), (n1, m1) = results[0], results[-1]
        print(f"growth: {(m1 - m0) / (n1 - n0) * 1000:.3f} MiB per 1,000 characters")


if __name__ == "__main__":
    main()
