"""Does the DBpedia gazetteer pay as an entity ruler after the model? Dev-set F1 with and without it.

Example: python benchmarks/ner_gazetteer.py --data ../shared/data
Only dev sets are read (NERGrit valid, NERP valid, IDNer2k dev): this decides a design choice, so no test set.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from warta.evaluate.ner import read_conll, score, sentence_doc

ROOT = Path(__file__).resolve().parent.parent
DEV = {
    "nergrit-valid": "ner/nergrit/valid_preprocess.txt",
    "nerp-valid": "ner/nerp/valid_preprocess.txt",
    "idner2k-dev": "ner/idner2k/dev.txt",
}
LISTS = {"PER": "person.txt", "ORG": "organization.txt", "LOC": "place.txt"}


def gazetteer_matcher(nlp, folder: Path, min_tokens: int) -> PhraseMatcher:
    """Names of min_tokens or more tokens, matched case-insensitively (NERP is lowercase)."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, name in LISTS.items():
        names = {
            n.strip() for n in (folder / name).read_text(encoding="utf-8", errors="replace").splitlines()
        }
        docs = [d for d in nlp.tokenizer.pipe(sorted(n for n in names if n)) if len(d) >= min_tokens]
        matcher.add(label, docs)
    return matcher


def fill_gaps(doc: Doc, matcher: PhraseMatcher) -> Doc:
    """Add gazetteer matches where the model found nothing overlapping."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    new = [doc[s:e] for _, s, e in matcher(doc)]
    new = [
        Doc.char_span(doc, s.start_char, s.end_char, label=doc.vocab.strings[m])
        for (m, _, _), s in zip(matcher(doc), new, strict=True)
        if not taken & set(range(s.start, s.end))
    ]
    doc.ents = list(doc.ents) + filter_spans([s for s in new if s is not None])
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--model", type=Path, default=None, help="model directory (default: the shipped one)")
    parser.add_argument("--lists", default="original-dbpedia", help="gazetteer folder under gazetteer/")
    parser.add_argument("--min-tokens", type=int, default=2)
    args = parser.parse_args()

    from warta.extract.entities import load_ner_nlp, model_dir
    from warta.extract.sentences import add_tokenizer_exceptions

    if args.model:
        nlp = spacy.load(args.model)
        add_tokenizer_exceptions(nlp)
    else:
        nlp = load_ner_nlp()
    print(f"model {args.model or model_dir()}  gazetteer {args.lists} (names of >= {args.min_tokens} tokens)")
    matcher = gazetteer_matcher(nlp, args.data / "gazetteer" / args.lists, args.min_tokens)
    ner = nlp.get_pipe("ner")
    for name, rel in DEV.items():
        sents = read_conll(args.data / rel)
        gold = [d for d in (sentence_doc(nlp, w, t) for w, t in sents) if d is not None]
        labels = {t[2:] for _, tags in sents for t in tags if t != "O"}
        plain = list(
            ner.pipe(
                Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g])
                for g in gold
            )
        )
        base = score(gold, plain, labels)["f1"]
        ruled = score(gold, [fill_gaps(d, matcher) for d in plain], labels)["f1"]
        print(f"{name:15} model {base:.4f}   model+gazetteer {ruled:.4f}")


if __name__ == "__main__":
    main()
