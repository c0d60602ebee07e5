"""Month names: Gregorian (Arabic Egyptian/Gulf names, Levantine/Iraqi names, Persian
transliterations), Solar Hijri and Hijri.

Each entry is ``(name as written, calendar, month number, ambiguous)``. ``ambiguous``
marks a name that is also a common word or a personal name (Persian ``مه`` "fog",
``مهر`` "seal", ``تیر`` "arrow", Levantine ``آب`` "father", ``صفر`` "zero", ``رمضان``
as a first name...): the grammar accepts such a name only next to a day or a year, or
after ``شهر`` / ``ماه``. Persian ``می`` (May, and the verb prefix) counts only next to a
day or a year.
Names are folded at import (see :data:`FOLDED`); spaces inside a name match any run of
whitespace, or none (ZWNJ-joined ``ربیع‌الاول`` folds to ``ربيعالاول``).
"""

from __future__ import annotations

from annotator.text.fold import fold

GREGORIAN = "gregorian"
SOLAR_HIJRI = "solar_hijri"
HIJRI = "hijri"

MONTHS: tuple[tuple[str, str, int, bool], ...] = (
    # Gregorian, Egyptian/Gulf Arabic names
    ("يناير", GREGORIAN, 1, False),
    ("فبراير", GREGORIAN, 2, False),
    ("مارس", GREGORIAN, 3, True),  # also the verb "he practised"
    ("أبريل", GREGORIAN, 4, False),
    ("إبريل", GREGORIAN, 4, False),
    ("مايو", GREGORIAN, 5, False),
    ("يونيو", GREGORIAN, 6, False),
    ("يونيه", GREGORIAN, 6, False),
    ("يوليو", GREGORIAN, 7, False),
    ("يوليه", GREGORIAN, 7, False),
    ("أغسطس", GREGORIAN, 8, False),
    ("سبتمبر", GREGORIAN, 9, False),
    ("أكتوبر", GREGORIAN, 10, False),
    ("نوفمبر", GREGORIAN, 11, False),
    ("ديسمبر", GREGORIAN, 12, False),
    # Gregorian, Levantine/Iraqi (Syriac) names
    ("كانون الثاني", GREGORIAN, 1, False),
    ("شباط", GREGORIAN, 2, False),
    ("آذار", GREGORIAN, 3, False),
    ("نيسان", GREGORIAN, 4, False),
    ("أيار", GREGORIAN, 5, False),
    ("حزيران", GREGORIAN, 6, False),
    ("تموز", GREGORIAN, 7, False),
    ("آب", GREGORIAN, 8, True),  # also "father"
    ("أيلول", GREGORIAN, 9, False),
    ("تشرين الأول", GREGORIAN, 10, False),
    ("تشرين أول", GREGORIAN, 10, False),
    ("تشرين الثاني", GREGORIAN, 11, False),
    ("تشرين ثاني", GREGORIAN, 11, False),
    ("كانون الأول", GREGORIAN, 12, False),
    ("كانون أول", GREGORIAN, 12, False),
    ("كانون ثاني", GREGORIAN, 1, False),
    # Gregorian, Persian transliterations
    ("ژانویه", GREGORIAN, 1, False),
    ("ژانوییه", GREGORIAN, 1, False),
    ("فوریه", GREGORIAN, 2, False),
    ("آوریل", GREGORIAN, 4, False),
    ("آپریل", GREGORIAN, 4, False),
    ("مه", GREGORIAN, 5, True),  # also "fog"
    ("می", GREGORIAN, 5, True),  # also the verb prefix: only with a day or a year
    ("ژوئن", GREGORIAN, 6, False),
    ("ژوئیه", GREGORIAN, 7, False),
    ("جولای", GREGORIAN, 7, False),
    ("اوت", GREGORIAN, 8, True),
    ("آگوست", GREGORIAN, 8, False),
    ("سپتامبر", GREGORIAN, 9, False),
    ("اکتبر", GREGORIAN, 10, False),
    ("نوامبر", GREGORIAN, 11, False),
    ("دسامبر", GREGORIAN, 12, False),
    # Solar Hijri
    ("فروردین", SOLAR_HIJRI, 1, False),
    ("اردیبهشت", SOLAR_HIJRI, 2, False),
    ("خرداد", SOLAR_HIJRI, 3, False),
    ("تیر", SOLAR_HIJRI, 4, True),  # also "arrow", "bullet"
    ("مرداد", SOLAR_HIJRI, 5, False),
    ("امرداد", SOLAR_HIJRI, 5, False),
    ("شهریور", SOLAR_HIJRI, 6, False),
    ("مهر", SOLAR_HIJRI, 7, True),  # also "seal", "affection"
    ("آبان", SOLAR_HIJRI, 8, False),
    ("آذر", SOLAR_HIJRI, 9, True),  # also a first name
    ("دی", SOLAR_HIJRI, 10, True),
    ("بهمن", SOLAR_HIJRI, 11, True),  # also a first name
    ("اسفند", SOLAR_HIJRI, 12, False),
    # Hijri (Arabic and Persian spellings fold together)
    ("محرم", HIJRI, 1, True),  # also "forbidden"
    ("صفر", HIJRI, 2, True),  # also "zero"
    ("ربيع الأول", HIJRI, 3, False),
    ("ربيع الاول", HIJRI, 3, False),
    ("ربيع الآخر", HIJRI, 4, False),
    ("ربيع الثاني", HIJRI, 4, False),
    ("ربیع الثانی", HIJRI, 4, False),
    ("جمادى الأولى", HIJRI, 5, False),
    ("جمادى الأول", HIJRI, 5, False),
    ("جمادى الآخرة", HIJRI, 6, False),
    ("جمادى الثانية", HIJRI, 6, False),
    ("جمادى الآخر", HIJRI, 6, False),
    ("جمادى الثاني", HIJRI, 6, False),
    ("رجب", HIJRI, 7, True),  # also a first name
    ("شعبان", HIJRI, 8, True),  # also a first name
    ("رمضان", HIJRI, 9, True),  # also a first name
    ("شوال", HIJRI, 10, False),
    ("ذو القعدة", HIJRI, 11, False),
    ("ذي القعدة", HIJRI, 11, False),
    ("ذیقعده", HIJRI, 11, False),
    ("ذو الحجة", HIJRI, 12, False),
    ("ذي الحجة", HIJRI, 12, False),
    ("ذیحجه", HIJRI, 12, False),
)


def month_key(folded: str) -> str:
    """The lookup key of a folded month name: whitespace removed."""
    return "".join(folded.split())


# key (folded, no whitespace) -> (calendar, month, ambiguous)
FOLDED: dict[str, tuple[str, int, bool]] = {
    month_key(fold(name)): (cal, num, amb) for name, cal, num, amb in MONTHS
}

# Words that introduce a month name and disambiguate it: شهر أكتوبر, ماه مه.
MONTH_WORDS = ("شهر", "ماه")
