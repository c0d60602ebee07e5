"""Language and paragraph-direction detection."""

from __future__ import annotations

import pytest

from annotator.text import lang

from conftest import SEEDS


def test_seed_languages():
    got = [lang.detect_language(p.read_text(encoding="utf-8")) for p in SEEDS]
    assert got == ["fa", "fa", "ar", "ar", "ar"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lebanon 24", "other"),
        ("16-11-2020 | 09:06", "other"),
        ("قال الرئيس إن الاتفاق مهم", "ar"),
        ("رئیس جمهوری روسیه گفت", "fa"),
        # Persian typed on an Arabic keyboard (Arabic yeh and kaf) still has گ/پ
        ("رييس جمهوري گفت که پوتين", "fa"),
    ],
)
def test_detect_language(text, expected):
    assert lang.detect_language(text) == expected


def test_regex_agrees_with_is_arabic_letter():
    ranges = [(0x0600, 0x0700), (0x0750, 0x0780), (0x08A0, 0x08D0), (0xFB50, 0xFF00)]
    for lo, hi in ranges:
        for cp in range(lo, hi):
            ch = chr(cp)
            assert bool(lang._ARABIC_RUN.fullmatch(ch)) == lang.is_arabic_letter(ch), hex(cp)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("19:31 GMT01 ديسمبر/ كانون الأول 2020", "rtl"),
        ("Lebanon 24", "ltr"),
        ("16-11-2020 | 09:06", "rtl"),  # no letters: the article's direction
        ("A+", "ltr"),
        ("", "rtl"),
    ],
)
def test_paragraph_direction(paragraph, expected):
    assert lang.paragraph_direction(paragraph, "rtl") == expected


def test_arabic_article_quoting_a_persian_word_stays_arabic():
    text = SEEDS[2].read_text(encoding="utf-8")
    assert lang.detect_language("كلمة «پایان» " + text) == "ar"
