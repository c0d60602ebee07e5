"""Speaker suggestions (issue 10): from the structure of reported speech, with the
project's registry as an extra source of names.

Mentions come from :mod:`annotator.suggest._speech`: the subject of a reporting verb (an
Arabic one after its verb, ``قال الرئيس الروسي فلاديمير بوتين``; a Persian one before it,
``سخنگوی وزارت امور خارجه ... گفت``), the source of an "according to" phrase, the source a
news agency relays, the name before a colon. A name only mentioned is not suggested. A
registry alias inside a mention gives it its ``entity`` (or ``entity_candidates`` when
the alias fits several entities) and may extend it to the alias's end.

Registry look-up: every alias of every entity (its name too) is searched in the folded text with the
loose :func:`~annotator.text.fold.name_key` (so ``پوتین`` finds ``بوتين``); words of a
multi-word alias may be separated by any whitespace or by nothing (a ZWNJ that folded
away: ``رئیس‌جمهوری``). A hit counts only as a whole word: nothing but a proclitic from
:data:`~annotator.text.tokens.CLITIC_PREFIXES` may stand before it in the same word
(``وبوتين`` gives a span on ``بوتين`` alone, rule ``alias+clitic:و:بوتين``) and no
letter or digit may follow it. Overlapping hits are resolved longest first, so
``الرئيس الروسي فلاديمير بوتين`` is one span when that alias exists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from annotator.core.model import Document, Entity
from annotator.suggest._speech import analyse, date_ranges
from annotator.suggest.base import Engine, SuggestContext, Suggestion
from annotator.text.fold import fold_with_map, name_key
from annotator.text.tokens import CLITIC_PREFIXES

__all__ = ["SpeakerEngine", "alias_keys", "find_alias_candidates", "find_aliases"]

_PREFIXES = frozenset(CLITIC_PREFIXES)
_MIN_KEY = 2  # letters; a one-letter alias would match everywhere


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    entity: Entity
    alias: str
    prefix: str


def alias_keys(entity: Entity) -> list[tuple[str, str]]:
    """``(alias text, name key)`` for the entity's name and aliases, deduplicated."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for text in (entity.name, *(a.text for a in entity.aliases)):
        key = " ".join(name_key(text).split())
        if sum(c.isalnum() for c in key) < _MIN_KEY or key in seen:
            continue
        seen.add(key)
        out.append((text, key))
    return out


@lru_cache(maxsize=4096)
def _pattern(key: str) -> re.Pattern[str]:
    words = key.split(" ")
    return re.compile(r"\s*".join(re.escape(w) for w in words) + r"(?!\w)")


def _word_start(folded: str, i: int) -> int:
    while i > 0 and folded[i - 1].isalnum():
        i -= 1
    return i


def _hits(text: str, entities: Iterable[Entity]) -> Iterator[_Hit]:
    folded = fold_with_map(text)
    key_text = name_key(folded.text)
    if len(key_text) != len(folded.text):  # name_key keeps lengths; never trust blindly
        key_text = folded.text
    for entity in entities:
        for alias, key in alias_keys(entity):
            pattern = _pattern(key)
            pos = 0
            while True:
                m = pattern.search(key_text, pos)
                if m is None:
                    break
                pos = m.start() + 1
                if m.end() == m.start():
                    continue
                ws = _word_start(key_text, m.start())
                prefix = key_text[ws : m.start()]
                if prefix and prefix not in _PREFIXES:
                    continue
                start, end = folded.to_source(m.start(), m.end())
                if start < end:
                    yield _Hit(start, end, entity, alias, prefix)


def find_aliases(text: str, entities: Iterable[Entity]) -> list[tuple[int, int, Entity, str]]:
    """Non-overlapping ``(start, end, entity, rule)`` alias hits in ``text``, longest
    first on overlap, returned in text order (one entity per range: see
    :func:`find_alias_candidates` for every entity an alias fits)."""
    return [(s, e, ents[0], rule) for s, e, ents, rule in find_alias_candidates(text, entities)]


def find_alias_candidates(
    text: str, entities: Iterable[Entity]
) -> list[tuple[int, int, tuple[Entity, ...], str]]:
    """Non-overlapping ``(start, end, entities, rule)`` alias hits, longest first on
    overlap, in text order; ``entities`` holds every registry entity whose alias fits
    that range (two people with one family name give two)."""
    by_range: dict[tuple[int, int], list[_Hit]] = {}
    for hit in _hits(text, entities):
        by_range.setdefault((hit.start, hit.end), []).append(hit)
    chosen: list[tuple[int, int]] = []
    for rng in sorted(by_range, key=lambda r: (r[0] - r[1], r[0])):
        if all(rng[1] <= c[0] or rng[0] >= c[1] for c in chosen):
            chosen.append(rng)
    out = []
    for rng in sorted(chosen):
        hits = sorted(by_range[rng], key=lambda h: (h.prefix, h.entity.id or 0))
        ents = tuple({h.entity.id: h.entity for h in hits}.values())
        h = hits[0]
        rule = f"alias+clitic:{h.prefix}:{h.alias}" if h.prefix else f"alias:{h.alias}"
        out.append((rng[0], rng[1], ents, rule))
    return out


def _entity_attrs(ents: tuple[Entity, ...]) -> dict:
    """``entity`` when one registry entity fits, ``entity_candidates`` when several do
    (the analyst chooses in the span panel; never guessed)."""
    if len(ents) == 1:
        return {"entity": ents[0].id}
    return {"entity_candidates": [e.id for e in ents]}


class SpeakerEngine(Engine):
    """SPEAKER suggestions from the structure of reported speech, with the registry."""

    name = "speakers"
    description = (
        "Speakers of reported statements: subjects of reporting verbs, 'according to' "
        "sources, names before a colon (registry entities attached, none needed)"
    )
    labels = ("SPEAKER",)
    after = ("dates",)  # a DATE ends a speaker's noun phrase

    def suggest(self, doc: Document, context: SuggestContext) -> Iterable[Suggestion]:
        text = doc.text
        analysis = analyse(doc, date_ranges(context))
        hits = find_alias_candidates(text, context.entities) if context.entities else []
        for m in analysis.mentions:
            start, end = m.start, m.end
            inside = [h for h in hits if h[0] < end and start < h[1]]
            attrs: dict = {}
            confidence = m.confidence
            if inside:
                # an alias running past the cut (الأمين العام للأمم المتحدة) extends it
                start, end = min(start, inside[0][0]), max(end, inside[-1][1])
                if inside[0][0] > m.start and inside[0][3].startswith("alias+clitic"):
                    start = inside[0][0]  # not back over a clitic the alias left out
                best = max(inside, key=lambda h: h[1] - h[0])
                attrs |= _entity_attrs(best[2])
                confidence = min(1.0, confidence + 0.1)
            yield Suggestion(
                start, end, "SPEAKER", text[start:end], self.name, m.rule, attrs, (), confidence
            )
