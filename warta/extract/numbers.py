"""Indonesian numbers: "13.300", "1,3 juta", "dua setengah", "ratusan ribu", "100-200", "antara 1 hingga 2".

`read_number(words, i)` reads the number that starts at token i of a lower-cased token list (the spaCy tokens
of the Doc, or `tokenize(text)`) and says where it ends. It parses; deciding whether the number is a count of
something is `warta.extract.counts`' job. Indonesian writes thousands with a dot and decimals with a comma
("13.300" is 13300, "2,5" is 2.5); a dot followed by one or two digits ("22.00") is a clock time or an English
decimal and is not read as a number unless a scale word follows ("1.5 juta").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.lang import data_lines

__all__ = ["Number", "parse", "read_collective", "read_number", "read_single", "tokenize", "table"]

# A range "N - M" is read only when M is larger than N and at most this many times N ("65-75" is a range;
# "0812-3456" is not a number at all, its leading zero makes it a code).
MAX_RANGE_RATIO = 100
_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")  # 13.300 / 1.234.567 / 1.234,5
_EN_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$")  # 1,300,000 (two comma groups at least)
_DECIMAL = re.compile(r"^\d+,\d+$")  # 2,5 / 28,332
_INTEGER = re.compile(r"^(?:0|[1-9]\d*)$")  # no leading zero: "0812" is a code or a phone number
_DOT_DECIMAL = re.compile(r"^\d+\.\d{1,2}$")  # 22.00 / 1.5: only with a scale word after it
_RANGE_WORDS = frozenset({"-", "–", "—", "hingga", "sampai", "s/d", "s.d.", "sd", "ke"})
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|\S")


@dataclass(frozen=True)
class Number:
    """A number read from tokens [start, end): its value, an upper bound for ranges, and how exact it is.

    `approx` is "exact", "vague" ("ratusan": `value` is the order of magnitude), "range" (`value` to
    `value_max`) or "about" (a "-an" suffix: "8.000-an", "1 jutaan"). `digits` says the text wrote it in
    figures, `scaled` that a scale word followed ("1,3 juta"), `plain` that it is a bare integer without
    separators ("2014").
    """

    start: int
    end: int
    value: float
    value_max: float | None = None
    approx: str = "exact"
    digits: bool = False
    scaled: bool = False
    plain: bool = False


def _tsv(kind: str) -> dict[str, str]:
    return table(kind)


@functools.cache
def table(kind: str) -> dict[str, str]:
    """The rows of warta/data/counts.tsv of one kind, phrase -> value (lower case)."""
    rows: dict[str, str] = {}
    for line in data_lines("counts.tsv"):
        parts = line.split("\t")
        if parts[0] == kind:
            rows[parts[1].strip().lower()] = parts[2].strip() if len(parts) > 2 else ""
    return rows


@functools.cache
def _numbers() -> dict[str, float]:
    return {k: float(v) for k, v in _tsv("number").items()}


@functools.cache
def _scales() -> dict[str, float]:
    return {k: float(v) for k, v in _tsv("scale").items()}


@functools.cache
def _vague() -> dict[tuple[str, ...], float]:
    return {tuple(k.split()): float(v) for k, v in _tsv("vague").items()}


def tokenize(text: str) -> list[str]:
    """Lower-cased tokens, split the way the pipeline's tokenizer splits numbers ("8.000-an": 8.000 - an)."""
    return [t.lower() for t in _TOKEN.findall(text)]


def digit_value(word: str, scaled: bool = False) -> float | None:
    """The value of a number written in figures, or None when the token is not one."""
    if _THOUSANDS.match(word):
        return float(word.replace(".", "").replace(",", "."))
    if _EN_THOUSANDS.match(word):
        return float(word.replace(",", ""))
    if _DECIMAL.match(word):
        return float(word.replace(",", "."))
    if _INTEGER.match(word):
        return float(word)
    if scaled and _DOT_DECIMAL.match(word):
        return float(word)
    return None


def _at(words: Sequence[str], i: int) -> str:
    return words[i] if 0 <= i < len(words) else ""


def _read_vague(words: Sequence[str], i: int) -> tuple[int, float] | None:
    best = None
    for phrase, value in _vague().items():
        k = len(phrase)
        if tuple(words[i : i + k]) == phrase and (best is None or k > best[0] - i):
            best = (i + k, value)
    return best


def _read_words(words: Sequence[str], i: int) -> tuple[int, float] | None:
    """Number words: "tiga", "dua belas", "dua puluh lima", "tiga ratus ribu", "dua setengah"."""
    numbers, scales = _numbers(), _scales()
    total = part = small = 0.0
    j, seen = i, False
    while j < len(words):
        w = words[j]
        if w == "setengah" and w in numbers:
            if small % 1:
                break
            small += 0.5
        elif w in numbers and numbers[w] < 10:
            if small:
                break  # "dua tiga" is two numbers
            small = numbers[w]
        elif w in numbers:  # sepuluh, sebelas, seratus, seribu, sejuta...
            if small or (part and numbers[w] >= 100 and part % numbers[w] == 0 and part >= numbers[w]):
                break
            if numbers[w] >= 1000:
                total += numbers[w]
            else:
                part += numbers[w]
        elif seen and w == "belas" and small:
            part, small = part + small + 10, 0.0
        elif seen and w in ("puluh", "ratus") and small:
            part, small = part + small * scales[w], 0.0
        elif seen and w in scales and scales[w] >= 1000 and (part or small):
            total += (part + small) * scales[w]
            part = small = 0.0
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return j, total + part + small


def read_single(words: Sequence[str], i: int) -> Number | None:
    """One number without range: figures with scale words, vague words, or number words."""
    w = _at(words, i)
    scales = _scales()
    scaled_next = _at(words, i + 1) in scales and scales[_at(words, i + 1)] >= 1000
    value = digit_value(w, scaled=scaled_next)
    if value is not None:
        end = i + 1
        scaled = False
        # "1,3 juta", "430 ribu", "1,5 ribu triliun"
        while _at(words, end) in scales and scales[_at(words, end)] >= 1000:
            value *= scales[_at(words, end)]
            end += 1
            scaled = True
        approx = "exact"
        # "1 jutaan" (about a million), "8.000-an", "8.000an"
        vague = _read_vague(words, end)
        if vague and not scaled and vague[0] == end + 1:
            value *= vague[1]
            end, approx, scaled = vague[0], "about", True
        elif _at(words, end) == "-" and _at(words, end + 1) == "an":
            end, approx = end + 2, "about"
        elif _at(words, end) == "an":
            end, approx = end + 1, "about"
        plain = bool(_INTEGER.match(w)) and not scaled
        return Number(i, end, value, None, approx, digits=True, scaled=scaled, plain=plain)
    vague = _read_vague(words, i)
    if vague:
        end, value = vague
        # "belasan ribu", "puluhan miliar": the vague word's magnitude times the scale after it
        while _at(words, end) in scales and scales[_at(words, end)] >= 1000:
            value *= scales[_at(words, end)]
            end += 1
        return Number(i, end, value, None, "vague")
    found = _read_words(words, i)
    if found:
        end, value = found
        return Number(i, end, value)
    return None


def read_collective(words: Sequence[str], i: int) -> Number | None:
    """A "ke-" number read as all of a group: "kedua" (both), "ketiga", "kelima belas", "ketigabelas". The same
    words are ordinals after a noun ("pesawat kedua"); whether a noun that can be counted follows is the caller's
    to check. "kesatu" is only an ordinal."""
    w = _at(words, i)
    if not w.startswith("ke") or w == "kesatu":
        return None
    numbers = _numbers()
    rest, end = w[2:], i + 1
    teen = rest.endswith("belas") and rest[:-5] in numbers
    if teen:
        rest = rest[:-5]  # "ketigabelas"
    value = numbers.get(rest)
    if value is None or value < 2 or value % 1:
        return None
    if not teen and value < 10 and _at(words, end) == "belas":
        teen, end = True, end + 1  # "kelima belas"
    return Number(i, end, value + 10 if teen else value)


def read_number(words: Sequence[str], i: int) -> Number | None:
    """The number starting at token i, with a range after it ("100-200", "lima atau enam")."""
    if _at(words, i) == "antara":
        first = read_single(words, i + 1)
        if first and first.approx == "exact":
            joined = _range(words, first, ("hingga", "sampai", "dan", "-", "–"))
            if joined is not None:
                return Number(
                    i, joined.end, joined.value, joined.value_max, "range", first.digits, joined.scaled
                )
        return None
    first = read_single(words, i)
    if first is None:
        return None
    if first.approx == "exact":
        joined = _range(words, first, tuple(_RANGE_WORDS) + ("atau",))
        if joined is not None:
            return joined
    return first


def _range(words: Sequence[str], first: Number, links: tuple[str, ...]) -> Number | None:
    link = _at(words, first.end)
    if link not in links:
        return None
    second = read_single(words, first.end + 1)
    if second is None or second.approx != "exact" or second.digits != first.digits:
        return None
    if link == "atau" and first.digits:
        return (
            None  # "5 atau 6" in figures is rarer than a choice between two counts; only words read as range
        )
    if link == "ke" and not first.digits:
        return None
    low = first.value
    if second.scaled and not first.scaled:
        # "1,5-2 juta": the scale written once applies to both ends
        factor = second.value / digit_value(words[second.start]) if digit_value(words[second.start]) else 1.0
        low = first.value * factor
    if not (second.value > low and second.value <= low * MAX_RANGE_RATIO):
        return None
    return Number(
        first.start,
        second.end,
        low,
        second.value,
        "range",
        first.digits,
        second.scaled or first.scaled,
        first.plain and second.plain,
    )


def parse(text: str) -> Number | None:
    """The number that makes up all of `text` ("1,3 juta", "antara 100 hingga 200"), or None."""
    words = tokenize(text)
    found = read_number(words, 0) if words else None
    if found is None or found.end != len(words):
        return None
    return found
