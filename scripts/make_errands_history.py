"""Write a second test history, written differently from the demo: ten days of another
(invented) person, searching on Bing and DuckDuckGo, with errands and hobbies.

Run: python scripts/make_errands_history.py  (rewrites tests/fixtures/errands_history.jsonl)
Left undone: a job application, a tax return and a laptop purchase compared across shops.
Done: concert tickets, a restaurant table and train tickets. Not chores: back pain reading,
learning guitar, a Wi-Fi problem, and habit sites (mail, news, music).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from make_sample_history import write_history  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "errands_history.jsonl"
TZ = timezone(timedelta(hours=-5))
START = datetime(2026, 10, 5, tzinfo=TZ)

ENGINES = {
    "bing": ("https://www.bing.com/search?q={q}&form=QBLH", "{t} - Search"),
    "ddg": ("https://duckduckgo.com/?q={q}&ia=web", "{t} at DuckDuckGo"),
}
HABITS = [
    ("https://outlook.live.com/mail/0/inbox", "Mail - Alex Kim - Outlook"),
    ("https://www.theguardian.com/us", "News, sport and opinion from the Guardian's US edition"),
    ("https://open.spotify.com/", "Spotify - Web Player: Music for everyone"),
    ("https://x.com/home", "Home / X"),
]
Step = tuple[str, ...]

SESSIONS: list[tuple[int, int, int, list[Step]]] = [
    (0, 7, 50, [("h", "0"), ("h", "1")]),
    (
        0,
        9,
        15,
        [
            ("bing", "senior data analyst jobs chicago"),
            (
                "p",
                "https://www.linkedin.com/jobs/search/?keywords=senior%20data%20analyst&location=Chicago",
                "Senior Data Analyst jobs in Chicago, IL | LinkedIn",
            ),
            (
                "p",
                "https://www.indeed.com/viewjob?jk=8f2c1d",
                "Senior Data Analyst - Northwind Health - Chicago, IL - Indeed.com",
            ),
            (
                "p",
                "https://boards.greenhouse.io/northwindhealth/jobs/4471203",
                "Job Application for Senior Data Analyst at Northwind Health",
            ),
        ],
    ),
    (
        0,
        12,
        30,
        [
            ("ddg", "lower back pain after sitting stretches"),
            ("p", "https://www.nhs.uk/conditions/back-pain/", "Back pain - NHS"),
            (
                "p",
                "https://www.mayoclinic.org/diseases-conditions/back-pain/in-depth/back-pain/art-20546859",
                "Back pain: 6 stretches to help - Mayo Clinic",
            ),
        ],
    ),
    (
        0,
        20,
        10,
        [
            ("bing", "easy guitar songs for beginners"),
            (
                "p",
                "https://www.justinguitar.com/categories/beginner-guitar-lessons-grade-1",
                "Beginner Guitar Course - Grade 1 | JustinGuitar",
            ),
            (
                "p",
                "https://tabs.ultimate-guitar.com/tab/oasis/wonderwall-chords-27596",
                "WONDERWALL CHORDS by Oasis @ Ultimate-Guitar.Com",
            ),
            ("h", "2"),
        ],
    ),
    (1, 8, 0, [("h", "0"), ("h", "3")]),
    (
        1,
        10,
        5,
        [
            ("bing", "taylor swift eras tour chicago tickets"),
            (
                "p",
                "https://www.ticketmaster.com/search?q=taylor+swift+chicago",
                "Taylor Swift Tickets, Chicago | Ticketmaster",
            ),
            (
                "p",
                "https://www.ticketmaster.com/event/04005F2A9C1B",
                "Taylor Swift | The Eras Tour - Soldier Field, Chicago - Ticketmaster",
            ),
            (
                "p",
                "https://www.ticketmaster.com/checkout/order?eventId=04005F2A9C1B",
                "Checkout | Ticketmaster",
            ),
            (
                "p",
                "https://www.ticketmaster.com/checkout/confirmation?orderId=31-22891",
                "Order Confirmation | Ticketmaster",
            ),
        ],
    ),
    (
        1,
        19,
        45,
        [
            ("ddg", "how to file taxes as a freelancer 2026"),
            (
                "p",
                "https://www.irs.gov/businesses/small-businesses-self-employed/self-employed-individuals-tax-center",
                "Self-employed individuals tax center | Internal Revenue Service",
            ),
            (
                "p",
                "https://www.irs.gov/forms-pubs/about-schedule-c-form-1040",
                "About Schedule C (Form 1040), Profit or Loss from Business | Internal Revenue Service",
            ),
        ],
    ),
    (2, 8, 5, [("h", "0"), ("h", "1")]),
    (
        2,
        13,
        0,
        [
            ("bing", "wifi keeps disconnecting ubuntu 24.04"),
            (
                "p",
                "https://askubuntu.com/questions/1511034/wifi-keeps-dropping-on-ubuntu-24-04",
                "networking - WiFi keeps dropping on Ubuntu 24.04 - Ask Ubuntu",
            ),
            ("bing", "ubuntu disable wifi power saving iwlwifi"),
            (
                "p",
                "https://wiki.archlinux.org/title/Network_configuration/Wireless",
                "Network configuration/Wireless - ArchWiki",
            ),
        ],
    ),
    (
        2,
        21,
        0,
        [
            ("bing", "best laptop for data science 2026"),
            (
                "p",
                "https://www.rtings.com/laptop/reviews/best/by-usage/programming",
                "The 6 Best Laptops For Programming - Fall 2026: Reviews - RTINGS.com",
            ),
            (
                "p",
                "https://www.notebookcheck.net/Lenovo-ThinkPad-X1-Carbon-G13-review.912345.0.html",
                "Lenovo ThinkPad X1 Carbon G13 review - Notebookcheck.net Reviews",
            ),
            ("bing", "thinkpad x1 carbon gen 13 vs macbook air m4"),
            (
                "p",
                "https://www.lenovo.com/us/en/p/laptops/thinkpad/thinkpadx1/x1-carbon-gen-13/21ns",
                "ThinkPad X1 Carbon Gen 13 (14″ Intel) Laptop | Lenovo US",
            ),
            ("p", "https://www.apple.com/shop/buy-mac/macbook-air", "Buy MacBook Air - Apple"),
        ],
    ),
    (3, 7, 55, [("h", "0"), ("h", "3"), ("h", "1")]),
    (
        3,
        12,
        15,
        [
            ("ddg", "italian restaurant river north dinner reservation"),
            (
                "p",
                "https://www.opentable.com/s?term=italian&metroId=3",
                "Italian Restaurants in Chicago | OpenTable",
            ),
            (
                "p",
                "https://www.opentable.com/r/osteria-via-stato-chicago",
                "Osteria Via Stato - Chicago, IL | OpenTable",
            ),
            (
                "p",
                "https://www.opentable.com/booking/details?rid=1234&covers=2",
                "Complete your reservation | OpenTable",
            ),
            (
                "p",
                "https://www.opentable.com/booking/view?confnumber=88123",
                "Reservation confirmed - Osteria Via Stato | OpenTable",
            ),
        ],
    ),
    (
        3,
        20,
        30,
        [
            ("bing", "wonderwall strumming pattern"),
            (
                "p",
                "https://www.justinguitar.com/songs/oasis-wonderwall",
                "Wonderwall by Oasis | JustinGuitar",
            ),
            ("h", "2"),
        ],
    ),
    (4, 8, 10, [("h", "0")]),
    (
        4,
        9,
        30,
        [
            ("bing", "northwind health data analyst interview salary"),
            (
                "p",
                "https://www.glassdoor.com/Salary/Northwind-Health-Senior-Data-Analyst-Salaries-E12345.htm",
                "Northwind Health Senior Data Analyst Salaries | Glassdoor",
            ),
            (
                "p",
                "https://boards.greenhouse.io/northwindhealth/jobs/4471203",
                "Job Application for Senior Data Analyst at Northwind Health",
            ),
            (
                "p",
                "https://boards.greenhouse.io/northwindhealth/jobs/4471203#app",
                "Job Application for Senior Data Analyst at Northwind Health",
            ),
        ],
    ),
    (
        4,
        18,
        0,
        [
            ("ddg", "train tickets chicago to milwaukee hiawatha"),
            ("p", "https://www.amtrak.com/routes/hiawatha-train.html", "Hiawatha Train | Amtrak"),
            ("p", "https://www.amtrak.com/tickets/departure.html", "Select Departure | Amtrak"),
            (
                "p",
                "https://www.amtrak.com/tickets/traveler-information.html",
                "Passenger Details | Amtrak",
            ),
            (
                "p",
                "https://www.amtrak.com/tickets/confirmation.html",
                "Booking Confirmation | Amtrak",
            ),
        ],
    ),
    (5, 9, 0, [("h", "0"), ("h", "1"), ("h", "3")]),
    (
        5,
        11,
        20,
        [
            ("bing", "freetaxusa vs turbotax self employed"),
            (
                "p",
                "https://www.nerdwallet.com/article/taxes/freetaxusa-vs-turbotax",
                "FreeTaxUSA vs. TurboTax: Which Is Better? - NerdWallet",
            ),
            (
                "p",
                "https://www.freetaxusa.com/",
                "FreeTaxUSA® - FREE Tax Filing, Online Tax Return",
            ),
            (
                "p",
                "https://www.freetaxusa.com/taxes2025/income/schedulec",
                "Self-Employment Income - Your Tax Return - FreeTaxUSA",
            ),
        ],
    ),
    (6, 10, 0, [("h", "0"), ("h", "2")]),
    (
        6,
        15,
        40,
        [
            ("ddg", "sciatica vs muscle strain symptoms"),
            (
                "p",
                "https://www.healthline.com/health/sciatica-vs-back-pain",
                "Sciatica vs. Back Pain: How to Tell the Difference - Healthline",
            ),
        ],
    ),
    (7, 8, 0, [("h", "0"), ("h", "1")]),
    (
        7,
        20,
        15,
        [
            ("bing", "thinkpad x1 carbon gen 13 price"),
            (
                "p",
                "https://www.bestbuy.com/site/lenovo-thinkpad-x1-carbon-gen-13/6581234.p",
                'Lenovo ThinkPad X1 Carbon Gen 13 14" Laptop - Best Buy',
            ),
            (
                "p",
                "https://www.amazon.com/Lenovo-ThinkPad-Carbon-Gen-13/dp/B0DXYZ1234",
                "Amazon.com: Lenovo ThinkPad X1 Carbon Gen 13 : Electronics",
            ),
            (
                "p",
                "https://www.lenovo.com/us/en/p/laptops/thinkpad/thinkpadx1/x1-carbon-gen-13/21ns",
                "ThinkPad X1 Carbon Gen 13 (14″ Intel) Laptop | Lenovo US",
            ),
        ],
    ),
    (8, 9, 10, [("h", "0"), ("h", "3")]),
    (
        8,
        19,
        0,
        [
            ("bing", "g chord to c chord transition tips"),
            (
                "p",
                "https://www.fender.com/articles/chords/how-to-play-g-chord-on-guitar",
                "How to Play the G Chord on Guitar | Fender",
            ),
            (
                "p",
                "https://www.justinguitar.com/guitar-lessons/changing-chords-bg-106",
                "Changing Chords | JustinGuitar",
            ),
        ],
    ),
    (9, 8, 30, [("h", "0"), ("h", "1"), ("h", "2")]),
]


def main() -> None:
    # a search step here names its engine first: ("bing", query)
    sessions = [
        (day, hour, minute, [("s", *step) if step[0] in ENGINES else step for step in steps])
        for day, hour, minute, steps in SESSIONS
    ]
    write_history(
        OUT, sessions, start=START, engines=ENGINES, habits=HABITS, seed=11, pause_s=(25, 200)
    )


if __name__ == "__main__":
    main()
