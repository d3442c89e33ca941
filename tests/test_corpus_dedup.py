"""Tests for warta.corpus.dedup: near-duplicate (syndicated) copies with MinHash LSH (issue 6)."""

from __future__ import annotations

from pathlib import Path

from warta.corpus.dedup import find_copies, shingles

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"


def wire() -> str:
    return (FIXTURES / "wire_story.txt").read_text(encoding="utf-8")


def other() -> str:
    return (FIXTURES / "other_story.txt").read_text(encoding="utf-8")


def rewrite_edges(text: str) -> str:
    """A syndicated copy: another outlet's dateline and first line, and its own footer."""
    lines = text.split("\n\n")
    lines[0] = "JAKARTA, PORTAL.id - " + lines[0].split(" - ", 1)[-1].replace("Selasa", "Selasa malam")
    return "\n\n".join(lines) + "\n\nBaca berita menarik lainnya di Google News. Editor: Redaksi Portal."


def test_corpus_dedup_copy_with_changed_first_line_and_footer_is_found():
    copies = find_copies([("orig", wire()), ("other", other()), ("copy", rewrite_edges(wire()))])
    assert [(c["article_id"], c["copy_of"]) for c in copies] == [("copy", "orig")]
    assert 0.5 <= copies[0]["similarity"] < 1.0


def test_corpus_dedup_same_topic_is_not_a_copy():
    assert find_copies([("a", wire()), ("b", other())]) == []


def test_corpus_dedup_shortened_copy_is_found_by_containment():
    paragraphs = wire().split("\n\n")
    short = "\n\n".join(paragraphs[: max(3, len(paragraphs) * 2 // 3)])
    copies = find_copies([("orig", wire()), ("short", short)])
    assert [c["copy_of"] for c in copies] == ["orig"]


def test_corpus_dedup_copies_of_copies_point_at_the_first():
    first = wire()
    second = rewrite_edges(first)
    third = second.replace("Editor: Redaksi Portal.", "Editor: Tim Lain.")
    copies = find_copies([("1", first), ("2", second), ("3", third)])
    assert {c["article_id"]: c["copy_of"] for c in copies} == {"2": "1", "3": "1"}


def test_corpus_dedup_short_texts_are_never_copies():
    assert find_copies([("a", "Banjir di Jakarta."), ("b", "Banjir di Jakarta.")]) == []
    assert shingles("satu dua tiga") == set()
