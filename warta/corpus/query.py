"""Read the cross-article layer built by `link_corpus`: stories, entities, figures (claims) and copies.

Every function takes a Store and returns JSON-ready dicts (lists, str, int, float, None), so the web app, the
API and the exports use them as they are. Before `link_corpus` has run the derived tables are empty: the lists
are empty and the getters return None.
"""

from __future__ import annotations

import json
from typing import Any

from warta.corpus.names import alias_groups, fold
from warta.corpus.store import Store

__all__ = [
    "list_stories",
    "get_story",
    "list_entities",
    "get_entity",
    "list_claims",
    "list_copies",
    "story_of",
    "link_stats",
]

_FIGURE_COLUMNS = (
    "f.id AS figure_id, f.story_id, f.quantity, f.category, f.subject, f.value, f.value_max, f.approx, "
    'f.reported_by, f.outlet, f.article_id, f.as_of, f.start, f."end", f.status'
)


def _rows(store: Store, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    with store._lock:
        return [dict(row) for row in store.conn.execute(sql, params).fetchall()]


def _one(store: Store, sql: str, params: tuple[Any, ...] = ()) -> dict[str, Any] | None:
    rows = _rows(store, sql, params)
    return rows[0] if rows else None


def _story(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "title": row["title"],
        "articles": row["articles"],
        "first": row["first"],
        "last": row["last"],
        "outlets": json.loads(row["outlets"]),
    }


def _figure(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "quantity": row["quantity"],
        "category": row["category"],
        "subject": row["subject"],
        "value": row["value"],
        "value_max": row["value_max"],
        "approx": row["approx"],
        "reported_by": row["reported_by"],
        "outlet": row["outlet"],
        "article_id": row["article_id"],
        "as_of": row["as_of"],
        "start": row["start"],
        "end": row["end"],
        "status": row["status"],
    }


def _page(limit: int | None, offset: int) -> tuple[int, int]:
    """LIMIT and OFFSET parameters: limit None is every row (SQLite's LIMIT -1)."""
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0 or None, not {limit}")
    if offset < 0:
        raise ValueError(f"offset must be >= 0, not {offset}")
    return (-1 if limit is None else limit), offset


def list_stories(
    store: Store, limit: int | None = 50, *, offset: int = 0, min_articles: int = 1
) -> list[dict[str, Any]]:
    """Stories, largest and most recent first: {id, title, articles, first, last, outlets}.

    `limit`: at most this many (None: all), after skipping `offset`; the same for every list_* function.
    """
    rows = _rows(
        store,
        "SELECT * FROM corpus_stories WHERE articles >= ? "
        "ORDER BY articles DESC, last IS NULL, last DESC, id LIMIT ? OFFSET ?",
        (min_articles, *_page(limit, offset)),
    )
    return [_story(row) for row in rows]


def story_of(store: Store, article_id: str) -> str | None:
    """The id of the story an article belongs to (None before linking or for an unknown article)."""
    row = _one(store, "SELECT story_id FROM corpus_story_articles WHERE article_id = ?", (article_id,))
    return row["story_id"] if row else None


def get_story(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story with its articles, timeline, entities, figures, conflicts and uncorroborated items."""
    head = _one(store, "SELECT * FROM corpus_stories WHERE id = ?", (story_id,))
    if head is None:
        return None
    story = _story(head)
    story["articles"] = _rows(
        store,
        """
        SELECT a.id, a.title, a.outlet, a.published, c.copy_of, substr(a.text, 1, 160) AS lead
        FROM corpus_story_articles s JOIN articles a ON a.id = s.article_id
        LEFT JOIN corpus_copies c ON c.article_id = a.id
        WHERE s.story_id = ? ORDER BY a.published IS NULL, a.published, a.id
        """,
        (story_id,),
    )
    story["timeline"] = _distinct(
        _rows(
            store,
            'SELECT date, kind, text, speaker, article_id, outlet, start, "end" FROM corpus_timeline '
            "WHERE story_id = ? ORDER BY date, article_id, start",
            (story_id,),
        )
    )
    story["entities"] = _rows(
        store,
        """
        SELECT e.id, e.name, e.label, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
        FROM corpus_story_articles s JOIN corpus_mentions m ON m.article_id = s.article_id
        JOIN corpus_entities e ON e.id = m.entity_id
        WHERE s.story_id = ? GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.name
        """,
        (story_id,),
    )
    figures = _rows(
        store,
        f"SELECT {_FIGURE_COLUMNS} FROM corpus_figures f WHERE f.story_id = ? "
        "ORDER BY f.quantity, f.as_of IS NULL, f.as_of, f.id",
        (story_id,),
    )
    by_id = {row["figure_id"]: _figure(row) for row in figures}
    story["figures"] = list(by_id.values())
    story["conflicts"] = [
        {
            "quantity": row["quantity"],
            "as_of": row["as_of"],
            "figures": [by_id[i] for i in json.loads(row["figure_ids"]) if i in by_id],
            "reason": row["reason"],
        }
        for row in _rows(store, "SELECT * FROM corpus_conflicts WHERE story_id = ? ORDER BY id", (story_id,))
    ]
    story["uncorroborated"] = _rows(
        store,
        "SELECT kind, text, speaker, article_id, outlet FROM corpus_uncorroborated WHERE story_id = ? "
        "ORDER BY kind, article_id, start",
        (story_id,),
    )
    return story


_SAME_ENTRY = ("date", "kind", "text", "speaker", "article_id")


def _distinct(timeline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Timeline items without repeats: a sentence with several figures is one entry (the first figure's span),
    not one identical entry per figure."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for item in timeline:
        key = tuple(item[k] for k in _SAME_ENTRY)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def list_entities(
    store: Store, q: str | None = None, limit: int | None = 50, *, offset: int = 0
) -> list[dict[str, Any]]:
    """Entities seen in most articles first; `q` keeps those whose name or an alias contains it."""
    where = ""
    params: tuple[Any, ...] = ()
    if q and q.strip():
        pattern = "%" + q.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        # a name from the alias file finds its entity even where no article used that name
        group = alias_groups().get(fold(q))
        where = "WHERE lower(name) LIKE ? ESCAPE '\\' OR lower(aliases) LIKE ? ESCAPE '\\' OR name = ?"
        params = (pattern, pattern, group[1] if group else None)
    rows = _rows(
        store,
        f"SELECT * FROM corpus_entities {where} ORDER BY articles DESC, mentions DESC, name LIMIT ? OFFSET ?",
        (*params, *_page(limit, offset)),
    )
    return [
        {
            "id": row["id"],
            "name": row["name"],
            "label": row["label"],
            "aliases": json.loads(row["aliases"]),
            "articles": row["articles"],
            "mentions": row["mentions"],
        }
        for row in rows
    ]


def get_entity(store: Store, entity_id: str) -> dict[str, Any] | None:
    """One entity: aliases, roles over time, mentions, quotes and the articles it appears in."""
    row = _one(store, "SELECT * FROM corpus_entities WHERE id = ?", (entity_id,))
    if row is None:
        return None
    roles = _rows(
        store,
        """
        SELECT role, min(published) AS first, max(published) AS last FROM corpus_mentions
        WHERE entity_id = ? AND role IS NOT NULL GROUP BY role ORDER BY first IS NULL, first, role
        """,
        (entity_id,),
    )
    mentions = _rows(
        store,
        'SELECT article_id, text, start, "end", published FROM corpus_mentions WHERE entity_id = ? '
        "ORDER BY published IS NULL, published, article_id, start",
        (entity_id,),
    )
    quotes = _rows(
        store,
        'SELECT text, article_id, published, start, "end" FROM corpus_quotes WHERE entity_id = ? '
        "ORDER BY published IS NULL, published, article_id, start",
        (entity_id,),
    )
    articles = _rows(
        store,
        """
        SELECT a.id, a.title, a.outlet, a.published, substr(a.text, 1, 160) AS lead FROM articles a
        WHERE a.id IN (SELECT article_id FROM corpus_mentions WHERE entity_id = ?
                       UNION SELECT article_id FROM corpus_quotes WHERE entity_id = ?)
        ORDER BY a.published IS NULL, a.published, a.id
        """,
        (entity_id, entity_id),
    )
    return {
        "id": row["id"],
        "name": row["name"],
        "label": row["label"],
        "aliases": json.loads(row["aliases"]),
        "roles": roles,
        "mentions": mentions,
        "quotes": quotes,
        "articles": articles,
    }


def list_claims(
    store: Store, story_id: str | None = None, limit: int | None = None, *, offset: int = 0
) -> list[dict[str, Any]]:
    """Figures (one per reported count), by quantity and as-of date; only one story's with `story_id`."""
    where, params = ("WHERE f.story_id = ?", (story_id,)) if story_id is not None else ("", ())
    rows = _rows(
        store,
        f"SELECT {_FIGURE_COLUMNS} FROM corpus_figures f {where} "
        "ORDER BY f.quantity, f.as_of IS NULL, f.as_of, f.id LIMIT ? OFFSET ?",
        (*params, *_page(limit, offset)),
    )
    return [_figure(row) for row in rows]


def list_copies(store: Store, limit: int | None = None, *, offset: int = 0) -> list[dict[str, Any]]:
    """Articles found to be (near) copies of an earlier stored article: {article_id, copy_of, similarity}."""
    return _rows(
        store,
        "SELECT article_id, copy_of, similarity FROM corpus_copies ORDER BY copy_of, article_id "
        "LIMIT ? OFFSET ?",
        _page(limit, offset),
    )


def link_stats(store: Store) -> dict[str, Any] | None:
    """The stats of the last `link_corpus` run (None if it never ran on this database)."""
    row = _one(store, "SELECT value FROM corpus_meta WHERE key = 'stats'")
    return json.loads(row["value"]) if row else None
