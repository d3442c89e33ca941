"""Indonesian word lists shared by the pipeline, loaded once from the package's data files."""

from __future__ import annotations

import functools
import string
from importlib import resources


def data_lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of a data file in `warta/data/`."""
    text = resources.files("warta.data").joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


@functools.cache
def alias_pairs() -> tuple[tuple[str, str], ...]:
    """(short form, full name) of each "short<TAB>full" line of warta/data/aliases.tsv."""
    out = []
    for line in data_lines("aliases.tsv"):
        short, _, full = line.partition("\t")
        if full.strip():
            out.append((short.strip(), full.strip()))
    return tuple(out)


@functools.cache
def alias_group_lines() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(label, names, the canonical one first) of each group line of warta/data/aliases.tsv
    ("ORG|Gedung Putih|White House")."""
    out = []
    for line in data_lines("aliases.tsv"):
        if "\t" not in line and "|" in line:
            label, *group = [part.strip() for part in line.split("|")]
            out.append((label, tuple(n for n in group if n)))
    return tuple(out)


@functools.cache
def abbreviations() -> frozenset[str]:
    """Abbreviations whose period is part of the word, plus single capital initials ("Charles Q. Brown")."""
    words = set(data_lines("abbreviations.txt"))
    words |= {w[0].upper() + w[1:] for w in words if w[0].islower()}
    words |= {f"{c}." for c in string.ascii_uppercase}
    return frozenset(words)


@functools.cache
def common_words() -> frozenset[str]:
    """Words news text writes in lower case inside sentences (built by training/common_words.py)."""
    return frozenset(data_lines("common_words.txt"))


@functools.cache
def name_prefixes() -> frozenset[str]:
    """First words of names that a person is seldom called by ("Muhammad", "Siti", "I Gusti"), lowercase."""
    return frozenset(data_lines("name_prefixes.txt"))


# small words inside names from other languages, after which the name goes on ("Abdulelah al - Saleh", "Mohammed
# bin Salman", "Ursula von der Leyen")
NAME_PARTICLES = frozenset("al el bin binti ibn van von der de da dos".split())
