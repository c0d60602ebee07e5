"""UIMA CAS XMI export for INCEpTION, written with dkpro-cassis.

One CAS holds one document, so the output is a ZIP archive (one file, which keeps the
export's atomic rename simple) holding:

- ``TypeSystem.xml``: the type system (:func:`build_typesystem`);
- ``NNNNN-<safe id>.xmi`` per document and annotator layer (the name keeps only
  letters, digits, ``.``, ``_`` and ``-`` of the id; the number keeps names unique);
- ``manifest.json``: per XMI file the document's id, title, lang, direction, source,
  url, published, meta, annotator and status (what XMI has no place for).

Types (INCEpTION's custom-layer naming):

- span layer ``webanno.custom.Annotation`` (features ``label``: String, ``attrs``:
  String holding a JSON object);
- relation layer ``webanno.custom.Relation`` (features ``Governor`` and ``Dependent``
  of type ``webanno.custom.Annotation``, and ``label``: the relation type). It is
  ``label`` and not ``type`` because a feature called ``type`` hides the ``type``
  attribute of cassis feature structures. As in WebAnno, a relation's begin/end are
  those of its Dependent;
- ``de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData`` with the
  document's id, title and language, as INCEpTION writes it.

cassis converts our code-point offsets to UTF-16 units in the XMI (an emoji counts 2).
Relations to an entity rather than a span cannot be expressed: they are dropped and
counted in ``self.dropped``.
"""

from __future__ import annotations

import json
import logging
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotatedDocument
from annotator.io.exporters.base import Exporter, ExportError
from annotator.io.exporters.records import checked_spans, document_info

log = logging.getLogger(__name__)

SPAN_TYPE = "webanno.custom.Annotation"
RELATION_TYPE = "webanno.custom.Relation"
METADATA_TYPE = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
TYPESYSTEM_NAME = "TypeSystem.xml"
MANIFEST_NAME = "manifest.json"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(number: int, ext_id: str) -> str:
    """``00001-<id>.xmi`` with only safe characters (no path traversal, no collision)."""
    stem = _UNSAFE.sub("_", ext_id).strip("._")[:80]
    return f"{number:05d}-{stem or 'doc'}.xmi"


def build_typesystem(cassis: Any) -> Any:
    ts = cassis.TypeSystem()
    span = ts.create_type(SPAN_TYPE, supertypeName="uima.tcas.Annotation")
    ts.create_feature(span, "label", "uima.cas.String")
    ts.create_feature(span, "attrs", "uima.cas.String")
    rel = ts.create_type(RELATION_TYPE, supertypeName="uima.tcas.Annotation")
    ts.create_feature(rel, "Governor", SPAN_TYPE)
    ts.create_feature(rel, "Dependent", SPAN_TYPE)
    ts.create_feature(rel, "label", "uima.cas.String")
    meta = ts.create_type(METADATA_TYPE, supertypeName="uima.tcas.DocumentAnnotation")
    for name in ("documentTitle", "documentId", "documentUri", "collectionId", "documentBaseUri"):
        ts.create_feature(meta, name, "uima.cas.String")
    ts.create_feature(meta, "isLastSegment", "uima.cas.Boolean")
    return ts


#: Characters XML 1.0 cannot hold: C0 controls but tab, LF, CR; lone surrogates; FFFE/FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def build_cas(cassis: Any, ts: Any, item: AnnotatedDocument) -> tuple[Any, int]:
    """The CAS of one layer, and how many relations could not be expressed. An article
    holding a character XML cannot hold is an ExportError naming it and the offset."""
    doc = item.document
    bad = _NOT_XML.search(doc.text)
    if bad:
        raise ExportError(
            f"document {doc.ext_id}: U+{ord(bad.group()):04X} at offset {bad.start()} cannot "
            "be written in XML 1.0 (XMI); export this article with another format (jsonl "
            "keeps it), nothing was written"
        )
    cas = cassis.Cas(typesystem=ts)
    cas.sofa_string = doc.text
    cas.sofa_mime = "text/plain"
    span_cls = ts.get_type(SPAN_TYPE)
    rel_cls = ts.get_type(RELATION_TYPE)
    meta_cls = ts.get_type(METADATA_TYPE)
    cas.add(
        meta_cls(
            begin=0,
            end=len(doc.text),
            language=doc.lang if doc.lang in ("ar", "fa") else "x-unspecified",
            documentId=doc.ext_id,
            documentTitle=doc.title,
        )
    )
    by_id: dict[int | None, Any] = {}
    for span in checked_spans(item):
        fs = span_cls(
            begin=span.start,
            end=span.end,
            label=span.label,
            attrs=json.dumps(dict(span.attrs), ensure_ascii=False, sort_keys=True),
        )
        cas.add(fs)
        by_id[span.id] = fs
    dropped = 0
    for rel in item.relations:
        head, tail = by_id.get(rel.head), by_id.get(rel.tail)
        if head is None or tail is None:
            dropped += 1
            continue
        cas.add(
            rel_cls(begin=tail.begin, end=tail.end, Governor=head, Dependent=tail, label=rel.type)
        )
    return cas, dropped


def manifest_entry(name: str, item: AnnotatedDocument) -> dict[str, Any]:
    return {
        "file": name,
        **document_info(item.document),
        "annotator": item.layer,
        "status": item.status,
        "offset_unit_in_xmi": "utf16",
    }


class XmiExporter(Exporter):
    name = "xmi"
    description = "UIMA CAS XMI + TypeSystem.xml in a ZIP, for INCEpTION (dkpro-cassis)"
    suffix = ".zip"
    offset_unit = "utf16 (UIMA CAS offsets are UTF-16 code units)"
    loses = ("relations to a registry entity",)
    read_back = "xmi"
    extra = "xmi"
    library = "cassis"

    def __init__(self) -> None:
        self.dropped = 0  # relations to an entity (no span to point at)

    def write(self, items: Iterable[AnnotatedDocument], out: Path) -> int:
        try:
            import cassis
        except ImportError:
            raise self.missing_extra() from None
        ts = build_typesystem(cassis)
        self.dropped = 0
        manifest: list[dict[str, Any]] = []
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(TYPESYSTEM_NAME, ts.to_xml())
            for n, item in enumerate(items, 1):
                cas, dropped = build_cas(cassis, ts, item)
                self.dropped += dropped
                name = safe_name(n, item.document.ext_id)
                zf.writestr(name, cas.to_xmi())
                manifest.append(manifest_entry(name, item))
            zf.writestr(MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=1))
        if self.dropped:
            log.warning("xmi: %d relations to an entity dropped (XMI needs a span)", self.dropped)
        return len(manifest)
