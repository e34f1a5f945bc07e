"""Journeys a person keeps returning to together: a round of quick visits becomes one."""

from __future__ import annotations

import numpy as np
import pytest

from journeys.engine.embedding import HashingEmbedder, normalize
from journeys.engine.grouping import GroupParams, Item, group
from journeys.engine.likeness import Table
from journeys.engine.together import (
    AlongsideParams,
    TogetherParams,
    alongside,
    runs_of,
    together,
)

MINUTE = 60_000_000
DAY = 24 * 60 * MINUTE


def _pieces(spec: dict[int, list[tuple[int, int]]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Journey label per piece, and per item its piece and run, from {journey: [(run, items)]}:
    each (run, items) is one piece of that journey in that run."""
    journey, piece, run = [], [], []
    for j, visits in spec.items():
        for r, n in visits:
            journey.append(j)
            piece.extend([len(journey) - 1] * n)
            run.extend([r] * n)
    return (np.array(journey), np.array(piece), np.array(run))


def test_a_round_of_quick_visits_in_the_same_runs_is_one_journey() -> None:
    # four shops, each looked at once in each of the same four runs; a fifth journey elsewhere
    spec = {j: [(r, 1) for r in range(4)] for j in (10, 11, 12, 13)}
    spec[14] = [(r, 1) for r in range(5, 9)]
    journey, piece, run = _pieces(spec)
    out = together(journey, piece, run)
    assert set(out[journey != 14]) == {10}  # the label of the journey that started first
    assert set(out[journey == 14]) == {14}


def test_work_side_by_side_every_evening_stays_apart() -> None:
    # two tasks worked on in the same five evenings, many visits each evening
    journey, piece, run = _pieces({1: [(r, 8) for r in range(5)], 2: [(r, 6) for r in range(5)]})
    assert list(together(journey, piece, run)) == list(journey)
    # the same as quick visits are joined: only the weight per run tells them apart
    journey, piece, run = _pieces({1: [(r, 2) for r in range(5)], 2: [(r, 1) for r in range(5)]})
    assert set(together(journey, piece, run)) == {1}


def test_quick_searches_each_new_are_tasks_side_by_side_not_a_round() -> None:
    # two tasks of one developer looked at in the same five mornings, two visits each: as
    # quick as a round, but each visit is a new search or page, not a return to the same
    # few sites
    journey, piece, run = _pieces({1: [(r, 2) for r in range(5)], 2: [(r, 2) for r in range(5)]})
    fresh = np.arange(len(piece))
    assert list(together(journey, piece, run, text=fresh)) == list(journey)
    # the same visits going back to one site each (a text per journey) are a round
    same = np.where(journey[piece] == 1, 0, 1)
    assert set(together(journey, piece, run, text=same)) == {1}
    # half the visits new (6 texts in 10 visits): past the default half, within 0.6
    half = np.where(np.arange(len(piece)) % 2 == 0, fresh, same)
    assert set(together(journey, piece, run, text=half)) == {1, 2}
    assert set(together(journey, piece, run, TogetherParams(distinct=0.6), text=half)) == {1}


def test_a_journey_active_in_every_run_does_not_take_in_the_small_ones() -> None:
    # a habit-like journey in each of 20 runs; a small one shares 3 of them (3/20 of the union)
    journey, piece, run = _pieces({1: [(r, 1) for r in range(20)], 2: [(3, 1), (7, 1), (9, 1)]})
    assert list(together(journey, piece, run)) == list(journey)


def test_too_few_shared_runs_join_nothing() -> None:
    journey, piece, run = _pieces({1: [(0, 1), (1, 1)], 2: [(0, 1), (1, 1)]})
    assert list(together(journey, piece, run)) == [1, 1, 2, 2]
    assert set(together(journey, piece, run, TogetherParams(runs=2))) == {1}


def test_runs_end_at_long_pauses() -> None:
    times = np.array([0, 10 * MINUTE, 40 * MINUTE, 60 * MINUTE, DAY])
    assert list(runs_of(times, 26)) == [0, 0, 1, 1, 2]
    assert list(runs_of(np.zeros(0, dtype=np.int64), 26)) == []


@pytest.mark.parametrize(
    "bad", [{"runs": 1}, {"share": 0.0}, {"gap_min": 0}, {"light": 0}, {"distinct": 0}]
)
def test_bad_parameters_are_refused(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        TogetherParams(**bad)  # type: ignore[arg-type]


def test_grouping_joins_a_round_of_shops_typed_by_name() -> None:
    shops = ["asos", "karmaloop", "buckle inc", "urban outfitters"]
    items = []
    for day in range(4):
        start = day * DAY + 9 * 60 * MINUTE
        for k, shop in enumerate(shops):
            items.append(Item(start + 3 * k * MINUTE, shop, query=shop))
    vectors = HashingEmbedder().embed([i.text for i in items])
    apart = group(items, vectors, GroupParams(together=None)).journey
    joined = group(items, vectors, GroupParams()).journey
    assert len(set(apart)) == 4  # no words in common: each shop a journey of its own
    assert len(set(joined)) == 1


def _alike(spec: dict[int, list[tuple[int, int]]], vectors: dict[int, list[float]]) -> np.ndarray:
    """``alongside`` on the pieces of ``spec``, each piece's centroid its journey's vector,
    every piece holding a page read."""
    journey, piece, run = _pieces(spec)
    sizes = np.bincount(piece, minlength=len(journey)).astype(np.int64)
    table = Table.of(normalize(np.array([vectors[j] for j in journey], dtype=np.float32)))
    return alongside(journey, piece, run, sizes, table, np.ones(len(journey), dtype=bool))


def test_one_task_in_two_journeys_worked_on_evening_after_evening_is_one() -> None:
    # the e-bike's listing and review, and what to check on a used e-bike: three evenings
    # each, 0.5 alike as wholes; a garden on two of the same evenings, unlike both
    spec = {
        1: [(0, 3), (1, 2), (2, 3)],
        2: [(0, 2), (1, 2), (2, 1)],
        3: [(1, 4), (2, 4)],
    }
    vectors = {1: [1.0, 0.0, 0.0], 2: [0.5, 0.866, 0.0], 3: [0.0, 0.0, 1.0]}
    out = _alike(spec, vectors)
    assert set(out[:6]) == {1} and set(out[6:]) == {3}


def test_two_unlike_tasks_side_by_side_stay_apart() -> None:
    spec = {1: [(r, 3) for r in range(4)], 2: [(r, 3) for r in range(4)]}
    # 0.3 alike: under the 0.4 asked
    out = _alike(spec, {1: [1.0, 0.0], 2: [0.3, 0.954]})
    assert sorted(set(out)) == [1, 2]


def test_alike_journeys_in_too_few_runs_or_without_a_page_stay_apart() -> None:
    vectors = {1: [1.0, 0.0], 2: [0.6, 0.8]}
    # two shared runs are too few
    assert sorted(set(_alike({1: [(0, 3), (1, 3)], 2: [(0, 3), (1, 3)]}, vectors))) == [1, 2]
    # three shared runs of the eight either is active in: under three quarters
    spec = {1: [(r, 1) for r in range(8)], 2: [(0, 2), (3, 2), (6, 2)]}
    assert sorted(set(_alike(spec, vectors))) == [1, 2]
    # searches alone (a query log) are left to the links
    journey, piece, run = _pieces({1: [(r, 2) for r in range(3)], 2: [(r, 2) for r in range(3)]})
    sizes = np.bincount(piece).astype(np.int64)
    table = Table.of(normalize(np.array([vectors[j] for j in journey], dtype=np.float32)))
    out = alongside(journey, piece, run, sizes, table, np.zeros(len(journey), dtype=bool))
    assert list(out) == list(journey)


def test_alongside_params_are_checked() -> None:
    with pytest.raises(ValueError, match="runs"):
        AlongsideParams(runs=1)
    with pytest.raises(ValueError, match="share"):
        AlongsideParams(share=0)
    with pytest.raises(ValueError, match="min_like"):
        AlongsideParams(min_like=2)
