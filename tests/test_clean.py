"""Tests for warta.clean: noise out with its reason, metadata found, text repaired, no body text lost."""

from __future__ import annotations

import json
import re

import pytest
from conftest import FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.clean import MAX_NOISE_LINE, canonical_outlet, clean, repair

GOLD = json.loads((FIXTURES / "clean_gold.json").read_text(encoding="utf-8"))
SEEDS = sorted(k for k in GOLD if not k.startswith("_"))

BODY = (
    "Pasukan Israel kembali menggempur Jalur Gaza pada Selasa (21/11/2023), kata pejabat kesehatan setempat."
)
BODY2 = "Sedikitnya 13.300 orang tewas sejak 7 Oktober, menurut otoritas kesehatan Gaza yang dikelola Hamas."


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


# ---------------------------------------- seeds: gold and body


@pytest.mark.parametrize("name", SEEDS)
def test_clean_seed_gold_with_and_without(seed_texts, name):
    gold = GOLD[name]
    cleaned = clean(seed_texts[name])
    for snippet in gold["with"]:
        assert snippet in cleaned.text, snippet
    for snippet in gold["without"]:
        assert snippet not in cleaned.text, snippet


@pytest.mark.parametrize("name", SEEDS)
def test_clean_seed_metadata(seed_texts, name):
    gold = GOLD[name]
    cleaned = clean(seed_texts[name])
    assert (cleaned.title, cleaned.outlet, cleaned.dateline) == (
        gold["title"],
        gold["outlet"],
        gold["dateline"],
    )


@pytest.mark.parametrize("name", SEEDS)
def test_clean_seed_keeps_every_body_sentence(seed_texts, name):
    gold = GOLD[name]
    body_lines = [
        line
        for line in seed_texts[name].splitlines()
        if not any(line.strip().startswith(prefix) for prefix in gold["noise"])
    ]
    body = _flat(" ".join(body_lines))
    if gold["dateline"]:
        body = body.replace(gold["dateline"], "", 1)
    text = _flat(clean(seed_texts[name]).text)
    sentences = [s for s in re.split(r"(?<=[.!?”])\s+", body) if s.strip()]
    assert len(sentences) > 5
    for sentence in sentences:
        assert sentence.strip() in text, sentence


@pytest.mark.parametrize("name", SEEDS)
def test_clean_seed_paragraphs_are_single_lines(seed_texts, name):
    text = clean(seed_texts[name]).text
    assert "\n\n\n" not in text
    assert all(p and "\n" not in p and p == p.strip() for p in text.split("\n\n"))


def test_clean_seed_removed_pieces_have_reasons(seed_texts):
    cleaned = clean(seed_texts["004_4c1068ddc5d6000b.txt"])
    reasons = [r.reason for r in cleaned.removed]
    assert reasons.count("related-link") == 3
    assert reasons.count("footer") == 3
    assert reasons.count("title") == 2
    assert "caption" in reasons and "dateline" in reasons


# ---------------------------------------- noise lines


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("BACA JUGA: Krisis Penyanderaan Menimbulkan Dilema bagi Israel", "related-link"),
        ("Baca juga: Israel dan Hamas Bersedia Menghentikan Perang", "related-link"),
        ("[Baca Juga: Perundingan Gencatan Senjata Dilanjutkan di Qatar]", "related-link"),
        ("Simak juga video berikut ini", "related-link"),
        ("SIMAK JUGA - Hasil Lengkap Liga Inggris", "related-link"),
        ("Lihat juga: Biden Telepon Netanyahu", "related-link"),
        ("Baca: Menlu Retno Bertemu Blinken", "related-link"),
        ("Image caption", "caption"),
        ("Image captions", "caption"),
        ("Image description", "caption"),
        ("Foto: AP Photo/Leo Correa", "caption"),
        ("(Foto: ANTARA/Hafidz Mubarak A)", "caption"),
        ("Warga Palestina di Rafah mengungsi ke utara. Foto: Reuters/Ibraheem Abu Mustafa", "caption"),
        ("Silakan baca konten menarik lainnya dari GenPI.co di Google News", "footer"),
        ("Berita Sebelumnya", "footer"),
        ("Berita Selanjutnya", "footer"),
        ("Discussion about this post", "footer"),
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Scroll to continue with content", "advertisement"),
        ("Editor: Rina Atriana", "byline"),
        ("* * *", "separator"),
    ],
)
def test_clean_removes_noise_line_with_reason(line, reason):
    cleaned = clean(f"{BODY}\n\n{line}\n\n{BODY2}")
    assert cleaned.text == f"{BODY}\n\n{BODY2}"
    assert [(r.text, r.reason) for r in cleaned.removed] == [(line, reason)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Baca juga pernyataan lengkap Kementerian Luar Negeri yang dimuat di laman resminya. " * 4,
        "Lihat juga, kata dia, bagaimana warga sipil menjadi korban serangan udara di Gaza setiap hari.",
        "Iklan itu ditayangkan di televisi nasional selama sepekan.",
        "Foto-foto yang beredar di media sosial memperlihatkan kerusakan parah di Rafah.",
        "Sumber: Kementerian Kesehatan Gaza",
        "(berbagai sumber)",
    ],
)
def test_clean_keeps_text_that_only_resembles_noise(paragraph):
    cleaned = clean(f"{BODY}\n\n{paragraph}")
    if len(paragraph) > MAX_NOISE_LINE or not paragraph.lower().startswith("lihat juga"):
        assert paragraph.strip() in cleaned.text
    assert BODY in cleaned.text


def test_clean_removes_widget_marker_but_keeps_text_after_it():
    cleaned = clean(
        f"{BODY}\n\nBaca_Juga Namun, Yon tak lagi bisa memforsir tenaganya.\n\nBaca_Juga\n\n{BODY2}"
    )
    assert cleaned.text == f"{BODY}\n\nNamun, Yon tak lagi bisa memforsir tenaganya.\n\n{BODY2}"
    assert [(r.text, r.reason) for r in cleaned.removed] == [("Baca_Juga", "related-link")] * 2


def test_clean_removes_caption_line_above_credit_line():
    cleaned = clean(
        f"{BODY}\n\nPresiden Joe Biden berbicara di Gedung Putih.\nFoto: AP Photo/Evan Vucci\n\n{BODY2}"
    )
    assert cleaned.text == f"{BODY}\n\n{BODY2}"
    assert [r.reason for r in cleaned.removed] == ["caption", "caption"]


# ---------------------------------------- datelines and titles


@pytest.mark.parametrize(
    ("opening", "dateline", "outlet"),
    [
        ("JAKARTA, KOMPAS.com - ", "JAKARTA, KOMPAS.com -", "Kompas.com"),
        ("GenPI.co - ", "GenPI.co -", "GenPI.co"),
        ("Harakatuna.com. Washington-", "Harakatuna.com. Washington-", "Harakatuna.com"),
        ("Suaranusantara.com – ", "Suaranusantara.com –", "Suaranusantara.com"),
        ("Jakarta, CNN Indonesia -- ", "Jakarta, CNN Indonesia --", "CNN Indonesia"),
        ("Jakarta (ANTARA News) - ", "Jakarta (ANTARA News) -", "Antara"),
        ("REPUBLIKA.CO.ID, JAKARTA -- ", "REPUBLIKA.CO.ID, JAKARTA --", "Republika"),
        ("VIVA.co.id - ", "VIVA.co.id -", "VIVA.co.id"),
        ("JUARA.NET, KUALA LUMPUR - ", "JUARA.NET, KUALA LUMPUR -", "Juara.net"),
        ("SUKABUMI – ", "SUKABUMI –", None),
    ],
)
def test_clean_takes_dateline_as_metadata(opening, dateline, outlet):
    cleaned = clean(f"{opening}{BODY}\n\n{BODY2}")
    assert cleaned.text == f"{BODY}\n\n{BODY2}"
    assert (cleaned.dateline, cleaned.outlet) == (dateline, outlet)
    assert [(r.text, r.reason) for r in cleaned.removed] == [(dateline, "dateline")]


@pytest.mark.parametrize(
    "opening",
    [
        "AS - Israel kembali berunding di Kairo. ",
        "Hamas – kelompok yang menguasai Gaza – menolak usulan itu. ",
        "Menurut Kompas.com - yang mengutip sumber militer - ",
    ],
)
def test_clean_leaves_openings_that_are_not_datelines(opening):
    cleaned = clean(f"{opening}{BODY}")
    assert cleaned.dateline is None
    assert cleaned.text == f"{opening}{BODY}".strip()


def test_clean_removes_title_repeated_with_outlet():
    title = "AS Dorong Alternatif Selain Invasi Rafah"
    cleaned = clean(f"{title}\n\n{title} - GenPI.co\n\nGenPI.co - {BODY}\n\n{BODY2}")
    assert cleaned.text == f"{BODY}\n\n{BODY2}"
    assert (cleaned.title, cleaned.outlet, cleaned.dateline) == (title, "GenPI.co", "GenPI.co -")


def test_clean_removes_title_given_as_metadata():
    title = "Blinken Bertemu Netanyahu di Tel Aviv"
    cleaned = clean(f"{title}\n\n{BODY}", title=title)
    assert cleaned.text == BODY
    assert cleaned.title == title


def test_clean_names_unrepeated_headline_but_keeps_it():
    title = "Blinken Bertemu Netanyahu di Tel Aviv"
    cleaned = clean(f"{title}\n\n{BODY}")
    assert cleaned.title == title
    assert cleaned.text == f"{title}\n\n{BODY}"


@pytest.mark.parametrize(
    ("name", "canonical"),
    [("KOMPAS.com", "Kompas.com"), ("apnews.com", "AP News"), ("Harian Baru", "Harian Baru")],
)
def test_clean_canonical_outlet(name, canonical):
    assert canonical_outlet(name) == canonical


# ---------------------------------------- wrapping and characters


def test_clean_joins_hard_wrapped_lines():
    raw = (
        "Para  pejabat  AS telah  melakukan sekitar  60  panggilan  telepon  dengan para\n"
        "pemimpin Israel dan regional. Sengketa ini bermula sejak serangan berkecamuk\n"
        "pada pekan lalu.\n"
        " “Kedua pemimpin melakukan diskusi rinci tentang keadaan peristiwa di Gaza,\n"
        "kemajuan  Israel  dalam  menurunkan  kemampuan  Hamas  dan  elemen  teroris\n"
        "lainnya,” kata juru bicara Gedung Putih.\n"
    )
    assert clean(raw).text == (
        "Para pejabat AS telah melakukan sekitar 60 panggilan telepon dengan para pemimpin Israel dan "
        "regional. Sengketa ini bermula sejak serangan berkecamuk pada pekan lalu.\n\n"
        "“Kedua pemimpin melakukan diskusi rinci tentang keadaan peristiwa di Gaza, kemajuan Israel dalam "
        "menurunkan kemampuan Hamas dan elemen teroris lainnya,” kata juru bicara Gedung Putih."
    )


def test_clean_keeps_one_paragraph_per_line_when_not_wrapped():
    raw = f"{BODY}\n{BODY2}\nKedua belah pihak masih bersikeras dengan posisi mereka."
    assert clean(raw).text.split("\n\n") == [
        BODY,
        BODY2,
        "Kedua belah pihak masih bersikeras dengan posisi mereka.",
    ]


def test_clean_short_sentences_one_per_line_are_not_joined():
    raw = "Babak pertama berakhir 1-0.\nBabak kedua lebih seru.\nPersib menang 2-1.\nPelatih puas."
    assert clean(raw).text.count("\n\n") == 3


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("â€œKami ingin perdamaian,â€\x9d kata Blinken.", "“Kami ingin perdamaian,” kata Blinken."),
        ("\x93Kami ingin memastikan,\x94 ujarnya.", "“Kami ingin memastikan,” ujarnya."),
        ("Gaza\u00a0selatan\u00a0 dan  Rafah", "Gaza selatan dan Rafah"),
        ("Israel &amp; Hamas &quot;sepakat&quot;", 'Israel & Hamas "sepakat"'),
        ("Tel\u200b Aviv\r\nYerusalem", "Tel Aviv\n\nYerusalem"),
    ],
)
def test_clean_repairs_characters(raw, fixed):
    assert clean(raw).text == fixed


def test_clean_repair_keeps_curly_quotes():
    assert repair("“Kami”") == "“Kami”"


def test_clean_empty_and_blank_text():
    assert clean("").text == ""
    assert clean(" \n\u00a0\n ").text == ""


# ---------------------------------------- idempotence

_FRAGMENTS = [
    BODY,
    BODY2,
    "BACA JUGA: Krisis di Gaza",
    "Image caption",
    "Foto: AP Photo/Leo Correa",
    "GenPI.co - ",
    "JAKARTA, KOMPAS.com - ",
    "Judul Berita Hari Ini",
    "Judul Berita Hari Ini - GenPI.co",
    "Berita Sebelumnya",
    "Advertisement",
    "“Kami ingin damai,” kata dia.",
    "â€œ",
    "\x93",
    "&amp;",
    "* * *",
    "Baca",
    "juga:",
    "(berbagai sumber)",
    "Para  pejabat  AS telah  melakukan sekitar  60  panggilan  telepon  dengan para",
    "Baca_Juga ",
]
_SEPARATORS = ["\n", "\n\n", " ", "  ", "\u00a0", "\n ", "", "\r\n"]


@st.composite
def _articles(draw):
    pieces = draw(st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=40)), max_size=12))
    out = []
    for piece in pieces:
        out.append(piece)
        out.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(out)


@settings(max_examples=400, deadline=None)
@given(_articles())
def test_clean_is_idempotent(raw):
    once = clean(raw).text
    assert clean(once).text == once


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_is_idempotent_on_any_text(raw):
    once = clean(raw).text
    assert clean(once).text == once
