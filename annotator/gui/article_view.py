"""The read-only article view (docs/architecture.md, "Offset contract" and its Qt facts).

- Text goes in through ``setPlainText`` only: markup in an article shows literally.
- Each paragraph gets its own direction (Arabic-script letter: RTL; else Latin: LTR;
  else the article's) and the article's alignment, so `19:31 GMT01 ديسمبر` and
  `Lebanon 24` stay right-aligned in an RTL article and `A+` is not turned into `+A`.
- Highlights are ExtraSelections (they never change glyphs, so lam-alef and other
  joins survive a span boundary inside a word); the DISPLAYED range is widened to
  whole grapheme clusters while stored offsets stay exact.
- Code points <-> Qt positions only through :class:`QtOffsets`; text is never read
  back from the widget.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontInfo,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from annotator.core.model import Span
from annotator.gui import article_text
from annotator.gui.article_text import Prepared
from annotator.gui.highlights import SchemeColors, char_format, default_color, span_styles
from annotator.gui.line_extent import visual_extent
from annotator.gui.offsets import QtOffsets
from annotator.gui.plain import tooltip
from annotator.gui.span_list import attribute_text
from annotator.text.tokens import grapheme_bounds, tokenize

DEFAULT_LINE_SPACING = 1.5  # distance between lines, in font sizes (as CSS line-height)
LINE_SPACINGS = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5)
FIRST_PAINT_HIGHLIGHTS = 40  # more than this in a new article: the visible ones first...
REST_STEP = 3000  # ...then this many code points more each side per idle step


class ArticleView(QTextEdit):
    """Shows one article with its spans. Emits code-point offsets only."""

    selection_changed = Signal(int, int)  # [start, end) in code points
    span_clicked = Signal(object)  # Span or None
    suggestion_clicked = Signal(object)  # a suggestion under the click, where no span is

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setMouseTracking(True)
        self.document().setDefaultCursorMoveStyle(Qt.CursorMoveStyle.VisualMoveStyle)
        self.document().setDocumentMargin(18)
        self.text = ""
        self.direction = "rtl"
        self.offsets = QtOffsets("")
        self.spans: list[Span] = []
        self._span_styles: list[tuple] = []  # span_styles(self.spans)
        self.colors: dict[str, QColor] = {}
        self.selected_id: int | None = None
        self.find_ranges: list[tuple[int, int]] = []
        self.suggestions: list[Span] = []
        self._cache: dict[tuple, QTextEdit.ExtraSelection] = {}
        self._schemes = SchemeColors()
        self.entity_name: Callable[[int], str] | None = None  # the window sets it
        self.line_spacing = DEFAULT_LINE_SPACING
        self.selectionChanged.connect(self._emit_selection)
        # After a new article's first paint, in idle steps: the work queued for it
        # (after_first_paint), then its highlights off screen, a piece per step (each
        # makes Qt lay out the text it covers); a scroll or resize shows them all at
        # once. Showing another article drops what is left.
        self._first_paint = False  # set by show_text: the next highlights are limited
        self._window: tuple[int, int] | None = None  # code points with highlights shown
        self._after_paint: list[Callable[[], None]] = []
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.setInterval(0)
        self._rest_timer.timeout.connect(self._idle_step)
        self.verticalScrollBar().valueChanged.connect(self.show_all_highlights)

    # -- content ---------------------------------------------------------------
    def show_text(self, text: str, direction: str, prepared: Prepared | None = None) -> None:
        """Show ``text`` exactly (as plain text) with the given base direction, in a new
        document: ``prepared`` (from :meth:`prepare`) when it still fits the view."""
        self.text = text
        self.offsets = QtOffsets(text)
        self.spans, self.find_ranges, self.suggestions = [], [], []
        self._span_styles = []
        self.selected_id = None
        self._rest_timer.stop()
        self._after_paint.clear()  # the previous article's: dropped
        self._cache.clear()  # cached selections hold cursors into the old document
        self.setExtraSelections([])  # ...and so do the shown ones: gone before it is
        self.direction = direction
        if prepared is not None and prepared.fits(text, direction, self.layout_key()):
            doc = prepared.doc
        else:
            doc = article_text.build(text, direction, self.font(), self.line_percent())
        old = self.document()
        leaving = old if old is not doc and old.parent() is self else None
        doc.setParent(self)  # the view owns it; setDocument deletes only documents of
        self.setDocument(doc)  # its own (the first, empty one), so the view deletes...
        if leaving is not None:
            leaving.deleteLater()  # ...the previous article's (4-7 MB of laid-out text)
        self.verticalScrollBar().setValue(0)
        self._first_paint = True  # the next highlights: what is on screen first
        self._window = None  # the previous article's visible range says nothing here
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight
        )

    def layout_key(self) -> tuple:
        """What a prepared document must have been built for to be shown as it is."""
        return (self.font().key(), self.line_percent(), self.viewport().width())

    def prepare(self, text: str, direction: str) -> Prepared:
        """Build (in the GUI thread, off screen) the document :meth:`show_text` will show
        for ``text``; called in idle time for the article the analyst will open next."""
        return article_text.prepare(
            text, direction, self.font(), self.line_percent(), self.viewport().width()
        )

    def set_direction(self, direction: str) -> None:
        """Per-paragraph layout direction; alignment from the article's direction.
        Consecutive paragraphs of one direction get their format in one call."""
        self.direction = direction
        article_text.apply_directions(self.document(), self.text, direction, self.line_percent())
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight
        )

    def line_percent(self) -> float:
        """Qt's proportional line height (a percentage of the font's own line height)
        that puts ``line_spacing`` font sizes between lines."""
        natural = QFontMetricsF(self.font()).height()
        size = QFontInfo(self.font()).pixelSize()
        return max(50.0, 100.0 * self.line_spacing * size / natural) if natural else 100.0

    def set_line_spacing(self, spacing: float) -> None:
        """Put ``spacing`` font sizes between lines (1.5: one and a half)."""
        self.line_spacing = spacing
        self.set_direction(self.direction)

    def changeEvent(self, event) -> None:
        """A new font or size keeps the same spacing in font sizes; a new palette (a
        light or dark scheme) redraws the highlights in its colours."""
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and self.text:
            self.set_direction(self.direction)
        elif event.type() == event.Type.PaletteChange:
            self._cache.clear()
            self._refresh()

    def set_spans(self, spans: Sequence[Span], colors: Mapping[str, str]) -> None:
        ordered = sorted(spans, key=lambda s: (s.start, -s.end, s.id or 0))
        colors = {name: QColor(c) for name, c in colors.items()}
        if self.selected_id not in {s.id for s in ordered}:
            self.selected_id = None
        if ordered == self.spans and colors == self.colors and not self._first_paint:
            return  # nothing changed (a reload after an edit elsewhere)
        if colors != self.colors:
            self._cache.clear()
            self.colors = colors
        self.spans = ordered
        self._span_styles = span_styles(ordered)
        self._refresh()

    def set_selected_span(self, span_id: int | None) -> None:
        self.selected_id = span_id
        self.viewport().update()

    def set_find_ranges(self, ranges: Sequence[tuple[int, int]]) -> None:
        self.find_ranges = list(ranges)
        self._refresh()

    def set_suggestions(self, suggestions: Sequence[Span]) -> None:
        if list(suggestions) == self.suggestions:
            return  # an edit that left them as they were
        self.suggestions = list(suggestions)
        self._refresh()

    def _cursor(self, start: int, end: int, display: bool = True) -> QTextCursor:
        if display:
            start, end = grapheme_bounds(self.text, start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _styles(self) -> list[tuple]:
        """(kind, start, end, label, inside) of every highlight, in drawing order."""
        styles = list(self._span_styles)
        styles += [("suggestion", s.start, s.end, s.label, 0) for s in self.suggestions]
        styles += [("find", start, end, "", 0) for start, end in self.find_ranges]
        return styles

    def _refresh(self, repaint: bool = True) -> None:
        styles = self._styles()
        if self._first_paint and len(styles) > FIRST_PAINT_HIGHLIGHTS:
            self._window = self._visible_range()  # the rest: after the paint (paintEvent)
            if not self.isVisible():
                self._rest_timer.start()  # no paint is coming
        self._first_paint = False
        if self._window is not None:
            lo, hi = self._window
            styles = [st for st in styles if st[2] > lo and st[1] < hi]
        # Inside an edit block Qt skips computing each cursor's x position, which
        # would lay out the block (24 us per cursor). Nothing is edited.
        batch = QTextCursor(self.document())
        batch.beginEditBlock()
        selections = [self._selection(style) for style in styles]
        batch.endEditBlock()
        self.setExtraSelections(selections)  # repaints where a highlight came or went
        if repaint:
            self.viewport().update()

    def highlights_pending(self) -> bool:
        """Whether some highlights of the article off screen are still to be added."""
        return self._window is not None

    def show_all_highlights(self) -> None:
        """Add every highlight not shown yet (the analyst scrolls: no waiting)."""
        if self._window is not None:
            self._window = None
            self._refresh()

    def after_first_paint(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the article shown now has been painted, in idle time
        (dropped if another article is shown first)."""
        self._after_paint.append(work)
        if self.isVisible():
            self.viewport().update()  # its paint starts the work
        else:
            self._rest_timer.start()  # no paint is coming

    def work_pending(self) -> bool:
        """Whether work waits for the shown article's first paint or idle time."""
        return bool(self._after_paint) or self._window is not None

    def _idle_step(self) -> None:
        """One piece of the new article's waiting work: queued work first, then the
        highlights REST_STEP code points further each side."""
        if self._after_paint:
            self._after_paint.pop(0)()
            if self._after_paint or self._window is not None:
                self._rest_timer.start()
            return
        if self._window is None:
            return
        lo, hi = self._window[0] - REST_STEP, self._window[1] + REST_STEP
        if lo <= 0 and hi >= len(self.text):
            self._window = None
        else:
            self._window = (lo, hi)
            self._rest_timer.start()
        self._refresh(repaint=False)

    def _visible_range(self) -> tuple[int, int]:
        """The code points of the paragraphs on screen. Asking a block's rectangle
        lays the text out up to it, as painting the screen would."""
        doc = self.document()
        layout = doc.documentLayout()
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        first, end = None, 0
        block = doc.firstBlock()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.top() > bottom:
                break
            if first is None and rect.bottom() >= top:
                first = block.position()
            end = block.position() + block.length()
            block = block.next()
        return self.offsets.to_cp(first or 0), self.offsets.to_cp(end)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.show_all_highlights()

    def scheme_colors(self, label: str, default: QColor | None = None) -> tuple[QColor, QColor]:
        """(fill, line) of ``label`` in the palette in use (highlights.py)."""
        return self._schemes.colors(self.palette(), self.colors.get(label, default))

    def _selection(self, style: tuple) -> QTextEdit.ExtraSelection:
        """The ExtraSelection for (kind, start, end, label, inside), built once per
        article: an edit rebuilds only the spans it touched."""
        sel = self._cache.get(style)
        if sel is None:
            kind, start, end, label, _ = style
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(start, end)
            sel.format = char_format(style, *self.scheme_colors(label, default_color(kind)))
            self._cache[style] = sel
        return sel

    # -- positions -------------------------------------------------------------
    def selection(self) -> tuple[int, int]:
        """The current selection as a code-point range (start <= end)."""
        cursor = self.textCursor()
        return self.offsets.range_to_cp(cursor.selectionStart(), cursor.selectionEnd())

    def select(self, start: int, end: int) -> None:
        """Select ``[start, end)`` (code points) exactly."""
        self.setTextCursor(self._cursor(start, end, display=False))

    def caret(self) -> int:
        return self.offsets.to_cp(self.textCursor().position())

    def scroll_to(self, cp: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(cp))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def spans_at(self, cp: int) -> list[Span]:
        """Spans covering code point ``cp``, innermost (shortest) first."""
        hits = [s for s in self.spans if s.start <= cp < s.end]
        return sorted(hits, key=lambda s: (s.end - s.start, s.id or 0))

    def cp_at(self, point: QPointF) -> int | None:
        """The code point under a viewport point, or None over empty space."""
        cursor = self.cursorForPosition(point.toPoint())
        pos = cursor.position()
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - point.y()) > rect.height():
            return None
        cp = self.offsets.to_cp(pos)
        # cursorForPosition gives the nearest gap; take the character on the side pointed at
        if cp > 0 and (point.x() < rect.x()) == (self._is_rtl_at(pos)):
            cp -= 1
        return min(cp, max(len(self.text) - 1, 0))

    def _is_rtl_at(self, pos: int) -> bool:
        block = self.document().findBlock(pos)
        return block.textDirection() == Qt.LayoutDirection.RightToLeft

    # -- keyboard --------------------------------------------------------------
    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab never takes the focus out of the article (into the article list)."""
        return True

    def word_step(self, cp: int, forward: bool) -> int:
        """Where a word step from ``cp`` lands: the end of the next word (forward) or
        the start of the previous one. Words are the tokenizer's, so ``10``, ``2020-11``'s
        parts and ``درگیری‌های`` (with its ZWNJ) are one step each; punctuation is
        stepped over."""
        words = [(a, b) for a, b in tokenize(self.text) if any(c.isalnum() for c in self.text[a:b])]
        if forward:
            return next((b for a, b in words if b > cp), len(self.text))
        return next((a for a, b in reversed(words) if a < cp), 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl(+Shift)+Left/Right step by whole words in the direction the arrow points
        on screen (in a right-to-left paragraph Left reads on)."""
        mods = event.modifiers()
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right)
        if event.key() not in arrows or mods & ~(ctrl | shift) or not mods & ctrl:
            super().keyPressEvent(event)
            return
        cursor = self.textCursor()
        pos = cursor.position()
        forward = (event.key() == Qt.Key.Key_Left) == self._is_rtl_at(pos)
        target = self.word_step(self.offsets.to_cp(pos), forward)
        mode = QTextCursor.MoveMode.KeepAnchor if mods & shift else QTextCursor.MoveMode.MoveAnchor
        cursor.setPosition(self.offsets.to_qt(target), mode)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- events ----------------------------------------------------------------
    def _emit_selection(self) -> None:
        start, end = self.selection()
        self.selection_changed.emit(start, end)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        cp = self.cp_at(event.position())
        hits = self.spans_at(cp) if cp is not None else []
        self.span_clicked.emit(hits[0] if hits else None)
        if not hits and cp is not None:
            sugg = [s for s in self.suggestions if s.start <= cp < s.end]
            if sugg:
                self.suggestion_clicked.emit(min(sugg, key=lambda s: s.end - s.start))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons():
            return
        cp = self.cp_at(event.position())
        hits = self.spans_at(cp) if cp is not None else []
        if not hits:
            QToolTip.hideText()
            return
        QToolTip.showText(
            event.globalPosition().toPoint(), tooltip(self.hover_text(hits)), self.viewport()
        )

    def hover_text(self, hits: Sequence[Span]) -> str:
        """The tooltip of the spans under the mouse: label, text and attributes, a
        speaker by name (``entity: فلاديمير بوتين``), never ``entity=1``."""
        name = self.entity_name or (lambda entity_id: f"#{entity_id}")
        lines = []
        for s in hits:
            attrs = attribute_text(s, name)
            lines.append(f"{s.label} «{s.text}»" + (f"  [{attrs}]" if attrs else ""))
        return "\n".join(lines)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.work_pending() and not self._rest_timer.isActive():
            self._rest_timer.start()  # a new article is on screen: now the rest
        span = next((s for s in self.spans if s.id == self.selected_id), None)
        if span is None:
            return
        painter = QPainter(self.viewport())
        pen = QPen(self.scheme_colors(span.label, QColor("#333333"))[1])
        pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect in self.range_rects(span.start, span.end):
            painter.drawRoundedRect(rect.adjusted(-2, 0, 2, 0), 3, 3)
        painter.end()

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles (one per line) covering ``[start, end)`` as drawn: a
        range mixing directions (``10 أكتوبر`` in a right-to-left line) covers both."""
        start, end = grapheme_bounds(self.text, start, end)
        qs, qe = self.offsets.range_to_qt(start, end)
        rects = []
        doc = self.document()
        layout_of = doc.documentLayout()
        dx = -self.horizontalScrollBar().value()
        dy = -self.verticalScrollBar().value()
        block = doc.findBlock(qs)
        while block.isValid() and block.position() < qe:
            layout = block.layout()
            units = block.text().encode("utf-16-le", "surrogatepass")
            origin = layout_of.blockBoundingRect(block).topLeft()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                a = max(qs, block.position() + line.textStart()) - block.position()
                b = (
                    min(qe, block.position() + line.textStart() + line.textLength())
                    - block.position()
                )
                if a >= b:
                    continue
                left, right = visual_extent(line, units, a, b)
                rects.append(
                    QRectF(
                        origin.x() + left + dx,
                        origin.y() + line.y() + dy,
                        right - left,
                        line.height(),
                    )
                )
            block = block.next()
        return rects
