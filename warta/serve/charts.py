"""Charts drawn on the server as inline SVG (no scripts, no chart library): figures over time per reporter."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from markupsafe import Markup, escape

from warta.corpus.claims import format_number as claims_format_number

# One colour per series (reporter or outlet), chosen to stay apart for common colour blindness (Okabe–Ito).
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#000000", "#f0e442")
CONFLICT = "#d1242f"

WIDTH = 720
PLOT_HEIGHT = 220
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 64, 16, 12, 36
LEGEND_ROW = 18
MIN_LABEL_GAP = 90  # px between the centres of two day labels (each about 70 px wide)


_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?(?![\dW-])")


def parse_day(value: Any) -> date | None:
    """The first day of an ISO date, datetime, month, ISO week or year at the start of `value`, else None.

    "2023-11-21T10:00" and "2023-11-21" give 2023-11-21, "2023-11" its first day, "2023-W47" that week's
    Monday; a TIMEX value with unknown parts ("2023-11-XX", "PRESENT_REF") gives None, never a made-up day.
    """
    if not isinstance(value, str):
        return None
    match = _DAY.match(value.strip().split("T", 1)[0])
    if match is None:
        return None
    year, month, day, week = match.groups()
    try:
        if week:
            return date.fromisocalendar(int(year), int(week), 1)
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def format_number(x: float | int | None) -> str:
    """A figure as the news writes it: "13.300", "2,5", "1,3 juta" ("?" when unknown)."""
    return "?" if x is None else claims_format_number(x)


def format_value(figure: Mapping[str, Any]) -> str:
    """A figure's value with its range and hedge: "at_least 13.300", "5.000–6.000"."""
    text = format_number(figure.get("value"))
    if figure.get("value_max") is not None:
        text += "–" + format_number(figure["value_max"])
    approx = figure.get("approx")
    if approx and approx not in ("exact", "range"):
        text = f"{approx.replace('_', ' ')} {text}"
    return text


def series_name(figure: Mapping[str, Any]) -> str:
    """Who the figure is from: its reporter (e.g. the health ministry), else the outlet that printed it."""
    return figure.get("reported_by") or figure.get("outlet") or "unknown source"


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / max(ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


@dataclass(frozen=True)
class Point:
    day: date
    low: float
    high: float
    figure: Mapping[str, Any]


def _points(figures: Iterable[Mapping[str, Any]]) -> tuple[list[Point], int]:
    points, skipped = [], 0
    for figure in figures:
        day = parse_day(figure.get("as_of"))
        value = figure.get("value")
        if day is None or not isinstance(value, (int, float)):
            skipped += 1
            continue
        high = figure.get("value_max")
        high = float(high) if isinstance(high, (int, float)) else float(value)
        points.append(Point(day, float(value), max(high, float(value)), figure))
    return points, skipped


def _tooltip(figure: Mapping[str, Any]) -> str:
    parts = [
        format_value(figure),
        figure.get("subject") or figure.get("category"),
        f"reported by {figure['reported_by']}" if figure.get("reported_by") else None,
        f"in {figure['outlet']}" if figure.get("outlet") else None,
        f"as of {figure['as_of']}" if figure.get("as_of") else None,
        figure.get("status"),
    ]
    return " · ".join(str(p) for p in parts if p)


def _legend_count(points: list[Point]) -> str:
    copies = sum(1 for p in points if p.figure.get("status") == "copy")
    own = len(points) - copies
    text = f"{own} figure{'' if own == 1 else 's'}"
    return text + (f", {copies} cop{'y' if copies == 1 else 'ies'}" if copies else "")


def figures_chart(figures: Iterable[Mapping[str, Any]], quantity: str | None = None) -> Markup:
    """One SVG chart of a quantity's figures: x the as-of day, y the value, one coloured series per reporter.

    A range is a vertical bar, a conflict a red ring, a copy a hollow point; each point's <title> gives the
    detail. Figures without an as-of day or a value cannot be placed and are counted in the caption instead.
    """
    figures = list(figures)
    name = quantity or (figures[0].get("quantity") if figures else None) or "figures"
    points, skipped = _points(figures)
    if not points:
        return Markup('<p class="muted chart-empty">No dated figures to draw for {}.</p>').format(name)

    series: dict[str, list[Point]] = defaultdict(list)
    for point in sorted(points, key=lambda p: (p.day, p.low)):
        series[series_name(point.figure)].append(point)
    colours = {key: PALETTE[i % len(PALETTE)] for i, key in enumerate(series)}

    first, last = min(p.day for p in points), max(p.day for p in points)
    if first == last:
        first, last = first - timedelta(days=1), last + timedelta(days=1)
    top = max(p.high for p in points)
    step = _nice_step(top if top > 0 else 1)
    y_max = step * math.ceil(top / step) if top > 0 else step
    if y_max == top:
        y_max += step  # room above the highest point

    plot_w = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    legend_h = LEGEND_ROW * len(series) + 8
    height = MARGIN_TOP + PLOT_HEIGHT + MARGIN_BOTTOM + legend_h
    days = (last - first).days

    def x(day: date) -> float:
        return MARGIN_LEFT + plot_w * (day - first).days / days

    def y(value: float) -> float:
        return MARGIN_TOP + PLOT_HEIGHT * (1 - value / y_max)

    out: list[str] = []
    label = f"Figures for {name} over time, by reporter"
    out.append(
        f'<svg class="chart figures-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-label="{escape(label)}" data-quantity="{escape(name)}">'
    )
    out.append(f"<title>{escape(label)}</title>")
    # y axis: gridlines and labels
    ticks = round(y_max / step)
    for i in range(ticks + 1):
        value = step * i
        yy = y(value)
        out.append(
            f'<line class="grid" x1="{MARGIN_LEFT}" x2="{WIDTH - MARGIN_RIGHT}" y1="{yy:.1f}" y2="{yy:.1f}"/>'
        )
        out.append(
            f'<text class="tick" x="{MARGIN_LEFT - 6}" y="{yy + 4:.1f}" text-anchor="end">'
            f"{escape(format_number(value))}</text>"
        )
    # x axis: up to six day labels
    base = MARGIN_TOP + PLOT_HEIGHT
    out.append(f'<line class="axis" x1="{MARGIN_LEFT}" x2="{WIDTH - MARGIN_RIGHT}" y1="{base}" y2="{base}"/>')
    # Labels every `step` days from the first, and the last day too unless it would overlap the one before.
    step = max(1, math.ceil(days / 5))
    label_days = [first + timedelta(days=d) for d in range(0, days + 1, step)]
    if label_days[-1] != last:
        if x(last) - x(label_days[-1]) < MIN_LABEL_GAP:
            label_days.pop()
        label_days.append(last)
    for day in label_days:
        anchor = "start" if day == first else "end" if day == last else "middle"
        out.append(
            f'<text class="tick" x="{x(day):.1f}" y="{base + 18}" text-anchor="{anchor}">'
            f"{day.isoformat()}</text>"
        )
    # series: a line through each reporter's own figures in date order (copies repeat, they are not joined),
    # then the points: copies first, as a wider hollow ring, so that the original they repeat stays visible.
    for key, pts in series.items():
        own = [p for p in pts if p.figure.get("status") != "copy"]
        if len(own) > 1:
            path = " ".join(f"{x(p.day):.1f},{y(p.low):.1f}" for p in own)
            out.append(f'<polyline class="series-line" points="{path}" fill="none" stroke="{colours[key]}"/>')
    drawn = sorted(
        ((key, p) for key, pts in series.items() for p in pts),
        key=lambda kp: kp[1].figure.get("status") != "copy",
    )
    for key, p in drawn:
        colour = colours[key]
        status = str(p.figure.get("status") or "")
        cx, cy = x(p.day), y(p.low)
        out.append(
            f'<g class="point status-{escape(status)}" data-series="{escape(key)}" '
            f'data-value="{p.low:g}" data-as-of="{p.day.isoformat()}">'
            f"<title>{escape(_tooltip(p.figure))}</title>"
        )
        if p.high > p.low:
            out.append(
                f'<line class="range" x1="{cx:.1f}" x2="{cx:.1f}" y1="{cy:.1f}" y2="{y(p.high):.1f}" '
                f'stroke="{colour}"/>'
            )
        if status == "copy":
            out.append(
                f'<circle class="copy" cx="{cx:.1f}" cy="{cy:.1f}" r="8" fill="#fff" stroke="{colour}" '
                'stroke-dasharray="3 2"/>'
            )
        else:
            out.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="5" fill="{colour}" stroke="{colour}"/>')
        if status == "conflict":
            out.append(
                f'<circle class="conflict-ring" cx="{cx:.1f}" cy="{cy:.1f}" r="11" fill="none" '
                f'stroke="{CONFLICT}"/>'
            )
        out.append("</g>")
    # legend: one row per series
    for i, key in enumerate(series):
        ly = MARGIN_TOP + PLOT_HEIGHT + MARGIN_BOTTOM + LEGEND_ROW * i + 8
        text = f"{escape(key)} ({_legend_count(series[key])})"
        out.append(
            f'<g class="legend-item"><circle cx="{MARGIN_LEFT + 5}" cy="{ly}" r="5" fill="{colours[key]}"/>'
            f'<text x="{MARGIN_LEFT + 16}" y="{ly + 4}">{text}</text></g>'
        )
    out.append("</svg>")
    if skipped:
        out.append(
            f'<p class="muted chart-note">{skipped} figure{"" if skipped == 1 else "s"} '
            "without an as-of date or value not drawn.</p>"
        )
    return Markup("".join(out))


def charts_by_quantity(
    figures: Iterable[Mapping[str, Any]], min_points: int = 1
) -> tuple[list[tuple[str, Markup]], list[str]]:
    """A chart per quantity (e.g. killed, displaced), the quantity with most figures first.

    Returns the charts and the quantities left undrawn because they have fewer than `min_points` dated figures
    (one point shows no change over time and no disagreement: a page lists those instead).
    """
    groups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for figure in figures:
        groups[str(figure.get("quantity") or "other")].append(figure)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    drawn, undrawn = [], []
    for quantity, items in ordered:
        if len(_points(items)[0]) >= min_points:
            drawn.append((quantity, figures_chart(items, quantity)))
        else:
            undrawn.append(quantity)
    return drawn, undrawn


def roles_chart(roles: Iterable[Mapping[str, Any]]) -> Markup:
    """An entity's roles over time as bars from the first to the last day each role was seen."""
    bars = []
    for role in roles:
        first, last = parse_day(role.get("first")), parse_day(role.get("last"))
        if first is None and last is None:
            continue
        first = first or last
        last = last or first
        assert first is not None and last is not None
        bars.append((str(role.get("role") or "?"), min(first, last), max(first, last)))
    if not bars:
        return Markup("")
    start, end = min(b[1] for b in bars), max(b[2] for b in bars)
    if start == end:
        start, end = start - timedelta(days=1), end + timedelta(days=1)
    days = (end - start).days
    left, right, row = 220, 16, 22
    plot_w = WIDTH - left - right
    height = row * len(bars) + 30

    def x(day: date) -> float:
        return left + plot_w * (day - start).days / days

    label = "Roles over time"
    out = [
        f'<svg class="chart roles-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-label="{label}"><title>{label}</title>'
    ]
    for i, (name, first, last) in enumerate(bars):
        yy = 6 + row * i
        x0, x1 = x(first), x(last)
        out.append(
            f'<g class="role-bar"><title>{escape(name)}: {first.isoformat()} – {last.isoformat()}</title>'
            f'<text x="{left - 8}" y="{yy + 13}" text-anchor="end">{escape(name[:34])}</text>'
            f'<rect x="{x0:.1f}" y="{yy + 3}" width="{max(x1 - x0, 6):.1f}" height="12" rx="3" '
            f'fill="{PALETTE[i % len(PALETTE)]}"/></g>'
        )
    base = 6 + row * len(bars)
    out.append(f'<line class="axis" x1="{left}" x2="{WIDTH - right}" y1="{base}" y2="{base}"/>')
    for i, day in enumerate((start, end)):
        anchor = "start" if i == 0 else "end"
        out.append(f'<text class="tick" x="{x(day):.1f}" y="{base + 16}" text-anchor="{anchor}">{day}</text>')
    out.append("</svg>")
    return Markup("".join(out))
