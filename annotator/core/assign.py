"""Deterministic assignment of articles to analysts, some to more than one.

Pure functions, no I/O. Used by ``annotator assign`` to make one package per analyst.

- ``overlap`` (0..1) is the share of articles that go to ``per_doc`` analysts (2 by
  default) so their agreement can be measured; the rest go to one analyst each. The
  overlapping share is chosen stratum by stratum (language, source) by the same
  largest-remainder rule as the splits (annotator.core.split), so every language and
  source is represented in it.
- Each article goes to the analysts with the fewest articles so far (ties broken by how
  often two analysts already share articles, then by a seeded order), so loads differ
  by at most one article per group size and every pair of analysts shares articles.
- The result depends only on the set of ``(key, lang, source)`` triples, the analysts,
  ``overlap``, ``per_doc`` and ``seed``.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Hashable, Sequence
from itertools import combinations
from typing import TypeVar

from annotator.core.split import assign_splits

K = TypeVar("K", bound=Hashable)

_NAME = re.compile(r"^[\w.-]+$")


class AssignError(ValueError):
    """An assignment that cannot be made; the message says why, in one line."""


def parse_analysts(spec: str) -> list[str]:
    """``"amina,reza,sara"`` -> the names, checked: each used once, usable as a file
    name (letters of any script, digits, ``_ . -``)."""
    names = [n.strip() for n in spec.split(",") if n.strip()]
    if not names:
        raise AssignError("no analysts given: --to amina,reza")
    for name in names:
        if not _NAME.match(name) or name in (".", ".."):
            raise AssignError(f"analyst name {name!r}: use letters, digits, '_', '.' or '-'")
    dupes = [n for n, c in Counter(names).items() if c > 1]
    if dupes:
        raise AssignError(f"analyst {dupes[0]!r} is named twice")
    return names


def assign_documents(
    docs: Sequence[tuple[K, str, str]],
    analysts: Sequence[str],
    overlap: float = 0.0,
    per_doc: int = 2,
    seed: int = 0,
) -> dict[K, tuple[str, ...]]:
    """Map each document key to the analysts who annotate it (sorted by name).

    ``overlap=1`` gives every article to ``per_doc`` analysts. Raises AssignError
    when ``per_doc`` exceeds the number of analysts or ``overlap`` is outside 0..1."""
    if not analysts:
        raise AssignError("no analysts given")
    if not 0.0 <= overlap <= 1.0:
        raise AssignError(f"--overlap must be between 0 and 1, not {overlap:g}")
    if overlap > 0 and not 2 <= per_doc <= len(analysts):
        raise AssignError(
            f"{per_doc} analysts per shared article, but only {len(analysts)} analysts"
        )
    if 0 < overlap < 1:
        parts = assign_splits(docs, {"shared": overlap, "single": 1 - overlap}, seed)
    else:
        parts = {key: "shared" if overlap == 1 else "single" for key, _, _ in docs}
    keys = sorted(parts, key=lambda k: (type(k).__name__, str(k)))
    rng = random.Random(f"assign\x1f{seed}")
    rng.shuffle(keys)
    order = list(analysts)
    rng.shuffle(order)
    rank = {name: i for i, name in enumerate(order)}
    load: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    result: dict[K, tuple[str, ...]] = {}
    for key in keys:
        k = per_doc if parts[key] == "shared" else 1
        chosen = min(
            combinations(sorted(analysts), k),
            key=lambda group: (
                sum(load[a] for a in group),
                max(load[a] for a in group),
                sum(pairs[p] for p in combinations(group, 2)),
                [rank[a] for a in group],
            ),
        )
        for a in chosen:
            load[a] += 1
        for p in combinations(chosen, 2):
            pairs[p] += 1
        result[key] = chosen
    return result
