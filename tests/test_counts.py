"""Tests for the warta_counts component: what counts, hedges, categories, parts, sources and dates."""

from __future__ import annotations

import pytest
import spacy

from warta.extensions import COUNTS
from warta.extract.sentences import add_tokenizer_exceptions
from warta.model import Published


@pytest.fixture(scope="module")
def cnlp():
    """Sentences, times, quotes and counts: no NER model, so the tests stay fast and independent of it."""
    nlp = spacy.blank("id")
    add_tokenizer_exceptions(nlp)
    for name in ("warta_sentences", "warta_times", "warta_quotes", "warta_counts"):
        nlp.add_pipe(name)
    return nlp


def _counts(cnlp, text: str, published: str | None = "2023-11-21") -> list:
    doc = cnlp.make_doc(text)
    doc._.warnings = []
    doc._.published = Published(published, "metadata") if published else None
    for _, proc in cnlp.pipeline:
        doc = proc(doc)
    return list(doc.spans[COUNTS])


def _one(cnlp, text: str, **kw):
    found = _counts(cnlp, text, **kw)
    assert len(found) == 1, [s.text for s in found]
    return found[0]


# ------------------------------------------------------------------ values and hedges


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("Serangan itu menewaskan sedikitnya 13.300 orang.", 13300, "at_least"),
        ("Setidaknya 20 orang tewas dalam kecelakaan itu.", 20, "at_least"),
        ("Banjir merendam minimal 300 rumah warga.", 300, "at_least"),
        ("Sekitar 1.300 orang tewas ketika itu.", 1300, "about"),
        ("Polisi menangkap kurang lebih 40 orang.", 40, "about"),
        ("Gempa merusak sekira 500 rumah.", 500, "about"),
        ("Pejuang tersebar di antara lebih dari 1,3 juta warga sipil.", 1_300_000, "more_than"),
        ("Kerusuhan itu menyebabkan hampir 2.200 orang terluka.", 2200, "less_than"),
        ("Kebakaran menghanguskan nyaris 80 kios.", 80, "less_than"),
        ("Jumlah korban bisa mencapai hingga 500 orang pengungsi.", 500, "up_to"),
        ("Pemerintah menyiapkan sampai 200 tenda darurat.", 200, "up_to"),
        ("Sebanyak 100 orang lebih mengungsi ke masjid.", 100, "more_than"),
        ("Penerbangan membawa 60 penumpang.", 60, "exact"),
        ("Tentara memperkirakan jumlah mereka tak lebih dari 300 orang.", 300, "up_to"),
    ],
)
def test_hedges(cnlp, text, value, approx):
    count = _one(cnlp, text)
    assert count._.value == pytest.approx(value)
    assert count._.approx == approx


@pytest.mark.parametrize(
    ("text", "value", "value_max"),
    [
        ("Sebanyak 100-200 orang mengungsi.", 100, 200),
        ("Antara 100 hingga 200 warga mengungsi.", 100, 200),
        ("Saat itu lima atau enam penyerang masuk.", 5, 6),
        ("Penerimaan sekitar 12,9 miliar dollar AS hingga 19,4 miliar dollar AS.", 12.9e9, 19.4e9),
        ("Kurs diperkirakan Rp 14.045-Rp 13.992 hari ini.", 13992, 14045),
    ],
)
def test_ranges(cnlp, text, value, value_max):
    count = _one(cnlp, text)
    assert count._.approx == "range"
    assert (count._.value, count._.value_max) == (pytest.approx(value), pytest.approx(value_max))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pengeboman memaksa ratusan ribu warga sipil mengungsi.", 100_000),
        ("Puluhan mahasiswa dikukuhkan sebagai relawan.", 10),
        ("Ribuan tentara dikerahkan ke perbatasan.", 1000),
    ],
)
def test_vague_counts(cnlp, text, value):
    count = _one(cnlp, text)
    assert count._.approx == "vague" and count._.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kapal itu membawa dua setengah ribu penumpang.", 2500),
        ("Sepuluh siswa hilang di gunung.", 10),
        ("Dua puluh lima rumah rusak.", 25),
    ],
)
def test_number_words(cnlp, text, value):
    assert _one(cnlp, text)._.value == value


# ------------------------------------------------------------------ categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Sudah 110 orang tewas.", "killed"),
        ("Sebanyak 12 warga meninggal dunia akibat banjir.", "killed"),
        ("Sebanyak 4 orang terbunuh dalam bentrokan.", "killed"),
        ("Bencana itu menelan 30 korban jiwa.", "killed"),
        ("Serangan roket telah menewaskan 3 orang.", "killed"),
        ("Sebanyak 2 prajurit gugur dalam tugas.", "killed"),
        ("Israel Tewaskan 36.096 Warga Palestina", "killed"),
        ("Sekitar 31.000 orang lainnya mengalami luka-luka.", "injured"),
        ("Ledakan itu membuat 68 orang terluka.", "injured"),
        ("Dua pemain cedera dalam laga itu.", "injured"),
        ("Sebanyak 7 nelayan hilang di laut.", "missing"),
        ("Sekitar 5.000 warga mengungsi ke pegunungan.", "displaced"),
        ("Kapal menyelamatkan 31 pengungsi Rohingya.", "displaced"),
        ("Gempa membuat 900 keluarga kehilangan tempat tinggal.", "displaced"),
        ("Sebanyak 25 orang ditahan polisi.", "detained"),
        ("Polisi menangkap 25 orang dalam razia itu.", "detained"),
        ("Turki menangkap lebih dari 1.000 pendukung Gulen.", "detained"),
        ("Hamas masih menahan 240 sandera.", "detained"),
        ("Ratusan kadet sempat disandera selama beberapa jam.", "detained"),
        ("Harga minyak turun ke 66,69 dollar AS per barel.", "money"),
        ("Aset itu bernilai Rp 25 miliar.", "money"),
        ("Perusahaan itu meraup USD 5 juta.", "money"),
        ("Nilai tukar rupiah berada di atas 14.000 per dolar AS.", "money"),
        ("Sebanyak 146 saham diperdagangkan menguat.", "other"),
        ("Turnamen akan digelar di 13 negara Eropa.", "other"),
        # what happened to them before what they were
        ("Dua pengungsi asal Irak ditahan di bandara.", "detained"),
        # a death sentence is no death
        ("Masih terdapat 19 WNI terancam hukuman mati di Arab Saudi.", "other"),
        ("Sebanyak 3 terdakwa divonis mati oleh pengadilan.", "other"),
        ("Informasi soal 300 TKI yang disekap ini datang dari KBRI.", "detained"),
        ("Ia mengingat penyanderaan 52 warga AS di Teheran.", "detained"),
        ("Serangan itu menyebabkan tewasnya dua polisi Israel.", "killed"),
        ("Konflik itu telah menelan delapan nyawa.", "killed"),
        ("Lima laki-laki lainnya mendekam di penjara.", "detained"),
        ("Holocaust adalah pembantaian enam juta orang Yahudi.", "killed"),
        ("Pemerintah telah mengevakuasi 8.000 warga dari perbatasan.", "displaced"),
        ("Puluhan orang lagi cidera akibat serangan itu.", "injured"),
    ],
)
def test_categories(cnlp, text, category):
    assert _one(cnlp, text)._.category == category


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Harga keekonomian menyentuh Rp 8.000 per liter.", 8000, "IDR"),
        ("Defisit mencapai 38,6 miliar dollar AS.", 38.6e9, "USD"),
        ("Anggaran belanja sebesar 860 miliar riyal.", 860e9, "SAR"),
        ("Pemerintah memberi hibah Rp 413 M ke luar negeri.", 413e9, "IDR"),
        ("Harga Brent turun 57 sen.", 57, "cent"),
        ("Bantuan sebesar Rp 1,24 triliun disalurkan.", 1.24e12, "IDR"),
    ],
)
def test_money_value_and_unit(cnlp, text, value, unit):
    count = _one(cnlp, text)
    assert count._.category == "money"
    assert count._.value == pytest.approx(value) and count._.unit == unit


def test_money_with_a_misspelt_scale(cnlp):
    assert _one(cnlp, "Nilai perdagangan mencapai US$5 trilun per tahun.")._.value == 5e12


def test_money_about_with_an_suffix(cnlp):
    count = _one(cnlp, "Minggu lalu harganya sudah Rp 8.000-an.")
    assert count._.approx == "about" and count._.value == 8000


def test_a_negated_cue_gives_no_category(cnlp):
    assert _one(cnlp, "Dia memastikan 3 relawan WNI tak ditangkap Israel.")._.category == "other"


def test_an_attempted_killing_is_not_a_killing(cnlp):
    assert _one(cnlp, "Ia didakwa atas percobaan pembunuhan terhadap lima orang lain.")._.category == "other"


def test_one_counts_only_with_a_cue(cnlp):
    count = _one(cnlp, "Seorang pilot terluka dalam kecelakaan itu.")
    assert (count._.value, count._.category) == (1, "injured")
    assert _counts(cnlp, "Pesawat itu membawa seorang pilot.") == []
    assert _counts(cnlp, "Nina memiliki sebuah condotel di Bandung.") == []
    count = _one(cnlp, "Penikaman itu menewaskan satu orang.")
    assert (count._.value, count._.category) == (1, "killed")


# ------------------------------------------------------------------ not counts


@pytest.mark.parametrize(
    "text",
    [
        "Serangan terjadi pada 7 Oktober 2023.",
        "Clinton berangkat hari Selasa (20/11).",
        "Ledakan terjadi pukul 22.00 WIB.",
        "Harga tercatat pukul 7:55 WIB.",
        "Pelaku berusia 26 tahun.",
        "Salah satu pelaku adalah bocah 12 tahun.",
        "Pria berinisial H (35) itu ditangkap.",
        "Harga minyak merosot 0,9 persen.",
        "OPEC menyuplai 40 persen kebutuhan dunia.",
        "Suku bunga naik 650 bps.",
        "Stok naik 2,6 juta barel.",
        "Polisi menyita setengah ton kokain.",
        "Lahan seluas 1.200 hektare.",
        "Pesawat QZ8501 hilang kontak.",
        "Ini KTT ASEAN - PBB ke - 8.",
        "Rekind berada di peringkat ke-204.",
        "Israel belajar dari perang tahun 2008.",
        "Pada 2014 kinerja membaik.",
        "Hubungi 0812-3456-7890 untuk informasi.",
        "Hal itu diatur dalam Pasal 5 undang-undang tersebut.",
        "Ia ditangkap Densus 88 Antiteror.",
        "Turnamen Euro 2020 mendatang.",
        "Sidang berlangsung dua bulan.",
        "Pejabat itu dua kali berkunjung.",
        "BlackBerry untung tiga kuartal berturut-turut.",
        "5 Fakta Baru Perang Gaza",
        "Salah satu korban adalah warga Turki.",
        "Kecepatan mobil mencapai 250 mil per jam.",
        "DPR mendukung solusi dua negara bagi Palestina.",
        "Dari jumlah itu, 49,7 persennya merupakan perempuan.",
        "India mengimpor 9 juta metrik ton minyak sawit.",
        # "ke-" numbers: ordinals after a noun, and the pairs of diplomacy ("both countries") are no counts
        "Pesawat kedua mendarat di Jakarta.",
        "Untuk kedua kalinya ia menang.",
        "Kedua negara sepakat mempercepat perundingan.",
        "Kedua belah pihak menahan diri.",
        "Ia hadir pada konferensi ke 11 sidang itu.",
    ],
)
def test_not_counts(cnlp, text):
    assert [s.text for s in _counts(cnlp, text)] == []


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Kedua pria itu ditangkap polisi.", 2, "detained"),
        ("Dakwaan menyebut ketigabelas warga Rusia itu.", 13, "other"),
        ("Kelima belas anggota Dewan Keamanan PBB setuju.", 15, "other"),
        ("Ketiga tentara AS itu tewas ditembak.", 3, "killed"),
    ],
)
def test_a_ke_number_before_people_counts_the_whole_group(cnlp, text, value, category):
    count = _one(cnlp, text)
    assert (count._.value, count._.category) == (value, category)


# ------------------------------------------------------------------ parts, subjects, sources, dates


def test_the_cue_after_an_aside_of_parts_reaches_the_total(cnlp):
    text = "Sebanyak 13 orang, termasuk lima anak-anak, dan tiga pekerja darurat, tewas dalam serangan udara."
    found = _counts(cnlp, text)
    assert [(s.text, s._.category) for s in found] == [
        ("13 orang", "killed"),
        ("lima anak-anak", "killed"),
        ("tiga pekerja", "killed"),
    ]


def test_part_of_the_total(cnlp):
    found = _counts(
        cnlp,
        "Serangan Israel telah menewaskan sedikitnya 13.300 orang, yang mencakup 5.600 anak dan "
        "3.550 perempuan.",
    )
    assert [s._.value for s in found] == [13300, 5600, 3550]
    assert [s._.part_of for s in found] == [None, 0, 0]
    assert [s._.category for s in found] == ["killed"] * 3
    assert [s._.subject for s in found] == ["orang", "anak", "perempuan"]


def test_part_without_a_noun(cnlp):
    found = _counts(cnlp, "Kontras mencatat tujuh orang meninggal dunia, dua di antaranya adalah anak-anak.")
    assert [(s._.value, s._.category, s._.part_of) for s in found] == [(7, "killed", None), (2, "killed", 0)]


def test_others_take_the_subject_before(cnlp):
    found = _counts(cnlp, "Sudah 110 orang tewas dan 860 lainnya terluka.")
    assert [(s.text, s._.category, s._.subject) for s in found] == [
        ("110 orang tewas", "killed", "orang"),
        ("860 lainnya terluka", "injured", "orang"),
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Rentetan serangan Israel, menurut otoritas kesehatan Gaza, telah menewaskan 13.300 orang.",
            "otoritas kesehatan Gaza",
        ),
        ("Media Israel menyebutkan serangan roket telah menewaskan 3 orang.", "Media Israel"),
        ("Sebanyak 59 orang tewas dalam serangan itu, kata Kementerian Kesehatan.", "Kementerian Kesehatan"),
    ],
)
def test_reported_by(cnlp, text, source):
    assert _one(cnlp, text)._.reported_by == source


def test_no_source_is_guessed(cnlp):
    assert _one(cnlp, "Sebanyak 59 orang tewas dalam serangan itu.")._.reported_by is None


def test_as_of_from_the_sentence_date(cnlp):
    count = _one(cnlp, "Hingga Senin (20/11/2023), sebanyak 110 orang tewas.")
    assert count._.as_of == "2023-11-20"


def test_as_of_falls_back_to_publication(cnlp):
    assert _one(cnlp, "Sebanyak 110 orang tewas.")._.as_of == "2023-11-21"
    assert _one(cnlp, "Sebanyak 110 orang tewas.", published=None)._.as_of is None


def test_as_of_follows_ketika_itu_back(cnlp):
    found = _counts(
        cnlp, "Israel belajar dari perang tahun 2008 di Gaza. Sekitar 1.300 orang tewas ketika itu."
    )
    assert [(s._.value, s._.as_of) for s in found] == [(1300, "2008")]


def test_headline_counts(cnlp):
    found = _counts(cnlp, "Israel Serang 300 Target Hizbullah, Tewaskan 100 Warga Lebanon dalam Satu Hari")
    assert [(s._.value, s._.category) for s in found] == [(300, "other"), (100, "killed")]


def test_spans_land_in_the_article(cnlp):
    import warta

    article = warta.analyse(
        "Serangan roket telah menewaskan 3 orang dan 68 lainnya terluka.", published="2023-11-21"
    )
    assert [(c.text, c.value, c.category, c.as_of) for c in article.counts] == [
        ("3 orang", 3, "killed", "2023-11-21"),
        ("68 lainnya terluka", 68, "injured", "2023-11-21"),
    ]
    for c in article.counts:
        assert article.text[c.start : c.end] == c.text


def test_rupiah_with_an_english_thousands_comma(cnlp):
    found = _counts(cnlp, "Tarif berubah dari Rp 9,000 menjadi Rp 9,500.")
    assert [s._.value for s in found] == [9000, 9500]
    assert _one(cnlp, "Penerimaan mencapai 28,332 miliar dollar AS.")._.value == pytest.approx(28.332e9)


# ------------------------------------------------------------------ the scorer


def test_score_counts_recall_value_category_precision():
    from warta.evaluate.counts import score_counts
    from warta.model import Article, Count

    text = "Sudah 110 orang  tewas dan 860 lainnya terluka. Sekitar 1.300 orang tewas. Ia berusia 12 tahun."
    at = text.index
    article = Article(
        id="x",
        text=text,
        counts=(
            Count("110 orang  tewas", at("110"), at("110") + 16, 110, category="killed"),
            Count("860 lainnya terluka", at("860"), at("860") + 19, 860, category="killed"),  # wrong category
            Count("12 tahun", at("12 tahun"), at("12 tahun") + 8, 12),  # not a count
        ),
    )
    gold = {
        "id": "x",
        "counts": [
            {"with": "110 orang tewas", "value": 110, "category": "killed", "approx": "exact"},
            {"with": "860 lainnya terluka", "value": 860, "category": "injured", "approx": "exact"},
            {"with": "Sekitar 1.300 orang tewas", "value": 1300, "category": "killed", "approx": "about"},
        ],
        "counts_without": ["berusia 12 tahun"],
    }
    scores = score_counts([gold], [article])
    assert (scores["gold"], scores["predicted"]) == (3, 3)
    assert scores["recall"] == round(2 / 3, 4)
    assert scores["recall_value_category"] == round(1 / 3, 4)
    assert scores["precision"] == round(2 / 3, 4)
    assert scores["without_violations"] == 1
    assert [m["why"] for m in scores["misses"]] == ["value or category", "not found"]


def test_score_counts_ranges_need_the_upper_bound():
    from warta.evaluate.counts import score_counts
    from warta.model import Article, Count

    text = "Harga 65-75 dollar AS per barel."
    article = Article(
        id="y", text=text, counts=(Count("65-75 dollar AS", 6, 21, 65, 70, "range", category="money"),)
    )
    gold = {
        "id": "y",
        "counts": [{"with": "65-75 dollar AS", "value": 65, "value_max": 75, "category": "money"}],
    }
    scores = score_counts([gold], [article])
    assert (scores["recall"], scores["recall_value_category"]) == (1.0, 0.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dalam kecelakaan itu 5 tewas dan 3 terluka.", [(5, "killed"), (3, "injured")]),
        ("Jumlah korban tewas mencapai 110.", [(110, "killed")]),
        ("Jumlah korban mencapai 110.", []),
    ],
)
def test_counts_without_a_noun_need_a_cue(cnlp, text, expected):
    assert [(s._.value, s._.category) for s in _counts(cnlp, text)] == expected


def test_part_after_dari_the_total(cnlp):
    found = _counts(cnlp, "Dari 80 sumur eksploitasi, 62 sumur merupakan sumur produksi.")
    assert [(s._.value, s._.part_of) for s in found] == [(80, None), (62, 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ratusan warga di empat kecamatan mengungsi.", [(100, "displaced"), (4, "other")]),
        ("Mereka ditangkap di tiga lokasi berbeda.", [(3, "other")]),
        ("Korban meninggal dunia 1. Pratu Marwan 2. Praka Edy", []),
        ("Pasokan habis di sebuah rumah sakit India, puluhan bayi meninggal dunia.", [(10, "killed")]),
    ],
)
def test_places_lists_and_things_are_no_casualties(cnlp, text, expected):
    assert [(s._.value, s._.category) for s in _counts(cnlp, text)] == expected
