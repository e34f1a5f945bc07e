"""An accountant's ten days in Dallas, on his own laptop at home and at work, written in
the twenty-eighth session and scored before any change for it: spreadsheet questions at
work (XLOOKUP, a pivot table, Power Query), his continuing education credits due, a
family trip to Disney World, a dishwasher replaced, his son's baseball bat, and a sore
lower back. Outlook on the web, LinkedIn, the Dallas Morning News and Amazon's front page
are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week90``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, page, search, tab

AMZ = "https://www.amazon.com"
MAPS = "https://www.google.com/maps/search/"


def outlook() -> list[Step]:
    return [("goto", "https://outlook.office.com/mail/", "Mail - Raj Patel - Outlook", None)]


def linkedin() -> list[Step]:
    return [("goto", "https://www.linkedin.com/feed/", "Feed | LinkedIn", None)]


def paper() -> list[Step]:
    return [
        (
            "goto",
            "https://www.dallasnews.com/",
            "Dallas News | Breaking News for Dallas-Fort Worth",
            None,
        )
    ]


def amazon() -> list[Step]:
    return [
        (
            "goto",
            f"{AMZ}/",
            "Amazon.com. Spend less. Smile more.",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 08:30"),
    *outlook(),
    *linkedin(),
    day("1 10:15"),
    search(GOOGLE, "xlookup return multiple columns", "excel"),
    page(
        "https://exceljet.net/formulas/xlookup-return-multiple-columns",
        "XLOOKUP return multiple columns - Excel formula | Exceljet",
        "excel",
    ),
    search(GOOGLE, "xlookup #n/a when value exists trailing spaces", "excel"),
    page(
        "https://answers.microsoft.com/en-us/msoffice/forum/all/xlookup-returning-na/4c5d",
        "XLOOKUP returning #N/A even though the value exists - Microsoft Community",
        "excel",
    ),
    day("1 19:30"),
    search(GOOGLE, "disney world 4 day ticket price june 2027", "disney"),
    page(
        "https://disneyworld.disney.go.com/admission/tickets/",
        "Theme Park Tickets | Walt Disney World Resort",
        "disney",
    ),
    *tab(
        "https://www.undercovertourist.com/orlando/walt-disney-world-tickets/",
        "Discount Walt Disney World Tickets | Undercover Tourist",
        "disney",
    ),
    day("1 21:00"),
    *paper(),
    day("2 08:35"),
    *outlook(),
    day("2 11:00"),
    search(BING, "texas cpa cpe requirements ethics course deadline", "cpe"),
    page(
        "https://www.tsbpa.texas.gov/licensing/cpe-requirements.html",
        "CPE Requirements | Texas State Board of Public Accountancy",
        "cpe",
    ),
    day("2 19:45"),
    *amazon(),
    search(GOOGLE, "dishwasher not draining standing water bosch", "dishwasher"),
    page(
        "https://www.bosch-home.com/us/service/troubleshooting/dishwasher-not-draining",
        "Dishwasher Not Draining? | Bosch Home Appliances US",
        "dishwasher",
    ),
    *tab(
        "https://www.youtube.com/watch?v=Gd7pQ2xN4sK",
        "Bosch Dishwasher Won't Drain - Easy Fix - YouTube",
        "dishwasher",
    ),
    day("3 08:30"),
    *outlook(),
    *linkedin(),
    day("3 14:10"),
    search(GOOGLE, "pivot table show values as percent of parent row total", "excel"),
    page(
        "https://support.microsoft.com/en-us/office/show-different-calculations-in-pivottable-value-fields",
        "Show different calculations in PivotTable value fields - Microsoft Support",
        "excel",
    ),
    day("3 20:00"),
    search(GOOGLE, "usssa vs usa baseball bat 10 year old", "bat"),
    page(
        "https://www.justbats.com/blog/post/usssa-vs-usa-baseball-bats/",
        "USSSA vs USA Baseball Bats: What's the Difference? | JustBats",
        "bat",
    ),
    page(
        "https://www.justbats.com/products/2026-easton-hype-fire-10-usssa-baseball-bat/",
        "2026 Easton Hype Fire -10 USSSA Baseball Bat | JustBats.com",
        "bat",
    ),
    day("4 08:40"),
    *outlook(),
    *paper(),
    day("4 12:30"),
    search(GOOGLE, "lower back pain after sitting all day stretches", "back"),
    page(
        "https://www.mayoclinic.org/healthy-lifestyle/adult-health/in-depth/back-pain/art-20044526",
        "Back pain at work: Preventing pain and injury - Mayo Clinic",
        "back",
    ),
    day("4 20:30"),
    search(GOOGLE, "disney all star movies vs pop century with kids", "disney"),
    page(
        "https://www.reddit.com/r/WaltDisneyWorld/comments/w4k8p2/all_star_movies_vs_pop_century/",
        "All Star Movies vs Pop Century? : r/WaltDisneyWorld",
        "disney",
    ),
    search(GOOGLE, "dfw to mco flights june", "disney"),
    page(
        "https://www.google.com/travel/flights?q=Flights%20to%20MCO%20from%20DFW",
        "Cheap Flights from Dallas to Orlando | Google Flights",
        "disney",
    ),
    day("5 08:30"),
    *outlook(),
    *linkedin(),
    day("5 10:45"),
    search(BING, "power query merge queries fuzzy matching", "excel"),
    page(
        "https://learn.microsoft.com/en-us/power-query/merge-queries-fuzzy-match",
        "Fuzzy merge - Power Query | Microsoft Learn",
        "excel",
    ),
    day("5 19:00"),
    *amazon(),
    search(GOOGLE, "best dishwasher under 800 quiet consumer reports", "dishwasher"),
    page(
        "https://www.consumerreports.org/appliances/dishwashers/best-dishwashers-under-800/",
        "Best Dishwashers Under $800 - Consumer Reports",
        "dishwasher",
    ),
    page(
        "https://www.homedepot.com/p/Bosch-300-Series-24-in-Stainless-Steel-Dishwasher-SHE53C85N/318412089",
        "Bosch 300 Series 24 in. Stainless Steel Dishwasher - The Home Depot",
        "dishwasher",
    ),
    day("6 10:00"),
    *paper(),
    search(GOOGLE, "physical therapist near me back pain", "back"),
    page(
        f"{MAPS}physical+therapist+near+me",
        "physical therapist near me - Google Maps",
        "back",
    ),
    day("6 16:00"),
    search(GOOGLE, "easton hype fire vs rawlings icon usssa", "bat"),
    page(
        "https://www.reddit.com/r/Homeplate/comments/x9m3r1/hype_fire_or_icon_for_a_10u_kid/",
        "Hype Fire or Icon for a 10U kid? : r/Homeplate",
        "bat",
    ),
    day("7 08:30"),
    *outlook(),
    day("7 13:00"),
    search(BING, "cpe ethics course texas online 4 hours", "cpe"),
    page(
        "https://www.tx.cpa/cpe/ethics",
        "Texas Board-Approved Ethics Courses | TXCPA",
        "cpe",
    ),
    day("7 20:15"),
    search(GOOGLE, "disney genie plus worth it 2027", "disney"),
    page(
        "https://touringplans.com/blog/is-lightning-lane-multi-pass-worth-it/",
        "Is Lightning Lane Multi Pass Worth It? - TouringPlans.com Blog",
        "disney",
    ),
    day("8 08:30"),
    *outlook(),
    *linkedin(),
    day("8 15:30"),
    search(GOOGLE, "dynamic array formula spill error in table", "excel"),
    page(
        "https://support.microsoft.com/en-us/office/spill-errors-in-excel",
        "#SPILL! errors in Excel - Microsoft Support",
        "excel",
    ),
    day("8 19:10"),
    search(GOOGLE, "dishwasher installation cost home depot haul away", "dishwasher"),
    page(
        "https://www.homedepot.com/services/c/dishwasher-installation/",
        "Dishwasher Installation Services - The Home Depot",
        "dishwasher",
    ),
    day("9 09:00"),
    *paper(),
    *amazon(),
    search(GOOGLE, "bat grip tape replacement lizard skins", "bat"),
    page(
        f"{AMZ}/Lizard-Skins-DSP-Ultra-Bat-Grip/dp/B07PZ8LX2M",
        "Amazon.com : Lizard Skins DSP Ultra Bat Grip : Sports & Outdoors",
        "bat",
    ),
    day("9 18:30"),
    search(GOOGLE, "mckenzie exercises lower back does it work", "back"),
    page(
        "https://www.healthline.com/health/mckenzie-exercises",
        "McKenzie Exercises for Low Back Pain - Healthline",
        "back",
    ),
    day("10 08:30"),
    *outlook(),
    day("10 11:15"),
    search(BING, "cpe reporting texas online renewal deadline", "cpe"),
    page(
        "https://www.tsbpa.texas.gov/online-services/",
        "Online Services | Texas State Board of Public Accountancy",
        "cpe",
    ),
    day("10 20:00"),
    search(GOOGLE, "magic kingdom rope drop strategy 2027", "disney"),
    page(
        "https://www.easywdw.com/magic-kingdom-rope-drop",
        "Magic Kingdom Rope Drop Strategy - easyWDW",
        "disney",
    ),
]
