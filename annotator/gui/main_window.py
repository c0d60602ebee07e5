"""The main window: composes the article view, docks, menus and toolbar.

Behaviour lives in ArticleController (edits) and the docks; this module wires
them together and builds every menu item and shortcut from ``actions.ACTIONS``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import context_menu, dialogs, identity, menus, scheme
from annotator.gui.article_view import ArticleView
from annotator.gui.claims_panel import ClaimsPanel
from annotator.gui.controller import ArticleController
from annotator.gui.curation_panel import CurationPanel
from annotator.gui.document_list import DocumentListDock
from annotator.gui.find_bar import FindBar
from annotator.gui.fonts import article_font, register_fonts
from annotator.gui.i18n import num, translate
from annotator.gui.jobs import wait_for_background
from annotator.gui.keyboard import KeyboardActions, KeyboardModel
from annotator.gui.metadata_bar import MetadataBar
from annotator.gui.pending import WRITE_WAIT_MS
from annotator.gui.settings import Settings
from annotator.gui.shortcuts import ShortcutMap
from annotator.gui.span_list import SpanList
from annotator.gui.span_panel import SpanPanel
from annotator.gui.step_names import step_name
from annotator.gui.suggestions import SuggestionController
from annotator.gui.team_actions import TeamActions
from annotator.gui.training import TrainingController
from annotator.gui.view_actions import ViewActions
from annotator.services import project as projects
from annotator.services import registry
from annotator.services.annotate import AnnotationSession

log = logging.getLogger(__name__)
POLL_MS = 1500
TIME_FLUSH_MS = 15_000  # time spent on the article is written this often
CLOSE_WAIT_MS = 5_000  # at closing, how long waiting edits may wait for the lock


class MainWindow(KeyboardActions, TeamActions, ViewActions, QMainWindow):
    def __init__(
        self, session: AnnotationSession, settings: Settings | None = None, curation: bool = False
    ) -> None:
        super().__init__()
        self.session = session
        self.curating = curation
        self.project = session.project
        self.settings = settings or Settings()
        scheme.apply(self.settings.color_scheme)  # light, dark, or the system's
        self.layout_saved = False
        self.setWindowTitle(
            self.tr("annotator — {project}").format(project=Path(self.project.path).name)
        )
        self.resize(1400, 900)
        schema = session.schema

        self.view = ArticleView(self)
        register_fonts()  # Vazirmatn ships with the program (resources/fonts)
        self.view.setFont(article_font(self.settings.font_family("ar"), self.settings.point_size))
        self.view.line_spacing = self.settings.line_spacing
        self.metadata = MetadataBar(self)
        self.find_bar = FindBar(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for w in (self.metadata, self.view, self.find_bar):
            layout.addWidget(w)
        self.setCentralWidget(central)

        self.claims = ClaimsPanel(self)
        self.controller = ArticleController(session, self.view, self.claims, self)
        self.suggestions = SuggestionController(session, self.view, self)
        self.training = TrainingController(self.project, self)
        self.suggestions.run = self.controller.do
        # never block on the database: an edit waits WRITE_WAIT_MS for another
        # program's write lock, then waits in controller.pending (gui/pending.py)
        session.set_write_wait(WRITE_WAIT_MS)
        self.documents = DocumentListDock(
            self.project, session.layer, [label.name for label in schema.labels], self
        )
        self.span_panel = SpanPanel(
            schema,
            lambda q: registry.find_entities(self.project, q),
            lambda i: registry.entity(self.project, i),
            self,
        )
        # the article list where reading starts: on the left, on the right when mirrored
        leading, trailing = (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        if self.is_rtl():
            leading, trailing = trailing, leading
        left = self._dock("Articles", self.tr("Articles"), self.documents, leading)
        span_dock = self._dock("Span", self.tr("Span"), self.span_panel, trailing)
        self._dock("Claims", self.tr("Claims"), self.claims, trailing)
        self.span_list = SpanList(self)
        spans_dock = self._dock("Spans", self.tr("Spans"), self.span_list, trailing)
        claims_dock = self.findChild(QDockWidget, "dockClaims")
        self.tabifyDockWidget(claims_dock, spans_dock)
        claims_dock.raise_()  # Claims in front: the Spans list fills only when shown
        spans_dock.visibilityChanged.connect(self.span_list.set_on_screen)
        self.resizeDocks([left, span_dock], [330, 420], Qt.Orientation.Horizontal)
        self.curation: CurationPanel | None = None
        if curation:
            self.curation = CurationPanel(session, self.view, lambda: self.controller.state, self)
            self.curation.run = self.controller.do
            self._dock("Curation", self.tr("Curation"), self.curation, trailing)
            self.suggestions.enabled = False

        self.actions_by_name: dict[str, QAction] = {}
        self.shortcut_map = ShortcutMap(self.settings.shortcuts(), schema.labels)
        self.menus = menus.build(self)
        self._build_status_bar()
        self._connect()
        self.keyboard = KeyboardModel(self)
        geometry, state = self.settings.window(self.is_rtl())
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self._poll = QTimer(self)
        self._poll.timeout.connect(self._check_other_windows)
        self._poll.start(POLL_MS)
        # time spent is written as it goes: a killed window loses at most this much
        self._clock = QTimer(self)
        self._clock.timeout.connect(self.controller.record_time)
        self._clock.start(TIME_FLUSH_MS)
        self.open_first_document()

    def save_layout(self) -> None:
        """Remember size and docks for this direction, once (a window being replaced
        after a language switch must not file its layout under the new direction)."""
        if not self.layout_saved:
            self.settings.save_window(self.saveGeometry(), self.saveState(), self.is_rtl())
            self.layout_saved = True

    def is_rtl(self) -> bool:
        """Whether the interface is mirrored (Arabic, Persian)."""
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    # -- construction ----------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        self.selection_label = QLabel(self)
        self.selection_label.setTextFormat(Qt.TextFormat.PlainText)
        self.selection_label.setObjectName("selectionPreview")
        who = QLabel(self._who(), self)
        who.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.selection_label, 1)
        self.statusBar().addPermanentWidget(self.training.bar)
        self.statusBar().addPermanentWidget(who)

    def _connect(self) -> None:
        c = self.controller
        c.message.connect(lambda m: self.statusBar().showMessage(m, 6000))
        c.span_selected.connect(self.span_panel.show_span)
        c.span_selected.connect(self._show_span_list)
        self.span_list.span_activated.connect(self._jump_to_span)
        self.view.entity_name = self.session.entity_name  # tooltips name the speaker
        c.document_edited.connect(self.documents.refresh_document)
        c.document_edited.connect(lambda _: self._update_undo_actions())
        c.language_changing.connect(self._use_language_font)
        c.document_opened.connect(self._document_opened)
        c.document_opened.connect(self.suggestions.load_after_paint)
        c.next_document = lambda d: self.documents.next_id(d) or self.session.next_todo(d)
        c.document_edited.connect(lambda _: self.suggestions.refresh())
        self.suggestions.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.training.message.connect(lambda m: self.statusBar().showMessage(m, 10000))
        self.training.trained.connect(self._model_trained)
        self.suggestions.accepted.connect(self._suggestion_accepted)
        self.view.suggestion_clicked.connect(self.suggestions.select)
        self.documents.document_activated.connect(c.open_document)
        self.view.selection_changed.connect(self._selection_changed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._article_menu)
        self.span_panel.relabel_requested.connect(c.relabel_selected)
        self.span_panel.attr_changed.connect(c.set_attr)
        self.span_panel.entity_chosen.connect(c.assign_entity)
        self.span_panel.entity_create_requested.connect(c.create_entity)
        self.span_panel.delete_requested.connect(c.delete_selected)
        # a speaker chosen or created, a value or label confirmed: back to the article
        self.span_panel.entity_chosen.connect(self.focus_article)
        self.span_panel.entity_create_requested.connect(self.focus_article)
        self.span_panel.leave_requested.connect(self.focus_article)
        self.metadata.field_edited.connect(c.edit_document)
        self.find_bar.matches_changed.connect(self.view.set_find_ranges)
        self.find_bar.current_changed.connect(self.view.select)
        self.find_bar.closed.connect(self.view.setFocus)
        if self.curation is not None:
            c.document_opened.connect(self.curation.load)
            c.document_edited.connect(lambda _: self.curation.refresh())
            self.curation.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
            self.curation.changed.connect(c.document_edited.emit)
            self.curation.changed.connect(lambda _: c.reload())
        self.actions_by_name["curation_mode"].setChecked(self.curating)

    # -- documents -------------------------------------------------------------
    def open_first_document(self) -> None:
        last = self.settings.last_document(self.project.path)
        ids = self.documents.current_ids()
        fallback = self.session.next_todo(0) or (ids[0] if ids else None)
        target = last if last in ids else fallback
        if target is not None:
            self.documents.select_document(target)
            self.controller.open_document(target)
        self.view.setFocus()

    def _document_opened(self, doc_id: int) -> None:
        state = self.controller.state
        self.metadata.show_document(state.document)
        self.find_bar.set_text(state.document.text)
        self.documents.select_document(doc_id)
        self.settings.set_last_document(self.project.path, doc_id)
        rtl = self.view.direction == "rtl"
        act = self.actions_by_name["toggle_direction"]
        act.blockSignals(True)
        act.setChecked(rtl)
        act.blockSignals(False)
        self._update_undo_actions()
        query = self.documents.model.filters.get("query")
        if query:  # opened from a search of the project: land on what was searched for
            self.find_bar.find(query)
            self.view.setFocus()

    def _show_span_list(self, selected) -> None:
        state = self.controller.state
        spans = state.spans if state is not None else ()
        chosen = selected.id if selected else None
        lang = state.document.lang if state is not None else ""
        self.span_list.show_spans(spans, self.session.entity_name, chosen, lang)

    def _jump_to_span(self, span_id: int) -> None:
        """A span chosen in the span list: selected and shown in the article."""
        self.controller.select_span_id(span_id)
        self.focus_article()

    def article_menu(self, cp: int | None) -> QMenu:
        return context_menu.article_menu(self, cp)

    def _article_menu(self, point) -> None:
        cp = self.view.cp_at(point.toPointF() if hasattr(point, "toPointF") else point)
        self.article_menu(cp).exec(self.view.viewport().mapToGlobal(point))

    def _selection_changed(self, start: int, end: int) -> None:
        preview = self.controller.preview(start, end)
        text = self.tr("Selection ({n} characters) → span text: «{text}»")
        self.selection_label.setText(
            text.format(n=num(end - start), text=preview) if preview else ""
        )

    def _update_undo_actions(self) -> None:
        """Undo and Redo name the step they would take ("Undo accept CLAIM suggestion")."""
        for name, word, label in (
            ("undo", translate("Actions", "&Undo").replace("&", ""), self.session.undo_label()),
            ("redo", translate("Actions", "&Redo").replace("&", ""), self.session.redo_label()),
        ):
            action = self.actions_by_name[name]
            action.setEnabled(bool(label))
            action.setText(f"{word} {step_name(label)}" if label else word)

    def _who(self) -> str:
        """Who is writing into which layer, for the status bar."""
        s = self.session
        if s.layer != s.author:
            return self.tr("annotator: {name} → layer {layer}").format(name=s.author, layer=s.layer)
        return self.tr("annotator: {name}").format(name=s.author)

    def _check_other_windows(self) -> None:
        if self.session.changed_elsewhere():
            self.controller.reload()
            self.documents.refresh()
            self.documents.refresh_progress()
            self.session.reload_history()
            self._update_undo_actions()

    def _tag(self, label: str, exact: bool) -> None:
        self.controller.tag(label, exact)
        self.view.setFocus()

    def _go(self, doc_id: int | None) -> None:
        if doc_id is None:
            self.statusBar().showMessage(self.tr("no more articles to do"), 6000)
            return
        self.documents.select_document(doc_id)
        self.controller.open_document(doc_id)
        self.view.setFocus()

    # -- action handlers (names from actions.ACTIONS) --------------------------
    def do_new_project(self) -> None:
        dialogs.new_project(self)

    def do_open_project(self) -> None:
        dialogs.open_project(self)

    def do_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import articles"),
            "",
            self.tr("Articles") + " (*.txt *.jsonl *.ndjson *.json *.csv *.tsv)",
        )
        if paths:
            dialogs.import_paths(self, paths)

    def do_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of articles"))
        if folder:
            dialogs.import_paths(self, [folder])

    def do_import_annotations(self) -> None:
        from annotator.gui.interchange_dialog import ImportAnnotationsDialog, import_annotations

        dialog = ImportAnnotationsDialog(self)
        if dialog.exec():
            fmt, paths, options = dialog.request()
            if paths:
                import_annotations(self, fmt, paths, options)

    def do_export(self) -> None:
        from annotator.gui.export_dialog import ExportDialog, export

        dialog = ExportDialog(self.project.layer_names(), self)
        if dialog.exec():
            request = dialog.request()
            if request["out"]:
                export(self, **request)

    def do_switch_annotator(self) -> None:
        identity.switch_annotator(self)

    def do_quit(self) -> None:
        self.close()

    def do_undo(self) -> None:
        self.controller.undo()
        self._update_undo_actions()

    def do_redo(self) -> None:
        self.controller.undo(redo=True)
        self._update_undo_actions()

    def do_find(self) -> None:
        self.find_bar.open_bar()

    def do_search_project(self) -> None:
        self.documents.focus_search()

    def do_delete_span(self) -> None:
        self.controller.delete_selected()

    def do_link_speaker(self) -> None:
        self.controller.link("said_by", lambda parent: dialogs.choose_entity(self, parent))

    def do_link_date(self) -> None:
        self.controller.link("dated")

    def do_toggle_clitic(self) -> None:
        self.controller.toggle_clitic()

    def do_next_span(self) -> None:
        self.controller.step_span(1)

    def do_previous_span(self) -> None:
        self.controller.step_span(-1)

    def do_edge_left_out(self) -> None:
        self.controller.nudge_edge("left", "left")

    def do_edge_left_in(self) -> None:
        self.controller.nudge_edge("left", "right")

    def do_edge_right_in(self) -> None:
        self.controller.nudge_edge("right", "left")

    def do_edge_right_out(self) -> None:
        self.controller.nudge_edge("right", "right")

    def _suggestion_accepted(self, span) -> None:
        self.controller.reload()
        if span is not None:
            self.controller.select_span(span)
        if self.controller.doc_id is not None:
            self.documents.refresh_document(self.controller.doc_id)
        self._update_undo_actions()

    def do_next_suggestion(self) -> None:
        self.suggestions.step(1)

    def do_previous_suggestion(self) -> None:
        self.suggestions.step(-1)

    def do_accept_suggestion(self) -> None:
        self.suggestions.accept()

    def do_reject_suggestion(self) -> None:
        self.suggestions.reject()

    def do_accept_all_suggestions(self) -> None:
        self.suggestions.accept_all()

    def do_train_model(self) -> None:
        self.training.start()

    def do_retrain_every(self) -> None:
        self.training.ask_interval(self)

    def _model_trained(self) -> None:
        if self.controller.doc_id is not None and not self.project.closed:
            self.suggestions.load(self.controller.doc_id)

    def do_show_suggestions(self, on: bool) -> None:
        self.suggestions.set_enabled(on)

    def do_snap_words(self, on: bool) -> None:
        self.controller.snap = on
        self.statusBar().showMessage(
            self.tr("selections snap to whole words")
            if on
            else self.tr("selections keep the exact characters"),
            4000,
        )

    def _set_status_and_next(self, status: str) -> None:
        doc_id = self.controller.doc_id
        if doc_id is None:
            return
        self.controller.set_status(status)
        self._go(self.documents.next_id(doc_id) or self.session.next_todo(doc_id))

    def do_done_next(self) -> None:
        """Mark done and go on, unless the schema's checks find something missing: then
        list it, and the analyst fixes it (the first problem is selected) or marks the
        article done anyway."""
        doc_id = self.controller.doc_id
        if doc_id is None:
            return
        problems = self.session.missing(doc_id)
        if problems:
            choice = dialogs.confirm_done(self, [message for _, message in problems])
            if choice == "fix":
                self.controller.select_span(problems[0][0])
                self.view.setFocus()
                return
            if choice != "done":
                return
        self._set_status_and_next("done")
        self.training.after_done()

    def do_skip_next(self) -> None:
        self._set_status_and_next("skipped")

    def do_reopen(self) -> None:
        self.controller.set_status("in_progress")

    def do_next_document(self) -> None:
        if self.controller.doc_id is not None:
            self._go(self.documents.next_id(self.controller.doc_id))

    def do_previous_document(self) -> None:
        if self.controller.doc_id is not None:
            self._go(self.documents.previous_id(self.controller.doc_id))

    def _fill_recent(self) -> None:
        menus.fill_recent(self)

    # -- closing -----------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if not self._save_waiting_edits():
            event.ignore()
            return
        self._poll.stop()
        self.training.stop()
        self._clock.stop()
        job = getattr(self, "_job", None)
        if job is not None and job.isRunning():
            job.stop()  # an import rolls back; an export leaves no partial file
        self.suggestions.doc_id = None  # results still arriving are dropped
        wait_for_background()
        if not self.project.closed:
            self.controller.record_time()
            # the .db alone must hold everything (copied to a colleague, it opens full)
            projects.checkpoint(self.project)
        self.save_layout()
        super().closeEvent(event)

    def _save_waiting_edits(self) -> bool:
        """Before closing: write the edits still waiting for another program's write
        lock, waiting up to CLOSE_WAIT_MS; if they still cannot be written, ask."""
        pending = self.controller.pending
        if not len(pending) or self.project.closed:
            return True
        self.session.set_write_wait(CLOSE_WAIT_MS)
        try:
            pending.flush()
        finally:
            self.session.set_write_wait(WRITE_WAIT_MS)
        if not len(pending):
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Edits are waiting"),
            self.tr(
                "Another program is still writing to this project, so {n} edit(s) could "
                "not be saved yet. Close anyway and lose them?"
            ).format(n=len(pending)),
        )
        return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget, message: str) -> None:
    """A warning box showing ``message`` as plain text."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Dialogs", "annotator"), message, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
