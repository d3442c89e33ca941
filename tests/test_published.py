"""Publication date: metadata, dateline, inference from a weekday, contradiction warnings (issue 4)."""

from __future__ import annotations

import pytest

from warta.published import (
    DateMention,
    infer_published,
    published_from_metadata,
    weekday_warning,
    weekday_years,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2023-11-21", "2023-11-21"), ("2023-11-21T08:00:00+07:00", "2023-11-21"), ("", None), (None, None)],
)
def test_published_metadata(value, expected):
    published = published_from_metadata(value)
    assert (published.value if published else None) == expected


def test_published_metadata_rejects_unreadable():
    with pytest.raises(ValueError, match="expected an ISO date"):
        published_from_metadata("kemarin sore")


def test_published_weekday_years():
    # 18 May is a Wednesday in 2011, 2016 and 2022 but not in 2021 (seed 002's "Rabu (18/5)")
    assert weekday_years(3, 5, 18, range(2010, 2024)) == [2011, 2016, 2022]


def test_published_dateline_near_top():
    mention = DateMention("Selasa (21/11/2023)", 120, 2023, 11, 21, 2, paren=True)
    published, warnings = infer_published([mention], dateline=None, top_chars=600, years=[2023])
    assert (published.value, published.basis, published.evidence) == (
        "2023-11-21",
        "dateline",
        "Selasa (21/11/2023)",
    )
    assert warnings == []


def test_published_full_date_far_down_is_not_the_dateline():
    mention = DateMention("Selasa (21/11/2023)", 5000, 2023, 11, 21, 2, paren=True)
    published, _ = infer_published([mention], dateline=None, top_chars=600, years=[2023])
    assert published is None


@pytest.mark.parametrize(
    ("mention", "years", "value"),
    [
        # "Selasa (20/11)" and the article mentions 2012: 20 Nov 2012 was a Tuesday
        (DateMention("Selasa (20/11)", 900, None, 11, 20, 2, paren=True), [2012], "2012-11-20"),
        # the article only mentions the 2008 war: the first later year where 20/11 is a Tuesday is 2012
        (DateMention("hari Selasa (20/11)", 900, None, 11, 20, 2, paren=True), [2008], "2012-11-20"),
    ],
)
def test_published_inferred_from_weekday(mention, years, value):
    published, warnings = infer_published([mention], dateline=None, top_chars=600, years=years)
    assert (published.value, published.basis) == (value, "inferred")
    assert mention.text in published.evidence
    assert warnings == []


def test_published_weekday_without_any_year_warns_and_stays_unknown():
    mention = DateMention("Rabu (18/5)", 300, None, 5, 18, 3, paren=True)
    published, warnings = infer_published([mention], dateline=None, top_chars=600, years=[])
    assert published is None
    assert len(warnings) == 1 and "2022" in warnings[0] and "2021" not in warnings[0]


@pytest.mark.parametrize(
    ("value", "contradicts"),
    [("2021-05-18", True), ("2022-05-18", False)],
)
def test_published_weekday_contradiction(value, contradicts):
    mention = DateMention("Rabu (18/5)", 300, None, 5, 18, 3, paren=True)
    warning = weekday_warning(mention, value)
    assert (warning is not None) == contradicts
    if contradicts:
        assert "Rabu (18/5)" in warning and "Tuesday" in warning


SEED_002 = (
    "Para pejabat AS telah melakukan sekitar 60 panggilan telepon. Sengketa ini bermula sejak serangan "
    "berkecamuk pada pekan lalu.\n\nPada Rabu (18/5) Presiden AS Joe Biden menelepon Netanyahu. Biden "
    "mengharapkan penurunan yang signifikan hari ini."
)


def test_published_pipeline_metadata_wins(nlp):
    from warta.pipeline import analyse

    article = analyse(SEED_002, published="2021-05-19")
    assert article.published.value == "2021-05-19" and article.published.basis == "metadata"
    times = {t.text: t.value for t in article.times}
    assert times["Rabu (18/5)"] == "2021-05-18"
    assert times["hari ini"] == "2021-05-19"
    # 18 May 2021 was a Tuesday: the record says so rather than silently picking one
    assert any("Rabu (18/5)" in w and "Tuesday" in w for w in article.warnings)


def test_published_pipeline_without_year_keeps_unknown(nlp):
    from warta.pipeline import analyse

    article = analyse(SEED_002)
    assert article.published is None
    times = {t.text: t.value for t in article.times}
    assert times["Rabu (18/5)"] == "XXXX-05-18"
    assert times["hari ini"] == "XXXX-XX-XX"
    assert any("Rabu (18/5)" in w for w in article.warnings)


def test_published_pipeline_dateline(nlp):
    from warta.pipeline import analyse

    text = (
        "Para pejabat AS frustrasi dengan Israel dalam 40 hari terakhir.\n\nSeperti dilansir Al Arabiya, "
        "Selasa (21/11/2023), Israel melancarkan serangan untuk membalas serangan Hamas pada 7 Oktober lalu."
    )
    article = analyse(text)
    assert (article.published.value, article.published.basis) == ("2023-11-21", "dateline")
    assert {t.text: t.value for t in article.times}["7 Oktober lalu"] == "2023-10-07"


def test_published_pipeline_inferred(nlp):
    from warta.pipeline import analyse

    text = (
        "Menurut petugas kesehatan, hingga Selasa ini sudah 110 orang tewas. Serangan ini yang terbesar "
        "sejak perang tahun 2008.\n\nPernyataan itu disampaikan pada hari Selasa (20/11) di Kairo."
    )
    article = analyse(text)
    assert (article.published.value, article.published.basis) == ("2012-11-20", "inferred")
    assert "2008" in article.published.evidence
    assert {t.text: t.value for t in article.times}["Selasa ini"] == "2012-11-20"
