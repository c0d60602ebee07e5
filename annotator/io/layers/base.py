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
from annotator.io.encoding import decode
from annotator.io.errors import DecodeProblem
from annotator.io.importers.base import BadRecord, cannot_read

FRAGMENT_RELATION = "fragment_of"


@dataclass(frozen=True)
class LayerOptions:
    layer: str = ""  # layer name; '' = from the file, else "import:<format>"
    unit: str = ""  # offset unit where the format is ambiguous: utf16, codepoint, grapheme


class LayerImporter(ABC):
    name: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]]
    description: ClassVar[str]

    @abstractmethod
    def read(self, path: Path, options: LayerOptions) -> Iterator[AnnotatedDocument | BadRecord]:
        """Documents with their annotations, or one BadRecord per problem."""


def read_text(path: Path) -> str | BadRecord:
    """The whole file decoded (BOM and encoding handled as for articles), or the
    BadRecord that says why it cannot be read."""
    try:
        return decode(path.read_bytes())[0]
    except OSError as exc:
        return cannot_read(path, exc)
    except DecodeProblem as exc:
        return BadRecord(str(path), exc.line, str(exc))
