"""Rebuild the shipped NER model (warta/models/ner) from the shared Indonesian NER sets.

Example: python training/train_ner.py --data ../shared/data

Steps: 1. convert the sets to DocBins (one label scheme, pipeline tokenizer, case augmentation,
held-out sentences removed); when the config uses static vectors, train them on the raw news text
(training/ner_vectors.py); 2. train with training/ner.cfg (fixed seed); 3. copy the best model by dev
score into the package with training_meta.json recording the config, data file hashes, counts and dev scores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path

import spacy
from spacy.cli.train import train

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import ner_data  # noqa: E402
import ner_pretrain  # noqa: E402
import ner_vectors  # noqa: E402

from warta.extract.sentences import add_tokenizer_exceptions  # noqa: E402

CONFIG = ROOT / "training" / "ner.cfg"
MODEL_DIR = ROOT / "warta" / "models" / "ner"


def uses_static_vectors(config: Path) -> bool:
    """Whether a tok2vec in the config reads static vectors (then they are trained first)."""
    cfg = spacy.util.load_config(config, interpolate=False)
    return any(isinstance(v, dict) and v.get("include_static_vectors") is True for v in _sections(cfg))


def _sections(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _sections(v)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--corpus", type=Path, default=ROOT / "training" / "corpus")
    parser.add_argument("--output", type=Path, default=ROOT / "training" / "output" / "ner")
    parser.add_argument("--vectors", type=Path, default=ROOT / "training" / "output" / "vectors")
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-install", action="store_true", help="train only; leave warta/models/ner alone")
    parser.add_argument(
        "--skip-training",
        action="store_true",
        help="install the model already in --output (and record the vectors already in --vectors)",
    )
    parser.add_argument(
        "--repeat",
        action="append",
        default=[],
        metavar="SET=N",
        help="put a training set's sentences in N times (e.g. nergrit=2); an experiment, not the shipped recipe",
    )
    parser.add_argument(
        "--reuse-vectors",
        action="store_true",
        help="use the vectors already in --vectors instead of retraining",
    )
    parser.add_argument(
        "--init-tok2vec",
        type=Path,
        default=None,
        help="start the NER tok2vec from these pretrained weights (training/ner_pretrain.py's model-last.bin; "
        "use --config training/ner_pretrain.cfg, whose [pretraining] section says where they go)",
    )
    args = parser.parse_args()
    repeat = {name: int(n) for name, n in (item.split("=") for item in args.repeat)}

    # 1. data: the same tokenizer as the pipeline, so "Jean-Pierre" is split in training as at run time
    nlp = spacy.blank("id")
    add_tokenizer_exceptions(nlp)
    counts = ner_data.build(nlp, args.data, args.corpus, seed=args.seed, repeat=repeat)
    print(json.dumps(counts, indent=2))

    overrides = {
        "paths.train": str(args.corpus / "train.spacy"),
        "paths.dev": str(args.corpus / "dev.spacy"),
        "system.seed": args.seed,
    }
    if args.init_tok2vec is not None:
        ner_pretrain.use_inner_tok2vec()
        overrides["paths.init_tok2vec"] = str(args.init_tok2vec)
    vectors = None
    if uses_static_vectors(args.config):
        record = args.vectors / "vectors_meta.json"
        if (args.skip_training or args.reuse_vectors) and record.exists():
            # the model in --output already holds its vectors: record the table it was trained with
            vectors = json.loads(record.read_text())
        else:
            # static word vectors from the raw news text (gensim, one worker, fixed seed: the same table each run)
            vectors = ner_vectors.build_vectors(args.data, args.vectors, seed=args.seed)
        print(json.dumps(vectors, indent=2))
        overrides["paths.vectors"] = str(args.vectors / "model")

    # 2. train (spaCy on CPU with a fixed seed repeats itself step for step)
    if not args.skip_training:
        train(args.config, args.output, overrides=overrides)
    best = args.output / "model-best"
    if args.no_install:
        return

    # 3. install into the package, with what it was built from
    if MODEL_DIR.exists():
        shutil.rmtree(MODEL_DIR)
    shutil.copytree(best, MODEL_DIR)
    # the training paths in the config, relative to the repository (they are not read at load time)
    config = MODEL_DIR / "config.cfg"
    config.write_text(config.read_text(encoding="utf-8").replace(f'"{ROOT}/', '"'), encoding="utf-8")
    meta = json.loads((best / "meta.json").read_text())
    record = {
        "command": "python training/train_ner.py --data ../shared/data"
        + ("" if args.config.resolve() == CONFIG else f" --config training/{args.config.name}")
        + "".join(f" --repeat {item}" for item in args.repeat)
        + ("" if args.init_tok2vec is None else " --init-tok2vec training/output/pretrain/model-last.bin"),
        "seed": args.seed,
        "config": args.config.name,
        "config_sha256": hashlib.sha256(args.config.read_bytes()).hexdigest(),
        "data_sha256": ner_data.file_hashes(args.data),
        "corpus_sha256": {
            f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in sorted(args.corpus.glob("*.spacy"))
        },
        "sentences": counts,
        "vectors": vectors,
        "pretrained_tok2vec": None
        if args.init_tok2vec is None
        else {
            "sha256": hashlib.sha256(args.init_tok2vec.read_bytes()).hexdigest(),
            "record": json.loads((args.init_tok2vec.parent / "pretrain_meta.json").read_text()),
        },
        "dev_scores": meta.get("performance", {}),
        "spacy_version": spacy.__version__,
    }
    (MODEL_DIR / "training_meta.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    print(f"installed {MODEL_DIR}")


if __name__ == "__main__":
    main()
