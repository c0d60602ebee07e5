"""The compiled tokenizer and sentence splitter give exactly the boundaries of the
character-walking versions they replaced (tests/reference_tokens.py), on any text."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st
from reference_tokens import old_sentences, old_tokenize, old_tokens

from annotator.text.charclass import build_classes, classes
from annotator.text.tokens import _tokens, sentences, tokenize

from conftest import SEEDS

PIECES = [
    "بوتين",
    "الرئيس",
    "می\u200cخواهم",
    "درگیری\u200cهای",
    "ﷲ",
    "قال:",
    "«نعم»",
    "؟",
    "۔",
    "،",
    "19:31",
    "16-11-2020",
    "۱۴۰۰/۰۵/۰۱",
    "٢٫٥",
    "2.5",
    "file.jpg",
    "Putin's",
    "e.g.",
    "_x_",
    "\u064b",
    "\u0651",
    "\u0640",
    "\u200c",
    "\u200d",
    "\u200f",
    "\u200e",
    "\ufeff",
    "\xad",
    "\xa0",
    "\u2028",
    "\x85",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\t",
    " ",
    ".",
    "!",
    "?",
    "...",
    '."',
    ".»",
    ")",
    "-",
    "/",
    "👍🏽",
    "👨\u200d👩\u200d👧",
    "🇮🇷",
    "🇮🇷🇱",
    "\U0001f3fb",
    "\U000e0067",
    "❤\ufe0f",
    "$",
    "+",
    "\ue000",
    "\U0010ffff",
    "\u0378",
]
texts = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(texts)
@example("و\u064bبوتين 19:31. قال:«نعم»\r\nمی\u200cخواهم 👍🏽\u200d👍 🇮🇷🇮\xa0۲.۵.")
def test_tokens_equal_the_reference(text):
    assert tokenize(text) == old_tokenize(text)


@settings(max_examples=2000, deadline=None)
@given(texts)
@example("قال بوتين: «نعم.» ثم\u200f.\n\n\u200fوأضاف? 2.5 file.jpg\r\nما هذا؟!»")
def test_sentences_equal_the_reference(text):
    assert sentences(text) == old_sentences(text)


@settings(max_examples=500, deadline=None)
@given(texts, st.data())
def test_windowed_tokens_equal_the_reference(text, data):
    """snap_to_words tokenises a window between two whitespace positions."""
    cuts = [0] + [i + 1 for i, c in enumerate(text) if c.isspace()] + [len(text)]
    a = data.draw(st.sampled_from(cuts))
    b = data.draw(st.sampled_from([c for c in cuts if c >= a] or [a]))
    if b > a and b < len(text) and not text[b].isspace():
        b = a
    assert [tuple(t) for t in _tokens(text, a, b)] == old_tokens(text, a, b)


def test_seed_articles_tokenise_as_before():
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        assert tokenize(text) == old_tokenize(text), path.name
        assert sentences(text) == old_sentences(text), path.name


def test_stored_unicode_tables_match_this_python():
    """The stored classes are what unicodedata says for every code point."""
    if classes().version != unicodedata.unidata_version:  # pragma: no cover
        raise AssertionError("stored tables are of another Unicode version")
    assert classes() == build_classes()
