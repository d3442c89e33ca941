from __future__ import annotations

import json

from warta.model import Article, Count, Entity, Published, Quote, Removed, Source, Speaker, Time


def test_model_round_trip_keeps_every_field():
    article = Article(
        id="abc",
        text="Blinken berkata.",
        source=Source(id="x.txt", path="x.txt", format="txt"),
        title="Judul",
        published=Published("2023-11-21", "metadata", "2023-11-21"),
        removed=(Removed("BACA JUGA: x", "related-link"),),
        entities=(Entity("Blinken", 0, 7, "PER", "Antony Blinken", "Menteri Luar Negeri", "AS"),),
        quotes=(Quote("x", 0, 1, "direct", "kata", Speaker("Blinken", "Antony Blinken", None), "CNN"),),
        counts=(Count("13.300 orang", 0, 5, 13300, approx="at_least", category="killed"),),
        times=(Time("kemarin", 0, 7, "DATE", "2023-11-20"),),
    )
    again = Article.from_json(article.to_json())
    assert again == article
    assert json.loads(again.to_json()) == article.as_dict()


def test_model_from_dict_names_unknown_fields():
    import pytest

    with pytest.raises(ValueError, match="Unknown field"):
        Article.from_dict({"id": "a", "text": "b", "bogus": 1})
