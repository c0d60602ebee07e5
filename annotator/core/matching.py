"""One-to-one matching of two layers' spans: exact and by overlap.

The overlap matching rule (used for overlap F1, attribute, link and confusion
agreement): two spans are candidates when they share at least one character (and,
for :func:`match_overlap`, the same label). Among all one-to-one matchings of the
candidates the one chosen has (1) the most pairs, then (2) the largest total number
of shared characters, then (3) (only for :func:`match_any_label`) the most pairs
with equal labels; remaining ties go to the pairing that the assignment algorithm
meets first for spans in text order. It is found exactly: by connected groups of
overlapping spans, a single pair directly, larger groups with the Hungarian
algorithm on integer weights that encode the three criteria.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from annotator.core.model import Span


def exact_matches(a: Sequence[Span], b: Sequence[Span]) -> int:
    """Spans of ``a`` and ``b`` with the same label, start and end (as multisets)."""
    ka = Counter((s.label, s.start, s.end) for s in a)
    kb = Counter((s.label, s.start, s.end) for s in b)
    return sum((ka & kb).values())


def _shared(x: Span, y: Span) -> int:
    return min(x.end, y.end) - max(x.start, y.start)


def _candidates(a: Sequence[Span], b: Sequence[Span], same_label: bool) -> list[tuple[int, int]]:
    """(i, j) for every overlapping pair, by a sweep over starts."""
    events = sorted(
        [(s.start, s.end, 0, i) for i, s in enumerate(a) if s.start < s.end]
        + [(s.start, s.end, 1, j) for j, s in enumerate(b) if s.start < s.end]
    )
    active: list[tuple[int, int, int]] = []  # (end, side, index)
    out: list[tuple[int, int]] = []
    for start, end, side, idx in events:
        active = [x for x in active if x[0] > start]
        for _, other_side, other in active:
            if other_side == side:
                continue
            i, j = (idx, other) if side == 0 else (other, idx)
            if not same_label or a[i].label == b[j].label:
                out.append((i, j))
        active.append((end, side, idx))
    return out


def _assignment(weight: list[list[int]]) -> list[tuple[int, int]]:
    """Maximum-weight assignment (Hungarian algorithm); pairs with weight > 0."""
    flip = len(weight) > len(weight[0])
    if flip:
        weight = [list(col) for col in zip(*weight, strict=True)]
    n, m = len(weight), len(weight[0])
    big = max(max(row) for row in weight)
    cost = [[big - w for w in row] for row in weight]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # row assigned to column j (1-based), 0 = none
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            delta, j1 = inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    pairs = [(i, j) for i, j in pairs if weight[i][j] > 0]
    return [(j, i) for i, j in pairs] if flip else pairs


def _match(a: Sequence[Span], b: Sequence[Span], same_label: bool) -> list[tuple[Span, Span]]:
    edges = _candidates(a, b, same_label)
    if not edges:
        return []
    parent = list(range(len(a) + len(b)))  # union-find over a's then b's indices

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        parent[find(i)] = find(len(a) + j)
    groups: dict[int, list[tuple[int, int]]] = {}
    for i, j in edges:
        groups.setdefault(find(i), []).append((i, j))
    out: list[tuple[Span, Span]] = []
    for group in groups.values():
        if len(group) == 1:
            i, j = group[0]
            out.append((a[i], b[j]))
            continue
        rows = sorted({i for i, _ in group})
        cols = sorted({j for _, j in group})
        score = {
            (i, j): 2 * _shared(a[i], b[j]) + (0 if same_label else int(a[i].label == b[j].label))
            for i, j in group
        }
        base = 1 + sum(score.values())  # one more pair outweighs any overlap
        ri = {i: k for k, i in enumerate(rows)}
        ci = {j: k for k, j in enumerate(cols)}
        weight = [[0] * len(cols) for _ in rows]
        for (i, j), sc in score.items():
            weight[ri[i]][ci[j]] = base + sc
        for r, c in _assignment(weight):
            out.append((a[rows[r]], b[cols[c]]))
    out.sort(key=lambda p: (p[0].start, p[0].end, p[1].start, p[1].end))
    return out


def match_overlap(a: Sequence[Span], b: Sequence[Span]) -> list[tuple[Span, Span]]:
    """The overlap matching of same-label spans (module docstring), in text order.

    :param a: one layer's spans.
    :param b: the other layer's spans.
    :returns: ``(span of a, span of b)`` pairs; each span in at most one pair.
    """
    return _match(a, b, True)


def match_any_label(a: Sequence[Span], b: Sequence[Span]) -> list[tuple[Span, Span]]:
    """The overlap matching regardless of label, preferring equal labels on ties.

    :returns: ``(span of a, span of b)`` pairs in text order, for a confusion matrix.
    """
    return _match(a, b, False)
