"""Span edges move in visual terms: in RTL the left arrow moves toward the end."""

from __future__ import annotations

from annotator.core.nudge import nudge

AR = "قال الرئيس فلاديمير بوتين اليوم"
EN = "the president Vladimir Putin said"


def rng(text, piece):
    i = text.index(piece)
    return i, i + len(piece)


def test_rtl_left_edge_left_extends_end():
    s, e = rng(AR, "فلاديمير")
    assert AR[slice(*nudge(AR, s, e, "left", "left", "rtl"))] == "فلاديمير بوتين"


def test_rtl_left_edge_right_shrinks_end():
    s, e = rng(AR, "فلاديمير بوتين")
    assert AR[slice(*nudge(AR, s, e, "left", "right", "rtl"))] == "فلاديمير"


def test_rtl_right_edge_right_extends_start():
    s, e = rng(AR, "بوتين")
    assert AR[slice(*nudge(AR, s, e, "right", "right", "rtl"))] == "فلاديمير بوتين"


def test_ltr_is_mirrored():
    s, e = rng(EN, "Vladimir")
    assert EN[slice(*nudge(EN, s, e, "right", "right", "ltr"))] == "Vladimir Putin"
    assert EN[slice(*nudge(EN, s, e, "left", "left", "ltr"))] == "president Vladimir"


def test_never_empties_and_chars_keep_marks():
    s, e = rng(AR, "بوتين")
    assert nudge(AR, s, e, "left", "right", "rtl", by_word=True) == (s, e)
    text = "ووفقًا للبيان"
    # the left edge in RTL is the end: one character back skips "ا" but keeps "قً" whole
    got = nudge(text, 0, 6, "left", "right", "rtl", by_word=False)
    assert text[slice(*got)] == "ووفقً"
    got = nudge(text, 0, 5, "left", "right", "rtl", by_word=False)
    assert text[slice(*got)] == "ووف"
