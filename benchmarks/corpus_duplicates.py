"""Near-duplicate detection on planted copies: precision and recall of `warta.corpus.dedup.find_copies`.

Usage: python benchmarks/corpus_duplicates.py [--data ../shared/data] [--seeds ../shared/seeds] [--copies 400]
                                              [--seed 13] [--show 10]

Takes the benchmark corpus (the five seeds, IndoSum dev, the 2015-08-25 news corpus: raw text, no analysis
needed), picks `--copies` originals at random and plants one copy of each, made the way portals syndicate wire
stories:

- edges: another dateline, the first sentence rewritten (replaced by another article's first sentence) and a
  portal footer appended ("Baca juga: ...", "Simak berita lainnya di Google News", "Editor: ...");
- edited: edges, plus about one word in twenty dropped or replaced (sub-editing, typos);
- shortened: edges, and only the first 60% of the paragraphs kept.

Recall: planted copies found as copies of their original (or of the article their original itself copies: a
group points at its first article). Precision: of the copy pairs reported that involve a planted copy, the
share that pair it with its own original so. Pairs between two original articles (copies already in the
corpus) are counted and printed (`--show`) for inspection, not scored: the corpus has no gold for them.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus_scale import prepare_inputs  # noqa: E402

from warta.corpus.dedup import find_copies  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FOOTERS = [
    "Baca juga: Pemerintah Siapkan Anggaran Tambahan untuk Daerah Terdampak",
    "Simak berita dan artikel lainnya di Google News",
    "Editor: Redaksi",
    "Silakan baca konten menarik lainnya dari portal kami di Google News",
    "(ant/rdk)",
]
MIN_WORDS = 120
DATELINES = ["JAKARTA, PORTALBERITA.com - ", "SURABAYA, KABARKITA.id - ", "Jakarta, MediaNusa -- ", ""]


def first_sentence(text: str) -> str:
    head = text.strip().split("\n", 1)[0]
    end = re.search(r"[.!?](?=\s|[A-Z])", head)
    return head[: end.end()] if end else head


def plant(text: str, kind: str, donor: str, rng: random.Random) -> str:
    """A syndicated copy of `text` (see the module docstring for the kinds)."""
    paragraphs = [p for p in text.strip().split("\n\n") if p.strip()] or [text]
    first = paragraphs[0]
    rest = first[len(first_sentence(first)) :].lstrip()
    paragraphs[0] = (rng.choice(DATELINES) + first_sentence(donor) + " " + rest).strip()
    if kind == "edited":
        edited = []
        for paragraph in paragraphs:
            words = []
            for word in paragraph.split(" "):
                roll = rng.random()
                if roll < 0.025:
                    continue  # dropped
                words.append(rng.choice(["pun", "juga", "itu", "tersebut"]) if roll < 0.05 else word)
            edited.append(" ".join(words))
        paragraphs = edited
    elif kind == "shortened":
        paragraphs = paragraphs[: max(1, round(len(paragraphs) * 0.6))]
    footer = rng.sample(FOOTERS, k=rng.randint(1, 3))
    return "\n\n".join(paragraphs + footer)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--copies", type=int, default=400)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--show", type=int, default=10, help="print this many corpus-internal pairs")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    records = prepare_inputs(args.data, args.seeds)
    texts = {r["id"]: r["text"] for r in records}
    ids = list(texts)
    # a copy keeps most of its original: articles under MIN_WORDS words (most of the 2015 corpus's truncated
    # texts) would be more rewritten first line than original, so they are not picked as originals
    originals = rng.sample([i for i in ids if len(texts[i].split()) >= MIN_WORDS], args.copies)
    kinds = ["edges", "edited", "shortened"]
    planted: dict[str, tuple[str, str]] = {}  # copy id -> (original id, kind)
    docs = [(i, texts[i]) for i in ids]
    for n, original in enumerate(originals):
        kind = kinds[n % len(kinds)]
        copy_id = f"copy{n}/{kind}"
        planted[copy_id] = (original, kind)
        docs.append((copy_id, plant(texts[original], kind, texts[rng.choice(ids)], rng)))

    start = time.perf_counter()
    copies = find_copies(docs)
    seconds = time.perf_counter() - start

    found = {c["article_id"]: c["copy_of"] for c in copies}

    def right_original(copy_id: str, copy_of: str) -> bool:
        # copy_of names the first article of a group: the original, or the article the original itself copies
        original = planted[copy_id][0] if copy_id in planted else None
        return original is not None and copy_of in (original, found.get(original))

    hits: Counter = Counter()
    for copy_id, (_original, kind) in planted.items():
        if copy_id in found and right_original(copy_id, found[copy_id]):
            hits[kind] += 1
    reported = [c for c in copies if c["article_id"] in planted or c["copy_of"] in planted]
    right = sum(1 for c in reported if right_original(c["article_id"], c["copy_of"]))
    internal = [c for c in copies if c["article_id"] not in planted and c["copy_of"] not in planted]

    per_kind = Counter(kind for _, kind in planted.values())
    print(f"articles: {len(ids)} originals + {len(planted)} planted copies; find_copies: {seconds:.1f} s")
    print("| copies | planted | found | recall |")
    print("|---|---:|---:|---:|")
    for kind in kinds:
        print(f"| {kind} | {per_kind[kind]} | {hits[kind]} | {hits[kind] / max(1, per_kind[kind]):.3f} |")
    total = sum(hits.values())
    print(f"| all | {len(planted)} | {total} | {total / len(planted):.3f} |")
    print(
        f"precision (pairs involving a planted copy): {right}/{len(reported)} = "
        f"{right / max(1, len(reported)):.3f}"
    )
    print(f"pairs between original articles: {len(internal)}")
    for c in sorted(internal, key=lambda c: c["similarity"])[: args.show]:
        a, b = texts[c["article_id"]], texts[c["copy_of"]]
        print(f"  {c['similarity']:.2f}  {c['article_id']} ~ {c['copy_of']}")
        print(f"        {a[:100]!r}\n        {b[:100]!r}")


if __name__ == "__main__":
    main()
