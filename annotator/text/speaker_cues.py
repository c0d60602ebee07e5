"""Where a speaker mention starts and ends, as data (used by the speakers engine).

The speakers engine takes the subject of a reporting verb (after an Arabic verb, before a
Persian one), the source of an "according to" phrase and the name before a colon as a
SPEAKER. These lists say which words end such a noun phrase (prepositions,
complementisers, adverbs, pronouns), which words are titles and roles (so that a name
set off by a comma after a title stays in the mention: ``وزير الخارجية الروسي، سيرغي
لافروف``), and which phrases introduce a source.

Every entry is stored in its *folded* form (:func:`annotator.text.fold.fold`, like
:mod:`annotator.text.reporting_cues`), so it is compared with words of ``fold(text)``;
Persian words joined by a ZWNJ fold to one word (``رئیس‌جمهور`` -> ``رييسجمهور``).
Standard library only (docs/architecture.md, "Layers").
"""

from __future__ import annotations

from annotator.text.fold import fold

__all__ = [
    "AGENCIES",
    "AR_ACCORDING",
    "AR_DOCUMENTS",
    "AR_GENITIVE_HEADS",
    "AR_NP_STOPS",
    "AR_OBJECT_HEADS",
    "AR_PRONOUNS",
    "AR_RELAY_VERBS",
    "AR_TITLES",
    "FA_ACCORDING",
    "FA_NP_STOPS",
    "FA_PRONOUNS",
    "FA_RELAY",
    "FA_SKIP_OPENERS",
    "FA_TITLES",
    "NOT_SPEAKERS",
]


def _set(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


def _phrases(phrases: tuple[str, ...]) -> tuple[str, ...]:
    out = {" ".join(fold(p).split()) for p in phrases}
    return tuple(sorted(out, key=lambda p: (-len(p), p)))


#: Words that end an Arabic subject after its verb (and are not part of it).
AR_NP_STOPS: frozenset[str] = _set(
    "أن إن أنه إنه أنها إنها أنهم إنهم أنهما بأن بأنه بأنها بأنهم لأن وأن وإن "
    "في على عن إلى الى من مع خلال أمام بعد قبل عقب لدى حول ضمن منذ عبر وسط بين أثناء "
    "إثر خلال حيث الذي التي الذين اللذين وذلك كما بينما لكن ولكن ثم قد لقد هذا هذه "
    "يوم اليوم أمس غدا مساء صباح ظهر ليلة فجر الليلة قوله قولها أيضا كذلك مجددا اليوم "
    "تعليقا ردا معلقا تعقيبا وفقا بحسب حسب نقلا لوكالة لقناة لصحيفة للصحفيين للصحافيين "
    "للصحافة للتلفزيون لموقع لشبكة لإذاعة لراديو هو هي وهو وهي إنما ما لا لم لن "
    "فيه فيها عنه عنها له لها به بها"
)

#: Title words after which a word with the preposition ل stays in the subject
#: (``الأمين العام للأمم المتحدة``, ``المبعوث الخاص للأمم المتحدة``).
AR_GENITIVE_HEADS: frozenset[str] = _set(
    "العام العامة السامي الخاص الخاصة الدائم الدائمة الرسمي الرسمية التنفيذي التنفيذية "
    "الإقليمي الأعلى الأول الأممي المساعد المساعدة الصحفي الإعلامي الدولية الدولي "
    "العالمية العالمي"
)

#: Nouns that open the object of a verb, never part of its subject
#: (``أكد بوتين ضرورة ...``: the subject is ``بوتين``).
AR_OBJECT_HEADS: frozenset[str] = _set(
    "ضرورة أهمية استعداد رفض دعم التزام حرص عزم إمكانية وجود عدم استمرار تمسك قلق "
    "قلقه قلقها ترحيب ترحيبه تضامن أمله أملها رغبة سيطرة استعداده استعدادها"
)

#: Documents that "contain" a statement (``وجاء في البيان``): their issuer is the source.
AR_DOCUMENTS: frozenset[str] = _set("بيان البيان تقرير التقرير رسالة الرسالة نص بلاغ البلاغ")

#: Heads of a news agency or outlet: relays another source (``نقلا عن``, ``به نقل از``),
#: so it is never the SPEAKER of what it relays.
AGENCIES: frozenset[str] = _set(
    "وكالة وكالات قناة صحيفة موقع شبكة إذاعة تلفزيون خبرگزاری روزنامه شبکه پایگاه "
    "سایت رسانه رسانه‌ها خبرگزاریهای تلویزیون رادیو"
)

#: Arabic titles, roles, offices and organisations (the head of a subject).
AR_TITLES: frozenset[str] = _set(
    "الرئيس رئيس رئيسة الرئيسة وزير وزيرة الوزير الوزيرة المتحدث المتحدثة متحدث الناطق "
    "الناطقة ناطق الأمين المدير مدير مديرة السفير سفير المندوب مندوب المبعوث مبعوث "
    "القائد قائد نائب النائب مستشار المستشار زعيم الزعيم الملك الأمير ولي الشيخ المرشد "
    "مسؤول المسؤول مسؤولون مسؤولين مصدر مصادر المصدر وزارة الوزارة الحكومة حكومة الجيش "
    "جيش الشرطة الخارجية الرئاسة البيت الكرملين الأمم منظمة المنظمة الوكالة وكالة مكتب "
    "المكتب حركة الحركة حزب الحزب هيئة الهيئة مجلس المجلس اللجنة لجنة البنك صندوق "
    "السلطات المفوض المفوضية محافظ المحافظ الخبير خبير المحلل مراسل شهود دبلوماسي "
    "دبلوماسيون الدفاع الصحة الداخلية البرلمان المحكمة النيابة الادعاء الجيش المرصد"
)

#: Arabic "according to" phrases; the source follows (a ل may be attached to it).
AR_ACCORDING: tuple[str, ...] = _phrases(
    (
        "وفقا ل", "وفقاً ل", "طبقا ل", "استنادا إلى", "بحسب", "حسب", "نقلا عن",
        "على حد قول", "على لسان", "بحسب ما قال", "بحسب ما ذكر", "بحسب ما أفاد",
        "حسبما قال", "حسبما ذكر", "حسبما أفاد", "وفق",
    )
)  # fmt: skip

#: Arabic verbs of relaying (``ونقلت وكالة X عن Y قوله``): the source is after عن.
AR_RELAY_VERBS: frozenset[str] = _set("نقل نقلت نقلا ينقل تنقل")

#: Arabic pronoun subjects (a continuing statement, not a mention).
AR_PRONOUNS: frozenset[str] = _set("هو هي هم هما نحن أنا")

#: Words that end a Persian subject before its verb.
FA_NP_STOPS: frozenset[str] = _set(
    "در با به از بر برای طی ضمن پس پیش روز امروز دیروز فردا صبح عصر شب بامداد ظهر "
    "نیز هم همچنین که را تا اما ولی چون زیرا اینکه آنکه درباره پیرامون دربارهٔ خطاب "
    "اخیرا اخیراً تاکنون سپس هفته ماه سال بار پیشتر قبلا قبلاً همچنان بلکه یا "
    "امسال بعد اکنون هنوز حتی طبق بنابر بنا علاوه ضمنا البته سپس اما پیرامون"
)

#: Persian pronoun subjects (a continuing statement, not a mention).
FA_PRONOUNS: frozenset[str] = _set("وی او ایشان آنها آن‌ها آنان ما من این‌ها")

#: Persian titles, roles, offices and organisations (the head of a subject).
FA_TITLES: frozenset[str] = _set(
    "رئیس رییس رئیس‌جمهور رییس‌جمهور رئیس‌جمهوری رییس‌جمهوری وزیر سخنگوی سخنگو "
    "دبیرکل دبیر مدیر معاون مشاور سفیر نماینده فرمانده رهبر نخست‌وزیر نخست "
    "وزارت سازمان دولت ارتش سپاه پلیس دفتر کاخ شورای مجلس کمیسیون منبع منابع "
    "مقام مقامات یک"
)

#: Persian "according to" phrases; the source follows.
FA_ACCORDING: tuple[str, ...] = _phrases(
    (
        "به گفته", "به گفتهٔ", "به گفته‌ی", "از قول", "به اعتقاد", "به ادعای",
        "طبق اعلام", "بنابر اعلام", "بنا بر اعلام", "به اعلام", "به نوشته",
        "به نوشتهٔ", "طبق گفته", "طبق گفته‌های",
    )
)  # fmt: skip

#: Persian phrases that name a relaying agency (never the speaker) or the original
#: source (``به نقل از``: the source that the agency relays, a SPEAKER).
FA_RELAY: tuple[str, ...] = _phrases(("به نقل از",))

#: Words skipped at the start of a Persian clause before its subject
#: (``«...»؛ این را X گفت``).
FA_SKIP_OPENERS: tuple[str, ...] = _phrases(
    ("این را", "این‌ها را", "همچنین", "در همین حال", "در ادامه", "از سوی دیگر", "نیز")
)

#: Words before a colon that are page furniture, never a speaker (``الكلمات الدلالية:``).
NOT_SPEAKERS: frozenset[str] = _set(
    "الكلمات الدلالية انظر أيضا اقرأ المصدر تابعنا المزيد موضوعات ذات صلة كلمات کلیدی "
    "بیشتر بخوانید منبع برچسب‌ها مطالب مرتبط عکس فيديو صورة التعليق الرابط ملاحظة "
    "تنویه تنبيه عاجل فوری خبر"
)
