"""Bar charts of a value per month, as inline SVG written by hand.

A few dozen rectangles and labels: no plotting library needed, nothing loaded at view time,
and the same bytes every time (matplotlib's SVG carries ids and metadata that vary). Every
label is escaped.
"""

from __future__ import annotations

import math

from markupsafe import Markup, escape

from .fmt import number

WIDTH, HEIGHT = 640, 210  # the viewBox; the SVG scales to its column's width
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 28, 36  # margins: y labels, title, x labels
MAX_MONTHS = 36  # months on the axis at most (see periods): three years of news, bars wider than a line
MAX_X_LABELS = 12  # labels under the bars, at most: more overlap at a laptop's width
GRID_LINES = 4
MAX_BAR = 32  # widest bar: a chart of two months is not two walls


def _index(month: str) -> int:
    year, m = month.split("-")
    return int(year) * 12 + int(m) - 1


def _month(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def periods(points: dict[str, int] | list[str]) -> list[str]:
    """The months a chart shows: every month from the first to the last of ``points`` (YYYY-MM ->
    how many figures fell in it), or, over a longer span, the MAX_MONTHS consecutive months that
    hold the most figures (the latest such window on a tie): a stray date decades away (an
    article about 1957) does not squash the bars of the months that matter into lines."""
    counts = dict.fromkeys(points, 1) if isinstance(points, list) else dict(points)
    months = sorted(_index(k) for k in counts if len(k) == 7 and k[4] == "-" and k.replace("-", "").isdigit())
    if not months:
        return []
    first, last = months[0], months[-1]
    if last - first < MAX_MONTHS:
        return [_month(i) for i in range(first, last + 1)]
    per_month = {i: counts[_month(i)] for i in months}
    best, best_start = -1, first
    for start in months:
        inside = sum(n for i, n in per_month.items() if start <= i < start + MAX_MONTHS)
        if inside >= best:
            best, best_start = inside, start
    end = max(i for i in months if best_start <= i < best_start + MAX_MONTHS)
    return [_month(i) for i in range(best_start, end + 1)]


def bucket(values: dict[str, float], span: list[str] | None = None) -> dict[str, float]:
    """Month -> value, with every month of the span present, zero when nothing fell in it; values
    outside the span are left out.

    ``span`` (from :func:`periods`) puts several charts on one axis; by default, the values' own."""
    span = periods(list(values)) if span is None else span
    out = dict.fromkeys(span, 0.0)
    for k, v in values.items():
        if k in out:
            out[k] += v
    return out


def compact(v: float) -> str:
    """Axis labels: 1 500 -> '1,5 k', 2 000 000 -> '2 M', 3e9 -> '3 Md'."""
    for size, suffix in ((1e9, " Md"), (1e6, " M"), (1e3, " k")):
        if abs(v) >= size:
            return number(f"{round(v / size, 1):g}") + suffix
    return number(f"{round(v, 1):g}")


def nice_max(v: float) -> float:
    """The smallest 1, 2, 2.5 or 5 times a power of ten that is at least v."""
    if v <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(v))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= v)


def bar_chart(
    title: str, values: dict[str, float], unit: str, css: str, span: list[str] | None = None
) -> Markup:
    """One bar per period of ``span`` (default: the values' own); each bar's exact value on hover."""
    data = bucket(values, span)
    if not data:
        return Markup("")
    top = nice_max(max(data.values()))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / len(data)
    bar_w = min(max(step * 0.75, 1.0), MAX_BAR)
    every = math.ceil(len(data) / MAX_X_LABELS)
    parts = [
        Markup(
            '<svg class="chart {}" viewBox="0 0 {} {}" role="img" aria-label="{}" '
            'xmlns="http://www.w3.org/2000/svg">'
        ).format(css, WIDTH, HEIGHT, title),
        Markup('<text class="ct" x="{}" y="16">{}</text>').format(LEFT, title),
    ]
    for i in range(GRID_LINES + 1):
        v = top * i / GRID_LINES
        y = TOP + plot_h - plot_h * i / GRID_LINES
        parts.append(
            Markup('<line class="grid" x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}"/>').format(
                LEFT, WIDTH - RIGHT, y, y
            )
        )
        parts.append(
            Markup('<text class="yl" x="{}" y="{:.1f}">{}</text>').format(LEFT - 6, y + 4, compact(v))
        )
    for i, (period, v) in enumerate(data.items()):
        x = LEFT + i * step + (step - bar_w) / 2
        h = plot_h * v / top
        tip = f"{period}: {number(f'{v:g}')} {unit}"
        parts.append(
            Markup(
                '<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}">'
                "<title>{}</title></rect>"
            ).format(x, TOP + plot_h - h, bar_w, h, tip)
        )
        if i % every == 0:
            parts.append(
                Markup('<text class="xl" x="{:.1f}" y="{}">{}</text>').format(
                    x + bar_w / 2, HEIGHT - BOTTOM + 16, period
                )
            )
    parts.append(Markup("</svg>"))
    return Markup("").join(escape(p) for p in parts)
