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
    return evaluate_extract([GOLD / "quotes.json", GOLD / "counts.json"])


def test_floor_quotes(extract_scores):
    quotes = extract_scores["quotes"]
    assert quotes["gold"] >= 150  # the gold itself has not shrunk
    assert quotes["recall"] >= 0.94 and quotes["precision"] >= 0.93
    assert quotes["recall_speaker"] >= 0.89 and quotes["precision_speaker"] >= 0.88


def test_floor_counts(extract_scores):
    counts = extract_scores["counts"]
    assert counts["gold"] >= 120
    assert (
        counts["recall"] >= 0.96 and counts["recall_value_category"] >= 0.94 and counts["precision"] >= 0.96
    )
    assert counts["without_violations"] <= 2  # snippets annotated as not counts (dates, ages, flight numbers)


def test_floor_counts_held_out():
    """The held-out count gold: annotated before the extractor ever ran on it (see its "about")."""
    counts = evaluate_extract([GOLD / "counts_heldout.json"])["counts"]
    assert counts["gold"] >= 240
    assert (
        counts["recall"] >= 0.95 and counts["recall_value_category"] >= 0.91 and counts["precision"] >= 0.94
    )


def test_floor_time():
    scores = evaluate_time([GOLD / "time"])
    assert scores["gold"] >= 270
    assert scores["relaxed"]["f1"] >= 0.97
    assert scores["value"]["f1"] >= 0.94
