"""Import our canonical JSON Lines (docs/architecture.md) back as annotation layers.

Each line is one document and layer: ``{"id", "text", "text_sha256", "lang", "meta",
"offset_unit": "codepoint", "layer", "status", "spans": [...], "relations": [...]}``
(0.1.0 files name the layer "annotator").
Spans keep label, offsets, text and attrs; relations are remapped from the exported
span ids to record-local ids. A span whose text is not ``text[start:end]``, a wrong
``text_sha256`` or another ``offset_unit`` is a BadRecord naming file and line.

Known loss: a relation whose tail is an entity of the registry (``tail_entity``) is
left out, because entity ids belong to the exporting project.

The helpers ``new_document`` and ``span_error`` are shared by the other layer importers.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson

from annotator.core.model import OFFSET_UNIT, AnnotatedDocument, Document, Relation, Span
from annotator.core.model import text_sha256 as sha256_of
from annotator.io.importers.base import (
    BadRecord,
    cannot_read,
    json_type,
    normalise_lang,
    title_from_text,
)
from annotator.io.layers.base import LayerImporter, LayerOptions
from annotator.text.lang import detect_language, direction_for

_META_FIELDS = ("title", "source", "url", "published", "direction")
_NO_ID = object()


def new_document(
    text: str, ext_id: str, meta: Mapping[str, Any] | None = None, sha256: str = ""
) -> Document:
    """A Document (``id=None``) for imported ``text``; title, source, url, published,
    lang and direction come from ``meta`` when it has them (our exporters put them there).
    ``sha256``: the text's hash when the caller has computed it already."""
    meta = dict(meta or {})
    fields = {k: str(meta.pop(k) or "") for k in _META_FIELDS if k in meta}
    lang_given = str(meta.pop("lang", "") or "")
    lang = normalise_lang(lang_given) if lang_given else detect_language(text)
    return Document(
        id=None,
        ext_id=ext_id,
        title=fields.get("title") or title_from_text(text),
        text=text,
        lang=lang,
        direction=fields.get("direction") or direction_for(lang),
        source=fields.get("source", ""),
        url=fields.get("url", ""),
        published=fields.get("published", ""),
        meta=meta,
        text_sha256=sha256,
    )


def span_error(text: str, start: Any, end: Any, expected: str | None) -> str | None:
    """Why code-point ``[start, end)`` cannot be a span of ``text`` (or None if it can).
    ``expected``: the span text the file claims, if it gives one."""
    if not isinstance(start, int) or not isinstance(end, int):
        return f"offsets {start!r}, {end!r} are not integers"
    if not 0 <= start < end <= len(text):
        return f"offsets [{start}, {end}) out of range for a text of {len(text)} characters"
    if expected is not None and text[start:end] != expected:
        return f"text at [{start}, {end}) is {text[start:end]!r}, not {expected!r}"
    return None


def layer_name(options: LayerOptions, found: Any) -> str:
    """The annotator layer: ``options.layer``, else the one the file names, else ''."""
    return options.layer or (found if isinstance(found, str) else "")


class JsonlLayerImporter(LayerImporter):
    name = "jsonl"
    description = "our canonical JSON Lines (code-point offsets, relations by span id)"
    suffixes = (".jsonl", ".ndjson")
    offset_unit = "codepoint"
    checks_offsets = True  # _record: span_error on every span, then text[start:end]

    def read(self, path: Path, options: LayerOptions) -> Iterator[AnnotatedDocument | BadRecord]:
        file = str(path)
        try:
            fh = path.open("rb")
        except OSError as exc:
            yield cannot_read(path, exc)
            return
        with fh:
            for n, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                try:
                    rec = orjson.loads(raw)
                except orjson.JSONDecodeError as exc:
                    yield BadRecord(file, n, f"not JSON: {exc}")
                    continue
                yield _record(rec, file, n, options)


def _record(rec: Any, file: str, n: int, options: LayerOptions) -> AnnotatedDocument | BadRecord:
    if not isinstance(rec, dict):
        return BadRecord(file, n, f"line is {json_type(rec)}, not an object")
    text = rec.get("text")
    if not isinstance(text, str) or not text:
        return BadRecord(file, n, "no 'text' string")
    for key in ("spans", "relations"):
        if not isinstance(rec.get(key) or [], list):
            return BadRecord(file, n, f"'{key}' is {json_type(rec[key])}, not an array")
    unit = rec.get("offset_unit", OFFSET_UNIT)
    if unit != OFFSET_UNIT:
        return BadRecord(file, n, f"offset_unit is {unit!r}; this importer reads 'codepoint'")
    # (no unpaired surrogate to look for: orjson refuses them, and checked_read looks)
    digest = sha256_of(text)
    sha = rec.get("text_sha256")
    if sha and sha != digest:
        return BadRecord(file, n, "text_sha256 does not match the text")
    annotator = layer_name(options, rec.get("layer") or rec.get("annotator"))
    spans: list[Span] = []
    local: dict[Any, int] = {}
    size = len(text)
    for k, s in enumerate(rec.get("spans") or (), 1):
        if not isinstance(s, dict):
            return BadRecord(file, n, f"span #{k} is {json_type(s)}, not an object")
        start, end, expected = s.get("start"), s.get("end"), s.get("text")
        # the usual case in one test; anything else gets span_error's full check
        if type(start) is int and type(end) is int and 0 <= start < end <= size:
            piece = text[start:end]
            problem = None if expected is None or piece == expected else "text"
        else:
            piece, problem = "", "offsets"
        if problem is not None:
            error = span_error(text, start, end, expected)
            if error:
                span_id = s.get("id", f"#{k}")
                return BadRecord(file, n, f"span {span_id}: {error}")
            piece = text[start:end]
        label = s.get("label")
        if not isinstance(label, str) or not label:
            return BadRecord(file, n, f"span {s.get('id', f'#{k}')}: no label")
        key = s.get("id", _NO_ID)
        if key is _NO_ID:  # (a string formatted only for a span without an id)
            key = f"#{k}"
        if not (type(key) is int or isinstance(key, str | int)) or key in local:
            return BadRecord(file, n, f"span #{k}: id {key!r} is not a number or string, or twice")
        local[key] = k
        attrs = s.get("attrs")
        spans.append(
            Span(k, 0, annotator, label, start, end, piece, attrs if type(attrs) is dict else {})
        )
    relations: list[Relation] = []
    for k, r in enumerate(rec.get("relations") or (), 1):
        if not isinstance(r, dict) or not isinstance(r.get("type"), str):
            return BadRecord(file, n, f"relation #{k} has no type")
        if r.get("tail") is None and r.get("tail_entity") is not None:
            continue  # entity ids belong to the exporting project (documented loss)
        if not all(isinstance(r.get(e), str | int) and r[e] in local for e in ("head", "tail")):
            return BadRecord(file, n, f"relation {r.get('id', k)} refers to a span not in the line")
        relations.append(Relation(k, 0, annotator, r["type"], local[r["head"]], local[r["tail"]]))
    meta = dict(rec.get("meta") or {}) if isinstance(rec.get("meta"), dict) else {}
    if rec.get("lang"):
        meta["lang"] = rec["lang"]
    ext_id = str(rec.get("id") or f"{Path(file).stem}:{n}")
    doc = new_document(text, ext_id, meta, digest)
    status = rec.get("status") if isinstance(rec.get("status"), str) else "todo"
    return AnnotatedDocument(doc, annotator, status, tuple(spans), tuple(relations))
