"""Pairwise precision, recall and F1, and cluster-F, of a segmentation against gold labels;
and where its errors are: cluster-F had no cluster mixed gold groups, and had no gold group
been split over clusters."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scores:
    """Pair precision, recall, F1 and the size-weighted best-match F1 of each gold group.

    Two more cluster-F figures tell the errors apart. ``cluster_f_unmixed``: each cluster
    split by gold group (no false merges, the same splits). ``cluster_f_unsplit``: the
    clusters whose most common gold group is the same joined into one (no splits of a
    group's core, the same mixing). The higher one lies above ``cluster_f``, the more of
    the loss is of that kind. Neither is a score a method could reach: each shows what one
    kind of error costs with the other left as it is."""

    precision: float
    recall: float
    f1: float
    cluster_f: float
    cluster_f_unmixed: float = 0.0
    cluster_f_unsplit: float = 0.0


@dataclass(slots=True)
class Tally:
    """Counts accumulated over users, so that pairs never cross users."""

    both: int = 0
    predicted: int = 0
    gold: int = 0
    cluster_f_sum: float = 0.0
    unmixed_sum: float = 0.0
    unsplit_sum: float = 0.0
    items: int = 0

    def add(self, gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> None:
        """Add one user's labels (same order, one per event)."""
        if len(gold) != len(predicted):
            raise ValueError("gold and predicted labels differ in length")
        self.both += _pairs(Counter(zip(gold, predicted, strict=True)))
        self.predicted += _pairs(Counter(predicted))
        self.gold += _pairs(Counter(gold))
        self.cluster_f_sum += _cluster_f_weighted(gold, predicted)
        self.unmixed_sum += _cluster_f_weighted(gold, list(zip(predicted, gold, strict=True)))
        self.unsplit_sum += _cluster_f_weighted(gold, _by_majority(gold, predicted))
        self.items += len(gold)

    def scores(self) -> Scores:
        """The scores over everything added."""
        p = self.both / self.predicted if self.predicted else 1.0
        r = self.both / self.gold if self.gold else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0

        def per_item(total: float) -> float:
            return total / self.items if self.items else 0.0

        return Scores(
            precision=p,
            recall=r,
            f1=f1,
            cluster_f=per_item(self.cluster_f_sum),
            cluster_f_unmixed=per_item(self.unmixed_sum),
            cluster_f_unsplit=per_item(self.unsplit_sum),
        )


def _pairs(counts: Counter[object]) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def _by_majority(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> list[Hashable]:
    """Each item labelled by its cluster's most common gold group (on a tie, the group met
    first in the cluster)."""
    within: dict[Hashable, Counter[Hashable]] = defaultdict(Counter)
    for g, p in zip(gold, predicted, strict=True):
        within[p][g] += 1
    majority = {p: counts.most_common(1)[0][0] for p, counts in within.items()}
    return [majority[p] for p in predicted]


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
