"""Tests for Indonesian number parsing: figures, words, scales, vague words, ranges."""

from __future__ import annotations

import pytest

from warta.extract.numbers import parse, read_collective, read_number, tokenize


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("13.300", 13300),
        ("1.234.567", 1234567),
        ("2,5", 2.5),
        ("28,332", 28.332),
        ("1,3 juta", 1_300_000),
        ("1,24 triliun", 1_240_000_000_000),
        ("12,9 miliar", 12_900_000_000),
        ("430 ribu", 430_000),
        ("1.5 juta", 1_500_000),
        ("1,300,000", 1_300_000),
        ("0", 0),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("tiga", 3),
        ("dua belas", 12),
        ("lima belas", 15),
        ("dua puluh lima", 25),
        ("seratus dua puluh", 120),
        ("tiga ratus ribu", 300_000),
        ("dua ribu lima ratus", 2500),
        ("seribu lima ratus", 1500),
        ("satu juta dua ratus ribu", 1_200_000),
        ("dua setengah", 2.5),
        ("setengah juta", 500_000),
    ],
)
def test_exact_numbers(text, value):
    number = parse(text)
    assert number is not None
    assert number.value == pytest.approx(value)
    assert number.approx == "exact"
    assert number.value_max is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("puluhan", 10),
        ("belasan", 10),
        ("ratusan", 100),
        ("ribuan", 1000),
        ("jutaan", 1_000_000),
        ("puluhan ribu", 10_000),
        ("ratusan ribu", 100_000),
        ("belasan ribu", 10_000),
        ("ratusan juta", 100_000_000),
    ],
)
def test_vague_numbers_give_their_order_of_magnitude(text, value):
    number = parse(text)
    assert number is not None and number.approx == "vague"
    assert number.value == value


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("100-200", 100, 200),
        ("65 - 75", 65, 75),
        ("antara 100 hingga 200", 100, 200),
        ("antara 100 sampai 200", 100, 200),
        ("antara 100 dan 200", 100, 200),
        ("100 hingga 200", 100, 200),
        ("1,5-2 juta", 1_500_000, 2_000_000),
        ("lima atau enam", 5, 6),
        ("tiga sampai lima", 3, 5),
    ],
)
def test_ranges(text, low, high):
    number = parse(text)
    assert number is not None and number.approx == "range"
    assert (number.value, number.value_max) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(("text", "value"), [("8.000-an", 8000), ("8.000an", 8000), ("1 jutaan", 1_000_000)])
def test_an_suffix_is_about(text, value):
    number = parse(text)
    assert number is not None and number.approx == "about" and number.value == value


@pytest.mark.parametrize(
    "text",
    ["22.00", "0812", "0812-3456", "QZ8501", "ke-3", "orang", "", "200-100", "5 atau 6"],
)
def test_not_a_number(text):
    assert parse(text) is None


def test_year_like_integers_are_flagged_plain():
    assert parse("2014").plain
    assert not parse("2.014").plain
    assert parse("2014-2015").plain


def test_read_number_reports_where_it_ends():
    words = tokenize("sedikitnya 13.300 orang tewas")
    number = read_number(words, 1)
    assert (number.start, number.end, number.value) == (1, 2, 13300)
    assert read_number(words, 0) is None


def test_tokenize_splits_like_the_pipeline():
    assert tokenize("Rp 8.000-an, 65-75 dollar") == ["rp", "8.000", "-", "an", ",", "65", "-", "75", "dollar"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("kedua", 2), ("ketiga", 3), ("kelima belas", 15), ("ketigabelas", 13), ("kesepuluh", 10)],
)
def test_read_collective(text, value):
    number = read_collective(tokenize(text), 0)
    assert number is not None and (number.value, number.end) == (value, len(tokenize(text)))


@pytest.mark.parametrize("text", ["kesatu", "kepada", "kementerian", "ke"])
def test_read_collective_needs_a_ke_number(text):
    assert read_collective(tokenize(text), 0) is None
