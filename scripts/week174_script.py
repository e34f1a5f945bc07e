"""A backend engineer's ten days in Austin, written in the fiftieth session and scored
before any change for it: a database replica falling behind while he is on call (the
lag, the WAL, the cloud's metrics), a friend's wedding in Asheville (a room, a suit, a
gift), fingerstyle guitar learnt (Travis picking, a capo, strings), his house's
appraisal protested at the county (the appraisal district, comparable sales), solar
panels quoted (the city's rebate, net metering, two installers) and swim lessons for his
daughter. Between them he reads Hacker News, Gmail, YouTube and the Austin subreddit.
Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week174``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "nate.okafor.dev@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (7) - {ADDRESS} - Gmail", None)]


def hn() -> list[Step]:
    return [("goto", "https://news.ycombinator.com/", "Hacker News", None)]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


def atx() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/Austin/", "Austin", None)]


STEPS: list[Step] = [
    day("1 08:40"),
    *hn(),
    search(GOOGLE, "postgres replication lag high wal_receiver", "lag"),
    page(
        "https://www.postgresql.org/docs/current/warm-standby.html",
        "PostgreSQL: Documentation: 17: 26.2. Log-Shipping Standby Servers",
        "lag",
    ),
    page(
        "https://www.crunchydata.com/blog/postgres-replication-lag",
        "Troubleshooting Postgres Replication Lag | Crunchy Data Blog",
        "lag",
    ),
    search(GOOGLE, "pg_stat_replication write_lag flush_lag replay_lag meaning", "lag"),
    page(
        "https://dba.stackexchange.com/questions/245862/pg-stat-replication-lag-columns",
        "postgresql - What do write_lag, flush_lag and replay_lag mean? - Database "
        "Administrators Stack Exchange",
        "lag",
    ),
    day("1 20:30"),
    search(DDG, "travis picking pattern beginner exercises", "guitar"),
    page(
        "https://www.justinguitar.com/guitar-lessons/travis-picking-bg-1006",
        "Travis Picking | JustinGuitar.com",
        "guitar",
    ),
    *tab(
        "https://www.youtube.com/watch?v=Qz3xw7aLr0M",
        "Travis Picking for Beginners - Step by Step - YouTube",
        "guitar",
    ),
    day("2 07:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "b91c4d2e07",
        "1841100377102",
        "Travis Central Appraisal District - 2027 Notice of Appraised Value",
        "tax",
    ),
    search(GOOGLE, "how to protest property tax appraisal travis county", "tax"),
    page(
        "https://www.traviscad.org/protests/",
        "Protests | Travis Central Appraisal District",
        "tax",
    ),
    page(
        "https://www.texastribune.org/2027/04/how-to-protest-property-appraisal-texas/",
        "How to protest your property appraisal in Texas | The Texas Tribune",
        "tax",
    ),
    day("2 12:15"),
    search(GOOGLE, "aws rds read replica lag cloudwatch ReplicaLag alarm", "lag"),
    page(
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.Monitoring.html",
        "Monitoring read replication - Amazon Relational Database Service",
        "lag",
    ),
    day("2 21:00"),
    search(GOOGLE, "hotels asheville near biltmore wedding block", "wedding"),
    page(
        "https://www.booking.com/city/us/asheville.html",
        "The 10 best hotels in Asheville, USA | Booking.com",
        "wedding",
    ),
    page(
        "https://www.tripadvisor.com/Hotels-g60742-Asheville_North_Carolina-Hotels.html",
        "THE 10 BEST Hotels in Asheville, NC 2027 - Tripadvisor",
        "wedding",
    ),
    day("3 07:30"),
    *atx(),
    search(DDG, "austin energy solar rebate 2027 how much", "solar"),
    page(
        "https://savings.austinenergy.com/rebates/residential/offerings/solar-solutions/solar-pv",
        "Solar PV Rebate | Austin Energy Savings",
        "solar",
    ),
    page(
        "https://www.energysage.com/local-data/solar-panel-cost/tx/travis-county/austin/",
        "Cost of Solar Panels in Austin, TX | EnergySage",
        "solar",
    ),
    day("3 19:40"),
    search(GOOGLE, "kids swim lessons austin saturday 6 year old", "swim"),
    page(
        "https://www.austintexas.gov/department/swim-lessons",
        "Swim Lessons | AustinTexas.gov",
        "swim",
    ),
    page(
        "https://www.goldfishswimschool.com/austin/",
        "Goldfish Swim School - Austin",
        "swim",
    ),
    day("4 09:10"),
    *hn(),
    search(GOOGLE, "postgres max_wal_size checkpoint replica falling behind", "lag"),
    page(
        "https://www.postgresql.org/docs/current/wal-configuration.html",
        "PostgreSQL: Documentation: 17: 28.5. WAL Configuration",
        "lag",
    ),
    search(GOOGLE, "capo for acoustic guitar best", "guitar"),
    page(
        "https://www.guitarworld.com/features/best-guitar-capos",
        "Best guitar capos 2027: quick-change, partial and more | Guitar World",
        "guitar",
    ),
    search(GOOGLE, "pg_repack long running transaction replica conflict", "lag"),
    page(
        "https://www.postgresql.org/docs/current/hot-standby.html",
        "PostgreSQL: Documentation: 17: 26.4. Hot Standby",
        "lag",
    ),
    day("4 20:20"),
    search(GOOGLE, "comparable sales property tax protest evidence how to find", "tax"),
    page(
        "https://www.ownwell.com/trends/texas/travis-county/property-tax-protest-comps",
        "How to find comps for your property tax protest | Ownwell",
        "tax",
    ),
    day("5 07:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "b91c4d2e07",
        "1841177551930",
        "Maya & Dev's wedding - hotel block code and registry link",
        "wedding",
    ),
    search(GOOGLE, "navy suit rental vs buy wedding guest", "wedding"),
    page(
        "https://www.theblacktux.com/rent/suits/navy",
        "Navy Suit Rental | The Black Tux",
        "wedding",
    ),
    day("5 18:30"),
    search(DDG, "net metering austin energy value of solar rate", "solar"),
    page(
        "https://austinenergy.com/green-power/solar-solutions/for-your-home/value-of-solar",
        "Value of Solar | Austin Energy",
        "solar",
    ),
    day("6 10:00"),
    *youtube(),
    search(GOOGLE, "best strings for fingerstyle acoustic light gauge", "guitar"),
    page(
        "https://www.sweetwater.com/insync/best-acoustic-guitar-strings-fingerstyle/",
        "Best Acoustic Guitar Strings for Fingerstyle | Sweetwater",
        "guitar",
    ),
    day("6 15:20"),
    search(GOOGLE, "goldfish swim school vs city pool lessons price", "swim"),
    page(
        "https://www.goldfishswimschool.com/austin/pricing/",
        "Pricing | Goldfish Swim School - Austin",
        "swim",
    ),
    day("7 08:00"),
    *atx(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "b91c4d2e07",
        "1841250662815",
        "Your solar quote from Native Solar - 8.4 kW system",
        "solar",
    ),
    search(GOOGLE, "native solar vs tesla solar austin reviews", "solar"),
    page(
        "https://www.reddit.com/r/Austin/comments/1b8xq2r/native_solar_vs_tesla/",
        "Native Solar vs Tesla for solar install? : r/Austin",
        "solar",
    ),
    day("7 14:30"),
    search(GOOGLE, "postgres logical replication slot lag wal retained", "lag"),
    page(
        "https://www.morling.dev/blog/mastering-postgres-replication-slots/",
        "Mastering Postgres Replication Slots | Gunnar Morling",
        "lag",
    ),
    day("8 09:00"),
    *hn(),
    search(GOOGLE, "wedding gift from registry or cash how much friend", "wedding"),
    page(
        "https://www.brides.com/how-much-to-spend-on-a-wedding-gift-4783216",
        "How Much Should You Spend on a Wedding Gift? | Brides",
        "wedding",
    ),
    day("8 20:10"),
    search(GOOGLE, "travis county appraisal review board hearing what to bring", "tax"),
    page(
        "https://www.traviscad.org/arb-hearings/",
        "ARB Hearings | Travis Central Appraisal District",
        "tax",
    ),
    day("9 07:40"),
    *youtube(),
    search(DDG, "alternating bass thumb independence exercise", "guitar"),
    page(
        "https://www.fingerstyleguitarlessons.com/thumb-independence",
        "Thumb Independence Exercises | Fingerstyle Guitar Lessons",
        "guitar",
    ),
    day("9 19:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "b91c4d2e07",
        "1841322970448",
        "Goldfish Swim School - Lily's first lesson Saturday 9:30",
        "swim",
    ),
    day("10 08:30"),
    *atx(),
    search(GOOGLE, "asheville things to do day before wedding", "wedding"),
    page(
        "https://www.exploreasheville.com/things-to-do",
        "Things to Do in Asheville, NC | Explore Asheville",
        "wedding",
    ),
    day("10 21:00"),
    *hn(),
    *youtube(),
]
