"""New visits attached one at a time: likeness first, then the journey that owns a word."""

from __future__ import annotations

import numpy as np

from journeys.engine.grouping import GroupParams, Item
from journeys.engine.incremental import Attacher, JourneyState

DAY_US = 86_400_000_000
TRIP = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
NEAR_TRIP = np.array([0.6, 0.8, 0.0, 0.0], dtype=np.float32)  # cosine 0.6: no link alone
CODE = np.array([0.0, 0.0, 1.0, 0.0], dtype=np.float32)
GRAM = np.array([0.0, 0.0, 0.0, 1.0], dtype=np.float32)  # words alike to nothing


def attacher(trip_visits: int = 12, code_keywords: frozenset[str] = frozenset()) -> Attacher:
    states = {
        1: JourneyState(1, TRIP * trip_visits, trip_visits, 0, keywords=frozenset({"kyoto"})),
        2: JourneyState(2, CODE * 8, 8, 0, keywords=code_keywords),
    }
    return Attacher(GroupParams(), states)


def search(text: str) -> Item:
    return Item(30 * DAY_US, text, text, "")


def test_a_search_joins_the_journey_that_owns_its_word() -> None:
    a = attacher()
    # 0.5 * 0 (text) + 0.5 * 0.6 (centroid) is under the link: likeness alone opens a new one
    assert a._score(a.journeys[1], search("x"), NEAR_TRIP, GRAM) < a.params.link
    assert a.choose(search("kyoto weather april"), NEAR_TRIP, GRAM, None) == 1


def test_a_word_two_journeys_have_is_owned_by_neither() -> None:
    a = attacher(code_keywords=frozenset({"kyoto"}))
    assert a.choose(search("kyoto weather april"), NEAR_TRIP, GRAM, None) is None


def test_an_unlike_search_or_a_young_journey_is_not_gathered() -> None:
    assert attacher().choose(search("kyoto protocol"), CODE, GRAM, None) is None
    assert attacher(trip_visits=3).choose(search("kyoto weather"), NEAR_TRIP, GRAM, None) is None
