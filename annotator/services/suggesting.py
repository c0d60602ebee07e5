"""Run the suggestion engines and turn accepted suggestions into spans.

Engines run in order (dates, speakers, claims): each sees the suggestions of the
ones before, so a claim can be linked to a suggested speaker and date. Suggestions
are stored per document and annotator; a rejected one never comes back, and an
accepted one becomes a normal span with origin ``suggested:<engine>`` (undoing
the accept shows the suggestion again).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from annotator.core.model import Document, Entity, Span, SuggestionRecord
from annotator.services.annotate import AnnotationSession, EditRefused
from annotator.store import ProjectStore
from annotator.suggest import SuggestContext, Suggestion, engine_names, get_engine

log = logging.getLogger(__name__)


class SuggestFailed(Exception):
    """One line: which engine failed on which document."""


def compute(
    doc: Document,
    spans: Sequence[Span],
    entities: Sequence[Entity],
    engines: Sequence[str] | None = None,
) -> list[Suggestion]:
    """Pure computation (no store access): safe to run on a worker thread."""
    names = [n for n in engine_names() if engines is None or n in engines]
    context = SuggestContext(anchor=doc.published, entities=tuple(entities), spans=tuple(spans))
    found: list[Suggestion] = []
    for name in names:
        try:
            produced = list(get_engine(name).suggest(doc, replace(context, earlier=tuple(found))))
        except Exception as exc:  # an engine bug must not lose the analyst's work
            raise SuggestFailed(f"engine {name} failed on document {doc.ext_id}: {exc}") from exc
        for s in produced:
            if not (0 <= s.start < s.end <= len(doc.text)) or doc.text[s.start : s.end] != s.text:
                raise SuggestFailed(
                    f"engine {name} gave offsets [{s.start}, {s.end}) that do not match "
                    f"document {doc.ext_id}"
                )
        found += produced
    return found


def to_records(doc_id: int, annotator: str, found: Iterable[Suggestion]) -> list[SuggestionRecord]:
    return [
        SuggestionRecord(
            None,
            doc_id,
            annotator,
            s.engine,
            s.label,
            s.start,
            s.end,
            s.text,
            s.rule,
            dict(s.attrs),
            tuple(
                {
                    "type": ln.type,
                    "tail_start": ln.tail_start,
                    "tail_end": ln.tail_end,
                    "tail_label": ln.tail_label,
                }
                for ln in s.links
            ),
        )
        for s in found
    ]


def suggest_document(
    store: ProjectStore,
    doc_id: int,
    annotator: str,
    engines: Sequence[str] | None = None,
    entities: Sequence[Entity] | None = None,
) -> list[SuggestionRecord]:
    """Run the engines on one document, store what is new, return what is visible."""
    doc = store.documents.get(doc_id)
    spans = store.annotations.spans(doc_id, annotator)
    found = compute(doc, spans, store.entities.all() if entities is None else entities, engines)
    store.suggestions.save(to_records(doc_id, annotator, found))
    return store.suggestions.visible(doc_id, annotator)


@dataclass
class SuggestReport:
    documents: int = 0
    new: int = 0


def suggest_project(
    store: ProjectStore,
    annotator: str,
    engines: Sequence[str] | None = None,
    doc_ids: Sequence[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SuggestReport:
    """Suggestions for many documents (the registry is read once)."""
    unknown = [e for e in engines or () if e not in engine_names()]
    if unknown:
        raise SuggestFailed(f"unknown engine {unknown[0]!r}; known: {', '.join(engine_names())}")
    ids = list(doc_ids) if doc_ids is not None else store.documents.ids()
    entities = store.entities.all()
    report = SuggestReport()
    for n, doc_id in enumerate(ids, 1):
        doc = store.documents.get(doc_id)
        spans = store.annotations.spans(doc_id, annotator)
        found = compute(doc, spans, entities, engines)
        report.new += store.suggestions.save(to_records(doc_id, annotator, found))
        report.documents += 1
        if progress:
            progress(n, len(ids))
    return report


def accept(session: AnnotationSession, record: SuggestionRecord) -> Span:
    """Make ``record`` a span (origin suggested:<engine>) and create its links. A
    link's tail that is itself a pending suggestion is accepted along with it."""
    store = session.store
    doc = store.documents.get(record.document_id)
    if doc.text[record.start : record.end] != record.text:
        raise EditRefused("the suggestion no longer matches the text")
    span = _existing(session, record.document_id, record.label, record.start, record.end)
    if span is None:
        span = session.create_span(
            doc,
            record.start,
            record.end,
            record.label,
            snap=False,
            attrs=dict(record.attrs),
            origin=f"suggested:{record.engine}",
        )
    for link in record.links:
        tail = _existing(session, doc.id, link["tail_label"], link["tail_start"], link["tail_end"])
        if tail is None:
            pending = [
                s
                for s in store.suggestions.visible(doc.id, session.annotator)
                if (s.label, s.start, s.end)
                == (link["tail_label"], link["tail_start"], link["tail_end"])
            ]
            if not pending:
                continue
            tail = accept(session, pending[0])
        session.link(span, link["type"], tail)
    return span


def _existing(session: AnnotationSession, doc_id: int, label: str, start: int, end: int):
    for s in session.store.annotations.spans(doc_id, session.annotator):
        if (s.label, s.start, s.end) == (label, start, end):
            return s
    return None


def reject(session: AnnotationSession, record: SuggestionRecord) -> None:
    session.store.suggestions.reject(record)


def accept_all(session: AnnotationSession, doc_id: int, label: str) -> int:
    """Accept every visible suggestion of ``label`` in the document."""
    n = 0
    for record in session.store.suggestions.visible(doc_id, session.annotator):
        if (
            record.label == label
            and _existing(session, doc_id, record.label, record.start, record.end) is None
        ):
            accept(session, record)
            n += 1
    return n
