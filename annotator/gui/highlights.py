"""How the article view draws highlights: which spans lie inside others, and the
character format of a span, a suggestion or a find match (never a font change, so
glyphs and joins stay as they are)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat

from annotator.core.model import Span

FILL_ALPHA = 80
NESTED_FILL_ALPHA = 150  # a span inside one of its own label
NESTED_SAME = 2  # the style's "inside" value for such a span
SUGGESTION_ALPHA = 170
FIND_COLOR = QColor(255, 235, 59, 150)
SUGGESTION_COLOR = QColor(120, 120, 120)


def span_styles(spans: Sequence[Span]) -> list[tuple]:
    """(kind, start, end, label, inside) of each span, ``spans`` sorted by (start,
    -end, id): inside is 1 for a span inside another (underlined over the outer
    one's fill), NESTED_SAME inside one of its own label (stronger fill, wavy line),
    else 0; outer fills first, inner spans over them. One sweep for all labels."""
    inside: set[int] = set()
    same: set[int] = set()
    max_end = -1
    max_end_of: dict[str, int] = {}
    for s in spans:
        if s.end <= max_end:
            inside.add(s.id)
        if s.end <= max_end_of.get(s.label, -1):
            same.add(s.id)
        max_end = max(max_end, s.end)
        max_end_of[s.label] = max(max_end_of.get(s.label, -1), s.end)
    styles = [
        ("span", s.start, s.end, s.label, NESTED_SAME if s.id in same else int(s.id in inside))
        for s in spans
    ]
    styles.sort(key=lambda st: st[4])
    return styles


def char_format(
    kind: str, label: str, inside: int, colors: Mapping[str, QColor]
) -> QTextCharFormat:
    """The format of one highlight: ``kind`` "span" (filled; ``inside`` as in
    :func:`span_styles`), "suggestion" (striped, dashed line) or "find"."""
    color = colors.get(label, QColor("#999999"))
    fmt = QTextCharFormat()
    if kind == "span":
        fill = QColor(color)
        fill.setAlpha(FILL_ALPHA)
        fmt.setBackground(fill)
        if inside == NESTED_SAME:  # over a fill of its own colour: stronger, wavy line
            fill.setAlpha(NESTED_FILL_ALPHA)
            fmt.setBackground(fill)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(color.darker(170))
        elif inside:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(color.darker(130))
    elif kind == "suggestion":
        # striped, not filled: plainly visible, never mistaken for an accepted span
        stripes = QColor(colors.get(label, SUGGESTION_COLOR))
        stripes.setAlpha(SUGGESTION_ALPHA)
        fmt.setBackground(QBrush(stripes, Qt.BrushStyle.BDiagPattern))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(colors.get(label, SUGGESTION_COLOR).darker(120))
    else:
        fmt.setBackground(FIND_COLOR)
    return fmt
