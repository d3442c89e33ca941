"""Tests for the warta_citations component: cue + outlet spans with the outlet's canonical name."""

from __future__ import annotations

import pytest

from warta.extensions import CITATIONS


def _citations(nlp, text):
    doc = nlp(text)
    return [(span.text, span._.outlet) for span in doc.spans[CITATIONS]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clinton dan Obama menghadiri KTT ASEAN-AS di Phnom Penh. Demikian dilansir Reuters.",
            [("dilansir Reuters", "Reuters")],
        ),
        (
            "Seperti dilansir Al Arabiya, Selasa (21/11/2023), Israel melancarkan serangan.",
            [("dilansir Al Arabiya", "Al Arabiya")],
        ),
        ("Hal itu disampaikan, seperti dikutip CNN pada Senin.", [("dikutip CNN", "CNN")]),
        ("Korban bertambah, mengutip AFP.", [("mengutip AFP", "AFP")]),
        (
            "Informasi itu dikutip dari The Guardian pada Senin.",
            [("dikutip dari The Guardian", "The Guardian")],
        ),
        ("Kabar itu disiarkan, melansir BBC.", [("melansir BBC", "BBC")]),
        ("Kendati demikian, perang berlanjut.\n\nsumber: detik", [("sumber: detik", "detikcom")]),
        ("Dilansir AP News, hal itu sebuah tindakan yang ditentang AS.", [("Dilansir AP News", "AP News")]),
        ("Hal itu dilansir REUTERS, Senin.", [("dilansir REUTERS", "Reuters")]),
        ("Mereka mengutip kantor berita AFP.", [("mengutip kantor berita AFP", "AFP")]),
        (
            "Hal itu dilansir kantor berita resmi Palestina WAFA.",
            [("dilansir kantor berita resmi Palestina WAFA", "WAFA")],
        ),
        (
            "Hal itu dilansir Middle East Eye, Senin (20/11).",
            [("dilansir Middle East Eye", "Middle East Eye")],
        ),
        ("Hal itu dilansir Reuters dan AFP.", [("dilansir Reuters", "Reuters"), ("AFP", "AFP")]),
        ("“Kami ingin damai,” kata Rhodes kepada Reuters.", [("kepada Reuters", "Reuters")]),
        ("Serangan berlanjut di Gaza. (Antara/Reuters)", [("Antara", "Antara"), ("Reuters", "Reuters")]),
        ("Kata Netanyahu dikutip AFP, Kamis (21/12).", [("dikutip AFP", "AFP")]),
    ],
)
def test_citations_find_outlet(nlp, text, expected):
    assert _citations(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ia mengutip Blinken yang menyebut Israel harus menahan diri.",  # a person, not an outlet
        "Menurut laporan PBB, ribuan warga mengungsi.",  # an institution's report
        "Juru bicara itu berbicara kepada wartawan di Washington.",
        "Ribuan orang dilansir tewas.",  # lowercase word after the cue
        "Sumber yang enggan disebut namanya mengatakan hal itu.",  # "sumber" without a colon
        "Pertemuan digelar di kantor Reuters di London.",  # an outlet named without a cue
        "Kami ingin damai, ujar Rhodes. Ia lalu bertemu kepada Reuters.",  # no speech verb in that sentence
        "Warga Gaza (Palestina) mengungsi ke selatan.",  # brackets that are not a source note
    ],
)
def test_citations_ignore_non_citations(nlp, text):
    assert _citations(nlp, text) == []


def test_citations_offsets_index_the_text(nlp):
    text = "Israel melancarkan serangan. Demikian dilansir Reuters."
    doc = nlp(text)
    (span,) = doc.spans[CITATIONS]
    assert text[span.start_char : span.end_char] == "dilansir Reuters"


def test_citations_seed_articles(seed_texts):
    from warta.pipeline import analyse

    outlets = {name: [c.outlet for c in analyse(text).citations] for name, text in seed_texts.items()}
    assert outlets["000_d4e55c0a01c86915.txt"] == ["CNN", "Reuters"]
    assert outlets["001_1225c2ce38b9f20c.txt"] == ["Al Arabiya", "detikcom"]
    assert outlets["004_4c1068ddc5d6000b.txt"] == ["AP News"]
