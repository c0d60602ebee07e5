"""View > Article font: one font for Arabic articles and one for Persian articles, among
the families that can write Arabic script (Vazirmatn ships with the program), each
previewed on text of its language (joined letters, digits, a date), not on "AaBbYyZz"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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

from annotator.gui.fonts import FONT_LANGUAGES, arabic_families, article_font

SAMPLES = {
    "ar": "قال الرئيس الروسي فلاديمير بوتين، اليوم السبت ١٠ أكتوبر: «الوضع خطير».",
    "fa": "سخنگوی وزارت امور خارجه روز ۱۷ آبان ۱۳۹۹ گفت که مذاکرات ادامه می‌یابد.",
}
ROW_NAMES = {
    "ar": QT_TRANSLATE_NOOP("ArticleFontDialog", "Arabic articles"),
    "fa": QT_TRANSLATE_NOOP("ArticleFontDialog", "Persian articles"),
}


class ArticleFontDialog(QDialog):
    """Chooses the article font of each language and the shared size.

    ``families`` maps "ar" and "fa" to the families in use; ``chosen()`` returns the
    fonts picked, by language."""

    def __init__(
        self, families: dict[str, str], point_size: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Article font"))
        available = arabic_families()
        form = QFormLayout(self)
        self.families: dict[str, QComboBox] = {}
        self.previews: list[QLabel] = []
        self._preview_of: dict[str, QLabel] = {}
        self.size = QSpinBox(self)
        self.size.setRange(8, 48)
        self.size.setValue(point_size)
        for lang in FONT_LANGUAGES:
            combo = QComboBox(self)
            combo.addItems(available)
            combo.setCurrentText(article_font(families.get(lang, "")).family())
            self.families[lang] = combo
            form.addRow(self.tr(ROW_NAMES[lang]), combo)
            combo.currentTextChanged.connect(self._preview)
        form.addRow(self.tr("Size"), self.size)
        for lang in FONT_LANGUAGES:
            label = QLabel(SAMPLES[lang], self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setWordWrap(True)
            self.previews.append(label)
            self._preview_of[lang] = label
            form.addRow(label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.size.valueChanged.connect(self._preview)
        self._preview()
        self.resize(620, 320)

    def chosen(self) -> dict[str, QFont]:
        """The font picked for each language ("ar", "fa"), at the chosen size."""
        return {
            lang: QFont(combo.currentText(), self.size.value())
            for lang, combo in self.families.items()
        }

    def _preview(self) -> None:
        for lang, font in self.chosen().items():
            self._preview_of[lang].setFont(font)
