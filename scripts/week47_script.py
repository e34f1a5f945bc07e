"""A marketing manager's ten days in Singapore, written at the end of the twenty-first
session, after all of its changes, and scored before any change for it: a family holiday
in Bali, a conference in Tokyo for work, a daughter's Primary One registration, a domestic
helper hired, a runner's knee, a product launch's ads at work, and an air conditioner that
blows warm. Two trips are planned in the same days (flights, a hotel or a villa, money
changed), words cross tasks ("registration" of a school and of a work permit, "launch" of
a campaign and of a conference's keynote, "cost per" of ads and of a helper's levy), and
"singapore" is in five tasks. The Straits Times, LinkedIn and Instagram are opened most
mornings. Searches go to Google and Bing.
Used by make_week_history.py (``week47``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GMAIL, GOOGLE, Step, day, page, search, tab, video_home


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (17) - mei.tan@example.com.sg - Gmail", None)]


def st(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.straitstimes.com/", "The Straits Times", None)]
    if story:
        steps.append(page(f"https://www.straitstimes.com/singapore/{story[0]}", story[1], None))
    return steps


def linkedin() -> list[Step]:
    return [("goto", "https://www.linkedin.com/feed/", "Feed | LinkedIn", None)]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *st(
        (
            "transport/new-mrt-line-1",
            "Cross Island Line opening date brought forward | The Straits Times",
        )
    ),
    *linkedin(),
    day("1 12:45"),
    search(GOOGLE, "bali family villa ubud private pool kids", "bali"),
    page(
        "https://www.airbnb.com/s/Ubud--Bali/homes?refinement_paths%5B%5D=%2Fhomes&amenities%5B%5D=7",
        "Ubud · Stays · Airbnb",
        "bali",
    ),
    page(
        "https://www.airbnb.com/rooms/51133822",
        "Villa Sawah, rice field views, private pool - Villas for Rent in Ubud - Airbnb",
        "bali",
    ),
    day("1 20:30"),
    search(GOOGLE, "p1 registration 2026 phase 2c dates", "school"),
    page(
        "https://www.moe.gov.sg/primary/p1-registration",
        "Primary 1 registration | MOE",
        "school",
    ),
    page(
        "https://www.moe.gov.sg/primary/p1-registration/registration-phases",
        "P1 registration phases | MOE",
        "school",
    ),
    search(GOOGLE, "primary schools within 1km of tampines st 81", "school"),
    page(
        "https://www.onemap.gov.sg/main/v2/schoolquery",
        "School Query | OneMap",
        "school",
    ),
    day("2 07:30"),
    *mail(),
    *insta(),
    day("2 10:15"),
    search(BING, "meta ads cost per lead benchmark singapore b2c", "ads"),
    page(
        "https://www.wordstream.com/blog/ws/2024/facebook-ads-benchmarks",
        "Facebook Ads Benchmarks for Every Industry | WordStream",
        "ads",
    ),
    page(
        "https://www.facebook.com/business/help/1710077379203657",
        "About ad auctions | Meta Business Help Centre",
        "ads",
    ),
    day("2 13:00"),
    search(GOOGLE, "tokyo big sight hotel walking distance", "tokyo"),
    page(
        "https://www.booking.com/hotel/jp/villa-fontaine-grand-tokyo-ariake.html",
        "Hotel Villa Fontaine Grand Tokyo-Ariake – Updated 2026 Prices",
        "tokyo",
    ),
    page(
        "https://www.booking.com/hotel/jp/tokyo-bay-ariake-washington.html",
        "Tokyo Bay Ariake Washington Hotel – Updated 2026 Prices",
        "tokyo",
    ),
    day("2 21:00"),
    search(GOOGLE, "runners knee pain outside of knee when running downhill", "knee"),
    page(
        "https://www.healthline.com/health/it-band-syndrome",
        "IT Band Syndrome: Causes, Symptoms and Treatment | Healthline",
        "knee",
    ),
    page(
        "https://www.youtube.com/watch?v=itbandrehab",
        "IT Band Syndrome Exercises You Can Do at Home - YouTube",
        "knee",
    ),
    day("3 07:30"),
    *mail(),
    *linkedin(),
    day("3 12:30"),
    search(GOOGLE, "hire domestic helper first time mom work permit steps", "helper"),
    page(
        "https://www.mom.gov.sg/passes-and-permits/work-permit-for-foreign-domestic-worker",
        "Work Permit for migrant domestic worker | Ministry of Manpower",
        "helper",
    ),
    page(
        "https://www.mom.gov.sg/passes-and-permits/work-permit-for-foreign-domestic-worker/foreign-domestic-worker-levy",
        "Levy for migrant domestic workers | Ministry of Manpower",
        "helper",
    ),
    day("3 19:45"),
    search(BING, "aircon blowing warm air not cold chemical wash or gas top up", "aircon"),
    page(
        "https://www.aircon-servicing.sg/blog/aircon-not-cold",
        "Aircon not cold? 7 causes and fixes | Aircon Servicing SG",
        "aircon",
    ),
    page(
        "https://www.aircon-servicing.sg/chemical-wash",
        "Aircon Chemical Wash Price | Aircon Servicing SG",
        "aircon",
    ),
    day("4 07:30"),
    *mail(),
    *st(),
    *insta(),
    day("4 10:30"),
    search(GOOGLE, "landing page a/b test sample size calculator", "ads"),
    page(
        "https://www.optimizely.com/sample-size-calculator/",
        "A/B Test Sample Size Calculator | Optimizely",
        "ads",
    ),
    page(
        "https://docs.google.com/spreadsheets/d/1LaunchQ3Budget/edit",
        "Q3 launch budget - Google Sheets",
        "ads",
    ),
    day("4 13:10"),
    search(GOOGLE, "scoot vs singapore airlines to denpasar with kids baggage", "bali"),
    page(
        "https://www.flyscoot.com/en/fly-scoot/before-you-fly/baggage",
        "Baggage | Scoot",
        "bali",
    ),
    page(
        "https://www.singaporeair.com/en_UK/sg/plan-travel/destinations/where-we-fly/denpasar/",
        "Flights to Denpasar, Bali | Singapore Airlines",
        "bali",
    ),
    day("4 20:30"),
    search(GOOGLE, "best helper agency singapore reviews fees", "helper"),
    page(
        "https://www.bestmaid.com.sg/agency-fees",
        "Maid agency fees explained | Best Maid",
        "helper",
    ),
    page(
        "https://www.reddit.com/r/singapore/comments/1g7h8i/helper_agency_recommendations/",
        "Helper agency recommendations? : r/singapore",
        "helper",
        "tab",
    ),
    ("close", "", "", "helper"),
    day("5 07:30"),
    *mail(),
    *linkedin(),
    day("5 12:50"),
    search(GOOGLE, "tokyo pocket wifi vs esim 5 days", "tokyo"),
    page(
        "https://www.japan-guide.com/e/e2275.html",
        "Mobile phones and internet in Japan - japan-guide.com",
        "tokyo",
    ),
    search(GOOGLE, "narita airport to ariake limousine bus", "tokyo"),
    page(
        "https://www.limousinebus.co.jp/en/airport/narita/",
        "Narita Airport Limousine Bus | Airport Limousine",
        "tokyo",
    ),
    day("5 19:30"),
    search(GOOGLE, "sports physio tampines it band", "knee"),
    page(
        "https://www.google.com/maps/search/sports+physio+tampines/",
        "sports physio tampines - Google Maps",
        "knee",
    ),
    page(
        "https://www.coreconcepts.com.sg/physiotherapy/",
        "Sports Physiotherapy | Core Concepts",
        "knee",
    ),
    day("6 09:30"),
    *mail(),
    *insta(),
    day("6 11:00"),
    search(GOOGLE, "ubud to seminyak day trip with kids", "bali"),
    page(
        "https://www.thebalibible.com/ubud-with-kids",
        "Ubud with kids: the ultimate guide | The Bali Bible",
        "bali",
    ),
    page(
        "https://www.airbnb.com/rooms/51133822",
        "Villa Sawah, rice field views, private pool - Villas for Rent in Ubud - Airbnb",
        "bali",
    ),
    page(
        "https://www.airbnb.com/book/stays/51133822",
        "Confirm and pay - Airbnb",
        "bali",
    ),
    day("6 16:00"),
    search(GOOGLE, "how does school balloting work p1 phase 2c", "school"),
    page(
        "https://www.moe.gov.sg/primary/p1-registration/balloting",
        "P1 registration balloting | MOE",
        "school",
    ),
    page(
        "https://www.kiasuparents.com/kiasu/forum/viewtopic.php?t=125112",
        "P1 2026 Phase 2C balloting thread - KiasuParents",
        "school",
    ),
    day("7 07:30"),
    *mail(),
    *st(("housing/hdb-resale-2", "HDB resale prices rise for 20th quarter | The Straits Times")),
    day("7 10:00"),
    (
        "goto",
        "https://docs.google.com/spreadsheets/d/1LaunchQ3Budget/edit",
        "Q3 launch budget - Google Sheets",
        "ads",
    ),
    search(BING, "lookalike audience vs broad targeting 2026", "ads"),
    page(
        "https://www.jonloomer.com/lookalike-vs-broad/",
        "Lookalike audiences vs broad targeting | Jon Loomer",
        "ads",
    ),
    day("7 19:00"),
    (
        "goto",
        "https://www.aircon-servicing.sg/chemical-wash",
        "Aircon Chemical Wash Price | Aircon Servicing SG",
        "aircon",
    ),
    page(
        "https://www.aircon-servicing.sg/book",
        "Book an aircon servicing | Aircon Servicing SG",
        "aircon",
    ),
    page(
        "https://www.aircon-servicing.sg/book/thank-you",
        "Thank you for your booking | Aircon Servicing SG",
        "aircon",
    ),
    day("8 07:30"),
    *mail(),
    *linkedin(),
    day("8 12:40"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=9b2&view=pt&search=all&permthid=thread-f:6613",
        "Your booking at Hotel Villa Fontaine Grand Tokyo-Ariake is confirmed - mei.tan@example.com.sg - Gmail",
        "tokyo",
    ),
    search(GOOGLE, "yen exchange rate best money changer raffles place", "tokyo"),
    page(
        "https://www.cashchanger.co/singapore/sgd-to-jpy",
        "Best SGD to JPY rates in Singapore | CashChanger",
        "tokyo",
    ),
    day("8 20:15"),
    search(GOOGLE, "helper medical examination and settling in programme", "helper"),
    page(
        "https://www.mom.gov.sg/passes-and-permits/work-permit-for-foreign-domestic-worker/eligibility-and-requirements/settling-in-programme",
        "Settling-in Programme (SIP) | Ministry of Manpower",
        "helper",
    ),
    day("9 07:30"),
    *mail(),
    *insta(),
    day("9 13:00"),
    search(GOOGLE, "foam roller it band good or bad", "knee"),
    page(
        "https://www.runnersworld.com/health-injuries/a20818711/foam-rolling-it-band/",
        "Should You Foam Roll Your IT Band? | Runner's World",
        "knee",
    ),
    day("9 20:00"),
    search(GOOGLE, "rupiah money changer singapore best rate", "bali"),
    page(
        "https://www.cashchanger.co/singapore/sgd-to-idr",
        "Best SGD to IDR rates in Singapore | CashChanger",
        "bali",
    ),
    day("10 08:30"),
    *mail(),
    *st(),
    day("10 10:00"),
    search(GOOGLE, "p1 registration documents birth certificate proof of address", "school"),
    page(
        "https://www.moe.gov.sg/primary/p1-registration/documents",
        "Documents for P1 registration | MOE",
        "school",
    ),
    day("10 15:30"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=sg-food-tour", "Singapore Hawker Food Tour - YouTube", None
    ),
]
