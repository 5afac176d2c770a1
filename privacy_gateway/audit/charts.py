"""Two inline SVG charts, drawn without scripts: stacked columns over time and stacked horizontal bars."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Series:
    """One stacked part of a bar: the key it reads from counts, its legend label and colour."""

    key: str
    label: str
    color: str


@dataclass(frozen=True)
class Column:
    """One column of a time chart: its axis label, its full name for tooltips, and its counts."""

    label: str
    name: str
    counts: Mapping[str, int]


def legend(series: Sequence[Series]) -> str:
    """An HTML legend for `series`."""
    items = "".join(
        f'<li><span class="swatch" style="background:{s.color}"></span>{escape(s.label)}</li>' for s in series
    )
    return f'<ul class="legend">{items}</ul>'


def _ticks(peak: int) -> tuple[int, int]:
    """(step, count): the smallest 1-2-5 step that reaches `peak` in at most five whole-number ticks."""
    step = 1
    while math.ceil(peak / step) > 5:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2  # 1, 2, 5, 10, 20, 50 ...
    return step, max(1, math.ceil(peak / step))


def column_chart(chart_id: str, title: str, columns: Sequence[Column], series: Sequence[Series]) -> str:
    """Stacked columns, one per time slot, with a y axis and as many x labels as fit."""
    width, height, left, right, top, bottom = 760, 260, 44, 12, 12, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    step, ticks = _ticks(max((sum(c.counts.get(s.key, 0) for s in series) for c in columns), default=0))
    peak = step * ticks
    slot = plot_w / max(len(columns), 1)
    bar_w = min(max(slot * 0.8, 1.0), 48.0)
    parts = [
        f'<svg id="{chart_id}" class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i in range(ticks + 1):
        y = top + plot_h - plot_h * i / ticks
        parts.append(
            f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{step * i}</text>'
        )
    widest = max((len(c.label) for c in columns), default=1) * 6.5 + 12  # 11px text, roughly
    label_every = max(1, math.ceil(widest / slot))
    for i, col in enumerate(columns):
        x = left + i * slot + (slot - bar_w) / 2
        y = top + plot_h
        for s in series:
            n = col.counts.get(s.key, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            parts.append(
                f'<rect class="bar" data-series="{s.key}" data-count="{n}" x="{x:.1f}" y="{y:.1f}" '
                f'width="{bar_w:.1f}" height="{h:.1f}" fill="{s.color}">'
                f"<title>{escape(col.name)}: {escape(s.label)} {n}</title></rect>"
            )
        if i % label_every == 0:
            cx = left + i * slot + slot / 2
            parts.append(
                f'<text class="axis" x="{cx:.1f}" y="{top + plot_h + 16}" text-anchor="middle">{escape(col.label)}</text>'
            )
    parts.append(
        f'<line class="baseline" x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}"/></svg>'
    )
    return "".join(parts)


def bar_chart(
    chart_id: str, title: str, rows: Sequence[tuple[str, Mapping[str, int], str]], series: Sequence[Series]
) -> str:
    """Stacked horizontal bars, one per (label, counts, note) row, longest row spanning the width."""
    width, row_h, label_w, note_w = 760, 26, 190, 150
    plot_w = width - label_w - note_w
    height = max(len(rows), 1) * row_h + 8
    peak = max((sum(counts.get(s.key, 0) for s in series) for _, counts, _ in rows), default=0) or 1
    parts = [
        f'<svg id="{chart_id}" class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i, (label, counts, note) in enumerate(rows):
        y = 4 + i * row_h
        parts.append(f'<text class="label" x="{label_w - 8}" y="{y + 17}" text-anchor="end">{escape(label)}</text>')
        x = float(label_w)
        for s in series:
            n = counts.get(s.key, 0)
            if not n:
                continue
            w = plot_w * n / peak
            parts.append(
                f'<rect class="bar" data-row="{escape(label)}" data-series="{s.key}" data-count="{n}" '
                f'x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="{s.color}">'
                f"<title>{escape(label)}: {escape(s.label)} {n}</title></rect>"
            )
            x += w
        parts.append(f'<text class="note" x="{x + 6:.1f}" y="{y + 17}">{escape(note)}</text>')
    parts.append("</svg>")
    return "".join(parts)
