"""Noun phrases of reported speech: where a speaker mention starts and ends (the
subject of a reporting verb, the source of "according to", the words before a colon),
for :class:`annotator.suggest._speech.Analysis`. Word lists in
:mod:`annotator.text.speaker_cues`; everything here works on word indices of the folded
text (``ws``, ``we``, ``wt``) and returns source ranges.
"""

from __future__ import annotations

import re

from annotator.text import speaker_cues as sp
from annotator.text.fold import Folded

_MAX_NP = 9
_WORD = re.compile(r"\w+")


def phrase_regex(phrases: tuple[str, ...], clitics: str) -> re.Pattern[str]:
    """A pattern for folded ``phrases`` behind optional ``clitics``; a phrase ending in
    ``ل`` may be glued to the next word (``وفقا لرافائيل``)."""
    alts = []
    for p in phrases:
        body = r"\s+".join(map(re.escape, p.split(" ")))
        alts.append(body + (r"\s*" if p.endswith(" ل") else r"(?!\w)"))
    prefix = f"(?:[{clitics}])?" if clitics else ""
    return re.compile(rf"(?<!\w){prefix}(?:{'|'.join(alts)})")


_FA_OPENER = phrase_regex(sp.FA_SKIP_OPENERS, "")
_FA_REPORTED = re.compile(r"(?<!\w)(?:به\s+گزارش|به\s+نقل\s+از)(?!\w)")


class NounPhrases:
    """Mixin: noun-phrase extraction over the analysis's words (see the module). The
    class it is mixed into gives the attributes below and ``fpos``, ``src``,
    ``sentence``, ``_word_at`` (:class:`annotator.suggest._speech.Analysis`)."""

    ft: str
    folded: Folded
    ws: list[int]
    we: list[int]
    wt: list[str]
    date_starts: set[int]
    cue_starts: set[int]
    _inside_word: int
    cues: list

    def _range(self, np, lang: str) -> tuple[tuple[int, int], ...] | None:
        """Source ranges of the noun phrase ``np`` (word indices): one per member of a
        group joined by و (``بوتين وماكرون``, ``پوتین و اردوغان``), the first first."""
        if not np or np == "pronoun":
            return None
        groups: list[list[int]] = [[]]
        for i in np:
            w = self.wt[i]
            if groups[-1] and (
                w == "و" or (lang == "ar" and w[:1] == "و" and len(w) > 3 and w not in sp.AR_TITLES)
            ):
                groups.append([])
                if w == "و":
                    continue
            groups[-1].append(i)
        out = []
        for k, g in enumerate(groups):
            if not g:
                continue
            fs, fe = max(self.ws[g[0]], self._inside_word), self.we[g[-1]]
            w = self.wt[g[0]]
            if lang == "ar" and w[:1] in "وف" and len(w) > 3:
                rest = w[1:]
                if k > 0 or rest.startswith("ال") or rest in sp.AR_TITLES:
                    fs += 1
            out.append(self.src(fs, fe))
        return tuple(out) or None

    def _stop(self, i: int, stops: frozenset[str]) -> bool:
        ws = self.ws[i]
        return self.wt[i] in stops or ws in self.date_starts or ws in self.cue_starts

    def _np_after(self, fpos: int, lang: str):
        """Word indices of the noun phrase starting after ``fpos`` (Arabic subject,
        or the source after an "according to" phrase), "pronoun", or []."""
        ft, wt = self.ft, self.wt
        stops = sp.AR_NP_STOPS if lang == "ar" else sp.FA_NP_STOPS
        i = self._word_at(fpos)
        if i > 0 and self.ws[i - 1] < fpos < self.we[i - 1]:
            i -= 1  # وفقا لـX: the source starts inside the word, after the ل
            self._inside_word = fpos
        np: list[int] = []
        prev = max(fpos, self.ws[i]) if i < len(wt) else fpos
        apposition = False
        while i < len(wt) and len(np) < _MAX_NP:
            gap = ft[prev : self.ws[i]]
            if "\n" in gap or (gap.strip() and (not np or gap.strip() != ",")):
                break
            if gap.strip() == ",":
                if apposition or not self._apposition(np, i, lang):
                    break
                apposition = True
            w = wt[i]
            if not np and (w in sp.AR_PRONOUNS or w in sp.FA_PRONOUNS):
                return "pronoun"
            if self._stop(i, stops) or (lang == "ar" and w in sp.AR_OBJECT_HEADS):
                break
            if lang == "ar" and np and _object_after_name(wt[np[0]], wt[np[-1]], w):
                break
            lam = lang == "ar" and (w == "ل" or w.startswith("لل"))
            if lam and not (np and wt[np[-1]] in sp.AR_GENITIVE_HEADS):
                break
            np.append(i)
            prev = self.we[i]
            i += 1
        return np

    def _apposition(self, np: list[int], i: int, lang: str) -> bool:
        """A comma inside a subject: ``وزير الخارجية الروسي، سيرغي لافروف،`` (a title,
        then the name set off by commas) keeps the name in the mention."""
        titles = sp.AR_TITLES if lang == "ar" else sp.FA_TITLES
        first = self.wt[np[0]]
        if first not in titles and first[1:] not in titles:
            return False
        if self.wt[i] in titles or self.wt[i][:1] == "و":
            return False
        j = i
        while j < len(self.wt) and j - i < 5:
            gap = self.ft[self.we[j] : self.ws[j + 1]] if j + 1 < len(self.wt) else ""
            if gap.strip() == ",":
                return True
            if gap.strip():
                return False
            j += 1
        return False

    def _np_before_ar(self, fs: int):
        """An Arabic subject before its verb at the start of the sentence (SVO)."""
        ss, _ = self.sentence(self.src(fs, fs)[0])
        a = self._word_at(self.fpos(ss))
        b = self._word_at(fs)
        if b > 0 and self.ws[b - 1] < fs < self.we[b - 1]:
            b -= 1  # the verb's own word (وأضاف)
        if (
            not 0 < b - a <= 6
            or self.ft[self.fpos(ss) : fs].strip(" ") != self.ft[self.fpos(ss) : fs].strip()
        ):
            return []
        words = range(a, b)
        span = self.ft[self.ws[a] : self.we[b - 1]]
        if any(c in span for c in ',:«»"().') or any(self._stop(i, sp.AR_NP_STOPS) for i in words):
            return []
        return list(words)

    def _np_before_fa(self, fs: int, form: str):
        """The Persian subject: the first noun phrase of the clause before the verb."""
        ss, _ = self.sentence(self.src(fs, fs)[0])
        rs = self.fpos(ss)
        for c in self.cues[::-1]:
            if c.kind == "verb" and ss <= c.start and self.fpos(c.end) <= fs:
                return "pronoun"  # a second verb of the sentence continues the first
        chunks, pos = [], rs
        for m in re.finditer(r"[,:;]", self.ft[rs:fs]):
            chunks.append((pos, rs + m.start()))
            pos = rs + m.end()
        chunks.append((pos, fs))
        for a, b in chunks:
            if _FA_REPORTED.match(self.ft, self._skip_space(a), b):
                continue
            m = _FA_OPENER.match(self.ft, self._skip_space(a), b)
            if m:
                a = m.end()
            i, j = self._word_at(a), self._word_at(b)
            if i < j and self.ft[a : self.ws[i]].strip(" \t\u00a0\r\n"):
                continue  # the clause starts with a quote (or its end), not a subject
            while i < j and self.ws[i] in self.date_starts:
                i += 1  # a date opening the clause (امروز، روز دوشنبه) is not the subject
                while (
                    i < j
                    and self.ws[i] not in self.date_starts
                    and self.wt[i] in ("روز", "ماه", "سال", "هفته")
                ):
                    i += 1
            if i >= j:
                continue
            if self.wt[i] in sp.FA_PRONOUNS:
                return "pronoun"
            if self.wt[i] in sp.FA_NP_STOPS:
                continue
            np = []
            while i < j and not self._stop(i, sp.FA_NP_STOPS) and len(np) < _MAX_NP:
                np.append(i)
                i += 1
            return np
        return []

    def _skip_space(self, pos: int) -> int:
        while pos < len(self.ft) and self.ft[pos].isspace():
            pos += 1
        return pos

    def _colon_source(self, k: int):
        """The words before a colon at the start of a line (``بوتين: ...``)."""
        line = self.ft.rfind("\n", 0, k) + 1
        a, b = self._word_at(line), self._word_at(k)
        if not 0 < b - a <= 5 or self.ft[self.we[b - 1] : k].strip():
            return None, "none"
        if self.ft[line : self.ws[a]].strip(" \t\r\u00a0#-*•"):
            return None, "none"
        rest = self.ft[k + 1 : self.ft.find("\n", k) if "\n" in self.ft[k:] else len(self.ft)]
        if len(_WORD.findall(rest)) < 3:
            return None, "none"
        words = range(a, b)
        if any(self.wt[i] in sp.NOT_SPEAKERS or self._stop(i, sp.AR_NP_STOPS) for i in words):
            return None, "none"
        if any(line <= c < k for c in self.cue_starts) or any(
            self.wt[i] in sp.FA_NP_STOPS for i in words
        ):
            return None, "none"
        lang = "ar" if not any(c in "پچژگ" for c in self.ft[line:k]) else "fa"
        return self._range(list(words), lang), "colon"


def _object_after_name(first: str, last: str, word: str) -> bool:
    """``أعلنت أرمينيا الأحكام العرفية``: a definite noun after a name that is not a
    title (a title takes one: ``وزير الخارجية``) opens the verb's object."""
    if first.startswith("ال") or {first, last} & (sp.AR_TITLES | sp.AR_DOCUMENTS):
        return False
    return word.startswith("ال") and not last.startswith("ال")
