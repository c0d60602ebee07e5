"""DATE suggestions checked against resources/guidelines.md: its extent and value examples,
its homograph rules, tense-aware resolution, and the publication date read at import."""

from __future__ import annotations

import pytest

from annotator.core.model import Document
from annotator.core.timex import parse_timex
from annotator.suggest import SuggestContext, get_engine
from annotator.text.dates.dateline import find_dateline
from annotator.text.dates.tense import FUTURE, PAST, sentence_tense

ENGINE = get_engine("dates")


def found(text: str, anchor: str = "", lang: str = "ar") -> list[tuple[str, str | None]]:
    doc = Document(None, "t", "", text, lang=lang)
    out = []
    for s in ENGINE.suggest(doc, SuggestContext(anchor=anchor)):
        assert s.text == text[s.start : s.end]
        if "value" in s.attrs:
            parse_timex(s.attrs["value"])
        out.append((s.text, s.attrs.get("value")))
    return out


@pytest.mark.parametrize(
    ("text", "anchor", "lang", "expected"),
    [
        # Extent: the whole expression, day, month, year, weekday, time
        ("عقد في الأحد 10 أكتوبر 2020 اجتماع", "", "ar", [("الأحد 10 أكتوبر 2020", "2020-10-10")]),
        ("در ۱۷ آبان ۱۳۹۹ گفت", "", "fa", [("۱۷ آبان ۱۳۹۹", "2020-11-07")]),
        # the calendar-unit noun, also glued to its number
        ("ولد سنة 1999 في", "", "ar", [("سنة 1999", "1999")]),
        ("ولد سنة1999 في", "", "ar", [("سنة1999", "1999")]),
        ("تأسست عام 2019", "", "ar", [("عام 2019", "2019")]),
        ("زار في شهر مارس الماضي", "2020-11-07", "ar", [("شهر مارس الماضي", "2020-03")]),
        ("در سال ۱۳۹۸ آغاز شد", "", "fa", [("سال ۱۳۹۸", "2019-03-21/2020-03-19")]),
        ("در ماه مه ۲۰۲۱ برگزار شد", "", "fa", [("ماه مه ۲۰۲۱", "2021-05")]),
        # modifiers and parts
        ("تنتهي أواخر الشهر الجاري", "2020-11-07", "ar", [("أواخر الشهر الجاري", "2020-11")]),
        ("اوایل ماه مه ۲۰۲۱ برگزار شد", "", "fa", [("اوایل ماه مه ۲۰۲۱", "2021-05")]),
        ("تجري منتصف العام المقبل", "2020-11-07", "ar", [("منتصف العام المقبل", "2021")]),
        ("منذ مايو الماضي", "2023-03-22", "ar", [("مايو الماضي", "2022-05")]),
        ("يصل الأسبوع المقبل", "2020-11-07", "ar", [("الأسبوع المقبل", "2020-W46")]),
        ("سال گذشته رسید", "2021-06-01", "fa", [("سال گذشته", "2020")]),
        # relative expressions and arithmetic
        ("قال أمس إن", "2020-11-07", "ar", [("أمس", "2020-11-06")]),
        (
            "دیروز گفت و امروز آمد",
            "2020-11-07",
            "fa",
            [("دیروز", "2020-11-06"), ("امروز", "2020-11-07")],
        ),
        ("وقع قبل خمس سنوات", "2020-11-07", "ar", [("قبل خمس سنوات", "2015")]),
        ("دو سال بعد برگزار می‌شود", "2020-11-07", "fa", [("دو سال بعد", "2022")]),
        ("غادر قبل ثلاثة أشهر", "2020-11-07", "ar", [("قبل ثلاثة أشهر", "2020-08")]),
        ("وصل قبل يومين", "2020-11-07", "ar", [("قبل يومين", "2020-11-05")]),
        # a clock time joins its date; alone it is a DATE with a time value
        (
            "سيبدأ الساعة 10 صباحا يوم الأحد",
            "2020-11-07",
            "ar",
            [("الساعة 10 صباحا يوم الأحد", "2020-11-08T10:00")],
        ),
        ("يبدأ الساعة 10 صباحا", "2020-11-07", "ar", [("الساعة 10 صباحا", "2020-11-07T10:00")]),
        ("عند الساعة 8 مساء", "", "ar", [("الساعة 8 مساء", "XXXX-XX-XXT20:00")]),
        (
            "جلسه ساعت ۱۰:۱۵ روز شنبه",
            "2020-11-04",
            "fa",
            [("ساعت ۱۰:۱۵ روز شنبه", "2020-10-31T10:15")],
        ),
        # a range or list is one DATE: the smallest unit containing it, or none
        ("في 10 و 17 أكتوبر 2020", "", "ar", [("10 و 17 أكتوبر 2020", "2020-10")]),
        ("بين 2019 و2021", "", "ar", [("بين 2019 و2021", None)]),
        ("از ۱۰ تا ۱۷ آبان ۱۳۹۹", "", "fa", [("از ۱۰ تا ۱۷ آبان ۱۳۹۹", "2020-10-22/2020-11-20")]),
        # the value table: week, quarter, season, decade, underspecified
        ("الأسبوع الماضي صادق", "2020-11-10", "ar", [("الأسبوع الماضي", "2020-W45")]),
        ("في الربع الثاني من عام 2020", "", "ar", [("الربع الثاني من عام 2020", "2020-Q2")]),
        ("في الربع الثالث", "2020-11-07", "ar", [("الربع الثالث", "2020-Q3")]),
        ("سه‌ماهه دوم سال ۱۳۹۹", "", "fa", [("سه\u200cماهه دوم سال ۱۳۹۹", "2020-06-21/2020-09-21")]),
        ("في صيف 2020", "", "ar", [("صيف 2020", "2020-SU")]),
        ("خلال الشتاء الماضي", "2020-11-07", "ar", [("الشتاء الماضي", "2019-WI")]),
        ("در تابستان ۱۳۹۹", "", "fa", [("تابستان ۱۳۹۹", "2020-SU")]),
        ("في التسعينيات", "", "ar", [("التسعينيات", "199")]),
        ("ثمانينيات القرن الماضي", "", "ar", [("ثمانينيات القرن الماضي", "198")]),
        ("در دهه ۱۳۶۰", "", "fa", [("دهه ۱۳۶۰", "1981-03-21/1991-03-20")]),
        ("في 15 مارس", "", "ar", [("15 مارس", "XXXX-03-15")]),
        ("در ۲۵ آبان ۱۳۹۹ ساعت ۱۰:۱۵", "", "fa", [("۲۵ آبان ۱۳۹۹ ساعت ۱۰:۱۵", "2020-11-15T10:15")]),
    ],
)
def test_guideline_examples(text, anchor, lang, expected):
    assert found(text, anchor, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('شاهد برنامج "اليوم" على القناة', "ar"),
        ("قالت صحيفة «اليوم» إن", "ar"),
        ("به گزارش روزنامه امروز، وزیر", "fa"),
        ("غدا الوضع أسوأ مما كان", "ar"),  # the verb "became", spelled like "tomorrow"
        ("غدا من الصعب التنبؤ", "ar"),
        ("في اليوم الأول من المؤتمر", "ar"),
        ("احتفل باليوم العالمي للمرأة", "ar"),
        ("استمر لمدة ثلاث سنوات", "ar"),  # a duration names no point in time
        ("يبلغ من العمر 45 عاما", "ar"),  # an age
        ("۲ می خواهند بروند", "fa"),  # the verb prefix, not May
    ],
)
def test_homographs_and_durations_are_not_dates(text, lang):
    assert found(text, "2020-11-07", lang) == []


def test_homograph_context_keeps_real_dates():
    assert found("يصل غدا إلى القاهرة", "2020-11-07") == [("غدا", "2020-11-08")]
    assert found("غدا الأحد", "2020-11-07") == [("غدا الأحد", "2020-11-08")]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # a weekday in a future-tense sentence is the next one, otherwise the last one
        ("سيعقد الاجتماع يوم الخميس", "2023-03-23", "2023-03-30"),
        ("عقد الاجتماع يوم الخميس", "2023-03-24", "2023-03-23"),
        ("نشست روز دوشنبه برگزار خواهد شد", "2021-01-13", "2021-01-18"),
        # a date without a year goes to the nearest occurrence fitting the tense
        ("سيزور الوزير بيروت في 15 مارس", "2023-03-22", "2024-03-15"),
        ("زار الوزير بيروت في 15 مارس", "2023-03-22", "2023-03-15"),
        ("كانت الانتخابات في 3 نوفمبر", "2020-10-31", "2019-11-03"),
        ("الانتخابات في 3 نوفمبر", "2020-10-31", "2020-11-03"),
    ],
)
def test_tense_decides(text, anchor, expected):
    [(_, value)] = found(text, anchor)
    assert value == expected


def test_sentence_tense():
    text = "قال الوزير أمس إن الاجتماع سيعقد الخميس. وكان الوفد قد وصل الأحد."
    assert sentence_tense(text, text.index("الخميس"), text.index("الخميس") + 6) == FUTURE
    assert sentence_tense(text, text.index("الأحد"), text.index("الأحد") + 5) == PAST
    fa = "رئیس جمهور روز شنبه به مسکو سفر کرد."
    assert sentence_tense(fa, 11, 19) == PAST


@pytest.mark.parametrize(
    ("text", "value", "matched"),
    [
        (
            "19:31 GMT01 ديسمبر/ كانون الأول 2020\nمباشر",
            "2020-12-01T19:31Z",
            "19:31 GMT01 ديسمبر/ كانون الأول 2020",
        ),
        ("Lebanon 24\r\n16-11-2020 | 09:06\r\nA-", "2020-11-16T09:06", "16-11-2020 | 09:06"),
        (
            "عنوان الخبر\nالأحد 12 مارس 2023 - 10:45\nنص",
            "2023-03-12T10:45",
            "الأحد 12 مارس 2023 - 10:45",
        ),
        (
            "تیتر 👍\nتاریخ انتشار: ۱۴۰۱/۰۸/۱۷ - ۱۲:۳۰\nمتن",
            "2022-11-08T12:30",
            "۱۴۰۱/۰۸/۱۷ - ۱۲:۳۰",
        ),
        ("۲۵ آبان ۱۳۹۹ ساعت ۱۰:۱۵\nمتن خبر", "2020-11-15T10:15", "۲۵ آبان ۱۳۹۹ ساعت ۱۰:۱۵"),
        (
            "بيروت، 14 تشرين الثاني/نوفمبر 2023 (رويترز) - قال مسؤول أمني لبناني إن قصفا "
            "إسرائيليا استهدف أمس أطراف بلدة عيتا الشعب الحدودية.",
            "2023-11-14",
            "14 تشرين الثاني/نوفمبر 2023",
        ),
    ],
)
def test_dateline_read_from_the_header(text, value, matched):
    found_ = find_dateline(text)
    assert found_ is not None and found_.value == value
    assert text[found_.start : found_.end] == matched


@pytest.mark.parametrize(
    "text",
    [
        "قال الوزير في مؤتمر صحفي إن الاتفاق الذي وقع في 10 أكتوبر 2020 ما زال ساريا رغم كل شيء.",
        "تهران- ایرنا- رئیس جمهور روز ۲۵ آبان ۱۳۹۹ گفت که مذاکرات ادامه دارد.",
        "عنوان\n" + "سطر\n" * 15 + "16-11-2020 | 09:06",  # past the header area
        "أعلن اليوم عن خطة جديدة في أكتوبر",  # no full date
    ],
)
def test_dateline_never_from_the_body(text):
    assert find_dateline(text) is None


def _doc(store, ext_id):
    return next(d for d in store.documents.iter_all() if d.ext_id == ext_id)


def test_sample_articles_import_with_their_publication_dates(seeded):
    header = {
        "002_8f67134d18554ca3": ("2020-12-01T19:31Z", "19:31 GMT01 ديسمبر/ كانون الأول 2020"),
        "004_3c32b6fdd840d579": ("2020-11-16T09:06", "16-11-2020 | 09:06"),
    }
    for doc in seeded.documents.iter_all():
        if doc.ext_id in header:
            value, matched = header[doc.ext_id]
            assert doc.published == value
            assert doc.meta["published_detected"] is True
            assert doc.meta["published_detected_text"] == matched
        else:  # 000, 001 and 003 carry no date in their header: nothing is invented
            assert doc.published == "" and "published_detected" not in doc.meta


def test_sample_relative_dates_resolve_against_the_detected_date(seeded):
    doc = _doc(seeded, "004_3c32b6fdd840d579")
    got = {s.text: s.attrs.get("value") for s in ENGINE.suggest(doc, SuggestContext())}
    assert got["16-11-2020 | 09:06"] == "2020-11-16T09:06"
    assert got["9 تشرين الثاني"] == "2020-11-09"
    assert got["11-12 \u00a0تشرين الثاني"] == "2020-11"
    doc = _doc(seeded, "002_8f67134d18554ca3")
    got = {s.text: s.attrs.get("value") for s in ENGINE.suggest(doc, SuggestContext())}
    assert got["27 سبتمبر/أيلول"] == "2020-09-27"
    # the header says Tuesday 1 December, the lead says "today, Saturday": no value is
    # better than a wrong one (the stamp is the page's update time, see bench/RESULTS.md)
    assert got["اليوم السبت"] is None


@pytest.mark.parametrize(
    ("ext_id", "anchor", "expected"),
    [
        ("003_8fd97a1030ff3a51", "2020-10-20", {"10 و 17 أكتوبر/تشرين الأول الجاري": "2020-10"}),
        ("002_8f67134d18554ca3", "2020-10-31", {"اليوم السبت": "2020-10-31"}),
        ("000_bcb985abff13ba24", "2020-10-31", {"روز شنبه": "2020-10-31"}),
        ("001_457b7404f182c581", "2021-01-13", {"روز دوشنبه": "2021-01-11"}),
    ],
)
def test_sample_relative_dates_with_an_edited_publication_date(seeded, ext_id, anchor, expected):
    doc = _doc(seeded, ext_id)
    got = {s.text: s.attrs.get("value") for s in ENGINE.suggest(doc, SuggestContext(anchor))}
    for text, value in expected.items():
        assert got[text] == value


def test_given_publication_date_is_kept(tmp_path, store):
    from annotator.services.importing import import_paths

    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": "x", "published": "2020-01-02", "text": "16-11-2020 | 09:06\\nنص الخبر"}\n'
        '{"id": "y", "text": "16-11-2020 | 09:06\\nنص خبر آخر"}\n',
        encoding="utf-8",
    )
    import_paths(store, [path])
    x, y = _doc(store, "x"), _doc(store, "y")
    assert x.published == "2020-01-02" and "published_detected" not in x.meta
    assert y.published == "2020-11-16T09:06" and y.meta["published_detected"] is True


def test_layer_import_detects_the_publication_date(tmp_path, store):
    from annotator.services.interchange import import_layers

    text = "الأحد 12 مارس 2023 - 10:45\nقال الوزير أمس"
    start = text.index("أمس")
    (tmp_path / "doc.txt").write_text(text, "utf-8")
    (tmp_path / "doc.ann").write_text(f"T1\tDATE {start} {start + 3}\tأمس\n", "utf-8")
    import_layers(store, [tmp_path], "brat")
    [doc] = list(store.documents.iter_all())
    assert doc.published == "2023-03-12T10:45" and doc.meta["published_detected"] is True
