"""An accountant's week in Dublin: clients' tax returns due, a new work laptop, a daughter's
braces, training for a half marathon, kitchen renovation quotes, and a concert weekend in
London. Habits: mail, RTÉ news, the Irish Times, a forum, video. Written at the start of
the fourteenth session, after its reading of split words as names, and scored before any
change for it: two tasks often interleaved in one sitting (the laptop between two tax
questions, the kitchen between runs), the person's own city in several tasks ("dublin"),
words shared across tasks ("tax relief" for the braces, "plan" for the training and the
kitchen, "review" for the laptop and the orthodontist, "london" and "dublin" in the trip),
side steps that name no task ("usb c dock dual monitor", "soft close hinges", "how long do
aligners take", "ibuprofen before long run"), searches on Google and DuckDuckGo, tabs from
results. Used by make_week_history.py (``week22``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, forum, search, video_home

REV = "https://www.revenue.ie/en"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            "Inbox (14) - aoife.byrne.acc@example.com - Gmail",
            None,
        )
    ]


def rte() -> list[Step]:
    return [
        ("goto", "https://www.rte.ie/news/", "RTÉ News: Ireland's National Public Service", None)
    ]


def times() -> list[Step]:
    return [
        ("goto", "https://www.irishtimes.com/", "The Irish Times - Ireland's leading news", None)
    ]


STEPS: list[Step] = [
    day("1 07:50"),
    *mail(),
    *rte(),
    day("1 09:10"),
    search(GOOGLE, "form 11 deadline 2026 ros pay and file", "tax"),
    (
        "via",
        f"{REV}/self-assessment-and-self-employment/filing-your-tax-return/index.aspx",
        "Filing your tax return - Revenue",
        "tax",
    ),
    search(GOOGLE, "thinkpad t14 gen 5 vs dell latitude 7450", "laptop"),
    (
        "via",
        "https://www.notebookcheck.net/Lenovo-ThinkPad-T14-Gen-5-vs-Dell-Latitude-7450.850112.0.html",
        "ThinkPad T14 G5 vs Latitude 7450: business laptops compared - NotebookCheck",
        "laptop",
    ),
    search(GOOGLE, "preliminary tax calculation self employed ireland", "tax"),
    (
        "click",
        "https://www.citizensinformation.ie/en/money-and-tax/tax/income-tax/preliminary-tax/",
        "Preliminary Tax - Citizens Information",
        "tax",
    ),
    (
        "tab",
        f"{REV}/self-assessment-and-self-employment/preliminary-tax/index.aspx",
        "Preliminary Tax - Revenue",
        "tax",
    ),
    ("close", "", "", "tax"),
    day("1 12:30"),
    *times(),
    day("1 19:40"),
    search(DDG, "dublin half marathon 2026 date entry", "run"),
    (
        "click",
        "https://www.irishlifedublinmarathon.ie/half-marathon/",
        "Irish Life Dublin Half Marathon",
        "run",
    ),
    search(DDG, "half marathon training plan 10 weeks sub 2 hours", "run"),
    (
        "click",
        "https://www.runnersworld.com/uk/training/half-marathon/a774853/sub-2-hour-half-plan/",
        "Sub-2:00 half marathon training plan | Runner's World",
        "run",
    ),
    *video_home(),
    day("2 08:00"),
    *mail(),
    day("2 10:15"),
    search(GOOGLE, "ros digital certificate expired renew", "tax"),
    (
        "via",
        f"{REV}/online-services/support/ros-help/ros-certificate/renew-certificate.aspx",
        "Renew your ROS digital certificate - Revenue",
        "tax",
    ),
    search(GOOGLE, "best laptop for excel heavy spreadsheets 2026", "laptop"),
    (
        "click",
        "https://www.techradar.com/news/best-laptops-for-excel",
        "Best laptops for Excel and spreadsheets in 2026 | TechRadar",
        "laptop",
    ),
    search(GOOGLE, "usb c dock dual monitor", "laptop"),
    (
        "click",
        "https://www.amazon.co.uk/s?k=usb+c+dock+dual+monitor",
        "Amazon.co.uk : usb c dock dual monitor",
        "laptop",
    ),
    day("2 13:00"),
    *forum(),
    day("2 20:10"),
    search(GOOGLE, "invisalign vs braces teenager cost ireland", "braces"),
    (
        "via",
        "https://www.dentalcare.ie/blog/invisalign-vs-braces-cost-ireland",
        "Invisalign vs Braces for Teens: Costs in Ireland | Dental Care Ireland",
        "braces",
    ),
    search(GOOGLE, "orthodontist dublin south reviews", "braces"),
    (
        "click",
        "https://www.google.com/maps/search/orthodontist+dublin+south",
        "orthodontist dublin south - Google Maps",
        "braces",
    ),
    day("3 07:45"),
    *mail(),
    *rte(),
    day("3 12:20"),
    search(DDG, "kitchen renovation cost ireland 2026", "kitchen"),
    (
        "click",
        "https://www.myhome.ie/news/how-much-does-a-new-kitchen-cost-in-ireland",
        "How much does a new kitchen cost in Ireland? - MyHome.ie",
        "kitchen",
    ),
    search(DDG, "quartz vs laminate worktops", "kitchen"),
    (
        "click",
        "https://www.houseandgarden.co.uk/article/quartz-vs-laminate-worktops",
        "Quartz vs laminate worktops: which is best for your kitchen? | House & Garden",
        "kitchen",
    ),
    day("3 18:30"),
    search(DDG, "shin splints running treatment", "run"),
    (
        "click",
        "https://www.nhs.uk/conditions/shin-splints/",
        "Shin splints - NHS",
        "run",
    ),
    search(DDG, "ibuprofen before long run", "run"),
    day("3 21:00"),
    search(GOOGLE, "fontaines dc o2 arena london tickets", "london"),
    (
        "via",
        "https://www.ticketmaster.co.uk/fontaines-dc-tickets/artist/2534612",
        "Fontaines D.C. Tickets | 2026 UK Tour Dates | Ticketmaster UK",
        "london",
    ),
    search(GOOGLE, "ryanair dublin to london stansted may", "london"),
    (
        "via",
        "https://www.ryanair.com/ie/en/cheap-flights/dublin-to-london-stansted",
        "Cheap flights from Dublin to London Stansted | Ryanair",
        "london",
    ),
    *video_home(),
    day("4 08:05"),
    *mail(),
    *times(),
    day("4 09:30"),
    search(GOOGLE, "revenue pay and file extension ros 2026", "tax"),
    (
        "via",
        f"{REV}/self-assessment-and-self-employment/filing-your-tax-return/pay-and-file-extension.aspx",
        "Pay and File extended deadline for ROS - Revenue",
        "tax",
    ),
    search(GOOGLE, "capital gains tax shares disposal cgt1 form", "tax"),
    (
        "click",
        f"{REV}/gains-gifts-and-inheritance/transfering-an-asset/how-to-calculate-cgt.aspx",
        "How to calculate Capital Gains Tax (CGT) - Revenue",
        "tax",
    ),
    day("4 13:10"),
    search(GOOGLE, "thinkpad t14 gen 5 review battery life", "laptop"),
    (
        "via",
        "https://www.laptopmag.com/reviews/lenovo-thinkpad-t14-gen-5",
        "Lenovo ThinkPad T14 Gen 5 review: a business workhorse | Laptop Mag",
        "laptop",
    ),
    (
        "tab",
        "https://www.lenovo.com/ie/en/p/laptops/thinkpad/thinkpadt/thinkpad-t14-gen-5/len101t0099",
        "ThinkPad T14 Gen 5 (14″ Intel) | Lenovo IE",
        "laptop",
    ),
    day("4 19:50"),
    search(GOOGLE, "med 2 form orthodontic tax relief", "braces"),
    (
        "via",
        f"{REV}/personal-tax-credits-reliefs-and-exemptions/health-and-age/dental-expenses/index.aspx",
        "Dental expenses - tax relief - Revenue",
        "braces",
    ),
    search(GOOGLE, "how long do aligners take", "braces"),
    (
        "click",
        "https://www.healthline.com/health/how-long-does-invisalign-take",
        "How Long Does Invisalign Take? Average Timeline - Healthline",
        "braces",
    ),
    *forum(),
    day("5 07:55"),
    *mail(),
    day("5 12:40"),
    search(DDG, "kitchen fitters dublin reviews", "kitchen"),
    (
        "click",
        "https://www.tradesmen.ie/kitchen-fitters/dublin",
        "Kitchen Fitters in Dublin - Reviews & Quotes | Tradesmen.ie",
        "kitchen",
    ),
    search(DDG, "shaker kitchen units painted vs vinyl wrap", "kitchen"),
    (
        "click",
        "https://www.kitchenmagazine.co.uk/painted-vs-vinyl-wrap-doors",
        "Painted vs vinyl wrap kitchen doors: pros and cons | Kitchen Magazine",
        "kitchen",
    ),
    search(DDG, "soft close hinges", "kitchen"),
    day("5 19:15"),
    search(DDG, "asics novablast 5 vs nike pegasus 41", "run"),
    (
        "click",
        "https://runrepeat.com/asics-novablast-5-vs-nike-pegasus-41",
        "ASICS Novablast 5 vs Nike Pegasus 41 | RunRepeat",
        "run",
    ),
    (
        "tab",
        "https://www.elverys.ie/asics-novablast-5-mens-running-shoes",
        "ASICS Novablast 5 Men's Running Shoes | Elverys",
        "run",
    ),
    ("close", "", "", "run"),
    *video_home(),
    day("6 09:20"),
    *mail(),
    *rte(),
    day("6 10:30"),
    search(GOOGLE, "hotel near o2 arena greenwich", "london"),
    (
        "via",
        "https://www.booking.com/district/gb/london/greenwich.html",
        "Hotels near The O2, Greenwich, London | Booking.com",
        "london",
    ),
    search(GOOGLE, "stansted express to north greenwich", "london"),
    (
        "click",
        "https://www.stanstedexpress.com/journey-planner",
        "Stansted Express journey planner | Stansted Express",
        "london",
    ),
    day("6 16:00"),
    search(GOOGLE, "hse orthodontic treatment waiting list criteria", "braces"),
    (
        "via",
        "https://www2.hse.ie/services/orthodontic-treatment/",
        "Orthodontic treatment - HSE",
        "braces",
    ),
    day("7 08:10"),
    *mail(),
    day("7 09:00"),
    search(GOOGLE, "self assessed client late filing surcharge 5% ireland", "tax"),
    (
        "click",
        f"{REV}/self-assessment-and-self-employment/filing-your-tax-return/surcharge.aspx",
        "Surcharge for late tax returns - Revenue",
        "tax",
    ),
    search(GOOGLE, "lenovo ireland business discount code", "laptop"),
    (
        "click",
        "https://www.lenovo.com/ie/en/d/deals/business/",
        "Business Laptop Deals | Lenovo IE",
        "laptop",
    ),
    day("7 18:20"),
    search(DDG, "10k tempo run pace for 2 hour half marathon", "run"),
    (
        "click",
        "https://www.runnersconnect.net/tempo-run-pace/",
        "Tempo Run Pace Calculator - RunnersConnect",
        "run",
    ),
    search(DDG, "kitchen layout plan small galley", "kitchen"),
    (
        "click",
        "https://www.ikea.com/ie/en/rooms/kitchen/galley-kitchen-ideas/",
        "Galley kitchen ideas - IKEA Ireland",
        "kitchen",
    ),
    *times(),
]
