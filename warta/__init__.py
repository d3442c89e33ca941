"""Warta: Indonesian news to a structured, cross-checked record of a story."""

from __future__ import annotations

import logging

from warta.model import Article

__all__ = ["Article", "analyse", "__version__"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def analyse(text: str | None = None, *, html: str | None = None, **metadata: str | None) -> Article:
    """Analyse one Indonesian news article into an Article record (see `warta.pipeline.analyse`)."""
    from warta.pipeline import analyse as _analyse

    return _analyse(text, html=html, **metadata)
