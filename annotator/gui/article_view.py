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

import re
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontInfo,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from annotator.core.model import Span
from annotator.gui.highlights import (
    NESTED_SAME,
    SchemeColors,
    char_format,
    contained_ids,
    default_color,
)
from annotator.gui.line_extent import visual_extent
from annotator.gui.offsets import QtOffsets
from annotator.gui.plain import tooltip
from annotator.gui.span_list import attribute_text
from annotator.text.lang import paragraph_direction
from annotator.text.tokens import grapheme_bounds, tokenize

PARAGRAPH_SPLIT = re.compile("\r\n|\r|\n|\u2029")
DEFAULT_LINE_SPACING = 1.5  # distance between lines, in font sizes (as CSS line-height)
LINE_SPACINGS = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5)


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
        self.colors: dict[str, QColor] = {}
        self.selected_id: int | None = None
        self.find_ranges: list[tuple[int, int]] = []
        self.suggestions: list[Span] = []
        self._cache: dict[tuple, QTextEdit.ExtraSelection] = {}
        self._schemes = SchemeColors()
        self.entity_name: Callable[[int], str] | None = None  # the window sets it
        self.line_spacing = DEFAULT_LINE_SPACING
        self.selectionChanged.connect(self._emit_selection)

    # -- content ---------------------------------------------------------------
    def show_text(self, text: str, direction: str) -> None:
        """Show ``text`` exactly (as plain text) with the given base direction."""
        self.text = text
        self.offsets = QtOffsets(text)
        self.spans, self.find_ranges, self.suggestions = [], [], []
        self.selected_id = None
        self._cache.clear()  # cached selections hold cursors into the old document
        self.setPlainText(text)
        self.set_direction(direction)

    def set_direction(self, direction: str) -> None:
        """Per-paragraph layout direction; alignment from the article's direction.
        Consecutive paragraphs of one direction get their format in one call."""
        self.direction = direction
        rtl = Qt.LayoutDirection.RightToLeft
        ltr = Qt.LayoutDirection.LeftToRight
        align = (
            Qt.AlignmentFlag.AlignRight if direction == "rtl" else Qt.AlignmentFlag.AlignLeft
        ) | Qt.AlignmentFlag.AlignAbsolute
        runs: list[list] = []  # [direction, first block, last block]
        for i, paragraph in enumerate(PARAGRAPH_SPLIT.split(self.text)):
            para_dir = paragraph_direction(paragraph, direction)
            if runs and runs[-1][0] == para_dir:
                runs[-1][2] = i
            else:
                runs.append([para_dir, i, i])
        doc = self.document()
        cursor = QTextCursor(doc)
        for para_dir, first, last in runs:
            fmt = QTextBlockFormat()
            fmt.setLayoutDirection(rtl if para_dir == "rtl" else ltr)
            fmt.setAlignment(align)
            fmt.setLineHeight(
                self.line_percent(), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
            first_block, last_block = doc.findBlockByNumber(first), doc.findBlockByNumber(last)
            if not first_block.isValid():
                break
            cursor.setPosition(first_block.position())
            end_block = last_block if last_block.isValid() else doc.lastBlock()
            cursor.setPosition(end_block.position(), QTextCursor.MoveMode.KeepAnchor)
            cursor.setBlockFormat(fmt)
        self.setLayoutDirection(rtl if direction == "rtl" else ltr)

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
        self.spans = sorted(spans, key=lambda s: (s.start, -s.end, s.id or 0))
        colors = {name: QColor(c) for name, c in colors.items()}
        if colors != self.colors:
            self._cache.clear()
            self.colors = colors
        if self.selected_id not in {s.id for s in self.spans}:
            self.selected_id = None
        self._refresh()

    def set_selected_span(self, span_id: int | None) -> None:
        self.selected_id = span_id
        self.viewport().update()

    def set_find_ranges(self, ranges: Sequence[tuple[int, int]]) -> None:
        self.find_ranges = list(ranges)
        self._refresh()

    def set_suggestions(self, suggestions: Sequence[Span]) -> None:
        self.suggestions = list(suggestions)
        self._refresh()

    def _cursor(self, start: int, end: int, display: bool = True) -> QTextCursor:
        if display:
            start, end = grapheme_bounds(self.text, start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _refresh(self) -> None:
        inside = contained_ids(self.spans)
        same = set()  # inside a span of their own label: drawn stronger, wavy underline
        for label in {s.label for s in self.spans}:
            same |= contained_ids([s for s in self.spans if s.label == label])
        styles = [
            ("span", s.start, s.end, s.label, NESTED_SAME if s.id in same else int(s.id in inside))
            for s in self.spans
        ]
        styles.sort(key=lambda st: st[4])  # outer fills first, inner spans over them
        styles += [("suggestion", s.start, s.end, s.label, 0) for s in self.suggestions]
        styles += [("find", start, end, "", 0) for start, end in self.find_ranges]
        # Inside an edit block Qt skips computing each cursor's x position, which
        # would lay out the block (24 us per cursor). Nothing is edited.
        batch = QTextCursor(self.document())
        batch.beginEditBlock()
        selections = [self._selection(style) for style in styles]
        batch.endEditBlock()
        self.setExtraSelections(selections)
        self.viewport().update()

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
