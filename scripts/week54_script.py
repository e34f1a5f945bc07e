"""A construction project manager's ten days in Denver, written in the twenty-second session
after its changes, and scored before any change for it: a used pickup truck, his
daughter's soccer tournament in Salt Lake City, refinancing the mortgage, the hall
bathroom's remodel, a mesh Wi-Fi for the house, Excel's Power Query for work, and a
colonoscopy's prep. Words cross tasks: "title" of the truck and of nothing else, "rate" of
the mortgage and of nothing else, "prep" of the colonoscopy and of the tournament's meals,
"tile" of the bathroom, "query" of Excel. "denver" is in the searches of several tasks.
Gmail, the Denver Post, ESPN and YouTube are opened most days. Searches go to Google and
Bing.
Used by make_week_history.py (``week54``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GMAIL, GOOGLE, Step, day, page, search, tab, video_home

ADDRESS = "mike.alvarez.pm@example.com"


def mail() -> list[Step]:
    return [("goto", GMAIL, f"Inbox (14) - {ADDRESS} - Gmail", None)]


def post(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.denverpost.com/", "The Denver Post", None)]
    if story:
        steps.append(page(f"https://www.denverpost.com/2026/10/{story[0]}", story[1], None))
    return steps


def espn() -> list[Step]:
    return [
        ("goto", "https://www.espn.com/", "ESPN - Serving Sports Fans. Anytime. Anywhere.", None)
    ]


STEPS: list[Step] = [
    day("1 06:30"),
    *mail(),
    *post(),
    day("1 07:15"),
    search(BING, "power query merge two tables left outer join excel", "excel"),
    page(
        "https://support.microsoft.com/en-us/office/merge-queries-power-query-fd157620-5470-4c0f-b132-7ca2616d17f9",
        "Merge queries (Power Query) - Microsoft Support",
        "excel",
    ),
    page(
        "https://www.youtube.com/watch?v=pq-merge",
        "Power Query Merge Explained (Left Outer, Inner, Anti) - YouTube",
        "excel",
    ),
    day("1 12:15"),
    search(GOOGLE, "used ford f-150 2019 5.0 v8 reliability problems", "truck"),
    page(
        "https://www.f150forum.com/f118/2019-5-0-oil-consumption-456789/",
        "2019 5.0 oil consumption - Ford F150 Forum",
        "truck",
    ),
    page(
        "https://www.cargurus.com/Cars/l-Used-Ford-F-150-Denver-d337_L2046",
        "Used Ford F-150 for Sale in Denver, CO - CarGurus",
        "truck",
    ),
    day("1 20:00"),
    search(GOOGLE, "mortgage refinance rates colorado 30 year today", "refi"),
    page(
        "https://www.bankrate.com/mortgages/refinance-rates/colorado/",
        "Current Colorado Refinance Rates | Bankrate",
        "refi",
    ),
    page(
        "https://www.nerdwallet.com/article/mortgages/when-to-refinance",
        "When to Refinance: Is Now a Good Time? - NerdWallet",
        "refi",
    ),
    day("2 06:30"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=f77&view=pt&search=all&permthid=thread-f:4410",
        f"Rapids U12 Girls - Salt Lake Showcase schedule and hotel block - {ADDRESS} - Gmail",
        "soccer",
    ),
    *espn(),
    day("2 12:00"),
    search(GOOGLE, "hotels near real monarchs stadium herriman utah", "soccer"),
    page(
        "https://www.booking.com/hotel/us/hampton-inn-suites-salt-lake-city-south-jordan.html",
        "Hampton Inn & Suites Salt Lake City/South Jordan – Updated 2026 Prices",
        "soccer",
    ),
    page(
        "https://www.booking.com/hotel/us/residence-inn-salt-lake-city-west-jordan.html",
        "Residence Inn Salt Lake City West Jordan – Updated 2026 Prices",
        "soccer",
    ),
    day("2 19:30"),
    search(GOOGLE, "hall bathroom remodel cost denver tub to shower conversion", "bathroom"),
    page(
        "https://www.homeadvisor.com/cost/bathrooms/tub-to-shower-conversion/",
        "2026 Tub to Shower Conversion Cost | HomeAdvisor",
        "bathroom",
    ),
    page(
        "https://www.houzz.com/photos/small-bathroom-walk-in-shower-ideas-phbr0-bp~t_712--a_27-219",
        "Small Bathroom Walk-in Shower Ideas | Houzz",
        "bathroom",
    ),
    day("3 06:30"),
    *mail(),
    *post(("19/i-25-construction-closures", "I-25 closures this weekend in Denver")),
    day("3 12:30"),
    search(GOOGLE, "colonoscopy prep clear liquid diet day before what can i eat", "colonoscopy"),
    page(
        "https://www.hopkinsmedicine.org/health/treatment-tests-and-therapies/colonoscopy-prep",
        "Colonoscopy Prep | Johns Hopkins Medicine",
        "colonoscopy",
    ),
    page(
        "https://www.reddit.com/r/Colonoscopy/comments/1q2w3e/prep_tips_that_actually_helped/",
        "Prep tips that actually helped : r/Colonoscopy",
        "colonoscopy",
    ),
    day("3 20:30"),
    search(BING, "best mesh wifi system for 3 story house 2026", "wifi"),
    page(
        "https://www.rtings.com/router/reviews/best/mesh-wifi",
        "The 6 Best Mesh Wi-Fi Systems of 2026 - RTINGS.com",
        "wifi",
    ),
    page(
        "https://www.amazon.com/eero-Pro-6E-mesh-system/dp/B09HJY9G1Z",
        "Amazon eero Pro 6E mesh Wi-Fi system - Amazon.com",
        "wifi",
    ),
    day("4 06:30"),
    *mail(),
    *espn(),
    day("4 07:30"),
    search(BING, "power query unpivot columns dates to rows", "excel"),
    page(
        "https://support.microsoft.com/en-us/office/unpivot-columns-power-query-0f7bad4b-9ea1-49c1-9d95-f588221c7098",
        "Unpivot columns (Power Query) - Microsoft Support",
        "excel",
    ),
    day("4 12:00"),
    (
        "goto",
        "https://www.cargurus.com/Cars/l-Used-Ford-F-150-Denver-d337_L2046",
        "Used Ford F-150 for Sale in Denver, CO - CarGurus",
        "truck",
    ),
    page(
        "https://www.cargurus.com/Cars/inventorylisting/vdp.action?listingId=412233445",
        "2019 Ford F-150 XLT SuperCrew 5.0 4WD - CarGurus",
        "truck",
    ),
    search(GOOGLE, "carfax vs autocheck which is better used truck", "truck"),
    page(
        "https://www.caranddriver.com/research/a31839213/carfax-vs-autocheck/",
        "Carfax vs. AutoCheck: Which Is Better? - Car and Driver",
        "truck",
    ),
    day("4 19:00"),
    search(GOOGLE, "cash out refinance vs heloc for bathroom remodel", "refi"),
    page(
        "https://www.investopedia.com/cash-out-refinance-vs-heloc-5095845",
        "Cash-Out Refinance vs. HELOC: What's the Difference? - Investopedia",
        "refi",
    ),
    day("5 06:30"),
    *mail(),
    *post(),
    day("5 12:30"),
    search(GOOGLE, "porcelain tile vs ceramic shower walls large format", "bathroom"),
    page(
        "https://www.thespruce.com/porcelain-vs-ceramic-tile-1822583",
        "Porcelain vs. Ceramic Tile: What's the Difference? | The Spruce",
        "bathroom",
    ),
    page(
        "https://www.flooranddecor.com/porcelain-tile/large-format",
        "Large Format Porcelain Tile | Floor & Decor",
        "bathroom",
    ),
    day("5 18:00"),
    search(GOOGLE, "tournament meal prep for kids soccer weekend snacks", "soccer"),
    page(
        "https://www.usyouthsoccer.org/nutrition-for-tournament-weekends/",
        "Nutrition for Tournament Weekends | US Youth Soccer",
        "soccer",
    ),
    day("6 08:00"),
    *video_home(),
    *espn(),
    day("6 10:00"),
    search(GOOGLE, "eero pro 6e vs deco xe75 wired backhaul", "wifi"),
    page(
        "https://www.reddit.com/r/HomeNetworking/comments/1t5y6u/eero_pro_6e_vs_deco_xe75/",
        "eero Pro 6E vs Deco XE75 with ethernet backhaul? : r/HomeNetworking",
        "wifi",
    ),
    page(
        "https://www.amazon.com/eero-Pro-6E-mesh-system/dp/B09HJY9G1Z",
        "Amazon eero Pro 6E mesh Wi-Fi system - Amazon.com",
        "wifi",
    ),
    page(
        "https://www.amazon.com/gp/buy/thankyou/handlers/display.html",
        "Amazon.com Thanks You",
        "wifi",
    ),
    day("6 14:00"),
    search(GOOGLE, "suprep vs golytely which is easier", "colonoscopy"),
    page(
        "https://www.drugs.com/compare/suprep-vs-golytely",
        "Suprep vs GoLytely Comparison - Drugs.com",
        "colonoscopy",
    ),
    day("7 06:30"),
    *mail(),
    *post(),
    day("7 07:30"),
    search(BING, "power query refresh all connections automatically vba", "excel"),
    page(
        "https://stackoverflow.com/questions/46589432/refresh-all-power-query-connections-vba",
        "excel - Refresh all Power Query connections with VBA - Stack Overflow",
        "excel",
    ),
    day("7 12:00"),
    search(GOOGLE, "colorado used vehicle title transfer private sale dmv", "truck"),
    page(
        "https://dmv.colorado.gov/title-transfer",
        "Title Transfer | Division of Motor Vehicles",
        "truck",
    ),
    day("7 19:30"),
    search(GOOGLE, "drive denver to salt lake city i-80 vs i-70 winter", "soccer"),
    page(
        "https://www.reddit.com/r/Denver/comments/1r5t6y/denver_to_slc_i80_or_i70/",
        "Denver to SLC, I-80 or I-70 in November? : r/Denver",
        "soccer",
    ),
    page(
        "https://www.cotrip.org/map",
        "COtrip Traveler Information | CDOT",
        "soccer",
    ),
    day("8 06:30"),
    *mail(),
    *espn(),
    day("8 12:15"),
    search(GOOGLE, "refinance closing costs break even calculator", "refi"),
    page(
        "https://www.calculator.net/refinance-calculator.html",
        "Refinance Calculator - Calculator.net",
        "refi",
    ),
    day("8 19:00"),
    search(GOOGLE, "floating vanity 36 inch with vessel sink", "bathroom"),
    page(
        "https://www.wayfair.com/bath/sb0/floating-bathroom-vanities-c1871897.html",
        "Floating Bathroom Vanities You'll Love | Wayfair",
        "bathroom",
    ),
    page(
        "https://www.wayfair.com/bath/pdp/wade-logan-36-wall-mounted-vanity-w001234567.html",
        "Wade Logan 36'' Wall Mounted Single Bathroom Vanity | Wayfair",
        "bathroom",
    ),
    day("9 06:30"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=f77&view=pt&search=all&permthid=thread-f:4466",
        f"Your procedure on Thursday: arrival time and prep instructions - {ADDRESS} - Gmail",
        "colonoscopy",
    ),
    *post(),
    day("9 12:00"),
    search(GOOGLE, "pre purchase inspection used truck denver mobile mechanic", "truck"),
    page(
        "https://www.yourmechanic.com/services/pre-purchase-car-inspection/denver",
        "Pre-Purchase Car Inspection in Denver | YourMechanic",
        "truck",
    ),
    day("10 09:00"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=broncos-hl",
        "Broncos vs Chiefs Highlights | Week 8 - YouTube",
        None,
    ),
    day("10 11:00"),
    search(GOOGLE, "salt lake city things to do with kids between games", "soccer"),
    page(
        "https://www.visitsaltlake.com/things-to-do/family-fun/",
        "Family Fun in Salt Lake | Visit Salt Lake",
        "soccer",
    ),
]
