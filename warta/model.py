"""The Article record (schema "warta.article/1") and its parts, as frozen dataclasses with JSON in and out."""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, TypeVar

SCHEMA = "warta.article/1"

T = TypeVar("T")


class _Record:
    """Mixin: `as_dict()` gives plain JSON-ready data, `from_dict()` builds the dataclass back."""

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        return _build(cls, data)


@functools.cache
def _fields(cls: type) -> tuple[dict[str, Any], frozenset[str]]:
    """A dataclass's resolved type hints and field names (resolving hints is slow; records are read by the
    million)."""
    return typing.get_type_hints(cls), frozenset(f.name for f in dataclasses.fields(cls))


def _build(cls: Any, data: Any) -> Any:
    """Rebuild a (possibly nested, possibly optional) dataclass value from its dict form."""
    if data is None:
        return None
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(cls) if a is not type(None)]
        return _build(inner[0], data) if len(inner) == 1 else data
    if origin in (list, tuple):
        (item,) = typing.get_args(cls)[:1]
        return tuple(_build(item, x) for x in data)
    if dataclasses.is_dataclass(cls):
        hints, known = _fields(cls)
        unknown = set(data) - known
        if unknown:
            raise ValueError(
                f"Unknown field(s) for {cls.__name__}: {sorted(unknown)}; expected some of {sorted(known)}"
            )
        return cls(**{k: _build(hints[k], v) for k, v in data.items()})
    return data


@dataclass(frozen=True)
class Source(_Record):
    id: str | None = None  # the input's own id (JSONL "id", else the file name), to join results back
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    format: str | None = None


@dataclass(frozen=True)
class Published(_Record):
    value: str | None
    basis: str  # metadata | dateline | inferred
    evidence: str | None = None


@dataclass(frozen=True)
class Removed(_Record):
    text: str
    reason: str


@dataclass(frozen=True)
class Entity(_Record):
    text: str
    start: int
    end: int
    label: str  # PER | ORG | LOC | EVENT
    canonical: str | None = None
    role: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True)
class Speaker(_Record):
    text: str | None
    canonical: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Quote(_Record):
    text: str
    start: int
    end: int
    kind: str  # direct | indirect | mixed
    cue: str | None = None
    speaker: Speaker | None = None
    via: str | None = None


@dataclass(frozen=True)
class Count(_Record):
    text: str
    start: int
    end: int
    value: float | None
    value_max: float | None = None
    approx: str = "exact"  # exact | about | at_least | more_than | less_than | up_to | range | vague
    unit: str | None = None
    category: str = "other"  # killed | injured | missing | displaced | detained | money | other
    subject: str | None = None
    reported_by: str | None = None
    as_of: str | None = None
    part_of: int | None = None  # index in `counts` of the total this figure is a part of


@dataclass(frozen=True)
class Time(_Record):
    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str


@dataclass(frozen=True)
class Citation(_Record):
    text: str
    start: int
    end: int
    outlet: str


@dataclass(frozen=True)
class Article(_Record):
    id: str
    text: str
    source: Source = field(default_factory=Source)
    title: str | None = None
    published: Published | None = None
    dateline: str | None = None
    language: str = "id"
    removed: tuple[Removed, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    counts: tuple[Count, ...] = ()
    times: tuple[Time, ...] = ()
    citations: tuple[Citation, ...] = ()
    events: tuple[dict[str, Any], ...] = ()
    warnings: tuple[str, ...] = ()
    schema: str = SCHEMA

    def as_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        # Lists, not tuples, so that the dict equals its own JSON round trip.
        return json.loads(json.dumps(data, ensure_ascii=False))

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        if data.get("schema", SCHEMA) != SCHEMA:
            raise ValueError(f"Cannot read record with schema {data.get('schema')!r}, must be {SCHEMA!r}")
        return _build(cls, data)

    @classmethod
    def from_json(cls, line: str) -> Article:
        return cls.from_dict(json.loads(line))
