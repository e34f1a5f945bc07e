"""A backend developer's ten days in Warsaw, on his own laptop, written in the thirty-first
session after step 60, and scored before any change for it, in Polish and English: a
PostgreSQL upgrade at work, his bathroom to renovate (in Polish), his yearly tax return
(PIT, in Polish), a long weekend in Lisbon with his girlfriend, a new running watch, and a
course in Rust he follows in the evenings. Gmail, the news site Onet and YouTube's front
page are opened most days. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week108``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab, video_home

ADDRESS = "tomasz.wrobel.dev@gmail.com"
INBOX = "91c4e7ab20"
SO = "https://stackoverflow.com/questions"


def mail() -> list[Step]:
    return [
        ("goto", "https://mail.google.com/mail/u/0/", f"Odebrane (5) - {ADDRESS} - Gmail", None)
    ]


def onet() -> list[Step]:
    return [("goto", "https://www.onet.pl/", "Onet – Jesteś na bieżąco", None)]


STEPS: list[Step] = [
    day("1 08:10"),
    *mail(),
    *onet(),
    day("1 10:30"),
    search(GOOGLE, "pg_upgrade 14 to 16 link mode downtime", "postgres"),
    page(
        "https://www.postgresql.org/docs/16/pgupgrade.html",
        "PostgreSQL: Documentation: 16: pg_upgrade",
        "postgres",
    ),
    search(GOOGLE, "pg_upgrade extensions postgis version mismatch", "postgres"),
    page(
        f"{SO}/77312345/pg-upgrade-fails-postgis-version-mismatch",
        "pg_upgrade fails: PostGIS version mismatch - Stack Overflow",
        "postgres",
    ),
    day("1 20:30"),
    search(GOOGLE, "remont łazienki 4m2 koszt 2027", "bathroom"),
    page(
        "https://muratordom.pl/wnetrza/lazienka/ile-kosztuje-remont-lazienki-aa-Ab12-Cd34.html",
        "Ile kosztuje remont łazienki? Ceny 2027 | Murator",
        "bathroom",
    ),
    search(GOOGLE, "płytki wielkoformatowe 120x60 mała łazienka", "bathroom"),
    page(
        "https://www.castorama.pl/plytki-120x60",
        "Płytki 120x60 – gres wielkoformatowy | Castorama",
        "bathroom",
    ),
    day("2 08:05"),
    *mail(),
    *video_home(),
    day("2 21:00"),
    search(DDG, "rust ownership borrowing explained simply", "rust"),
    page(
        "https://doc.rust-lang.org/book/ch04-01-what-is-ownership.html",
        "What is Ownership? - The Rust Programming Language",
        "rust",
    ),
    search(DDG, "rust lifetimes in struct fields error e0106", "rust"),
    page(
        f"{SO}/31609137/why-are-explicit-lifetimes-needed-in-rust",
        "Why are explicit lifetimes needed in Rust? - Stack Overflow",
        "rust",
    ),
    day("3 08:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1861122334455667701",
        "Twoja rezerwacja lotu WAW-LIS została potwierdzona - LOT",
        "lisbon",
    ),
    *onet(),
    day("3 11:00"),
    search(GOOGLE, "postgres 16 logical replication upgrade zero downtime", "postgres"),
    page(
        "https://www.crunchydata.com/blog/zero-downtime-postgres-upgrades-logical-replication",
        "Zero Downtime Postgres Upgrades with Logical Replication | Crunchy Data",
        "postgres",
    ),
    day("3 20:15"),
    search(GOOGLE, "lisbon 3 days itinerary alfama belem", "lisbon"),
    page(
        "https://www.lonelyplanet.com/articles/lisbon-itinerary",
        "Lisbon in 3 days: the perfect itinerary - Lonely Planet",
        "lisbon",
    ),
    search(GOOGLE, "hotel alfama view terrace couples", "lisbon"),
    page(
        "https://www.booking.com/district/pt/lisbon/alfama.html",
        "Hotels in Alfama, Lisbon - Booking.com",
        "lisbon",
    ),
    day("4 08:00"),
    *mail(),
    *video_home(),
    day("4 19:30"),
    search(GOOGLE, "pit-37 ulga na internet 2026 ile można odliczyć", "pit"),
    page(
        "https://www.podatki.gov.pl/pit/ulgi-odliczenia-i-zwolnienia/ulga-internetowa/",
        "Ulga internetowa - Portal Podatkowy",
        "pit",
    ),
    search(GOOGLE, "twój e-pit logowanie profil zaufany", "pit"),
    page(
        "https://www.podatki.gov.pl/twoj-e-pit/",
        "Twój e-PIT - Portal Podatkowy",
        "pit",
    ),
    day("4 21:00"),
    search(DDG, "garmin forerunner 265 vs 965 battery", "watch"),
    page(
        "https://www.dcrainmaker.com/2023/03/garmin-forerunner-265-965-in-depth-review.html",
        "Garmin Forerunner 265 & 965 In-Depth Review | DC Rainmaker",
        "watch",
    ),
    day("5 08:10"),
    *mail(),
    *onet(),
    day("5 10:45"),
    search(GOOGLE, "pg_upgrade --check output statistics analyze after upgrade", "postgres"),
    page(
        "https://www.postgresql.org/docs/16/sql-analyze.html",
        "PostgreSQL: Documentation: 16: ANALYZE",
        "postgres",
    ),
    day("5 20:00"),
    search(GOOGLE, "hydroizolacja pod prysznic walk-in jaka folia", "bathroom"),
    page(
        "https://www.budujemydom.pl/wykonczenie/lazienka/hydroizolacja-prysznica",
        "Hydroizolacja prysznica walk-in krok po kroku | BudujemyDom",
        "bathroom",
    ),
    search(GOOGLE, "hydraulik warszawa mokotów opinie remont łazienki", "bathroom"),
    page(
        "https://www.oferteo.pl/hydraulik/warszawa/mokotow",
        "Hydraulik Warszawa Mokotów - opinie, ceny | Oferteo",
        "bathroom",
    ),
    day("6 09:30"),
    *mail(),
    *video_home(),
    day("6 11:00"),
    search(DDG, "rust traits vs interfaces dyn trait box", "rust"),
    page(
        "https://doc.rust-lang.org/book/ch17-02-trait-objects.html",
        "Using Trait Objects That Allow for Values of Different Types - The Rust Programming Language",
        "rust",
    ),
    search(DDG, "rustlings exercises solutions iterators", "rust"),
    page(
        "https://github.com/rust-lang/rustlings",
        "GitHub - rust-lang/rustlings: Small exercises to get you used to reading and writing Rust code",
        "rust",
    ),
    day("6 16:00"),
    search(GOOGLE, "lisbon tram 28 tips avoid pickpockets", "lisbon"),
    page(
        "https://www.reddit.com/r/lisboa/comments/1b2c3d4/tram_28_worth_it/",
        "Tram 28 worth it? : r/lisboa",
        "lisbon",
    ),
    *tab(
        "https://www.timeout.com/lisbon/restaurants/best-restaurants-in-lisbon",
        "The 24 best restaurants in Lisbon right now | Time Out",
        "lisbon",
    ),
    day("7 08:05"),
    *mail(),
    *onet(),
    day("7 20:30"),
    search(GOOGLE, "zwrot podatku kiedy przelew e-pit 2027", "pit"),
    page(
        "https://www.money.pl/podatki/zwrot-podatku-pit-terminy.html",
        "Zwrot podatku PIT 2027 – kiedy przelew? | money.pl",
        "pit",
    ),
    day("7 21:15"),
    search(DDG, "forerunner 265 price poland media expert", "watch"),
    page(
        "https://www.mediaexpert.pl/sport-i-rekreacja/zegarki-sportowe/garmin-forerunner-265",
        "Zegarek sportowy GARMIN Forerunner 265 - Media Expert",
        "watch",
    ),
    day("8 08:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1861122334455667702",
        "Potwierdzenie zamówienia nr 4471920 - Media Expert",
        "watch",
    ),
    *video_home(),
    day("8 10:30"),
    search(GOOGLE, "postgres upgrade rollback plan pg_upgrade link mode", "postgres"),
    page(
        f"{SO}/68123456/how-to-roll-back-after-pg-upgrade-with-link",
        "How to roll back after pg_upgrade with --link? - Stack Overflow",
        "postgres",
    ),
    day("8 20:45"),
    search(GOOGLE, "fuga epoksydowa czy cementowa łazienka prysznic", "bathroom"),
    page(
        "https://www.leroymerlin.pl/porady/fuga-epoksydowa-czy-cementowa",
        "Fuga epoksydowa czy cementowa? Porady | Leroy Merlin",
        "bathroom",
    ),
    day("9 08:00"),
    *mail(),
    *onet(),
    day("9 21:00"),
    search(DDG, "rust error handling result question mark anyhow vs thiserror", "rust"),
    page(
        f"{SO}/68197416/anyhow-vs-thiserror-which-should-i-use",
        "anyhow vs thiserror: which should I use? - Stack Overflow",
        "rust",
    ),
    day("10 08:10"),
    *mail(),
    *video_home(),
    day("10 18:30"),
    search(GOOGLE, "lisbon airport to alfama metro or uber", "lisbon"),
    page(
        "https://www.visitlisboa.com/en/p/getting-around-from-the-airport",
        "Getting around from the airport | Visit Lisboa",
        "lisbon",
    ),
]
