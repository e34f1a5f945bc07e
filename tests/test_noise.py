"""Habit and utility visits, and broad sites."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from journeys.engine.noise import (
    _host_path,
    habit_flags,
    is_broad,
    is_broad_shop,
    is_marketplace,
    section_of,
)

DAY = 86_400_000_000


def test_listed_utilities_and_feeds_are_habits_topical_pages_are_not() -> None:
    urls = [
        "https://mail.google.com/mail/u/0/#inbox",
        "https://www.youtube.com/",
        "https://www.youtube.com/watch?v=abc",
        "https://www.reddit.com/",
        "https://www.reddit.com/r/rust/comments/1/anyhow_vs_thiserror/",
        "https://www.google.com/search?q=netflix",
        "https://www.naver.com/",
        "https://blog.naver.com/jejulove88/223456789012",
    ]
    flags = habit_flags(urls, [0] * len(urls), ["", "", "", "", "", "netflix", "", ""])
    assert flags == [True, True, False, True, False, False, True, False]


def test_a_forums_board_is_a_feed_its_posts_are_topical() -> None:
    """A city's board opened most days is local news (week86: r/Calgary)."""
    urls = [
        "https://www.reddit.com/r/Calgary/",
        "https://www.reddit.com/r/Calgary",
        "https://old.reddit.com/r/uofm/new/",
        "https://www.reddit.com/r/Calgary/comments/1x2y3z/best_winter_tires/",
        "https://www.reddit.com/r/Calgary/wiki/moving",
        "https://www.reddit.com/user/someone/",
    ]
    flags = habit_flags(urls, [0] * len(urls), [""] * len(urls))
    assert flags == [True, True, True, False, False, False]


def test_an_assistants_front_page_is_a_habit_its_conversations_are_not() -> None:
    urls = [
        "https://chatgpt.com/",
        "https://chatgpt.com/c/6a1f0c2e-3b9d-4e7a-9f21-7c5d2e8b1a40",
        "https://claude.ai/new",
        "https://claude.ai/chat/0b6c1d2e-4f5a-4b7c-8d9e-0a1b2c3d4e5f",
        "https://gemini.google.com/app",
        "https://gemini.google.com/app/7f3e9a1b2c4d5e6f",
    ]
    flags = habit_flags(urls, [0] * len(urls), [""] * len(urls))
    assert flags == [True, False, True, False, True, False]


def test_the_local_forecast_is_a_habit_the_weather_news_is_not() -> None:
    urls = [
        "https://weather.com/weather/today/l/Atlanta+GA",
        "https://www.accuweather.com/en/us/boston/02108/weather-forecast/348735",
        "https://www.wunderground.com/forecast/us/ga/atlanta",
        "https://weather.com/news/weather/video/hurricane-season-outlook",
        "https://www.accuweather.com/en/weather-news/spring-storms-ahead/1234",
    ]
    assert habit_flags(urls, [0] * len(urls), [""] * len(urls)) == [True] * 3 + [False] * 2


def test_a_shallow_page_opened_every_day_becomes_a_habit() -> None:
    urls = ["https://www.localpaper.example/news"] * 5 + [
        "https://docs.example.org/guide/install"
    ] * 5
    times = [d * DAY for d in range(5)] * 2
    flags = habit_flags(urls, times, [""] * 10)
    assert flags[:5] == [True] * 5 and flags[5:] == [False] * 5
    # four days are not yet a habit
    assert not any(habit_flags(urls[:4], times[:4], [""] * 4))


def test_an_applications_home_however_deep_is_a_front_page() -> None:
    """week39: a CRM's home opened each working morning, three parts deep, was a page of
    the pipeline report's journey on eight days."""
    home = "https://acme.lightning.force.com/lightning/page/home"
    report = "https://acme.lightning.force.com/lightning/r/Report/00O5e000008abcDEAX/view"
    days = [0, DAY, 3 * DAY]
    assert habit_flags([home] * 3, days, [""] * 3) == [True] * 3
    assert habit_flags([report] * 3, days, [""] * 3) == [False] * 3
    assert habit_flags([home] * 2, days[:2], [""] * 2) == [False] * 2  # two days are not yet
    bank = ["https://secure.example-bank.com/web/auth/dashboard/"] * 3
    assert habit_flags(bank, days, [""] * 3) == [True] * 3


def test_a_front_page_opened_on_three_days_is_a_habit_and_news_fronts_always_are() -> None:
    urls = ["https://www.localpaper.example/"] * 3
    assert habit_flags(urls, [0, DAY, 3 * DAY], [""] * 3) == [True] * 3
    assert habit_flags(urls[:2], [0, DAY], [""] * 2) == [False] * 2  # two days are not yet
    assert habit_flags(urls, [0, 1, 2], [""] * 3) == [False] * 3  # nor three times in a day
    # an article of the site is not
    assert (
        habit_flags(
            ["https://www.localpaper.example/2026/04/storm"] * 3, [0, DAY, 2 * DAY], [""] * 3
        )
        == [False] * 3
    )
    fronts = [
        "https://www.nytimes.com/",
        "https://www.theguardian.com/uk",
        "https://www.nytimes.com/2026/04/20/world/storm.html",
    ]
    assert habit_flags(fronts, [0, 1, 2], [""] * 3) == [True, True, False]
    # a code host's dashboards are habits, a repository's pages are not
    code = [
        "https://github.com/notifications",
        "https://github.com/pulls",
        "https://github.com/acme/billing/pull/302",
        "https://github.com/acme/billing/issues",
    ]
    assert habit_flags(code, [0, 1, 2, 3], [""] * 4) == [True, True, False, False]


def test_a_front_page_titled_as_news_is_a_habit_opened_once() -> None:
    # a newspaper's front page is known by its title, in any language measured (week155:
    # the Tagesschau and the Hamburger Abendblatt, each opened on two days)
    urls = [
        "https://www.tagesschau.de/",
        "https://www.abendblatt.de/",
        "https://www.abendblatt.de/hamburg/article1234/kita-streik.html",
        "https://www.jobrad.org/",
        "https://www.onet.pl/",
        "https://www.abc.net.au/news",
        "https://www.abc.net.au/news/2027-03-02/ute-recall/104",
    ]
    titles = [
        "tagesschau.de - die erste Adresse für Nachrichten",
        "Hamburger Abendblatt - Nachrichten aus Hamburg",
        "Kita-Streik: Nachrichten aus den Bezirken - Hamburger Abendblatt",
        "JobRad: Dienstrad-Leasing für alle",
        "Onet – Jesteś na bieżąco: wiadomości, pogoda, sport",
        "ABC News (Australian Broadcasting Corporation)",
        "Ute recall: what owners need to know - ABC News",
    ]
    # a broadcaster's news section's front (week156) is one, not its stories
    flags = habit_flags(urls, list(range(7)), [""] * 7, titles=titles)
    assert flags == [True, True, False, False, True, True, False]
    # without titles, a front page opened once is no habit
    assert habit_flags(urls, list(range(7)), [""] * 7) == [False] * 7


def test_a_sport_section_titled_as_sport_is_a_habit_its_reports_are_not() -> None:
    # the scores, opened to see what is new: "Football - BBC Sport" on four days sat inside
    # a father's search for his son's football boots (week159)
    urls = [
        "https://www.bbc.co.uk/sport/football",
        "https://www.bbc.co.uk/sport",
        "https://www.marca.com/deportes",
        "https://www.bbc.co.uk/sport/football/articles/c4g2x9",
        "https://www.bbc.co.uk/sport/football/live/c8y1",
        "https://www.prodirectsport.com/soccer/l/kids-wide-fit-football-boots/",
        "https://www.decathlon.co.uk/sports/football",
    ]
    titles = [
        "Football - BBC Sport",
        "BBC Sport - Scores, Fixtures, News - Live Sport",
        "Marca - Diario online líder en información deportiva",
        "Leeds United 2-1 Burnley: Report - BBC Sport",
        "Leeds v Burnley live - BBC Sport",
        "Kids Wide Fit Football Boots | Pro:Direct Soccer",
        "Football kit and boots | Decathlon",  # a shop's aisle, titled as no sport section
    ]
    flags = habit_flags(urls, list(range(7)), [""] * 7, titles=titles)
    assert flags == [True, True, False, False, False, False, False]


def test_every_page_of_a_webmail_without_message_addresses_is_a_habit() -> None:
    urls = [
        "https://navigator.gmx.net/mail?sid=a1b2",
        "https://3c-bs.web.de/mail/client/start?sid=c3d4",
        "https://www.gmx.net/magazine/politik/wahl-123",
    ]
    assert habit_flags(urls, [0, 1, 2], [""] * 3) == [True, True, False]


def test_broad_sites() -> None:
    assert is_broad("www.google.co.uk") and is_broad("de.wikipedia.org") and is_broad("youtube.com")
    assert not is_broad("kubernetes.io") and not is_broad("japan-guide.com")
    # a government's one site for all of its services: a pension and a cataract's treatment
    # benefit (gov.ie, week59) are two tasks
    for host in (
        "www.gov.uk",
        "www.gov.ie",
        "www.govt.nz",
        "accounts.ecitizen.go.ke",
        "www.gov.br",
    ):
        assert is_broad(host), host
    assert not is_broad("www.seai.ie")  # one agency's grants are one kind of task
    # stores of everything: a fence, a bathroom fan and a pellet grill at Home Depot (week62)
    for host in ("www.homedepot.com", "www.ikea.com", "www.costco.ca", "www.etsy.com"):
        assert is_broad(host) and is_broad_shop(host) and not is_marketplace(host), host
    assert is_marketplace("www.amazon.de") and is_marketplace("ebay.com")
    assert not is_broad("www.rei.com")  # a shop of one trade says something
    # assistants and workspaces asked about every task (week66)
    for host in ("chatgpt.com", "claude.ai", "docs.google.com", "www.notion.so"):
        assert is_broad(host), host


@pytest.mark.parametrize(
    "url",
    [
        "https://Example.COM",
        "https://www.example.com?x=1",
        "https://m.example.com#frag",
        "http://a.b/c/d?e#f",
        "https://user@host.com/x",
        "https://host.com:8080/p",
        "https://[::1]/x",
        "HTTPS://X.COM/Y",
        "https://x.com/a\tb",
        "https://x.com\\evil",
        "https://x_y.com/p",
        "https://x.com//double",
        "https://x.com/\n",
        "chrome://settings",
        "file:///tmp/x",
        "https://",
    ],
)
def test_a_pages_host_and_path_are_read_as_urlsplit_reads_them(url: str) -> None:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    assert _host_path(url) == (host, parts.path or "/")


@pytest.mark.parametrize(
    ("host", "url", "part"),
    [
        ("gov.uk", "https://www.gov.uk/getting-an-mot/retests", "gov.uk/getting-an-mot"),
        ("gov.uk", "https://www.gov.uk/getting-an-mot", "gov.uk/getting-an-mot"),
        ("www.gov.uk", "https://www.gov.uk/Getting-An-MOT/retests?x=1", "gov.uk/getting-an-mot"),
        ("gov.uk", "https://www.gov.uk/", ""),
        ("gov.uk", "https://www.gov.uk/government/publications/x", ""),  # the site's own pages
        ("gov.uk", "https://www.gov.uk/guidance/x", ""),
        ("mygov.scot", "https://www.mygov.scot/council-tax/discounts", "mygov.scot/council-tax"),
        # a ministry each: the income tax and a passport rule for Chile (week202)
        (
            "www.gov.br",
            "https://www.gov.br/receitafederal/pt-br/assuntos/meu-imposto-de-renda",
            "gov.br/receitafederal",
        ),
        ("gov.br", "https://www.gov.br/mre/pt-br/assuntos/portal-consular", "gov.br/mre"),
        ("gov.br", "https://www.gov.br/pt-br/servicos/obter-passaporte", ""),
        ("gov.pl", "https://www.gov.pl/web/kas/zeznania", "gov.pl/web/kas"),
        (
            "facebook.com",
            "https://www.facebook.com/groups/claireshendo/posts/9",
            "facebook.com/groups/claireshendo",
        ),
        ("facebook.com", "https://www.facebook.com/groups", ""),
        ("facebook.com", "https://www.facebook.com/marketplace/austin", ""),
        ("github.com", "https://github.com/acme/api/pull/88", ""),  # measured: not kept
        ("reddit.com", "https://www.reddit.com/r/chicago/comments/1", ""),  # a city's board
        ("halfords.com", "https://www.halfords.com/my-account/bookings", ""),
        ("gov.uk", "http://[::1", ""),
    ],
)
def test_the_parts_of_a_broad_site_that_are_each_about_one_thing(
    host: str, url: str, part: str
) -> None:
    assert section_of(host, url) == part
    assert not part or not is_broad(part)  # a part is a distinctive site of its own
