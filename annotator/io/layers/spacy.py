"""spaCy DocBin import (``.spacy``, or a folder of them as a large export writes).

A Doc written by our exporter carries the exact layer in ``doc.user_data["annotator"]``
(code-point offsets, attributes, relations, document metadata): that is read, and
checked against ``doc.text``. Any other DocBin is read from its span groups and
``doc.ents`` (char offsets of spaCy tokens, which are code points; duplicates of the
same label and range merged); it has no attributes or relations.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotatedDocument, Document, Span
from annotator.io.importers.base import BadRecord, normalise_lang, title_from_text
from annotator.io.layers.base import LayerImporter, LayerOptions
from annotator.io.layers.records import layer_from_dicts
from annotator.text.lang import detect_language, direction_for

USER_DATA_KEY = "annotator"


class SpacyLayerImporter(LayerImporter):
    name = "spacy"
    description = "spaCy DocBin (exact layer from user_data, else span groups and ents)"
    suffixes = (".spacy",)
    offset_unit = "codepoint"
    loses = ("without our user_data: attributes and relations",)
    extra = "spacy"
    library = "spacy"

    def read(self, path: Path, options: LayerOptions) -> Iterator[AnnotatedDocument | BadRecord]:
        try:
            import spacy
            from spacy.tokens import DocBin
        except ImportError:
            yield self.missing_extra(path)
            return
        # a large export is a folder of .spacy files, read in name order as spaCy does
        files = sorted(path.rglob("*.spacy")) if path.is_dir() else [path]
        vocab = spacy.blank("xx").vocab
        for file in files:
            try:
                docbin = DocBin().from_disk(file)
            except Exception as exc:  # srsly/msgpack raise many kinds on a damaged file
                yield BadRecord(str(file), 0, f"not a spaCy DocBin: {exc}")
                return
            for number, doc in enumerate(docbin.get_docs(vocab), 1):
                payload = doc.user_data.get(USER_DATA_KEY)
                if isinstance(payload, Mapping):
                    try:
                        yield _from_payload(file, number, doc.text, payload, options)
                    except (TypeError, ValueError, AttributeError) as exc:
                        yield BadRecord(str(file), number, f"user_data not as expected: {exc}")
                else:
                    yield _from_doc(file, number, doc, options)


def _document(path: Path, number: int, text: str, info: Mapping[str, Any]) -> Document:
    given = str(info.get("lang") or "")
    lang = normalise_lang(given) if given else detect_language(text)
    return Document(
        id=None,
        ext_id=str(info.get("id") or f"{path.stem}:{number}"),
        title=str(info.get("title") or title_from_text(text)),
        text=text,
        lang=lang,
        direction=str(info.get("direction") or direction_for(lang)),
        source=str(info.get("source") or ""),
        url=str(info.get("url") or ""),
        published=str(info.get("published") or ""),
        meta=dict(info.get("meta") or {"source_file": path.name}),
    )


def _from_payload(
    path: Path, number: int, text: str, payload: Mapping[str, Any], options: LayerOptions
) -> AnnotatedDocument | BadRecord:
    annotator = options.layer or str(payload.get("annotator") or "") or "import:spacy"
    layer = layer_from_dicts(
        path,
        number,
        text,
        annotator,
        payload.get("spans", ()),
        payload.get("relations", ()),
        origin="import:spacy",
        attrs=lambda raw: dict(raw or {}),
        text_name="doc.text",
    )
    if isinstance(layer, BadRecord):
        return layer
    spans, relations = layer
    info = payload.get("document") or {}
    if not isinstance(info, Mapping) or not isinstance(info.get("meta") or {}, Mapping):
        return BadRecord(str(path), number, "user_data: 'document' or its meta is not a mapping")
    document = _document(path, number, text, info)
    status = str(payload.get("status") or "todo")
    return AnnotatedDocument(document, annotator, status, tuple(spans), tuple(relations))


def _from_doc(path: Path, number: int, doc: Any, options: LayerOptions) -> AnnotatedDocument:
    annotator = options.layer or "import:spacy"
    seen: set[tuple[str, int, int]] = set()
    spans: list[Span] = []
    groups = [list(group) for group in doc.spans.values()] + [list(doc.ents)]
    for group in groups:
        for s in group:
            key = (s.label_, s.start_char, s.end_char)
            if key in seen or s.start_char >= s.end_char:
                continue
            seen.add(key)
            spans.append(
                Span(
                    len(spans) + 1,
                    0,
                    annotator,
                    s.label_,
                    s.start_char,
                    s.end_char,
                    doc.text[s.start_char : s.end_char],
                    {},
                    "import:spacy",
                )
            )
    document = _document(path, number, doc.text, {"lang": doc.lang_ if doc.lang_ != "xx" else ""})
    return AnnotatedDocument(document, annotator, "todo", tuple(spans), ())
