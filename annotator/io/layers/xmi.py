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
type name; ``identifier`` kept as an attribute) and the span types of custom layers
(``webanno.custom.*``, INCEpTION's ``custom.*``). A custom type's label is its
``label`` or ``value`` feature, else its only string feature, else (no string
feature) its short name; other primitive features become attributes. A type with
several string features and none of those names cannot be mapped by itself: the
document is a BadRecord listing the types, to be chosen with ``options.types`` and
``options.feature`` (``--type custom.Span --feature tag``), which also import types
outside the custom namespaces. A document whose annotations none could be mapped is a
BadRecord listing the types found. Tokens, sentences, POS and metadata are not
annotations of ours and are skipped. What becomes a relation: any feature structure
with ``Governor`` and ``Dependent`` that both point at imported spans (type = its label
feature, chosen as for spans, else the short type name); DKPro dependencies between
tokens are therefore skipped.

ZIP entries are capped (MAX_ENTRY_BYTES each, MAX_TOTAL_BYTES together, MAX_RATIO
times their compressed size): a small ZIP holding a huge XMI is refused, not inflated.
"""

from __future__ import annotations

import io
import json
import logging
import zipfile
import zlib
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
#: Caps on what a ZIP (or a folder) may make us read into memory.
MAX_ENTRY_BYTES = 256 * 2**20
MAX_TOTAL_BYTES = 1024 * 2**20
MAX_RATIO = 200  # XML compresses 5 to 30 times; 1000 times is a bomb
RATIO_FREE_BYTES = 8 * 2**20  # small entries may compress as well as they like
_SKIP_FEATURES = {"begin", "end", "sofa", "label", "value", "attrs", "Governor", "Dependent"}
STRING = "uima.cas.String"
#: Span types of a project's own layers: WebAnno's and INCEpTION's custom layers.
CUSTOM_PREFIXES = ("webanno.custom.", "custom.")
#: Types that are text structure, not annotations (never listed as "types found").
INFRASTRUCTURE = (
    "uima.",
    "de.tudarmstadt.ukp.dkpro.core.api.segmentation.",
    "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.",
    "de.tudarmstadt.ukp.dkpro.core.api.syntax.",
    "de.tudarmstadt.ukp.dkpro.core.api.metadata.",
    "de.tudarmstadt.ukp.clarin.webanno.api.",
    "de.tudarmstadt.ukp.inception.",
)


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
    """(name, xmi bytes) pairs and the type-system candidates of one input. ZIP entries
    are read with a size cap and a compression-ratio cap, never inflated blindly;
    ``ValueError`` says which entry broke which cap."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.xmis: list[tuple[str, bytes]] = []
        self.typesystems: list[bytes] = []
        self.manifest: dict[str, dict[str, Any]] = {}
        if path.is_dir() or path.suffix.lower() != ".zip":
            folder = path if path.is_dir() else path.parent
            files = sorted(folder.glob("*.xmi")) if path.is_dir() else [path]
            self.xmis = [(f.name, _read_capped(f)) for f in files]
            xmls = sorted(folder.glob("*.xml"), key=lambda f: f.name not in TYPESYSTEM_NAMES)
            self.typesystems = [d for d in (_read_capped(f) for f in xmls) if _is_typesystem(d)]
        else:
            with zipfile.ZipFile(path) as zf:
                infos = sorted(zf.infolist(), key=lambda i: i.filename)
                total = 0
                for info in infos:
                    name = info.filename
                    if not name.lower().endswith((".xmi", ".xml")) and name != MANIFEST_NAME:
                        continue
                    total += info.file_size
                    if total > MAX_TOTAL_BYTES and info.file_size <= MAX_ENTRY_BYTES:
                        raise ValueError(
                            f"entries add up to over {MAX_TOTAL_BYTES // 2**20} MB uncompressed"
                        )
                    data = _unzip_capped(zf, info)
                    if name.lower().endswith(".xmi"):
                        self.xmis.append((name, data))
                    elif name == MANIFEST_NAME:
                        self.manifest = _manifest(data)
                    elif _is_typesystem(data):
                        self.typesystems.append(data)


def _read_capped(path: Path) -> bytes:
    if path.stat().st_size > MAX_ENTRY_BYTES:
        raise ValueError(f"{path.name} is over {MAX_ENTRY_BYTES // 2**20} MB")
    return path.read_bytes()


def _unzip_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The entry's bytes, refused (ValueError) when it says it inflates to over
    MAX_ENTRY_BYTES, or over MAX_RATIO times its compressed size once past
    RATIO_FREE_BYTES (a ZIP bomb); read with a bound, so a header that lies about the
    size cannot make it bigger either."""
    size, packed = info.file_size, max(info.compress_size, 1)
    if size > MAX_ENTRY_BYTES:
        raise ValueError(
            f"entry {info.filename} inflates to {size:,} bytes, over the limit of "
            f"{MAX_ENTRY_BYTES:,}"
        )
    if size > RATIO_FREE_BYTES and size / packed > MAX_RATIO:
        raise ValueError(
            f"entry {info.filename} inflates {size / packed:,.0f} times ({packed:,} to "
            f"{size:,} bytes), over the limit of {MAX_RATIO} (a ZIP bomb?)"
        )
    with zf.open(info) as stream:
        data = stream.read(MAX_ENTRY_BYTES + 1)
    if len(data) > MAX_ENTRY_BYTES:
        raise ValueError(f"entry {info.filename} is over {MAX_ENTRY_BYTES:,} bytes")
    return data


def _manifest(data: bytes) -> dict[str, dict[str, Any]]:
    """manifest.json (our exporter's: a list of {"file", "id", ...}) by file name."""
    try:
        entries = json.loads(data)
    except RecursionError:
        raise ValueError(f"{MANIFEST_NAME}: nested too deeply") from None
    if not isinstance(entries, list):
        raise ValueError(f"{MANIFEST_NAME} is not a list of entries")
    found: dict[str, dict[str, Any]] = {}
    for k, e in enumerate(entries, 1):
        if not isinstance(e, dict) or not isinstance(e.get("file"), str):
            raise ValueError(f"{MANIFEST_NAME}: entry {k} is not an object with a 'file' name")
        if not isinstance(e.get("meta") or {}, dict):
            raise ValueError(f"{MANIFEST_NAME}: entry {k}: 'meta' is not an object")
        found[e["file"]] = e
    return found


class XmiLayerImporter(LayerImporter):
    name = "xmi"
    description = "UIMA CAS XMI (INCEpTION) via dkpro-cassis; offsets converted from UTF-16"
    suffixes = (".xmi", ".zip")
    offset_unit = "utf16 (UIMA CAS offsets)"
    selects_types = True
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
        except (
            OSError,
            zipfile.BadZipFile,
            ValueError,
            KeyError,
            zlib.error,
            EOFError,
            NotImplementedError,
        ) as exc:  # damaged or unsupported ZIP data
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


def _string_features(t: Any) -> list[str]:
    """The type's own string features (begin, end, sofa and the like excluded)."""
    return [
        f.name
        for f in t.all_features
        if f.name not in ("sofa", "begin", "end") and getattr(f.rangeType, "name", "") == STRING
    ]


def _matches(type_name: str, wanted: tuple[str, ...]) -> bool:
    return type_name in wanted or _short(type_name) in wanted


def _label_feature(fs: Any, options: LayerOptions) -> str | None:
    """The feature holding the label of ``fs``'s type, "" for "the short type name",
    or None when the type has several string features and none was chosen."""
    t = fs.type
    if options.feature and _matches(t.name, options.types):
        return options.feature
    if t.name == SPAN_TYPE:
        return "label"
    strings = _string_features(t)
    for feature in ("label", "value"):
        if feature in strings:
            return feature
    if len(strings) == 1:
        return strings[0]
    return "" if not strings else None


def _is_candidate(fs: Any, names: list[str], options: LayerOptions) -> bool:
    """Does ``fs`` look like an annotation of a project's own layer?"""
    if options.types:
        return _matches(fs.type.name, options.types)
    if "begin" not in names:
        return False
    name = fs.type.name
    return name.startswith(CUSTOM_PREFIXES) or _is_named_entity(fs)


def _attrs(fs: Any, names: list[str], label_feature: str) -> dict[str, Any]:
    if fs.type.name == SPAN_TYPE:
        raw = fs.get("attrs")
        try:
            found = json.loads(raw) if raw else {}
        except (ValueError, RecursionError) as exc:
            raise ValueError(f"its attrs feature is not JSON ({exc})") from None
        if not isinstance(found, dict):
            raise ValueError("its attrs feature is not a JSON object")
        return found
    out: dict[str, Any] = {}
    for name in names:
        if name in _SKIP_FEATURES or name == label_feature:
            continue
        value = fs.get(name)
        if isinstance(value, str | int | float | bool) and value != "":
            out[name] = value
    return out


def _describe(types: dict[str, list[str]]) -> str:
    return "; ".join(
        f"{name} (string features: {', '.join(feats) or 'none'})"
        for name, feats in sorted(types.items())
    )


def _layer(
    cas: Any, name: str, number: int, entry: dict[str, Any], options: LayerOptions, where: str
) -> AnnotatedDocument | BadRecord:
    text = cas.sofa_string or ""
    annotator = options.layer or str(entry.get("annotator") or "") or "import:xmi"
    spans: list[Span] = []
    local: dict[int, int] = {}  # id(feature structure) -> local span id
    pairs: list[Any] = []
    meta_fs = None
    found: dict[str, list[str]] = {}  # annotation types seen -> their string features
    unmapped: dict[str, list[str]] = {}
    select = getattr(cas, "select_all_fs", None) or cas.select_all
    for fs in select():
        names = _feature_names(fs)
        if fs.type.name == METADATA_TYPE:
            meta_fs = fs
            continue
        if "Governor" in names and "Dependent" in names:
            if not options.types or _matches(fs.type.name, options.types):
                pairs.append(fs)
            continue
        if "begin" in names and not fs.type.name.startswith(INFRASTRUCTURE):
            found.setdefault(fs.type.name, _string_features(fs.type))
        if not _is_candidate(fs, names, options):
            continue
        feature = _label_feature(fs, options)
        if feature is None:
            unmapped.setdefault(fs.type.name, _string_features(fs.type))
            continue
        if feature and feature not in names:
            return BadRecord(
                where, 0, f"type {fs.type.name} has no feature {feature!r} (--feature); "
                f"its features: {', '.join(n for n in names if n not in ('sofa',))}"
            )  # fmt: skip
        value = fs.get(feature) if feature else None
        label = str(value) if value else _short(fs.type.name)  # empty: the type's name
        start, end = fs.begin, fs.end
        if not (0 <= start < end <= len(text)):
            return BadRecord(where, 0, f"{_short(fs.type.name)} [{start}, {end}) outside the text")
        try:
            attrs = _attrs(fs, names, feature or "")
        except ValueError as exc:
            return BadRecord(where, 0, f"{_short(fs.type.name)} [{start}, {end}): {exc}")
        local[id(fs)] = len(spans) + 1
        k = len(spans) + 1
        spans.append(Span(k, 0, annotator, label, start, end, text[start:end], attrs, "import:xmi"))
    if unmapped:
        return BadRecord(
            where, 0, f"cannot tell which feature holds the label of: {_describe(unmapped)}; "
            "choose with --type TYPE --feature NAME"
        )  # fmt: skip
    if not spans and found:
        return BadRecord(
            where, 0, f"none of the annotations could be mapped to labels; types found: "
            f"{_describe(found)}; choose with --type TYPE --feature NAME"
        )  # fmt: skip
    relations: list[Relation] = []
    for fs in pairs:
        head, tail = local.get(id(fs.Governor)), local.get(id(fs.Dependent))
        if head is None or tail is None:
            continue  # e.g. a DKPro Dependency between tokens
        feature = _label_feature(fs, options) or ""
        label = fs.get(feature) if feature in _feature_names(fs) else None
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
