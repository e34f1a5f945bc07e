"""A sales manager's ten days in Chicago, written in the twenty-sixth session after all of its
changes, and scored before any change for it: a first baby on the way (a car seat, the
nursery, his paternity leave), the condo put up for sale, a sales conference in Las Vegas,
a work laptop whose battery swells, and a fantasy football team set each week. Gmail, the
Chicago Tribune, ESPN and Reddit are opened most days. Searches go to Google and
DuckDuckGo.
Used by make_week_history.py (``week78``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "tomasz.wojcik.sales@gmail.com"
INBOX = "7c6b5a4f3e"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def tribune() -> list[Step]:
    return [("goto", "https://www.chicagotribune.com/", "Chicago Tribune", None)]


def espn() -> list[Step]:
    return [
        ("goto", "https://www.espn.com/", "ESPN - Serving Sports Fans. Anytime. Anywhere.", None)
    ]


def reddit() -> list[Step]:
    return [("goto", "https://www.reddit.com/", "Reddit - The heart of the internet", None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *tribune(),
    day("1 09:40"),
    search(GOOGLE, "best convertible car seat 2026 small car rear facing", "baby"),
    page(
        "https://www.babygearlab.com/topics/car-seats/best-convertible-car-seat",
        "The 7 Best Convertible Car Seats of 2026 | BabyGearLab",
        "baby",
    ),
    page(
        "https://www.consumerreports.org/babies-kids/car-seats/best-convertible-car-seats/",
        "Best Convertible Car Seats | Consumer Reports",
        "baby",
    ),
    day("1 12:15"),
    search(GOOGLE, "how to list condo for sale by owner illinois", "condo"),
    page(
        "https://www.zillow.com/sellers-guide/how-to-sell-house-by-owner-illinois/",
        "How to Sell a House by Owner in Illinois | Zillow",
        "condo",
    ),
    day("1 20:00"),
    *espn(),
    search(DDG, "week 9 waiver wire pickups ppr", "fantasy"),
    page(
        "https://www.fantasypros.com/nfl/waiver-wire/",
        "Week 9 Waiver Wire Pickups & Adds (2026) | FantasyPros",
        "fantasy",
    ),
    day("2 07:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1840012233445566001",
        "Registration confirmed: Summit 2026, Las Vegas, Nov 17-19 - Caesars Forum",
        "vegas",
    ),
    day("2 08:00"),
    search(GOOGLE, "caesars forum nearest hotel walkable", "vegas"),
    page(
        "https://www.caesars.com/caesars-forum/hotels",
        "Hotels Near CAESARS FORUM | Caesars Entertainment",
        "vegas",
    ),
    day("2 11:30"),
    search(GOOGLE, "laptop battery swelling trackpad lifting dangerous", "laptop"),
    page(
        "https://www.ifixit.com/Wiki/What_to_do_with_a_swollen_battery",
        "What to do with a swollen battery - iFixit",
        "laptop",
    ),
    day("2 19:30"),
    search(GOOGLE, "nursery paint colors gender neutral benjamin moore", "baby"),
    page(
        "https://www.benjaminmoore.com/en-us/paint-colors/color-trends/nursery",
        "Nursery Paint Colors | Benjamin Moore",
        "baby",
    ),
    day("3 07:30"),
    *mail(),
    *reddit(),
    day("3 10:10"),
    search(GOOGLE, "dell latitude 7440 battery replacement warranty swollen", "laptop"),
    page(
        "https://www.dell.com/support/kbdoc/en-us/000175212/swollen-battery",
        "Swollen or Expanded Batteries in Dell Laptops | Dell US",
        "laptop",
    ),
    day("3 13:00"),
    search(GOOGLE, "condo staging tips small one bedroom", "condo"),
    page(
        "https://www.realtor.com/advice/sell/staging-a-small-condo/",
        "How to Stage a Small Condo So It Sells Fast | Realtor.com",
        "condo",
    ),
    day("3 21:00"),
    search(GOOGLE, "paternity leave illinois fmla how many weeks paid", "baby"),
    page(
        "https://www.dol.gov/agencies/whd/fmla",
        "Family and Medical Leave Act | U.S. Department of Labor",
        "baby",
    ),
    day("4 07:30"),
    *mail(),
    *tribune(),
    day("4 12:30"),
    search(DDG, "flights ord to las vegas nov 16 united", "vegas"),
    page(
        "https://www.united.com/en/us/fsr/choose-flights?f=ORD&t=LAS&d=2026-11-16",
        "Choose flights: Chicago to Las Vegas | United Airlines",
        "vegas",
    ),
    day("4 20:15"),
    *espn(),
    search(GOOGLE, "start sit week 9 flex rb vs wr", "fantasy"),
    page(
        "https://www.cbssports.com/fantasy/football/news/week-9-start-sit/",
        "Fantasy Football Week 9 Start 'Em, Sit 'Em | CBS Sports",
        "fantasy",
    ),
    day("5 07:40"),
    *mail(),
    *reddit(),
    day("5 11:00"),
    search(GOOGLE, "condo hoa resale disclosure 22.1 illinois cost", "condo"),
    page(
        "https://www.illinoiscondolaw.com/2024/03/section-22-1-disclosures.html",
        "Section 22.1 Disclosures When Selling a Condo | Illinois Condo Law",
        "condo",
    ),
    day("5 18:30"),
    search(GOOGLE, "car seat installation inspection chicago free", "baby"),
    page(
        "https://www.nhtsa.gov/equipment/car-seats-and-booster-seats",
        "Car Seats and Booster Seats | NHTSA",
        "baby",
    ),
    *tab(
        f"{YT}kW2mF7pQ0sA",
        "How to Install a Convertible Car Seat Rear Facing - YouTube",
        "baby",
    ),
    day("6 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1840019988776655002",
        "Your Dell support case 214455667: battery replacement dispatched",
        "laptop",
    ),
    *tribune(),
    day("6 12:45"),
    search(GOOGLE, "what to bring sales conference vegas business casual november", "vegas"),
    page(
        "https://www.reddit.com/r/vegas/comments/1v2b3n4/conference_attire_november/",
        "Conference attire in November? : r/vegas",
        "vegas",
    ),
    day("6 20:30"),
    search(GOOGLE, "crib mattress firm breathable best", "baby"),
    page(
        "https://www.nytimes.com/wirecutter/reviews/best-crib-mattress/",
        "The 3 Best Crib Mattresses of 2026 | Reviews by Wirecutter",
        "baby",
    ),
    day("7 07:30"),
    *mail(),
    *espn(),
    day("7 10:20"),
    search(GOOGLE, "how to price my condo comps west loop 1 bed", "condo"),
    page(
        "https://www.redfin.com/neighborhood/west-loop/chicago-il/recently-sold",
        "West Loop Chicago Recently Sold Homes | Redfin",
        "condo",
    ),
    day("7 10:50"),
    search(GOOGLE, "flat fee mls listing illinois", "condo"),
    page(
        "https://www.houzeo.com/flat-fee-mls/illinois",
        "Flat Fee MLS Illinois: List on MLS for $249 | Houzeo",
        "condo",
    ),
    day("7 19:45"),
    search(DDG, "trade value chart week 10 fantasy", "fantasy"),
    page(
        "https://www.fantasypros.com/nfl/trade-value-chart.php",
        "Fantasy Football Trade Value Chart (Week 10) | FantasyPros",
        "fantasy",
    ),
    day("8 07:30"),
    *mail(),
    *reddit(),
    day("8 11:40"),
    search(GOOGLE, "shows in las vegas november 18 tickets", "vegas"),
    page(
        "https://www.vegas.com/shows/",
        "Las Vegas Shows & Tickets | VEGAS.com",
        "vegas",
    ),
    day("8 21:00"),
    search(GOOGLE, "hospital bag checklist for dad", "baby"),
    page(
        "https://www.whattoexpect.com/pregnancy/hospital-bag-checklist-dad/",
        "Hospital Bag Checklist for Dads | What to Expect",
        "baby",
    ),
    day("9 07:45"),
    *mail(),
    *tribune(),
    day("9 14:30"),
    search(GOOGLE, "is it safe to fly with swollen laptop battery", "laptop"),
    page(
        "https://www.faa.gov/hazmat/packsafe/lithium-batteries",
        "PackSafe - Lithium Batteries | Federal Aviation Administration",
        "laptop",
    ),
    day("10 08:00"),
    *mail(),
    *espn(),
    day("10 12:10"),
    search(GOOGLE, "real estate attorney flat fee condo closing chicago", "condo"),
    page(
        "https://www.avvo.com/real-estate-attorney/il/chicago.html",
        "Top Chicago Real Estate Lawyers | Avvo",
        "condo",
    ),
    day("10 20:30"),
    search(GOOGLE, "fmla paperwork employer notice 30 days birth", "baby"),
    page(
        "https://www.dol.gov/agencies/whd/fact-sheets/28e-fmla-pregnancy",
        "Fact Sheet #28E: Pregnancy and Childbirth Under the FMLA | U.S. Department of Labor",
        "baby",
    ),
]
