"""Tests for `warta analyze`: inputs of every kind, one-line errors naming the input, and the exit status."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import EXAMPLES, FIXTURES
from typer.testing import CliRunner

from warta.cli import app
from warta.ingest import read as reader

runner = CliRunner()


def _records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("warta: error:")]


def test_cli_analyze_examples_folder():
    result = runner.invoke(app, ["analyze", str(EXAMPLES)])
    assert result.exit_code == 0, result.stderr
    records = _records(result.stdout)
    ids = [r["source"]["id"] for r in records]
    assert "004_4c1068ddc5d6000b.txt" in ids and "indosum_yerusalem.html" in ids
    assert "1490925626-israel-sunat-sumbangan-ke-pbb" in ids  # a JSONL record keeps its own id
    genpi = next(r for r in records if r["source"]["id"] == "004_4c1068ddc5d6000b.txt")
    assert genpi["source"]["outlet"] == "GenPI.co"
    assert genpi["title"].startswith("Bahas Perang Hamas")
    assert "BACA JUGA" not in genpi["text"]
    assert {"related-link", "footer", "title", "dateline", "caption"} <= {
        r["reason"] for r in genpi["removed"]
    }
    assert [c["outlet"] for c in genpi["citations"]] == ["AP News"]


def test_cli_analyze_bad_inputs_each_one_error_line(tmp_path):
    shutil.copy(EXAMPLES / "000_d4e55c0a01c86915.txt", tmp_path / "baik.txt")
    (tmp_path / "kosong.txt").write_bytes(b"")
    (tmp_path / "biner.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "catatan.pdf").write_bytes(b"%PDF-1.4")
    shutil.copy(FIXTURES / "ingest_noarticle.html", tmp_path / "menu.html")
    shutil.copy(FIXTURES / "ingest_records.jsonl", tmp_path / "berita.jsonl")
    names = ["kosong.txt", "biner.txt", "catatan.pdf", "menu.html", "berita.jsonl", "baik.txt"]
    result = runner.invoke(app, ["analyze", *[str(tmp_path / n) for n in names]])
    assert result.exit_code == 1
    errors = _error_lines(result.stderr)
    assert len(errors) == 6
    for name in (
        "kosong.txt: empty file",
        "biner.txt: binary file",
        "catatan.pdf: unsupported file type",
        "menu.html: HTML holds no article text",
        "berita.jsonl:2: invalid JSON",
        "berita.jsonl:4: record",
    ):
        assert sum(name in line for line in errors) == 1, name
    # the good inputs still come out: three JSONL records and the text file
    assert [r["source"]["id"] for r in _records(result.stdout)] == ["a-1", "3", "berita.jsonl:5", "baik.txt"]


def test_cli_analyze_file_over_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_DOCUMENT_BYTES", 1000)
    (tmp_path / "besar.txt").write_text("Gaza. " * 1000, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "besar.txt")])
    assert result.exit_code == 1
    (error,) = _error_lines(result.stderr)
    assert "besar.txt: file too large" in error


@pytest.mark.parametrize(
    ("stdin", "source_id"),
    [
        ('{"id": "s-1", "text": "Israel kembali menggempur Gaza. Demikian dilansir Reuters."}\n', "s-1"),
        ("JAKARTA, KOMPAS.com - Israel kembali menggempur Gaza. Demikian dilansir Reuters.\n", "<stdin>"),
    ],
)
def test_cli_analyze_stdin(stdin, source_id):
    result = runner.invoke(app, ["analyze", "-"], input=stdin)
    assert result.exit_code == 0, result.stderr
    (record,) = _records(result.stdout)
    assert record["source"]["id"] == source_id
    assert record["text"].startswith("Israel kembali menggempur Gaza.")
    assert [c["outlet"] for c in record["citations"]] == ["Reuters"]


def test_cli_analyze_writes_output_file(tmp_path):
    out = tmp_path / "hasil.jsonl"
    result = runner.invoke(app, ["analyze", str(EXAMPLES / "002_0b5a0975d5446701.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    (record,) = _records(out.read_text(encoding="utf-8"))
    assert (
        record["dateline"] == "Harakatuna.com. Washington-" and record["source"]["outlet"] == "Harakatuna.com"
    )
    assert "0 input(s) failed" in result.stderr


def test_cli_analyze_jsonl_record_failure_names_its_line(tmp_path):
    path = tmp_path / "halaman.jsonl"
    menu = (FIXTURES / "ingest_noarticle.html").read_text(encoding="utf-8")
    path.write_text(
        json.dumps({"id": "ok", "text": "Israel kembali menggempur Gaza pada Selasa."})
        + "\n"
        + json.dumps({"id": "menu", "html": menu})
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["analyze", str(path)])
    assert result.exit_code == 1
    (error,) = _error_lines(result.stderr)
    assert f"{path}:2: HTML holds no article text" in error
    assert [r["source"]["id"] for r in _records(result.stdout)] == ["ok"]


@pytest.mark.slow  # starts worker processes that each load the models
def test_cli_analyze_workers_same_records_same_order(tmp_path):
    one = runner.invoke(app, ["analyze", str(EXAMPLES)])
    two = runner.invoke(app, ["analyze", str(EXAMPLES), "--workers", "2", "-o", str(tmp_path / "two.jsonl")])
    assert one.exit_code == 0 and two.exit_code == 0, two.stderr
    assert _records(one.stdout) == _records((tmp_path / "two.jsonl").read_text(encoding="utf-8"))


def test_cli_analyze_creates_the_output_folder(tmp_path):
    """The README's first command writes to out/ on a fresh clone, where out/ does not exist yet."""
    out = tmp_path / "out" / "sub" / "examples.jsonl"
    result = runner.invoke(app, ["analyze", str(EXAMPLES / "000_d4e55c0a01c86915.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert len(_records(out.read_text(encoding="utf-8"))) == 1
