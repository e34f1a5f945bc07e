"""A retired engineer's ten days in Dublin, written at the end of the twenty-third session,
after all of its changes, and scored before any change for it: a cruise to the Norwegian
fjords (Bergen, Geiranger, what to pack), a heat pump for the house under the SEAI grant, an
electric car to replace the old diesel (and a charger at home, under another SEAI grant),
his grandson's First Communion present, a cataract referral, and his state pension's
contributions. One agency's site (seai.ie) serves two tasks; "grant" is in the searches of
both; "dublin" in the searches of four tasks. Gmail, RTÉ News and YouTube are opened most
days. Searches go to Google and Bing.
Used by make_week_history.py (``week59``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "declan.byrne1958@gmail.com"
INBOX = "c9d8e7f6a5"
SEAI = "https://www.seai.ie"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (4) - {ADDRESS} - Gmail", None)]


def rte() -> list[Step]:
    return [("goto", "https://www.rte.ie/news/", "News Headlines | RTÉ News", None)]


STEPS: list[Step] = [
    day("1 08:30"),
    *mail(),
    *rte(),
    day("1 10:30"),
    search(GOOGLE, "norwegian fjords cruise from southampton june balcony cabin", "cruise"),
    page(
        "https://www.pocruises.com/cruise-destinations/norwegian-fjords",
        "Norwegian Fjords Cruises | P&O Cruises",
        "cruise",
    ),
    page(
        "https://www.cruisecritic.co.uk/cruiseto/cruiseitineraries.cfm?port=400",
        "Norwegian Fjords Cruise Itineraries | Cruise Critic",
        "cruise",
    ),
    day("1 15:00"),
    search(GOOGLE, "heat pump grant ireland 2026 how much seai", "heatpump"),
    page(
        f"{SEAI}/grants/home-energy-grants/individual-grants/heat-pump-systems",
        "Heat Pump Systems Grant | SEAI",
        "heatpump",
    ),
    page(
        f"{SEAI}/grants/home-energy-grants/individual-grants/heat-pump-systems/technical-assessment",
        "Technical Assessment for a Heat Pump | SEAI",
        "heatpump",
    ),
    day("1 20:00"),
    *video_home(),
    day("2 08:30"),
    *mail(),
    day("2 11:00"),
    search(BING, "best small electric car 2026 ireland range under 40000", "ev"),
    page(
        "https://www.carzone.ie/electric-cars",
        "Electric Cars for Sale in Ireland | Carzone",
        "ev",
    ),
    page(
        "https://www.whatcar.com/news/best-electric-cars/n17010",
        "Best electric cars 2026 | What Car?",
        "ev",
    ),
    day("2 14:30"),
    search(GOOGLE, "first communion gift ideas for boy from grandad", "communion"),
    page(
        "https://www.brownthomas.com/gifts/communion-gifts/",
        "Communion Gifts | Brown Thomas",
        "communion",
    ),
    page(
        "https://www.irishmemories.ie/first-communion-gifts-boys",
        "First Communion Gifts for Boys | Irish Memories",
        "communion",
    ),
    day("2 19:00"),
    search(GOOGLE, "cataract referral gp waiting list hse how long", "cataract"),
    page(
        "https://www2.hse.ie/conditions/cataracts/treatment/",
        "Cataract surgery - HSE.ie",
        "cataract",
    ),
    page(
        "https://www.boards.ie/discussion/2058123456/cataract-surgery-waiting-times-public-vs-private",
        "Cataract surgery waiting times - public vs private — boards.ie",
        "cataract",
    ),
    day("3 08:30"),
    *mail(),
    *rte(),
    day("3 10:00"),
    search(GOOGLE, "bergen funicular tickets cruise port walking distance", "cruise"),
    page(
        "https://www.floyen.no/en/",
        "Fløibanen funicular - Bergen",
        "cruise",
    ),
    day("3 16:00"),
    search(GOOGLE, "state pension contributory number of contributions needed", "pension"),
    page(
        "https://www.gov.ie/en/service/state-pension-contributory/",
        "State Pension (Contributory) - gov.ie",
        "pension",
    ),
    page(
        "https://www.citizensinformation.ie/en/social-welfare/older-and-retired-people/state-pension-contributory/",
        "State Pension (Contributory) - Citizens Information",
        "pension",
    ),
    day("3 21:00"),
    *video_home(),
    day("4 08:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1801122334455667788",
        "Your booking is confirmed - Iona, Norwegian Fjords, 14 June - P&O Cruises",
        "cruise",
    ),
    day("4 11:30"),
    search(GOOGLE, "air to water heat pump installers dublin reviews", "heatpump"),
    page(
        "https://www.seai.ie/register-of-contractors/",
        "Register of Contractors | SEAI",
        "heatpump",
    ),
    page(
        "https://www.boards.ie/discussion/2058234567/heat-pump-installers-dublin-recommendations",
        "Heat pump installers Dublin - recommendations? — boards.ie",
        "heatpump",
    ),
    day("4 15:00"),
    search(BING, "mg4 vs hyundai kona electric real world range winter", "ev"),
    page(
        "https://www.youtube.com/watch?v=mg4kona26",
        "MG4 vs Kona Electric: winter range test - YouTube",
        "ev",
    ),
    day("5 09:00"),
    *mail(),
    *rte(),
    day("5 11:00"),
    search(GOOGLE, "home ev charger grant seai how to apply", "ev"),
    page(
        f"{SEAI}/grants/electric-vehicle-grants/electric-vehicle-home-charger-grant",
        "EV Home Charger Grant | SEAI",
        "ev",
    ),
    day("5 14:00"),
    search(GOOGLE, "personalised communion keepsake box engraved", "communion"),
    page(
        "https://www.etsy.com/ie/listing/1234567890/personalised-communion-keepsake-box",
        "Personalised Communion Keepsake Box - Etsy Ireland",
        "communion",
    ),
    day("5 19:30"),
    search(GOOGLE, "geiranger excursions from ship eagle road", "cruise"),
    page(
        "https://www.visitnorway.com/places-to-go/fjord-norway/the-geirangerfjord/",
        "The Geirangerfjord | Visit Norway",
        "cruise",
    ),
    day("6 10:00"),
    *mail(),
    *video_home(),
    day("6 12:00"),
    search(GOOGLE, "private cataract surgery cost dublin treatment benefit scheme", "cataract"),
    page(
        "https://www.gov.ie/en/service/treatment-benefit-scheme/",
        "Treatment Benefit Scheme - gov.ie",
        "cataract",
    ),
    page(
        "https://www.eyesurgery.ie/cataract-surgery-cost/",
        "Cataract Surgery Cost | Dublin Eye Clinic",
        "cataract",
    ),
    day("6 17:00"),
    search(GOOGLE, "ber rating needed for heat pump grant house built 1978", "heatpump"),
    page(
        f"{SEAI}/home-energy/ber-rating/",
        "BER Rating | SEAI",
        "heatpump",
    ),
    day("7 08:30"),
    *mail(),
    *rte(),
    day("7 10:30"),
    search(GOOGLE, "prsi contributions record check mywelfare", "pension"),
    page(
        "https://services.mywelfare.ie/en/topics/contributions/",
        "PRSI contributions | MyWelfare",
        "pension",
    ),
    day("7 15:00"),
    search(BING, "trade in old diesel car value dublin 2012 passat", "ev"),
    page(
        "https://www.carsireland.ie/car-valuation",
        "Free Car Valuation | CarsIreland.ie",
        "ev",
    ),
    day("8 08:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1801122334455669911",
        "Heat pump technical assessment - booking reference SEAI-77213",
        "heatpump",
    ),
    day("8 11:00"),
    search(GOOGLE, "what to pack norway cruise june layers", "cruise"),
    page(
        "https://www.cruisecritic.co.uk/articles.cfm?ID=4321",
        "What to Pack for a Norwegian Fjords Cruise | Cruise Critic",
        "cruise",
    ),
    day("8 16:00"),
    search(GOOGLE, "communion money card how much to give grandson 2026 ireland", "communion"),
    page(
        "https://www.reddit.com/r/ireland/comments/1b2c3d4/how_much_for_a_communion/",
        "How much for a communion these days? : r/ireland",
        "communion",
    ),
    day("9 08:30"),
    *mail(),
    *rte(),
    day("9 10:00"),
    search(GOOGLE, "state pension age 66 apply how many months before", "pension"),
    page(
        "https://www.citizensinformation.ie/en/social-welfare/older-and-retired-people/applying-for-state-pension/",
        "Applying for a State Pension - Citizens Information",
        "pension",
    ),
    day("9 14:00"),
    search(GOOGLE, "mg4 trophy long range price ireland dealer", "ev"),
    page(
        "https://www.mgmotor.ie/mg4-electric",
        "MG4 Electric | MG Motor Ireland",
        "ev",
    ),
    day("10 09:00"),
    *mail(),
    *video_home(),
    day("10 11:00"),
    search(GOOGLE, "cataract surgery recovery driving how soon", "cataract"),
    page(
        "https://www2.hse.ie/conditions/cataracts/recovery/",
        "Recovering from cataract surgery - HSE.ie",
        "cataract",
    ),
]
