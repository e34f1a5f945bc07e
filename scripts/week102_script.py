"""A backend engineer's ten days in Seattle, on her work laptop, written in the thirtieth
session after steps 57 and 58, and scored before any change for it: two problems at work
at once (a PostgreSQL deadlock in the billing service and a Kafka consumer that falls
behind), a daycare for her baby when her leave ends, a trip to Maui in the winter, her
car's recall, and a standing desk for home. Gmail, Hacker News and YouTube are opened
most days. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week102``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GH, GOOGLE, SO, Step, day, gmail_message, page, search, video_home

ADDRESS = "mei.lin.sea@gmail.com"
INBOX = "9e4d7b2a61"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def hn() -> list[Step]:
    return [("goto", "https://news.ycombinator.com/", "Hacker News", None)]


STEPS: list[Step] = [
    day("1 08:30"),
    *mail(),
    *hn(),
    day("1 10:00"),
    search(GOOGLE, "postgres deadlock detected update same rows different order", "deadlock"),
    page(
        f"{SO}/10245560/deadlocks-in-postgresql-when-running-update",
        "Deadlocks in PostgreSQL when running UPDATE - Stack Overflow",
        "deadlock",
    ),
    search(GOOGLE, "log_lock_waits deadlock_timeout how to read deadlock log", "deadlock"),
    page(
        "https://www.postgresql.org/docs/current/runtime-config-locks.html",
        "PostgreSQL: Documentation: 17: 20.12. Lock Management",
        "deadlock",
    ),
    day("1 14:00"),
    search(DDG, "kafka consumer lag keeps growing max.poll.records", "kafka"),
    page(
        f"{SO}/53148431/kafka-consumer-lag-keeps-increasing",
        "apache kafka - Consumer lag keeps increasing - Stack Overflow",
        "kafka",
    ),
    day("1 20:30"),
    search(GOOGLE, "infant daycare waitlist capitol hill seattle", "daycare"),
    page(
        "https://www.winnie.com/place/seattle-wa/capitol-hill/infant-care",
        "Best Infant Care in Capitol Hill, Seattle, WA | Winnie",
        "daycare",
    ),
    day("2 08:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859340078901234101",
        "Important safety recall notice for your 2021 Subaru Outback",
        "recall",
    ),
    day("2 09:00"),
    search(GOOGLE, "subaru outback 2021 recall rear camera wiring", "recall"),
    page(
        "https://www.nhtsa.gov/vehicle/2021/SUBARU/OUTBACK/SW/AWD",
        "2021 SUBARU OUTBACK | NHTSA",
        "recall",
    ),
    day("2 10:30"),
    search(GOOGLE, "select for update skip locked avoid deadlock queue", "deadlock"),
    page(
        "https://www.2ndquadrant.com/en/blog/what-is-select-skip-locked-for-in-postgresql-9-5/",
        "What is SKIP LOCKED for in PostgreSQL 9.5? - 2ndQuadrant",
        "deadlock",
    ),
    day("2 15:00"),
    search(DDG, "kafka rebalance storm consumer session.timeout.ms", "kafka"),
    page(
        "https://www.confluent.io/blog/kafka-consumer-multi-threaded-messaging/",
        "Multi-Threaded Messaging with the Apache Kafka Consumer | Confluent",
        "kafka",
    ),
    day("2 21:00"),
    *video_home(),
    day("3 08:30"),
    *mail(),
    *hn(),
    day("3 12:30"),
    search(GOOGLE, "maui in january whale watching best time", "maui"),
    page(
        "https://www.gohawaii.com/islands/maui/things-to-do/land-activities/whale-watching",
        "Whale Watching in Maui | Go Hawaii",
        "maui",
    ),
    search(GOOGLE, "kaanapali vs wailea with a baby", "maui"),
    page(
        "https://www.tripadvisor.com/ShowTopic-g29220-i122-k14011295-Kaanapali_or_Wailea_with_an_infant-Maui_Hawaii.html",
        "Kaanapali or Wailea with an infant? - Maui Forum - Tripadvisor",
        "maui",
    ),
    day("3 19:00"),
    search(GOOGLE, "standing desk under 500 stable at full height", "desk"),
    page(
        "https://www.nytimes.com/wirecutter/reviews/best-standing-desk/",
        "The 3 Best Standing Desks of 2027 | Reviews by Wirecutter",
        "desk",
    ),
    day("4 08:30"),
    *mail(),
    day("4 10:00"),
    search(DDG, "kafka consumer lag grafana burrow alert threshold", "kafka"),
    page(
        f"{GH}/linkedin/Burrow/wiki",
        "Home · linkedin/Burrow Wiki · GitHub",
        "kafka",
    ),
    search(DDG, "increase partitions consumer group parallelism ordering keys", "kafka"),
    page(
        "https://www.confluent.io/blog/how-choose-number-topics-partitions-kafka-cluster/",
        "How to Choose the Number of Topics/Partitions in a Kafka Cluster? | Confluent",
        "kafka",
    ),
    day("4 16:00"),
    search(GOOGLE, "daycare cost seattle infant 2027 per month", "daycare"),
    page(
        "https://www.seattlesmagazine.com/daycare-costs-seattle",
        "What Daycare Really Costs in Seattle | Seattle Magazine",
        "daycare",
    ),
    day("4 21:00"),
    *video_home(),
    day("5 08:30"),
    *mail(),
    *hn(),
    day("5 11:00"),
    search(GOOGLE, "deadlock foreign key insert child row share lock postgres", "deadlock"),
    page(
        "https://www.cybertec-postgresql.com/en/postgresql-understanding-deadlocks/",
        "PostgreSQL: Understanding deadlocks - CYBERTEC",
        "deadlock",
    ),
    day("5 17:00"),
    search(GOOGLE, "subaru dealer service appointment recall bellevue", "recall"),
    page(
        "https://www.subaruofbellevue.com/service/schedule-service/",
        "Schedule Service | Subaru of Bellevue",
        "recall",
    ),
    day("6 10:00"),
    search(GOOGLE, "uplift v2 vs fully jarvis wobble", "desk"),
    page(
        "https://www.reddit.com/r/StandingDesk/comments/14n7xq2/uplift_v2_vs_jarvis_wobble/",
        "Uplift V2 vs Jarvis wobble? : r/StandingDesk",
        "desk",
    ),
    day("6 14:00"),
    search(GOOGLE, "flights seattle to kahului january alaska nonstop", "maui"),
    page(
        "https://www.alaskaair.com/en/flights-from-seattle-to-maui",
        "Flights from Seattle to Maui (SEA to OGG) | Alaska Airlines",
        "maui",
    ),
    day("6 20:00"),
    *video_home(),
    day("7 08:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859340078901234202",
        "Tour confirmation: Little Sprouts Early Learning, Tuesday 10 AM",
        "daycare",
    ),
    day("7 10:00"),
    search(DDG, "kafka consumer pause resume backpressure slow downstream", "kafka"),
    page(
        f"{SO}/60154513/kafka-consumer-pause-and-resume",
        "java - Kafka consumer pause and resume - Stack Overflow",
        "kafka",
    ),
    day("7 13:00"),
    search(GOOGLE, "advisory lock vs row lock postgres billing idempotency", "deadlock"),
    page(
        "https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS",
        "PostgreSQL: Documentation: 17: 13.3. Explicit Locking",
        "deadlock",
    ),
    day("8 08:30"),
    *mail(),
    *hn(),
    day("8 19:00"),
    search(GOOGLE, "questions to ask on a daycare tour infant room ratio", "daycare"),
    page(
        "https://www.care.com/c/questions-to-ask-daycare-tour/",
        "25 Questions to Ask on a Daycare Tour | Care.com",
        "daycare",
    ),
    day("9 08:30"),
    *mail(),
    day("9 12:00"),
    search(GOOGLE, "maui condo with crib and pack n play kaanapali", "maui"),
    page(
        "https://www.vrbo.com/search?destination=Kaanapali%2C+Maui&amenities=crib",
        "Kaanapali Vacation Rentals with Crib | Vrbo",
        "maui",
    ),
    day("9 18:00"),
    search(GOOGLE, "anti fatigue mat standing desk worth it", "desk"),
    page(
        "https://www.rtings.com/office/reviews/best/anti-fatigue-mats",
        "The 5 Best Anti-Fatigue Mats of 2027 - RTINGS.com",
        "desk",
    ),
    day("10 08:30"),
    *mail(),
    *hn(),
    day("10 11:00"),
    search(DDG, "consumer lag fixed after increasing fetch.min.bytes batch", "kafka"),
    page(
        "https://www.confluent.io/blog/configure-kafka-to-minimize-latency/",
        "Configure Kafka to Minimize Latency | Confluent",
        "kafka",
    ),
    day("10 16:00"),
    search(GOOGLE, "retry on deadlock spring transactional serialization failure", "deadlock"),
    page(
        f"{SO}/22939064/retry-on-deadlock-in-spring",
        "java - Retry on deadlock in Spring - Stack Overflow",
        "deadlock",
    ),
    day("10 21:00"),
    *video_home(),
]
