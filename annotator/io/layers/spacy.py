"""spaCy DocBin import (``.spacy``).

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

from annotator.core.model import AnnotatedDocument, Document, Relation, Span
from annotator.io.importers.base import BadRecord, normalise_lang, title_from_text
from annotator.io.layers import register
from annotator.io.layers.base import LayerImporter, LayerOptions
from annotator.text.lang import detect_language, direction_for

USER_DATA_KEY = "annotator"


def _missing(path: Path) -> BadRecord:
    return BadRecord(str(path), 0, "the spacy format needs spaCy: pip install 'annotator[spacy]'")


@register
class SpacyLayerImporter(LayerImporter):
    name = "spacy"
    extensions = (".spacy",)
    description = "spaCy DocBin (exact layer from user_data, else span groups and ents)"

    def read(self, path: Path, options: LayerOptions) -> Iterator[AnnotatedDocument | BadRecord]:
        try:
            import spacy
            from spacy.tokens import DocBin
        except ImportError:
            yield _missing(path)
            return
        try:
            docbin = DocBin().from_disk(path)
        except (OSError, ValueError) as exc:
            yield BadRecord(str(path), 0, f"not a spaCy DocBin: {exc}")
            return
        vocab = spacy.blank("xx").vocab
        for number, doc in enumerate(docbin.get_docs(vocab), 1):
            payload = doc.user_data.get(USER_DATA_KEY)
            if isinstance(payload, Mapping):
                yield _from_payload(path, number, doc.text, payload, options)
            else:
                yield _from_doc(path, number, doc, options)


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
    annotator = options.annotator or str(payload.get("annotator") or "") or "import:spacy"
    local: dict[Any, int] = {}
    spans: list[Span] = []
    for raw in payload.get("spans", ()):
        start, end, label = int(raw["start"]), int(raw["end"]), str(raw["label"])
        if not (0 <= start < end <= len(text)) or text[start:end] != raw.get("text"):
            return BadRecord(
                str(path),
                number,
                f"span {raw.get('id')} {label} [{start}, {end}) does not match doc.text "
                f"(expected {raw.get('text')!r})",
            )
        local[raw.get("id")] = len(spans) + 1
        spans.append(
            Span(
                len(spans) + 1,
                0,
                annotator,
                label,
                start,
                end,
                text[start:end],
                dict(raw.get("attrs") or {}),
                "import:spacy",
            )
        )
    relations: list[Relation] = []
    for raw in payload.get("relations", ()):
        if raw.get("tail") is None:
            continue  # a link to an entity of the source project's registry: not portable
        if raw.get("head") not in local or raw.get("tail") not in local:
            return BadRecord(
                str(path), number, f"relation {raw.get('id')} refers to a missing span"
            )
        relations.append(
            Relation(
                len(relations) + 1,
                0,
                annotator,
                str(raw["type"]),
                local[raw["head"]],
                local[raw["tail"]],
            )
        )
    document = _document(path, number, text, payload.get("document") or {})
    status = str(payload.get("status") or "todo")
    return AnnotatedDocument(document, annotator, status, tuple(spans), tuple(relations))


def _from_doc(path: Path, number: int, doc: Any, options: LayerOptions) -> AnnotatedDocument:
    annotator = options.annotator or "import:spacy"
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
