"""Write Article records as JSONL, JSON, CSV, Parquet or an HTML report."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import json
import sys
import types
import typing
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Any

from warta.model import SCHEMA, Article

FORMATS = ("jsonl", "json", "csv", "parquet", "html")

# CSV: one row per article, its scalar fields, then how many items of each list field it holds. The lists
# themselves are left to JSONL/Parquet: a spreadsheet cell is no place for nested records.
LIST_FIELDS = ("removed", "entities", "quotes", "counts", "times", "citations", "events", "warnings")
CSV_COLUMNS = (
    "id",
    "source_id",
    "path",
    "url",
    "outlet",
    "format",
    "title",
    "published",
    "published_basis",
    "dateline",
    "language",
    "text",
    *(f"n_{name}" for name in LIST_FIELDS),
)

# Parquet rows written per row group, so a large export never holds the whole corpus in memory.
PARQUET_BATCH = 1000


def write_articles(articles: Iterable[Article], format: str, out: Path | None) -> None:
    """Write articles in `format` to the file `out`, or to stdout when `out` is None."""
    if format not in FORMATS:
        raise ValueError(f"Cannot write format {format!r}, must be one of: {', '.join(FORMATS)}")
    _make_parent(out)
    if format == "parquet":
        write_parquet(articles, out if out is not None else sys.stdout.buffer)
        return
    with _text_out(out) as fh:
        if format == "jsonl":
            for article in articles:
                fh.write(article.to_json() + "\n")
        elif format == "json":
            fh.write(json.dumps([a.as_dict() for a in articles], ensure_ascii=False, indent=2) + "\n")
        elif format == "csv":
            write_csv(articles, fh)
        else:
            fh.write(html_report(articles))


def _make_parent(out: Path | None) -> None:
    """Create the output file's folder ("-o out/report.html" on a fresh clone, where out/ does not exist)."""
    if out is not None:
        Path(out).parent.mkdir(parents=True, exist_ok=True)


@contextlib.contextmanager
def _text_out(out: Path | None) -> Iterator[IO[str]]:
    if out is None:
        yield sys.stdout
        return
    # newline="" so that the csv module's own \r\n row endings are not translated again.
    with open(out, "w", encoding="utf-8", newline="") as fh:
        yield fh


# --- CSV ----------------------------------------------------------------------------------------------
def csv_row(article: Article) -> dict[str, Any]:
    """The CSV row of one article (see CSV_COLUMNS)."""
    row: dict[str, Any] = {
        "id": article.id,
        "source_id": article.source.id,
        "path": article.source.path,
        "url": article.source.url,
        "outlet": article.source.outlet,
        "format": article.source.format,
        "title": article.title,
        "published": article.published.value if article.published else None,
        "published_basis": article.published.basis if article.published else None,
        "dateline": article.dateline,
        "language": article.language,
        "text": article.text,
    }
    row.update({f"n_{name}": len(getattr(article, name)) for name in LIST_FIELDS})
    return row


def write_csv(articles: Iterable[Article], fh: IO[str]) -> None:
    """Write a header and one row per article to an open text file."""
    writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for article in articles:
        writer.writerow(csv_row(article))


# --- Parquet ----------------------------------------------------------------------------------------------
# The record is written as nested Parquet types (structs and lists of structs) derived from the dataclasses in
# warta.model, so that DuckDB, Polars or pandas can query `counts[].value` directly and the file follows the
# model when it grows. The one free-form field, `events` (dicts of any shape), is a list of JSON strings.


def _arrow_type(hint: Any) -> Any:
    import pyarrow as pa

    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return _arrow_type(inner)
    if origin in (tuple, list):
        return pa.list_(_arrow_type(typing.get_args(hint)[0]))
    if origin is dict or hint is dict:
        return pa.string()
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return pa.struct([pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(hint)])
    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    if hint in simple:
        return simple[hint]
    raise TypeError(f"Cannot map {hint!r} to a Parquet type")


def parquet_schema() -> Any:
    """The pyarrow schema of an Article row, derived from the dataclasses."""
    import pyarrow as pa

    return pa.schema(list(_arrow_type(Article)))


def _parquet_row(article: Article) -> dict[str, Any]:
    row = article.as_dict()
    row["events"] = [json.dumps(e, ensure_ascii=False) for e in row["events"]]
    return row


def write_parquet(articles: Iterable[Article], out: Path | IO[bytes]) -> None:
    """Write articles to a Parquet file (nested columns, see above), a row group per PARQUET_BATCH."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema().with_metadata({"warta.schema": SCHEMA})
    iterator = iter(articles)
    with pq.ParquetWriter(out, schema) as writer:
        while True:
            batch = [_parquet_row(a) for a in islice(iterator, PARQUET_BATCH)]
            if not batch:
                break
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))


def read_parquet(path: Path) -> list[Article]:
    """Read articles back from a file written by `write_parquet`."""
    import pyarrow.parquet as pq

    articles = []
    for row in pq.read_table(path).to_pylist():
        row["events"] = [json.loads(e) for e in row["events"]]
        articles.append(Article.from_dict(row))
    return articles


# --- HTML report --------------------------------------------------------------------------------------
def html_report(articles: Iterable[Article]) -> str:
    """One self-contained HTML page (CSS inlined, no scripts): every article's text with highlighted spans."""
    from warta.serve.templating import environment, stylesheet

    template = environment().get_template("report.html")
    return template.render(articles=list(articles), css=stylesheet(), schema=SCHEMA)


# --- the cross-article tables: stories, entities, claims, copies, timeline ---------------------------------
# Rows come from warta.corpus.query (filled by `warta link`) and are written with fixed columns and types,
# so a CSV has its header and a Parquet file its schema even when a table is empty.
TABLES = ("articles", "stories", "entities", "claims", "copies", "timeline")
TABLE_FORMATS = ("jsonl", "json", "csv", "parquet")
_FIGURE = (
    ("story_id", "str"),
    ("quantity", "str"),
    ("category", "str"),
    ("subject", "str"),
    ("value", "float"),
    ("value_max", "float"),
    ("approx", "str"),
    ("reported_by", "str"),
    ("outlet", "str"),
    ("article_id", "str"),
    ("as_of", "str"),
    ("start", "int"),
    ("end", "int"),
    ("status", "str"),
)
TABLE_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "stories": (
        ("id", "str"),
        ("title", "str"),
        ("articles", "int"),
        ("first", "str"),
        ("last", "str"),
        ("outlets", "list"),
    ),
    "entities": (
        ("id", "str"),
        ("name", "str"),
        ("label", "str"),
        ("aliases", "list"),
        ("articles", "int"),
        ("mentions", "int"),
    ),
    "claims": _FIGURE,
    "copies": (("article_id", "str"), ("copy_of", "str"), ("similarity", "float")),
    "timeline": (
        ("story_id", "str"),
        ("date", "str"),
        ("kind", "str"),
        ("text", "str"),
        ("speaker", "str"),
        ("article_id", "str"),
        ("outlet", "str"),
        ("start", "int"),
        ("end", "int"),
    ),
}


def corpus_rows(store: Any, table: str) -> Iterator[dict[str, Any]]:
    """The rows of one cross-article table (see TABLE_COLUMNS), each with exactly that table's columns."""
    from warta.corpus import query

    if table not in TABLE_COLUMNS:
        raise ValueError(f"Cannot export table {table!r}, must be one of: {', '.join(TABLE_COLUMNS)}")
    columns = [name for name, _ in TABLE_COLUMNS[table]]
    if table == "stories":
        rows: Iterable[dict[str, Any]] = query.list_stories(store, limit=None)
    elif table == "entities":
        rows = query.list_entities(store, limit=None)
    elif table == "copies":
        rows = query.list_copies(store)
    elif table == "claims":
        rows = _claims_with_story(store, query)
    else:
        rows = (
            {"story_id": story["id"], **item}
            for summary in query.list_stories(store, limit=None)
            if (story := query.get_story(store, summary["id"])) is not None
            for item in story.get("timeline") or []
        )
    for row in rows:
        yield {name: row.get(name) for name in columns}


def _claims_with_story(store: Any, query: Any) -> Iterator[dict[str, Any]]:
    # A figure names its article; the story is looked up once per article.
    stories: dict[str, str | None] = {}
    for figure in query.list_claims(store):
        article_id = figure.get("article_id")
        if article_id not in stories:
            stories[article_id] = query.story_of(store, article_id) if article_id else None
        yield {**figure, "story_id": figure.get("story_id") or stories[article_id]}


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "; ".join("" if v is None else str(v) for v in value)
    return value


def table_schema(table: str) -> Any:
    """The pyarrow schema of a cross-article table."""
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "list": pa.list_(pa.string())}
    return pa.schema([pa.field(name, types[kind]) for name, kind in TABLE_COLUMNS[table]])


def write_table(rows: Iterable[dict[str, Any]], table: str, format: str, out: Path | None) -> int:
    """Write a cross-article table's rows in `format` to `out` (stdout when None); returns how many."""
    if table not in TABLE_COLUMNS:
        raise ValueError(f"Cannot export table {table!r}, must be one of: {', '.join(TABLE_COLUMNS)}")
    if format not in TABLE_FORMATS:
        raise ValueError(f"Cannot write {table} as {format!r}, must be one of: {', '.join(TABLE_FORMATS)}")
    columns = [name for name, _ in TABLE_COLUMNS[table]]
    written = 0
    _make_parent(out)
    if format == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = table_schema(table).with_metadata({"warta.table": table})
        iterator = iter(rows)
        with pq.ParquetWriter(out if out is not None else sys.stdout.buffer, schema) as writer:
            while batch := list(islice(iterator, PARQUET_BATCH)):
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                written += len(batch)
        return written
    with _text_out(out) as fh:
        if format == "json":
            items = list(rows)
            fh.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
            return len(items)
        writer_csv = csv.DictWriter(fh, fieldnames=columns) if format == "csv" else None
        if writer_csv is not None:
            writer_csv.writeheader()
        for row in rows:
            if writer_csv is not None:
                writer_csv.writerow({k: _csv_cell(v) for k, v in row.items()})
            else:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            written += 1
    return written
