"""Entity-level F1 of the shipped NER model on the shared sets (the table in docs/ner.md).

Example: python benchmarks/ner_accuracy.py --data ../shared/data
NER-UI folds are all in the training data, so its figure is not held out (see docs/ner.md).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from warta.evaluate.ner import evaluate_ner

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "NERGrit test": ["ner/nergrit/test_preprocess.txt"],
    "NERP test": ["ner/nerp/test_preprocess.txt"],
    "IDNer2k dev": ["ner/idner2k/dev.txt"],
    "NER-UI 5-fold avg (in training)": [f"ner/nerui/test.0{k}.tsv" for k in range(1, 6)],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--json", action="store_true", help="print every result as JSON too")
    parser.add_argument("--model", type=Path, default=None, help="model directory (default: the shipped one)")
    args = parser.parse_args()
    if args.model:
        import warta.extract.entities as entities

        model = args.model.resolve()
        entities.model_dir = lambda: model  # load_ner_nlp looks it up at call time
    for name, paths in SETS.items():
        results = [evaluate_ner(args.data / p) for p in paths]
        f1 = sum(r["f1"] for r in results) / len(results)
        p = sum(r["precision"] for r in results) / len(results)
        r_ = sum(r["recall"] for r in results) / len(results)
        per = {
            lab: round(sum(r["per_label"].get(lab, {}).get("f1", 0.0) for r in results) / len(results), 4)
            for lab in results[0]["labels"]
        }
        print(f"{name:34} P {p:.4f}  R {r_:.4f}  F1 {f1:.4f}  per label {per}")
        if args.json:
            print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
