"""Across articles: stories, entities and claims, as JSON under /api and as HTML pages.

The data comes from warta.corpus.query (filled by `warta link`); these routes shape it for HTTP and draw it.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, ConfigDict

from warta.corpus import query
from warta.serve.charts import charts_by_quantity, format_value, parse_day, roles_chart
from warta.serve.deps import StoreDep
from warta.serve.models import ErrorPublic

api = APIRouter(
    prefix="/api", tags=["corpus"], responses={404: {"model": ErrorPublic}, 422: {"model": ErrorPublic}}
)
pages = APIRouter(tags=["pages"], include_in_schema=False)

Limit = Annotated[int, Query(ge=1, le=500, description="Most items to return.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip first (the next page: offset + limit).")]
StoryFilter = Annotated[str | None, Query(description="Only the figures of this story (its id).")]
EntityQuery = Annotated[str | None, Query(description="Only entities whose name or an alias contains this.")]
MENTIONS_SHOWN = 300
PAGE_ROWS = 500  # stories or entities on a list page (the largest first); `warta export` has them all
LINK_HINT = "Run `warta link --db DB` to build stories, entities and claims from the stored articles."


# --- response models ------------------------------------------------------------------------------------
# The query layer returns plain dicts; these name their fields for the OpenAPI docs. extra="allow" passes on
# fields the query layer adds later instead of silently dropping them.
class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class FigurePublic(_Open):
    """One reported figure of a quantity, and how it stands against the others (status)."""

    quantity: str | None = None
    category: str | None = None
    subject: str | None = None
    value: int | float | None = None
    value_max: int | float | None = None
    approx: str | None = None
    reported_by: str | None = None
    outlet: str | None = None
    article_id: str | None = None
    as_of: str | None = None
    start: int | None = None
    end: int | None = None
    status: str | None = None  # first, update, agrees, conflict, uncorroborated or copy


class StorySummaryPublic(_Open):
    id: str
    title: str | None = None
    articles: int = 0
    first: str | None = None
    last: str | None = None
    outlets: list[str] = []


class StoriesPublic(BaseModel):
    data: list[StorySummaryPublic]
    count: int


class StoryArticlePublic(_Open):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    copy_of: str | None = None
    lead: str | None = None  # the text's first 160 characters, to name an untitled article


class TimelineItemPublic(_Open):
    date: str | None = None
    kind: str  # event, quote or count
    text: str | None = None
    speaker: str | None = None
    article_id: str | None = None
    outlet: str | None = None
    start: int | None = None
    end: int | None = None


class StoryEntityPublic(_Open):
    id: str
    name: str
    label: str | None = None
    mentions: int = 0
    articles: int = 0


class ConflictPublic(_Open):
    quantity: str | None = None
    as_of: str | None = None
    figures: list[FigurePublic] = []
    reason: str | None = None


class UncorroboratedPublic(_Open):
    kind: str  # figure or statement
    text: str | None = None
    speaker: str | None = None
    article_id: str | None = None
    outlet: str | None = None


class StoryPublic(_Open):
    """A story: its articles (copies marked), timeline, entities, figures, conflicts and lone claims."""

    id: str
    title: str | None = None
    articles: list[StoryArticlePublic] = []
    timeline: list[TimelineItemPublic] = []
    entities: list[StoryEntityPublic] = []
    figures: list[FigurePublic] = []
    conflicts: list[ConflictPublic] = []
    uncorroborated: list[UncorroboratedPublic] = []


class EntitySummaryPublic(_Open):
    id: str
    name: str
    label: str | None = None
    aliases: list[str] = []
    articles: int = 0
    mentions: int = 0


class EntitiesPublic(BaseModel):
    data: list[EntitySummaryPublic]
    count: int


class RolePublic(_Open):
    role: str | None = None
    first: str | None = None
    last: str | None = None


class MentionPublic(_Open):
    article_id: str
    text: str | None = None
    start: int | None = None
    end: int | None = None
    published: str | None = None


class EntityQuotePublic(_Open):
    text: str | None = None
    article_id: str
    published: str | None = None
    start: int | None = None
    end: int | None = None


class EntityArticlePublic(_Open):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    lead: str | None = None  # the text's first 160 characters, to name an untitled article


class EntityDetailPublic(_Open):
    """One entity across the corpus: its names, roles over time, mentions, quotes and articles."""

    id: str
    name: str
    label: str | None = None
    aliases: list[str] = []
    roles: list[RolePublic] = []
    mentions: list[MentionPublic] = []
    quotes: list[EntityQuotePublic] = []
    articles: list[EntityArticlePublic] = []


class ClaimsPublic(BaseModel):
    data: list[FigurePublic]
    count: int


class CopyPublic(_Open):
    article_id: str
    copy_of: str
    similarity: float | None = None


class CopiesPublic(BaseModel):
    data: list[CopyPublic]
    count: int


# --- helpers --------------------------------------------------------------------------------------------
def _story_or_404(store: Any, story_id: str) -> dict:
    story = query.get_story(store, story_id)
    if story is None:
        raise HTTPException(404, f"No story with id {story_id!r}")
    return story


def _entity_or_404(store: Any, entity_id: str) -> dict:
    entity = query.get_entity(store, entity_id)
    if entity is None:
        raise HTTPException(404, f"No entity with id {entity_id!r}")
    return entity


def _by_date(items: list[dict], key: str = "date") -> list[dict]:
    """Items in date order (a stable sort, so the query layer's order holds within a day); undated last."""

    def order(item: dict) -> tuple[int, str]:
        day = parse_day(item.get(key))
        return (0, day.isoformat()) if day else (1, "")

    return sorted(items, key=order)


def _collapse(timeline: list[dict]) -> list[dict]:
    """The timeline as a page shows it: an entry that repeats the one before it (several figures in one
    sentence give the same date, kind, text and article) is shown once."""
    shown: list[dict] = []
    for item in timeline:
        key = [item.get(k) for k in ("date", "kind", "text", "speaker", "article_id")]
        if shown and key == [shown[-1].get(k) for k in ("date", "kind", "text", "speaker", "article_id")]:
            continue
        shown.append(item)
    return shown


def text_fragment(text: str, start: int, end: int) -> str:
    """A text fragment (#:~:text=...) that makes the browser scroll to and mark text[start:end].

    A long span is named by its first and last words (the directive's start,end form); the words just before
    it go in as a prefix so that the first of several equal spans is not taken for this one.
    """
    # Browsers match text fragments on whole words, so a span starting or ending inside a word is widened.
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    words = text[start:end].split()
    if not words:
        return ""

    def enc(part: list[str]) -> str:
        # "-", "," and "&" have a meaning inside a text directive, so they are escaped with everything else.
        return quote(" ".join(part), safe="").replace("-", "%2D")

    before = text[max(0, start - 40) : start].split()[-3:]
    prefix = f"{enc(before)}-," if before else ""
    body = enc(words) if len(words) <= 8 else f"{enc(words[:4])},{enc(words[-4:])}"
    return f"#:~:text={prefix}{body}"


def span_url(article_id: str | None, start: int | None = None, end: int | None = None) -> str | None:
    """The link to a span of an article: /articles/{id}/span, which redirects to it on the article page."""
    if not article_id:
        return None
    url = f"/articles/{quote(article_id, safe='')}"
    if isinstance(start, int) and isinstance(end, int):
        url += f"/span?start={start}&end={end}"
    return url


def article_label(article: dict) -> str:
    """How to name an article in lists: its title, else the opening words of its text, else its id."""
    if article.get("title"):
        return article["title"]
    lead = " ".join((article.get("lead") or "").split())
    if lead:
        words = lead.split()
        return " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    return article["id"]


def other_names(name: str | None, aliases: list[str] | None) -> list[str]:
    """An entity's aliases worth showing: not its name again, nor one alias twice, whatever the case."""
    seen = {(name or "").casefold()}
    names = []
    for alias in aliases or []:
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            names.append(alias)
    return names


def _render(request: Request, template: str, context: dict) -> HTMLResponse:
    context = {
        "q": None,
        "span_url": span_url,
        "format_value": format_value,
        "other_names": other_names,
        **context,
    }
    return request.app.state.templates.TemplateResponse(request, template, context)


# --- JSON API -------------------------------------------------------------------------------------------
@api.get("/stories", response_model=StoriesPublic)
def list_stories(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> StoriesPublic:
    """Stories (articles grouped by what they are about), the largest first."""
    rows = query.list_stories(store, limit=limit, offset=offset)
    return StoriesPublic(data=[StorySummaryPublic(**row) for row in rows], count=len(rows))


@api.get("/stories/{id}", response_model=StoryPublic)
def get_story(store: StoreDep, id: str) -> StoryPublic:
    """One story: articles (copies marked), dated timeline, entities, figures, conflicts, lone claims."""
    story = _story_or_404(store, id)
    return StoryPublic(**{**story, "timeline": _by_date(story.get("timeline") or [])})


@api.get("/entities", response_model=EntitiesPublic)
def list_entities(
    store: StoreDep, q: EntityQuery = None, limit: Limit = 50, offset: Offset = 0
) -> EntitiesPublic:
    """Entities resolved across articles (one person, one identity), the most mentioned first."""
    rows = query.list_entities(store, q=(q or "").strip() or None, limit=limit, offset=offset)
    return EntitiesPublic(data=[EntitySummaryPublic(**row) for row in rows], count=len(rows))


@api.get("/entities/{id}", response_model=EntityDetailPublic)
def get_entity(store: StoreDep, id: str) -> EntityDetailPublic:
    """One entity: names, roles over time, mentions, quotes and the articles it occurs in."""
    return EntityDetailPublic(**_entity_or_404(store, id))


@api.get("/claims", response_model=ClaimsPublic)
def list_claims(store: StoreDep, story: StoryFilter = None) -> ClaimsPublic:
    """Every reported figure with its status (first, update, agrees, conflict, uncorroborated, copy)."""
    if story is not None:
        _story_or_404(store, story)
    rows = query.list_claims(store, story_id=story)
    return ClaimsPublic(data=[FigurePublic(**row) for row in rows], count=len(rows))


@api.get("/copies", response_model=CopiesPublic)
def list_copies(store: StoreDep) -> CopiesPublic:
    """Articles that are exact or near copies of another (syndicated wire stories), with their similarity."""
    rows = query.list_copies(store)
    return CopiesPublic(data=[CopyPublic(**row) for row in rows], count=len(rows))


# --- pages ----------------------------------------------------------------------------------------------
@pages.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, store: StoreDep):
    """Every story: title, how many articles, first and last day, outlets."""
    rows = query.list_stories(store, limit=PAGE_ROWS)
    total = (query.link_stats(store) or {}).get("stories", len(rows))
    return _render(request, "stories.html", {"rows": rows, "total": total, "hint": LINK_HINT})


@pages.get("/stories/{id}", response_class=HTMLResponse)
def story_page(request: Request, store: StoreDep, id: str):
    """One story: timeline, entities, figures drawn per reporter, conflicts and uncorroborated claims."""
    story = _story_or_404(store, id)
    titles = {a["id"]: article_label(a) for a in story.get("articles") or []}
    context = {
        "story": story,
        "timeline": _collapse(_by_date(story.get("timeline") or [])),
        # Only quantities with two dated figures or more are drawn: a lone point shows no change.
        "charts": charts_by_quantity(story.get("figures") or [], min_points=2),
        "titles": titles,
    }
    return _render(request, "story.html", context)


@pages.get("/articles/{id}/span")
def span_page(
    store: StoreDep,
    id: str,
    start: Annotated[int, Query(ge=0)],
    end: Annotated[int, Query(ge=0)],
) -> RedirectResponse:
    """The article page, scrolled to characters start..end of its text (a text fragment the browser marks)."""
    article = store.get(id)
    if article is None:
        raise HTTPException(404, f"No article with id {id!r}")
    url = f"/articles/{quote(id, safe='')}"
    if start < end <= len(article.text):
        url += text_fragment(article.text, start, end)
    return RedirectResponse(url, status_code=303)


@pages.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, store: StoreDep, q: Annotated[str | None, Query()] = None):
    """Entities across the corpus, with a name filter."""
    q = (q or "").strip() or None
    rows = query.list_entities(store, q=q, limit=PAGE_ROWS)
    total = len(rows) if q else (query.link_stats(store) or {}).get("entities", len(rows))
    context = {"rows": rows, "total": total, "name_q": q, "hint": LINK_HINT}
    return _render(request, "entities.html", context)


@pages.get("/entities/{id}", response_class=HTMLResponse)
def entity_page(request: Request, store: StoreDep, id: str):
    """One entity: roles over time (drawn), quotes, mentions and articles."""
    entity = _entity_or_404(store, id)
    context = {
        "entity": entity,
        "titles": {a["id"]: article_label(a) for a in entity.get("articles") or []},
        "roles_chart": roles_chart(entity.get("roles") or []),
        # A country can have thousands of mentions: the page shows the first ones, the JSON has them all.
        "mentions": _by_date(entity.get("mentions") or [], key="published")[:MENTIONS_SHOWN],
        "quotes": _by_date(entity.get("quotes") or [], key="published"),
    }
    return _render(request, "entity.html", context)


@pages.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, store: StoreDep, story: Annotated[str | None, Query()] = None):
    """Every figure with its reporter, outlet, as-of day and status; filtered to one story with ?story=."""
    story = (story or "").strip() or None
    selected = _story_or_404(store, story) if story else None
    rows = query.list_claims(store, story_id=story)
    context = {
        "rows": rows,
        "stories": query.list_stories(store, limit=PAGE_ROWS),
        "selected": selected,
        "charts": charts_by_quantity(rows, min_points=2) if selected else ([], []),
        "hint": LINK_HINT,
    }
    return _render(request, "claims.html", context)
