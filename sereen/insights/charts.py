"""Accessible charts as inline SVG, drawn on the server (no JavaScript).

Each chart is ``role="img"`` with a ``<title>`` and ``<desc>`` (referenced by ``aria-labelledby``),
scales with its container (``viewBox``, ``width="100%"``), uses colours with at least 4.5:1
contrast on white, and is always shown next to a table with the same numbers.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

INK = "#1a1a1a"
BAR = "#1f5f8b"  # 6.9:1 on white
SPIKE = "#b3261e"  # 6.0:1 on white
GRID = "#767676"  # 4.5:1 on white

_ids = itertools.count(1)


def _frame(width: int, height: int, title: str, desc: str) -> tuple[str, str]:
    n = next(_ids)
    head = (
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'preserveAspectRatio="xMidYMid meet" aria-labelledby="chart-t{n} chart-d{n}" '
        f'xmlns="http://www.w3.org/2000/svg" style="max-width:{width}px;height:auto">'
        f'<title id="chart-t{n}">{escape(title)}</title><desc id="chart-d{n}">{escape(desc)}</desc>'
    )
    return head, "</svg>"


def _fmt(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.1f}".replace(".", ",")


def bar_chart(
    labels: Sequence[str], values: Sequence[float], *, title: str, desc: str = ""
) -> SafeString:
    """Horizontal bars (one per label) — long Dutch labels stay readable on a phone."""
    if len(labels) != len(values):
        raise ValueError("bar_chart needs as many labels as values.")
    row, label_w, width = 28, 150, 480
    height = max(row * len(labels) + 10, 40)
    head, tail = _frame(width, height, title, desc or _describe(labels, values))
    top = max(values, default=0) or 1
    parts = [head]
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = 5 + i * row
        w = (width - label_w - 60) * value / top
        short = label if len(label) <= 22 else label[:21] + "…"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 17}" text-anchor="end" font-size="13" fill="{INK}">'
            f"{escape(short)}</text>"
            f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="18" fill="{BAR}"/>'
            f'<text x="{label_w + w + 5:.1f}" y="{y + 17}" font-size="13" fill="{INK}">{_fmt(value)}</text>'
        )
    parts.append(tail)
    return mark_safe("".join(parts))


def line_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    title: str,
    spikes: Sequence[bool] = (),
    desc: str = "",
) -> SafeString:
    """A line over time; spikes get a red ring marker and a "spike" label (not colour alone)."""
    width, height, left, bottom, top_pad = 560, 240, 44, 36, 16
    n = len(values)
    head, tail = _frame(width, height, title, desc or _describe(labels, values, spikes))
    parts = [head]
    top = max(values, default=0) or 1
    plot_w, plot_h = width - left - 12, height - bottom - top_pad

    def xy(i: int, v: float) -> tuple[float, float]:
        x = left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)
        return x, top_pad + plot_h * (1 - v / top)

    parts.append(
        f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{width - 12}" y2="{top_pad + plot_h}" stroke="{GRID}"/>'
        f'<text x="{left - 6}" y="{top_pad + 4}" text-anchor="end" font-size="12" fill="{INK}">{_fmt(top)}</text>'
        f'<text x="{left - 6}" y="{top_pad + plot_h + 4}" text-anchor="end" font-size="12" fill="{INK}">0</text>'
    )
    if n:
        spike_label = escape(_("spike"))
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(i, v) for i, v in enumerate(values)))
        parts.append(f'<polyline points="{points}" fill="none" stroke="{BAR}" stroke-width="2.5"/>')
        step = max(1, n // 6)
        for i in range(0, n, step):
            x, _y = xy(i, 0)
            parts.append(
                f'<text x="{x:.1f}" y="{height - 12}" text-anchor="middle" font-size="12" fill="{INK}">'
                f"{escape(labels[i])}</text>"
            )
        for i, (v, flag) in enumerate(zip(values, spikes, strict=False)):
            if flag:
                x, y = xy(i, v)
                parts.append(
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="7" fill="none" stroke="{SPIKE}" stroke-width="3"/>'
                    f'<text x="{x:.1f}" y="{max(y - 11, 12):.1f}" text-anchor="middle" font-size="12" '
                    f'font-weight="bold" fill="{SPIKE}">{spike_label}</text>'
                )
    parts.append(tail)
    return mark_safe("".join(parts))


def lorenz_chart(
    points: Sequence[tuple[float, float]], *, title: str, desc: str = ""
) -> SafeString:
    """The Lorenz curve against the diagonal of perfect equality."""
    size, pad = 300, 36
    plot = size - 2 * pad
    head, tail = _frame(
        size,
        size,
        title,
        desc or _("Lorenz curve: the further below the diagonal, the more unequal."),
    )

    def xy(x: float, y: float) -> str:
        return f"{pad + plot * x:.1f},{pad + plot * (1 - y):.1f}"

    people_label = "100% " + escape(_("people"))
    comments_label = escape(_("comments"))

    parts = [
        head,
        f'<rect x="{pad}" y="{pad}" width="{plot}" height="{plot}" fill="none" stroke="{GRID}"/>',
        f'<line x1="{pad}" y1="{pad + plot}" x2="{pad + plot}" y2="{pad}" stroke="{GRID}" stroke-dasharray="4 4"/>',
        f'<text x="{pad}" y="{size - 10}" font-size="12" fill="{INK}">0%</text>'
        f'<text x="{pad + plot}" y="{size - 10}" text-anchor="end" font-size="12" fill="{INK}">{people_label}</text>'
        f'<text x="{pad - 4}" y="{pad + 4}" text-anchor="end" font-size="12" fill="{INK}">100%</text>'
        f'<text x="{pad + 4}" y="{pad - 8}" font-size="12" fill="{INK}">{comments_label}</text>',
    ]
    if points:
        path = " ".join(xy(x, y) for x, y in points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{BAR}" stroke-width="3"/>')
    parts.append(tail)
    return mark_safe("".join(parts))


def _describe(labels: Sequence[str], values: Sequence[float], spikes: Sequence[bool] = ()) -> str:
    """A short text alternative: highest and lowest value, and the spikes."""
    if not values:
        return _("No data.")
    hi = max(range(len(values)), key=lambda i: values[i])
    lo = min(range(len(values)), key=lambda i: values[i])
    text = _("Highest: %(high)s (%(high_value)s); lowest: %(low)s (%(low_value)s).") % {
        "high": labels[hi],
        "high_value": _fmt(values[hi]),
        "low": labels[lo],
        "low_value": _fmt(values[lo]),
    }
    peaks = [labels[i] for i, flag in enumerate(spikes) if flag]
    if peaks:
        text += " " + _("Spikes: %(spikes)s.") % {"spikes": ", ".join(peaks)}
    return text
