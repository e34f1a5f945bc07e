"""A long-haul truck driver's ten days, home in Toledo, Ohio, between runs, on his phone's
browser, written in the thirtieth session after steps 57 and 58, and scored before any
change for it: his truck's exhaust fluid fault, his commercial driver's medical card to
renew, his son's Little League fundraiser, a used boat trailer, detention pay his
dispatcher did not pay, and a fishing weekend on Lake Erie. Gmail, Facebook and the
weather are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week101``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search

ADDRESS = "dwayne.kowalski419@gmail.com"
INBOX = "3f9a2c6d18"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (5) - {ADDRESS} - Gmail", None)]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


def weather() -> list[Step]:
    return [
        (
            "goto",
            "https://weather.com/weather/today/l/Toledo+OH",
            "Toledo, OH Weather Forecast and Conditions - The Weather Channel | Weather.com",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 06:00"),
    *weather(),
    *mail(),
    day("1 07:30"),
    search(GOOGLE, "freightliner cascadia def quality poor derate 5 mph", "def"),
    page(
        "https://www.truckersreport.com/truckingindustryforum/threads/cascadia-def-derate.1998341/",
        "Cascadia DEF derate | TruckersReport.com Trucking Forum",
        "def",
    ),
    search(GOOGLE, "spn 3364 fmi 2 freightliner", "def"),
    page(
        "https://www.dieselpro.com/fault-codes/spn-3364",
        "SPN 3364 FMI 2: DEF Tank Quality - Diesel Pro",
        "def",
    ),
    day("1 12:00"),
    *facebook(),
    day("1 19:00"),
    search(BING, "little league fundraiser ideas that make the most money", "fundraiser"),
    page(
        "https://www.littleleague.org/university/articles/fundraising-ideas/",
        "Fundraising Ideas - Little League University",
        "fundraiser",
    ),
    day("2 06:00"),
    *weather(),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859230078901234101",
        "Reminder: your DOT medical card expires on 05/14",
        "medical",
    ),
    day("2 08:00"),
    search(GOOGLE, "dot physical near me walk in toledo", "medical"),
    page(
        "https://www.concentra.com/locations/ohio/toledo/",
        "Concentra Urgent Care & Occupational Health - Toledo, OH",
        "medical",
    ),
    search(GOOGLE, "dot physical blood pressure limit 140/90 one year card", "medical"),
    page(
        "https://www.fmcsa.dot.gov/medical/driver-medical-requirements/hypertension",
        "Hypertension | FMCSA",
        "medical",
    ),
    day("2 14:00"),
    search(GOOGLE, "used boat trailer 16 ft bunk craigslist toledo", "trailer"),
    page(
        "https://toledo.craigslist.org/search/boo?query=boat+trailer",
        "toledo boats - craigslist",
        "trailer",
    ),
    day("2 20:00"),
    *facebook(),
    day("3 06:30"),
    *weather(),
    *mail(),
    day("3 09:00"),
    search(BING, "detention pay not paid by company what can i do", "detention"),
    page(
        "https://www.reddit.com/r/Truckers/comments/17c8fz2/company_refusing_to_pay_detention/",
        "Company refusing to pay detention : r/Truckers",
        "detention",
    ),
    search(BING, "how to document detention time eld logs shipper", "detention"),
    page(
        "https://www.freightwaves.com/news/how-drivers-can-document-detention",
        "How drivers can document detention time - FreightWaves",
        "detention",
    ),
    day("3 15:00"),
    search(GOOGLE, "def fluid contaminated how to clean tank cascadia", "def"),
    page(
        "https://www.youtube.com/watch?v=7pK3mRx2WqE",
        "How to Drain and Clean a Contaminated DEF Tank - Freightliner Cascadia - YouTube",
        "def",
    ),
    day("4 06:00"),
    *weather(),
    *mail(),
    day("4 10:00"),
    search(GOOGLE, "lake erie walleye charter port clinton may", "fishing"),
    page(
        "https://www.lakeeriewalleye.com/charters/port-clinton",
        "Port Clinton Walleye Charters | Lake Erie Walleye",
        "fishing",
    ),
    search(GOOGLE, "ohio fishing license one day nonresident buy online", "fishing"),
    page(
        "https://ohiodnr.gov/buy-and-apply/hunting-fishing-boating/fishing-resources/fishing-licenses",
        "Fishing Licenses | Ohio Department of Natural Resources",
        "fishing",
    ),
    day("4 18:00"),
    search(BING, "bake sale vs car wash fundraiser baseball team", "fundraiser"),
    page(
        "https://www.signupgenius.com/sports/baseball-fundraising-ideas.cfm",
        "Baseball Fundraising Ideas | SignUpGenius",
        "fundraiser",
    ),
    *facebook(),
    day("5 06:00"),
    *weather(),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859230078901234202",
        "Re: detention at Kroger DC on 4/11 - Swift Dispatch",
        "detention",
    ),
    day("5 09:00"),
    search(GOOGLE, "boat trailer bunks replacement carpet how to", "trailer"),
    page(
        "https://www.boatus.com/expert-advice/expert-advice-archive/2019/april/trailer-bunks",
        "Replacing Trailer Bunks | BoatUS",
        "trailer",
    ),
    search(GOOGLE, "ohio trailer title transfer bmv no title under 4000 lbs", "trailer"),
    page(
        "https://www.bmv.ohio.gov/vt-watercraft-trailers.aspx",
        "Trailers | Ohio BMV",
        "trailer",
    ),
    day("6 06:30"),
    *weather(),
    *mail(),
    day("6 10:00"),
    search(GOOGLE, "def sensor replacement cost dealer vs independent shop", "def"),
    page(
        "https://www.truckersreport.com/truckingindustryforum/threads/def-sensor-cost.2011452/",
        "DEF sensor cost? | TruckersReport.com Trucking Forum",
        "def",
    ),
    day("6 16:00"),
    search(GOOGLE, "what to bring to dot physical list of medications", "medical"),
    page(
        "https://www.cdlmedical.com/what-to-bring-to-your-dot-physical",
        "What to Bring to Your DOT Physical | CDL Medical",
        "medical",
    ),
    day("7 06:00"),
    *weather(),
    *mail(),
    day("7 12:00"),
    *facebook(),
    search(BING, "sponsor banner prices little league local business", "fundraiser"),
    page(
        "https://www.fastsigns.com/learn/little-league-sponsor-banners",
        "Little League Sponsor Banners | FASTSIGNS",
        "fundraiser",
    ),
    day("7 20:00"),
    search(GOOGLE, "walleye jigging vs trolling lake erie western basin spring", "fishing"),
    page(
        "https://www.in-fisherman.com/editorial/lake-erie-walleye-spring-tactics/154321",
        "Lake Erie Walleye: Spring Tactics - In-Fisherman",
        "fishing",
    ),
    day("8 06:00"),
    *weather(),
    *mail(),
    day("8 09:30"),
    search(BING, "file complaint fmcsa unpaid wages owner operator lease", "detention"),
    page(
        "https://nccdb.fmcsa.dot.gov/nccdb/home.aspx",
        "National Consumer Complaint Database - FMCSA",
        "detention",
    ),
    day("8 14:00"),
    search(GOOGLE, "boat trailer lights wiring 4 pin not working ground", "trailer"),
    page(
        "https://www.etrailer.com/faq-trailer-lights-not-working.aspx",
        "Troubleshooting Trailer Lights That Are Not Working | etrailer.com",
        "trailer",
    ),
    day("9 06:00"),
    *weather(),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859230078901234303",
        "Your Concentra appointment: DOT exam, Thursday 7:40 AM",
        "medical",
    ),
    day("9 11:00"),
    search(GOOGLE, "port clinton hotels near marina cheap", "fishing"),
    page(
        "https://www.booking.com/city/us/port-clinton.html",
        "Hotels in Port Clinton, OH - Booking.com",
        "fishing",
    ),
    day("10 06:00"),
    *weather(),
    *mail(),
    day("10 08:00"),
    search(GOOGLE, "def pump heater fault after cleaning tank spn 4334", "def"),
    page(
        "https://www.dieselpro.com/fault-codes/spn-4334",
        "SPN 4334: DEF Pressure Sensor - Diesel Pro",
        "def",
    ),
    day("10 19:00"),
    *facebook(),
]
