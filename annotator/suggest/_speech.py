"""The structure of reported speech in an article, shared by the speakers and claims
engines (resources/guidelines.md, SPEAKER and CLAIM).

:func:`analyse` finds, once per text (cached, both engines ask for it):

* reporting cues (:mod:`annotator.text.reporting_cues`), "according to" phrases and a
  name before a colon (``بوتين: ...``), in text order;
* for each, its source: the subject of the verb (after an Arabic verb, VSO, else right
  before it; before a Persian verb, SOV, skipping ``به گزارش X،`` and adverbial openers),
  the noun phrase after "according to", the source after a relaying agency
  (``نقلا عن``, ``ونقلت وكالة X عن Y``, ``به نقل از``; the agency itself is never the
  source), the words before the colon;
* a cue with no subject (``وأضاف``, ``وی افزود``, ``مضيفا``) continues the speaker of the
  statement before it.

Noun phrases are cut by word lists (:mod:`annotator.text.speaker_cues`) and at DATE spans.
Work is on the folded text; results are source offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from annotator.core.model import Document
from annotator.suggest.base import SuggestContext
from annotator.text import reporting_cues as lex
from annotator.text import speaker_cues as sp
from annotator.text.fold import fold_with_map
from annotator.text.lang import detect_language

__all__ = [
    "Analysis",
    "Cue",
    "Mention",
    "analyse",
    "cue_regex",
    "date_ranges",
    "doc_lang",
    "fast_sentences",
]

_CONTINUE_CHARS = 3000  # how far back a continuing statement looks for its speaker
_MAX_NP = 9


def _atoms(form: str) -> list[str]:
    """Regex atoms of a folded cue form: one per character, ``\\s*`` between words (any
    whitespace or none: a ZWNJ that folded away), ``\\w+`` for ``*``, and ``مي\\s*``
    for the Persian prefix (``می‌گوید`` / ``می گوید``)."""
    atoms: list[str] = []
    for k, word in enumerate(form.split(" ")):
        if k:
            atoms.append(r"\s*")
        if word == "*":
            atoms.append(r"\w+")
            continue
        if word.startswith("مي") and len(word) > 3:
            atoms += ["م", "ي", r"\s*"]
            word = word[2:]
        atoms += [re.escape(c) for c in word]
    return atoms


def _trie_regex(forms: Iterable[str]) -> str:
    """One alternation for many forms, factored by common prefixes (a trie): the regex
    engine tries a handful of branches per position instead of hundreds. Longer forms
    are preferred (a form's continuation is tried before its end)."""
    trie: dict = {}
    for form in forms:
        node = trie
        for atom in _atoms(form):
            node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [atom + emit(child) for atom, child in node.items() if atom]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


def cue_regex(forms: tuple[str, ...], clitics: str) -> re.Pattern[str]:
    """A pattern for the folded cue ``forms`` (group 1), behind optional ``clitics``."""
    return re.compile(rf"(?<!\w)(?:[{clitics}])?({_trie_regex(forms)})(?!\w)(?!\s*و\s*گو)")


def _phrase_regex(phrases: tuple[str, ...], clitics: str) -> re.Pattern[str]:
    alts = []
    for p in phrases:
        body = r"\s+".join(map(re.escape, p.split(" ")))
        alts.append(body + (r"\s*" if p.endswith(" ل") else r"(?!\w)"))
    prefix = f"(?:[{clitics}])?" if clitics else ""
    return re.compile(rf"(?<!\w){prefix}(?:{'|'.join(alts)})")


_CUE = {"ar": cue_regex(lex.AR_CUES, "وف"), "fa": cue_regex(lex.FA_CUES, "و")}
_ACCORDING = {
    "ar": _phrase_regex(sp.AR_ACCORDING, "و"),
    "fa": _phrase_regex(sp.FA_ACCORDING + sp.FA_RELAY, "و"),
}
_FA_OPENER = _phrase_regex(sp.FA_SKIP_OPENERS, "")
_FA_REPORTED = re.compile(r"(?<!\w)(?:به\s+گزارش|به\s+نقل\s+از)(?!\w)")
_WORD = re.compile(r"\w+")
_WORD_SPLIT = re.compile(r"(\w+)")
_COLON = re.compile(r"(?<!\d):")
_SENT_END = re.compile(
    "[.!?\u061f\u06d4][.!?\u061f\u06d4\"'\u00bb\u201d\u2019)\\]}\u203a]*(?!\\w)"
    "|(?=[\n\r\u2028\u2029\x85\x0b\x0c])"
)
_IMPERFECT = re.compile(r"^[يت]\w{2,}$")
_PARTICIPLE = re.compile(r"^م\w+[اه]$")


@dataclass(slots=True)
class Mention:
    """A SPEAKER found from the structure (source offsets)."""

    start: int
    end: int
    rule: str
    confidence: float


@dataclass(slots=True)
class Cue:
    """A reporting cue (source offsets of the verb or phrase) and its resolved speaker."""

    start: int
    end: int
    lang: str
    form: str
    kind: str  # "verb", "according" or "colon"
    speaker: tuple[int, int] | None = None
    explicit: bool = False  # the speaker is named at this cue (not continued)


class Analysis:
    """Folded text, sentences, cues and speaker mentions of one article."""

    def __init__(self, text: str, lang: str, dates: tuple[tuple[int, int], ...]) -> None:
        self.text = text
        self.folded = fold_with_map(text)
        ft = self.ft = self.folded.text
        self.sents = fast_sentences(text)
        self.sent_starts = [s for s, _ in self.sents]
        parts = _WORD_SPLIT.split(ft)  # non-word, word, non-word, ..., non-word
        ends = list(accumulate(map(len, parts)))
        self.wt = parts[1::2]
        self.ws = ends[0:-1:2]
        self.we = ends[1::2]
        self.date_starts = {self.fpos(s) for s, _ in dates}
        self.langs = ("ar", "fa") if lang not in ("ar", "fa") else (lang,)
        self.cue_starts: set[int] = set()
        self.cues: list[Cue] = []
        self._inside_word = -1  # a noun phrase starting inside a word (after a ل)
        self.mentions: list[Mention] = []
        self._find()

    # --- coordinates --------------------------------------------------------------
    def fpos(self, si: int) -> int:
        return bisect_left(self.folded.starts, si)

    def src(self, fs: int, fe: int) -> tuple[int, int]:
        return self.folded.to_source(fs, fe)

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence (source offsets) holding source position ``pos``."""
        i = bisect_right(self.sent_starts, pos) - 1
        if i >= 0 and self.sents[i][0] <= pos < max(self.sents[i][1], pos + 1):
            return self.sents[i]
        return pos, pos

    def _word_at(self, fpos: int) -> int:
        return bisect_left(self.ws, fpos)

    # --- finding ------------------------------------------------------------------
    def _find(self) -> None:
        found: list[tuple[int, int, str, str, str]] = []  # fstart, fend, lang, form, kind
        for lang in self.langs:
            for m in _CUE[lang].finditer(self.ft):
                found.append((m.start(1), m.end(1), lang, m.group(1), "verb"))
            for m in _ACCORDING[lang].finditer(self.ft):
                found.append((m.start(), m.end(), lang, m.group().strip(), "according"))
        self.cue_starts = {f[0] for f in found}
        for m in _COLON.finditer(self.ft):
            found.append((m.start(), m.end(), "", ":", "colon"))
        found.sort()
        last: tuple[int, int] | None = None
        for fs, fe, lang, form, kind in found:
            self._inside_word = -1
            speaker, rule = self._source(fs, fe, lang, form, kind)
            if rule == "none" and form in sp.AR_RELAY_VERBS:
                continue  # نقل with no "عن <source>": not a report (ونقل مسلحين)
            s, e = self.src(fs, fe)
            if kind == "colon" and speaker is None:
                continue
            cue = Cue(s, e, lang, form, kind)
            if speaker is not None:
                cue.speaker, cue.explicit = speaker[0], True
                conf = 0.9 if rule.startswith(("subject", "relay")) else 0.75
                for one in speaker:
                    self.mentions.append(Mention(*one, f"{rule}:{form}", conf))
                last = speaker[0]
            elif rule != "none" and last is not None and s - last[1] <= _CONTINUE_CHARS:
                cue.speaker = last
            self.cues.append(cue)
        self.mentions = _dedup(self.mentions)

    def _source(self, fs: int, fe: int, lang: str, form: str, kind: str):
        """(speaker source range or None, rule); rule "none": no continuation either."""
        if kind == "colon":
            return self._colon_source(fs)
        if kind == "according":
            if lang == "fa" and form.startswith("به نقل"):
                np = self._np_after(fe, lang)
                if np and self.wt[np[0]] in sp.AGENCIES:
                    return None, "none"
                return self._range(np, lang), "relay"
            return self._range(self._np_after(fe, lang), lang), "according"
        if lang == "ar":
            if _IMPERFECT.match(form) and form not in sp.AR_RELAY_VERBS:
                before = self._np_before_ar(fs)  # headline style: طهران تعلن ...
                if before:
                    return self._range(before, lang), "subject:before"
            np = self._np_after(fe, lang)
            if np == "pronoun":
                return None, "continue"
            if np and form == "جاء في" and self.wt[np[0]] in sp.AR_DOCUMENTS:
                np = np[1:]
                if not np:
                    return None, "continue"
            if np and form in sp.AR_RELAY_VERBS:
                after = self.we[np[-1]]
                i = self._word_at(after)
                if i < len(self.wt) and self.wt[i] == "عن":
                    np2 = self._np_after(self.we[i], lang)
                    if np2 and np2 != "pronoun":
                        return self._range(np2, lang), "relay"
                return None, "none"
            if not np and not _PARTICIPLE.match(form):
                np = self._np_before_ar(fs)
                return self._range(np, lang), "subject:before"
            return self._range(np, lang), "subject:after"
        np = self._np_before_fa(fs, form)
        if np == "pronoun":
            return None, "continue"
        return self._range(np, lang), "subject:before"

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


def fast_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text`` without surrounding whitespace: they end after ``. ! ? ؟ ۔``
    (with closing quotes and brackets) when no letter or digit follows, and at every
    line break (the boundaries of :func:`annotator.text.tokens.sentences`, in one regex
    pass; whitespace only is stripped)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        _add_sentence(text, pos, m.end(), out)
        pos = m.end()
    _add_sentence(text, pos, len(text), out)
    return out


def _add_sentence(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    seg = text[a:b]
    stripped = seg.strip()
    if stripped:
        s = a + len(seg) - len(seg.lstrip())
        out.append((s, s + len(stripped)))


def _object_after_name(first: str, last: str, word: str) -> bool:
    """``أعلنت أرمينيا الأحكام العرفية``: a definite noun after a name that is not a
    title (a title takes one: ``وزير الخارجية``) opens the verb's object."""
    if first.startswith("ال") or {first, last} & (sp.AR_TITLES | sp.AR_DOCUMENTS):
        return False
    return word.startswith("ال") and not last.startswith("ال")


def _dedup(mentions: list[Mention]) -> list[Mention]:
    out: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        key = (m.start, m.end)
        if key not in out or out[key].confidence < m.confidence:
            out[key] = m
    return sorted(out.values(), key=lambda m: m.start)


@lru_cache(maxsize=8)
def _cached(key: tuple, text: str, lang: str, dates: tuple[tuple[int, int], ...]) -> Analysis:
    return Analysis(text, lang, dates)


def analyse(doc: Document, dates: tuple[tuple[int, int], ...]) -> Analysis:
    """The :class:`Analysis` of ``doc`` with these DATE source ranges, computed once for
    the engines of one run (cached per document: its id, external id and text)."""
    return _cached((doc.id, doc.ext_id), doc.text, doc_lang(doc), dates)


def doc_lang(doc: Document) -> str:
    """ "ar" or "fa" (the document's, else detected), or "" when neither."""
    lang = doc.lang if doc.lang in ("ar", "fa") else detect_language(doc.text)
    return lang if lang in ("ar", "fa") else ""


def date_ranges(context: SuggestContext) -> tuple[tuple[int, int], ...]:
    """The DATE ranges an engine may cut noun phrases at (suggested or tagged)."""
    spans = {(s.start, s.end) for s in context.earlier if s.label == "DATE"}
    spans |= {(s.start, s.end) for s in context.spans if s.label == "DATE"}
    return tuple(sorted(spans))
