"""Tests for the extract evaluation: gold merging, quote matching with and without the speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.evaluate.extract import evaluate_extract, load_gold, score_quotes, speaker_matches
from warta.model import Article, Quote, Speaker

FIXTURES = Path(__file__).parent / "fixtures"


def _article(*quotes: Quote) -> Article:
    return Article(id="x", text="", quotes=quotes)


def _quote(text: str, speaker: Speaker | None) -> Quote:
    return Quote(text, 0, len(text), "direct", "kata", speaker)


@pytest.mark.parametrize(
    ("gold", "speaker", "expected"),
    [
        ("Antony Blinken", Speaker("Blinken", "Antony Blinken", None), True),
        ("antony blinken", Speaker("Blinken", "Antony Blinken", None), True),
        ("Benjamin Netanyahu", Speaker("Blinken", "Antony Blinken", None), False),
        ("Seorang pejabat AS", Speaker("Seorang pejabat AS", None, None), True),
        ("para analis", Speaker("para analis yang mengamati", None, None), True),
        ("Seorang pejabat AS", Speaker("dia", None, None), False),
        # a spaced hyphen, as the text writes it, is the same name
        ("Kyung Dae - soo", Speaker("Kyung", "Kyung Dae-soo", None), True),
        (None, None, True),
        ("Antony Blinken", None, False),
    ],
)
def test_evaluate_extract_speaker_matches(gold, speaker, expected):
    assert speaker_matches(gold, _quote("x", speaker)) is expected


def test_evaluate_extract_scores_recall_and_precision():
    gold = [
        {
            "id": "a",
            "quotes": [
                {"with": "warga sipil", "speaker": "Antony Blinken"},
                {"with": "gencatan senjata", "speaker": "Joe Biden"},
            ],
        }
    ]
    predicted = [
        _article(
            _quote("Kami ingin melindungi warga sipil", Speaker("Blinken", "Antony Blinken")),
            _quote("Gencatan senjata harus segera", Speaker("Netanyahu", "Benjamin Netanyahu")),
            _quote("Hal lain yang tidak ada di gold", None),
        )
    ]
    scores = score_quotes(gold, predicted)
    assert (scores["recall"], scores["recall_speaker"]) == (1.0, 0.5)
    assert (scores["precision"], scores["precision_speaker"]) == (round(2 / 3, 4), round(1 / 3, 4))
    assert [m["why"] for m in scores["misses"]] == ["speaker"]


def test_evaluate_extract_merges_files_by_id():
    (article,) = load_gold([FIXTURES / "quotes_gold_small.json", FIXTURES / "quotes_gold_extra.json"])
    assert article["id"] == "a1" and "quotes" in article and article["counts"] == []


def test_evaluate_extract_runs_pipeline():
    result = evaluate_extract([FIXTURES / "quotes_gold_small.json"])
    assert result["articles"] == 1
    assert result["quotes"]["recall"] == 1.0 and result["quotes"]["recall_speaker"] == 1.0
