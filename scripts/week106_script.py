"""A farmer's ten days near Ames, Iowa, on the farm office's computer, written in the
thirtieth session after step 59, and scored before any change for it: his planter to get
ready for spring, crop insurance to choose before the deadline, a used grain cart, his
daughter's 4-H lamb for the county fair, a knee replacement to schedule, and an
anniversary trip to Nashville. Gmail, the weather radar and a markets page are opened
most days. Searches go to Google and Bing.
Used by make_week_history.py (``week106``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search

ADDRESS = "gary.lindqvist.farm@gmail.com"
INBOX = "6a2d9f4c71"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (4) - {ADDRESS} - Gmail", None)]


def radar() -> list[Step]:
    return [
        (
            "goto",
            "https://radar.weather.gov/?settings=v1_ames",
            "NWS Radar",
            None,
        )
    ]


def markets() -> list[Step]:
    return [
        (
            "goto",
            "https://www.dtnpf.com/agriculture/web/ag/markets",
            "Markets | DTN Progressive Farmer",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 05:30"),
    *radar(),
    *markets(),
    *mail(),
    day("1 12:30"),
    search(GOOGLE, "john deere 1770nt planter spring maintenance checklist", "planter"),
    page(
        "https://www.deere.com/en/parts-and-service/maintenance/planter-maintenance/",
        "Planter Maintenance Checklist | John Deere US",
        "planter",
    ),
    search(GOOGLE, "vacuum meter seed disc wear how to check", "planter"),
    page(
        "https://www.precisionplanting.com/blog/seed-disc-wear",
        "Checking Seed Disc Wear | Precision Planting",
        "planter",
    ),
    day("1 20:00"),
    search(BING, "revenue protection vs yield protection iowa corn 2027", "insurance"),
    page(
        "https://www.extension.iastate.edu/agdm/crops/html/a1-54.html",
        "Crop Insurance Choices | Ag Decision Maker - Iowa State University",
        "insurance",
    ),
    day("2 05:30"),
    *radar(),
    *markets(),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859560078901234101",
        "Story County Fair: 4-H sheep weigh-in and tagging dates",
        "lamb",
    ),
    day("2 19:30"),
    search(GOOGLE, "market lamb feeding schedule weight gain per day show", "lamb"),
    page(
        "https://www.extension.iastate.edu/4h/market-lamb-feeding",
        "Feeding Your Market Lamb | Iowa 4-H",
        "lamb",
    ),
    day("3 05:30"),
    *radar(),
    *mail(),
    day("3 13:00"),
    search(GOOGLE, "used grain cart 750 bushel for sale iowa", "cart"),
    page(
        "https://www.tractorhouse.com/listings/farm-equipment/for-sale/list/category/1145/grain-carts/state/iowa",
        "Grain Carts For Sale in Iowa - TractorHouse.com",
        "cart",
    ),
    search(GOOGLE, "kinze 850 vs brent 782 grain cart", "cart"),
    page(
        "https://talk.newagtalk.com/forums/thread-view.asp?tid=712345",
        "Kinze 850 or Brent 782? - NewAgTalk",
        "cart",
    ),
    day("3 20:00"),
    search(BING, "total knee replacement recovery time farmer back to work", "knee"),
    page(
        "https://www.mayoclinic.org/tests-procedures/knee-replacement/about/pac-20385276",
        "Knee replacement - Mayo Clinic",
        "knee",
    ),
    day("4 05:30"),
    *radar(),
    *markets(),
    *mail(),
    day("4 12:00"),
    search(GOOGLE, "planter row unit downforce springs vs airbag", "planter"),
    page(
        "https://www.agweb.com/news/machinery/planters/downforce-options",
        "Planter Downforce Options Compared | AgWeb",
        "planter",
    ),
    day("4 19:00"),
    search(GOOGLE, "nashville anniversary weekend grand ole opry tickets", "nashville"),
    page(
        "https://www.opry.com/calendar",
        "Opry Calendar | Grand Ole Opry",
        "nashville",
    ),
    search(GOOGLE, "hotels downtown nashville walking distance broadway quiet", "nashville"),
    page(
        "https://www.tripadvisor.com/Hotels-g55229-zfn7236765-Nashville_Davidson_County_Tennessee-Hotels.html",
        "Downtown Nashville Hotels - Tripadvisor",
        "nashville",
    ),
    day("5 05:30"),
    *radar(),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859560078901234202",
        "Your crop insurance sales closing date is March 15 - Farm Bureau Financial",
        "insurance",
    ),
    day("5 14:00"),
    search(BING, "enterprise units vs optional units crop insurance premium", "insurance"),
    page(
        "https://farmdoc.illinois.edu/crop-insurance/unit-structure",
        "Unit Structure in Crop Insurance | farmdoc",
        "insurance",
    ),
    day("5 20:00"),
    search(GOOGLE, "lamb hoof trimming before show how often", "lamb"),
    page(
        "https://www.sheepandgoat.com/hooftrimming",
        "Hoof trimming | Maryland Small Ruminant Page",
        "lamb",
    ),
    day("6 05:30"),
    *radar(),
    *markets(),
    *mail(),
    day("6 10:00"),
    search(GOOGLE, "orthopedic surgeon knee replacement des moines reviews", "knee"),
    page(
        "https://www.healthgrades.com/orthopedic-surgery-directory/ia-iowa/des-moines",
        "Best Orthopedic Surgeons in Des Moines, IA | Healthgrades",
        "knee",
    ),
    day("6 19:30"),
    search(GOOGLE, "grain cart tire pressure and scale calibration used", "cart"),
    page(
        "https://www.agriculture.com/machinery/grain-carts/how-to-buy-a-used-grain-cart",
        "How to Buy a Used Grain Cart | Successful Farming",
        "cart",
    ),
    day("7 05:30"),
    *radar(),
    *mail(),
    day("7 13:00"),
    search(GOOGLE, "closing chain vs spiked closing wheels no till soybeans", "planter"),
    page(
        "https://www.no-tillfarmer.com/articles/closing-wheels",
        "Choosing Closing Wheels for No-Till | No-Till Farmer",
        "planter",
    ),
    day("7 20:00"),
    search(BING, "best restaurants nashville anniversary dinner not honky tonk", "nashville"),
    page(
        "https://www.nashvillescene.com/food_drink/best-romantic-restaurants",
        "The Most Romantic Restaurants in Nashville | Nashville Scene",
        "nashville",
    ),
    day("8 05:30"),
    *radar(),
    *markets(),
    *mail(),
    day("8 12:00"),
    search(GOOGLE, "knee replacement before planting season or after harvest timing", "knee"),
    page(
        "https://www.reddit.com/r/farming/comments/15x8qv2/knee_replacement_timing_around_planting/",
        "Knee replacement timing around planting? : r/farming",
        "knee",
    ),
    day("8 19:00"),
    search(GOOGLE, "how to set a lamb up for showmanship bracing", "lamb"),
    page(
        "https://www.youtube.com/watch?v=Qb8nLk2Wd4M",
        "Sheep Showmanship: Setting Up and Bracing Your Lamb - YouTube",
        "lamb",
    ),
    day("9 05:30"),
    *radar(),
    *mail(),
    day("9 14:00"),
    search(BING, "crop insurance harvest price option worth it 2027", "insurance"),
    page(
        "https://www.agweb.com/news/crops/corn/harvest-price-option",
        "Is the Harvest Price Option Worth It? | AgWeb",
        "insurance",
    ),
    day("10 05:30"),
    *radar(),
    *markets(),
    *mail(),
    day("10 18:00"),
    search(GOOGLE, "drive ames to nashville stop overnight st louis", "nashville"),
    page(
        "https://www.roadtrippers.com/trip/ames-ia-to-nashville-tn",
        "Ames, IA to Nashville, TN road trip | Roadtrippers",
        "nashville",
    ),
]
