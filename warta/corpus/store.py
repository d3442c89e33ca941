"""The corpus store: Article records in SQLite (WAL mode), with migrations and FTS5 full-text search."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Any

from warta.model import Article

__all__ = ["Store", "StoreNotFoundError", "MIGRATIONS", "BATCH_SIZE"]

# Rows written per transaction by `add_many`: small enough that a failure loses little work, large enough that
# commits (an fsync each) do not dominate ingest time.
BATCH_SIZE = 500

# How much of an article's text `list_articles` returns as its lead.
LEAD_CHARS = 160

# What `search` wraps matched terms in by default (plain text, so the CLI and JSON clients can show it as is).
MARKERS = ("[", "]")


class StoreNotFoundError(FileNotFoundError):
    """Raised by `Store(path, create=False)` when there is no database at `path`."""


# --- migrations -------------------------------------------------------------------------------------------
# Each migration is a small function applied once, in its own transaction, and recorded by name in
# `migrations` (sqlite-utils style). Later work adds tables (entities, stories, claims) by appending to
# MIGRATIONS; never edit or reorder a shipped migration: existing databases have recorded it as applied.

Migration = Callable[[sqlite3.Connection], None]


def m001_articles(conn: sqlite3.Connection) -> None:
    """The articles table: one row per Article.id, the record itself as JSON."""
    conn.execute(
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            source_id TEXT,
            path TEXT,
            url TEXT,
            outlet TEXT,
            title TEXT,
            published TEXT,
            text TEXT NOT NULL,
            record TEXT NOT NULL,
            added_at TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX articles_published ON articles (published)")
    conn.execute("CREATE INDEX articles_source_id ON articles (source_id)")


def m002_articles_fts(conn: sqlite3.Connection) -> None:
    """FTS5 over title and text, kept in sync with `articles` by triggers."""
    # The FTS table keeps its own copy of title and text (not content='articles'): external content is joined
    # on rowid, and VACUUM may renumber the rowids of a table whose primary key is TEXT, silently breaking the
    # index.
    conn.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"
    )
    conn.execute(
        """
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
        END
        """
    )
    conn.execute(
        """
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            DELETE FROM articles_fts WHERE id = old.id;
        END
        """
    )
    conn.execute(
        """
        CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
            UPDATE articles_fts SET title = coalesce(new.title, ''), text = new.text WHERE id = old.id;
        END
        """
    )


def m003_corpus_links(conn: sqlite3.Connection) -> None:
    """Derived cross-article tables (identities, copies, stories, timelines, figures) for link_corpus."""
    statements = [
        """CREATE TABLE corpus_entities (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, label TEXT, aliases TEXT NOT NULL,
            articles INTEGER NOT NULL, mentions INTEGER NOT NULL)""",
        """CREATE TABLE corpus_mentions (
            entity_id TEXT NOT NULL, article_id TEXT NOT NULL, text TEXT, start INTEGER, "end" INTEGER,
            role TEXT, affiliation TEXT, published TEXT)""",
        "CREATE INDEX corpus_mentions_entity ON corpus_mentions (entity_id)",
        "CREATE INDEX corpus_mentions_article ON corpus_mentions (article_id)",
        """CREATE TABLE corpus_quotes (
            entity_id TEXT NOT NULL, article_id TEXT NOT NULL, text TEXT, start INTEGER, "end" INTEGER,
            published TEXT)""",
        "CREATE INDEX corpus_quotes_entity ON corpus_quotes (entity_id)",
        "CREATE TABLE corpus_copies (article_id TEXT PRIMARY KEY, copy_of TEXT NOT NULL, similarity REAL)",
        """CREATE TABLE corpus_stories (
            id TEXT PRIMARY KEY, title TEXT, articles INTEGER NOT NULL, first TEXT, last TEXT,
            outlets TEXT NOT NULL)""",
        "CREATE TABLE corpus_story_articles (article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL)",
        "CREATE INDEX corpus_story_articles_story ON corpus_story_articles (story_id)",
        """CREATE TABLE corpus_figures (
            id INTEGER PRIMARY KEY, story_id TEXT, quantity TEXT NOT NULL, category TEXT, subject TEXT,
            value REAL, value_max REAL, approx TEXT, reported_by TEXT, outlet TEXT, article_id TEXT NOT NULL,
            as_of TEXT, start INTEGER, "end" INTEGER, status TEXT NOT NULL)""",
        "CREATE INDEX corpus_figures_story ON corpus_figures (story_id)",
        """CREATE TABLE corpus_conflicts (
            id INTEGER PRIMARY KEY, story_id TEXT, quantity TEXT NOT NULL, as_of TEXT, figure_ids TEXT NOT NULL,
            reason TEXT NOT NULL)""",  # noqa: E501 - a shipped migration's SQL is never edited
        "CREATE INDEX corpus_conflicts_story ON corpus_conflicts (story_id)",
        """CREATE TABLE corpus_timeline (
            story_id TEXT NOT NULL, date TEXT NOT NULL, kind TEXT NOT NULL, text TEXT, speaker TEXT,
            article_id TEXT NOT NULL, outlet TEXT, start INTEGER, "end" INTEGER)""",
        "CREATE INDEX corpus_timeline_story ON corpus_timeline (story_id)",
        """CREATE TABLE corpus_uncorroborated (
            story_id TEXT, kind TEXT NOT NULL, text TEXT, speaker TEXT, article_id TEXT NOT NULL, outlet TEXT,
            start INTEGER, "end" INTEGER)""",
        "CREATE INDEX corpus_uncorroborated_story ON corpus_uncorroborated (story_id)",
        "CREATE TABLE corpus_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ]
    for statement in statements:
        conn.execute(statement)


MIGRATIONS: list[Migration] = [m001_articles, m002_articles_fts, m003_corpus_links]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _quote_terms(query: str) -> str:
    """Free text as an FTS5 query of quoted terms (all must match), so user input is never FTS5 syntax."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in query.split())


class Store:
    """A corpus of Article records in one SQLite file; use as a context manager.

    All reads and writes go through one connection guarded by a lock, so a web server's worker threads can
    share one Store; WAL mode lets other processes read while this one writes.
    """

    def __init__(self, path: str | Path, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreNotFoundError(
                f"No Warta database at {self.path}.\n\n"
                f"Run `warta ingest PATH... --db {self.path}` first to create it."
            )
        # isolation_level=None: no implicit transactions; add_many and migrations open their own explicitly.
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        try:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.migrate()
        except sqlite3.DatabaseError as err:
            self.conn.close()
            raise ValueError(f"Cannot open {self.path} as a Warta database: {err}") from err

    # --- lifecycle -------------------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self.conn.close()

    def migrate(self) -> list[str]:
        """Apply the migrations this database has not had yet; returns their names."""
        with self._lock:
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            done = {row["name"] for row in self.conn.execute("SELECT name FROM migrations")}
            applied = []
            for migration in MIGRATIONS:
                if migration.__name__ in done:
                    continue
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    migration(self.conn)
                    self.conn.execute(
                        "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                        (migration.__name__, _now()),
                    )
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
                self.conn.execute("COMMIT")
                applied.append(migration.__name__)
            return applied

    def applied_migrations(self) -> list[str]:
        """Names of the migrations recorded in this database, in the order they were applied."""
        with self._lock:
            return [row["name"] for row in self.conn.execute("SELECT name FROM migrations ORDER BY rowid")]

    # --- writes ----------------------------------------------------------------------------------------
    def add_many(self, articles: Iterable[Article], batch_size: int = BATCH_SIZE) -> int:
        """Store articles, one transaction per batch; returns how many were new (a stored id is kept)."""
        added = 0
        iterator = iter(articles)
        while True:
            # The batch is produced (analysed) before the transaction opens, so the write lock is held only
            # while writing. An error while producing it leaves the batch unwritten, one while writing it
            # rolls the whole batch back: either way nothing is half-written.
            batch = list(islice(iterator, batch_size))
            if not batch:
                return added
            with self._lock:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    for article in batch:
                        added += self._insert(article)
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
                self.conn.execute("COMMIT")

    def add(self, article: Article) -> bool:
        """Store one article; returns False when its id was already stored."""
        return self.add_many([article]) == 1

    def _insert(self, article: Article) -> int:
        if not isinstance(article, Article):
            raise TypeError(f"Cannot store {type(article).__name__}, must be an Article")
        record = article.as_dict()
        # The text is stored once, in its own column; the JSON record holds everything else.
        record.pop("text")
        cursor = self.conn.execute(
            """
            INSERT OR IGNORE INTO articles
                (id, source_id, path, url, outlet, title, published, text, record, added_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            (
                article.id,
                article.source.id,
                article.source.path,
                article.source.url,
                article.source.outlet,
                article.title,
                article.published.value if article.published else None,
                article.text,
                json.dumps(record, ensure_ascii=False),
                _now(),
            ),
        )
        return cursor.rowcount

    # --- reads -----------------------------------------------------------------------------------------
    def count(self) -> int:
        """Number of stored articles."""
        with self._lock:
            return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def get(self, id: str) -> Article | None:
        """The stored article with this id, or None."""
        with self._lock:
            row = self.conn.execute("SELECT text, record FROM articles WHERE id = ?", (id,)).fetchone()
        return None if row is None else self._article(row)

    @staticmethod
    def _article(row: sqlite3.Row) -> Article:
        data = json.loads(row["record"])
        data["text"] = row["text"]
        return Article.from_dict(data)

    def iter_articles(self, batch_size: int = BATCH_SIZE) -> Iterator[Article]:
        """Every stored article, in the order they were added (read in batches, so memory stays flat)."""
        for _, data in self.iter_records(batch_size):
            yield Article.from_dict(data)

    def iter_records(self, batch_size: int = BATCH_SIZE) -> Iterator[tuple[int, dict[str, Any]]]:
        """(rowid, record as a plain dict with its text) of every stored article, in the order added.

        For whole-corpus passes (warta.corpus.link): skips building the dataclasses, which costs more than the
        pass itself.
        """
        last = 0
        while True:
            with self._lock:
                rows = self.conn.execute(
                    "SELECT rowid, text, record FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
                    (last, batch_size),
                ).fetchall()
            if not rows:
                return
            last = rows[-1]["rowid"]
            for row in rows:
                data = json.loads(row["record"])
                data["text"] = row["text"]
                yield row["rowid"], data

    def list_articles(
        self, limit: int = 50, offset: int = 0, q: str | None = None, markers: tuple[str, str] = MARKERS
    ) -> tuple[list[dict[str, Any]], int]:
        """One page of article summaries (newest first) and the total; `q` filters by full-text search.

        Each row: id, source_id, outlet, title, published, lead (the text's first LEAD_CHARS characters, to
        name untitled articles), and with `q` a snippet.
        """
        columns = (
            f"a.id, a.source_id, a.outlet, a.title, a.published, substr(a.text, 1, {LEAD_CHARS}) AS lead"
        )
        order = "ORDER BY a.published IS NULL, a.published DESC, a.title, a.id"
        with self._lock:
            if q is None or not q.strip():
                total = self.count()
                rows = self.conn.execute(
                    f"SELECT {columns} FROM articles a {order} LIMIT ? OFFSET ?", (limit, offset)
                ).fetchall()
                return [dict(row) for row in rows], total
            match = self._match(q)
            total = self._fts(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (match,)
            ).fetchone()[0]
            rows = self._fts(
                f"""
                SELECT {columns}, snippet(articles_fts, 2, ?, ?, '…', 24) AS snippet
                FROM articles_fts f JOIN articles a ON a.id = f.id
                WHERE articles_fts MATCH ? {order} LIMIT ? OFFSET ?
                """,
                (*markers, match, limit, offset),
            ).fetchall()
            return [dict(row) for row in rows], total

    def search(
        self, query: str, limit: int = 20, *, raw: bool = False, markers: tuple[str, str] = MARKERS
    ) -> list[dict[str, Any]]:
        """Best matches first: id, title, outlet, published, and a snippet with matches between `markers`.

        The query is plain words, all of which must occur; `raw=True` passes FTS5 query syntax through instead
        (phrases, OR, NEAR, prefix*), and a syntax error there becomes a ValueError.
        """
        match = query.strip() if raw else self._match(query)
        if not match:
            raise ValueError("Cannot search for an empty query")
        with self._lock:
            rows = self._fts(
                """
                SELECT a.id, a.title, a.outlet, a.published,
                       snippet(articles_fts, 2, ?, ?, '…', 24) AS snippet
                FROM articles_fts f JOIN articles a ON a.id = f.id
                WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 0.0, 2.0, 1.0) LIMIT ?
                """,
                (*markers, match, limit),
            ).fetchall()
        return [dict(row) for row in rows]

    @staticmethod
    def _match(query: str) -> str:
        match = _quote_terms(query)
        if not match:
            raise ValueError("Cannot search for an empty query")
        return match

    def _fts(self, sql: str, params: tuple[Any, ...]) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.OperationalError as err:
            # Only FTS5 query parsing fails here at run time; name the query so the user can fix it.
            raise ValueError(f"Cannot parse search query: {err}. Quote terms that hold punctuation.") from err
