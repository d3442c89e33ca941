"""The place a reported figure is about, so that tolls for different places are never compared as one.

"Sekitar 1.200 orang ... tewas akibat serangan Hamas" (killed in Israel) and "sedikitnya 13.300 orang" tewas
"menurut otoritas kesehatan Gaza" are two quantities: "killed in Israel" and "killed in Gaza". A figure's
place is taken from its sentence, first rule that gives one:

1. a place after a preposition or a word for people ("di Gaza", "ke Jalur Gaza", "terhadap Israel", "warga
   Palestina") in the figure's clause (from the figure before it in the sentence to the one after it), the
   nearest one;
2. a place in the count's subject ("warga Palestina tewas");
3. the one place named that way anywhere in the sentence;
4. a place in the reporter's name ("otoritas kesehatan Gaza", "media Israel");
5. the place an attacker named in "(akibat) serangan X" strikes, from ATTACK_TARGETS ("serangan Hamas" ->
   Israel); the attacker itself is never the place;
6. for "N lainnya" (others) and "termasuk N ..." (a part of a figure just given), the place of the article's
   previous figure in this sentence or the one before;
7. the one place the sentence names at all (attackers left out).

A figure "di kedua belah pihak" (on both sides) has no place; so has a figure no rule places. A figure without
a place is compared only with other figures without one, never with a placed one. Names are made one place
through the alias groups of warta/data/aliases.tsv ("Gaza", "Jalur Gaza", "Gaza Strip") and through
SAME_PLACE (warta/data/figure_places.tsv), the places news uses interchangeably when it counts victims
("Palestina" for the Gaza toll).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from warta.corpus.names import alias_groups, fold, normalise
from warta.lang import data_lines

__all__ = ["SAME_PLACE", "ATTACK_TARGETS", "place_key", "place_in_words", "strip_places", "figure_places"]


def _read_tables() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """SAME_PLACE and ATTACK_TARGETS from warta/data/figure_places.tsv (kept as data so users can edit them)."""
    same: dict[str, tuple[str, ...]] = {}
    attacks: dict[str, str] = {}
    for line in data_lines("figure_places.tsv"):
        kind, name, value = (part.strip() for part in line.split("\t"))
        if kind == "same":
            same[name] = tuple(v.strip() for v in value.split("|") if v.strip())
        elif kind == "attack":
            attacks[name] = value
        else:
            raise ValueError(f"figure_places.tsv: unknown kind {kind!r} in {line!r}; use 'same' or 'attack'")
    return same, attacks


# Place -> other names that stand for it in casualty figures; attacker -> where its attacks kill.
SAME_PLACE, ATTACK_TARGETS = _read_tables()
# Words before a place that make it where the figure happened or whom it counts.
_STRONG = frozenset(
    {"di", "ke", "terhadap", "atas", "wilayah", "kawasan", "warga", "orang", "penduduk", "rakyat", "bangsa"}
)
_PLACE_LABELS = frozenset({"LOC", "GPE"})
_ATTACK = re.compile(
    r"\b[Ss]erangan(?:-serangan)?(?:\s+(?:militer|udara|darat|laut|roket|mematikan|brutal|balasan|bom|oleh|"
    r"pasukan|tentara|kelompok|militan|pejuang))*\s+([A-Za-z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
# "di kedua belah pihak" (on both sides): a figure for two places, so for no one place.
_BOTH = re.compile(r"\bkedua(?:\s+belah)?\s+(?:pihak|sisi|negara)\b", re.IGNORECASE)
_CONTINUES = re.compile(r"\b(lainnya|termasuk|mencakup|di antaranya|diantaranya)\b", re.IGNORECASE)


@functools.cache
def _same() -> dict[str, str]:
    out = {}
    for place, names in SAME_PLACE.items():
        for name in (place, *names):
            out[normalise(name, "LOC")] = place
    return out


@functools.lru_cache(maxsize=50_000)
def place_key(name: str) -> str | None:
    """The place a name stands for ("Jalur Gaza", "Gaza Strip", "Palestina" -> "Gaza"), or None for no place.

    A name is a place when its alias group is a LOC group, or when it is in SAME_PLACE or ATTACK_TARGETS.
    """
    key = normalise(name, "LOC")
    if key in _same():
        return _same()[key]
    group = alias_groups().get(fold(name)) or alias_groups().get(key.lstrip("="))
    if group and group[0] == "LOC":
        return _same().get(normalise(group[1], "LOC"), group[1])
    for target in ATTACK_TARGETS.values():
        if normalise(target, "LOC") == key:
            return target
    return None


@functools.cache
def _known_names() -> re.Pattern[str]:
    """Every name place_key knows, as one pattern (long names first; short acronyms case-sensitive)."""
    names = {n for n, (label, _) in alias_groups().items() if label == "LOC"}
    for place, others in SAME_PLACE.items():
        names |= {fold(n) for n in (place, *others)}
    names = sorted(names, key=len, reverse=True)
    parts = [
        (re.escape(n).replace(r"\ ", r"\s+") if len(n) > 3 else "(?-i:" + re.escape(n.upper()) + ")")
        for n in names
        if n
    ]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


def strip_places(text: str | None) -> str:
    """A phrase without the place names in it ("warga Jalur Gaza" -> "warga ")."""
    return _known_names().sub(" ", text or "")


def place_in_words(text: str | None) -> str | None:
    """The place named in a short phrase (a subject, a reporter), the first one found."""
    if not text:
        return None
    for match in _known_names().finditer(text):
        place = place_key(match.group(0))
        if place:
            return place
    return None


def _mentions(text: str, s0: int, s1: int, entities: Sequence[Any]) -> list[tuple[int, int, str]]:
    """(start, end, place) of each place named in text[s0:s1]: LOC entities and known place names."""
    found: list[tuple[int, int, str]] = []
    for e in entities:
        if e.label in _PLACE_LABELS and s0 <= e.start < s1:
            place = place_key(e.canonical or e.text) or place_key(e.text)
            if place is None:
                words = normalise(e.text, "LOC").lstrip("=")
                place = words.title() if words else None
            if place:
                found.append((e.start, e.end, place))
    for match in _known_names().finditer(text, s0, s1):
        if any(a < match.end() and match.start() < b for a, b, _ in found):
            continue
        place = place_key(match.group(0))
        if place:
            found.append((match.start(), match.end(), place))
    return sorted(found)


def _strong(text: str, start: int) -> bool:
    before = text[max(0, start - 30) : start].split()
    return bool(before) and before[-1].lower().strip(",") in _STRONG


def figure_places(
    text: str,
    counts: Sequence[Any],
    entities: Sequence[Any],
    sentences: Sequence[tuple[int, int]],
) -> list[str | None]:
    """The place of each count of one article (see the module docstring for the rules), in count order."""
    located: list[tuple[int, int, str | None]] = []  # (sentence index, start, place) of the counts so far
    order = sorted(range(len(counts)), key=lambda i: counts[i].start)
    result: dict[int, str | None] = {}
    for i in order:
        c = counts[i]
        k = next((n for n, (a, b) in enumerate(sentences) if a <= c.start < b), None)
        s0, s1 = sentences[k] if k is not None else (c.start, c.end)
        mentions = _mentions(text, s0, s1, entities)
        attackers = []
        for match in _ATTACK.finditer(text, s0, s1):
            attackers.append((match.start(1), match.end(1), match.group(1)))
        plain = [m for m in mentions if not any(a <= m[0] < b for a, b, _ in attackers)]
        strong = [m for m in plain if _strong(text, m[0])]
        # the clause: from the end of the previous count in this sentence to the start of the next one
        in_sentence = [o for o in counts if s0 <= o.start < s1 and o is not c]
        lo = max([o.end for o in in_sentence if o.end <= c.start], default=s0)
        hi = min([o.start for o in in_sentence if o.start >= c.end], default=s1)
        clause = [m for m in strong if lo <= m[0] < hi]
        place = None
        if _BOTH.search(text, lo, hi):
            result[i] = None
            located.append((k if k is not None else -1, c.start, None))
            continue
        if clause:
            place = min(clause, key=lambda m: min(abs(m[0] - c.end), abs(c.start - m[1])))[2]
        if place is None:
            place = place_in_words(getattr(c, "subject", None))
        if place is None and len({m[2] for m in strong}) == 1:
            place = strong[0][2]
        if place is None:
            place = place_in_words(getattr(c, "reported_by", None))
        if place is None:
            targets = {ATTACK_TARGETS[name] for name in _attackers(attackers)}
            if len(targets) == 1:
                place = targets.pop()
        if place is None and k is not None and _CONTINUES.search(text, s0, s1):
            previous = [p for n, start, p in located if n in (k, k - 1) and start < c.start]
            if previous:
                place = previous[-1]
        if place is None and len({m[2] for m in plain}) == 1:
            place = plain[0][2]
        result[i] = place
        located.append((k if k is not None else -1, c.start, place))
    return [result[i] for i in range(len(counts))]


def _attackers(attackers: list[tuple[int, int, str]]) -> list[str]:
    """The attackers in ATTACK_TARGETS among the names after "serangan"."""
    known = {fold(name): name for name in ATTACK_TARGETS}
    out = []
    for _, _, name in attackers:
        words = fold(name).split()
        for n in range(len(words), 0, -1):
            if " ".join(words[:n]) in known:
                out.append(known[" ".join(words[:n])])
                break
    return out
