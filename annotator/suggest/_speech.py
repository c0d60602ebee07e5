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
from annotator.suggest._phrases import NounPhrases, phrase_regex
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


_CUE = {"ar": cue_regex(lex.AR_CUES, "وف"), "fa": cue_regex(lex.FA_CUES, "و")}
_ACCORDING = {
    "ar": phrase_regex(sp.AR_ACCORDING, "و"),
    "fa": phrase_regex(sp.FA_ACCORDING + sp.FA_RELAY, "و"),
}
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


class Analysis(NounPhrases):
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
            if np and self.wt[np[0]] in sp.AR_DOCUMENTS:
                np = np[1:]  # ذكر البيان / جاء في بيان الخارجية: the issuer, not the paper
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
