"""Colours that stay readable in a light and a dark scheme.

A label's colour (from the schema) is drawn translucently behind the article's
text. Over a dark background the same colour makes a light fill under light text, so
each colour gets a variant for the palette in use: the same hue with its lightness
moved away from the text colour until the text on the strongest fill keeps a WCAG
contrast ratio of at least 4.5:1 (lines and outlines: 3:1 against the background).
A colour that already passes is left as it is, so the light scheme shows the
schema's own colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TEXT_RATIO = 4.5  # WCAG AA, normal text
LINE_RATIO = 3.0  # WCAG non-text contrast: underlines, outlines, swatches
FILL_ALPHA = 80  # a span's fill
NESTED_FILL_ALPHA = 150  # a span inside one of its own label
SUGGESTION_ALPHA = 170  # a suggestion's stripes (and the curation view's versions)
FIND_ALPHA = 150  # a find match
STRONGEST_ALPHA = max(FILL_ALPHA, NESTED_FILL_ALPHA, SUGGESTION_ALPHA, FIND_ALPHA)


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour (0: black, 1: white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def blend(top: QColor, alpha: int, under: QColor) -> QColor:
    """``top`` drawn with ``alpha`` (0-255) over the opaque ``under``: what is seen."""
    a = alpha / 255

    def mix(x: int, y: int) -> int:
        return round(a * x + (1 - a) * y)

    return QColor(
        mix(top.red(), under.red()), mix(top.green(), under.green()), mix(top.blue(), under.blue())
    )


def _with_lightness(color: QColor, lightness: float) -> QColor:
    """``color`` with its HSL lightness set to ``lightness`` (0-1), hue and
    saturation kept."""
    h, s, _, _ = color.getHslF()
    out = QColor()
    out.setHslF(max(h, 0.0), s, min(1.0, max(0.0, lightness)))
    return out


def _move_until(color: QColor, darker: bool, good) -> QColor:
    """``color`` itself if ``good(color)``, else the nearest lightness towards
    black (``darker``) or white for which ``good`` holds (the far end if none does)."""
    if good(color):
        return QColor(color)
    start = color.lightnessF()
    steps = 100
    for i in range(1, steps + 1):
        target = start - start * i / steps if darker else start + (1 - start) * i / steps
        candidate = _with_lightness(color, target)
        if good(candidate):
            return candidate
    return _with_lightness(color, 0.0 if darker else 1.0)


def fill_color(color: QColor, base: QColor, text: QColor, alpha: int = STRONGEST_ALPHA) -> QColor:
    """The variant of a highlight colour to draw with up to ``alpha`` over ``base`` so
    that ``text`` on it keeps TEXT_RATIO: lighter under dark text, darker under light
    text."""
    return _move_until(
        color,
        darker=luminance(text) > luminance(base),
        good=lambda c: contrast(text, blend(c, alpha, base)) >= TEXT_RATIO,
    )


def line_color(color: QColor, base: QColor, ratio: float = LINE_RATIO) -> QColor:
    """The variant of ``color`` for a line (underline, outline) or, with TEXT_RATIO,
    for text drawn straight on ``base``."""
    return _move_until(
        color,
        darker=luminance(base) > 0.18,  # a light background: darken the line
        good=lambda c: contrast(c, base) >= ratio,
    )


def palette_is_dark(palette: QPalette) -> bool:
    """Whether a palette draws light text on a dark background."""
    return luminance(palette.color(QPalette.ColorRole.Window)) < luminance(
        palette.color(QPalette.ColorRole.WindowText)
    )


def tint(widget: QWidget, color: str) -> None:
    """Draw ``widget``'s text in ``color`` made readable on its background, now and
    after every change of colour scheme (``retint``)."""
    widget.setProperty("tint", color)
    # the application's palette: a widget's own follows a scheme change only later
    base = QApplication.palette(widget).color(QPalette.ColorRole.Window)
    shown = line_color(QColor(color), base, TEXT_RATIO)
    widget.setStyleSheet(f"color: {shown.name()}")


def retint() -> None:
    """Re-tint every tinted widget (after the palette changed)."""
    app = QApplication.instance()
    if app is None:
        return
    for top in app.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            color = widget.property("tint")
            if color:
                tint(widget, str(color))
