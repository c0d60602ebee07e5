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
from collections.abc import Iterable
from typing import Any

_M = 0xC6A4A7935BD1E995
_MASK = 0xFFFFFFFFFFFFFFFF
#: One span of a span group: id, kb_id, label, start, end, start_char, end_char.
_SPAN = struct.Struct(">QQQllll")
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
    return murmurhash64a(string.encode("utf-8")) if string else 0


# -- msgpack (the subset srsly.msgpack_dumps writes for these values) ---------------
def packb(obj: Any) -> bytes:
    """msgpack bytes of ``obj`` as ``srsly.msgpack_dumps`` writes them (use_bin_type:
    str as str, bytes as bin; ints in their smallest form; floats as float64)."""
    out: list[bytes] = []
    _pack(obj, out.append)
    return b"".join(out)


def _pack(obj: Any, put: Any) -> None:
    t = type(obj)
    if t is str:
        b = obj.encode("utf-8")
        n = len(b)
        if n < 32:
            put(bytes((0xA0 | n,)))
        elif n < 0x100:
            put(bytes((0xD9, n)))
        elif n < 0x10000:
            put(b"\xda" + n.to_bytes(2, "big"))
        else:
            put(b"\xdb" + n.to_bytes(4, "big"))
        put(b)
    elif t is int:
        _pack_int(obj, put)
    elif t is dict:
        _header(len(obj), 0x80, b"\xde", b"\xdf", put)
        for k, v in obj.items():
            _pack(k, put)
            _pack(v, put)
    elif t is list or t is tuple:
        _header(len(obj), 0x90, b"\xdc", b"\xdd", put)
        for v in obj:
            _pack(v, put)
    elif obj is None:
        put(b"\xc0")
    elif t is bool:
        put(b"\xc3" if obj else b"\xc2")
    elif t is float:
        put(b"\xcb" + struct.pack(">d", obj))
    elif t is bytes:
        n = len(obj)
        if n < 0x100:
            put(bytes((0xC4, n)))
        elif n < 0x10000:
            put(b"\xc5" + n.to_bytes(2, "big"))
        else:
            put(b"\xc6" + n.to_bytes(4, "big"))
        put(obj)
    elif isinstance(obj, dict):
        _pack(dict(obj), put)
    elif isinstance(obj, (list, tuple)):
        _pack(list(obj), put)
    elif isinstance(obj, bool):
        _pack(bool(obj), put)
    elif isinstance(obj, int):
        _pack(int(obj), put)
    elif isinstance(obj, float):
        _pack(float(obj), put)
    elif isinstance(obj, str):
        _pack(str(obj), put)
    else:
        raise TypeError(f"cannot write {t.__name__} to a .spacy file")


def _header(n: int, fix: int, h16: bytes, h32: bytes, put: Any) -> None:
    if n < 16:
        put(bytes((fix | n,)))
    elif n < 0x10000:
        put(h16 + n.to_bytes(2, "big"))
    else:
        put(h32 + n.to_bytes(4, "big"))


def _pack_int(n: int, put: Any) -> None:
    if 0 <= n < 0x80 or -32 <= n < 0:
        put(struct.pack("b", n) if n < 0 else bytes((n,)))
    elif n >= 0:
        for code, size in ((0xCC, 1), (0xCD, 2), (0xCE, 4), (0xCF, 8)):
            if n < 1 << (8 * size):
                put(bytes((code,)) + n.to_bytes(size, "big"))
                return
        raise OverflowError(f"{n} does not fit msgpack")
    else:
        for code, size in ((0xD0, 1), (0xD1, 2), (0xD2, 4), (0xD3, 8)):
            if n >= -(1 << (8 * size - 1)):
                put(bytes((code,)) + n.to_bytes(size, "big", signed=True))
                return
        raise OverflowError(f"{n} does not fit msgpack")


#: ``SpanGroups.to_bytes`` of a Doc without span groups (a msgpack empty list).
EMPTY_SPAN_GROUPS = b"\x90"


def span_group_bytes(name: str, spans: Iterable[tuple[int, int, int, int, int, int]]) -> bytes:
    """``doc.spans`` holding one group ``name`` of (id, label, start, end, start_char,
    end_char) spans (ids and labels hashed), as ``SpanGroups.to_bytes`` writes it."""
    group = packb(
        {
            "name": name,
            "attrs": {},
            "spans": [_SPAN.pack(i, 0, lab, s, e, sc, ec) for i, lab, s, e, sc, ec in spans],
        }
    )
    return packb({group: [name]})


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

    def to_bytes(self) -> bytes:
        """The file's bytes (``DocBin.to_bytes`` with ``store_user_data=True``)."""
        n = len(self)
        msg = {
            "version": DOCBIN_VERSION,
            "attrs": self.attrs,
            "tokens": b"".join(self.tokens),
            "spaces": b"".join(self.spaces),
            "lengths": self.lengths.tobytes(),
            "strings": sorted(self.strings),
            "cats": [{}] * n,
            "flags": [{"has_unknown_spaces": False}] * n,
            "span_groups": self.span_groups,
            "user_data": self.user_data,
        }
        return zlib.compress(packb(msg), ZLIB_LEVEL)
