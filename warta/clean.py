"""Boilerplate removal and text repair for Indonesian news portals; every removed piece is kept with its reason."""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.model import Removed


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: tuple[Removed, ...] = ()
    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None


def clean(text: str) -> Cleaned:
    """Clean one article's raw text."""
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return Cleaned(text="\n\n".join(p for p in paragraphs if p))
