"""What the analyst does to the open article: tag, relabel, link, nudge, undo.

Holds the current article's state and keeps the view and panels in step with the
store. Every edit goes through the AnnotationSession (services) and is committed
at once; a refused edit becomes a one-line message, never a lost one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QMenu, QWidget

from annotator.core.model import Span
from annotator.core.nudge import nudge
from annotator.gui.article_text import Prepared
from annotator.gui.article_view import ArticleView
from annotator.gui.claims_panel import ClaimsPanel
from annotator.gui.messages import shown
from annotator.gui.pending import PendingEdits
from annotator.gui.plain import ltr
from annotator.gui.step_names import step_name
from annotator.services.annotate import (
    EDIT_FAILURES,
    AnnotationSession,
    DocumentState,
    WriteBusy,
)

MAX_SECONDS_PER_VISIT = 3600  # a window left open overnight is not time spent

FAILURES = EDIT_FAILURES


class ArticleController(QObject):
    message = Signal(str)  # one-line feedback for the status bar
    document_opened = Signal(int)
    # the language ("ar", "fa", "other") of the article about to be shown, emitted
    # before its text is laid out so the window can set that language's font first
    language_changing = Signal(str)
    document_edited = Signal(int)  # spans or status changed: refresh list row
    span_selected = Signal(object)  # Span or None

    def __init__(
        self,
        session: AnnotationSession,
        view: ArticleView,
        claims: ClaimsPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.claims = claims
        self.state: DocumentState | None = None
        self.selected: Span | None = None
        self.snap = True
        # the article the analyst goes to next (the window sets it) and its document,
        # prepared in idle time
        self.next_document: Callable[[int], int | None] | None = None
        self._prefetched: tuple[int | None, Prepared | None] = (None, None)
        self._opened_at = time.monotonic()
        self.pending = PendingEdits(session.want_write_turn, self)
        self.pending.waiting.connect(self.message)
        self.pending.failed.connect(self.message)
        self.pending.saved.connect(self._saved_after_waiting)
        view.span_clicked.connect(self.select_span)
        claims.claim_selected.connect(self.select_span_id)
        claims.link_requested.connect(self._link_from_panel)
        claims.unlink_requested.connect(lambda rel: self._do(self.session.unlink, rel))

    # -- documents -------------------------------------------------------------
    @property
    def doc_id(self) -> int | None:
        return self.state.document.id if self.state else None

    def colors(self) -> dict[str, str]:
        return {label.name: label.color for label in self.session.schema.labels}

    def open_document(self, doc_id: int) -> None:
        """Show ``doc_id``: its text and the highlights on screen first; the claims
        table, the stored suggestions (the window's) and the rest of the highlights
        right after the first paint; then the next article is prepared (prefetch)."""
        if self.doc_id == doc_id:
            return
        self.record_time()
        self.state = self.session.state(doc_id)
        self.selected = None
        self.language_changing.emit(self.state.document.lang)  # the window's font for it
        prepared = self._prefetched[1] if self._prefetched[0] == doc_id else None
        self._prefetched = (None, None)
        self.view.show_text(self.state.document.text, self.session.direction(doc_id), prepared)
        self.view.set_spans(self.state.spans, self.colors())
        self.view.set_selected_span(None)
        self.claims.clear()  # never the previous article's claims, even for a moment
        self.view.after_first_paint(self._show_claims)
        self.view.scroll_to(0)
        self.document_opened.emit(doc_id)
        self.span_selected.emit(None)
        self.view.after_first_paint(self._prefetch_next)

    def _prefetch_next(self) -> None:
        """In idle time: build the document of the article the analyst will open next
        (``next_document``), so that opening it skips shaping its text."""
        if self.doc_id is None or self.next_document is None or self.session.project.closed:
            return
        try:
            next_id = self.next_document(self.doc_id)
            if next_id is None or next_id == self._prefetched[0] or next_id == self.doc_id:
                return
            text = self.session.document(next_id).text
            direction = self.session.direction(next_id)
        except EDIT_FAILURES:
            return  # only a head start: opening it later reads it again and says why
        self._prefetched = (next_id, self.view.prepare(text, direction))

    def record_time(self) -> None:
        """Add the time since the last call to the open article (the window calls it
        every few seconds too, so a killed window loses little). While another program
        holds the write lock the time keeps adding up and is written next time."""
        now = time.monotonic()
        if self.doc_id is not None:
            elapsed = min(now - self._opened_at, MAX_SECONDS_PER_VISIT)
            try:
                self.session.add_time(self.doc_id, elapsed)
            except WriteBusy:
                return
            except EDIT_FAILURES:
                pass  # time is not an edit: never worth a message
        self._opened_at = now

    def reload(self) -> None:
        """Re-read the article's layer (after an edit here or in another window)."""
        if self.doc_id is None:
            return
        self.state = self.session.state(self.doc_id)
        if self.selected is not None:
            self.selected = next((s for s in self.state.spans if s.id == self.selected.id), None)
        self._show_state()
        self.span_selected.emit(self.selected)

    def _show_state(self) -> None:
        assert self.state is not None
        self.view.set_spans(self.state.spans, self.colors())
        self.view.set_selected_span(self.selected.id if self.selected else None)
        self._show_claims()

    def _show_claims(self) -> None:
        if self.state is None:
            return
        self.claims.show_claims(
            self.state.spans,
            self.state.relations,
            self.view.direction == "rtl",
            self.session.entity_name,
            self.state.document.lang,
        )
        self.claims.select_claim(self.selected.id if self.selected else None)

    # -- selection ---------------------------------------------------------------
    def select_span(self, span: Span | None) -> None:
        self.selected = span
        self.view.set_selected_span(span.id if span else None)
        self.claims.select_claim(span.id if span else None)
        self.span_selected.emit(span)

    def select_span_id(self, span_id: int) -> None:
        if self.state is None:
            return
        span = next((s for s in self.state.spans if s.id == span_id), None)
        self.select_span(span)
        if span is not None:
            self.view.scroll_to(span.start)
            self.view.set_selected_span(span.id)

    def step_span(self, delta: int) -> None:
        if not self.state or not self.state.spans:
            return
        spans = list(self.view.spans)
        ids = [s.id for s in spans]
        if self.selected and self.selected.id in ids:
            i = (ids.index(self.selected.id) + delta) % len(spans)
        else:
            i = 0 if delta > 0 else len(spans) - 1
        self.select_span_id(spans[i].id)

    def preview(self, start: int, end: int) -> str:
        """The exact text a span would get for the current selection."""
        if self.state is None or start == end:
            return ""
        s, e = self.session.selection(self.state.document.text, start, end, self.snap)
        return self.state.document.text[s:e]

    # -- edits -----------------------------------------------------------------
    def _do(self, fn: Callable, *args, **kwargs):
        """Run one edit; on refusal say why and show what the store holds now. While
        another program holds the write lock the edit waits in ``self.pending`` (and
        so does every edit after it, to keep their order); None is returned then."""
        return self._edit(fn, args, kwargs, select=False)

    def _do_select(self, fn: Callable, *args, **kwargs) -> Span | None:
        """Run an edit that gives a span, as ``_do``, and select that span (in the one
        refresh that follows the edit)."""
        return self._edit(fn, args, kwargs, select=True)

    def _edit(self, fn: Callable, args: tuple, kwargs: dict, select: bool):
        if len(self.pending):
            self.pending.add(fn, *args, **kwargs)
            return None
        try:
            result = fn(*args, **kwargs)
        except WriteBusy:
            self.pending.add(fn, *args, **kwargs)
            return None
        except FAILURES as exc:
            self.message.emit(shown(exc))
            self.reload()
            return None
        if select and result is not None:
            self.selected = result
        self.reload()
        if self.doc_id is not None:
            self.document_edited.emit(self.doc_id)
        return result

    def do(self, fn: Callable, *args, **kwargs):
        """Run an edit of another panel (suggestions, curation) the same way."""
        return self._do(fn, *args, **kwargs)

    def _saved_after_waiting(self, n: int) -> None:
        self.reload()
        if self.doc_id is not None:
            self.document_edited.emit(self.doc_id)
        self.message.emit(self.tr("saved {n} edit(s) that waited for the project").format(n=n))

    def tag(self, label: str, exact: bool = False) -> Span | None:
        if self.state is None:
            return None
        start, end = self.view.selection()
        if start == end:
            if self.selected is not None:
                span = self._do_select(self.session.relabel, self.selected, label)
                if span is not None:
                    self.message.emit(self.tr("relabelled as {label}").format(label=label))
                return span
            self.message.emit(self.tr("select some text first, then press the label's key"))
            return None
        span = self._do_select(
            self.session.create_span,
            self.state.document,
            start,
            end,
            label,
            snap=self.snap and not exact,
        )
        if span is not None:
            self.view.select(span.end, span.end)
            self.message.emit(
                self.tr("{label} «{text}» saved").format(label=label, text=span.text[:40])
            )
        return span

    def delete_selected(self) -> None:
        if self.selected is None:
            self.message.emit(self.tr("no span selected"))
            return
        span = self.selected
        self.selected = None
        self._do(self.session.delete_span, span)
        self.span_selected.emit(None)

    def update_selected(self, **changes) -> None:
        if self.selected is not None:
            self._do_select(self.session.update_span, self.selected, **changes)

    def relabel_selected(self, label: str) -> None:
        if self.selected is not None and label != self.selected.label:
            self._do_select(self.session.relabel, self.selected, label)

    def set_attr(self, name: str, value) -> None:
        if self.selected is not None:
            self._do_select(self.session.set_attr, self.selected, name, value)

    def assign_entity(self, entity_id: int) -> None:
        if self.selected is None:
            return
        entity = self.session.entity(entity_id)
        self._do_select(self.session.assign_entity, self.selected, entity)

    def create_entity(self, name: str) -> None:
        if self.selected is None:
            return
        entity = self._do(self.session.new_entity, name, self.selected)
        if entity is not None:
            self.assign_entity(entity.id)

    def toggle_clitic(self) -> None:
        if self.selected is None:
            self.message.emit(self.tr("select a span first"))
            return
        self._do_select(self.session.toggle_clitic, self.selected)

    def nudge_edge(self, edge: str, towards: str, by_word: bool = True) -> None:
        if self.selected is None or self.state is None:
            self.message.emit(self.tr("select a span first"))
            return
        span = self.selected
        start, end = nudge(
            self.state.document.text,
            span.start,
            span.end,
            edge,
            towards,
            self.view.direction,
            by_word,
        )
        if (start, end) != (span.start, span.end):
            self.update_selected(start=start, end=end)

    def set_status(self, status: str) -> None:
        if self.doc_id is not None:
            self._do(self.session.set_status, self.doc_id, status)

    def set_direction(self, rtl: bool) -> None:
        if self.doc_id is None:
            return
        doc = self._do(self.session.set_direction, self.doc_id, "rtl" if rtl else "ltr")
        if doc is not None:
            self.view.set_direction("rtl" if rtl else "ltr")
            self._show_state()

    def edit_document(self, name: str, value: str) -> None:
        if self.doc_id is not None:
            self._do(self.session.update_document, self.doc_id, **{name: value})

    def undo(self, redo: bool = False) -> None:
        try:
            desc, doc_id = (self.session.redo if redo else self.session.undo)()
        except FAILURES as exc:
            self.message.emit(shown(exc))
            return
        if doc_id is not None and doc_id != self.doc_id:
            self.open_document(doc_id)
        self.reload()
        if doc_id is not None:
            self.document_edited.emit(doc_id)
        done = self.tr("redone: {step}") if redo else self.tr("undone: {step}")
        self.message.emit(done.format(step=step_name(desc)))

    # -- links -----------------------------------------------------------------
    def _link_from_panel(self, claim_id: int, rel_type: str) -> None:
        self.select_span_id(claim_id)
        self.link(rel_type)

    def link(self, rel_type: str, choose_entity: Callable[[QWidget], int | None] | None = None):
        """Offer the candidates (nearest preceding first) in a menu at the claim."""
        if self.state is None or self.selected is None or self.selected.label != "CLAIM":
            self.message.emit(
                self.tr("select a CLAIM first (click it, or N/P to step through spans)")
            )
            return
        claim = self.selected
        tail_label = self.session.schema.relation_type(rel_type).tail
        menu = QMenu(self.view)
        menu.setObjectName("linkMenu")
        for cand in self.session.candidates(self.state, claim, tail_label):
            where = self.tr("before") if cand.start < claim.start else self.tr("after")
            value = cand.attrs.get("value", "")
            # each piece in its own direction: the span's text (FSI), its value always
            # left to right (2020-11-28, never 28-11-2020 beside Arabic letters)
            text = (
                f"\u2068{cand.text[:50]}\u2069"
                + (f"  ({ltr(value)})" if value else "")
                + f"   · {where}"
            )
            act = menu.addAction(text)
            act.triggered.connect(
                lambda _=False, c=cand: self._do(self.session.link, claim, rel_type, c)
            )
        if rel_type == "said_by" and choose_entity is not None:
            menu.addSeparator()
            act = menu.addAction(self.tr("Speaker not in the text: choose from the registry…"))
            act.triggered.connect(lambda: self._link_entity(claim, choose_entity))
        if menu.isEmpty():
            self.message.emit(
                self.tr("no {label} span in this article to link to").format(label=tail_label)
            )
            return
        menu.setActiveAction(menu.actions()[0])
        rects = self.view.range_rects(claim.start, claim.end)
        anchor = rects[0].bottomLeft().toPoint() if rects else QPoint(0, 0)
        self._last_menu = menu
        menu.popup(self.view.viewport().mapToGlobal(anchor))

    def _link_entity(self, claim: Span, choose_entity: Callable[[QWidget], int | None]) -> None:
        entity_id = choose_entity(self.view)
        if entity_id is not None:
            self._do(self.session.link, claim, "said_by", None, entity_id)
