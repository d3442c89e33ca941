"""Per-component time over the Warta pipeline: quotes (+ counts when it is in the pipeline) against the NER step.

Example: python benchmarks/extract_speed.py --data ../shared/data --limit 200
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from indosum import article_text, load  # noqa: E402

from warta.ingest import RawDoc  # noqa: E402
from warta.pipeline import build_nlp, make_doc  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / ".." / "shared" / "data")
    parser.add_argument("--limit", type=int, default=200, help="IndoSum dev articles to time")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the articles; the fastest counts")
    args = parser.parse_args()

    texts = [article_text(r) for _, r in zip(range(args.limit), load(args.data / "news" / "indosum-dev"))]
    nlp = build_nlp()
    docs_in = [make_doc(nlp, RawDoc(text=t)) for t in texts]
    chars = sum(len(d.text) for d in docs_in)
    best: dict[str, float] = defaultdict(lambda: float("inf"))
    for _ in range(args.repeat):
        spent: dict[str, float] = defaultdict(float)
        for text in texts:
            doc = make_doc(nlp, RawDoc(text=text))
            for name, proc in nlp.pipeline:
                start = time.perf_counter()
                doc = proc(doc)
                spent[name] += time.perf_counter() - start
        for name, seconds in spent.items():
            best[name] = min(best[name], seconds)
    print(f"{len(texts)} IndoSum dev articles, {chars} characters; best of {args.repeat} passes")
    for name, _ in nlp.pipeline:
        print(f"  {name:18s} {best[name]:8.3f} s  {1000 * best[name] / len(texts):7.2f} ms/article")
    extract = sum(best[n] for n in ("warta_quotes", "warta_counts") if n in best)
    ner = best.get("warta_ner", 0.0)
    names = "+".join(n for n in ("warta_quotes", "warta_counts") if n in best)
    print(f"  {names}: {extract:.3f} s vs warta_ner {ner:.3f} s (ratio {extract / ner if ner else float('nan'):.3f})")


if __name__ == "__main__":
    main()
