"""A software tester's ten days in Minneapolis, written in the twenty-fourth session and scored
before any change for it: one long task and many stray look-ups. The kitchen is remodelled
over all ten days (a contractor, cabinets, quartz or butcher block, a permit, appliances, a
backsplash, where to eat meanwhile), and around it three short tasks (a sick cat, a
passport for a trip next spring, a friend's bachelor party in Las Vegas). Between them,
the quick questions of any day that belong to no task: a word's meaning, a unit, a score,
the weather, a film's showtimes, a recipe's conversion. Gmail, the Star Tribune and Reddit
are opened most days. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week70``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search

ADDRESS = "nora.lindqvist.qa@gmail.com"
INBOX = "a8b9c0d1e2"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (3) - {ADDRESS} - Gmail", None)]


def strib() -> list[Step]:
    return [
        ("goto", "https://www.startribune.com/", "Star Tribune: Minneapolis-St. Paul news", None)
    ]


def reddit() -> list[Step]:
    return [("goto", "https://www.reddit.com/", "Reddit - Dive into anything", None)]


def stray(engine: str, query: str, url: str, title: str) -> list[Step]:
    """A quick question of no task, and the page that answers it."""
    return [search(engine, query, None), page(url, title, None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *strib(),
    day("1 12:00"),
    search(GOOGLE, "kitchen remodel contractors minneapolis reviews", "kitchen"),
    page(
        "https://www.angi.com/companylist/us/mn/minneapolis/kitchen-remodeling.htm",
        "The 10 Best Kitchen Remodelers in Minneapolis, MN | Angi",
        "kitchen",
    ),
    page(
        "https://www.reddit.com/r/Minneapolis/comments/1d4e5f6/kitchen_contractor_recs/",
        "Kitchen contractor recommendations? : r/Minneapolis",
        "kitchen",
    ),
    *stray(
        DDG,
        "ubiquitous meaning",
        "https://www.merriam-webster.com/dictionary/ubiquitous",
        "Ubiquitous Definition & Meaning - Merriam-Webster",
    ),
    day("1 19:00"),
    search(GOOGLE, "cat not eating and hiding 2 days", "cat"),
    page(
        "https://www.petmd.com/cat/symptoms/why-my-cat-not-eating",
        "Why Is My Cat Not Eating? | PetMD",
        "cat",
    ),
    day("2 07:30"),
    *mail(),
    *reddit(),
    day("2 09:00"),
    *stray(
        GOOGLE,
        "weather minneapolis this weekend",
        "https://weather.com/weather/tenday/l/Minneapolis+MN",
        "Minneapolis, MN 10-Day Weather Forecast - The Weather Channel",
    ),
    day("2 12:30"),
    search(GOOGLE, "shaker cabinets semi custom vs ikea cost", "kitchen"),
    page(
        "https://www.thisoldhouse.com/kitchens/reviews/kitchen-cabinet-cost",
        "How Much Do Kitchen Cabinets Cost? (2026) | This Old House",
        "kitchen",
    ),
    day("2 18:00"),
    search(GOOGLE, "emergency vet minneapolis open now cat", "cat"),
    page(
        "https://www.blueridgevet.com/emergency",
        "24/7 Emergency Veterinary Care | BluePearl Golden Valley",
        "cat",
    ),
    *stray(
        GOOGLE,
        "timberwolves score",
        "https://www.espn.com/nba/team/_/name/min/minnesota-timberwolves",
        "Minnesota Timberwolves Scores, Stats and Highlights - ESPN",
    ),
    day("3 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1820112233445566001",
        "Your discharge instructions for Pepper - BluePearl Golden Valley",
        "cat",
    ),
    *strib(),
    day("3 12:00"),
    search(DDG, "quartz vs butcher block countertops pros cons", "kitchen"),
    page(
        "https://www.bobvila.com/articles/quartz-vs-butcher-block/",
        "Quartz vs. Butcher Block Countertops: Which Is Right for You? - Bob Vila",
        "kitchen",
    ),
    *stray(
        GOOGLE,
        "how many ml in a cup",
        "https://www.google.com/search?q=cup+to+ml",
        "cup to ml - Google Search",
    ),
    day("3 20:00"),
    search(GOOGLE, "las vegas bachelor party ideas not clubs", "vegas"),
    page(
        "https://www.reddit.com/r/vegas/comments/1a2s3d4/bachelor_party_ideas_that_arent_clubs/",
        "Bachelor party ideas that aren't clubs? : r/vegas",
        "vegas",
    ),
    page(
        "https://www.vegasexperience.com/activities/dig-this",
        "Dig This - Heavy Equipment Playground | Vegas Experience",
        "vegas",
    ),
    day("4 07:30"),
    *mail(),
    *reddit(),
    day("4 12:30"),
    search(GOOGLE, "minneapolis kitchen remodel permit required cabinets electrical", "kitchen"),
    page(
        "https://www.minneapolismn.gov/business-services/permits/residential-remodeling/",
        "Residential remodeling permits - City of Minneapolis",
        "kitchen",
    ),
    *stray(
        DDG,
        "dune part three showtimes",
        "https://www.fandango.com/dune-part-three-2026/movie-overview",
        "Dune: Part Three (2026) | Fandango",
    ),
    day("4 19:00"),
    search(GOOGLE, "passport renewal online 2026 how long", "passport"),
    page(
        "https://travel.state.gov/content/travel/en/passports/have-passport/renew-online.html",
        "Renew my Passport Online - Travel.State.Gov",
        "passport",
    ),
    day("5 08:00"),
    *mail(),
    *strib(),
    day("5 11:00"),
    search(GOOGLE, "induction range 30 inch slide in best", "kitchen"),
    page(
        "https://www.consumerreports.org/appliances/ranges/best-induction-ranges/",
        "Best Induction Ranges of 2026 - Consumer Reports",
        "kitchen",
    ),
    page(
        "https://www.ajmadison.com/cgi-bin/ajmadison/PHS930YPFS.html",
        "GE Profile PHS930YPFS 30 Inch Slide-In Induction Range | AJ Madison",
        "kitchen",
    ),
    *stray(
        GOOGLE,
        "is it going to snow tomorrow",
        "https://weather.com/weather/today/l/Minneapolis+MN",
        "Weather Forecast and Conditions for Minneapolis, MN - The Weather Channel",
    ),
    day("5 17:00"),
    search(DDG, "cat recovering from pancreatitis food", "cat"),
    page(
        "https://vcahospitals.com/know-your-pet/pancreatitis-in-cats",
        "Pancreatitis in Cats | VCA Animal Hospitals",
        "cat",
    ),
    day("6 09:00"),
    *mail(),
    *reddit(),
    day("6 10:30"),
    search(GOOGLE, "vegas bachelor party steakhouse private room group of 10", "vegas"),
    page(
        "https://www.opentable.com/lists/private-dining-las-vegas",
        "Private Dining in Las Vegas | OpenTable",
        "vegas",
    ),
    *stray(
        GOOGLE,
        "who sings the song in the new apple ad",
        "https://www.shazam.com/charts/top-200/world",
        "Top 200 World Chart | Shazam",
    ),
    day("6 14:00"),
    search(GOOGLE, "subway tile backsplash herringbone vs straight", "kitchen"),
    page(
        "https://www.houzz.com/ideabooks/backsplash-herringbone-subway",
        "Herringbone vs Straight-Set Subway Tile Backsplash | Houzz",
        "kitchen",
    ),
    day("7 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1820112233445568002",
        "Estimate #4471 - Kitchen remodel - Northland Renovation",
        "kitchen",
    ),
    *strib(),
    day("7 12:00"),
    search(GOOGLE, "passport photo cvs vs walgreens price", "passport"),
    page(
        "https://www.cvs.com/photo/passport-photos",
        "Passport Photos | CVS Photo",
        "passport",
    ),
    *stray(
        DDG,
        "350 f to c",
        "https://www.google.com/search?q=350+f+to+c",
        "350 f to c - Google Search",
    ),
    day("7 19:30"),
    search(GOOGLE, "how to survive kitchen remodel without a kitchen meal ideas", "kitchen"),
    page(
        "https://www.thekitchn.com/how-to-survive-a-kitchen-renovation-22945133",
        "How to Survive a Kitchen Renovation | The Kitchn",
        "kitchen",
    ),
    day("8 07:30"),
    *mail(),
    *reddit(),
    day("8 12:00"),
    *stray(
        GOOGLE,
        "vikings injury report",
        "https://www.vikings.com/team/injury-report/",
        "Injury Report | Minnesota Vikings",
    ),
    search(GOOGLE, "las vegas flights msp las october cheap", "vegas"),
    page(
        "https://www.kayak.com/flight-routes/Minneapolis-MSP/Las-Vegas-LAS",
        "Cheap Flights from Minneapolis to Las Vegas from $98 | KAYAK",
        "vegas",
    ),
    day("8 18:00"),
    search(DDG, "kitchen remodel payment schedule deposit contractor normal", "kitchen"),
    page(
        "https://www.nerdwallet.com/article/home-ownership/contractor-payment-schedule",
        "How to Pay a Contractor: Payment Schedules | NerdWallet",
        "kitchen",
    ),
    day("9 07:30"),
    *mail(),
    *strib(),
    day("9 13:00"),
    search(GOOGLE, "ds-82 form mail address minnesota", "passport"),
    page(
        "https://travel.state.gov/content/travel/en/passports/forms-fees/DS-82.html",
        "DS-82 Passport Renewal Form - Travel.State.Gov",
        "passport",
    ),
    *stray(
        GOOGLE,
        "define juxtaposition",
        "https://www.merriam-webster.com/dictionary/juxtaposition",
        "Juxtaposition Definition & Meaning - Merriam-Webster",
    ),
    day("10 08:00"),
    *mail(),
    *reddit(),
    day("10 11:30"),
    search(GOOGLE, "cabinet hardware brushed brass pulls 5 inch", "kitchen"),
    page(
        "https://www.rejuvenation.com/shop/hardware/cabinet-pulls",
        "Cabinet Pulls | Rejuvenation",
        "kitchen",
    ),
    day("10 16:00"),
    search(DDG, "cat weight gain after illness how fast", "cat"),
    page(
        "https://www.catster.com/guides/cat-weight-gain-after-illness/",
        "Helping Your Cat Regain Weight After an Illness | Catster",
        "cat",
    ),
]
