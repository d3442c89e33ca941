"""Pretrain the NER model's token-to-vector layer on the raw news text, for train_ner.py --init-tok2vec.

Example: python training/ner_pretrain.py --data ../shared/data

spaCy's characters objective (predict each word's first and last four characters from its context) over the
same raw text the static vectors are trained on (training/ner_vectors.py: IndoSum dev, the 2015 corpus, the
Gaza headlines), one paragraph per line. It needs the static vectors the NER config reads, so it builds them
first unless --vectors holds them already. Writes OUT/model{epoch}.bin per epoch and OUT/pretrain_meta.json
(text and config hashes, loss per epoch); the last epoch's weights are also OUT/model-last.bin.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import time
from pathlib import Path

import spacy.training.initialize
import spacy.training.pretrain
import srsly
from spacy.util import load_config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))

import ner_vectors  # noqa: E402

CONFIG = ROOT / "training" / "ner_pretrain.cfg"
_spacy_tok2vec_ref = spacy.training.pretrain.get_tok2vec_ref


def _inner_tok2vec(nlp, pretrain_config):
    """The NER model's own Tok2Vec under [pretraining] component "ner", layer "tok2vec". The parser model's
    "tok2vec" reference is chain(Tok2Vec, list2array, Linear): one array for the batch, which spaCy's pretraining
    objectives cannot read (they want one array per doc); the Tok2Vec inside it gives that."""
    ref = _spacy_tok2vec_ref(nlp, pretrain_config)
    if pretrain_config.get("component") == "ner" and pretrain_config.get("layer") == "tok2vec":
        return ref.layers[0]
    return ref


def use_inner_tok2vec() -> None:
    """Make spaCy's pretraining and its init_tok2vec (train_ner.py --init-tok2vec) read and write the same
    inner Tok2Vec."""
    spacy.training.pretrain.get_tok2vec_ref = _inner_tok2vec
    spacy.training.initialize.get_tok2vec_ref = _inner_tok2vec


def write_raw_text(data: Path, path: Path, limit: int = 0) -> dict[str, int]:
    """One JSON line {"text": ...} per paragraph; articles are split at their line breaks so no batch is one
    whole long article."""
    counts: dict[str, int] = {}

    def lines():
        for source, text in ner_vectors.raw_texts(data):
            for para in text.split("\n"):
                para = para.strip()
                if para:
                    counts[source] = counts.get(source, 0) + 1
                    yield {"text": para}
                    if limit and sum(counts.values()) >= limit:
                        return

    path.parent.mkdir(parents=True, exist_ok=True)
    srsly.write_jsonl(path, lines())
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--vectors", type=Path, default=ROOT / "training" / "output" / "vectors")
    parser.add_argument("--output", type=Path, default=ROOT / "training" / "output" / "pretrain")
    parser.add_argument("--epochs", type=int, default=None, help="override [pretraining] max_epochs")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N paragraphs (a timing run)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    raw = args.output.parent / "pretrain_text.jsonl"
    paragraphs = write_raw_text(args.data, raw, args.limit)
    if not (args.vectors / "model").exists():
        ner_vectors.build_vectors(args.data, args.vectors, seed=args.seed)

    overrides = {
        "paths.raw_text": str(raw),
        "paths.vectors": str(args.vectors / "model"),
        "system.seed": args.seed,
    }
    if args.epochs is not None:
        overrides["pretraining.max_epochs"] = args.epochs
    config = load_config(args.config, overrides=overrides, interpolate=True)
    if args.output.exists():
        shutil.rmtree(args.output)
    args.output.mkdir(parents=True)
    start = time.process_time()
    use_inner_tok2vec()
    spacy.training.pretrain.pretrain(config, args.output, silent=False)
    losses = [json.loads(line) for line in (args.output / "log.jsonl").read_text().splitlines() if line]
    record = {
        "command": "python training/ner_pretrain.py --data ../shared/data"
        + ("" if args.epochs is None else f" --epochs {args.epochs}"),
        "seed": args.seed,
        "config": args.config.name,
        "config_sha256": hashlib.sha256(args.config.read_bytes()).hexdigest(),
        "raw_text_sha256": hashlib.sha256(raw.read_bytes()).hexdigest(),
        "paragraphs": paragraphs,
        "cpu_seconds": round(time.process_time() - start),
        "log": [entry for entry in losses if entry["epoch_loss"]],  # the last line repeats for model-last.bin
    }
    (args.output / "pretrain_meta.json").write_text(json.dumps(record, indent=2) + "\n")
    print(json.dumps(record, indent=2))


if __name__ == "__main__":
    main()
