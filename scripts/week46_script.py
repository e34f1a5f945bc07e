"""A sales manager's ten days in Calgary, written at the end of the twenty-first session,
after all of its changes, and scored before any change for it: winter tires for the car,
hockey gear for a son's first season, a weekend in Banff with the in-laws, an RRSP or a
TFSA before the deadline, a quarterly sales review at work, a dog's itchy paws, and a
basement to develop (a permit, an egress window). Words cross tasks: "winter" of the tires
and of Banff, "skates" of the hockey gear and of a frozen lake, "coverage" of the sales
pipeline and of the basement's insurance, "calgary" in five tasks. The CRM's home, CBC
News and the city's forum are opened most days. Searches go to Google and Bing, and the
hockey gear is searched on the shop's own site too.
Used by make_week_history.py (``week46``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GMAIL, GOOGLE, Step, day, page, search, tab, video_home

SPORT = "https://www.sportchek.ca"


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (11) - dan.okafor@example.ca - Gmail", None)]


def crm() -> list[Step]:
    return [
        (
            "goto",
            "https://acme.lightning.force.com/lightning/page/home",
            "Home | Salesforce",
            None,
        )
    ]


def cbc(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.cbc.ca/news", "CBC News", None)]
    if story:
        steps.append(page(f"https://www.cbc.ca/news/canada/calgary/{story[0]}", story[1], None))
    return steps


def forum(thread: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.reddit.com/r/Calgary/", "Calgary - Reddit", None)]
    if thread:
        steps.append(
            page(f"https://www.reddit.com/r/Calgary/comments/{thread[0]}", thread[1], None)
        )
    return steps


STEPS: list[Step] = [
    day("1 07:20"),
    *mail(),
    *crm(),
    *cbc(("deerfoot-closure-1", "Deerfoot Trail lanes closed for weekend work | CBC News")),
    day("1 12:10"),
    search(GOOGLE, "michelin x-ice snow vs bridgestone blizzak ws90", "tires"),
    page(
        "https://www.tirerack.com/tires/tests/testDisplay.jsp?ttid=280",
        "Testing Winter Tires: X-Ice Snow vs. Blizzak WS90 | Tire Rack",
        "tires",
    ),
    page(
        "https://www.reddit.com/r/Calgary/comments/1x2y3z/best_winter_tires_for_calgary/",
        "Best winter tires for Calgary? : r/Calgary",
        "tires",
        "tab",
    ),
    ("close", "", "", "tires"),
    day("1 19:30"),
    search(GOOGLE, "hockey skates sizing kids bauer vs ccm", "hockey"),
    page(
        "https://www.purehockey.com/c/hockey-skate-sizing-guide",
        "Hockey Skate Sizing Guide | Pure Hockey",
        "hockey",
    ),
    page(
        f"{SPORT}/en/pdp/bauer-supreme-m1-junior-hockey-skates-0835701p.html",
        "Bauer Supreme M1 Junior Hockey Skates | Sport Chek",
        "hockey",
    ),
    day("2 07:15"),
    *mail(),
    *crm(),
    day("2 10:00"),
    search(BING, "sales pipeline coverage ratio quarterly business review", "qbr"),
    page(
        "https://www.gong.io/blog/pipeline-coverage/",
        "Pipeline coverage: what it is and how to calculate it | Gong",
        "qbr",
    ),
    page(
        "https://help.salesforce.com/s/articleView?id=sf.reports_dashboards.htm",
        "Reports and Dashboards | Salesforce Help",
        "qbr",
    ),
    day("2 13:00"),
    search(GOOGLE, "dog licking paws constantly red between toes", "dog"),
    page(
        "https://www.akc.org/expert-advice/health/why-do-dogs-lick-their-paws/",
        "Why Do Dogs Lick Their Paws? | American Kennel Club",
        "dog",
    ),
    page(
        "https://www.petmd.com/dog/conditions/skin/paw-licking-dogs",
        "Paw Licking in Dogs | PetMD",
        "dog",
    ),
    day("2 20:15"),
    search(GOOGLE, "banff hotel with pool family of six february", "banff"),
    page(
        "https://www.banfflodging.com/banff-hotels/banff-park-lodge",
        "Banff Park Lodge | Banff Lodging Co.",
        "banff",
    ),
    page(
        "https://www.fairmont.com/banff-springs/",
        "Fairmont Banff Springs | Luxury Hotel in Banff",
        "banff",
        "tab",
    ),
    ("close", "", "", "banff"),
    day("3 07:20"),
    *mail(),
    *crm(),
    *forum(
        (
            "2a3b4c/anyone_else_see_the_chinook_arch",
            "Anyone else see the chinook arch this morning? : r/Calgary",
        )
    ),
    day("3 12:30"),
    search(GOOGLE, "rrsp vs tfsa which first income 110k alberta", "rrsp"),
    page(
        "https://www.wealthsimple.com/en-ca/learn/tfsa-vs-rrsp",
        "TFSA vs RRSP: which is right for you? | Wealthsimple",
        "rrsp",
    ),
    page(
        "https://www.canada.ca/en/revenue-agency/services/tax/individuals/topics/rrsps-related-plans/contributing-a-rrsp-prpp/contributions-affect-your-rrsp-prpp-deduction-limit.html",
        "How contributions affect your RRSP deduction limit - Canada.ca",
        "rrsp",
    ),
    day("3 19:45"),
    search(GOOGLE, "calgary basement development permit requirements", "basement"),
    page(
        "https://www.calgary.ca/development/home-building/basement-development.html",
        "Basement development | City of Calgary",
        "basement",
    ),
    page(
        "https://www.calgary.ca/development/home-building/permits.html",
        "Home building permits | City of Calgary",
        "basement",
    ),
    day("4 07:15"),
    *mail(),
    *crm(),
    *cbc(),
    day("4 09:30"),
    (
        "goto",
        "https://acme.lightning.force.com/lightning/r/Dashboard/01Z5e000000abcd/view",
        "Q4 Pipeline - Western Region | Salesforce",
        "qbr",
    ),
    search(GOOGLE, "qbr slide deck template sales team wins losses forecast", "qbr"),
    page(
        "https://www.highspot.com/blog/qbr-template/",
        "The QBR template your sales team needs | Highspot",
        "qbr",
    ),
    page(
        "https://docs.google.com/presentation/d/1Q4wEsTrn-qbr/edit",
        "Q4 QBR - Western Region - Google Slides",
        "qbr",
    ),
    day("4 12:40"),
    search(BING, "costco tire centre calgary winter tire package price", "tires"),
    page(
        "https://www.costco.ca/tires.html",
        "Tires | Costco",
        "tires",
    ),
    page(
        "https://www.kaltire.com/en/locations/alberta/calgary/",
        "Kal Tire Calgary | Tires & Auto Service",
        "tires",
    ),
    day("4 20:00"),
    search(GOOGLE, "lake louise skating on the lake conditions february", "banff"),
    page(
        "https://www.banfflakelouise.com/experiences/skating",
        "Outdoor skating in Banff and Lake Louise | Banff & Lake Louise Tourism",
        "banff",
    ),
    page(
        "https://511.alberta.ca/map#:Alerts",
        "511 Alberta | Road Conditions",
        "banff",
    ),
    day("5 07:20"),
    *mail(),
    *crm(),
    day("5 13:10"),
    search(GOOGLE, "hypoallergenic dog food for itchy skin vet recommended", "dog"),
    page(
        "https://www.chewy.com/b/hydrolyzed-protein-dog-food-13234",
        "Hydrolyzed Protein Dog Food | Chewy",
        "dog",
    ),
    page(
        "https://www.youtube.com/watch?v=dogallergy",
        "Dog Allergies: Food or Environment? A Vet Explains - YouTube",
        "dog",
    ),
    day("5 19:30"),
    (
        "goto",
        f"{SPORT}/en/search.html?q=ccm+tacks+helmet",
        "Search results for ccm tacks helmet | Sport Chek",
        "hockey",
    ),
    page(
        f"{SPORT}/en/pdp/ccm-tacks-720-youth-hockey-helmet-combo-0843349p.html",
        "CCM Tacks 720 Youth Hockey Helmet Combo | Sport Chek",
        "hockey",
    ),
    search(GOOGLE, "what hockey equipment does a 7 year old need first season", "hockey"),
    page(
        "https://www.hockeycanada.ca/en-ca/hockey-programs/players/essentials/equipment",
        "Equipment checklist | Hockey Canada",
        "hockey",
    ),
    day("6 09:30"),
    *mail(),
    *forum(("3c4d5e/best_brunch_in_inglewood", "Best brunch in Inglewood? : r/Calgary")),
    day("6 11:00"),
    search(GOOGLE, "egress window basement bedroom size alberta building code", "basement"),
    page(
        "https://www.homestars.com/blog/egress-window-requirements-alberta",
        "Egress window requirements in Alberta | HomeStars",
        "basement",
    ),
    page(
        "https://www.homestars.com/on/calgary/basement-renovations",
        "Top Basement Renovation Companies in Calgary | HomeStars",
        "basement",
    ),
    day("6 15:30"),
    search(GOOGLE, "banff gondola tickets winter hours", "banff"),
    page(
        "https://www.banffjaspercollection.com/attractions/banff-gondola/",
        "Banff Gondola | Pursuit",
        "banff",
    ),
    (
        "goto",
        "https://www.banfflodging.com/banff-hotels/banff-park-lodge",
        "Banff Park Lodge | Banff Lodging Co.",
        "banff",
    ),
    page(
        "https://www.banfflodging.com/book?hotel=banff-park-lodge",
        "Book your stay | Banff Lodging Co.",
        "banff",
    ),
    page(
        "https://www.banfflodging.com/book/confirmation",
        "Reservation confirmed | Banff Lodging Co.",
        "banff",
    ),
    day("7 07:15"),
    *mail(),
    *crm(),
    *cbc(("snowfall-warning-2", "Snowfall warning for Calgary as 20 cm expected | CBC News")),
    day("7 12:00"),
    search(GOOGLE, "tfsa contribution room 2026 check cra my account", "rrsp"),
    page(
        "https://www.canada.ca/en/revenue-agency/services/tax/individuals/topics/tax-free-savings-account/contributions.html",
        "Contributions to your TFSA - Canada.ca",
        "rrsp",
    ),
    page(
        "https://www.wealthsimple.com/en-ca/tfsa",
        "TFSA: Tax-Free Savings Account | Wealthsimple",
        "rrsp",
    ),
    day("7 19:20"),
    (
        "goto",
        "https://www.kaltire.com/en/locations/alberta/calgary/",
        "Kal Tire Calgary | Tires & Auto Service",
        "tires",
    ),
    page(
        "https://www.kaltire.com/en/book-appointment/",
        "Book an appointment | Kal Tire",
        "tires",
    ),
    day("8 07:20"),
    *mail(),
    *crm(),
    day("8 10:15"),
    (
        "goto",
        "https://docs.google.com/presentation/d/1Q4wEsTrn-qbr/edit",
        "Q4 QBR - Western Region - Google Slides",
        "qbr",
    ),
    search(BING, "how to explain missed sales forecast to leadership", "qbr"),
    page(
        "https://www.saleshacker.com/missed-forecast/",
        "How to talk about a missed forecast | Sales Hacker",
        "qbr",
    ),
    day("8 20:30"),
    search(GOOGLE, "basement development insurance coverage tell insurer alberta", "basement"),
    page(
        "https://www.ratehub.ca/home-insurance/renovations",
        "Do you need to tell your insurer about renovations? | Ratehub.ca",
        "basement",
    ),
    day("9 07:20"),
    *mail(),
    *crm(),
    *forum(),
    day("9 13:00"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=5e1&view=pt&search=all&permthid=thread-f:5120",
        "Your appointment with Chinook Animal Hospital - dan.okafor@example.ca - Gmail",
        "dog",
    ),
    search(GOOGLE, "apoquel vs cytopoint for dog allergies cost", "dog"),
    page(
        "https://www.petmd.com/dog/medications/apoquel-vs-cytopoint",
        "Apoquel vs. Cytopoint for Dogs | PetMD",
        "dog",
    ),
    day("9 19:40"),
    search(GOOGLE, "rrsp deadline 2026 contribution first 60 days", "rrsp"),
    page(
        "https://www.canada.ca/en/revenue-agency/services/tax/individuals/topics/rrsps-related-plans/contributing-a-rrsp-prpp/where-contribute.html",
        "RRSP deadline and where to contribute - Canada.ca",
        "rrsp",
    ),
    day("10 09:00"),
    *mail(),
    *cbc(),
    day("10 10:30"),
    (
        "goto",
        f"{SPORT}/en/pdp/bauer-supreme-m1-junior-hockey-skates-0835701p.html",
        "Bauer Supreme M1 Junior Hockey Skates | Sport Chek",
        "hockey",
    ),
    page(f"{SPORT}/en/cart.html", "Shopping Cart | Sport Chek", "hockey"),
    page(f"{SPORT}/en/checkout/confirmation.html", "Order Confirmation | Sport Chek", "hockey"),
    day("10 16:00"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=flames-hl",
        "Flames vs Oilers Highlights | NHL - YouTube",
        None,
    ),
]
