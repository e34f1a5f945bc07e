"""A backend engineer's ten days in Austin, on his own laptop, written in the twenty-ninth
session before any change of it, and scored before any change for it: two trips at once
(a conference in Seattle for work, and his family's spring break in San Diego), a
PostgreSQL upgrade at work, a used electric car to buy, his dog's itching, and a tenth
anniversary's gift. Gmail, Hacker News, YouTube and The Verge are opened most days.
Searches go to Google and Bing.
Used by make_week_history.py (``week94``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab, video_home

ADDRESS = "devin.okafor.atx@gmail.com"
INBOX = "9c2a7e5b13"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (4) - {ADDRESS} - Gmail", None)]


def hn() -> list[Step]:
    return [("goto", "https://news.ycombinator.com/", "Hacker News", None)]


def verge() -> list[Step]:
    return [("goto", "https://www.theverge.com/", "The Verge", None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *hn(),
    day("1 10:00"),
    search(GOOGLE, "pg_upgrade 14 to 16 downtime large database", "postgres"),
    page(
        "https://www.postgresql.org/docs/16/pgupgrade.html",
        "PostgreSQL: Documentation: 16: pg_upgrade",
        "postgres",
    ),
    search(GOOGLE, "pg_upgrade --link vs logical replication upgrade", "postgres"),
    page(
        "https://stackoverflow.com/questions/71233548/pg-upgrade-link-mode-or-logical-replication-for-minimal-downtime",
        "pg_upgrade link mode or logical replication for minimal downtime? - Stack Overflow",
        "postgres",
    ),
    day("1 20:30"),
    search(BING, "used tesla model 3 battery degradation 80000 miles", "ev"),
    page(
        "https://www.recurrentauto.com/research/tesla-model-3-battery-degradation",
        "Tesla Model 3 Battery Degradation: Real-World Data | Recurrent",
        "ev",
    ),
    *verge(),
    day("2 07:25"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1858330045678901101",
        "Your registration is confirmed: DevOpsDays Seattle, March 10-12",
        "conference",
    ),
    day("2 11:30"),
    search(GOOGLE, "flights austin to seattle march 9", "conference"),
    page(
        "https://www.kayak.com/flights/AUS-SEA/2027-03-09/2027-03-12",
        "AUS to SEA Flights - KAYAK",
        "conference",
    ),
    search(GOOGLE, "hotels near seattle convention center summit", "conference"),
    page(
        "https://www.hotels.com/de1651399/hotels-near-seattle-convention-center-seattle-washington/",
        "Hotels near Seattle Convention Center - Hotels.com",
        "conference",
    ),
    day("2 21:00"),
    search(GOOGLE, "dog constantly licking paws itchy", "dog"),
    page(
        "https://www.akc.org/expert-advice/health/why-do-dogs-lick-their-paws/",
        "Why Do Dogs Lick Their Paws? - American Kennel Club",
        "dog",
    ),
    day("3 07:30"),
    *mail(),
    *hn(),
    day("3 19:45"),
    search(BING, "legoland california tickets spring break crowds", "sandiego"),
    page(
        "https://www.legoland.com/california/tickets-passes/",
        "Tickets & Passes | LEGOLAND California Resort",
        "sandiego",
    ),
    search(BING, "family hotels carlsbad near legoland with pool", "sandiego"),
    page(
        "https://www.tripadvisor.com/Hotels-g32171-zfa9-Carlsbad_California-Hotels.html",
        "Family Hotels in Carlsbad, CA - Tripadvisor",
        "sandiego",
    ),
    day("3 21:30"),
    *video_home(),
    day("4 07:30"),
    *mail(),
    day("4 10:15"),
    search(GOOGLE, "postgres 16 extension compatibility postgis pg_upgrade", "postgres"),
    page(
        "https://postgis.net/documentation/tips/tip-upgrade-postgis-with-pg-upgrade/",
        "Upgrading PostGIS with pg_upgrade | PostGIS",
        "postgres",
    ),
    *tab(
        "https://www.postgresql.org/docs/16/release-16.html",
        "PostgreSQL: Documentation: 16: E.10. Release 16",
        "postgres",
    ),
    day("4 20:00"),
    search(GOOGLE, "used ev federal tax credit 4000 requirements dealer", "ev"),
    page(
        "https://fueleconomy.gov/feg/taxcenter.shtml",
        "Federal Tax Credits for Plug-in Electric and Fuel Cell Electric Vehicles",
        "ev",
    ),
    day("5 07:30"),
    *mail(),
    *verge(),
    day("5 12:30"),
    search(GOOGLE, "10 year anniversary gift tin ideas for her", "gift"),
    page(
        "https://www.theknot.com/content/10-year-anniversary-gift-ideas",
        "10 Year Anniversary Gifts: Tin and Aluminum Ideas - The Knot",
        "gift",
    ),
    day("5 21:00"),
    search(GOOGLE, "apoquel vs cytopoint for itchy dog", "dog"),
    page(
        "https://www.petmd.com/dog/medications/apoquel-vs-cytopoint",
        "Apoquel vs. Cytopoint for Dogs | PetMD",
        "dog",
    ),
    day("6 09:00"),
    *hn(),
    search(BING, "tesla model 3 long range 2021 vs 2022 differences", "ev"),
    page(
        "https://www.reddit.com/r/TeslaModel3/comments/t7p2wq/2021_vs_2022_long_range_what_changed/",
        "2021 vs 2022 Long Range, what changed? : r/TeslaModel3",
        "ev",
    ),
    day("6 15:00"),
    search(BING, "san diego zoo vs safari park with kids", "sandiego"),
    page(
        "https://www.sandiegozoo.org/plan-your-visit",
        "Plan Your Visit | San Diego Zoo",
        "sandiego",
    ),
    day("7 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1858330045678901202",
        "Maintenance window approved: prod-db-02 upgrade Thursday 02:00",
        "postgres",
    ),
    day("7 10:30"),
    search(GOOGLE, "analyze after pg_upgrade vacuumdb analyze-in-stages", "postgres"),
    page(
        "https://www.postgresql.org/docs/16/app-vacuumdb.html",
        "PostgreSQL: Documentation: 16: vacuumdb",
        "postgres",
    ),
    day("7 20:15"),
    search(GOOGLE, "personalized tin anniversary gift engraved", "gift"),
    page(
        "https://www.etsy.com/market/10_year_anniversary_tin_gift",
        "10 Year Anniversary Tin Gift - Etsy",
        "gift",
    ),
    day("8 07:30"),
    *mail(),
    *hn(),
    day("8 19:30"),
    search(GOOGLE, "seattle light rail from airport to downtown", "conference"),
    page(
        "https://www.soundtransit.org/ride-with-us/stops-stations/sea-tac-airport-station",
        "SeaTac/Airport Station | Sound Transit",
        "conference",
    ),
    day("8 21:00"),
    search(GOOGLE, "hypoallergenic dog food salmon sweet potato", "dog"),
    page(
        "https://www.chewy.com/b/limited-ingredient-diet-1954",
        "Limited Ingredient Dog Food | Chewy",
        "dog",
    ),
    day("9 07:30"),
    *mail(),
    *verge(),
    day("9 18:00"),
    search(BING, "pre purchase inspection used tesla what to check", "ev"),
    page(
        "https://www.caranddriver.com/features/a39845562/used-tesla-buying-guide/",
        "Used Tesla Buying Guide: What to Check | Car and Driver",
        "ev",
    ),
    search(BING, "car seat in rental car san diego airport", "sandiego"),
    page(
        "https://www.san.org/parking-transportation/rental-cars",
        "Rental Cars | San Diego International Airport",
        "sandiego",
    ),
    day("10 07:30"),
    *mail(),
    day("10 11:00"),
    search(GOOGLE, "devopsdays seattle 2027 schedule talks", "conference"),
    page(
        "https://devopsdays.org/events/2027-seattle/program",
        "Program - devopsdays Seattle 2027",
        "conference",
    ),
    day("10 21:00"),
    *video_home(),
]
