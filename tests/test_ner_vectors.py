"""The pipeline runs an NER model trained with static word vectors (and one without)."""

from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.api import Config

import warta.extract.entities as entities
from warta.extract.entities import load_ner_nlp, share_vectors
from warta.pipeline import build_nlp, get_nlp

TINY_NER = """
[model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 8
maxout_pieces = 2
use_upper = false
nO = null

[model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 8
attrs = ["NORM", "SHAPE"]
rows = [100, 20]
include_static_vectors = {vectors}

[model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 8
depth = 1
window_size = 1
maxout_pieces = 2
"""

TEXT = "Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta."


@pytest.fixture
def tiny_model(tmp_path, monkeypatch, request):
    """A small untrained NER model, with or without static vectors, installed in place of the shipped one."""
    with_vectors = request.param
    nlp = spacy.blank("id")
    if with_vectors:
        rng = numpy.random.default_rng(0)
        for word in TEXT.replace(".", " .").split():
            nlp.vocab.set_vector(word, rng.standard_normal(8).astype("float32"))
    cfg = Config().from_str(TINY_NER.replace("{vectors}", "true" if with_vectors else "false"))
    ner = nlp.add_pipe("ner", config={"model": cfg["model"]})
    for label in ("PER", "ORG", "LOC"):
        ner.add_label(label)
    nlp.initialize()
    nlp.to_disk(tmp_path)
    monkeypatch.setattr(entities, "model_dir", lambda: tmp_path)
    load_ner_nlp.cache_clear()
    yield with_vectors
    load_ner_nlp.cache_clear()  # the next caller loads the shipped model again


@pytest.mark.parametrize("tiny_model", [True, False], indirect=True, ids=["vectors", "no-vectors"])
def test_pipeline_runs_a_model_with_or_without_static_vectors(tiny_model):
    nlp = build_nlp()
    model = load_ner_nlp()
    assert (model.vocab.vectors.shape[0] > 0) is tiny_model
    # without sharing the model's table, StaticVectors fails on docs of the pipeline's vocab
    doc = nlp(TEXT)
    assert doc.spans["warta_entities"] is not None
    assert nlp.vocab.vectors.shape == model.vocab.vectors.shape
    # the pipeline tags exactly as the model does on its own
    alone = model(TEXT)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in alone.ents]


def test_shipped_model_tags_the_same_inside_the_pipeline():
    model = load_ner_nlp()
    nlp = get_nlp()
    assert nlp.vocab.vectors.shape == model.vocab.vectors.shape
    text = "Juru bicara Kementerian Luar Negeri Amerika Serikat Matthew Miller tiba di Jakarta pada Senin."
    doc = nlp.get_pipe("warta_ner")(nlp.make_doc(text))
    alone = model(text)
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in alone.ents]


def test_share_vectors_refuses_a_different_table():
    source, target = spacy.blank("id").vocab, spacy.blank("id").vocab
    source.set_vector("Jakarta", numpy.ones(4, dtype="float32"))
    target.set_vector("Jakarta", numpy.zeros(4, dtype="float32"))
    with pytest.raises(ValueError):
        share_vectors(source, target)
    empty = spacy.blank("id").vocab
    share_vectors(source, empty)
    assert empty.vectors is source.vectors
