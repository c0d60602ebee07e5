"""TIMEX3 values of a DATE span: every real date parses at its granularity, nothing
else does, and nothing but TimexError ever comes out."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.timex import (
    CALENDARS,
    DAYS,
    GRANULARITIES,
    MONTHS,
    Timex,
    TimexError,
    parse_timex,
)

dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@given(dates)
def test_every_real_date_parses_at_each_granularity(d):
    assert parse_timex(f"{d.year:04d}-{d.month:02d}-{d.day:02d}").granularity == "day"
    assert parse_timex(f"{d.year:04d}-{d.month:02d}").granularity == "month"
    assert parse_timex(f"{d.year:04d}").granularity == "year"
    assert parse_timex(d.isoformat()) == Timex(d.isoformat(), "day")


@given(dates)
def test_every_iso_week_parses(d):
    year, week, weekday = d.isocalendar()
    value = f"{year:04d}-W{week:02d}"
    assert parse_timex(value) == Timex(value, "week")
    # the week-day form names the same day
    timex = parse_timex(f"{value}-{weekday}")
    assert timex.granularity == "day"
    assert timex.description.startswith(f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month]} {d.year}")


@given(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59)))
def test_every_real_time_parses(t):
    minute = f"{t.date().isoformat()}T{t.hour:02d}:{t.minute:02d}"
    assert parse_timex(minute).granularity == "minute"
    assert parse_timex(f"{minute}:{t.second:02d}").granularity == "second"
    assert parse_timex(minute + "+03:30").value == minute + "+03:30"


@given(st.text())
def test_random_text_only_ever_raises_timex_error(s):
    try:
        timex = parse_timex(s)
    except TimexError as exc:
        assert "\n" not in str(exc) and str(exc)
    else:
        assert timex.granularity in GRANULARITIES
        assert parse_timex(timex.value) == timex  # canonical values are fixed points


@given(st.from_regex(r"[0-9W:T+\-ZSUPFAI_REF]{1,20}", fullmatch=True))
def test_near_miss_strings_only_ever_raise_timex_error(s):
    try:
        timex = parse_timex(s)
    except TimexError:
        return
    assert parse_timex(timex.value) == timex


@pytest.mark.parametrize(
    ("value", "granularity"),
    [
        ("20", "century"),
        ("202", "decade"),
        ("2020", "year"),
        ("2020-SU", "season"),
        ("2020-WI", "season"),
        ("2020-11", "month"),
        ("2020-W45", "week"),
        ("2020-W53", "week"),  # 2020 has 53 ISO weeks
        ("2020-W45-3", "day"),
        ("2020-02-29", "day"),
        ("2000-02-29", "day"),
        ("2020-11-07T19:31", "minute"),
        ("2020-11-07T19:31Z", "minute"),
        ("2020-11-07T19:31+03:30", "minute"),
        ("2020-11-07T19:31:05", "second"),
        ("2020-11-07T19:31:05.25-05:00", "second"),
        ("PRESENT_REF", "ref"),
        ("PAST_REF", "ref"),
        ("FUTURE_REF", "ref"),
    ],
)
def test_timex3_forms(value, granularity):
    assert parse_timex(value) == Timex(value, granularity)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("۲۰۲۰-۱۱-۰۷", "2020-11-07"),  # Persian digits
        ("٢٠٢٠-١١", "2020-11"),  # Arabic-Indic digits
        (" 2020-w45 ", "2020-W45"),
        ("2020-11-07t19:31z", "2020-11-07T19:31Z"),
        ("2020-11-07T19:31+0330", "2020-11-07T19:31+03:30"),
        ("present_ref", "PRESENT_REF"),
    ],
)
def test_values_are_normalised(typed, value):
    assert parse_timex(typed).value == value


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "empty"),
        ("2020-02-30", "February 2020 has 29 days"),
        ("2019-02-29", "February 2019 has 28 days"),
        ("1900-02-29", "February 1900 has 28 days"),
        ("2020-04-31", "April 2020 has 30 days"),
        ("2020-13", "month 13"),
        ("2020-00-10", "month 00"),
        ("2020-W54", "week 54"),
        ("2021-W53", "2021 has 52 ISO weeks"),
        ("2020-W00", "week 00"),
        ("2020-W45-8", "weekday 8"),
        ("2020-11-07T24:00", "hour 24"),
        ("2020-11-07T19:60", "minute 60"),
        ("2020-11-07T19:31:60", "second 60"),
        ("2020-11-07T19", "add the minutes"),
        ("2020-11-07T19:31+15:00", "UTC offset"),
        ("T19:31", "needs a date"),
        ("2020-11T19:31", "full YYYY-MM-DD"),
        ("2020-W45T19:31", "full YYYY-MM-DD"),
        ("0000", "year 0000"),
        ("7/11/2020", "year first"),
        ("2020-3", "two digits"),
        ("2020-W5", "two digits"),
        ("20201", "four digits"),
        ("NOW_REF", "PRESENT_REF"),
        ("2020-XX", "not a TIMEX3 value"),
        ("yesterday", "not a TIMEX3 value"),
        ("2020-11-07 19:31", "not a TIMEX3 value"),
        ("𝟐𝟎𝟐𝟎", "not a TIMEX3 value"),  # other Unicode digits are not accepted
    ],
)
def test_invalid_values_say_why(value, reason):
    with pytest.raises(TimexError, match=reason):
        parse_timex(value)


def test_non_text_is_a_timex_error():
    with pytest.raises(TimexError):
        parse_timex(2020)  # type: ignore[arg-type]


def test_calendars():
    assert CALENDARS == ("gregorian", "solar_hijri", "hijri")


@pytest.mark.parametrize(
    ("value", "granularity", "description"),
    [
        ("2020-Q3", "quarter", "quarter 3 of 2020"),
        ("2020-q1", "quarter", "quarter 1 of 2020"),
        ("XXXX-03-15", "day", "15 March, year unknown"),
        ("XXXX-02-29", "day", "29 February, year unknown"),  # exists in some year
        ("XXXX-03", "month", "March, year unknown"),
        ("XXXX-Q2", "quarter", "quarter 2, year unknown"),
        ("XXXX-SU", "season", "summer, year unknown"),
        ("XXXX-XX-XXT10:00", "minute", "an unknown day, 10:00"),
        ("XXXX-03-15T10:30", "minute", "15 March, year unknown, 10:30"),
        (
            "2019-03-21/2020-03-19",  # سال ۱۳۹۸, the guidelines' example
            "interval",
            "from Thursday 21 March 2019 to Thursday 19 March 2020",
        ),
        (
            "2020-10-22/2020-11-20",
            "interval",
            "from Thursday 22 October 2020 to Friday 20 November 2020",
        ),
    ],
)
def test_quarters_underspecified_and_intervals(value, granularity, description):
    timex = parse_timex(value)
    assert (timex.value, timex.granularity, timex.description) == (
        value.upper(),
        granularity,
        description,
    )
    assert granularity in GRANULARITIES


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2020-Q5", "between Q1 and Q4"),
        ("2020-Q0", "between Q1 and Q4"),
        ("2020-Q3T10:00", "full YYYY-MM-DD"),
        ("XXXX", "not a TIMEX3 value"),
        ("XXXX-XX-XX", "only stands before a time"),
        ("XXXX-02-30", "February has 29 days"),
        ("XXXX-13", "month 13"),
        ("XXXX-W05", "not a TIMEX3 value"),
        ("2020-03-19/2019-03-21", "ends before it starts"),
        ("2019/2020/2021", "two dates"),
        ("2020-01-01/XXXX-03", "two dates"),
        ("2020-01-01T10:00/2020-01-02", "two dates"),
        ("2020-01-01/2020-02-30", "February 2020 has 29 days"),
        ("/2020", "two dates"),
    ],
)
def test_invalid_new_forms_say_why(value, reason):
    with pytest.raises(TimexError, match=reason):
        parse_timex(value)


def test_solar_hijri_days_typed_with_slashes():
    from annotator.core.timex import parse_timex

    day = parse_timex("۱۳۹۹/۰۸/۱۷")
    assert (day.value, day.granularity) == ("2020-11-07", "day")
    assert "Solar Hijri 1399/08/17" in day.description
    assert parse_timex("1403/12/30").value == "2025-03-20"  # a leap Esfand
    assert parse_timex("1399-08-17").value == "1399-08-17"  # ISO stays Gregorian
