"""A nurse's ten days in Manchester, written at the start of the twenty-fifth session and scored
before any change for it: her car failed its MOT on the brakes and a tyre, a friend's hen do
in Edinburgh is hers to organise, she is learning to crochet a blanket, her nursing
registration's revalidation is due, her son's secondary school place goes to appeal, and the
energy tariff ends. She works nights on three of the days, so several sittings are at three in
the morning. BBC News, Facebook and Gmail are opened most days, Netflix at night; YouTube,
Amazon, Reddit and Mumsnet each serve more than one task. Searches go to Google and Bing.
Used by make_week_history.py (``week72``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "gemma.hartley.rn@gmail.com"
INBOX = "c1d2e3f4a5"
YT = "https://www.youtube.com/watch?v="
MN = "https://www.mumsnet.com/talk"
AMZ = "https://www.amazon.co.uk"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (6) - {ADDRESS} - Gmail", None)]


def bbc() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/news", "Home - BBC News", None)]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


def netflix() -> list[Step]:
    return [("goto", "https://www.netflix.com/browse", "Home - Netflix", None)]


STEPS: list[Step] = [
    day("1 09:10"),
    *mail(),
    *bbc(),
    day("1 10:30"),
    search(GOOGLE, "mot failed brake discs worn dangerous can i drive home", "mot"),
    page(
        "https://www.gov.uk/getting-an-mot/if-your-vehicle-fails-its-mot",
        "Getting an MOT: If your vehicle fails its MOT - GOV.UK",
        "mot",
    ),
    page(
        "https://www.whocanfixmycar.com/advice/brake-discs-and-pads-replacement-cost",
        "How much do brake discs and pads cost to replace? | WhoCanFixMyCar",
        "mot",
    ),
    search(GOOGLE, "front brake discs and pads ford fiesta 2017 price", "mot"),
    page(
        "https://www.halfords.com/motoring/car-servicing/brakes/brake-discs-and-pads",
        "Brake Discs & Pads Fitting | Halfords UK",
        "mot",
    ),
    day("1 14:00"),
    *facebook(),
    search(BING, "hen do ideas edinburgh", "hen"),
    page(
        "https://www.lastnightoffreedom.co.uk/hen-do-ideas/edinburgh/",
        "Edinburgh Hen Do Ideas & Packages | Last Night of Freedom",
        "hen",
    ),
    page(
        "https://www.visitscotland.com/places-to-go/edinburgh/things-to-do/",
        "Things to do in Edinburgh | VisitScotland",
        "hen",
    ),
    day("1 21:00"),
    *netflix(),
    day("2 03:10"),
    search(GOOGLE, "granny square for absolute beginners", "crochet"),
    page(
        f"{YT}gS9rD4mQx1k",
        "How to Crochet a Granny Square for Absolute Beginners - YouTube",
        "crochet",
    ),
    search(GOOGLE, "magic ring crochet left handed", "crochet"),
    page(
        "https://www.reddit.com/r/crochet/comments/1e2f3g4/magic_ring_keeps_coming_undone/",
        "Magic ring keeps coming undone - help! : r/crochet",
        "crochet",
    ),
    day("2 04:20"),
    search(BING, "nmc revalidation requirements", "nmc"),
    page(
        "https://www.nmc.org.uk/revalidation/requirements/",
        "Revalidation requirements - The Nursing and Midwifery Council",
        "nmc",
    ),
    page(
        "https://www.nmc.org.uk/revalidation/requirements/practice-hours/",
        "Practice hours - The Nursing and Midwifery Council",
        "nmc",
    ),
    day("2 13:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1822334455667788001",
        "Secondary school offer for Jack Hartley - Manchester City Council",
        "appeal",
    ),
    search(GOOGLE, "didn't get first choice secondary school what now", "appeal"),
    page(
        "https://www.gov.uk/schools-admissions/appealing-a-school-decision",
        "School admissions: Appealing a school's decision - GOV.UK",
        "appeal",
    ),
    page(
        f"{MN}/secondary/4821937-didnt-get-any-of-our-choices",
        "Didn't get any of our choices | Mumsnet",
        "appeal",
    ),
    day("2 20:00"),
    *bbc(),
    search(GOOGLE, "octopus energy tracker vs flexible", "energy"),
    page(
        "https://www.moneysavingexpert.com/utilities/octopus-tracker/",
        "Octopus Tracker: is it worth it? - MoneySavingExpert",
        "energy",
    ),
    day("3 09:30"),
    *mail(),
    *facebook(),
    day("3 11:00"),
    search(BING, "kwik fit 195/55 r16 tyre price", "mot"),
    page(
        "https://www.kwik-fit.com/tyres/search/results/195/55/16",
        "195/55 R16 Tyres | Kwik Fit",
        "mot",
    ),
    page(
        "https://www.blackcircles.com/tyres/195-55-r16",
        "195/55 R16 Tyres - Fitted Locally | Blackcircles.com",
        "mot",
    ),
    day("3 15:00"),
    search(GOOGLE, "cocktail masterclass edinburgh group of 10", "hen"),
    page(
        "https://www.bombayking.co.uk/cocktail-masterclass-edinburgh",
        "Cocktail Masterclass Edinburgh | Bombay King",
        "hen",
    ),
    search(GOOGLE, "airbnb edinburgh old town sleeps 10", "hen"),
    page(
        "https://www.airbnb.co.uk/s/Edinburgh--Old-Town/homes?adults=10",
        "Edinburgh Old Town - Holiday Rentals & Places to Stay - Airbnb",
        "hen",
    ),
    day("3 22:00"),
    *netflix(),
    day("4 02:40"),
    search(GOOGLE, "reflective account example nmc nurse", "nmc"),
    page(
        "https://www.nmc.org.uk/globalassets/sitedocuments/revalidation/reflective-accounts-form.pdf",
        "Reflective accounts form - NMC",
        "nmc",
    ),
    page(
        "https://www.reddit.com/r/NursingUK/comments/1f5a6b7/revalidation_reflective_accounts_examples/",
        "Revalidation reflective accounts examples? : r/NursingUK",
        "nmc",
    ),
    day("4 04:00"),
    search(BING, "crochet uk vs us terms double crochet", "crochet"),
    page(
        "https://www.lovecrafts.com/en-gb/l/crochet/uk-vs-us-crochet-terms",
        "UK vs US Crochet Terms Conversion Chart | LoveCrafts",
        "crochet",
    ),
    day("4 14:00"),
    *mail(),
    search(GOOGLE, "manchester city council secondary school admission appeal form", "appeal"),
    page(
        "https://secure.manchester.gov.uk/info/500223/school_admissions/3012/school_admission_appeals",
        "School admission appeals | Manchester City Council",
        "appeal",
    ),
    day("4 19:30"),
    *bbc(),
    search(GOOGLE, "should i fix my energy tariff december 2026", "energy"),
    page(
        "https://www.uswitch.com/gas-electricity/guides/should-i-fix-my-energy-prices/",
        "Should I fix my energy prices? | Uswitch",
        "energy",
    ),
    page(
        "https://www.uswitch.com/gas-electricity/",
        "Compare Gas and Electricity Prices | Uswitch",
        "energy",
    ),
    day("5 10:00"),
    *mail(),
    *facebook(),
    day("5 11:30"),
    search(GOOGLE, "how to check brake discs thickness yourself", "mot"),
    page(
        f"{YT}bR4kDisc9Zq",
        "How to Check Brake Discs and Pads - Without Removing the Wheel - YouTube",
        "mot",
    ),
    search(BING, "garages near m20 brake discs fitted today", "mot"),
    page(
        "https://www.whocanfixmycar.com/brake-discs-and-pads/manchester",
        "Brake Discs and Pads in Manchester | WhoCanFixMyCar",
        "mot",
    ),
    day("5 16:00"),
    search(GOOGLE, "personalised hen party sashes", "hen"),
    page(
        f"{AMZ}/Personalised-Hen-Party-Sashes-Bride-Tribe/dp/B08XYZHEN1",
        "Personalised Hen Party Sashes Bride Tribe Set of 10 : Amazon.co.uk: Home & Kitchen",
        "hen",
    ),
    day("5 21:30"),
    search(GOOGLE, "stylecraft special dk blanket how many balls", "crochet"),
    page(
        "https://www.lovecrafts.com/en-gb/p/stylecraft-special-dk",
        "Stylecraft Special DK | LoveCrafts",
        "crochet",
    ),
    page(
        f"{AMZ}/Stylecraft-Special-Double-Knitting-Yarn/dp/B00CROCHET",
        "Stylecraft Special DK Double Knitting Yarn 100g : Amazon.co.uk: Home & Kitchen",
        "crochet",
    ),
    day("6 09:00"),
    *mail(),
    *bbc(),
    day("6 10:30"),
    search(GOOGLE, "how to win a school appeal grounds", "appeal"),
    page(
        "https://www.schoolappealsadvice.co.uk/how-to-win-a-school-appeal/",
        "How to Win a School Appeal | School Appeals Advice",
        "appeal",
    ),
    page(
        f"{MN}/secondary/4822610-appeal-hearing-what-to-expect",
        "Appeal hearing - what to expect? | Mumsnet",
        "appeal",
    ),
    day("6 13:00"),
    search(BING, "nmc revalidation confirmer who can be", "nmc"),
    page(
        "https://www.nmc.org.uk/revalidation/requirements/confirmation/",
        "Confirmation - The Nursing and Midwifery Council",
        "nmc",
    ),
    day("6 20:00"),
    search(GOOGLE, "manchester to edinburgh train group save", "hen"),
    page(
        "https://www.thetrainline.com/en/train-times/manchester-to-edinburgh",
        "Cheap Trains from Manchester to Edinburgh | Trainline",
        "hen",
    ),
    day("7 03:30"),
    search(GOOGLE, "joining granny squares invisible seam", "crochet"),
    page(
        f"{YT}jN7sQm2Lp0c",
        "How to Join Granny Squares - Invisible Seam - YouTube",
        "crochet",
    ),
    day("7 14:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1822334455667788002",
        "Your booking at Halfords Autocentre Didsbury is confirmed",
        "mot",
    ),
    page(
        "https://www.halfords.com/my-account/bookings",
        "My Bookings | Halfords UK",
        "mot",
        action="goto",
    ),
    day("7 18:00"),
    search(GOOGLE, "octopus energy switch how long smart meter", "energy"),
    page(
        "https://octopus.energy/help-and-faqs/articles/how-long-does-it-take-to-switch/",
        "How long does it take to switch? | Octopus Energy",
        "energy",
    ),
    page(
        "https://octopus.energy/quote/",
        "Get a quote | Octopus Energy",
        "energy",
    ),
    day("8 09:30"),
    *mail(),
    *facebook(),
    day("8 11:00"),
    search(GOOGLE, "school appeal letter example oversubscribed distance", "appeal"),
    page(
        "https://www.schoolappealsadvice.co.uk/sample-appeal-letters/",
        "Sample School Appeal Letters | School Appeals Advice",
        "appeal",
    ),
    *tab(
        "https://docs.google.com/document/d/1aBcAppealJackHartley/edit",
        "Jack appeal letter - Google Docs",
        "appeal",
    ),
    day("8 15:00"),
    search(BING, "afternoon tea bus tour edinburgh", "hen"),
    page(
        "https://www.bridgertea.co.uk/edinburgh-afternoon-tea-bus-tour",
        "Edinburgh Afternoon Tea Bus Tour | Bridger Tea",
        "hen",
    ),
    day("8 21:00"),
    *netflix(),
    day("9 10:00"),
    *mail(),
    *bbc(),
    day("9 12:00"),
    search(GOOGLE, "cpd hours participatory learning examples nurse", "nmc"),
    page(
        "https://www.rcn.org.uk/professional-development/revalidation/cpd",
        "Continuing professional development | Royal College of Nursing",
        "nmc",
    ),
    page(
        "https://www.nmc.org.uk/revalidation/requirements/continuing-professional-development/",
        "Continuing professional development - The Nursing and Midwifery Council",
        "nmc",
    ),
    day("9 16:30"),
    search(GOOGLE, "granny square blanket border simple", "crochet"),
    page(
        "https://www.ravelry.com/patterns/library/simple-granny-square-blanket-border",
        "Ravelry: Simple Granny Square Blanket Border pattern",
        "crochet",
    ),
    day("10 09:00"),
    *mail(),
    *facebook(),
    day("10 10:30"),
    search(GOOGLE, "mot retest free within 10 working days", "mot"),
    page(
        "https://www.gov.uk/getting-an-mot/retests",
        "Getting an MOT: Retests - GOV.UK",
        "mot",
    ),
    day("10 13:00"),
    search(BING, "octopus flexible direct debit calculator", "energy"),
    page(
        "https://www.moneysavingexpert.com/utilities/direct-debit-calculator/",
        "Energy Direct Debit Calculator - MoneySavingExpert",
        "energy",
    ),
    day("10 20:00"),
    search(GOOGLE, "hen do edinburgh saturday night bars", "hen"),
    page(
        "https://www.timeout.com/edinburgh/bars-and-pubs/best-bars-in-edinburgh",
        "The 21 best bars in Edinburgh | Time Out",
        "hen",
    ),
]
