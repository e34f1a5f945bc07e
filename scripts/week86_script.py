"""A science teacher's ten days in Calgary, on her own laptop, written at the end of the
twenty-seventh session, after all of its changes, and scored before any change for it: a
weekend in Banff with her in-laws, a grade 10 unit on chemical reactions, the mortgage's
renewal, new glasses, her daughter's hockey tournament in Red Deer, and a noisy furnace.
Gmail, CBC Calgary, Reddit and YouTube are opened most days. Searches go to Google and
DuckDuckGo.
Used by make_week_history.py (``week86``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "jen.okafor.yyc@gmail.com"
INBOX = "9d3b6a2f8c"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (5) - {ADDRESS} - Gmail", None)]


def cbc() -> list[Step]:
    return [("goto", "https://www.cbc.ca/news/canada/calgary", "Calgary - CBC News", None)]


def reddit() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/Calgary/", "Calgary : r/Calgary", None)]


STEPS: list[Step] = [
    day("1 06:40"),
    *mail(),
    *cbc(),
    day("1 16:30"),
    search(GOOGLE, "grade 10 science chemical reactions lab ideas alberta", "lesson"),
    page(
        "https://www.learnalberta.ca/content/science10/chemical-change/",
        "Science 10 Unit A: Energy and Matter in Chemical Change - LearnAlberta",
        "lesson",
    ),
    day("1 20:00"),
    search(DDG, "banff hotels with pool for family may long weekend", "banff"),
    page(
        "https://www.banfflakelouise.com/accommodations",
        "Accommodations in Banff & Lake Louise | Banff & Lake Louise Tourism",
        "banff",
    ),
    day("1 21:00"),
    *reddit(),
    day("2 06:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1844556677889900101",
        "Your mortgage renewal offer - maturity date June 1",
        "mortgage",
    ),
    day("2 19:30"),
    search(GOOGLE, "fixed vs variable mortgage renewal 2027 canada", "mortgage"),
    page(
        "https://www.ratehub.ca/fixed-or-variable-mortgage",
        "Fixed vs. Variable Mortgage Rates: Which is Better? | Ratehub.ca",
        "mortgage",
    ),
    day("2 20:15"),
    search(DDG, "furnace making loud banging noise when it starts", "furnace"),
    page(
        "https://www.thespruce.com/furnace-making-banging-noise-1824844",
        "Why Is My Furnace Making a Banging Noise? - The Spruce",
        "furnace",
    ),
    day("3 06:40"),
    *mail(),
    *cbc(),
    day("3 16:00"),
    search(GOOGLE, "red deer minor hockey tournament u13 schedule", "hockey"),
    page(
        "https://www.reddeerminorhockey.ca/tournaments",
        "Tournaments | Red Deer Minor Hockey",
        "hockey",
    ),
    day("3 19:40"),
    search(GOOGLE, "eye exam coverage alberta health adults 19 to 64", "glasses"),
    page(
        "https://www.alberta.ca/ahcip-what-is-covered",
        "Alberta Health Care Insurance Plan: what is covered | Alberta.ca",
        "glasses",
    ),
    day("3 21:00"),
    *reddit(),
    day("4 06:45"),
    *mail(),
    day("4 16:20"),
    search(GOOGLE, "balancing chemical equations worksheet with answers grade 10", "lesson"),
    page(
        "https://www.chemistrygeek.com/balancing-equations-worksheet.pdf",
        "Balancing Chemical Equations Worksheet - Chemistry Geek",
        "lesson",
    ),
    day("4 19:50"),
    search(DDG, "banff upper hot springs tickets seniors", "banff"),
    page(
        "https://www.hotsprings.ca/banff/",
        "Banff Upper Hot Springs | Parks Canada",
        "banff",
    ),
    day("5 06:40"),
    *mail(),
    *cbc(),
    day("5 19:00"),
    search(GOOGLE, "furnace inducer motor replacement cost calgary", "furnace"),
    page(
        "https://www.homestars.com/on/calgary/furnace-repair",
        "Best Furnace Repair in Calgary | HomeStars",
        "furnace",
    ),
    day("5 20:10"),
    search(GOOGLE, "hotels near collicutt centre red deer", "hockey"),
    page(
        "https://www.booking.com/landmark/ca/collicutt-centre.html",
        "Hotels near Collicutt Centre, Red Deer - Booking.com",
        "hockey",
    ),
    day("6 09:00"),
    *reddit(),
    search(GOOGLE, "prepayment privilege lump sum mortgage renewal switch lender", "mortgage"),
    page(
        "https://www.canada.ca/en/financial-consumer-agency/services/mortgages/renew-mortgage.html",
        "Renewing your mortgage - Canada.ca",
        "mortgage",
    ),
    day("6 14:00"),
    search(DDG, "lake louise shuttle reservation parks canada", "banff"),
    page(
        "https://parks.canada.ca/pn-np/ab/banff/visit/parkbus/louise",
        "Lake Louise and Moraine Lake shuttle - Banff National Park",
        "banff",
    ),
    day("6 20:00"),
    *tab(
        f"{YT}Hq3vT7sLm2A",
        "How a Furnace Works - Inducer, Igniter, Flame Sensor - YouTube",
        "furnace",
    ),
    day("7 06:45"),
    *mail(),
    *cbc(),
    day("7 16:10"),
    search(GOOGLE, "elephant toothpaste demo safety classroom", "lesson"),
    page(
        "https://www.scienceworld.ca/resource/elephant-toothpaste/",
        "Elephant Toothpaste | Science World",
        "lesson",
    ),
    day("7 19:30"),
    search(GOOGLE, "progressive lenses first time getting used to", "glasses"),
    page(
        "https://www.allaboutvision.com/eyeglasses/progressive-lenses/adjusting-to/",
        "Adjusting to Progressive Lenses | All About Vision",
        "glasses",
    ),
    day("8 06:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1844556677889900202",
        "Red Deer Rebels Cup: U13 AA game times and dressing rooms",
        "hockey",
    ),
    day("8 19:10"),
    search(DDG, "banff restaurants kid friendly reservations", "banff"),
    page(
        "https://www.tripadvisor.ca/Restaurants-g154911-zfp5-Banff_Banff_National_Park_Alberta.html",
        "Family-friendly Restaurants in Banff - Tripadvisor",
        "banff",
    ),
    day("9 06:45"),
    *mail(),
    day("9 19:00"),
    search(GOOGLE, "costco optical progressive lenses price canada", "glasses"),
    page(
        "https://www.costco.ca/optical.html",
        "Optical | Costco",
        "glasses",
    ),
    day("9 20:00"),
    *reddit(),
    day("10 07:30"),
    *mail(),
    *cbc(),
    day("10 10:00"),
    search(GOOGLE, "mortgage broker vs bank renewal calgary", "mortgage"),
    page(
        "https://www.reddit.com/r/PersonalFinanceCanada/comments/1c9x8q/broker_vs_bank_for_renewal/",
        "Broker vs bank for renewal? : r/PersonalFinanceCanada",
        "mortgage",
    ),
    day("10 15:30"),
    search(GOOGLE, "what to pack for hockey tournament weekend away", "hockey"),
    page(
        "https://www.hockeymonkey.ca/blog/hockey-tournament-packing-list",
        "Hockey Tournament Packing List - Hockey Monkey",
        "hockey",
    ),
]
