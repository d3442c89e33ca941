"""Tests for warta.corpus.stories: a short text (a headline) joins its story, and only that (issue 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.corpus import stories
from warta.corpus.stories import StoryInput, group_stories

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
NO_BACKGROUND = (0, {})
GAZA_ENTITIES = ["jalur-gaza", "kementerian-kesehatan-gaza", "israel", "hamas", "qatar", "mesir", "rafah"]
GAZA_QUANTITIES = ["killed in Gaza", "killed: anak in Gaza", "killed: perempuan in Gaza", "displaced in Gaza"]
FOOTBALL = (
    "Pelatih Shin Tae-yong memanggil 26 pemain untuk laga kualifikasi Piala Dunia melawan Filipina di "
    "Stadion Rizal Memorial, Manila. Timnas Indonesia berlatih di Jakarta selama sepekan sebelum berangkat, "
    "dan pelatih asal Korea Selatan itu menyebut kondisi para pemain sudah membaik setelah kompetisi liga."
)


def wire() -> StoryInput:
    text = (FIXTURES / "wire_story.txt").read_text(encoding="utf-8")
    return StoryInput("wire", text, "2023-11-21", GAZA_ENTITIES * 2, None, GAZA_QUANTITIES)


def football() -> StoryInput:
    return StoryInput("bola", FOOTBALL, "2023-11-21", ["shin-tae-yong", "filipina", "jakarta", "indonesia"])


def group(*docs: StoryInput) -> dict[str, int]:
    return group_stories(list(docs), prior=NO_BACKGROUND)


def test_corpus_stories_headline_with_the_story_figures_joins_the_long_article():
    headline = StoryInput(
        "headline",
        "Korban Tewas di Gaza Capai 14.128 Orang, Termasuk 5.600 Anak-anak",
        "2023-11-22",
        ["jalur-gaza"],
        None,
        ["killed in Gaza", "killed: anak in Gaza"],
    )
    found = group(wire(), football(), headline)
    assert found["headline"] == found["wire"] != found["bola"]


def test_corpus_stories_headline_cosine_alone_is_too_low():
    # the reason for the rule: a ten-word headline shares too few words with the long article's centroid
    headline = StoryInput(
        "headline", "Korban Tewas di Gaza Capai 14.128 Orang, Termasuk 5.600 Anak-anak", "2023-11-22"
    )
    found = group(wire(), headline)
    assert found["headline"] != found["wire"]


@pytest.mark.parametrize(
    "text, entities, quantities",
    [
        # figures for another place: its quantities are not in the Gaza story
        (
            "Banjir di Jakarta Tewaskan 5 Orang, 200 Warga Mengungsi",
            ["jakarta"],
            ["killed in Jakarta", "displaced in Jakarta"],
        ),
        # one of its entities is in no article of the story
        ("Israel dan Hamas Sepakat Bertukar Sandera di Doha", ["israel", "hamas", "doha"], []),
        # every entity is in the story, but two entities are too little evidence
        ("Israel Tolak Tuntutan Hamas", ["israel", "hamas"], []),
        # the quantity has neither a place nor a subject: it says nothing about which story
        ("Korban Tewas Capai 14.128 Orang", ["israel"], ["killed"]),
    ],
)
def test_corpus_stories_headline_without_the_story_features_stays_apart(text, entities, quantities):
    headline = StoryInput("headline", text, "2023-11-22", entities, None, quantities)
    found = group(wire(), football(), headline)
    assert found["headline"] not in (found["wire"], found["bola"])


def test_corpus_stories_a_long_text_is_not_joined_by_its_entities_alone():
    # the same entities and quantities, in an article long enough to be judged on its words: a different story
    long = StoryInput(
        "long",
        FOOTBALL + " " + FOOTBALL.replace("Filipina", "Vietnam"),
        "2023-11-22",
        GAZA_ENTITIES,
        None,
        GAZA_QUANTITIES,
    )
    found = group(wire(), long)
    assert found["long"] != found["wire"]


def test_corpus_stories_headline_outside_the_window_starts_its_own_story():
    headline = StoryInput(
        "headline",
        "Korban Tewas di Gaza Capai 14.128 Orang, Termasuk 5.600 Anak-anak",
        "2024-03-01",
        ["jalur-gaza"],
        None,
        ["killed in Gaza", "killed: anak in Gaza"],
    )
    found = group(wire(), headline)
    assert found["headline"] != found["wire"]
    assert stories.WINDOW_DAYS < 100
