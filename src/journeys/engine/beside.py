"""Join a small piece to the journey of a piece right beside it in the same sitting.

A task's side questions are often worded unlike the rest of it: between "lisbon hotels may"
and the hotel pages comes "tap air portugal baggage allowance"; a kimchi recipe is followed
by "gochugaru substitute". The sentence model finds such a search 0.3–0.5 like its
neighbours, under what a link between pieces needs (combined likeness 0.55, see
``engine.links``), so it ends as a journey of its own. Yet a person who searches it minutes
after (or before) the rest, in the same sitting, is mostly still on the same task.

So a small piece (at most ``items`` items that are not habit visits) that is all of a small
journey (at most ``journey_items`` such items) joins the journey of the most alike piece
within ``gap_min`` minutes of it in the same sitting, when the two pieces' centroids are at
least ``likeness`` alike. Larger journeys are left as they are: they stood on their own
links. The bar is low, but it asks for two things at once: the piece is next to the other
in time, and not unrelated to it in meaning.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from journeys.engine.embedding import Vectors
from journeys.engine.likeness import Index

__all__ = ["BesideParams", "beside"]


@dataclass(frozen=True, slots=True, kw_only=True)
class BesideParams:
    """When a small piece joins the journey of a piece beside it."""

    items: int = 3  # the piece's items (not habit visits), at most
    journey_items: int = 3  # its journey's items, at most
    gap_min: float = 10.0  # minutes between the two pieces, at most
    likeness: float = 0.2  # cosine of the two pieces' centroids, at least
    window: int = 50  # pieces of the sitting looked at on each side, at most

    def __post_init__(self) -> None:
        if self.items < 1 or self.journey_items < self.items:
            raise ValueError("items must be >= 1 and journey_items >= items")
        if self.gap_min < 0 or self.window < 1:
            raise ValueError("gap_min must be >= 0 and window >= 1")
        if not -1 <= self.likeness <= 1:
            raise ValueError("likeness must be between -1 and 1")


def beside(
    journey: Index,
    sizes: Index,
    sitting: Index,
    start_us: Index,
    end_us: Index,
    centroids: Vectors,
    params: BesideParams | None = None,
) -> tuple[Index, Index]:
    """Journey label per piece after small pieces join the journey beside them, and which
    pieces changed journey that way.

    Pieces are in the order of their first item; ``sizes`` counts each piece's items that
    are not habit visits, ``centroids`` are unit rows. A joined journey takes the label of
    the journey it joins."""
    p = params or BesideParams()
    m = len(journey)
    if m < 2:
        return journey.copy(), np.zeros(m, dtype=bool)
    labels, inverse = np.unique(journey, return_inverse=True)
    inverse = inverse.reshape(-1)
    parent = np.arange(len(labels), dtype=np.int64)
    weight = np.bincount(inverse, weights=sizes, minlength=len(labels)).astype(np.int64)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = int(parent[x])
        return x

    gap = p.gap_min * 60_000_000
    for k in np.flatnonzero((sizes > 0) & (sizes <= p.items)).tolist():
        own = find(int(inverse[k]))
        if weight[own] > p.journey_items:
            continue
        lo = max(0, k - p.window)
        hi = min(m, k + p.window + 1)
        near = np.arange(lo, hi)
        near = near[(near != k) & (sitting[near] == sitting[k]) & (sizes[near] > 0)]
        apart = np.maximum(start_us[near] - end_us[k], start_us[k] - end_us[near])
        near = near[apart <= gap]
        if not len(near):
            continue
        roots = np.array([find(int(inverse[q])) for q in near.tolist()], dtype=np.int64)
        near = near[roots != own]
        if not len(near):
            continue
        alike = centroids[near] @ centroids[k]
        best = int(np.argmax(alike))
        if float(alike[best]) < p.likeness:
            continue
        target = find(int(inverse[near[best]]))
        parent[own] = target
        weight[target] += weight[own]
    roots = np.array([find(int(x)) for x in inverse.tolist()], dtype=np.int64)
    out = labels[roots]
    return out, roots != inverse
