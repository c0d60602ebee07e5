"""Small annotated articles for the learned-model tests: SPEAKER spans marked ``[[...]]``
in real Arabic and Persian text (with CRLF, NBSP, ZWNJ and emoji where they occur)."""

from __future__ import annotations

import re

from annotator.core.model import Document
from annotator.services.annotate import AnnotationSession
from annotator.services.project import Project, store_of

ARABIC = [
    "قال [[وزير الخارجية المصري]] إن المفاوضات ستستأنف قريبا.\r\n"
    "والتقى الوزير نظيره الأردني في القاهرة 🇪🇬.\r\n"
    "وأكد [[المتحدث باسم الحكومة]] أن الاتفاق سيوقع الشهر المقبل.",
    "أعلن [[وزير الصحة اللبناني]] أن عدد الإصابات ارتفع.\n"
    "وزار الوزير مستشفى رفيق الحريري في بيروت.\n"
    "وقال [[مدير المستشفى]] إن الأسرة ممتلئة.",
    "قال [[رئيس الوزراء العراقي]] إن الانتخابات ستجرى في موعدها.\n"
    "واستقبل رئيس الوزراء وفدا من الأمم المتحدة.\n"
    "وأكد [[المتحدث باسم الوفد]] أن المنظمة تدعم العملية.",
    "أكد [[وزير المالية الكويتي]] أن العجز سينخفض هذا العام.\n"
    "ووقع الوزير اتفاقا مع البنك الدولي.\n"
    "وقال [[محافظ البنك المركزي]] إن التضخم تحت السيطرة.",
    "قال [[المتحدث باسم الجيش]] إن القوات صدت هجوما.\u00a0"
    "وتفقد قائد الجيش المواقع الأمامية.\n"
    "وأكد [[مصدر عسكري]] أن الوضع هادئ.",
    "أعلن [[وزير التعليم المغربي]] أن المدارس ستفتح في سبتمبر 👍🏽.\n"
    "والتقى الوزير ممثلي النقابات في الرباط.\n"
    "وقال [[رئيس النقابة]] إن الحوار سيستمر.",
    "قال [[وزير الزراعة السوري]] إن محصول القمح جيد.\n"
    "وجال الوزير في حقول الحسكة.\n"
    "وأكد [[رئيس اتحاد الفلاحين]] أن الأسعار عادلة.",
    "أكد [[المتحدث باسم الرئاسة]] أن الرئيس سيزور باريس.\n"
    "واستقبل الرئيس سفير فرنسا في القصر.\n"
    "وقال [[السفير الفرنسي]] إن الزيارة مهمة.",
]

PERSIAN = [
    "[[سخنگوی وزارت امور خارجه]] گفت که مذاکرات ادامه دارد.\n"
    "وزیر با همتای روس خود در تهران دیدار کرد.",
    "[[وزیر بهداشت]] اعلام کرد که واکسن‌ها رسیده‌اند.\nرئیس‌جمهور از بیمارستان بازدید کرد.",
]

MARK = re.compile(r"\[\[(.+?)\]\]")


def unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without ``[[ ]]`` and the marked ranges in it (asserted to match)."""
    text, spans, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos : m.start()]
        spans.append((len(text), len(text) + len(m.group(1))))
        text += m.group(1)
        pos = m.end()
    text += marked[pos:]
    for (s, e), m in zip(spans, MARK.finditer(marked), strict=True):
        assert text[s:e] == m.group(1)
    return text, spans


def annotate(project: Project, analyst: str, articles: list[str], lang: str, done=True) -> list:
    """Add the articles as documents, tag their SPEAKERs in ``analyst``'s layer, mark
    them done; returns the document ids."""
    store = store_of(project)
    ids = []
    session = AnnotationSession(project, analyst)
    for n, marked in enumerate(articles):
        text, spans = unmark(marked)
        ext = f"{lang}-{analyst}-{store.documents.count()}"
        doc = Document(None, ext, f"{lang} {n}", text, lang, "rtl")
        with store.atomic():
            (doc_id,) = store.documents.insert_many([doc])
        doc = store.documents.get(doc_id)
        for s, e in spans:
            session.create_span(doc, s, e, "SPEAKER", snap=False)
        if done:
            session.set_status(doc_id, "done")
        ids.append(doc_id)
    return ids
