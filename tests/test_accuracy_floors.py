"""Accuracy floors on the gold kept in this repository (benchmarks/gold/): a change that makes an extractor
worse on our own annotated articles fails here, before the numbers in the docs go stale.

The floors sit a little below the scores measured when they were set (see docs/), so they catch regressions
without failing on a one-quote change. They are not the held-out accuracy: this gold was also our dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.evaluate.extract import evaluate_extract
from warta.evaluate.time import evaluate_time

GOLD = Path(__file__).resolve().parent.parent / "benchmarks" / "gold"

pytestmark = pytest.mark.skipif(not GOLD.is_dir(), reason="benchmarks/gold is not in this checkout")


@pytest.fixture(scope="module")
def extract_scores() -> dict:
    return evaluate_extract([GOLD / "quotes.json"])


def test_floor_quotes(extract_scores):
    quotes = extract_scores["quotes"]
    assert quotes["gold"] >= 150  # the gold itself has not shrunk
    assert quotes["recall"] >= 0.94 and quotes["precision"] >= 0.93
    assert quotes["recall_speaker"] >= 0.89 and quotes["precision_speaker"] >= 0.88


def test_floor_time():
    scores = evaluate_time([GOLD / "time"])
    assert scores["gold"] >= 270
    assert scores["relaxed"]["f1"] >= 0.97
    assert scores["value"]["f1"] >= 0.94
