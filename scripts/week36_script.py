"""A farmer's ten days near Ames, Iowa, written at the end of the nineteenth session, after
all of its changes, and scored before any change for it: a tractor's hydraulic leak, his
daughter's college financial aid, his wife's knee replacement, a family reunion at a lake
cabin, an old pickup sold, and next season's soybean seed. Words cross tasks: "recovery"
of a knee and of an aid account, "transfer" of a truck's title and of college credits,
"aid" of a college and of a first-aid kit, "seal" of a hydraulic cylinder and of a deck,
"cabin" of a lake and of a tractor. Grain prices are read each morning on one page; mail
brings the aid application's confirmation and the cabin's booking. Searches go to Google
and Bing. Habits: mail, the local paper, the weather, grain prices, video, a social feed.
Used by make_week_history.py (``week36``); steps as in week_script.py.
"""

from __future__ import annotations

from functools import partial

from week_script import BING, GMAIL, GOOGLE, Step, day, gmail_message, page, search, video_home

CABIN = "https://www.vrbo.com/2841736"
PRICES = "https://www.dtnpf.com/agriculture/web/ag/markets/grains"


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (3) - dale.h@example.com - Gmail", None)]


message = partial(gmail_message, "dale.h@example.com", "2f6c1")


def paper() -> list[Step]:
    return [("goto", "https://www.desmoinesregister.com/", "The Des Moines Register", None)]


def weather() -> list[Step]:
    return [
        (
            "goto",
            "https://weather.com/weather/today/l/Ames+IA",
            "Ames, IA Weather Forecast | weather.com",
            None,
        )
    ]


def prices() -> list[Step]:
    return [("goto", PRICES, "Grain Markets | DTN Progressive Farmer", None)]


def feed() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 05:40"),
    *weather(),
    *prices(),
    *mail(),
    day("1 12:10"),
    search(GOOGLE, "john deere 5075e hydraulic leak at loader valve", "tractor"),
    page(
        "https://www.tractorbynet.com/forums/threads/5075e-loader-valve-leaking.456789/",
        "5075E loader valve leaking | TractorByNet",
        "tractor",
    ),
    ("back", "", "", "tractor"),
    page(
        "https://www.deere.com/en/parts-and-service/manuals-and-training/",
        "Manuals and Training | John Deere US",
        "tractor",
        "tab",
    ),
    ("close", "", "", "tractor"),
    search(GOOGLE, "replace hydraulic cylinder seal kit loader", "tractor"),
    page(
        "https://www.messicks.com/jd/al160872",
        "John Deere Loader Cylinder Seal Kit AL160872 | Messick's",
        "tractor",
    ),
    day("1 19:30"),
    search(BING, "fafsa 2027-28 when does it open parent contributor", "college"),
    page(
        "https://studentaid.gov/apply-for-aid/fafsa/filling-out/parents",
        "Parent Contributor on the FAFSA | Federal Student Aid",
        "college",
    ),
    ("back", "", "", "college"),
    page(
        "https://www.nerdwallet.com/article/loans/student-loans/fafsa-guide",
        "FAFSA Guide 2027-28: How to Fill Out the FAFSA | NerdWallet",
        "college",
        "tab",
    ),
    ("close", "", "", "college"),
    *feed(),
    day("2 05:45"),
    *weather(),
    *prices(),
    *paper(),
    day("2 13:00"),
    search(GOOGLE, "what to expect before total knee replacement surgery", "knee"),
    page(
        "https://www.mayoclinic.org/tests-procedures/knee-replacement/about/pac-20385276",
        "Knee replacement - Mayo Clinic",
        "knee",
    ),
    search(GOOGLE, "prepare home for knee replacement recovery checklist", "knee"),
    page(
        "https://orthoinfo.aaos.org/en/recovery/preparing-your-home-for-knee-replacement/",
        "Preparing Your Home for Knee Replacement | OrthoInfo - AAOS",
        "knee",
    ),
    day("2 20:00"),
    search(GOOGLE, "lake cabin rental okoboji sleeps 20 july", "reunion"),
    page(
        "https://www.vrbo.com/search?destination=Okoboji%2C%20Iowa&adults=20",
        "Okoboji vacation rentals for 20 | Vrbo",
        "reunion",
    ),
    page(CABIN, "Lakefront Lodge on West Okoboji, sleeps 22 | Vrbo", "reunion", "tab"),
    ("close", "", "", "reunion"),
    day("3 05:40"),
    *weather(),
    *prices(),
    *mail(),
    day("3 11:45"),
    search(BING, "2009 chevy silverado 1500 value kbb 180000 miles", "pickup"),
    page(
        "https://www.kbb.com/chevrolet/silverado-1500/2009/",
        "2009 Chevrolet Silverado 1500 Values | Kelley Blue Book",
        "pickup",
    ),
    search(BING, "iowa title transfer selling vehicle private party", "pickup"),
    page(
        "https://iowadot.gov/mvd/vehicleregistration/transferring-ownership",
        "Transferring vehicle ownership | Iowa DOT",
        "pickup",
    ),
    day("3 16:20"),
    search(GOOGLE, "deere 5075e cab hydraulic fluid type capacity", "tractor"),
    page(
        "https://www.deere.com/en/parts-and-service/parts/fluids/hy-gard/",
        "Hy-Gard Transmission and Hydraulic Oil | John Deere US",
        "tractor",
    ),
    day("3 20:30"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=hawkeyes26",
        "Iowa Hawkeyes football highlights - YouTube",
        None,
    ),
    day("4 05:50"),
    *weather(),
    *prices(),
    *paper(),
    day("4 12:30"),
    search(GOOGLE, "best soybean seed variety northern iowa 2027 yield trials", "seed"),
    page(
        "https://www.isuextension.org/soybean-variety-trials/2026",
        "Iowa Soybean Variety Trials 2026 | ISU Extension",
        "seed",
    ),
    ("back", "", "", "seed"),
    page(
        "https://www.agweb.com/news/crops/soybeans/picking-soybean-varieties-for-2027",
        "Picking soybean varieties for 2027 | AgWeb",
        "seed",
        "tab",
    ),
    ("close", "", "", "seed"),
    day("4 19:40"),
    search(BING, "fafsa submission summary what is sai", "college"),
    page(
        "https://studentaid.gov/help-center/answers/article/what-is-sai",
        "What is the Student Aid Index (SAI)? | Federal Student Aid",
        "college",
    ),
    search(BING, "iowa state transfer ap credits engineering", "college"),
    page(
        "https://www.admissions.iastate.edu/apply/credit/ap",
        "AP credit | Iowa State University Admissions",
        "college",
    ),
    day("5 05:45"),
    *weather(),
    *prices(),
    *mail(),
    *message("1805556667778889991", "Your FAFSA form has been submitted", "college"),
    day("5 13:15"),
    page(CABIN, "Lakefront Lodge on West Okoboji, sleeps 22 | Vrbo", "reunion", "goto"),
    page("https://www.vrbo.com/2841736/book", "Request to book | Vrbo", "reunion"),
    search(GOOGLE, "family reunion games for all ages outdoor", "reunion"),
    page(
        "https://www.parents.com/fun/activities/outdoor/family-reunion-games/",
        "30 Family Reunion Games for All Ages | Parents",
        "reunion",
    ),
    day("5 18:00"),
    search(GOOGLE, "knee replacement recovery week by week", "knee"),
    page(
        "https://www.healthline.com/health/total-knee-replacement-surgery/recovery-timeline",
        "Knee Replacement Recovery Timeline | Healthline",
        "knee",
    ),
    search(GOOGLE, "raised toilet seat and shower chair for knee surgery", "knee"),
    page(
        "https://www.walmart.com/browse/health/bath-safety/976760_1005860",
        "Bath Safety | Walmart.com",
        "knee",
    ),
    day("6 06:10"),
    *weather(),
    *prices(),
    *feed(),
    day("6 10:30"),
    search(BING, "facebook marketplace selling truck safety tips cash", "pickup"),
    page(
        "https://www.consumerreports.org/cars/selling-a-car/how-to-sell-your-car-safely/",
        "How to Sell Your Car Safely | Consumer Reports",
        "pickup",
    ),
    page(
        "https://www.facebook.com/marketplace/create/vehicle",
        "Create vehicle listing | Facebook Marketplace",
        "pickup",
        "goto",
    ),
    day("6 14:00"),
    search(GOOGLE, "loader cylinder rebuild step by step", "tractor"),
    page(
        "https://www.youtube.com/watch?v=cylrebuild1",
        "How to Rebuild a Loader Hydraulic Cylinder - YouTube",
        "tractor",
    ),
    search(GOOGLE, "hydraulic hose crimp shop near ames", "tractor"),
    page(
        "https://www.yelp.com/search?find_desc=hydraulic+hose&find_loc=Ames%2C+IA",
        "Top 10 Best Hydraulic Hose near Ames, IA | Yelp",
        "tractor",
    ),
    day("7 05:45"),
    *weather(),
    *prices(),
    *mail(),
    *message(
        "1805556667778889992",
        "Booking confirmed: Lakefront Lodge on West Okoboji, Jul 10-13",
        "reunion",
    ),
    day("7 12:20"),
    search(GOOGLE, "first aid kit checklist for large family gathering lake", "reunion"),
    page(
        "https://www.redcross.org/get-help/how-to-prepare-for-emergencies/anatomy-of-a-first-aid-kit.html",
        "Make a First Aid Kit | American Red Cross",
        "reunion",
    ),
    search(GOOGLE, "custom family reunion t shirts bulk", "reunion"),
    page(
        "https://www.customink.com/products/categories/family-reunion-t-shirts",
        "Family Reunion T-Shirts | Custom Ink",
        "reunion",
    ),
    day("7 19:30"),
    search(BING, "pioneer vs asgrow soybean seed price per bag 2027", "seed"),
    page(
        "https://www.farmprogress.com/soybeans/soybean-seed-prices-2027",
        "Soybean seed prices for 2027 | Farm Progress",
        "seed",
    ),
    day("8 05:50"),
    *weather(),
    *prices(),
    *paper(),
    day("8 13:00"),
    search(GOOGLE, "cpm exercise machine after knee replacement rental", "knee"),
    page(
        "https://www.hopkinsmedicine.org/health/treatment-tests-and-therapies/continuous-passive-motion",
        "Continuous Passive Motion (CPM) | Johns Hopkins Medicine",
        "knee",
    ),
    day("8 18:30"),
    search(GOOGLE, "fafsa account recovery fsa id locked", "college"),
    page(
        "https://studentaid.gov/fsa-id/sign-in/landing",
        "Account recovery | FSA ID | Federal Student Aid",
        "college",
    ),
    day("9 05:40"),
    *weather(),
    *prices(),
    *mail(),
    day("9 11:10"),
    search(GOOGLE, "seal cylinder rod scoring can you polish it", "tractor"),
    page(
        "https://www.tractorbynet.com/forums/threads/scored-cylinder-rod.398765/",
        "Scored cylinder rod - polish or replace? | TractorByNet",
        "tractor",
    ),
    day("9 16:40"),
    search(BING, "bill of sale iowa vehicle form 411007", "pickup"),
    page(
        "https://iowadot.gov/mvd/forms/411007.pdf",
        "Bill of Sale (Form 411007) | Iowa DOT",
        "pickup",
    ),
    day("10 06:00"),
    *weather(),
    *prices(),
    *feed(),
    day("10 12:30"),
    search(GOOGLE, "soybean seed treatment worth it sudden death syndrome", "seed"),
    page(
        "https://crops.extension.iastate.edu/cropnews/2026/01/seed-treatments-sds",
        "Seed treatments for sudden death syndrome | ICM News",
        "seed",
    ),
    day("10 17:15"),
    search(GOOGLE, "okoboji things to do with kids july", "reunion"),
    page(
        "https://www.vacationokoboji.com/things-to-do/",
        "Things to Do in the Iowa Great Lakes | Vacation Okoboji",
        "reunion",
    ),
]
