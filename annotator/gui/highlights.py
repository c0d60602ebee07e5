"""How the article view draws a span, a suggestion and a find match: the character
format of each highlight, in colours made for the palette in use (colors.py), so the
text on them stays readable in a light and a dark scheme."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QTextCharFormat

from annotator.core.model import Span
from annotator.gui.colors import (
    FILL_ALPHA,
    FIND_ALPHA,
    NESTED_FILL_ALPHA,
    SUGGESTION_ALPHA,
    fill_color,
    line_color,
    luminance,
)

NESTED_SAME = 2  # the style's "inside" value for a span inside one of its own label
FIND_COLOR = QColor(255, 235, 59)
SUGGESTION_COLOR = QColor(120, 120, 120)
LINE_EMPHASIS = 140  # lines are this much darker (light scheme) or lighter than the fill


def default_color(kind: str) -> QColor:
    """The colour of a highlight whose label has none (a find match: yellow)."""
    return FIND_COLOR if kind == "find" else SUGGESTION_COLOR


def span_styles(spans: Sequence[Span]) -> list[tuple]:
    """(kind, start, end, label, inside) of each span, ``spans`` sorted by (start,
    -end, id): inside is 1 for a span inside another (underlined over the outer
    one's fill), NESTED_SAME inside one of its own label (stronger fill, wavy line),
    else 0; outer fills first, inner spans over them. One sweep for all labels (of
    two identical ranges the later one counts as inside)."""
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


class SchemeColors:
    """(fill, line) of each colour for a palette, computed once per palette."""

    def __init__(self) -> None:
        self._key: tuple[int, int] | None = None
        self._done: dict[int, tuple[QColor, QColor]] = {}

    def colors(self, palette: QPalette, color: QColor) -> tuple[QColor, QColor]:
        """The fill variant of ``color`` under which the palette's text keeps 4.5:1, and
        a line colour (underline, outline) keeping 3:1 on the palette's base."""
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        key = (base.rgb(), text.rgb())
        if key != self._key:
            self._key, self._done = key, {}
        found = self._done.get(color.rgb())
        if found is None:
            fill = fill_color(color, base, text)
            dark = luminance(base) < luminance(text)
            emphasis = fill.lighter(LINE_EMPHASIS) if dark else fill.darker(LINE_EMPHASIS)
            found = self._done[color.rgb()] = (fill, line_color(emphasis, base))
        return QColor(found[0]), QColor(found[1])


def char_format(style: tuple, fill: QColor, line: QColor) -> QTextCharFormat:
    """The format of a highlight (kind, start, end, label, inside) drawn in ``fill``
    (translucent) with underlines in ``line``."""
    kind, _, _, _, inside = style
    fmt = QTextCharFormat()
    if kind == "span":
        fill.setAlpha(FILL_ALPHA)
        fmt.setBackground(fill)
        if inside == NESTED_SAME:  # over a fill of its own colour: stronger, wavy line
            fill.setAlpha(NESTED_FILL_ALPHA)
            fmt.setBackground(fill)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(line)
        elif inside:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(line)
    elif kind == "suggestion":
        # striped, not filled: plainly visible, never mistaken for an accepted span
        fill.setAlpha(SUGGESTION_ALPHA)
        fmt.setBackground(QBrush(fill, Qt.BrushStyle.BDiagPattern))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(line)
    else:
        fill.setAlpha(FIND_ALPHA)
        fmt.setBackground(fill)
    return fmt
