"""Time `link_corpus` (identities, copies, stories, claims) at growing corpus sizes: is the growth linear?

Usage:
  python benchmarks/corpus_scale.py prepare [--data ../shared/data] [--seeds ../shared/seeds] \
      -o /tmp/corpus_input.jsonl
  warta analyze /tmp/corpus_input.jsonl -o /tmp/corpus.jsonl        # slow, once: analysis is not timed here
  python benchmarks/corpus_scale.py run /tmp/corpus.jsonl [--sizes 1000,2000,4800]
  python benchmarks/corpus_scale.py background /tmp/corpus.jsonl   # rebuild the shipped background counts
  python benchmarks/corpus_scale.py entities                        # entity merging on benchmarks/gold
  python benchmarks/corpus_scale.py stories /tmp/corpus.jsonl      # story grouping on 10 labelled events

`prepare` writes one JSONL input per article: the five seeds, the unique IndoSum dev articles (paragraphs
joined back into text; the publication time is the Unix timestamp that starts each IndoSum id) and the 1,348
articles of the 2015-08-25 Indonesian News Corpus. `run` stores the first N analysed records in a fresh SQLite
file per size and times `link_corpus` over it (the store writes are not timed), printing a markdown table.
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
            datetime.fromtimestamp(int(stamp), tz=timezone.utc).date().isoformat()
            if stamp.isdigit()
            else None
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
    """Background document frequencies from analysed records (the seeds are left out: they are the
    examples)."""
    from warta.corpus.stories import StoryInput, build_background
    from warta.model import Article

    def docs():
        for line in lines:
            a = Article.from_json(line)
            if (a.source.id or "").startswith(("indosum/", "c2015/")):
                yield StoryInput(a.id, a.text, None, entity_features(a))

    return build_background(docs())


# Ten events of 2015-08-25 (the one-day corpus, five outlets), labelled by hand from the articles' titles: the
# articles plainly about that event. Articles whose story is a matter of granularity (other candidates
# interviewed by the KPK selection panel the same day, a pundit's view of the transfer) and Republika's
# articles (titled only "News", "Sepakbola") are left unlabelled, so they count neither way.
STORY_EVENTS = {
    "Jimly questioned by the KPK selection panel": [
        99,
        107,
        113,
        116,
        265,
        271,
        272,
        294,
        301,
        559,
        563,
        572,
        574,
        579,
        583,
        584,
    ],
    "Rizal Ramli and dwelling time at Tanjung Priok": [30, 32, 40, 41, 176, 183, 188, 191, 468, 585],
    "Balotelli back at AC Milan": [641, 656, 657, 690, 717, 1118, 1155, 1256, 1260, 1313, 1341],
    "Governor Gatot questioned over social aid funds": [67, 81, 82, 129, 327, 540, 551, 591, 602],
    "PTUN Medan bribery and OC Kaligis": [90, 93, 106, 286, 289, 296, 560],
    "OC Kaligis abduction case continues": [288, 576],
    "Pedro joins Chelsea": [
        653,
        673,
        695,
        707,
        713,
        1192,
        1199,
        1229,
        1246,
        1254,
        1262,
        1264,
        1266,
        1286,
        1287,
        1316,
        1319,
        1336,
        1339,
        1342,
    ],
    "Manchester United and Neymar": [651, 693, 714, 1269, 1300],
    "Walfrida Soik freed in Malaysia": [100, 118, 317, 588, 589],
    "Refrizal's open letter to Jokowi": [122, 250, 328],
}


def score_stories(store) -> dict:
    """Pairwise precision and recall of the linked stories over the labelled events (STORY_EVENTS)."""
    event_of = {f"c2015/{n}": event for event, ids in STORY_EVENTS.items() for n in ids}
    with store._lock:
        rows = store.conn.execute(
            "SELECT a.source_id, s.story_id FROM articles a "
            "JOIN corpus_story_articles s ON s.article_id = a.id"
        ).fetchall()
    story_of = {r[0]: r[1] for r in rows if r[0] in event_of}
    labelled = sorted(story_of)
    tp = fp = fn = 0
    for i, a in enumerate(labelled):
        for b in labelled[i + 1 :]:
            same_event, same_story = event_of[a] == event_of[b], story_of[a] == story_of[b]
            tp += same_event and same_story
            fp += same_story and not same_event
            fn += same_event and not same_story
    return {
        "articles": len(labelled),
        "events": len(STORY_EVENTS),
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "pairs_same_event": tp + fn,
    }


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
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    prep = sub.add_parser("prepare", help="write the benchmark corpus as analyze-ready JSONL")
    prep.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    prep.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    prep.add_argument("-o", "--out", type=Path, required=True)
    run = sub.add_parser("run", help="time link_corpus over analysed records")
    run.add_argument("analysed", type=Path, help="JSONL of Article records (output of `warta analyze`)")
    run.add_argument("--sizes", default="1000,2000,4800")
    sto = sub.add_parser("stories", help="score story grouping on the labelled 2015-08-25 events")
    sto.add_argument("analysed", type=Path, help="JSONL of Article records (output of `warta analyze`)")
    ent = sub.add_parser("entities", help="score entity merging on the gold pairs")
    ent.add_argument("gold", type=Path, nargs="?", default=ROOT / "benchmarks" / "gold" / "entity_pairs.json")
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

    if args.cmd == "entities":
        from warta.corpus.names import evaluate_pairs

        pairs = json.loads(args.gold.read_text(encoding="utf-8"))["pairs"]
        print("| pairs | n | same | precision | recall | F1 |")
        print("|---|---:|---:|---:|---:|---:|")
        for source in [*sorted({p["source"] for p in pairs}), None]:
            subset = [p for p in pairs if source is None or p["source"] == source]
            r = evaluate_pairs(subset)
            print(
                f"| {source or 'all'} | {r['pairs']} | {r['same']} | {r['precision']:.3f} | "
                f"{r['recall']:.3f} | {r['f1']:.3f} |"
            )
        for error in evaluate_pairs(pairs)["errors"]:
            print(
                f"  wrong: {error['a']!r} / {error['b']!r} (gold: {'same' if error['same'] else 'different'})"
            )
        return

    lines = [line for line in args.analysed.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.cmd == "stories":
        from warta.corpus.link import link_corpus
        from warta.corpus.store import Store
        from warta.model import Article

        with tempfile.TemporaryDirectory() as tmp, Store(os.path.join(tmp, "stories.db")) as store:
            store.add_many(Article.from_json(line) for line in lines)
            link_corpus(store)
            r = score_stories(store)
        print(
            f"{r['articles']} labelled articles in {r['events']} events "
            f"({r['pairs_same_event']} same-event pairs): "
            f"pairwise precision {r['precision']:.3f}, recall {r['recall']:.3f}"
        )
        return
    if args.cmd == "background":
        from warta.corpus.stories import BACKGROUND, write_background

        n, df = background_counts(lines)
        write_background(BACKGROUND, n, df)
        print(f"wrote {len(df)} features of {n} articles to {BACKGROUND}", file=sys.stderr)
        return
    sizes = [min(int(s), len(lines)) for s in args.sizes.split(",")]
    print(
        "| articles | entities | stories | of 2+ articles | copies | figures | conflicts | link_corpus (s) "
        "| ms / article |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        stats = time_link(lines, size)
        print(
            f"| {stats['articles']} | {stats['entities']} | {stats['stories']} | "
            f"{stats['stories_with_several_articles']} | {stats['copies']} | "
            f"{stats['figures']} | {stats['conflicts']} | {stats['wall']:.2f} | "
            f"{1000 * stats['wall'] / max(1, stats['articles']):.2f} |"
        )


if __name__ == "__main__":
    main()
