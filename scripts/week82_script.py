"""A ward nurse's ten days in Leeds, on her own laptop, written at the start of the
twenty-seventh session and scored before any change for it: a used car bought, her
sister's hen weekend in Edinburgh, the dog's kennel cough, her NMC revalidation, a first
ISA, and Couch to 5K. Gmail, BBC News and Facebook are opened most days. Searches go to
Google and DuckDuckGo.
Used by make_week_history.py (``week82``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "becky.hartley88@gmail.com"
INBOX = "3f9a1c7e2d"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (4) - {ADDRESS} - Gmail", None)]


def bbc() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/news", "Home - BBC News", None)]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 07:40"),
    *mail(),
    *bbc(),
    day("1 19:30"),
    search(GOOGLE, "used toyota yaris hybrid 2019 good mileage", "car"),
    page(
        "https://www.autotrader.co.uk/car-search?make=Toyota&model=Yaris&postcode=LS8",
        "Used Toyota Yaris cars for sale near Leeds | AutoTrader UK",
        "car",
    ),
    page(
        "https://www.whatcar.com/toyota/yaris/hatchback/review/n17990",
        "Toyota Yaris Review 2026 | What Car?",
        "car",
    ),
    day("1 20:15"),
    search(DDG, "dog honking cough after kennels", "dog"),
    page(
        "https://www.pdsa.org.uk/pet-help-and-advice/pet-health-hub/conditions/kennel-cough",
        "Kennel cough in dogs | PDSA",
        "dog",
    ),
    day("1 21:00"),
    *facebook(),
    day("2 07:35"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1812233344455566601",
        "Your revalidation application is due by 1 February",
        "revalidation",
    ),
    day("2 12:30"),
    search(GOOGLE, "nmc revalidation reflective account example band 5", "revalidation"),
    page(
        "https://www.nmc.org.uk/revalidation/requirements/written-reflective-accounts/",
        "Written reflective accounts - The Nursing and Midwifery Council",
        "revalidation",
    ),
    day("2 19:45"),
    search(GOOGLE, "hen party activities edinburgh", "hen"),
    page(
        "https://www.tripadvisor.co.uk/Attractions-g186525-Activities-c40-Edinburgh_Scotland.html",
        "THE 10 BEST Edinburgh Fun Activities & Games - Tripadvisor",
        "hen",
    ),
    page(
        "https://www.lastnightoffreedom.co.uk/hen-party-ideas/edinburgh/",
        "Edinburgh Hen Party Ideas & Packages | Last Night of Freedom",
        "hen",
    ),
    day("2 20:30"),
    *bbc(),
    day("3 07:30"),
    *mail(),
    *facebook(),
    day("3 13:00"),
    search(GOOGLE, "couch to 5k week 3 struggling", "run"),
    page(
        "https://www.nhs.uk/live-well/exercise/running-and-aerobic-exercises/get-running-with-couch-to-5k/",
        "Get running with Couch to 5K - NHS",
        "run",
    ),
    day("3 19:10"),
    search(DDG, "kennel cough treatment at home honey", "dog"),
    page(
        "https://www.vets4pets.com/pet-health-advice/dog-advice/kennel-cough/",
        "Kennel Cough: Symptoms & Treatment | Vets4Pets",
        "dog",
    ),
    day("3 20:00"),
    search(GOOGLE, "free hpi check registration", "car"),
    page(
        "https://www.gov.uk/check-vehicle-tax",
        "Check if a vehicle is taxed - GOV.UK",
        "car",
    ),
    page(
        "https://www.check-mot.service.gov.uk/",
        "Check the MOT history of a vehicle - GOV.UK",
        "car",
    ),
    day("4 07:40"),
    *mail(),
    *bbc(),
    day("4 18:50"),
    search(GOOGLE, "best cash isa rates this week", "isa"),
    page(
        "https://www.moneysavingexpert.com/savings/best-cash-isa/",
        "Best Cash ISAs: top easy access & fixed rates - MoneySavingExpert",
        "isa",
    ),
    day("4 19:40"),
    search(GOOGLE, "airbnb edinburgh old town sleeps 10", "hen"),
    page(
        "https://www.airbnb.co.uk/edinburgh-united-kingdom/stays/large-groups",
        "Large Group Rentals in Edinburgh - Airbnb",
        "hen",
    ),
    day("5 07:35"),
    *mail(),
    *facebook(),
    day("5 14:00"),
    search(GOOGLE, "nmc cpd hours participatory learning examples", "revalidation"),
    page(
        "https://www.nmc.org.uk/revalidation/requirements/cpd/",
        "Continuing professional development - The Nursing and Midwifery Council",
        "revalidation",
    ),
    day("5 19:20"),
    search(GOOGLE, "toyota yaris hybrid 2019 common problems", "car"),
    page(
        "https://www.honestjohn.co.uk/carbycar/toyota/yaris-2011/good/",
        "Toyota Yaris (2011 - 2020) - good and bad | Honest John",
        "car",
    ),
    *tab(
        f"{YT}Yx8hQ2rTp4M",
        "Used Toyota Yaris Hybrid buying guide - what to check - YouTube",
        "car",
    ),
    day("6 07:30"),
    *mail(),
    *bbc(),
    day("6 12:40"),
    search(DDG, "kennel cough how long contagious to other dogs", "dog"),
    page(
        "https://www.bluecross.org.uk/advice/dog/health-and-injuries/kennel-cough",
        "Kennel cough in dogs: symptoms and treatment | Blue Cross",
        "dog",
    ),
    day("6 18:30"),
    search(GOOGLE, "lifetime isa vs stocks and shares isa first home", "isa"),
    page(
        "https://www.which.co.uk/money/savings-and-isas/isas/lifetime-isa-explained",
        "Lifetime ISA explained - Which?",
        "isa",
    ),
    day("6 19:30"),
    search(GOOGLE, "train leeds to edinburgh advance tickets saturday", "hen"),
    page(
        "https://www.lner.co.uk/travel-information/destinations/edinburgh/",
        "Trains to Edinburgh | LNER",
        "hen",
    ),
    day("7 07:40"),
    *mail(),
    *facebook(),
    day("7 08:10"),
    search(GOOGLE, "parkrun near roundhay", "run"),
    page(
        "https://www.parkrun.org.uk/roundhay/",
        "Roundhay parkrun | Roundhay parkrun",
        "run",
    ),
    day("7 15:00"),
    search(GOOGLE, "used car finance vs personal loan which is cheaper", "car"),
    page(
        "https://www.moneysavingexpert.com/loans/cheap-car-finance/",
        "Car finance: PCP, HP and loans explained - MoneySavingExpert",
        "car",
    ),
    day("7 16:10"),
    search(GOOGLE, "nmc confirmer who can be my confirmer", "revalidation"),
    page(
        "https://www.nmc.org.uk/revalidation/requirements/confirmation/",
        "Confirmation - The Nursing and Midwifery Council",
        "revalidation",
    ),
    day("8 07:35"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1812233344455566702",
        "Booking confirmed: The Tron cocktail masterclass for 9, Saturday 14 March",
        "hen",
    ),
    *bbc(),
    day("8 13:20"),
    search(DDG, "can i take my dog to the vet with kennel cough", "dog"),
    page(
        "https://www.vets4pets.com/branches/leeds-roundhay/",
        "Vets4Pets Leeds Roundhay | Vets in Leeds",
        "dog",
    ),
    day("8 19:00"),
    search(GOOGLE, "car insurance quote 1.5 hybrid first car of my own", "car"),
    page(
        "https://www.comparethemarket.com/car-insurance/",
        "Compare Cheap Car Insurance Quotes | Compare the Market",
        "car",
    ),
    day("9 07:30"),
    *mail(),
    *facebook(),
    day("9 12:10"),
    search(GOOGLE, "couch to 5k shin splints rest or keep going", "run"),
    page(
        "https://www.runnersworld.com/uk/health/injury/a776569/how-to-prevent-shin-splints/",
        "Shin splints: causes, treatment and prevention | Runner's World UK",
        "run",
    ),
    day("9 18:40"),
    search(GOOGLE, "transfer isa from previous year to new provider", "isa"),
    page(
        "https://www.gov.uk/individual-savings-accounts/transferring-your-isa",
        "Individual Savings Accounts (ISAs): Transferring your ISA - GOV.UK",
        "isa",
    ),
    day("9 19:30"),
    search(GOOGLE, "hen do sash and games printable", "hen"),
    page(
        "https://www.etsy.com/uk/market/hen_party_games",
        "Hen party games - Etsy UK",
        "hen",
    ),
    day("10 07:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1812233344455566803",
        "Your order: Toyota Yaris Hybrid Icon 2019 - collection Saturday - Arnold Clark",
        "car",
    ),
    *bbc(),
    day("10 13:30"),
    search(GOOGLE, "nmc revalidation practice related feedback how many", "revalidation"),
    page(
        "https://www.nmc.org.uk/revalidation/requirements/feedback/",
        "Practice-related feedback - The Nursing and Midwifery Council",
        "revalidation",
    ),
]
