"""Chance-corrected agreement coefficients for nominal data: Cohen's kappa, Fleiss'
kappa, Krippendorff's alpha. Pure standard library.

Each has a tally that takes one item (unit) at a time, with a weight, so that a
long run of identical items (tokens no layer labelled) costs one call, and a
function over whole sequences built on the same tally. A coefficient is None
when it is undefined: when chance agreement is already perfect (every rater used
one and the same category everywhere), or when there are no items.

- Cohen (1960): ``kappa = (p_o - p_e) / (1 - p_e)`` with ``p_e`` from each rater's own
  category shares (the same as scikit-learn's ``cohen_kappa_score``).
- Fleiss (1971): every item judged by the same number ``n`` of raters;
  ``P_i = (sum_j n_ij**2 - n) / (n (n - 1))``, ``kappa = (mean P_i - sum_j p_j**2) /
  (1 - sum_j p_j**2)``.
- Krippendorff (2011, "Computing Krippendorff's Alpha-Reliability"), nominal metric,
  missing values allowed: coincidences within each unit with ``m_u >= 2`` values,
  ``alpha = 1 - (n - 1) (n - sum_c o_cc) / (n**2 - sum_c n_c**2)``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence


class PairTally:
    """Contingency counts of two raters' categories, for Cohen's kappa."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[Hashable, Hashable]] = Counter()
        self.items = 0

    def add(self, a: Hashable, b: Hashable, weight: int = 1) -> None:
        """Record ``weight`` items on which the raters chose ``a`` and ``b``."""
        if weight > 0:
            self.counts[(a, b)] += weight
            self.items += weight

    def kappa(self) -> float | None:
        """Cohen's kappa, or None when undefined."""
        n = self.items
        if n == 0:
            return None
        left: Counter[Hashable] = Counter()
        right: Counter[Hashable] = Counter()
        same = 0
        for (a, b), count in self.counts.items():
            left[a] += count
            right[b] += count
            if a == b:
                same += count
        chance = sum(left[c] * right[c] for c in left)  # p_e * n**2
        if chance == n * n:
            return None
        return (same * n - chance) / (n * n - chance)


class FleissTally:
    """Items each judged by the same ``raters`` raters, for Fleiss' kappa."""

    def __init__(self, raters: int) -> None:
        if raters < 2:
            raise ValueError("Fleiss' kappa needs at least two raters")
        self.raters = raters
        self.items = 0
        self._p_sum = 0.0  # sum of P_i
        self.totals: Counter[Hashable] = Counter()

    def add(self, counts: Iterable[tuple[Hashable, int]], weight: int = 1) -> None:
        """Record ``weight`` items with these ``(category, raters who chose it)`` counts."""
        n = self.raters
        squares = seen = 0
        pairs = list(counts)
        for _cat, k in pairs:
            squares += k * k
            seen += k
        if seen != n:
            raise ValueError(f"an item has {seen} judgements, expected {n}")
        if weight <= 0:
            return
        for cat, k in pairs:
            self.totals[cat] += k * weight
        self._p_sum += weight * (squares - n) / (n * (n - 1))
        self.items += weight

    def kappa(self) -> float | None:
        """Fleiss' kappa, or None when undefined."""
        if self.items == 0:
            return None
        judgements = self.items * self.raters
        chance = sum((t / judgements) ** 2 for t in self.totals.values())
        if chance >= 1.0:
            return None
        return (self._p_sum / self.items - chance) / (1 - chance)


class AlphaTally:
    """Units with one value per rater who judged them, for Krippendorff's nominal alpha."""

    def __init__(self) -> None:
        self.pairable = 0.0  # n: values in units with at least two values
        self.matches = 0.0  # sum_c o_cc
        self.totals: Counter[Hashable] = Counter()  # n_c
        self.units = 0

    def add(self, values: Iterable[Hashable | None], weight: int = 1) -> None:
        """Record ``weight`` units with these values (None: the rater gave none)."""
        counts = Counter(v for v in values if v is not None)
        m = sum(counts.values())
        if m < 2 or weight <= 0:
            return  # a unit with a single value has no pair to compare
        self.units += weight
        self.pairable += weight * m
        for cat, k in counts.items():
            self.totals[cat] += weight * k
            self.matches += weight * k * (k - 1) / (m - 1)

    def alpha(self) -> float | None:
        """Krippendorff's alpha (nominal), or None when undefined."""
        n = self.pairable
        expected = n * n - sum(t * t for t in self.totals.values())
        if n <= 1 or expected <= 0:
            return None
        return 1 - (n - 1) * (n - self.matches) / expected


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two raters' categories over the same items.

    :param a: the first rater's category of each item.
    :param b: the second rater's, item by item.
    :returns: kappa in [-1, 1], or None when undefined.
    """
    if len(a) != len(b):
        raise ValueError("the two raters judged different numbers of items")
    tally = PairTally()
    for x, y in zip(a, b, strict=True):
        tally.add(x, y)
    return tally.kappa()


def fleiss_kappa(table: Sequence[Sequence[int]]) -> float | None:
    """Fleiss' kappa of a subjects x categories table of rater counts.

    :param table: ``table[i][j]`` raters who put subject i in category j; every row
        sums to the same number of raters.
    :returns: kappa, or None when undefined.
    """
    if not table:
        return None
    tally = FleissTally(sum(table[0]))
    for row in table:
        tally.add(enumerate(row))
    return tally.kappa()


def krippendorff_alpha_nominal(units: Iterable[Sequence[Hashable | None]]) -> float | None:
    """Krippendorff's alpha, nominal metric, with missing values.

    :param units: for each unit, every rater's value (None where the rater gave none).
    :returns: alpha, or None when undefined (fewer than two pairable values, or a
        single category among them).
    """
    tally = AlphaTally()
    for values in units:
        tally.add(values)
    return tally.alpha()
