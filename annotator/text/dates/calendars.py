"""Solar Hijri (Jalali) to Gregorian, standard library only.

The arithmetic is the one of the ``jalaali`` libraries (Borkowski's break years), the
same as :mod:`jdatetime` uses; it is exact for Solar Hijri years 1 to 3177. Kept here so
that :mod:`annotator.text` (the publication-date reader) needs no third-party package.
"""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["gregorian_to_jalali", "jalali_month_days", "jalali_to_gregorian", "jalali_year_of"]

_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262)
_BREAKS += (2324, 2394, 2456, 3178)


def _march_day(jy: int) -> int:
    """The day of March (Gregorian year ``jy + 621``) on which Farvardin 1 of ``jy`` falls."""
    if not 1 <= jy < _BREAKS[-1]:
        raise ValueError(f"Solar Hijri year {jy} is out of range")
    gy = jy + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = jy - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    return 20 + leap_j - leap_g


def _new_year(jy: int) -> date:
    return date(jy + 621, 3, _march_day(jy))


def jalali_month_days(jy: int, jm: int) -> int:
    """How many days month ``jm`` of Solar Hijri year ``jy`` has (31, 30, or 29/30)."""
    if jm <= 6:
        return 31
    if jm <= 11:
        return 30
    return (_new_year(jy + 1) - _new_year(jy)).days - 336


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> date:
    """The Gregorian date of Solar Hijri ``jy/jm/jd``; ValueError if that day does not exist."""
    if not 1 <= jm <= 12:
        raise ValueError(f"Solar Hijri month {jm} does not exist")
    if not 1 <= jd <= jalali_month_days(jy, jm):
        raise ValueError(f"Solar Hijri day {jy}/{jm}/{jd} does not exist")
    offset = (jm - 1) * 31 - (jm // 7) * (jm - 7) + jd - 1
    return _new_year(jy) + timedelta(days=offset)


def jalali_year_of(d: date) -> int:
    """The Solar Hijri year that Gregorian day ``d`` falls in."""
    jy = d.year - 621
    return jy if d >= _new_year(jy) else jy - 1


def gregorian_to_jalali(d: date) -> tuple[int, int, int]:
    """The Solar Hijri (year, month, day) of Gregorian day ``d``."""
    jy = jalali_year_of(d)
    days = (d - _new_year(jy)).days
    if days < 186:
        return jy, days // 31 + 1, days % 31 + 1
    days -= 186
    return jy, days // 30 + 7, days % 30 + 1
