"""Pairwise precision, recall and F1, and cluster-F, of a segmentation against gold labels."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scores:
    """Pair precision, recall, F1 and the size-weighted best-match F1 of each gold group."""

    precision: float
    recall: float
    f1: float
    cluster_f: float


@dataclass(slots=True)
class Tally:
    """Counts accumulated over users, so that pairs never cross users."""

    both: int = 0
    predicted: int = 0
    gold: int = 0
    cluster_f_sum: float = 0.0
    items: int = 0

    def add(self, gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> None:
        """Add one user's labels (same order, one per event)."""
        if len(gold) != len(predicted):
            raise ValueError("gold and predicted labels differ in length")
        self.both += _pairs(Counter(zip(gold, predicted, strict=True)))
        self.predicted += _pairs(Counter(predicted))
        self.gold += _pairs(Counter(gold))
        self.cluster_f_sum += _cluster_f_weighted(gold, predicted)
        self.items += len(gold)

    def scores(self) -> Scores:
        """The scores over everything added."""
        p = self.both / self.predicted if self.predicted else 1.0
        r = self.both / self.gold if self.gold else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        cf = self.cluster_f_sum / self.items if self.items else 0.0
        return Scores(precision=p, recall=r, f1=f1, cluster_f=cf)


def _pairs(counts: Counter[object]) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def _cluster_f_weighted(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> float:
    """Sum over gold groups of |G| times the best F1 of G with any predicted cluster."""
    gold_sizes = Counter(gold)
    pred_sizes = Counter(predicted)
    overlap: dict[Hashable, Counter[Hashable]] = defaultdict(Counter)
    for g, p in zip(gold, predicted, strict=True):
        overlap[g][p] += 1
    total = 0.0
    for g, size in gold_sizes.items():
        best = max(2 * n / (size + pred_sizes[p]) for p, n in overlap[g].items())
        total += size * best
    return total
