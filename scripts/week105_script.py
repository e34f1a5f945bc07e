"""A management consultant's ten days in London, on his own laptop, written in the thirtieth
session after step 59 (towns whose names have letters past ASCII, which until then were
never known), to try it, so not held out: a client workshop in Zürich (flights, a hotel
by the client's office, a train from the airport), a friend's stag weekend in Kraków, his
flat's boiler serviced, a half marathon to train for, and a tax return as a self-employed
adviser on the side. BBC News, LinkedIn and Gmail are opened most days. Searches go to
Google and Bing, some typed with the accents and some without.
Used by make_week_history.py (``week105``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, news, page, search

ADDRESS = "oliver.brennan.ldn@gmail.com"
INBOX = "2b7f4e9c03"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (14) - {ADDRESS} - Gmail", None)]


def linkedin() -> list[Step]:
    return [("goto", "https://www.linkedin.com/feed/", "Feed | LinkedIn", None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *news(),
    day("1 09:00"),
    search(GOOGLE, "flights london city to zurich tuesday morning", "zurich"),
    page(
        "https://www.swiss.com/gb/en/book/flights/london-zurich",
        "Flights from London to Zurich | SWISS",
        "zurich",
    ),
    search(GOOGLE, "hotel near paradeplatz zürich business", "zurich"),
    page(
        "https://www.booking.com/district/ch/zurich/paradeplatz.html",
        "Hotels near Paradeplatz, Zürich - Booking.com",
        "zurich",
    ),
    day("1 19:00"),
    search(BING, "stag do krakow ideas shooting range vodka tour", "stag"),
    page(
        "https://www.stagweb.co.uk/krakow-stag-do",
        "Krakow Stag Do Ideas & Packages | Stag Web",
        "stag",
    ),
    day("2 07:30"),
    *mail(),
    *linkedin(),
    day("2 12:30"),
    search(GOOGLE, "half marathon training plan 10 weeks sub 1 50", "marathon"),
    page(
        "https://www.runnersworld.com/uk/training/half-marathon/a760067/half-marathon-training-plans/",
        "Half marathon training plans for every runner | Runner's World",
        "marathon",
    ),
    day("2 20:00"),
    search(BING, "boiler service cost london british gas vs independent", "boiler"),
    page(
        "https://www.checkatrade.com/blog/cost-guides/boiler-service-cost/",
        "Boiler Service Cost 2027 | Checkatrade",
        "boiler",
    ),
    day("3 07:30"),
    *mail(),
    *news(),
    day("3 10:00"),
    search(GOOGLE, "self assessment consultancy income expenses allowable home office", "tax"),
    page(
        "https://www.gov.uk/expenses-if-youre-self-employed/working-from-home",
        "Expenses if you're self-employed: Working from home - GOV.UK",
        "tax",
    ),
    day("3 18:30"),
    search(BING, "flights to kraków friday evening from stansted", "stag"),
    page(
        "https://www.ryanair.com/gb/en/cheap-flights/london-stansted-to-krakow",
        "Cheap flights from London Stansted to Krakow | Ryanair",
        "stag",
    ),
    search(BING, "apartment old town krakow 8 people", "stag"),
    page(
        "https://www.airbnb.co.uk/krakow-poland/stays/large-groups",
        "Krakow Large Group Rentals | Airbnb",
        "stag",
    ),
    day("4 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859450078901234101",
        "Workshop agenda and venue - Helvetia Re, Mythenquai 50",
        "zurich",
    ),
    day("4 09:00"),
    search(GOOGLE, "zurich airport to enge train ticket zone", "zurich"),
    page(
        "https://www.sbb.ch/en/travel-information/stations/zurich-airport.html",
        "Zurich Airport station | SBB",
        "zurich",
    ),
    day("4 13:00"),
    *linkedin(),
    day("4 19:00"),
    search(GOOGLE, "long run pace vs race pace half marathon", "marathon"),
    page(
        "https://www.runnersworld.com/uk/training/a776481/long-run-pace/",
        "What pace should your long run be? | Runner's World",
        "marathon",
    ),
    day("5 07:30"),
    *mail(),
    *news(),
    day("5 11:00"),
    search(BING, "gas safe engineer boiler service near me e8", "boiler"),
    page(
        "https://www.gassaferegister.co.uk/find-an-engineer/",
        "Find an engineer | Gas Safe Register",
        "boiler",
    ),
    day("5 20:00"),
    search(GOOGLE, "self assessment deadline payment on account explained", "tax"),
    page(
        "https://www.gov.uk/understand-self-assessment-bill/payments-on-account",
        "Understanding your Self Assessment tax bill: Payments on account - GOV.UK",
        "tax",
    ),
    day("6 09:00"),
    *linkedin(),
    day("6 10:30"),
    search(BING, "things to do kraków saturday afternoon wieliczka salt mine tour", "stag"),
    page(
        "https://www.wieliczka-saltmine.com/visiting/tourist-route",
        "Tourist Route - Wieliczka Salt Mine",
        "stag",
    ),
    day("6 16:00"),
    search(GOOGLE, "best running gels for half marathon stomach", "marathon"),
    page(
        "https://www.runnersworld.com/uk/gear/a28770040/best-energy-gels/",
        "Best energy gels for running 2027 | Runner's World",
        "marathon",
    ),
    day("7 07:30"),
    *mail(),
    *news(),
    day("7 12:00"),
    search(GOOGLE, "restaurant for client dinner zürich old town swiss", "zurich"),
    page(
        "https://www.tripadvisor.co.uk/Restaurants-g188113-c13-Zurich.html",
        "Swiss Restaurants in Zurich - Tripadvisor",
        "zurich",
    ),
    day("7 19:00"),
    search(BING, "boiler pressure keeps dropping after service", "boiler"),
    page(
        "https://www.idealheating.com/blog/boiler-losing-pressure",
        "Boiler Losing Pressure? Causes and Fixes | Ideal Heating",
        "boiler",
    ),
    day("8 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859450078901234202",
        "Stag weekend: who owes what (spreadsheet)",
        "stag",
    ),
    day("8 18:00"),
    search(GOOGLE, "self employed tax return consultancy invoices not paid yet cash basis", "tax"),
    page(
        "https://www.gov.uk/simpler-income-tax-cash-basis",
        "Cash basis - GOV.UK",
        "tax",
    ),
    day("9 07:30"),
    *mail(),
    *linkedin(),
    day("9 10:00"),
    search(GOOGLE, "zurich weather next week what to wear business", "zurich"),
    page(
        "https://www.meteoswiss.admin.ch/local-forecasts/zuerich/8001.html",
        "Local forecast Zürich - MeteoSwiss",
        "zurich",
    ),
    day("9 19:00"),
    search(BING, "krakow airport to old town taxi price uber", "stag"),
    page(
        "https://www.krakowairport.pl/en/passenger/access/taxi",
        "Taxi | Kraków Airport",
        "stag",
    ),
    day("10 07:30"),
    *mail(),
    *news(),
    day("10 18:30"),
    search(GOOGLE, "taper week before half marathon how many miles", "marathon"),
    page(
        "https://www.runnersworld.com/uk/training/half-marathon/a776221/taper/",
        "How to taper for a half marathon | Runner's World",
        "marathon",
    ),
]
