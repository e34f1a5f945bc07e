"""Join journeys that a person keeps returning to together.

Some tasks are a round of several sites, each searched or typed by name: a shopper's round of
clothing shops ("asos", "karmaloop", "buckle inc", "urban outfitters"), a round of banks and
money sites. No sentence model ties the names to each other, so each site ends as a journey
of its own, yet the person visits them side by side, sitting after sitting. Two journeys that
are active in mostly the same runs of activity (stretches without a pause longer than
``gap_min``) are one, when both are such rounds of quick visits:

- they share at least ``runs`` runs, and at least ``share`` of the runs either is active in.
  The share counts the runs of both, so a long journey active in almost every run (a month
  of work on one project) does not take in each small one that happened to run beside it a
  few times;
- each has at most ``light`` items in a run it is active in, on average: a look at a site,
  not an evening's work. Two tasks a person works on side by side, evening after evening
  (planning a trip between chapters of a Rust tutorial), have many visits in each evening
  and stay apart;
- each goes back to the same few places: at most ``distinct`` of its items have a text of
  their own. A round returns to the shops it knows ("asos" searched again and again); two
  tasks of one developer, looked at briefly morning after morning (a flaky test, a
  database upgrade), ask something new each time and stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix  # type: ignore[import-untyped]
from scipy.sparse.csgraph import connected_components  # type: ignore[import-untyped]

from journeys.engine.likeness import Index

__all__ = ["TogetherParams", "runs_of", "together"]


@dataclass(frozen=True, slots=True, kw_only=True)
class TogetherParams:
    """When two journeys active in the same runs of activity are joined."""

    gap_min: float = 26.0  # a pause longer than this ends a run of activity
    runs: int = 3  # runs both journeys are active in, at least
    share: float = 0.5  # of the runs either journey is active in, at least
    light: float = 3.0  # items a journey has in each run it is active in, on average, at most
    distinct: float = 0.5  # of a journey's items, the share with a text of their own, at most

    def __post_init__(self) -> None:
        if self.gap_min <= 0 or self.runs < 2:
            raise ValueError("gap_min must be > 0 and runs >= 2")
        if not 0 < self.share <= 1:
            raise ValueError("share must be in (0, 1]")
        if self.light <= 0:
            raise ValueError("light must be > 0")
        if not 0 < self.distinct <= 1:
            raise ValueError("distinct must be in (0, 1]")


def runs_of(times_us: Index, gap_min: float) -> Index:
    """The run of activity of each of the time-ordered items: a new run after each pause
    longer than ``gap_min`` minutes."""
    if not len(times_us):
        return np.zeros(0, dtype=np.int64)
    breaks = np.diff(times_us) > gap_min * 60_000_000
    out: Index = np.concatenate([[0], np.cumsum(breaks)]).astype(np.int64)
    return out


def together(
    journey: Index,
    piece: Index,
    run: Index,
    params: TogetherParams | None = None,
    *,
    text: Index | None = None,
) -> Index:
    """Journey label per piece after joining the journeys active in mostly the same runs.

    ``journey``: each piece's journey label; ``piece`` and ``run``: for each item of a piece,
    its piece and its run of activity, and (``text``) its text as a number, alike for
    alike texts (None: every item's own). Joined journeys take the label of the one that
    started first (holding the smallest piece index): labels stay those of ``journey``."""
    p = params or TogetherParams()
    m = len(journey)
    if m == 0 or not len(piece):
        return journey.copy()
    labels, inverse = np.unique(journey, return_inverse=True)
    inverse = inverse.reshape(-1)
    # journeys by runs, each (journey, run) counted once
    active = csr_matrix(
        (np.ones(len(piece), dtype=np.int64), (inverse[piece], run)),
        shape=(len(labels), int(run.max()) + 1),
    )
    active.sum_duplicates()
    items = np.asarray(active.sum(axis=1)).reshape(-1)
    active.data[:] = 1
    counts = np.asarray(active.sum(axis=1)).reshape(-1)
    # only quick-look journeys active in enough runs can be joined: compare those alone
    quick = (items <= p.light * counts) & (counts >= p.runs)
    if text is not None:
        # a round goes back to the same few sites: most of its items repeat a text of its own
        seen = np.unique(np.stack([inverse[piece], text]), axis=1)[0]
        quick &= np.bincount(seen, minlength=len(labels)) <= p.distinct * items
    able = np.flatnonzero(quick)
    if len(able) < 2:
        return journey.copy()
    rows = active[able]
    both = (rows @ rows.T).tocoo()
    a, b, shared = able[both.row], able[both.col], both.data
    keep = (a < b) & (shared >= p.runs)
    a, b, shared = a[keep], b[keep], shared[keep]
    keep = shared >= p.share * (counts[a] + counts[b] - shared)
    if not keep.any():
        return journey.copy()
    graph = coo_matrix(
        (np.ones(int(keep.sum()), dtype=np.int8), (a[keep], b[keep])),
        shape=(len(labels), len(labels)),
    )
    _, component = connected_components(graph, directed=False)
    # each joined group takes the label of its journey that started first
    first = np.full(len(labels), m, dtype=np.int64)
    np.minimum.at(first, inverse, np.arange(m, dtype=np.int64))
    lead = np.full(int(component.max()) + 1, m, dtype=np.int64)
    np.minimum.at(lead, component, first)
    out: Index = journey[lead[component[inverse]]]
    return out
