"""Weekday names (Arabic and Persian) with their ISO weekday (Monday = 1 ... Sunday = 7),
and the words around them: ``يوم``/``روز`` (day), ``اليوم``/``امروز`` (today), and the
modifiers that point to the previous or the next occurrence."""

from __future__ import annotations

from annotator.text.fold import fold

WEEKDAYS: tuple[tuple[str, int], ...] = (
    ("الاثنين", 1),
    ("الإثنين", 1),
    ("الثلاثاء", 2),
    ("الأربعاء", 3),
    ("الخميس", 4),
    ("الجمعة", 5),
    ("السبت", 6),
    ("الأحد", 7),
    ("دوشنبه", 1),
    ("سه شنبه", 2),
    ("سه‌شنبه", 2),
    ("چهارشنبه", 3),
    ("چهار شنبه", 3),
    ("پنجشنبه", 4),
    ("پنج شنبه", 4),
    ("پنج‌شنبه", 4),
    ("جمعه", 5),
    ("آدینه", 5),
    ("شنبه", 6),
    ("یکشنبه", 7),
    ("یک شنبه", 7),
    ("یک‌شنبه", 7),
)

DAY_WORDS = ("يوم", "روز")  # "يوم السبت", "روز شنبه": part of the span
TODAY_WORDS = ("اليوم", "امروز")  # "اليوم السبت": today, which is Saturday
PAST_WORDS = ("الماضي", "الفائت", "المنصرم", "گذشته", "پیش", "قبل")
NEXT_WORDS = ("المقبل", "القادم", "آینده", "آتی", "بعد")

FOLDED: dict[str, int] = {"".join(fold(name).split()): day for name, day in WEEKDAYS}
