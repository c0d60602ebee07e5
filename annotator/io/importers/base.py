"""What every importer shares: options, results and the ``Importer`` interface.

An importer turns one input file into a stream of ``Record`` (one good article) and
``BadRecord`` (one problem, naming file and line) values. It never raises for bad
input and never loads a whole multi-article file into memory.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, ClassVar

from annotator.core.model import Document
from annotator.io import MAX_ARTICLE_CHARS
from annotator.text.lang import detect_language, direction_for

FIELD_NAMES = ("text", "id", "title", "url", "published", "lang", "source")
TITLE_MAX = 200

_LINE_BREAKS = str.maketrans(
    {
        "\n": "\\n",
        "\r": "\\r",
        "\v": "\\v",
        "\f": "\\f",
        "\x1c": "\\x1c",
        "\x1d": "\\x1d",
        "\x1e": "\\x1e",
        "\x85": "\\x85",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)
_LANG_CODES = dict.fromkeys(("ar", "ara", "arb", "arabic"), "ar") | dict.fromkeys(
    ("fa", "fas", "per", "pes", "persian", "farsi"), "fa"
)


@dataclass(frozen=True)
class ImportOptions:
    """How to read input files.

    ``fields`` maps our field names (text, id, title, url, published, lang, source)
    to the column or key that holds them in the input; unmapped fields use their own
    name. ``source`` is the source given to records that have no source column
    (plain text always). ``follow_links`` lets in files that resolve outside the
    folder being imported (see ``input_problem``). Unknown field names and
    ``max_chars < 1`` raise
    ``ValueError`` here; an unknown ``encoding`` is reported by each reader as a
    file-level ``BadRecord`` ("unknown encoding 'x' (--encoding)").
    """

    fields: Mapping[str, str] = field(default_factory=dict)
    max_chars: int = MAX_ARTICLE_CHARS
    encoding: str | None = None
    id_prefix: str = ""
    source: str = ""
    follow_links: bool = False  # import files that resolve outside the folder given

    def __post_init__(self) -> None:
        unknown = sorted(set(self.fields) - set(FIELD_NAMES))
        if unknown:
            raise ValueError(
                f"unknown field {unknown[0]!r} (--field); known: {', '.join(FIELD_NAMES)}"
            )
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))
        # per record, record_from_mapping looks these up: worked out once here
        columns = {name: self.fields.get(name, name) for name in FIELD_NAMES}
        object.__setattr__(self, "_columns", columns)
        object.__setattr__(self, "_mapped", frozenset(columns.values()))
        if self.max_chars < 1:
            raise ValueError(f"--max-chars must be at least 1, not {self.max_chars}")

    def column(self, name: str) -> str:
        """The input column or key that holds our field ``name``."""
        return self._columns.get(name, name)


DEFAULT_OPTIONS = ImportOptions()


@dataclass(frozen=True)
class Record:
    """One good article read from ``file`` at ``line`` (0: the whole file)."""

    document: Document
    file: str
    line: int
    encoding: str
    pos: int  # bytes of the file consumed so far, for progress bars


@dataclass(frozen=True)
class BadRecord:
    """One problem in the input. ``str()`` is one line: ``file:line: message``."""

    file: str
    line: int
    message: str
    pos: int = 0

    def __str__(self) -> str:
        where = self.file if self.line == 0 else f"{self.file}:{self.line}"
        return f"{where}: {self.message}".translate(_LINE_BREAKS)


class Importer(ABC):
    """Reads one article format. Subclasses declare the three facts below and are
    registered as ``annotator.importers`` entry points (docs/plugins.md)."""

    #: The format's name (``annotator import -f NAME``); equals the registered name.
    name: ClassVar[str]
    #: File suffixes (".txt", ...) taken when a folder is walked and for detection.
    extensions: ClassVar[tuple[str, ...]]
    #: One line for ``--help``.
    description: ClassVar[str]

    @abstractmethod
    def read(
        self, path: Path, options: ImportOptions = DEFAULT_OPTIONS
    ) -> Iterator[Record | BadRecord]:
        """Yield a ``Record`` per good article and a ``BadRecord`` per problem, in
        file order. A problem with the whole file is one ``BadRecord`` (line 0
        unless a line is known), after which nothing more is read."""


def cannot_read(path: Path, exc: OSError) -> BadRecord:
    """The ``BadRecord`` for a file that cannot be opened or read."""
    return BadRecord(str(path), 0, f"cannot read file: {exc.strerror or exc}")


def human_size(nbytes: int) -> str:
    """``52428800`` -> ``"52.4 MB"`` (decimal units)."""
    if nbytes < 1000:
        return f"{nbytes} bytes"
    size = float(nbytes)
    for unit in ("kB", "MB", "GB", "TB"):
        size /= 1000
        if size < 1000 or unit == "TB":
            return f"{size:.1f} {unit}"
    raise AssertionError("unreachable")


def too_long_message(text: str, max_chars: int) -> str:
    """Message for an article of ``len(text) > max_chars`` characters."""
    size = human_size(len(text.encode("utf-8", "surrogatepass")))
    return (
        f"article is {size} ({len(text):,} characters), over the limit of "
        f"{max_chars:,} characters (--max-chars)"
    )


def title_from_text(text: str) -> str:
    """The first non-empty line of ``text``, stripped, at most ``TITLE_MAX`` characters."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped:
            return stripped[:TITLE_MAX].strip()
    return ""


def normalise_lang(value: str) -> str:
    """``"ar"``, ``"fa"`` or ``"other"`` for a language given in the input
    (``"AR"``, ``"fa-IR"``, ``"per"``, ``"Arabic"``...)."""
    primary = value.strip().lower().replace("_", "-").split("-")[0]
    return _LANG_CODES.get(primary, "other")


def as_string(value: Any) -> str:
    """A field value as a stripped string: ``None`` -> ``""``, numbers and JSON
    structures as JSON text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return json.dumps(value, ensure_ascii=False)


def json_type(value: Any) -> str:
    """The JSON name of a parsed value's type (for messages)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


def record_from_mapping(
    values: Mapping[str, Any],
    path: Path,
    line: int,
    encoding: str,
    pos: int,
    options: ImportOptions,
) -> Record | BadRecord:
    """Build the Record for one JSON object or CSV row (``values``: key -> value),
    or the BadRecord saying why it cannot be one."""
    file = str(path)
    columns: dict[str, str] = options._columns  # type: ignore[attr-defined]
    text_key = columns["text"]
    if text_key not in values:
        return BadRecord(file, line, f"no {text_key!r} field; use --field text=COLUMN", pos)
    text = values[text_key]
    if not isinstance(text, str):
        return BadRecord(file, line, f"{text_key!r} field is {json_type(text)}, not a string", pos)
    if not text or text.isspace():  # (not text.strip(), without copying the text)
        return BadRecord(file, line, f"{text_key!r} field is empty", pos)
    if len(text) > options.max_chars:
        return BadRecord(file, line, too_long_message(text, options.max_chars), pos)
    get = values.get
    lang_given = as_string(get(columns["lang"]))
    lang = normalise_lang(lang_given) if lang_given else detect_language(text)
    mapped = options._mapped  # type: ignore[attr-defined]
    meta = {key: value for key, value in values.items() if key and key not in mapped}
    meta["source_file"] = path.name
    document = Document(
        id=None,
        ext_id=options.id_prefix + (as_string(get(columns["id"])) or f"{path.stem}:{line}"),
        title=as_string(get(columns["title"])) or title_from_text(text),
        text=text,
        lang=lang,
        direction=direction_for(lang),
        source=as_string(get(columns["source"])) or options.source,
        url=as_string(get(columns["url"])),
        published=as_string(get(columns["published"])),
        meta=meta,
    )
    return Record(document, file, line, encoding, pos)


def check_importer(name: str, cls: object) -> str:
    """ "" when ``cls`` fulfils the article-importer contract under ``name``, else why not."""
    from annotator.core.registry import check_contract

    facts = {"name": str, "extensions": tuple, "description": str}
    problem = check_contract(name, cls, facts, Importer)
    if problem:
        return problem
    assert isinstance(cls, type)
    if not cls.description or not all(e.startswith(".") for e in cls.extensions):
        return "needs a description and suffixes starting with '.'"
    if getattr(cls, "__abstractmethods__", None):
        return "does not implement read()"
    return ""
