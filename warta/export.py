"""Write Article records as JSONL, JSON, CSV, Parquet or an HTML report."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

from warta.model import Article

FORMATS = ("jsonl", "json", "csv", "parquet", "html")


def write_articles(articles: Iterable[Article], format: str, out: Path | None) -> None:
    """Write articles in `format` to the file `out`, or to stdout when `out` is None."""
    if format not in FORMATS:
        raise ValueError(f"Cannot write format {format!r}, must be one of: {', '.join(FORMATS)}")
    if format == "jsonl":
        text = "".join(a.to_json() + "\n" for a in articles)
    elif format == "json":
        text = json.dumps([a.as_dict() for a in articles], ensure_ascii=False, indent=2) + "\n"
    else:
        raise NotImplementedError(format)
    if out is None:
        sys.stdout.write(text)
    else:
        Path(out).write_text(text, encoding="utf-8")
