"""Claim suggestions from reporting cues and quotation marks (issue 4).

Rules, all on the folded text (lexicons in :mod:`annotator.text.reporting_cues`):

* ``quote``: words in « » “ ” or "..." with at least three words, when a colon stands
  right before the quote or a reporting cue sits in the same sentence: kind "direct".
  An unclosed « after a colon runs to the end of its line.
* ``colon``: a colon right after a SPEAKER (``بوتين: ...``) or a cue (``گفت: ...``),
  not followed by a quote: the rest of the sentence, kind "direct".
* ``cue:<form>`` (Arabic, VSO): the clause after the first complementizer (أن، إن،
  أنه، بأن) or object preposition (عن، على، إلى) following the cue in its sentence, else
  after the subject speaker, up to the sentence end or the next cue: kind "indirect".
* ``cue:<form>`` (Persian): after ``که`` following the verb; otherwise (SOV) the words
  between the subject and the verb, without a leading ``بر``/``نیز`` and a final ``را``.

Each claim gets ``said_by`` links to the plausible SPEAKER (suggestions of earlier
engines in ``context.earlier`` or spans in ``context.spans``, same sentence: the subject
after an Arabic verb, else the nearest group before it; the sentence-initial group
for Persian) and a ``dated`` link to the DATE nearest to the cue in that sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.core.model import Document
from annotator.suggest.base import Engine, SuggestContext, SuggestedLink, Suggestion
from annotator.text import reporting_cues as lex
from annotator.text.fold import Folded, fold_with_map
from annotator.text.tokens import sentence_bounds, tokenize, trim

__all__ = ["ClaimEngine", "sentences"]

_MIN_QUOTE_WORDS = 3
_MAX_BOUNDARY_WORDS = 14  # how far after an Arabic cue a complementizer may be


def _words_regex(form: str) -> str:
    parts = []
    for word in form.split(" "):
        if word == "*":
            parts.append(r"\w+")
        elif word.startswith("مي") and len(word) > 3:
            parts.append("مي" + r"\s*" + re.escape(word[2:]))  # می‌گوید / می گوید
        else:
            parts.append(re.escape(word))
    return r"\s*".join(parts)


def _cue_regex(forms: tuple[str, ...], clitics: str) -> re.Pattern[str]:
    alts = "|".join(_words_regex(f) for f in forms)
    return re.compile(rf"(?<!\w)(?:[{clitics}])?({alts})(?!\w)(?!\s*و\s*گو)")


_AR_CUE = _cue_regex(lex.AR_CUES, "وف")
_FA_CUE = _cue_regex(lex.FA_CUES, "و")
_AR_BOUNDARY = re.compile(
    r"(?<!\w)(?:(" + "|".join(map(re.escape, lex.AR_COMPLEMENTIZERS)) + r")|("
    r"" + "|".join(map(re.escape, lex.AR_OBJECT_PREPS)) + r"))(?!\w)|(:)|([«“\"])"
)
_FA_AFTER = re.compile(r"\s*(?:(:)|,|(?:" + "|".join(lex.FA_COMPLEMENTIZERS) + r")(?!\w))")
_FA_OPENERS = re.compile(r"(?:" + "|".join(_words_regex(w) for w in lex.FA_SOV_OPENERS) + r")\s+")
_FA_TAIL = re.compile(r"\s+(?:" + "|".join(lex.FA_OBJECT_MARKERS) + r")\s*$")
_FA_BAR = re.compile(r"(?<!\w)بر\s+")
_GROUP_GLUE = re.compile(r"^[\s,،و]*$")


@dataclass
class _Claim:
    start: int
    end: int
    kind: str
    rule: str
    anchor: int  # where the cue (or quote) is: for sentence and date lookup
    speakers: list[tuple[int, int]] = field(default_factory=list)


def sentences(text: str) -> list[tuple[int, int]]:
    """Every sentence of ``text`` (see :func:`~annotator.text.tokens.sentence_bounds`)."""
    out: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while pos < n:
        s, e = sentence_bounds(text, pos)
        if s < e and (not out or s >= out[-1][1]):
            out.append((s, e))
        pos = max(e, pos + 1)
    return out


class _Doc:
    """The text, its folding and sentences, with conversions between them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded: Folded = fold_with_map(text)
        self.ft = self.folded.text
        self.sents = sentences(text)
        self._sent_starts = [s for s, _ in self.sents]

    def src(self, fs: int, fe: int) -> tuple[int, int]:
        return self.folded.to_source(fs, fe)

    def fpos(self, si: int) -> int:
        return bisect_left(self.folded.starts, si)

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self._sent_starts, pos) - 1
        if i >= 0 and self.sents[i][0] <= pos < max(self.sents[i][1], pos + 1):
            return self.sents[i]
        return pos, pos

    def words(self, start: int, end: int) -> int:
        return sum(1 for a, b in tokenize(self.text[start:end]) if self.text[start + a].isalnum())


def _groups(spans: list[tuple[int, int]], text: str) -> list[list[tuple[int, int]]]:
    """Speakers joined only by و / commas / spaces form one subject group."""
    groups: list[list[tuple[int, int]]] = []
    for sp in spans:
        if groups and _GROUP_GLUE.match(text[groups[-1][-1][1] : sp[0]]):
            groups[-1].append(sp)
        else:
            groups.append([sp])
    return groups


def _inside(spans: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    return [sp for sp in spans if a <= sp[0] and sp[1] <= b]


def _quotes(d: _Doc) -> list[tuple[int, int, int]]:
    """(open index, inner start, inner end) of quote pairs; unclosed « runs to line end."""
    text, out = d.text, []
    i, n = 0, len(text)
    while i < n:
        close = lex.QUOTE_PAIRS.get(text[i])
        if close is None:
            i += 1
            continue
        line_end = min((p for p in (text.find(c, i) for c in "\r\n") if p >= 0), default=n)
        j = text.find(close, i + 1, line_end)
        if j < 0:
            if text[i] == "«":
                out.append((i, i + 1, line_end))
            i += 1
            continue
        out.append((i, i + 1, j))
        i = j + 1
    return out


class _Finder:
    def __init__(self, doc: Document, context: SuggestContext) -> None:
        self.d = _Doc(doc.text)
        self.speakers = _tails(context, "SPEAKER")
        self.dates = _tails(context, "DATE")
        self.claims: list[_Claim] = []
        self._cues: list[tuple[int, int, str, str]] = []

    def colon_before(self, pos: int) -> int:
        """Index of a colon right before ``pos`` (only spaces between), or -1."""
        k = pos - 1
        while k >= 0 and self.d.text[k] in " \t\u00a0":
            k -= 1
        return k if k >= 0 and self.d.text[k] == ":" else -1

    def speakers_before(self, pos: int, sent: tuple[int, int], first: bool) -> list:
        spans = _inside(self.speakers, sent[0], pos)
        groups = _groups(spans, self.d.text)
        return (groups[0] if first else groups[-1]) if groups else []

    def cues(self) -> list[tuple[int, int, str, str]]:
        found = []
        for lang, rx in (("ar", _AR_CUE), ("fa", _FA_CUE)):
            for m in rx.finditer(self.d.ft):
                s, e = self.d.src(m.start(1), m.end(1))
                found.append((s, e, lang, m.group(1)))
        found.sort()
        return found

    def run(self) -> list[_Claim]:
        cues = self._cues = self.cues()
        cue_starts = [c[0] for c in cues]
        direct = self.quote_claims(cues)
        self.claims.extend(direct)
        for cs, ce, lang, form in cues:
            if any(c.start <= cs < c.end for c in direct):
                continue  # a cue inside quoted words
            sent = self.d.sentence(cs)
            nxt = [p for p in cue_starts if ce <= p < sent[1]]
            limit = nxt[0] if nxt else sent[1]
            claim = (self.arabic if lang == "ar" else self.persian)(cs, ce, sent, limit, form)
            if claim is not None:
                claim.rule = f"cue:{form}"
                self.claims.append(claim)
        self.colon_claims(cues)
        return self.resolve()

    def quote_claims(self, cues) -> list[_Claim]:
        out = []
        for q, a, b in _quotes(self.d):
            a, b = trim(self.d.text, a, b)
            if a >= b or self.d.words(a, b) < _MIN_QUOTE_WORDS:
                continue
            sent = self.d.sentence(q)
            colon = self.colon_before(q)
            near = [c for c in cues if sent[0] <= c[0] < sent[1] and not a <= c[0] < b]
            if colon < 0 and not near:
                continue
            if colon >= 0:
                who = self.speakers_before(colon, sent, first=False)
            elif near[0][2] == "ar" and near[0][0] < q:
                who = _inside(self.speakers, near[0][1], q) or self.speakers_before(
                    near[0][0], sent, first=False
                )
            else:
                who = self.speakers_before(q, sent, first=True)
            rule = "quote+colon" if colon >= 0 else "quote"
            out.append(_Claim(a, b, "direct", rule, q, list(who)))
        return out

    def colon_claims(self, cues) -> None:
        text = self.d.text
        for k, ch in enumerate(text):
            if ch != ":" or (k > 0 and text[k - 1].isdigit()):
                continue
            sent = self.d.sentence(k)
            j = k + 1
            while j < sent[1] and text[j].isspace():
                j += 1
            if j >= sent[1] or text[j] in lex.QUOTE_PAIRS:
                continue
            before = text[sent[0] : k].rstrip()
            who = [
                sp for sp in self.speakers if sent[0] <= sp[0] and sp[1] == sent[0] + len(before)
            ]
            cue_end = [c for c in cues if sent[0] <= c[0] and c[1] == sent[0] + len(before)]
            if not who and not cue_end:
                continue
            if not who:
                who = self.speakers_before(k, sent, first=cue_end[0][2] == "fa")
            a, b = trim(text, j, sent[1])
            if a < b:
                self.claims.append(_Claim(a, b, "direct", "colon", k, list(who)))

    def arabic(
        self, cs: int, ce: int, sent: tuple[int, int], limit: int, form: str
    ) -> _Claim | None:
        d = self.d
        fs, fl = d.fpos(ce), d.fpos(limit)
        start = -1
        for m in _AR_BOUNDARY.finditer(d.ft, fs, fl):
            if d.words(ce, d.src(m.start(), m.start())[0]) > _MAX_BOUNDARY_WORDS:
                break
            if m.group(3) or m.group(4):
                return None  # colon / quote: handled by those rules
            start = d.src(m.end(), m.end())[0]
            if m.group(2):  # a preposition: skip a complementizer right after it
                m2 = _AR_BOUNDARY.match(d.ft, m.end() + 1) if m.end() < fl else None
                if m2 and m2.group(1):
                    start = d.src(m2.end(), m2.end())[0]
            break
        after = _inside(self.speakers, ce, start if start >= 0 else limit)
        if start < 0:
            start = after[-1][1] if after else ce
        who = after or self.speakers_before(cs, sent, first=False)
        a, b = trim(d.text, start, limit)
        if d.words(a, b) < 2:
            return None
        return _Claim(a, b, "indirect", "", cs, list(who))

    def persian(
        self, cs: int, ce: int, sent: tuple[int, int], limit: int, form: str
    ) -> _Claim | None:
        d = self.d
        region = sent[0]  # after an earlier cue of the sentence (... اعلام کرد که X ...)
        for ps, pe, _lang, _form in self._cues:
            if sent[0] <= ps and pe <= cs:
                m = _FA_AFTER.match(d.ft, d.fpos(pe))
                region = d.src(m.end(), m.end())[0] if m else pe
        groups = _groups(_inside(self.speakers, region, cs), d.text)
        who = groups[0] if groups else []
        m = _FA_AFTER.match(d.ft, d.fpos(ce))
        if m and m.group(1):
            return None  # گفت: ... is the colon rule
        if m:
            a, b = trim(d.text, d.src(m.end(), m.end())[0], limit)
        else:
            start = who[-1][1] if who else region
            a, b = trim(d.text, start, cs)
            fa, fb = d.fpos(a), d.fpos(b)
            op = _FA_OPENERS.match(d.ft, fa, fb)
            if op:
                a = d.src(op.end(), op.end())[0]
            bar = list(_FA_BAR.finditer(d.ft, fa, fb)) if "تاكيد" in form else []
            if bar:  # در این گفت‌وگو بر X تاکید کرد: X is the claim
                a = d.src(bar[-1].end(), bar[-1].end())[0]
            tail = _FA_TAIL.search(d.ft, fa, fb)
            if tail:
                b = d.src(tail.start(), tail.start())[0]
            a, b = trim(d.text, a, b)
        if d.words(a, b) < 2:
            return None
        return _Claim(a, b, "indirect", "", cs, list(who))

    def resolve(self) -> list[_Claim]:
        direct = [c for c in self.claims if c.kind == "direct"]
        out: list[_Claim] = []
        seen: set[tuple[int, int]] = set()
        for c in sorted(self.claims, key=lambda c: (c.kind != "direct", c.start, -c.end)):
            if c.kind == "indirect":
                for dc in direct:
                    if c.start < dc.end and dc.start < c.end:
                        if c.start < dc.start:
                            c.start, c.end = trim(self.d.text, c.start, dc.start - 1)
                        else:
                            c.end = c.start
                        if dc.rule.startswith("quote") and not dc.speakers:
                            dc.speakers = c.speakers
                if self.d.words(c.start, c.end) < 2:
                    continue
            if (c.start, c.end) in seen or any(
                o.start <= c.start and c.end <= o.end and o.kind == c.kind for o in out
            ):
                continue
            seen.add((c.start, c.end))
            out.append(c)
        return sorted(out, key=lambda c: c.start)

    def dated(self, claim: _Claim) -> tuple[int, int] | None:
        sent = self.d.sentence(claim.anchor)
        lo, hi = min(sent[0], claim.start), max(sent[1], claim.end)
        near = _inside(self.dates, lo, hi)
        return min(near, key=lambda sp: abs(sp[0] - claim.anchor)) if near else None


def _tails(context: SuggestContext, label: str) -> list[tuple[int, int]]:
    spans = {(s.start, s.end) for s in context.earlier if s.label == label}
    spans |= {(s.start, s.end) for s in context.spans if s.label == label}
    return sorted(sp for sp in spans if sp[0] < sp[1])


class ClaimEngine(Engine):
    """CLAIM suggestions with said_by / dated links."""

    name = "claims"
    description = "Claims from reporting cues, quotation marks and colons (Arabic, Persian)"
    labels = ("CLAIM",)
    after = ("dates", "speakers", "learned")  # links to the speakers they suggest

    def suggest(self, doc: Document, context: SuggestContext) -> Iterable[Suggestion]:
        finder = _Finder(doc, context)
        text = doc.text
        for c in finder.run():
            links = [SuggestedLink("said_by", s, e, "SPEAKER") for s, e in c.speakers]
            date = finder.dated(c)
            if date is not None:
                links.append(SuggestedLink("dated", date[0], date[1], "DATE"))
            yield Suggestion(
                c.start,
                c.end,
                "CLAIM",
                text[c.start : c.end],
                self.name,
                c.rule,
                {"kind": c.kind},
                tuple(links),
            )
