"""Score and time Warta's temporal tagger and dateparser.search_dates on the same TimeML files; print JSON.

Usage: python benchmarks/time_accuracy.py [--gold benchmarks/gold/time] [--data ../shared/data] [--repeat 3]

Accuracy uses the annotated gold (our dev gold by default). Speed runs both taggers on the same texts: the gold
files plus the unannotated Kompas dev articles under --data (news/kompas-indotimex-dev), each with its DCT.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from warta.evaluate.time import Timex, _time_nlp, iter_files, read_timeml, score, tag_text

ROOT = Path(__file__).resolve().parent.parent


def dateparser_tagger():
    """search_dates (languages=["id"]) as a tagger: spans found in order, a day (or minute) value."""
    import datetime as dt

    from dateparser.search import search_dates

    def tag(text: str, dct: str | None) -> list[Timex]:
        settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(dct)} if dct else {}
        found = search_dates(text, languages=["id"], settings=settings) or []
        result, pos = [], 0
        for string, when in found:
            start = text.find(string, pos)
            if start < 0:
                continue
            pos = start + len(string)
            has_clock = when.hour or when.minute
            value = when.strftime("%Y-%m-%dT%H:%M") if has_clock else when.date().isoformat()
            result.append(Timex(start, pos, string, "TIME" if has_clock else "DATE", value))
        return result

    return tag


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "gold" / "time")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=3, help="speed runs per tagger; the best is reported")
    args = parser.parse_args()

    gold = [read_timeml(p) for p in iter_files([args.gold])]
    nlp = _time_nlp()
    taggers = {"warta": lambda text, dct: tag_text(nlp, text, dct), "dateparser": dateparser_tagger()}
    report: dict = {"gold_documents": len(gold), "gold_timexes": sum(len(d.timexes) for d in gold)}
    for name, tagger in taggers.items():
        report[name] = score((d.timexes, tagger(d.text, d.dct)) for d in gold)
    # the blind/ subfolder was annotated from the raw text, without the tagger's pre-annotation
    blind = [d for p, d in zip(iter_files([args.gold]), gold, strict=True) if "blind" in p.parts]
    if blind:
        report["blind_documents"] = len(blind)
        for name, tagger in taggers.items():
            report[f"{name}_blind"] = score((d.timexes, tagger(d.text, d.dct)) for d in blind)

    speed_docs = list(gold)
    dev = args.data / "news" / "kompas-indotimex-dev"
    if dev.is_dir():
        known = {d.id for d in gold}
        speed_docs += [d for d in map(read_timeml, iter_files([dev])) if d.id not in known]
    chars = sum(len(d.text) for d in speed_docs)
    report["speed"] = {"documents": len(speed_docs), "chars": chars}
    for name, tagger in taggers.items():
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            for d in speed_docs:
                tagger(d.text, d.dct)
            best = min(best, time.perf_counter() - t0)
        report["speed"][name] = {"seconds": round(best, 3), "docs_per_s": round(len(speed_docs) / best, 1)}
    report["speed"]["speedup"] = round(
        report["speed"]["dateparser"]["seconds"] / report["speed"]["warta"]["seconds"], 1
    )
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
