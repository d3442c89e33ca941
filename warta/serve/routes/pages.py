"""HTML pages: the article list with search, and one article with its spans highlighted."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from markupsafe import Markup, escape

from warta.serve.deps import StoreDep

router = APIRouter(tags=["pages"], include_in_schema=False)

PAGE_SIZE = 50
# Control characters cannot occur in cleaned text, so they mark matches safely until the snippet is escaped.
_START, _END = "\x02", "\x03"


def _snippet(snippet: str | None) -> Markup | None:
    if snippet is None:
        return None
    return Markup(str(escape(snippet)).replace(_START, "<mark>").replace(_END, "</mark>"))


def _page_url(q: str | None, offset: int) -> str:
    params = {k: v for k, v in (("q", q), ("offset", offset)) if v}
    return "/" + (f"?{urlencode(params)}" if params else "")


@router.get("/", response_class=HTMLResponse)
def list_page(
    request: Request,
    store: StoreDep,
    q: Annotated[str | None, Query()] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
):
    """The list of articles (outlet, date, title), newest first, or those matching `q`."""
    q = (q or "").strip() or None
    error = None
    try:
        rows, total = store.list_articles(limit=PAGE_SIZE, offset=offset, q=q, markers=(_START, _END))
    except ValueError as err:
        rows, total, error = [], 0, str(err)
    for row in rows:
        row["snippet"] = _snippet(row.get("snippet"))
    context = {
        "q": q,
        "rows": rows,
        "total": total,
        "offset": offset,
        "error": error,
        "prev_url": _page_url(q, max(offset - PAGE_SIZE, 0)) if offset > 0 else None,
        "next_url": _page_url(q, offset + PAGE_SIZE) if offset + PAGE_SIZE < total else None,
    }
    return request.app.state.templates.TemplateResponse(request, "list.html", context)


@router.get("/articles")
def articles_redirect() -> RedirectResponse:
    """/articles is where people look for the list, which lives at /."""
    return RedirectResponse("/", status_code=308)


@router.get("/articles/{id}", response_class=HTMLResponse)
def article_page(request: Request, store: StoreDep, id: str):
    """One article: cleaned text with highlighted spans, metadata, and the removed noise folded away."""
    article = store.get(id)
    if article is None:
        raise HTTPException(404, f"No article with id {id!r}")
    return request.app.state.templates.TemplateResponse(
        request, "article.html", {"article": article, "q": None}
    )
