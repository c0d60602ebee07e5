"""The speakers engine by resources/guidelines.md (SPEAKER): sources of reported
statements from the structure of the text, registry entities attached."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import Alias, Document, Entity
from annotator.suggest import SuggestContext, Suggestion, get_engine
from tests.conftest import SEEDS

PUTIN = Entity(
    1,
    "Vladimir Putin",
    aliases=(
        Alias("بوتين", "ar"),
        Alias("فلاديمير بوتين", "ar"),
        Alias("الرئيس الروسي", "ar"),
        Alias("الرئيس الروسي فلاديمير بوتين", "ar"),
        Alias("رئیس جمهوری روسیه", "fa"),
    ),
)
MACRON = Entity(2, "Emmanuel Macron", aliases=(Alias("ماكرون", "ar"), Alias("ماکرون", "fa")))
REGISTRY = (PUTIN, MACRON)


def suggest(text: str, entities=REGISTRY):
    """The speakers engine's suggestions (no DATE suggestions before it)."""
    out = list(
        get_engine("speakers").suggest(
            Document(1, "t", "", text), SuggestContext(entities=entities)
        )
    )
    for s in out:
        assert s.text == text[s.start : s.end]
        assert s.label == "SPEAKER"
    return out


def spans(text: str):
    return [(s.text, s.attrs["entity"]) for s in suggest(text)]


def texts(text: str, entities=()) -> list[str]:
    return [s.text for s in suggest(text, entities)]


def test_persian_seed_speakers_are_sources_only():
    """Seed 000: the subjects of reporting verbs; پوتین in the headline (the subject of
    «پرداخت», not a reporting verb) and the names only mentioned are not speakers."""
    text = SEEDS[0].read_text(encoding="utf-8")
    found = suggest(text)
    assert [s.text for s in found][:2] == ["دفتر مطبوعاتی کاخ کرملین", "کرملین"]
    assert all(s.start > 0 for s in found)  # not the headline's پوتین
    assert "رجب طیب اردوغان" not in [s.text for s in found]


def test_registry_alias_gives_the_entity_across_scripts():
    (s,) = suggest("پوتین گفت که آتش‌بس برقرار است.")
    assert (s.text, s.attrs) == ("پوتین", {"entity": 1})


def test_clitic_waw_gives_the_name_only():
    text = "😀\r\nوبوتين: الوضع في المنطقة خطير جدا"
    (s,) = suggest(text)
    assert (s.start, s.end, s.text) == (4, 9, "بوتين")
    assert s.attrs == {"entity": 1}


def test_offsets_exact_after_emoji_crlf_zwnj_nbsp():
    text = "👍🏽\r\n\u200c\u00a0قال ماكرون إن الحوار ضروري."
    (s,) = suggest(text)
    assert text[s.start : s.end] == "ماكرون"
    assert s.start == text.index("ماكرون")


def test_zwnj_inside_persian_title_matches():
    (s,) = suggest("رئیس\u200cجمهوری روسیه گفت که مذاکرات ادامه دارد.")
    assert s.text == "رئیس\u200cجمهوری روسیه"
    assert s.attrs == {"entity": 1}


def test_a_name_only_mentioned_is_not_a_speaker():
    assert texts("واستقبل بوتين ماكرون في الكرملين يوم الاثنين.", REGISTRY) == []
    assert texts("پوتین با ماکرون در مسکو دیدار کرد.", REGISTRY) == []


def test_title_and_name_after_an_arabic_verb_without_registry():
    text = "وقال الرئيس الروسي فلاديمير بوتين في مؤتمر صحفي إن بلاده مستعدة للحوار."
    assert texts(text) == ["الرئيس الروسي فلاديمير بوتين"]


def test_title_and_name_set_off_by_commas():
    text = "وقال وزير الخارجية الروسي، سيرغي لافروف، في وقت سابق، إن روسيا تدعو إلى التهدئة."
    assert texts(text) == ["وزير الخارجية الروسي، سيرغي لافروف"]


def test_spokesman_of_an_office_and_an_organisation():
    assert texts("وأكد المتحدث باسم وزارة الخارجية أن المفاوضات مستمرة.") == [
        "المتحدث باسم وزارة الخارجية"
    ]
    assert texts("وأعلنت وزارة الصحة أن عدد الإصابات ارتفع إلى 120.") == ["وزارة الصحة"]
    text = "وأعرب الأمين العام للأمم المتحدة عن قلقه العميق إزاء تصاعد العنف."
    assert texts(text) == ["الأمين العام للأمم المتحدة"]


def test_persian_subject_before_the_verb_skips_the_agency():
    text = (
        "به گزارش ایرنا، سخنگوی وزارت امور خارجه روز دوشنبه در نشست خبری گفت که ایران "
        "به دنبال تنش نیست."
    )
    s = text.index("روز")
    date = Suggestion(s, s + 10, "DATE", text[s : s + 10], "dates", "test")
    found = list(
        get_engine("speakers").suggest(Document(1, "t", "", text), SuggestContext(earlier=(date,)))
    )
    assert [x.text for x in found] == ["سخنگوی وزارت امور خارجه"]


def test_persian_word_starting_with_be_or_ke_is_marked_whole():
    assert texts("بهادری جهرمی گفت که لایحه بودجه آماده است.") == ["بهادری جهرمی"]
    assert texts("کنعانی اعلام کرد که مذاکرات ادامه دارد.") == ["کنعانی"]


def test_anonymous_sources():
    assert texts("وقال مصدر مطلع لـ«سبوتنيك» إن الاتفاق بات قريبا.") == ["مصدر مطلع"]
    text = "یک منبع آگاه که نخواست نامش فاش شود گفت مذاکرات در عمان ادامه دارد."
    assert texts(text) == ["یک منبع آگاه"]


def test_according_to_sources():
    text = "ووفقا لرافائيل غروسي، فإن إيران خصبت كميات من اليورانيوم."
    assert texts(text) == ["رافائيل غروسي"]
    assert texts("وبحسب وزارة الصحة، ارتفع عدد القتلى إلى 40.") == ["وزارة الصحة"]
    text = "به گفته علی بهادری جهرمی، لایحه بودجه هفته آینده به مجلس ارائه می\u200cشود."
    assert texts(text) == ["علی بهادری جهرمی"]


def test_an_agency_that_relays_is_not_the_speaker():
    text = "ونقلت وكالة أنباء الشرق الأوسط عن الرئيس المصري قوله إن مصر لن تسمح بذلك."
    assert texts(text) == ["الرئيس المصري"]
    text = "به گزارش ایسنا به نقل از خبرگزاری تسنیم، محمد اسلامی اعلام کرد که ظرفیت افزایش یافت."
    assert texts(text) == ["محمد اسلامی"]


def test_speaker_named_after_a_quote():
    text = "«لن نتوقف حتى نحقق جميع أهدافنا»، قال رئيس الوزراء الإسرائيلي في خطاب متلفز."
    assert texts(text) == ["رئيس الوزراء الإسرائيلي"]
    text = "«مجلس اجازه نخواهد داد معیشت مردم قربانی شود»؛ این را رئیس مجلس در جلسه علنی گفت."
    assert texts(text) == ["رئیس مجلس"]


def test_implicit_subjects_are_not_marked():
    text = "وقال بوتين إن الوضع خطير. وأضاف أن روسيا مستعدة للمساعدة."
    assert texts(text) == ["بوتين"]
    assert texts("پوتین گفت که وضعیت خطرناک است. وی افزود روسیه آماده کمک است.") == ["پوتین"]


def test_two_speakers_joined_by_waw():
    assert texts("پوتین و اردوغان اعلام کردند که راه\u200cحل بحران سیاسی است.") == [
        "پوتین",
        "اردوغان",
    ]


def test_alias_of_two_entities_offers_the_choice():
    raisi_a = Entity(7, "Ebrahim Raisi", aliases=(Alias("رئیسی", "fa"),))
    raisi_b = Entity(8, "Another Raisi", aliases=(Alias("رئیسی", "fa"),))
    (s,) = suggest("رئیسی گفت که تورم کاهش می\u200cیابد.", (raisi_a, raisi_b))
    assert s.attrs == {"entity_candidates": [7, 8]}
    assert "entity" not in s.attrs


def test_longest_alias_extends_and_links_on_arabic_seed():
    text = SEEDS[3].read_text(encoding="utf-8")  # 003
    found = suggest(text)
    putin = [s for s in found if s.text == "الرئيس الروسي فلاديمير بوتين"]
    assert putin and putin[0].attrs == {"entity": 1}
    assert 0.0 < putin[0].confidence <= 1.0


def test_no_registry_still_finds_speakers():
    assert texts("قال بوتين إن الحوار ضروري", entities=()) == ["بوتين"]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("بوتين ماكرون\u200c\u00a0\r\n👍ال،.«»پی")), max_size=60)
)
def test_never_raises_and_text_matches(text):
    suggest(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_arbitrary_unicode(text):
    suggest("بوتين " + text + " وبوتين")


def test_a_statement_document_is_not_a_speaker():
    """ذكر البيان: the statement continues its issuer; بيان الخارجية names the issuer."""
    text = "وأعلن الكرملين أن المحادثات مثمرة. وذكر البيان أن الرئيسين اتفقا على التنسيق."
    assert texts(text) == ["الكرملين"]
    text = "وجاء في بيان الخارجية الروسية أن موسكو ترحب بالمبادرة."
    assert texts(text) == ["الخارجية الروسية"]
