"""Search folding (annotator.text.fold): the offset map and matching on the seeds."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text.fold import Folded, find_all, fold, fold_char, fold_with_map

DATA = Path(__file__).resolve().parent.parent / "data"
SEEDS = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))}

# Real lines from the seed articles, with the hazards the seeds lack spliced in.
FA_TITLE = SEEDS["000"].splitlines()[0]  # پوتین با روسای جمهور ترکیه ... (Persian, no ZWNJ)
AR_DATELINE = "19:31 GMT01 ديسمبر/ كانون الأول 2020"
AR_VOFQAN = "بتاريخ 5 أكتوبر 2020، ووفقًا لبيان موسكو، المؤرخ 10 أكتوبر"
AR_NBSP = 'الحالي، "التوصل لاتفاق\xa0وقف إطلاق النار بين أرمينيا'

SPECIALS = [
    "\u200c",  # ZWNJ
    "\u200d",  # ZWJ
    "\u200f",  # RLM
    "\u200e",  # LRM
    "\u061c",  # ALM
    "\xa0",  # NBSP
    "\u0640",  # tatweel
    "\u064b",  # fathatan
    "\u0651",  # shadda
    "\u0670",  # superscript alef
    "\ufeff",  # BOM
    "\r\n",
    "\r",
    "\n",
    "\u2028",
    "🇮🇷",
    "👍🏽",
    "\U0001f44d",
    "\U0001f3fd",
    "\ufefb",  # ﻻ
    "\ufe91",  # ﺑ
    "\ufe70",  # isolated fathatan form
    "\ufdfa",  # ﷺ (NFKC: 18 characters)
    "ß",
    "İ",
    "é",
    "e\u0301",
    "ی",
    "ک",
    "ة",
    "أ",
    "ۀ",
    "۲",
    "٥",
    "،",
    "ء",
]

# Specials that fold to at most one character each (ﻻ gives two, but whole).
SIMPLE = [c for c in SPECIALS if c not in ("ß", "\ufdfa")]

texts = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(SPECIALS),
        st.sampled_from(list("بوتینكرملينووفقًا ")),
    ),
    max_size=40,
).map("".join)


# --- the examples the brief names ----------------------------------------------------


def test_zwnj_missing_or_present_folds_alike():
    assert fold("درگیری\u200cهای") == fold("درگیریهای") == "درگيريهاي"
    assert fold("مسالمت\u200cآمیز") == fold("مسالمتآمیز")


def test_zwnj_query_finds_seed_text_without_zwnj():
    text = SEEDS["000"]
    hits = find_all(text, "درگیری\u200cهای")
    assert len(hits) == 4
    s, e = hits[0]
    assert text[s:e] == "درگیریهای"
    assert (s, e) == (59, 68)


def test_yeh_and_kaf_variants():
    assert fold("بوتين") == fold("بوتین") == "بوتين"
    assert fold("كرملين") == fold("کرملین") == "كرملين"
    assert fold("ى") == fold("ی") == fold("ئ") == "ي"
    assert fold("أإآٱ") == "اااا"
    assert fold("ؤ") == "و"
    assert fold("ة") == fold("ۀ") == fold("ہ") == "ه"


@pytest.mark.parametrize("query", ["کرملین", "كرملين", "كرملین"])
def test_kremlin_found_in_arabic_and_persian_seeds(query):
    counts = {name: len(find_all(text, query)) for name, text in SEEDS.items()}
    assert counts == {"000": 4, "001": 3, "002": 1, "003": 1, "004": 2}
    for text in SEEDS.values():
        for s, e in find_all(text, query):
            assert text[s:e] in ("کرملین", "كرملين")


def test_harakat_match_includes_the_mark():
    text = SEEDS["003"]
    hits = find_all(text, "ووفقا")
    assert len(hits) == 1
    s, e = hits[0]
    assert text[s:e] == "ووفقًا"
    assert find_all("كتابٌ جديد", "كتاب") == [(0, 5)]  # the tanween comes along
    assert find_all(AR_VOFQAN, "ووفقًا") == [(22, 28)]


def test_mark_in_the_middle_of_a_query_is_ignored():
    assert find_all("ووفقا", "ووفقًا") == [(0, 5)]


def test_presentation_forms():
    assert fold("\ufefb") == "لا"
    assert fold("\ufe91\ufe98") == "بت"
    text = "قال \ufefb\ufe97\ufed4\ufe8e\ufed7 اليوم"
    assert find_all(text, "لاتفاق") == [(4, 9)]
    assert fold("\ufe70") == ""  # isolated fathatan form folds like the mark


def test_persian_digits_found_by_ascii():
    text = SEEDS["001"]
    hits = find_all(text, "2020")
    assert [text[s:e] for s, e in hits] == ["۲۰۲۰"]
    assert hits == [(435, 439)]
    assert fold("٢٠٢٠ ۱۹:۳۱") == "2020 19:31"


def test_emoji_before_a_match_shifts_nothing():
    plain = "بوتين وماكرون"
    for prefix in ("🇮🇷 ", "👍🏽", "\U0001f468\u200d\U0001f469\u200d\U0001f467 "):
        text = prefix + plain
        (hit,) = find_all(text, "ماكرون")
        assert text[hit[0] : hit[1]] == "ماكرون"
        assert hit[0] == len(prefix) + 7


def test_crlf_kept_and_counted():
    text = "بوتين\r\nماكرون\rاردوغان\n"
    assert fold(text) == "بوتين\r\nماكرون\rاردوغان\n"
    assert find_all(text, "ماكرون") == [(7, 13)]
    assert find_all(text, "اردوغان") == [(14, 21)]


def test_nbsp_rlm_and_spaces_fold_to_space():
    assert fold(AR_NBSP) == fold(AR_NBSP.replace("\xa0", " "))
    assert find_all(AR_NBSP, "لاتفاق وقف") == [(16, 26)]
    assert fold("a\u202fb\u2007c\td") == "a b c d"
    assert fold("\u200fبوتين\u200e") == "بوتين"
    assert fold("x\u2028y\u2029z") == "x\ny\nz"


def test_dropped_and_kept_characters():
    assert fold("كـــتاب") == "كتاب"
    assert fold("\ufeff\u00ad\u202b\u2067\u200d") == ""
    assert fold("ء") == "ء"
    assert fold("، ؛ ؟") == ", ; ?"
    assert fold("Lebanon 24") == "lebanon 24"
    assert fold("café") == fold("cafe\u0301") == "cafe"
    assert fold("ñ") == "n"
    assert fold("한국") == "한국"  # NFKD + NFC: Hangul syllables stay whole


def test_fold_char_is_the_per_character_function():
    assert fold_char("ک") == "ك"
    assert fold_char("\u064b") == ""
    assert fold_char("ß") == "ss"
    assert "".join(map(fold_char, FA_TITLE)) == fold(FA_TITLE)


def test_fold_with_map_on_a_dateline():
    f = fold_with_map(AR_DATELINE)
    assert f.text == fold(AR_DATELINE)
    assert f.starts == tuple(range(len(AR_DATELINE)))


def test_to_source_expansion_and_empty_ranges():
    src = "aßb\u064b"
    f = fold_with_map(src)
    assert f.text == "assb"
    assert f.starts == (0, 1, 1, 2)
    assert f.to_source(1, 2) == (1, 2)  # half of ß maps to all of ß
    assert f.to_source(3, 4) == (2, 4)  # b plus its fathatan
    assert f.to_source(2, 2) == (1, 1)
    assert f.to_source(4, 4) == (4, 4)
    assert f.to_source(-5, 99) == (0, 4)
    empty = fold_with_map("\u200c\u064b")
    assert empty.text == "" and empty.to_source(0, 0) == (2, 2)


def test_trailing_zwnj_is_not_swallowed():
    text = "پوتین\u200cها"
    assert find_all(text, "پوتین") == [(0, 5)]


def test_empty_needles_find_nothing():
    text = SEEDS["002"]
    for needle in ("", "   ", "\u200c", "\u064b", "\xa0\u200f"):
        assert find_all(text, needle) == []


def test_non_overlapping():
    assert find_all("ااااا", "اا") == [(0, 2), (2, 4)]
    assert find_all("أاإ", "اا") == [(0, 2)]


def test_hits_inside_one_expansion_are_one_range():
    text = "0000\ufdfaی"  # ﷺ folds to صلي الله عليه وسلم
    assert find_all(text, "ی") == [(4, 5), (5, 6)]


def test_folded_is_frozen():
    f = fold_with_map("بوتين")
    assert isinstance(f, Folded)
    with pytest.raises(AttributeError):
        f.text = "x"  # type: ignore[misc]


# --- properties ------------------------------------------------------------------------


@settings(max_examples=200)
@given(texts)
def test_fold_with_map_text_equals_fold(s):
    f = fold_with_map(s)
    assert f.text == fold(s)
    assert len(f.starts) == len(f.text)


@settings(max_examples=200)
@given(texts, texts)
def test_fold_is_a_homomorphism(a, b):
    assert fold(a + b) == fold(a) + fold(b)


@settings(max_examples=200)
@given(texts)
def test_starts_non_decreasing_and_in_range(s):
    f = fold_with_map(s)
    assert all(0 <= i < len(s) for i in f.starts)
    assert all(x <= y for x, y in zip(f.starts, f.starts[1:], strict=False))
    for k, i in enumerate(f.starts):
        assert f.text[k] in fold_char(s[i])


@settings(max_examples=200)
@given(texts, st.data())
def test_to_source_covers_the_folded_range(s, data):
    f = fold_with_map(s)
    n = len(f.text)
    fs = data.draw(st.integers(0, n))
    fe = data.draw(st.integers(fs, n))
    a, b = f.to_source(fs, fe)
    assert 0 <= a <= b <= len(s)
    assert f.text[fs:fe] in fold(s[a:b])
    # [lo, hi) = the folded characters produced by s[a:b].
    lo = bisect_left(f.starts, a)
    hi = bisect_left(f.starts, b)
    assert f.text[lo:hi] == fold(s[a:b])
    if fs == fe:
        assert a == b
        return
    assert lo <= fs and fe <= hi
    assert f.starts[fs] == a
    # Nothing added but the rest of a multi-character expansion at either end...
    partial = len(fold_char(s[a])) + len(fold_char(s[f.starts[fe - 1]]))
    assert (hi - lo) - (fe - fs) <= partial
    # ...and combining marks that fold to nothing after the last character.
    extra = s[f.starts[fe - 1] + 1 : b]
    assert all(unicodedata.category(c) == "Mn" and fold_char(c) == "" for c in extra)
    assert b == len(s) or not (unicodedata.category(s[b]) == "Mn" and fold_char(s[b]) == "")


@settings(max_examples=200)
@given(texts, st.data())
def test_find_all_hits_fold_to_the_needle(s, data):
    n = len(s)
    i = data.draw(st.integers(0, n))
    j = data.draw(st.integers(i, n))
    needle = s[i:j]
    key = fold(needle).strip()
    hits = find_all(s, needle)
    if not key:
        assert hits == []
        return
    assert hits, "the needle was cut from the text, so it must be found"
    previous_end = 0
    for a, b in hits:
        assert previous_end <= a < b <= n
        assert key in fold(s[a:b])
        previous_end = b


@settings(max_examples=200)
@given(st.lists(st.sampled_from(SIMPLE + list("بوتینکرملينووفقا ")), max_size=30).map("".join))
def test_find_all_exact_on_arabic_material(s):
    """Without multi-character expansions the hit folds to exactly the needle."""
    for needle in ("بوتين", "كرملين", "ووفقا", "لا"):
        for a, b in find_all(s, needle):
            assert fold(s[a:b]).strip() == fold(needle).strip()


def test_common_characters_fold_to_themselves():
    from annotator.text.fold import _COMMON, fold_char

    assert [c for c in _COMMON if fold_char(c) != c] == []


def test_frequent_characters_are_replaced_by_their_folding():
    """fold() replaces these first: each must fold to another character (or nothing)
    whose own folding is itself, else the order of replacements would matter."""
    from annotator.text.fold import _FREQUENT, _FREQUENT_PAIRS, fold_char

    assert [ch for ch, _ in _FREQUENT_PAIRS] == list(_FREQUENT)
    for ch, folded in _FREQUENT_PAIRS:
        assert folded == fold_char(ch) != ch
        assert "".join(map(fold_char, folded)) == folded


@given(
    st.lists(
        st.sampled_from(list("یکةأإآئىؤ،ـكيهاو ABCé٣۴\u200c\u200d\u064b\u00a0\r\n👍🏽")),
        max_size=60,
    ).map("".join)
)
def test_fold_matches_per_char_on_frequent_material(s):
    from annotator.text.fold import fold_char

    assert fold(s) == "".join(map(fold_char, s))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_fold_is_idempotent_and_matches_per_char(s):
    from annotator.text.fold import fold_char

    assert fold(s) == "".join(map(fold_char, s))
    assert fold(fold(s)) == fold(s)


def test_many_distinct_characters_take_the_translate_path():
    s = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 200)) + "يی"
    from annotator.text.fold import fold_char

    assert fold(s) == "".join(map(fold_char, s))


def test_find_all_with_names_matches_across_scripts():
    from annotator.text.fold import find_all

    text = "👍🏽 قال بوتين\u00a0إن چین و گاز"
    assert find_all(text, "پوتین") == []  # plain folding keeps پ and ب apart
    (hit,) = find_all(text, "پوتین", names=True)
    assert text[hit[0] : hit[1]] == "بوتين"
    assert [text[a:b] for a, b in find_all(text, "جين", names=True)] == ["چین"]
