"""Score the entity recogniser on CoNLL files: entity-level micro and per-label precision, recall and F1."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

FORMATS = ("conll",)

# Each shared set's tag names mapped to ours; a tag not listed (NERP FNB, NER-UGM TIME, QUANTITY) is O.
TAG_MAP = {
    "PERSON": "PER",
    "PER": "PER",
    "PPL": "PER",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "ORG": "ORG",
    "IND": "ORG",
    "PLACE": "LOC",
    "LOCATION": "LOC",
    "LOC": "LOC",
    "PLC": "LOC",
    "GPE": "LOC",
    "EVT": "EVENT",
    "EVENT": "EVENT",
}

Sentence = tuple[list[str], list[str]]  # words, BIO tags in our scheme


def map_tag(tag: str) -> str:
    """One BIO tag in any shared set's naming to ours (B-PLACE -> B-LOC, I-FNB -> O)."""
    prefix, sep, label = tag.partition("-")
    ours = TAG_MAP.get(label.upper()) if sep else None
    return f"{prefix.upper()}-{ours}" if ours and prefix.upper() in ("B", "I") else "O"


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a CoNLL file: token [POS] tag per line (tab or space), blank line between sentences."""
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols:
            if words:
                sents.append((words, tags))
            words, tags = [], []
            continue
        words.append(cols[0])
        tags.append(map_tag(cols[-1]) if len(cols) > 1 else "O")
    if words:
        sents.append((words, tags))
    return sents


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of a BIO sequence; a stray I- starts a new entity."""
    spans = []
    start, label = None, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        if start is not None and (prefix != "I" or lab != label):
            spans.append((start, i, label))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, label = i, lab
    return spans


def sentence_doc(nlp: Language, words: list[str], tags: list[str], case: str = "keep") -> Doc | None:
    """The words joined and re-tokenized by nlp's tokenizer ("Jean-Pierre" splits as at run time)."""
    offsets, pos = [], 0
    for w in words:
        offsets.append((pos, pos + len(w)))
        pos += len(w) + 1
    text = " ".join(words)
    if case == "lower":
        text = text.lower()
    elif case == "upper":
        text = text.upper()
    if len(text) != max(pos - 1, 0):  # a case change altered the length (rare Unicode): skip, never misalign
        return None
    doc = nlp.make_doc(text)
    ents = []
    for start, end, label in bio_spans(tags):
        span = doc.char_span(offsets[start][0], offsets[end - 1][1], label=label)
        if span is not None:
            ents.append(span)
    doc.ents = ents
    return doc


def score(gold: Iterable[Doc], pred: Iterable[Doc], labels: set[str] | None = None) -> dict:
    """Micro and per-label P/R/F1 over (start_char, end_char, label); predictions outside labels ignored."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs = {(e.start_char, e.end_char, e.label_) for e in g.ents}
        ps = {(e.start_char, e.end_char, e.label_) for e in p.ents if labels is None or e.label_ in labels}
        for _, _, label in gs & ps:
            tp[label] += 1
        for _, _, label in ps - gs:
            fp[label] += 1
        for _, _, label in gs - ps:
            fn[label] += 1

    def prf(t: int, f_p: int, f_n: int) -> dict:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": t + f_n}

    result = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    result["per_label"] = {
        label: prf(tp[label], fp[label], fn[label]) for label in sorted(set(tp) | set(fp) | set(fn))
    }
    return result


def evaluate_ner(path: str | Path, format: str = "conll", nlp: Language | None = None) -> dict:
    """Score nlp's `ner` (default: the shipped model) on a gold file; only the labels it annotates count."""
    if format not in FORMATS:
        raise ValueError(f"Cannot read format {format!r}, must be one of: {', '.join(FORMATS)}")
    if nlp is None:
        from warta.extract.entities import load_ner_nlp

        nlp = load_ner_nlp()
    ner = nlp.get_pipe("ner")
    sents = read_conll(Path(path))
    gold = [d for d in (sentence_doc(nlp, w, t) for w, t in sents) if d is not None]
    pred = list(
        ner.pipe(
            Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g]) for g in gold
        )
    )
    labels = {t[2:] for _, tags in sents for t in tags if t != "O"}
    result = score(gold, pred, labels)
    result.update(path=str(path), sentences=len(gold), words=sum(len(g) for g in gold), labels=sorted(labels))
    return result
