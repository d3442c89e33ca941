"""The NER scorer: CoNLL reading, tag mapping, entity-level P/R/F1."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from warta.evaluate.ner import bio_spans, evaluate_ner, map_tag, read_conll, score

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("tag", "ours"),
    [
        ("B-PERSON", "B-PER"),
        ("I-PPL", "I-PER"),
        ("B-PLACE", "B-LOC"),
        ("I-PLC", "I-LOC"),
        ("B-LOCATION", "B-LOC"),
        ("B-ORGANISATION", "B-ORG"),
        ("B-ORGANIZATION", "B-ORG"),
        ("I-IND", "I-ORG"),
        ("B-EVT", "B-EVENT"),
        ("B-FNB", "O"),
        ("B-TIME", "O"),
        ("O", "O"),
    ],
)
def test_ner_map_tag(tag, ours):
    assert map_tag(tag) == ours


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["I-PER", "I-PER", "B-PER"], [(0, 2, "PER"), (2, 3, "PER")]),
        (["B-PER", "I-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),
    ],
)
def test_ner_bio_spans(tags, spans):
    assert bio_spans(tags) == spans


def test_ner_read_conll_both_layouts():
    grit = read_conll(FIXTURES / "ner_sample.conll")
    nerp = read_conll(FIXTURES / "ner_sample_nerp.conll")
    assert len(grit) == 2 and grit[0][1][1:3] == ["B-PER", "I-PER"]
    assert nerp[0][1][10:12] == ["B-EVENT", "I-EVENT"] and nerp[1][1] == ["O"] * 4


def test_ner_score_counts_exact_spans_only():
    nlp = spacy.blank("id")
    words = ["Joko", "Widodo", "ke", "Jakarta", "dan", "Bandung"]
    gold = Doc(nlp.vocab, words=words)
    gold.ents = [Span(gold, 0, 2, "PER"), Span(gold, 3, 4, "LOC"), Span(gold, 5, 6, "LOC")]
    pred = Doc(nlp.vocab, words=words)
    pred.ents = [Span(pred, 1, 2, "PER"), Span(pred, 3, 4, "LOC"), Span(pred, 5, 6, "ORG")]
    result = score([gold], [pred])
    assert (result["precision"], result["recall"]) == (round(1 / 3, 4), round(1 / 3, 4))
    assert result["per_label"]["LOC"]["f1"] == round(2 * 1.0 * 0.5 / 1.5, 4)
    # a label the gold set does not annotate is left out of the score
    assert score([gold], [pred], labels={"PER", "LOC"})["precision"] == 0.5


def test_ner_evaluate_with_shipped_model():
    result = evaluate_ner(FIXTURES / "ner_sample.conll")
    assert result["sentences"] == 2 and result["labels"] == ["LOC", "ORG", "PER"]
    assert result["f1"] >= 0.5
    with pytest.raises(ValueError, match="must be one of"):
        evaluate_ner(FIXTURES / "ner_sample.conll", format="iob2")


@pytest.mark.parametrize(
    ("case", "ents"),
    [
        ("keep", [("Karine Jean-Pierre", "PER"), ("Gedung Putih", "ORG")]),
        ("lower", [("karine jean-pierre", "PER"), ("gedung putih", "ORG")]),
        ("upper", [("KARINE JEAN-PIERRE", "PER"), ("GEDUNG PUTIH", "ORG")]),
    ],
)
def test_ner_sentence_doc_retokenizes_and_keeps_gold(case, ents):
    from warta.evaluate.ner import sentence_doc

    words = ["kata", "Karine", "Jean-Pierre", "dari", "Gedung", "Putih"]
    tags = ["O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG"]
    doc = sentence_doc(spacy.blank("id"), words, tags, case)
    assert len(doc) == 8  # the pipeline tokenizer splits the hyphen, as it will at run time
    assert [(e.text, e.label_) for e in doc.ents] == ents
