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
