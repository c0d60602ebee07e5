"""spaCy's DocBin file format (``.spacy``), written without importing spaCy (issue 13).

A ``.spacy`` file is zlib-compressed msgpack (spacy/tokens/_serialize.py,
``DocBin.to_bytes``): ``version``, ``attrs`` (attribute ids, ORTH first), ``tokens``
(one uint64 row per token: string hashes and ints), ``spaces`` (a byte per token),
``lengths`` (int32 tokens per Doc), ``strings`` (every string the hashes stand for,
sorted), ``cats``, ``flags``, ``span_groups`` (per Doc, ``SpanGroups.to_bytes``) and
``user_data`` (per Doc, msgpack of ``Doc.user_data``). Strings are hashed as spaCy's
``StringStore`` does: MurmurHash64A of the UTF-8 bytes with seed 1, "" is 0.

tests/test_spacy_fast.py reads the files back with spaCy's own ``DocBin`` and
``Corpus`` and compares them with Docs that spaCy builds.
"""

from __future__ import annotations

import struct
import zlib
from array import array
from collections.abc import Iterator
from typing import Any, BinaryIO

_M = 0xC6A4A7935BD1E995
_MASK = 0xFFFFFFFFFFFFFFFF
#: One span of a span group: id, kb_id, label, start, end, start_char, end_char.
_SPAN = struct.Struct(">QQQllll")
#: The token attributes written (``DocBin(attrs=...)``, ORTH first, then by id): the
#: ones our Docs set. spaCy's default adds LEMMA, POS, TAG, DEP, HEAD, MORPH and
#: ENT_KB_ID, all 0 here; Docs read back are the same (``Doc.to_bytes`` equal, in
#: tests/test_spacy_fast.py) and the files are written in half the time.
DOCBIN_ATTRS = ("ORTH", "NORM", "ENT_IOB", "ENT_TYPE", "SENT_START", "ENT_ID")
DOCBIN_VERSION = "0.1"
#: zlib level of the files: spaCy uses the default (6); 1 is several times faster on
#: these mostly-zero token rows and reads back the same.
ZLIB_LEVEL = 1


def murmurhash64a(data: bytes, seed: int = 1) -> int:
    """MurmurHash64A (Austin Appleby), the 64-bit hash spaCy keys its strings by."""
    n = len(data)
    h = (seed ^ (n * _M)) & _MASK
    end = n - (n & 7)
    for (k,) in struct.iter_unpack("<Q", data[:end]):
        k = (k * _M) & _MASK
        k ^= k >> 47
        k = (k * _M) & _MASK
        h ^= k
        h = (h * _M) & _MASK
    rest = n & 7
    if rest:
        h ^= int.from_bytes(data[end:], "little")
        h = (h * _M) & _MASK
    h ^= h >> 47
    h = (h * _M) & _MASK
    h ^= h >> 47
    return h


def string_hash(string: str) -> int:
    """The id spaCy's StringStore gives ``string`` (0 for "")."""
    if not string:
        return 0
    data = string.encode("utf-8")
    n = len(data)
    if n >= 8:
        return murmurhash64a(data)
    # murmurhash64a of under 8 bytes (a span id), in one step
    h = (((1 ^ (n * _M)) & _MASK) ^ int.from_bytes(data, "little")) * _M & _MASK
    h = ((h ^ (h >> 47)) * _M) & _MASK
    return h ^ (h >> 47)


# -- msgpack (the subset srsly.msgpack_dumps writes for these values) ---------------
_B = [bytes((i,)) for i in range(256)]
_U8, _U16, _U32, _U64 = (struct.Struct(f">B{c}").pack for c in "BHIQ")
_I8, _I16, _I32, _I64 = (struct.Struct(f">B{c}").pack for c in "bhiq")
_F64 = struct.Struct(">Bd").pack


def packb(obj: Any) -> bytes:
    """msgpack bytes of ``obj`` as ``srsly.msgpack_dumps`` writes them (use_bin_type:
    str as str, bytes as bin; ints in their smallest form; floats as float64)."""
    t = type(obj)
    if t is str:
        return pack_str(obj)
    if t is int:
        return pack_int(obj)
    if t is dict:
        return _header(len(obj), 0x80, 0xDE, 0xDF) + b"".join(
            [packb(k) + packb(v) for k, v in obj.items()]
        )
    if t is list or t is tuple:
        return _header(len(obj), 0x90, 0xDC, 0xDD) + b"".join([packb(v) for v in obj])
    if obj is None:
        return b"\xc0"
    if t is bool:
        return b"\xc3" if obj else b"\xc2"
    if t is float:
        return _F64(0xCB, obj)
    if t is bytes:
        n = len(obj)
        if n < 0x100:
            return _U8(0xC4, n) + obj
        return (_U16(0xC5, n) if n < 0x10000 else _U32(0xC6, n)) + obj
    for kind in (dict, list, tuple, bool, int, float, str, bytes):  # subclasses
        if isinstance(obj, kind):
            return packb((list if kind is tuple else kind)(obj))
    raise TypeError(f"cannot write {t.__name__} to a .spacy file")


def pack_str(string: str) -> bytes:
    """msgpack of one str."""
    b = string.encode("utf-8")
    n = len(b)
    if n < 32:
        return _B[0xA0 | n] + b
    if n < 0x100:
        return _U8(0xD9, n) + b
    return (_U16(0xDA, n) if n < 0x10000 else _U32(0xDB, n)) + b


def pack_int(n: int) -> bytes:
    """msgpack of one int, in its smallest form."""
    if 0 <= n < 0x80:
        return _B[n]
    if n >= 0:
        if n < 0x100:
            return _U8(0xCC, n)
        if n < 0x10000:
            return _U16(0xCD, n)
        return _U32(0xCE, n) if n < 0x100000000 else _U64(0xCF, n)
    if n >= -32:
        return _B[n & 0xFF]
    if n >= -0x80:
        return _I8(0xD0, n)
    if n >= -0x8000:
        return _I16(0xD1, n)
    return _I32(0xD2, n) if n >= -0x80000000 else _I64(0xD3, n)


def _header(n: int, fix: int, code16: int, code32: int) -> bytes:
    if n < 16:
        return _B[fix | n]
    return _U16(code16, n) if n < 0x10000 else _U32(code32, n)


def map_header(n: int) -> bytes:
    """The msgpack header of a map of ``n`` pairs."""
    return _header(n, 0x80, 0xDE, 0xDF)


def array_header(n: int) -> bytes:
    """The msgpack header of an array of ``n`` items."""
    return _header(n, 0x90, 0xDC, 0xDD)


#: ``SpanGroups.to_bytes`` of a Doc without span groups (a msgpack empty list).
EMPTY_SPAN_GROUPS = b"\x90"


def bin_bytes(data: bytes) -> bytes:
    """msgpack of one bytes value (bin 8/16/32)."""
    n = len(data)
    if n < 0x100:
        return _U8(0xC4, n) + data
    return (_U16(0xC5, n) if n < 0x10000 else _U32(0xC6, n)) + data


def _bin_header(n: int) -> bytes:
    if n < 0x100:
        return _U8(0xC4, n)
    return _U16(0xC5, n) if n < 0x10000 else _U32(0xC6, n)


def span_groups_bytes(name: str, spans: list[tuple[int, int, int, int, int, int]]) -> bytes:
    """``doc.spans`` holding one group ``name`` of (id, label, start, end, start_char,
    end_char) spans (ids and labels hashed), as ``SpanGroups.to_bytes`` writes it:
    ``{SpanGroup.to_bytes(): [name]}`` with each span ``struct.pack(">QQQllll")``."""
    key = pack_str(name)
    group = b"".join(
        (
            b"\x83\xa4name",
            key,
            b"\xa5attrs\x80\xa5spans",
            array_header(len(spans)),
            *[b"\xc4\x28" + _SPAN.pack(i, 0, lab, s, e, sc, ec) for i, lab, s, e, sc, ec in spans],
        )
    )
    return b"\x81" + bin_bytes(group) + b"\x91" + key


#: ``{"has_unknown_spaces": False}``, the flags of every Doc here.
_KNOWN_SPACES = b"\x81" + pack_str("has_unknown_spaces") + b"\xc2"


class DocBinFile:
    """The Docs of one ``.spacy`` file, collected as their serialised parts."""

    def __init__(self, attrs: list[int]) -> None:
        self.attrs = attrs
        self.tokens: list[bytes] = []
        self.spaces: list[bytes] = []
        self.lengths = array("i")
        self.span_groups: list[bytes] = []
        self.user_data: list[bytes] = []
        self.strings: set[str] = {""}

    def __len__(self) -> int:
        return len(self.lengths)

    def add(self, rows: bytes, spaces: bytes, span_groups: bytes, user_data: bytes) -> None:
        """One Doc: its token rows (uint64, ``len(attrs)`` per token), whitespace flags
        (a byte per token), span groups and user data (msgpack)."""
        self.tokens.append(rows)
        self.spaces.append(spaces)
        self.lengths.append(len(spaces))
        self.span_groups.append(span_groups)
        self.user_data.append(user_data)

    def add_batch(
        self,
        rows: bytes,
        spaces: bytes,
        lengths: list[int],
        span_groups: list[bytes],
        user_data: list[bytes],
    ) -> None:
        """Docs one after the other: their token rows and whitespace flags joined,
        their numbers of tokens, span groups and user data."""
        self.tokens.append(rows)
        self.spaces.append(spaces)
        self.lengths.extend(lengths)
        self.span_groups += span_groups
        self.user_data += user_data

    def parts(self) -> Iterator[bytes]:
        """The msgpack of ``DocBin.to_bytes`` (``store_user_data=True``), in pieces:
        the token rows are never joined into one copy."""
        n = len(self)
        yield b"\x8a\xa7version" + pack_str(DOCBIN_VERSION) + b"\xa5attrs" + packb(self.attrs)
        yield b"\xa6tokens" + _bin_header(sum(map(len, self.tokens)))
        yield from self.tokens
        yield b"\xa6spaces" + bin_bytes(b"".join(self.spaces))
        yield b"\xa7lengths" + bin_bytes(self.lengths.tobytes())
        yield b"\xa7strings" + array_header(len(self.strings))
        yield b"".join(map(pack_str, sorted(self.strings)))
        yield b"\xa4cats" + array_header(n) + b"\x80" * n
        yield b"\xa5flags" + array_header(n) + _KNOWN_SPACES * n
        yield b"\xabspan_groups" + array_header(n)
        yield b"".join(map(bin_bytes, self.span_groups))
        yield b"\xa9user_data" + array_header(n)
        yield b"".join(map(bin_bytes, self.user_data))

    def to_bytes(self) -> bytes:
        """The file's bytes (zlib-compressed msgpack, as ``DocBin.to_bytes``)."""
        return zlib.compress(b"".join(self.parts()), ZLIB_LEVEL)

    def write(self, fh: BinaryIO) -> None:
        """Write the file's bytes to ``fh``, compressed piece by piece."""
        z = zlib.compressobj(ZLIB_LEVEL)
        for part in self.parts():
            fh.write(z.compress(part))
        fh.write(z.flush())
