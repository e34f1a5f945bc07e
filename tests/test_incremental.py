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


FAR_TRIP = np.array([0.2, 0.0, 0.0, 0.98], dtype=np.float32)  # cosine 0.2


def attacher(
    trip_visits: int = 12,
    code_keywords: frozenset[str] = frozenset(),
    code_hosts: frozenset[str] = frozenset(),
) -> Attacher:
    states = {
        1: JourneyState(
            1,
            TRIP * trip_visits,
            trip_visits,
            0,
            hosts={"japan-guide.com", "google.com"},
            keywords=frozenset({"kyoto"}),
        ),
        2: JourneyState(2, CODE * 8, 8, 0, hosts=set(code_hosts), keywords=code_keywords),
    }
    return Attacher(GroupParams(), states)


def search(text: str, host: str = "") -> Item:
    return Item(10 * DAY_US, text, text, host)


def test_a_search_joins_the_journey_that_owns_its_word() -> None:
    a = attacher()
    # 0.5 * 0 (text) + 0.5 * 0.6 (centroid) is under the link: likeness alone opens a new one
    assert a._score(a.journeys[1], search("x"), NEAR_TRIP, GRAM) < a.params.attach_link
    assert a.choose(search("kyoto weather april"), NEAR_TRIP, GRAM, None) == 1


def test_a_word_with_punctuation_around_it_is_still_the_word() -> None:
    # titles write "Kyoto, Japan" and "(Kyoto)": the journey's keyword is the bare word
    assert attacher().choose(search("Kyoto, Japan: Fushimi Inari"), NEAR_TRIP, GRAM, None) == 1
    assert attacher().choose(search("Day trips (Kyoto)"), NEAR_TRIP, GRAM, None) == 1


def test_a_name_among_the_keywords_needs_no_more_likeness_than_a_site() -> None:
    # "squarespace" is a name (past the most used English words): like an owned site, it
    # asks 0.1 of likeness; "domain", a known word, asks 0.3
    a = attacher(code_keywords=frozenset({"squarespace", "domain"}))
    far_code = np.array([0.0, 0.98, 0.2, 0.0], dtype=np.float32)  # cosine 0.2 with CODE
    assert a.choose(search("squarespace connect"), far_code, GRAM, None) == 2
    assert a.choose(search("domain connect"), far_code, GRAM, None) is None


def test_a_word_two_journeys_have_is_owned_by_neither() -> None:
    a = attacher(code_keywords=frozenset({"kyoto"}))
    assert a.choose(search("kyoto weather april"), NEAR_TRIP, GRAM, None) is None


def test_an_unlike_search_or_a_young_journey_is_not_gathered() -> None:
    assert attacher().choose(search("kyoto protocol"), CODE, GRAM, None) is None
    assert attacher(trip_visits=3).choose(search("kyoto weather"), NEAR_TRIP, GRAM, None) is None


def test_a_visit_joins_the_journey_that_alone_has_its_site() -> None:
    page = search("fushimi inari senbon torii", "japan-guide.com")
    # too unlike the trip for a word (0.2 < 0.3), enough for a site only the trip has
    assert attacher().choose(page, FAR_TRIP, GRAM, None) == 1
    assert attacher().choose(search("fushimi inari senbon torii"), FAR_TRIP, GRAM, None) is None
    # a site two journeys have, or a site of everything, is owned by neither
    shared = attacher(code_hosts=frozenset({"japan-guide.com"}))
    assert shared.choose(page, FAR_TRIP, GRAM, None) is None
    broad = search("fushimi inari senbon torii", "google.com")
    assert attacher().choose(broad, FAR_TRIP, GRAM, None) is None


def test_a_side_question_minutes_after_a_visit_joins_its_journey() -> None:
    a = attacher()
    trip_page = Item(30 * DAY_US, "Hotels in Lisbon", "", "booking.com")
    a.add(1, 99, trip_page, TRIP, GRAM)
    side = np.array([0.25, 0.0, 0.0, 0.9682], dtype=np.float32)  # 0.25 like the page: no link
    words = np.array([0.0, 1.0, 0.0, 0.0], dtype=np.float32)  # no word in common
    later = Item(30 * DAY_US + 5 * 60_000_000, "tap baggage", "tap baggage", "flytap.com")
    assert a._score(a.journeys[1], later, side, words) < a.params.attach_link
    assert a.choose(later, side, words, None) == 1
    # too long after, or unlike what came before: a journey of its own
    much_later = Item(30 * DAY_US + 11 * 60_000_000, "tap baggage", "tap baggage", "flytap.com")
    assert a.choose(much_later, side, words, None) is None
    assert a.choose(later, CODE, words, None) is None
    # and not at all without the rule
    b = Attacher(GroupParams(beside=None), attacher().journeys)
    b.add(1, 99, trip_page, TRIP, GRAM)
    assert b.choose(later, side, words, None) is None


def test_a_side_question_like_an_earlier_visit_of_the_journey_before_it_joins() -> None:
    a = attacher()
    # the trip's last visit is a booking page the side question is unlike (cosine 0)...
    booking = np.array([0.0, 0.0, 0.0, 1.0], dtype=np.float32)
    page = Item(30 * DAY_US, "Lisbon Destination Hostel", "", "booking.com")
    a.add(1, 99, page, booking, GRAM)
    words = np.array([0.0, 1.0, 0.0, 0.0], dtype=np.float32)
    side = np.array([0.4, 0.0, 0.9165, 0.0], dtype=np.float32)  # 0.4 like the trip's search
    later = Item(30 * DAY_US + 3 * 60_000_000, "tap baggage", "tap baggage", "flytap.com")
    assert a._score(a.journeys[1], later, side, words) < a.params.attach_link
    # ...but 0.4 like a visit the trip had before (``journey_likeness`` 0.35)
    a.journeys[1].recent.insert(0, (TRIP, GRAM))
    assert a.choose(later, side, words, None) == 1
    a.journeys[1].recent.pop(0)
    assert a.choose(later, side, words, None) is None


def test_a_search_engine_is_no_shared_site_and_text_must_be_alike() -> None:
    a = attacher()
    # "instagram reels ideas for bakeries" on Google, against a journey that also searched
    # Google: 0.34 like its texts and as a whole; the engine adds nothing, a site would
    reels = np.array([0.34, 0.0, 0.0, 0.9404], dtype=np.float32)
    a.journeys[1].recent = [(TRIP, GRAM)]
    words = np.array([0.0, 1.0, 0.0, 0.0], dtype=np.float32)  # no word in common
    on_google = search("instagram reels ideas for bakeries", "google.com")
    assert a._score(a.journeys[1], on_google, reels, words) < a.params.attach_link
    on_guide = search("instagram reels ideas for bakeries", "japan-guide.com")
    assert a._score(a.journeys[1], on_guide, reels, words) >= a.params.attach_link
    # a site shared supports a likeness of text, it never makes one: under 0.3, nothing
    unlike = np.array([0.29, 0.0, 0.0, 0.957], dtype=np.float32)
    assert a._score(a.journeys[1], on_guide, unlike, words) == -np.inf


def test_a_journey_left_for_months_takes_in_no_like_search_nor_its_word() -> None:
    # as in a full build: a journey last visited months before is a new task's by then
    a = attacher()
    a.journeys[1].recent = [(TRIP, GRAM)]
    soon = Item(20 * DAY_US, "kyoto ryokan", "kyoto ryokan", "japan-guide.com")
    later = Item(200 * DAY_US, "kyoto ryokan", "kyoto ryokan", "japan-guide.com")
    assert a._score(a.journeys[1], soon, TRIP, GRAM) >= a.params.attach_link
    assert a._score(a.journeys[1], later, TRIP, GRAM) < a.params.attach_link
    # 100 days on, the same text is 0.73 less alike, and the site it shares adds nothing
    on_site = Item(100 * DAY_US, "kyoto ryokan", "kyoto ryokan", "japan-guide.com")
    assert a._score(a.journeys[1], on_site, TRIP, GRAM) < a.params.attach_link
    assert (
        a._score(a.journeys[1], on_site, TRIP, GRAM) + a.params.site_bonus >= a.params.attach_link
    )
    # its word owns the search within three weeks, not after
    assert a.choose(Item(15 * DAY_US, "kyoto weather", "kyoto weather"), NEAR_TRIP, GRAM, None) == 1
    late = Item(40 * DAY_US, "kyoto weather", "kyoto weather")
    assert attacher().choose(late, NEAR_TRIP, GRAM, None) is None


def test_a_mail_message_joins_the_journey_it_is_about_and_moves_nothing() -> None:
    a = attacher()
    for state in a.journeys.values():
        state.last_at_us = 9 * DAY_US
    gmail = "mail.google.com"
    booked = Item(10 * DAY_US, "Your booking is confirmed - Hotel Kyoto", "", gmail, message=True)
    about_trip = np.array([0.8, 0.0, 0.1, 0.59], dtype=np.float32)
    assert a.choose(booked, about_trip, GRAM, None) == 1
    assert a.add(1, 99, booked, about_trip, GRAM) == 1
    assert a.journeys[1].count == 12 and a.last_item is None  # it links nothing after it
    # alike to both, to neither, or weeks after: no journey (and never one of its own)
    torn = np.array([0.6, 0.0, 0.6, 0.53], dtype=np.float32)
    assert a.choose(booked, torn, GRAM, None) is None
    assert a.choose(booked, GRAM, GRAM, None) is None
    late = Item(40 * DAY_US, booked.text, "", gmail, message=True)
    assert a.choose(late, about_trip, GRAM, None) is None
    assert a.add(None, 99, late, about_trip, GRAM) is None and 99 not in a.journeys
