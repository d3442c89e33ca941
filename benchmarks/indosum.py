"""IndoSum (kata-ai) JSONL: tokenised paragraphs back to readable text, for benchmarks and examples."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

# IndoSum tokens are joined with spaces; these rules undo the spaces a tokenizer put around punctuation.
_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}]|'s\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")
_QUOTED = re.compile(r'" ([^"]*?) "')
_SLASH_DATE = re.compile(r"(\d) / (\d)")


def detokenize(tokens: list[str]) -> str:
    """Tokens as text: "Senin ( 27 / 3 ) ." → "Senin (27/3)."."""
    text = " ".join(t.replace("\u00a0", " ").strip() for t in tokens if t.strip())
    text = (
        text.replace(" - - ", " -- ")
        .replace("“ ", "“")
        .replace(" ”", "”")
        .replace("‘ ", "‘")
        .replace(" ’", "’")
    )
    text = _QUOTED.sub(r'"\1"', text)
    text = _SLASH_DATE.sub(r"\1/\2", _SLASH_DATE.sub(r"\1/\2", text))
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    return _NO_SPACE_AFTER.sub(r"\1", text)


def article_text(record: dict) -> str:
    """An IndoSum record's paragraphs as text, one paragraph per line pair ("\\n\\n")."""
    # a quotation can span sentences, so a paragraph is detokenised as a whole
    return "\n\n".join(
        detokenize([t for sentence in paragraph for t in sentence]) for paragraph in record["paragraphs"]
    )


def load(folder: Path) -> Iterator[dict]:
    """The unique articles of the dev folds (dev.01-05 share articles; the first copy of each id is kept)."""
    seen: set[str] = set()
    for path in sorted(folder.glob("dev.*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                if record["id"] not in seen:
                    seen.add(record["id"])
                    yield record
