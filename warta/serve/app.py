"""The web app: JSON API and HTML pages over a corpus database."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from warta.corpus.store import Store
from warta.serve.routes import articles, pages, stories
from warta.serve.templating import environment

log = logging.getLogger(__name__)


def create_app(db_path: str | Path) -> FastAPI:
    """An app serving the database at `db_path` (which must exist: run `warta ingest` first)."""
    # Opened now, not on first request, so that a missing database is reported before the server starts.
    store = Store(db_path, create=False)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        store.close()

    app = FastAPI(
        title="Warta",
        summary="Indonesian news as structured, cross-checked records.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.templates = Jinja2Templates(env=environment())
    static = resources.files("warta.serve").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(articles.router)
    app.include_router(pages.router)
    app.include_router(stories.api)
    app.include_router(stories.pages)
    _add_error_handlers(app)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path in ("/docs", "/openapi.json")


def error_response(request: Request, status: int, message: str) -> Response:
    """The API's one error shape {"ok": false, "error", "status"}; pages get the same message as HTML."""
    if _is_api(request):
        return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "error": message, "q": None}, status_code=status
    )


def _validation_message(err: RequestValidationError) -> str:
    parts = []
    for item in err.errors():
        where = ".".join(str(x) for x in item.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where}: {item.get('msg')}" if where else str(item.get("msg")))
    return "Invalid request: " + "; ".join(parts)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_message(exc))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        # The detail goes to the log, not to the client.
        log.exception("error serving %s", request.url.path)
        return error_response(request, 500, "Internal server error")
