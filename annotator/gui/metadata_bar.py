"""The article's title, source and publication date (dates are anchored on it)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from annotator.core.model import Document
from annotator.gui.colors import tint
from annotator.gui.i18n import num
from annotator.gui.plain import ltr


def valid_published(value: str) -> bool:
    """Empty, an ISO date (2020-11-16) or an ISO date-time (2020-11-16T09:06)."""
    if not value:
        return True
    try:
        (datetime if "T" in value else date).fromisoformat(value)
    except ValueError:
        return False
    return True


class MetadataBar(QWidget):
    field_edited = Signal(str, str)  # field name, new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("articleTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # titles can contain markup
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        self.title.setFont(font)
        self.source = QLineEdit(self)
        self.source.setObjectName("sourceEdit")
        self.source.setPlaceholderText(self.tr("source"))
        self.published = QLineEdit(self)
        self.published.setObjectName("publishedEdit")
        self.published.setPlaceholderText("YYYY-MM-DD")
        self.published.setToolTip(
            self.tr(
                "Publication date (ISO 8601). Relative dates (yesterday, last week) are "
                "resolved against it."
            )
        )
        # an ISO value reads left to right in any interface; room for a date-time
        self.published.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        wide = self.published.fontMetrics().horizontalAdvance("2020-12-01T19:31+03:30__")
        self.published.setMinimumWidth(wide)
        self.published.setMaximumWidth(wide)
        self.detected = QLabel(self.tr("(detected)"), self)
        self.detected.setObjectName("publishedDetected")
        self.detected.setVisible(False)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.error, "#b00020")
        self.info = QLabel(self)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Source"), self.source)
        form2 = QFormLayout()
        published_row = QHBoxLayout()
        published_row.addWidget(self.published)
        published_row.addWidget(self.detected)
        form2.addRow(self.tr("Published"), published_row)
        row.addLayout(form, 2)
        row.addLayout(form2, 1)
        row.addWidget(self.error)
        row.addWidget(self.info)
        outer = QFormLayout(self)
        outer.setContentsMargins(8, 4, 8, 0)
        outer.addRow(self.title)
        outer.addRow(row)
        self._values: dict[str, str] = {}
        self._detected = ""
        self.source.editingFinished.connect(lambda: self._edited("source", self.source))
        self.published.editingFinished.connect(lambda: self._edited("published", self.published))

    def show_document(self, doc: Document) -> None:
        self.title.setText(doc.title or doc.ext_id)
        align = (
            Qt.AlignmentFlag.AlignRight if doc.direction == "rtl" else Qt.AlignmentFlag.AlignLeft
        )
        self.title.setAlignment(align | Qt.AlignmentFlag.AlignAbsolute)
        self._values = {"source": doc.source, "published": doc.published}
        self.source.setText(doc.source)
        self.published.setText(doc.published)
        detected = bool(doc.meta.get("published_detected"))
        self._detected = str(doc.meta.get("published_detected_value", "")) if detected else ""
        matched = str(doc.meta.get("published_detected_text", ""))
        self.detected.setToolTip(self.tr("Read from the article: {text}").format(text=matched))
        self._show_detected(doc.published)
        self.error.setText("")
        info = self.tr("{id} · {lang} · {n} characters")
        self.info.setText(info.format(id=ltr(doc.ext_id), lang=doc.lang, n=num(len(doc.text))))

    def revert(self) -> None:
        """Put back the stored source and date (Esc: what was typed is not saved)."""
        self.source.setText(self._values.get("source", ""))
        self.published.setText(self._values.get("published", ""))
        self.error.setText("")

    def _edited(self, name: str, edit: QLineEdit) -> None:
        value = edit.text().strip()
        if value == self._values.get(name, ""):
            return
        if name == "published" and not valid_published(value):
            self.error.setText(self.tr("not an ISO date: {value}").format(value=ltr(value)))
            return
        self.error.setText("")
        self._values[name] = value
        if name == "published":
            self._show_detected(value)
        self.field_edited.emit(name, value)

    def _show_detected(self, published: str) -> None:
        """Show "(detected)" beside the date while it is the one read from the article."""
        self.detected.setVisible(bool(self._detected) and published == self._detected)
