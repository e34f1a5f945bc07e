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

One task is also often two journeys worked on side by side (``alongside``): a used e-bike's
model, its review and its listing, opened again from the address bar on three evenings, and
beside them each evening the search for what to check on a used e-bike, its battery, its
panniers and its insurance. The model ties the listing's title to the review ("Giant
Explore E+ 2"), not to "ebike battery health check before buying". Two journeys are one
when both have at least ``items`` items and a page read, they are active in at least
``runs`` of the same runs, and in ``share`` or more of the runs either is active in,
and are ``min_like`` alike as wholes. Two tasks worked on evening after evening side by
side are seldom so alike: on twenty-nine weeks of browsing, the only other such pair is
0.12 alike. A query log's searches read no page, and are left to the links: there, two
tasks of one kind searched in the same sittings (Lucchese's tasks) would be joined.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy.sparse import coo_matrix, csr_matrix  # type: ignore[import-untyped]
from scipy.sparse.csgraph import connected_components  # type: ignore[import-untyped]

from journeys.engine.likeness import Index, Table, group_means

__all__ = ["AlongsideParams", "TogetherParams", "alongside", "runs_of", "together"]


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
    active, items, counts = _activity(inverse[piece], run, len(labels))
    # only quick-look journeys active in enough runs can be joined: compare those alone
    quick = (items <= p.light * counts) & (counts >= p.runs)
    if text is not None:
        # a round goes back to the same few sites: most of its items repeat a text of its own
        seen = np.unique(np.stack([inverse[piece], text]), axis=1)[0]
        quick &= np.bincount(seen, minlength=len(labels)) <= p.distinct * items
    a, b = _sharing(active, counts, np.flatnonzero(quick), p.runs, p.share)
    return _joined(journey, inverse, len(labels), a, b)


def _activity(owner: Index, run: Index, n: int) -> tuple[csr_matrix, Index, Index]:
    """Which of ``n`` journeys is active in which run (a 0/1 matrix), and per journey its
    items and its runs; ``owner`` and ``run``: each item's journey and run."""
    active = csr_matrix(
        (np.ones(len(owner), dtype=np.int64), (owner, run)), shape=(n, int(run.max()) + 1)
    )
    active.sum_duplicates()
    items: Index = np.asarray(active.sum(axis=1)).reshape(-1)
    active.data[:] = 1  # each (journey, run) counted once
    counts: Index = np.asarray(active.sum(axis=1)).reshape(-1)
    return active, items, counts


def _sharing(
    active: csr_matrix, counts: Index, able: Index, runs: int, share: float
) -> tuple[Index, Index]:
    """The pairs of journeys among ``able`` active in at least ``runs`` of the same runs,
    and in ``share`` or more of the runs either is active in."""
    if len(able) < 2:
        return able[:0], able[:0]
    rows = active[able]
    both = (rows @ rows.T).tocoo()
    a, b, shared = able[both.row], able[both.col], both.data
    keep = (a < b) & (shared >= runs)
    a, b, shared = a[keep], b[keep], shared[keep]
    keep = shared >= share * (counts[a] + counts[b] - shared)
    return a[keep], b[keep]


def _joined(journey: Index, inverse: Index, n: int, a: Index, b: Index) -> Index:
    """Journey label per piece once the journeys (numbered by ``inverse``, ``n`` of them)
    of each pair ``a``, ``b`` are one: each joined group takes the label of its journey
    that started first (holding the smallest piece index)."""
    if not len(a):
        return journey.copy()
    m = len(journey)
    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    first = np.full(n, m, dtype=np.int64)
    np.minimum.at(first, inverse, np.arange(m, dtype=np.int64))
    lead = np.full(int(component.max()) + 1, m, dtype=np.int64)
    np.minimum.at(lead, component, first)
    out: Index = journey[lead[component[inverse]]]
    return out


@dataclass(frozen=True, slots=True, kw_only=True)
class AlongsideParams:
    """When two journeys of one task, worked on side by side sitting after sitting, are one."""

    gap_min: float = 26.0  # a pause longer than this ends a run of activity
    runs: int = 3  # runs both journeys are active in, at least
    share: float = 0.75  # of the runs either journey is active in, at least
    items: int = 5  # items of each journey, at least
    min_like: float = 0.4  # likeness of the two journeys as wholes, at least

    def __post_init__(self) -> None:
        if self.gap_min <= 0 or self.runs < 2 or self.items < 1:
            raise ValueError("gap_min must be > 0, runs >= 2 and items >= 1")
        if not 0 < self.share <= 1:
            raise ValueError("share must be in (0, 1]")
        if not -1 <= self.min_like <= 1:
            raise ValueError("min_like must be between -1 and 1")


def alongside(
    journey: Index,
    piece: Index,
    run: Index,
    sizes: Index,
    centroids: Table,
    page: npt.NDArray[np.bool_],
    params: AlongsideParams | None = None,
) -> Index:
    """Journey label per piece once journeys of one task, worked on in the same runs, are
    joined. ``journey``, ``sizes`` and ``centroids``: per piece; ``piece`` and ``run``: per
    item of a piece. Labels stay those of ``journey`` (the one that started first)."""
    p = params or AlongsideParams()
    m = len(journey)
    if m == 0 or not len(piece):
        return journey.copy()
    labels, inverse = np.unique(journey, return_inverse=True)
    inverse = inverse.reshape(-1)
    items = np.bincount(inverse, weights=sizes, minlength=len(labels))
    active, _, counts = _activity(inverse[piece], run, len(labels))
    read = np.zeros(len(labels), dtype=bool)
    np.logical_or.at(read, inverse, page)
    able = np.flatnonzero((items >= p.items) & (counts >= p.runs) & read)
    a, b = _sharing(active, counts, able, p.runs, p.share)
    if not len(a):
        return journey.copy()
    # the journeys compared, as wholes: size-weighted means of their pieces' centroids
    wanted = np.unique(np.concatenate([a, b]))
    slot = np.full(len(labels), -1, dtype=np.int64)
    slot[wanted] = np.arange(len(wanted))
    at = np.flatnonzero(slot[inverse] >= 0)
    means = group_means(centroids, slot[inverse], sizes, at, len(wanted))
    likes = np.einsum("ij,ij->i", means[slot[a]], means[slot[b]])
    keep = likes >= p.min_like
    return _joined(journey, inverse, len(labels), a[keep], b[keep])
