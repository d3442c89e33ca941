"""Tests for warta.corpus.claims: update vs conflict vs uncorroborated, and statements (issue 6)."""

from __future__ import annotations

import pytest

from warta.corpus.claims import (
    Figure,
    Statement,
    check_statements,
    compare_figures,
    compatible,
    describe,
    format_number,
    quantity_key,
)


def fig(value, outlet, as_of, approx="exact", reported_by=None, article=None, copy=False, value_max=None):
    return Figure(
        quantity="killed: palestina",
        category="killed",
        subject="warga Palestina",
        value=value,
        value_max=value_max,
        approx=approx,
        reported_by=reported_by,
        outlet=outlet,
        article_id=article or f"{outlet}-{as_of}-{value}",
        as_of=as_of,
        published=as_of,
        start=0,
        end=10,
        is_copy=copy,
    )


def statuses(figures):
    return [f.status for f in figures]


def test_corpus_claims_later_higher_figure_from_same_reporter_is_an_update():
    figures = [
        fig(11000, "Kompas", "2023-11-05", reported_by="Kementerian Kesehatan Gaza"),
        fig(11000, "Tempo", "2023-11-05", reported_by="Kementerian Kesehatan Gaza"),
        fig(13300, "Detik", "2023-11-21", reported_by="Kementerian Kesehatan Gaza"),
    ]
    assert compare_figures(figures) == []
    assert statuses(figures) == ["first", "agrees", "update"]


def test_corpus_claims_vague_figure_is_no_update():
    figures = [
        fig(100, "Kompas", "2023-11-05", reported_by="BNPB"),
        fig(1000, "Kompas", "2023-11-07", approx="vague", reported_by="BNPB"),
    ]
    compare_figures(figures)
    assert statuses(figures) == ["uncorroborated", "uncorroborated"]


def test_corpus_claims_same_date_incompatible_figures_conflict():
    figures = [
        fig(100, "Kompas", "2024-01-02"),
        fig(120, "Tempo", "2024-01-02"),
        fig(100, "Detik", "2024-01-02"),
    ]
    conflicts = compare_figures(figures)
    assert statuses(figures) == ["conflict", "conflict", "conflict"]
    assert len(conflicts) == 1
    assert conflicts[0]["as_of"] == "2024-01-02" and conflicts[0]["figures"] == [0, 1, 2]
    assert "120" in conflicts[0]["reason"]


def test_corpus_claims_hedged_figures_that_can_both_hold_do_not_conflict():
    figures = [fig(200, "Kompas", "2024-01-02", approx="at_least"), fig(250, "Tempo", "2024-01-02")]
    assert compare_figures(figures) == []
    assert statuses(figures) == ["first", "agrees"]
    at_least = fig(200, "Kompas", "2024-01-02", approx="at_least")
    assert compatible(at_least, fig(150, "Tempo", "2024-01-02")) is False
    assert compatible(fig(95, "A", None, approx="about"), fig(100, "B", None)) is True
    assert compatible(fig(1000, "A", None, approx="vague"), fig(5, "B", None)) is None


def test_corpus_claims_different_dates_are_not_a_conflict():
    figures = [fig(100, "Kompas", "2024-01-02"), fig(120, "Tempo", "2024-01-03")]
    assert compare_figures(figures) == []
    assert "conflict" not in statuses(figures)


def test_corpus_claims_figure_only_one_outlet_reports_is_uncorroborated_copies_excluded():
    figures = [
        fig(500, "Kompas", "2024-02-01", article="k1"),
        fig(500, "Tribun", "2024-02-01", article="t1", copy=True),  # a syndicated copy of k1
    ]
    assert compare_figures(figures) == []
    assert statuses(figures) == ["uncorroborated", "copy"]


def test_corpus_claims_two_figures_of_one_article_never_conflict():
    figures = [
        fig(1200, "Kompas", "2023-11-21", article="k"),
        fig(13300, "Kompas", "2023-11-21", article="k"),
    ]
    assert compare_figures(figures) == []


@pytest.mark.parametrize(
    "category, subject, key",
    [
        ("killed", "warga Palestina", "killed in Gaza"),
        ("killed", "orang Palestina", "killed in Gaza"),
        ("killed", "warga Jalur Gaza", "killed in Gaza"),
        ("killed", None, "killed"),
        ("injured", "anak-anak", "injured: anak"),
        ("injured", "orang lainnya", "injured"),
        ("killed", "tentara Israel", "killed: tentara in Israel"),
    ],
)
def test_corpus_claims_quantity_key_ignores_generic_subject_words(category, subject, key):
    assert quantity_key(category, subject) == key


@pytest.mark.parametrize(
    "category, subject, place, key",
    [
        ("killed", "orang", "Gaza", "killed in Gaza"),
        ("killed", "warga Palestina", "Gaza", "killed in Gaza"),
        ("killed", "anak-anak", "Gaza", "killed: anak in Gaza"),
        ("killed", "perempuan", "Gaza", "killed: perempuan in Gaza"),
        ("killed", "orang", "Israel", "killed in Israel"),
    ],
)
def test_corpus_claims_quantity_key_holds_the_place(category, subject, place, key):
    assert quantity_key(category, subject, place) == key


def test_corpus_claims_figures_for_different_places_are_never_compared():
    # seed 001: about 1,200 killed in Israel and at least 13,300 in Gaza, as of one date, by two outlets
    israel = fig(1200, "Kompas", "2023-11-21", approx="about")
    gaza = fig(13300, "Detik", "2023-11-21", approx="at_least")
    israel.quantity, gaza.quantity = (
        quantity_key("killed", "orang", "Israel"),
        quantity_key("killed", "orang", "Gaza"),
    )
    assert compare_figures([israel, gaza]) == []
    assert statuses([israel, gaza]) == ["uncorroborated", "uncorroborated"]
    # without the place, the same two figures were one quantity, and a conflict
    israel.quantity = gaza.quantity = "killed"
    assert len(compare_figures([israel, gaza])) == 1


def test_corpus_claims_statement_no_other_outlet_corroborates_is_flagged():
    quote = "Kami ingin memastikan Israel melindungi dirinya tanpa membunuh warga sipil di Gaza"
    statements = [
        Statement("quote", quote, "antony-blinken", "a1", "Suaranusantara.com", 0, 10),
        Statement(
            "presence",
            "Pertemuan dihadiri Yoav Galant dan Kamala Harris.",
            None,
            "a1",
            "Suaranusantara.com",
            20,
            60,
            ("kamala-harris", "yoav-galant"),
        ),
    ]
    entities = {"a1": {"antony-blinken", "yoav-galant", "kamala-harris"}, "a2": {"antony-blinken"}}
    said = {"a2": {"antony-blinken": {"blinken", "bertemu", "netanyahu", "gencatan"}}}
    sources = {"a1": "suaranusantara.com", "a2": "kompas"}
    flagged = check_statements(statements, entities, said, sources, copies=set())
    assert [s.kind for s in flagged] == ["quote", "presence"]
    # the same words said about someone else do not corroborate the quote
    said["a2"]["benjamin-netanyahu"] = {
        "memastikan",
        "israel",
        "melindungi",
        "dirinya",
        "membunuh",
        "sipil",
        "gaza",
    }
    assert [s.kind for s in check_statements(statements, entities, said, sources, copies=set())][0] == "quote"
    # another outlet giving the speaker these words corroborates the quote; naming the people, the presence
    said["a2"]["antony-blinken"] |= said["a2"]["benjamin-netanyahu"]
    entities["a2"] |= {"yoav-galant", "kamala-harris"}
    assert check_statements(statements, entities, said, sources, copies=set()) == []


def test_corpus_claims_copies_do_not_corroborate_statements():
    statements = [Statement("quote", "Kami akan membuka perlintasan Rafah besok pagi", "x", "a1", "A", 0, 5)]
    entities = {"a1": {"x"}, "a2": {"x"}, "a3": set()}
    said = {"a2": {"x": {"membuka", "perlintasan", "rafah", "besok", "pagi"}}}
    sources = {"a1": "a", "a2": "b", "a3": "c"}
    assert check_statements(statements, entities, said, sources, copies={"a2"}) == statements
    assert check_statements(statements, entities, said, sources, copies=set()) == []


@pytest.mark.parametrize(
    "value, text",
    [
        (1.3e6, "1,3 juta"),
        (1_234_567, "1.234.567"),
        (13300, "13.300"),
        (2.5, "2,5"),
        (1.565e15, "1.565 triliun"),
        (100, "100"),
    ],
)
def test_corpus_claims_numbers_are_written_the_indonesian_way(value, text):
    assert format_number(value) == text


def test_corpus_claims_uncorroborated_text_has_no_scientific_notation():
    f = fig(1.3e6, "Kompas", "2023-11-21", approx="more_than", reported_by="PBB")
    assert describe(f) == "more than 1,3 juta (Kompas, PBB)"


def test_corpus_claims_real_looking_gaza_reports():
    """Gaza toll reports as outlets print them: an update, agreements, a copy, a conflict, a lone figure."""
    moh = "Kementerian Kesehatan Gaza"
    figures = [
        fig(13300, "Kompas", "2023-11-21", approx="at_least", reported_by=moh, article="kompas"),
        fig(13000, "Detik", "2023-11-21", approx="more_than", reported_by=moh, article="detik"),
        # Tribunnews republished Kompas: a copy, not a second source
        fig(
            13300, "Tribunnews", "2023-11-21", approx="at_least", reported_by=moh, article="tribun", copy=True
        ),
        # the ministry's toll the next day: an update, not a contradiction
        fig(14128, "Antara", "2023-11-22", reported_by=moh, article="antara"),
        fig(14100, "CNN Indonesia", "2023-11-22", approx="about", reported_by=moh, article="cnn"),
        # two days later, another reporter gives a figure that cannot hold with the ministry's: a conflict
        fig(14800, "Antara", "2023-11-24", approx="at_least", reported_by=moh, article="antara-2"),
        fig(11000, "Times of Israel", "2023-11-24", approx="up_to", reported_by="IDF", article="toi"),
        # a figure no other outlet gives
        fig(5600, "Republika", "2023-11-22", reported_by=moh, article="republika"),
    ]
    children = fig(5600, "Republika", "2023-11-22", reported_by=moh, article="republika")
    children.quantity = quantity_key("killed", "anak-anak", "Gaza")
    figures[-1] = children
    conflicts = compare_figures(figures)
    assert [f.status for f in figures] == [
        "first",
        "agrees",
        "copy",
        "update",
        "agrees",
        "conflict",
        "conflict",
        "uncorroborated",
    ]
    assert len(conflicts) == 1
    assert {figures[i].article_id for i in conflicts[0]["figures"]} == {"antara-2", "toi"}
    assert "up to 11.000 (Times of Israel, IDF)" in conflicts[0]["reason"]


@pytest.mark.parametrize(
    "a, b, holds",
    [
        (("exact", 100, None), ("exact", 100, None), True),
        (("exact", 100, None), ("exact", 101, None), False),
        (("about", 100, None), ("exact", 109, None), True),  # about: within 10%
        (("about", 100, None), ("exact", 111, None), False),
        (("at_least", 100, None), ("exact", 100, None), True),
        (("more_than", 100, None), ("exact", 100, None), False),
        (("less_than", 100, None), ("exact", 100, None), False),
        (("up_to", 100, None), ("exact", 100, None), True),
        (("range", 90, 110), ("at_least", 110, None), True),
        (("range", 90, 110), ("more_than", 110, None), False),
        (("at_least", 100, None), ("up_to", 99, None), False),
        (("vague", 100, None), ("exact", 5, None), None),
    ],
)
def test_corpus_claims_intervals(a, b, holds):
    fa = fig(a[1], "A", "2023-11-21", approx=a[0], value_max=a[2])
    fb = fig(b[1], "B", "2023-11-21", approx=b[0], value_max=b[2])
    assert compatible(fa, fb) is holds
    assert compatible(fb, fa) is holds
