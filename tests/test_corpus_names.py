"""Tests for warta.corpus.names: one identity per entity across articles (issue 6)."""

from __future__ import annotations

import pytest

from warta.corpus.names import Profile, alias_groups, normalise, person_tokens, resolve, same_entity


def mention(
    article: str, name: str, label: str = "PER", role: str | None = None, context=(), text=None
) -> dict:
    return {
        "article": article,
        "name": name,
        "text": text or name,
        "label": label,
        "role": role,
        "affiliation": None,
        "context": frozenset(normalise(c, None) for c in context),
    }


def entity_names(mentions: list[dict]) -> list[str]:
    index, entities = resolve(mentions)
    return [entities[i]["name"] for i in index]


@pytest.mark.parametrize(
    "name, tokens",
    [
        ("PM Israel Benjamin Netanyahu", ("benjamin", "netanyahu")),
        ("Perdana Menteri Netanyahu", ("netanyahu",)),
        ("Menlu AS Antony Blinken", ("antony", "blinken")),
        ("Jenderal Charles Q. Brown Jr.", ("charles", "q", "brown")),
        ("Hillary Clinton", ("hillary", "clinton")),
    ],
)
def test_corpus_names_person_tokens_drop_titles_places_and_suffixes(name, tokens):
    assert person_tokens(name) == tokens


def test_corpus_names_netanyahu_forms_are_one_person():
    names = ["Benjamin Netanyahu", "Netanyahu", "PM Israel Benjamin Netanyahu", "Perdana Menteri Netanyahu"]
    mentions = [mention(f"a{i}", name, context=["Israel", "Gaza"]) for i, name in enumerate(names)]
    assert set(entity_names(mentions)) == {"Benjamin Netanyahu"}


def test_corpus_names_hillary_and_bill_clinton_stay_two():
    mentions = [
        mention("a1", "Hillary Clinton", role="Menteri Luar Negeri", context=["Barack Obama"]),
        mention("a2", "Bill Clinton", role="Presiden", context=["Monica Lewinsky"]),
    ]
    index, entities = resolve(mentions)
    assert index[0] != index[1]
    assert {e["name"] for e in entities} == {"Hillary Clinton", "Bill Clinton"}


def test_corpus_names_one_word_name_joins_the_full_name_its_context_fits():
    mentions = [
        mention("a1", "Hillary Clinton", role="Menteri Luar Negeri", context=["Barack Obama"]),
        mention("a2", "Bill Clinton", role="Presiden", context=["Monica Lewinsky"]),
        mention("a3", "Clinton", role="Menteri Luar Negeri", context=["Barack Obama", "Gaza"]),
        mention("a4", "Clinton", context=["Monica Lewinsky"]),
    ]
    assert entity_names(mentions) == ["Hillary Clinton", "Bill Clinton", "Hillary Clinton", "Bill Clinton"]


def test_corpus_names_ambiguous_one_word_name_stays_apart():
    mentions = [
        mention("a1", "Hillary Clinton", context=["Barack Obama"]),
        mention("a2", "Bill Clinton", context=["Al Gore"]),
        mention("a3", "Clinton", context=["Hawaii"]),
    ]
    index, _ = resolve(mentions)
    assert len(set(index)) == 3


def test_corpus_names_alias_file_joins_country_names_whatever_the_label():
    mentions = [
        mention("a1", "AS", label="LOC"),
        mention("a2", "Amerika Serikat", label="LOC"),
        mention("a3", "Washington", label="LOC"),
        mention("a4", "Amerika Serikat", label="ORG"),
    ]
    index, entities = resolve(mentions)
    assert len(set(index)) == 1
    assert entities[0]["name"] == "Amerika Serikat"
    assert set(entities[0]["aliases"]) == {"AS", "Washington"}
    assert alias_groups()["washington"] == ("LOC", "Amerika Serikat")


def test_corpus_names_generic_place_words_are_dropped():
    index, entities = resolve([mention("a1", "kota Rafah", label="LOC"), mention("a2", "Rafah", label="LOC")])
    assert index == [0, 0]
    assert entities[0]["name"] == "Rafah"


def test_corpus_names_spelling_variant_needs_agreeing_context():
    galant = Profile("Yoav Galant", "PER", roles={"Menteri Pertahanan"}, context={"israel"})
    gallant = Profile("Yoav Gallant", "PER", roles={"Menteri Pertahanan"})
    stranger = Profile("Yoav Gallant", "PER")
    assert same_entity(galant, gallant)
    assert not same_entity(Profile("Yoav Galant", "PER"), stranger)
    assert not same_entity(Profile("Ahmad Syahroni", "PER"), Profile("Ahmad Syahrini", "PER"))


def test_corpus_names_person_and_place_with_one_name_differ_unless_same_key():
    assert not same_entity(Profile("Jordan", "PER"), Profile("Yordania", "LOC"))
    assert same_entity(Profile("Jordania", "LOC"), Profile("Yordania", "LOC"))


def test_corpus_names_ids_are_unique_slugs():
    index, entities = resolve([mention("a1", "Clinton", context=["x"]), mention("a2", "Hillary Clinton")])
    ids = [e["id"] for e in entities]
    assert len(ids) == len(set(ids))
    assert all(i.replace("-", "").isalnum() for i in ids)


def test_corpus_names_pronoun_clitics_are_never_aliases():
    # the extractor resolves "katanya" / "beliau" to Netanyahu: mentions of him, not names he goes by
    mentions = [
        mention("a1", "Benjamin Netanyahu"),
        mention("a1", "Benjamin Netanyahu", text="-nya"),
        mention("a1", "Benjamin Netanyahu", text="-nya"),
        mention("a1", "Benjamin Netanyahu", text="-nya"),
        mention("a1", "Benjamin Netanyahu", text="beliau"),
        mention("a2", "Benjamin Netanyahu", text="Netanyahu"),
    ]
    index, entities = resolve(mentions)
    assert len(set(index)) == 1
    assert entities[0]["name"] == "Benjamin Netanyahu"
    assert entities[0]["aliases"] == ["Netanyahu"]
