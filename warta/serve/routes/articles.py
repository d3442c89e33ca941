"""JSON API over the stored articles: list, one record, full-text search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from warta.serve.deps import StoreDep
from warta.serve.models import (
    ArticlePublic,
    ArticlesPublic,
    ArticleSummaryPublic,
    ErrorPublic,
    SearchHitPublic,
    SearchResultsPublic,
)

router = APIRouter(
    prefix="/api", tags=["articles"], responses={404: {"model": ErrorPublic}, 422: {"model": ErrorPublic}}
)

Limit = Annotated[int, Query(ge=1, le=500, description="Most items to return.")]


@router.get("/articles", response_model=ArticlesPublic)
def list_articles(
    store: StoreDep,
    limit: Limit = 50,
    offset: Annotated[int, Query(ge=0, description="Items to skip.")] = 0,
    q: Annotated[str | None, Query(description="Only articles matching these words (all of them).")] = None,
) -> ArticlesPublic:
    """Article summaries, newest first, with the total count; `q` filters by full-text search."""
    try:
        rows, total = store.list_articles(limit=limit, offset=offset, q=q)
    except ValueError as err:
        raise HTTPException(400, str(err)) from err
    return ArticlesPublic(data=[ArticleSummaryPublic(**row) for row in rows], count=total)


@router.get("/articles/{id}", response_model=ArticlePublic)
def get_article(store: StoreDep, id: str) -> ArticlePublic:
    """The full record of one article."""
    article = store.get(id)
    if article is None:
        raise HTTPException(404, f"No article with id {id!r}")
    return ArticlePublic.from_article(article)


@router.get("/search", response_model=SearchResultsPublic)
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, description='Words that must all occur, e.g. "gencatan senjata".')],
    limit: Limit = 20,
) -> SearchResultsPublic:
    """Best full-text matches first, each with a snippet (matched terms between [ and ])."""
    try:
        hits = store.search(q, limit=limit)
    except ValueError as err:
        raise HTTPException(400, str(err)) from err
    return SearchResultsPublic(data=[SearchHitPublic(**hit) for hit in hits], count=len(hits))
