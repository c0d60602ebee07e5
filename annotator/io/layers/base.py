"""The interface of annotation importers.

``read(path, options)`` yields, per document found, either an AnnotatedDocument or
a BadRecord (one line naming file and record). In an AnnotatedDocument:

- ``document`` has ``id=None`` and its text exactly as the tool had it (after
  realignment to code points: offsets are converted from the tool's unit here,
  never in the store);
- every Span has ``document_id=0`` and an ``id`` that is local to the record
  (1, 2, ...) so relations can refer to spans; ``span.text`` must equal
  ``document.text[start:end]`` or the importer yields a BadRecord instead;
- a discontinuous span (brat ``T5 CLAIM 106 114;127 145``) becomes one Span per
  fragment, joined in order by relations of type ``FRAGMENT_RELATION`` (head =
  earlier fragment, tail = next fragment);
- ``layer`` is the layer name (``options.layer`` overrides the file's).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from annotator.core.model import AnnotatedDocument
from annotator.core.registry import check_contract
from annotator.io.encoding import decode
from annotator.io.errors import DecodeProblem
from annotator.io.importers.base import DEFAULT_OPTIONS, BadRecord, cannot_read

FRAGMENT_RELATION = "fragment_of"

#: A span attribute an importer sets to link the span to a knowledge-base entry it
#: cannot resolve itself (brat's ``N1 Reference T3 Wikidata:Q7747``): ``{"wikidata":
#: "Q7747", "name": "..."}``. The import service replaces it with ``entity`` = the id of
#: the speaker-registry entry with that Wikidata id, created when there is none.
ENTITY_LINK = "entity_link"


@dataclass(frozen=True)
class LayerOptions:
    layer: str = ""  # layer name; '' = from the file, else "import:<format>"
    unit: str = ""  # offset unit where the format is ambiguous: utf16, codepoint, grapheme
    #: Longest document text accepted (the article importers' --max-chars).
    max_chars: int = DEFAULT_OPTIONS.max_chars
    #: XMI: the UIMA types to import as spans/relations (full or short names; () = the
    #: automatic choice) and the feature that holds their label ("" = automatic).
    types: tuple[str, ...] = ()
    feature: str = ""


class LayerImporter(ABC):
    """One annotation-layer format. Subclass it, declare the facts below as class
    attributes, implement :meth:`read`, and register the class (an
    ``annotator.layer_importers`` entry point, see docs/plugins.md)."""

    #: The format's name (``import-annotations -f NAME``); equals the registered name.
    name: ClassVar[str]
    #: One line for ``--help`` and the import dialog.
    description: ClassVar[str]
    #: File suffixes this format reads (".jsonl", ...); a folder is walked for them.
    suffixes: ClassVar[tuple[str, ...]]
    #: True when the natural input is a folder (brat: .ann and .txt side by side).
    reads_folder: ClassVar[bool] = False
    #: What the file's position numbers count, one line.
    offset_unit: ClassVar[str]
    #: The ``--unit`` values the format accepts (() when its unit is fixed).
    units: ClassVar[tuple[str, ...]] = ()
    #: True when the format has typed layers that --type/--feature choose from (XMI).
    selects_types: ClassVar[bool] = False
    #: What the format cannot carry into the project, one short line each.
    loses: ClassVar[tuple[str, ...]] = ()
    #: True when ``read`` itself yields a BadRecord for every span whose offsets or text
    #: do not fit its document's text (they are then not checked a second time).
    checks_offsets: ClassVar[bool] = False
    #: The pip extra and the library's import name it needs ("" for none).
    extra: ClassVar[str] = ""
    library: ClassVar[str] = ""

    @abstractmethod
    def read(self, path: Path, options: LayerOptions) -> Iterator[AnnotatedDocument | BadRecord]:
        """Documents with their annotations, or one BadRecord per problem (never an
        exception for anything a file can hold)."""

    @classmethod
    def missing_extra(cls, path: Path) -> BadRecord:
        """The BadRecord for a missing optional library, with the pip hint."""
        pip = f"pip install 'annotator[{cls.extra}]'" if cls.extra else f"pip install {cls.library}"
        return BadRecord(str(path), 0, f"{cls.name} needs {cls.library}: {pip}")


LAYER_IMPORTER_FACTS: dict[str, type | tuple[type, ...]] = {
    "name": str,
    "description": str,
    "suffixes": tuple,
    "reads_folder": bool,
    "offset_unit": str,
    "units": tuple,
    "selects_types": bool,
    "loses": tuple,
    "extra": str,
    "library": str,
}


def check_layer_importer(name: str, cls: object) -> str:
    """ "" when ``cls`` fulfils the layer-importer contract under ``name``, else why not."""
    problem = check_contract(name, cls, LAYER_IMPORTER_FACTS, LayerImporter)
    if problem:
        return problem
    assert isinstance(cls, type)
    if not cls.description or not cls.offset_unit or not cls.suffixes:
        return "needs a description, an offset_unit and at least one suffix"
    if not all(s.startswith(".") for s in cls.suffixes):
        return f"suffixes {cls.suffixes!r} must start with '.'"
    if getattr(cls, "__abstractmethods__", None):
        return "does not implement read()"
    return ""


def read_text(path: Path) -> str | BadRecord:
    """The whole file decoded (BOM and encoding handled as for articles), or the
    BadRecord that says why it cannot be read."""
    try:
        return decode(path.read_bytes())[0]
    except OSError as exc:
        return cannot_read(path, exc)
    except DecodeProblem as exc:
        return BadRecord(str(path), exc.line, str(exc))
