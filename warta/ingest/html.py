"""HTML → article text and metadata, with trafilatura."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from warta.clean import canonical_outlet

log = logging.getLogger(__name__)

# trafilatura returns the menu when a page has no article; a real article has a line of prose at least this
# long (in words) that ends a sentence, or one three times as long.
MIN_PROSE_WORDS = 8


class NoArticle(ValueError):
    """The page holds no article text (a menu, an index page, an error page)."""


@dataclass(frozen=True)
class Extracted:
    text: str | None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


def html_to_text(html: str) -> Extracted:
    """Extract the main text and metadata of an article page; raise NoArticle when there is none."""
    import trafilatura

    if "<" not in html:
        raise NoArticle("not HTML: the input has no tags")
    doc = None
    # 1. precision first: portal pages carry menus, related-link boxes and comment widgets around the article
    # 2. then recall: a short article (one or two paragraphs) can fall below precision mode's thresholds
    for mode in ({"favor_precision": True}, {"favor_recall": True}):
        doc = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=False, with_metadata=True, **mode
        )
        if doc is not None and _has_prose(doc.text or ""):
            break
        log.debug("trafilatura found no text with %s", mode)
    if doc is None or not _has_prose(doc.text or ""):
        raise NoArticle("HTML holds no article text (no main content found in the page)")
    return Extracted(
        text=doc.text,
        title=doc.title or None,
        url=doc.url or None,
        published=doc.date or None,
        outlet=canonical_outlet(doc.sitename) if doc.sitename else None,
    )


def _has_prose(text: str) -> bool:
    """Whether extracted text holds at least one sentence, not just a menu ("Beranda | Dunia")."""
    for line in text.splitlines():
        words = [w for w in line.split() if any(c.isalpha() for c in w)]
        if len(words) >= MIN_PROSE_WORDS and (
            line.rstrip()[-1:] in '.!?"”' or len(words) >= 3 * MIN_PROSE_WORDS
        ):
            return True
    return False
