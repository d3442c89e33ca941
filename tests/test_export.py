"""Tests for warta.export: JSONL, JSON, CSV, Parquet and the self-contained HTML report."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from warta.export import CSV_COLUMNS, parquet_schema, read_parquet, write_articles
from warta.model import Article, Entity, Source

FIXTURE = Path(__file__).parent / "fixtures" / "store_articles.jsonl"


@pytest.fixture
def articles() -> list[Article]:
    return [Article.from_json(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


def test_export_unknown_format_names_the_valid_ones(tmp_path, articles):
    with pytest.raises(ValueError, match="must be one of: jsonl, json, csv, parquet, html"):
        write_articles(articles, "xlsx", tmp_path / "out.xlsx")


@pytest.mark.parametrize("format", ["jsonl", "json"])
def test_export_json_formats_round_trip(tmp_path, articles, format):
    out = tmp_path / f"out.{format}"
    write_articles(iter(articles), format, out)
    text = out.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()] if format == "jsonl" else json.loads(text)
    assert [Article.from_dict(row) for row in rows] == articles
    assert "13.300" in text and "\\u" not in text  # Indonesian text stays readable, not \u-escaped


def test_export_jsonl_to_stdout(capsys, articles):
    write_articles(articles[:1], "jsonl", None)
    assert Article.from_json(capsys.readouterr().out) == articles[0]


def test_export_csv_one_row_per_article_with_counts(tmp_path, articles):
    out = tmp_path / "out.csv"
    write_articles(articles, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert len(rows) == 3
    first = rows[0]
    assert (
        first["id"] == articles[0].id
        and first["source_id"] == "store-001"
        and first["outlet"] == "Kompas.com"
    )
    assert first["published"] == "2023-11-21" and first["published_basis"] == "dateline"
    assert first["text"] == articles[0].text  # multi-line text with quotes survives CSV quoting
    assert (
        first["n_entities"],
        first["n_quotes"],
        first["n_counts"],
        first["n_times"],
        first["n_citations"],
    ) == (
        "6",
        "2",
        "1",
        "3",
        "1",
    )
    assert rows[2]["title"] == "" and rows[2]["n_entities"] == "0"


def test_export_parquet_round_trip_with_nested_columns(tmp_path, articles):
    import pyarrow.parquet as pq

    out = tmp_path / "out.parquet"
    write_articles(articles, "parquet", out)
    assert read_parquet(out) == articles
    table = pq.read_table(out)
    assert table.num_rows == 3
    assert table.schema.equals(parquet_schema())
    assert table.schema.metadata[b"warta.schema"] == b"warta.article/1"
    counts = table.column("counts").to_pylist()
    assert counts[0][0]["value"] == 13300 and counts[0][0]["category"] == "killed"


def test_export_parquet_many_row_groups(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    monkeypatch.setattr("warta.export.PARQUET_BATCH", 2)
    many = [Article(id=f"a{i}", text=f"Berita {i}.", source=Source(id=f"{i}.txt")) for i in range(5)]
    write_articles(many, "parquet", tmp_path / "m.parquet")
    assert pq.ParquetFile(tmp_path / "m.parquet").num_row_groups == 3
    assert read_parquet(tmp_path / "m.parquet") == many


def test_export_parquet_empty(tmp_path):
    write_articles([], "parquet", tmp_path / "e.parquet")
    assert read_parquet(tmp_path / "e.parquet") == []


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_export_html_report_is_self_contained(tmp_path, articles):
    out = tmp_path / "report.html"
    write_articles(articles, "html", out)
    page = out.read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(page)
    tags = [t for t, _ in parser.tags]
    assert "style" in tags and "link" not in tags and "script" not in tags
    assert "http" not in "".join(str(a.get("src", "")) for _, a in parser.tags)
    assert ".hl-citation" in page  # the CSS is inlined, not linked
    kinds = {a["data-kind"] for t, a in parser.tags if t == "mark" and "data-kind" in a}
    assert kinds == {"entity", "quote", "count", "time", "citation"}
    assert tags.count("article") == 3 and tags.count("details") == 3
    assert "BACA JUGA: Israel dan Hamas sepakat jeda" in page


def test_export_html_report_escapes_text(tmp_path):
    text = 'Pelaku menulis <script>alert("x")</script> di dinding.'
    start = text.index("<script>")
    evil = Article(
        id="x1",
        text=text,
        title="<img src=x onerror=alert(1)>",
        entities=(Entity("<script>", start, start + 8, "ORG", canonical='"><b>'),),
    )
    write_articles([evil], "html", tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "<img src=x" not in page and '"><b>' not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page


@pytest.mark.parametrize("format", ["jsonl", "csv", "parquet", "html"])
def test_export_cli_from_store(tmp_path, articles, format):
    from typer.testing import CliRunner

    from warta.cli import app
    from warta.corpus.store import Store

    with Store(tmp_path / "w.db") as store:
        store.add_many(articles)
    out = tmp_path / f"out.{format}"
    result = CliRunner().invoke(
        app, ["export", "--db", str(tmp_path / "w.db"), "--format", format, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    if format == "jsonl":
        assert [Article.from_json(line) for line in out.read_text(encoding="utf-8").splitlines()] == articles
    elif format == "parquet":
        assert read_parquet(out) == articles
    else:
        assert articles[1].title in out.read_text(encoding="utf-8")
