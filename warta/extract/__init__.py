"""Pipeline components, one module each; importing this package registers them with spaCy."""

from warta.extract import citations, entities, sentences, times  # noqa: F401
from warta.extract import quotes  # noqa: F401
from warta.extract import counts  # noqa: F401
