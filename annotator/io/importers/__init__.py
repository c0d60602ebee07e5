"""The article-importer registry (``importers``: format name -> ``Importer`` class),
format detection, and the expansion of command-line paths into input files.

The built-ins are entry-point lines, the same lines a third party writes under
``[project.entry-points."annotator.importers"]`` (docs/plugins.md)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from annotator.core.registry import Registry, RegistryError
from annotator.io.encoding import not_regular_message, open_regular
from annotator.io.errors import UnknownFormat
from annotator.io.importers.base import (
    DEFAULT_OPTIONS,
    FIELD_NAMES,
    BadRecord,
    Importer,
    ImportOptions,
    Record,
    check_importer,
)

__all__ = [
    "DEFAULT_OPTIONS",
    "FIELD_NAMES",
    "GROUP",
    "BadRecord",
    "ImportOptions",
    "Importer",
    "Record",
    "detect_format",
    "get_importer",
    "import_formats",
    "importers",
    "input_problem",
    "iter_input_files",
    "iter_inputs",
    "known_extensions",
]

GROUP = "annotator.importers"

BUILTINS = (
    "text = annotator.io.importers.plaintext:PlainTextImporter",
    "jsonl = annotator.io.importers.jsonl:JsonLinesImporter",
    "csv = annotator.io.importers.csvfile:CsvImporter",
)

importers: Registry[type[Importer]] = Registry(
    "import format", GROUP, builtins=BUILTINS, check=check_importer
)

TEXT, JSONL = "text", "jsonl"  # the formats detection falls back on


def import_formats() -> list[str]:
    """The registered article format names, alphabetical."""
    return importers.names()


def known_extensions() -> frozenset[str]:
    """Suffixes taken when a folder is expanded (a file named explicitly is always taken)."""
    return frozenset(ext for cls in importers.get_all().values() for ext in cls.extensions)


_SNIFF_BYTES = 4096


def get_importer(name: str) -> Importer:
    """A new importer for format ``name``; ``UnknownFormat`` (a ``KeyError``) lists
    the known names."""
    try:
        return importers.get(name)()
    except RegistryError as exc:
        raise UnknownFormat(str(exc)) from None


def detect_format(path: Path) -> str:
    """The format name for ``path``: by extension (.txt/.text -> text,
    .jsonl/.ndjson/.json -> jsonl, .csv/.tsv -> csv), otherwise by content (first
    non-space character ``{`` -> jsonl, anything else -> text). Never raises: an
    unreadable file is ``text``, and its importer reports the problem."""
    suffix = path.suffix.lower()
    for name, cls in importers.get_all().items():
        if suffix in cls.extensions:
            return name
    try:
        with open_regular(path) as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError:
        return TEXT
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    stripped = head.replace(b"\x00", b"").lstrip()
    if stripped.startswith(b"{"):
        return JSONL
    return TEXT


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand ``paths`` into input files, each once, in order.

    A file (or a path that does not exist, so that its importer reports it) is taken
    as given. A folder is walked recursively in sorted order, skipping hidden files
    and folders (names starting with ``.``), symlinked folders, and files whose
    extension no importer knows.
    """
    for path, _folder in iter_inputs(paths):
        yield path


def iter_inputs(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """Like ``iter_input_files``, with the folder each file is imported from: the
    folder given on the command line for a file found in it, the file's own folder
    for a file given by name (see ``input_problem``)."""
    seen: set[Path] = set()
    known = known_extensions()
    for path in paths:
        if path.is_dir():
            candidates = ((found, path) for found in _walk(path, known))
        else:
            candidates = iter(((path, path.parent),))
        for candidate, folder in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                yield candidate, folder


def input_problem(path: Path, folder: Path, follow_links: bool = False) -> str | None:
    """Why ``path`` (imported from ``folder``) must not be read, or None.

    Only regular files are read (a FIFO would block forever, ``/dev/zero`` never
    ends). Unless ``follow_links``, a file that resolves outside ``folder`` (a link
    to ``/etc/passwd`` in a corpus someone sent) is refused: a corpus must not pull
    in the analyst's private files. A missing file is left to its importer.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if not stat.S_ISREG(mode):
        return not_regular_message(mode)
    if follow_links:
        return None
    target = path.resolve()
    base = folder.resolve()
    if not target.is_relative_to(base):
        return (
            f"a link to {target}, outside the folder {folder} being imported "
            "(pass --follow-links to import it)"
        )
    return None


def _walk(folder: Path, known: frozenset[str]) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = entry.is_file()
        except OSError:
            continue
        if is_dir:
            yield from _walk(path, known)
        elif is_file and path.suffix.lower() in known:
            yield path
