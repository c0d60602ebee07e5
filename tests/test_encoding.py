"""Decoding rules of annotator.io.encoding: exact text, named encoding, no wrong guesses."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.io.encoding import (
    AMBIGUOUS,
    BINARY_FILE,
    EMPTY_FILE,
    HEAD_BYTES,
    NO_ENCODING,
    decode,
    detect_stream_encoding,
    looks_arabic,
)
from annotator.io.errors import DecodeProblem

DATA = Path(__file__).resolve().parents[1] / "data"
SEEDS = sorted(DATA.glob("*.txt"))
ARABIC_SEEDS = [path for path in SEEDS if path.name[:3] in {"002", "003", "004"}]


def seed_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def test_five_seeds_are_there() -> None:
    assert [path.name[:3] for path in SEEDS] == ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_utf8_seed_decodes_exactly(path: Path) -> None:
    data = path.read_bytes()
    assert decode(data) == (data.decode("utf-8"), "utf-8")


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_bom_files_decode_without_the_bom(path: Path) -> None:
    text = seed_text(path)
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode(text.encode("utf-16")) == (text, "utf-16")  # native order, with BOM
    assert decode(codecs.BOM_UTF16_LE + text.encode("utf-16-le")) == (text, "utf-16")
    assert decode(codecs.BOM_UTF16_BE + text.encode("utf-16-be")) == (text, "utf-16")


@pytest.mark.parametrize("path", ARABIC_SEEDS, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("encoding", ["cp1256", "iso8859-6"])
def test_arabic_code_pages_are_detected(path: Path, encoding: str) -> None:
    text = seed_text(path)
    assert decode(text.encode(encoding)) == (text, encoding)


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859-6"])
def test_arabic_paragraph_is_detected(encoding: str) -> None:
    paragraph = seed_text(ARABIC_SEEDS[1]).split("\n\n")[1]
    assert len(paragraph) > 150
    assert decode(paragraph.encode(encoding)) == (paragraph, encoding)


def test_persian_in_windows_1256_is_detected() -> None:
    # Windows-1256 has no Persian yeh (U+06CC); Persian files in it use Arabic yeh.
    text = seed_text(SEEDS[0]).replace("ی", "ي")
    assert decode(text.encode("cp1256")) == (text, "cp1256")


def test_the_same_bytes_read_differently_in_the_two_code_pages() -> None:
    data = seed_text(ARABIC_SEEDS[1]).encode("iso8859-6")
    assert data.decode("cp1256") != data.decode("iso8859-6")  # so detection matters
    assert not looks_arabic(data.decode("cp1256"))
    assert looks_arabic(data.decode("iso8859-6"))


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Café crème à la française, très élégant", "latin-1"),
        ("Ça va très bien, merci beaucoup. Où êtes-vous?", "cp1252"),
        ("Привет мир, как дела? Всё хорошо, спасибо.", "cp1251"),
        ("Привет мир", "koi8-r"),
        ("Η Αθήνα είναι η πρωτεύουσα της Ελλάδας", "iso8859-7"),
        ("ירושלים היא עיר הבירה", "cp1255"),
        ("中华人民共和国", "gbk"),
    ],
)
def test_other_legacy_encodings_are_refused_not_guessed(text: str, encoding: str) -> None:
    with pytest.raises(DecodeProblem) as info:
        decode(text.encode(encoding))
    assert str(info.value) == NO_ENCODING
    assert "--encoding" in NO_ENCODING


def test_short_text_that_both_code_pages_explain_is_refused() -> None:
    # "مباشر" in ISO-8859-6 reads "هباشر" in Windows-1256: both look Arabic.
    data = "مباشر".encode("iso8859-6")
    assert data.decode("cp1256") == "هباشر"
    with pytest.raises(DecodeProblem) as info:
        decode(data)
    assert str(info.value) == AMBIGUOUS
    assert decode(data, "iso8859-6") == ("مباشر", "iso8859-6")


@pytest.mark.parametrize("data", [b"", b"   \r\n\t\n", codecs.BOM_UTF8, b"\xff\xfe"])
def test_empty_files(data: bytes) -> None:
    with pytest.raises(DecodeProblem) as info:
        decode(data)
    assert str(info.value) == EMPTY_FILE == "empty file"
    assert info.value.line == 0


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"hello\x00world",
        "سلام".encode("utf-16-le"),  # UTF-16 without a BOM has NUL bytes
        bytes(range(1, 32)) * 3 + b"some text",
        codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"),
    ],
)
def test_binary_files(data: bytes) -> None:
    with pytest.raises(DecodeProblem) as info:
        decode(data)
    assert str(info.value) == BINARY_FILE == "binary file, not text"


def test_a_few_control_characters_are_still_text() -> None:
    text = "سلام\x01 دنیا " * 3 + "x" * 100
    assert decode(text.encode("utf-8")) == (text, "utf-8")


def test_exact_characters_are_kept() -> None:
    text = "a\r\nb\rc\nd\u00a0e\u200cf\u200fg😀h\u2028i\ufeffj"
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(text.encode("utf-16")) == (text, "utf-16")


def test_forced_encoding() -> None:
    text = seed_text(ARABIC_SEEDS[0])
    assert decode(text.encode("cp1256"), "Windows-1256") == (text, "cp1256")
    assert decode(codecs.BOM_UTF8 + b"abc", "utf-8") == ("abc", "utf-8-sig")
    assert decode("سلام".encode("utf-16-le"), "utf-16-le") == ("سلام", "utf-16-le")


def test_forced_encoding_that_does_not_fit_names_the_line() -> None:
    data = "line one\nline two\nسلام\n".encode("cp1256")
    with pytest.raises(DecodeProblem) as info:
        decode(data, "utf-8")
    assert info.value.line == 3
    assert str(info.value).startswith("undecodable bytes: d3 at byte 18 is not valid utf-8")


def test_unknown_forced_encoding() -> None:
    with pytest.raises(DecodeProblem, match="unknown encoding 'klingon' \\(--encoding\\)"):
        decode(b"abc", "klingon")


def test_broken_utf16_is_undecodable() -> None:
    data = codecs.BOM_UTF16_LE + "ab\n".encode("utf-16-le") + b"\x00\xdc"  # lone surrogate
    with pytest.raises(DecodeProblem) as info:
        decode(data)
    assert str(info.value).startswith("undecodable bytes:")
    assert info.value.line == 2


def test_stream_detection_survives_a_character_cut_at_the_head_boundary() -> None:
    data = b"a" * (HEAD_BYTES - 1) + "بوتين".encode()
    head = data[:HEAD_BYTES]
    with pytest.raises(UnicodeDecodeError):
        head.decode("utf-8")
    assert detect_stream_encoding(head) == "utf-8"
    assert detect_stream_encoding(data, complete=True) == "utf-8"


def test_stream_detection_rules() -> None:
    assert detect_stream_encoding(codecs.BOM_UTF8 + b"{}") == "utf-8-sig"
    assert detect_stream_encoding("{}".encode("utf-16")) == "utf-16"
    text = seed_text(ARABIC_SEEDS[2])
    assert detect_stream_encoding(text.encode("iso8859-6")) == "iso8859-6"
    assert detect_stream_encoding(b"abc", "WINDOWS-1256") == "cp1256"
    with pytest.raises(DecodeProblem, match=r"^empty file$"):
        detect_stream_encoding(b" \n ", complete=True)
    assert detect_stream_encoding(b" \n ") == "utf-8"  # more may follow
    with pytest.raises(DecodeProblem, match=r"^binary file, not text$"):
        detect_stream_encoding(b"\x00\x01\x02")
    with pytest.raises(DecodeProblem, match=r"^not valid UTF-8 and no Arabic"):
        detect_stream_encoding("Grüße aus München, schöne Straße".encode("latin-1"))


TEXT = st.text(
    alphabet=st.one_of(st.characters(blacklist_categories=("Cs", "Cc")), st.sampled_from("\r\n\t")),
    min_size=1,
).filter(str.strip)


@settings(max_examples=200)
@given(TEXT)
def test_utf8_and_utf16_round_trip(text: str) -> None:
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(text.encode("utf-16")) == (text, "utf-16")
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8")) == (text, "utf-8-sig")
