"""brat standoff export: a folder with ``<name>.txt`` + ``<name>.ann`` per document and
layer, and one ``annotation.conf`` built from the labels, relations and attributes present.

brat counts offsets in code points, like us, so offsets are written unchanged. The
``.txt`` is the stored text byte for byte (UTF-8, CRLF kept). In the ``.ann``:

- ``T`` lines for spans; fragments joined by ``fragment_of`` relations become one
  discontinuous ``T5 CLAIM 106 114;127 145`` line (its text: the fragments' texts
  joined by a space, as brat writes them). Line breaks inside a span's text are
  written as spaces (an ``.ann`` line cannot hold them);
- ``R`` lines for every relation type between spans (``Arg1``/``Arg2``);
- ``A`` lines for attributes brat can hold: ``True`` (binary) and one-word strings
  (enumerations such as CLAIM ``kind`` or DATE ``calendar``);
- one ``#`` AnnotatorNotes line per span for the rest (entity ids, DATE values):
  ``entity=12; value="2020-11-07"``, each value as JSON.

Losses: document metadata (title, source, url, published) and the layer name (the file
name carries them only as a label); relations to an entity of the registry
(``tail_entity``); which fragment of a discontinuous span a relation or attribute was on
(they move to the whole span).

File names are safe whatever the document id holds: no path separators, no ``..``,
no Windows reserved names, at most 100 characters, and distinct ids never share a
name (case-insensitively), a short hash of the id telling them apart.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotatedDocument, Relation, Span
from annotator.core.validate import OffsetError, check_span_offsets
from annotator.io.exporters.base import Exporter, ExportError

FRAGMENT_RELATION = "fragment_of"  # same as annotator.io.layers.base (io siblings stay apart)
NAME_MAX = 100
NOTE_KEYS = frozenset(("entity", "value", "note"))  # always in the AnnotatorNotes line
_UNSAFE = re.compile(r"[^\w.\-]+")
_LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_WORD_VALUE = re.compile(r"^[\w.\-:]+$")
_RESERVED = {"con", "prn", "aux", "nul", "conin$", "conout$"} | {
    f"{p}{i}" for p in ("com", "lpt") for i in range(10)
}


def safe_name(ext_id: str) -> str:
    """A file stem for ``ext_id`` that cannot leave the folder or clash with a device."""
    name = _UNSAFE.sub("_", ext_id).strip("._ ")[:NAME_MAX] or "document"
    if name.split(".")[0].lower() in _RESERVED or name.lower() == "annotation":
        name = f"_{name}"
    return name


class NameAllocator:
    """Hands out distinct safe file stems (case-insensitive, as on Windows and macOS)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def __call__(self, ext_id: str) -> str:
        name = safe_name(ext_id)
        if name.lower() in self.used:
            digest = hashlib.sha1(ext_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
            base = f"{name[: NAME_MAX - 12]}-{digest}"
            name, k = base, 2
            while name.lower() in self.used:
                name, k = f"{base}-{k}", k + 1
        self.used.add(name.lower())
        return name


def fragment_chains(spans: Sequence[Span], relations: Sequence[Relation]) -> list[list[Span]]:
    """Spans grouped into discontinuous spans: each chain of ``fragment_of`` relations
    (head = earlier fragment) is one group in order; any other span is a group of one."""
    by_id = {s.id: s for s in spans}
    nxt = {
        r.head: r.tail
        for r in relations
        if r.type == FRAGMENT_RELATION and r.head in by_id and r.tail in by_id
    }
    tails = set(nxt.values())
    chains: list[list[Span]] = []
    done: set[int | None] = set()
    for first in [s for s in spans if s.id not in tails] + list(spans):  # cycles last
        if first.id in done:
            continue
        chain = [first]
        done.add(first.id)
        while chain[-1].id in nxt and nxt[chain[-1].id] not in done:
            chain.append(by_id[nxt[chain[-1].id]])
            done.add(chain[-1].id)
        chains.append(chain)
    return chains


def one_line(text: str) -> str:
    """Span text as an ``.ann`` field: each line break becomes one space."""
    return _LINE_BREAK.sub(lambda m: " " * len(m.group()), text)


def brat_type(name: str) -> str:
    """A label or relation name without the whitespace brat cannot hold."""
    return re.sub(r"\s+", "_", name.strip()) or "_"


def split_attrs(attrs: dict[str, Any]) -> tuple[list[tuple[str, str | None]], dict[str, Any]]:
    """``(A-line attributes as (name, value or None for binary), the rest for the note)``."""
    a_lines, rest = [], {}
    for key, value in attrs.items():
        if key in NOTE_KEYS or not _WORD_VALUE.match(key):
            rest[key] = value
        elif value is True:
            a_lines.append((key, None))
        elif isinstance(value, str) and _WORD_VALUE.match(value):
            a_lines.append((key, value))
        else:
            rest[key] = value
    return a_lines, rest


def note_text(rest: dict[str, Any]) -> str:
    """The AnnotatorNotes text for attributes that are not A lines."""
    if list(rest) == ["note"] and isinstance(rest["note"], str):
        return one_line(rest["note"])
    return "; ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in rest.items())


class _Conf:
    """What ``annotation.conf`` declares: collected while writing the documents."""

    def __init__(self) -> None:
        self.labels: set[str] = set()
        self.relations: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
        self.attributes: dict[str, set[str]] = defaultdict(set)

    def text(self) -> str:
        lines = ["# written by annotator (brat export)", "[entities]", *sorted(self.labels)]
        lines += ["", "[relations]"]
        for name, (heads, tails) in sorted(self.relations.items()):
            lines.append(f"{name}\tArg1:{'|'.join(sorted(heads))}, Arg2:{'|'.join(sorted(tails))}")
        lines += ["", "[events]", "", "[attributes]"]
        for name, values in sorted(self.attributes.items()):
            vals = sorted(v for v in values if v)
            lines.append(f"{name}\tArg:<ENTITY>" + (f", Value:{'|'.join(vals)}" if vals else ""))
        return "\n".join(lines) + "\n"


def ann_lines(
    item: AnnotatedDocument,
    conf: _Conf,
    wikidata: Mapping[int, str] | None = None,
    names: Mapping[int, str] | None = None,
) -> list[str]:
    """The ``.ann`` lines of one document and layer. A span whose ``entity`` attribute
    is a registry entry with a Wikidata id (``wikidata``: entity id -> Q-id; ``names``:
    entity id -> name) also gets a normalisation line ``N1\tReference T3
    Wikidata:Q7747\tVladimir Putin``."""
    text = item.document.text
    wikidata, names = wikidata or {}, names or {}
    lines: list[str] = []
    t_of: dict[int | None, str] = {}
    label_of: dict[str, str] = {}
    n_attr = n_note = n_norm = 0
    for t, chain in enumerate(fragment_chains(item.spans, item.relations), 1):
        for span in chain:
            try:
                check_span_offsets(text, span)
            except OffsetError as exc:
                raise ExportError(f"document {item.document.ext_id}: {exc}") from exc
            t_of[span.id] = f"T{t}"
        first = chain[0]
        label = brat_type(first.label)
        label_of[f"T{t}"] = label
        conf.labels.add(label)
        ranges = ";".join(f"{s.start} {s.end}" for s in chain)
        covered = " ".join(one_line(s.text) for s in chain)
        lines.append(f"T{t}\t{label} {ranges}\t{covered}")
        a_lines, rest = split_attrs(dict(first.attrs))
        for name, value in a_lines:
            n_attr += 1
            conf.attributes[name].add(value or "")
            lines.append(f"A{n_attr}\t{name} T{t}" + (f" {value}" if value else ""))
        if rest:
            n_note += 1
            lines.append(f"#{n_note}\tAnnotatorNotes T{t}\t{note_text(rest)}")
        entity = first.attrs.get("entity")
        if isinstance(entity, int) and entity in wikidata:
            n_norm += 1
            name = one_line(names.get(entity, ""))
            lines.append(f"N{n_norm}\tReference T{t} Wikidata:{wikidata[entity]}\t{name}")
    n_rel = 0
    for rel in item.relations:
        if rel.type == FRAGMENT_RELATION or rel.tail not in t_of or rel.head not in t_of:
            continue  # fragments are in the T line; entity tails cannot be written
        n_rel += 1
        name, a1, a2 = brat_type(rel.type), t_of[rel.head], t_of[rel.tail]
        conf.relations[name][0].add(label_of[a1])
        conf.relations[name][1].add(label_of[a2])
        lines.append(f"R{n_rel}\t{name} Arg1:{a1} Arg2:{a2}\t")
    return lines


class BratExporter(Exporter):
    name = "brat"
    description = "brat standoff: a folder of .txt + .ann per document, and annotation.conf"
    suffix = ""
    offset_unit = "codepoint (brat counts Python-style code points)"
    loses = (
        "document metadata",
        "the layer name",
        "relations to a registry entity",
        "a registry entity without a Wikidata id (one with an id becomes an N line)",
        "which fragment of a discontinuous span an attribute was on",
    )
    read_back = "brat"
    writes_folder = True

    def __init__(self) -> None:
        #: Filled by the export service from the speaker registry (entity id -> ...).
        self.entity_wikidata: Mapping[int, str] = {}
        self.entity_names: Mapping[int, str] = {}

    def write(self, items: Iterable[AnnotatedDocument], out: Path) -> int:
        out.mkdir(parents=True, exist_ok=True)
        names = NameAllocator()
        conf = _Conf()
        n = 0
        for item in items:
            ext_id = item.document.ext_id
            stem = names(f"{ext_id}.{item.layer}" if item.layer else ext_id)
            lines = ann_lines(item, conf, self.entity_wikidata, self.entity_names)
            with (out / f"{stem}.txt").open("w", encoding="utf-8", newline="") as fh:
                fh.write(item.document.text)
            with (out / f"{stem}.ann").open("w", encoding="utf-8", newline="\n") as fh:
                fh.write("".join(line + "\n" for line in lines))
            n += 1
        (out / "annotation.conf").write_text(conf.text(), encoding="utf-8")
        return n
