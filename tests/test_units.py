"""Offset units: code points <-> UTF-16 <-> grapheme clusters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.text.units import (
    CODEPOINT,
    GRAPHEME,
    UTF16,
    OffsetConverter,
    from_codepoint,
    grapheme_starts,
    to_codepoint,
    utf16_len,
)

ALPHABET = st.sampled_from(
    [*"ab سلام\u200c\u00a0\r\n\u064b\u0651", "😀", "👍", "\U0001f3fd", "\u200d", "𝒂"]
)
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)


def test_examples():
    text = "😀a\r\nقً"
    assert utf16_len(text) == 7
    assert from_codepoint(text, 1, UTF16) == 2
    assert to_codepoint(text, 2, UTF16) == 1
    assert grapheme_starts(text) == [0, 1, 2, 4, 6]
    assert to_codepoint(text, 3, GRAPHEME) == 4
    with pytest.raises(ValueError, match="surrogate pair"):
        to_codepoint(text, 1, UTF16)
    with pytest.raises(ValueError, match="inside a grapheme cluster"):
        from_codepoint(text, 5, GRAPHEME)
    with pytest.raises(ValueError, match="out of range"):
        to_codepoint(text, 8, UTF16)
    with pytest.raises(ValueError, match="unknown offset unit"):
        OffsetConverter(text, "bytes")


@given(TEXTS)
def test_utf16_matches_the_encoding(text):
    conv = OffsetConverter(text, UTF16)
    assert conv.length == len(text.encode("utf-16-le")) // 2
    units = text.encode("utf-16-le")
    for i in range(len(text) + 1):
        u = conv.from_codepoint(i)
        assert units[: 2 * u].decode("utf-16-le") == text[:i]
        assert conv.to_codepoint(u) == i


@given(TEXTS)
def test_grapheme_round_trip_and_cover(text):
    conv = OffsetConverter(text, GRAPHEME)
    starts = grapheme_starts(text)
    assert starts[0] == 0 and starts[-1] == len(text) and starts == sorted(set(starts))
    for g in range(conv.length + 1):
        assert conv.from_codepoint(conv.to_codepoint(g)) == g
    for i in range(1, len(text)):
        if text[i - 1 : i + 1] == "\r\n" or (text[i] in "\u064b\u0651" and text[i - 1] in "سلامab"):
            assert i not in starts  # CRLF and a letter with its haraka are one cluster


@given(TEXTS, st.integers(0, 50), st.integers(0, 50))
def test_codepoint_is_identity(text, a, b):
    conv = OffsetConverter(text, CODEPOINT)
    if a <= len(text):
        assert conv.to_codepoint(a) == a == conv.from_codepoint(a)
    else:
        with pytest.raises(ValueError):
            conv.to_codepoint(a)
