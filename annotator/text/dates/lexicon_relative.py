"""Relative date words, resolved against the article's publication date (the anchor).

Each entry is ``(phrase, unit, offset)``: unit ``day`` (value YYYY-MM-DD), ``week``
(YYYY-Www), ``month`` (YYYY-MM), ``year`` (YYYY) or ``decade`` (YYY); offset counts
units from the anchor.
"""

from __future__ import annotations

from annotator.text.fold import fold

RELATIVE: tuple[tuple[str, str, int], ...] = (
    # Arabic, days
    ("أمس الأول", "day", -2),
    ("أول أمس", "day", -2),
    ("أول من أمس", "day", -2),
    ("أمس", "day", -1),
    ("يوم أمس", "day", -1),
    ("الليلة الماضية", "day", -1),
    ("الليلة", "day", 0),
    ("يوم غد", "day", 1),
    ("البارحة", "day", -1),
    ("اليوم", "day", 0),
    ("غدا", "day", 1),
    ("بعد غد", "day", 2),
    # Arabic, weeks, months, years
    ("الأسبوع الماضي", "week", -1),
    ("الأسبوع الفائت", "week", -1),
    ("الأسبوع المنصرم", "week", -1),
    ("الأسبوع المقبل", "week", 1),
    ("الأسبوع القادم", "week", 1),
    ("هذا الأسبوع", "week", 0),
    ("الأسبوع الجاري", "week", 0),
    ("الأسبوع الحالي", "week", 0),
    ("الشهر الماضي", "month", -1),
    ("الشهر الفائت", "month", -1),
    ("الشهر المنصرم", "month", -1),
    ("الشهر المقبل", "month", 1),
    ("الشهر القادم", "month", 1),
    ("هذا الشهر", "month", 0),
    ("الشهر الجاري", "month", 0),
    ("الشهر الحالي", "month", 0),
    ("العام الماضي", "year", -1),
    ("السنة الماضية", "year", -1),
    ("العام المنصرم", "year", -1),
    ("العام الفائت", "year", -1),
    ("العام المقبل", "year", 1),
    ("العام القادم", "year", 1),
    ("السنة المقبلة", "year", 1),
    ("السنة القادمة", "year", 1),
    ("هذا العام", "year", 0),
    ("العام الجاري", "year", 0),
    ("العام الحالي", "year", 0),
    ("السنة الحالية", "year", 0),
    ("العقد الماضي", "decade", -1),
    ("العقد المقبل", "decade", 1),
    ("العقد الحالي", "decade", 0),
    # Persian, days
    ("پریروز", "day", -2),
    ("دیروز", "day", -1),
    ("دیشب", "day", -1),
    ("امروز", "day", 0),
    ("امشب", "day", 0),
    ("فردا", "day", 1),
    ("پس فردا", "day", 2),
    ("پس‌فردا", "day", 2),
    # Persian, weeks, months, years
    ("هفته گذشته", "week", -1),
    ("هفته پیش", "week", -1),
    ("هفته قبل", "week", -1),
    ("هفته آینده", "week", 1),
    ("هفته آتی", "week", 1),
    ("هفته بعد", "week", 1),
    ("این هفته", "week", 0),
    ("هفته جاری", "week", 0),
    ("ماه گذشته", "month", -1),
    ("ماه پیش", "month", -1),
    ("ماه قبل", "month", -1),
    ("ماه آینده", "month", 1),
    ("ماه آتی", "month", 1),
    ("ماه بعد", "month", 1),
    ("این ماه", "month", 0),
    ("ماه جاری", "month", 0),
    ("سال گذشته", "year", -1),
    ("سال پیش", "year", -1),
    ("سال قبل", "year", -1),
    ("پارسال", "year", -1),
    ("سال آینده", "year", 1),
    ("سال آتی", "year", 1),
    ("سال بعد", "year", 1),
    ("امسال", "year", 0),
    ("سال جاری", "year", 0),
    ("دهه گذشته", "decade", -1),
    ("دهه آینده", "decade", 1),
)

FOLDED: dict[str, tuple[str, int]] = {
    "".join(fold(p).split()): (unit, off) for p, unit, off in RELATIVE
}
