"""Sittings and pieces: the levels below a journey, found in one pass over time.

A *sitting* (session) is cut by time gaps and topic shifts; a *piece* is what surely belongs
together: the navigation tree (referrer and opener chains), repeats of one search in a sitting,
back-to-back searches of like words, and items of one sitting whose texts are alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from journeys.engine.likeness import (
    Index,
    TextSpace,
    components,
    offset_likeness,
    span_pairs,
    span_workers,
    spans,
)
from journeys.engine.sessions import SessionParams
from journeys.engine.workers import in_parallel

_MINUTE_US = 60_000_000


def cut(times_us: Index, space: TextSpace, members: Index, params: SessionParams) -> Index:
    """Run labels for time-ordered ``members``: a short pause keeps the run, a long one cuts
    it, in between the text must be like one of the run's last ``window`` items (words only,
    as ``sessions.split_sessions`` does)."""
    n = len(members)
    labels = np.zeros(n, dtype=np.int64)
    if n == 0:
        return labels
    alike = offset_likeness(space, members, params.window, words_only=True) >= params.threshold
    gaps = np.diff(times_us[members]) / _MINUTE_US
    current, start = 0, 0
    gap_list = gaps.tolist()
    for k in range(1, n):
        gap = gap_list[k - 1]
        if gap > params.max_gap_min:
            keep = False
        elif gap <= params.short_gap_min:
            keep = True
        else:
            depth = min(params.window, k - start)
            keep = bool(alike[:depth, k].any())
        if not keep:
            current, start = current + 1, k
        labels[k] = current
    return labels


def piece_edges(
    times_us: Index,
    space: TextSpace,
    real: npt.NDArray[np.bool_],
    queries: Sequence[str],
    parents: Index,
    session: Index,
    *,
    run_params: SessionParams,
    task_link: float,
    follow_link: float,
    follow_us: float,
    task_gap_us: float,
    task_window: int,
    habit: npt.NDArray[np.bool_] | None = None,
) -> tuple[Index, Index]:
    """Edges that make pieces (see the module docstring). A visit opened from a ``habit``
    visit is not tied to it: a forum's front page, a news front page or an inbox opens
    pages of many tasks, and would tie them all together."""
    n = len(times_us)
    ei: list[Index] = []
    ej: list[Index] = []
    # navigation
    has_parent = np.flatnonzero((parents >= 0) & (parents < n))
    if habit is not None:
        has_parent = has_parent[~habit[parents[has_parent]]]
    ei.append(has_parent)
    ej.append(parents[has_parent])
    # back-to-back searches of like words (titles repeat their site's words too often)
    is_query = np.array([bool(q) for q in queries])
    members = np.flatnonzero(real & is_query)
    runs = cut(times_us, space, members, run_params)
    same_run = np.flatnonzero(runs[1:] == runs[:-1])
    ei.append(members[same_run])
    ej.append(members[same_run + 1])
    # repeats of one search in a sitting
    first: dict[tuple[int, str], int] = {}
    si: list[int] = []
    sj: list[int] = []
    for k in np.flatnonzero(real).tolist():
        q = queries[k]
        if q:
            key = (int(session[k]), q.lower())
            f = first.setdefault(key, k)
            if f != k:
                si.append(f)
                sj.append(k)
    ei.append(np.array(si, dtype=np.int64))
    ej.append(np.array(sj, dtype=np.int64))
    # alike items within a chain of short pauses (all offsets of a span of positions at once:
    # a pair of texts met at several offsets is compared once; spans side by side)
    chain = np.concatenate([[0], np.cumsum(np.diff(times_us) > task_gap_us)])
    job = _Alike(
        times_us, space, real, is_query, chain, task_link, follow_link, follow_us, task_window
    )
    tasks = spans(n)
    for i, j in in_parallel(_alike_span, job, tasks, processes=span_workers(n), threads=False):
        ei.append(i)
        ej.append(j)
    return np.concatenate(ei).astype(np.int64), np.concatenate(ej).astype(np.int64)


@dataclass(frozen=True, slots=True)
class _Alike:
    """What linking alike items near each other reads, shared by its workers."""

    times_us: Index
    space: TextSpace
    real: npt.NDArray[np.bool_]
    is_query: npt.NDArray[np.bool_]
    chain: Index  # each item's chain of short pauses
    task_link: float
    follow_link: float
    follow_us: float
    window: int


def _alike_span(job: _Alike, positions: range) -> tuple[Index, Index]:
    """The edges between alike items of one span of positions and the ``window`` before."""
    j, d = span_pairs(positions, job.window)
    i = j - d
    real, chain, times_us = job.real, job.chain, job.times_us
    ok = np.flatnonzero((chain[i] == chain[j]) & real[i] & real[j])
    i, j, d = i[ok], j[ok], d[ok]
    sims = job.space.pairs(i, j)
    # a search and what follows it within a minute: a reworded search or a result
    follows = (d == 1) & job.is_query[i] & (times_us[j] - times_us[i] <= job.follow_us)
    link = (sims >= job.task_link) | (follows & (sims >= job.follow_link))
    return i[link], j[link]


def pieces(n: int, edges: tuple[Index, Index], real: np.ndarray) -> Index:
    """Piece label per item; a piece with no real (non-habit) item is ``-1``."""
    labels = components(n, *edges)
    anchored = np.zeros(labels.max() + 1 if n else 0, dtype=bool)
    anchored[labels[real]] = True
    return np.where(anchored[labels], labels, -1)
