"""Articles per second: `warta.analyse` against `dateparser.search_dates` (a dates-only peer) on IndoSum dev.

Usage: python benchmarks/speed.py [--data ../shared/data] [--limit N] [--peer-limit N] [--no-write]

Reads the 3,463 unique articles of `news/indosum-dev/` (tokenised paragraphs joined back into text), times
`analyse(text)` over all of them and `search_dates(text, languages=["id"])` over the same texts (or the first
--peer-limit), then times each pipeline stage on a subset. Prints a markdown table and writes it into
docs/benchmarks.md under "Pipeline speed" (other sections of that file are left as they are).
"""

from __future__ import annotations

import argparse
import os

# One thread for the numeric libraries, so that both sides run on one core (dateparser is single-threaded).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
import platform
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from indosum import article_text, load  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- speed:start -->", "<!-- speed:end -->"


# CPU time of this process, not wall time: the build machine is shared, and other load inflates wall time.
clock = time.process_time


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.1f}" if seconds else "-"


def time_analyse(texts: list[str]) -> float:
    from warta.pipeline import analyse

    start = clock()
    for text in texts:
        analyse(text)
    return clock() - start


def time_dateparser(texts: list[str]) -> float:
    from dateparser.search import search_dates

    start = clock()
    for text in texts:
        search_dates(text, languages=["id"])
    return clock() - start


def time_stages(texts: list[str]) -> list[tuple[str, float]]:
    """Seconds spent in each stage (clean, tokenizer, every component) over `texts`."""
    from warta.clean import clean
    from warta.pipeline import get_nlp

    nlp = get_nlp()
    start = clock()
    cleaned = [clean(t).text for t in texts]
    stages = [("clean", clock() - start)]
    start = clock()
    docs = [nlp.make_doc(t) for t in cleaned]
    stages.append(("tokenizer", clock() - start))
    for name, proc in nlp.pipeline:
        start = clock()
        docs = [proc(doc) for doc in docs]
        stages.append((name, clock() - start))
    return stages


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared" / "data", help="shared data folder"
    )
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument(
        "--peer-limit", type=int, default=None, help="run dateparser on the first N articles only"
    )
    parser.add_argument("--stage-limit", type=int, default=500, help="articles for the per-stage breakdown")
    parser.add_argument(
        "--no-write", action="store_true", help=f"print only; do not update {DOCS.relative_to(ROOT)}"
    )
    args = parser.parse_args()

    records = list(load(args.data / "news" / "indosum-dev"))[: args.limit]
    texts = [article_text(r) for r in records]
    peer_texts = texts[: args.peer_limit]
    chars = sum(len(t) for t in texts)

    # warm-up: building the Language and dateparser's language data are one-off costs, not per-article ones
    from dateparser.search import search_dates

    from warta.pipeline import analyse, get_nlp

    analyse(texts[0])
    search_dates(texts[0], languages=["id"])

    load_before = os.getloadavg()[0]
    ours = time_analyse(texts)
    peer = time_dateparser(peer_texts)
    stages = time_stages(texts[: args.stage_limit])
    n_stage = len(texts[: args.stage_limit])
    load_after = os.getloadavg()[0]

    import dateparser
    import spacy

    lines = [
        f"Measured with `python benchmarks/speed.py` on {time.strftime('%Y-%m-%d')}: IndoSum dev, "
        f"{len(texts):,} unique "
        f"articles ({chars / len(texts):,.0f} characters on average), one process, "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores (shared), Python "
        f"{platform.python_version()}, spaCy {spacy.__version__}, dateparser {dateparser.__version__}.",
        f"Pipeline components at the time: {', '.join(get_nlp().pipe_names)}. Load average (other jobs share "
        f"the machine): {load_before:.1f} at the start, {load_after:.1f} at the end.",
        "",
        "| what | articles | CPU seconds (one thread) | articles/s |",
        "|---|---:|---:|---:|",
        f"| `warta.analyse` (clean + tokenize + components + record) | {len(texts):,} | {ours:,.1f} | "
        f"{rate(len(texts), ours)} |",
        f"| `dateparser.search_dates(text, languages=['id'])` | {len(peer_texts):,} | {peer:,.1f} | "
        f"{rate(len(peer_texts), peer)} |",
        "",
        f"Warta per article vs the dates-only peer: {(ours / len(texts)) / (peer / len(peer_texts)):.2f}x the time "
        "(below 1 is faster).",
        "",
        f"Where the time goes (first {n_stage:,} articles, CPU milliseconds per article):",
        "",
        "| stage | ms/article |",
        "|---|---:|",
        *[f"| {name} | {seconds / n_stage * 1000:.2f} |" for name, seconds in stages],
    ]
    table = "\n".join(lines)
    print(table)
    if not args.no_write:
        write_section(table)
        print(f"\nwritten to {DOCS.relative_to(ROOT)}", file=sys.stderr)


def write_section(table: str) -> None:
    """Replace the "Pipeline speed" section of docs/benchmarks.md, creating the file or section if needed."""
    section = f"## Pipeline speed\n\n{START}\n{table}\n{END}\n"
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n"
    if START in text and END in text:
        text = re.sub(
            rf"## Pipeline speed\n+{re.escape(START)}.*?{re.escape(END)}\n?",
            lambda _: section,
            text,
            flags=re.DOTALL,
        )
    else:
        text = text.rstrip("\n") + "\n\n" + section
    DOCS.parent.mkdir(exist_ok=True)
    DOCS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
