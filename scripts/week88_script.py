"""A veterinary technician's ten days in Phoenix, on her own laptop, written at the start of
the twenty-eighth session and scored before any change for it: the house's air conditioner
failing in the heat (the repair, the home warranty's claim, a portable unit meanwhile), her
study for the anaesthesia specialty exam, her own dog's limp (a torn ligament, a surgery's
cost), her sister's bachelorette weekend in San Diego, the car's emissions test and
registration, and a savings account moved. Gmail, Reddit, azcentral and YouTube are opened
most days. Searches go to Google, Bing and DuckDuckGo.
Used by make_week_history.py (``week88``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "kayla.brennan.vt@gmail.com"
INBOX = "9b2d5e1f7a"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (6) - {ADDRESS} - Gmail", None)]


def reddit() -> list[Step]:
    return [("goto", "https://www.reddit.com/", "Reddit - Dive into anything", None)]


def paper() -> list[Step]:
    return [
        (
            "goto",
            "https://www.azcentral.com/",
            "azcentral.com: Phoenix news, sports, entertainment and more",
            None,
        )
    ]


def videos() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


STEPS: list[Step] = [
    day("1 07:40"),
    *mail(),
    *reddit(),
    day("1 18:30"),
    search(GOOGLE, "ac blowing warm air outside unit fan not spinning", "ac"),
    page(
        "https://www.hvac.com/faq/ac-fan-not-spinning/",
        "AC Fan Not Spinning? Here's What to Do | HVAC.com",
        "ac",
    ),
    *tab(
        f"{YT}Tq4nB7wX2zE",
        "How to Test and Replace an AC Capacitor - YouTube",
        "ac",
    ),
    search(GOOGLE, "hvac repair phoenix same day weekend", "ac"),
    page(
        "https://www.yelp.com/search?find_desc=Hvac+Repair&find_loc=Phoenix%2C+AZ",
        "Top 10 Best Hvac Repair near Phoenix, AZ - Yelp",
        "ac",
    ),
    day("1 21:00"),
    *paper(),
    day("2 07:35"),
    *mail(),
    day("2 12:15"),
    search(BING, "vts anesthesia analgesia application case log requirements", "vts"),
    page(
        "https://www.avtaa-vts.org/application-process",
        "Application Process | Academy of Veterinary Technicians in Anesthesia & Analgesia",
        "vts",
    ),
    day("2 19:00"),
    search(GOOGLE, "dog limping back leg after running no yelping", "dog"),
    page(
        "https://www.akc.org/expert-advice/health/dog-limping/",
        "Dog Limping: Causes, Diagnosis, and Treatment - American Kennel Club",
        "dog",
    ),
    search(GOOGLE, "cruciate ligament tear dog signs sit test", "dog"),
    page(
        "https://www.vcahospitals.com/know-your-pet/cruciate-ligament-rupture-in-dogs",
        "Cruciate Ligament Rupture in Dogs | VCA Animal Hospitals",
        "dog",
    ),
    day("2 20:30"),
    *videos(),
    day("3 07:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1857123400987650101",
        "Claim #AHS-4471902 received: Central Air Conditioning",
        "ac",
    ),
    day("3 12:00"),
    search(GOOGLE, "american home shield ac claim denied improper maintenance", "ac"),
    page(
        "https://www.reddit.com/r/HomeImprovement/comments/q3w8e1/ahs_denied_my_ac_claim/",
        "AHS denied my AC claim for 'lack of maintenance' : r/HomeImprovement",
        "ac",
    ),
    day("3 16:40"),
    search(DDG, "bachelorette party san diego ideas boat", "bachelorette"),
    page(
        "https://www.sandiego.org/articles/nightlife/bachelorette-party-ideas.aspx",
        "Bachelorette Party Ideas in San Diego | Official Travel Resource",
        "bachelorette",
    ),
    *tab(
        "https://www.airbnb.com/rooms/51873390",
        "Pacific Beach 4BR Walk to Sand, Rooftop Deck - Houses for Rent in San Diego - Airbnb",
        "bachelorette",
    ),
    day("3 21:10"),
    *reddit(),
    day("4 07:40"),
    *mail(),
    *paper(),
    day("4 12:20"),
    search(GOOGLE, "capnography waveform interpretation veterinary anesthesia", "vts"),
    page(
        "https://www.vetfolio.com/learn/article/capnography-in-veterinary-anesthesia",
        "Capnography in Veterinary Anesthesia | VetFolio",
        "vts",
    ),
    day("4 18:00"),
    search(BING, "portable air conditioner for bedroom 110 degrees does it work", "ac"),
    page(
        "https://www.nytimes.com/wirecutter/reviews/best-portable-air-conditioner/",
        "The 3 Best Portable Air Conditioners of 2026 | Reviews by Wirecutter",
        "ac",
    ),
    page(
        "https://www.homedepot.com/p/Midea-Duo-12-000-BTU-Portable-Air-Conditioner/319441263",
        "Midea Duo 12,000 BTU Inverter Portable Air Conditioner - The Home Depot",
        "ac",
    ),
    day("5 07:40"),
    *mail(),
    *reddit(),
    day("5 13:00"),
    search(GOOGLE, "arizona emissions test locations phoenix wait time", "car"),
    page(
        "https://www.myazcar.com/locations",
        "Emissions Testing Locations | myazcar.com",
        "car",
    ),
    day("5 19:30"),
    search(GOOGLE, "tplo surgery cost phoenix vs lateral suture", "dog"),
    page(
        "https://www.reddit.com/r/DogAdvice/comments/r8t1k2/tplo_vs_lateral_suture_for_a_60_lb_dog/",
        "TPLO vs lateral suture for a 60 lb dog? : r/DogAdvice",
        "dog",
    ),
    *tab(
        "https://www.petinsurance.com/healthzone/pet-health/pet-conditions/tplo-surgery-cost/",
        "How Much Does TPLO Surgery Cost? | Nationwide Pet Insurance",
        "dog",
    ),
    day("6 09:00"),
    *videos(),
    search(DDG, "high yield savings account rates ally vs marcus", "savings"),
    page(
        "https://www.nerdwallet.com/article/banking/ally-vs-marcus",
        "Ally vs. Marcus: Which Savings Account Is Better? - NerdWallet",
        "savings",
    ),
    day("6 14:30"),
    search(GOOGLE, "matching bachelorette shirts etsy let's go girls", "bachelorette"),
    page(
        "https://www.etsy.com/market/lets_go_girls_bachelorette_shirts",
        "Lets Go Girls Bachelorette Shirts - Etsy",
        "bachelorette",
    ),
    day("6 20:00"),
    *paper(),
    day("7 07:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1857123400987650202",
        "Your technician visit is scheduled: Thursday 8am-12pm",
        "ac",
    ),
    day("7 12:10"),
    search(BING, "dexmedetomidine ketamine premed dose dogs", "vts"),
    page(
        "https://www.vin.com/apputil/content/defaultadv1.aspx?id=5328367",
        "Sedation protocols with dexmedetomidine - VIN",
        "vts",
    ),
    search(BING, "vts anesthesia exam pass rate study guide", "vts"),
    page(
        "https://www.reddit.com/r/VetTech/comments/s2k9v4/vts_anesthesia_study_tips/",
        "VTS anesthesia study tips? : r/VetTech",
        "vts",
    ),
    day("7 19:15"),
    search(GOOGLE, "servicearizona registration renewal after emissions", "car"),
    page(
        "https://azmvdnow.gov/home",
        "AZ MVD Now",
        "car",
    ),
    day("8 07:40"),
    *mail(),
    *reddit(),
    day("8 13:30"),
    search(GOOGLE, "dog knee brace acl instead of surgery does it work", "dog"),
    page(
        "https://www.hero-braces.com/pages/dog-acl-brace",
        "Dog ACL Brace | Hero Braces",
        "dog",
    ),
    day("8 18:45"),
    search(DDG, "san diego brunch large group reservation la jolla", "bachelorette"),
    page(
        "https://www.opentable.com/la-jolla-restaurants-brunch",
        "Best Brunch Restaurants in La Jolla | OpenTable",
        "bachelorette",
    ),
    search(DDG, "flights phoenix to san diego friday evening", "bachelorette"),
    page(
        "https://www.southwest.com/air/booking/select.html?originationAirportCode=PHX&destinationAirportCode=SAN",
        "Select Flights | Southwest Airlines",
        "bachelorette",
    ),
    day("9 07:40"),
    *mail(),
    *paper(),
    day("9 11:00"),
    search(GOOGLE, "capacitor and contactor replacement cost home warranty trade call fee", "ac"),
    page(
        "https://www.homeadvisor.com/cost/heating-and-cooling/replace-ac-capacitor/",
        "2026 AC Capacitor Replacement Cost | HomeAdvisor",
        "ac",
    ),
    day("9 17:30"),
    search(DDG, "how to move emergency fund to high yield savings transfer limit", "savings"),
    page(
        "https://www.ally.com/bank/online-savings-account/",
        "Online Savings Account: High Yield Savings | Ally Bank",
        "savings",
    ),
    day("10 07:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1857123400987650303",
        "Estimate for Bruno: TPLO right stifle",
        "dog",
    ),
    day("10 12:30"),
    search(BING, "hypotension under anesthesia dog treatment dopamine vs ephedrine", "vts"),
    page(
        "https://www.dvm360.com/view/managing-hypotension-during-anesthesia",
        "Managing hypotension during anesthesia | dvm360",
        "vts",
    ),
    day("10 20:00"),
    *videos(),
]
