"""Read the shared Indonesian NER sets into one label scheme (PER, ORG, LOC, EVENT); write DocBins."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from spacy.language import Language
from spacy.tokens import DocBin

from warta.evaluate.ner import read_conll, sentence_doc


def window_keys(words: list[str], n: int = 8) -> set[str]:
    """Lowercased n-token windows, to find the same sentence in two sets."""
    low = [w.lower() for w in words]
    if len(low) < n:
        return {" ".join(low)}
    return {" ".join(low[i : i + n]) for i in range(len(low) - n + 1)}


def sources(data: Path) -> dict[str, dict[str, list[Path]]]:
    """The files of each split; NERGrit and NERP test are never read for training."""
    ner = data / "ner"
    return {
        "train": {
            "nergrit": [ner / "nergrit/train_preprocess.txt"],
            "nerp": [ner / "nerp/train_preprocess.txt"],
            "idner2k": [ner / "idner2k/train.txt"],
            "nerui": [ner / "nerui/nergithub.txt"],
            "nerugm": [ner / "nerugm/nerugm.txt"],
        },
        "dev": {
            "nergrit": [ner / "nergrit/valid_preprocess.txt"],
            "nerp": [ner / "nerp/valid_preprocess.txt"],
            "idner2k": [ner / "idner2k/dev.txt"],
        },
        "test": {
            "nergrit": [ner / "nergrit/test_preprocess.txt"],
            "nerp": [ner / "nerp/test_preprocess.txt"],
        },
    }


def file_hashes(data: Path) -> dict[str, str]:
    """sha256 of every file read for training and dev, keyed by its path under data/."""
    out = {}
    for split in ("train", "dev"):
        for paths in sources(data)[split].values():
            for p in paths:
                out[str(p.relative_to(data))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def build(
    nlp: Language,
    data: Path,
    out_dir: Path,
    *,
    seed: int = 0,
    lower_frac: float = 0.2,
    upper_frac: float = 0.1,
    repeat: dict[str, int] | None = None,
) -> dict[str, int]:
    """Write train.spacy and dev.spacy to out_dir; returns sentence counts.

    repeat: extra copies of a set's sentences as written ({"nergrit": 2} puts each NERGrit sentence in twice);
    the copies draw nothing from the random stream, so the other sentences' case copies stay the same."""
    src = sources(data)
    held_out: set[str] = set()
    for paths in (*src["dev"].values(), *src["test"].values()):
        for p in paths:
            for words, _ in read_conll(p):
                held_out |= window_keys(words)
    # NER-UGM is IDNer2k's sentences with an older annotation: keep only what IDNer2k train lacks, so the two
    # annotations never disagree on one sentence.
    idner_train: set[str] = set()
    for words, _ in read_conll(src["train"]["idner2k"][0]):
        idner_train |= window_keys(words)
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    train = DocBin(store_user_data=False)
    for name, paths in src["train"].items():
        kept = 0
        for p in paths:
            for words, tags in read_conll(p):
                keys = window_keys(words)
                # Sentences shared with dev or test (NERP train and test share some) stay out of training.
                if keys & held_out or (name == "nerugm" and keys & idner_train):
                    continue
                cased = name != "nerp"  # NERP is all lowercase already
                for case in ("keep", "lower", "upper"):
                    if case == "lower" and not (cased and rng.random() < lower_frac):
                        continue
                    if case == "upper" and not rng.random() < upper_frac:
                        continue
                    doc = sentence_doc(nlp, words, tags, case)
                    if doc is not None:
                        train.add(doc)
                for _ in range((repeat or {}).get(name, 1) - 1):
                    doc = sentence_doc(nlp, words, tags)
                    if doc is not None:
                        train.add(doc)
                kept += 1
        counts[f"train/{name}"] = kept
    dev = DocBin(store_user_data=False)
    for name, paths in src["dev"].items():
        n = 0
        for p in paths:
            for words, tags in read_conll(p):
                doc = sentence_doc(nlp, words, tags)
                if doc is not None:
                    dev.add(doc)
                    n += 1
        counts[f"dev/{name}"] = n
    out_dir.mkdir(parents=True, exist_ok=True)
    train.to_disk(out_dir / "train.spacy")
    dev.to_disk(out_dir / "dev.spacy")
    counts["train_docs"] = len(train)
    return counts
