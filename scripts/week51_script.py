"""A night-shift nurse's ten days in Melbourne, written in the twenty-second session after
its changes to gathering and destinations, and scored before any change for it: a used
hybrid car (its history check and roadworthy), a ski week in Queenstown, a termite
inspection, her registration renewal and its professional development hours, her
husband's 50th birthday party, her daughter's school camp, and sleeping after night
shifts. Words cross tasks: "inspection" of the car and of the termites, "renewal" of the
registration and of the car's rego, "certificate" of the roadworthy and of the CPD,
"pass" of the ski lifts, "camp" of the school and of nothing else. "melbourne" is in the
searches of most tasks. Gmail, The Age, YouTube and Facebook are opened most days.
Searches go to Google and Bing.
Used by make_week_history.py (``week51``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GMAIL, GOOGLE, Step, day, page, search, tab, video_home

ADDRESS = "kate.obrien@example.com.au"
CS = "https://www.carsales.com.au/cars/details"


def mail() -> list[Step]:
    return [("goto", GMAIL, f"Inbox (4) - {ADDRESS} - Gmail", None)]


def age(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.theage.com.au/", "The Age | Melbourne news", None)]
    if story:
        steps.append(
            page(f"https://www.theage.com.au/national/victoria/{story[0]}", story[1], None)
        )
    return steps


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 13:30"),
    *mail(),
    *facebook(),
    day("1 14:15"),
    search(GOOGLE, "rav4 hybrid 2021 vs 2022 differences", "car"),
    page(
        "https://www.drive.com.au/news/toyota-rav4-hybrid-2022-changes/",
        "2022 Toyota RAV4 Hybrid: what's changed | Drive",
        "car",
    ),
    page(
        "https://www.carsales.com.au/cars/toyota/rav4/hybrid/victoria-state/",
        "Toyota RAV4 Hybrid for sale in Victoria | carsales.com.au",
        "car",
    ),
    page(
        f"{CS}/2021-toyota-rav4-gx-hybrid-auto-2wd/SSE-AD-18274411/",
        "2021 Toyota RAV4 GX Hybrid Auto 2WD | carsales.com.au",
        "car",
    ),
    day("1 17:00"),
    search(GOOGLE, "how to sleep after night shift nurse tips", "sleep"),
    page(
        "https://www.sleepfoundation.org/shift-work-disorder/tips",
        "Shift Work Sleep Tips | Sleep Foundation",
        "sleep",
    ),
    page(
        "https://www.reddit.com/r/nursing/comments/1f4g5h/how_do_you_sleep_after_nights/",
        "How do you sleep after nights? : r/nursing",
        "sleep",
    ),
    day("2 14:00"),
    *mail(),
    *age(),
    day("2 15:00"),
    search(BING, "termite inspection cost melbourne pre purchase", "termites"),
    page(
        "https://www.hipages.com.au/article/termite_inspection_cost",
        "How much does a termite inspection cost? | hipages",
        "termites",
    ),
    page(
        "https://www.hipages.com.au/find/pest_inspections/vic/melbourne",
        "Pest Inspections in Melbourne | hipages",
        "termites",
    ),
    day("2 19:30"),
    search(GOOGLE, "queenstown ski week august coronet peak vs remarkables", "ski"),
    page(
        "https://www.nzski.com/queenstown/",
        "Coronet Peak & The Remarkables | NZSki",
        "ski",
    ),
    page(
        "https://www.queenstownnz.co.nz/things-to-do/skiing/",
        "Skiing in Queenstown | Queenstown NZ",
        "ski",
    ),
    day("3 14:00"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=7b3&view=pt&search=all&permthid=thread-f:3391",
        f"Year 6 Camp Forms due Friday - Moorabbin Primary - {ADDRESS} - Gmail",
        "camp",
    ),
    *facebook(),
    day("3 15:30"),
    search(GOOGLE, "ahpra registration renewal cpd hours requirement", "ahpra"),
    page(
        "https://www.nursingmidwiferyboard.gov.au/Registration-Standards/CPD.aspx",
        "Continuing professional development | Nursing and Midwifery Board of Australia",
        "ahpra",
    ),
    page(
        "https://www.ahpra.gov.au/Registration/Registration-Renewals.aspx",
        "Registration renewals | Ahpra",
        "ahpra",
    ),
    day("3 20:00"),
    search(GOOGLE, "year 6 school camp packing list sleeping bag", "camp"),
    page(
        "https://www.kidspot.com.au/parenting/school-camp-packing-list",
        "The ultimate school camp packing list | Kidspot",
        "camp",
    ),
    page(
        "https://www.kmart.com.au/product/kids-sleeping-bag-43211892/",
        "Kids Sleeping Bag | Kmart",
        "camp",
    ),
    day("4 14:00"),
    *mail(),
    *age(
        (
            "2026/07/14/metro-tunnel-opening-date",
            "Metro Tunnel opening date confirmed | The Age",
        )
    ),
    day("4 15:00"),
    search(GOOGLE, "ppsr check rav4 written off finance owing", "car"),
    page(
        "https://www.ppsr.gov.au/searching/vehicle-search",
        "Search for a vehicle | PPSR",
        "car",
    ),
    page(
        "https://transact.ppsr.gov.au/ppsr/SearchVehicle",
        "Vehicle search - PPSR",
        "car",
    ),
    day("4 18:00"),
    search(GOOGLE, "50th birthday party venue melbourne private room bayside", "party"),
    page(
        "https://www.hireup.com.au/venues/50th-birthday-melbourne",
        "50th Birthday Venues Melbourne | Hire Up",
        "party",
    ),
    page(
        "https://www.thebeachhotel.com.au/functions",
        "Functions & Events | The Beach Hotel Brighton",
        "party",
    ),
    day("5 10:00"),
    *video_home(),
    day("5 14:30"),
    search(BING, "flights melbourne to queenstown august school holidays", "ski"),
    page(
        "https://www.qantas.com/au/en/flight-deals/flights-from-melbourne-to-queenstown.html",
        "Flights from Melbourne to Queenstown | Qantas",
        "ski",
    ),
    page(
        "https://www.virginaustralia.com/au/en/specials/melbourne-queenstown/",
        "Melbourne to Queenstown flights | Virgin Australia",
        "ski",
    ),
    day("5 17:30"),
    search(GOOGLE, "white ants signs skirting boards hollow sound", "termites"),
    page(
        "https://www.termiteexperts.com.au/signs-of-termites",
        "10 signs you have termites | Termite Experts",
        "termites",
    ),
    day("6 14:00"),
    *mail(),
    *facebook(),
    day("6 15:00"),
    search(GOOGLE, "cpd log template nursing reflective practice", "ahpra"),
    page(
        "https://www.anmfvic.asn.au/education/cpd-portfolio-template",
        "CPD portfolio template | ANMF Vic Branch",
        "ahpra",
    ),
    page(
        "https://www.anmfvic.asn.au/education/online-courses",
        "Online CPD courses | ANMF Vic Branch",
        "ahpra",
    ),
    day("6 19:00"),
    search(GOOGLE, "roadworthy certificate vic cost who pays buyer or seller", "car"),
    page(
        "https://www.vicroads.vic.gov.au/registration/buy-sell-or-transfer-a-vehicle/roadworthy-certificate",
        "Roadworthy certificate | VicRoads",
        "car",
    ),
    day("7 14:00"),
    *mail(),
    *age(),
    day("7 15:30"),
    search(GOOGLE, "blackout blinds bedroom day sleeping shift worker", "sleep"),
    page(
        "https://www.bunnings.com.au/our-range/bathroom-plumbing/blinds/blockout-blinds",
        "Blockout Blinds | Bunnings Australia",
        "sleep",
    ),
    page(
        "https://www.bunnings.com.au/windoware-1800mm-blockout-roller-blind_p1234567",
        "Windoware 1800mm Blockout Roller Blind | Bunnings",
        "sleep",
    ),
    day("7 19:30"),
    search(GOOGLE, "50th birthday catering finger food per head melbourne", "party"),
    page(
        "https://www.easyweddings.com.au/catering/vic/melbourne/finger-food/",
        "Finger Food Catering Melbourne | Easy Weddings",
        "party",
    ),
    day("8 14:00"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=7b3&view=pt&search=all&permthid=thread-f:3420",
        f"Your pest inspection booking for Thursday - {ADDRESS} - Gmail",
        "termites",
    ),
    day("8 16:00"),
    search(GOOGLE, "queenstown ski hire and lift pass package", "ski"),
    page(
        "https://www.nzski.com/queenstown/passes-and-tickets/",
        "Lift passes & tickets | NZSki Queenstown",
        "ski",
    ),
    page(
        "https://www.snowbiz.co.nz/queenstown-ski-hire",
        "Ski & Snowboard Hire Queenstown | Snowbiz",
        "ski",
    ),
    day("8 20:30"),
    search(BING, "camp medical form asthma action plan school victoria", "camp"),
    page(
        "https://www.nationalasthma.org.au/health-professionals/asthma-action-plans",
        "Asthma Action Plans | National Asthma Council Australia",
        "camp",
    ),
    day("9 10:00"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=afl-hl-r18",
        "AFL Round 18 Highlights: Collingwood v Carlton - YouTube",
        None,
    ),
    day("9 14:30"),
    (
        "goto",
        f"{CS}/2021-toyota-rav4-gx-hybrid-auto-2wd/SSE-AD-18274411/",
        "2021 Toyota RAV4 GX Hybrid Auto 2WD | carsales.com.au",
        "car",
    ),
    search(GOOGLE, "rego transfer vicroads online after buying private", "car"),
    page(
        "https://www.vicroads.vic.gov.au/registration/buy-sell-or-transfer-a-vehicle/transfer-registration",
        "Transfer a vehicle registration | VicRoads",
        "car",
    ),
    day("9 18:00"),
    search(GOOGLE, "ahpra renewal fee 2026 pay online late fee", "ahpra"),
    page(
        "https://www.ahpra.gov.au/Registration/Registration-Renewals/Fees.aspx",
        "Fees | Ahpra",
        "ahpra",
    ),
    day("10 14:00"),
    *mail(),
    *age(),
    day("10 15:00"),
    search(GOOGLE, "melatonin for shift workers australia pharmacist", "sleep"),
    page(
        "https://www.healthdirect.gov.au/melatonin",
        "Melatonin | healthdirect",
        "sleep",
    ),
    day("10 19:00"),
    (
        "goto",
        "https://www.thebeachhotel.com.au/functions",
        "Functions & Events | The Beach Hotel Brighton",
        "party",
    ),
    page(
        "https://www.thebeachhotel.com.au/functions/enquire",
        "Function enquiry | The Beach Hotel Brighton",
        "party",
    ),
]
