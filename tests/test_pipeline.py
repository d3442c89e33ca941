from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

import warta
from warta.model import Article


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(resources.files("warta").joinpath("schema/article.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_pipeline_seed_records_validate_against_schema(seed_texts, validator):
    assert len(seed_texts) == 5
    for name, text in seed_texts.items():
        record = warta.analyse(text, path=f"examples/{name}").as_dict()
        errors = [e.message for e in validator.iter_errors(record)]
        assert not errors, (name, errors)
        assert Article.from_dict(record).as_dict() == record


def test_pipeline_is_deterministic(seed_texts):
    text = next(iter(seed_texts.values()))
    assert warta.analyse(text).as_dict() == warta.analyse(text).as_dict()


def test_pipeline_source_id_is_the_inputs_own_id():
    assert warta.analyse("Satu kalimat berita.", id="row-7").source.id == "row-7"
    assert warta.analyse("Satu kalimat berita.", path="a/b/c.txt").source.id == "c.txt"


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_pipeline_empty_text_is_a_clear_error(text):
    with pytest.raises(ValueError, match="no article text"):
        warta.analyse(text)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Ia tinggal di Jl. Sudirman No. 5 Jakarta. Rumahnya besar.", 2),
        ("Dr. H. Ahmad datang. Ia disambut.", 2),
        ("Sedikitnya 13.300 orang tewas. Sekitar 1,3 juta mengungsi.", 2),
        ("Jenderal Charles Q. Brown Jr. hadir di sana.", 1),
        ("“Kami siap.” Kata itu diulang.", 2),
        ("“Kami siap,” kata Netanyahu. Ia pergi.", 2),
    ],
)
def test_pipeline_sentences_respect_abbreviations_and_numbers(nlp, text, sentences):
    doc = nlp(text)
    assert len(list(doc.sents)) == sentences, [s.text for s in doc.sents]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a straight quote after a space opens the next sentence; one hanging on the period closes this one
        ('Sedikitnya 13.300 orang tewas. "Kami ingin gencatan," kata Blinken.', ["Sedikitnya", '"Kami']),
        ('Ia berkata, "Kami siap." Lalu ia pergi.', ["Ia", "Lalu"]),
        ("Ia menyebutnya 'darurat'. 'Ini serius,' katanya.", ["Ia", "'Ini"]),
    ],
)
def test_pipeline_sentences_straight_quotes(nlp, text, sentences):
    doc = nlp(text)
    assert [s.text.split()[0] for s in doc.sents] == sentences


def test_pipeline_a_component_bug_fails_one_article_not_the_stream():
    """An unexpected exception inside a component is reported for that article; the others still come out."""
    import spacy
    from spacy.language import Language

    from warta.ingest import RawDoc
    from warta.pipeline import Failure, analyse_many

    @Language.component("test_breaks_on_boom")
    def breaks_on_boom(doc):
        if "BOOM" in doc.text:
            raise KeyError("boom")
        return doc

    nlp = spacy.blank("id")
    nlp.add_pipe("warta_sentences")
    nlp.add_pipe("test_breaks_on_boom")
    raws = [
        RawDoc(text="Artikel pertama.", id="a"),
        RawDoc(text="Ini BOOM.", id="b"),
        RawDoc(text="Ketiga.", id="c"),
    ]
    results = list(analyse_many(raws, nlp))
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
    assert isinstance(results[1], Failure) and "KeyError" in results[1].reason and results[1].source == "b"


@pytest.mark.slow  # starts two processes that each load the models
def test_pipeline_workers_give_the_same_records_in_order():
    from warta.ingest import RawDoc
    from warta.pipeline import Failure, analyse_many

    raws = [
        RawDoc(text="Presiden Joko Widodo tiba di Jakarta, Senin (20/11/2023).", id="a"),
        RawDoc(text="   ", id="empty"),
        RawDoc(text="Menteri Luar Negeri AS Antony Blinken bertemu Netanyahu.", id="b"),
    ]
    one = list(analyse_many(raws))
    two = list(analyse_many(raws, workers=2))
    assert [type(r).__name__ for r in two] == ["Article", "Failure", "Article"]
    assert isinstance(two[1], Failure) and two[1].source == "empty"
    assert [r.as_dict() for r in one if not isinstance(r, Failure)] == [
        r.as_dict() for r in two if not isinstance(r, Failure)
    ]
