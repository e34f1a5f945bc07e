"""An HVAC technician's week in Columbus, Ohio, written in the forty-seventh session and
scored before any change for it: a certification exam for his trade studied in the evenings,
his daughter's volleyball club tryouts and fees, a used bass boat looked for (not bought),
his mother's Medicare choice before the enrollment deadline, the garage door opener that
stopped closing (fixed) and two tickets to the Ohio State game (bought). Between them he
reads the Columbus Dispatch, ESPN, Gmail, Facebook and YouTube. Searches go to Google and
Bing, with Bing's own titles.
Used by make_week_history.py (``week166``; also by Firefox); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "dkowalski.hvac@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def dispatch() -> list[Step]:
    return [
        (
            "goto",
            "https://www.dispatch.com/",
            "Columbus Dispatch: Local News, Politics & Sports in Columbus, OH",
            None,
        )
    ]


def espn() -> list[Step]:
    return [
        ("goto", "https://www.espn.com/", "ESPN - Serving Sports Fans. Anytime. Anywhere.", None)
    ]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


STEPS: list[Step] = [
    day("1 06:20"),
    *dispatch(),
    *mail(),
    search(GOOGLE, "nate core exam practice test free", "nate"),
    page(
        "https://www.natex.org/technician/certification/core-exams",
        "NATE Core Exams | North American Technician Excellence",
        "nate",
    ),
    page(
        "https://www.hvacexampractice.com/nate-core-practice-test/",
        "Free NATE Core Practice Test (2027) - 50 Questions | HVAC Exam Practice",
        "nate",
    ),
    day("1 12:15"),
    *espn(),
    search(BING, "liftmaster garage door won't close light blinks 10 times", "garage"),
    page(
        "https://www.liftmaster.com/us/en/support/troubleshooting/garage-door-opener-blinking-lights",
        "Garage Door Opener Lights Blinking - Troubleshooting | LiftMaster",
        "garage",
    ),
    *tab(
        "https://www.youtube.com/watch?v=7hXk2mQpZ4c",
        "LiftMaster Door Won't Close? Safety Sensor Alignment Fix - YouTube",
        "garage",
    ),
    day("1 19:40"),
    *facebook(),
    search(GOOGLE, "columbus volleyball club 14u tryouts 2027", "volleyball"),
    page(
        "https://www.ohiovalleyvolleyball.org/tryouts",
        "Club Tryouts 2027-28 Season | Ohio Valley Volleyball",
        "volleyball",
    ),
    page(
        "https://www.mavsvolleyball.com/tryouts/",
        "Tryout Information - Mavs Volleyball Club Columbus",
        "volleyball",
    ),
    search(GOOGLE, "used bass boat for sale ohio tracker pro team 175", "boat"),
    page(
        "https://www.boattrader.com/boats/state-oh/type-power/class-power-bass/make-tracker/",
        "Tracker Bass boats for sale in Ohio - Boat Trader",
        "boat",
    ),
    day("2 06:30"),
    *dispatch(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c71e9a02bd",
        "1835442031177",
        "Your mother's Medicare options before December 7 - Humana",
        "medicare",
    ),
    day("2 17:50"),
    search(BING, "medicare advantage vs medigap plan g ohio 2027", "medicare"),
    page(
        "https://www.medicare.gov/health-drug-plans/health-plans/your-coverage-options",
        "Your coverage options | Medicare",
        "medicare",
    ),
    page(
        "https://www.ohio.gov/residents/resources/oshiip",
        "Ohio Senior Health Insurance Information Program (OSHIIP) | Ohio.gov",
        "medicare",
    ),
    day("2 20:10"),
    *youtube(),
    search(GOOGLE, "nate core exam safety tools basic electrical questions", "nate"),
    page(
        "https://www.hvacexampractice.com/nate-core-electrical/",
        "NATE Core Electrical Practice Questions | HVAC Exam Practice",
        "nate",
    ),
    search(GOOGLE, "garage door safety sensor green light off yellow on", "garage"),
    page(
        "https://www.chamberlain.com/support/safety-sensors-troubleshooting",
        "Safety Reversing Sensor Troubleshooting | Chamberlain",
        "garage",
    ),
    day("3 06:15"),
    *espn(),
    search(GOOGLE, "ohio state michigan tickets 2027 stubhub vs ticketmaster", "tickets"),
    page(
        "https://www.stubhub.com/ohio-state-buckeyes-football-tickets/performer/7245/",
        "Ohio State Buckeyes Football Tickets - StubHub",
        "tickets",
    ),
    page(
        "https://www.ticketmaster.com/ohio-state-buckeyes-football-tickets/artist/805996",
        "Ohio State Buckeyes Football Tickets | 2027 Season | Ticketmaster",
        "tickets",
    ),
    day("3 12:40"),
    *mail(),
    search(BING, "volleyball club fees 14u columbus how much travel team", "volleyball"),
    page(
        "https://www.reddit.com/r/Columbus/comments/1c2f8zd/club_volleyball_costs/",
        "Club volleyball costs? : r/Columbus",
        "volleyball",
    ),
    day("3 19:30"),
    *facebook(),
    search(GOOGLE, "tracker pro team 175 txw common problems", "boat"),
    page(
        "https://www.bassboatcentral.com/threads/tracker-pro-team-175-txw-problems.198342/",
        "Tracker Pro Team 175 TXW problems? | Bass Boat Central",
        "boat",
    ),
    page(
        "https://www.facebook.com/marketplace/item/902734155118734/",
        "2019 Tracker Pro Team 175 TXW - Facebook Marketplace",
        "boat",
    ),
    day("4 06:25"),
    *dispatch(),
    search(GOOGLE, "nate heat pump specialty exam study guide", "nate"),
    page(
        "https://www.natex.org/technician/certification/specialty-exams/heat-pumps",
        "Heat Pump Installation and Service Specialty Exam | NATE",
        "nate",
    ),
    *tab(
        "https://www.youtube.com/watch?v=Rf3q8Yp1sLw",
        "NATE Heat Pump Exam Review - Reversing Valve, Defrost Cycle - YouTube",
        "nate",
    ),
    day("4 18:00"),
    *mail(),
    search(BING, "medigap plan g premium ohio age 72 humana vs aetna", "medicare"),
    page(
        "https://www.medicare.gov/medigap-supplemental-insurance-plans/",
        "Find a Medigap policy | Medicare",
        "medicare",
    ),
    search(GOOGLE, "liftmaster safety sensor replacement 041a5034 home depot", "garage"),
    page(
        "https://www.homedepot.com/p/LiftMaster-Safety-Sensor-Kit-041A5034/203537488",
        "LiftMaster Safety Sensor Kit 041A5034 - The Home Depot",
        "garage",
    ),
    day("5 06:30"),
    *espn(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c71e9a02bd",
        "1835519843006",
        "Your Home Depot order #WH44820917 is ready for pickup",
        "garage",
    ),
    day("5 17:45"),
    search(GOOGLE, "ohio stadium seating chart best sections visitors", "tickets"),
    page(
        "https://www.rateyourseats.com/ohio-stadium/seating/seating-chart",
        "Ohio Stadium Seating Chart - Rateyourseats.com",
        "tickets",
    ),
    search(GOOGLE, "what do volleyball tryouts look for 14u setter", "volleyball"),
    page(
        "https://www.theartofcoachingvolleyball.com/what-coaches-look-for-at-tryouts/",
        "What Coaches Look For at Tryouts - The Art of Coaching Volleyball",
        "volleyball",
    ),
    day("5 21:00"),
    *youtube(),
    search(BING, "bass boat trailer inspection buying used what to check", "boat"),
    page(
        "https://www.bassmaster.com/news/tips-for-buying-a-used-bass-boat/",
        "Tips for buying a used bass boat - Bassmaster",
        "boat",
    ),
    day("6 08:00"),
    *dispatch(),
    *facebook(),
    search(GOOGLE, "nate core exam passing score how many questions", "nate"),
    page(
        "https://www.natex.org/faq",
        "Frequently Asked Questions | NATE",
        "nate",
    ),
    day("6 13:20"),
    search(GOOGLE, "medicare open enrollment deadline december 7 switch advantage", "medicare"),
    page(
        "https://www.medicare.gov/basics/when-you-can-sign-up-for-medicare/joining-a-plan",
        "Joining a health or drug plan | Medicare",
        "medicare",
    ),
    day("6 16:40"),
    *espn(),
    search(GOOGLE, "ohio state vs michigan tickets under 300 upper deck", "tickets"),
    page(
        "https://www.vividseats.com/ohio-state-buckeyes-football-tickets--sports-ncaa-football/performer/2478",
        "Ohio State Buckeyes Football Tickets | Vivid Seats",
        "tickets",
    ),
    day("6 21:15"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c71e9a02bd",
        "1835588100452",
        "Your Vivid Seats order is confirmed: Michigan at Ohio State, Sec 12C",
        "tickets",
    ),
    day("7 07:30"),
    *dispatch(),
    search(BING, "volleyball knee pads and shoes for club tryouts girls", "volleyball"),
    page(
        "https://www.dickssportinggoods.com/f/volleyball-shoes",
        "Volleyball Shoes | DICK'S Sporting Goods",
        "volleyball",
    ),
    day("7 11:00"),
    search(GOOGLE, "tracker pro team 175 2019 value nada", "boat"),
    page(
        "https://www.jdpower.com/boats/2019/tracker-boats/pro-team-175-txw",
        "2019 Tracker Boats Pro Team 175 TXW Prices and Values | J.D. Power",
        "boat",
    ),
    day("7 19:00"),
    *youtube(),
    *facebook(),
]
