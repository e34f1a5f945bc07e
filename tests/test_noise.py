"""Habit and utility visits, and broad sites."""

from __future__ import annotations

from journeys.engine.noise import habit_flags, is_broad

DAY = 86_400_000_000


def test_listed_utilities_and_feeds_are_habits_topical_pages_are_not() -> None:
    urls = [
        "https://mail.google.com/mail/u/0/#inbox",
        "https://www.youtube.com/",
        "https://www.youtube.com/watch?v=abc",
        "https://www.reddit.com/",
        "https://www.reddit.com/r/rust/comments/1/anyhow_vs_thiserror/",
        "https://www.google.com/search?q=netflix",
    ]
    flags = habit_flags(urls, [0] * len(urls), ["", "", "", "", "", "netflix"])
    assert flags == [True, True, False, True, False, False]


def test_a_shallow_page_opened_every_day_becomes_a_habit() -> None:
    urls = ["https://www.bbc.com/news"] * 5 + ["https://docs.example.org/guide/install"] * 5
    times = [d * DAY for d in range(5)] * 2
    flags = habit_flags(urls, times, [""] * 10)
    assert flags[:5] == [True] * 5 and flags[5:] == [False] * 5
    # four days are not yet a habit
    assert not any(habit_flags(urls[:4], times[:4], [""] * 4))


def test_broad_sites() -> None:
    assert is_broad("www.google.co.uk") and is_broad("de.wikipedia.org") and is_broad("youtube.com")
    assert not is_broad("kubernetes.io") and not is_broad("japan-guide.com")
