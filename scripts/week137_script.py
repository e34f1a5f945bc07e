"""A software engineer's ten days in Bengaluru, on his laptop at home, written in the
thirty-sixth session after its steps 71 and 72 and scored before any change for it: an
offer from another company (notice period, negotiating), an electric scooter, health
insurance for his parents, a trip to Goa with college friends, system design for an
interview (Kafka, rate limiting), and the choice between the old and the new tax regime.
Between them he reads The Times of India and follows cricket on Cricbuzz, and watches
stand-up from YouTube's front page. Gmail is opened most days. Searches go to Google and
Bing.
Used by make_week_history.py (``week137``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "arjun.k.iyer91@gmail.com"
INBOX = "f3b7d1c5e9"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (17) - {ADDRESS} - Gmail", None)]


def toi() -> list[Step]:
    return [
        (
            "goto",
            "https://timesofindia.indiatimes.com/",
            "News - Latest News, Breaking News, Bollywood, Sports, Business and Political News | Times of India",
            None,
        )
    ]


def cricbuzz() -> list[Step]:
    return [
        (
            "goto",
            "https://www.cricbuzz.com/",
            "Live Cricket Score, Schedule, Latest News, Stats & Videos | Cricbuzz.com",
            None,
        )
    ]


def standup(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 08:30"),
    *mail(),
    *toi(),
    day("1 21:00"),
    search(GOOGLE, "notice period buyout 90 days negotiate new company", "offer"),
    page(
        "https://www.ambitionbox.com/blogs/notice-period-buyout",
        "Notice Period Buyout: How It Works | AmbitionBox",
        "offer",
    ),
    search(GOOGLE, "ather 450x vs ola s1 pro real range bangalore traffic", "scooter"),
    page(
        "https://www.team-bhp.com/forum/motorbikes/268812-ather-450x-vs-ola-s1-pro.html",
        "Ather 450X vs Ola S1 Pro - Team-BHP",
        "scooter",
    ),
    day("2 08:35"),
    *mail(),
    *cricbuzz(),
    day("2 22:00"),
    search(BING, "health insurance for parents above 60 pre existing diabetes", "insurance"),
    page(
        "https://www.policybazaar.com/health-insurance/senior-citizen-health-insurance/",
        "Senior Citizen Health Insurance Plans - Policybazaar",
        "insurance",
    ),
    search(BING, "kafka consumer group rebalancing explained", "sysdesign"),
    page(
        "https://www.confluent.io/blog/cooperative-rebalancing-in-kafka-streams-consumer-ksqldb/",
        "Incremental Cooperative Rebalancing in Apache Kafka | Confluent",
        "sysdesign",
    ),
    day("3 08:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1877400556677000001",
        "Offer letter - Senior Software Engineer - Razorpay",
        "offer",
    ),
    day("3 21:30"),
    search(GOOGLE, "how to negotiate joining bonus counter offer current company", "offer"),
    page(
        "https://www.reddit.com/r/developersIndia/comments/1r9c2k7/negotiating_joining_bonus_to_cover_notice_buyout/",
        "Negotiating joining bonus to cover notice buyout? : r/developersIndia",
        "offer",
    ),
    search(GOOGLE, "goa trip 4 days itinerary north goa friends december", "goa"),
    page(
        "https://www.holidify.com/pages/goa-itinerary-4-days-1402.html",
        "Goa Itinerary for 4 Days - Holidify",
        "goa",
    ),
    search(GOOGLE, "bangalore to goa flights vs overnight bus sleeper", "goa"),
    page(
        "https://www.redbus.in/bus-tickets/bangalore-to-goa",
        "Bangalore to Goa Bus Tickets Booking | redBus",
        "goa",
    ),
    day("4 08:30"),
    *mail(),
    *toi(),
    day("4 22:15"),
    search(BING, "rate limiter design token bucket vs sliding window redis", "sysdesign"),
    page(
        "https://bytebytego.com/courses/system-design-interview/design-a-rate-limiter",
        "Design A Rate Limiter - System Design Interview | ByteByteGo",
        "sysdesign",
    ),
    search(BING, "old vs new tax regime calculator fy 2026-27 salaried hra", "tax"),
    page(
        "https://www.incometax.gov.in/iec/foportal/income-tax-calculator",
        "Income Tax Calculator | Income Tax Department",
        "tax",
    ),
    *standup("st4ndup001", "Zakir Khan - Haq Se Single | Stand-up Comedy - YouTube"),
    day("5 08:30"),
    *mail(),
    *cricbuzz(),
    day("5 20:00"),
    search(GOOGLE, "ather 450x on road price bangalore subsidy 2026", "scooter"),
    page(
        "https://www.atherenergy.com/450x/price",
        "Ather 450X Price in Bangalore | Ather Energy",
        "scooter",
    ),
    search(
        GOOGLE, "star health senior citizen red carpet vs care senior waiting period", "insurance"
    ),
    page(
        "https://www.beshak.org/insurance/health-insurance/star-red-carpet-vs-care-senior/",
        "Star Red Carpet vs Care Senior: Which is better? | Beshak",
        "insurance",
    ),
    day("6 11:00"),
    *mail(),
    day("6 11:30"),
    search(GOOGLE, "design whatsapp system design interview message delivery", "sysdesign"),
    page(
        "https://www.educative.io/courses/grokking-the-system-design-interview/design-whatsapp",
        "Design WhatsApp - Grokking the System Design Interview",
        "sysdesign",
    ),
    search(GOOGLE, "north goa villa with pool 8 people anjuna", "goa"),
    page(
        "https://www.airbnb.co.in/goa-india/stays/villas",
        "Villas in Goa - Airbnb",
        "goa",
    ),
    day("6 17:00"),
    *standup("st4ndup002", "Anubhav Singh Bassi - Hostel | Stand-up Comedy - YouTube"),
    day("7 08:30"),
    *mail(),
    *toi(),
    day("7 21:00"),
    search(BING, "80d deduction parents senior citizen 50000 premium", "tax"),
    page(
        "https://cleartax.in/s/medical-insurance",
        "Section 80D: Deduction for Medical Insurance | ClearTax",
        "tax",
    ),
    search(BING, "new tax regime deductions allowed standard deduction nps", "tax"),
    page(
        "https://economictimes.indiatimes.com/wealth/tax/new-tax-regime-deductions-list/articleshow/112345678.cms",
        "New tax regime: List of deductions allowed - The Economic Times",
        "tax",
    ),
    day("8 08:35"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1877400556677000002",
        "Test ride booked - Ather Experience Centre Indiranagar",
        "scooter",
    ),
    *cricbuzz(),
    day("8 21:30"),
    search(GOOGLE, "relieving letter not given during notice period buyout legal", "offer"),
    page(
        "https://www.quora.com/Can-a-company-refuse-to-give-relieving-letter-after-notice-period-buyout",
        "Can a company refuse a relieving letter after a notice period buyout? - Quora",
        "offer",
    ),
    search(GOOGLE, "parents health insurance cashless hospitals bangalore network", "insurance"),
    page(
        "https://www.careinsurance.com/network-hospitals/bangalore.html",
        "Network Hospitals in Bangalore | Care Health Insurance",
        "insurance",
    ),
    day("9 08:30"),
    *mail(),
    day("9 22:00"),
    search(BING, "consistent hashing explained system design", "sysdesign"),
    page(
        "https://www.toptal.com/big-data/consistent-hashing",
        "A Guide to Consistent Hashing | Toptal",
        "sysdesign",
    ),
    search(BING, "ola s1 pro service problems reddit", "scooter"),
    page(
        "https://www.reddit.com/r/bangalore/comments/1s2d8f4/ola_s1_pro_after_one_year_service_nightmare/",
        "Ola S1 Pro after one year - service nightmare : r/bangalore",
        "scooter",
    ),
    day("10 10:00"),
    *mail(),
    *toi(),
    day("10 12:00"),
    search(GOOGLE, "goa in december scooter rental calangute price per day", "goa"),
    page(
        "https://www.goatourism.gov.in/rentals/two-wheeler-rentals/",
        "Two-Wheeler Rentals | Goa Tourism",
        "goa",
    ),
]
