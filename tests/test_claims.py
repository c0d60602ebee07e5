"""The claims engine: quotes, colons, Arabic and Persian cues, said_by / dated links."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import Alias, Document, Entity, Span
from annotator.suggest import SuggestContext, Suggestion, get_engine
from tests.conftest import SEEDS

REGISTRY = (
    Entity(1, "Putin", aliases=(Alias("بوتين"), Alias("پوتین"), Alias("الرئيس الروسي"))),
    Entity(2, "Lavrov", aliases=(Alias("لافروف"), Alias("وزير الخارجية الروسي"))),
    Entity(3, "Aliyev", aliases=(Alias("علی اف"),)),
)


def run(text: str, spans=(), extra=()):
    doc = Document(1, "t", "", text)
    speakers = tuple(get_engine("speakers").suggest(doc, SuggestContext(entities=REGISTRY)))
    ctx = SuggestContext(entities=REGISTRY, earlier=speakers + tuple(extra), spans=tuple(spans))
    out = list(get_engine("claims").suggest(doc, ctx))
    for c in out:
        assert c.text == text[c.start : c.end] and c.label == "CLAIM"
    return out


def said_by(text: str, claim) -> list[str]:
    return [text[lk.tail_start : lk.tail_end] for lk in claim.links if lk.type == "said_by"]


def test_arabic_direct_quote_after_emoji_and_crlf():
    text = "👍🏽\r\nوقال بوتين: «الوضع في المنطقة خطير جدا»."
    (c,) = run(text)
    assert c.text == "الوضع في المنطقة خطير جدا"
    assert c.attrs == {"kind": "direct"}
    assert said_by(text, c) == ["بوتين"]


def test_arabic_indirect_after_complementizer_seed_002():
    text = SEEDS[2].read_text(encoding="utf-8")
    claims = run(text)
    lavrov = [c for c in claims if c.text.startswith("روسيا تدعو")]
    assert lavrov and lavrov[0].attrs["kind"] == "indirect"
    assert said_by(text, lavrov[0]) == ["وزير الخارجية الروسي، سيرغي لافروف"]


def test_arabic_headline_colon_seed_002():
    text = SEEDS[2].read_text(encoding="utf-8")
    c = [c for c in run(text) if c.rule == "colon"]
    assert c[0].text == "كان من الممكن حل الوضع في قره باغ سلميا دون اللجوء إلى السلاح"
    assert said_by(text, c[0]) == ["بوتين"]


def test_persian_sov_claim_before_the_verb():
    text = "\u200fپوتین در این گفت\u200cوگو بر ضرورت اجرای کامل توافق آتش\u200cبس تاکید کرد."
    (c,) = run(text)
    assert c.text == "ضرورت اجرای کامل توافق آتش\u200cبس"
    assert said_by(text, c) == ["پوتین"]


def test_persian_ke_clause_seed_001():
    text = SEEDS[1].read_text(encoding="utf-8")
    claims = run(text)
    texts = [c.text for c in claims]
    assert "درگیری قره باغ دیگر گذشته است ما باید به فکر آینده باشیم" in texts
    colon = [c for c in claims if c.text.startswith("توافقات روسیه")]
    assert said_by(text, colon[0]) == ["علی اف رییس جمهوری آذربایجان"]


def test_gofto_gu_is_not_a_cue():
    assert run("پوتین و اردوغان درباره قره باغ گفت و گو کردند.") == []


def test_quoted_name_is_not_a_claim():
    assert run('رئیس جمهوری روسیه با " ولادیمیر پوتین " دیدار کرد.') == []


def test_dated_link_to_date_in_the_same_sentence():
    text = "وقال لافروف في 10 أكتوبر إن الهدنة ستبدأ منتصف الليل.\nوقال آخر شيئا."
    s = text.index("10 أكتوبر")
    date = Suggestion(s, s + 9, "DATE", text[s : s + 9], "dates", "test")
    (c,) = [c for c in run(text, extra=(date,)) if "الهدنة" in c.text]
    dated = [lk for lk in c.links if lk.type == "dated"]
    assert [(lk.tail_start, lk.tail_end) for lk in dated] == [(s, s + 9)]


def test_speaker_from_annotator_spans():
    text = "وأكد المتحدث أن الوضع مستقر تماما."
    s = text.index("المتحدث")
    span = Span(1, 1, "a", "SPEAKER", s, s + 7, "المتحدث")
    (c,) = run(text, spans=[span])
    assert said_by(text, c) == ["المتحدث"]
    assert c.text == "الوضع مستقر تماما"


def test_continuation_is_said_by_the_speaker_it_continues():
    text = (
        "وقال وزير الخارجية الإيراني إن طهران لا تسعى إلى توسيع الصراع.\r\n"
        "وأضاف أن على واشنطن أن تضغط على حليفتها، مؤكدا أن الوقت ينفد 👍."
    )
    claims = run(text)
    assert [c.text for c in claims] == [
        "طهران لا تسعى إلى توسيع الصراع",
        "على واشنطن أن تضغط على حليفتها",
        "الوقت ينفد",
    ]
    assert all(said_by(text, c) == ["وزير الخارجية الإيراني"] for c in claims)


def test_persian_continuation_with_pronoun():
    text = "ناصر کنعانی گفت که ایران به دنبال تنش نیست.\nوی افزود: مذاکرات ادامه خواهد داشت."
    first, second = run(text)
    assert second.text == "مذاکرات ادامه خواهد داشت"
    assert said_by(text, first) == said_by(text, second) == ["ناصر کنعانی"]


def test_persian_reported_speech_without_ke():
    text = (
        "وزیر امور خارجه روسیه سرگئی لاوروف گفت مسکو از هرگونه ابتکار برای "
        "آتش\u200cبس حمایت می\u200cکند."
    )
    (c,) = run(text)
    assert c.text == text[text.index("مسکو") : -1]
    assert said_by(text, c) == ["وزیر امور خارجه روسیه سرگئی لاوروف"]


def test_persian_compound_verbs_with_and_without_zwnj():
    for verb in ("تأکید کرد", "خاطرنشان کرد", "اظهار داشت", "هشدار داده\u200cاند", "اعلام می کند"):
        text = f"سخنگوی دولت {verb} که بودجه سال آینده به مجلس ارائه می\u200cشود."
        (c,) = run(text)
        assert c.text == "بودجه سال آینده به مجلس ارائه می\u200cشود", verb
        assert said_by(text, c) == ["سخنگوی دولت"], verb


def test_quote_over_several_lines_is_one_claim():
    text = "وقال غوتيريش في بيان:\n«لا شيء يبرر العقاب الجماعي\nللشعب الفلسطيني».\nوتابع الاجتماع."
    quotes = [c for c in run(text) if c.attrs["kind"] == "direct"]
    assert [c.text for c in quotes] == ["لا شيء يبرر العقاب الجماعي\nللشعب الفلسطيني"]
    assert said_by(text, quotes[0]) == ["غوتيريش"]


def test_unclosed_quote_runs_to_the_end_of_its_paragraph():
    text = "وقال المتحدث: «نحن لن نقبل بأي تسوية على حساب شعبنا.\n\nوفي سياق آخر، وصل الوفد."
    (c,) = [c for c in run(text) if c.attrs["kind"] == "direct"]
    assert c.text == "نحن لن نقبل بأي تسوية على حساب شعبنا"
    assert said_by(text, c) == ["المتحدث"]


def test_according_to_claims_both_sides():
    text = "وحسب وزارة الصحة في غزة، ارتفع عدد القتلى إلى أكثر من 11 ألفا منذ بدء الحرب."
    (c,) = run(text)
    assert c.text == "ارتفع عدد القتلى إلى أكثر من 11 ألفا منذ بدء الحرب"
    assert said_by(text, c) == ["وزارة الصحة"]
    text = "ووفقا لرافائيل غروسي، فإن إيران خصبت كميات من اليورانيوم بنسبة عالية."
    (c,) = run(text)
    assert c.text == "إيران خصبت كميات من اليورانيوم بنسبة عالية"
    assert said_by(text, c) == ["رافائيل غروسي"]
    text = "ارتفع عدد القتلى إلى 40 شخصا، بحسب الدفاع المدني."
    (c,) = run(text)
    assert c.text == "ارتفع عدد القتلى إلى 40 شخصا"
    assert said_by(text, c) == ["الدفاع المدني"]


def test_every_claim_has_said_by_without_registry():
    doc = Document(1, "t", "", SEEDS[1].read_text(encoding="utf-8"), lang="fa")
    speakers = tuple(get_engine("speakers").suggest(doc, SuggestContext()))
    claims = list(get_engine("claims").suggest(doc, SuggestContext(earlier=speakers)))
    assert len(claims) >= 6
    assert all(any(lk.type == "said_by" for lk in c.links) for c in claims)
    heads = {(s.start, s.end) for s in speakers}
    for c in claims:
        for lk in c.links:
            assert lk.type != "said_by" or (lk.tail_start, lk.tail_end) in heads


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list('قال أن إن بوتين پوتین گفت که تاکید کرد را: «»"“”.،\r\n\u200c\u00a0👍')
        ),
        max_size=80,
    )
)
def test_never_raises_and_text_matches(text):
    run(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_arbitrary_unicode(text):
    run("قال بوتين إن " + text)


def test_a_statement_continues_its_issuer():
    text = "وأعلن الكرملين أن المحادثات مثمرة. وذكر البيان أن الرئيسين اتفقا على التنسيق."
    first, second = run(text)
    assert second.text == "الرئيسين اتفقا على التنسيق"
    assert said_by(text, first) == said_by(text, second) == ["الكرملين"]
