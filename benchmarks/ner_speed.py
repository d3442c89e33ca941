"""Words per second of the shipped NER model on one CPU core, over raw Indonesian news articles.

Timed in process CPU time (single-threaded), so other jobs on a shared machine do not distort it.

Example: python benchmarks/ner_speed.py --data ../shared/data --articles 300
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

# One core: pin the numeric libraries to a single thread before numpy is imported.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(var, "1")

ROOT = Path(__file__).resolve().parent.parent


def articles(data: Path, n: int) -> list[str]:
    """The first n article bodies of the 2015 one-day news corpus."""
    csv.field_size_limit(sys.maxsize)
    path = data / "news" / "corpus-2015-08-25" / "hasil_scraping_berita.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = [r["isi"] for r in csv.DictReader(f) if r.get("isi")]
    return rows[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    parser.add_argument("--model", type=Path, default=None, help="model directory (default: the shipped one)")
    args = parser.parse_args()
    if args.model:
        import warta.extract.entities as entities

        model = args.model.resolve()
        entities.model_dir = lambda: model  # load_ner_nlp looks it up at call time
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    from warta.extract.entities import load_ner_nlp

    nlp = load_ner_nlp()
    texts = articles(args.data, args.articles)
    docs = [nlp.make_doc(t) for t in texts]
    words = sum(len(d) for d in docs)
    ner = nlp.get_pipe("ner")
    list(ner.pipe(nlp.make_doc(t) for t in texts[:20]))  # warm up
    best_ner = best_all = float("inf")
    for _ in range(args.repeat):
        t0 = time.process_time()
        list(ner.pipe(nlp.make_doc(t) for t in texts))
        best_all = min(best_all, time.process_time() - t0)
        fresh = [nlp.make_doc(t) for t in texts]
        t0 = time.process_time()
        list(ner.pipe(fresh))
        best_ner = min(best_ner, time.process_time() - t0)
    print(f"articles {len(texts)}  words {words}")
    print(f"tokenizer+ner  {words / best_all:,.0f} words/s (one core)")
    print(f"ner only       {words / best_ner:,.0f} words/s (one core)")


if __name__ == "__main__":
    main()
