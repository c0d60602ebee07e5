"""Speaker suggestions from the project's registry (issue 4).

Every alias of every entity (its name too) is searched in the folded text with the
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
from annotator.suggest.base import Engine, SuggestContext, Suggestion
from annotator.text.fold import fold_with_map, name_key
from annotator.text.tokens import CLITIC_PREFIXES

__all__ = ["SpeakerEngine", "alias_keys", "find_aliases"]

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
    first on overlap, returned in text order."""
    chosen: list[_Hit] = []
    hits = sorted(_hits(text, entities), key=lambda h: (h.start - h.end, h.start, h.prefix))
    for hit in hits:
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    chosen.sort(key=lambda h: h.start)
    out = []
    for h in chosen:
        rule = f"alias+clitic:{h.prefix}:{h.alias}" if h.prefix else f"alias:{h.alias}"
        out.append((h.start, h.end, h.entity, rule))
    return out


class SpeakerEngine(Engine):
    """SPEAKER suggestions for registry aliases found in the text."""

    name = "speakers"
    description = "Speakers from the project's registry (any script, behind clitics)"
    labels = ("SPEAKER",)

    def suggest(self, doc: Document, context: SuggestContext) -> Iterable[Suggestion]:
        text = doc.text
        for start, end, entity, rule in find_aliases(text, context.entities):
            yield Suggestion(
                start,
                end,
                "SPEAKER",
                text[start:end],
                self.name,
                rule,
                {"entity": entity.id},
            )
