"""A retired teacher's ten days: raised garden beds for spring, a first knitted sweater, a
kitchen countertop replaced, a Medicare supplement plan chosen, a visit to grandchildren in
Denver (flights and a car booked) and a dog to adopt from a shelter. Habits: mail, the
weather, a newspaper's front page, a social feed, an online card game. Written at the end of
the ninth session, after every change of it, and scored before any change for it: a person
whose tasks share words they do not share a task with ("bed" for the garden and for the dog,
"plan" for the garden and for Medicare, "pattern" for the sweater and for a countertop's
veining), with a video tutorial and a shop's cart inside tasks. Used by make_week_history.py
(``week7``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, search

YT = "https://www.youtube.com"
RAV = "https://www.ravelry.com"
HD = "https://www.homedepot.com"
MED = "https://www.medicare.gov"
UA = "https://www.united.com"
PF = "https://www.petfinder.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.yahoo.com/d/folders/1", "Inbox (5) - Yahoo Mail", None)]


def weather() -> list[Step]:
    return [
        (
            "goto",
            "https://www.accuweather.com/",
            "Local, National, & Global Daily Weather Forecast | AccuWeather",
            None,
        )
    ]


def paper() -> list[Step]:
    return [
        (
            "goto",
            "https://www.washingtonpost.com/",
            "The Washington Post - Breaking news and latest headlines",
            None,
        )
    ]


def feed() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


def cards() -> list[Step]:
    return [("goto", "https://www.solitr.com/", "Solitaire - Play Online", None)]


STEPS: list[Step] = [
    day("1 08:30"),
    *mail(),
    *weather(),
    day("1 10:00"),
    search(GOOGLE, "raised garden bed plans cedar", "garden"),
    (
        "via",
        "https://www.bhg.com/gardening/yard/garden-care/how-to-build-a-raised-garden-bed/",
        "How to Build a Raised Garden Bed | Better Homes & Gardens",
        "garden",
    ),
    search(GOOGLE, "best soil mix for raised beds vegetables", "garden"),
    (
        "click",
        "https://www.gardeners.com/how-to/raised-bed-soil/8448.html",
        "Best Soil for Raised Beds | Gardener's Supply",
        "garden",
    ),
    search(GOOGLE, "medicare supplement plan g vs plan n", "medicare"),
    (
        "tab",
        "https://www.medicareresources.org/medicare-benefits/plan-g-vs-plan-n/",
        "Medigap Plan G vs. Plan N: Which is right for you? - MedicareResources.org",
        "medicare",
    ),
    ("close", "", "", "medicare"),
    day("1 15:30"),
    *cards(),
    search(GOOGLE, "easy sweater knitting pattern for beginners", "knit"),
    (
        "click",
        f"{RAV}/patterns/library/flax",
        "Ravelry: Flax pattern by Tin Can Knits",
        "knit",
    ),
    day("2 08:15"),
    *mail(),
    *paper(),
    day("2 11:00"),
    search(GOOGLE, "quartz vs granite countertops cost", "kitchen"),
    (
        "via",
        "https://www.forbes.com/home-improvement/kitchen/quartz-vs-granite-countertops/",
        "Quartz Vs. Granite Countertops (2026 Guide) – Forbes Home",
        "kitchen",
    ),
    search(GOOGLE, "flights to denver from boston in may", "denver"),
    (
        "click",
        "https://www.google.com/travel/flights?q=flights+boston+denver+may",
        "Google Flights - Find Cheap Flight Options & Track Prices",
        "denver",
    ),
    day("2 19:45"),
    *feed(),
    (
        "goto",
        f"{YT}/results?search_query=knitting+a+sweater+for+beginners",
        "knitting a sweater for beginners - YouTube",
        "knit",
    ),
    (
        "click",
        f"{YT}/watch?v=knitflax01",
        "Flax Sweater Knit Along Part 1: Cast On and Ribbing - YouTube",
        "knit",
    ),
    day("3 08:10"),
    *mail(),
    *weather(),
    day("3 09:40"),
    search(BING, "dog breeds good for seniors low energy", "dog"),
    (
        "click",
        "https://www.akc.org/expert-advice/lifestyle/best-dogs-for-seniors/",
        "Best Dogs for Seniors: 10 Breeds to Consider – American Kennel Club",
        "dog",
    ),
    (
        "goto",
        f"{PF}/search/dogs-for-adoption/us/ma/boston/",
        "Dogs for Adoption Near Boston, MA | Petfinder",
        "dog",
    ),
    (
        "tab",
        f"{PF}/dog/biscuit-71234567/ma/boston/mspca-angell-ma12/",
        "Biscuit – Beagle Mix – Boston, MA | Petfinder",
        "dog",
    ),
    ("close", "", "", "dog"),
    search(GOOGLE, "when to plant tomatoes zone 6", "garden"),
    (
        "click",
        "https://www.almanac.com/plant/tomatoes",
        "Tomatoes: Planting, Growing, and Harvesting Tomato Plants | The Old Farmer's Almanac",
        "garden",
    ),
    day("3 14:20"),
    search(GOOGLE, "countertop installers near me reviews", "kitchen"),
    (
        "click",
        "https://www.angi.com/companylist/us/ma/boston/countertop-installation.htm",
        "Top 10 Countertop Installers in Boston, MA | Angi",
        "kitchen",
    ),
    search(GOOGLE, "does medicare cover hearing aids", "medicare"),
    (
        "click",
        f"{MED}/coverage/hearing-aids",
        "Hearing aids coverage | Medicare",
        "medicare",
    ),
    day("4 08:00"),
    *mail(),
    *paper(),
    (
        "click",
        "https://www.washingtonpost.com/politics/2026/04/23/senate-vote-budget/",
        "Senate moves ahead on budget vote - The Washington Post",
        None,
    ),
    day("4 10:30"),
    search(GOOGLE, "worsted weight yarn for sweater how many skeins", "knit"),
    (
        "click",
        "https://www.lovecrafts.com/en-us/l/knitting/knitting-yarn/worsted-yarn",
        "Worsted Yarn | LoveCrafts",
        "knit",
    ),
    (
        "click",
        "https://www.lovecrafts.com/en-us/p/paintbox-yarns-simply-aran",
        "Paintbox Yarns Simply Aran | LoveCrafts",
        "knit",
    ),
    ("click", "https://www.lovecrafts.com/en-us/basket", "Your Basket | LoveCrafts", "knit"),
    search(GOOGLE, "united flights boston to denver may 14", "denver"),
    (
        "via",
        f"{UA}/en/us/fsr/choose-flights?f=BOS&t=DEN&d=2026-05-14",
        "Choose flights | United Airlines",
        "denver",
    ),
    day("4 16:00"),
    *cards(),
    search(GOOGLE, "how to keep rabbits out of raised garden beds", "garden"),
    (
        "click",
        "https://www.almanac.com/pest/rabbits",
        "Rabbits: How to Get Rid of Rabbits in the Garden | The Old Farmer's Almanac",
        "garden",
    ),
    day("5 08:20"),
    *mail(),
    *weather(),
    *feed(),
    day("5 11:10"),
    search(GOOGLE, "medigap plan g premiums massachusetts", "medicare"),
    (
        "click",
        f"{MED}/medigap-supplemental-insurance-plans/results?zip=02139",
        "Find a Medigap policy | Medicare",
        "medicare",
    ),
    search(DDG, "quartz countertop edge profiles", "kitchen"),
    (
        "click",
        "https://www.caesarstoneus.com/countertop-edge-profiles/",
        "Countertop Edge Profiles | Caesarstone",
        "kitchen",
    ),
    search(GOOGLE, "calacatta quartz pattern vs carrara look", "kitchen"),
    (
        "click",
        "https://www.msisurfaces.com/quartz-countertops/calacatta-quartz/",
        "Calacatta Quartz Countertops | MSI",
        "kitchen",
    ),
    day("6 09:00"),
    *mail(),
    *paper(),
    day("6 10:15"),
    (
        "goto",
        f"{PF}/dog/biscuit-71234567/ma/boston/mspca-angell-ma12/",
        "Biscuit – Beagle Mix – Boston, MA | Petfinder",
        "dog",
    ),
    search(GOOGLE, "mspca angell adoption application", "dog"),
    (
        "click",
        "https://www.mspca.org/adoption-centers/adopt/",
        "Adopt a Pet | MSPCA-Angell",
        "dog",
    ),
    search(GOOGLE, "best dog bed for older dogs orthopedic", "dog"),
    (
        "click",
        "https://www.chewy.com/b/orthopedic-beds-1559",
        "Orthopedic Dog Beds | Chewy",
        "dog",
    ),
    day("6 15:00"),
    (
        "goto",
        f"{YT}/watch?v=knitflax02",
        "Flax Sweater Knit Along Part 2: Raglan Increases - YouTube",
        "knit",
    ),
    search(GOOGLE, "how to read a knitting chart", "knit"),
    (
        "click",
        "https://www.purlsoho.com/create/how-to-read-a-knitting-chart/",
        "How to Read a Knitting Chart | Purl Soho",
        "knit",
    ),
    day("7 08:10"),
    *mail(),
    *weather(),
    day("7 10:00"),
    (
        "goto",
        f"{UA}/en/us/fsr/choose-flights?f=BOS&t=DEN&d=2026-05-14",
        "Choose flights | United Airlines",
        "denver",
    ),
    (
        "click",
        f"{UA}/en/us/traveler/choose-travelers",
        "Traveler information | United Airlines",
        "denver",
    ),
    ("click", f"{UA}/en/us/checkout/confirmation", "Trip confirmation | United Airlines", "denver"),
    search(GOOGLE, "denver airport car rental enterprise", "denver"),
    (
        "click",
        "https://www.enterprise.com/en/car-rental/locations/us/co/denver-airport-den.html",
        "Car Rental at Denver International Airport (DEN) | Enterprise",
        "denver",
    ),
    search(GOOGLE, "kid friendly things to do in denver", "denver"),
    (
        "click",
        "https://www.denver.org/things-to-do/family-fun/",
        "Family Fun in Denver | VISIT DENVER",
        "denver",
    ),
    day("7 14:30"),
    search(GOOGLE, "companion planting chart vegetables", "garden"),
    (
        "click",
        "https://www.almanac.com/companion-planting-guide-vegetables",
        "Companion Planting Chart for Vegetables | The Old Farmer's Almanac",
        "garden",
    ),
    search(GOOGLE, "medicare part d plan finder 2026", "medicare"),
    (
        "click",
        f"{MED}/plan-compare/",
        "Explore your Medicare coverage options | Medicare",
        "medicare",
    ),
    day("8 08:15"),
    *mail(),
    *paper(),
    *feed(),
    day("8 11:20"),
    search(GOOGLE, "home depot cedar raised bed kit 4x8", "garden"),
    (
        "click",
        f"{HD}/p/Greenes-Fence-4-ft-x-8-ft-Cedar-Raised-Garden-Bed/204757345",
        "Greenes Fence 4 ft. x 8 ft. Cedar Raised Garden Bed - The Home Depot",
        "garden",
    ),
    ("click", f"{HD}/mycart/home", "Shopping Cart - The Home Depot", "garden"),
    ("click", f"{HD}/order-confirmation", "Thank You for Your Order - The Home Depot", "garden"),
    search(BING, "kitchen countertop template day what to expect", "kitchen"),
    (
        "click",
        "https://www.hgtv.com/design/remodel/kitchen-remodel/countertop-installation-what-to-expect",
        "Countertop Installation: What to Expect | HGTV",
        "kitchen",
    ),
    day("9 08:00"),
    *mail(),
    *weather(),
    day("9 13:00"),
    search(GOOGLE, "how to measure for a sweater size chest ease", "knit"),
    (
        "click",
        "https://www.tincanknits.com/pattern-pages/pp-flax.html",
        "Flax - Tin Can Knits",
        "knit",
    ),
    search(GOOGLE, "first week with a rescue dog tips", "dog"),
    (
        "click",
        "https://www.aspca.org/pet-care/general-pet-care/bringing-home-your-new-pet",
        "Bringing Home Your New Pet | ASPCA",
        "dog",
    ),
    day("10 08:30"),
    *mail(),
    *paper(),
    day("10 10:45"),
    search(GOOGLE, "medigap open enrollment period turning 65", "medicare"),
    (
        "click",
        f"{MED}/health-drug-plans/medigap/basics/when-can-i-buy-medigap",
        "When can I buy Medigap? | Medicare",
        "medicare",
    ),
    search(GOOGLE, "denver weather in may what to pack", "denver"),
    (
        "click",
        "https://www.denver.org/about-denver/weather/",
        "Denver Weather & Climate | VISIT DENVER",
        "denver",
    ),
    *cards(),
]
