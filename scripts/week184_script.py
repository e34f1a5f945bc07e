"""A retired man's ten days in Phoenix, written in the fifty-second session and scored
before any change for it: choosing a Medicare drug plan, his grandson's graduation in
Denver (flights, a hotel, the ceremony, a present), a roof that leaked in a monsoon storm
(a roofer, an insurance claim), his golf cart sold, a new iPhone set up, and a colonoscopy's
preparation. Between them he reads AZCentral, Yahoo Mail, YouTube and Facebook, and one
article from AZCentral. Searches go to Bing and Google.
Used by make_week_history.py (``week184``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, page, search, tab, video_home

YAHOO = "https://mail.yahoo.com/d/folders/1"


def mail() -> list[Step]:
    return [("goto", YAHOO, "(4 unread) - ron.mcallister48@yahoo.com - Yahoo Mail", None)]


def yahoo_message(item: str, subject: str, task: str | None) -> list[Step]:
    """A message opened from Yahoo Mail's inbox in a tab of its own, read, and closed."""
    url = f"{YAHOO}/messages/{item}"
    title = f"{subject} - ron.mcallister48@yahoo.com - Yahoo Mail"
    return [("tab", url, title, task), ("close", "", "", task)]


def azcentral(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.azcentral.com/", "azcentral | Phoenix and Arizona news", None)
    ]
    if article:
        steps.append(
            ("click", f"https://www.azcentral.com/story/news/{article[0]}", article[1], None)
        )
    return steps


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 06:30"),
    *azcentral(),
    *mail(),
    day("1 09:15"),
    search(BING, "medicare part d plans arizona 2027 compare", "medicare"),
    page(
        "https://www.medicare.gov/plan-compare/",
        "Medicare Plan Finder | Medicare.gov",
        "medicare",
    ),
    page(
        "https://www.kff.org/medicare/issue-brief/medicare-part-d-in-2027/",
        "Medicare Part D in 2027: A First Look at Plans | KFF",
        "medicare",
    ),
    day("1 14:00"),
    search(GOOGLE, "roof leak after monsoon storm flat roof phoenix", "roof"),
    page(
        "https://www.angi.com/articles/flat-roof-leak-repair.htm",
        "How to Repair a Leaking Flat Roof | Angi",
        "roof",
    ),
    page(
        "https://www.bbb.org/us/az/phoenix/category/roofing-contractors",
        "Roofing Contractors near Phoenix, AZ | Better Business Bureau",
        "roof",
    ),
    day("1 19:30"),
    *facebook(),
    search(BING, "flights phoenix to denver may 15 southwest", "grad"),
    page(
        "https://www.southwest.com/air/booking/select.html?originationAirportCode=PHX&destinationAirportCode=DEN",
        "Select Flights | Southwest Airlines",
        "grad",
    ),
    day("2 07:00"),
    *azcentral(
        (
            "local/phoenix/2026/12/03/monsoon-season-damage-claims/71234567007/",
            "Monsoon storms leave hundreds of damage claims across Valley",
        )
    ),
    day("2 10:20"),
    search(GOOGLE, "used club car precedent golf cart value 2015", "cart"),
    page(
        "https://www.golfcartresource.com/golf-cart-values/club-car-precedent",
        "Club Car Precedent Value Guide | Golf Cart Resource",
        "cart",
    ),
    day("2 15:30"),
    search(GOOGLE, "transfer photos old iphone to new iphone 16 without icloud", "iphone"),
    page(
        "https://support.apple.com/en-us/102659",
        "Use Quick Start to transfer data to a new iPhone or iPad - Apple Support",
        "iphone",
    ),
    day("3 08:00"),
    *mail(),
    *yahoo_message(
        "AHq3Xk0Ty9mWZQd7LrPnB2sVfEc",
        "Your colonoscopy on December 12 - preparation instructions - Desert Gastro",
        "colon",
    ),
    search(BING, "suprep bowel prep instructions day before", "colon"),
    page(
        "https://www.suprepkit.com/how-to-take-suprep",
        "How to Take SUPREP Bowel Prep Kit",
        "colon",
    ),
    *tab(
        "https://www.mayoclinic.org/tests-procedures/colonoscopy/about/pac-20393569",
        "Colonoscopy - Mayo Clinic",
        "colon",
    ),
    day("3 13:10"),
    search(GOOGLE, "does homeowners insurance cover roof leak from storm arizona", "roof"),
    page(
        "https://www.policygenius.com/homeowners-insurance/does-homeowners-insurance-cover-roof-leaks/",
        "Does homeowners insurance cover roof leaks? | Policygenius",
        "roof",
    ),
    day("3 20:00"),
    *video_home(),
    search(BING, "university of denver commencement 2027 schedule", "grad"),
    page(
        "https://www.du.edu/commencement",
        "Commencement | University of Denver",
        "grad",
    ),
    day("4 09:30"),
    search(BING, "part d plan with lowest cost for eliquis and jardiance", "medicare"),
    page(
        "https://www.goodrx.com/eliquis/medicare-coverage",
        "Eliquis Medicare Coverage and Co-Pay Details - GoodRx",
        "medicare",
    ),
    day("4 16:45"),
    *facebook(),
    search(GOOGLE, "sell golf cart facebook marketplace or craigslist phoenix", "cart"),
    page(
        "https://phoenix.craigslist.org/search/sss?query=golf+cart",
        'phoenix for sale "golf cart" - craigslist',
        "cart",
    ),
    day("5 08:10"),
    *azcentral(),
    search(GOOGLE, "iphone 16 make text bigger and louder ringtone", "iphone"),
    page(
        "https://support.apple.com/guide/iphone/adjust-the-screen-brightness-and-color-iph3e2e1fb0/ios",
        "Adjust display and text size on iPhone - Apple Support",
        "iphone",
    ),
    day("5 14:00"),
    search(BING, "hotels near university of denver campus", "grad"),
    page(
        "https://www.marriott.com/en-us/hotels/dendu-courtyard-denver-cherry-creek/overview/",
        "Courtyard Denver Cherry Creek | Marriott",
        "grad",
    ),
    page(
        "https://www.tripadvisor.com/HotelsNear-g33388-d1234567-University_of_Denver-Denver_Colorado.html",
        "Hotels near University of Denver - Tripadvisor",
        "grad",
    ),
    day("5 19:20"),
    search(GOOGLE, "clear liquid diet before colonoscopy what can i eat jello", "colon"),
    page(
        "https://www.healthline.com/health/clear-liquid-diet-before-colonoscopy",
        "Clear Liquid Diet Before Colonoscopy: What to Eat | Healthline",
        "colon",
    ),
    day("6 09:00"),
    *mail(),
    *yahoo_message(
        "ANm8Yc4Ri1uKJTw6GpXzD0aHbLo",
        "Estimate #4471 - roof repair and recoat - Valley Pro Roofing",
        "roof",
    ),
    search(GOOGLE, "valley pro roofing reviews phoenix", "roof"),
    page(
        "https://www.yelp.com/biz/valley-pro-roofing-phoenix",
        "Valley Pro Roofing - Phoenix, AZ - Yelp",
        "roof",
    ),
    day("6 15:10"),
    search(BING, "medicare part d late enrollment penalty open enrollment ends dec 7", "medicare"),
    page(
        "https://www.medicare.gov/drug-coverage-part-d/costs-for-medicare-drug-coverage/part-d-late-enrollment-penalty",
        "Part D late enrollment penalty | Medicare",
        "medicare",
    ),
    day("7 10:00"),
    *video_home(),
    search(GOOGLE, "graduation gift ideas for grandson engineering degree", "grad"),
    page(
        "https://www.uncommongoods.com/gifts/graduation-gifts/graduation-gifts-for-him",
        "Graduation Gifts for Him | UncommonGoods",
        "grad",
    ),
    day("7 17:30"),
    search(GOOGLE, "golf cart batteries replaced 2023 does it add value", "cart"),
    page(
        "https://www.golfcartresource.com/forums/threads/battery-age-resale.88123/",
        "Battery age and resale value | Golf Cart Resource Forums",
        "cart",
    ),
    day("8 08:30"),
    *azcentral(),
    search(GOOGLE, "set up apple wallet medicare card iphone", "iphone"),
    page(
        "https://support.apple.com/en-us/108398",
        "Set up Apple Pay and Wallet - Apple Support",
        "iphone",
    ),
    day("8 16:00"),
    search(GOOGLE, "roof claim adjuster what to expect arizona monsoon", "roof"),
    page(
        "https://www.nerdwallet.com/article/insurance/home-insurance-claim-adjuster",
        "What to Expect From a Home Insurance Adjuster - NerdWallet",
        "roof",
    ),
    day("9 09:45"),
    *facebook(),
    search(BING, "rental car denver airport to university of denver", "grad"),
    page(
        "https://www.kayak.com/Cheap-Denver-Car-Rentals.13000.cars.ksp",
        "Denver Car Rentals from $28/day - KAYAK",
        "grad",
    ),
    day("9 18:30"),
    search(GOOGLE, "how long does colonoscopy take with sedation need driver", "colon"),
    page(
        "https://my.clevelandclinic.org/health/diagnostics/4949-colonoscopy",
        "Colonoscopy: Purpose, Prep & Procedure | Cleveland Clinic",
        "colon",
    ),
    day("10 07:20"),
    *mail(),
    search(BING, "enroll in part d plan online medicare.gov confirmation number", "medicare"),
    page(
        "https://www.medicare.gov/plan-compare/#/enrollment",
        "Enroll in a plan | Medicare Plan Finder",
        "medicare",
    ),
    day("10 19:00"),
    *video_home(),
]
