"""A retired bus driver's ten days in Glasgow, on the family computer, written in the
twenty-eighth session and scored before any change for it: hearing aids (the NHS or a
high street shop), a cruise to the Norwegian fjords with his wife, new woods for his bowls
club, pension credit and the council tax reduction it brings, the shed roof's felt, and
his grandson's first football boots. Yahoo Mail, Facebook, BBC News and BBC iPlayer are
opened most days. Searches go to Bing, with one typed with a slip, and Google.
Used by make_week_history.py (``week91``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, page, search, tab

GOV = "https://www.gov.uk"


def yahoo() -> list[Step]:
    return [("goto", "https://mail.yahoo.com/d/folders/1", "Inbox - Yahoo Mail", None)]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


def bbc() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/news", "Home - BBC News", None)]


def iplayer() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/iplayer", "BBC iPlayer - Home", None)]


STEPS: list[Step] = [
    day("1 09:00"),
    *yahoo(),
    *bbc(),
    day("1 10:30"),
    search(BING, "nhs hearing aids glasgow waiting time audiology", "hearing"),
    page(
        "https://www.nhsggc.scot/hospitals-services/services-a-to-z/audiology/",
        "Audiology - NHS Greater Glasgow and Clyde",
        "hearing",
    ),
    day("1 14:00"),
    search(BING, "norwegian fjords cruise from southampton may 2027", "cruise"),
    page(
        "https://www.pocruises.com/cruise-destinations/norwegian-fjords",
        "Norwegian Fjords Cruises 2027 | P&O Cruises",
        "cruise",
    ),
    *tab(
        "https://www.cruisecritic.co.uk/memberreviews/ship-iona-2041/",
        "P&O Iona Cruise Reviews - Cruise Critic",
        "cruise",
    ),
    day("1 20:30"),
    *iplayer(),
    day("2 09:10"),
    *yahoo(),
    *facebook(),
    day("2 11:00"),
    search(BING, "am i entitled to pension credit calculator", "pension"),
    page(
        f"{GOV}/pension-credit-calculator",
        "Pension Credit calculator - GOV.UK",
        "pension",
    ),
    page(
        f"{GOV}/pension-credit/eligibility",
        "Pension Credit: Eligibility - GOV.UK",
        "pension",
    ),
    day("2 15:30"),
    search(GOOGLE, "henselite vs drakes pride bowls size 4", "bowls"),
    page(
        "https://www.bowlsdirect.co.uk/collections/lawn-bowls",
        "Lawn Bowls | Bowls Direct",
        "bowls",
    ),
    day("3 09:00"),
    *yahoo(),
    *bbc(),
    day("3 10:45"),
    search(BING, "shed roof felt replacement how to diy", "shed"),
    page(
        "https://www.diy.com/ideas-advice/how-to-felt-a-shed-roof/CC_npcart_400139.art",
        "How to felt a shed roof | Ideas & Advice | DIY at B&Q",
        "shed",
    ),
    *tab(
        "https://www.youtube.com/watch?v=Sh3dR00fF1t",
        "How To Felt A Shed Roof - Easy Step By Step - YouTube",
        "shed",
    ),
    day("3 16:00"),
    search(BING, "specsavers hearing test free private hearing aids cost", "hearing"),
    page(
        "https://www.specsavers.co.uk/hearing/hearing-aids/prices",
        "Hearing aid prices | Specsavers UK",
        "hearing",
    ),
    day("4 09:00"),
    *yahoo(),
    *facebook(),
    day("4 11:30"),
    search(BING, "p&o iona balcony cabin vs outside view worth it", "cruise"),
    page(
        "https://www.reddit.com/r/Cruise/comments/y2z7k1/balcony_worth_it_on_fjords/",
        "Balcony worth it on a fjords cruise? : r/Cruise",
        "cruise",
    ),
    day("4 20:00"),
    *iplayer(),
    day("5 09:15"),
    *yahoo(),
    *bbc(),
    day("5 10:30"),
    search(BING, "council tax reduction glasgow pensioner apply", "pension"),
    page(
        "https://www.glasgow.gov.uk/counciltaxreduction",
        "Council Tax Reduction - Glasgow City Council",
        "pension",
    ),
    day("5 14:00"),
    search(GOOGLE, "kids football boots size 13 astro turf", "boots"),
    page(
        "https://www.sportsdirect.com/kids-football-boots",
        "Kids Football Boots | Sports Direct",
        "boots",
    ),
    day("6 09:00"),
    *yahoo(),
    *facebook(),
    day("6 10:20"),
    search(BING, "shed roof felt screwfix torch on vs nail on", "shed"),
    page(
        "https://www.screwfix.com/c/building-supplies/roofing-felt/cat830722",
        "Roofing Felt | Screwfix.com",
        "shed",
    ),
    day("6 15:00"),
    search(BING, "heairng aids behind the ear vs in the ear which is better", "hearing"),
    page(
        "https://www.rnid.org.uk/information-and-support/hearing-loss/types-of-hearing-aid/",
        "Types of hearing aid | RNID",
        "hearing",
    ),
    day("7 09:00"),
    *yahoo(),
    *bbc(),
    day("7 11:00"),
    search(BING, "bowls bias chart comparison narrow line green", "bowls"),
    page(
        "https://www.bowlsinternational.com/bias-chart",
        "Lawn Bowls Bias Chart | Bowls International",
        "bowls",
    ),
    day("7 16:30"),
    search(BING, "cruise travel insurance over 70 pre existing conditions", "cruise"),
    page(
        "https://www.staysure.co.uk/travel-insurance/cruise/",
        "Cruise Travel Insurance for Over 70s | Staysure",
        "cruise",
    ),
    day("8 09:10"),
    *yahoo(),
    *facebook(),
    day("8 10:00"),
    search(GOOGLE, "how long does a pension credit claim take to process", "pension"),
    page(
        "https://www.ageuk.org.uk/information-advice/money-legal/benefits-entitlements/pension-credit/",
        "Pension Credit | Age UK",
        "pension",
    ),
    day("8 14:30"),
    search(BING, "second hand bowls scotland henselite tiger", "bowls"),
    page(
        "https://www.ebay.co.uk/b/Henselite-Lawn-Bowls/20863/bn_7023264",
        "Henselite Lawn Bowls for sale | eBay",
        "bowls",
    ),
    day("9 09:00"),
    *yahoo(),
    *bbc(),
    day("9 12:00"),
    search(GOOGLE, "football boots for wide feet kids nike or adidas", "boots"),
    page(
        "https://www.prodirectsport.com/soccer/l/kids-football-boots/",
        "Kids Football Boots | Pro:Direct Soccer",
        "boots",
    ),
    day("9 20:15"),
    *iplayer(),
    day("10 09:00"),
    *yahoo(),
    day("10 10:40"),
    search(BING, "what to pack for norway cruise in may weather geiranger", "cruise"),
    page(
        "https://www.cruisecritic.co.uk/articles/what-to-pack-for-a-norwegian-fjords-cruise",
        "What to Pack for a Norwegian Fjords Cruise | Cruise Critic",
        "cruise",
    ),
    day("10 15:00"),
    search(BING, "nhs audiology self referral scotland form", "hearing"),
    page(
        "https://www.nhsinform.scot/illnesses-and-conditions/ears-nose-and-throat/hearing-loss/",
        "Hearing loss | NHS inform",
        "hearing",
    ),
]
