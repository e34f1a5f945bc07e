"""Statuses and their reasons: active, unfinished, completed, dormant."""

from __future__ import annotations

from dataclasses import replace

from journeys.engine.outcome import Assessment, Evidence
from journeys.engine.status import JourneyFacts, StatusParams, status_of, statuses
from journeys.times import parse_iso_to_us

HOUR = 3_600_000_000
DAY = 24 * HOUR
T0 = parse_iso_to_us("2026-11-02T09:00:00+00:00")
NOW = T0 + 20 * DAY
P = StatusParams()


def facts(
    a: Assessment | None, *, last: int = T0 + 2 * DAY, mark: str = "open", id: int = 1
) -> JourneyFacts:
    return JourneyFacts(id, "Trip", T0, last, 12, 4, 3, mark, a)


def ev(kind: str, host: str, title: str, at: int) -> Evidence:
    return Evidence(kind, at, host, f"https://{host}/x", title)


TRIP = Assessment(
    "travel",
    "travel planning and booking",
    compared=("skyscanner.net", "booking.com", "ba.com"),
)


def test_compared_and_quiet_is_unfinished_with_a_reason() -> None:
    s = status_of(facts(TRIP), NOW, P)
    assert s.status == "unfinished"
    assert s.reason == (
        "travel planning: compared 3 sites (skyscanner.net, booking.com, ba.com) over 2 days; "
        "no booking confirmation"
    )


def test_recent_activity_is_active_until_it_goes_quiet() -> None:
    last = NOW - 3 * HOUR
    assert status_of(facts(TRIP, last=last), NOW, P).reason == "last visit 3 hours ago"
    assert status_of(facts(TRIP, last=last), NOW, P).status == "active"
    assert status_of(facts(TRIP, last=last), NOW + 10 * HOUR, P).status == "unfinished"
    assert status_of(facts(TRIP, last=last), NOW, StatusParams(active_hours=1)).status == (
        "unfinished"
    )


def test_a_confirmation_completes_even_while_active() -> None:
    booked = replace(TRIP, done=(ev("confirmation", "booking.com", "Booking confirmed", T0 + DAY),))
    s = status_of(facts(booked, last=NOW - HOUR), NOW, P)
    assert (s.status, s.reason) == ("completed", "'Booking confirmed' on booking.com (3 Nov)")


def test_a_new_checkout_after_the_order_is_pending_again() -> None:
    order = ev("confirmation", "shop.example", "Thank you for your order", T0)
    cart = ev("checkout", "shop.example", "Your cart", T0 + DAY)
    shopping = Assessment("shopping", "shopping", done=(order,), pending=(cart,))
    s = status_of(facts(shopping), NOW, P)
    assert s.status == "unfinished" and s.reason.startswith("reached 'Your cart' on shop.example")


def test_learning_health_and_hobbies_are_never_unfinished_by_repetition() -> None:
    for intent in ("learning", "health", "cooking", "entertainment", "other"):
        a = Assessment(intent, intent, compared=("a.org", "b.org", "c.org"), repeated=("x y z",))
        s = status_of(facts(a), NOW, P)
        assert (s.status, s.reason) == ("dormant", "quiet since 4 Nov; nothing pending"), intent


def test_a_cart_left_in_any_journey_is_unfinished() -> None:
    a = Assessment("learning", "learning", pending=(ev("checkout", "books.example", "Basket", T0),))
    assert status_of(facts(a), NOW, P).status == "unfinished"


def test_fixing_ends_completed_when_the_searching_stopped_on_a_page() -> None:
    a = Assessment("fixing", "fixing", fix_found=True, last_page="Answer - Stack Overflow")
    s = status_of(facts(a), NOW, P)
    assert s.status == "completed" and "Answer - Stack Overflow" in s.reason
    assert status_of(facts(replace(a, fix_found=False)), NOW, P).status == "dormant"


def test_the_persons_marks_win() -> None:
    assert status_of(facts(TRIP, mark="done"), NOW, P).reason == "you marked it done"
    dismissed = status_of(facts(TRIP, mark="dismissed"), NOW, P)
    assert (dismissed.status, dismissed.reason) == ("dormant", "you dismissed it from resume")
    assert status_of(facts(None), NOW, P).status == "dormant"


def test_a_split_task_finished_in_a_later_journey_is_completed() -> None:
    later = Assessment(
        "travel",
        "travel",
        done=(ev("confirmation", "booking.com", "Booking confirmed", T0 + 5 * DAY),),
    )
    other_site = replace(
        later, done=(ev("confirmation", "hotels.example", "Confirmed", T0 + 5 * DAY),)
    )
    found = statuses([facts(TRIP, id=1), facts(later, id=2, last=T0 + 5 * DAY)], NOW)
    assert found[1].status == "completed" and found[1].reason.startswith("finished in “Trip”")
    # a confirmation on a site the first journey never used says nothing about it
    found = statuses([facts(TRIP, id=1), facts(other_site, id=2, last=T0 + 5 * DAY)], NOW)
    assert found[1].status == "unfinished"


def test_options_looked_at_where_they_are_booked_is_pending() -> None:
    one_site = Assessment("travel", "travel", compared=("booking.com",))
    s = status_of(facts(one_site), NOW, P)
    assert (s.status, s.reason) == (
        "unfinished",
        "looked at options on booking.com; no booking confirmation",
    )
    guide = Assessment("travel", "travel", compared=("rome-tips.example",))
    assert status_of(facts(guide), NOW, P).status == "dormant"


def test_offers_looked_at_on_an_unknown_site_are_pending() -> None:
    a = Assessment("travel", "travel", compared=("travel.example",), offers=("travel.example",))
    s = status_of(facts(a), NOW, P)
    assert s.reason == "looked at options on travel.example; no booking confirmation"


def test_a_journey_the_person_moved_on_from_is_quiet_the_same_day() -> None:
    now = T0 + 10 * HOUR
    trip = facts(TRIP, last=T0 + 2 * HOUR, id=1)
    later = facts(Assessment("learning", "learning"), last=T0 + 9 * HOUR, id=2)
    found = statuses([trip, later], now)
    # both were visited within 12 hours, but the trip stopped 7 hours before the rest
    assert found[1].status == "unfinished" and found[2].status == "active"
    assert statuses([trip], now)[1].status == "active"


def test_a_chore_guessed_by_meaning_alone_needs_a_checkout() -> None:
    guessed = replace(TRIP, intent_by_rules=False)
    assert status_of(facts(guessed), NOW, P).status == "dormant"
    cart = ev("checkout", "shop.example", "Your cart", T0)
    assert status_of(facts(replace(guessed, pending=(cart,))), NOW, P).status == "unfinished"
