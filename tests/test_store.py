"""Tests for warta.corpus.store: migrations, idempotent transactional ingest, round trips, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.corpus.store import MIGRATIONS, Store, StoreNotFoundError
from warta.model import (
    Article,
    Citation,
    Count,
    Entity,
    Published,
    Quote,
    Removed,
    Source,
    Speaker,
    Time,
)

FIXTURE = Path(__file__).parent / "fixtures" / "store_articles.jsonl"


def fixture_articles() -> list[Article]:
    return [Article.from_json(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


BERAS_TEXT = fixture_articles()[2].text


def plain(id: str, text: str, **kw) -> Article:
    return Article(id=id, text=text, source=Source(id=f"{id}.txt"), **kw)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "warta.db") as store:
        yield store


@pytest.fixture
def filled(store):
    store.add_many(fixture_articles())
    return store


def test_store_creates_wal_database_with_migrations_table(tmp_path):
    with Store(tmp_path / "w.db") as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.applied_migrations() == [m.__name__ for m in MIGRATIONS]
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"migrations", "articles", "articles_fts"} <= tables


def test_store_reopen_applies_no_migration_twice(tmp_path):
    with Store(tmp_path / "w.db") as store:
        store.add_many(fixture_articles())
    with Store(tmp_path / "w.db", create=False) as store:
        assert store.migrate() == []
        assert store.count() == 3
        assert len(store.applied_migrations()) == len(MIGRATIONS)


def test_store_new_migration_is_applied_to_existing_database(tmp_path, monkeypatch):
    with Store(tmp_path / "w.db") as store:
        store.add_many(fixture_articles())

    def m999_notes(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE notes (article_id TEXT REFERENCES articles(id), note TEXT)")

    monkeypatch.setattr("warta.corpus.store.MIGRATIONS", [*MIGRATIONS, m999_notes])
    with Store(tmp_path / "w.db") as store:
        assert store.applied_migrations()[-1] == "m999_notes"
        assert store.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
        assert store.count() == 3


def test_store_failing_migration_leaves_no_trace(tmp_path, monkeypatch):
    def m999_broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr("warta.corpus.store.MIGRATIONS", [*MIGRATIONS, m999_broken])
    with pytest.raises(RuntimeError):
        Store(tmp_path / "w.db")
    monkeypatch.setattr("warta.corpus.store.MIGRATIONS", list(MIGRATIONS))
    with Store(tmp_path / "w.db") as store:
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "half" not in tables
        assert "m999_broken" not in store.applied_migrations()


def test_store_missing_database_without_create_says_to_ingest(tmp_path):
    with pytest.raises(StoreNotFoundError, match="warta ingest"):
        Store(tmp_path / "nothing.db", create=False)
    assert not (tmp_path / "nothing.db").exists()


def test_store_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ValueError, match="Cannot open"):
        Store(path)


def test_store_same_article_twice_keeps_one_row(store):
    articles = fixture_articles()
    assert store.add_many(articles) == 3
    assert store.add_many(articles) == 0
    assert store.add_many([articles[0], articles[0]]) == 0
    assert store.count() == 3
    assert store.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 3


def test_store_get_returns_the_same_article(filled):
    for article in fixture_articles():
        assert filled.get(article.id) == article
    assert filled.get("no-such-id") is None


def _failing_after(articles, n):
    yield from articles[:n]
    raise RuntimeError("reader failed mid-batch")


def test_store_error_mid_batch_leaves_db_as_before(store):
    first, *rest = fixture_articles()
    store.add_many([first])
    with pytest.raises(RuntimeError, match="mid-batch"):
        store.add_many(_failing_after(rest, 1))
    assert store.count() == 1
    assert [a.id for a in store.iter_articles()] == [first.id]
    assert store.search("Cianjur") == []


def test_store_non_article_mid_batch_rolls_back(store):
    articles = fixture_articles()
    with pytest.raises(TypeError, match="must be an Article"):
        store.add_many([articles[0], {"id": "x", "text": "bukan artikel"}, articles[1]])
    assert store.count() == 0


def test_store_error_keeps_earlier_committed_batches(store):
    articles = fixture_articles()
    with pytest.raises(RuntimeError):
        store.add_many(_failing_after(articles, 3), batch_size=2)
    # The first batch (2 articles) was committed; the second (1 article, then the error) was rolled back.
    assert store.count() == 2
    assert {a.id for a in store.iter_articles()} == {a.id for a in articles[:2]}


def test_store_iter_articles_in_insertion_order_across_batches(store):
    articles = [plain(f"id{i:03d}", f"Berita nomor {i} tentang banjir di Jakarta.") for i in range(7)]
    store.add_many(articles, batch_size=3)
    assert list(store.iter_articles(batch_size=2)) == articles


@pytest.mark.parametrize(
    "query,expected",
    [
        ("gencatan senjata", ["Blinken tiba di Tel Aviv bahas gencatan senjata"]),
        ("Gencatan SENJATA", ["Blinken tiba di Tel Aviv bahas gencatan senjata"]),
        ("gempa Cianjur", ["Korban gempa Cianjur bertambah"]),
        ("13.300", ["Blinken tiba di Tel Aviv bahas gencatan senjata"]),
        ("beras Cipinang", [None]),
        ("tsunami", []),
    ],
)
def test_store_search_finds_articles(filled, query, expected):
    assert [hit["title"] for hit in filled.search(query)] == expected


def test_store_search_hit_fields_and_snippet(filled):
    (hit,) = filled.search("Cianjur gempa")
    assert set(hit) == {"id", "title", "outlet", "published", "snippet"}
    assert hit["outlet"] == "GenPI.co" and hit["published"] == "2022-11-22"
    assert "[gempa]" in hit["snippet"] and "[Cianjur]" in hit["snippet"]
    (hit,) = filled.search("Cianjur gempa", markers=("<<", ">>"))
    assert "<<gempa>>" in hit["snippet"]


def test_store_search_ranks_title_matches_first(store):
    store.add_many(
        [
            plain(
                "a",
                "Warga membahas harga cabai di pasar. Banjir sempat disebut sekali.",
                title="Harga cabai naik",
            ),
            plain("b", "Hujan deras sejak pagi merendam permukiman warga.", title="Banjir rendam Bekasi"),
        ]
    )
    assert [hit["id"] for hit in store.search("banjir")] == ["b", "a"]


@pytest.mark.parametrize(
    "query",
    ['"gencatan', "AND", "gencatan OR", "NEAR(", "senjata)", "*", "a-b", "Jl. Sudirman", "title:gaza", "'"],
)
def test_store_search_user_input_is_never_fts5_syntax(filled, query):
    assert isinstance(filled.search(query), list)


@pytest.mark.parametrize("query", ['"gencatan', "gencatan AND", "NEAR(", "(senjata"])
def test_store_search_raw_syntax_error_is_value_error(filled, query):
    with pytest.raises(ValueError, match="Cannot parse search query"):
        filled.search(query, raw=True)


def test_store_search_raw_allows_fts5_syntax(filled):
    assert len(filled.search("gencat* OR gempa", raw=True)) == 2
    assert len(filled.search('"gencatan senjata"', raw=True)) == 1


@pytest.mark.parametrize("query", ["", "   "])
def test_store_search_empty_query_is_value_error(filled, query):
    with pytest.raises(ValueError, match="empty"):
        filled.search(query)


def test_store_list_articles_newest_first_with_total(filled):
    rows, total = filled.list_articles(limit=2)
    assert total == 3
    assert [r["published"] for r in rows] == ["2023-11-21", "2022-11-22"]
    rows, total = filled.list_articles(limit=2, offset=2)
    assert total == 3 and [r["source_id"] for r in rows] == ["store-003"]  # undated last
    assert rows[0]["lead"] == BERAS_TEXT[:160]


def test_store_list_articles_with_query(filled):
    rows, total = filled.list_articles(limit=10, q="Cianjur")
    assert total == 1 and rows[0]["source_id"] == "store-002" and "[Cianjur]" in rows[0]["snippet"]
    rows, total = filled.list_articles(limit=10, q="pasar induk")
    assert total == 1 and rows[0]["title"] is None


def test_store_delete_keeps_fts_in_sync(filled):
    (article,) = [a for a in fixture_articles() if a.source.id == "store-002"]
    filled.conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
    assert filled.search("Cianjur") == []
    assert filled.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 2


# --- property: add -> get gives the same Article ------------------------------------------------------
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
maybe = st.none() | texts
ints = st.integers(min_value=0, max_value=10_000)
floats = st.none() | st.floats(allow_nan=False, allow_infinity=False)

articles = st.builds(
    Article,
    id=st.text(min_size=1, max_size=20),
    text=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200),
    source=st.builds(Source, id=maybe, path=maybe, url=maybe, outlet=maybe, format=maybe),
    title=maybe,
    published=st.none() | st.builds(Published, value=maybe, basis=texts, evidence=maybe),
    dateline=maybe,
    removed=st.lists(st.builds(Removed, text=texts, reason=texts), max_size=3).map(tuple),
    entities=st.lists(st.builds(Entity, texts, ints, ints, texts, maybe, maybe, maybe), max_size=3).map(
        tuple
    ),
    quotes=st.lists(
        st.builds(
            Quote, texts, ints, ints, texts, maybe, st.none() | st.builds(Speaker, maybe, maybe, maybe), maybe
        ),
        max_size=3,
    ).map(tuple),
    counts=st.lists(
        st.builds(
            Count,
            texts,
            ints,
            ints,
            floats,
            floats,
            texts,
            maybe,
            texts,
            maybe,
            maybe,
            maybe,
            st.none() | ints,
        ),
        max_size=3,
    ).map(tuple),
    times=st.lists(st.builds(Time, texts, ints, ints, texts, texts), max_size=3).map(tuple),
    citations=st.lists(st.builds(Citation, texts, ints, ints, texts), max_size=3).map(tuple),
    events=st.lists(st.dictionaries(texts, st.none() | st.integers() | texts, max_size=3), max_size=2).map(
        tuple
    ),
    warnings=st.lists(texts, max_size=2).map(tuple),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article=articles)
def test_store_add_get_round_trip(tmp_path_factory, article):
    with Store(tmp_path_factory.mktemp("rt") / "rt.db") as store:
        assert store.add_many([article]) == 1
        assert store.get(article.id) == article
        assert list(store.iter_articles()) == [article]


# --- the CLI over the store ---------------------------------------------------------------------
def test_store_cli_search_prints_json_hits(filled):
    import json

    from typer.testing import CliRunner

    from warta.cli import app

    result = CliRunner().invoke(app, ["search", "gencatan senjata", "--db", str(filled.path)])
    assert result.exit_code == 0
    (hit,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert hit["title"] == "Blinken tiba di Tel Aviv bahas gencatan senjata"


def test_store_cli_search_missing_database_says_to_ingest(tmp_path):
    from typer.testing import CliRunner

    from warta.cli import app

    result = CliRunner().invoke(app, ["search", "gempa", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "warta ingest" in result.output and "Traceback" not in result.output
