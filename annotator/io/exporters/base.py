"""What every exporter provides."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from annotator.core.model import AnnotatedDocument


class ExportError(Exception):
    """An export that cannot be written; the message names the document and span."""


class MissingExtra(ExportError):
    """A format whose optional library is not installed; the message says how to
    install it, in one line (e.g. pip install 'annotator[spacy]')."""


class Exporter(ABC):
    name: ClassVar[str]
    extension: ClassVar[str]
    description: ClassVar[str]

    #: True when ``out`` is a folder (brat writes a .txt and .ann per document)
    writes_folder: ClassVar[bool] = False
    #: True when ``out`` is a file that the exporter may turn into a folder of files
    #: (a spaCy export too big for one DocBin)
    folder_when_large: ClassVar[bool] = False

    @abstractmethod
    def write(self, items: Iterable[AnnotatedDocument], out: Path) -> int:
        """Write ``items`` to ``out``; return the number of records written."""
