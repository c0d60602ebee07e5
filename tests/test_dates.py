"""DATE suggestions: grammar on folded text, exact source offsets, TIMEX3 values."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import Document
from annotator.core.timex import parse_timex
from annotator.suggest import SuggestContext, get_engine
from annotator.text.dates import find_dates

ENGINE = get_engine("dates")


def run(text: str, anchor: str = "", lang: str = "ar") -> list:
    doc = Document(None, "t", "", text, lang=lang)
    out = list(ENGINE.suggest(doc, SuggestContext(anchor=anchor)))
    for s in out:
        assert s.text == text[s.start : s.end]
        assert s.label == "DATE" and s.engine == "dates"
        if "value" in s.attrs:
            parse_timex(s.attrs["value"])
    return out


def found(text: str, anchor: str = "", lang: str = "ar") -> list[tuple[str, str | None]]:
    return [(s.text, s.attrs.get("value")) for s in run(text, anchor, lang)]


@pytest.mark.parametrize(
    ("text", "anchor", "lang", "expected"),
    [
        (
            "19:31 GMT01 ديسمبر/ كانون الأول 2020\nمباشر",
            "",
            "ar",
            [("19:31 GMT01 ديسمبر/ كانون الأول 2020", "2020-12-01T19:31Z")],
        ),
        (  # a list is one DATE; its value is the month both days are in
            "لاتفاقات وقف إطلاق النار في 10 و 17 أكتوبر/تشرين الأول الجاري.",
            "2020-10-20",
            "ar",
            [("10 و 17 أكتوبر/تشرين الأول الجاري", "2020-10")],
        ),
        (
            "Lebanon 24\n16-11-2020 | 09:06\nA-",
            "",
            "ar",
            [("16-11-2020 | 09:06", "2020-11-16T09:06")],
        ),
        ("که یازدهم ماه ژانویه در مسکو", "2021-01-13", "fa", [("یازدهم ماه ژانویه", "2021-01-11")]),
        (
            "بیانیه نهم ماه نوامبر سال ۲۰۲۰ سه کشور",
            "",
            "fa",
            [("نهم ماه نوامبر سال ۲۰۲۰", "2020-11-09")],
        ),
        ("بوتين، اليوم السبت، مع", "2020-10-31", "ar", [("اليوم السبت", "2020-10-31")]),
        ("در ۲۰ آبان ۱۳۹۹ برگزار شد", "", "fa", [("۲۰ آبان ۱۳۹۹", "2020-11-10")]),
        ("أعلن أن 1 رمضان 1442 أول أيام الشهر", "", "ar", [("1 رمضان 1442", "2021-04-13")]),
        (
            "في 11-12  تشرين الثاني.",
            "2020-11-16",
            "ar",
            [("11-12  تشرين الثاني", "2020-11")],
        ),
        ("في الحادي عشر من أكتوبر 2020", "", "ar", [("الحادي عشر من أكتوبر 2020", "2020-10-11")]),
        ("وقع في 15 شعبان 1442 هـ.", "", "ar", [("15 شعبان 1442 هـ", "2021-03-28")]),
        ("بخشنامه ۱۳۹۹/۰۹/۱۵ ارسال شد", "", "fa", [("۱۳۹۹/۰۹/۱۵", "2020-12-05")]),
        ("تأسست في عام 2019 برأسمال", "", "ar", [("عام 2019", "2019")]),
        ("السبت 12 ديسمبر 2020 حول", "", "ar", [("السبت 12 ديسمبر 2020", "2020-12-12")]),
    ],
)
def test_examples(text, anchor, lang, expected):
    assert found(text, anchor, lang) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "value", "rule"),
    [
        ("قال أمس إن", "2021-03-15", "2021-03-14", "relative;from-anchor"),
        ("دیروز گفت", "2020-11-15", "2020-11-14", "relative;from-anchor"),
        ("غداً إلى القاهرة", "2021-06-01", "2021-06-02", "relative;from-anchor"),
        ("الأسبوع الماضي صادق", "2020-11-10", "2020-W45", "relative;from-anchor"),
        ("هفته گذشته تصویب", "2021-03-10", "2021-W09", "relative;from-anchor"),
        ("الشهر الماضي تراجعت", "2021-01-02", "2020-12", "relative;from-anchor"),
        ("سال گذشته رسید", "2021-06-01", "2020", "relative;from-anchor"),
        ("روز شنبه با", "2020-10-31", "2020-10-31", "weekday;weekday=anchor-day"),
        ("روز دوشنبه در", "2021-01-13", "2021-01-11", "weekday;weekday-most-recent"),
        ("يوم الخميس المقبل", "2021-03-15", "2021-03-18", "weekday;weekday-next"),
        ("دوشنبه گذشته استعفا", "2021-02-08", "2021-02-01", "weekday;weekday-previous"),
        ("في 27 سبتمبر/أيلول", "2020-10-31", "2020-09-27", "dmy;year-nearest"),
    ],
)
def test_anchor_resolution(text, anchor, value, rule):
    [s] = run(text, anchor)
    assert (s.attrs["value"], s.rule) == (value, rule)


def test_no_anchor_no_value_and_rule_says_so():
    [s] = run("قال أمس إن")
    assert "value" not in s.attrs and s.rule.endswith("no-anchor")
    [s] = run("في 27 سبتمبر")  # underspecified: no anchor decides the year
    assert s.attrs["value"] == "XXXX-09-27" and "no-anchor" in s.rule


def test_calendar_recorded():
    [s] = run("در ۲۰ آبان ۱۳۹۹", lang="fa")
    assert s.attrs == {"value": "2020-11-10", "calendar": "solar_hijri"}
    [s] = run("في 1 رمضان 1442")
    assert s.attrs["calendar"] == "hijri"
    [s] = run("در آذر ماه ۱۳۹۹", lang="fa")  # a Solar Hijri month: an interval of days
    assert s.text == "آذر ماه ۱۳۹۹" and s.attrs["value"] == "2020-11-21/2020-12-20"


@pytest.mark.parametrize(
    "text",
    [
        "مقامات می‌گویند که می خواهند بروند",  # می is a verb prefix, not May
        "مه غلیظ پرواز را به تاخیر انداخت",  # مه = fog
        "او با تیر به هدف زد و نامه را مهر کرد",  # arrow, seal
        "وقال أب الضحية إن ابنه مارس الرياضة",  # father, practised
        "قتل 16 شخصا في 3 قرى",
        "Doc-P-766587-637411395975910387.jpg",
    ],
)
def test_traps_give_nothing(text):
    assert run(text, "2021-01-01", "fa") == []


def test_day_before_month_is_never_a_year():
    assert found("در ۱۱ ژانویه", "2021-01-05", "fa") == [("۱۱ ژانویه", "2021-01-11")]
    assert found("مه ۲۰۲۱", "", "fa") == [("مه ۲۰۲۱", "2021-05")]


@pytest.mark.parametrize(
    "prefix", ["👍🏽 ", "\r\n", "\u200c", "\u00a0", "🇮🇷\r\n\u200c\u00a0", "ـــ", "\u200f"]
)
def test_offsets_exact_after_awkward_characters(prefix):
    text = prefix + "في 10 و17 أكتوبر 2020 " + prefix + "۲۰\u200cآبان ۱۳۹۹"
    got = found(text, "", "fa")
    assert [t for t, _ in got] == ["10 و17 أكتوبر 2020", "۲۰\u200cآبان ۱۳۹۹"]
    assert [v for _, v in got] == ["2020-10", "2020-11-10"]


def test_grammar_is_usable_alone():
    [m] = find_dates("۵ مه ۲۰۲۱")
    assert (m.start, m.end, m.day, m.month, m.year) == (0, 9, 5, 5, 2021)


_ALPHABET = st.sampled_from(
    [
        *list("0123456789۰۱۲۳۴۵۶۷۸۹٠١٢ /-:|،,\r\n\u200c\xa0ـً👍"),
        "أكتوبر",
        "آبان",
        "مه",
        "رمضان",
        "امروز",
        "اليوم",
        "السبت",
        "شنبه",
        "GMT",
        "سال",
        "الحادي عشر",
        "من",
        "و",
        "تا",
        "1442",
        "1399",
        "2020",
        "هـ",
        "ماه",
        "کانون الأول",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join), st.sampled_from(["", "2020-10-31"]))
def test_never_raises_and_text_is_the_source_slice(text, anchor):
    for s in run(text, anchor):
        assert 0 <= s.start < s.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_arbitrary_text(text):
    run(text, "2020-10-31")
