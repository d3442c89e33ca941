"""Build the cross-article layer from the stored articles: identities, copies, stories, timelines and claims.

`link_corpus(store)` reads every stored Article once and rebuilds the derived tables (migration m003) in one
transaction, so readers see either the old layer or the new one. Steps, each near-linear in the number of
articles:

1. copies: MinHash LSH over word shingles (warta.corpus.dedup);
2. identities: entity mentions clustered across articles (warta.corpus.names);
3. stories: one pass over the articles in date order with an inverted index (warta.corpus.stories);
4. per story: a timeline from the resolved TIMEX values, quotes and counts; figures compared and conflicts
   found (warta.corpus.claims); statements no other outlet corroborates.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from warta import lang
from warta.corpus.claims import (
    COMPARED,
    Figure,
    Statement,
    check_statements,
    compare_figures,
    content_words,
    describe,
    needs_subject,
    quantity_key,
)
from warta.corpus.dedup import find_copies, order_for_copies
from warta.corpus.names import normalise, resolve
from warta.corpus.places import figure_places
from warta.corpus.store import Store
from warta.corpus.stories import StoryInput, group_stories

__all__ = ["link_corpus", "sentence_spans", "timeline_date"]

# Entities named in an article that describe the context of each of its mentions (the most mentioned ones).
CONTEXT_ENTITIES = 25
# A story is named by its first article's title of at least this many words, else by its first sentence.
MIN_TITLE_WORDS = 4
# Timeline text is the sentence around the item, cut to this many characters.
TIMELINE_CHARS = 300
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_SENTENCE_END = re.compile(r'(?<=[.!?])(["”’)]*)\s+(?=["“‘(]?[A-Z0-9])|\n+')
_TABLES = (
    "corpus_entities",
    "corpus_mentions",
    "corpus_quotes",
    "corpus_copies",
    "corpus_stories",
    "corpus_story_articles",
    "corpus_figures",
    "corpus_conflicts",
    "corpus_timeline",
    "corpus_uncorroborated",
)


@dataclass
class _Doc:
    article: Any  # an Article's fields (see _record)
    rowid: int
    outlet: str | None

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def published(self) -> str | None:
        return self.article.published.value if self.article.published else None

    @property
    def source(self) -> str:
        """Who stands behind the article: its outlet, or the article itself when the outlet is unknown."""
        return (self.outlet or "").lower() or f"article:{self.id}"


def _record(data: Any) -> Any:
    """A stored record as nested namespaces: an Article's attributes without the dataclass checks."""
    if isinstance(data, dict):
        return SimpleNamespace(**{k: _record(v) for k, v in data.items()})
    if isinstance(data, list):
        return tuple(_record(v) for v in data)
    return data


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split after . ! ? before a capital, and at line breaks.

    Not after an abbreviation or an initial ("Jenderal Charles Q. Brown Jr. dan ..."). The stored Article
    keeps no sentence boundaries; this needs only where the sentence around a span starts and ends.
    """
    abbreviations = lang.abbreviations()
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if text[match.start() - 1 : match.start()] == ".":
            word = text[: match.start()].rsplit(None, 1)[-1] if text[: match.start()].strip() else ""
            if word in abbreviations or word.lstrip("(\"'“") in abbreviations:
                continue
        end = match.start() + len(match.group(1) or "")
        if end > start:
            spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= offset < end:
            return start, end
    return offset, offset


def timeline_date(value: str | None) -> str | None:
    """A TIMEX value usable on a timeline (a calendar date, month or year), else None."""
    if not value:
        return None
    value = value.split("T", 1)[0]
    return value if _DATE.match(value) else None


def link_corpus(store: Store) -> dict[str, Any]:
    """(Re)build identities, copies, stories, timelines and figures from the stored articles; return stats."""
    started = time.perf_counter()
    docs = []
    for rowid, data in store.iter_records():
        article = _record(data)
        docs.append(_Doc(article, rowid, article.source.outlet))
    by_id = {d.id: d for d in docs}

    # 1. copies, oldest first so that the first of a group is the original
    order = order_for_copies([(d.id, d.published, d.rowid) for d in docs])
    copies = find_copies((i, by_id[i].article.text) for i in order)
    copy_of = {c["article_id"]: c["copy_of"] for c in copies}

    # 2. identities
    mentions, owners = _mentions(docs)
    entity_index, entities = resolve(mentions)
    entity_ids = [entities[i]["id"] for i in entity_index]
    per_article: dict[str, list[int]] = defaultdict(list)
    for n, (article_id, _kind, _payload) in enumerate(owners):
        per_article[article_id].append(n)

    # 3. stories; what each article's figures count is one of its strong features
    quantities = {d.id: _quantities(d.article) for d in docs}
    story_number = group_stories(
        [
            StoryInput(
                d.id,
                d.article.text,
                d.published,
                [entity_ids[n] for n in per_article[d.id] if owners[n][1] == "entity"],
                copy_of.get(d.id),
                [q for q in quantities[d.id] if q],
            )
            for d in docs
        ]
    )
    members: dict[int, list[_Doc]] = defaultdict(list)
    for d in docs:
        members[story_number[d.id]].append(d)
    story_ids = {number: _story_id(group) for number, group in members.items()}

    # 4. per story: timeline, figures, statements
    rows = _Rows()
    names = {e["id"]: e["name"] for e in entities}
    labels = {e["id"]: e["label"] for e in entities}
    for number, group in members.items():
        _story_rows(
            rows,
            story_ids[number],
            group,
            copy_of,
            owners,
            entity_ids,
            entities,
            per_article,
            names,
            labels,
            quantities,
        )

    with store._lock:
        conn = store.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for table in _TABLES:
                conn.execute(f"DELETE FROM {table}")
            conn.executemany(
                "INSERT INTO corpus_entities (id, name, label, aliases, articles, mentions) "
                "VALUES (?,?,?,?,?,?)",
                [
                    (
                        e["id"],
                        e["name"],
                        e["label"],
                        json.dumps(e["aliases"], ensure_ascii=False),
                        e["articles"],
                        e["mentions"],
                    )
                    for e in entities
                ],
            )
            mention_rows, quote_rows = [], []
            for n, (article_id, kind, payload) in enumerate(owners):
                published = by_id[article_id].published
                if kind == "entity":
                    mention_rows.append(
                        (
                            entity_ids[n],
                            article_id,
                            payload.text,
                            payload.start,
                            payload.end,
                            payload.role,
                            payload.affiliation,
                            published,
                        )
                    )
                else:
                    quote_rows.append(
                        (entity_ids[n], article_id, payload.text, payload.start, payload.end, published)
                    )
            conn.executemany(
                'INSERT INTO corpus_mentions (entity_id, article_id, text, start, "end", role, affiliation, '
                "published) VALUES (?,?,?,?,?,?,?,?)",
                mention_rows,
            )
            conn.executemany(
                'INSERT INTO corpus_quotes (entity_id, article_id, text, start, "end", published) '
                "VALUES (?,?,?,?,?,?)",
                quote_rows,
            )
            conn.executemany(
                "INSERT INTO corpus_copies (article_id, copy_of, similarity) VALUES (?,?,?)",
                [(c["article_id"], c["copy_of"], c["similarity"]) for c in copies],
            )
            for number, group in members.items():
                conn.execute(
                    "INSERT INTO corpus_stories (id, title, articles, first, last, outlets) "
                    "VALUES (?,?,?,?,?,?)",
                    _story_row(story_ids[number], group),
                )
            conn.executemany(
                "INSERT INTO corpus_story_articles (article_id, story_id) VALUES (?,?)",
                [(d.id, story_ids[story_number[d.id]]) for d in docs],
            )
            conn.executemany(
                "INSERT INTO corpus_figures (id, story_id, quantity, category, subject, value, value_max, "
                "approx, "
                'reported_by, outlet, article_id, as_of, start, "end", status) '
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows.figures,
            )
            conn.executemany(
                "INSERT INTO corpus_conflicts (story_id, quantity, as_of, figure_ids, reason) "
                "VALUES (?,?,?,?,?)",
                rows.conflicts,
            )
            conn.executemany(
                "INSERT INTO corpus_timeline (story_id, date, kind, text, speaker, article_id, outlet, "
                'start, "end") VALUES (?,?,?,?,?,?,?,?,?)',
                rows.timeline,
            )
            conn.executemany(
                "INSERT INTO corpus_uncorroborated (story_id, kind, text, speaker, article_id, outlet, "
                'start, "end") VALUES (?,?,?,?,?,?,?,?)',
                rows.uncorroborated,
            )
            stats = {
                "articles": len(docs),
                "entities": len(entities),
                "stories": len(members),
                "stories_with_several_articles": sum(1 for g in members.values() if len(g) > 1),
                "copies": len(copies),
                "figures": len(rows.figures),
                "conflicts": len(rows.conflicts),
                "uncorroborated": len(rows.uncorroborated),
                "seconds": round(time.perf_counter() - started, 3),
            }
            conn.execute(
                "INSERT OR REPLACE INTO corpus_meta (key, value) VALUES ('stats', ?)", (json.dumps(stats),)
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return stats


def _mentions(docs: list[_Doc]) -> tuple[list[dict], list[tuple[str, str, Any]]]:
    """Resolver input for every entity mention and every quote's speaker, and what each one came from."""
    mentions: list[dict] = []
    owners: list[tuple[str, str, Any]] = []
    for d in docs:
        names = Counter()
        for e in d.article.entities:
            names[(e.canonical or e.text, e.label)] += 1
        context = frozenset(
            normalise(name, label) for (name, label), _ in names.most_common(CONTEXT_ENTITIES)
        )
        labels = {}
        for e in d.article.entities:
            name = e.canonical or e.text
            labels.setdefault(normalise(name, e.label), e.label)
            mentions.append(
                {
                    "article": d.id,
                    "name": name,
                    "text": e.text,
                    "label": e.label,
                    "role": e.role,
                    "affiliation": e.affiliation,
                    "context": context,
                }
            )
            owners.append((d.id, "entity", e))
        for q in d.article.quotes:
            speaker = q.speaker.canonical or q.speaker.text if q.speaker else None
            if not speaker:
                continue
            # the speaker is resolved like a mention, labelled as the article's entity of that name; a
            # speaker that is no entity of the article ("seorang pejabat AS") is one if it looks like a name
            label = labels.get(normalise(speaker, "PER")) or labels.get(normalise(speaker, None))
            if label is None:
                if not _looks_like_name(speaker):
                    continue
                label = "PER"
            mentions.append(
                {
                    "article": d.id,
                    "name": speaker,
                    "text": q.speaker.text,
                    "label": label,
                    "role": q.speaker.role,
                    "affiliation": None,
                    "context": context,
                }
            )
            owners.append((d.id, "quote", q))
    return mentions, owners


def _looks_like_name(text: str) -> bool:
    """Two to five capitalised words: "Gaby Lasky", not "seorang pejabat AS" or "Tentara"."""
    words = text.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words)


def _story_id(group: list[_Doc]) -> str:
    first = min(d.id for d in group)
    return "s-" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:10]


def _story_row(story_id: str, group: list[_Doc]) -> tuple:
    dated = sorted(d.published for d in group if d.published)
    ordered = sorted(group, key=lambda d: (d.published is None, d.published or "", d.rowid))
    # a title of a few words is a section name, not a headline ("Sepakbola", "News" in the 2015 corpus)
    titled = [d for d in ordered if d.article.title and len(d.article.title.split()) >= MIN_TITLE_WORDS]
    if titled:
        title = titled[0].article.title
    else:
        text = ordered[0].article.text
        first_sentence = text[slice(*sentence_spans(text)[0])] if text.strip() else ""
        title = first_sentence if len(first_sentence) <= 120 else first_sentence[:117].rstrip() + "…"
    outlets = sorted({d.outlet for d in group if d.outlet})
    return (
        story_id,
        title,
        len(group),
        dated[0] if dated else None,
        dated[-1] if dated else None,
        json.dumps(outlets, ensure_ascii=False),
    )


class _Rows:
    def __init__(self) -> None:
        self.figures: list[tuple] = []
        self.conflicts: list[tuple] = []
        self.timeline: list[tuple] = []
        self.uncorroborated: list[tuple] = []


def _story_rows(
    rows: _Rows,
    story_id: str,
    group: list[_Doc],
    copy_of: dict[str, str],
    owners: list[tuple[str, str, Any]],
    entity_ids: list[str],
    entities: list[dict],
    per_article: dict[str, list[int]],
    names: dict[str, str] | None = None,
    labels: dict[str, str | None] | None = None,
    quantities: dict[str, list[str | None]] | None = None,
) -> None:
    names = {e["id"]: e["name"] for e in entities} if names is None else names
    labels = {e["id"]: e["label"] for e in entities} if labels is None else labels
    figures: list[Figure] = []
    statements: list[Statement] = []
    article_entities: dict[str, set[str]] = {}
    said_by: dict[str, dict[str, set[str]]] = {}
    source = {d.id: d.source for d in group}
    for d in group:
        a = d.article
        spans = sentence_spans(a.text)
        is_copy = d.id in copy_of
        article_entities[d.id] = {entity_ids[n] for n in per_article[d.id]}
        if len(group) > 1 and not is_copy:
            # what this article says about each entity: its sentences naming it and the quotes it is given
            said: dict[str, set[str]] = defaultdict(set)
            for n in per_article[d.id]:
                payload = owners[n][2]
                if owners[n][1] == "entity":
                    sentence = _sentence_at(spans, payload.start)
                    said[entity_ids[n]] |= content_words(a.text[sentence[0] : sentence[1]])
                else:
                    said[entity_ids[n]] |= content_words(payload.text)
            said_by[d.id] = said
        # figures
        keys = quantities[d.id] if quantities is not None else _quantities(a, spans)
        for c, quantity in zip(a.counts, keys, strict=True):
            if quantity is None:
                continue
            figures.append(
                Figure(
                    quantity,
                    c.category,
                    c.subject,
                    c.value,
                    c.value_max,
                    c.approx,
                    c.reported_by,
                    d.outlet,
                    d.id,
                    c.as_of,
                    d.published,
                    c.start,
                    c.end,
                    is_copy,
                )
            )
        if is_copy:
            continue  # a copy adds nothing new to the timeline or the statements
        # timeline: quotes, counts, then dated sentences not already covered
        covered: set[tuple[int, int]] = set()
        quote_speakers = {}
        for n in per_article[d.id]:
            if owners[n][1] == "quote":
                quote_speakers[id(owners[n][2])] = entity_ids[n]
        times = [(t, timeline_date(t.value)) for t in a.times if t.type in ("DATE", "TIME")]
        for q in a.quotes:
            sentence = _sentence_at(spans, q.start)
            date = next(
                (value for t, value in times if value and sentence[0] <= t.start < max(sentence[1], q.end)),
                d.published,
            )
            speaker_id = quote_speakers.get(id(q))
            speaker = names.get(speaker_id) if speaker_id else None
            if speaker is None and q.speaker:
                speaker = q.speaker.canonical or q.speaker.text
            if date:
                rows.timeline.append(
                    (story_id, date, "quote", _cut(q.text), speaker, d.id, d.outlet, q.start, q.end)
                )
            covered.add(sentence)
            if speaker_id and labels.get(speaker_id) == "PER":
                statements.append(Statement("quote", q.text, speaker_id, d.id, d.outlet, q.start, q.end))
        for c in a.counts:
            date = timeline_date(c.as_of) or d.published
            if date and c.value is not None:
                sentence = _sentence_at(spans, c.start)
                text = a.text[sentence[0] : sentence[1]] if sentence[1] > sentence[0] else c.text
                rows.timeline.append(
                    (story_id, date, "count", _cut(text), c.reported_by, d.id, d.outlet, c.start, c.end)
                )
                covered.add(sentence)
        for t, value in times:
            if not value:
                continue
            sentence = _sentence_at(spans, t.start)
            if sentence in covered or sentence[1] <= sentence[0]:
                continue
            covered.add(sentence)
            rows.timeline.append(
                (
                    story_id,
                    value,
                    "event",
                    _cut(a.text[sentence[0] : sentence[1]]),
                    None,
                    d.id,
                    d.outlet,
                    sentence[0],
                    sentence[1],
                )
            )
        # sentences naming two or more people: candidates for "people put in the story"
        people_at: dict[tuple[int, int], set[str]] = defaultdict(set)
        for n in per_article[d.id]:
            kind, payload = owners[n][1], owners[n][2]
            if kind == "entity" and payload.label == "PER":
                people_at[_sentence_at(spans, payload.start)].add(entity_ids[n])
        for sentence, people in people_at.items():
            if len(people) >= 2 and sentence[1] > sentence[0]:
                statements.append(
                    Statement(
                        "presence",
                        a.text[sentence[0] : sentence[1]],
                        None,
                        d.id,
                        d.outlet,
                        sentence[0],
                        sentence[1],
                        tuple(sorted(people)),
                    )
                )

    # claims
    conflicts = compare_figures(figures)
    base = len(rows.figures) + 1
    for k, f in enumerate(figures):
        rows.figures.append(
            (
                base + k,
                story_id,
                f.quantity,
                f.category,
                f.subject,
                f.value,
                f.value_max,
                f.approx,
                f.reported_by,
                f.outlet,
                f.article_id,
                f.as_of,
                f.start,
                f.end,
                f.status,
            )
        )
        if f.status == "uncorroborated":
            rows.uncorroborated.append(
                (
                    story_id,
                    "figure",
                    f"{f.quantity}: {describe(f)}",
                    f.reported_by,
                    f.article_id,
                    f.outlet,
                    f.start,
                    f.end,
                )
            )
    for c in conflicts:
        rows.conflicts.append(
            (story_id, c["quantity"], c["as_of"], json.dumps([base + i for i in c["figures"]]), c["reason"])
        )
    # statements: only stories told by several outlets have anything to corroborate against
    copies = {d.id for d in group if d.id in copy_of}
    for s in check_statements(statements, article_entities, said_by, source, copies):
        if s.kind == "presence":
            # only people whom no other outlet names are news here; a sentence of known names is not flagged
            speaker = None
        else:
            speaker = names.get(s.speaker or "")
        rows.uncorroborated.append(
            (story_id, "statement", _cut(s.text), speaker, s.article_id, s.outlet, s.start, s.end)
        )


def _quantities(article: Any, spans: list[tuple[int, int]] | None = None) -> list[str | None]:
    """What each count of an article counts (warta.corpus.claims.quantity_key, with the place it is about), or
    None for a count that is not compared (no value, category "other", money with no subject)."""
    if not article.counts:
        return []
    spans = sentence_spans(article.text) if spans is None else spans
    places = figure_places(article.text, article.counts, article.entities, spans)
    return [
        None
        if c.value is None or c.category not in COMPARED or needs_subject(c.category, c.subject)
        else quantity_key(c.category, c.subject, place)
        for c, place in zip(article.counts, places, strict=True)
    ]


def _cut(text: str, limit: int = TIMELINE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
