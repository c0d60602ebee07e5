"""The article view as a reader sees it: alignment, joining, plain text, highlights.

Pixels are read from a grabbed image, because every RTL bug our competitors
shipped passed their unit tests."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from annotator.core.model import Span
from annotator.gui.article_view import ArticleView
from annotator.gui.fonts import article_font

from conftest import SEEDS

COLORS = {"SPEAKER": "#4e9af1", "CLAIM": "#f5a623", "DATE": "#7ed321"}


@pytest.fixture
def view(qtbot):
    v = ArticleView()
    v.setFont(article_font("", 16))
    v.resize(900, 700)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


def ink_columns(image: QImage, top: int, bottom: int, dark: int = 110) -> tuple[int, int] | None:
    """Leftmost and rightmost x with a dark (text) pixel between rows top..bottom."""
    xs = [
        x
        for y in range(max(0, top), min(image.height(), bottom))
        for x in range(0, image.width(), 1)
        if QColor(image.pixel(x, y)).lightness() < dark
    ]
    return (min(xs), max(xs)) if xs else None


def line_rows(view: ArticleView, cp: int) -> tuple[int, int]:
    rects = view.range_rects(cp, cp + 1)
    assert rects, "no line at that offset"
    return int(rects[0].top()) + 2, int(rects[0].bottom()) - 2


def test_rtl_article_lines_are_right_aligned(view, qtbot):
    text = SEEDS[4].read_text(encoding="utf-8")  # "Lebanon 24", "16-11-2020 | 09:06", "A+"
    view.show_text(text, "rtl")
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    width = view.viewport().width()
    for piece in ("Lebanon 24", "16-11-2020 | 09:06", "A+", "عربي-دولي"):
        cols = ink_columns(image, *line_rows(view, text.index(piece)))
        assert cols is not None, piece
        left, right = cols
        assert right > width - 60, f"{piece!r} not at the right edge: ink {cols}, width {width}"
        assert left > width / 2, f"{piece!r} should be a short right-aligned line: {cols}"


def test_latin_paragraph_keeps_its_order(view):
    view.show_text("عنوان\nA+\nA-", "rtl")
    block = view.document().findBlockByNumber(1)
    assert block.text() == "A+"
    from PySide6.QtCore import Qt

    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert view.document().findBlockByNumber(0).blockFormat().layoutDirection() == (
        Qt.LayoutDirection.RightToLeft
    )


def test_partial_word_highlight_keeps_letters_joined(view, qtbot):
    text = "أهمية امتثال الأطراف لاتفاقات وقف إطلاق النار ووفقًا للبيان"
    view.show_text(text, "rtl")
    qtbot.wait(30)
    rows = line_rows(view, 0)
    before = ink_columns(view.viewport().grab().toImage(), *rows)
    word = text.index("لاتفاقات")
    mark = text.index("ووفقًا")
    spans = [
        Span(1, 1, "a", "CLAIM", word + 1, word + 5, text[word + 1 : word + 5]),  # starts at alef
        Span(2, 1, "a", "DATE", mark + 3, mark + 6, text[mark + 3 : mark + 6]),  # after the qaf
    ]
    view.set_spans(spans, COLORS)
    qtbot.wait(30)
    image = view.viewport().grab().toImage()
    after = ink_columns(image, *rows)
    assert before == after, "a highlight changed the width of the rendered line"
    # and the highlight is really painted: the claim's colour shows inside the word
    rect = view.range_rects(word + 1, word + 5)[0]
    center = image.pixelColor(int(rect.center().x()), int(rect.top()) + 3)
    assert center != QColor("white")


def test_markup_is_shown_literally(view):
    text = "قال <b>bold</b> <img src=x onerror=alert(1)> <a href='file:///etc/passwd'>x</a>"
    view.show_text(text, "rtl")
    assert view.toPlainText() == text
    html = view.document().toHtml()
    assert "&lt;b&gt;" in html and "<img" not in html
    assert view.acceptRichText() is False


def test_selection_is_code_points_after_emoji_and_crlf(view):
    text = "🇮🇷 خبر\r\nپوتین\u00a0گفت\u200cدرگیری‌های"
    view.show_text(text, "rtl")
    start = text.index("پوتین")
    view.select(start, start + 5)
    assert view.selection() == (start, start + 5)
    assert view.textCursor().selectedText() == "پوتین"


def test_nested_spans_are_distinguishable(view):
    text = "قال بوتين في 10 أكتوبر إن الاتفاق مهم"
    view.show_text(text, "rtl")
    d = text.index("10 أكتوبر")
    spans = [
        Span(1, 1, "a", "CLAIM", 0, len(text), text),
        Span(2, 1, "a", "DATE", d, d + 9, text[d : d + 9]),
    ]
    view.set_spans(spans, COLORS)
    sels = view.extraSelections()
    assert len(sels) == 2
    outer, inner = sels
    assert outer.format.underlineStyle() == outer.format.UnderlineStyle.NoUnderline
    assert inner.format.underlineStyle() != inner.format.UnderlineStyle.NoUnderline
    for sel in sels:  # never a font change: weight and size stay the document's
        assert not sel.format.hasProperty(sel.format.Property.FontWeight)
        assert not sel.format.hasProperty(sel.format.Property.FontPointSize)


def green_columns(image: QImage, y: int) -> list[int]:
    """The x of the pixels in row ``y`` tinted green (a DATE fill or outline)."""
    columns = []
    for x in range(image.width()):
        c = image.pixelColor(x, y)
        if c.green() - c.blue() > 25 and c.green() - c.red() > 10:
            columns.append(x)
    return columns


def outline_columns(image: QImage, y: int, pen: QColor) -> list[int]:
    """The x of the pixels in row ``y`` drawn in (about) the outline's colour."""
    return [
        x
        for x in range(image.width())
        if abs(image.pixelColor(x, y).green() - pen.green()) < 40
        and abs(image.pixelColor(x, y).red() - pen.red()) < 40
        and abs(image.pixelColor(x, y).blue() - pen.blue()) < 40
    ]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("قال بوتين في 10 أكتوبر إن الاتفاق مهم", "10 أكتوبر"),
        ("👍🏽 وقف إطلاق النار بدءا من منتصف ليل 10 أكتوبر، بهدف تبادل الأسرى", "10 أكتوبر"),
        ("سخنگو روز ۱۷ آبان ۱۳۹۹ گفت\u200cکه مذاکرات ادامه دارد", "۱۷ آبان ۱۳۹۹"),
        ("قال بوتين يوم السبت 2020/11/28 في موسكو", "السبت 2020/11/28"),
    ],
)
def test_a_selected_dates_outline_goes_round_its_digits(view, qtbot, text, piece):
    """The outline of a selected DATE encloses all of its fill: in a right-to-left line
    ``10`` is laid out left to right, and an outline drawn between the x of the span's
    two ends cut through it (between the 1 and the 0)."""
    view.show_text(text, "rtl")
    d = text.index(piece)
    span = Span(7, 1, "a", "DATE", d, d + len(piece), piece)
    view.set_spans([span], COLORS)
    qtbot.wait(30)
    (rect,) = view.range_rects(span.start, span.end)
    y = int(rect.center().y())
    fill = green_columns(view.viewport().grab().toImage(), y)
    assert fill, "the DATE fill is not drawn"
    view.set_selected_span(7)
    qtbot.wait(30)
    pen = QColor(COLORS["DATE"]).darker(160)
    outline = outline_columns(view.viewport().grab().toImage(), y, pen)
    assert outline, "no outline drawn"
    # the outline's two sides stand outside the fill (the digits sit on the fill)
    assert min(outline) <= min(fill) and max(outline) >= max(fill), (outline, fill)
    # and no outline pixel lies inside the fill's middle (it cut through 10 there)
    inner = [x for x in outline if min(fill) + 4 < x < max(fill) - 4]
    assert not inner, f"the outline crosses the span at x={inner}"
