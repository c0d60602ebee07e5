"""The exporter contract: what every export format, built in or from a plugin, declares
and provides. Nothing elsewhere keeps a table keyed by format name: the datasheet, the
command line and the window read these class attributes."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from annotator.core.model import AnnotatedDocument
from annotator.core.registry import check_contract


class ExportError(Exception):
    """An export that cannot be written; the message names the document and span."""


class MissingExtra(ExportError):
    """A format whose optional library is not installed; the message says how to
    install it, in one line (e.g. pip install 'annotator[spacy]')."""


class Exporter(ABC):
    """One export format. Subclass it, declare the facts below as class attributes,
    implement :meth:`write`, and register the class (an ``annotator.exporters`` entry
    point, see docs/plugins.md). The service creates one instance per export."""

    #: The format's name, as given to ``annotator export -f NAME``; equals the
    #: registered name.
    name: ClassVar[str]
    #: One line for ``--help`` and the export dialog.
    description: ClassVar[str]
    #: The suffix of the file written (".jsonl"); "" for a format that writes a folder.
    suffix: ClassVar[str]
    #: True when ``out`` is a folder (brat writes a .txt and .ann per document).
    writes_folder: ClassVar[bool] = False
    #: What the position numbers in the output count, one line for the datasheet
    #: ("codepoint", "utf16 (...)", "token (...)", "none (...)").
    offset_unit: ClassVar[str]
    #: What the format cannot hold, one short line each ("relations", "attributes");
    #: () when a round trip keeps everything.
    loses: ClassVar[tuple[str, ...]] = ()
    #: The layer importer that reads this format back ("" when there is none).
    read_back: ClassVar[str] = ""
    #: The pip extra that installs the optional library ("spacy" for
    #: ``pip install 'annotator[spacy]'``), and that library's import name; "" for none.
    extra: ClassVar[str] = ""
    library: ClassVar[str] = ""
    #: True when ``out`` is a file that the exporter may turn into a folder of files
    #: (a spaCy export too big for one DocBin)
    folder_when_large: ClassVar[bool] = False
    #: From how many records a second process would pay for this format (None: the
    #: format has no use for one). The service then sets :attr:`workers` to 2 when a
    #: second core is free and the process may fork.
    parallel_from: ClassVar[int | None] = None
    #: Processes the exporter may use (set by the service before :meth:`write`).
    workers: int = 1

    @abstractmethod
    def write(self, items: Iterable[AnnotatedDocument], out: Path) -> int:
        """Write ``items`` to ``out`` (a file, or a folder when ``writes_folder``);
        return the number of records written. Raise ExportError (one line naming the
        document and span) for what cannot be written, MissingExtra when the optional
        library is missing. What was dropped may be left in a ``dropped`` (count or
        mapping) or ``report`` attribute; the datasheet lists it."""

    @classmethod
    def missing_extra(cls) -> MissingExtra:
        """The one-line error for a missing optional library, with the pip hint."""
        return MissingExtra(install_hint(cls.name, cls.library, cls.extra))


def install_hint(name: str, library: str, extra: str) -> str:
    """``"spacy needs spacy: pip install 'annotator[spacy]'"`` (or the library alone
    when the format names no extra of ours)."""
    pip = f"pip install 'annotator[{extra}]'" if extra else f"pip install {library}"
    return f"{name} needs {library}: {pip}"


EXPORTER_FACTS: dict[str, type | tuple[type, ...]] = {
    "name": str,
    "description": str,
    "suffix": str,
    "writes_folder": bool,
    "folder_when_large": bool,
    "offset_unit": str,
    "loses": tuple,
    "read_back": str,
    "extra": str,
    "library": str,
}


def check_exporter(name: str, cls: object) -> str:
    """ "" when ``cls`` fulfils the exporter contract under ``name``, else why not."""
    problem = check_contract(name, cls, EXPORTER_FACTS, Exporter)
    if problem:
        return problem
    assert isinstance(cls, type)
    if not cls.description or not cls.offset_unit:
        return "needs a description and an offset_unit"
    if cls.writes_folder == bool(cls.suffix):
        return "a file format needs a suffix; a folder format has none"
    if cls.suffix and not cls.suffix.startswith("."):
        return f"suffix {cls.suffix!r} must start with '.'"
    if bool(cls.extra) and not cls.library:
        return "an extra needs the library it installs"
    if getattr(cls, "__abstractmethods__", None):
        return "does not implement write()"
    return ""
