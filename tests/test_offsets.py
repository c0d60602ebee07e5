"""QtOffsets agrees with what QTextDocument.setPlainText really does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from annotator.gui.offsets import QtOffsets

SPECIAL = [
    "\r\n",
    "\r",
    "\n",
    "\u2029",
    "\u2028",
    "👍🏽",
    "🇮🇷",
    "\u00a0",
    "\u200c",
    "\u200f",
    "\ufeff",
    "\x00",
    "ً",
    "لا",
    "پوتین",
    "A+",
    " ",
]
texts = st.lists(
    st.one_of(st.sampled_from(SPECIAL), st.characters(codec="utf-8", exclude_categories=["Cs"])),
    max_size=40,
).map("".join)


def check(qapp, text: str) -> None:
    doc = QTextDocument()
    doc.setPlainText(text)
    off = QtOffsets(text)
    assert doc.characterCount() - 1 == off.qt_length
    for i, ch in enumerate(text):
        pos = off.to_qt(i)
        if i == 0 and ch == "\ufeff":
            continue  # Qt drops a leading BOM
        got = doc.characterAt(pos)
        if ch in "\r\n\u2029":
            assert got == "\u2029", (i, ch)
        elif ord(ch) > 0xFFFF:
            assert ord(got) == 0xD800 + ((ord(ch) - 0x10000) >> 10), (i, ch)
        else:
            assert got == ch, (i, ch, got)
        assert off.to_cp(pos) <= i + 1
    for cp in range(len(text) + 1):
        back = off.to_cp(off.to_qt(cp))
        # a position shared by \r\n or a dropped BOM maps to one of the sharing code points
        assert off.to_qt(back) == off.to_qt(cp)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_offsets_match_qt(qapp, text):
    check(qapp, text)


def test_examples(qapp):
    for text in ["\ufeffقال\r\nگفت 👍🏽 پوتین", "a\n\rb", "\r\n\r\nx", "", "\ufeff"]:
        check(qapp, text)
    off = QtOffsets("👍🏽 پوتین")
    assert off.to_qt(3) == 5  # two emoji code points = four UTF-16 units, then a space
    assert off.range_to_cp(5, 10) == (3, 8)
