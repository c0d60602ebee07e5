"""Language and direction detection from the letters of a text.

Persian-only letters decide Persian: an Arabic-script text in which at least
``PERSIAN_SHARE`` of the Arabic-script letters are پ چ ژ گ ک ی ۀ (or which uses
Extended Arabic-Indic digits) is ``fa``; any other Arabic-script text is ``ar``.
A text with no Arabic-script letters is ``other``.
"""

from __future__ import annotations

import re

PERSIAN_ONLY = frozenset("پچژگکیۀ")
PERSIAN_DIGITS = frozenset("۰۱۲۳۴۵۶۷۸۹")
PERSIAN_SHARE = 0.02

RTL_LANGS = frozenset({"ar", "fa"})


def is_arabic_letter(ch: str) -> bool:
    """True for Arabic-script letters (not marks, digits or punctuation)."""
    cp = ord(ch)
    return (
        (0x0620 <= cp <= 0x064A)
        or (0x066E <= cp <= 0x06D3)
        or cp == 0x06D5
        or (0x06EE <= cp <= 0x06EF)
        or (0x06FA <= cp <= 0x06FF)
        or (0x0750 <= cp <= 0x077F)
        or (0x08A0 <= cp <= 0x08C9)
        or (0xFB50 <= cp <= 0xFDFF)
        or (0xFE70 <= cp <= 0xFEFC)
    )


_ARABIC_RUN = re.compile(
    "[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f"
    "\u08a0-\u08c9\ufb50-\ufdff\ufe70-\ufefc]+"
)


def detect_language(text: str, sample: int = 4_000) -> str:
    """Return ``"fa"``, ``"ar"`` or ``"other"`` for ``text`` (first ``sample`` chars).

    Counts with C-speed primitives (``str.count``, a regex over letter runs only when
    the Persian letters are too few to decide alone): this runs on every imported
    article."""
    head = text[:sample]
    persian = sum(head.count(ch) for ch in PERSIAN_ONLY)
    if persian == 0:  # most Arabic texts: is there any Arabic-script letter at all?
        return "ar" if _ARABIC_RUN.search(head) else "other"
    # The Persian letters are Arabic-script letters, so 0 < persian <= arabic <= len(head):
    # a share over the whole head is a share over the Arabic letters too.
    if persian / len(head) >= PERSIAN_SHARE or any(d in head for d in PERSIAN_DIGITS):
        return "fa"
    arabic = sum(map(len, _ARABIC_RUN.findall(head)))
    return "fa" if persian / arabic >= PERSIAN_SHARE else "ar"


def direction_for(lang: str) -> str:
    """The base direction of an article in ``lang``: ``"rtl"`` or ``"ltr"``."""
    return "rtl" if lang in RTL_LANGS else "ltr"


def paragraph_direction(paragraph: str, default: str) -> str:
    """Direction of one paragraph (docs/architecture.md): any Arabic-script letter
    makes it RTL; otherwise Latin letters make it LTR; otherwise the article's."""
    has_latin = False
    for ch in paragraph:
        if is_arabic_letter(ch):
            return "rtl"
        if not has_latin and ch.isalpha():
            has_latin = True
    return "ltr" if has_latin else default
