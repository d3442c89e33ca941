"""An article's cleaned text as HTML with its extracted spans highlighted by kind (web page and report)."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup, escape

from warta.model import Article, Citation, Count, Entity, Quote, Time

log = logging.getLogger(__name__)

# (kind, label) in legend order; each kind has its own colour in style.css (.hl-<kind>).
KINDS: tuple[tuple[str, str], ...] = (
    ("entity", "Entity"),
    ("quote", "Quote"),
    ("count", "Count"),
    ("time", "Time"),
    ("citation", "Citation"),
)


@dataclass(frozen=True)
class Mark:
    """One highlighted span: where, its kind, an id shared by its pieces, and the detail for its tooltip."""

    start: int
    end: int
    kind: str
    key: str
    detail: str


def _join(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def _entity(e: Entity) -> str:
    return _join(
        f"Entity {e.label}",
        e.canonical and f"canonical: {e.canonical}",
        e.role and f"role: {e.role}",
        e.affiliation and f"affiliation: {e.affiliation}",
    )


def _quote(q: Quote) -> str:
    speaker = None
    if q.speaker is not None:
        extra = ", ".join(x for x in (q.speaker.canonical, q.speaker.role) if x and x != q.speaker.text)
        speaker = f"speaker: {q.speaker.text or '?'}" + (f" ({extra})" if extra else "")
    return _join(f"Quote ({q.kind})", speaker, q.cue and f"cue: {q.cue}", q.via and f"via: {q.via}")


def _number(x: float | None) -> str:
    if x is None:
        return "?"
    return str(int(x)) if float(x).is_integer() else str(x)


def _count(c: Count) -> str:
    value = _number(c.value) + (f"–{_number(c.value_max)}" if c.value_max is not None else "")
    return _join(
        f"Count: {value}" + (f" {c.unit}" if c.unit else ""),
        c.category,
        c.approx,
        c.subject and f"subject: {c.subject}",
        c.reported_by and f"reported by: {c.reported_by}",
        c.as_of and f"as of: {c.as_of}",
    )


def _time(t: Time) -> str:
    return f"Time {t.type}: {t.value}"


def _citation(c: Citation) -> str:
    return f"Citation: {c.outlet}"


def marks(article: Article) -> list[Mark]:
    """Every extracted span of the article whose offsets fall inside its text, in document order."""
    found = []
    groups = (
        ("entity", article.entities, _entity),
        ("quote", article.quotes, _quote),
        ("count", article.counts, _count),
        ("time", article.times, _time),
        ("citation", article.citations, _citation),
    )
    for kind, items, describe in groups:
        for i, item in enumerate(items):
            if not 0 <= item.start < item.end <= len(article.text):
                # A record from elsewhere may carry bad offsets; drawing them would mislabel other text.
                log.warning(
                    "article %s: %s %d has offsets outside the text (%d, %d)",
                    article.id,
                    kind,
                    i,
                    item.start,
                    item.end,
                )
                continue
            found.append(Mark(item.start, item.end, kind, f"{kind}-{i}", describe(item)))  # type: ignore[operator]
    order = {kind: n for n, (kind, _) in enumerate(KINDS)}
    # Outer spans first at the same start, so a count inside a quote opens after the quote.
    found.sort(key=lambda m: (m.start, -m.end, order[m.kind]))
    return found


def _open(mark: Mark) -> str:
    return (
        f'<mark class="hl hl-{mark.kind}" data-kind="{mark.kind}" data-key="{mark.key}" '
        f'title="{escape(mark.detail)}">'
    )


def highlight(article: Article) -> Markup:
    """The article's text as escaped HTML, each span wrapped in a <mark> of its kind.

    Spans that nest (a count inside a quote) become nested marks; spans that cross are split into pieces that
    nest, each piece carrying the same data-key, so the HTML is always well formed.
    """
    text = article.text
    spans = marks(article)
    starting: dict[int, list[Mark]] = {}
    for m in spans:
        starting.setdefault(m.start, []).append(m)
    bounds = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans)})
    out: list[str] = []
    stack: list[Mark] = []
    for n, pos in enumerate(bounds):
        if any(m.end == pos for m in stack):
            # Close down to the deepest mark ending here; marks above it that go on are reopened after.
            reopen = []
            while any(m.end == pos for m in stack):
                top = stack.pop()
                out.append("</mark>")
                if top.end != pos:
                    reopen.append(top)
            for m in reversed(reopen):
                out.append(_open(m))
                stack.append(m)
        for m in starting.get(pos, ()):
            out.append(_open(m))
            stack.append(m)
        if n + 1 < len(bounds):
            out.append(str(escape(text[pos : bounds[n + 1]])))
    out.extend("</mark>" for _ in stack)
    return Markup("".join(out))


def kind_counts(article: Article) -> dict[str, int]:
    """How many spans of each kind the page highlights, for the legend."""
    counted = Counter(m.kind for m in marks(article))
    return {kind: counted.get(kind, 0) for kind, _ in KINDS}
