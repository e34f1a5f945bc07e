"""A bicycle mechanic's ten days in Portland, Oregon, written in the fifty-sixth session and
scored before any change for it: a second shop (a commercial lease on Alberta Street, a
small business loan), his daughter's braces (an orthodontist, what insurance pays), a
trip to Banff with his partner (flights to Calgary, a lodge, Moraine Lake's shuttle), the
dishwasher that stopped draining, and a used cargo van for the shop's deliveries. Between
them he reads Gmail, OregonLive, YouTube and Portland's subreddit, and one story from
OregonLive's front page. Searches go to Google and Bing; two go to a site's own search
(Yelp's, Craigslist's).
Used by make_week_history.py (``week201``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import (
    BING,
    GOOGLE,
    Step,
    day,
    gmail_message,
    mail,
    page,
    search,
    tab,
    video_home,
)

ADDRESS = "dev.okafor.bikes@gmail.com"
IK = "7b2d91e0c4"


def oregonlive(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        (
            "goto",
            "https://www.oregonlive.com/",
            "Portland, Oregon local news, sports, weather | oregonlive.com",
            None,
        )
    ]
    if story:
        steps.append(("click", f"https://www.oregonlive.com/{story[0]}", story[1], None))
    return steps


def board() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/Portland/", "Portland, Oregon : r/Portland", None)]


def message(thread: str, subject: str, task: str | None) -> list[Step]:
    return gmail_message(ADDRESS, IK, thread, subject, task)


STEPS: list[Step] = [
    day("1 07:10"),
    *oregonlive(),
    *mail(),
    day("1 12:30"),
    search(GOOGLE, "commercial lease retail space alberta street portland", "shop"),
    page(
        "https://www.loopnet.com/search/retail-space/portland-or/for-lease/",
        "Retail Space For Lease in Portland, OR - LoopNet",
        "shop",
    ),
    *tab(
        "https://www.crexi.com/lease/properties?placeIds=Portland-OR&types=Retail",
        "Retail Properties for Lease in Portland, OR | Crexi",
        "shop",
    ),
    day("1 20:15"),
    *board(),
    search(BING, "orthodontist portland braces for 12 year old cost", "braces"),
    page(
        "https://www.aao.org/public/orthodontic-treatment/orthodontic-treatment-costs",
        "How Much Do Braces Cost? | American Association of Orthodontists",
        "braces",
    ),
    day("2 07:05"),
    *mail(),
    day("2 13:00"),
    search(GOOGLE, "dishwasher not draining standing water bosch", "dishwasher"),
    page(
        "https://www.bosch-home.com/us/owner-support/troubleshooting/dishwasher-not-draining",
        "Dishwasher Not Draining | Bosch",
        "dishwasher",
    ),
    *tab(
        "https://www.reddit.com/r/appliancerepair/comments/17bq2xk/bosch_dishwasher_not_draining_e24/",
        "Bosch dishwasher not draining, E24 : r/appliancerepair",
        "dishwasher",
    ),
    day("2 21:00"),
    search(GOOGLE, "flights portland to calgary june", "banff"),
    page(
        "https://www.google.com/travel/flights/flights-from-portland-to-calgary.html",
        "Cheap Flights from Portland to Calgary from $212 - Google Flights",
        "banff",
    ),
    day("3 07:15"),
    *oregonlive(
        (
            "commuting/2026/11/tilikum-crossing-closure-weekend.html",
            "Tilikum Crossing to close for weekend repairs - oregonlive.com",
        )
    ),
    day("3 12:45"),
    search(BING, "sba 7a loan second location retail how long approval", "shop"),
    page(
        "https://www.sba.gov/funding-programs/loans/7a-loans",
        "7(a) loans | U.S. Small Business Administration",
        "shop",
    ),
    day("3 19:40"),
    *video_home(),
    search(GOOGLE, "how to clean bosch dishwasher filter and drain pump", "dishwasher"),
    page(
        "https://www.youtube.com/watch?v=Hq3xT7bLm2c",
        "How to Clean a Bosch Dishwasher Drain Pump - YouTube",
        "dishwasher",
    ),
    day("4 07:00"),
    *mail(),
    *message(
        "1794012345678901234",
        "Invitation: free consultation at Pearl District Orthodontics - Thursday 4pm",
        "braces",
    ),
    day("4 12:20"),
    search(GOOGLE, "used cargo van for sale portland ford transit connect", "van"),
    page(
        "https://portland.craigslist.org/search/cta?query=transit+connect",
        'portland cars & trucks - by owner "transit connect" - craigslist',
        "van",
    ),
    page(
        "https://www.edmunds.com/ford/transit-connect/2019/review/",
        "2019 Ford Transit Connect Review & Ratings | Edmunds",
        "van",
    ),
    day("4 20:30"),
    search(BING, "banff lodge near lake louise july availability", "banff"),
    page(
        "https://www.banfflakelouise.com/accommodation",
        "Accommodation in Banff & Lake Louise | Banff & Lake Louise Tourism",
        "banff",
    ),
    *tab(
        "https://www.booking.com/region/ca/banff-national-park.html",
        "Hotels in Banff National Park - Booking.com",
        "banff",
    ),
    day("5 07:10"),
    *oregonlive(),
    *board(),
    day("5 13:10"),
    search(GOOGLE, "does dental insurance cover braces delta dental oregon", "braces"),
    page(
        "https://www.deltadentalor.com/members/benefits/orthodontics",
        "Orthodontic Benefits | Delta Dental of Oregon",
        "braces",
    ),
    day("5 20:00"),
    search(GOOGLE, "appliance repair portland bosch same week", "dishwasher"),
    page(
        "https://www.yelp.com/search?find_desc=Appliance+Repair&find_loc=Portland%2C+OR",
        "Top 10 Best Appliance Repair in Portland, OR - Yelp",
        "dishwasher",
    ),
    day("6 07:05"),
    *mail(),
    day("6 12:40"),
    search(GOOGLE, "triple net lease vs gross lease small retail tenant", "shop"),
    page(
        "https://www.investopedia.com/terms/n/netnetnet.asp",
        "Triple Net Lease (NNN): What It Is, How It Works - Investopedia",
        "shop",
    ),
    day("6 21:10"),
    search(GOOGLE, "moraine lake shuttle parks canada reservation", "banff"),
    page(
        "https://parks.canada.ca/pn-np/ab/banff/visit/parkbus/louise",
        "Lake Louise and Moraine Lake shuttles - Banff National Park - Parks Canada",
        "banff",
    ),
    day("7 07:20"),
    *oregonlive(),
    day("7 12:15"),
    search(BING, "transit connect vs ram promaster city reliability", "van"),
    page(
        "https://www.caranddriver.com/features/a27108764/ford-transit-connect-vs-ram-promaster-city/",
        "Ford Transit Connect vs. Ram ProMaster City: Compact Vans Compared - Car and Driver",
        "van",
    ),
    day("7 19:50"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=Tw9kP3cRz1e",
        "Timbers vs Sounders full match highlights - YouTube",
        None,
    ),
    day("8 07:00"),
    *mail(),
    *message(
        "1794056789012345678",
        "Re: Alberta St storefront - showing Friday and the NNN estimate",
        "shop",
    ),
    day("8 12:30"),
    search(GOOGLE, "phase 1 vs phase 2 orthodontic treatment worth it", "braces"),
    page(
        "https://www.healthline.com/health/dental-and-oral-health/phase-1-orthodontic-treatment",
        "Phase 1 Orthodontic Treatment: What It Is and Who Needs It - Healthline",
        "braces",
    ),
    day("8 20:20"),
    search(GOOGLE, "calgary airport to banff shuttle or rent a car", "banff"),
    page(
        "https://www.banffairporter.com/",
        "Banff Airporter - Calgary Airport to Banff Shuttle",
        "banff",
    ),
    day("9 07:10"),
    *oregonlive(),
    *board(),
    day("9 12:50"),
    search(GOOGLE, "pre purchase inspection used van portland mechanic", "van"),
    page(
        "https://www.yourmechanic.com/services/pre-purchase-car-inspection",
        "Pre-Purchase Car Inspection Service | YourMechanic",
        "van",
    ),
    day("9 20:10"),
    search(BING, "bosch dishwasher drain pump replacement part number", "dishwasher"),
    page(
        "https://www.repairclinic.com/PartDetail/Drain-Pump/00620774/2347586",
        "Bosch Dishwasher Drain Pump 00620774 - RepairClinic.com",
        "dishwasher",
    ),
    day("10 07:05"),
    *mail(),
    day("10 12:35"),
    search(GOOGLE, "business license second location city of portland", "shop"),
    page(
        "https://www.portland.gov/revenue/business-tax",
        "Business Tax | Portland.gov",
        "shop",
    ),
    day("10 19:30"),
    search(GOOGLE, "cargo van shelving for bike deliveries", "van"),
    page(
        "https://www.rangerdesign.com/van-shelving/ford-transit-connect",
        "Ford Transit Connect Van Shelving | Ranger Design",
        "van",
    ),
]
