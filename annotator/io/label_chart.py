"""The datasheet's chart: span counts per label and language as grouped bars, an SVG
written as text (standard library only).

Why not matplotlib: importing it and drawing cost about 0.45 s and 45 MiB on every
export, a bar chart of a handful of labels needs no more than rectangles and text,
and an SVG keeps its text as text: the viewer (a browser, a Markdown preview) shapes
and orders Arabic and Persian itself, so nothing is reshaped here (docs/architecture.md,
"Shaping for targets that cannot": an SVG viewer can). Every string from the data is
XML-escaped; characters XML cannot hold become U+FFFD; a label or language name that
contains right-to-left letters is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL
ISOLATE so that it is laid out in its own direction inside a left-to-right chart.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence

#: The colours of matplotlib's default cycle ("tab10"), one per language.
COLOURS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)
FONTS = "'Noto Sans Arabic', 'Vazirmatn', 'DejaVu Sans', 'Arial', sans-serif"
HEIGHT = 360
LEFT, RIGHT, TOP, BOTTOM = 64, 20, 48, 52  # margins around the plot area
LONGEST = 24  # characters of a label shown under its bars (the whole one in a tooltip)

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def svg_text(value: str) -> str:
    """``value`` as XML character data: escaped, characters XML 1.0 cannot hold made
    U+FFFD, and isolated (FSI ... PDI) when it holds a right-to-left letter."""
    clean = _NOT_XML.sub("\ufffd", value)
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in clean):
        clean = f"\u2068{clean}\u2069"
    return html.escape(clean, quote=True)


def nice_ticks(top: int) -> list[int]:
    """Axis ticks from 0 to at least ``top`` in steps of 1, 2 or 5 times a power of
    ten, about five of them: ``nice_ticks(37) == [0, 10, 20, 30, 40]``."""
    if top <= 0:
        return [0, 1]
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return list(range(0, math.ceil(top / step) * step + 1, step))


def _short(label: str) -> str:
    return label if len(label) <= LONGEST else label[: LONGEST - 1] + "\u2026"


def label_chart_svg(
    counts: Mapping[tuple[str, str], int],
    title: str,
    language_names: Mapping[str, str],
    y_title: str = "spans",
    empty: str = "no spans",
) -> str:
    """The SVG document (a string) of ``counts`` keyed by (label, language): one group
    of bars per label (sorted), one bar per language (sorted, named by
    ``language_names`` in the legend), each bar with its count above it."""
    labels = sorted({label for label, _ in counts})
    langs = sorted({lang for _, lang in counts})
    width = max(400, 160 * len(labels) + 200)
    x0, x1, y0, y1 = LEFT, width - RIGHT, TOP, HEIGHT - BOTTOM
    ticks = nice_ticks(max(counts.values(), default=0))
    scale = (y1 - y0) / ticks[-1]
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{HEIGHT}" '
        f'viewBox="0 0 {width} {HEIGHT}" font-family="{FONTS}" font-size="12">',
        f'<rect width="{width}" height="{HEIGHT}" fill="white"/>',
        f'<text x="{width / 2:g}" y="28" font-size="16" text-anchor="middle">'
        f"{svg_text(title)}</text>",
        f'<text transform="translate(16 {(y0 + y1) / 2:g}) rotate(-90)" '
        f'text-anchor="middle">{svg_text(y_title)}</text>',
    ]
    for tick in ticks:
        y = y1 - tick * scale
        out.append(
            f'<line x1="{x0}" x2="{x1}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e5e5"/>'
            f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>'
        )
    slot = (x1 - x0) / max(1, len(labels))
    bar = 0.8 * slot / max(1, len(langs))
    for j, label in enumerate(labels):
        middle = x0 + slot * (j + 0.5)
        for i, lang in enumerate(langs):
            value = counts.get((label, lang), 0)
            left = middle + (i - len(langs) / 2) * bar
            top = y1 - value * scale
            out.append(
                f'<rect x="{left:.1f}" y="{top:.1f}" width="{bar:.1f}" '
                f'height="{value * scale:.1f}" fill="{COLOURS[i % len(COLOURS)]}"/>'
                f'<text x="{left + bar / 2:.1f}" y="{top - 4:.1f}" font-size="11" '
                f'text-anchor="middle">{value}</text>'
            )
        out.append(
            f"<g><title>{svg_text(label)}</title>"
            f'<text x="{middle:.1f}" y="{y1 + 20}" text-anchor="middle">'
            f"{svg_text(_short(label))}</text></g>"
        )
    out.append(f'<path d="M{x0} {y0}V{y1}H{x1}" fill="none" stroke="#333"/>')
    out += _legend([language_names.get(lang, lang) for lang in langs], x1, y0)
    if not langs:
        out.append(
            f'<text x="{(x0 + x1) / 2:g}" y="{(y0 + y1) / 2:g}" text-anchor="middle">'
            f"{svg_text(empty)}</text>"
        )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _legend(names: Sequence[str], right: int, top: int) -> list[str]:
    """A swatch and a name per language, in a box at the plot's top right corner."""
    if not names:
        return []
    width = 40 + 8 * max(len(n) for n in names)
    left = right - width - 8
    lines = [
        f'<rect x="{left}" y="{top + 6}" width="{width}" height="{20 * len(names) + 8}" '
        'fill="white" stroke="#ccc"/>'
    ]
    for i, name in enumerate(names):
        y = top + 14 + 20 * i
        lines.append(
            f'<rect x="{left + 8}" y="{y}" width="14" height="12" '
            f'fill="{COLOURS[i % len(COLOURS)]}"/>'
            f'<text x="{left + 28}" y="{y + 11}">{svg_text(name)}</text>'
        )
    return lines
