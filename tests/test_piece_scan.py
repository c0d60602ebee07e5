"""The CoNLL exporter's shortcuts (issue 13) against the full tokenizer and sentence
splitter, on any text: a piece between single spaces that scan_pieces does not flag
is exactly one token; its sentence breaks end the sentences of ``sentences``; and
the exporter's output is the old one's for any text and spans."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from reference_conll import assert_same_as_old
from test_tokens_regex import texts

from annotator.core.model import Span
from annotator.text.pieces import not_one_word, scan_pieces, sentence_breaks
from annotator.text.tokens import _blank, sentences, tokenize

HOSTILE = "و\u064bبوتين  19:31. قال:«نعم»\r\n\u200cمی\u200cخواهم 👍🏽\u200d👍 🇮🇷\xa0۲.۵؟\u064e _x "


def _pieces(text: str) -> list[tuple[int, int]]:
    out, s = [], 0
    for part in text.split(" "):
        out.append((s, s + len(part)))
        s += len(part) + 1
    return out


@settings(max_examples=600, deadline=None)
@given(texts)
@example(HOSTILE)
@example(" \u200cبوتين")
@example("بوتين ")
def test_an_unflagged_piece_is_one_token(text):
    flagged = {text.rfind(" ", 0, pos) + 1 for pos in not_one_word(text)}
    for a, b in _pieces(text):
        if a not in flagged:
            assert tokenize(text[a:b]) == [(0, b - a)], repr(text[a:b])
            assert (a, b) in tokenize(text)


@settings(max_examples=600, deadline=None)
@given(texts)
@example(HOSTILE)
@example("قال بوتين: «نعم.» ثم\u200f.\n\n\u200fوأضاف? 2.5 file.jpg\r\nما هذا؟!»")
def test_every_sentence_ends_at_a_break_less_blanks(text):
    breaks = sentence_breaks(text)
    assert breaks == sorted(breaks) and breaks[-1] == len(text)
    for _, e in sentences(text):
        b = next(b for b in breaks if b >= e)
        assert all(_blank(c) for c in text[e:b])
    assert scan_pieces(text) == (not_one_word(text), breaks)


@st.composite
def documents(draw):
    text = draw(texts)
    spans = []
    for i in range(draw(st.integers(0, 6))):
        if len(text) < 2:
            break
        a = draw(st.integers(0, len(text) - 2))
        b = draw(st.integers(a + 1, min(len(text), a + 12)))
        spans.append(Span(i + 1, 1, "x", draw(st.sampled_from(["SPEAKER", "CLAIM"])), a, b, ""))
    return text, spans


@settings(max_examples=600, deadline=None)
@given(documents())
@example((HOSTILE, [Span(1, 1, "x", "CLAIM", 13, 30, ""), Span(2, 1, "x", "DATE", 5, 9, "")]))
def test_conll_lines_are_the_old_ones_on_any_text(case):
    text, spans = case
    assert_same_as_old(text, spans)
