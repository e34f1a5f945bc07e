"""A warehouse manager's ten days in Columbus, Ohio, written in the fifty-second session and
scored before any change for it: forklift certification for his crew, a paediatrician and
a hospital tour for the baby on the way, a used bass boat and its trailer, a mortgage
refinance, and a garage door opener that stopped working. Between them he reads ESPN,
Outlook, YouTube and Reddit, and one video from YouTube's front page. Searches go to Bing
and DuckDuckGo.
Used by make_week_history.py (``week186``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, Step, day, forum, outlook_message, page, search, tab

OWNER = "Marcus Delgado"
MAILBOX = "https://outlook.live.com/mail/0/"


def mail() -> list[Step]:
    return [("goto", f"{MAILBOX}inbox", f"Mail - {OWNER} - Outlook", None)]


def espn() -> list[Step]:
    return [
        ("goto", "https://www.espn.com/", "ESPN - Serving Sports Fans. Anytime. Anywhere.", None)
    ]


def youtube(video: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.youtube.com/", "YouTube", None)]
    if video:
        steps.append(("click", f"https://www.youtube.com/watch?v={video[0]}", video[1], None))
    return steps


STEPS: list[Step] = [
    day("1 06:45"),
    *espn(),
    *mail(),
    day("1 10:30"),
    search(BING, "osha forklift certification requirements employer", "forklift"),
    page(
        "https://www.osha.gov/powered-industrial-trucks/training",
        "Powered Industrial Trucks - Training | Occupational Safety and Health Administration",
        "forklift",
    ),
    page(
        "https://www.osha.gov/laws-regs/regulations/standardnumber/1910/1910.178",
        "1910.178 - Powered industrial trucks | Occupational Safety and Health Administration",
        "forklift",
    ),
    day("1 19:00"),
    *forum(),
    search(DDG, "used bass boat buying checklist what to look for", "boat"),
    page(
        "https://www.bassmaster.com/news/how-to-buy-a-used-bass-boat/",
        "How to buy a used bass boat | Bassmaster",
        "boat",
    ),
    page(
        "https://www.boattrader.com/research/used-bass-boat-buying-guide/",
        "Used Bass Boat Buying Guide | Boat Trader",
        "boat",
    ),
    day("2 07:10"),
    *espn(),
    day("2 12:20"),
    search(BING, "how to choose a pediatrician before baby is born questions to ask", "baby"),
    page(
        "https://www.healthychildren.org/English/ages-stages/prenatal/Pages/How-to-Choose-a-Pediatrician.aspx",
        "How to Choose a Pediatrician - HealthyChildren.org",
        "baby",
    ),
    day("2 20:30"),
    search(DDG, "refinance rates 30 year fixed today", "refi"),
    page(
        "https://www.bankrate.com/mortgages/refinance-rates/",
        "Current Refinance Rates | Bankrate",
        "refi",
    ),
    page(
        "https://www.nerdwallet.com/article/mortgages/should-i-refinance",
        "Should I Refinance My Mortgage? - NerdWallet",
        "refi",
    ),
    day("3 08:00"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQkADAwATNiZmYAZC04YjM1LTAwAi0wMAoAEAB9q",
        "Your labor and delivery tour is confirmed - OhioHealth Riverside Methodist",
        "baby",
    ),
    search(BING, "riverside methodist labor and delivery reviews nicu level", "baby"),
    page(
        "https://www.ohiohealth.com/locations/hospitals/riverside-methodist-hospital/services/maternity",
        "Maternity Services | OhioHealth Riverside Methodist Hospital",
        "baby",
    ),
    day("3 17:45"),
    search(DDG, "garage door opener light blinks 10 times wont close", "garage"),
    page(
        "https://www.chamberlain.com/support/troubleshooting/safety-sensors",
        "Garage Door Opener Safety Sensor Troubleshooting | Chamberlain",
        "garage",
    ),
    *tab(
        "https://www.familyhandyman.com/project/fix-garage-door-opener-safety-sensors/",
        "How to Fix Garage Door Opener Safety Sensors | Family Handyman",
        "garage",
    ),
    day("4 06:50"),
    *youtube(("pQ3vT8xW1mK", "Buckeyes vs Wolverines - Full Game Highlights - YouTube")),
    day("4 11:10"),
    search(BING, "forklift train the trainer course columbus ohio", "forklift"),
    page(
        "https://www.toyotaforklift.com/training/train-the-trainer",
        "Train the Trainer Forklift Program | Toyota Forklifts",
        "forklift",
    ),
    day("4 20:00"),
    search(DDG, "2016 nitro z18 value with trailer", "boat"),
    page(
        "https://www.jdpower.com/boats/2016/nitro/z18",
        "2016 Nitro Z18 Prices and Values | J.D. Power",
        "boat",
    ),
    page(
        "https://www.boattrader.com/boats/make-nitro/model-z18/",
        "Nitro Z18 boats for sale | Boat Trader",
        "boat",
    ),
    day("5 09:30"),
    *espn(),
    search(BING, "cash out refinance vs heloc which is better 2027", "refi"),
    page(
        "https://www.investopedia.com/articles/mortgages-real-estate/08/cash-out-refinance-vs-heloc.asp",
        "Cash-Out Refinance vs. HELOC: What's the Difference? | Investopedia",
        "refi",
    ),
    day("5 18:15"),
    search(DDG, "liftmaster vs chamberlain replace opener or fix sensors", "garage"),
    page(
        "https://www.consumerreports.org/home-garden/garage-door-openers/buying-guide/",
        "Best Garage Door Opener Buying Guide - Consumer Reports",
        "garage",
    ),
    day("6 07:30"),
    *forum(),
    search(BING, "pediatricians accepting new patients dublin ohio", "baby"),
    page(
        "https://www.nationwidechildrens.org/find-a-doctor/primary-care",
        "Find a Primary Care Doctor | Nationwide Children's Hospital",
        "baby",
    ),
    day("6 13:00"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQkADAwATNiZmYAZC04YjM1LTAwAi0wMAoAEAB9w",
        "Loan Estimate for your refinance application #RF-20931 - Union Savings Bank",
        "refi",
    ),
    search(DDG, "how to read a loan estimate closing costs refinance", "refi"),
    page(
        "https://www.consumerfinance.gov/owning-a-home/loan-estimate/",
        "Loan Estimate explainer | Consumer Financial Protection Bureau",
        "refi",
    ),
    day("7 10:00"),
    search(BING, "ohio boat registration transfer used boat title", "boat"),
    page(
        "https://ohiodnr.gov/buy-and-apply/boating-licenses-registrations/boat-registration",
        "Boat Registration | Ohio Department of Natural Resources",
        "boat",
    ),
    search(BING, "ohio boat trailer registration bmv", "boat"),
    page(
        "https://www.bmv.ohio.gov/vr-trailers.aspx",
        "Trailer Registration | Ohio BMV",
        "boat",
    ),
    day("7 16:30"),
    search(DDG, "forklift operator evaluation form printable", "forklift"),
    page(
        "https://www.safetyculture.com/checklists/forklift-operator-evaluation",
        "Forklift Operator Evaluation Form: Free PDF | SafetyCulture",
        "forklift",
    ),
    day("8 08:20"),
    *espn(),
    search(DDG, "infant car seat install check columbus fire station", "baby"),
    page(
        "https://www.columbus.gov/fire/car-seat-safety",
        "Car Seat Safety | City of Columbus",
        "baby",
    ),
    day("8 19:00"),
    *youtube(),
    search(BING, "chamberlain safety sensor wiring replacement kit", "garage"),
    page(
        "https://www.homedepot.com/p/Chamberlain-Safety-Sensor-Replacement-Kit-41A5034/300712658",
        "Chamberlain Safety Sensor Replacement Kit - The Home Depot",
        "garage",
    ),
    day("9 09:40"),
    search(DDG, "marine survey needed for used bass boat under 20k", "boat"),
    page(
        "https://www.boatus.com/expert-advice/expert-advice-archive/2019/may/do-you-need-a-survey",
        "Do You Need A Boat Survey? | BoatUS",
        "boat",
    ),
    day("9 15:20"),
    search(BING, "refinance break even calculator closing costs", "refi"),
    page(
        "https://www.calculator.net/refinance-calculator.html",
        "Refinance Calculator",
        "refi",
    ),
    day("10 07:00"),
    *mail(),
    search(BING, "forklift certification card template osha compliant", "forklift"),
    page(
        "https://www.forkliftcertification.com/forklift-license-card/",
        "Forklift License Card | ForkliftCertification.com",
        "forklift",
    ),
    day("10 20:10"),
    *forum(),
]
