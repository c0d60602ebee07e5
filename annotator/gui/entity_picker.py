"""Pick a speaker from the project's registry by any alias in any script, or create one.

Matching is done by the ``lookup`` callable (services.registry.find_entities: folded, so
``پوتین`` finds ``بوتين``). Names and aliases are shown through plain-text APIs only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Entity
from annotator.gui.i18n import num
from annotator.gui.plain import ltr, tooltip
from annotator.text.lang import paragraph_direction

NEW_SPEAKER_SHORTCUT = "Ctrl+Shift+N"
NOTHING_CHOSEN = QT_TRANSLATE_NOOP("EntityPicker", "no speaker chosen yet")


def entity_text(entity: Entity) -> str:
    """One line for a list row: name, Wikidata id, other aliases."""
    aliases = " · ".join(a.text for a in entity.aliases if a.text != entity.name)
    wikidata = f" [{entity.wikidata}]" if entity.wikidata else ""
    return entity.name + wikidata + (f" — {aliases}" if aliases else "")


def is_rtl(text: str) -> bool:
    """Whether ``text`` reads right to left (any Arabic-script letter)."""
    return paragraph_direction(text, "ltr") == "rtl"


def _align(rtl: bool) -> Qt.AlignmentFlag:
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


class EntityPicker(QWidget):
    """The chosen speaker (name, Wikidata id), a search box whose matches are listed as
    you type, and a "New speaker…" button.

    Signals: ``entity_chosen(int)`` on Enter in the search box (the highlighted match,
    else the first) or on double-click / Enter in the list; ``entity_create_requested(str)``
    with the name confirmed in a dialog (prefilled with the span text).
    """

    entity_chosen = Signal(int)
    entity_create_requested = Signal(str)

    def __init__(
        self,
        lookup: Callable[[str], list[Entity]],
        by_id: Callable[[int], Entity],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lookup = lookup
        self.by_id = by_id
        self.entity_id: int | None = None
        self.suggested_name = ""
        self.current = QLabel(self.tr(NOTHING_CHOSEN), self)
        self.current.setObjectName("entityName")
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setWordWrap(True)
        self.current_meta = QLabel(self)
        self.current_meta.setObjectName("entityMeta")
        self.current_meta.setTextFormat(Qt.TextFormat.PlainText)
        self.current_meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.search = QLineEdit(self)
        self.search.setObjectName("entitySearch")
        self.search.setPlaceholderText(self.tr("Find a speaker by any name (پوتین finds بوتين)"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.results = QListWidget(self)
        self.results.setObjectName("entityResults")
        self.new_button = QPushButton(self.tr("New speaker…"), self)
        self.new_button.setObjectName("newSpeaker")
        self.new_button.setShortcut(QKeySequence(NEW_SPEAKER_SHORTCUT))
        self.new_button.setToolTip(
            tooltip(
                self.tr(
                    "Add a speaker to the registry, named after the span ({key}); "
                    "the span text becomes one of its aliases"
                ).format(key=ltr(NEW_SPEAKER_SHORTCUT))
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.current)
        layout.addWidget(self.current_meta)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.choose_current)
        self.results.itemActivated.connect(self._choose)  # double-click or Enter
        self.new_button.clicked.connect(self.create)
        self.refresh("")

    # -- API -------------------------------------------------------------------
    def show_entity(
        self, entity_id: int | None, suggested_name: str = "", candidates: Sequence[int] = ()
    ) -> None:
        """Show the chosen speaker (or none); ``suggested_name`` prefills "New speaker…".
        With no speaker chosen, ``candidates`` (registry ids a suggestion found for an
        alias that fits several speakers) are said and listed to choose from."""
        self.suggested_name = suggested_name.strip()
        self.entity_id = None
        meta = ""
        if entity_id in (None, "") and candidates:
            name = self.tr("{n} speakers in the registry have this name: choose one").format(
                n=num(len(candidates))
            )
            self.show_candidates(candidates)
        elif entity_id in (None, ""):
            name = self.tr(NOTHING_CHOSEN)
        else:
            try:
                entity = self.by_id(int(entity_id))
            except (KeyError, TypeError, ValueError):
                name = self.tr("speaker #{id}").format(id=entity_id)
                meta = self.tr("not in the registry")
            else:
                self.entity_id = entity.id
                name = entity.name
                aliases = len(entity.aliases)
                meta = " · ".join(
                    part
                    for part in (
                        self.tr("Wikidata {id}").format(id=ltr(entity.wikidata))
                        if entity.wikidata
                        else self.tr("no Wikidata id"),
                        self.tr("aliases: {n}").format(n=num(aliases)),
                        f"#{entity.id}",
                    )
                )
        self.current.setText(name)
        rtl = is_rtl(name)
        self.current.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self.current.setAlignment(_align(rtl))
        self.current_meta.setText(meta)
        self.current_meta.setVisible(bool(meta))
        self._mark_current()

    def show_candidates(self, candidates: Sequence[int]) -> None:
        """List exactly these registry speakers (ids that no longer exist are skipped)."""
        entities = []
        for entity_id in candidates:
            try:
                entities.append(self.by_id(int(entity_id)))
            except (KeyError, TypeError, ValueError):
                continue
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._list(entities)

    def set_query(self, query: str) -> None:
        """Put ``query`` in the search box and list its matches."""
        if self.search.text() == query:
            self.refresh(query)
        else:
            self.search.setText(query)

    def refresh(self, query: str | None = None) -> None:
        """List the registry's matches for ``query`` (the search box's text by default)."""
        query = self.search.text() if query is None else query
        rtl_query = is_rtl(query)
        self.search.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl_query else Qt.LayoutDirection.LeftToRight
        )
        self._list(self.lookup(query.strip()))

    def _list(self, entities: Sequence[Entity]) -> None:
        self.results.clear()
        for entity in entities:
            text = entity_text(entity)
            item = QListWidgetItem(text)  # item views show DisplayRole text literally
            item.setData(Qt.ItemDataRole.UserRole, entity.id)
            item.setToolTip(tooltip("\n".join([text, *(a.text for a in entity.aliases)])))
            item.setTextAlignment(_align(is_rtl(entity.name)))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._mark_current()

    def choose_current(self) -> None:
        """Choose the highlighted match, else the first one."""
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._choose(item)

    def create(self) -> None:
        """Ask for the new speaker's name (prefilled) and request its creation."""
        default = self.suggested_name or self.search.text().strip()
        name = self._ask_name(default)
        if name:
            self.entity_create_requested.emit(name)

    # -- internals -------------------------------------------------------------
    def _ask_name(self, default: str) -> str:
        name, ok = QInputDialog.getText(
            self,
            self.tr("New speaker"),
            self.tr("Name of the new speaker (the span text becomes one of its aliases):"),
            QLineEdit.EchoMode.Normal,
            default,
        )
        return name.strip() if ok else ""

    def _choose(self, item: QListWidgetItem) -> None:
        self.entity_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _mark_current(self) -> None:
        """Show the chosen speaker's row in bold."""
        for row in range(self.results.count()):
            item = self.results.item(row)
            font = item.font()
            font.setBold(item.data(Qt.ItemDataRole.UserRole) == self.entity_id)
            item.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the search box move through the matches."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step and self.results.count():
                row = self.results.currentRow() + step
                self.results.setCurrentRow(max(0, min(row, self.results.count() - 1)))
                return True
        return super().eventFilter(watched, event)
