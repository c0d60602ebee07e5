"""Read the fields of one grammar match (day, month, year, calendar, clock, season...),
or reject it: homographs (a programme called ``"اليوم"``, the verb ``غدا`` "became"),
ambiguous month names without a day or year, numbers that are no dates."""

from __future__ import annotations

import re

from annotator.text.dates import lexicon_months, lexicon_ordinals
from annotator.text.dates import lexicon_weekdays as lw
from annotator.text.dates import patterns as p
from annotator.text.fold import fold

__all__ = ["era_calendar", "read_fields"]

_PAST = {p.key(fold(w)) for w in lw.PAST_WORDS}
_TODAY = {p.key(fold(w)) for w in lw.TODAY_WORDS}
_WEEKDAYS = lw.FOLDED
_QUOTES_OPEN = "\"«“'‘„"
_QUOTES_CLOSE = "\"»”'’“"
# A word naming a title before a date word makes it a name: برنامج "اليوم", روزنامه امروز.
_TITLE_NOUNS = {
    p.key(fold(w))
    for w in (
        "برنامج",
        "برامج",
        "صحيفة",
        "جريدة",
        "قناة",
        "موقع",
        "مجلة",
        "نشرة",
        "شبكة",
        "برنامه",
        "روزنامه",
        "نشریه",
        "مجله",
        "شبکه",
        "سایت",
    )
}
_VERB_NEXT = {p.key(fold(w)) for w in ("من", "أكثر", "أقل", "بمثابة", "جزءا", "أمرا", "ممكنا")}
_NAME_LIKE = {p.key(fold(w)) for w in ("اليوم", "امروز", "غدا", "أمس", "فردا", "دیروز")}
_WORD = re.compile(rf"{p.L}+")
# Words after اليوم / غدا that start like a definite noun but are not one.
_PRESENT_STEM = re.compile(
    fold(
        "(?:خواه|گوی|گوی|شو|کن|رو|آی|آور|توان|دان|بین|ده|گیر|رس|زن|باش|یاب|پرداز|خور|ساز|ماند|گذار)"
    )
)
_NOT_NOUNS = {*_WEEKDAYS, "الي", "الا", "الان"}
_PREV_WORD = re.compile(rf"({p.L}+)[\s\"«“'‘„:]*$")


def era_calendar(era: str | None, year: int, lang: str, default: str) -> str:
    """The calendar of a year: its era word, else the month's calendar (``default``),
    else by size (a year before 1600 is Solar Hijri in Persian, Hijri otherwise)."""
    era = p.key(era or "").replace(".", "")
    if era in ("ش", "هش", "شمسي"):
        return "solar_hijri"
    if era in ("ه", "هق", "هجري", "هجريه", "قمري"):
        return "hijri"
    if era in ("م", "ميلادي", "ميلاديه"):
        return "gregorian"
    if default == "gregorian" and year < 1600:  # a bare 13xx/14xx year
        return "solar_hijri" if lang == "fa" else "hijri"
    return default


def _next_word(ftext: str, end: int) -> str:
    m = _WORD.match(ftext, end + (len(ftext[end:]) - len(ftext[end:].lstrip())))
    return m.group() if m else ""


def is_name_not_date(ftext: str, start: int, end: int, word: str) -> bool:
    """``word`` (a relative day word at ``start:end``) is a title or a verb here."""
    before = ftext[max(0, start - 1) : start]
    after = ftext[end : end + 1]
    if before and before in _QUOTES_OPEN and after and after in _QUOTES_CLOSE:
        return True
    prev = _PREV_WORD.search(ftext, max(0, start - 30), start)
    if prev and p.key(prev.group(1)) in _TITLE_NOUNS:
        return True
    nxt = _next_word(ftext, end)
    if word in ("اليوم", "غدا") and nxt.startswith("ال") and nxt not in _NOT_NOUNS:
        return True  # اليوم الأول, اليوم العالمي; غدا الوضع (the verb "became")
    return word == "غدا" and nxt in _VERB_NEXT


def _year(out: dict, g: dict, rule: str, lang: str) -> bool:
    """Set ``year`` and ``calendar``; False when the year cannot be one."""
    year = int(g["year"])
    if rule in ("year", "season", "quarter") and not 1000 <= year <= 2100:
        return False
    out["year"] = year
    default = out.get("calendar", "gregorian")
    if "month" in out and default == "gregorian" and year < 1600:
        return False  # a Gregorian month with a Hijri-sized year: not a date we read
    out["calendar"] = era_calendar(g.get("era"), year, lang, default)
    return True


def _tail(out: dict, g: dict) -> None:
    """``مايو الماضي`` (direction), ``مارس من العام الماضي`` (year offset)."""
    if g.get("yrel"):
        out["year_offset"] = p.YEAR_REL[p.key(g["yrel"])]
    elif g.get("mmod"):
        direction = p.MONTH_MODS[p.key(g["mmod"])]
        if direction:
            out["direction"] = direction
        else:
            out["year_offset"] = 0


def read_fields(rule: str, m: re.Match[str], ftext: str, lang: str) -> dict | None:
    """The fields of one match; None when it is not a date after all."""
    g = m.groupdict()
    out: dict = {"rule": rule}
    if g.get("pmod"):
        out["mod"] = p.PART_MODS[p.key(g["pmod"])]
    if g.get("pmod2"):
        out["mod"] = p.PART_MODS[p.key(g["pmod2"])]
    if g.get("month") is not None:
        cal, month, ambiguous = lexicon_months.FOLDED[p.key(g["month"])]
        decided = any(g.get(k) for k in ("day", "year", "mword", "alt1", "pmod", "yrel", "mmod"))
        if ambiguous and not decided:
            return None
        if p.key(g["month"]) == "مي" and _PRESENT_STEM.match(_next_word(ftext, m.end("month"))):
            return None  # "۲ می خواهند": the verb prefix, not May
        out.update(calendar=cal, month=month)
    if g.get("day") is not None:
        ordinal = g.get("ord")
        day = int(g["day"]) if ordinal is None else lexicon_ordinals.FOLDED[p.key(ordinal)]
        out["day"] = day
    if g.get("year") is not None and not _year(out, g, rule, lang):
        return None
    _tail(out, g)
    reader = _READERS.get(rule)
    if reader is not None and not reader(out, g, m, ftext, lang):
        return None
    return out


def _dmy(out, g, m, ftext, lang) -> bool:
    if g.get("pre"):  # a list or range of days of one month: the month is the value
        out["rule"] = "list"
        out["day"] = None
    return True


def _numeric(out, g, m, ftext, lang) -> bool:
    y, mo, d = (g["y"], g["m"], g["d"]) if g["y"] else (g["y2"], g["m2"], g["d2"])
    year, month, day = int(y), int(mo), int(d)
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2100):
        return False
    cal = era_calendar(None, year, lang, "gregorian")
    out.update(year=year, month=month, day=day, calendar=cal)
    return True


def _years(out, g, m, ftext, lang) -> bool:
    y1, y2 = int(g["y1"]), int(g["y2"])
    if not (1000 <= y1 < y2 <= 2100):
        return False
    conn = g["conn"]
    if not g.get("frame") and conn not in ("-", "–") and not g.get("unit"):
        return False
    out["calendar"] = era_calendar(None, y1, lang, "gregorian")
    out["empty"] = True
    return True


def _weekday(out, g, m, ftext, lang) -> bool:
    out["weekday"] = _WEEKDAYS[p.key(g["wd"])]
    out["today"] = p.key(g["lead"] or "") in _TODAY
    if g.get("mod"):
        out["direction"] = -1 if p.key(g["mod"]) in _PAST else 1
    if g.get("pod"):
        out["pm"] = p.DAY_PARTS_PM[p.key(g["pod"])]
    return True


def _relative(out, g, m, ftext, lang) -> bool:
    word = p.key(g["rel"])
    out["unit"], out["offset"] = p.RELATIVE[word]
    if word in _NAME_LIKE and is_name_not_date(ftext, m.start("rel"), m.end("rel"), word):
        return False
    if g.get("pod"):
        out["pm"] = p.DAY_PARTS_PM[p.key(g["pod"])]
    return True


def _part(out, g, m, ftext, lang) -> bool:
    out["unit"], out["offset"] = p.BARE_UNITS[p.key(g["bunit"])], 0
    return True


def _ago(out, g, m, ftext, lang) -> bool:
    direction = 1 if p.key(g.get("adir") or g.get("pdir") or "") in p.LATER else -1
    if g.get("dual"):
        unit, count = p.DUALS[p.key(g["dual"])], 2
    elif g.get("single"):
        unit, count = p.SINGLES[p.key(g["single"])], 1
    elif g.get("vague"):
        unit, count = p.COUNTED[p.key(g.get("vunit") or g["cunit"])], 0
        out["vague"] = direction
    else:
        num = g["num"]
        count = int(num) if num.isdigit() else p.COUNTS[p.key(num)]
        unit = p.COUNTED[p.key(g["cunit"])]
        if count == 0 or count > 200:
            return False
    out.update(unit=unit, offset=direction * count, rule="ago")
    return True


def _clock(out, g, m, ftext, lang) -> bool:
    if g.get("hword"):
        hour, minute = p.HOUR_WORDS[p.key(g["hword"])], 30 if g.get("half") else 0
    else:
        hour, minute = int(g["hour"]), int(g["minute"] or 0)
    if g.get("ampm"):
        shift = p.CLOCK_PARTS[p.key(g["ampm"])]
        if shift and hour < 12 and not (p.key(g["ampm"]) == "ليلا" and hour < 5):
            hour += shift
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return False
    out.update(hour=hour, minute=minute, utc=bool(g.get("utc")))
    if out["rule"] == "clock_bare" and not g.get("utc") and not g.get("ampm"):
        out["bare"] = True  # 10:45 alone: a date only next to a date
    out["rule"] = "clock"
    return True


def _season(out, g, m, ftext, lang) -> bool:
    if not any(g.get(k) for k in ("sword", "year", "yrel", "mmod", "pmod")):
        return False
    out["season"] = p.SEASONS[p.key(g["season"])]
    if "year" not in out:
        out["calendar"] = "solar_hijri" if lang == "fa" else "gregorian"
    return True


def _quarter(out, g, m, ftext, lang) -> bool:
    out["quarter"] = p.QUARTERS[p.key(g["qord"])]
    if "year" not in out:
        out["calendar"] = "solar_hijri" if lang == "fa" else "gregorian"
        if g.get("bare"):
            out["year_offset"] = 0
    return True


def _decade(out, g, m, ftext, lang) -> bool:
    century = p.CENTURIES[p.key(g["cent"])] if g.get("cent") else 19
    out["decade"] = century * 10 + p.DECADE_STEMS[p.key(g["dstem"])]
    return True


def _decade_fa(out, g, m, ftext, lang) -> bool:
    era = p.key(g.get("dera") or "")
    if g.get("ddig"):
        digits = g["ddig"]
        if len(digits) == 4:
            if not digits.endswith("0"):
                return False
            year = int(digits)
            out["decade"] = year // 10
            out["calendar"] = "gregorian" if year >= 1600 else "solar_hijri"
            return True
        tens = int(digits) // 10 if int(digits) % 10 == 0 else None
        if tens is None or tens == 0:
            return False
    else:
        tens = p.PERSIAN_TENS[p.key(g["dten"])]
    gregorian = era in p.ERA_GREGORIAN
    out["decade"] = (190 if gregorian else 130) + tens
    out["calendar"] = "gregorian" if gregorian else "solar_hijri"
    return True


_READERS = {
    "dmy": _dmy,
    "numeric": _numeric,
    "years": _years,
    "weekday": _weekday,
    "relative": _relative,
    "part": _part,
    "ago": _ago,
    "ago_fa": _ago,
    "clock": _clock,
    "clock_bare": _clock,
    "season": _season,
    "quarter": _quarter,
    "decade": _decade,
    "decade_fa": _decade_fa,
}
