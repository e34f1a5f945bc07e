"""A line cook's ten days in New Orleans, on his own laptop, written in the twenty-eighth
session after its first change, and scored before any change for it: a food truck of his
own (the permits, an LLC, a commissary kitchen, a used truck and its loan: facets in words
of their own), his daughter's braces, a used motorcycle, his mother's sixtieth birthday,
and a night's reading about the 1927 flood. Gmail, the Times-Picayune,
ESPN and YouTube are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week89``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "dre.landry.cooks@gmail.com"
INBOX = "c3f81a0d2e"
YT = "https://www.youtube.com/watch?v="
WIKI = "https://en.wikipedia.org/wiki/"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (11) - {ADDRESS} - Gmail", None)]


def paper() -> list[Step]:
    return [
        (
            "goto",
            "https://www.nola.com/",
            "NOLA.com: New Orleans News, Sports, Weather, Food, Entertainment",
            None,
        )
    ]


def espn() -> list[Step]:
    return [
        (
            "goto",
            "https://www.espn.com/",
            "ESPN - Serving Sports Fans. Anytime. Anywhere.",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 10:00"),
    *mail(),
    *espn(),
    day("1 11:30"),
    search(GOOGLE, "how to start a food truck in new orleans permits", "truck"),
    page(
        "https://nola.gov/mobile-vending/",
        "Mobile Vending - City of New Orleans",
        "truck",
    ),
    *tab(
        f"{YT}Fp3kR9vL2mQ",
        "I Started a Food Truck With $20k - Here's What It Really Cost - YouTube",
        "truck",
    ),
    day("1 15:00"),
    search(GOOGLE, "braces cost for 12 year old new orleans insurance", "braces"),
    page(
        "https://www.aaoinfo.org/blog/how-much-do-braces-cost/",
        "How Much Do Braces Cost? | American Association of Orthodontists",
        "braces",
    ),
    day("1 23:10"),
    *espn(),
    day("2 10:15"),
    *mail(),
    *paper(),
    day("2 11:00"),
    search(BING, "used honda rebel 500 for sale louisiana", "bike"),
    page(
        "https://www.cycletrader.com/Honda-Rebel-500-Motorcycles-For-Sale/search-results?state=Louisiana",
        "Honda Rebel 500 Motorcycles for Sale in Louisiana - Cycle Trader",
        "bike",
    ),
    day("2 14:20"),
    search(GOOGLE, "llc vs sole proprietorship louisiana small business", "truck"),
    page(
        "https://www.sos.la.gov/BusinessServices/StartANewBusiness/Pages/default.aspx",
        "Start a New Business | Louisiana Secretary of State",
        "truck",
    ),
    day("2 22:30"),
    search(GOOGLE, "1927 great mississippi flood", "flood"),
    *tab(
        f"{YT}Hn6wT1bZ8cX",
        "The Great Mississippi Flood of 1927 | Documentary - YouTube",
        "flood",
    ),
    page(
        f"{WIKI}Great_Mississippi_Flood_of_1927",
        "Great Mississippi Flood of 1927 - Wikipedia",
        "flood",
    ),
    page(
        f"{WIKI}Caernarvon,_Louisiana",
        "Caernarvon, Louisiana - Wikipedia",
        "flood",
    ),
    page(
        f"{WIKI}Herbert_Hoover",
        "Herbert Hoover - Wikipedia",
        "flood",
    ),
    day("3 10:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1857455501234567101",
        "Maya's consultation - Crescent City Orthodontics",
        "braces",
    ),
    day("3 12:00"),
    search(GOOGLE, "commissary kitchen rental new orleans hourly", "truck"),
    page(
        "https://www.thekitchendoor.com/us-commercial-kitchen-rentals/louisiana/new-orleans",
        "New Orleans Commercial Kitchens for Rent | The Kitchen Door",
        "truck",
    ),
    day("3 16:30"),
    search(GOOGLE, "60th birthday party ideas for mom backyard crawfish boil", "party"),
    page(
        "https://www.southernliving.com/entertaining/crawfish-boil-party",
        "How To Host A Crawfish Boil | Southern Living",
        "party",
    ),
    day("4 10:30"),
    *paper(),
    *espn(),
    day("4 11:45"),
    search(BING, "motorcycle endorsement louisiana class m test", "bike"),
    page(
        "https://www.expresslane.org/drivers-license/motorcycle-endorsement",
        "Motorcycle Endorsement | Louisiana OMV",
        "bike",
    ),
    day("4 15:00"),
    search(GOOGLE, "used food truck for sale financing bad credit", "truck"),
    page(
        "https://www.usedvending.com/i/food-trucks-for-sale",
        "Food Trucks for Sale | UsedVending.com",
        "truck",
    ),
    *tab(
        "https://www.reddit.com/r/KitchenConfidential/comments/t5y2n1/how_did_you_finance_your_truck/",
        "How did you finance your truck? : r/KitchenConfidential",
        "truck",
    ),
    day("5 10:00"),
    *mail(),
    day("5 13:30"),
    search(GOOGLE, "invisalign vs braces for kids which is better", "braces"),
    page(
        "https://www.healthline.com/health/invisalign-vs-braces",
        "Invisalign vs. Braces: Pros, Cons, Cost, and More - Healthline",
        "braces",
    ),
    day("5 17:00"),
    search(GOOGLE, "party rentals new orleans tables chairs tent", "party"),
    page(
        "https://www.nolapartyrentals.com/",
        "NOLA Party Rentals | Tents, Tables, Chairs",
        "party",
    ),
    day("6 11:00"),
    *espn(),
    search(BING, "louisiana department of health mobile food unit plan review", "truck"),
    page(
        "https://ldh.la.gov/page/retail-food",
        "Retail Food | La Dept. of Health",
        "truck",
    ),
    day("6 14:30"),
    search(BING, "2019 honda rebel 500 reliability problems", "bike"),
    page(
        "https://www.reddit.com/r/Rebel500/comments/u7q3z8/anything_to_check_on_a_used_rebel/",
        "Anything to check on a used Rebel? : r/Rebel500",
        "bike",
    ),
    day("7 10:00"),
    *mail(),
    *paper(),
    day("7 12:15"),
    search(GOOGLE, "crawfish price per pound this week new orleans", "party"),
    page(
        "https://www.crawfishapp.com/prices",
        "Live Crawfish Prices This Week | The Crawfish App",
        "party",
    ),
    day("7 16:00"),
    search(GOOGLE, "sba microloan food business louisiana", "truck"),
    page(
        "https://www.sba.gov/funding-programs/loans/microloans",
        "Microloans | U.S. Small Business Administration",
        "truck",
    ),
    day("8 10:20"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1857455501234567202",
        "Re: Rebel 500 - still available?",
        "bike",
    ),
    day("8 11:00"),
    search(BING, "motorcycle insurance cost louisiana first bike", "bike"),
    page(
        "https://www.progressive.com/motorcycle/",
        "Motorcycle Insurance | Progressive",
        "bike",
    ),
    day("8 15:45"),
    search(GOOGLE, "orthodontist payment plan no interest", "braces"),
    page(
        "https://www.carecredit.com/doctor-locator/orthodontics/",
        "Find an Orthodontist that Accepts CareCredit",
        "braces",
    ),
    day("9 10:00"),
    *espn(),
    day("9 12:30"),
    search(GOOGLE, "food truck menu pricing food cost percentage", "truck"),
    page(
        "https://www.webstaurantstore.com/article/86/food-truck-menu-pricing.html",
        "How to Price Your Food Truck Menu - WebstaurantStore",
        "truck",
    ),
    day("9 17:00"),
    search(GOOGLE, "custom birthday banner 60 and fabulous", "party"),
    page(
        "https://www.etsy.com/market/60_and_fabulous_banner",
        "60 and Fabulous Banner - Etsy",
        "party",
    ),
    day("10 10:00"),
    *mail(),
    *paper(),
    day("10 13:00"),
    search(BING, "fire suppression system food truck inspection new orleans", "truck"),
    page(
        "https://nola.gov/fire/fire-prevention/",
        "Fire Prevention - New Orleans Fire Department",
        "truck",
    ),
]
