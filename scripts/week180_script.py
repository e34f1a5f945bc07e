"""A single mother's ten days in Dublin, written in the fifty-first session and scored
before any change for it: her son's First Communion (an outfit, a party, a cake), her
car's NCT test (booking it, what fails it), her electricity switched to a cheaper
supplier, a weekend in Galway, physiotherapy for her lower back and an evening course in
accounting (the course, a grant for it). Between them she reads RTÉ News, Gmail,
YouTube and Facebook. Searches go to Google and Bing.
Used by make_week_history.py (``week180``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "siobhan.kavanagh82@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (4) - {ADDRESS} - Gmail", None)]


def rte() -> list[Step]:
    return [("goto", "https://www.rte.ie/news/", "News - RTÉ", None)]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 07:40"),
    *rte(),
    search(GOOGLE, "boys communion suit navy dunnes", "communion"),
    page(
        "https://www.dunnesstores.com/c/kids/boys/communion",
        "Boys Communion Suits & Accessories | Dunnes Stores",
        "communion",
    ),
    page(
        "https://www.littlewoodsireland.ie/kids/communion/boys",
        "Boys Communion Outfits | Littlewoods Ireland",
        "communion",
    ),
    day("1 13:10"),
    search(GOOGLE, "nct booking earliest date dublin", "nct"),
    page(
        "https://www.ncts.ie/booking/",
        "Book your NCT | National Car Testing Service",
        "nct",
    ),
    day("1 21:20"),
    search(BING, "cheapest electricity supplier ireland switch", "power"),
    page(
        "https://www.bonkers.ie/compare-gas-electricity-prices/",
        "Compare Gas & Electricity Prices | Bonkers.ie",
        "power",
    ),
    page(
        "https://www.switcher.ie/gas-electricity/",
        "Compare Electricity & Gas Prices in Ireland | Switcher.ie",
        "power",
    ),
    day("2 08:00"),
    *facebook(),
    search(GOOGLE, "lower back pain sitting all day physio dublin 8", "back"),
    page(
        "https://www.hse.ie/eng/health/conditions/back-pain/",
        "Back pain - HSE.ie",
        "back",
    ),
    page(
        "https://www.physioclinic.ie/locations/dublin-8",
        "Physiotherapy Clinic Dublin 8 | The Physio Clinic",
        "back",
    ),
    day("2 19:30"),
    search(GOOGLE, "part time accounting course evening dublin qqi level 6", "course"),
    page(
        "https://www.ccti.ie/courses/accounting-technician-part-time",
        "Accounting Technician (Part-Time Evening) | CCT College",
        "course",
    ),
    page(
        "https://www.accountingtechniciansireland.ie/become-a-student/",
        "Become a Student | Accounting Technicians Ireland",
        "course",
    ),
    day("3 07:50"),
    *rte(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "9d3a1e7c42",
        "1846100290417",
        "Your NCT appointment is confirmed - Deansgrange, Thursday 10:20",
        "nct",
    ),
    search(GOOGLE, "most common nct fail reasons", "nct"),
    page(
        "https://www.carzone.ie/advice/nct/common-nct-failures",
        "The most common reasons cars fail the NCT | Carzone",
        "nct",
    ),
    day("3 14:00"),
    search(GOOGLE, "communion party ideas at home food", "communion"),
    page(
        "https://www.mummypages.ie/communion-party-food-ideas",
        "Communion party food ideas | MummyPages.ie",
        "communion",
    ),
    day("3 21:00"),
    search(BING, "galway weekend hotel city centre 2 nights", "galway"),
    page(
        "https://www.booking.com/city/ie/galway.html",
        "The 10 best hotels in Galway, Ireland | Booking.com",
        "galway",
    ),
    page(
        "https://www.tripadvisor.ie/Hotels-g186609-Galway_County_Galway_Western_Ireland-Hotels.html",
        "THE 10 BEST Hotels in Galway 2027 - Tripadvisor",
        "galway",
    ),
    day("4 07:30"),
    *facebook(),
    search(GOOGLE, "susi grant part time course eligibility", "course"),
    page(
        "https://susi.ie/eligibility-criteria/",
        "Eligibility Criteria | SUSI",
        "course",
    ),
    day("4 12:40"),
    search(GOOGLE, "energia vs flogas vs bord gais electricity price per kwh", "power"),
    page(
        "https://www.bonkers.ie/blog/gas-electricity/unit-rates-compared/",
        "Electricity unit rates compared: who is cheapest? | Bonkers.ie",
        "power",
    ),
    day("4 20:30"),
    *youtube(),
    *tab(
        "https://www.youtube.com/watch?v=Vn7mB3c2qLk",
        "10 Minute Lower Back Stretches for Desk Workers - YouTube",
        "back",
    ),
    day("5 08:10"),
    *rte(),
    search(GOOGLE, "communion cake order dublin 8 white and gold", "communion"),
    page(
        "https://www.cakeology.ie/communion-cakes",
        "Communion Cakes | Cakeology Dublin",
        "communion",
    ),
    day("5 15:20"),
    search(GOOGLE, "nct headlight alignment fail fix cost", "nct"),
    page(
        "https://www.boards.ie/discussion/2058123456/nct-fail-headlight-alignment",
        "NCT fail - headlight alignment — boards.ie",
        "nct",
    ),
    day("6 09:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "9d3a1e7c42",
        "1846168805512",
        "Welcome to Flogas - your switch date is 14 May",
        "power",
    ),
    search(GOOGLE, "final meter reading when switching electricity supplier", "power"),
    page(
        "https://www.esbnetworks.ie/existing-connections/meters-and-readings/submit-a-meter-reading",
        "Submit a meter reading | ESB Networks",
        "power",
    ),
    day("6 14:30"),
    search(BING, "things to do in galway with kids rainy day", "galway"),
    page(
        "https://www.galwaytourism.ie/galway-with-kids/",
        "Galway with kids: rainy day ideas | Galway Tourism",
        "galway",
    ),
    page(
        "https://www.galwayatlanticaquaria.com/",
        "Galway Atlantic Aquaria - National Aquarium of Ireland",
        "galway",
    ),
    day("6 21:10"),
    search(GOOGLE, "physio sciatica how many sessions needed", "back"),
    page(
        "https://www.physioclinic.ie/blog/sciatica-how-many-sessions",
        "Sciatica: how many physio sessions will I need? | The Physio Clinic",
        "back",
    ),
    day("7 07:50"),
    *facebook(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "9d3a1e7c42",
        "1846230177934",
        "CCT College - your application for Accounting Technician evening course",
        "course",
    ),
    search(GOOGLE, "accounting technician course fees payment plan", "course"),
    page(
        "https://www.ccti.ie/fees/",
        "Fees and payment options | CCT College",
        "course",
    ),
    day("7 19:00"),
    search(GOOGLE, "communion money etiquette how much to give 2027", "communion"),
    page(
        "https://www.rte.ie/lifestyle/living/2027/0421/communion-money-how-much/",
        "How much communion money should you give? - RTÉ",
        "communion",
    ),
    day("8 10:00"),
    *youtube(),
    search(BING, "galway train dublin heuston family ticket", "galway"),
    page(
        "https://www.irishrail.ie/en-ie/journey-planner/dublin-heuston-galway",
        "Dublin Heuston to Galway | Irish Rail",
        "galway",
    ),
    day("8 17:30"),
    search(GOOGLE, "nct retest free within 21 days", "nct"),
    page(
        "https://www.ncts.ie/retest/",
        "NCT Re-test | National Car Testing Service",
        "nct",
    ),
    day("9 08:20"),
    *rte(),
    search(GOOGLE, "physio clinic dublin 8 book online evening", "back"),
    page(
        "https://www.physioclinic.ie/book-online/",
        "Book Online | The Physio Clinic",
        "back",
    ),
    day("9 20:00"),
    *facebook(),
    search(GOOGLE, "communion photographer church dublin price", "communion"),
    page(
        "https://www.irishphotographers.ie/communion-photography-dublin",
        "Communion Photography Dublin | Irish Photographers",
        "communion",
    ),
    day("10 09:30"),
    *youtube(),
    search(GOOGLE, "susi grant application how long to hear back", "course"),
    page(
        "https://susi.ie/frequently-asked-questions/",
        "Frequently Asked Questions | SUSI",
        "course",
    ),
    day("10 20:30"),
    *rte(),
]
