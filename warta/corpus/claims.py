"""Compare the figures articles report (counts) and check statements against the other articles of a story.

Counts of category "other" (battalions, phone calls), and sums of money without a subject, are not compared.
Figures are grouped by quantity: the count's category and its subject without generic words ("killed: warga
Palestina" and "killed: orang Palestina" are one quantity). Within a story, in order of as-of date (else
publication date), each figure gets one status:

- "copy": the article is a near-duplicate of another; it repeats, it does not confirm.
- "conflict": another article gives the same quantity as of the same date, and the two cannot both hold
  ("exact 100" against "exact 120"; "at least 200" against "exact 150").
- "update": a later, higher figure from the same reporter (e.g. the health ministry's toll rising day by day).
- "uncorroborated": no other outlet reports a figure for this quantity that fits it (copies excluded).
- "first": the earliest figure another outlet confirms; "agrees": a later one another outlet confirms.

A statement (a quote) attributed to a person is uncorroborated when no article from another outlet in the
story says enough of the same content words in the sentences and quotes naming that person; a sentence that
puts people in the story (at a meeting, on a call) whom no other outlet's article names is flagged too.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.lang.id.stop_words import STOP_WORDS

from warta.corpus.places import place_in_words, strip_places

__all__ = [
    "Figure",
    "quantity_key",
    "needs_subject",
    "interval",
    "compatible",
    "compare_figures",
    "describe",
    "format_number",
    "Statement",
    "check_statements",
]

# Words in a count's subject that do not change what is counted ("warga Palestina" = "orang Palestina").
_GENERIC_SUBJECT = frozenset(
    {
        "orang",
        "warga",
        "jiwa",
        "korban",
        "penduduk",
        "sedikitnya",
        "setidaknya",
        "total",
        "sebanyak",
        "di",
        "dari",
        "yang",
        "para",
        "sipil",
        "masyarakat",
        "rakyat",
        "lainnya",
    }
)
# Count categories whose figures are compared (what "other" counts is too loose to compare).
COMPARED = frozenset({"killed", "injured", "missing", "displaced", "detained", "money"})
# Quantities too loose to compare without a subject: an economy story's sums of money are many quantities
# ("Rp 14.000" per dollar, "Rp 1.565 triliun" of budget), not one reported differently. link_corpus makes no
# figure of them; compare_figures finds no conflict in them.
NEEDS_SUBJECT = frozenset({"money"})
# "about N": a figure within this share of N fits it.
_ABOUT = 0.1
# Share of a quote's content words another outlet's article must say about the speaker to corroborate it.
_QUOTE_OVERLAP = 0.3
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


@dataclass
class Figure:
    """One reported figure, as compared here (see warta.model.Count for the fields)."""

    quantity: str
    category: str
    subject: str | None
    value: float | None
    value_max: float | None
    approx: str
    reported_by: str | None
    outlet: str | None
    article_id: str
    as_of: str | None
    published: str | None
    start: int
    end: int
    is_copy: bool = False
    status: str = "first"

    def as_dict(self) -> dict[str, Any]:
        return {
            "quantity": self.quantity,
            "category": self.category,
            "subject": self.subject,
            "value": self.value,
            "value_max": self.value_max,
            "approx": self.approx,
            "reported_by": self.reported_by,
            "outlet": self.outlet,
            "article_id": self.article_id,
            "as_of": self.as_of,
            "start": self.start,
            "end": self.end,
            "status": self.status,
        }


def quantity_key(category: str, subject: str | None, place: str | None = None) -> str:
    """What a figure counts: "killed", "killed: anak", "killed in Gaza", "killed: anak in Gaza".

    `place`: where (warta.corpus.places.figure_places); without one, a place named in the subject ("warga
    Palestina") is the place. Place names are left out of the subject: "warga Palestina" tewas di Gaza and
    "orang" tewas di Jalur Gaza are one quantity, "killed in Gaza".
    """
    place = place or place_in_words(subject)
    words = _subject_words(subject)
    key = f"{category}: {' '.join(words)}" if words else category
    return f"{key} in {place}" if place else key


def _subject_words(subject: str | None) -> list[str]:
    words = []
    for word in re.findall(r"\w+(?:-\w+)*", strip_places(subject).lower()):
        head, _, tail = word.partition("-")
        word = head if head == tail else word  # plural by reduplication: "anak-anak" counts "anak"
        if word not in _GENERIC_SUBJECT:
            words.append(word)
    return words


def needs_subject(category: str, subject: str | None) -> bool:
    """Whether a figure is too loose to compare: a sum of money with no subject (see NEEDS_SUBJECT)."""
    return category in NEEDS_SUBJECT and not _subject_words(subject)


def interval(approx: str, value: float | None, value_max: float | None) -> tuple[float, float] | None:
    """The values a figure allows, or None when it allows too much to compare (vague, no value)."""
    if value is None or approx == "vague":
        return None
    if approx == "exact":
        return (value, value)
    if approx == "about":
        return (value * (1 - _ABOUT), value * (1 + _ABOUT))
    if approx == "at_least":
        return (value, math.inf)
    if approx == "more_than":
        return (math.nextafter(value, math.inf), math.inf)
    if approx == "less_than":
        return (0.0, math.nextafter(value, -math.inf))
    if approx == "up_to":
        return (0.0, value)
    if approx == "range":
        return (value, value_max if value_max is not None else value)
    return (value, value)


def compatible(a: Figure, b: Figure) -> bool | None:
    """Whether two figures can both hold (None: cannot tell)."""
    ia, ib = interval(a.approx, a.value, a.value_max), interval(b.approx, b.value, b.value_max)
    if ia is None or ib is None:
        return None
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def _source(f: Figure) -> str:
    return (f.outlet or "").lower() or f"article:{f.article_id}"


def _reporter(f: Figure) -> str:
    return " ".join(re.findall(r"\w+", (f.reported_by or "").lower())) or _source(f)


def _when(f: Figure) -> str:
    return f.as_of or f.published or ""


def compare_figures(figures: Sequence[Figure]) -> list[dict[str, Any]]:
    """Set each figure's status in place; returns the conflicts.

    Each conflict: {quantity, as_of, figures: [index into `figures`...], reason}.
    """
    conflicts: list[dict[str, Any]] = []
    by_quantity: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(figures):
        by_quantity[f.quantity].append(i)
    for quantity, members in by_quantity.items():
        members.sort(key=lambda i: (_when(figures[i]), figures[i].published or "", i))
        independent = [i for i in members if not figures[i].is_copy]
        sources = {_source(figures[i]) for i in independent}
        in_conflict: set[int] = set()
        # same quantity, same as-of date, cannot both hold
        by_date: dict[str, list[int]] = defaultdict(list)
        for i in independent:
            if figures[i].as_of and not needs_subject(figures[i].category, figures[i].subject):
                by_date[figures[i].as_of].append(i)
        for as_of, same_day in by_date.items():
            # two figures of one article are never a conflict: an article does not contradict itself, so two
            # different numbers there ("1,200 killed" in Israel, "13,300 killed" in Gaza) are two quantities
            # that the subject did not tell apart
            clash = sorted(
                {
                    i
                    for i in same_day
                    for j in same_day
                    if figures[i].article_id != figures[j].article_id
                    and compatible(figures[i], figures[j]) is False
                }
            )
            if clash:
                in_conflict.update(clash)
                values = ", ".join(describe(figures[i]) for i in clash)
                conflicts.append(
                    {
                        "quantity": quantity,
                        "as_of": as_of,
                        "figures": clash,
                        "reason": f"figures for {quantity} as of {as_of} cannot all hold: {values}",
                    }
                )
        seen_by_reporter: dict[str, Figure] = {}
        corroborated_before = False
        for i in members:
            f = figures[i]
            if f.is_copy:
                f.status = "copy"
                continue
            previous = seen_by_reporter.get(_reporter(f))
            if i in in_conflict:
                f.status = "conflict"
            elif (
                previous is not None
                and f.value is not None
                and previous.value is not None
                and "vague" not in (f.approx, previous.approx)
                and f.value > previous.value
                and _when(f) > _when(previous)
            ):
                f.status = "update"
            elif len(sources) < 2 or not _fits_another(f, figures, independent):
                f.status = "uncorroborated"
            else:
                f.status = "agrees" if corroborated_before else "first"
                corroborated_before = True
            seen_by_reporter[_reporter(f)] = f
    return conflicts


def _fits_another(f: Figure, figures: Sequence[Figure], independent: Sequence[int]) -> bool:
    """Whether a figure from another outlet confirms `f` (a vague one confirms nothing, nor is confirmed)."""
    return any(_source(figures[j]) != _source(f) and compatible(f, figures[j]) is True for j in independent)


_UNITS = ((1e12, "triliun"), (1e9, "miliar"), (1e6, "juta"))


def format_number(value: float) -> str:
    """A number the Indonesian way: "13.300", "2,5", "1,3 juta", "1.565 triliun" (never "1.3e+06")."""
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    for unit, word in _UNITS:
        scaled = value / unit
        # a round number of millions (billions, trillions) is written with the word, as the news does
        if abs(value) >= unit and abs(scaled * 1000 - round(scaled * 1000)) < 1e-6:
            return f"{_digits(round(scaled, 3))} {word}"
    return _digits(value)


def _digits(value: float) -> str:
    """Dots between thousands, a comma before decimals: 1.300.000, 2,5."""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.3f}".rstrip("0").rstrip(".")
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def describe(f: Figure) -> str:
    """A figure in words: "at least 13.300 (Kompas, Kementerian Kesehatan Gaza)"."""
    value = format_number(f.value) if f.value is not None else "?"
    if f.approx == "range" and f.value_max is not None:
        value += f"-{format_number(f.value_max)}"
    elif f.approx != "exact":
        value = f"{f.approx.replace('_', ' ')} {value}"
    return f"{value} ({f.outlet or f.article_id}{', ' + f.reported_by if f.reported_by else ''})"


@dataclass
class Statement:
    """A quote, or a sentence naming people, in one article of a story."""

    kind: str  # "quote" | "presence"
    text: str
    speaker: str | None  # the speaker's (or named people's) entity id
    article_id: str
    outlet: str | None
    start: int
    end: int
    people: tuple[str, ...] = ()  # entity ids of the people the sentence names (presence)


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS}


def check_statements(
    statements: Sequence[Statement],
    article_entities: dict[str, set[str]],
    said_by: dict[str, dict[str, set[str]]],
    article_source: dict[str, str],
    copies: set[str],
) -> list[Statement]:
    """The statements of one story that no article from another outlet corroborates (copies do not count).

    `said_by[article][entity]`: the content words of that article's sentences and quotes naming the entity. A
    quote is corroborated by another outlet's article whose words about the same speaker hold at least
    _QUOTE_OVERLAP of the quote's content words; a sentence naming people, by other outlets naming them all.
    """
    flagged = []
    independent = [a for a in article_entities if a not in copies]
    if len({article_source[a] for a in independent}) < 2:
        return []  # a story told by one outlet has nothing to corroborate against
    for s in statements:
        others = [a for a in independent if article_source[a] != article_source.get(s.article_id)]
        if s.kind == "quote":
            words = content_words(s.text)
            if not words or not s.speaker:
                continue
            corroborated = any(
                len(words & said_by.get(a, {}).get(s.speaker, set())) / len(words) >= _QUOTE_OVERLAP
                for a in others
            )
        else:
            corroborated = all(any(p in article_entities[a] for a in others) for p in s.people)
        if not corroborated:
            flagged.append(s)
    return flagged
