"""DATE values beside their Gregorian ISO value: Solar Hijri for Persian articles,
Hijri (Umm al-Qura) where the text was written in the Hijri calendar."""

from __future__ import annotations

import pytest

from annotator.services.calendars import beside_value, hijri_text, source_calendar


@pytest.mark.parametrize(
    ("text", "lang", "recorded", "expected"),
    [
        ("15 رمضان 1442", "ar", "", "hijri"),
        ("الخامس عشر من رمضان ١٤٤٢", "ar", "gregorian", "hijri"),  # default kept by hand
        ("1442 هـ", "ar", "", "hijri"),  # a bare year with its era, no year noun
        ("١٤٤٢هـ", "ar", "", "hijri"),
        ("۱۵ رمضان ۱۴۴۲", "fa", "", "hijri"),
        ("سال ۱۴۴۲ قمری", "fa", "", "hijri"),
        ("۱۷ آبان ۱۳۹۹", "fa", "", "solar_hijri"),
        ("10 أكتوبر", "ar", "", "gregorian"),
        ("سنة 2020 م", "ar", "", "gregorian"),
        ("اليوم\u00a0الثلاثاء", "ar", "hijri", "hijri"),  # the analyst's choice stands
        ("🙂 دیروز", "fa", "", "gregorian"),
    ],
)
def test_the_source_calendar_is_read_from_the_attribute_or_the_text(text, lang, recorded, expected):
    assert source_calendar(text, lang, recorded) == expected


def test_hijri_days_months_and_years():
    assert hijri_text("2021-04-27", "ar") == "15 رمضان 1442 هـ"
    assert hijri_text("2021-04-27T19:31", "ar") == "15 رمضان 1442 هـ"
    assert hijri_text("2021-04-27", "fa") == "۱۵ رمضان ۱۴۴۲ ه\u200d.ق"
    assert hijri_text("2021-04-13/2021-05-12", "ar") == "رمضان 1442 هـ"  # the month
    assert hijri_text("2020-08-20/2021-08-08", "ar") == "1442 هـ"  # the year
    # Eid al-Adha 1442 (10 Dhu al-Hijjah) fell on 20 July 2021 in Saudi Arabia
    assert hijri_text("2021-07-20", "fa") == "۱۰ ذی‌الحجه ۱۴۴۲ ه\u200d.ق"
    assert hijri_text("2021-04-14/2021-05-12", "ar") == ""  # not a whole Hijri month
    assert hijri_text("2021-04", "ar") == ""  # a Gregorian month: no Hijri equivalent
    assert hijri_text("1800-01-01", "ar") == ""  # before Umm al-Qura's tables


def test_beside_the_gregorian_value():
    # Persian: Solar Hijri, unless the text was Hijri
    assert beside_value("2020-11-07", "۱۷ آبان ۱۳۹۹", "fa") == "۱۷ آبان ۱۳۹۹"
    assert beside_value("2020-11-07", "شنبه ۷ نوامبر", "fa") == "۱۷ آبان ۱۳۹۹"
    assert beside_value("2021-04-27", "۱۵ رمضان ۱۴۴۲", "fa") == "۱۵ رمضان ۱۴۴۲ ه\u200d.ق"
    # Arabic: Hijri only where the text was Hijri
    assert beside_value("2021-04-27", "15 رمضان 1442", "ar") == "15 رمضان 1442 هـ"
    assert beside_value("2020-10-10", "السبت 10 أكتوبر", "ar") == ""
    # a Hijri value with no Hijri rendering falls back to the Persian Solar Hijri day
    assert beside_value("1800-01-01", "رمضان", "fa", "hijri") == "۱۱ دی ۱۱۷۸"
    assert beside_value("", "15 رمضان 1442", "ar") == ""
    assert beside_value("2021-04-27", "15 رمضان 1442", "other") == ""


def test_a_value_imported_as_a_number_gets_nothing_beside_it():
    """A JSON Lines layer may carry ``"value": 2020``: the claims table shows it as it
    is, with no calendar beside it, instead of failing on a Hijri date's text."""
    from annotator.services.calendars import beside_value

    assert beside_value(2020, "15 رمضان 1442 هـ", "ar", "hijri") == ""
    assert beside_value(2020, "۱۷ آبان ۱۳۹۹", "fa") == ""
