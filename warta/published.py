"""The article's own publication date: from metadata here; the time component may infer it from the text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from warta.model import Published

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def published_from_metadata(value: str | None) -> Published | None:
    """Normalise a metadata date ("2023-11-21", "2023-11-21T08:00:00+07:00") to a TIMEX3 date value."""
    if not value or not value.strip():
        return None
    match = _ISO_DATE.search(value)
    if not match:
        raise ValueError(f"cannot read published date {value!r}: expected an ISO date such as 2023-11-21")
    return Published(value=match.group(0), basis="metadata", evidence=value.strip())


@dataclass(frozen=True)
class DateMention:
    """A date the text writes with day and month: year and weekday when given, where it starts in the text."""

    text: str
    start: int
    year: int | None
    month: int
    day: int
    weekday: int | None = None  # ISO weekday, Monday = 1
    paren: bool = False  # written "Selasa (21/11/2023)", the Indonesian news way of dating the report


def weekday_years(weekday: int, month: int, day: int, years: range) -> list[int]:
    """The years in which day/month falls on the weekday."""
    fits = []
    for year in years:
        try:
            if dt.date(year, month, day).isoweekday() == weekday:
                fits.append(year)
        except ValueError:
            continue
    return fits


def weekday_warning(mention: DateMention | None, value: str) -> str | None:
    """A warning when a written weekday contradicts the resolved date ("Rabu (18/5)" in 2021)."""
    if mention is None or mention.weekday is None or not _ISO_DATE.fullmatch(value[:10]):
        return None
    date = dt.date.fromisoformat(value[:10])
    if date.isoweekday() == mention.weekday:
        return None
    return (
        f"weekday contradicts date: {mention.text!r} names a {_WEEKDAY_NAMES[mention.weekday]} "
        f"but {date.isoformat()} is a {_WEEKDAY_NAMES[date.isoweekday()]}"
    )


def infer_published(
    mentions: list[DateMention], *, dateline: str | None, top_chars: int, years: list[int]
) -> tuple[Published | None, list[str]]:
    """The article's date from its text (dateline, "Hari (dd/mm/yyyy)" near the top, or a weekday + day/month);
    returns (published or None, warnings)."""
    warnings: list[str] = []
    top = [m for m in mentions if m.start < top_chars]
    # 1. the dateline ("Jakarta, 21 November 2023") or "Selasa (21/11/2023)" near the top
    for mention in top:
        in_dateline = dateline is not None and mention.text in dateline
        if mention.year is not None and (in_dateline or (mention.paren and mention.weekday is not None)):
            value = f"{mention.year:04d}-{mention.month:02d}-{mention.day:02d}"
            return Published(value, "dateline", mention.text), warnings
    # 2. a weekday with day/month and no year: the years where it fits, among those the article mentions
    for mention in mentions:
        if mention.weekday is None or mention.year is not None:
            continue
        mentioned = sorted(set(years))
        fits_mentioned = [
            y
            for y in mentioned
            if weekday_years(mention.weekday, mention.month, mention.day, range(y, y + 1))
        ]
        name, when = _WEEKDAY_NAMES[mention.weekday], f"{mention.day}/{mention.month}"
        named = ", ".join(map(str, mentioned))
        if fits_mentioned:
            # the latest fitting year: a report dates itself at or after the events it mentions
            year = max(fits_mentioned)
            why = (
                f"{mention.text!r}: a {name} on {when} fits {', '.join(map(str, fits_mentioned))} among the "
                f"years the article mentions ({named}); chose {year}"
            )
            return Published(f"{year:04d}-{mention.month:02d}-{mention.day:02d}", "inferred", why), warnings
        # a day/month repeats its weekday within 11 years; the first fit after the latest year mentioned is the
        # one a report-after-events reading allows
        later = (
            weekday_years(
                mention.weekday, mention.month, mention.day, range(max(mentioned) + 1, max(mentioned) + 12)
            )
            if mentioned
            else []
        )
        if later:
            year = later[0]
            why = f"{mention.text!r}: a {name} on {when} fits no year the article mentions ({named}); {year} is the "
            why += "first later year it fits"
            return Published(f"{year:04d}-{mention.month:02d}-{mention.day:02d}", "inferred", why), warnings
        window = range(_WINDOW[0], _WINDOW[1] + 1)
        fits = ", ".join(map(str, weekday_years(mention.weekday, mention.month, mention.day, window)))
        span = f"{window.start}-{window.stop - 1}"
        if mentioned:
            warnings.append(
                f"weekday contradicts date: {mention.text!r} is a {name} in {fits} ({span}), not in the years "
                f"the article mentions ({named}); publication date left unknown"
            )
        else:
            warnings.append(
                f"no year for {mention.text!r}: {when} is a {name} in {fits} ({span}) and the article names no "
                "year; publication date left unknown"
            )
        return None, warnings
    return None, warnings


# Years listed in a warning when the article gives none to choose from (a reader checks them by hand).
_WINDOW = (2000, 2030)
_WEEKDAY_NAMES = {
    1: "Monday",
    2: "Tuesday",
    3: "Wednesday",
    4: "Thursday",
    5: "Friday",
    6: "Saturday",
    7: "Sunday",
}
