"""Build warta/data/common_words.txt: words that news text writes in lower case when they stand inside a sentence.

A one-word entity that opens a sentence ("Tuduhan itu ...", "Draf resolusi ...") has its capital from the
position, not from being a name; the NER model sometimes tags it anyway. `warta_entities` drops such a span when
its lower-case form is on this list. A word is listed when, inside sentences (not first, not after a quotation
mark or colon), it is written in lower case at least MIN_LOWER times and at least SHARE of the time, so names
that are also words ("Budi", "Indah", "Bunga") stay off the list: inside sentences they are mostly capitalised.

Usage: python training/common_words.py [--data ../shared/data]
Source: the tokenised sentences of IndoSum dev (`news/indosum-dev/`, see ../shared/data/README.md).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "warta" / "data" / "common_words.txt"
MIN_LOWER = 5
SHARE = 0.97
_OPENERS = {'"', "“", "‘", "'", ":", "(", "-", "—", "–"}


def count(folder: Path) -> tuple[Counter, Counter]:
    lower, capital = Counter(), Counter()
    seen: set[str] = set()
    for path in sorted(folder.glob("dev.*.jsonl")):
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            if record["id"] in seen:
                continue
            seen.add(record["id"])
            for paragraph in record["paragraphs"]:
                for sentence in paragraph:
                    for prev, token in zip(sentence, sentence[1:], strict=False):
                        if prev in _OPENERS or not token.isalpha() or len(token) < 3:
                            continue
                        if token.islower():
                            lower[token] += 1
                        elif token[0].isupper() and token[1:].islower():
                            capital[token.lower()] += 1
    return lower, capital


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    lower, capital = count(args.data / "news" / "indosum-dev")
    words = sorted(w for w, n in lower.items() if n >= MIN_LOWER and n / (n + capital[w]) >= SHARE)
    header = (
        "# Words written in lower case inside sentences of news text (training/common_words.py; IndoSum dev,\n"
        f"# at least {MIN_LOWER} times and {SHARE:.0%} of the time). One word per line.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words):,} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
