"""Suggestions in the article view: shown dashed, stepped through with ] and [,
accepted with A (Shift+A: every one of that label), rejected with X."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.core.model import SuggestionRecord
from annotator.gui.article_view import ArticleView
from annotator.gui.i18n import num, translate
from annotator.gui.jobs import run_background
from annotator.gui.messages import shown
from annotator.gui.pending import run_at_once
from annotator.gui.plain import ltr
from annotator.gui.step_names import accept_summary
from annotator.services import suggesting
from annotator.services.annotate import EDIT_FAILURES, AnnotationSession, WriteBusy

SAVE_TRIES = 20  # computed suggestions wait this many times for a busy project...
SAVE_RETRY_MS = 500  # ...this long apart


def describe(s: SuggestionRecord) -> str:
    """One status-bar line: what is suggested, by which engine and rule, and the keys."""
    attrs = ", ".join(f"{k}={ltr(v)}" for k, v in sorted(s.attrs.items()))
    what = f"{s.label} «{s.text[:40]}»" + (f" [{attrs}]" if attrs else "")
    return translate(
        "Suggestions",
        "suggested {what} by {engine} ({rule}): A accept, X reject, Shift+A accept all {label}",
    ).format(what=what, engine=s.engine, rule=ltr(s.rule), label=s.label)


class SuggestionController(QObject):
    message = Signal(str)
    accepted = Signal(object)  # the new Span

    def __init__(self, session: AnnotationSession, view: ArticleView, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.enabled = True
        self.doc_id: int | None = None
        self.records: list[SuggestionRecord] = []
        self.selected: SuggestionRecord | None = None
        # How edits run: the window gives its controller's (which keeps an edit that
        # waits for another program's write lock); returns None when not written.
        self.run: Callable[..., Any] = run_at_once(self.message)

    def load_after_paint(self, doc_id: int) -> None:
        """An article opens: nothing of the previous one stays selectable or acceptable;
        its stored suggestions show right after its first paint."""
        self.doc_id = doc_id
        self.selected = None
        self.records = []
        self.view.after_first_paint(lambda: self.load(doc_id) if self.doc_id == doc_id else None)

    def load(self, doc_id: int) -> None:
        """Show stored suggestions at once, then compute new ones in the background."""
        self.doc_id = doc_id
        self.selected = None
        self._show(suggesting.visible(self.session, doc_id))
        if not self.enabled:
            return
        doc, spans, entities, models = suggesting.inputs(self.session, doc_id)

        def done(found, error: str) -> None:
            if error:
                self.message.emit(self.tr("suggestions: {error}").format(error=error))
                return
            self._save(doc_id, found, SAVE_TRIES)

        run_background(lambda: suggesting.compute(doc, spans, entities, None, models), done)

    def _save(self, doc_id: int, found: list, tries: int) -> None:
        """Store computed suggestions; while another program holds the write lock,
        try again a little later (they are only suggestions: after SAVE_TRIES, the
        next time the article opens computes them again)."""
        if self.doc_id != doc_id or self.session.project.closed:
            return  # the analyst moved on
        try:
            suggesting.save(self.session, doc_id, found)
        except WriteBusy:
            if tries > 1:
                QTimer.singleShot(SAVE_RETRY_MS, lambda: self._save(doc_id, found, tries - 1))
            return
        except EDIT_FAILURES as exc:
            self.message.emit(self.tr("suggestions: {error}").format(error=shown(exc)))
            return
        self.refresh()

    def refresh(self) -> None:
        if self.doc_id is None or self.session.project.closed:
            return
        self._show(suggesting.visible(self.session, self.doc_id))

    def _show(self, records: list[SuggestionRecord]) -> None:
        self.records = records if self.enabled else []
        if self.selected not in self.records:
            self.selected = None
        self.view.set_suggestions(self.records)

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        if self.doc_id is not None:
            self.load(self.doc_id) if on else self._show([])

    def at(self, cp: int) -> SuggestionRecord | None:
        hits = [s for s in self.records if s.start <= cp < s.end]
        return min(hits, key=lambda s: s.end - s.start) if hits else None

    def select(self, record: SuggestionRecord | None) -> None:
        self.selected = record
        if record is not None:
            self.view.select(record.start, record.end)
            self.message.emit(describe(record))

    def step(self, delta: int) -> None:
        if not self.records:
            self.message.emit(self.tr("no suggestions in this article"))
            return
        if self.selected in self.records:
            i = (self.records.index(self.selected) + delta) % len(self.records)
        else:
            caret = self.view.caret()
            after = [i for i, s in enumerate(self.records) if s.start >= caret]
            i = after[0] if after and delta > 0 else (0 if delta > 0 else len(self.records) - 1)
        self.select(self.records[i])

    def current(self) -> SuggestionRecord | None:
        if self.selected is not None:
            return self.selected
        return self.at(self.view.caret())

    def accept(self) -> None:
        record = self.current()
        if record is None:
            self.message.emit(self.tr("no suggestion selected: ] and [ step through them"))
            return
        done = self.run(suggesting.accept, self.session, record)
        if done is None:
            return  # refused (said why) or waiting for the write lock
        self.selected = None
        self.refresh()
        self.accepted.emit(done.span)
        if done.added:
            added = [(s.label, s.text) for s in done.added]
            overlaps = [s.label for s in done.overlaps]
            self.message.emit(accept_summary(added, len(done.links), overlaps))
        else:
            self.message.emit(self.tr("{label} was already there").format(label=done.span.label))

    def reject(self) -> None:
        record = self.current()
        if record is None:
            self.message.emit(self.tr("no suggestion selected: ] and [ step through them"))
            return
        if self.run(suggesting.reject, self.session, record) is None:
            return
        self.selected = None
        self.refresh()
        self.accepted.emit(None)  # the Undo item changed
        self.message.emit(
            self.tr("rejected {label} «{text}» (Ctrl+Z brings it back)").format(
                label=record.label, text=record.text[:40]
            )
        )

    def accept_all(self) -> None:
        record = self.current()
        if record is None or self.doc_id is None:
            self.message.emit(self.tr("select a suggestion first: ] and [ step through them"))
            return
        n = self.run(suggesting.accept_all, self.session, self.doc_id, record.label)
        if n is None:
            return
        self.selected = None
        self.refresh()
        self.accepted.emit(None)
        self.message.emit(
            self.tr("accepted {n} {label} suggestions").format(n=num(n), label=record.label)
        )
