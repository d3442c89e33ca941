"""What `warta.clean` removes from real Indonesian news, and whether its output is a fixed point.

Usage: python benchmarks/cleaning.py [--data ../shared/data]

Corpora: IndoSum dev (3,463 articles, text rebuilt from tokens), the 2015-08-25 Indonesian News Corpus day
(1,348 articles, CSV column `isi`), and the 50 Kompas articles of IndoTimex (the <TEXT> of each TimeML
file, read with the txt reader's decoding: several are cp1252). Prints a markdown table per corpus.
"""

from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from indosum import article_text, load  # noqa: E402

from warta.clean import REASONS, clean  # noqa: E402
from warta.ingest.read import decode  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def corpora(data: Path) -> dict[str, list[str]]:
    news = data / "news"
    out = {"indosum-dev": [article_text(r) for r in load(news / "indosum-dev")]}
    with (news / "corpus-2015-08-25" / "hasil_scraping_berita.csv").open(encoding="utf-8") as fh:
        out["corpus-2015-08-25"] = [row["isi"] for row in csv.DictReader(fh)]
    timeml = []
    for path in sorted((news / "kompas-indotimex-dev").glob("*.tml")):
        match = re.search(r"<TEXT>(.*)</TEXT>", decode(path.read_bytes()), re.DOTALL)
        if match:
            timeml.append(re.sub(r"<[^>]+>", "", match.group(1)))
    out["kompas-indotimex-dev"] = timeml
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared" / "data", help="shared data folder"
    )
    args = parser.parse_args()
    for name, texts in corpora(args.data).items():
        start = time.perf_counter()
        results = [clean(t) for t in texts]
        seconds = time.perf_counter() - start
        reasons = collections.Counter(r.reason for c in results for r in c.removed)
        stable = sum(1 for c in results if clean(c.text).text == c.text)
        n = len(texts)
        datelines = sum(1 for c in results if c.dateline)
        print(f"\n### {name} ({n:,} articles)\n")
        print("| measure | value |\n|---|---:|")
        print(f"| articles/s (clean alone) | {n / seconds:,.0f} |")
        print(f"| dateline found | {datelines:,} ({datelines / n:.0%}) |")
        print(f"| outlet found | {sum(1 for c in results if c.outlet):,} |")
        print(f"| title found | {sum(1 for c in results if c.title):,} |")
        for reason in REASONS:
            print(f"| removed: {reason} | {reasons.get(reason, 0):,} |")
        print(f"| clean(clean(x)) == clean(x) | {stable:,} of {n:,} |")


if __name__ == "__main__":
    main()
