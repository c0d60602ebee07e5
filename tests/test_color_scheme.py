"""Light and dark: every label colour of the default schema, a striped suggestion, a
curation version's dashed outline and a find match leave the article's text readable
(WCAG contrast of the text on what is drawn under it >= 4.5:1, lines >= 3:1 on the
background) in both schemes; View > Colour scheme applies at once and is remembered;
a change of the system's scheme is followed while the window runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from test_keyboard import AR, keyboard_window

from annotator.core.model import Span
from annotator.gui import scheme
from annotator.gui.article_view import ArticleView
from annotator.gui.colors import (
    FILL_ALPHA,
    LINE_RATIO,
    NESTED_FILL_ALPHA,
    SUGGESTION_ALPHA,
    TEXT_RATIO,
    blend,
    contrast,
)
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotate import AnnotationSession
from annotator.services.project import default_schema

LABELS = default_schema().labels


@pytest.fixture(autouse=True)
def system_scheme(qapp):
    """Each test starts and ends in the system's (light) scheme."""
    scheme._State.reported = Qt.ColorScheme.Unknown
    scheme.apply("system")
    yield
    scheme._State.reported = Qt.ColorScheme.Unknown
    scheme.apply("system")


def palettes():
    light = QApplication.instance().style().standardPalette()
    return {"light": light, "dark": scheme.dark_palette()}


def article(palette: QPalette, spans, suggestions=(), find=()) -> ArticleView:
    view = ArticleView()
    view.setPalette(palette)
    view.show_text(AR, "rtl")
    view.set_spans(spans, {label.name: label.color for label in LABELS})
    view.set_suggestions(list(suggestions))
    view.set_find_ranges(list(find))
    return view


def span(i: int, label: str, start: int, end: int, layer: str = "amina") -> Span:
    return Span(i, 1, layer, label, start, end, AR[start:end])


def drawn(view: ArticleView, palette: QPalette) -> list[tuple[str, QColor, QColor, float]]:
    """(what, colour seen under the text, line colour, alpha) of every highlight."""
    base = palette.color(QPalette.ColorRole.Base)
    out = []
    selections = view.extraSelections()
    for sel in selections:
        fmt = sel.format
        brush = fmt.background()
        color = brush.color()
        what = "stripes" if brush.style() == Qt.BrushStyle.BDiagPattern else "fill"
        line = fmt.underlineColor()
        out.append((what, blend(color, color.alpha(), base), line, color.alpha()))
    return out


@pytest.mark.parametrize("name", ["light", "dark"])
@pytest.mark.parametrize("label", [label.name for label in LABELS])
def test_text_on_every_highlight_is_readable(qtbot, name, label):
    palette = palettes()[name]
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    word = AR.index("فلاديمير بوتين")
    spans = [
        span(1, label, word, word + 14),  # a span
        span(2, label, word, word + 8),  # inside one of its own label: stronger fill
    ]
    # a suggestion and, as the curation view draws them, an analyst's version
    others = [span(None, label, 0, 5, "engine"), span(None, label, 20, 25, "reza")]
    view = article(palette, spans, others, [(30, 34)])
    qtbot.addWidget(view)
    view.set_selected_span(1)
    seen = drawn(view, palette)
    assert sorted(alpha for *_, alpha in seen) == sorted(
        [FILL_ALPHA, NESTED_FILL_ALPHA, SUGGESTION_ALPHA, SUGGESTION_ALPHA, 150]
    )
    for what, under, line, alpha in seen:
        ratio = contrast(text, under)
        assert ratio >= TEXT_RATIO, f"{name} {label} {what} α{alpha}: {ratio:.2f}"
        if line.isValid() and alpha != FILL_ALPHA:  # underlines, dashed outlines
            assert contrast(line, base) >= LINE_RATIO, f"{name} {label} line {line.name()}"
    fill, outline = view.scheme_colors(label)
    assert contrast(outline, base) >= LINE_RATIO  # the selected span's frame
    schema_color = QColor(next(lb.color for lb in LABELS if lb.name == label))
    assert abs(fill.hslHueF() - schema_color.hslHueF()) < 0.01  # same hue
    if name == "light":
        assert fill == schema_color  # the schema's own colours
    else:
        assert fill.lightnessF() < schema_color.lightnessF()  # a darker variant
        # drawn as it is, the schema's colour would not do: the variant is needed
        raw = blend(schema_color, SUGGESTION_ALPHA, base)
        assert contrast(text, raw) < TEXT_RATIO


def test_the_dark_palette_is_dark_and_readable():
    dark = scheme.dark_palette()
    text, base = (dark.color(QPalette.ColorRole.Text), dark.color(QPalette.ColorRole.Base))
    assert contrast(text, base) >= 12 and base.lightnessF() < 0.2


@pytest.fixture
def window(qtbot, store):
    yield from keyboard_window(qtbot, store)


def highlight_color(window) -> QColor:
    selections = window.view.extraSelections()  # kept: the formats live in them
    fmt = selections[0].format
    return QColor(fmt.background().color())


def test_view_menu_switches_to_dark_at_once_and_remembers(window, qtbot, store):
    start = AR.index("بوتين")
    window.view.select(start, start + 5)
    window._tag("SPEAKER", False)
    light = highlight_color(window)
    assert not scheme.is_dark()
    window.findChild(type(window.actions_by_name["find"]), "color_scheme_dark").trigger()
    QApplication.processEvents()  # widgets get the new palette from the event queue
    assert scheme.is_dark() and Settings().color_scheme == "dark"
    dark = highlight_color(window)
    assert dark.lightnessF() < light.lightnessF() and dark.alpha() == light.alpha()
    error = window.metadata.error  # red text made readable on the dark window
    shown = QColor(error.styleSheet().split(":")[1].strip())
    assert contrast(shown, window.palette().color(QPalette.ColorRole.Window)) >= TEXT_RATIO
    window.close()
    again = MainWindow(AnnotationSession(store, "amina"), Settings())  # a restart
    qtbot.addWidget(again)
    assert scheme.is_dark()
    assert again.findChild(type(window.actions_by_name["find"]), "color_scheme_dark").isChecked()
    again.set_color_scheme("light")
    assert not scheme.is_dark() and Settings().color_scheme == "light"
    again.close()


def test_a_change_of_the_system_scheme_is_followed(window):
    hints = QApplication.instance().styleHints()
    start = AR.index("بوتين")
    window.view.select(start, start + 5)
    window._tag("CLAIM", False)
    light = highlight_color(window)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop went dark
    QApplication.processEvents()
    assert scheme.is_dark()
    assert highlight_color(window).lightnessF() < light.lightnessF()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    QApplication.processEvents()
    assert not scheme.is_dark()
    assert highlight_color(window) == light
    window.set_color_scheme("light")  # chosen in the window: the system is not followed
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not scheme.is_dark()
