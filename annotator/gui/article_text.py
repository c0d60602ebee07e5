"""An article's QTextDocument, built apart from the view that will show it.

Setting text on the view's own document and then giving its paragraphs their
direction made Qt lay the whole article out twice, synchronously (the second time
for the block formats). A document that has no layout yet takes its text and block
formats for almost nothing; the view then lays out only what it shows, and the
rest in Qt's own idle steps. :func:`prepare` goes one step further for the article
the analyst will open next: its layout object is created (which shapes the text)
at the view's width in idle time, so that opening it is only a line-breaking pass.

A QTextDocument is not thread-safe with the GUI: everything here runs in the GUI
thread, on documents no view shows yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor, QTextDocument

from annotator.text.lang import paragraph_direction

PARAGRAPH_SPLIT = re.compile("\r\n|\r|\n|\u2029")
DOCUMENT_MARGIN = 18


def direction_runs(text: str, direction: str) -> list[tuple[str, int, int]]:
    """Runs of consecutive paragraphs of one direction: (direction, first, last block).

    Each paragraph's direction is its own (an Arabic-script letter: rtl; else Latin:
    ltr; else the article's ``direction``)."""
    runs: list[list] = []
    for i, paragraph in enumerate(PARAGRAPH_SPLIT.split(text)):
        para_dir = paragraph_direction(paragraph, direction)
        if runs and runs[-1][0] == para_dir:
            runs[-1][2] = i
        else:
            runs.append([para_dir, i, i])
    return [(d, first, last) for d, first, last in runs]


def apply_directions(doc: QTextDocument, text: str, direction: str, line_percent: float) -> None:
    """Give every paragraph of ``doc`` (built from ``text``) its own direction, the
    article's alignment and the line height; one call per run of paragraphs."""
    align = (
        Qt.AlignmentFlag.AlignRight if direction == "rtl" else Qt.AlignmentFlag.AlignLeft
    ) | Qt.AlignmentFlag.AlignAbsolute
    cursor = QTextCursor(doc)
    for para_dir, first, last in direction_runs(text, direction):
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if para_dir == "rtl" else Qt.LayoutDirection.LeftToRight
        )
        fmt.setAlignment(align)
        fmt.setLineHeight(line_percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        first_block, last_block = doc.findBlockByNumber(first), doc.findBlockByNumber(last)
        if not first_block.isValid():
            break
        cursor.setPosition(first_block.position())
        end_block = last_block if last_block.isValid() else doc.lastBlock()
        cursor.setPosition(end_block.position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.setBlockFormat(fmt)


@dataclass
class Prepared:
    """A document built for one article, and what it was built for: it is used only
    if the view still shows text the same way (same font, spacing and width)."""

    text: str
    direction: str
    key: tuple  # (font, line percent, width) at build time
    doc: QTextDocument = field(repr=False)

    def fits(self, text: str, direction: str, key: tuple) -> bool:
        """Whether this document is ``text`` shown with ``direction`` under ``key``."""
        return self.text == text and self.direction == direction and self.key == key


def build(text: str, direction: str, font: QFont, line_percent: float) -> QTextDocument:
    """``text`` (as plain text: markup shows literally) in a new document with no
    layout yet, its paragraphs' directions and line height set."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(DOCUMENT_MARGIN)
    doc.setDefaultCursorMoveStyle(Qt.CursorMoveStyle.VisualMoveStyle)
    doc.setPlainText(text)
    apply_directions(doc, text, direction, line_percent)
    return doc


def prepare(text: str, direction: str, font: QFont, line_percent: float, width: int) -> Prepared:
    """A document for the article to open next, its text already shaped at ``width``
    (the view's viewport width), so that showing it costs one line-breaking pass."""
    doc = build(text, direction, font, line_percent)
    doc.documentLayout()  # creating the layout shapes the text
    doc.setTextWidth(width)
    return Prepared(text, direction, (font.key(), line_percent, width), doc)
