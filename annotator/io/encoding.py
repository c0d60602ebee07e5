"""Decide how the bytes of an input file become text (docs/architecture.md, "Offset contract").

Rules, in order:

1. A UTF-8 BOM means ``utf-8-sig``; a UTF-16 LE/BE BOM means ``utf-16``. The BOM is
   not part of the text.
2. NUL bytes (without a UTF-16 BOM), or more than 10% control characters other than
   tab, CR, LF and form feed, mean a binary file.
3. Valid UTF-8 is UTF-8.
4. Otherwise only Windows-1256 and ISO-8859-6 are considered: charset_normalizer
   ranks them, then the pick is verified (strict decoding, and at least 90% of the
   non-ASCII letters must be Arabic-script letters, see ``looks_arabic``). If neither
   passes, or both pass with different letters, the file is refused: we never
   silently guess wrong.

Text is returned exactly as decoded: no newline translation, no normalisation.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import re
import stat
from pathlib import Path

from annotator.io.errors import DecodeProblem
from annotator.text.lang import is_arabic_letter

HEAD_BYTES = 64 * 1024  # streaming readers detect the encoding from this much
ARABIC_CANDIDATES = ("cp1256", "iso8859-6")
ARABIC_SHARE = 0.9
CONTROL_SHARE = 0.1

EMPTY_FILE = "empty file"
BINARY_FILE = "binary file, not text"
NO_ENCODING = (
    "not valid UTF-8 and no Arabic encoding (Windows-1256, ISO-8859-6) explains it; "
    "convert it to UTF-8 or pass --encoding"
)
AMBIGUOUS = (
    "not valid UTF-8, and Windows-1256 and ISO-8859-6 both explain it with different "
    "letters; pass --encoding cp1256 or --encoding iso8859-6"
)

_CONTROL_BYTES = bytes(b for b in [*range(0x20), 0x7F] if b not in b"\t\n\r\f")
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_C1_CHARS = re.compile("[\x80-\x9f]")
_NON_ASCII = re.compile("[^\x00-\x7f]+")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
# A Latin letter touching an Arabic-script letter, or a haraka that follows no letter:
# both are rare in real text and typical of Latin or Cyrillic bytes read as Arabic.
_MIXED_SCRIPT = re.compile("[A-Za-z][\u0620-\u06ff]|[\u0620-\u06ff][A-Za-z]")
_ORPHAN_MARK = re.compile("(?<![\u0620-\u064a\u066e-\u06d3\u064b-\u0652\u0670])[\u064b-\u0652]")
MIXED_SHARE = 0.1
ORPHAN_SHARE = 0.01


def canonical_encoding(name: str) -> str:
    """Python's canonical name for ``name`` (``"Windows-1256"`` -> ``"cp1256"``)."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise DecodeProblem(f"unknown encoding {name!r} (--encoding)") from None


def decode(data: bytes, forced: str | None = None) -> tuple[str, str]:
    """Decode a whole file: return ``(text, encoding name)`` or raise ``DecodeProblem``."""
    if forced is not None:
        encoding = _forced(data, forced)
        text = _strict(data, encoding)
    else:
        if not data:
            raise DecodeProblem(EMPTY_FILE)
        encoding = _bom(data)
        if encoding is not None:
            text = _strict(data, encoding)
        else:
            _check_binary_bytes(data[:HEAD_BYTES], data)
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                text, encoding = _arabic_single_byte(data)
    _check_binary_text(text)
    if not text.strip():
        raise DecodeProblem(EMPTY_FILE)
    return text, encoding


def detect_stream_encoding(
    head: bytes, forced: str | None = None, *, complete: bool = False
) -> str:
    """The encoding of a file whose first bytes (up to ``HEAD_BYTES``) are ``head``.

    Same rules as ``decode``. ``complete`` says ``head`` is the whole file: only
    then can a whitespace-only head mean an empty file, and a multi-byte UTF-8
    character cut at the end of ``head`` count as an error.
    """
    if forced is not None:
        encoding = _forced(head, forced)
        text = head.decode(encoding, "replace")
    else:
        if not head:
            raise DecodeProblem(EMPTY_FILE)
        encoding = _bom(head)
        if encoding is None:
            _check_binary_bytes(head, head)
            try:
                codecs.getincrementaldecoder("utf-8")().decode(head, final=complete)
                encoding = "utf-8"
            except UnicodeDecodeError:
                encoding = _arabic_single_byte(head)[1]
        try:
            text = codecs.getincrementaldecoder(encoding)().decode(head, final=complete)
        except UnicodeDecodeError as exc:
            raise _undecodable(head, encoding, exc) from None
    _check_binary_text(text)
    if complete and not text.strip():
        raise DecodeProblem(EMPTY_FILE)
    return encoding


def open_text(path: Path, forced: str | None, newline: str) -> tuple[io.TextIOWrapper, str]:
    """Open ``path`` for streaming: detect the encoding from its head, then return a
    text stream (``newline`` as for ``open``: ``"\\n"`` splits on LF only, ``""``
    on any newline; neither translates) and the encoding name.

    Single-byte and UTF-8 streams decode with ``surrogateescape`` so that a bad
    byte spoils only its own line (see ``find_undecodable``); UTF-16/32 streams are
    strict and raise ``UnicodeDecodeError``. Raises ``OSError`` or ``DecodeProblem``.
    """
    raw = open_regular(path)
    try:
        head = raw.read(HEAD_BYTES)
        complete = len(head) < HEAD_BYTES or not raw.peek(1)
        encoding = detect_stream_encoding(head, forced, complete=complete)
        raw.seek(0)
        wide = encoding.startswith(("utf-16", "utf-32"))
        errors = "strict" if wide else "surrogateescape"
        return io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline=newline), encoding
    except BaseException:
        raw.close()
        raise


def open_regular(path: Path) -> io.BufferedReader:
    """Open ``path`` for reading, refusing anything but a regular file.

    A FIFO would block the import forever and a device such as ``/dev/zero`` never
    ends, so the file is opened without blocking and checked with ``fstat`` (on the
    opened file, so a swap after a check cannot fool it).

    Raises:
        OSError: the file cannot be opened, or is not a regular file (``strerror``
            says which kind it is).
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, not_regular_message(mode), str(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return open(fd, "rb", closefd=True)  # the caller closes it
    except BaseException:
        os.close(fd)
        raise


def not_regular_message(mode: int) -> str:
    """``"not a regular file (a FIFO)"`` and the like, for ``st_mode`` ``mode``."""
    kinds = (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    )
    kind = next((name for test, name in kinds if test(mode)), "not a file")
    return f"not a regular file ({kind}); only regular files are imported"


def find_undecodable(line: str) -> int | None:
    """Index of the first byte that ``open_text`` could not decode in ``line``, or None."""
    match = _ESCAPED_BYTE.search(line)
    return match.start() if match else None


def undecodable_message(line: str, index: int, encoding: str) -> str:
    """One-line message for the undecodable byte at ``line[index]``."""
    byte = ord(line[index]) - 0xDC00
    return (
        f"undecodable bytes: 0x{byte:02x} at column {index + 1} is not valid {encoding}; "
        "convert the file to UTF-8 or pass --encoding"
    )


def _forced(data: bytes, forced: str) -> str:
    encoding = canonical_encoding(forced)
    if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    return encoding


def _bom(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _undecodable(data, encoding, exc) from None


def _undecodable(data: bytes, encoding: str, exc: UnicodeDecodeError) -> DecodeProblem:
    line = data[: exc.start].decode(encoding, "replace").count("\n") + 1
    bad = data[exc.start : exc.end][:4].hex(" ")
    return DecodeProblem(
        f"undecodable bytes: {bad} at byte {exc.start:,} is not valid {encoding}; "
        "convert the file to UTF-8 or pass --encoding",
        line,
    )


def _check_binary_bytes(sample: bytes, data: bytes) -> None:
    if b"\x00" in data:
        raise DecodeProblem(BINARY_FILE)
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > CONTROL_SHARE * len(sample):
        raise DecodeProblem(BINARY_FILE)


def _check_binary_text(text: str) -> None:
    if "\x00" in text:
        raise DecodeProblem(BINARY_FILE)
    sample = text[:HEAD_BYTES]
    if len(_CONTROL_CHARS.findall(sample)) > CONTROL_SHARE * len(sample):
        raise DecodeProblem(BINARY_FILE)


def _rank_arabic(data: bytes) -> list[str]:
    """The Arabic candidates charset_normalizer accepts, its favourite first."""
    from charset_normalizer import from_bytes

    ranked: list[str] = []
    for match in from_bytes(data[: 4 * HEAD_BYTES], cp_isolation=list(ARABIC_CANDIDATES)):
        name = codecs.lookup(match.encoding).name
        if name in ARABIC_CANDIDATES and name not in ranked:
            ranked.append(name)
    return ranked


def _arabic_single_byte(data: bytes) -> tuple[str, str]:
    """Decode ``data`` as Windows-1256 or ISO-8859-6 if exactly one verifiably explains it.

    A candidate must be accepted by charset_normalizer AND pass ``looks_arabic``.
    When the other candidate also passes but reads different letters (short texts
    can), the file is refused as ambiguous: refusing is better than guessing.
    """
    readings: dict[str, str] = {}
    for encoding in ARABIC_CANDIDATES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if looks_arabic(text[: 4 * HEAD_BYTES]):
            readings[encoding] = text
    chosen = [name for name in _rank_arabic(data) if name in readings] if readings else []
    if not chosen:
        raise DecodeProblem(NO_ENCODING)
    if len(set(readings.values())) > 1:
        raise DecodeProblem(AMBIGUOUS)
    return readings[chosen[0]], chosen[0]


def looks_arabic(text: str) -> bool:
    """True when ``text`` reads as Arabic-script text: it has Arabic-script letters,
    at least 90% of its non-ASCII letters are Arabic-script, and it shows none of the
    marks of a wrong code page (C1 control characters, Latin letters glued to Arabic
    ones, harakat that follow no letter)."""
    if _C1_CHARS.search(text):
        return False
    arabic = other = 0
    for run in _NON_ASCII.findall(text):
        for ch in run:
            if is_arabic_letter(ch):
                arabic += 1
            elif ch.isalpha():
                other += 1
    if arabic == 0 or arabic < ARABIC_SHARE * (arabic + other):
        return False
    if len(_MIXED_SCRIPT.findall(text)) > MIXED_SHARE * arabic:
        return False
    return len(_ORPHAN_MARK.findall(text)) <= ORPHAN_SHARE * arabic
