"""Journey titles and keywords, and visit and journey ranks."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from journeys.engine.labels import JourneyText, KeyphraseLabeler
from journeys.engine.ranking import JourneySignals, VisitSignals, journey_score, visit_rank

DAY = 86_400_000_000


def test_title_is_the_most_specific_search_and_site_names_are_dropped() -> None:
    journeys = [
        JourneyText(
            ["kyoto ryokan private onsen", "kyoto ryokan"],
            ["Ryokan Yachiyo, Kyoto - Booking.com", "Gion ryokan - Booking.com"],
        ),
        JourneyText(["rust borrow checker"], ["References and Borrowing - Booking.com"]),
        JourneyText(["sourdough starter"], ["Starter guide - Booking.com"]),
    ]
    labels = KeyphraseLabeler().label(journeys)
    assert labels[0].title == "Kyoto ryokan private onsen"
    assert labels[0].keywords[:2] == ("ryokan", "kyoto")
    assert labels[1].title == "Rust borrow checker"
    assert all("booking" not in label.keywords[:2] for label in labels)


def test_a_journey_without_searches_is_named_from_its_titles() -> None:
    labels = KeyphraseLabeler().label(
        [
            JourneyText([], ["Standing desks under $400 | Wirecutter", "Uplift V2 review"]),
            JourneyText(["weather"], []),
        ]
    )
    assert labels[0].title == "Standing desks under $400"
    assert labels[1].title == "Weather"


def test_ranks_prefer_dwell_revisits_searches_and_recent_journeys() -> None:
    skim = visit_rank(VisitSignals(dwell_s=3))
    read = visit_rank(VisitSignals(dwell_s=300, revisits=2))
    assert read > skim
    assert visit_rank(VisitSignals(is_search=True)) > skim
    assert visit_rank(VisitSignals(habit=True)) < skim
    now = 100 * DAY
    fresh = journey_score(JourneySignals(last_at_us=now, visits=10, searches=3, sessions=2), now)
    stale = journey_score(
        JourneySignals(last_at_us=now - 14 * DAY, visits=10, searches=3, sessions=2), now
    )
    assert stale == pytest.approx(fresh / 4, abs=1e-5)  # two half-lives


def test_vectorized_ranks_equal_the_scalar_rule() -> None:
    import numpy as np

    from journeys.engine.ranking import visit_ranks

    signals = [
        VisitSignals(dwell_s=3),
        VisitSignals(dwell_s=300, revisits=2, typed=True),
        VisitSignals(is_search=True),
        VisitSignals(habit=True),
    ]
    ranks = visit_ranks(
        np.array([s.dwell_s for s in signals]),
        np.array([s.revisits for s in signals]),
        np.array([s.is_search for s in signals]),
        np.array([s.typed for s in signals]),
        np.array([s.habit for s in signals]),
    )
    assert ranks.tolist() == [visit_rank(s) for s in signals]


def test_the_same_history_gets_the_same_title_in_every_process() -> None:
    """Two searches with the same words in another order score the same; the title must not
    depend on the order a set of words is summed in, which changes with string hashing."""
    code = (
        "from journeys.engine.labels import JourneyText as J, KeyphraseLabeler\n"
        "others = [J(['topping cake'], []), J(['braced knee'], []), J(['rare steak'], []),"
        " J(['rare coin'], [])]\n"
        "j = J(['topping rare braced', 'braced rare topping', 'reverted braced'], [])\n"
        "print(KeyphraseLabeler().label([j, *others])[0].title)\n"
    )
    titles = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in range(12)
    }
    assert titles == {"Topping rare braced"}  # the first of the tied searches


def test_the_first_search_names_the_task_its_details_do_not() -> None:
    party = JourneyText(
        [
            "trampoline park birthday party",
            "dinosaur birthday cake ideas",
            "printable dinosaur party invitations",
        ],
        [
            "Birthday Parties at Jump Zone Trampoline Park",
            "Dinosaur cake recipes | BBC Good Food",
            "Free printable dinosaur birthday invitation templates | Canva",
        ],
    )
    others = [JourneyText(["kimchi recipe"], []), JourneyText(["lisbon hotels"], [])]
    assert KeyphraseLabeler().label([party, *others])[0].title == "Trampoline park birthday party"
    # without the first search's weight, a detail wins
    plain = KeyphraseLabeler(first_weight=0).label([party, *others])[0].title
    assert plain == "Dinosaur birthday cake ideas"


def test_a_sites_one_word_name_ending_its_titles_names_no_journey() -> None:
    # a night's reading on Wikipedia is named by what was read, not "Wikipedia"
    labels = KeyphraseLabeler().label(
        [
            JourneyText(
                [],
                [
                    "Dyatlov Pass incident - Wikipedia",
                    "Slab avalanche - Wikipedia",
                    "Infrasound - Wikipedia",
                ],
            ),
            JourneyText(["jr pass"], ["Japan Rail Pass - japan-guide.com"]),
            JourneyText(["hipages"], ["Bathroom renovations | hipages"]),
        ]
    )
    assert labels[0].title != "Wikipedia" and "Wikipedia" not in labels[0].title
