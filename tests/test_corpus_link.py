"""Tests for warta.corpus.link and warta.corpus.query: the cross-article layer end to end (issue 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.corpus import query
from warta.corpus.link import link_corpus, sentence_spans, timeline_date
from warta.corpus.store import Store
from warta.model import Article, Count, Entity, Published, Quote, Source, Speaker, Time

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
FIGURE_KEYS = {
    "quantity",
    "category",
    "subject",
    "value",
    "value_max",
    "approx",
    "reported_by",
    "outlet",
    "article_id",
    "as_of",
    "start",
    "end",
    "status",
}


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8").strip()


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def ent(text, part, label, canonical=None, role=None):
    return Entity(part, *span(text, part), label, canonical or part, role)


def toll(text, part, value, approx, as_of, reported_by="Kementerian Kesehatan Gaza"):
    return Count(
        part, *span(text, part), value, None, approx, "orang", "killed", "warga Palestina", reported_by, as_of
    )


def article(id, text, outlet, published, entities=(), counts=(), times=(), quotes=(), title=None):
    return Article(
        id=id,
        text=text,
        source=Source(id=id, outlet=outlet),
        title=title,
        published=Published(published, "metadata") if published else None,
        entities=tuple(entities),
        counts=tuple(counts),
        times=tuple(times),
        quotes=tuple(quotes),
    )


def copy_of_wire(text: str) -> str:
    lines = text.split("\n\n")
    lines[0] = "JAKARTA, PORTAL.id - " + lines[0].split(" - ", 1)[-1]
    return "\n\n".join(lines) + "\n\nBaca berita menarik lainnya di Google News. Editor: Redaksi Portal."


def corpus() -> list[Article]:
    wire = read("wire_story.txt")
    copy = copy_of_wire(wire)
    other = read("gaza_other_count.txt")
    update = read("gaza_update.txt")
    football = read("football.txt")
    return [
        article(
            "kompas",
            wire,
            "Kompas",
            "2023-11-21",
            title="13.300 warga Palestina tewas di Gaza",
            entities=[
                ent(wire, "Kementerian Kesehatan Gaza", "ORG"),
                ent(wire, "Jalur Gaza", "LOC"),
                ent(wire, "Israel", "LOC"),
                ent(wire, "Hamas", "ORG"),
                ent(wire, "Amerika Serikat", "LOC"),
            ],
            counts=[toll(wire, "sedikitnya 13.300 warga Palestina", 13300, "at_least", "2023-11-21")],
            times=[
                Time("Selasa (21/11/2023)", *span(wire, "Selasa (21/11/2023)"), "DATE", "2023-11-21"),
                Time("7 Oktober", *span(wire, "7 Oktober"), "DATE", "2023-10-07"),
            ],
        ),
        article(
            "tribun",
            copy,
            "Tribun",
            "2023-11-22",
            entities=[
                ent(copy, "Kementerian Kesehatan Gaza", "ORG"),
                ent(copy, "Jalur Gaza", "LOC"),
                ent(copy, "Israel", "LOC"),
                ent(copy, "Hamas", "ORG"),
                ent(copy, "Amerika Serikat", "LOC"),
            ],
            counts=[toll(copy, "sedikitnya 13.300 warga Palestina", 13300, "at_least", "2023-11-21")],
        ),
        article(
            "detik",
            other,
            "Detik",
            "2023-11-21",
            entities=[
                ent(other, "Kementerian Kesehatan Gaza", "ORG"),
                ent(other, "Jalur Gaza", "LOC"),
                ent(other, "Israel", "LOC"),
                ent(other, "Hamas", "ORG"),
                ent(other, "Netanyahu", "PER"),
            ],
            counts=[toll(other, "13.000 warga Palestina", 13000, "exact", "2023-11-21")],
            # "pada Senin" in a Tuesday article: the timeline uses the resolved date, Monday 20 November
            times=[
                Time("Selasa (21/11/2023)", *span(other, "Selasa (21/11/2023)"), "DATE", "2023-11-21"),
                Time("Senin", *span(other, "Senin"), "DATE", "2023-11-20"),
            ],
        ),
        article(
            "tempo",
            update,
            "Tempo",
            "2023-11-25",
            entities=[
                ent(update, "Jalur Gaza", "LOC"),
                ent(update, "Kementerian Kesehatan Gaza", "ORG"),
                ent(update, "Israel", "LOC"),
                ent(update, "Hamas", "ORG"),
                ent(
                    update,
                    "Perdana Menteri Israel Benjamin Netanyahu",
                    "PER",
                    "Benjamin Netanyahu",
                    "Perdana Menteri",
                ),
            ],
            counts=[toll(update, "sedikitnya 14.800 orang", 14800, "at_least", "2023-11-25")],
            times=[Time("Sabtu (25/11/2023)", *span(update, "Sabtu (25/11/2023)"), "DATE", "2023-11-25")],
            quotes=[
                Quote(
                    "Kami akan melanjutkan perang sampai Hamas dihancurkan dan semua sandera kembali",
                    *span(
                        update,
                        "Kami akan melanjutkan perang sampai Hamas dihancurkan dan semua sandera kembali",
                    ),
                    "direct",
                    "kata",
                    Speaker("Netanyahu", "Benjamin Netanyahu"),
                )
            ],
        ),
        article(
            "bola",
            football,
            "Antara",
            "2023-11-22",
            entities=[ent(football, "Shin Tae-yong", "PER", role="Pelatih"), ent(football, "Jakarta", "LOC")],
            times=[Time("Rabu (22/11/2023)", *span(football, "Rabu (22/11/2023)"), "DATE", "2023-11-22")],
        ),
    ]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "corpus.db") as s:
        s.add_many(corpus())
        yield s


@pytest.fixture
def linked(store):
    stats = link_corpus(store)
    return store, stats


def gaza(store) -> dict:
    story = query.get_story(store, query.story_of(store, "kompas"))
    assert story is not None
    return story


def test_corpus_link_stats(linked):
    _, stats = linked
    assert stats["articles"] == 5
    assert stats["copies"] == 1
    assert stats["stories"] == 2
    assert stats["figures"] == 4
    assert stats["conflicts"] == 1
    assert stats["seconds"] >= 0


def test_corpus_link_groups_the_story_and_keeps_the_other_apart(linked):
    store, _ = linked
    stories = query.list_stories(store)
    assert [s["articles"] for s in stories] == [4, 1]
    top = stories[0]
    assert set(top) == {"id", "title", "articles", "first", "last", "outlets"}
    assert top["outlets"] == ["Detik", "Kompas", "Tempo", "Tribun"]
    assert (top["first"], top["last"]) == ("2023-11-21", "2023-11-25")
    assert top["title"] == "13.300 warga Palestina tewas di Gaza"
    assert query.story_of(store, "bola") != top["id"]


def test_corpus_link_copy_is_shown_as_copy(linked):
    store, _ = linked
    copies = query.list_copies(store)
    assert [(c["article_id"], c["copy_of"]) for c in copies] == [("tribun", "kompas")]
    articles = {a["id"]: a for a in gaza(store)["articles"]}
    assert articles["tribun"]["copy_of"] == "kompas"
    assert articles["kompas"]["copy_of"] is None
    assert set(articles["kompas"]) == {"id", "title", "outlet", "published", "copy_of", "lead"}


def test_corpus_link_claims_conflict_update_copy(linked):
    store, _ = linked
    story = gaza(store)
    figures = {(f["article_id"], f["value"]): f for f in story["figures"]}
    assert all(set(f) == FIGURE_KEYS for f in story["figures"])
    assert figures[("kompas", 13300)]["status"] == "conflict"  # at least 13,300 vs exactly 13,000, same day
    assert figures[("detik", 13000)]["status"] == "conflict"
    assert figures[("tribun", 13300)]["status"] == "copy"
    assert figures[("tempo", 14800)]["status"] == "update"
    [conflict] = story["conflicts"]
    assert set(conflict) == {"quantity", "as_of", "figures", "reason"}
    assert conflict["as_of"] == "2023-11-21"
    assert {f["article_id"] for f in conflict["figures"]} == {"kompas", "detik"}
    assert query.list_claims(store, story["id"]) == story["figures"]
    assert len(query.list_claims(store)) == 4


def test_corpus_link_timeline_uses_resolved_dates(linked):
    store, _ = linked
    timeline = gaza(store)["timeline"]
    assert [t["date"] for t in timeline] == sorted(t["date"] for t in timeline)
    monday = [t for t in timeline if t["article_id"] == "detik" and t["text"].startswith("Pada Senin")]
    assert [t["date"] for t in monday] == ["2023-11-20"]  # not the publication date, 2023-11-21
    # a sentence is on the timeline once: the count's, not again as an event for its "7 Oktober"
    assert [t["kind"] for t in timeline if t["article_id"] == "kompas" and t["start"] < 100] == ["count"]
    quote = next(t for t in timeline if t["kind"] == "quote")
    assert quote["speaker"] == "Benjamin Netanyahu" and quote["date"] == "2023-11-25"
    counts = [t for t in timeline if t["kind"] == "count"]
    assert {t["article_id"] for t in counts} == {"kompas", "detik", "tempo"}  # the copy adds nothing
    for item in timeline:
        assert set(item) == {"date", "kind", "text", "speaker", "article_id", "outlet", "start", "end"}


def test_corpus_link_entities_merged_across_articles(linked):
    store, _ = linked
    [netanyahu] = query.list_entities(store, q="netanyahu")
    assert netanyahu["name"] == "Benjamin Netanyahu"
    assert netanyahu["articles"] == 2
    assert set(netanyahu) == {"id", "name", "label", "aliases", "articles", "mentions"}
    entity = query.get_entity(store, netanyahu["id"])
    assert set(entity) == {"id", "name", "label", "aliases", "roles", "mentions", "quotes", "articles"}
    assert entity["roles"] == [{"role": "Perdana Menteri", "first": "2023-11-25", "last": "2023-11-25"}]
    assert [q["article_id"] for q in entity["quotes"]] == ["tempo"]
    assert {a["id"] for a in entity["articles"]} == {"detik", "tempo"}
    assert all(set(m) == {"article_id", "text", "start", "end", "published"} for m in entity["mentions"])
    # "Amerika Serikat" is found under its alias too
    assert query.list_entities(store, q="Washington")[0]["name"] == "Amerika Serikat"


def test_corpus_link_uncorroborated_items(linked):
    store, _ = linked
    story = gaza(store)
    assert all(set(u) == {"kind", "text", "speaker", "article_id", "outlet"} for u in story["uncorroborated"])
    statements = [u for u in story["uncorroborated"] if u["kind"] == "statement"]
    # no other outlet quotes Netanyahu saying this
    assert [(u["speaker"], u["article_id"]) for u in statements] == [("Benjamin Netanyahu", "tempo")]


def test_corpus_link_rebuild_is_idempotent_and_unknown_ids_give_none(linked):
    store, first = linked
    second = link_corpus(store)
    assert {k: v for k, v in first.items() if k != "seconds"} == {
        k: v for k, v in second.items() if k != "seconds"
    }
    assert query.link_stats(store)["articles"] == 5
    assert query.get_story(store, "s-nope") is None
    assert query.get_entity(store, "nope") is None


def test_corpus_query_before_linking_is_empty(store):
    assert query.list_stories(store) == []
    assert query.list_entities(store) == []
    assert query.list_claims(store) == []
    assert query.list_copies(store) == []
    assert query.link_stats(store) is None


def test_corpus_link_empty_store(tmp_path):
    with Store(tmp_path / "empty.db") as s:
        assert link_corpus(s)["articles"] == 0
        assert query.list_stories(s) == []


def test_corpus_link_sentence_spans_respect_abbreviations():
    text = 'Hadir Jenderal Charles Q. Brown Jr. dan Herzog. "Kami siap." Lalu\nselesai'
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Hadir Jenderal Charles Q. Brown Jr. dan Herzog.",
        '"Kami siap."',
        "Lalu",
        "selesai",
    ]


@pytest.mark.parametrize(
    "value, date",
    [
        ("2023-11-20", "2023-11-20"),
        ("2023-11", "2023-11"),
        ("2014-12-30T08:30", "2014-12-30"),
        ("XXXX-05-18", None),
        ("PRESENT_REF", None),
        ("P3D", None),
        ("2017-W12", None),
    ],
)
def test_corpus_link_timeline_date(value, date):
    assert timeline_date(value) == date


def test_corpus_cli_ingest_links_unless_no_link(tmp_path):
    from warta.cli import app

    unlinked, linked = tmp_path / "unlinked.db", tmp_path / "linked.db"
    source = str(FIXTURES / "football.txt")
    result = CliRunner().invoke(app, ["ingest", source, "--db", str(unlinked), "--no-link"])
    assert result.exit_code == 0, result.output
    with Store(unlinked) as s:
        assert s.count() == 1 and query.link_stats(s) is None
    result = CliRunner().invoke(app, ["ingest", source, "--db", str(linked)])
    assert result.exit_code == 0, result.output
    with Store(linked) as s:
        assert query.link_stats(s)["articles"] == 1
        assert len(query.list_stories(s)) == 1


def test_corpus_cli_link(tmp_path):
    from warta.cli import app

    db = tmp_path / "cli.db"
    with Store(db) as s:
        s.add_many(corpus())
    result = CliRunner().invoke(app, ["link", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert '"copies": 1' in result.output
    missing = CliRunner().invoke(app, ["link", "--db", str(tmp_path / "missing.db")])
    assert missing.exit_code == 1


def test_corpus_link_lists_page_with_offset_and_limit_none(linked):
    store, stats = linked
    every = query.list_stories(store, limit=None)
    assert len(every) == 2
    assert query.list_stories(store, limit=1) == every[:1]
    assert query.list_stories(store, limit=1, offset=1) == every[1:2]
    assert query.list_stories(store, limit=None, offset=2) == []
    entities = query.list_entities(store, limit=None)
    assert len(entities) == stats["entities"]
    assert query.list_entities(store, limit=2, offset=1) == entities[1:3]
    claims = query.list_claims(store)
    assert len(claims) == 4 and query.list_claims(store, limit=2, offset=1) == claims[1:3]
    assert query.list_copies(store, limit=None) == query.list_copies(store)
    assert query.list_copies(store, offset=1) == []
    with pytest.raises(ValueError):
        query.list_stories(store, limit=-1)


def test_corpus_link_one_sentence_with_several_figures_is_one_timeline_entry(tmp_path):
    text = (
        "Serangan Israel telah menewaskan sedikitnya 13.300 orang, yang mencakup 5.600 anak dan 3.550 "
        "perempuan, kata Kementerian Kesehatan Gaza pada Selasa (21/11/2023)."
    )
    counts = [
        Count(p, *span(text, p), v, None, a, "orang", "killed", s, "Kementerian Kesehatan Gaza", "2023-11-21")
        for p, v, a, s in [
            ("sedikitnya 13.300 orang", 13300, "at_least", "orang"),
            ("5.600 anak", 5600, "exact", "anak"),
            ("3.550 perempuan", 3550, "exact", "perempuan"),
        ]
    ]
    with Store(tmp_path / "one.db") as store:
        store.add_many([article("gaza-1", text, "Kompas", "2023-11-21", counts=counts)])
        link_corpus(store)
        story = query.get_story(store, query.story_of(store, "gaza-1"))
    assert len(story["figures"]) == 3
    assert {f["quantity"] for f in story["figures"]} == {
        "killed in Gaza",
        "killed: anak in Gaza",
        "killed: perempuan in Gaza",
    }
    (entry,) = story["timeline"]
    assert entry["kind"] == "count" and entry["start"] == counts[0].start
