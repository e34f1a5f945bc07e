"""A software tester's ten days in Kraków, written at the end of the eighteenth session,
after all of its changes, and scored before any change for it: browser tests moved to
Playwright at work, a bathroom retiled, a ski weekend in Slovakia booked, a friend's 30th
birthday present, a cracked phone screen, and a tax return with its Polish forms. Words
are shared across tasks ("screen" of a phone and of a test, "tile" and "tiles", "test" of
software and of grout), a few searches and titles are in Polish, side steps name no task
("hand warmers", "rubber mallet", "gift wrapping paper"), searches go to Google and
DuckDuckGo. Habits: mail, a news portal, the weather, video, a forum, music. Used by
make_week_history.py (``week31``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, forum, search, video_home


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            "Inbox (7) - kasia.nowak@example.com - Gmail",
            None,
        )
    ]


def portal() -> list[Step]:
    return [("goto", "https://www.onet.pl/", "Onet – Jesteś na bieżąco", None)]


def weather() -> list[Step]:
    return [
        (
            "goto",
            "https://www.accuweather.com/en/pl/krakow/274455/weather-forecast/274455",
            "Kraków, Lesser Poland, Poland Weather Forecast | AccuWeather",
            None,
        )
    ]


def music() -> list[Step]:
    return [("goto", "https://open.spotify.com/", "Spotify – Web Player", None)]


def page(url: str, title: str, task: str | None, action: str = "via") -> Step:
    return (action, url, title, task)


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *portal(),
    day("1 09:20"),
    search(GOOGLE, "playwright vs cypress 2026 comparison", "tests"),
    page(
        "https://www.browserstack.com/guide/playwright-vs-cypress",
        "Playwright vs Cypress: Key Differences | BrowserStack",
        "tests",
    ),
    search(GOOGLE, "migrate cypress tests to playwright", "tests"),
    page(
        "https://playwright.dev/docs/migrating-from-cypress",
        "Migrating from Cypress | Playwright",
        "tests",
    ),
    page(
        "https://github.com/microsoft/playwright/discussions/20321",
        "Experiences migrating a large Cypress suite? · microsoft/playwright · Discussion #20321",
        "tests",
        "tab",
    ),
    ("close", "", "", "tests"),
    day("1 19:40"),
    search(DDG, "bathroom tiles 60x120 price krakow", "bathroom"),
    page(
        "https://www.castorama.pl/plytki-gresowe-60x120",
        "Płytki gresowe 60x120 | Castorama",
        "bathroom",
        "click",
    ),
    search(DDG, "large format tile bathroom wall pros cons", "bathroom"),
    page(
        "https://www.thespruce.com/large-format-tile-pros-and-cons-4797345",
        "Large-Format Tile: Pros and Cons | The Spruce",
        "bathroom",
        "click",
    ),
    *video_home(),
    day("2 07:45"),
    *mail(),
    *weather(),
    day("2 12:15"),
    search(GOOGLE, "jasna ski pass price weekend", "ski"),
    page(
        "https://www.jasna.sk/en/ski-passes/",
        "Ski passes | Jasná Nízke Tatry",
        "ski",
    ),
    search(GOOGLE, "hotel near jasna chopok sever ski in ski out", "ski"),
    page(
        "https://www.booking.com/searchresults.html?ss=Jasna",
        "Hotels in Jasná - Booking.com",
        "ski",
    ),
    page(
        "https://www.booking.com/hotel/sk/grand-jasna.html",
        "Hotel Grand Jasná, Demänovská Dolina - Booking.com",
        "ski",
        "tab",
    ),
    ("close", "", "", "ski"),
    day("2 20:30"),
    search(GOOGLE, "pixel 8 cracked screen replacement cost", "phone"),
    page(
        "https://www.ifixit.com/Guide/Google+Pixel+8+Screen+Replacement/168345",
        "Google Pixel 8 Screen Replacement - iFixit Repair Guide",
        "phone",
    ),
    search(GOOGLE, "google pixel repair center krakow", "phone"),
    page(
        "https://www.google.com/maps/search/pixel+repair+krakow",
        "pixel repair krakow - Google Maps",
        "phone",
    ),
    *forum(),
    day("3 07:40"),
    *mail(),
    *portal(),
    day("3 09:30"),
    search(GOOGLE, "playwright locator best practices getbyrole", "tests"),
    page(
        "https://playwright.dev/docs/locators",
        "Locators | Playwright",
        "tests",
    ),
    search(GOOGLE, "playwright screenshot comparison flaky fonts ci", "tests"),
    page(
        "https://github.com/microsoft/playwright/issues/18827",
        "[BUG] Screenshot comparison fails in CI because of font rendering · Issue #18827",
        "tests",
    ),
    day("3 18:50"),
    search(DDG, "gift ideas for 30th birthday friend who loves board games", "gift"),
    page(
        "https://www.boardgamequest.com/best-board-games-gifts/",
        "The Best Board Games to Give as Gifts | Board Game Quest",
        "gift",
        "click",
    ),
    search(DDG, "wingspan vs cascadia which to gift", "gift"),
    page(
        "https://boardgamegeek.com/thread/2998471/wingspan-or-cascadia-as-a-gift",
        "Wingspan or Cascadia as a gift? | BoardGameGeek",
        "gift",
        "click",
    ),
    *music(),
    day("4 08:00"),
    *mail(),
    *weather(),
    day("4 13:10"),
    search(GOOGLE, "epoxy grout vs cement grout shower", "bathroom"),
    page(
        "https://www.familyhandyman.com/article/epoxy-grout-vs-cement-grout/",
        "Epoxy Grout vs. Cement Grout | Family Handyman",
        "bathroom",
    ),
    search(GOOGLE, "tiler cost per m2 krakow 2026", "bathroom"),
    page(
        "https://www.oferteo.pl/glazurnik/krakow",
        "Glazurnik Kraków - ceny za m2 | Oferteo",
        "bathroom",
    ),
    search(GOOGLE, "rubber mallet", "bathroom"),
    page(
        "https://www.leroymerlin.pl/mlotek-gumowy",
        "Młotek gumowy | Leroy Merlin",
        "bathroom",
    ),
    day("4 21:15"),
    search(GOOGLE, "pit-37 deadline 2026 online twoj e-pit", "tax"),
    page(
        "https://www.podatki.gov.pl/twoj-e-pit/",
        "Twój e-PIT | Podatki.gov.pl",
        "tax",
    ),
    search(GOOGLE, "ulga na internet pit-37 how much", "tax"),
    page(
        "https://www.pit.pl/ulga-internetowa/",
        "Ulga internetowa w PIT 2026 | PIT.pl",
        "tax",
    ),
    *video_home(),
    day("5 07:35"),
    *mail(),
    *portal(),
    (
        "click",
        "https://wiadomosci.onet.pl/krakow/tramwaj-na-ruczaj-opoznienia/8h2kq4z",
        "Tramwaj na Ruczaj z opóźnieniem | Onet Wiadomości",
        None,
    ),
    day("5 10:20"),
    search(DDG, "github actions playwright sharding matrix", "tests"),
    page(
        "https://playwright.dev/docs/test-sharding",
        "Sharding | Playwright",
        "tests",
        "click",
    ),
    search(DDG, "playwright trace viewer ci artifacts upload", "tests"),
    page(
        "https://playwright.dev/docs/trace-viewer",
        "Trace viewer | Playwright",
        "tests",
        "click",
    ),
    day("5 17:45"),
    search(GOOGLE, "ski rental jasna price per day", "ski"),
    page(
        "https://www.intersportrent.sk/en/jasna",
        "Ski rental Jasná | Intersport Rent",
        "ski",
    ),
    search(GOOGLE, "hand warmers", "ski"),
    page(
        "https://www.decathlon.pl/p/ogrzewacze-do-rak-x10/_/R-p-302611",
        "Ogrzewacze do rąk x10 | Decathlon",
        "ski",
    ),
    *forum(),
    day("6 09:00"),
    *mail(),
    *weather(),
    day("6 11:30"),
    search(DDG, "wingspan board game price poland", "gift"),
    page(
        "https://www.ceneo.pl/Wingspan_gra_planszowa",
        "Wingspan gra planszowa - ceny | Ceneo.pl",
        "gift",
        "click",
    ),
    page(
        "https://www.rebel.pl/gry-planszowe/wingspan-edycja-polska",
        "Wingspan (edycja polska) | Rebel.pl",
        "gift",
        "click",
    ),
    page(
        "https://www.rebel.pl/koszyk/zamowienie",
        "Zamówienie złożone | Rebel.pl",
        "gift",
        "click",
    ),
    search(DDG, "gift wrapping paper", "gift"),
    page(
        "https://www.empik.com/papier-do-pakowania-prezentow",
        "Papier do pakowania prezentów | Empik",
        "gift",
        "click",
    ),
    day("6 16:20"),
    search(GOOGLE, "pixel 8 screen protector after repair", "phone"),
    page(
        "https://www.reddit.com/r/GooglePixel/comments/1c8z2pq/screen_protector_after_screen_replacement/",
        "Screen protector after screen replacement? : r/GooglePixel",
        "phone",
    ),
    *music(),
    day("7 08:10"),
    *mail(),
    *portal(),
    day("7 09:45"),
    search(GOOGLE, "playwright api testing request context example", "tests"),
    page(
        "https://playwright.dev/docs/api-testing",
        "API testing | Playwright",
        "tests",
    ),
    search(GOOGLE, "playwright test retries flaky report", "tests"),
    page(
        "https://playwright.dev/docs/test-retries",
        "Retries | Playwright",
        "tests",
    ),
    day("7 19:30"),
    search(DDG, "bathroom waterproofing membrane under tiles shower", "bathroom"),
    page(
        "https://www.mapei.com/pl/en/products-and-solutions/lines/waterproofing",
        "Waterproofing products | Mapei",
        "bathroom",
        "click",
    ),
    search(DDG, "tile leveling system clips worth it", "bathroom"),
    page(
        "https://www.reddit.com/r/Tile/comments/1b3yq8f/are_leveling_clips_worth_it/",
        "Are leveling clips worth it? : r/Tile",
        "bathroom",
        "click",
    ),
    *video_home(),
    day("8 07:50"),
    *mail(),
    *weather(),
    day("8 12:40"),
    search(GOOGLE, "krakow to jasna by car how long winter", "ski"),
    page(
        "https://www.google.com/maps/dir/Krak%C3%B3w/Jasn%C3%A1",
        "Kraków to Jasná - Google Maps",
        "ski",
    ),
    search(GOOGLE, "slovakia motorway vignette buy online", "ski"),
    page(
        "https://eznamka.sk/en",
        "eZnamka - electronic vignette for Slovak motorways",
        "ski",
    ),
    page(
        "https://www.booking.com/hotel/sk/grand-jasna.html",
        "Hotel Grand Jasná, Demänovská Dolina - Booking.com",
        "ski",
        "goto",
    ),
    page(
        "https://secure.booking.com/book.html?hotel_id=345123",
        "Booking.com: Confirm your booking",
        "ski",
        "click",
    ),
    day("9 20:10"),
    search(GOOGLE, "twoj e-pit accept without changes what happens", "tax"),
    page(
        "https://www.gov.pl/web/kas/twoj-e-pit-akceptacja",
        "Akceptacja Twojego e-PIT | Krajowa Administracja Skarbowa",
        "tax",
    ),
    search(GOOGLE, "1.5% podatku for a charity krs how to choose", "tax"),
    page(
        "https://www.pit.pl/1-5-procent-podatku/",
        "1,5% podatku dla OPP | PIT.pl",
        "tax",
    ),
    *forum(),
    day("10 09:15"),
    search(DDG, "playwright component testing react vite", "tests"),
    page(
        "https://playwright.dev/docs/test-components",
        "Components (experimental) | Playwright",
        "tests",
        "click",
    ),
    day("10 18:30"),
    search(GOOGLE, "pixel 8 repair warranty after third party repair", "phone"),
    page(
        "https://support.google.com/pixelphone/answer/7533316",
        "Pixel phone repairs and your warranty - Pixel Phone Help",
        "phone",
    ),
    *music(),
]
