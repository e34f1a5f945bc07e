"""A night-shift nurse's ten days in Atlanta: travel nursing looked into (agencies, a compact
license, housing), a bathtub's mouldy caulk redone, car insurance compared and switched, a
beach week in Destin with her mother booked, sleep after night shifts, and meal prep for
the shifts. Habits: mail, a news front page, a streaming service, a pin board, the weather.
Written in the tenth session, after its other changes, and scored before any change for
it: tasks that share words they do not share a task with ("night shift" for sleep and for
meal prep, "travel" for travel nursing and a beach week, "home" for a travel nurse's tax
home and a home and auto insurance bundle), side steps ("white noise machine", "destin rip current flags", "how long does
silicone caulk take to cure"), in-site searches (Lowe's, Tripadvisor, Pinterest, Indeed),
and a video inside a task. Used by make_week_history.py (``week9``); steps as in
week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, search

YT = "https://www.youtube.com"
LW = "https://www.lowes.com"
TA = "https://www.tripadvisor.com"
VR = "https://www.vrbo.com"
IN = "https://www.indeed.com"
AMZ = "https://www.amazon.com"
PT = "https://www.pinterest.com"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            "Inbox (7) - dana.k@example.com - Gmail",
            None,
        )
    ]


def news(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.cnn.com/", "CNN: Breaking News, Latest News and Videos", None)
    ]
    if article:
        steps.append(("click", f"https://www.cnn.com/{article[0]}", article[1], None))
    return steps


def stream() -> list[Step]:
    return [("goto", "https://www.hulu.com/hub/home", "Home - Hulu", None)]


def pins() -> list[Step]:
    return [("goto", f"{PT}/", "Pinterest", None)]


def weather() -> list[Step]:
    return [
        (
            "goto",
            "https://weather.com/weather/today/l/Atlanta+GA",
            "Atlanta, GA Weather Forecast and Conditions - The Weather Channel",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 15:10"),
    *mail(),
    *weather(),
    day("1 15:40"),
    search(GOOGLE, "how to sleep during the day after night shift", "sleep"),
    (
        "via",
        "https://www.sleepfoundation.org/shift-work-disorder/tips/sleep-after-night-shift",
        "How to Sleep After a Night Shift: 10 Tips | Sleep Foundation",
        "sleep",
    ),
    search(GOOGLE, "blackout curtains that actually block light", "sleep"),
    (
        "click",
        "https://www.nytimes.com/wirecutter/reviews/best-blackout-curtains/",
        "The Best Blackout Curtains of 2026 | Reviews by Wirecutter",
        "sleep",
    ),
    day("1 16:30"),
    search(GOOGLE, "travel nurse agencies best pay", "travel"),
    (
        "via",
        "https://www.nurse.org/articles/best-travel-nurse-agencies/",
        "Best Travel Nurse Agencies of 2026 | Nurse.org",
        "travel",
    ),
    (
        "tab",
        "https://www.reddit.com/r/TravelNursing/comments/q2w8e1/which_agency_do_you_recommend/",
        "Which agency do you recommend? : r/TravelNursing",
        "travel",
    ),
    ("close", "", "", "travel"),
    day("2 14:50"),
    *mail(),
    *news(("2026/04/21/us/georgia-storms", "Storms knock out power across Georgia | CNN")),
    day("2 15:20"),
    search(BING, "how to remove mold from shower caulk", "bathroom"),
    (
        "click",
        "https://www.bobvila.com/articles/how-to-remove-mold-from-caulk/",
        "How to Remove Mold from Caulk - Bob Vila",
        "bathroom",
    ),
    search(GOOGLE, "geico vs progressive car insurance", "insurance"),
    (
        "via",
        "https://www.nerdwallet.com/article/insurance/geico-vs-progressive",
        "Geico vs. Progressive Car Insurance: 2026 Comparison - NerdWallet",
        "insurance",
    ),
    day("2 22:40"),
    *stream(),
    day("3 14:30"),
    *weather(),
    search(GOOGLE, "destin florida condo rentals on the beach", "destin"),
    (
        "click",
        f"{VR}/search?destination=Destin%2C%20Florida",
        "Destin Vacation Rentals | Condo and House Rentals | Vrbo",
        "destin",
    ),
    (
        "tab",
        f"{VR}/4412871",
        "Gulf Front 2BR Condo, Pool, Steps to Sand - Destin | Vrbo",
        "destin",
    ),
    ("close", "", "", "destin"),
    search(GOOGLE, "compact nursing license georgia", "travel"),
    (
        "click",
        "https://www.ncsbn.org/compacts/nurse-licensure-compact.page",
        "Nurse Licensure Compact (NLC) | NCSBN",
        "travel",
    ),
    day("3 16:00"),
    search(GOOGLE, "high protein meal prep for night shift", "mealprep"),
    (
        "click",
        "https://www.eatingwell.com/gallery/night-shift-meal-prep-ideas/",
        "16 Meal-Prep Ideas for Night Shift Workers | EatingWell",
        "mealprep",
    ),
    *pins(),
    (
        "goto",
        f"{PT}/search/pins/?q=meal%20prep%20containers%20ideas",
        "Meal prep containers ideas - Pinterest",
        "mealprep",
    ),
    day("4 14:40"),
    *mail(),
    search(DDG, "progressive quote", "insurance"),
    (
        "click",
        "https://www.progressive.com/auto/quote/",
        "Get a Car Insurance Quote | Progressive",
        "insurance",
    ),
    (
        "click",
        "https://www.progressive.com/auto/quote/results/",
        "Your Quote Results | Progressive",
        "insurance",
    ),
    (
        "goto",
        f"{LW}/search?searchTerm=silicone%20caulk%20bathtub",
        "Silicone Caulk Bathtub at Lowes.com: Search Results",
        "bathroom",
    ),
    (
        "click",
        f"{LW}/pd/GE-Advanced-Silicone-2-10-1-oz-White-Silicone-Caulk/1000200405",
        "GE Advanced Silicone 2 10.1-oz White Silicone Caulk at Lowes.com",
        "bathroom",
    ),
    day("4 21:30"),
    *stream(),
    search(GOOGLE, "melatonin dose for shift workers", "sleep"),
    (
        "click",
        "https://www.healthline.com/health/melatonin-dosage-for-adults",
        "Melatonin Dosage: How Much Should You Take? | Healthline",
        "sleep",
    ),
    day("5 14:20"),
    *news(),
    search(GOOGLE, "how to recaulk a bathtub", "bathroom"),
    (
        "click",
        f"{YT}/watch?v=recaulk01",
        "How to Re-Caulk a Bathtub Like a Pro - YouTube",
        "bathroom",
    ),
    search(GOOGLE, "how long does silicone caulk take to cure before shower", "bathroom"),
    (
        "click",
        "https://www.familyhandyman.com/article/how-long-does-caulk-take-to-dry/",
        "How Long Does Caulk Take to Dry? | Family Handyman",
        "bathroom",
    ),
    (
        "goto",
        f"{IN}/jobs?q=travel+nurse+icu&l=Remote",
        "Travel Nurse ICU Jobs, Employment | Indeed",
        "travel",
    ),
    (
        "click",
        f"{IN}/viewjob?jk=8a7b6c5d4e3f",
        "Travel ICU RN - 13 Weeks - Aya Healthcare - Indeed",
        "travel",
    ),
    day("5 16:10"),
    search(GOOGLE, "things to do in destin with elderly parents", "destin"),
    (
        "goto",
        f"{TA}/Search?q=destin%20things%20to%20do",
        "Destin Things To Do - Search Results - Tripadvisor",
        "destin",
    ),
    (
        "click",
        f"{TA}/Attractions-g34171-Activities-Destin_Florida.html",
        "THE 15 BEST Things to Do in Destin (2026) - Tripadvisor",
        "destin",
    ),
    day("6 15:00"),
    *mail(),
    *weather(),
    search(GOOGLE, "sheet pan chicken thighs and vegetables", "mealprep"),
    (
        "via",
        "https://www.budgetbytes.com/sheet-pan-chicken-and-vegetables/",
        "Sheet Pan Chicken and Vegetables - Budget Bytes",
        "mealprep",
    ),
    search(BING, "white noise machine", "sleep"),
    (
        "goto",
        f"{AMZ}/s?k=white+noise+machine",
        "Amazon.com : white noise machine",
        "sleep",
    ),
    (
        "click",
        f"{AMZ}/Yogasleep-Dohm-Classic-Natural-Machine/dp/B00HD0ELFK",
        "Amazon.com: Yogasleep Dohm Classic White Noise Machine",
        "sleep",
    ),
    ("click", f"{AMZ}/gp/cart/view.html", "Amazon.com Shopping Cart", "sleep"),
    day("6 22:15"),
    *stream(),
    day("7 14:35"),
    *news(("2026/04/26/politics/budget-deal", "Budget deal reached in Senate | CNN")),
    search(GOOGLE, "bundle home and auto insurance savings", "insurance"),
    (
        "click",
        "https://www.valuepenguin.com/home-and-auto-insurance-bundle",
        "Bundling Home and Auto Insurance: Average Savings - ValuePenguin",
        "insurance",
    ),
    search(GOOGLE, "destin rip current flags meaning", "destin"),
    (
        "click",
        "https://www.destinfl.gov/553/Beach-Safety-Flags",
        "Beach Safety Flags | Destin, FL",
        "destin",
    ),
    (
        "goto",
        f"{VR}/4412871",
        "Gulf Front 2BR Condo, Pool, Steps to Sand - Destin | Vrbo",
        "destin",
    ),
    ("click", f"{VR}/checkout/4412871", "Checkout | Vrbo", "destin"),
    ("click", f"{VR}/trips/confirmation", "Your trip is booked! | Vrbo", "destin"),
    day("8 15:10"),
    *mail(),
    search(GOOGLE, "travel nurse housing furnished finder", "travel"),
    (
        "click",
        "https://www.furnishedfinder.com/housing/Denver/Colorado",
        "Furnished Finder - Travel Nurse Housing in Denver, CO",
        "travel",
    ),
    search(GOOGLE, "instant pot turkey chili freezer", "mealprep"),
    (
        "click",
        "https://www.wellplated.com/instant-pot-turkey-chili/",
        "Instant Pot Turkey Chili | Well Plated by Erin",
        "mealprep",
    ),
    *pins(),
    day("9 14:45"),
    *mail(),
    search(GOOGLE, "switch car insurance mid policy refund", "insurance"),
    (
        "click",
        "https://www.thezebra.com/auto-insurance/how-to/switch-car-insurance/",
        "How to Switch Car Insurance Companies in 2026 | The Zebra",
        "insurance",
    ),
    (
        "goto",
        "https://www.progressive.com/auto/quote/purchase/",
        "Purchase Your Policy | Progressive",
        "insurance",
    ),
    search(GOOGLE, "grout sealer after recaulking", "bathroom"),
    (
        "click",
        "https://www.thespruce.com/seal-grout-lines-1824795",
        "How to Seal Grout Lines in Tile - The Spruce",
        "bathroom",
    ),
    day("9 22:00"),
    *stream(),
    day("10 15:00"),
    *weather(),
    search(GOOGLE, "travel nurse tax home rules", "travel"),
    (
        "click",
        "https://www.travelnursing.org/travel-nurse-tax-home/",
        "Travel Nurse Tax Home: Rules and Requirements | TravelNursing.org",
        "travel",
    ),
    search(GOOGLE, "does caffeine before night shift affect sleep after", "sleep"),
    (
        "click",
        "https://www.sleepfoundation.org/nutrition/caffeine-and-sleep",
        "Caffeine and Sleep | Sleep Foundation",
        "sleep",
    ),
    search(DDG, "what to pack for destin beach week", "destin"),
    (
        "click",
        "https://www.destinflorida.com/beach-packing-list/",
        "The Ultimate Destin Beach Packing List | Visit Destin",
        "destin",
    ),
]
