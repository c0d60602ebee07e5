"""The pieces of a layer that several exporters write the same way: the offset check,
spans and relations as plain dicts, and the document's metadata.

Key order is part of the output (JSON, msgpack): callers extend these dicts and do
not reorder them."""

from __future__ import annotations

from typing import Any

from annotator.core.model import AnnotatedDocument, Document, Relation, Span
from annotator.core.validate import OffsetError, check_span_offsets
from annotator.io.exporters.base import ExportError


def checked_spans(item: AnnotatedDocument) -> tuple[Span, ...]:
    """``item.spans``, after checking each one against the text (ExportError naming the
    document and span otherwise)."""
    doc = item.document
    for span in item.spans:
        try:
            check_span_offsets(doc.text, span)
        except OffsetError as exc:
            raise ExportError(f"document {doc.ext_id}: {exc}") from exc
    return item.spans


def span_dict(span: Span) -> dict[str, Any]:
    """id, start, end (code points), label, text, attrs (a dict)."""
    return {
        "id": span.id,
        "start": span.start,
        "end": span.end,
        "label": span.label,
        "text": span.text,
        "attrs": dict(span.attrs),
    }


def relation_dict(rel: Relation) -> dict[str, Any]:
    """id, type, head, tail (span ids) and tail_entity (an entity id or None)."""
    return {
        "id": rel.id,
        "type": rel.type,
        "head": rel.head,
        "tail": rel.tail,
        "tail_entity": rel.tail_entity,
    }


def document_meta(doc: Document) -> dict[str, Any]:
    """The document's import metadata plus title, source, url, published, direction
    (the ``meta`` of the JSONL and Parquet records)."""
    return {
        **dict(doc.meta),
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "published": doc.published,
        "direction": doc.direction,
    }


def document_info(doc: Document) -> dict[str, Any]:
    """id, title, lang, direction, source, url, published and meta (the document part
    of the spaCy user_data and of the XMI manifest)."""
    return {
        "id": doc.ext_id,
        "title": doc.title,
        "lang": doc.lang,
        "direction": doc.direction,
        "source": doc.source,
        "url": doc.url,
        "published": doc.published,
        "meta": dict(doc.meta),
    }
