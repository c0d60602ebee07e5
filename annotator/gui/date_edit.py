"""A line edit for a DATE span's TIMEX3 / ISO 8601 value that says what is wrong as
you type (``2020-02-30``: February 2020 has 29 days) and never commits an invalid value.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from annotator.core.timex import EXAMPLES, TimexError, parse_timex
from annotator.gui.colors import tint
from annotator.gui.i18n import translate
from annotator.gui.messages import shown
from annotator.gui.plain import ltr, tooltip

ERROR_COLOR = "#c62828"
OK_COLOR = "#2e7d32"
NEUTRAL_COLOR = "#757575"
#: core.timex's granularities as the hint under the field names them
GRANULARITY = {
    "century": QT_TRANSLATE_NOOP("DateValueEdit", "century"),
    "decade": QT_TRANSLATE_NOOP("DateValueEdit", "decade"),
    "year": QT_TRANSLATE_NOOP("DateValueEdit", "year"),
    "season": QT_TRANSLATE_NOOP("DateValueEdit", "season"),
    "month": QT_TRANSLATE_NOOP("DateValueEdit", "month"),
    "week": QT_TRANSLATE_NOOP("DateValueEdit", "week"),
    "day": QT_TRANSLATE_NOOP("DateValueEdit", "day"),
    "minute": QT_TRANSLATE_NOOP("DateValueEdit", "minute"),
    "second": QT_TRANSLATE_NOOP("DateValueEdit", "second"),
    "ref": QT_TRANSLATE_NOOP("DateValueEdit", "reference to a time"),
}


class TimexValidator(QValidator):
    """Acceptable: a valid TIMEX3 value or nothing (clears the value); Intermediate:
    anything else, so typing is never blocked but Enter does not commit it."""

    def validate(self, text: str, pos: int) -> QValidator.State:
        if not text.strip():
            return QValidator.State.Acceptable
        try:
            parse_timex(text)
        except TimexError:
            return QValidator.State.Intermediate
        return QValidator.State.Acceptable


class DateValueEdit(QWidget):
    """Edits one TIMEX3 value; a small label under it shows the granularity and what the
    value means, or the error in red.

    ``value_changed(str)`` is emitted on Enter or when focus leaves, only for a valid
    value (canonical: ASCII digits, upper case) that differs from the current one, or
    ``""`` when the field was emptied (clear the value). Escape restores the current one.
    """

    value_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("timexEdit")
        self.edit.setPlaceholderText(EXAMPLES.replace(" or ", ", "))
        self.edit.setToolTip(
            tooltip(
                self.tr(
                    "TIMEX3 / ISO 8601 value at the text's granularity: {examples}; also "
                    "{more}. Always a Gregorian date; the calendar field says which "
                    "calendar the text used. Enter commits, Escape restores, empty clears."
                ).format(
                    examples=ltr(EXAMPLES.replace(" or ", ", ")),
                    more=ltr(
                        "202 (decade), 20 (century), 2020-W45-3, 2020-SU, "
                        "2020-11-07T19:31+03:30, PRESENT_REF"
                    ),
                )
            )
        )
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # ISO values are LTR
        self.edit.setValidator(TimexValidator(self.edit))
        self.hint = QLabel(self)
        self.hint.setObjectName("timexHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        font = self.hint.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
        self.hint.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self._value = ""
        self._error = ""
        self.edit.textChanged.connect(self._check)
        self.edit.editingFinished.connect(self._commit)
        revert = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.edit)
        revert.setContext(Qt.ShortcutContext.WidgetShortcut)
        revert.activated.connect(lambda: self.set_value(self._value))
        self._check("")

    # -- API -------------------------------------------------------------------
    def set_value(self, value: str) -> None:
        """Show ``value`` (the span's current one) without emitting anything."""
        self._value = value or ""
        self.edit.blockSignals(True)
        self.edit.setText(self._value)
        self.edit.blockSignals(False)
        self._check(self._value)

    def value(self) -> str:
        """The current (last set or committed) value, not the text being typed."""
        return self._value

    def is_valid(self) -> bool:
        """True when the typed text is a valid value or empty."""
        return not self._error

    def error(self) -> str:
        """Why the typed text is invalid, or ``""``."""
        return self._error

    # -- internals -------------------------------------------------------------
    def _show(self, text: str, color: str) -> None:
        self.hint.setText(text)
        tint(self.hint, color)  # readable in a light and a dark scheme

    def _check(self, text: str) -> None:
        self._error = ""
        if not text.strip():
            self._show(self.tr("no value (Enter on an empty field clears it)"), NEUTRAL_COLOR)
            self.edit.setStyleSheet("")
            return
        try:
            timex = parse_timex(text)
        except TimexError as exc:
            self._error = shown(exc)
            self._show(self._error, ERROR_COLOR)
            self.edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {ERROR_COLOR} }}")
            return
        granularity = GRANULARITY.get(timex.granularity)
        name = translate("DateValueEdit", granularity) if granularity else timex.granularity
        described = shown(timex.description)  # "Saturday 7 November 2020", translated
        if described == timex.description:
            described = ltr(described)
        self._show(f"{name}: {described}", OK_COLOR)
        self.edit.setStyleSheet("")

    def _commit(self) -> None:
        text = self.edit.text()
        try:
            value = parse_timex(text).value if text.strip() else ""
        except TimexError:
            return  # the validator normally stops Enter first; focus-out keeps the text
        if value != text:  # show the canonical form: ۲۰۲۰-w45 -> 2020-W45
            self.edit.blockSignals(True)
            self.edit.setText(value)
            self.edit.blockSignals(False)
            self._check(value)
        if value == self._value:
            return
        self._value = value
        self.value_changed.emit(value)
