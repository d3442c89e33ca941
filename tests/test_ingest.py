"""Tests for the readers (warta.ingest.read, warta.ingest.html): formats, folders, stdin, and bad input."""

from __future__ import annotations

import io
import shutil

import pytest
from conftest import FIXTURES

from warta.ingest import InputError, RawDoc
from warta.ingest import read as reader
from warta.ingest.html import NoArticle, html_to_text
from warta.ingest.read import decode, read_inputs, read_stream


def _read(*paths):
    return list(read_inputs([str(p) for p in paths]))


def _errors(results):
    return [r for r in results if isinstance(r, InputError)]


# ---------------------------------------- formats


def test_ingest_txt_gives_text_path_and_format():
    (doc,) = _read(FIXTURES / "ingest_cp1252.txt")
    assert isinstance(doc, RawDoc)
    assert doc.format == "txt" and doc.path.endswith("ingest_cp1252.txt") and doc.html is None


def test_ingest_txt_cp1252_bytes_are_decoded():
    (doc,) = _read(FIXTURES / "ingest_cp1252.txt")
    assert "\u201cKami ingin memastikan" in doc.text and "ujarnya \u2013 di Jakarta" in doc.text


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("“Kami” – Gaza".encode(), "“Kami” – Gaza"),
        ("\ufeffJakarta".encode(), "Jakarta"),  # a UTF-8 byte-order mark is dropped
        ("“Kami” – Gaza".encode("cp1252"), "“Kami” – Gaza"),
        ("Gaza selatan".encode("utf-16"), "Gaza selatan"),
    ],
)
def test_ingest_decode_tries_utf8_then_cp1252(data, text):
    assert decode(data) == text


def test_ingest_html_goes_in_html_field():
    (doc,) = _read(FIXTURES / "ingest_article.html")
    assert doc.format == "html" and doc.text is None and "<article>" in doc.html


def test_ingest_html_to_text_finds_article_and_metadata():
    extracted = html_to_text((FIXTURES / "ingest_article.html").read_text(encoding="utf-8"))
    assert "Pasukan Israel kembali menggempur Jalur Gaza" in extracted.text
    assert "Beranda" not in extracted.text
    assert extracted.title == "Israel Kembali Gempur Gaza"


@pytest.mark.parametrize("page", ["ingest_noarticle.html", None])
def test_ingest_html_without_article_raises(page):
    html = (FIXTURES / page).read_text(encoding="utf-8") if page else "plain words, no tags at all"
    with pytest.raises(NoArticle):
        html_to_text(html)


def test_ingest_jsonl_records_and_bad_lines():
    results = _read(FIXTURES / "ingest_records.jsonl")
    docs = [r for r in results if isinstance(r, RawDoc)]
    errors = {e.source.rsplit("/", 1)[-1]: e.reason for e in _errors(results)}
    assert [d.id for d in docs] == ["a-1", "3", "ingest_records.jsonl:5"]
    assert [d.line for d in docs] == [1, 3, 5]
    assert set(errors) == {"ingest_records.jsonl:2", "ingest_records.jsonl:4"}
    assert errors["ingest_records.jsonl:2"].startswith("invalid JSON")
    assert "text" in errors["ingest_records.jsonl:4"]
    first = docs[0]
    assert (first.title, first.url, first.published, first.outlet, first.format) == (
        "Israel Kembali Gempur Gaza",
        "https://contoh.id/a-1",
        "2023-11-21",
        "Kompas.com",
        "jsonl",
    )
    assert docs[2].html is not None and docs[2].text is None


def test_ingest_folder_is_recursive_sorted_and_skips_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Artikel kedua.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("Artikel pertama.", encoding="utf-8")
    (tmp_path / "README.md").write_text("bukan artikel", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("tersembunyi", encoding="utf-8")
    results = _read(tmp_path)
    assert [r.text for r in results] == ["Artikel pertama.", "Artikel kedua."]


@pytest.mark.parametrize(
    ("data", "format", "field"),
    [
        (b'{"id": "x", "text": "Teks satu."}\n{"id": "y", "text": "Teks dua."}\n', "jsonl", "text"),
        (b"Pasukan Israel kembali menggempur Gaza.\n", "txt", "text"),
        (b"<!DOCTYPE html><html><body><p>Isi</p></body></html>", "html", "html"),
        (b"{bukan json} tetapi teks biasa", "txt", "text"),
    ],
)
def test_ingest_stdin_is_sniffed(data, format, field):
    results = list(read_stream(io.BytesIO(data), "<stdin>"))
    assert results and all(r.format == format and getattr(r, field) for r in results)


# ---------------------------------------- bad input


def test_ingest_empty_file(tmp_path):
    (tmp_path / "kosong.txt").write_bytes(b"")
    (tmp_path / "spasi.txt").write_bytes(b"  \n\n ")
    errors = _errors(_read(tmp_path / "kosong.txt", tmp_path / "spasi.txt"))
    assert [e.reason for e in errors] == ["empty file", "empty file (only whitespace)"]


def test_ingest_binary_file(tmp_path):
    path = tmp_path / "gambar.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (error,) = _read(path)
    assert isinstance(error, InputError) and "binary" in error.reason and error.source == str(path)


def test_ingest_file_over_the_size_limit(tmp_path):
    path = tmp_path / "besar.txt"
    with path.open("wb") as fh:  # a sparse 100 MB file: no disk is written
        fh.truncate(100 * 1024 * 1024)
    (error,) = _read(path)
    assert "too large" in error.reason and "100.0 MB" in error.reason


def test_ingest_jsonl_record_over_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_DOCUMENT_BYTES", 100)
    path = tmp_path / "besar.jsonl"
    path.write_text('{"text": "' + "a" * 500 + '"}\n{"text": "Teks pendek."}\n', encoding="utf-8")
    error, doc = _read(path)
    assert error.source.endswith("besar.jsonl:1") and "too large" in error.reason
    assert doc.text == "Teks pendek." and doc.line == 2


def test_ingest_unknown_extension_and_missing_file(tmp_path):
    (tmp_path / "laporan.pdf").write_bytes(b"%PDF-1.4")
    errors = _errors(_read(tmp_path / "laporan.pdf", tmp_path / "tidak-ada.txt"))
    assert "unsupported file type '.pdf'" in errors[0].reason and ".jsonl" in errors[0].reason
    assert errors[1].reason == "no such file or directory"


def test_ingest_bad_inputs_do_not_stop_the_others(tmp_path):
    shutil.copy(FIXTURES / "ingest_cp1252.txt", tmp_path / "baik.txt")
    (tmp_path / "kosong.txt").write_bytes(b"")
    results = _read(tmp_path / "kosong.txt", tmp_path / "x.doc", tmp_path / "baik.txt")
    assert [type(r).__name__ for r in results] == ["InputError", "InputError", "RawDoc"]


def test_ingest_html_declared_charset_is_used():
    page = '<html><head><meta charset="iso-8859-15"></head><body><p>Harga naik 5 €.</p></body></html>'
    assert decode(page.encode("iso-8859-15"), html=True) == page
