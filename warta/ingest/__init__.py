"""Readers: files, folders, stdin → RawDoc (text or html plus metadata), one reader per input format."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RawDoc:
    """One input article before cleaning. Exactly one of `text` and `html` is set."""

    text: str | None = None
    html: str | None = None
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    path: str | None = None
    format: str | None = None
    line: int | None = None  # the record's line in a JSONL file, so an error can name `path:line`

    @property
    def source(self) -> str:
        """How messages name this input: `path:line` for a JSONL record, else the path (or id)."""
        name = self.path or self.id or "input"
        return f"{name}:{self.line}" if self.line is not None else name


class InputError(Exception):
    """One input (or one record in it) that could not be read; `source` names it, the message says why."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
