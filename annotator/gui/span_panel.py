"""Details of the selected span: its text, its label and one editor per attribute.

The panel edits nothing itself: it emits requests (relabel, set an attribute, choose
or create a speaker, delete) that the controller turns into committed edits, and is
then shown the updated span. Editors are rebuilt only when the label changes, so an
edit does not steal the focus from the field being typed in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import AttributeDef, Entity, Label, Schema, Span
from annotator.gui.date_edit import DateValueEdit
from annotator.gui.entity_picker import EntityPicker, is_rtl
from annotator.gui.i18n import schema_text, translate
from annotator.gui.plain import ltr, tooltip


def hint_text(schema: Schema) -> str:
    """What to do when no span is selected, naming the schema's label keys."""
    keys = "/".join(label.key for label in schema.labels if label.key)
    if not keys:
        return translate("SpanPanel", "Select a span in the text")
    return translate(
        "SpanPanel", "Select a span in the text, or select text and press {keys} to tag it"
    ).format(keys=keys)


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class SpanPanel(QWidget):
    """Shows one span (or a hint when none is selected) and emits edit requests.

    Signals: ``relabel_requested(label)``, ``attr_changed(name, value)`` (``""`` clears),
    ``entity_chosen(entity_id)``, ``entity_create_requested(name)``, ``delete_requested()``,
    ``leave_requested()`` when an edit is finished by keyboard (Enter on the value or
    on the Label box): the window gives the focus back to the article.

    The Label box never relabels on a key alone: arrows move through the labels, and
    Enter (or a click in its list) confirms; typed letters and digits do nothing.
    """

    relabel_requested = Signal(str)
    attr_changed = Signal(str, object)
    entity_chosen = Signal(int)
    entity_create_requested = Signal(str)
    delete_requested = Signal()
    leave_requested = Signal()

    def __init__(
        self,
        schema: Schema,
        entity_lookup: Callable[[str], list[Entity]],
        entity_by_id: Callable[[int], Entity],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.schema = schema
        self.entity_lookup = entity_lookup
        self.entity_by_id = entity_by_id
        self.span: Span | None = None
        self.editors: dict[str, QWidget] = {}
        self._editors_for: str | None = None  # the label the editors were built for

        self.hint = QLabel(self)
        self.hint.setObjectName("spanHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.body = QWidget(self)
        self.text = QLabel(self.body)
        self.text.setObjectName("spanText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # span text may contain <b>, <img>
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel(self.body)
        self.where.setObjectName("spanWhere")
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.label_box = QComboBox(self.body)
        self.label_box.setObjectName("labelBox")
        self.label_box.setToolTip(
            tooltip(
                self.tr(
                    "Change the span's label: arrows choose, Enter confirms (or press the "
                    "label's key in the article)"
                )
            )
        )
        self.label_box.installEventFilter(self)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Label"), self.label_box)
        self.delete_button = QPushButton(self.tr("Delete span (Del)"), self.body)
        self.delete_button.setObjectName("deleteSpan")

        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.text)
        body.addWidget(self.where)
        body.addLayout(self.form)
        body.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.body)
        layout.addStretch(1)

        self.label_box.activated.connect(self._label_activated)
        self.delete_button.clicked.connect(self.delete_requested)
        self.set_schema(schema)

    # -- API -------------------------------------------------------------------
    def set_schema(self, schema: Schema) -> None:
        """Use ``schema``'s labels and attributes; the shown span is shown again."""
        self.schema = schema
        self.hint.setText(hint_text(schema))
        self._fill_labels(self.span.label if self.span else None)
        self._clear_editors()
        self.show_span(self.span)

    def show_span(self, span: Span | None) -> None:
        """Show ``span``'s details, or the hint when ``span`` is None. Emits nothing."""
        previous, self.span = self.span, span
        self.hint.setVisible(span is None)
        if span is None:
            self.body.setVisible(False)
            self._clear_editors()
            return
        self.text.setText(span.text)
        self.text.setToolTip(tooltip(span.text))
        rtl = is_rtl(span.text)
        self.text.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self.text.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        where = self.tr("characters {start}–{end} · {origin}")
        self.where.setText(
            where.format(start=ltr(span.start), end=ltr(span.end), origin=ltr(span.origin))
        )
        if self.label_box.findData(span.label) < 0:
            self._fill_labels(span.label)
        self.label_box.setCurrentIndex(self.label_box.findData(span.label))
        if span.label != self._editors_for:
            self._build_editors(span.label)
        same_span = previous is not None and previous.id == span.id
        for attr in self._attributes(span.label):
            self._show_value(attr, span, same_span)
        self.body.setVisible(True)

    def focus_editor(self) -> bool:
        """Give the focus to the shown span's first editor (a DATE's value, a SPEAKER's
        speaker search, a CLAIM's kind); False when the span has none."""
        editor = next(iter(self.editors.values()), None) if self.span is not None else None
        if editor is None:
            return False
        if isinstance(editor, DateValueEdit):
            editor = editor.edit
        elif isinstance(editor, EntityPicker):
            editor = editor.search
        editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(editor, QLineEdit):
            editor.selectAll()
        return True

    def focus_label(self) -> bool:
        """Give the focus to the Label box; False when no span is shown."""
        if self.span is None:
            return False
        self.label_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def label(self) -> Label | None:
        """The schema's definition of the shown span's label, if it has one."""
        if self.span is None:
            return None
        try:
            return self.schema.label(self.span.label)
        except KeyError:
            return None

    # -- labels ----------------------------------------------------------------
    def _fill_labels(self, extra: str | None) -> None:
        self.label_box.clear()
        for label in self.schema.labels:
            key = f"  ({label.key})" if label.key else ""
            self.label_box.addItem(_swatch(label.color), label.name + key, label.name)
        if extra and self.label_box.findData(extra) < 0:
            self.label_box.addItem(
                self.tr("{value} (not in the schema)").format(value=extra), extra
            )

    def _label_activated(self, index: int) -> None:
        name = self.label_box.itemData(index)
        if self.span is not None and name and name != self.span.label:
            self.relabel_requested.emit(name)

    def _show_own_label(self) -> None:
        if self.span is not None:
            self.label_box.setCurrentIndex(self.label_box.findData(self.span.label))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The closed Label box: arrows move, Enter confirms, typed keys do nothing;
        leaving it unconfirmed shows the span's own label again."""
        if watched is not self.label_box:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.FocusOut and not self.label_box.view().isVisible():
            self._show_own_label()
        if event.type() != QEvent.Type.KeyPress or event.modifiers() & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        ):
            return False
        box, key = self.label_box, event.key()
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(key)
        if step is not None:
            box.setCurrentIndex(max(0, min(box.currentIndex() + step, box.count() - 1)))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._label_activated(box.currentIndex())
            self.leave_requested.emit()
            return True
        if key in (Qt.Key.Key_Space, Qt.Key.Key_F4):
            return False  # opens the list
        pages = (Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        return key in pages or bool(event.text())  # these and typed keys: nothing

    # -- attribute editors -----------------------------------------------------
    def _attributes(self, label: str) -> tuple[AttributeDef, ...]:
        try:
            return self.schema.label(label).attributes
        except KeyError:
            return ()

    def _clear_editors(self) -> None:
        while self.form.rowCount() > 1:
            row = self.form.takeRow(1)
            for item in (row.labelItem, row.fieldItem):
                widget = item.widget() if item is not None else None
                if widget is not None:
                    # silenced first: losing the focus must not commit to another span
                    widget.blockSignals(True)
                    widget.hide()
                    widget.deleteLater()
        self.editors = {}
        self._editors_for = None

    def _build_editors(self, label: str) -> None:
        self._clear_editors()
        self._editors_for = label
        for attr in self._attributes(label):
            editor = self._make_editor(attr)
            editor.setObjectName(f"attr_{attr.name}")
            if attr.description:
                editor.setToolTip(tooltip(schema_text(attr.description)))
            caption = QLabel(schema_text(attr.name), self.body)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            self.editors[attr.name] = editor
            self.form.addRow(caption, editor)
            caption.show()  # a widget added to a shown parent stays hidden until shown
            editor.show()

    def _make_editor(self, attr: AttributeDef) -> QWidget:
        name = attr.name
        if attr.kind == "enum":
            box = QComboBox(self.body)
            box.activated.connect(lambda i, b=box: self._emit(name, b.itemData(i)))
            return box
        if attr.kind == "timex":
            edit = DateValueEdit(self.body)
            edit.value_changed.connect(lambda v: self._emit(name, v))
            edit.edit.returnPressed.connect(self.leave_requested)  # a valid value only
            return edit
        if attr.kind == "entity":
            picker = EntityPicker(self.entity_lookup, self.entity_by_id, self.body)
            picker.entity_chosen.connect(self.entity_chosen)
            picker.entity_create_requested.connect(self.entity_create_requested)
            return picker
        line = QLineEdit(self.body)
        line.editingFinished.connect(lambda e=line: self._emit(name, e.text().strip()))
        return line

    def _show_value(self, attr: AttributeDef, span: Span, same_span: bool) -> None:
        editor = self.editors[attr.name]
        value = span.attrs.get(attr.name, "")
        text = "" if value is None else str(value)
        if isinstance(editor, QComboBox):
            editor.clear()
            editor.addItem(self.tr("(not set)"), "")
            for v in attr.values:
                editor.addItem(schema_text(v), v)
            if text and editor.findData(text) < 0:
                editor.addItem(self.tr("{value} (not in the schema)").format(value=text), text)
            editor.setCurrentIndex(editor.findData(text))
        elif isinstance(editor, DateValueEdit):
            if not same_span or text != editor.value():
                editor.set_value(text)
        elif isinstance(editor, EntityPicker):
            candidates = span.attrs.get("entity_candidates") or ()
            if not isinstance(candidates, list | tuple):
                candidates = ()
            editor.show_entity(value or None, span.text, () if value else candidates)
            if not same_span and not (candidates and not value):
                editor.set_query("" if value else span.text.strip())
        elif isinstance(editor, QLineEdit) and (not same_span or not editor.hasFocus()):
            editor.setText(text)
            rtl = is_rtl(text)
            editor.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )

    def _emit(self, name: str, value: Any) -> None:
        """Emit ``attr_changed`` unless ``value`` is what the span already has."""
        if self.span is None:
            return
        current = self.span.attrs.get(name, "")
        if str("" if current is None else current) == str(value):
            return
        self.attr_changed.emit(name, value)
