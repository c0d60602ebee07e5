"""UIMA CAS XMI import via dkpro-cassis (INCEpTION, WebAnno, DKPro, our xmi export).

Input: a ZIP (our export, or any ZIP of ``.xmi`` files with a type system XML in it),
a folder of ``.xmi`` files, or one ``.xmi`` file. The type system is ``TypeSystem.xml``
(or ``typesystem.xml``) beside the XMI; failing that, every other type-system XML
beside it is tried until one loads the CAS (the cassis test folder keeps
``important_dkpro_types.xml`` next to ``cas_with_smileys.xmi``).

cassis turns the XMI's UTF-16 offsets into code points: an emoji before a span is
handled there. The sofa string is the text exactly (CRLF kept).

What becomes a span: our ``webanno.custom.Annotation`` (label, attrs from the JSON
feature), DKPro ``NamedEntity`` and its subtypes (label = ``value``, else the short
type name; ``identifier`` kept as an attribute) and any other ``webanno.custom.*``
span type (label = its ``label`` or ``value`` feature, else the short type name; other
primitive features become attributes). Tokens, sentences, POS and metadata are not
annotations of ours and are skipped. What becomes a relation: any feature structure
with ``Governor`` and ``Dependent`` that both point at imported spans (type = its
``label`` feature, else the short type name); DKPro dependencies between tokens are
therefore skipped.
"""

from __future__ import annotations

import io
import json
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotatedDocument, Document, Relation, Span
from annotator.io.importers.base import BadRecord, normalise_lang, title_from_text
from annotator.io.layers.base import LayerImporter, LayerOptions
from annotator.text.lang import detect_language, direction_for

log = logging.getLogger(__name__)

SPAN_TYPE = "webanno.custom.Annotation"
NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"
METADATA_TYPE = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
TYPESYSTEM_NAMES = ("TypeSystem.xml", "typesystem.xml")
MANIFEST_NAME = "manifest.json"
_SKIP_FEATURES = {"begin", "end", "sofa", "label", "value", "attrs", "Governor", "Dependent"}


def _short(type_name: str) -> str:
    return type_name.rsplit(".", 1)[-1]


def _is_typesystem(data: bytes) -> bool:
    return b"typeSystemDescription" in data[:2000]


def _feature_names(fs: Any) -> list[str]:
    return [f.name for f in fs.type.all_features]


def _is_named_entity(fs: Any) -> bool:
    t = fs.type
    while t is not None:
        if t.name == NAMED_ENTITY:
            return True
        t = t.supertype
    return False


class _Source:
    """(name, xmi bytes) pairs and the type-system candidates of one input."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.xmis: list[tuple[str, bytes]] = []
        self.typesystems: list[bytes] = []
        self.manifest: dict[str, dict[str, Any]] = {}
        if path.is_dir() or path.suffix.lower() != ".zip":
            folder = path if path.is_dir() else path.parent
            files = sorted(folder.glob("*.xmi")) if path.is_dir() else [path]
            self.xmis = [(f.name, f.read_bytes()) for f in files]
            xmls = sorted(folder.glob("*.xml"), key=lambda f: f.name not in TYPESYSTEM_NAMES)
            self.typesystems = [d for d in (f.read_bytes() for f in xmls) if _is_typesystem(d)]
        else:
            with zipfile.ZipFile(path) as zf:
                names = sorted(zf.namelist())
                for name in names:
                    if name.lower().endswith(".xmi"):
                        self.xmis.append((name, zf.read(name)))
                    elif name.lower().endswith(".xml") and _is_typesystem(zf.read(name)):
                        self.typesystems.append(zf.read(name))
                if MANIFEST_NAME in names:
                    entries = json.loads(zf.read(MANIFEST_NAME))
                    self.manifest = {e["file"]: e for e in entries}


class XmiLayerImporter(LayerImporter):
    name = "xmi"
    description = "UIMA CAS XMI (INCEpTION) via dkpro-cassis; offsets converted from UTF-16"
    suffixes = (".xmi", ".zip")
    offset_unit = "utf16 (UIMA CAS offsets)"
    loses = ("tokens, sentences, POS and other types that are not annotations of ours",)
    extra = "xmi"
    library = "cassis"

    def read(self, path: Path, options: LayerOptions) -> Iterator[AnnotatedDocument | BadRecord]:
        try:
            import cassis
        except ImportError:
            yield self.missing_extra(path)
            return
        try:
            source = _Source(path)
        except (OSError, zipfile.BadZipFile, ValueError, KeyError) as exc:
            yield BadRecord(str(path), 0, f"cannot read: {exc}")
            return
        if not source.typesystems:
            yield BadRecord(
                str(path), 0, "no type system XML (TypeSystem.xml) found beside the XMI"
            )
            return
        systems: list[Any] = []
        for data in source.typesystems:
            try:
                systems.append(cassis.load_typesystem(io.BytesIO(data)))
            except Exception as exc:
                log.info("%s: skipped a type system: %s", path, exc)
        for number, (name, data) in enumerate(source.xmis, 1):
            where = f"{path}!{name}" if path.suffix.lower() == ".zip" else str(path.parent / name)
            cas = None
            error = "no type system loaded it"
            for ts in systems:
                try:
                    cas = cassis.load_cas_from_xmi(io.BytesIO(data), typesystem=ts)
                    break
                except Exception as exc:
                    error = str(exc)
            if cas is None:
                yield BadRecord(where, 0, f"cannot load the XMI: {error}")
                continue
            yield _layer(cas, name, number, source.manifest.get(name, {}), options, where)


def _span_label(fs: Any, names: list[str]) -> str:
    for feature in ("label", "value"):
        if feature in names and fs.get(feature):
            return str(fs.get(feature))
    return _short(fs.type.name)


def _attrs(fs: Any, names: list[str]) -> dict[str, Any]:
    if fs.type.name == SPAN_TYPE:
        raw = fs.get("attrs")
        return dict(json.loads(raw)) if raw else {}
    out: dict[str, Any] = {}
    for name in names:
        if name in _SKIP_FEATURES:
            continue
        value = fs.get(name)
        if isinstance(value, str | int | float | bool) and value != "":
            out[name] = value
    return out


def _layer(
    cas: Any, name: str, number: int, entry: dict[str, Any], options: LayerOptions, where: str
) -> AnnotatedDocument | BadRecord:
    text = cas.sofa_string or ""
    annotator = options.annotator or str(entry.get("annotator") or "") or "import:xmi"
    spans: list[Span] = []
    local: dict[int, int] = {}  # id(feature structure) -> local span id
    pairs: list[Any] = []
    meta_fs = None
    select = getattr(cas, "select_all_fs", None) or cas.select_all
    for fs in select():
        names = _feature_names(fs)
        if fs.type.name == METADATA_TYPE:
            meta_fs = fs
            continue
        if "Governor" in names and "Dependent" in names:
            pairs.append(fs)
            continue
        if "begin" not in names or not (
            fs.type.name.startswith("webanno.custom.") or _is_named_entity(fs)
        ):
            continue
        start, end = fs.begin, fs.end
        if not (0 <= start < end <= len(text)):
            return BadRecord(where, 0, f"{_short(fs.type.name)} [{start}, {end}) outside the text")
        local[id(fs)] = len(spans) + 1
        spans.append(
            Span(
                len(spans) + 1,
                0,
                annotator,
                _span_label(fs, names),
                start,
                end,
                text[start:end],
                _attrs(fs, names),
                "import:xmi",
            )
        )
    relations: list[Relation] = []
    for fs in pairs:
        head, tail = local.get(id(fs.Governor)), local.get(id(fs.Dependent))
        if head is None or tail is None:
            continue  # e.g. a DKPro Dependency between tokens
        label = fs.get("label") if "label" in _feature_names(fs) else None
        relations.append(
            Relation(
                len(relations) + 1, 0, annotator, str(label or _short(fs.type.name)), head, tail
            )
        )
    given = str(entry.get("lang") or (meta_fs.get("language") if meta_fs is not None else "") or "")
    lang = normalise_lang(given) if given and given != "x-unspecified" else detect_language(text)
    doc_id = entry.get("id") or (meta_fs.get("documentId") if meta_fs is not None else None)
    title = entry.get("title") or (meta_fs.get("documentTitle") if meta_fs is not None else None)
    document = Document(
        id=None,
        ext_id=str(doc_id or f"{Path(name).stem}:{number}"),
        title=str(title or title_from_text(text)),
        text=text,
        lang=lang,
        direction=str(entry.get("direction") or direction_for(lang)),
        source=str(entry.get("source") or ""),
        url=str(entry.get("url") or ""),
        published=str(entry.get("published") or ""),
        meta=dict(entry.get("meta") or {"source_file": name}),
    )
    status = str(entry.get("status") or "todo")
    return AnnotatedDocument(document, annotator, status, tuple(spans), tuple(relations))
