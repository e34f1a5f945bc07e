"""A landscaping business owner's ten days in Kansas City, written in the fifty-fourth
session and scored before any change for it: a new zero-turn mower for the crews, payroll
for a seasonal hire, his son's baseball tournament in Omaha (a hotel, the schedule), his
mother's Medicare plan, and smoking a brisket for the first time. Between them he reads
Yahoo Mail, the Kansas City Star, YouTube and Facebook, and one article from the Star's
front page. Searches go to Google and Bing.
Used by make_week_history.py (``week195``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, page, search, tab, video_home

YMAIL = "https://mail.yahoo.com/d/folders/1"


def mail() -> list[Step]:
    return [("goto", YMAIL, "(12 unread) - rickhollis_kc@yahoo.com - Yahoo Mail", None)]


def message(item: str, subject: str, task: str | None) -> list[Step]:
    url = f"https://mail.yahoo.com/d/folders/1/messages/{item}"
    return [
        ("tab", url, f"{subject} - rickhollis_kc@yahoo.com - Yahoo Mail", task),
        ("close", "", "", task),
    ]


def star(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        (
            "goto",
            "https://www.kansascity.com/",
            "Kansas City News, Sports & Weather | The Kansas City Star",
            None,
        )
    ]
    if article:
        steps.append(("click", f"https://www.kansascity.com/{article[0]}", article[1], None))
    return steps


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 05:45"),
    *star(),
    *mail(),
    day("1 12:10"),
    search(GOOGLE, "best commercial zero turn mower 60 inch deck 2027", "mower"),
    page(
        "https://www.lawnsite.com/threads/best-commercial-zero-turn-2027.512345/",
        "Best commercial zero turn 2027? | LawnSite - Lawn Care & Landscaping Forum",
        "mower",
    ),
    *tab(
        "https://www.exmark.com/mowers/zero-turn/lazer-z",
        "Lazer Z Commercial Zero-Turn Mowers | Exmark",
        "mower",
    ),
    day("1 20:30"),
    *facebook(),
    search(BING, "omaha hotels near charles schwab field june baseball tournament", "baseball"),
    page(
        "https://www.booking.com/landmark/us/charles-schwab-field-omaha.html",
        "Hotels near Charles Schwab Field Omaha - Booking.com",
        "baseball",
    ),
    day("2 06:00"),
    *mail(),
    *message(
        "AGx0RzWk8pQHZ2mT",
        "New hire paperwork - Jose Ramirez starts Monday",
        "payroll",
    ),
    search(GOOGLE, "how to add seasonal employee quickbooks online payroll", "payroll"),
    page(
        "https://quickbooks.intuit.com/learn-support/en-us/help-article/employee-management/add-new-employee-quickbooks-online-payroll/L3kPq9t2Z_US_en_US",
        "Add a new employee in QuickBooks Online Payroll",
        "payroll",
    ),
    day("2 13:30"),
    search(GOOGLE, "medicare advantage vs medigap for 72 year old missouri", "medicare"),
    page(
        "https://www.medicare.gov/health-drug-plans/medigap/basics/compare-medigap-medicare-advantage",
        "Compare Medigap & Medicare Advantage | Medicare",
        "medicare",
    ),
    day("2 19:45"),
    *video_home(),
    search(BING, "first time smoking brisket pellet grill how long", "brisket"),
    page(
        "https://www.traegergrills.com/recipes/beginners-brisket",
        "Beginner's Smoked Brisket Recipe | Traeger Grills",
        "brisket",
    ),
    day("3 05:50"),
    *star(
        (
            "news/local/article28765432.html",
            "Water rates going up again in Kansas City this summer | The Kansas City Star",
        )
    ),
    day("3 12:40"),
    search(GOOGLE, "exmark lazer z vs scag turf tiger", "mower"),
    page(
        "https://www.youtube.com/watch?v=Zt7mKq2WnB4",
        "Exmark Lazer Z vs Scag Turf Tiger II - Head to Head - YouTube",
        "mower",
    ),
    day("3 18:20"),
    search(GOOGLE, "missouri new hire reporting form employer", "payroll"),
    page(
        "https://dss.mo.gov/child-support/employers/new-hire-reporting.htm",
        "Missouri New Hire Reporting | Missouri Department of Social Services",
        "payroll",
    ),
    day("4 06:10"),
    *mail(),
    day("4 12:00"),
    search(BING, "zero turn mower financing 0% john deere commercial", "mower"),
    page(
        "https://www.deere.com/en/finance/financing/special-offers/",
        "Special Offers and Financing | John Deere US",
        "mower",
    ),
    day("4 20:10"),
    *facebook(),
    search(GOOGLE, "usssa 12u world series omaha schedule bracket", "baseball"),
    page(
        "https://www.usssa.com/baseball/event/12u-world-series-omaha",
        "12U World Series - Omaha, NE | USSSA Baseball",
        "baseball",
    ),
    day("5 05:40"),
    *star(),
    day("5 13:20"),
    search(GOOGLE, "part d drug plan finder mom's prescriptions eliquis cost", "medicare"),
    page(
        "https://www.medicare.gov/plan-compare/",
        "Medicare Plan Finder | Medicare",
        "medicare",
    ),
    *tab(
        "https://www.kff.org/medicare/issue-brief/eliquis-out-of-pocket-costs-part-d/",
        "Out-of-pocket costs for Eliquis under Part D | KFF",
        "medicare",
    ),
    day("5 19:00"),
    search(BING, "brisket wrap butcher paper when to wrap stall", "brisket"),
    page(
        "https://amazingribs.com/tested-recipes/beef-brisket-and-corned-beef-recipes/texas-crutch/",
        "The Texas Crutch: wrapping brisket | AmazingRibs.com",
        "brisket",
    ),
    day("6 07:30"),
    *mail(),
    *message(
        "AHk9ZpTr2mWQ0vXc",
        "Omaha hotel block - team rate expires Friday",
        "baseball",
    ),
    search(GOOGLE, "hampton inn omaha downtown old market pool", "baseball"),
    page(
        "https://www.hilton.com/en/hotels/omadthx-hampton-suites-omaha-downtown/",
        "Hampton Inn & Suites Omaha-Downtown | Hilton",
        "baseball",
    ),
    day("6 14:00"),
    search(GOOGLE, "quickbooks payroll overtime for hourly crew member", "payroll"),
    page(
        "https://quickbooks.intuit.com/learn-support/en-us/help-article/payroll-taxes/set-overtime-pay-rate/L9Xn2mPq4_US_en_US",
        "Set up overtime pay in QuickBooks Online Payroll",
        "payroll",
    ),
    day("7 05:50"),
    *star(),
    *video_home(),
    day("7 12:30"),
    search(BING, "medicare annual enrollment period change plan when", "medicare"),
    page(
        "https://www.aarp.org/health/medicare-insurance/info-2027/open-enrollment.html",
        "Medicare Open Enrollment: what you can change | AARP",
        "medicare",
    ),
    day("7 18:40"),
    search(GOOGLE, "mower dealer lees summit exmark in stock", "mower"),
    page(
        "https://www.bakerspowerequipment.com/exmark",
        "Exmark Mowers | Baker's Power Equipment, Lee's Summit MO",
        "mower",
    ),
    day("8 06:00"),
    *mail(),
    day("8 16:30"),
    search(GOOGLE, "brisket internal temp probe tender 203", "brisket"),
    page(
        "https://www.seriouseats.com/texas-style-smoked-brisket-recipe",
        "Texas-Style Smoked Beef Brisket Recipe | Serious Eats",
        "brisket",
    ),
    *tab(
        "https://www.reddit.com/r/smoking/comments/1b4vq9e/first_brisket_probe_tender/",
        "First brisket, probe tender at 198? : r/smoking",
        "brisket",
    ),
    day("8 20:50"),
    *facebook(),
    search(BING, "things to do omaha with kids between games zoo", "baseball"),
    page(
        "https://www.omahazoo.com/visit",
        "Plan Your Visit | Omaha's Henry Doorly Zoo and Aquarium",
        "baseball",
    ),
    day("9 06:10"),
    *star(),
    search(GOOGLE, "federal unemployment futa seasonal worker small business", "payroll"),
    page(
        "https://www.irs.gov/businesses/small-businesses-self-employed/federal-unemployment-futa-tax",
        "Federal Unemployment (FUTA) Tax | Internal Revenue Service",
        "payroll",
    ),
    day("9 13:10"),
    search(GOOGLE, "shiphealth medicare counseling kansas city free appointment", "medicare"),
    page(
        "https://www.missouriclaim.org/",
        "CLAIM - Missouri's State Health Insurance Assistance Program",
        "medicare",
    ),
    day("10 06:00"),
    *mail(),
    day("10 12:20"),
    search(BING, "trade in old zero turn value 2019 scag 5000 hours", "mower"),
    page(
        "https://www.lawnsite.com/threads/trade-in-value-high-hour-scag.498765/",
        "Trade in value on high hour Scag? | LawnSite",
        "mower",
    ),
    day("10 18:30"),
    *video_home(),
    search(GOOGLE, "how to slice brisket against the grain point and flat", "brisket"),
    page(
        "https://www.youtube.com/watch?v=Pq4nR8sLx2M",
        "How to Slice a Brisket: Point and Flat - YouTube",
        "brisket",
    ),
]
