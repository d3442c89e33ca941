"""Time `link_corpus` (identities, copies, stories, claims) at growing corpus sizes, to show near-linear growth.

Usage:
  python benchmarks/corpus_scale.py prepare [--data ../shared/data] [--seeds ../shared/seeds] -o /tmp/corpus_input.jsonl
  warta analyze /tmp/corpus_input.jsonl -o /tmp/corpus.jsonl          # slow, once: analysis is not timed here
  python benchmarks/corpus_scale.py run /tmp/corpus.jsonl [--sizes 1000,2000,4800]
  python benchmarks/corpus_scale.py background /tmp/corpus.jsonl     # rebuild the shipped background counts

`prepare` writes one JSONL input per article: the five seeds, the unique IndoSum dev articles (paragraphs joined
back into text; the publication time is the Unix timestamp that starts each IndoSum id) and the 1,348 articles of
the 2015-08-25 Indonesian News Corpus. `run` stores the first N analysed records in a fresh SQLite file per size
and times `link_corpus` over it (the store writes are not timed), printing a markdown table.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from indosum import article_text, load  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
csv.field_size_limit(sys.maxsize)


def prepare_inputs(data: Path, seeds: Path) -> list[dict]:
    """The benchmark corpus as analyze-ready JSONL records (id, title, text, url, published, outlet)."""
    records: list[dict] = []
    for path in sorted(seeds.glob("*.txt")):
        records.append({"id": path.name, "text": path.read_text(encoding="utf-8", errors="replace")})
    for record in load(data / "news" / "indosum-dev"):
        stamp = record["id"].split("-", 1)[0]
        published = (
            datetime.fromtimestamp(int(stamp), tz=timezone.utc).date().isoformat() if stamp.isdigit() else None
        )
        records.append(
            {
                "id": "indosum/" + record["id"],
                "text": article_text(record),
                "url": record.get("source_url"),
                "outlet": record.get("source"),
                "published": published,
            }
        )
    with (data / "news" / "corpus-2015-08-25" / "hasil_scraping_berita.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not (row.get("isi") or "").strip():
                continue
            records.append(
                {
                    "id": "c2015/" + row["id"],
                    "title": row["judul"],
                    "text": row["isi"],
                    "url": row["link"],
                    "outlet": row["sumber"],
                    "published": row["tanggal"].replace("/", "-"),
                }
            )
    return records


def entity_features(article) -> list[str]:
    """An article's entities as story features, named as link_corpus names them (the slug of the entity)."""
    from warta.corpus.names import alias_groups, normalise, slug

    out = []
    for e in article.entities:
        name = e.canonical or e.text
        key = normalise(name, e.label)
        out.append(slug(alias_groups()[key[1:]][1]) if key.startswith("=") else slug(name))
    return out


def background_counts(lines: list[str]) -> tuple[int, dict[str, int]]:
    """Background document frequencies from analysed records (the seeds are left out: they are the examples)."""
    from warta.corpus.stories import StoryInput, build_background
    from warta.model import Article

    def docs():
        for line in lines:
            a = Article.from_json(line)
            if (a.source.id or "").startswith(("indosum/", "c2015/")):
                yield StoryInput(a.id, a.text, None, entity_features(a))

    return build_background(docs())


def time_link(records: list[str], size: int) -> dict:
    """Store the first `size` analysed records in a fresh database and time link_corpus over them."""
    from warta.corpus.link import link_corpus
    from warta.corpus.store import Store
    from warta.model import Article

    with tempfile.TemporaryDirectory() as tmp:
        with Store(os.path.join(tmp, "scale.db")) as store:
            store.add_many(Article.from_json(line) for line in records[:size])
            start = time.perf_counter()
            stats = link_corpus(store)
            stats["wall"] = time.perf_counter() - start
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    prep = sub.add_parser("prepare", help="write the benchmark corpus as analyze-ready JSONL")
    prep.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    prep.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    prep.add_argument("-o", "--out", type=Path, required=True)
    run = sub.add_parser("run", help="time link_corpus over analysed records")
    run.add_argument("analysed", type=Path, help="JSONL of Article records (output of `warta analyze`)")
    run.add_argument("--sizes", default="1000,2000,4800")
    bg = sub.add_parser("background", help="rebuild warta/corpus/background_df.tsv.gz from analysed records")
    bg.add_argument("analysed", type=Path)
    args = parser.parse_args()

    if args.cmd == "prepare":
        records = prepare_inputs(args.data, args.seeds)
        with args.out.open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {args.out}", file=sys.stderr)
        return

    lines = [line for line in args.analysed.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.cmd == "background":
        from warta.corpus.stories import BACKGROUND, write_background

        n, df = background_counts(lines)
        write_background(BACKGROUND, n, df)
        print(f"wrote {len(df)} features of {n} articles to {BACKGROUND}", file=sys.stderr)
        return
    sizes = [min(int(s), len(lines)) for s in args.sizes.split(",")]
    print("| articles | entities | stories | copies | figures | conflicts | link_corpus (s) | ms / article |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        stats = time_link(lines, size)
        print(
            f"| {stats['articles']} | {stats['entities']} | {stats['stories']} | {stats['copies']} | "
            f"{stats['figures']} | {stats['conflicts']} | {stats['wall']:.2f} | "
            f"{1000 * stats['wall'] / max(1, stats['articles']):.2f} |"
        )


if __name__ == "__main__":
    main()
