"""Import brat standoff annotations (a folder, or ``.ann`` files next to their ``.txt``).

brat counts code points, like us. Every ``T`` line's text is checked against the
``.txt`` slice (a discontinuous span's fragments joined by a space; line breaks in the
text read as spaces): a mismatch is a BadRecord naming the ``.ann`` file and line, and
nothing of that document is yielded. Offsets are never shifted to make them fit.

What comes in:

- ``T`` lines: one Span each; a discontinuous ``T5 CLAIM 106 114;127 145`` becomes one
  Span per fragment, joined in order by ``fragment_of`` relations;
- ``R`` lines between text-bound annotations: Relations (``Arg1`` = head);
- ``*`` equivalence lines (``*\\tAlias T3 T4 T5``): a chain of relations T3->T4->T5;
- ``A`` and ``M`` lines on a T: span attributes (binary ones as ``True``);
- ``#`` AnnotatorNotes on a T: our own ``key=JSON; ...`` notes become those attributes,
  any other note becomes ``attrs["note"]``;
- ``N`` normalisations on a T: ``N1\tReference T3 Wikidata:Q7747\tVladimir Putin``
  becomes the span's ENTITY_LINK (the import service links it to the registry entry
  with that Wikidata id, created when missing); another database's id is kept as
  ``attrs["normalization"]`` (``"UMLS:C0001"``, a list when there are several).

An id (``T3``, ``R1``, ...) given twice in one file is a BadRecord naming it. What
cannot be represented is reported, one BadRecord per line, after the document: ``E``
(events), attributes, notes, normalisations and relations on events or relations.
``import_layers`` then stops unless ``skip_bad`` is given.
The layer name is ``options.layer`` (else ``import:brat``); the document id is the
file stem. Files are read as UTF-8 (brat's encoding) without dropping a BOM.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotatedDocument, Relation, Span
from annotator.io.encoding import decode
from annotator.io.errors import DecodeProblem
from annotator.io.importers.base import BadRecord
from annotator.io.layers.base import ENTITY_LINK, FRAGMENT_RELATION, LayerImporter, LayerOptions
from annotator.io.layers.jsonl import layer_name, new_document

_LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_RANGE = re.compile(r"^(\d+) (\d+)$")
_NOTE_PAIR = re.compile(r"^(\w+)=(.+)$")
_WIKIDATA = re.compile(r"^Q[1-9]\d*$")


def _one_line(text: str) -> str:
    return _LINE_BREAK.sub(lambda m: " " * len(m.group()), text)


def parse_note(note: str) -> dict[str, Any]:
    """Attributes of an AnnotatorNotes text: ``key=JSON; key=JSON`` as written by our
    exporter, otherwise ``{"note": note}``."""
    attrs: dict[str, Any] = {}
    for part in note.split("; "):
        m = _NOTE_PAIR.match(part)
        if not m:
            return {"note": note}
        try:
            attrs[m.group(1)] = json.loads(m.group(2))
        except ValueError:
            return {"note": note}
    return attrs or {"note": note}


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode(data)[0]


class _Doc:
    """The annotations of one ``.ann`` file while it is parsed."""

    def __init__(self, text: str, file: str, annotator: str) -> None:
        self.text, self.file, self.annotator = text, file, annotator
        self.spans: list[Span] = []
        self.relations: list[Relation] = []
        self.t_ids: dict[str, list[int]] = {}  # brat T id -> local span ids (fragments)
        self.skipped: list[BadRecord] = []

    def skip(self, n: int, line: str, why: str) -> None:
        self.skipped.append(BadRecord(self.file, n, f"skipped {line.split(chr(9))[0]}: {why}"))

    def relate(self, kind: str, head: str, tail: str) -> None:
        self.relations.append(
            Relation(
                len(self.relations) + 1,
                0,
                self.annotator,
                kind,
                self.t_ids[head][0],
                self.t_ids[tail][0],
            )
        )

    def add_t(self, n: int, tid: str, rest: str, covered: str | None) -> str | None:
        """Add a T line; return an error message when it does not fit the text."""
        label, _, ranges = rest.partition(" ")
        frags = []
        for part in ranges.split(";"):
            m = _RANGE.match(part.strip())
            if not m:
                return f"{tid}: cannot read offsets {ranges!r}"
            start, end = int(m.group(1)), int(m.group(2))
            if not 0 <= start < end <= len(self.text):
                return (
                    f"{tid}: offsets [{start}, {end}) out of range for a text of "
                    f"{len(self.text)} characters"
                )
            frags.append((start, end))
        actual = " ".join(self.text[a:b] for a, b in frags)
        if covered is not None and _one_line(actual) != covered:
            return f"{tid}: text at {ranges} is {actual!r}, not {covered!r}"
        ids = []
        for a, b in frags:
            k = len(self.spans) + 1
            self.spans.append(Span(k, 0, self.annotator, label, a, b, self.text[a:b], {}))
            if ids:
                self.relations.append(
                    Relation(
                        len(self.relations) + 1, 0, self.annotator, FRAGMENT_RELATION, ids[-1], k
                    )
                )
            ids.append(k)
        self.t_ids[tid] = ids
        return None

    def set_attr(self, tid: str, attrs: dict[str, Any]) -> None:
        for k in self.t_ids[tid]:
            span = self.spans[k - 1]
            self.spans[k - 1] = Span(
                span.id, 0, span.layer, span.label, span.start, span.end, span.text,
                {**span.attrs, **attrs},
            )  # fmt: skip


def _normalise(doc: _Doc, tid: str, ref: str, name: str) -> None:
    """An ``N`` line's ``DB:ID`` on T ``tid``: a Wikidata entity link, or an attribute."""
    db, _, ident = ref.partition(":")
    if db.lower() == "wikidata" and _WIKIDATA.match(ident):
        doc.set_attr(tid, {ENTITY_LINK: {"wikidata": ident, "name": name.strip()}})
        return
    first = doc.spans[doc.t_ids[tid][0] - 1].attrs.get("normalization")
    value = ref if first is None else [*(first if isinstance(first, list) else [first]), ref]
    doc.set_attr(tid, {"normalization": value})


def _parse(doc: _Doc, lines: list[str]) -> BadRecord | None:
    """Fill ``doc`` from the ``.ann`` lines; a BadRecord for a T that does not fit or an
    id given twice."""
    deferred = []
    ids: dict[str, int] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fields = line.split("\t", 2)
        if fields[0] in ids and not fields[0].startswith("#"):
            return BadRecord(
                doc.file, n, f"id {fields[0]} is used twice (lines {ids[fields[0]]} and {n})"
            )
        ids[fields[0]] = n
        if line.startswith("T"):
            if len(fields) < 2:
                return BadRecord(doc.file, n, f"cannot read T line {line!r}")
            error = doc.add_t(n, fields[0], fields[1], fields[2] if len(fields) > 2 else None)
            if error:
                return BadRecord(doc.file, n, error)
        else:
            deferred.append((n, line, fields))
    for n, line, fields in deferred:  # T lines may come after what refers to them
        kind, args = fields[0][:1], (fields[1].split() if len(fields) > 1 else [])
        if kind == "R" and len(args) == 3:
            a1, a2 = (a.partition(":")[2] for a in args[1:])
            if a1 in doc.t_ids and a2 in doc.t_ids:
                doc.relate(args[0], a1, a2)
            else:
                doc.skip(n, line, "a relation of events or relations cannot be represented")
        elif kind == "*" and len(args) >= 3 and all(a in doc.t_ids for a in args[1:]):
            for head, tail in pairwise(args[1:]):
                doc.relate(args[0], head, tail)
        elif kind in "AM" and len(args) in (2, 3) and args[1] in doc.t_ids:
            doc.set_attr(args[1], {args[0]: args[2] if len(args) == 3 else True})
        elif kind == "#" and len(args) == 2 and args[1] in doc.t_ids:
            doc.set_attr(args[1], parse_note(fields[2] if len(fields) > 2 else ""))
        elif kind in "AM#":
            doc.skip(n, line, "only text-bound annotations (T) can carry it here")
        elif kind == "E":
            doc.skip(n, line, "events cannot be represented (their trigger T is kept)")
        elif kind == "N" and len(args) == 3 and args[1] in doc.t_ids and ":" in args[2]:
            _normalise(doc, args[1], args[2], fields[2] if len(fields) > 2 else "")
        elif kind == "N":
            doc.skip(n, line, "only a normalisation of a T to DB:ID can be represented")
        else:
            doc.skip(n, line, "unknown or unreadable annotation line")
    return None


def _pairs(path: Path) -> Iterator[tuple[Path, Path]]:
    if path.is_dir():
        anns = sorted(path.rglob("*.ann"))
    elif path.suffix == ".txt":
        anns = [path.with_suffix(".ann")]
    else:
        anns = [path]
    for ann in anns:
        yield ann, ann.with_suffix(".txt")


class BratLayerImporter(LayerImporter):
    name = "brat"
    description = "brat standoff: .ann next to its .txt, or a folder of them"
    suffixes = (".ann",)
    reads_folder = True
    offset_unit = "codepoint"
    loses = ("document metadata (brat has none)",)

    def read(self, path: Path, options: LayerOptions) -> Iterator[AnnotatedDocument | BadRecord]:
        annotator = layer_name(options, None)
        for ann, txt in _pairs(path):
            try:
                text = _read_text(txt)
                lines = ann.read_text(encoding="utf-8").split("\n")
            except OSError as exc:
                yield BadRecord(str(exc.filename or ann), 0, f"cannot read: {exc.strerror or exc}")
                continue
            except (DecodeProblem, UnicodeDecodeError) as exc:
                yield BadRecord(str(ann), 0, f"cannot decode: {exc}")
                continue
            doc = _Doc(text, str(ann), annotator)
            bad = _parse(doc, [line.removesuffix("\r") for line in lines])
            if bad is not None:
                yield bad
                continue
            document = new_document(text, ann.stem, {"source_file": txt.name})
            yield AnnotatedDocument(
                document, annotator, "todo", tuple(doc.spans), tuple(doc.relations)
            )
            yield from doc.skipped
