"""Tests for warta.corpus.places: the place a figure is about (issue 6: two places, two quantities)."""

from __future__ import annotations

import pytest

from warta.corpus.claims import quantity_key
from warta.corpus.link import sentence_spans
from warta.corpus.places import figure_places, place_key
from warta.model import Count, Entity

# seed 001, paragraphs 2 and 3
SEED_001 = (
    "Israel melancarkan serangan tanpa henti, baik lewat udara, darat dan laut, terhadap Jalur Gaza untuk "
    "membalas serangan mematikan Hamas pada 7 Oktober lalu. Sekitar 1.200 orang, sebagian besar warga sipil, "
    "dilaporkan tewas akibat serangan Hamas tersebut.\n\n"
    "Rentetan serangan Israel, menurut otoritas kesehatan Gaza, telah menewaskan sedikitnya 13.300 orang, "
    "yang mencakup 5.600 anak dan 3.550 perempuan. Sekitar 31.000 orang lainnya mengalami luka-luka akibat "
    "serangan-serangan militer Israel."
)


def count(text, part, value, approx, category, subject, reported_by=None):
    start = text.index(part)
    return Count(
        part, start, start + len(part), value, None, approx, "orang", category, subject, reported_by, None
    )


def ent(text, part, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Entity(part, start, start + len(part), label, part, None)


def places(text, counts, entities=()):
    return figure_places(text, counts, entities, sentence_spans(text))


def test_corpus_places_seed_001_israel_and_gaza_tolls_are_two_quantities():
    t = SEED_001
    counts = [
        count(t, "Sekitar 1.200 orang", 1200, "about", "killed", "orang"),
        count(t, "sedikitnya 13.300 orang", 13300, "at_least", "killed", "orang", "otoritas kesehatan Gaza"),
        count(t, "5.600 anak", 5600, "exact", "killed", "anak", "otoritas kesehatan Gaza"),
        count(t, "3.550 perempuan", 3550, "exact", "killed", "perempuan", "otoritas kesehatan Gaza"),
        count(t, "Sekitar 31.000 orang lainnya", 31000, "about", "injured", "lainnya"),
    ]
    entities = [ent(t, "Israel", "LOC"), ent(t, "Jalur Gaza", "LOC"), ent(t, "Israel", "LOC", 2)]
    found = places(t, counts, entities)
    assert found == ["Israel", "Gaza", "Gaza", "Gaza", "Gaza"]
    keys = [quantity_key(c.category, c.subject, p) for c, p in zip(counts, found, strict=True)]
    assert keys == [
        "killed in Israel",
        "killed in Gaza",
        "killed: anak in Gaza",
        "killed: perempuan in Gaza",
        "injured in Gaza",
    ]


@pytest.mark.parametrize(
    "text, part, subject, place",
    [
        ("Sebanyak 14.800 orang tewas di Jalur Gaza sejak 7 Oktober.", "14.800 orang", "orang", "Gaza"),
        ("Sebanyak 14.800 orang tewas di Gaza sejak 7 Oktober.", "14.800 orang", "orang", "Gaza"),
        ("Sedikitnya 14.000 warga Palestina tewas.", "14.000 warga Palestina", "warga Palestina", "Gaza"),
        ("Sebanyak 1.200 orang tewas di Israel pada 7 Oktober.", "1.200 orang", "orang", "Israel"),
        ("Serangan itu menewaskan 40 orang di Tepi Barat.", "40 orang", "orang", "Tepi Barat"),
        # the attacker is not the place, and an attacker with no one target gives none
        ("Serangan Israel menewaskan 40 orang.", "40 orang", "orang", None),
        ("Banjir menewaskan 12 orang.", "12 orang", "orang", None),
        # on both sides: no one place
        (
            "Serangan-serangan ini telah menewaskan ribuan orang di kedua belah pihak, termasuk warga sipil "
            "Palestina.",
            "ribuan orang",
            "orang",
            None,
        ),
    ],
)
def test_corpus_places_from_the_sentence(text, part, subject, place):
    assert places(text, [count(text, part, 1, "exact", "killed", subject)]) == [place]


def test_corpus_places_two_places_in_one_sentence_each_figure_its_own():
    t = "Sekitar 1.200 orang tewas di Israel, sedangkan 13.300 orang tewas di Jalur Gaza."
    counts = [
        count(t, "1.200 orang", 1200, "about", "killed", "orang"),
        count(t, "13.300 orang", 13300, "exact", "killed", "orang"),
    ]
    assert places(t, counts) == ["Israel", "Gaza"]


def test_corpus_places_names_of_one_place_are_one_key():
    assert {place_key(n) for n in ("Gaza", "Jalur Gaza", "Gaza Strip", "Palestina")} == {"Gaza"}
    assert place_key("Israel") == "Israel" != place_key("Tepi Barat")
    assert place_key("Hamas") is None
