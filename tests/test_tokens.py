"""Tokens, grapheme clusters, snapping, clitics and sentences (annotator.text.tokens)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text.tokens import (
    CLITIC_PREFIXES,
    SAFE_PREFIXES,
    clitic_candidates,
    grapheme_bounds,
    sentence_bounds,
    snap_to_words,
    strip_clitic,
    tokenize,
    trim,
)

DATA = Path(__file__).resolve().parent.parent / "data"
SEEDS = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))}

SPECIALS = [
    "\u200c",
    "\u200d",
    "\u200f",
    "\xa0",
    "\u0640",
    "\u064b",
    "\u0651",
    "\ufe0f",
    "\r\n",
    "\n",
    " ",
    "🇮🇷",
    "👍🏽",
    "\U0001f44d",
    "\U0001f3fd",
    "\U0001f1ee",
    "\U0001f468\u200d\U0001f469",
    "«",
    "»",
    "،",
    ".",
    ":",
    "-",
    '"',
    "19:31",
    "2.5",
    "۲۰۲۰",
]
texts = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(SPECIALS),
        st.sampled_from(list("بوتینكرملينووفقًا ")),
    ),
    max_size=40,
).map("".join)


def words(text: str) -> list[str]:
    return [text[s:e] for s, e in tokenize(text)]


def is_boundary(text: str, i: int) -> bool:
    """``i`` is a grapheme-cluster boundary by grapheme_bounds' own definition."""
    return grapheme_bounds(text, i, i) == (i, i)


# --- tokenize ------------------------------------------------------------------------


def test_tokenize_persian_seed_sentence():
    line = SEEDS["000"].splitlines()[1][:60]
    assert line.startswith("به گزارش مرور نیوز")
    assert words(line)[:10] == [
        "به", "گزارش", "مرور", "نیوز", "به", "نقل", "از", "خبرگزاری", "«", "تاس",
    ]  # fmt: skip
    assert words(line)[10:12] == ["»", "،"]


def test_tokenize_zwnj_word_is_one_token():
    assert words("من می\u200cخواهم بروم") == ["من", "می\u200cخواهم", "بروم"]
    assert words("درگیری\u200cهای نظامی") == ["درگیری\u200cهای", "نظامی"]
    assert words("پوتین\u200c «") == ["پوتین\u200c", "«"]  # the ZWNJ stays with its letter


def test_tokenize_arabic_dateline_numbers():
    assert words("19:31 GMT01 ديسمبر/ كانون الأول 2020") == [
        "19:31", "GMT01", "ديسمبر", "/", "كانون", "الأول", "2020",
    ]  # fmt: skip
    assert words("16-11-2020 | 09:06") == ["16-11-2020", "|", "09:06"]
    assert words("2.5 مليون، ١٢٫٥") == ["2.5", "مليون", "،", "١٢٫٥"]
    assert words("Doc-P-766587.jpg") == ["Doc", "-", "P", "-", "766587", ".", "jpg"]
    assert words("2020.") == ["2020", "."]


def test_tokenize_marks_tatweel_and_quotes():
    assert words('أكد "ووفقًا" كـــتاب') == ["أكد", '"', "ووفقًا", '"', "كـــتاب"]


def test_tokenize_emoji_and_invisible_characters():
    text = "🇮🇷 بوتين👍🏽\u200fماكرون \U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert words(text) == [
        "🇮🇷", "بوتين", "👍🏽", "ماكرون", "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    ]  # fmt: skip
    assert words("❤\ufe0f") == ["❤\ufe0f"]


def test_tokenize_whitespace_kinds():
    text = "بوتين\r\nماكرون\xa0اردوغان\tو\u2028روسيا"
    assert tokenize(text) == [(0, 5), (7, 13), (14, 21), (22, 23), (24, 29)]


def test_tokenize_nbsp_seed_line():
    text = SEEDS["004"]
    i = text.index("مينسك\xa0 التابعة")
    spans = [t for t in tokenize(text) if i <= t[0] < i + 20]
    assert [text[s:e] for s, e in spans][:2] == ["مينسك", "التابعة"]


# --- grapheme_bounds -----------------------------------------------------------------


def test_grapheme_bounds_letter_and_mark():
    text = "ووفقًا لبيان"
    assert grapheme_bounds(text, 0, 4) == (0, 5)  # ق plus its tanween
    assert grapheme_bounds(text, 4, 6) == (3, 6)
    assert grapheme_bounds(text, 4, 4) == (3, 3)
    assert grapheme_bounds(text, 5, 5) == (5, 5)


def test_grapheme_bounds_emoji():
    text = "a🇮🇷b👍🏽c"
    assert grapheme_bounds(text, 2, 3) == (1, 3)  # half a flag
    assert grapheme_bounds(text, 4, 5) == (4, 6)  # thumb without its skin tone
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert grapheme_bounds(family, 2, 3) == (0, 5)
    assert grapheme_bounds("x🇮🇷🇺🇸", 3, 4) == (3, 5)  # the second flag only


def test_grapheme_bounds_crlf():
    text = "ا\r\nب"
    assert grapheme_bounds(text, 2, 3) == (1, 3)
    assert grapheme_bounds(text, 1, 2) == (1, 3)


# --- snap_to_words / trim ------------------------------------------------------------


def test_snap_expands_and_trims_quotes():
    text = SEEDS["000"]
    i = text.index('" ولادیمیر پوتین "')
    s, e = snap_to_words(text, i, i + 13)  # from the quote into the middle of پوتین
    assert text[s:e] == "ولادیمیر پوتین"
    s, e = snap_to_words(text, i + 3, i + 18)
    assert text[s:e] == "ولادیمیر پوتین"


def test_snap_keeps_inner_punctuation_and_marks():
    text = "، ووفقًا لبيان موسكو، المؤرخ"
    s, e = snap_to_words(text, 4, 18)
    assert text[s:e] == "ووفقًا لبيان موسكو"
    s, e = snap_to_words(text, 16, 23)
    assert text[s:e] == "موسكو، المؤرخ"
    assert text[6] == "\u064b"
    s, e = snap_to_words(text, 6, 7)  # just the tanween
    assert text[s:e] == "ووفقًا"


def test_snap_over_emoji_and_rlm():
    text = "👍🏽 \u200fبوتين\u200f 🇮🇷"
    s, e = snap_to_words(text, 0, len(text))
    assert text[s:e] == "بوتين"
    s, e = snap_to_words(text, 1, 2)  # only the skin tone
    assert (s, e) == (0, 2)
    assert snap_to_words(text, 2, 4) == (2, 2)  # space and RLM only


def test_snap_punctuation_only_and_empty():
    text = "قال: «نعم»"
    i = text.index("«")
    assert snap_to_words(text, i, i + 1) == (i, i + 1)
    assert snap_to_words(text, 4, 5) == (4, 4)  # a space
    assert snap_to_words(text, 2, 2) == (2, 2)


def test_trim():
    text = ' « "بوتين"،\xa0\u200f'
    s, e = trim(text, 0, len(text))
    assert text[s:e] == "بوتين"
    text = "می\u200c «"
    assert trim(text, 0, len(text)) == (0, 3)  # the ZWNJ belongs to ی
    assert trim("«»", 0, 2) == (0, 0)
    assert trim("ووفقًا", 4, 6) == (4, 6)  # never widens


# --- clitics ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وبوتين", "بوتين"),
        ("بوتين", "بوتين"),
        ("الرئيس", "رئيس"),
        ("والرئيس", "رئيس"),
        ("للرئيس", "رئيس"),
        ("بالاتفاق", "اتفاق"),
        ("ونظيره", "نظيره"),
        ("وَبوتين", "بوتين"),
        ("ول", "ول"),
        ("ألمانيا", "ألمانيا"),
        ("كرملين", "كرملين"),
    ],
)
def test_strip_clitic(word, expected):
    text = f"قال {word} اليوم"
    s, e = strip_clitic(text, 4, 4 + len(word))
    assert text[s:e] == expected
    assert e == 4 + len(word)


def test_clitic_candidates_and_prefix_lists():
    text = "وبوتين"
    assert [text[s:e] for s, e in clitic_candidates(text, 0, 6)] == ["وتين", "بوتين"]
    assert clitic_candidates("بوتين", 0, 5) == [(1, 5)]
    assert clitic_candidates("«بوتين", 0, 6) == []
    assert CLITIC_PREFIXES[0] == "وبال"
    assert list(CLITIC_PREFIXES) == sorted(CLITIC_PREFIXES, key=len, reverse=True)
    for p in ("و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "لل", "وب", "ول"):
        assert p in CLITIC_PREFIXES
    assert "لال" not in CLITIC_PREFIXES
    assert "ب" not in SAFE_PREFIXES and "وب" not in SAFE_PREFIXES


# --- sentences ---------------------------------------------------------------------------


def test_sentence_bounds_on_seed():
    text = SEEDS["003"]
    i = text.index("ووفقًا")
    s, e = sentence_bounds(text, i)
    sentence = text[s:e]
    assert "ووفقًا" in sentence
    assert sentence.endswith(".")
    assert "\n" not in sentence


def test_sentence_bounds_rules():
    text = "بحث الرئيس الروسي. وقال 2.5 مليون! هل؟ «نعم.» سطر\r\nآخر"
    got = [text[slice(*sentence_bounds(text, p))] for p in (0, 20, 36, 41, 47, len(text))]
    assert got == ["بحث الرئيس الروسي.", "وقال 2.5 مليون!", "هل؟", "«نعم.»", "سطر", "آخر"]
    assert sentence_bounds("أ\n\nب", 2) == (2, 2)
    assert sentence_bounds("", 0) == (0, 0)


# --- properties --------------------------------------------------------------------------


@settings(max_examples=200)
@given(texts)
def test_tokens_sorted_disjoint_and_grapheme_safe(text):
    previous = 0
    for s, e in tokenize(text):
        assert previous <= s < e <= len(text)
        assert is_boundary(text, s) and is_boundary(text, e)
        assert grapheme_bounds(text, s, e) == (s, e)
        assert not text[s].isspace() and not text[e - 1].isspace()
        previous = e
    # No token swallows whitespace.
    for s, e in tokenize(text):
        assert not any(c.isspace() for c in text[s:e])


@settings(max_examples=200)
@given(texts, st.data())
def test_snap_to_words_properties(text, data):
    n = len(text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    s, e = snap_to_words(text, a, b)
    assert 0 <= s <= e <= n
    if s < e:
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert unicodedata.category(text[s]) not in ("Cf", "Cc")
        assert is_boundary(text, s) and is_boundary(text, e)
    if a == b:
        assert (s, e) == (a, a)


@settings(max_examples=200)
@given(texts, st.data())
def test_trim_and_grapheme_bounds_properties(text, data):
    n = len(text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    s, e = trim(text, a, b)
    assert a <= s <= e <= b
    if s < e:
        assert not text[s].isspace() and not text[e - 1].isspace()
    gs, ge = grapheme_bounds(text, a, b)
    if a == b:  # an empty range moves to the start of its cluster
        assert gs == ge <= a
    else:
        assert gs <= a and b <= ge
    assert grapheme_bounds(text, gs, ge) == (gs, ge)


@settings(max_examples=200)
@given(texts, st.data())
def test_sentence_bounds_properties(text, data):
    pos = data.draw(st.integers(0, len(text)))
    s, e = sentence_bounds(text, pos)
    assert 0 <= s <= e <= len(text)
    if s < e:
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert "\n" not in text[s:e]
