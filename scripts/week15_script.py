"""A retired engineer's ten days in Phoenix: solar panels for the house (quotes, net
metering, a tax credit), a Lego set for a grandson's birthday, getting ready for a hip
replacement, an RV trip to the Grand Canyon, a great-grandfather traced in old records, and
a pool pump that has died. Habits: mail, the local paper, video, a forum. Written at the
end of the eleventh session, after its last change to the engine, and scored before any
change for it: the home city in many searches ("phoenix"), words shared across tasks
("solar" for the panels and a solar pool cover, "pump" for the pool and nothing else,
"rental" for the RV and a walker after surgery), searches on Google and DuckDuckGo,
in-site searches (Amazon, YouTube, a genealogy site), tabs from results.
Used by make_week_history.py (``week15``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, search

YT = "https://www.youtube.com"
AZ = "https://www.amazon.com"
FS = "https://www.familysearch.org"


def mail() -> list[Step]:
    return [("goto", "https://mail.aol.com/webmail-std/en-us/suite", "AOL Mail", None)]


def paper() -> list[Step]:
    return [("goto", "https://www.azcentral.com/", "azcentral.com | Phoenix news", None)]


def video() -> list[Step]:
    return [("goto", f"{YT}/", "YouTube", None)]


def forum() -> list[Step]:
    return [("goto", "https://www.reddit.com/", "Reddit - Dive into anything", None)]


STEPS: list[Step] = [
    day("1 06:00"),
    *mail(),
    *paper(),
    day("1 09:30"),
    search(GOOGLE, "solar panel quotes phoenix cost per watt", "solar"),
    (
        "via",
        "https://www.energysage.com/local-data/solar-panel-cost/az/maricopa-county/phoenix/",
        "Cost of Solar Panels in Phoenix, AZ | EnergySage",
        "solar",
    ),
    search(GOOGLE, "aps net metering solar buyback rate", "solar"),
    (
        "click",
        "https://www.aps.com/en/Residential/Save-Money-and-Energy/Solar/Solar-Rates",
        "Solar Rates and Plans | APS",
        "solar",
    ),
    search(GOOGLE, "pool pump hums but won't start", "pool"),
    (
        "click",
        "https://www.inyopools.com/blog/pool-pump-motor-hums-but-wont-start/",
        "Pool Pump Motor Hums But Won't Start | INYO Pools",
        "pool",
    ),
    day("1 19:00"),
    *video(),
    day("2 06:10"),
    *mail(),
    day("2 10:00"),
    search(GOOGLE, "how to prepare your home for hip replacement recovery", "hip"),
    (
        "via",
        "https://orthoinfo.aaos.org/en/recovery/preparing-your-home-for-joint-replacement/",
        "Preparing Your Home for Joint Replacement | OrthoInfo - AAOS",
        "hip",
    ),
    (
        "tab",
        "https://www.hss.edu/conditions_hip-replacement-recovery-timeline.asp",
        "Hip Replacement Recovery Timeline | HSS",
        "hip",
    ),
    ("close", "", "", "hip"),
    search(DDG, "lego set for 8 year old who loves space", "lego"),
    (
        "click",
        f"{AZ}/s?k=lego+space+shuttle+8+year+old",
        "Amazon.com : lego space shuttle 8 year old",
        "lego",
    ),
    (
        "click",
        f"{AZ}/LEGO-Creator-Space-Shuttle-31134/dp/B09QFN8X2H",
        "LEGO Creator 3 in 1 Space Shuttle 31134 - Amazon.com",
        "lego",
    ),
    day("2 15:30"),
    search(GOOGLE, "1900 census records free search", "ancestry"),
    (
        "click",
        f"{FS}/search/collection/1325221",
        "United States Census, 1900 • FamilySearch",
        "ancestry",
    ),
    (
        "click",
        f"{FS}/ark:/61903/1:1:M9X2-7QZ",
        "Johann Keller, Minnesota, United States Census, 1900 • FamilySearch",
        "ancestry",
    ),
    day("3 06:05"),
    *mail(),
    *paper(),
    day("3 09:45"),
    search(GOOGLE, "rv rental phoenix to grand canyon", "rv"),
    (
        "click",
        "https://www.cruiseamerica.com/rv-rental/arizona/phoenix",
        "RV Rental Phoenix, AZ | Cruise America",
        "rv",
    ),
    search(GOOGLE, "grand canyon rv campground mather trailer village", "rv"),
    (
        "via",
        "https://www.nps.gov/grca/planyourvisit/cg-sr.htm",
        "Campgrounds - South Rim - Grand Canyon National Park (U.S. National Park Service)",
        "rv",
    ),
    search(GOOGLE, "variable speed pool pump worth it arizona", "pool"),
    (
        "click",
        "https://www.troublefreepool.com/threads/variable-speed-pump-worth-it-in-az.265432/",
        "Variable speed pump worth it in AZ? | Trouble Free Pool",
        "pool",
    ),
    day("3 20:00"),
    *forum(),
    day("4 06:00"),
    *mail(),
    day("4 10:15"),
    search(GOOGLE, "federal solar tax credit 2026 retired no tax liability", "solar"),
    (
        "click",
        "https://www.irs.gov/credits-deductions/residential-clean-energy-credit",
        "Residential Clean Energy Credit | Internal Revenue Service",
        "solar",
    ),
    search(GOOGLE, "walker or cane after hip replacement", "hip"),
    (
        "click",
        "https://www.healthline.com/health/hip-replacement-walker-vs-cane",
        "Walker vs. Cane After Hip Replacement | Healthline",
        "hip",
    ),
    (
        "goto",
        f"{AZ}/s?k=raised+toilet+seat+with+handles",
        "Amazon.com : raised toilet seat with handles",
        "hip",
    ),
    day("4 16:00"),
    search(DDG, "johann keller immigration 1880s ship manifest", "ancestry"),
    (
        "click",
        "https://www.libertyellisfoundation.org/passenger",
        "Passenger Search | Statue of Liberty & Ellis Island",
        "ancestry",
    ),
    day("5 06:15"),
    *mail(),
    *paper(),
    day("5 09:20"),
    (
        "goto",
        f"{YT}/results?search_query=replace+pool+pump+motor+pentair",
        "replace pool pump motor pentair - YouTube",
        "pool",
    ),
    (
        "click",
        f"{YT}/watch?v=PoolPmp0001",
        "How to Replace a Pentair Pool Pump Motor - YouTube",
        "pool",
    ),
    search(GOOGLE, "lego space shuttle 31134 vs nasa artemis set", "lego"),
    (
        "click",
        "https://www.brickset.com/sets/31134-1/Space-Shuttle",
        "31134-1: Space Shuttle | Brickset",
        "lego",
    ),
    day("6 10:00"),
    search(GOOGLE, "solar installers phoenix reviews sunpower vs tesla", "solar"),
    (
        "click",
        "https://www.yelp.com/search?find_desc=Solar+Installation&find_loc=Phoenix%2C+AZ",
        "Top 10 Best Solar Installation near Phoenix, AZ - Yelp",
        "solar",
    ),
    search(GOOGLE, "grand canyon road trip itinerary 3 days from phoenix", "rv"),
    (
        "click",
        "https://www.roadtrippers.com/trip/phoenix-to-grand-canyon-3-days",
        "Phoenix to Grand Canyon: 3-Day Road Trip | Roadtrippers",
        "rv",
    ),
    day("6 18:30"),
    *video(),
    day("7 06:00"),
    *mail(),
    day("7 11:00"),
    search(GOOGLE, "exercises before hip replacement surgery prehab", "hip"),
    (
        "via",
        "https://www.arthritis.org/health-wellness/treatment/joint-surgery/prehab-exercises",
        "Prehab Exercises Before Hip or Knee Surgery | Arthritis Foundation",
        "hip",
    ),
    search(GOOGLE, "pool pump replacement cost phoenix installed", "pool"),
    (
        "click",
        "https://www.homeguide.com/costs/pool-pump-replacement-cost",
        "2026 Pool Pump Replacement Cost | HomeGuide",
        "pool",
    ),
    day("8 06:10"),
    *mail(),
    *paper(),
    day("8 14:00"),
    search(DDG, "keller family minnesota 1910 census stearns county", "ancestry"),
    (
        "click",
        f"{FS}/search/collection/1727033",
        "United States Census, 1910 • FamilySearch",
        "ancestry",
    ),
    search(GOOGLE, "rv driving tips first time interstate 17 grades", "rv"),
    (
        "click",
        "https://www.rvlife.com/first-time-rv-driving-tips/",
        "First-Time RV Driving Tips | RV LIFE",
        "rv",
    ),
    day("9 09:30"),
    search(GOOGLE, "lego gift wrap ideas birthday grandson", "lego"),
    (
        "click",
        "https://www.pinterest.com/search/pins/?q=lego%20gift%20wrap",
        "Lego gift wrap - Pinterest",
        "lego",
    ),
    search(GOOGLE, "solar panels and roof age 15 years replace first", "solar"),
    (
        "click",
        "https://www.solarreviews.com/blog/should-i-replace-my-roof-before-going-solar",
        "Should I Replace My Roof Before Going Solar? | SolarReviews",
        "solar",
    ),
    day("10 07:00"),
    *mail(),
    search(GOOGLE, "what to pack for hospital hip replacement", "hip"),
    (
        "click",
        "https://www.verywellhealth.com/what-to-pack-for-joint-replacement-surgery",
        "What to Pack for Joint Replacement Surgery | Verywell Health",
        "hip",
    ),
]
