"""Reporting cues for Arabic and Persian news, as data (used by the claims engine).

Every entry is stored in its *folded* form (:func:`annotator.text.fold.fold`: no
hamza on alef, ``ی``/``ى`` -> ``ي``, ``ک`` -> ``ك``, ``ة`` -> ``ه``, ZWNJ dropped), so it can
be searched in ``fold(text)`` directly. Multi-word entries are split on single spaces;
the matcher allows any whitespace, or none (a ZWNJ that folded away), between words.
``*`` stands for exactly one free word (``ابراز * كرد``: ``ابراز نگرانی کرد``).

Arabic verbs take the conjunction proclitics و/ف in front (the matcher allows them).
Standard library only (docs/architecture.md, "Layers").
"""

from __future__ import annotations

from annotator.text.fold import fold

__all__ = [
    "AR_COMPLEMENTIZERS",
    "AR_CUES",
    "AR_OBJECT_PREPS",
    "FA_COMPLEMENTIZERS",
    "FA_CUES",
    "FA_OBJECT_MARKERS",
    "FA_SOV_OPENERS",
    "QUOTE_PAIRS",
]


def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    out = {fold(w).strip() for w in words}
    return tuple(sorted(out, key=lambda w: (-len(w), w)))


# --- Arabic: lemma -> inflections (perfect, imperfect, duals, plurals, active participle).
_AR = {
    "قال": "قال قالت قالا قالتا قالوا يقول تقول يقولان تقولان يقولون قائلا قائلة",
    "أكد": "أكد أكدت أكدا أكدتا أكدوا يؤكد تؤكد يؤكدان تؤكدان يؤكدون مؤكدا مؤكدة",
    "أعلن": "أعلن أعلنت أعلنا أعلنتا أعلنوا يعلن تعلن يعلنان يعلنون معلنا معلنة",
    "أعرب": "أعرب أعربت أعربا أعربتا أعربوا يعرب تعرب يعربان يعربون معربا معربة",
    "أضاف": "أضاف أضافت أضافا أضافوا يضيف تضيف يضيفان يضيفون مضيفا مضيفة",
    "أوضح": "أوضح أوضحت أوضحا أوضحوا يوضح توضح يوضحان موضحا موضحة",
    "صرح": "صرح صرحت صرحا صرحوا يصرح تصرح يصرحان مصرحا",
    "شدد": "شدد شددت شددا شددوا يشدد تشدد يشددان مشددا مشددة",
    "ذكر": "ذكر ذكرت ذكرا ذكروا",
    "أشار": "أشار أشارت أشارا أشاروا يشير تشير مشيرا مشيرة",
    "تابع": "تابع تابعت",
    "حذر": "حذر حذرت حذرا يحذر تحذر محذرا",
    "اعتبر": "اعتبر اعتبرت يعتبر تعتبر معتبرا",
    "جاء في": "جاء_في",
    "نفى": "نفى نفت نفيا نفتا نفوا ينفي تنفي نافيا نافية",
    "ادعى": "ادعى ادعت ادعوا مدعيا مدعية",
    "زعم": "زعم زعمت زعموا يزعم تزعم زاعما",
    "كشف": "كشف كشفت كشفوا كاشفا كاشفة",
    "أفاد": "أفاد أفادت أفادوا يفيد تفيد مفيدا مفيدة",
    "لفت": "لفت لفتت لفتا لافتا لافتة",
    "اعترف": "اعترف اعترفت اعترفوا يعترف تعترف معترفا",
    "كتب": "كتب كتبت",
    "غرد": "غرد غردت مغردا",
    "أردف": "أردف أردفت مردفا",
    "نوه": "نوه نوهت منوها منوهة",
    "أبدى": "أبدى أبدت أبدوا مبديا مبدية",
    "رأى": "رأى رأت يرى ترى",
    "استطرد": "استطرد استطردت",
    "أكمل": "أكمل أكملت",
    "نقل": "نقل نقلت",  # ونقلت وكالة X عن Y: the source is Y (annotator.suggest._speech)
}

#: Folded Arabic cue forms, longest first.
AR_CUES: tuple[str, ...] = _folded(
    tuple(w.replace("_", " ") for forms in _AR.values() for w in forms.split())
)

#: Words after which an Arabic indirect claim starts (أن، إن، أنه، بأن...).
AR_COMPLEMENTIZERS: tuple[str, ...] = _folded(
    ("أن", "إن", "أنه", "أنها", "إنه", "إنها", "بأن", "بأنه", "بأنها", "أنهما", "إنهما")
)

#: Prepositions that open the object of a cue: أعرب عن، أكد على، شدد على، أشار إلى.
AR_OBJECT_PREPS: tuple[str, ...] = _folded(("عن", "على", "إلى"))

# --- Persian: light-verb stems x inflections.
_FA_SIMPLE = (
    "گفت", "گفتند", "گفته است", "گفته‌اند", "گفته اند", "گفته بود", "می‌گوید", "می‌گویند",
    "افزود", "افزودند", "افزوده است", "افزوده‌اند", "می‌افزاید", "نوشت", "نوشته است",
    "خاطرنشان ساخت", "یادآور شد", "یادآور شدند", "مدعی شد", "مدعی شدند", "متذکر شد",
    "یادآور می‌شود", "مدعی است", "معتقد است",
)  # fmt: skip
#: Light-verb stems x the inflections of their verb (کرد, داد, داشت).
_FA_LIGHT = {
    "کرد": (
        "تاکید", "اعلام", "ابراز *", "خاطر نشان", "خاطرنشان", "تصریح", "بیان", "عنوان",
        "اشاره", "تکذیب", "ادعا", "اعتراف", "اذعان", "اضافه", "یادآوری", "توصیف",
        "ارزیابی", "پیش‌بینی", "اظهار",
    ),
    "داد": ("ادامه", "هشدار", "توضیح", "پاسخ", "خبر", "اطمینان", "وعده", "گزارش", "اطلاع"),
    "داشت": ("اظهار", "بیان", "اعلام", "عنوان"),
}  # fmt: skip
_FA_INFLECT = {
    "کرد": (
        "کرد", "کردند", "کرده است", "کرده‌اند", "کرده اند", "کرده بود", "می‌کند", "می‌کنند",
        "کرده",
    ),
    "داد": ("داد", "دادند", "داده است", "داده‌اند", "داده اند", "می‌دهد", "می‌دهند"),
    "داشت": ("داشت", "داشتند", "داشته است", "داشته‌اند", "می‌دارد"),
}  # fmt: skip


def _fa_forms() -> tuple[str, ...]:
    light = (
        f"{stem} {verb}"
        for light, stems in _FA_LIGHT.items()
        for stem in stems
        for verb in _FA_INFLECT[light]
    )
    return _FA_SIMPLE + tuple(light)


#: Folded Persian cue forms, longest first.
FA_CUES: tuple[str, ...] = _folded(_fa_forms())

#: After these a Persian claim follows the verb (``گفت که ...``).
FA_COMPLEMENTIZERS: tuple[str, ...] = _folded(("که",))

#: Stripped from the end of a claim that precedes its verb (``... را تاکید کرد``).
FA_OBJECT_MARKERS: tuple[str, ...] = _folded(("را",))

#: Stripped from the start of such a claim (``بر ... تاکید کرد``، ``از ... ابراز نگرانی کرد``).
FA_SOV_OPENERS: tuple[str, ...] = _folded(("بر", "نیز بر", "نیز", "همچنین بر", "همچنین"))

#: Opening -> closing quotation marks ("" is paired with itself within a line).
QUOTE_PAIRS: dict[str, str] = {"«": "»", "“": "”", '"': '"', "„": "“"}
