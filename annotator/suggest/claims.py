"""Claim suggestions from reporting cues, "according to" phrases and quotation marks
(issue 10; resources/guidelines.md, CLAIM).

The cues and their speakers come from :mod:`annotator.suggest._speech` (shared with the
speakers engine). Rules, with extents by the guidelines (no quotation marks, no
complementiser, no final full stop):

* ``quote``: words in « », “ ” (both may run over several lines) or "..." (one line),
  at least three words, when a colon stands right before the quote or a cue sits in the
  same sentence: kind "direct". An unclosed « or “ runs to the end of its paragraph.
* ``colon``: a colon right after a cue or a speaker (``گفت: ...``, ``بوتين: ...``), not
  followed by a quote: the rest of the sentence, kind "direct".
* ``cue:<form>`` (Arabic, VSO): the clause after the first complementiser (أن، إن، أنه،
  بأن) or object preposition (عن، على، إلى) following the cue, else after the subject,
  up to the sentence end or the next cue: kind "indirect".
* ``cue:<form>`` (Persian): after ``که``; without ``که``, the words after the verb when
  the sentence goes on (``گفت مسکو ... حمایت می‌کند``), else (SOV) the words between
  the subject and the verb, without a leading ``بر``/``نیز`` and a final ``را``.
* ``according:<form>``: the rest of the sentence after ``بحسب X،`` / ``به گفته X،``, or
  the sentence before a trailing ``، بحسب X``.

Every claim gets a ``said_by`` link to its speaker: the subject of its cue, the source
of its "according to" phrase, the speaker named around its quote, or, for a statement
with an implicit subject (``وأضاف``, ``وی افزود``), the speaker it continues; a SPEAKER
span of the document (suggested or tagged) that overlaps that mention is linked
instead. A ``dated`` link goes to the DATE nearest to the cue in its sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from annotator.core.model import Document
from annotator.suggest._speech import Analysis, Cue, analyse, date_ranges
from annotator.suggest.base import Engine, SuggestContext, SuggestedLink, Suggestion
from annotator.text import reporting_cues as lex
from annotator.text.speaker_cues import AR_RELAY_VERBS

__all__ = ["ClaimEngine", "trim_fast"]

_MIN_QUOTE_WORDS = 3
_MAX_BOUNDARY_WORDS = 14  # how far after an Arabic cue a complementizer may be
_MAX_QUOTE_CHARS = 4000  # a closing mark further than this is not this quote's

_AR_BOUNDARY = re.compile(
    r"(?<!\w)(?:(" + "|".join(map(re.escape, lex.AR_COMPLEMENTIZERS)) + r")|("
    r"" + "|".join(map(re.escape, lex.AR_OBJECT_PREPS)) + r"))(?!\w)|(:)|([«“\"])"
)
_FA_AFTER = re.compile(r"\s*(?:(:)|,|(?:" + "|".join(lex.FA_COMPLEMENTIZERS) + r")(?!\w))")
_FA_OPENERS = re.compile(
    r"(?:" + "|".join(r"\s*".join(map(re.escape, w.split())) for w in lex.FA_SOV_OPENERS) + r")\s+"
)
_FA_TAIL = re.compile(r"\s+(?:" + "|".join(lex.FA_OBJECT_MARKERS) + r")\s*$")
_FA_BAR = re.compile(r"(?<!\w)بر\s+")
_WORD = re.compile(r"\w+")
_WARN = re.compile(r"^(?:[يتم])?حذر")
_AR_THEN = re.compile(r"(?:فان|فانه|فانها|فقد|فـ?)(?!\w)\s*")
_QUOTE_OPEN = re.compile('[«“"„]')
_BLANK_LINE = re.compile(r"\n[ \t\u00a0\r]*\n")
_EDGE_CATEGORIES = frozenset("ZPSC")


def trim_fast(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without whitespace, punctuation, symbols and invisible controls
    at either end (like :func:`annotator.text.tokens.trim`, looking at the ends only)."""
    while start < end and unicodedata.category(text[start])[0] in _EDGE_CATEGORIES:
        start += 1
    while end > start and unicodedata.category(text[end - 1])[0] in _EDGE_CATEGORIES:
        end -= 1
    return start, end


@dataclass
class _Claim:
    start: int
    end: int
    kind: str
    rule: str
    anchor: int  # where the cue (or quote) is: for sentence and date lookup
    speaker: tuple[int, int] | None = None


class _Finder:
    def __init__(self, doc: Document, context: SuggestContext) -> None:
        self.a: Analysis = analyse(doc, date_ranges(context))
        self.text = doc.text
        self.speakers = _tails(context, "SPEAKER")
        self.dates = _tails(context, "DATE")
        self.cues = [c for c in self.a.cues if c.kind != "colon"]
        self.claims: list[_Claim] = []
        blank = _BLANK_LINE.search(self.text) is not None
        self.para_sep = "\n\n" if blank else "\n"

    def words(self, a: int, b: int) -> int:
        return len(_WORD.findall(self.text, a, b))

    def run(self) -> list[_Claim]:
        direct = self.quote_claims()
        self.claims.extend(direct)
        starts = [c.start for c in self.cues]
        for k, cue in enumerate(self.cues):
            if any(c.start <= cue.start < c.end for c in direct):
                continue  # a cue inside quoted words
            sent = self.a.sentence(cue.start)
            nxt = [p for p in starts[k + 1 :] if cue.end <= p < sent[1]]
            limit = nxt[0] if nxt else sent[1]
            if cue.kind == "according":
                claim = self.according(cue, sent, limit)
            elif cue.lang == "ar":
                claim = self.arabic(cue, sent, limit)
            else:
                claim = self.persian(cue, sent, limit)
            if claim is not None:
                self.claims.append(claim)
        self.colon_claims()
        return self.resolve()

    # --- quotes and colons ----------------------------------------------------------
    def quotes(self) -> list[tuple[int, int, int]]:
        """(open index, inner start, inner end): « » and “ ” may span lines; an
        unclosed one runs to the end of its paragraph; "..." pairs within a line."""
        text, out, pos = self.text, [], 0
        while True:
            m = _QUOTE_OPEN.search(text, pos)
            if m is None:
                return out
            i, ch = m.start(), m.group()
            close = lex.QUOTE_PAIRS[ch]
            line_end = _find_any(text, "\r\n", i)
            if ch in '"„':
                j = text.find(close, i + 1, line_end)
                if j >= 0:
                    out.append((i, i + 1, j))
                pos = (j if j >= 0 else i) + 1
                continue
            nxt = _QUOTE_OPEN.search(text, i + 1)
            bound = min(nxt.start() if nxt else len(text), i + _MAX_QUOTE_CHARS)
            j = text.find(close, i + 1, bound)
            if j < 0:
                para = text.find(self.para_sep, i)
                j = para if para >= 0 else len(text)
            out.append((i, i + 1, j))
            pos = j + 1

    def quote_claims(self) -> list[_Claim]:
        out = []
        for q, a, b in self.quotes():
            a, b = trim_fast(self.text, a, b)
            if a >= b or self.words(a, b) < _MIN_QUOTE_WORDS:
                continue
            sent = self.a.sentence(q)
            colon = self.colon_before(q)
            near = [
                c
                for c in self.a.cues
                if sent[0] <= c.start < max(sent[1], b + 2) and not a <= c.start < b
            ]
            if colon < 0 and not [c for c in near if c.kind != "colon"]:
                continue
            if colon < 0 and self.words(a, b) < _MIN_QUOTE_WORDS + 1:
                continue  # a quoted name or title next to a cue (« رجب طیب اردوغان »)
            before = [c for c in near if c.start < q and c.speaker]
            after = [c for c in near if c.start > q and c.speaker]
            who = before[-1].speaker if before else after[0].speaker if after else None
            if who is None and colon >= 0:
                who = self.last_speaker(q)
            rule = "quote+colon" if colon >= 0 else "quote"
            out.append(_Claim(a, b, "direct", rule, q, who))
        return out

    def colon_before(self, pos: int) -> int:
        """Index of a colon right before ``pos`` (only spaces or a line break between)."""
        k = pos - 1
        while k >= 0 and self.text[k] in " \t\u00a0\r\n":
            k -= 1
        return k if k >= 0 and self.text[k] == ":" else -1

    def last_speaker(self, pos: int) -> tuple[int, int] | None:
        done = [c for c in self.a.cues if c.end <= pos and c.speaker]
        return done[-1].speaker if done else None

    def colon_claims(self) -> None:
        text = self.text
        for cue in self.a.cues:
            if cue.kind != "colon" and not text.startswith(":", _skip(text, cue.end)):
                continue
            k = cue.start if cue.kind == "colon" else _skip(text, cue.end)
            sent = self.a.sentence(k)
            j = _skip(text, k + 1)
            if j >= sent[1] or text[j] in lex.QUOTE_PAIRS:
                continue
            a, b = trim_fast(text, j, sent[1])
            if a < b and self.words(a, b) >= 2:
                self.claims.append(_Claim(a, b, "direct", "colon", k, cue.speaker))

    # --- indirect speech ------------------------------------------------------------
    def arabic(self, cue: Cue, sent: tuple[int, int], limit: int) -> _Claim | None:
        a = self.a
        fs, fl = a.fpos(cue.end), a.fpos(limit)
        start = -1
        relay = cue.form in AR_RELAY_VERBS  # ونقلت وكالة X عن Y قوله إن: not after عن
        for m in _AR_BOUNDARY.finditer(a.ft, fs, fl):
            if self.words(cue.end, a.src(m.start(), m.start())[0]) > _MAX_BOUNDARY_WORDS:
                break
            if m.group(3) or m.group(4):
                return None  # colon / quote: handled by those rules
            if relay and m.group(2):
                continue
            start = a.src(m.end(), m.end())[0]
            if m.group(2):  # a preposition: skip a complementizer right after it
                m2 = _AR_BOUNDARY.match(a.ft, m.end() + 1) if m.end() < fl else None
                if m2 and m2.group(1):
                    start = a.src(m2.end(), m2.end())[0]
            break
        who = cue.speaker or self.fallback(cue, sent, after=True)
        if start < 0:
            if self.quoted(sent):
                return None  # «...»، قال X للصحفيين: the quote is the claim
            start = who[1] if who and cue.end <= who[0] < limit else cue.end
        s, e = trim_fast(self.text, start, limit)
        if _WARN.match(cue.form) and self.text.startswith("من ", s):
            s += 3  # حذر من X: the warning is X
        if self.words(s, e) < 2:
            return None
        return _Claim(s, e, "indirect", f"cue:{cue.form}", cue.start, who)

    def persian(self, cue: Cue, sent: tuple[int, int], limit: int) -> _Claim | None:
        a = self.a
        who = cue.speaker or self.fallback(cue, sent, after=False)
        m = _FA_AFTER.match(a.ft, a.fpos(cue.end))
        if m and m.group(1):
            return None  # گفت: ... is the colon rule
        rule = f"cue:{cue.form}"
        if m:
            s, e = trim_fast(self.text, a.src(m.end(), m.end())[0], limit)
        elif self.words(cue.end, limit) >= 3:
            s, e = trim_fast(self.text, cue.end, limit)  # reported speech without که
        elif self.quoted(sent):
            return None  # «...»؛ این را X گفت: the quote is the claim
        else:
            region = sent[0]
            for c in self.cues:
                if sent[0] <= c.start and c.end <= cue.start and c is not cue:
                    m2 = _FA_AFTER.match(a.ft, a.fpos(c.end))
                    region = a.src(m2.end(), m2.end())[0] if m2 else c.end
            start = who[1] if who and region <= who[0] < cue.start else region
            s, e = trim_fast(self.text, start, cue.start)
            fa, fb = a.fpos(s), a.fpos(e)
            op = _FA_OPENERS.match(a.ft, fa, fb)
            if op:
                s = a.src(op.end(), op.end())[0]
            bar = list(_FA_BAR.finditer(a.ft, fa, fb)) if "تاكيد" in cue.form else []
            if bar:  # در این گفت‌وگو بر X تاکید کرد: X is the claim
                s = a.src(bar[-1].end(), bar[-1].end())[0]
            tail = _FA_TAIL.search(a.ft, fa, fb)
            if tail:
                e = a.src(tail.start(), tail.start())[0]
            s, e = trim_fast(self.text, s, e)
        if self.words(s, e) < 2:
            return None
        return _Claim(s, e, "indirect", rule, cue.start, who)

    def according(self, cue: Cue, sent: tuple[int, int], limit: int) -> _Claim | None:
        text = self.text
        who = cue.speaker
        if who is None:
            return None
        if cue.lang == "fa" and cue.form.startswith("به نقل"):
            verbs = [c for c in self.cues if c.kind == "verb" and sent[0] <= c.start < sent[1]]
            if verbs or self.words(sent[0], cue.start) > 5:
                return None  # a relayed source: the claim is the reporting verb's
            sent = (cue.start, sent[1])  # به گزارش A به نقل از X، CLAIM
        if self.words(sent[0], cue.start) <= 1 or cue.start == sent[0]:  # وبحسب X، CLAIM
            comma = min(
                (p for p in (text.find(c, who[1], limit) for c in "،,") if p >= 0),
                default=-1,
            )
            if comma < 0 or self.words(who[1], comma) > 4:
                return None
            s, e = trim_fast(text, comma + 1, limit)
            m = _AR_THEN.match(self.a.ft, self.a.fpos(s))
            if m:
                s, e = trim_fast(text, self.a.src(m.end(), m.end())[0], e)
        elif cue.lang == "fa":
            return None
        else:  # CLAIM، بحسب X
            prev = [c.end for c in self.cues if sent[0] <= c.start and c.end <= cue.start]
            s, e = trim_fast(text, prev[-1] if prev else sent[0], cue.start)
        if self.words(s, e) < 3:
            return None
        return _Claim(s, e, "indirect", f"according:{cue.form}", cue.start, who)

    def quoted(self, sent: tuple[int, int]) -> bool:
        """Is there a direct (quoted) claim in this sentence?"""
        return any(
            c.rule.startswith("quote") and sent[0] <= c.anchor < sent[1] for c in self.claims
        )

    def fallback(self, cue: Cue, sent: tuple[int, int], after: bool) -> tuple[int, int] | None:
        """A SPEAKER span of the document in the cue's sentence (a tagged one)."""
        if after:
            spans = [sp for sp in self.speakers if cue.end <= sp[0] < sent[1]]
            if spans:
                return spans[0]
        spans = [sp for sp in self.speakers if sent[0] <= sp[0] and sp[1] <= cue.start]
        return (spans[0] if not after else spans[-1]) if spans else None

    # --- the result -----------------------------------------------------------------
    def resolve(self) -> list[_Claim]:
        direct = [c for c in self.claims if c.kind == "direct"]
        out: list[_Claim] = []
        seen: set[tuple[int, int]] = set()
        for c in sorted(self.claims, key=lambda c: (c.kind != "direct", c.start, -c.end)):
            if c.kind == "indirect":
                for dc in direct:
                    if c.start < dc.end and dc.start < c.end:
                        if c.start < dc.start:
                            c.start, c.end = trim_fast(self.text, c.start, dc.start - 1)
                        else:
                            c.end = c.start
                        if dc.speaker is None:
                            dc.speaker = c.speaker
                if self.words(c.start, c.end) < 2:
                    continue
            if (c.start, c.end) in seen or any(
                o.start <= c.start and c.end <= o.end and o.kind == c.kind for o in out
            ):
                continue
            seen.add((c.start, c.end))
            out.append(c)
        return sorted(out, key=lambda c: c.start)

    def target(self, speaker: tuple[int, int]) -> tuple[int, int]:
        """The document's SPEAKER span for this mention (same range first), else itself."""
        over = [sp for sp in self.speakers if sp[0] < speaker[1] and speaker[0] < sp[1]]
        if speaker in over or not over:
            return speaker
        return over[0]

    def dated(self, claim: _Claim) -> tuple[int, int] | None:
        sent = self.a.sentence(claim.anchor)
        lo, hi = min(sent[0], claim.start), max(sent[1], claim.end)
        near = [d for d in self.dates if lo <= d[0] and d[1] <= hi]
        return min(near, key=lambda sp: abs(sp[0] - claim.anchor)) if near else None


def _find_any(text: str, chars: str, pos: int) -> int:
    found = [p for p in (text.find(c, pos) for c in chars) if p >= 0]
    return min(found) if found else len(text)


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    return pos


def _tails(context: SuggestContext, label: str) -> list[tuple[int, int]]:
    spans = {(s.start, s.end) for s in context.earlier if s.label == label}
    spans |= {(s.start, s.end) for s in context.spans if s.label == label}
    return sorted(sp for sp in spans if sp[0] < sp[1])


_CONFIDENCE = {"quote": 0.9, "quote+colon": 0.95, "colon": 0.7}


class ClaimEngine(Engine):
    """CLAIM suggestions with said_by / dated links."""

    name = "claims"
    description = (
        "Claims from reporting cues, 'according to' phrases, quotation marks and colons "
        "(Arabic, Persian), each with its speaker"
    )
    labels = ("CLAIM",)
    after = ("dates", "speakers", "learned")  # links to the speakers they suggest

    def suggest(self, doc: Document, context: SuggestContext) -> Iterable[Suggestion]:
        finder = _Finder(doc, context)
        text = doc.text
        for c in finder.run():
            links = []
            if c.speaker is not None:
                s, e = finder.target(c.speaker)
                links.append(SuggestedLink("said_by", s, e, "SPEAKER"))
            date = finder.dated(c)
            if date is not None:
                links.append(SuggestedLink("dated", date[0], date[1], "DATE"))
            confidence = _CONFIDENCE.get(c.rule, 0.8 if c.kind == "indirect" else 0.7)
            if c.speaker is None:
                confidence *= 0.7
            yield Suggestion(
                c.start,
                c.end,
                "CLAIM",
                text[c.start : c.end],
                self.name,
                c.rule,
                {"kind": c.kind},
                tuple(links),
                round(confidence, 2),
            )
