"""Pipeline components, one module each; importing this package registers them with spaCy."""

from warta.extract import (  # noqa: F401
    citations,
    counts,  # noqa: F401
    entities,
    quotes,  # noqa: F401
    sentences,
    times,
)
