"""Every custom attribute and span group the pipeline uses, registered in one place.

Components write their results to `doc.spans[KEY]` with the span attributes below; `pipeline.doc_to_article`
reads them into the Article record. Keys are module constants so that nobody types a span-group name twice.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

ENTITIES = "warta_entities"
QUOTES = "warta_quotes"
COUNTS = "warta_counts"
TIMES = "warta_times"
CITATIONS = "warta_citations"

_DOC_ATTRS = {
    "published": None,  # model.Published or None; metadata first, the time component may infer it
    "title": None,
    "outlet": None,
    "dateline": None,
    "warnings": None,  # list[str], created per doc by pipeline.make_doc
}

_SPAN_ATTRS = {
    # entities
    "canonical": None,
    "role": None,
    "affiliation": None,
    # quotes
    "quote_kind": None,
    "cue": None,
    "speaker": None,  # model.Speaker or None
    "via": None,
    # counts
    "value": None,
    "value_max": None,
    "approx": "exact",
    "unit": None,
    "category": "other",
    "subject": None,
    "reported_by": None,
    "as_of": None,
    "part_of": None,
    # times
    "timex_type": None,
    "timex_value": None,
    # citations
    "outlet": None,
}


def register() -> None:
    """Register the extensions; safe to call more than once."""
    for name, default in _DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN_ATTRS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()
