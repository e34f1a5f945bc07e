"""A sales rep's ten days in Atlanta, written in the twentieth session after its change to
``engine.nearest`` and scored before any change for it: a new TV before a big game, a
first guitar learned from videos, a son's tenth birthday (a Lego set and a trampoline
park), a pipeline report in the company's CRM, a fender bender's insurance claim, and a
first brisket smoked. One shop (Amazon) serves four tasks; YouTube is searched for the
guitar lessons; the CRM's home page is opened every working morning and Google Maps finds
a body shop. Searches go to Google and Bing. Habits: mail, sports news, the weather, a
professional network's feed, the CRM's home.
Used by make_week_history.py (``week39``); steps as in week_script.py.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from week_script import BING, GMAIL, GOOGLE, Step, day, page, search, tab

CRM = "https://acme.lightning.force.com/lightning"
AMZ = "https://www.amazon.com"
YT = "https://www.youtube.com"


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (7) - marcus.w@example.com - Gmail", None)]


def espn() -> list[Step]:
    return [
        ("goto", "https://www.espn.com/", "ESPN - Serving Sports Fans. Anytime. Anywhere.", None)
    ]


def weather() -> list[Step]:
    return [
        (
            "goto",
            "https://weather.com/weather/today/l/Atlanta+GA",
            "Atlanta, GA Weather Forecast | weather.com",
            None,
        )
    ]


def feed() -> list[Step]:
    return [("goto", "https://www.linkedin.com/feed/", "Feed | LinkedIn", None)]


def crm_home() -> list[Step]:
    return [("goto", f"{CRM}/page/home", "Home | Salesforce", None)]


def yt_search(query: str, task: str) -> Step:
    return (
        "goto",
        f"{YT}/results?search_query={quote_plus(query)}",
        f"{query} - YouTube",
        task,
    )


STEPS: list[Step] = [
    day("1 07:50"),
    *weather(),
    *mail(),
    *crm_home(),
    day("1 10:15"),
    search(GOOGLE, "salesforce report opportunities by stage and owner", "crm"),
    page(
        "https://help.salesforce.com/s/articleView?id=sf.reports_builder_grouping.htm",
        "Group Your Report Data | Salesforce Help",
        "crm",
    ),
    page(
        f"{CRM}/r/Report/00O5e000008abcDEAX/view",
        "Pipeline by Stage | Salesforce",
        "crm",
        "goto",
    ),
    day("1 12:30"),
    search(GOOGLE, "lg c4 vs samsung s90d 65 inch", "tv"),
    *tab(
        "https://www.rtings.com/tv/tools/compare/lg-c4-oled-vs-samsung-s90d-oled/50483/50514",
        "LG C4 OLED vs Samsung S90D OLED Side-by-Side TV Comparison - RTINGS.com",
        "tv",
    ),
    *tab(
        "https://www.cnet.com/tech/home-entertainment/lg-c4-vs-samsung-s90d/",
        "LG C4 vs. Samsung S90D: Which OLED TV Should You Buy? - CNET",
        "tv",
    ),
    day("1 20:30"),
    yt_search("beginner guitar first lesson", "guitar"),
    page(
        f"{YT}/watch?v=guitarL1a",
        "Your Very First Guitar Lesson - Easy Beginner Lesson - YouTube",
        "guitar",
    ),
    ("back", "", "", "guitar"),
    page(
        f"{YT}/watch?v=guitarL1b",
        "How To Tune A Guitar For Beginners - YouTube",
        "guitar",
    ),
    day("2 07:45"),
    *weather(),
    *mail(),
    *crm_home(),
    *espn(),
    day("2 12:10"),
    search(BING, "trampoline park birthday party atlanta kids", "birthday"),
    page(
        "https://www.skyzone.com/atlanta/birthday-parties",
        "Birthday Parties | Sky Zone Atlanta",
        "birthday",
    ),
    page(
        "https://www.defy.com/atlanta/parties",
        "Kids Birthday Parties in Atlanta | DEFY Atlanta",
        "birthday",
        "tab",
    ),
    ("close", "", "", "birthday"),
    day("2 17:40"),
    search(GOOGLE, "rear ended state farm claim how to file", "claim"),
    page(
        "https://www.statefarm.com/claims/auto",
        "Auto Claims | State Farm",
        "claim",
    ),
    page(
        "https://www.statefarm.com/claims/auto/file-a-claim",
        "File an Auto Claim | State Farm",
        "claim",
    ),
    search(GOOGLE, "other driver at fault whose insurance pays georgia", "claim"),
    page(
        "https://www.nolo.com/legal-encyclopedia/georgia-car-accident-laws.html",
        "Georgia Car Accident Laws | Nolo",
        "claim",
    ),
    day("3 07:50"),
    *weather(),
    *mail(),
    *crm_home(),
    day("3 09:40"),
    search(GOOGLE, "salesforce report summary formula win rate", "crm"),
    page(
        "https://trailhead.salesforce.com/content/learn/modules/lex_implementation_reports_dashboards/bring_data_together_with_summary_formulas",
        "Summary Formulas | Salesforce Trailhead",
        "crm",
    ),
    page(
        f"{CRM}/r/Report/00O5e000008abcDEAX/edit",
        "Pipeline by Stage | Salesforce",
        "crm",
        "goto",
    ),
    day("3 13:00"),
    search(BING, "how to smoke a brisket on a pellet grill first time", "brisket"),
    page(
        "https://www.traeger.com/recipes/smoked-brisket-beginners",
        "Beginner's Smoked Brisket Recipe | Traeger Grills",
        "brisket",
    ),
    page(
        "https://amazingribs.com/tested-recipes/texas-beef-brisket-recipe/",
        "Texas Brisket Recipe: The Definitive Guide - AmazingRibs.com",
        "brisket",
        "tab",
    ),
    ("close", "", "", "brisket"),
    day("3 20:15"),
    yt_search("easy guitar chords g c d", "guitar"),
    page(
        f"{YT}/watch?v=chordsGCD",
        "G, C and D Chords - Beginner Guitar Lesson - YouTube",
        "guitar",
    ),
    page(
        "https://www.justinguitar.com/guitar-lessons/beginner-guitar-course-grade-one",
        "Beginner Guitar Course - Grade 1 | JustinGuitar.com",
        "guitar",
        "goto",
    ),
    day("4 07:40"),
    *weather(),
    *mail(),
    *crm_home(),
    *feed(),
    day("4 12:20"),
    search(GOOGLE, "body shop near me state farm select service", "claim"),
    page(
        "https://www.google.com/maps/search/body+shop+state+farm+select+service/@33.77,-84.39,13z",
        "body shop state farm select service - Google Maps",
        "claim",
    ),
    page(
        "https://www.google.com/maps/place/Caliber+Collision/@33.7812,-84.3880,15z",
        "Caliber Collision - Google Maps",
        "claim",
    ),
    day("4 18:30"),
    search(GOOGLE, "lego technic for 10 year old boy", "birthday"),
    page(
        "https://www.target.com/c/lego-technic/-/N-5z13b",
        "LEGO Technic : Target",
        "birthday",
    ),
    page(
        f"{AMZ}/LEGO-Technic-Formula-Racing-42141/dp/B09QFPHW3X",
        "Amazon.com: LEGO Technic McLaren Formula 1 Race Car 42141 : Toys & Games",
        "birthday",
        "tab",
    ),
    ("close", "", "", "birthday"),
    day("4 21:00"),
    search(GOOGLE, "lg c4 65 price drop before super bowl", "tv"),
    page(
        "https://www.bestbuy.com/site/lg-65-class-c4-series-oled-4k/6578041.p",
        'LG 65" Class C4 Series OLED 4K UHD Smart webOS TV OLED65C4PUA - Best Buy',
        "tv",
    ),
    page(
        f"{AMZ}/LG-65-Inch-Class-OLED-evo/dp/B0CVS5QLVW",
        "Amazon.com: LG 65-Inch Class OLED evo C4 Series Smart TV OLED65C4PUA : Electronics",
        "tv",
        "tab",
    ),
    ("close", "", "", "tv"),
    day("5 07:45"),
    *weather(),
    *mail(),
    *crm_home(),
    *espn(),
    day("5 11:00"),
    ("goto", f"{CRM}/r/Report/00O5e000008abcDEAX/view", "Pipeline by Stage | Salesforce", "crm"),
    search(GOOGLE, "salesforce schedule report email weekly subscribe", "crm"),
    page(
        "https://help.salesforce.com/s/articleView?id=sf.reports_subscribe.htm",
        "Subscribe to Get Report Notifications | Salesforce Help",
        "crm",
    ),
    day("5 19:45"),
    search(BING, "best wood for brisket oak or hickory", "brisket"),
    page(
        "https://www.smokedbbqsource.com/best-wood-for-brisket/",
        "The Best Wood for Smoking Brisket | Smoked BBQ Source",
        "brisket",
    ),
    search(BING, "meat thermometer wireless for smoker", "brisket"),
    page(
        f"{AMZ}/MEATER-Plus-Bluetooth-Thermometer/dp/B07H9FZ9Q5",
        "Amazon.com: MEATER Plus: Wireless Smart Meat Thermometer : Home & Kitchen",
        "brisket",
    ),
    day("6 09:30"),
    *mail(),
    *espn(),
    page(
        "https://www.espn.com/nfl/story/_/id/41234567/super-bowl-lxi-preview",
        "Super Bowl LXI preview: Everything you need to know - ESPN",
        None,
    ),
    day("6 11:00"),
    yt_search("strumming pattern beginner", "guitar"),
    page(
        f"{YT}/watch?v=strum101",
        "The Only Strumming Pattern You Need as a Beginner - YouTube",
        "guitar",
    ),
    search(GOOGLE, "capo for acoustic guitar", "guitar"),
    page(
        f"{AMZ}/Kyser-Quick-Change-Acoustic-Guitar-Capo/dp/B0002D0CQC",
        "Amazon.com: Kyser Quick-Change Capo for 6-String Acoustic Guitars : Musical Instruments",
        "guitar",
    ),
    day("6 15:00"),
    search(GOOGLE, "evite birthday invitation trampoline", "birthday"),
    page(
        "https://www.evite.com/invitations/kids-birthday/trampoline",
        "Trampoline Party Invitations | Evite",
        "birthday",
    ),
    day("7 07:50"),
    *weather(),
    *mail(),
    *crm_home(),
    day("7 12:30"),
    search(GOOGLE, "rental car while car in body shop state farm coverage", "claim"),
    page(
        "https://www.statefarm.com/claims/auto/rental-car-reimbursement",
        "Rental Car Reimbursement Coverage | State Farm",
        "claim",
    ),
    page(
        "https://www.enterprise.com/en/car-rental/locations/us/ga/atlanta-midtown.html",
        "Car Rental Atlanta Midtown | Enterprise Rent-A-Car",
        "claim",
        "tab",
    ),
    ("close", "", "", "claim"),
    day("7 20:00"),
    search(GOOGLE, "rtings lg c4 settings best picture", "tv"),
    page(
        "https://www.rtings.com/tv/reviews/lg/c4-oled#test_608",
        "LG C4 OLED TV Review - RTINGS.com",
        "tv",
    ),
    day("8 07:40"),
    *weather(),
    *mail(),
    *crm_home(),
    *feed(),
    day("8 10:20"),
    search(GOOGLE, "salesforce dashboard from report chart win rate by rep", "crm"),
    page(
        "https://help.salesforce.com/s/articleView?id=sf.dashboards_create_lex.htm",
        "Create a Dashboard | Salesforce Help",
        "crm",
    ),
    page(
        f"{CRM}/r/Dashboard/01Z5e000000xyzEAA/view",
        "Q3 Pipeline | Salesforce",
        "crm",
        "goto",
    ),
    day("8 18:00"),
    search(BING, "brisket stall 165 wrap butcher paper", "brisket"),
    page(
        "https://www.seriouseats.com/texas-style-smoked-brisket-recipe",
        "Texas-Style Smoked Brisket Recipe | Serious Eats",
        "brisket",
    ),
    page(
        "https://www.reddit.com/r/smoking/comments/1d2e3f/first_brisket_stall_at_165_wrap_or_ride_it_out/",
        "First brisket, stall at 165, wrap or ride it out? : r/smoking",
        "brisket",
        "tab",
    ),
    ("close", "", "", "brisket"),
    day("9 08:00"),
    *mail(),
    *espn(),
    day("9 11:30"),
    ("goto", f"{AMZ}/gp/css/order-history", "Your Orders", None),
    page(
        f"{AMZ}/gp/your-account/order-details?orderID=112-3456789-0123456",
        "Order Details",
        "tv",
    ),
    search(GOOGLE, "lg c4 wall mount vesa size 65", "tv"),
    page(
        "https://www.lg.com/us/tvs/lg-oled65c4pua-oled-4k-tv#pdp_spec",
        "LG 65 inch Class OLED evo C4 Series TV OLED65C4PUA | LG USA",
        "tv",
    ),
    day("9 16:00"),
    search(GOOGLE, "sky zone atlanta party package price", "birthday"),
    page(
        "https://www.skyzone.com/atlanta/birthday-parties/packages",
        "Party Packages | Sky Zone Atlanta",
        "birthday",
    ),
    page(
        "https://www.skyzone.com/atlanta/birthday-parties/book",
        "Book a Party | Sky Zone Atlanta",
        "birthday",
    ),
    day("10 07:45"),
    *weather(),
    *mail(),
    *crm_home(),
    day("10 20:30"),
    yt_search("wonderwall easy guitar", "guitar"),
    page(
        f"{YT}/watch?v=wonderw1",
        "Wonderwall - Oasis - Easy Guitar Lesson - YouTube",
        "guitar",
    ),
    page(
        "https://tabs.ultimate-guitar.com/tab/oasis/wonderwall-chords-27596",
        "WONDERWALL CHORDS by Oasis @ Ultimate-Guitar.Com",
        "guitar",
        "goto",
    ),
]
