"""What a candidate NER model does downstream: quote speakers on the repository's gold (benchmarks/gold).

Example: python benchmarks/ner_downstream.py --model training/output/ner/model-best
(--gold benchmarks/gold/quotes_heldout.json scores the held-out gold instead.)
Quote speakers are matched by the PER spans' canonical names, so a model that cuts or stretches names
("Pertamina Ali Mundakir", "Menurut Bambang") loses speakers even where its dev F1 is higher. This gold is
also our dev set (tests/test_accuracy_floors.py holds its floors), never a test split.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None, help="model directory (default: the shipped one)")
    parser.add_argument("--misses", action="store_true", help="list the quotes whose speaker is wrong")
    parser.add_argument(
        "--gold",
        type=Path,
        action="append",
        default=None,
        help="gold file(s) to score (default: benchmarks/gold/quotes.json and counts.json, the dev gold)",
    )
    args = parser.parse_args()

    import warta.extract.entities as entities
    from warta.evaluate.extract import evaluate_extract
    from warta.pipeline import get_nlp

    if args.model:
        model = args.model.resolve()
        entities.model_dir = lambda: model  # load_ner_nlp looks it up at call time
    get_nlp()  # warta_ner shares a model's static vectors with the pipeline's vocab
    gold = ROOT / "benchmarks" / "gold"
    quotes = evaluate_extract(args.gold or [gold / "quotes.json", gold / "counts.json"])["quotes"]
    print(f"model {args.model or entities.model_dir()}")
    print(json.dumps({k: v for k, v in quotes.items() if k != "misses"}))
    if args.misses:
        for m in quotes["misses"]:
            if m["why"] == "speaker":
                print(f"{m['id'][:40]}  gold {m['gold']!r}  got {m['got']!r}")


if __name__ == "__main__":
    main()
