"""View > Article font: the families that can write Arabic script, previewed on Arabic
and Persian text (joined letters, both digit sets, a date value), not on "AaBbYyZz"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from annotator.gui.fonts import arabic_families

SAMPLES = (
    "قال الرئيس الروسي فلاديمير بوتين، اليوم السبت ١٠ أكتوبر: «الوضع خطير».",
    "سخنگوی وزارت امور خارجه روز ۱۷ آبان ۱۳۹۹ گفت که مذاکرات ادامه می‌یابد.",
)


class ArticleFontDialog(QDialog):
    def __init__(self, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Article font"))
        self.family = QComboBox(self)
        self.family.addItems(arabic_families())
        self.family.setCurrentText(font.family())
        self.size = QSpinBox(self)
        self.size.setRange(8, 48)
        self.size.setValue(font.pointSize())
        self.previews = []
        form = QFormLayout(self)
        form.addRow(self.tr("Font"), self.family)
        form.addRow(self.tr("Size"), self.size)
        for sample in SAMPLES:
            label = QLabel(sample, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setWordWrap(True)
            self.previews.append(label)
            form.addRow(label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.family.currentTextChanged.connect(self._preview)
        self.size.valueChanged.connect(self._preview)
        self._preview()
        self.resize(620, 280)

    def chosen(self) -> QFont:
        return QFont(self.family.currentText(), self.size.value())

    def _preview(self) -> None:
        for label in self.previews:
            label.setFont(self.chosen())
