"""Intent of a journey from its own searches, sites and titles, with the evidence."""

from __future__ import annotations

import numpy as np

from journeys.engine.embedding import HashingEmbedder
from journeys.engine.intent import IntentPrototypes, Step, classify, is_intent_site, searched_as

T0 = 1_790_000_000_000_000


def search(q: str, k: int = 0) -> Step:
    return Step(T0 + k, f"https://www.google.com/search?q={q}", "google.com", q, q)


def page(url: str, title: str, k: int = 0) -> Step:
    host = url.split("/")[2].removeprefix("www.")
    return Step(T0 + k, url, host, title)


def test_travel_from_searches_and_booking_sites() -> None:
    it = classify(
        [
            search("flights lisbon to rome may"),
            page("https://www.skyscanner.net/transport/flights/lis/rome/", "Cheap flights"),
            page("https://www.booking.com/hotel/it/roma.html", "Hotel Roma"),
        ]
    )
    assert it.name == "travel"
    assert it.reason == (
        "travel planning and booking: searched “flights lisbon to rome may” on "
        "skyscanner.net, booking.com"
    )


def test_a_ski_weekend_is_travel_though_its_tickets_have_prices() -> None:
    # lift tickets, rentals and lodging, with their prices: a weekend away (week158, where
    # it read as shopping and its title was its first search)
    it = classify(
        [
            search("breckenridge lift tickets march epic day pass price"),
            page("https://www.breckenridge.com/tickets.aspx", "Lift Tickets | Breckenridge"),
            search("ski rental breckenridge vs denver cheaper"),
            page("https://www.skirentals.example/prices", "Ski Rental Prices"),
            search("breckenridge lodging under 200 a night march"),
        ]
    )
    assert it.name == "travel"


def test_each_kind_of_task() -> None:
    cases = {
        "shopping": [search("standing desk under 400"), search("best standing desk reviews")],
        "jobs": [search("backend engineer jobs berlin"), page("https://www.indeed.com/q", "Jobs")],
        "paperwork": [search("file self assessment tax return"), page("https://www.gov.uk/x", "x")],
        "fixing": [search("docker build fails exit code 137")],
        "learning": [search("rust ownership tutorial"), search("what is a borrow checker")],
        "cooking": [search("sourdough bread recipe overnight")],
        "health": [search("lower back pain stretches"), page("https://www.nhs.uk/back", "Back")],
        "entertainment": [search("severance season 2 trailer")],
    }
    for want, steps in cases.items():
        assert classify(steps).name == want, want


def test_error_handling_is_learning_not_a_problem() -> None:
    it = classify([search("rust error handling tutorial")])
    assert it.name == "learning"


def test_nothing_to_go_on_is_other() -> None:
    it = classify([page("https://example.org/a", "Home"), page("https://example.org/b", "About")])
    assert (it.name, it.reason) == ("other", "no search, site or title points to one kind of task")


def test_meaning_decides_when_rules_are_unsure() -> None:
    embedder = HashingEmbedder()
    prototypes = IntentPrototypes(embedder, min_similarity=0.2)
    vector = embedder.embed(["recipe dinner kitchen ideas"])[0].astype(np.float32)
    steps = [page("https://example.org/a", "Weeknight ideas")]
    it = classify(steps, centroid=vector, prototypes=prototypes)
    assert it.name == "cooking" and it.reason.startswith("cooking: close in meaning")
    # without the fallback the same journey is "other"
    assert classify(steps).name == "other"


def test_sites_known_for_an_intent() -> None:
    assert is_intent_site("booking.com", "travel")
    assert is_intent_site("boards.greenhouse.io", "jobs")
    assert not is_intent_site("booking.com", "shopping")


def test_a_travel_team_or_a_travel_size_is_no_trip() -> None:
    # a club's team that plays away made a volleyball club's tryouts "Trip to Tryouts"
    # (week166)
    assert not searched_as("travel", "volleyball club fees 14u columbus how much travel team")
    assert not searched_as("travel", "travel size toiletries carry on")
    assert searched_as("travel", "travel insurance for japan")
    assert searched_as("travel", "travelling with a toddler on a plane")
