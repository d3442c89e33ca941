"""Train the NER model's static word vectors on raw Indonesian text (cased word2vec, keyed by ORTH).

Example: python training/ner_vectors.py --data ../shared/data --out training/output/vectors
(train_ner.py calls build_vectors itself when its config uses static vectors.)

Text: all of data/news (IndoSum dev paragraphs, the 2015 news corpus, the Gaza headlines) plus the NER
sets' training sentences (less any sentence sharing an 8-token window with a dev or test sentence), split
with the pipeline's tokenizer. Word2Vec skip-gram with one worker, a fixed seed and a fixed hash, so the
vectors repeat exactly; the words seen at least min_count times, most frequent first, up to rows, become a
spaCy vectors table. Case is kept (keyed by ORTH): lowercased vectors keyed by LOWER scored higher on
NERP but cut and stretched names in cased news (docs/ner.md). Needs gensim (the `train` extra); only the
vectors ship.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import zlib
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import ner_data  # noqa: E402

from warta.evaluate.ner import read_conll  # noqa: E402
from warta.extract.sentences import add_tokenizer_exceptions  # noqa: E402

csv.field_size_limit(1 << 30)


def stable_hash(text: str) -> int:
    """gensim seeds each word's start vector with hash(); Python's str hash changes per process."""
    return zlib.crc32(text.encode("utf8"))


def raw_texts(data: Path):
    """(source, text) for every raw text used; text is one string to tokenize."""
    news = data / "news"
    for path in sorted((news / "indosum-dev").glob("*.jsonl")):
        with path.open(encoding="utf8") as fh:
            for line in fh:
                rec = json.loads(line)
                for para in rec.get("paragraphs", []):
                    for sent in para:
                        yield "indosum", " ".join(sent)
    for path in sorted((news / "corpus-2015-08-25").glob("*.csv")):
        with path.open(encoding="utf8", newline="") as fh:
            for row in csv.DictReader(fh):
                for field in ("judul", "isi"):
                    if row.get(field):
                        yield "corpus-2015", row[field]
    for path in sorted((news / "gaza-headlines").glob("*.csv")):
        with path.open(encoding="utf8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row.get("article_title"):
                    yield "gaza-headlines", row["article_title"]


def ner_train_sentences(data: Path):
    src = ner_data.sources(data)
    held_out: set[str] = set()
    for paths in (*src["dev"].values(), *src["test"].values()):
        for p in paths:
            for words, _ in read_conll(p):
                held_out |= ner_data.window_keys(words)
    for paths in src["train"].values():
        for p in paths:
            for words, _ in read_conll(p):
                if not ner_data.window_keys(words) & held_out:
                    yield words


def build_vectors(
    data: Path,
    out: Path,
    *,
    dims: int = 100,
    rows: int = 50000,
    min_count: int = 3,
    epochs: int = 10,
    window: int = 5,
    seed: int = 0,
    cased: bool = True,
) -> dict:
    """Train the vectors, write out/vectors.txt and the spaCy vectors model out/model; returns a record."""
    from gensim.models import Word2Vec  # the `train` extra; only the vectors ship

    nlp = spacy.blank("id")
    add_tokenizer_exceptions(nlp)
    sentences: list[list[str]] = []
    counts: dict[str, int] = {}
    srcs, texts = zip(*raw_texts(data), strict=True)
    for src, doc in zip(srcs, nlp.tokenizer.pipe(texts, batch_size=1000), strict=True):
        toks = [t.text if cased else t.lower_ for t in doc if not t.is_space]
        if toks:
            sentences.append(toks)
            counts[src] = counts.get(src, 0) + len(toks)
    for words in ner_train_sentences(data):
        toks = [t.text if cased else t.lower_ for t in nlp(" ".join(words)) if not t.is_space]
        sentences.append(toks)
        counts["ner-train"] = counts.get("ner-train", 0) + len(toks)

    model = Word2Vec(
        sentences=sentences,
        vector_size=dims,
        window=window,
        min_count=min_count,
        sg=1,
        negative=5,
        epochs=epochs,
        workers=1,
        seed=seed,
        hashfxn=stable_hash,
    )
    kv = model.wv
    n = min(rows, len(kv.index_to_key))
    out.mkdir(parents=True, exist_ok=True)
    txt = out / "vectors.txt"
    with txt.open("w", encoding="utf8") as fh:
        fh.write(f"{n} {dims}\n")
        for word in kv.index_to_key[:n]:  # most frequent first
            fh.write(word + " " + " ".join(f"{x:.5f}" for x in kv[word]) + "\n")
    from spacy.training.initialize import convert_vectors

    vec_nlp = spacy.blank("id")
    convert_vectors(vec_nlp, txt, truncate=0, prune=-1, attr="ORTH" if cased else "LOWER")
    vec_nlp.to_disk(out / "model")
    record = {
        "method": f"gensim Word2Vec skip-gram, {'cased (ORTH)' if cased else 'lowercased (LOWER)'}, one worker",
        "dims": dims,
        "rows": n,
        "min_count": min_count,
        "epochs": epochs,
        "window": window,
        "seed": seed,
        "vocab_seen": len(kv.index_to_key),
        "tokens": counts,
        "vectors_sha256": hashlib.sha256(txt.read_bytes()).hexdigest(),
    }
    (out / "vectors_meta.json").write_text(json.dumps(record, indent=2) + "\n")
    return record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "training" / "output" / "vectors")
    parser.add_argument("--dims", type=int, default=100)
    parser.add_argument("--rows", type=int, default=50000)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--window", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--lower", action="store_true", help="lowercase; vectors keyed by LOWER, not ORTH")
    args = parser.parse_args()
    record = build_vectors(
        args.data,
        args.out,
        dims=args.dims,
        rows=args.rows,
        min_count=args.min_count,
        epochs=args.epochs,
        window=args.window,
        seed=args.seed,
        cased=not args.lower,
    )
    print(json.dumps(record, indent=2))


if __name__ == "__main__":
    main()
