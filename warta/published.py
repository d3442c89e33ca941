"""The article's own publication date: from metadata here; the time component may infer it from the text."""

from __future__ import annotations

import re

from warta.model import Published

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def published_from_metadata(value: str | None) -> Published | None:
    """Normalise a metadata date ("2023-11-21", "2023-11-21T08:00:00+07:00") to a TIMEX3 date value."""
    if not value or not value.strip():
        return None
    match = _ISO_DATE.search(value)
    if not match:
        raise ValueError(f"cannot read published date {value!r}: expected an ISO date such as 2023-11-21")
    return Published(value=match.group(0), basis="metadata", evidence=value.strip())
