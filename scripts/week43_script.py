"""A physiotherapist's ten days in Brisbane, written in the twenty-first session after
week42, and scored before any change for it: a home battery for the solar panels (rebate,
brands, installers), a patient's ACL rehabilitation read up for work, a tenth wedding
anniversary weekend in Noosa, mould behind the shower (leak or condensation, a plumber),
the end of the financial year's tax deductions, and a son's enrolment in Prep at the local
state school. Words cross tasks: "rebate" of the battery and of health insurance in the tax
return, "return" of the tax and of return to sport, "battery" of solar power and of a
patient's hop tests, "brisbane" in three tasks. Real estate listings are browsed most evenings for fun (no
task), ABC News and Facebook every morning. Searches go to Google and Bing, and exercises
are searched on YouTube.
Used by make_week_history.py (``week43``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GMAIL, GOOGLE, Step, day, page, search, tab, video_home

YT = "https://www.youtube.com/results?search_query="


def yt(query: str, task: str | None) -> Step:
    """A search typed into YouTube's own search box."""
    return ("goto", YT + query.replace(" ", "+"), f"{query} - YouTube", task)


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (6) - jess.nguyen@example.com.au - Gmail", None)]


def abc(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.abc.net.au/news", "ABC News", None)]
    if story:
        steps.append(page(f"https://www.abc.net.au/news/{story[0]}", story[1], None))
    return steps


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


def listings(house: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        (
            "goto",
            "https://www.realestate.com.au/buy/in-paddington,+qld+4064/list-1",
            "Real Estate & Property for Sale in Paddington, QLD 4064 - realestate.com.au",
            None,
        )
    ]
    if house:
        steps.append(
            page(f"https://www.realestate.com.au/property-house-qld-{house[0]}", house[1], None)
        )
    return steps


STEPS: list[Step] = [
    day("1 06:40"),
    *mail(),
    *abc(),
    *facebook(),
    day("1 12:15"),
    search(GOOGLE, "acl reconstruction rehab protocol hamstring graft 12 weeks", "acl"),
    page(
        "https://www.physio-pedia.com/Anterior_Cruciate_Ligament_(ACL)_Rehabilitation",
        "Anterior Cruciate Ligament (ACL) Rehabilitation - Physiopedia",
        "acl",
    ),
    page(
        "https://bjsm.bmj.com/content/56/24/1445",
        "Aspetar clinical practice guideline on rehabilitation after ACL reconstruction | BJSM",
        "acl",
        "tab",
    ),
    ("close", "", "", "acl"),
    day("1 19:30"),
    search(GOOGLE, "home battery rebate qld 2026", "battery"),
    page(
        "https://www.energy.gov.au/rebates/cheaper-home-batteries-program",
        "Cheaper Home Batteries Program | energy.gov.au",
        "battery",
    ),
    page(
        "https://www.solarquotes.com.au/battery-storage/rebates/qld/",
        "Queensland Battery Rebates 2026 | SolarQuotes",
        "battery",
    ),
    search(GOOGLE, "is a home battery worth it with 6.6kw solar", "battery"),
    page(
        "https://www.solarquotes.com.au/blog/battery-worth-it/",
        "Are home batteries worth it yet? | SolarQuotes Blog",
        "battery",
    ),
    day("1 21:00"),
    *listings(
        ("paddington-147712345", "12 Latrobe Terrace, Paddington, QLD 4064 - realestate.com.au")
    ),
    day("2 06:45"),
    *mail(),
    *abc(
        ("2026-04-21/brisbane-olympics-venues", "Brisbane 2032 venue plan changes again - ABC News")
    ),
    day("2 12:30"),
    search(BING, "noosa anniversary weekend couples accommodation", "noosa"),
    page(
        "https://www.visitnoosa.com.au/accommodation/romantic-getaways",
        "Romantic Getaways in Noosa | Visit Noosa",
        "noosa",
    ),
    page(
        "https://www.booking.com/hotel/au/netanya-noosa.html",
        "Netanya Noosa, Noosa Heads – Updated 2026 Prices",
        "noosa",
    ),
    page(
        "https://www.booking.com/hotel/au/sofitel-noosa-pacific-resort.html",
        "Sofitel Noosa Pacific Resort, Noosa Heads – Updated 2026 Prices",
        "noosa",
        "tab",
    ),
    ("close", "", "", "noosa"),
    day("2 19:20"),
    search(GOOGLE, "black mould on bathroom ceiling and behind shower", "mould"),
    page(
        "https://www.choice.com.au/home-and-living/cleaning/cleaning-tips/articles/how-to-get-rid-of-mould",
        "How to get rid of mould | CHOICE",
        "mould",
    ),
    search(GOOGLE, "shower leaking into wall signs failed waterproofing", "mould"),
    page(
        "https://www.hipages.com.au/article/signs_of_a_leaking_shower",
        "Signs of a leaking shower | hipages",
        "mould",
    ),
    day("2 21:10"),
    *facebook(),
    page(
        "https://www.facebook.com/groups/paddingtonmums/posts/88123",
        "Anyone know a good sleep consultant? | Paddington Mums | Facebook",
        None,
    ),
    day("3 06:40"),
    *mail(),
    *abc(),
    day("3 12:20"),
    yt("acl rehab exercises phase 2 closed chain", "acl"),
    page(
        "https://www.youtube.com/watch?v=aclphase2",
        "ACL Rehab Phase 2: Closed Chain Strength - E3 Rehab - YouTube",
        "acl",
    ),
    page(
        "https://www.youtube.com/watch?v=aclhop",
        "Return to Sport Hop Tests After ACL Surgery - YouTube",
        "acl",
    ),
    day("3 16:30"),
    search(GOOGLE, "prep enrolment brisbane state school catchment", "prep"),
    page(
        "https://education.qld.gov.au/schools-educators/enrolment/prep",
        "Enrolling in Prep | Department of Education Queensland",
        "prep",
    ),
    page(
        "https://www.qgso.qld.gov.au/school-catchments",
        "Find your school catchment | Queensland Government",
        "prep",
    ),
    page(
        "https://ithacacreekss.eq.edu.au/enrolments",
        "Enrolments - Ithaca Creek State School",
        "prep",
        "tab",
    ),
    ("close", "", "", "prep"),
    day("3 20:00"),
    search(GOOGLE, "tesla powerwall 3 vs sungrow battery", "battery"),
    page(
        "https://www.solarquotes.com.au/battery-storage/tesla-powerwall-3-review/",
        "Tesla Powerwall 3 review | SolarQuotes",
        "battery",
    ),
    page(
        "https://www.solarquotes.com.au/battery-storage/sungrow-sbr-review/",
        "Sungrow SBR battery review | SolarQuotes",
        "battery",
    ),
    day("3 21:15"),
    *listings(),
    day("4 06:45"),
    *mail(),
    *facebook(),
    day("4 12:10"),
    search(GOOGLE, "work related car expenses cents per km 2026 physio", "tax"),
    page(
        "https://www.ato.gov.au/individuals-and-families/income-deductions-offsets-and-records/deductions-you-can-claim/vehicle-and-travel-expenses/car-expenses",
        "Car expenses | Australian Taxation Office",
        "tax",
    ),
    page(
        "https://www.ato.gov.au/individuals-and-families/income-deductions-offsets-and-records/occupation-and-industry-specific-guides/health-professionals",
        "Health professionals - deductions | Australian Taxation Office",
        "tax",
    ),
    day("4 19:45"),
    search(BING, "noosa restaurants with view anniversary dinner", "noosa"),
    page(
        "https://www.goodfood.com.au/eat-out/best-noosa-restaurants",
        "The best restaurants in Noosa | Good Food",
        "noosa",
    ),
    page(
        "https://www.thehumanpantry.com.au/noosa/ricky's",
        "Ricky's River Bar + Restaurant, Noosaville",
        "noosa",
    ),
    search(GOOGLE, "noosa everglades kayak tour", "noosa"),
    page(
        "https://www.kanuKapers.com.au/everglades-tours",
        "Noosa Everglades Kayak Tours | Kanu Kapers",
        "noosa",
    ),
    day("5 06:40"),
    *mail(),
    *abc(("2026-04-24/ekka-tickets", "Ekka returns with new rides this August - ABC News")),
    day("5 12:30"),
    search(GOOGLE, "acl return to sport criteria limb symmetry index", "acl"),
    page(
        "https://www.physio-pedia.com/Return_to_Sport_After_ACL_Reconstruction",
        "Return to Sport After ACL Reconstruction - Physiopedia",
        "acl",
    ),
    page(
        "https://pubmed.ncbi.nlm.nih.gov/27162233/",
        "Simple decision rules can reduce reinjury risk by 84% after ACL reconstruction - PubMed",
        "acl",
    ),
    day("5 18:00"),
    search(GOOGLE, "plumber leak detection paddington brisbane", "mould"),
    page(
        "https://www.hipages.com.au/find/leak_detection/qld/brisbane",
        "Leak Detection in Brisbane | hipages",
        "mould",
    ),
    page(
        "https://www.hipages.com.au/connect/aqualeakdetection",
        "Aqua Leak Detection Brisbane | hipages",
        "mould",
    ),
    day("5 20:30"),
    search(GOOGLE, "solar battery installers brisbane reviews", "battery"),
    page(
        "https://www.solarquotes.com.au/installer-review/qld/brisbane/",
        "Solar Installer Reviews Brisbane | SolarQuotes",
        "battery",
    ),
    page(
        "https://www.solarquotes.com.au/installer-review/sunboost/",
        "Sunboost reviews | SolarQuotes",
        "battery",
        "tab",
    ),
    ("close", "", "", "battery"),
    day("5 21:30"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=broncos-hl",
        "Broncos v Storm highlights | NRL - YouTube",
        None,
    ),
    day("6 08:00"),
    *mail(),
    *facebook(),
    day("6 09:30"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=3c2&view=pt&search=all&permthid=thread-f:2214",
        "Prep 2027 enrolment information evening - jess.nguyen@example.com.au - Gmail",
        "prep",
    ),
    search(GOOGLE, "is my child ready for prep checklist", "prep"),
    page(
        "https://raisingchildren.net.au/preschoolers/school-learning/school-readiness/school-readiness",
        "School readiness: is your child ready for school? | Raising Children Network",
        "prep",
    ),
    page(
        "https://education.qld.gov.au/schools-educators/enrolment/prep/prep-age",
        "Prep age calculator | Department of Education Queensland",
        "prep",
    ),
    day("6 11:00"),
    search(GOOGLE, "bathroom exhaust fan not removing steam mould", "mould"),
    page(
        "https://www.bunnings.com.au/diy-advice/home-improvement/ventilation/how-to-choose-an-exhaust-fan",
        "How to choose an exhaust fan | Bunnings Warehouse",
        "mould",
    ),
    page(
        "https://www.bunnings.com.au/hpm-250mm-exhaust-fan_p4440123",
        "HPM 250mm Exhaust Fan | Bunnings Warehouse",
        "mould",
    ),
    day("6 14:00"),
    *listings(("red-hill-147799001", "8 Enoggera Terrace, Red Hill, QLD 4059 - realestate.com.au")),
    day("6 20:00"),
    (
        "goto",
        "https://www.booking.com/hotel/au/netanya-noosa.html",
        "Netanya Noosa, Noosa Heads – Updated 2026 Prices",
        "noosa",
    ),
    page(
        "https://www.booking.com/book.html?hotel_id=netanya-noosa",
        "Booking.com: Secure booking — Netanya Noosa",
        "noosa",
    ),
    page(
        "https://www.booking.com/confirmation.html?hotel_id=netanya-noosa",
        "Booking.com: Your booking is confirmed — Netanya Noosa",
        "noosa",
    ),
    day("7 06:40"),
    *mail(),
    *abc(),
    day("7 12:20"),
    search(GOOGLE, "private health insurance rebate tax return income tier", "tax"),
    page(
        "https://www.ato.gov.au/individuals-and-families/medicare-and-private-health-insurance/private-health-insurance-rebate",
        "Private health insurance rebate | Australian Taxation Office",
        "tax",
    ),
    search(GOOGLE, "can physios claim ahpra registration and cpd courses", "tax"),
    page(
        "https://www.hrblock.com.au/tax-academy/physiotherapist-tax-deductions",
        "Physiotherapist tax deductions | H&R Block",
        "tax",
    ),
    day("7 19:30"),
    search(GOOGLE, "powerwall 3 quote brisbane price installed", "battery"),
    page(
        "https://www.solarquotes.com.au/battery-storage/prices/",
        "Home battery prices in Australia | SolarQuotes",
        "battery",
    ),
    page(
        "https://www.reddit.com/r/solarenergy/comments/1k2l3m/powerwall_3_quote_brisbane_is_this_fair/",
        "Powerwall 3 quote in Brisbane, is this fair? : r/solarenergy",
        "battery",
    ),
    day("8 06:45"),
    *mail(),
    *facebook(),
    day("8 12:15"),
    yt("single leg hop test how to measure", "acl"),
    page(
        "https://www.youtube.com/watch?v=hoptest",
        "How to Perform the Single Leg Hop Test Battery - YouTube",
        "acl",
    ),
    search(GOOGLE, "acl rehab return to running criteria", "acl"),
    page(
        "https://www.physio-network.com/blog/return-to-running-after-acl/",
        "Return to running after ACL reconstruction | Physio Network",
        "acl",
    ),
    day("8 17:40"),
    (
        "goto",
        "https://www.hipages.com.au/connect/aqualeakdetection",
        "Aqua Leak Detection Brisbane | hipages",
        "mould",
    ),
    page(
        "https://www.hipages.com.au/connect/aqualeakdetection/quote",
        "Request a quote - Aqua Leak Detection | hipages",
        "mould",
    ),
    day("8 21:00"),
    *listings(),
    day("9 06:40"),
    *mail(),
    *abc(("2026-04-28/queensland-budget", "Queensland budget: what it means for you - ABC News")),
    day("9 13:00"),
    search(BING, "ithaca creek state school prep open day", "prep"),
    page(
        "https://ithacacreekss.eq.edu.au/our-school/events/prep-open-morning",
        "Prep open morning - Ithaca Creek State School",
        "prep",
    ),
    day("9 19:00"),
    search(GOOGLE, "sungrow battery app shows grid import at night", "battery"),
    page(
        "https://www.solarquotes.com.au/blog/battery-grid-import-night/",
        "Why is my battery importing from the grid at night? | SolarQuotes Blog",
        "battery",
    ),
    day("10 07:30"),
    *mail(),
    *facebook(),
    day("10 09:40"),
    search(GOOGLE, "noosa national park coastal walk hells gates", "noosa"),
    page(
        "https://parks.qld.gov.au/parks/noosa/journeys/coastal-walk",
        "Coastal walk, Noosa National Park | Queensland Parks",
        "noosa",
    ),
    day("10 15:00"),
    search(GOOGLE, "tax time myGov link ato prefill when available", "tax"),
    page(
        "https://www.ato.gov.au/individuals-and-families/your-tax-return/how-to-lodge-your-tax-return/lodge-online-with-mytax",
        "Lodge online with myTax | Australian Taxation Office",
        "tax",
    ),
    day("10 20:10"),
    *video_home(),
]
