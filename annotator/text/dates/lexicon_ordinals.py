"""Ordinal day words: Persian (یازدهم، نهم، بیست و یکم) and Arabic (الحادي عشر،
العشرين، الحادي والعشرين), 1 to 31, generated from their parts. Keys are folded with
single spaces; the grammar lets any whitespace (or none, for ZWNJ) stand for a space
and ``و`` attach to the next word."""

from __future__ import annotations

from annotator.text.fold import fold

_FA_UNITS = ("یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم")
_FA_TEENS = (
    "دهم",
    "یازدهم",
    "دوازدهم",
    "سیزدهم",
    "چهاردهم",
    "پانزدهم",
    "شانزدهم",
    "هفدهم",
    "هجدهم",
    "نوزدهم",
)
_FA_TENS = {20: ("بیست", "بیستم"), 30: ("سی", "سی ام")}

_AR_UNITS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن")
_AR_UNITS += ("التاسع",)
_AR_TEEN_HEADS = ("الحادي", *_AR_UNITS[1:])
_AR_TENS = {20: "العشرين", 30: "الثلاثين"}


def _build() -> dict[str, int]:
    table: dict[str, int] = {"اول": 1, "یکم": 1, "سی‌ام": 30, "سیام": 30, "هیجدهم": 18}
    for i, word in enumerate(_FA_UNITS, 1):
        table[word] = i
    for i, word in enumerate(_FA_TEENS, 10):
        table[word] = i
    for tens, (base, ordinal) in _FA_TENS.items():
        table[ordinal] = tens
        for i, word in enumerate(_FA_UNITS, 1):
            if tens + i <= 31:
                table[f"{base} و {word}"] = tens + i
    for i, word in enumerate(_AR_UNITS, 1):
        table[word] = i
    table["العاشر"] = 10
    for i, head in enumerate(_AR_TEEN_HEADS, 11):
        table[f"{head} عشر"] = i
    for tens, word in _AR_TENS.items():
        table[word] = tens
        for i, head in enumerate(("الحادي", *_AR_UNITS[1:]), 1):
            if tens + i <= 31:
                table[f"{head} و{word}"] = tens + i
                table[f"{head} و {word}"] = tens + i
    return table


ORDINALS: dict[str, int] = _build()

# key: folded, whitespace removed
FOLDED: dict[str, int] = {"".join(fold(k).split()): v for k, v in ORDINALS.items()}
