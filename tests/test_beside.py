"""A side question searched beside its task, in the same sitting, joins the task's journey."""

from __future__ import annotations

import numpy as np
import pytest

from journeys.engine.beside import BesideParams, beside
from journeys.engine.grouping import GroupParams, Item, group
from journeys.engine.minilm import MiniLMEmbedder

MIN = 60_000_000
DAY = 24 * 60 * MIN


def _unit(*rows: list[float]) -> np.ndarray:
    m = np.array(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def _alike(cos: float) -> list[float]:
    """A unit vector ``cos`` alike to [1, 0, 0]."""
    return [cos, float(np.sqrt(1 - cos * cos)), 0.0]


def _run(
    journey: list[int],
    sizes: list[int],
    sitting: list[int],
    minutes: list[tuple[int, int]],
    centroids: np.ndarray,
    params: BesideParams | None = None,
    reads: list[bool] | None = None,
    searched: list[set[str]] | None = None,
    places: frozenset[str] = frozenset(),
) -> tuple[list[int], list[bool]]:
    out, moved = beside(
        np.array(journey),
        np.array(sizes),
        np.array(sitting),
        np.array([a * MIN for a, _ in minutes]),
        np.array([b * MIN for _, b in minutes]),
        centroids,
        params,
        None if reads is None else np.array(reads),
        searched,
        places,
    )
    return out.tolist(), moved.tolist()


def test_a_small_piece_beside_a_like_one_joins_its_journey() -> None:
    # piece 0 (journey 7, 5 items), piece 1: a side question 4 minutes later, 0.4 alike
    out, moved = _run([7, 8], [5, 2], [0, 0], [(0, 10), (14, 15)], _unit([1, 0, 0], _alike(0.4)))
    assert out == [7, 7]
    assert moved == [False, True]


def test_it_asks_for_time_sitting_meaning_and_smallness_all_at_once() -> None:
    near, unlike = _unit([1, 0, 0], _alike(0.4)), _unit([1, 0, 0], _alike(0.1))
    # unlike in meaning
    assert _run([7, 8], [5, 2], [0, 0], [(0, 10), (14, 15)], unlike)[0] == [7, 8]
    # too far in time (11 minutes after the other ends)
    assert _run([7, 8], [5, 2], [0, 0], [(0, 10), (21, 22)], near)[0] == [7, 8]
    # another sitting
    assert _run([7, 8], [5, 2], [0, 1], [(0, 10), (14, 15)], near)[0] == [7, 8]
    # the piece is too large, or its journey is (it stood on links of its own)
    assert _run([7, 8], [5, 4], [0, 0], [(0, 10), (14, 15)], near)[0] == [7, 8]
    three = _unit([1, 0, 0], _alike(0.4), _alike(0.4))
    spread = [(0, 10), (14, 15), (300, 301)]
    assert _run([7, 8, 8], [5, 2, 2], [0, 0, 1], spread, three)[0] == [7, 8, 8]
    # habit-only pieces (no real items) neither move nor take others in
    assert _run([7, 8], [0, 2], [0, 0], [(0, 10), (14, 15)], near)[0] == [7, 8]
    # looser settings let the same cases through
    loose = BesideParams(gap_min=15, likeness=0.05)
    assert _run([7, 8], [5, 2], [0, 0], [(0, 10), (21, 22)], near, loose)[0] == [7, 7]
    assert _run([7, 8], [5, 2], [0, 0], [(0, 10), (14, 15)], unlike, loose)[0] == [7, 7]


def test_the_most_alike_neighbour_wins_and_a_piece_before_counts_too() -> None:
    # the small piece comes first; two journeys follow within minutes, the second more alike
    cents = _unit([1, 0, 0], _alike(0.25), _alike(0.6))
    out, _ = _run([1, 2, 3], [2, 6, 6], [0, 0, 0], [(0, 1), (3, 9), (5, 12)], cents)
    assert out == [3, 2, 3]


def test_a_piece_unlike_its_neighbour_joins_when_like_another_piece_of_its_journey() -> None:
    # piece 0: "dentist near me" (journey 7); two days later, "root canal cost" (piece 1)
    # is searched a minute before a dentist's booking page (piece 2, journey 7 too); it is
    # unlike the page (cosine 0) but 0.4 like "dentist near me"
    cents = _unit([1, 0, 0], _alike(0.4), [0, 0, 1])
    later = 2 * 24 * 60
    minutes = [(0, 5), (later, later + 1), (later + 2, later + 3)]
    out, moved = _run([7, 8, 7], [2, 2, 1], [0, 1, 1], minutes, cents)
    assert out == [7, 7, 7] and moved == [False, True, False]
    # under ``journey_likeness``, or with the like piece in a journey not beside it: no
    strict = BesideParams(journey_likeness=0.45)
    assert _run([7, 8, 7], [2, 2, 1], [0, 1, 1], minutes, cents, strict)[0] == [7, 8, 7]
    assert _run([7, 8, 9], [2, 2, 1], [0, 1, 1], minutes, cents)[0] == [7, 8, 9]


def test_a_weak_join_is_not_made_where_another_journey_is_far_more_alike() -> None:
    # piece 0: a task two days before (journey 5); piece 1: another task (journey 7);
    # piece 2: a search beside piece 1, 0.27 like it and 0.96 like piece 0 (a stadium's
    # seating chart searched beside a volleyball club's tryouts, days after the game's
    # tickets: week166). It is left to later stages; without the rule, or as like its
    # neighbour as ``journey_likeness`` asks, it joins.
    tickets, tryouts = [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]
    seats = [0.25, 0.0, 0.9]
    times = [(0, 10), (2 * 24 * 60, 2 * 24 * 60 + 10), (2 * 24 * 60 + 12, 2 * 24 * 60 + 13)]
    out, _ = _run([5, 7, 8], [4, 5, 2], [0, 1, 1], times, _unit(tickets, tryouts, seats))
    assert out == [5, 7, 8]
    rivals_off = BesideParams(rival_margin=None)
    out, _ = _run(
        [5, 7, 8], [4, 5, 2], [0, 1, 1], times, _unit(tickets, tryouts, seats), rivals_off
    )
    assert out == [5, 7, 7]
    clear = [0.45, 0.0, 0.6]  # 0.6 like its neighbour: a strong join is made
    out, _ = _run([5, 7, 8], [4, 5, 2], [0, 1, 1], times, _unit(tickets, tryouts, clear))
    assert out == [5, 7, 7]


def test_a_weak_join_is_not_made_where_another_journey_searched_its_words() -> None:
    # pieces 0 and 1: a baby shower's games and its raffle, on two days (journey 3); piece
    # 2: an author's visit to a school, at its book fair that evening (journey 0); piece 3, two minutes after it: "baby shower cake order
    # bakery", 0.16 like the book fair beside it and 0.33 like the games, too little a
    # margin for the rival check alone (week170). The games and the raffle searched
    # "shower", the book fair did not: the cake is left to the later stages.
    fair, games = [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]
    cake = [0.16, 0.33, float(np.sqrt(1 - 0.16**2 - 0.33**2))]
    rows = _unit(games, games, fair, cake)
    day = 24 * 60
    times = [(0, 5), (2 * day, 2 * day + 5), (3 * day, 3 * day + 5), (3 * day + 7, 3 * day + 9)]
    searched = [
        {"baby", "shower", "games"},
        {"diaper", "raffle", "baby", "shower"},
        {"scholastic", "book", "fair"},
        {"baby", "shower", "cake", "bakery"},
    ]
    reads = [True] * 4
    args = ([3, 3, 0, 9], [2, 2, 5, 2], [0, 1, 2, 2], times, rows)
    assert _run(*args, reads=reads, searched=searched)[0] == [3, 3, 0, 9]
    # without the rule, or without the words, it joins the book fair beside it
    off = BesideParams(word_rivals=None)
    assert _run(*args, off, reads, searched)[0] == [3, 3, 0, 0]
    assert _run(*args, reads=reads)[0] == [3, 3, 0, 0]
    # nor where the book fair searched the words too, or one piece only searched them
    told = [*searched[:2], searched[2] | {"baby", "shower"}, searched[3]]
    assert _run(*args, reads=reads, searched=told)[0] == [3, 3, 0, 0]
    once = [{"games"}, *searched[1:]]
    assert _run(*args, reads=reads, searched=once)[0] == [3, 3, 0, 0]
    # a town they name says nothing of the task
    town = [
        s - {"baby", "shower"} | ({"sacramento"} if k != 2 else set())
        for k, s in enumerate(searched)
    ]
    assert _run(*args, reads=reads, searched=town)[0] == [3, 3, 0, 9]
    there = frozenset({"sacramento"})
    assert _run(*args, reads=reads, searched=town, places=there)[0] == [3, 3, 0, 0]
    # nor a word three journeys search: two more, days later, said "baby shower" too
    more = [*searched, {"baby", "shower", "gift"}, {"baby", "shower", "venue"}]
    later = [(5 * day, 5 * day + 5), (6 * day, 6 * day + 5)]
    spread = ([3, 3, 0, 9, 5, 6], [2, 2, 5, 2, 4, 4], [0, 1, 2, 2, 3, 4], [*times, *later])
    rows6 = _unit(games, games, fair, cake, fair, fair)
    assert _run(*spread, rows6, reads=[*reads, True, True], searched=more)[0] == [
        3,
        3,
        0,
        0,
        5,
        6,
    ]


def test_a_small_piece_in_a_small_journey_moves_with_its_journey() -> None:
    # journey 8 is two one-item pieces (2 items in all): the first moves, the second follows
    cents = _unit([1, 0, 0], _alike(0.4), _alike(0.4))
    out, moved = _run([7, 8, 8], [5, 1, 1], [0, 0, 1], [(0, 10), (12, 12), (500, 500)], cents)
    assert out == [7, 7, 7]
    assert moved == [False, True, True]


def test_bad_params_are_refused() -> None:
    with pytest.raises(ValueError):
        BesideParams(items=0)
    with pytest.raises(ValueError):
        BesideParams(items=4, journey_items=3)
    with pytest.raises(ValueError):
        BesideParams(likeness=2)
    with pytest.raises(ValueError):
        BesideParams(journey_likeness=-2)
    with pytest.raises(ValueError):
        BesideParams(reach=0)


def _trip() -> list[Item]:
    return [
        Item(
            0, "things to do in lisbon in 4 days", "things to do in lisbon in 4 days", "google.com"
        ),
        Item(
            2 * MIN, "Top things to do in Lisbon - Lonely Planet", "", "lonelyplanet.com", parent=0
        ),
        Item(DAY, "lisbon hotels may", "lisbon hotels may", "bing.com"),
        Item(
            DAY + 2 * MIN,
            "Hotels in Lisbon, Portugal – Book your hotel now!",
            "",
            "booking.com",
            parent=2,
        ),
        Item(
            DAY + 5 * MIN,
            "Lisbon Destination Hostel, Lisbon – Updated 2026 Prices",
            "",
            "booking.com",
            parent=3,
        ),
        Item(
            DAY + 7 * MIN,
            "tap air portugal baggage allowance",
            "tap air portugal baggage allowance",
            "google.com",
        ),
        Item(DAY + 9 * MIN, "Checked baggage | TAP Air Portugal", "", "flytap.com", parent=5),
    ]


def test_a_side_question_joins_its_trip_and_keeps_a_task_of_its_own() -> None:
    items = _trip()
    vectors = MiniLMEmbedder().embed([it.text for it in items])
    g = group(items, vectors)
    assert len(set(g.journey)) == 1  # the baggage question is part of the trip
    assert g.task[5] == g.task[6] != g.task[2]  # but a step of its own in that sitting
    without = group(items, vectors, GroupParams(beside=None))
    assert without.journey[5] == without.journey[6] != without.journey[2]


def test_an_unrelated_search_beside_a_task_stays_apart() -> None:
    items = [
        *_trip()[:5],
        Item(DAY + 7 * MIN, "python list comprehension", "python list comprehension", "google.com"),
        Item(DAY + 9 * MIN, "List Comprehensions in Python", "", "realpython.com", parent=5),
    ]
    vectors = MiniLMEmbedder().embed([it.text for it in items])
    g = group(items, vectors)
    assert g.journey[5] == g.journey[6] != g.journey[2]


def test_a_lone_search_follows_the_page_read_just_before_it() -> None:
    # "bike lock kryptonite vs abus" and its review page (journey 7, 2 items, a page read),
    # then "padded shorts" searched two minutes later and nothing clicked: 0.05 alike
    rows = _unit([1, 0, 0], _alike(0.05))
    read = [True, False]
    assert _run([7, 8], [2, 1], [0, 0], [(0, 3), (5, 5)], rows, reads=read)[0] == [7, 7]
    # not without the rule, nor without knowing which pieces hold a page read
    off = BesideParams(follow_up=False)
    assert _run([7, 8], [2, 1], [0, 0], [(0, 3), (5, 5)], rows, off, read)[0] == [7, 8]
    assert _run([7, 8], [2, 1], [0, 0], [(0, 3), (5, 5)], rows)[0] == [7, 8]
    # a query log's lone search after another lone search: no page read before it
    assert _run([7, 8], [1, 1], [0, 0], [(0, 0), (2, 2)], rows, reads=[False, False])[0] == [
        7,
        8,
    ]
    # a search whose result was opened, or one after a search, is no follow-up
    assert _run([7, 8], [2, 2], [0, 0], [(0, 3), (5, 6)], rows, reads=[True, True])[0] == [7, 8]
    # nor one searched in another sitting, or more than ten minutes after the page
    assert _run([7, 8], [2, 1], [0, 1], [(0, 3), (5, 5)], rows, reads=read)[0] == [7, 8]
    assert _run([7, 8], [2, 1], [0, 0], [(0, 3), (14, 14)], rows, reads=read)[0] == [7, 8]
    # only the piece just before it: the page read last, not one further back
    three = _unit([1, 0, 0], [0, 0, 1], _alike(0.05))
    minutes = [(0, 3), (4, 4), (5, 5)]
    reads = [True, True, False]
    assert _run([7, 9, 8], [2, 2, 1], [0, 0, 0], minutes, three, reads=reads)[0] == [7, 9, 9]
    # a search already in a journey (its task's, resumed) stays there: "rust borrow checker
    # error", searched minutes after a ryokan's booking page, joined the borrow checker
    rust = _unit([0, 0, 1], [1, 0, 0], _alike(0.05))
    out = _run([9, 7, 9], [2, 2, 1], [0, 0, 0], [(0, 1), (2, 3), (5, 5)], rust, reads=reads)
    assert out[0] == [9, 7, 9]


def test_a_search_with_its_page_asks_less_than_a_lone_search() -> None:
    # a side step 0.17 like the piece two minutes before it: under the 0.2 a lone search
    # asks, over the 0.15 a search and the page it opened ask
    vectors = _unit([1, 0, 0], _alike(0.17))
    where = ([7, 8], [5, 2], [0, 0], [(0, 10), (12, 13)], vectors)
    assert _run(*where, reads=[True, False])[0] == [7, 8]
    assert _run(*where, reads=[True, True])[0] == [7, 7]
    # without the reads (a query log's items), the higher bar
    assert _run(*where)[0] == [7, 8]
    with pytest.raises(ValueError, match="page_likeness"):
        BesideParams(page_likeness=1.5)
