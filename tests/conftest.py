"""Shared fixtures: small articles inside the project (tests never read ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="session")
def nlp():
    from warta.pipeline import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five seed articles shipped in examples/ (copies of the project's starting sample)."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("0*.txt"))}
