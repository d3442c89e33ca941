"""FastAPI dependencies: the corpus store of the running app."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from warta.corpus.store import Store


def get_store(request: Request) -> Store:
    """The Store opened by create_app (one per app; it serialises access to its connection itself)."""
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]
