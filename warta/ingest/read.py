"""Read inputs (files, folders, stdin) into RawDocs; a bad input becomes an InputError value, never a crash.

Formats by extension: `.txt` (text), `.html`/`.htm` (a web page), `.jsonl` (one article per line: `id`,
`title`, `text` or `html`, `url`, `published`, `outlet`). Folders are read recursively in sorted order; `-` is
stdin, sniffed as JSONL, HTML or text.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from warta.clean import canonical_outlet
from warta.ingest import InputError, RawDoc

__all__ = ["MAX_DOCUMENT_BYTES", "FORMATS", "read_inputs", "read_path", "read_stream", "decode"]

log = logging.getLogger(__name__)

# One article (a .txt or .html file, one JSONL record) is at most this big. News pages are well under 5 MB; a
# larger input is a mistake (a dump, a video) that would only fill memory. JSONL files themselves may be any
# size:
# they are read line by line and the limit applies to each record.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
JSONL_FIELDS = ("id", "title", "text", "html", "url", "published", "outlet")

# Bytes that never occur in text: a NUL, or many control characters, mean a binary file.
_BINARY_SAMPLE = 8192
_CONTROL = bytes(range(0, 32)).replace(b"\t", b"").replace(b"\n", b"").replace(b"\r", b"").replace(b"\f", b"")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_LOOKS_HTML = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|div|p|meta)\b",
    re.IGNORECASE | re.DOTALL,
)


def read_inputs(paths: Iterable[str]) -> Iterator[RawDoc | InputError]:
    """Every article in `paths` (files, folders, "-" for stdin), in order; unreadable ones as InputError."""
    for path in paths:
        if path == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>")
        elif os.path.isdir(path):
            for file in _walk(Path(path)):
                yield from read_path(str(file))
        else:
            yield from read_path(path)


def _walk(folder: Path) -> Iterator[Path]:
    """Files of known formats under `folder`, sorted; hidden files and other files (README.md) are skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in FORMATS:
                yield Path(root) / name
            else:
                log.debug("skipping %s: not one of %s", Path(root) / name, ", ".join(FORMATS))


def read_path(path: str) -> Iterator[RawDoc | InputError]:
    """The articles of one file, or one InputError naming it and why it cannot be read."""
    suffix = Path(path).suffix.lower()
    if not os.path.exists(path):
        yield InputError(path, "no such file or directory")
        return
    if suffix not in FORMATS:
        yield InputError(
            path, f"unsupported file type {suffix or '(none)'!r}; must be one of: {', '.join(FORMATS)}"
        )
        return
    try:
        size = os.path.getsize(path)
        if FORMATS[suffix] == "jsonl":
            with open(path, "rb") as fh:
                yield from _read_jsonl(fh, path)
            return
        if size > MAX_DOCUMENT_BYTES:
            yield InputError(
                path, f"file too large ({_mb(size)}; one article may be at most {_mb(MAX_DOCUMENT_BYTES)})"
            )
            return
        with open(path, "rb") as fh:
            data = fh.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as err:
        yield InputError(path, f"cannot read: {err.strerror or err}")
        return
    yield _document(data, path, FORMATS[suffix])


def read_stream(stream: BinaryIO, name: str) -> Iterator[RawDoc | InputError]:
    """Articles from a byte stream (stdin): JSONL when its first line is a JSON object, else HTML or text."""
    first = stream.readline(MAX_DOCUMENT_BYTES + 1)
    if first.lstrip().startswith(b"{") and len(first) <= MAX_DOCUMENT_BYTES:
        try:
            is_jsonl = isinstance(json.loads(first), dict)
        except ValueError:
            is_jsonl = False
        if is_jsonl:
            yield from _read_jsonl(stream, name, first=first)
            return
    data = first + stream.read(MAX_DOCUMENT_BYTES + 1 - len(first))
    yield _document(data, name, "html" if _LOOKS_HTML.match(data) else "txt")


def _bounded_lines(stream: BinaryIO, first: bytes | None = None) -> Iterator[bytes | None]:
    """The stream's lines, each read with a size limit; None stands for a line over the limit (skipped)."""
    line = first if first is not None else stream.readline(MAX_DOCUMENT_BYTES + 1)
    while line:
        if len(line) > MAX_DOCUMENT_BYTES:
            # read past the rest of the over-long line in bounded chunks, never holding it whole
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield None
        else:
            yield line
        line = stream.readline(MAX_DOCUMENT_BYTES + 1)


def _document(data: bytes, path: str, format: str) -> RawDoc | InputError:
    """One .txt or .html document from its bytes."""
    if len(data) > MAX_DOCUMENT_BYTES:
        return InputError(
            path, f"input too large (over {_mb(MAX_DOCUMENT_BYTES)}, the most one article may be)"
        )
    if not data.strip():
        return InputError(path, "empty file" if not data else "empty file (only whitespace)")
    if _is_binary(data):
        return InputError(path, "binary file, not text (expected UTF-8 or cp1252 text, HTML or JSONL)")
    text = decode(data, html=format == "html")
    if format == "html":
        return RawDoc(html=text, path=path, format="html")
    return RawDoc(text=text, path=path, format="txt")


def _read_jsonl(stream: BinaryIO, path: str, first: bytes | None = None) -> Iterator[RawDoc | InputError]:
    """One RawDoc per JSONL record; a bad line is an InputError naming `path:line`, the others go on."""
    seen = False
    for number, line in enumerate(_bounded_lines(stream, first), start=1):
        where = f"{path}:{number}"
        if line is None:
            seen = True
            yield InputError(
                where, f"record too large (over {_mb(MAX_DOCUMENT_BYTES)}, the most one article may be)"
            )
            continue
        if not line.strip():
            continue
        seen = True
        try:
            record = json.loads(decode(line))
        except ValueError as err:
            yield InputError(where, f"invalid JSON ({err})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, f"expected a JSON object with text or html, got {type(record).__name__}")
            continue
        yield _record(record, path, number)
    if not seen:
        yield InputError(path, "empty file (no JSONL records)")


def _record(record: dict, path: str, number: int) -> RawDoc | InputError:
    where = f"{path}:{number}"
    fields = {}
    for key in JSONL_FIELDS:
        value = record.get(key)
        if value is None:
            continue
        if key == "id" and isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            return InputError(where, f"field {key!r} must be a string, got {type(value).__name__}")
        fields[key] = value
    if not (fields.get("text") or "").strip() and not (fields.get("html") or "").strip():
        return InputError(where, "record has no article: needs a non-empty 'text' or 'html' field")
    if fields.get("text", "").strip():
        fields.pop("html", None)  # text wins: it is what the user already extracted
    else:
        fields.pop("text", None)
    if "outlet" in fields:
        # one spelling per outlet across a corpus ("cnn indonesia" → "CNN Indonesia"); unknown ones as given
        fields["outlet"] = canonical_outlet(fields["outlet"])
    # A record without its own id is still joinable: file name and line number name it.
    fields.setdefault("id", f"{Path(path).name}:{number}")
    return RawDoc(**fields, path=path, format="jsonl", line=number)


def _is_binary(data: bytes) -> bool:
    sample = data[:_BINARY_SAMPLE]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a byte-order mark: NULs are expected
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([c])) for c in _CONTROL)
    return controls > len(sample) * 0.05


def decode(data: bytes, *, html: bool = False) -> str:
    """Bytes to text: UTF-8 first, then the page's declared charset (HTML), then cp1252, then detection."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if html:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        # Older Indonesian portals (Kompas 2013-14 in IndoTimex) wrote Windows-1252: curly quotes are
        # 0x93/0x94.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("utf-8", errors="replace")


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"
