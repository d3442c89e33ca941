"""Tests for the warta_quotes component: each pattern family, speakers from hand-made entity spans, `via`."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from warta.extensions import CITATIONS, ENTITIES, QUOTES
from warta.extract.sentences import add_tokenizer_exceptions
from warta.model import Speaker


@pytest.fixture(scope="module")
def qnlp():
    """Sentences and quotes only: entity spans are set by hand so that no test depends on the NER model."""
    nlp = spacy.blank("id")
    add_tokenizer_exceptions(nlp)
    nlp.add_pipe("warta_sentences")
    nlp.add_pipe("warta_quotes")
    return nlp


def _doc(qnlp, text: str, people: dict[str, tuple[str, str | None]] | None = None, outlets=()) -> Doc:
    """Run the quote finder on `text` with PER spans for each name in `people` (name -> (canonical, role))."""
    doc = qnlp.make_doc(text)
    doc = qnlp.get_pipe("warta_sentences")(doc)
    spans = []
    for name, (canonical, role) in (people or {}).items():
        start = 0
        while (at := text.find(name, start)) != -1:
            span = doc.char_span(at, at + len(name), label="PER")
            span._.canonical, span._.role = canonical, role
            spans.append(span)
            start = at + len(name)
    doc.spans[ENTITIES] = spans
    citations = []
    for cue, outlet in outlets:
        at = text.find(cue)
        span = doc.char_span(at, at + len(cue))
        span._.outlet = outlet
        citations.append(span)
    doc.spans[CITATIONS] = citations
    return qnlp.get_pipe("warta_quotes")(doc)


def _quotes(doc: Doc) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker canonical or written phrase) per quote."""
    out = []
    for span in doc.spans[QUOTES]:
        spk: Speaker | None = span._.speaker
        out.append((span._.quote_kind, span.text, (spk.canonical or spk.text) if spk else None))
    return out


HAIM = {"Haim Malka": ("Haim Malka", "peneliti senior")}
BLINKEN = {"Antony Blinken": ("Antony Blinken", "Menteri Luar Negeri"), "Blinken": ("Antony Blinken", None)}


@pytest.mark.parametrize(
    ("text", "people", "expected"),
    [
        (  # curly marks, cue and speaker after
            "“Korban warga sipil bisa menyebabkan erosi dukungan,” kata Haim Malka.",
            HAIM,
            [("direct", "Korban warga sipil bisa menyebabkan erosi dukungan", "Haim Malka")],
        ),
        (  # straight marks, "ujarnya" with the pronoun suffix resolved to the subject before
            'Haim Malka tiba di Jakarta. "Kami siap membantu warga," ujarnya.',
            HAIM,
            [("direct", "Kami siap membantu warga", "Haim Malka")],
        ),
        (  # guillemets, cue before the quote
            "Haim Malka mengatakan: «Perang ini harus segera diakhiri».",
            HAIM,
            [("direct", "Perang ini harus segera diakhiri", "Haim Malka")],
        ),
        (  # single marks with a cue hold a whole quote
            "‘Kami tidak akan mundur,’ kata Haim Malka.",
            HAIM,
            [("direct", "Kami tidak akan mundur", "Haim Malka")],
        ),
        (  # unbalanced: opened and never closed, ends with its paragraph
            "Haim Malka mengatakan: “Kami menolak rencana itu sepenuhnya.\n\nRapat ditunda hingga Senin.",
            HAIM,
            [("direct", "Kami menolak rencana itu sepenuhnya.", "Haim Malka")],
        ),
    ],
)
def test_quotes_direct_marks(qnlp, text, people, expected):
    assert _quotes(_doc(qnlp, text, people)) == expected


def test_quotes_direct_spans_paragraphs(qnlp):
    text = (
        "Haim Malka berkata: “UEFA ingin turnamen ini menjadi pesta bersama.\n\n"
        "“Adakah hal yang lebih baik dari itu?”\n\nPertandingan dimulai pukul 20.00."
    )
    (quote,) = _quotes(_doc(qnlp, text, HAIM))
    assert quote[0] == "direct" and quote[2] == "Haim Malka"
    assert "pesta bersama" in quote[1] and "Adakah hal yang lebih baik" in quote[1]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Antony Blinken mengatakan, Israel harus melindungi warga sipil.",
            "Israel harus melindungi warga sipil",
            "mengatakan",
        ),
        (
            "Antony Blinken menyatakan bahwa Israel harus melindungi warga sipil.",
            "Israel harus melindungi warga sipil",
            "menyatakan",
        ),
        (
            "Blinken menegaskan komitmen AS untuk membela Israel.",
            "komitmen AS untuk membela Israel",
            "menegaskan",
        ),
        ("Blinken menambahkan pesan itu tidak akan berubah.", "pesan itu tidak akan berubah", "menambahkan"),
        (
            "Blinken menuturkan bahwa perundingan akan dilanjutkan.",
            "perundingan akan dilanjutkan",
            "menuturkan",
        ),
        (
            "Blinken mengatakan kepada wartawan di Kamboja bahwa Clinton akan berangkat hari Selasa.",
            "Clinton akan berangkat hari Selasa",
            "mengatakan",
        ),
        (
            "Menurut Blinken, perundingan akan dilanjutkan pekan depan.",
            "perundingan akan dilanjutkan pekan depan",
            "menurut",
        ),
        (
            "Perundingan akan dilanjutkan pekan depan, kata Blinken.",
            "Perundingan akan dilanjutkan pekan depan",
            "kata",
        ),
        (
            "Perundingan akan dilanjutkan pekan depan, ujar Blinken.",
            "Perundingan akan dilanjutkan pekan depan",
            "ujar",
        ),
        (
            "Gencatan senjata, kata Blinken, bukan satu-satunya jalan keluar.",
            "bukan satu-satunya jalan keluar",
            "kata",
        ),
        (
            "Kata Blinken, gencatan senjata bukan satu-satunya jalan keluar.",
            "gencatan senjata bukan satu-satunya jalan keluar",
            "Kata",
        ),
    ],
)
def test_quotes_indirect_cues(qnlp, text, content, cue):
    doc = _doc(qnlp, text, BLINKEN)
    assert _quotes(doc) == [("indirect", content, "Antony Blinken")]
    assert doc.spans[QUOTES][0]._.cue == cue


@pytest.mark.parametrize("verb", ["ungkap", "tutur", "ucap", "jelas", "imbuh", "terang", "tulis", "klaim"])
def test_quotes_post_cue_verbs(qnlp, verb):
    text = f"“Kami akan terus berjuang,” {verb} Haim Malka."
    assert _quotes(_doc(qnlp, text, HAIM)) == [("direct", "Kami akan terus berjuang", "Haim Malka")]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Blinken menyatakan bahwa 'lebih banyak hal' perlu dilakukan untuk warga sipil.",
            "'lebih banyak hal'",
        ),
        (
            "Blinken juga mengkritik Israel soal 'terlalu banyak warga Palestina' yang tewas.",
            "'terlalu banyak warga Palestina'",
        ),
    ],
)
def test_quotes_mixed(qnlp, text, fragment):
    ((kind, content, speaker),) = _quotes(_doc(qnlp, text, BLINKEN))
    assert (kind, speaker) == ("mixed", "Antony Blinken")
    assert fragment in content


def test_quotes_exclude_cue_and_speaker(qnlp):
    doc = _doc(qnlp, "“Kami siap,” kata Haim Malka, seperti dikutip CNN.", HAIM, [("dikutip CNN", "CNN")])
    (span,) = doc.spans[QUOTES]
    assert span.text == "Kami siap"
    assert "kata" not in span.text and "Malka" not in span.text
    assert span._.via == "CNN"


def test_quotes_via_detected_without_citation_span(qnlp):
    doc = _doc(qnlp, "“Kami siap,” kata Haim Malka seperti dilansir Reuters.", HAIM)
    assert doc.spans[QUOTES][0]._.via == "Reuters"


@pytest.mark.parametrize(
    ("text", "people", "speaker"),
    [
        (  # a surname resolved to the full name from the entity spans
            "Benjamin Netanyahu tiba di Washington. “Kami tidak akan berhenti,” kata Netanyahu.",
            {
                "Benjamin Netanyahu": ("Benjamin Netanyahu", "Perdana Menteri"),
                "Netanyahu": ("Netanyahu", None),
            },
            Speaker("Netanyahu", "Benjamin Netanyahu", "Perdana Menteri"),
        ),
        (  # no entity spans at all: the surname matches an earlier capitalised full name
            "Menteri Ben Rhodes tiba di Kamboja. Clinton akan ke Yerusalem pekan depan, kata Rhodes.",
            {},
            Speaker("Rhodes", "Ben Rhodes", "Menteri"),
        ),
        (  # the role is given in the speaker phrase; the name without an entity span
            "“Pembicaraan berlangsung rinci,” kata juru bicara Gedung Putih Karine Jean-Pierre.",
            {},
            Speaker(
                "juru bicara Gedung Putih Karine Jean-Pierre",
                "Karine Jean-Pierre",
                "juru bicara Gedung Putih",
            ),
        ),
        (  # an alias in brackets
            "Presiden Joko Widodo (Jokowi) tiba di Laos. “ASEAN harus bersatu,” ujar Jokowi.",
            {},
            Speaker("Jokowi", "Joko Widodo", "Presiden"),
        ),
        (  # an acronym is a body's whole name, not the surname of the capitalised run before it
            "Kantor berita Korea Utara KCNA melaporkan uji coba. “Program itu memasuki fase akhir,” tulis KCNA.",
            {},
            Speaker("KCNA", "KCNA", None),
        ),
    ],
)
def test_quotes_speaker_resolution(qnlp, text, people, speaker):
    doc = _doc(qnlp, text, people)
    assert doc.spans[QUOTES][-1]._.speaker == speaker


@pytest.mark.parametrize("pronoun", ["dia", "ia", "beliau"])
def test_quotes_pronoun_resolves_to_recent_speaker(qnlp, pronoun):
    text = (
        "Haim Malka tiba di Gaza pada Senin. Antony Blinken bertemu dengan para pemimpin Israel. "
        f"“Kami ingin perang ini segera berakhir,” kata {pronoun}."
    )
    people = {**HAIM, **BLINKEN}
    (quote,) = _quotes(_doc(qnlp, text, people))
    assert quote[2] == "Antony Blinken"


def test_quotes_pronoun_not_guessed_without_antecedent(qnlp):
    doc = _doc(qnlp, "“Kami ingin perang ini segera berakhir,” kata dia.")
    (span,) = doc.spans[QUOTES]
    assert span._.speaker == Speaker("dia", None, None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Seorang pejabat AS, yang enggan disebut namanya, menuturkan bahwa Blinken telah menyampaikan "
            "pandangannya.",
            "Seorang pejabat AS",
        ),
        ("Sejumlah sumber mengatakan, perundingan itu gagal total pekan lalu.", "Sejumlah sumber"),
        ("Perundingan itu gagal total pekan lalu, kata seorang diplomat Eropa.", "seorang diplomat Eropa"),
    ],
)
def test_quotes_unnamed_speaker_kept(qnlp, text, speaker):
    doc = _doc(qnlp, text, BLINKEN)
    (span,) = doc.spans[QUOTES]
    assert span._.speaker == Speaker(speaker, None, None)


def test_quotes_demikian_attributes_preceding_stretch(qnlp):
    text = (
        "Israel sadar akan potensi konsekuensi internasional dari invasi darat. "
        "Demikian kata para analis yang mengamati situasi itu."
    )
    (quote,) = _quotes(_doc(qnlp, text))
    assert quote == (
        "indirect",
        "Israel sadar akan potensi konsekuensi internasional dari invasi darat.",
        "para analis",
    )


def test_quotes_uncued_continuation_keeps_speaker(qnlp):
    text = "“Kami siap berunding,” kata Haim Malka.\n\n“Tetapi kami tidak akan menyerah begitu saja.”"
    quotes = _quotes(_doc(qnlp, text, HAIM))
    assert [q[2] for q in quotes] == ["Haim Malka", "Haim Malka"]


@pytest.mark.parametrize(
    "text",
    [
        "Sistem pertahanan “Iron Dome” mencegat roket itu.",  # a name in marks, no cue
        "Otoritas Turki sering menggunakan kata “ditaklukan” dalam pernyataan mereka.",  # a word in marks
        "Blinken mengucapkan terima kasih kepada Israel.",  # no reporting verb
        "Presiden itu telah mengungkapkan logo resmi turnamen.",  # a weak verb with an object, not speech
    ],
)
def test_quotes_not_speech(qnlp, text):
    assert _quotes(_doc(qnlp, text, BLINKEN)) == []


def test_quotes_in_pipeline_fill_article(seed_texts):
    import warta

    article = warta.analyse(seed_texts["000_d4e55c0a01c86915.txt"])
    malka = [q for q in article.quotes if "Korban warga Palestina" in q.text]
    assert malka and malka[0].speaker.canonical == "Haim Malka" and malka[0].via == "CNN"
