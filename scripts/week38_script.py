"""A backend engineer's ten busy days in Chicago, written in the twentieth session after
week37 and scored before any change for it. Denser than the weeks before: each search opens
three to five pages, and between tasks she reads a lot that is no task (threads from
Reddit's front page, stories from Hacker News, videos from YouTube's home, news articles),
some of it near her tasks in subject. Tasks: Kafka consumer lag at work, a friend's
wedding (a bridesmaid dress, the bachelorette weekend in Nashville, a registry gift),
training for the Chicago marathon, a rent increase at lease renewal, and a cat that keeps
throwing up. A marathon video from YouTube's home and a lease thread from Reddit's front
page belong to their tasks. Searches go to DuckDuckGo and Google.
Used by make_week_history.py (``week38``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GMAIL, GOOGLE, Step, day, page, search, tab, video_home

HN = "https://news.ycombinator.com/"
REDDIT = "https://www.reddit.com/"
SO = "https://stackoverflow.com/questions/"
KDOCS = "https://kafka.apache.org/documentation/"
CONFLUENT = "https://www.confluent.io/blog/"
AIRBNB = "https://www.airbnb.com/rooms/53829174"
AIRBNB_TITLE = "Broadway Loft, walk to bars, sleeps 10 - Lofts for Rent in Nashville - Airbnb"


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (12) - mei.l@example.com - Gmail", None)]


def hn(*stories: tuple[str, str]) -> list[Step]:
    steps: list[Step] = [("goto", HN, "Hacker News", None)]
    for url, title in stories:
        steps += [("tab", url, title, None), ("close", "", "", None)]
    return steps


def reddit(*threads: tuple[str, str, str | None]) -> list[Step]:
    steps: list[Step] = [("goto", REDDIT, "Reddit - Dive into anything", None)]
    for path, title, task in threads:
        steps += [("tab", f"{REDDIT}r/{path}", title, task), ("close", "", "", task)]
    return steps


def videos(*watched: tuple[str, str, str | None]) -> list[Step]:
    steps = video_home()
    for vid, title, task in watched:
        steps += [("click", f"https://www.youtube.com/watch?v={vid}", title, task)]
        steps += [("back", "", "", None)]
    return steps


def news(path: str, title: str) -> list[Step]:
    return [
        ("goto", "https://www.chicagotribune.com/", "Chicago Tribune", None),
        ("click", f"https://www.chicagotribune.com/{path}", title, None),
    ]


STEPS: list[Step] = [
    day("1 08:30"),
    *mail(),
    *hn(
        ("https://jvns.ca/blog/2026/04/10/dns-debugging/", "Debugging DNS, again - Julia Evans"),
        (
            "https://www.theverge.com/2026/4/19/e-bike-battery-fires",
            "Why e-bike batteries catch fire | The Verge",
        ),
    ),
    day("1 09:40"),
    search(DDG, "kafka consumer lag increasing after deploy", "kafka"),
    *tab(
        f"{SO}71234567/kafka-consumer-lag-keeps-growing",
        "Kafka consumer lag keeps growing after deployment - Stack Overflow",
        "kafka",
    ),
    *tab(
        f"{CONFLUENT}kafka-consumer-lag-monitoring/",
        "Monitoring Kafka Consumer Lag | Confluent",
        "kafka",
    ),
    *tab(
        f"{KDOCS}#consumerconfigs_max.poll.records",
        "Apache Kafka Documentation: Consumer Configs",
        "kafka",
    ),
    search(DDG, "max.poll.interval.ms rebalance loop", "kafka"),
    page(
        f"{SO}39730126/difference-between-session-timeout-ms-and-max-poll-interval-ms",
        "Difference between session.timeout.ms and max.poll.interval.ms - Stack Overflow",
        "kafka",
    ),
    page(
        "https://github.com/confluentinc/confluent-kafka-python/issues/1445",
        "Consumer stuck in rebalance loop · Issue #1445 · confluentinc/confluent-kafka-python",
        "kafka",
    ),
    day("1 12:30"),
    *reddit(
        (
            "AskReddit/comments/1c0x1y/what_small_thing_made_your_life_better/",
            "What small thing made your life noticeably better? : r/AskReddit",
            None,
        ),
        (
            "chicago/comments/1c0z2a/lakefront_trail_closures_this_weekend/",
            "Lakefront trail closures this weekend : r/chicago",
            None,
        ),
    ),
    day("1 13:05"),
    search(GOOGLE, "azazie bridesmaid dress dusty sage", "wedding"),
    page(
        "https://www.azazie.com/all/bridesmaid-dresses/dusty-sage",
        "Dusty Sage Bridesmaid Dresses | Azazie",
        "wedding",
    ),
    page(
        "https://www.azazie.com/products/azazie-marnie-bridesmaid-dress",
        "Azazie Marnie Bridesmaid Dress | Azazie",
        "wedding",
    ),
    page(
        "https://www.azazie.com/products/azazie-sloane-bridesmaid-dress",
        "Azazie Sloane Bridesmaid Dress | Azazie",
        "wedding",
    ),
    page(
        "https://www.azazie.com/pages/size-chart",
        "Size Chart | Azazie",
        "wedding",
    ),
    day("1 19:20"),
    search(DDG, "couch to marathon 16 week plan beginner", "marathon"),
    *tab(
        "https://www.halhigdon.com/training/marathon-training/novice-1-marathon/",
        "Novice 1 Marathon Training Program | Hal Higdon",
        "marathon",
    ),
    *tab(
        "https://www.runnersworld.com/training/a20806589/beginner-marathon-training-plan/",
        "A 16-Week Beginner Marathon Training Plan | Runner's World",
        "marathon",
    ),
    *tab(
        "https://www.chicagomarathon.com/runners/training/",
        "Training | Bank of America Chicago Marathon",
        "marathon",
    ),
    *videos(
        ("lofi24", "lofi hip hop radio - beats to relax/study to - YouTube", None),
        ("cookbrk1", "I Tried Every Breakfast Sandwich in Chicago - YouTube", None),
    ),
    day("2 08:20"),
    *mail(),
    *news(
        "2026/04/21/chicago-rents-rise-again/",
        "Chicago rents rise again as vacancies tighten - Chicago Tribune",
    ),
    day("2 09:30"),
    ("goto", "https://grafana.internal.example.com/d/kafka-lag", "Kafka lag - Grafana", "kafka"),
    search(DDG, "kafka consumer cooperative sticky assignor", "kafka"),
    *tab(
        f"{CONFLUENT}cooperative-rebalancing-in-kafka-streams-consumer-ksqldb/",
        "Incremental Cooperative Rebalancing in Apache Kafka | Confluent",
        "kafka",
    ),
    *tab(
        "https://cwiki.apache.org/confluence/display/KAFKA/KIP-429",
        "KIP-429: Kafka Consumer Incremental Rebalance Protocol - Apache Kafka",
        "kafka",
    ),
    *tab(
        f"{SO}62101934/how-to-switch-to-cooperativestickyassignor",
        "How to switch to CooperativeStickyAssignor safely - Stack Overflow",
        "kafka",
    ),
    day("2 12:45"),
    *hn(
        (
            "https://www.warpstream.com/blog/kafka-is-dead-long-live-kafka",
            "Kafka is dead, long live Kafka | WarpStream",
        ),
        ("https://lwn.net/Articles/970001/", "A new scheduler for Linux [LWN.net]"),
    ),
    day("2 18:40"),
    search(GOOGLE, "illinois rent increase at lease renewal how much is legal", "rent"),
    *tab(
        "https://www.illinoislegalaid.org/legal-information/rent-increases",
        "Rent increases | Illinois Legal Aid Online",
        "rent",
    ),
    *tab(
        "https://www.chicago.gov/city/en/depts/doh/provdrs/renters.html",
        "Renters' Rights - City of Chicago",
        "rent",
    ),
    *tab(
        "https://www.nolo.com/legal-encyclopedia/illinois-rent-increase-rules.html",
        "Illinois Rent Increase Rules | Nolo",
        "rent",
    ),
    search(GOOGLE, "how to negotiate rent increase lease renewal letter", "rent"),
    page(
        "https://www.apartmentlist.com/renter-life/how-to-negotiate-rent",
        "How to Negotiate Rent: Tips and a Sample Letter | Apartment List",
        "rent",
    ),
    day("2 21:00"),
    search(DDG, "cat throwing up after eating every day", "cat"),
    *tab(
        "https://www.petmd.com/cat/symptoms/why-my-cat-throwing",
        "Why Is My Cat Throwing Up? | PetMD",
        "cat",
    ),
    *tab(
        "https://vcahospitals.com/know-your-pet/vomiting-in-cats",
        "Vomiting in Cats | VCA Animal Hospitals",
        "cat",
    ),
    day("3 08:15"),
    *mail(),
    *reddit(
        (
            "running/comments/1c2a3b/first_marathon_what_i_wish_i_knew/",
            "First marathon, what I wish I knew : r/running",
            None,
        ),
        (
            "aww/comments/1c2b4c/my_cat_learned_to_open_doors/",
            "My cat learned to open doors : r/aww",
            None,
        ),
        (
            "chicago/comments/1c2c5d/landlord_raised_rent_18_percent_is_that_legal/",
            "Landlord raised rent 18% at renewal, is that legal in Chicago? : r/chicago",
            "rent",
        ),
    ),
    day("3 10:00"),
    search(DDG, "confluent kafka python consumer commit async lag", "kafka"),
    *tab(
        "https://docs.confluent.io/kafka-clients/python/current/overview.html",
        "Kafka Python Client | Confluent Documentation",
        "kafka",
    ),
    *tab(
        "https://github.com/confluentinc/confluent-kafka-python/blob/master/examples/consumer.py",
        "confluent-kafka-python/examples/consumer.py at master · confluentinc/confluent-kafka-python",
        "kafka",
    ),
    ("goto", "https://grafana.internal.example.com/d/kafka-lag", "Kafka lag - Grafana", "kafka"),
    day("3 13:10"),
    search(GOOGLE, "bachelorette weekend nashville itinerary", "wedding"),
    *tab(
        "https://www.visitmusiccity.com/trip-ideas/bachelorette-party-guide",
        "Nashville Bachelorette Party Guide | Visit Music City",
        "wedding",
    ),
    *tab(
        "https://www.theknot.com/content/nashville-bachelorette-party-ideas",
        "The Ultimate Nashville Bachelorette Party Guide | The Knot",
        "wedding",
    ),
    search(GOOGLE, "airbnb nashville sleeps 10 broadway", "wedding"),
    page(
        "https://www.airbnb.com/s/Nashville--TN/homes?adults=10",
        "Nashville, TN · Stays · Airbnb",
        "wedding",
    ),
    page(AIRBNB, AIRBNB_TITLE, "wedding", "tab"),
    ("close", "", "", "wedding"),
    page(
        "https://www.airbnb.com/rooms/48821937",
        "Midtown house with rooftop deck, sleeps 12 - Houses for Rent in Nashville - Airbnb",
        "wedding",
        "tab",
    ),
    ("close", "", "", "wedding"),
    day("3 20:30"),
    *videos(
        ("taper101", "How to Taper for Your First Marathon - YouTube", "marathon"),
        ("nbaplay", "Top 10 Plays of the Night | April 22 - YouTube", None),
        ("catvid9", "Cats vs Cucumbers compilation - YouTube", None),
    ),
    day("4 08:20"),
    *mail(),
    *hn(
        (
            "https://www.brendangregg.com/blog/2026-04-20/off-cpu-flamegraphs.html",
            "Off-CPU flame graphs revisited - Brendan Gregg",
        ),
    ),
    day("4 09:50"),
    search(DDG, "kafka consumer lag partition skew hot key", "kafka"),
    *tab(
        f"{SO}58742187/kafka-one-partition-has-much-higher-lag",
        "Kafka: one partition has much higher lag than others - Stack Overflow",
        "kafka",
    ),
    *tab(
        f"{CONFLUENT}how-choose-number-topics-partitions-kafka-cluster/",
        "How to choose the number of topics/partitions in a Kafka cluster? | Confluent",
        "kafka",
    ),
    day("4 12:40"),
    search(DDG, "marathon energy gels how many during long run", "marathon"),
    *tab(
        "https://www.runnersworld.com/nutrition-weight-loss/a20815426/energy-gels/",
        "How Many Energy Gels Do You Need for a Marathon? | Runner's World",
        "marathon",
    ),
    *tab(
        "https://www.rei.com/learn/expert-advice/running-fueling.html",
        "Fueling for Runs: What to Eat and When | REI Expert Advice",
        "marathon",
    ),
    day("4 18:50"),
    search(GOOGLE, "zillow rentals logan square 1 bedroom", "rent"),
    page(
        "https://www.zillow.com/logan-square-chicago-il/rentals/1-_beds/",
        "Logan Square Chicago 1 Bedroom Apartments For Rent | Zillow",
        "rent",
    ),
    *tab(
        "https://www.zillow.com/homedetails/2650-N-Milwaukee-Ave-Chicago-IL-60647/2077123456_zpid/",
        "2650 N Milwaukee Ave APT 3F, Chicago, IL 60647 | Zillow",
        "rent",
    ),
    *tab(
        "https://www.zillow.com/homedetails/2421-W-Medill-Ave-Chicago-IL-60647/2077234567_zpid/",
        "2421 W Medill Ave #2, Chicago, IL 60647 | Zillow",
        "rent",
    ),
    day("4 21:15"),
    search(DDG, "cat vomiting vet or wait", "cat"),
    page(
        "https://www.reddit.com/r/CatAdvice/comments/1c3d4e/cat_vomiting_daily_vet_said_hairballs/",
        "Cat vomiting daily, vet said hairballs, second opinion? : r/CatAdvice",
        "cat",
    ),
    search(DDG, "vet near logan square open saturday", "cat"),
    page(
        "https://www.yelp.com/search?find_desc=Veterinarian&find_loc=Logan+Square%2C+Chicago%2C+IL",
        "Top 10 Best Veterinarian near Logan Square, Chicago, IL | Yelp",
        "cat",
    ),
    page(
        "https://www.yelp.com/biz/logan-square-animal-hospital-chicago",
        "Logan Square Animal Hospital - Chicago, IL | Yelp",
        "cat",
    ),
    day("5 08:30"),
    *mail(),
    *news(
        "2026/04/24/cubs-win-home-opener/",
        "Cubs win home opener behind Steele - Chicago Tribune",
    ),
    day("5 10:10"),
    ("goto", "https://grafana.internal.example.com/d/kafka-lag", "Kafka lag - Grafana", "kafka"),
    search(DDG, "kafka increase partitions existing topic consumer group", "kafka"),
    *tab(
        f"{SO}33677871/is-it-possible-to-add-partitions-to-an-existing-topic-in-kafka",
        "Is it possible to add partitions to an existing topic in Kafka? - Stack Overflow",
        "kafka",
    ),
    *tab(
        f"{KDOCS}#basic_ops_modify_topic",
        "Apache Kafka Documentation: Modifying topics",
        "kafka",
    ),
    day("5 12:30"),
    *reddit(
        (
            "personalfinance/comments/1c4e5f/is_it_worth_buying_a_house_now/",
            "Is it worth buying a house now or keep renting? : r/personalfinance",
            None,
        ),
        (
            "weddingplanning/comments/1c4f6g/bridesmaid_costs_getting_out_of_hand/",
            "Bridesmaid costs getting out of hand : r/weddingplanning",
            None,
        ),
    ),
    day("5 13:00"),
    search(GOOGLE, "zola registry kitchenaid stand mixer", "wedding"),
    page(
        "https://www.zola.com/registry/jennaandmarcus2026",
        "Jenna Park and Marcus Reid's Wedding Registry | Zola",
        "wedding",
    ),
    page(
        "https://www.zola.com/shop/product/kitchenaid_artisan_5qt_stand_mixer",
        "KitchenAid Artisan 5-Quart Stand Mixer | Zola",
        "wedding",
    ),
    day("5 19:30"),
    search(DDG, "garmin forerunner 165 vs 265 for marathon training", "marathon"),
    *tab(
        "https://www.dcrainmaker.com/2026/02/garmin-forerunner-165-vs-265.html",
        "Garmin Forerunner 165 vs 265: Which to Buy? | DC Rainmaker",
        "marathon",
    ),
    *tab(
        "https://www.garmin.com/en-US/p/886725",
        "Forerunner 265 | Running Smartwatch | Garmin",
        "marathon",
    ),
    *tab(
        "https://www.rei.com/product/229733/garmin-forerunner-165",
        "Garmin Forerunner 165 GPS Watch | REI Co-op",
        "marathon",
    ),
    day("6 09:00"),
    *videos(
        ("vlog7", "A week in my life as a software engineer - YouTube", None),
        ("nash1", "48 Hours in Nashville: Where to Eat and Drink - YouTube", "wedding"),
    ),
    day("6 10:30"),
    search(GOOGLE, "bachelorette party matching shirts nashville", "wedding"),
    page(
        "https://www.etsy.com/search?q=nashville%20bachelorette%20shirts",
        "Nashville Bachelorette Shirts - Etsy",
        "wedding",
    ),
    page(
        "https://www.etsy.com/listing/1234567890/nash-bash-bachelorette-shirts",
        "Nash Bash Bachelorette Shirts, Custom Bride Tees - Etsy",
        "wedding",
    ),
    day("6 16:00"),
    search(DDG, "long run pace vs marathon pace", "marathon"),
    page(
        "https://www.mcmillanrunning.com/long-run-pace/",
        "How Fast Should Your Long Run Be? | McMillan Running",
        "marathon",
    ),
    day("7 08:20"),
    *mail(),
    *hn(
        (
            "https://blog.cloudflare.com/how-we-rebuilt-our-queue/",
            "How we rebuilt our queue on top of Postgres | The Cloudflare Blog",
        ),
    ),
    day("7 09:45"),
    search(DDG, "kafka consumer lag alert prometheus burrow", "kafka"),
    *tab(
        "https://github.com/linkedin/Burrow",
        "GitHub - linkedin/Burrow: Kafka Consumer Lag Checking",
        "kafka",
    ),
    *tab(
        "https://github.com/danielqsj/kafka_exporter",
        "GitHub - danielqsj/kafka_exporter: Kafka exporter for Prometheus",
        "kafka",
    ),
    ("goto", "https://grafana.internal.example.com/d/kafka-lag", "Kafka lag - Grafana", "kafka"),
    day("7 18:30"),
    search(GOOGLE, "rent increase counter offer email template", "rent"),
    page(
        "https://www.rentometer.com/blog/rent-negotiation-letter",
        "Rent Negotiation Letter Template | Rentometer",
        "rent",
    ),
    page(
        "https://www.rentometer.com/",
        "Rentometer: Rent Price Comparison Tool",
        "rent",
    ),
    day("7 21:00"),
    search(DDG, "sensitive stomach cat food vet recommended", "cat"),
    *tab(
        "https://www.chewy.com/b/sensitive-digestion-food-10361",
        "Sensitive Digestion Cat Food | Chewy",
        "cat",
    ),
    *tab(
        "https://www.chewy.com/hills-prescription-diet-i-d-digestive/dp/52417",
        "Hill's Prescription Diet i/d Digestive Care Dry Cat Food | Chewy",
        "cat",
    ),
    day("8 08:10"),
    *mail(),
    *reddit(
        (
            "AskReddit/comments/1c5a6b/whats_the_best_advice_youve_ignored/",
            "What's the best advice you've ignored? : r/AskReddit",
            None,
        ),
    ),
    day("8 11:00"),
    search(DDG, "kafka consumer max.poll.records tuning throughput", "kafka"),
    *tab(
        f"{SO}45003541/tuning-kafka-consumer-for-throughput",
        "Tuning Kafka consumer for throughput - Stack Overflow",
        "kafka",
    ),
    day("8 13:30"),
    search(GOOGLE, "azazie order tracking how long shipping", "wedding"),
    page(
        "https://www.azazie.com/pages/shipping-policy",
        "Shipping Policy | Azazie",
        "wedding",
    ),
    day("8 19:00"),
    search(DDG, "marathon long run 18 miles fueling schedule", "marathon"),
    page(
        "https://www.halhigdon.com/training-programs/marathon-training/marathon-nutrition/",
        "Marathon Nutrition | Hal Higdon",
        "marathon",
    ),
    day("9 08:20"),
    *mail(),
    *news(
        "2026/04/28/cta-blue-line-slow-zones/",
        "CTA Blue Line slow zones to be fixed by fall - Chicago Tribune",
    ),
    day("9 12:00"),
    *videos(
        ("catvet2", "Why Do Cats Throw Up? A Vet Explains - YouTube", "cat"),
    ),
    day("9 18:45"),
    search(GOOGLE, "chicago rlto security deposit interest lease renewal", "rent"),
    page(
        "https://www.chicago.gov/city/en/depts/doh/provdrs/landlords/svcs/rlto.html",
        "Residential Landlord and Tenant Ordinance - City of Chicago",
        "rent",
    ),
    day("10 08:15"),
    *mail(),
    *hn(
        ("https://www.quantamagazine.org/prime-gaps-2026/", "A new bound on prime gaps | Quanta"),
    ),
    day("10 10:00"),
    search(DDG, "kafka cooperative sticky rolling upgrade steps", "kafka"),
    *tab(
        f"{CONFLUENT}incremental-cooperative-rebalancing-upgrade/",
        "Upgrading to the cooperative rebalancing protocol | Confluent",
        "kafka",
    ),
    ("goto", "https://grafana.internal.example.com/d/kafka-lag", "Kafka lag - Grafana", "kafka"),
    day("10 13:00"),
    ("goto", AIRBNB, AIRBNB_TITLE, "wedding"),
    page("https://www.airbnb.com/book/stays/53829174", "Confirm and pay - Airbnb", "wedding"),
    day("10 20:00"),
    search(GOOGLE, "chicago marathon corral placement qualifying time", "marathon"),
    page(
        "https://www.chicagomarathon.com/runners/corrals/",
        "Start Corrals | Bank of America Chicago Marathon",
        "marathon",
    ),
]
