"""The temporal tagger: each expression family, normalised against an anchor date (issue 4)."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from warta.extract.sentences import add_tokenizer_exceptions
from warta.extract.times import find_times

# Wednesday 22 November 2023
ANCHOR = dt.date(2023, 11, 22)


@pytest.fixture(scope="module")
def tokenizer():
    nlp = spacy.blank("id")
    add_tokenizer_exceptions(nlp)
    return nlp


def tag(tokenizer, text: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, str, str]]:
    doc = tokenizer.make_doc(text)
    return [(doc[f.start : f.end].text, f.type, f.value) for f in find_times(doc, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seperti dilansir Al Arabiya, Selasa (21/11/2023), Israel menyerang.",
            ("Selasa (21/11/2023)", "DATE", "2023-11-21"),
        ),
        ("Pada Rabu (18/5) Presiden AS menelepon.", ("Rabu (18/5)", "DATE", "2023-05-18")),
        (
            "bertemu pada Kamis, 30 November 2023 di Tel Aviv",
            ("Kamis, 30 November 2023", "DATE", "2023-11-30"),
        ),
        ("kata Jero di Istana, Rabu ( 11/12/2013 ).", ("Rabu ( 11/12/2013 )", "DATE", "2013-12-11")),
        ("pembicaraan virtual pada Senin ketika AS mendorong", ("Senin", "DATE", "2023-11-20")),
        ("Senin lalu dia datang", ("Senin lalu", "DATE", "2023-11-20")),
        ("pertemuan akan digelar Sabtu di Doha", ("Sabtu", "DATE", "2023-11-25")),
        ("Presiden tiba Senin depan", ("Senin depan", "DATE", "2023-11-27")),
    ],
)
def test_times_weekday_dates(tokenizer, text, expected):
    assert tag(tokenizer, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ia tiba kemarin di Kairo.", ("kemarin", "DATE", "2023-11-21")),
        ("Mereka berangkat besok pagi-pagi.", ("besok", "DATE", "2023-11-23")),
        ("sampai hari ini belum ada", ("hari ini", "DATE", "2023-11-22")),
        ("serangan berkecamuk pada pekan lalu", ("pekan lalu", "DATE", "2023-W46")),
        ("baru terealisasi bulan depan", ("bulan depan", "DATE", "2023-12")),
        ("kuota tahun ini masih sisa", ("tahun ini", "DATE", "2023")),
        ("perang tahun 2008 di Gaza", ("tahun 2008", "DATE", "2008")),
        ("dilaksanakan pada bulan Maret lalu", ("bulan Maret lalu", "DATE", "2023-03")),
        ("target rampung awal Desember", ("awal Desember", "DATE", "2023-12")),
        ("sampai akhir tahun sebanyak 4 juta", ("akhir tahun", "DATE", "2023")),
        ("diterapkan pertengahan 2014 di semua provinsi", ("pertengahan 2014", "DATE", "2014")),
        ("hingga penghujung 2013 ini baru terpasang", ("penghujung 2013 ini", "DATE", "2013")),
        ("pada Juli lalu diikuti daerah lain", ("Juli lalu", "DATE", "2023-07")),
        ("diundur menjadi Oktober ini", ("Oktober ini", "DATE", "2023-10")),
        ("pada 1 Januari 2014 mendatang", ("1 Januari 2014 mendatang", "DATE", "2014-01-01")),
        ("musik tahun 40-an", ("tahun 40-an", "DATE", "194")),
        ("sejak 1990-an", ("1990-an", "DATE", "199")),
        ("pertumbuhan kuartal III-2013", ("kuartal III-2013", "DATE", "2013-Q3")),
    ],
)
def test_times_relative_and_calendar(tokenizer, text, expected):
    assert tag(tokenizer, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("serangan Hamas pada 7 Oktober lalu", ("7 Oktober lalu", "DATE", "2023-10-07")),
        ("sejak 7 Oktober pasukan Israel", ("7 Oktober", "DATE", "2023-10-07")),
        ("target 1 Juni 2014 seluruh Indonesia", ("1 Juni 2014", "DATE", "2014-06-01")),
        ("pada tanggal 17 Agustus 1945", ("tanggal 17 Agustus 1945", "DATE", "1945-08-17")),
    ],
)
def test_times_day_month(tokenizer, text, expected):
    assert tag(tokenizer, text) == [expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12 Jan. 2014", "2014-01-12"),
        ("3 Feb. 2012", "2012-02-03"),
        ("17 Agt. 2013", "2013-08-17"),
        ("17 Agu. 2013", "2013-08-17"),
        ("5 Nop. 2012", "2012-11-05"),
        ("3 Des. 2011", "2011-12-03"),
        ("9 Okt 2013", "2013-10-09"),
    ],
)
def test_times_month_abbreviations(tokenizer, text, value):
    assert tag(tokenizer, f"pada {text} di Jakarta") == [(text, "DATE", value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dalam 40 hari terakhir", ("40 hari terakhir", "DURATION", "P40D")),
        ("rapat selama dua setengah jam", ("dua setengah jam", "DURATION", "PT2H30M")),
        ("selama berminggu-minggu", ("berminggu-minggu", "DURATION", "PXW")),
        ("sosialisasi selama tiga bulan", ("tiga bulan", "DURATION", "P3M")),
        ("Sepuluh hari tidak mati", ("Sepuluh hari", "DURATION", "P10D")),
        ("mati selama 10 menit", ("10 menit", "DURATION", "PT10M")),
        ("molor dua puluh lima tahun", ("dua puluh lima tahun", "DURATION", "P25Y")),
        ("perundingan 2 jam 30 menit", ("2 jam 30 menit", "DURATION", "PT2H30M")),
        ("ditahan sebulan", ("sebulan", "DURATION", "P1M")),
    ],
)
def test_times_durations(tokenizer, text, expected):
    assert tag(tokenizer, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ia ditangkap Senin (20/11/2023). Tiga hari kemudian ia dibebaskan.",
            ("Tiga hari kemudian", "DATE", "2023-11-23"),
        ),
        (
            "Ia ditangkap Senin (20/11/2023). Sehari sebelumnya ia berpidato.",
            ("Sehari sebelumnya", "DATE", "2023-11-19"),
        ),
        ("Pada 2012 naik 9,7 persen dibanding setahun sebelumnya.", ("setahun sebelumnya", "DATE", "2011")),
        ("tiga tahun lalu", ("tiga tahun lalu", "DATE", "2020")),
    ],
)
def test_times_chains_use_the_previous_reference(tokenizer, text, expected):
    assert tag(tokenizer, text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dimulai pukul 08.30 WIB di Jakarta", ("pukul 08.30 WIB", "TIME", "2023-11-22T08:30")),
        ("Selasa (21/11/2023) pukul 14:00 WIB", ("pukul 14:00 WIB", "TIME", "2023-11-21T14:00")),
        ("tiba jam 9 malam", ("jam 9 malam", "TIME", "2023-11-22T21:00")),
        ("serangan Selasa petang", ("Selasa petang", "TIME", "2023-11-21TEV")),
        ("pada Rabu pagi WIB", ("Rabu pagi", "TIME", "2023-11-22TMO")),
        ("ledakan tadi malam", ("tadi malam", "TIME", "2023-11-21TNI")),
    ],
)
def test_times_clock_and_parts_of_day(tokenizer, text, expected):
    assert tag(tokenizer, text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saat ini sistem diuji coba", ("Saat ini", "DATE", "PRESENT_REF")),
        ("kini warga mengungsi", ("kini", "DATE", "PRESENT_REF")),
        ("Sekarang kenaikannya 4,7 persen", ("Sekarang", "DATE", "PRESENT_REF")),
        ("Ali beberapa waktu lalu menyebut", ("beberapa waktu lalu", "DATE", "PAST_REF")),
        ("keputusan dalam waktu dekat", ("dalam waktu dekat", "DATE", "FUTURE_REF")),
        ("setiap tahun ada 1,2 juta mobil", ("setiap tahun", "SET", "P1Y")),
        ("Setiap 5 menit pindah SPBU", ("Setiap 5 menit", "SET", "PT5M")),
        ("digelar tiap Jumat", ("tiap Jumat", "SET", "XXXX-WXX-5")),
    ],
)
def test_times_references_and_sets(tokenizer, text, expected):
    assert tag(tokenizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "sebanyak 1,3 juta orang mengungsi",
        "pesawat AirAsia QZ8501 hilang",
        "Persija menang dengan skor 2-1",
        "korban berusia 20 tahun",
        "sekitar 2000 orang berkumpul",
        "Permen ESDM No 1/2013 untuk mobil dinas",
        "SPBU di Jalan Raya Pasar Minggu",
        "mobil masuk minggu dan senin",
    ],
)
def test_times_not_dates(tokenizer, text):
    assert tag(tokenizer, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kemarin", "XXXX-XX-XX"),
        ("pekan lalu", "XXXX-WXX"),
        ("bulan depan", "XXXX-XX"),
        ("tahun lalu", "XXXX"),
        ("pada Senin", "XXXX-WXX-1"),
        ("sejak 7 Oktober", "XXXX-10-07"),
        ("Rabu (18/5)", "XXXX-05-18"),
    ],
)
def test_times_unknown_anchor_stays_unknown(tokenizer, text, value):
    assert tag(tokenizer, text, anchor=None)[-1][2] == value


def test_times_a_sum_before_hari_ini_is_not_a_duration(tokenizer):
    """Thousands with a dot are money or counts, never a number of days: only "hari ini" is a time here."""
    assert [text for text, *_ in tag(tokenizer, "Kurs ditutup di Rp 13.992 hari ini.")] == ["hari ini"]
