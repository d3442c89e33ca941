"""HTML → article text and metadata, with trafilatura."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Extracted:
    text: str | None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


def html_to_text(html: str) -> Extracted:
    """Extract the main text and metadata of an article page."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    meta = trafilatura.extract_metadata(html)
    return Extracted(
        text=text,
        title=meta.title if meta else None,
        url=meta.url if meta else None,
        published=meta.date if meta else None,
        outlet=meta.sitename if meta else None,
    )
