"""Krippendorff's alpha for unitizing (alpha-U) over character offsets.

The measure of Krippendorff (1995, "On the reliability of unitizing contiguous data",
Sociological Methodology 25) in the form of his Content Analysis (2nd ed., 2004,
ch. 12.4) and of DKPro Agreement's ``KrippendorffAlphaUnitizingAgreement``, which
INCEpTION uses for span layers. For one category ``c``, ``R`` raters and a continuum
of ``L`` positions, each rater's units of ``c`` and the gaps between them cut the
continuum into segments. Two segments of different raters that overlap are at a
distance of

- ``(b1 - b2)**2 + (e1 - e2)**2`` when both are units (begins ``b``, ends ``e``);
- ``l**2`` when one is a unit of length ``l`` lying wholly inside the other's gap;
- ``0`` otherwise (two gaps, or a gap inside a unit, or a unit only partly in a gap,
  which is already counted as a unit-unit pair).

Observed disagreement ``D_O = 2 * sum / (R (R-1) L**2)``, summed over every pair of
raters. Expected disagreement, with ``N`` the units of ``c`` of all raters, ``l`` their
lengths and ``g`` the lengths of all gaps:

``D_E = (2 / L) * sum_u[(N-1) l(l-1)(2l-1)/3 + l**2 sum_{g >= l}(g - l + 1)]
/ (R L (R L - 1) - sum_u l(l-1))``

and ``alpha_U = 1 - D_O / D_E``, with DKPro's convention that ``D_O == D_E`` gives
0.0. Over several categories the overall figure is ``1 - mean(D_O) / mean(D_E)``
over the categories that have a unit (DKPro's ``calculateAgreement``). Sums are
exact integers; the ``D_O == D_E`` test is exact.

A rater's units of one category must not overlap: :func:`clean_units` keeps, in
order of start (longest first), each unit that overlaps none kept before it.
(INCEpTION drops overlapping units too before handing them to DKPro, but also drops
a unit that overlaps only an already dropped one.) Several documents form one
continuum, laid end to end (:class:`UnitizingTally`), so a gap may run from the end of
one document into the next.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations

Unit = tuple[int, int]  # half-open [start, end)


@dataclass(frozen=True, slots=True)
class UnitizingScore:
    """alpha-U of one category (or overall), with its parts.

    ``alpha`` is None when no rater marked any unit (nothing to judge).
    ``observed``/``expected`` are D_O and D_E; ``units`` counts the units of all
    raters; ``length`` is the continuum in characters."""

    alpha: float | None
    observed: float
    expected: float
    units: int
    raters: int
    length: int

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready mapping of the fields."""
        return {
            "alpha": self.alpha,
            "observed": self.observed,
            "expected": self.expected,
            "units": self.units,
            "raters": self.raters,
            "length": self.length,
        }


def clean_units(units: Iterable[Unit]) -> list[Unit]:
    """One rater's units of one category, ready for alpha-U.

    :param units: ``(start, end)`` pairs in any order.
    :returns: the non-empty ones sorted by start (longest first at equal starts),
        without any that overlaps a unit kept before it.
    """
    out: list[Unit] = []
    reach = -1  # furthest end among kept units
    for s, e in sorted(units, key=lambda u: (u[0], -u[1])):
        if e <= s or s < reach:
            continue
        out.append((s, e))
        reach = e
    return out


def observed_sum(a: Sequence[Unit], b: Sequence[Unit]) -> int:
    """Sum of segment distances between two raters' cleaned units of one category.

    :param a: units of the first rater, as :func:`clean_units` returns them.
    :param b: units of the second rater, likewise.
    :returns: the integer sum before D_O's normalisation.
    """
    total = 0
    hit_b = [False] * len(b)
    j0 = 0
    for s1, e1 in a:
        while j0 < len(b) and b[j0][1] <= s1:
            j0 += 1  # ends grow with starts: units of one rater do not overlap
        j = j0
        hit = False
        while j < len(b) and b[j][0] < e1:
            s2, e2 = b[j]
            total += (s1 - s2) ** 2 + (e1 - e2) ** 2
            hit_b[j] = hit = True
            j += 1
        if not hit:
            total += (e1 - s1) ** 2  # wholly inside a gap of b
    total += sum((e - s) ** 2 for (s, e), h in zip(b, hit_b, strict=True) if not h)
    return total


class UnitizingTally:
    """Sums for alpha-U of one category over a continuum built document by document.

    ``add`` one document at a time (its length and each rater's cleaned units);
    ``score`` gives alpha-U over all of them laid end to end."""

    def __init__(self, raters: int) -> None:
        if raters < 2:
            raise ValueError("alpha-U needs at least two raters")
        self.raters = raters
        self.length = 0
        self.observed = 0
        self.lengths: Counter[int] = Counter()
        self.gaps: Counter[int] = Counter()
        self._carry = [0] * raters  # each rater's open gap at the end of the continuum

    def add(self, length: int, units: Sequence[Sequence[Unit]]) -> None:
        """Append one document of ``length`` characters; ``units[r]`` are rater r's."""
        if len(units) != self.raters:
            raise ValueError(f"expected units of {self.raters} raters, got {len(units)}")
        for a, b in combinations(units, 2):
            self.observed += observed_sum(a, b)
        for r, rater_units in enumerate(units):
            pos, carry = 0, self._carry[r]
            for s, e in rater_units:
                gap = carry + s - pos
                if gap > 0:
                    self.gaps[gap] += 1
                carry = 0
                self.lengths[e - s] += 1
                pos = e
            self._carry[r] = carry + length - pos
        self.length += length

    def parts(self) -> tuple[Fraction, Fraction, int]:
        """Exact ``(D_O, D_E, units)``; both zero on an empty continuum."""
        n_units = sum(self.lengths.values())
        big_l, r = self.length, self.raters
        if big_l == 0:
            return Fraction(0), Fraction(0), n_units
        gaps = self.gaps.copy()
        for carry in self._carry:
            if carry > 0:
                gaps[carry] += 1
        d_o = Fraction(2 * self.observed, r * (r - 1) * big_l * big_l)
        glen = sorted(gaps)
        suffix_n = [0] * (len(glen) + 1)  # gaps of length >= glen[i]
        suffix_s = [0] * (len(glen) + 1)  # their total length
        for i in range(len(glen) - 1, -1, -1):
            suffix_n[i] = suffix_n[i + 1] + gaps[glen[i]]
            suffix_s[i] = suffix_s[i + 1] + gaps[glen[i]] * glen[i]
        cubic = squares = within = 0
        for ell, count in self.lengths.items():
            cubic += count * (ell * (ell - 1) * (2 * ell - 1) // 3)
            squares += count * ell * (ell - 1)
            i = bisect_left(glen, ell)
            within += count * ell * ell * (suffix_s[i] - (ell - 1) * suffix_n[i])
        numerator = (n_units - 1) * cubic + within if n_units else 0
        denominator = big_l * (r * big_l * (r * big_l - 1) - squares)
        d_e = Fraction(2 * numerator, denominator) if denominator else Fraction(0)
        return d_o, d_e, n_units

    def score(self) -> UnitizingScore:
        """alpha-U of the tallied category."""
        d_o, d_e, n_units = self.parts()
        return UnitizingScore(
            _alpha(d_o, d_e) if n_units else None,
            float(d_o),
            float(d_e),
            n_units,
            self.raters,
            self.length,
        )


def _alpha(d_o: Fraction, d_e: Fraction) -> float | None:
    if d_o == d_e:
        return 0.0  # DKPro's convention, e.g. one unit by one rater of three
    if d_e == 0:
        return None
    return float(1 - d_o / d_e)


def combine(tallies: Iterable[UnitizingTally]) -> UnitizingScore:
    """Overall alpha-U of several categories: ``1 - mean(D_O) / mean(D_E)`` over the
    categories with at least one unit. All tallies must cover the same continuum.

    :returns: a score with alpha None when no category has a unit.
    """
    used = [(t, *t.parts()) for t in tallies]
    used = [u for u in used if u[3] > 0]
    if not used:
        return UnitizingScore(None, 0.0, 0.0, 0, 0, 0)
    d_o = sum((u[1] for u in used), Fraction(0)) / len(used)
    d_e = sum((u[2] for u in used), Fraction(0)) / len(used)
    first = used[0][0]
    return UnitizingScore(
        _alpha(d_o, d_e),
        float(d_o),
        float(d_e),
        sum(u[3] for u in used),
        first.raters,
        first.length,
    )


def alpha_u(
    length: int, raters: Sequence[Iterable[tuple[int, int, Hashable]]]
) -> tuple[dict[Hashable, UnitizingScore], UnitizingScore]:
    """alpha-U of one continuum ``[0, length)`` per category and overall.

    :param length: the continuum's length in characters.
    :param raters: for each rater, its units as ``(start, end, category)``.
    :returns: ``(per_category, overall)``; categories in order of first appearance.
    """
    by_cat: dict[Hashable, list[list[Unit]]] = {}
    for r, units in enumerate(raters):
        for s, e, cat in units:
            by_cat.setdefault(cat, [[] for _ in raters])[r].append((s, e))
    tallies: Mapping[Hashable, UnitizingTally] = {c: UnitizingTally(len(raters)) for c in by_cat}
    for cat, per_rater in by_cat.items():
        tallies[cat].add(length, [clean_units(u) for u in per_rater])
    return {cat: t.score() for cat, t in tallies.items()}, combine(tallies.values())
