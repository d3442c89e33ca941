"""Tests for warta.corpus.claims: update vs conflict vs uncorroborated, and statements (issue 6)."""

from __future__ import annotations

import pytest

from warta.corpus.claims import (
    Figure,
    Statement,
    check_statements,
    compare_figures,
    compatible,
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
        ("killed", "warga Palestina", "killed: palestina"),
        ("killed", "orang Palestina", "killed: palestina"),
        ("killed", None, "killed"),
        ("injured", "anak-anak", "injured: anak"),
        ("killed", "tentara Israel", "killed: tentara israel"),
    ],
)
def test_corpus_claims_quantity_key_ignores_generic_subject_words(category, subject, key):
    assert quantity_key(category, subject) == key


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
