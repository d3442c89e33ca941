"""Pydantic response models: the HTTP shape of the record, apart from the dataclasses in warta.model."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from warta.model import Article


class SourcePublic(BaseModel):
    id: str | None = None
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    format: str | None = None


class PublishedPublic(BaseModel):
    value: str | None
    basis: str
    evidence: str | None = None


class RemovedPublic(BaseModel):
    text: str
    reason: str


class EntityPublic(BaseModel):
    text: str
    start: int
    end: int
    label: str
    canonical: str | None = None
    role: str | None = None
    affiliation: str | None = None


class SpeakerPublic(BaseModel):
    text: str | None
    canonical: str | None = None
    role: str | None = None


class QuotePublic(BaseModel):
    text: str
    start: int
    end: int
    kind: str
    cue: str | None = None
    speaker: SpeakerPublic | None = None
    via: str | None = None


class CountPublic(BaseModel):
    text: str
    start: int
    end: int
    value: float | None
    value_max: float | None = None
    approx: str = "exact"
    unit: str | None = None
    category: str = "other"
    subject: str | None = None
    reported_by: str | None = None
    as_of: str | None = None
    part_of: int | None = None


class TimePublic(BaseModel):
    text: str
    start: int
    end: int
    type: str
    value: str


class CitationPublic(BaseModel):
    text: str
    start: int
    end: int
    outlet: str


class ArticlePublic(BaseModel):
    """One full record (schema "warta.article/1")."""

    # "schema" would shadow BaseModel.schema(), so the attribute is schema_ and JSON calls it "schema".
    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True, serialize_by_alias=True)

    schema_: str = Field("warta.article/1", alias="schema")
    id: str
    text: str
    source: SourcePublic
    title: str | None = None
    published: PublishedPublic | None = None
    dateline: str | None = None
    language: str = "id"
    removed: list[RemovedPublic] = []
    entities: list[EntityPublic] = []
    quotes: list[QuotePublic] = []
    counts: list[CountPublic] = []
    times: list[TimePublic] = []
    citations: list[CitationPublic] = []
    events: list[dict[str, Any]] = []
    warnings: list[str] = []

    @classmethod
    def from_article(cls, article: Article) -> ArticlePublic:
        return cls.model_validate(article.as_dict())


class ArticleSummaryPublic(BaseModel):
    """One line of the article list."""

    id: str
    source_id: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    lead: str | None = None  # the first characters of the text
    snippet: str | None = None  # with `q`: matched terms between [ and ]


class ArticlesPublic(BaseModel):
    data: list[ArticleSummaryPublic]
    count: int  # all articles that match, not only this page


class SearchHitPublic(BaseModel):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    snippet: str | None = None  # matched terms between [ and ]


class SearchResultsPublic(BaseModel):
    data: list[SearchHitPublic]
    count: int


class ErrorPublic(BaseModel):
    """The one error shape of the whole API."""

    ok: bool = False
    error: str
    status: int
