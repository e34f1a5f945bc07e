"""A veterinary nurse's ten days in Leeds, written in the fiftieth session and scored
before any change for it: a kitchen refitted (worktops, a fitter, a tap), a retired
greyhound adopted (the trust, a cat test, a muzzle, a bed, a coat), her daughter's
university applications (a personal statement, an open day, student finance), the washing
machine's error code (the pump filter, then a new machine), her sister's hen weekend in
Edinburgh (a cocktail class, trains, a flat) and the hours of study her registration asks
for. Between them she
reads BBC News, Gmail, YouTube and Mumsnet. Searches go to Google and Bing.
Used by make_week_history.py (``week172``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "claire.hodgson.rvn@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (3) - {ADDRESS} - Gmail", None)]


def bbc() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/news", "Home - BBC News", None)]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


def mumsnet() -> list[Step]:
    return [("goto", "https://www.mumsnet.com/talk", "Mumsnet Talk", None)]


STEPS: list[Step] = [
    day("1 07:15"),
    *bbc(),
    search(GOOGLE, "quartz vs laminate worktops cost uk", "kitchen"),
    page(
        "https://www.checkatrade.com/blog/cost-guides/kitchen-worktop-cost/",
        "Kitchen Worktop Cost Guide 2027 | Checkatrade",
        "kitchen",
    ),
    page(
        "https://www.worktop-express.co.uk/quartz-worktops/",
        "Quartz Worktops | Cut to Size | Worktop Express",
        "kitchen",
    ),
    day("1 20:30"),
    search(BING, "adopting a retired greyhound what to know", "dog"),
    page(
        "https://www.greyhoundtrust.org.uk/adopting-a-greyhound",
        "Adopting a greyhound | Greyhound Trust",
        "dog",
    ),
    *tab(
        "https://www.greyhoundtrust.org.uk/centres/leeds",
        "Leeds Greyhound Trust | Greyhound Trust",
        "dog",
    ),
    day("2 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e71d0a93b5",
        "1839100231770",
        "UCAS: Sophie's application - references due 29 January",
        "uni",
    ),
    search(GOOGLE, "how to write a ucas personal statement for biology", "uni"),
    page(
        "https://www.ucas.com/undergraduate/applying-to-university/writing-personal-statement",
        "Writing your personal statement | UCAS",
        "uni",
    ),
    page(
        "https://www.thestudentroom.co.uk/personal-statement/biology",
        "Biology personal statement examples - The Student Room",
        "uni",
    ),
    day("2 19:10"),
    search(GOOGLE, "bosch washing machine e20 error", "washer"),
    page(
        "https://www.bosch-home.co.uk/service/error-codes/washing-machine/e20",
        "Error code E20 on your washing machine | Bosch",
        "washer",
    ),
    search(GOOGLE, "how to clean washing machine pump filter bosch serie 4", "washer"),
    page(
        "https://www.youtube.com/watch?v=k3Pm2XqL8sA",
        "How to Clean the Pump Filter on a Bosch Washing Machine - YouTube",
        "washer",
    ),
    day("3 07:20"),
    *mumsnet(),
    search(BING, "edinburgh hen do ideas cocktail masterclass", "hen"),
    page(
        "https://www.funktionevents.co.uk/hen-party-ideas/edinburgh/cocktail-making",
        "Cocktail Making Hen Party Edinburgh | Funktion Events",
        "hen",
    ),
    page(
        "https://www.bramblebar.co.uk/masterclass",
        "Cocktail Masterclass | Bramble Bar Edinburgh",
        "hen",
    ),
    day("3 21:00"),
    search(GOOGLE, "rcvs cpd requirement rvn hours per year", "cpd"),
    page(
        "https://www.rcvs.org.uk/lifelong-learning/cpd/cpd-requirements/",
        "CPD requirements - Professionals | RCVS",
        "cpd",
    ),
    day("4 07:10"),
    *bbc(),
    search(GOOGLE, "kitchen fitters leeds reviews", "kitchen"),
    page(
        "https://www.checkatrade.com/Search/Kitchen-Fitter/in/Leeds",
        "Kitchen Fitters in Leeds | Checkatrade",
        "kitchen",
    ),
    page(
        "https://www.leedskitchenfitting.co.uk/",
        "Leeds Kitchen Fitting | Supply and Fit Kitchens Across West Yorkshire",
        "kitchen",
    ),
    day("4 18:45"),
    search(BING, "are greyhounds good with cats cat test", "dog"),
    page(
        "https://www.retiredgreyhounds.co.uk/cat-tested-greyhounds",
        "Cat tested greyhounds: what it means | Retired Greyhounds",
        "dog",
    ),
    day("5 07:25"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e71d0a93b5",
        "1839177340219",
        "Newcastle University Open Day - your booking is confirmed",
        "uni",
    ),
    day("5 20:00"),
    search(GOOGLE, "washing machine still not draining after cleaning filter", "washer"),
    page(
        "https://www.which.co.uk/reviews/washing-machines/article/washing-machine-not-draining",
        "Washing machine not draining? How to fix it - Which?",
        "washer",
    ),
    search(GOOGLE, "best washing machine 9kg 2027 which", "washer"),
    page(
        "https://www.which.co.uk/reviews/washing-machines/article/best-washing-machines",
        "Best washing machines 2027 - Which?",
        "washer",
    ),
    *tab(
        "https://www.ao.com/l/washing_machines-9kg/1-8/70-76/",
        "9kg Washing Machines | AO.com",
        "washer",
    ),
    day("6 08:30"),
    *youtube(),
    search(GOOGLE, "greyhound muzzle basket size guide", "dog"),
    page(
        "https://www.houndhouse.co.uk/greyhound-muzzles",
        "Greyhound Muzzles - Kennel and Racing Style | Hound House",
        "dog",
    ),
    page(
        "https://www.zooplus.co.uk/shop/dogs/dog_muzzles",
        "Dog Muzzles | zooplus.co.uk",
        "dog",
    ),
    search(GOOGLE, "best dog bed for sighthounds memory foam", "dog"),
    page(
        "https://www.snoozzzer.co.uk/sighthound-beds",
        "Sighthound Beds | Snoozzzer",
        "dog",
    ),
    day("6 14:00"),
    search(BING, "lner leeds to edinburgh trains friday", "hen"),
    page(
        "https://www.lner.co.uk/buy-tickets/leeds-to-edinburgh/",
        "Cheap Train Tickets from Leeds to Edinburgh | LNER",
        "hen",
    ),
    search(BING, "airbnb edinburgh old town sleeps 8", "hen"),
    page(
        "https://www.airbnb.co.uk/edinburgh-united-kingdom/stays/large-groups",
        "Large group stays in Edinburgh - Airbnb",
        "hen",
    ),
    day("7 07:30"),
    *mumsnet(),
    search(GOOGLE, "student finance england maintenance loan household income 45000", "uni"),
    page(
        "https://www.gov.uk/student-finance/new-fulltime-students",
        "Student finance for undergraduates: Full-time students - GOV.UK",
        "uni",
    ),
    page(
        "https://www.savethestudent.org/student-finance/maintenance-loan-calculator.html",
        "Maintenance Loan calculator 2027/28 - Save the Student",
        "uni",
    ),
    day("7 21:10"),
    search(GOOGLE, "veterinary nursing anaesthesia cpd course online", "cpd"),
    page(
        "https://www.improveinternational.com/uk/courses/veterinary-nurse-anaesthesia",
        "Veterinary Nurse Anaesthesia Certificate | Improve International",
        "cpd",
    ),
    page(
        "https://www.vetlexicon.com/cpd/nurses",
        "CPD for vet nurses | Vetlexicon",
        "cpd",
    ),
    day("8 07:15"),
    *bbc(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e71d0a93b5",
        "1839250183448",
        "Your quote from Leeds Kitchen Fitting - ref LKF-2291",
        "kitchen",
    ),
    search(GOOGLE, "pull out spray kitchen tap brushed brass", "kitchen"),
    page(
        "https://www.taps.co.uk/kitchen-taps/pull-out-kitchen-taps/brushed-brass",
        "Brushed Brass Pull Out Kitchen Taps | Taps UK",
        "kitchen",
    ),
    day("8 19:30"),
    search(GOOGLE, "bosch serie 6 vs samsung ecobubble 9kg", "washer"),
    page(
        "https://www.ao.com/product/wgg24409gb-bosch-serie-6-washing-machine-white",
        "Bosch Serie 6 WGG24409GB 9kg Washing Machine | AO.com",
        "washer",
    ),
    day("9 07:40"),
    *youtube(),
    search(BING, "greyhound coat for winter fleece", "dog"),
    page(
        "https://www.equafleece.co.uk/greyhound-coats",
        "Greyhound coats and jumpers | Equafleece",
        "dog",
    ),
    day("9 20:15"),
    search(GOOGLE, "newcastle university biology entry requirements", "uni"),
    page(
        "https://www.ncl.ac.uk/undergraduate/degrees/c100/",
        "Biology BSc Honours | Newcastle University",
        "uni",
    ),
    search(GOOGLE, "hen party games printable", "hen"),
    page(
        "https://www.hitched.co.uk/chat/hen-party-games",
        "Hen party games everyone will love | Hitched.co.uk",
        "hen",
    ),
    day("10 07:20"),
    *mumsnet(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e71d0a93b5",
        "1839322874601",
        "Order confirmed: Bosch Serie 6 9kg - delivery Thursday",
        "washer",
    ),
    day("10 13:00"),
    search(GOOGLE, "rcvs cpd record 1cpd app how to log", "cpd"),
    page(
        "https://www.rcvs.org.uk/lifelong-learning/cpd/1cpd/",
        "1CPD - recording your CPD | RCVS",
        "cpd",
    ),
    day("10 21:30"),
    *bbc(),
    *youtube(),
]
