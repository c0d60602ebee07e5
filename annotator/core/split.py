"""Deterministic train/dev/test splits that keep each article in one split.

Pure functions, no I/O. Documents are stratified by ``(lang, source)``; each stratum is
sorted, shuffled with a generator seeded by ``(seed, lang, source)`` and cut by
largest-remainder allocation, so every stratum's share of a split is within one
document of its exact quota. Remainders are carried from stratum to stratum (the one
with the largest accumulated shortfall gets the next spare document), which keeps the
overall split sizes within about one document of their quotas as well.

The result depends only on the set of ``(key, lang, source)`` triples, the ratios and
the seed: never on input order, Python's hash seed or the platform.
"""

from __future__ import annotations

import math
import random
import re
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

#: Allowed distance of the ratios' sum from 1.
SUM_TOLERANCE = 0.001

_NAME = re.compile(r"^[A-Za-z0-9_-]+$")


class SplitError(ValueError):
    """A split specification that cannot be used; the message says why, in one line."""


def parse_split(spec: str) -> dict[str, float]:
    """Parse ``"train=0.8,dev=0.1,test=0.1"`` into ``{"train": 0.8, ...}`` (order kept).

    Names are letters, digits, ``_`` or ``-`` (they become parts of file names), each
    used once; ratios are numbers above 0 whose sum is 1 within 0.001."""
    if not spec or not spec.strip():
        raise SplitError("empty split: give e.g. train=0.8,dev=0.1,test=0.1")
    ratios: dict[str, float] = {}
    for part in spec.split(","):
        part = part.strip()
        name, eq, value = part.partition("=")
        name = name.strip()
        if not eq or not name:
            raise SplitError(f"split part {part!r} is not NAME=RATIO (e.g. train=0.8)")
        if not _NAME.match(name):
            raise SplitError(f"split name {name!r}: use letters, digits, '_' or '-'")
        if name in ratios:
            raise SplitError(f"split name {name!r} is given twice")
        try:
            ratio = float(value)
        except ValueError:
            raise SplitError(f"split {name}: {value.strip()!r} is not a number") from None
        ratios[name] = ratio
    check_ratios(ratios)
    return ratios


def check_ratios(ratios: Mapping[str, float]) -> None:
    """Raise SplitError unless every ratio is a finite number above 0 and they sum to 1."""
    if not ratios:
        raise SplitError("no splits given")
    for name, ratio in ratios.items():
        if not _NAME.match(name):
            raise SplitError(f"split name {name!r}: use letters, digits, '_' or '-'")
        if not math.isfinite(ratio) or ratio <= 0:
            raise SplitError(f"split {name}: ratio must be above 0, got {ratio}")
    total = math.fsum(ratios.values())
    if abs(total - 1.0) > SUM_TOLERANCE:
        raise SplitError(f"split ratios sum to {total:g}, not 1 (within {SUM_TOLERANCE})")


def format_split(ratios: Mapping[str, float]) -> str:
    """The inverse of parse_split: ``train=0.8,dev=0.1,test=0.1``."""
    return ",".join(f"{name}={ratio:g}" for name, ratio in ratios.items())


def _sort_key(key: Hashable) -> tuple[str, str]:
    return (type(key).__name__, str(key))


def allocate(n: int, ratios: Mapping[str, float], carry: dict[str, float]) -> dict[str, int]:
    """Split ``n`` items by largest remainder; ``carry`` (updated in place) holds each
    split's accumulated shortfall from earlier strata and breaks the ties."""
    names = list(ratios)
    exact = {s: n * ratios[s] for s in names}
    counts = {s: math.floor(exact[s]) for s in names}
    spare = n - sum(counts.values())
    order = sorted(
        range(len(names)),
        key=lambda i: (-(exact[names[i]] - counts[names[i]] + carry[names[i]]), i),
    )
    for i in order[:spare]:
        counts[names[i]] += 1
    for s in names:
        carry[s] += exact[s] - counts[s]
    return counts


def assign_splits(
    docs: Sequence[tuple[K, str, str]], ratios: Mapping[str, float], seed: int
) -> dict[K, str]:
    """Map each document key to a split name.

    ``docs``: ``(key, lang, source)`` per article (one entry per article, however many
    annotator layers it has). ``ratios``: split name -> share, e.g. from parse_split.
    Raises SplitError for bad ratios or a key given twice."""
    check_ratios(ratios)
    strata: dict[tuple[str, str], list[K]] = defaultdict(list)
    seen: set[K] = set()
    for key, lang, source in docs:
        if key in seen:
            raise SplitError(f"document {key!r} is listed twice")
        seen.add(key)
        strata[(lang or "", source or "")].append(key)
    carry = dict.fromkeys(ratios, 0.0)
    result: dict[K, str] = {}
    for lang, source in sorted(strata):
        keys = sorted(strata[(lang, source)], key=_sort_key)
        random.Random(f"{seed}\x1f{lang}\x1f{source}").shuffle(keys)
        counts = allocate(len(keys), ratios, carry)
        pos = 0
        for name, count in counts.items():
            for key in keys[pos : pos + count]:
                result[key] = name
            pos += count
    return result
