"""A second person's week, written after the journey engine's side-question rule was set, to
check it on browsing it was not tuned on. Used by make_week_history.py (``week2``).

Five tasks interleave over eight days: a flat in Berlin (with the registration and credit
check questions that come with it), Go generics for work, a dripping kitchen tap (fixed), a
present for a mother's 60th (ordered) and a used car (not bought). Around them: Outlook mail,
the New York Times front page, X and Twitch, several times a day. Steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, search

G = "https://go.dev"
WG = "https://www.wg-gesucht.de"
IS = "https://www.immobilienscout24.de"
HD = "https://www.homedepot.com"
ETSY = "https://www.etsy.com"
AT = "https://www.autotrader.com"


def mail() -> list[Step]:
    return [("goto", "https://outlook.live.com/mail/0/", "Mail - Alex Weber - Outlook", None)]


def front() -> list[Step]:
    return [
        (
            "goto",
            "https://www.nytimes.com/",
            "The New York Times - Breaking News, US News, World News and Videos",
            None,
        )
    ]


def social() -> list[Step]:
    return [("goto", "https://x.com/home", "Home / X", None)]


def stream() -> list[Step]:
    return [("goto", "https://www.twitch.tv/", "Twitch", None)]


STEPS: list[Step] = [
    day("1 08:10"),
    *mail(),
    *front(),
    day("1 09:30"),
    search(GOOGLE, "golang generics constraints", "go"),
    (
        "click",
        f"{G}/doc/tutorial/generics",
        "Tutorial: Getting started with generics - The Go Programming Language",
        "go",
    ),
    (
        "click",
        f"{G}/blog/intro-generics",
        "An Introduction To Generics - The Go Programming Language",
        "go",
    ),
    search(GOOGLE, "golang.org/x/exp/constraints Ordered", "go"),
    (
        "click",
        "https://pkg.go.dev/golang.org/x/exp/constraints",
        "constraints package - golang.org/x/exp/constraints - Go Packages",
        "go",
    ),
    day("1 12:45"),
    search(GOOGLE, "wg zimmer berlin neukölln", "flat"),
    (
        "click",
        f"{WG}/wg-zimmer-in-Berlin-Neukoelln.8.0.1.0.html",
        "WG-Zimmer in Berlin Neukölln - WG-Gesucht.de",
        "flat",
    ),
    (
        "tab",
        f"{WG}/wg-zimmer-in-Berlin-Neukoelln.9812345.html",
        "Helles Zimmer in 3er WG nahe Hermannplatz - WG-Gesucht.de",
        "flat",
    ),
    ("close", "", "", "flat"),
    search(GOOGLE, "schufa auskunft kostenlos", "flat"),
    (
        "click",
        "https://www.meineschufa.de/de/datenkopie",
        "Kostenlose Datenkopie nach Art. 15 DS-GVO | meineSCHUFA",
        "flat",
    ),
    day("1 19:20"),
    *stream(),
    day("1 20:05"),
    search(BING, "kitchen faucet dripping single handle", "tap"),
    (
        "click",
        "https://www.familyhandyman.com/project/how-to-fix-a-leaking-faucet",
        "How to Fix a Leaky Faucet (DIY) | Family Handyman",
        "tap",
    ),
    search(GOOGLE, "moen 1225 cartridge replacement", "tap"),
    (
        "click",
        "https://www.youtube.com/watch?v=moen1225",
        "How to Replace a Moen 1225 Cartridge - YouTube",
        "tap",
    ),
    day("2 08:20"),
    *mail(),
    *social(),
    day("2 10:00"),
    search(GOOGLE, "go generic type parameter method not allowed", "go"),
    (
        "click",
        "https://stackoverflow.com/questions/70668236/how-to-define-generic-method-in-go",
        "How to define a generic method in Go? - Stack Overflow",
        "go",
    ),
    day("2 13:10"),
    search(GOOGLE, "present for mom 60th birthday", "gift"),
    (
        "click",
        "https://www.goodhousekeeping.com/holidays/gift-ideas/g4057/60th-birthday-gift-ideas",
        "50 Best 60th Birthday Gift Ideas for Women in 2026 - Good Housekeeping",
        "gift",
    ),
    search(GOOGLE, "personalized photo book", "gift"),
    (
        "click",
        "https://www.mixbook.com/photo-books",
        "Photo Books | Custom Photo Albums | Mixbook",
        "gift",
    ),
    day("2 18:40"),
    (
        "goto",
        f"{HD}/p/MOEN-1225-Cartridge/100194458",
        "MOEN 1225 Replacement Cartridge - The Home Depot",
        "tap",
    ),
    ("click", f"{HD}/cart", "Shopping Cart - The Home Depot", "tap"),
    ("click", f"{HD}/order-confirmation", "Thank You for Your Order - The Home Depot", "tap"),
    day("3 08:15"),
    *front(),
    day("3 12:30"),
    search(GOOGLE, "2019 honda civic vs toyota corolla reliability", "car"),
    (
        "click",
        "https://www.caranddriver.com/compare/honda-civic-vs-toyota-corolla",
        "Honda Civic vs Toyota Corolla: Which Compact Is Better? - Car and Driver",
        "car",
    ),
    search(GOOGLE, "used honda civic 2019 under 18000", "car"),
    (
        "click",
        f"{AT}/cars-for-sale/used-cars/honda/civic/2019",
        "Used 2019 Honda Civic for Sale - Autotrader",
        "car",
    ),
    (
        "tab",
        f"{AT}/cars-for-sale/vehicle/712345678",
        "Used 2019 Honda Civic EX - Autotrader",
        "car",
    ),
    day("3 20:30"),
    search(GOOGLE, "anmeldung berlin termin", "flat"),
    (
        "click",
        "https://service.berlin.de/dienstleistung/120686/",
        "Anmeldung einer Wohnung - Service Berlin",
        "flat",
    ),
    (
        "goto",
        f"{IS}/Suche/de/berlin/berlin/wohnung-mieten",
        "Mietwohnungen in Berlin - ImmoScout24",
        "flat",
    ),
    day("4 08:25"),
    *mail(),
    day("4 09:40"),
    (
        "goto",
        "https://github.com/acme/ledger/pull/214",
        "Use generics for the money type by alex · Pull Request #214 · acme/ledger",
        "go",
    ),
    search(DDG, "go generics type sets union interface", "go"),
    (
        "click",
        f"{G}/ref/spec",
        "The Go Programming Language Specification - The Go Programming Language",
        "go",
    ),
    day("4 19:10"),
    search(GOOGLE, "faucet still dripping after cartridge replacement", "tap"),
    (
        "click",
        "https://www.thespruce.com/faucet-still-leaks-after-cartridge-replacement",
        "Why Your Faucet Still Leaks After Replacing the Cartridge - The Spruce",
        "tap",
    ),
    search(GOOGLE, "o ring plumbers grease", "tap"),
    (
        "click",
        f"{HD}/p/Danco-Silicone-Faucet-Grease/100132507",
        "DANCO Silicone Faucet Grease - The Home Depot",
        "tap",
    ),
    day("5 12:20"),
    search(GOOGLE, "mixbook vs shutterfly", "gift"),
    (
        "click",
        "https://www.wirecutter.com/reviews/best-photo-book-service",
        "The Best Photo Book Service for 2026 | Reviews by Wirecutter",
        "gift",
    ),
    search(GOOGLE, "mixbook coupon code", "gift"),
    (
        "click",
        "https://www.retailmenot.com/view/mixbook.com",
        "50% Off Mixbook Promo Codes - RetailMeNot",
        "gift",
    ),
    day("5 21:00"),
    *stream(),
    *social(),
    day("6 10:30"),
    search(GOOGLE, "carfax report free vin", "car"),
    (
        "click",
        "https://www.carfax.com/vehicle-history-reports",
        "Vehicle History Reports | CARFAX",
        "car",
    ),
    search(GOOGLE, "how to check a used car before buying", "car"),
    (
        "click",
        "https://www.consumerreports.org/cars/buying-a-used-car/used-car-inspection-checklist",
        "Used Car Inspection Checklist - Consumer Reports",
        "car",
    ),
    search(GOOGLE, "car insurance quote 2019 civic", "car"),
    ("click", "https://www.geico.com/auto-insurance", "Car Insurance Quotes | GEICO", "car"),
    day("6 15:00"),
    (
        "goto",
        "https://www.mixbook.com/photo-books",
        "Photo Books | Custom Photo Albums | Mixbook",
        "gift",
    ),
    ("click", "https://www.mixbook.com/checkout", "Checkout - Mixbook", "gift"),
    (
        "click",
        "https://www.mixbook.com/order/complete",
        "Thank you for your order! - Mixbook",
        "gift",
    ),
    day("7 08:30"),
    *mail(),
    *front(),
    day("7 13:15"),
    search(GOOGLE, "wohnung berlin kaltmiete warmmiete unterschied", "flat"),
    (
        "click",
        "https://www.immowelt.de/ratgeber/kaltmiete-warmmiete",
        "Kaltmiete und Warmmiete: Der Unterschied erklärt - immowelt",
        "flat",
    ),
    (
        "goto",
        f"{WG}/wg-zimmer-in-Berlin-Neukoelln.9812345.html",
        "Helles Zimmer in 3er WG nahe Hermannplatz - WG-Gesucht.de",
        "flat",
    ),
    day("8 09:50"),
    (
        "goto",
        "https://github.com/acme/ledger/pull/214",
        "Use generics for the money type by alex · Pull Request #214 · acme/ledger",
        "go",
    ),
    search(GOOGLE, "golang generic sum function float int", "go"),
    (
        "click",
        "https://gobyexample.com/generics",
        "Go by Example: Generics",
        "go",
    ),
    day("8 18:30"),
    (
        "goto",
        f"{AT}/cars-for-sale/vehicle/712345678",
        "Used 2019 Honda Civic EX - Autotrader",
        "car",
    ),
    search(GOOGLE, "questions to ask private car seller", "car"),
    (
        "click",
        "https://www.edmunds.com/car-buying/questions-to-ask-when-buying-a-used-car.html",
        "10 Questions to Ask When Buying a Used Car | Edmunds",
        "car",
    ),
    day("8 21:10"),
    *stream(),
]
