"""The tense of the sentence around a date expression: future, past or unknown.

Used to resolve a date without a year (the nearest occurrence that fits the tense) and a
bare weekday (the next one in a future-tense sentence). Markers, on folded text:

- future: Arabic ``سوف``, ``سـ`` + an imperfect verb of a closed list (``سيعقد``,
  ``ستبدأ``, ``سيتم``...), ``من المقرر``, ``من المنتظر``, ``يعتزم``; Persian ``خواهد``
  and its persons, ``قرار است``, ``برگزار می‌شود``;
- past: Arabic ``أمس``, ``الماضي``, ``في وقت سابق``, ``كان``, ``لقد``; Persian a past verb
  ending the sentence (``کرد``, ``شد``, ``گفت``, ``بود``...).

When a sentence has both, the marker nearest to the expression decides.
"""

from __future__ import annotations

import re

from annotator.text.fold import fold

__all__ = ["FUTURE", "PAST", "UNKNOWN", "sentence_tense"]

FUTURE, PAST, UNKNOWN = 1, -1, 0

_BOUNDARY = re.compile(r"[.!?؟\n]")
_L = r"[^\W\d_]"
_FUTURE_STEMS = (
    "تم|كون|عقد|زور|بدا|لتقي|جري|نطلق|صل|توجه|شارك|علن|قوم|ناقش|ستمر|صدر|حضر|عود|جتمع"
    "|فتتح|نعقد|ستضيف|ستانف|نفذ|دخل|وقع|رفع|طرح|قدم|صبح|بقي|تخذ|عمل|سافر|غادر|تولي|عرض"
    "|حتفل|نتهي|نطلق|طلق|قام|صوت|بحث|لقي|ترشح|جتمع"
)
_FUTURE = re.compile(
    rf"(?<!{_L})(?:[وف]?(?:سوف|س[يتنا](?:{_FUTURE_STEMS}){_L}*)"
    rf"|[وف]?(?:من\s+المقرر|من\s+المنتظر|يعتزم|تعتزم)|"
    rf"خواه(?:د|ند|م|يم|يد|ي)|قرار\s+است|برگزار\s+مي\s*شود|(?:ال)?مقبل|القادم|اينده)(?!{_L})"
)
_PAST = re.compile(
    rf"(?<!{_L})[وف]?(?:امس|الماضي|الماضيه|الفائت|المنصرم|في\s+وقت\s+سابق|كان|كانت|لقد|"
    rf"گذشته|ديروز)(?!{_L})"
    rf"|(?<!{_L})(?:كرد|شد|گفت|بود|داشت|داد|رفت|امد|رسيد|كردند|شدند|گفتند|بودند|دادند"
    rf"|كرده|شده|گفته|داده)(?:\s+(?:است|اند|بود))?\s*[.!?]?\s*$"
)


def _sentence(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence around ``text[start:end]`` (at most 400 characters each side) and
    where it starts."""
    left = max((m.end() for m in _BOUNDARY.finditer(text, max(0, start - 400), start)), default=0)
    left = max(left, start - 400)
    right = _BOUNDARY.search(text, end)
    return text[left : right.end() if right else min(len(text), end + 400)], left


def sentence_tense(text: str, start: int, end: int) -> int:
    """FUTURE (1), PAST (-1) or UNKNOWN (0) for the sentence holding ``text[start:end]``:
    the marker nearest to the expression decides (``قال أمس إن الاجتماع سيعقد الخميس``
    is future for the Thursday); the expression itself is left out."""
    sentence, offset = _sentence(text, start, end)
    left = fold(sentence[: start - offset])
    right = fold(sentence[end - offset :])
    here = len(left)
    folded = left + " " + right
    best, tense = None, UNKNOWN
    for pattern, value in ((_FUTURE, FUTURE), (_PAST, PAST)):
        for m in pattern.finditer(folded):
            distance = here - m.end() if m.end() <= here else m.start() - here
            if best is None or distance < best:
                best, tense = distance, value
    return tense
