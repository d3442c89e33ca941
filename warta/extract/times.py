"""Temporal expressions as TIMEX3 (DATE, TIME, DURATION, SET), resolved against the publication date.

A hand-written scanner over the Doc's tokens: at each token it tries the expression families (dates with
weekday, day + month, month, year, relative phrases, numbers + units, clock times, vague references, sets) and
keeps the longest match. Values follow TimeML: what the text does not say stays `X`, never guessed.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from warta.extensions import TIMES
from warta.extract.numbers import read_single
from warta.extract.numbers import table as number_table
from warta.lang import data_lines
from warta.model import Published
from warta.published import DateMention, infer_published, weekday_warning

__all__ = ["TimeTagger", "find_times"]

# A day + month without a year, or a month alone, is taken in the year that puts it nearest the anchor date,
# but more than this many days ahead reads as last year's (news reports the past more than the future).
_FUTURE_DAYS = 120
# How far from the start of the text a "Selasa (21/11/2023)" still counts as the article's own date.
TOP_CHARS = 600
# Words before a weekday that make it a future day ("akan digelar Sabtu").
_FUTURE_CUES = frozenset({"akan", "dijadwalkan", "rencananya", "direncanakan", "nanti"})
# Words before a number + "tahun" that make it an age, not a duration ("berusia 20 tahun").
_AGE_CUES = frozenset({"usia", "berusia", "umur", "berumur", "umurnya", "usianya", "sejak", "bocah", "anak"})
# Prepositions and markers kept outside the span, as TimeML does ("sejak [7 Oktober]").
_YEAR_CONTEXT = frozenset({"rp", "rp.", "us$", "$", "nomor", "no", "no.", "sebanyak", "kode", "nomer"})
_TZ = frozenset({"wib", "wita", "wit", "gmt", "utc"})
_CLOCK = re.compile(r"^(\d{1,2})(?:[.:](\d{2}))?$")
_DECADE = re.compile(r"^(\d{2}|\d{4})$")


def _tsv(name: str) -> dict[str, str]:
    rows = {}
    for line in data_lines(name):
        key, _, value = line.partition("\t")
        rows[key.strip().lower()] = value.strip()
    return rows


@functools.cache
def _lexicon() -> dict[str, dict]:
    """The word lists, loaded once."""
    return {
        "months": {k: int(v) for k, v in _tsv("months.tsv").items()},
        "weekdays": {k: int(v) for k, v in _tsv("weekdays.tsv").items()},
        "units": _tsv("time_units.tsv"),
        "modifiers": {tuple(k.split()): int(v) for k, v in _tsv("time_modifiers.tsv").items()},
        "dayparts": {tuple(k.split()): v for k, v in _tsv("time_dayparts.tsv").items()},
        "relative": {tuple(k.split()): int(v) for k, v in _tsv("time_relative.tsv").items()},
        "refs": {tuple(k.split()): v for k, v in _tsv("time_refs.tsv").items()},
        "ordinals": {k: int(v) for k, v in _tsv("time_ordinals.tsv").items()},
        "not_year": frozenset(w.lower() for w in data_lines("time_not_year.txt")),
    }


@dataclass
class Found:
    """One temporal expression: token span, TIMEX3 type and value, and for dates the parts the text gave."""

    start: int
    end: int
    type: str
    value: str
    mention: DateMention | None = None


@dataclass
class _Ctx:
    anchor: dt.date | None  # the publication date
    ref: dt.date | None  # the last full date mentioned, for "kemudian"/"sebelumnya"
    found: list[Found] = field(default_factory=list)


# ---------------------------------------------------------------- value helpers


def _day(d: dt.date) -> str:
    return d.isoformat()


def _month(y: int | None, m: int) -> str:
    return f"{y if y else 'XXXX'}-{m:02d}"


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _nearest_year(anchor: dt.date, m: int, d: int, direction: int | None) -> int:
    """The year that puts day d of month m where the modifier says, else nearest the anchor (leaning past)."""
    candidates = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _safe_date(y, m, d)]
    if not candidates:
        return anchor.year
    dates = {y: _safe_date(y, m, d) for y in candidates}
    if direction == -1:
        past = [y for y in candidates if dates[y] <= anchor]
        return max(past) if past else anchor.year
    if direction == 1:
        future = [y for y in candidates if dates[y] >= anchor]
        return min(future) if future else anchor.year
    if direction == 0:
        return anchor.year

    def distance(y: int) -> int:
        days = (dates[y] - anchor).days
        return days if days >= 0 and days <= _FUTURE_DAYS else abs(days) if days < 0 else 10_000 + days

    return min(candidates, key=distance)


def _duration(n: float | None, unit: str) -> str:
    """P/PT value for n units; None n means an unspecified number (X)."""
    if unit == "WINDU":
        unit, n = "Y", (None if n is None else n * 8)
    if unit == "H" and n is not None and n != int(n) and (n * 60) == int(n * 60):
        return f"PT{int(n)}H{int(round((n - int(n)) * 60))}M" if int(n) else f"PT{int(n * 60)}M"
    if n is not None and n != int(n):
        # half units go down one step so the value stays whole: 2.5 jam -> PT150M, 1.5 tahun -> P18M
        down = {
            "H": ("MIN", 60),
            "D": ("H", 24),
            "W": ("D", 7),
            "Y": ("M", 12),
            "M": ("D", 30),
            "MIN": ("S", 60),
        }
        if unit in down:
            unit, factor = down[unit]
            n = n * factor
    count = "X" if n is None else str(int(n)) if n == int(n) else str(n)
    if unit in ("H", "MIN", "S"):
        return f"PT{count}{'M' if unit == 'MIN' else unit}"
    return f"P{count}{unit}"


def _offset_value(base: dt.date | None, n: float | None, unit: str, sign: int) -> str:
    """The date n units before/after base, at the unit's granularity (TimeML: "tiga hari lalu" is a day)."""
    if n is None or n != int(n) or unit in ("H", "MIN", "S", "CE", "WINDU"):
        # "beberapa hari lalu" or "dua jam lalu": only the direction is known at day granularity
        return "PAST_REF" if sign < 0 else "FUTURE_REF"
    if base is None:
        return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX"}.get(unit, "XXXX")
    n = int(n) * sign
    if unit == "D":
        return _day(base + dt.timedelta(days=n))
    if unit == "W":
        return _week(base + dt.timedelta(weeks=n))
    if unit == "M":
        y, m = _add_months(base.year, base.month, n)
        return _month(y, m)
    if unit == "Y":
        return str(base.year + n)
    return str(base.year + 10 * n)[:3]  # decades


# ---------------------------------------------------------------- the scanner


class _Scanner:
    """Matches expression families at a token position; every `_m_*` returns a Found or None."""

    def __init__(self, doc: Doc, ctx: _Ctx):
        self.doc = doc
        self.low = [t.lower_ for t in doc]
        self.text = [t.text for t in doc]
        self.n = len(doc)
        self.ctx = ctx
        self.lex = _lexicon()

    # -- small readers

    def at(self, i: int) -> str:
        return self.low[i] if 0 <= i < self.n else ""

    def phrase(self, i: int, table: str) -> tuple[int, object] | None:
        """Longest phrase from table starting at token i: (end, value)."""
        best = None
        for words, value in _by_first(table).get(self.at(i), ()):
            k = len(words)
            if tuple(self.low[i : i + k]) == words and (best is None or k > best[0] - i):
                best = (i + k, value)
        return best

    def modifier(self, i: int) -> tuple[int, int] | None:
        found = self.phrase(i, "modifiers")
        return (found[0], int(found[1])) if found else None

    def int_at(self, i: int, lo: int, hi: int) -> int | None:
        w = self.at(i)
        if w.isdigit() and lo <= int(w) <= hi:
            return int(w)
        return None

    def month_at(self, i: int, strict: bool = True) -> int | None:
        """Month number of token i; bare abbreviations ("Des") count only with strict=False (next to a number)."""
        w = self.at(i)
        m = self.lex["months"].get(w)
        if m is None:
            return None
        full = len(w) > 4 or w in ("juni", "juli", "mei") or w.endswith(".")
        if strict and not full:
            return None
        if strict and not self.text[i][:1].isupper():
            return None
        return m

    def year_at(self, i: int) -> int | None:
        y = self.int_at(i, 1900, 2100)
        if y is None or len(self.low[i]) != 4:
            return None
        if self.at(i + 1) in self.lex["not_year"] or self.at(i - 1) in _YEAR_CONTEXT or self.at(i - 1) == "/":
            # "Permen ESDM No 1/2013" numbers a regulation
            return None
        # "2.500" is one token, but "2013/2014" seasons and "1.2014" are not years here
        if self.at(i + 1) in ("/",) and self.int_at(i + 2, 1900, 2100):
            return None
        return y

    def number(self, i: int) -> tuple[int, float | None] | None:
        """A number at token i, in digits or Indonesian words: (end, value); None value for "beberapa"."""
        w = self.at(i)
        if w in ("beberapa", "sejumlah"):
            return i + 1, None
        if w[:1].isdigit() and not re.fullmatch(r"\d+(,\d+)?", w):
            return None  # "13.992 hari ini" is a sum of money before "hari ini", not 13,992 days
        number = read_single(self.low, i)
        if number is None or number.approx != "exact":
            return None
        return number.end, number.value

    def unit(self, i: int) -> str | None:
        return self.lex["units"].get(self.at(i))

    def daypart(self, i: int) -> tuple[int, str] | None:
        found = self.phrase(i, "dayparts")
        return (found[0], str(found[1])) if found else None

    def weekday(self, i: int) -> int | None:
        w = self.at(i)
        wd = self.lex["weekdays"].get(w)
        if wd is None:
            return None
        if w == "minggu":
            # "minggu" is also "week": the weekday is capitalised and not followed by lalu/depan/ini
            if not self.text[i][:1].isupper() or self.modifier(i + 1) or self.at(i - 1).isdigit():
                return None
        elif not self.text[i][:1].isupper():
            return None
        prev = self.text[i - 1] if i > 0 else ""
        sentence_start = (
            i < 2 or self.text[i - 2] in (".", "!", "?", "\n", '"', "”", "“") or "\n" in self.text[i - 2]
        )
        if (
            prev.istitle()
            and prev.isalpha()
            and not sentence_start
            and prev.lower()
            not in (
                "pada",
                "hari",
                "sejak",
                "hingga",
                "sampai",
                "setiap",
                "tiap",
            )
        ):
            return None  # part of a name: "Pasar Minggu", "Jumat Agung" reads the other way but is rare
        return wd

    # -- families

    def match(self, i: int) -> Found | None:
        """The longest expression starting at token i."""
        w = self.low[i]
        if w not in _triggers() and not w[:1].isdigit() and not _REDUP.fullmatch(w):
            return None  # most tokens start no expression: skip the rules
        best = None
        for rule in (
            self.m_weekday,
            self.m_numeric_date,
            self.m_day_month,
            self.m_month,
            self.m_year,
            self.m_boundary,
            self.m_unit_relative,
            self.m_fixed_relative,
            self.m_number_unit,
            self.m_clock,
            self.m_ref,
            self.m_set,
            self.m_quarter,
        ):
            found = rule(i)
            if found and (best is None or found.end > best.end):
                best = found
        return best

    def resolve_weekday(self, wd: int, direction: int | None, i: int) -> dt.date | None:
        anchor = self.ctx.anchor
        if anchor is None:
            return None
        today = anchor.isoweekday()
        if direction is None and any(self.at(j) in _FUTURE_CUES for j in range(max(0, i - 4), i)):
            direction = 2  # future including today
        if direction == -1:
            return anchor - dt.timedelta(days=(today - wd) % 7 or 7)
        if direction == 1:
            return anchor + dt.timedelta(days=(wd - today) % 7 or 7)
        if direction == 2:
            return anchor + dt.timedelta(days=(wd - today) % 7)
        if direction == 0:
            return anchor + dt.timedelta(days=wd - today)
        return anchor - dt.timedelta(days=(today - wd) % 7)

    def m_weekday(self, i: int) -> Found | None:
        start = i
        if self.at(i) == "hari" and self.weekday(i + 1):
            i += 1
        wd = self.weekday(i)
        if wd is None:
            return None
        j = i + 1
        k = j + 1 if self.at(j) == "," else j
        # 1. "Selasa (21/11/2023)" / "Rabu (18/5)"
        if self.at(k) == "(" and self.at(k + 2) == "/":
            d, m = self.int_at(k + 1, 1, 31), self.int_at(k + 3, 1, 12)
            if d and m:
                y = None
                end = k + 4
                if self.at(end) == "/" and self.int_at(end + 1, 1900, 2100):
                    y, end = int(self.at(end + 1)), end + 2
                elif (
                    self.at(end) == "/"
                    and self.int_at(end + 1, 0, 99) is not None
                    and len(self.at(end + 1)) == 2
                ):
                    y, end = 2000 + int(self.at(end + 1)), end + 2
                if self.at(end) == ")":
                    return self.dated(start, end + 1, y, m, d, wd, paren=True)
        # 2. "Kamis, 30 November 2023" / "Kamis 30 Nov."
        d = self.int_at(k, 1, 31)
        if d:
            m = self.month_at(k + 1, strict=False)
            if m:
                y = self.year_at(k + 2)
                return self.dated(start, k + 3 if y else k + 2, y, m, d, wd)
        # 3. "Senin lalu", "Selasa petang", "Senin depan"
        direction = None
        end = i + 1
        mod = self.modifier(end)
        if mod and mod[1] != 0 or (mod and self.at(end) == "ini"):
            end, direction = mod
        date = self.resolve_weekday(wd, direction, start)
        if date is None:
            value = f"XXXX-WXX-{wd}"
            mention = None
        else:
            value = _day(date)
            self.ctx.ref = date
            mention = DateMention(
                self.span_text(start, end), self.doc[start].idx, date.year, date.month, date.day, wd
            )
        part = self.daypart(end)
        if part:
            return Found(start, part[0], "TIME", f"{value}T{part[1]}", mention)
        return Found(start, end, "DATE", value, mention)

    def span_text(self, start: int, end: int) -> str:
        return self.doc[start:end].text

    def dated(
        self,
        start: int,
        end: int,
        y: int | None,
        m: int,
        d: int,
        wd: int | None,
        paren: bool = False,
        direction: int | None = None,
    ) -> Found | None:
        """A day-month(-year) date; resolves a missing year against the anchor, keeps weekday for checks."""
        if not _safe_date(y or 2000, m, d):
            return None
        given_year = y
        if y is None and self.ctx.anchor is not None:
            y = _nearest_year(self.ctx.anchor, m, d, direction)
            # a weekday that fits a neighbouring year better does not move the date: the day/month is written
            # out, the weekday is the part most often wrong (seed 002), and the mismatch is reported instead
        mention = DateMention(
            self.span_text(start, end), self.doc[start].idx, given_year, m, d, wd, paren=paren
        )
        if y is None:
            value = f"XXXX-{m:02d}-{d:02d}"
        else:
            date = dt.date(y, m, d)
            value = _day(date)
            self.ctx.ref = date
        part = self.daypart(end)
        if part:
            return Found(start, part[0], "TIME", f"{value}T{part[1]}", mention)
        return Found(start, end, "DATE", value, mention)

    def m_numeric_date(self, i: int) -> Found | None:
        """ "(17/10/2013)" or "17/10/2013" without a weekday: only with a four-digit year."""
        start = i + 1 if self.at(i) == "(" else i
        d, m = self.int_at(start, 1, 31), self.int_at(start + 2, 1, 12)
        if d and m and self.at(start + 1) in ("/", "-") and self.at(start + 3) == self.at(start + 1):
            y = self.int_at(start + 4, 1900, 2100)
            if y:
                return self.dated(start, start + 5, y, m, d, None)
        return None

    def m_day_month(self, i: int) -> Found | None:
        """ "30 November 2023", "tanggal 7 Oktober", "7-8 Oktober" (the last day), "17 Agt. lalu"."""
        start = i
        if self.at(i) == "tanggal":
            i += 1
        d = self.int_at(i, 1, 31)
        if d is None:
            return None
        if self.at(i + 1) in ("-", "dan", "hingga", "sampai") and self.int_at(i + 2, 1, 31):
            # a day range "7-8 Oktober": TimeML tags the days apart; the first one here gets the month too
            m = self.month_at(i + 3, strict=False)
            if m:
                y = self.year_at(i + 4)
                return self.dated(start, i + 1, y, m, d, None)
        m = self.month_at(i + 1, strict=False)
        if not m:
            return None
        end = i + 2
        y = self.year_at(end)
        if y:
            end += 1
        direction = None
        mod = self.modifier(end)
        if mod and (not y or mod[1] != 0):
            # "1 Januari 2014 mendatang": the modifier is part of the expression even when the year is given
            end, direction = mod[0], (None if y else mod[1])
        return self.dated(start, end, y, m, d, None, direction=direction)

    def m_month(self, i: int) -> Found | None:
        """ "November 2023", "bulan Maret lalu", "Oktober ini", "Juli"."""
        start = i
        if self.at(i) == "bulan" and self.month_at(i + 1, strict=False):
            i += 1
        y = self.year_at(i + 1)
        m = self.month_at(i, strict=not y and start == i)
        if not m:
            return None
        if self.at(i - 1).isdigit() and self.int_at(i - 1, 1, 31):
            return None  # part of a day-month date that another rule reads
        if (
            self.lex["months"].get(self.at(i)) == 5
            and not y
            and start == i
            and self.at(i - 1)
            not in (
                "pada",
                "sejak",
                "hingga",
                "sampai",
                "awal",
                "akhir",
                "pertengahan",
                "bulan",
                "medio",
                "dan",
                "akhir",
            )
            and not self.modifier(i + 1)
        ):
            return None  # "Mei" is also a name
        end = i + 1
        if y:
            mod = self.modifier(end + 1)
            return Found(start, mod[0] if mod else end + 1, "DATE", _month(y, m))
        mod = self.modifier(end)
        direction = None
        if mod:
            end, direction = mod
        elif any(self.at(j) in _FUTURE_CUES for j in range(max(0, start - 6), start)):
            direction = 1  # "pertemuan berikutnya dijadwalkan pada Juni": the next June
        anchor = self.ctx.anchor
        if anchor is None:
            return Found(start, end, "DATE", _month(None, m))
        if direction == -1:
            year = anchor.year if m < anchor.month else anchor.year - 1
        elif direction == 1:
            year = anchor.year if m > anchor.month else anchor.year + 1
        elif direction == 0:
            year = anchor.year
        else:
            year = _nearest_year(anchor, m, 1 if m != anchor.month else anchor.day, None)
        return Found(start, end, "DATE", _month(year, m))

    def m_year(self, i: int) -> Found | None:
        """ "tahun 2008", "2014", "tahun 40-an", "1990-an", "tahun 2013 lalu"."""
        start = i
        if self.at(i) == "tahun":
            i += 1
        w = self.at(i)
        if _DECADE.match(w) and self.at(i + 1) == "-" and self.at(i + 2) == "an":
            if len(w) == 2 and start == i:
                return None  # "40-an" alone can be an age ("usia 40-an")
            decade = ("19" + w if len(w) == 2 else w)[:3]
            return Found(start, i + 3, "DATE", decade)
        if start != i and w.isdigit() and len(w) == 4 and self.int_at(i, 1000, 2100):
            y = int(w)
        else:
            y = self.year_at(i)
        if y is None:
            return None
        end = i + 1
        mod = self.modifier(end)
        if mod:
            end = mod[0]  # "penghujung 2013 ini", "tahun 2012 lalu": the modifier belongs to the expression
        return Found(start, end, "DATE", str(y))

    def m_boundary(self, i: int) -> Found | None:
        """ "awal Desember", "akhir tahun", "pertengahan 2014", "akhir pekan": the value of what follows."""
        if self.at(i) not in ("awal", "akhir", "pertengahan", "medio", "penghujung", "permulaan"):
            return None
        inner = self.m_month(i + 1) or self.m_year(i + 1) or self.m_unit_relative(i + 1)
        if inner is None and self.at(i + 1) in ("tahun", "bulan", "pekan", "minggu") and not self.unit(i + 2):
            # "akhir tahun" with no modifier: this year / month / week of the anchor
            unit = self.unit(i + 1)
            inner = Found(i + 1, i + 2, "DATE", self.relative_value(unit, 0))
        if inner is None:
            return None
        value = inner.value
        if self.at(i) == "akhir" and self.at(i + 1) == "pekan" and "-W" in value:
            value = f"{value}-WE"
        elif self.at(i) == "akhir" and self.at(i + 1) == "pekan" and value.endswith("WXX"):
            value = f"{value}-WE"
        return Found(i, inner.end, inner.type, value)

    def relative_value(self, unit: str | None, direction: int) -> str:
        anchor = self.ctx.anchor
        if unit == "D":
            return _day(anchor + dt.timedelta(days=direction)) if anchor else "XXXX-XX-XX"
        if unit == "W":
            return _week(anchor + dt.timedelta(weeks=direction)) if anchor else "XXXX-WXX"
        if unit == "M":
            return _month(*_add_months(anchor.year, anchor.month, direction)) if anchor else "XXXX-XX"
        if unit == "Y":
            return str(anchor.year + direction) if anchor else "XXXX"
        return "PRESENT_REF"

    def m_unit_relative(self, i: int) -> Found | None:
        """ "pekan lalu", "bulan depan", "tahun ini", "minggu lalu"."""
        unit = self.unit(i)
        if unit not in ("W", "M", "Y"):
            return None
        mod = self.modifier(i + 1)
        if not mod or self.at(i + 1) == "sebelumnya":
            return None
        end, direction = mod
        return Found(i, end, "DATE", self.relative_value(unit, direction))

    def m_fixed_relative(self, i: int) -> Found | None:
        """ "kemarin", "besok", "hari ini", "tadi malam", "pagi ini", "keesokan harinya"."""
        anchor = self.ctx.anchor
        w = self.at(i)
        if w == "keesokan" and self.at(i + 1) in ("harinya", "hari"):
            ref = self.ctx.ref
            return Found(i, i + 2, "DATE", _day(ref + dt.timedelta(days=1)) if ref else "XXXX-XX-XX")
        if w == "tadi" and self.daypart(i + 1):
            end, part = self.daypart(i + 1)
            day = anchor - dt.timedelta(days=1) if anchor and part == "NI" else anchor
            return Found(i, end, "TIME", f"{_day(day) if day else 'XXXX-XX-XX'}T{part}")
        if w == "semalam" and self.at(i + 1) not in self.lex["units"]:
            day = anchor - dt.timedelta(days=1) if anchor else None
            return Found(i, i + 1, "TIME", f"{_day(day) if day else 'XXXX-XX-XX'}TNI")
        part = self.daypart(i)
        if part and self.at(part[0]) in ("ini", "tadi"):
            return Found(i, part[0] + 1, "TIME", f"{_day(anchor) if anchor else 'XXXX-XX-XX'}T{part[1]}")
        if part and self.at(part[0]) == "hari" and self.at(part[0] + 1) in ("ini", "tadi"):
            # "sore hari ini": the part of today, one expression
            return Found(i, part[0] + 2, "TIME", f"{_day(anchor) if anchor else 'XXXX-XX-XX'}T{part[1]}")
        if w == "tengah" and self.at(i + 1) == "hari":
            return Found(i, i + 2, "TIME", f"{self.clock_day(i)}TMI")
        if w == "hari" and self.at(i + 1) == "yang" and self.at(i + 2) == "sama":
            ref = self.ctx.ref
            return Found(i, i + 3, "DATE", _day(ref) if ref else "XXXX-XX-XX")
        found = self.phrase(i, "relative")
        if not found:
            return None
        end, offset = found
        value = _day(anchor + dt.timedelta(days=int(offset))) if anchor else "XXXX-XX-XX"
        if anchor:
            self.ctx.ref = anchor + dt.timedelta(days=int(offset))
        part = self.daypart(end)
        if part:
            return Found(i, part[0], "TIME", f"{value}T{part[1]}")
        return Found(i, end, "DATE", value)

    def m_number_unit(self, i: int) -> Found | None:
        """ "tiga hari kemudian", "40 hari terakhir", "dua setengah jam", "berminggu-minggu"."""
        w = self.at(i)
        start = i
        unit = None
        n: float | None
        # 1. reduplicated "berhari-hari", "berminggu-minggu", and "bertahun-tahun" mean an unspecified number
        redup = re.fullmatch(r"ber(\w+)-(\w+)", w)
        if redup and redup.group(1) == redup.group(2) and redup.group(1) in self.lex["units"]:
            return Found(i, i + 1, "DURATION", _duration(None, self.lex["units"][redup.group(1)]))
        if w in ("puluhan", "ratusan", "ribuan") and self.unit(i + 1) == "Y":
            return Found(i, i + 2, "DURATION", {"puluhan": "PXDE", "ratusan": "PXCE", "ribuan": "PXCE"}[w])
        # 2. "sehari", "seminggu", "sepekan", "sebulan", "setahun", "sejam"
        if w.startswith("se") and w[2:] in self.lex["units"]:
            n, unit, end = 1.0, self.lex["units"][w[2:]], i + 1
            if self.at(end) == "setengah":
                n, end = 1.5, end + 1
        else:
            num = self.number(i)
            if not num:
                return None
            end, n = num
            unit = self.unit(end)
            if unit is None:
                return None
            if self.at(i - 1) in _AGE_CUES or self.at(i - 1) == "ke-" or self.at(i - 1) == "ke":
                return None
            if (
                unit == "W"
                and self.at(end) == "minggu"
                and self.text[end][:1].isupper()
                and self.at(end + 1) == "("
            ):
                return None  # "2 Minggu (...)" is a weekday
            end += 1
        # compound "2 jam 30 menit"
        if unit == "H" and n is not None:
            more = self.number(end)
            if more and more[1] is not None and self.unit(more[0]) == "MIN":
                minutes = int(n * 60 + more[1])
                end = more[0] + 1
                return Found(
                    start,
                    end,
                    "DURATION",
                    f"PT{minutes // 60}H{minutes % 60}M" if minutes % 60 else f"PT{minutes // 60}H",
                )
        after = self.at(end)
        # 3. "lalu/silam/yang lalu" (before the anchor), "kemudian/sebelumnya/berikutnya" (from the last date)
        mod = self.modifier(end)
        if mod and mod[1] == -1 and after != "sebelumnya":
            return Found(start, mod[0], "DATE", _offset_value(self.ctx.anchor, n, unit, -1))
        if after in ("kemudian", "sebelumnya", "berikutnya", "setelahnya", "sesudahnya", "lagi"):
            base = self.ctx.anchor if after == "lagi" else (self.ctx.ref or self.ctx.anchor)
            if unit in ("Y", "M") and after != "lagi":
                base = self.last_reference(unit) or base
            sign = -1 if after == "sebelumnya" else 1
            value = _offset_value(base, n, unit, sign)
            if unit == "D" and base is not None and n is not None and n == int(n) and after != "lagi":
                self.ctx.ref = base + dt.timedelta(days=int(n) * sign)
            return Found(start, end + 1, "DATE", value)
        if after == "terakhir" or (after == "ke" and self.at(end + 1) == "depan") or after == "mendatang":
            end = end + 2 if after == "ke" else end + 1
        return Found(start, end, "DURATION", _duration(n, unit))

    def last_reference(self, unit: str) -> dt.date | None:
        """The last date mentioned at year (or month) granularity or finer ("setahun sebelumnya")."""
        pattern = r"(\d{4})(?:-(\d{2}))?" if unit == "Y" else r"(\d{4})-(\d{2})"
        for found in reversed(self.ctx.found):
            match = re.match(pattern + r"(?:-(\d{2}))?(?:$|T)", found.value) if found.type == "DATE" else None
            if match:
                return dt.date(int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1))
        return None

    def m_clock(self, i: int) -> Found | None:
        """ "pukul 08.30 WIB", "jam 9 malam", "14.00 WIB"."""
        start = i
        if self.at(i) in ("pukul", "jam"):
            i += 1
        elif self.at(i + 1) not in _TZ:
            return None
        match = _CLOCK.match(self.at(i))
        if not match:
            return None
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour > 24 or minute > 59:
            return None
        end = i + 1
        if self.at(end) in ("-", "hingga", "sampai") and _CLOCK.match(self.at(end + 1)):
            end += 2  # "pukul 08.00-10.00 WIB": one span; the start time is the value
        part = self.daypart(end)
        if part:
            end = part[0]
            if part[1] in ("AF", "EV", "NI") and hour < 12 and not (part[1] == "NI" and hour < 5):
                hour += 12
        if self.at(end) in _TZ:
            end += 1
        if hour == 24:
            hour = 0
        day = self.clock_day(start)
        return Found(start, end, "TIME", f"{day}T{hour:02d}:{minute:02d}")

    def clock_day(self, i: int) -> str:
        """The day a clock time belongs to: the last date in the same sentence, else the anchor."""
        # the sentence is approximated by the tokens back to the last full stop, so the tagger needs no parser
        sent_start = i
        while (
            sent_start > 0
            and self.low[sent_start - 1] not in (".", "!", "?")
            and "\n" not in self.low[sent_start - 1]
        ):
            sent_start -= 1
        for found in reversed(self.ctx.found):
            if found.start < sent_start:
                break
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", found.value[:10]) or found.value.startswith("XXXX-"):
                return found.value[:10]
        return _day(self.ctx.anchor) if self.ctx.anchor else "XXXX-XX-XX"

    def m_ref(self, i: int) -> Found | None:
        found = self.phrase(i, "refs")
        if not found:
            return None
        start = i
        if self.at(i) == "waktu" and self.at(i - 1) == "dalam":
            start = i - 1  # "dalam waktu dekat" reads as one phrase
        return Found(start, found[0], "DATE", str(found[1]))

    def m_set(self, i: int) -> Found | None:
        """ "setiap tahun", "tiap Senin", "setiap hari", "per tahun" is left alone (a rate)."""
        if self.at(i) not in ("setiap", "tiap", "saban", "tiap-tiap"):
            return None
        j = i + 1
        wd = self.weekday(j) if self.text[j : j + 1] else None
        if wd:
            return Found(i, j + 1, "SET", f"XXXX-WXX-{wd}")
        n = 1.0
        num = self.number(j)
        if num and num[1] is not None:
            j, n = num
        unit = self.unit(j)
        if unit:
            end = j + 1
            if self.at(end) in ("-nya", "nya"):
                end += 1
            return Found(i, end, "SET", _duration(n, unit))
        part = self.daypart(j)
        if part:
            return Found(i, part[0], "SET", f"XXXX-XX-XXT{part[1]}")
        m = self.month_at(j, strict=False)
        if m:
            return Found(i, j + 1, "SET", f"XXXX-{m:02d}")
        return None

    def m_quarter(self, i: int) -> Found | None:
        """ "kuartal III 2013", "triwulan I-2014", "semester II tahun ini", "paruh pertama tahun depan"."""
        w = self.at(i)
        if w not in ("kuartal", "triwulan", "semester", "paruh"):
            return None
        j = i + 1
        q = self.lex["ordinals"].get(self.at(j)) or self.int_at(j, 1, 4)
        if not q or (w in ("semester", "paruh") and q > 2):
            return None
        end = j + 1
        if self.at(end) == "-":
            end += 1
        if self.at(end) == "tahun":
            end += 1
        y = self.year_at(end) or (self.int_at(end, 1900, 2100) if len(self.at(end)) == 4 else None)
        code = "H" if w in ("semester", "paruh") else "Q"
        if y:
            return Found(i, end + 1, "DATE", f"{y}-{code}{q}")
        mod = self.modifier(end)
        if mod and self.at(end - 1) == "tahun":
            year = self.relative_value("Y", mod[1])
            return Found(i, mod[0], "DATE", f"{year}-{code}{q}")
        # without a year the quarter is the publication year's, as news uses it ("kuartal ketiga" in December)
        year = str(self.ctx.anchor.year) if self.ctx.anchor else "XXXX"
        return Found(i, j + 1, "DATE", f"{year}-{code}{q}")


_REDUP = re.compile(r"ber(\w+)-\1")


@functools.cache
def _by_first(table: str) -> dict[str, list]:
    """A phrase table of the lexicon indexed by its first word."""
    index: dict[str, list] = {}
    for words, value in _lexicon()[table].items():
        index.setdefault(words[0], []).append((words, value))
    return index


@functools.cache
def _triggers() -> frozenset[str]:
    """Every word that can start an expression (besides digits and "berhari-hari" forms)."""
    lex = _lexicon()
    words = set(lex["months"]) | set(lex["weekdays"]) | set(lex["units"]) | set(number_table("number"))
    for table in ("dayparts", "relative", "refs"):
        words |= {k[0] for k in lex[table]}
    words |= {"se" + u for u in lex["units"]}
    words |= {
        "tanggal",
        "bulan",
        "tahun",
        "hari",
        "awal",
        "akhir",
        "pertengahan",
        "medio",
        "penghujung",
        "permulaan",
        "keesokan",
        "tadi",
        "semalam",
        "pukul",
        "jam",
        "setiap",
        "tiap",
        "saban",
        "tiap-tiap",
        "kuartal",
        "triwulan",
        "semester",
        "paruh",
        "tengah",
        "(",
        "beberapa",
        "sejumlah",
        "setengah",
        "puluhan",
        "ratusan",
        "ribuan",
        "waktu",
    }
    return frozenset(words)


def find_times(doc: Doc, anchor: dt.date | None) -> list[Found]:
    """Every temporal expression in the doc, left to right, resolved against the anchor date (or left X)."""
    ctx = _Ctx(anchor=anchor, ref=anchor)
    scanner = _Scanner(doc, ctx)
    i = 0
    while i < scanner.n:
        found = scanner.match(i)
        if found is None or found.end <= i:
            i += 1
            continue
        ctx.found.append(found)
        i = found.end
    return ctx.found


@Language.factory("warta_times", assigns=["doc.spans"])
def make_time_tagger(nlp: Language, name: str) -> TimeTagger:
    return TimeTagger(nlp, name)


class TimeTagger:
    """Finds the publication date when metadata gave none, then tags every temporal expression against it."""

    def __init__(self, nlp: Language, name: str = "warta_times"):
        self.name = name
        _lexicon()

    def __call__(self, doc: Doc) -> Doc:
        if doc._.warnings is None:
            doc._.warnings = []
        published: Published | None = doc._.published
        if published is None or published.value is None:
            # 1. tag without an anchor to see the dates the text writes out, 2. pick the article's date
            bare = find_times(doc, None)
            inferred, warnings = infer_published(
                [f.mention for f in bare if f.mention is not None],
                dateline=doc._.dateline,
                top_chars=TOP_CHARS,
                years=[
                    int(f.value[:4]) for f in bare if f.type == "DATE" and re.match(r"\d{4}(-|$)", f.value)
                ],
            )
            doc._.warnings.extend(warnings)
            if inferred is not None:
                doc._.published = published = inferred
        anchor = _anchor(published)
        found = find_times(doc, anchor)
        if anchor is not None:
            for f in found:
                warning = weekday_warning(f.mention, f.value)
                if warning and warning not in doc._.warnings:
                    doc._.warnings.append(warning)
        self.set_annotations(doc, found)
        return doc

    def set_annotations(self, doc: Doc, found: list[Found]) -> None:
        spans = []
        for f in found:
            span = Span(doc, f.start, f.end)
            span._.timex_type = f.type
            span._.timex_value = f.value
            spans.append(span)
        doc.spans[TIMES] = spans


def _anchor(published: Published | None) -> dt.date | None:
    if (
        published is None
        or not published.value
        or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published.value[:10])
    ):
        return None
    return dt.date.fromisoformat(published.value[:10])
