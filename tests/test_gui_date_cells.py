"""DATE values in the claims table and the span list, read from rendered pixels: the
ISO value reads left to right inside right-to-left cells, and a Hijri or Solar Hijri
date stands beside it.

Where the glyphs of ``2020-11-28`` fall is found by matching the cell's ink profile
(dark pixels per column) against the string drawn left to right in the same font,
and against its mirror ``28-11-2020``, which is what the bidi algorithm shows after
Arabic letters when the value is not isolated. Each test also removes the isolates
and checks that the mirror then wins, so it can fail."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from annotator.core.model import Document
from annotator.gui import claims_panel, i18n, span_list
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotate import AnnotationSession

VALUE, MIRROR = "2020-11-28", "28-11-2020"
FONT = QFont("DejaVu Sans", 20)
AR = (
    "👍🏽 عاجل\r\nقال المتحدث باسم الخارجية\u00a0السعودية يوم السبت إن المحادثات مستمرة، "
    "وكان الاجتماع الأول في 15 رمضان 1442."
)
FA = "🇮🇷 خبر\r\nسخنگوی وزارت خارجه روز شنبه گفت\u200cکه مذاکرات ادامه می‌یابد."


def profile(image: QImage, top: int = 0, bottom: int | None = None) -> list[int]:
    """Darkness (255 - grey) summed down each column between rows top..bottom."""
    bottom = image.height() if bottom is None else bottom
    return [
        sum(255 - image.pixelColor(x, y).lightness() for y in range(top, bottom))
        for x in range(image.width())
    ]


def drawn(text: str, font: QFont) -> list[int]:
    """``text`` drawn left to right in ``font``: its ink profile, blank columns cut."""
    image = QImage(400, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(10, 40, text)
    painter.end()
    columns = profile(image)
    inked = [x for x, v in enumerate(columns) if v > 40]
    return columns[inked[0] : inked[-1] + 1]


def mismatch(cell: list[int], ref: list[int]) -> int:
    """The smallest difference between ``ref`` and any stretch of ``cell``."""
    n = len(ref)
    return min(sum(abs(cell[o + i] - ref[i]) for i in range(n)) for o in range(len(cell) - n + 1))


def reads_left_to_right(cell: QImage, font: QFont) -> bool:
    """True when the cell shows 2020-11-28 rather than 28-11-2020 (clearly better)."""
    columns = profile(cell)
    right, mirrored = mismatch(columns, drawn(VALUE, font)), mismatch(columns, drawn(MIRROR, font))
    return right * 2 < mirrored


def cell_image(table, row: int, col: int) -> QImage:
    """The cell as drawn, in a large font (small glyphs blur into each other)."""
    table.setFont(FONT)
    table.resizeRowsToContents()
    table.clearSelection()
    table.resizeColumnToContents(col)
    table.scrollToItem(table.item(row, col))
    rect = table.visualItemRect(table.item(row, col))
    return table.viewport().grab(rect).toImage()


@pytest.fixture
def arabic_ui():
    i18n.install("ar")  # right-to-left cells, Arabic attribute names
    yield
    i18n.install("en")


@pytest.fixture
def window(qtbot, store):
    with store.atomic():
        ar_id, fa_id = store.documents.insert_many(
            [
                Document(None, "ar1", "عاجل", AR, "ar", "rtl", published="2020-11-28"),
                Document(None, "fa1", "خبر", FA, "fa", "rtl"),
            ]
        )
    session = AnnotationSession(store, "amina")
    for doc_id, text, claim_text, date_text, value in (
        (ar_id, AR, "المحادثات مستمرة", "يوم السبت", VALUE),
        (fa_id, FA, "مذاکرات ادامه می‌یابد", "روز شنبه", VALUE),
        (ar_id, AR, "الاجتماع الأول", "15 رمضان 1442", "2021-04-27"),
    ):
        doc = store.documents.get(doc_id)
        c, d = text.index(claim_text), text.index(date_text)
        claim = session.create_span(doc, c, c + len(claim_text), "CLAIM", snap=False)
        date = session.create_span(doc, d, d + len(date_text), "DATE", snap=False)
        session.link(claim, "dated", session.set_attr(date, "value", value))
    w = MainWindow(AnnotationSession(store, "amina"), Settings())
    qtbot.addWidget(w)
    w.resize(1500, 900)
    w.show()
    w.ids = {"ar": ar_id, "fa": fa_id}
    yield w
    w.close()


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_a_date_value_reads_left_to_right_in_a_right_to_left_claims_cell(
    window, qtbot, monkeypatch, lang
):
    window.controller.open_document(window.ids[lang])
    table = window.claims.table
    qtbot.waitUntil(lambda: table.rowCount() > 0)  # the claims fill after the first paint
    row = next(r for r in range(table.rowCount()) if VALUE in table.item(r, 2).text())
    assert table.item(row, 2).textAlignment() & 0x2  # right-aligned: an RTL cell
    qtbot.wait(20)
    assert reads_left_to_right(cell_image(table, row, 2), FONT)
    # the isolates removed, the same cell shows 28-11-2020: the check can fail
    monkeypatch.setattr(claims_panel, "ltr", str)
    window.claims._signature = None
    window.controller.reload()
    qtbot.wait(20)
    assert not reads_left_to_right(cell_image(table, row, 2), FONT)


def test_a_date_value_reads_left_to_right_in_the_span_list_of_an_arabic_window(
    arabic_ui, qtbot, monkeypatch, store
):
    (doc_id,) = store.documents.insert_many([Document(None, "ar1", "عاجل", AR, "ar", "rtl")])
    doc = store.documents.get(doc_id)
    d = AR.index("يوم السبت")
    date = AnnotationSession(store, "amina").create_span(doc, d, d + 9, "DATE", snap=False)
    date = AnnotationSession(store, "amina").set_attr(date, "value", VALUE)
    spans = span_list.SpanList()
    qtbot.addWidget(spans)
    spans.resize(900, 300)
    spans.show()
    spans.show_spans([date], str, None, "ar")
    assert spans.isRightToLeft()
    assert VALUE in spans.table.item(0, span_list.ATTRS).text()
    qtbot.wait(20)
    font = FONT
    assert reads_left_to_right(cell_image(spans.table, 0, span_list.ATTRS), font)
    monkeypatch.setattr(span_list, "ltr", str)
    spans.spans = []
    spans.show_spans([date], str, None, "ar")
    qtbot.wait(20)
    assert not reads_left_to_right(cell_image(spans.table, 0, span_list.ATTRS), font)


def test_a_hijri_date_shows_its_hijri_day_beside_the_value(window, qtbot):
    window.controller.open_document(window.ids["ar"])
    table = window.claims.table
    qtbot.waitUntil(lambda: table.rowCount() > 0)  # the claims fill after the first paint
    cells = [table.item(r, 2).text() for r in range(table.rowCount())]
    hijri = next(c for c in cells if "2021-04-27" in c)
    # the whole cell right to left (even in this English window), the value left to
    # right inside it, the Hijri date right to left beside it
    assert hijri == (
        "\u206715 رمضان 1442 (\u20662021-04-27\u2069 · \u206715 رمضان 1442 هـ\u2069)\u2069"
    )
    # a Gregorian date in an Arabic article: the value alone
    assert next(c for c in cells if VALUE in c) == f"\u2067يوم السبت (\u2066{VALUE}\u2069)\u2069"
    window.span_list.set_on_screen(True)
    rows = window.span_list.rows()
    assert any("\u206715 رمضان 1442 هـ\u2069" in cell for row in rows for cell in row)
    window.controller.open_document(window.ids["fa"])
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    (persian,) = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert persian == f"\u2067روز شنبه (\u2066{VALUE}\u2069 · \u2067۸ آذر ۱۳۹۹\u2069)\u2069"
