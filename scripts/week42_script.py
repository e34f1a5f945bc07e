"""A secondary-school teacher's ten days in Leeds, written at the start of the twenty-first
session, before any change of it, and scored before any change for it: an old boiler
replaced (quotes, a combi or a heat pump under the grant), a geography lesson on volcanoes
for Year 8, a half-term cottage in the Lake District, a used hybrid car in place of the old
one, her father's hearing aids, a parking fine appealed, and a maths tutor for her
daughter's GCSEs. Words cross tasks: "hybrid" of a car and of a heat pump, "quote" of a
boiler and of car insurance, "test" of hearing and of a car's MOT, "leeds" in four tasks.
Google Classroom, BBC Sport and the Guardian are opened every day, and a stray read or two
from each. Searches go to Google and Ecosia.
Used by make_week_history.py (``week42``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import GMAIL, GOOGLE, Step, day, page, search, tab, video_home

ECOSIA = "https://www.ecosia.org/search?q="


def eco(query: str, task: str | None) -> Step:
    """A search typed into the address bar with Ecosia as the browser's engine."""
    url = ECOSIA + query.replace(" ", "+")
    return ("goto", url, f"{query} - Ecosia", task)


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (14) - c.hughes@example.co.uk - Gmail", None)]


def classroom() -> list[Step]:
    return [("goto", "https://classroom.google.com/h", "Classes", None)]


def sport(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.bbc.co.uk/sport", "Home - BBC Sport", None)]
    if story:
        steps.append(page(f"https://www.bbc.co.uk/sport/football/{story[0]}", story[1], None))
    return steps


def guardian(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.theguardian.com/uk", "News, sport and opinion | The Guardian", None)
    ]
    if story:
        steps.append(page(f"https://www.theguardian.com/{story[0]}", story[1], None))
    return steps


STEPS: list[Step] = [
    day("1 07:10"),
    *mail(),
    *classroom(),
    *sport(("articles/leeds-1", "Leeds United 2-1 Sunderland: Whites go top - BBC Sport")),
    day("1 12:25"),
    search(GOOGLE, "volcano lesson ideas year 8 geography", "lesson"),
    page(
        "https://www.tes.com/teaching-resources/volcanoes-ks3",
        "Volcanoes KS3 lesson | Teaching Resources | Tes",
        "lesson",
    ),
    page(
        "https://www.bbc.co.uk/bitesize/guides/z9xxsbk/revision/1",
        "Volcanoes - KS3 Geography - BBC Bitesize",
        "lesson",
        "tab",
    ),
    ("close", "", "", "lesson"),
    day("1 19:40"),
    search(GOOGLE, "boiler making banging noise when heating comes on", "boiler"),
    page(
        "https://www.boilercentral.com/boiler-kettling/",
        "Boiler Kettling: Causes and Fixes | Boiler Central",
        "boiler",
    ),
    search(GOOGLE, "15 year old boiler repair or replace", "boiler"),
    page(
        "https://www.which.co.uk/reviews/boilers/article/should-i-replace-my-boiler",
        "Should you replace your boiler? - Which?",
        "boiler",
    ),
    page(
        "https://www.which.co.uk/reviews/boilers/article/new-boiler-costs",
        "New boiler costs 2026 - Which?",
        "boiler",
    ),
    day("1 21:05"),
    *guardian(),
    page(
        "https://www.theguardian.com/money/2026/apr/19/energy-price-cap-july",
        "Energy price cap to fall in July, forecasters say | The Guardian",
        None,
    ),
    day("2 07:05"),
    *mail(),
    *classroom(),
    day("2 12:30"),
    eco("cottage keswick half term sleeps 4", "lakes"),
    page(
        "https://www.sykescottages.co.uk/holiday-cottages/keswick",
        "Holiday Cottages in Keswick | Sykes Holiday Cottages",
        "lakes",
    ),
    page(
        "https://www.sykescottages.co.uk/cottage/lake-district-keswick/skiddaw-view-1102934.html",
        "Skiddaw View, Keswick | Sykes Holiday Cottages",
        "lakes",
    ),
    page(
        "https://www.sykescottages.co.uk/cottage/lake-district-keswick/derwent-nook-1099812.html",
        "Derwent Nook, Keswick | Sykes Holiday Cottages",
        "lakes",
        "tab",
    ),
    ("close", "", "", "lakes"),
    day("2 16:20"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=8a1&view=pt&search=all&permthid=thread-f:1797",
        "Dad's audiology letter - c.hughes@example.co.uk - Gmail",
        "dad",
    ),
    search(GOOGLE, "nhs hearing aids how long is the wait", "dad"),
    page(
        "https://www.nhs.uk/conditions/hearing-aids-and-implants/",
        "Hearing aids and implants - NHS",
        "dad",
    ),
    page(
        "https://www.rnid.org.uk/information-and-support/hearing-loss/hearing-aids/nhs-hearing-aids/",
        "NHS hearing aids | RNID",
        "dad",
    ),
    day("2 20:15"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=bakeoff-best",
        "Bake Off's best showstoppers - YouTube",
        None,
    ),
    day("3 07:00"),
    *mail(),
    *classroom(),
    *sport(),
    day("3 12:40"),
    search(GOOGLE, "used toyota yaris hybrid under 12000", "car"),
    page(
        "https://www.autotrader.co.uk/cars/toyota/yaris/hybrid",
        "Used Toyota Yaris Hybrid cars for sale | AutoTrader UK",
        "car",
    ),
    page(
        "https://www.autotrader.co.uk/car-details/202604118823",
        "Toyota Yaris 1.5 VVT-h Icon E-CVT Euro 6 5dr, 2019 | AutoTrader UK",
        "car",
        "tab",
    ),
    ("close", "", "", "car"),
    page(
        "https://www.autotrader.co.uk/car-details/202604129104",
        "Toyota Yaris 1.5 VVT-h Design E-CVT Euro 6 5dr, 2020 | AutoTrader UK",
        "car",
    ),
    day("3 19:50"),
    eco("gcse maths tutor leeds online", "tutor"),
    page(
        "https://www.mytutor.co.uk/tutors/gcse/maths/",
        "GCSE Maths Tutors | MyTutor",
        "tutor",
    ),
    page(
        "https://www.firsttutors.com/uk/maths/gcse/leeds/",
        "GCSE Maths Tutors in Leeds | First Tutors",
        "tutor",
    ),
    search(GOOGLE, "foundation or higher tier maths gcse which to sit", "tutor"),
    page(
        "https://www.bbc.co.uk/bitesize/articles/zqb4qp3",
        "Foundation or higher tier: which GCSE maths paper? - BBC Bitesize",
        "tutor",
    ),
    day("3 21:10"),
    search(GOOGLE, "boiler upgrade scheme heat pump grant eligibility", "boiler"),
    page(
        "https://www.gov.uk/apply-boiler-upgrade-scheme",
        "Apply for the Boiler Upgrade Scheme - GOV.UK",
        "boiler",
    ),
    page(
        "https://www.gov.uk/apply-boiler-upgrade-scheme/what-you-can-get",
        "Apply for the Boiler Upgrade Scheme: What you can get - GOV.UK",
        "boiler",
    ),
    search(GOOGLE, "hybrid heat pump with existing boiler worth it", "boiler"),
    page(
        "https://www.theheatinghub.co.uk/articles/hybrid-heat-pumps",
        "Hybrid heat pumps explained | The Heating Hub",
        "boiler",
    ),
    day("4 07:05"),
    *mail(),
    *classroom(),
    *guardian(),
    day("4 12:20"),
    (
        "goto",
        "https://en.wikipedia.org/wiki/1980_eruption_of_Mount_St._Helens",
        "1980 eruption of Mount St. Helens - Wikipedia",
        "lesson",
    ),
    page(
        "https://en.wikipedia.org/wiki/Pyroclastic_flow", "Pyroclastic flow - Wikipedia", "lesson"
    ),
    page("https://en.wikipedia.org/wiki/Lahar", "Lahar - Wikipedia", "lesson"),
    search(GOOGLE, "mount st helens eruption video for kids", "lesson"),
    page(
        "https://www.youtube.com/watch?v=sthelens1980",
        "Mount St. Helens Erupts: Rare Footage | National Geographic - YouTube",
        "lesson",
    ),
    day("4 17:30"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=8a1&view=pt&search=all&permthid=thread-f:1802",
        "Penalty Charge Notice LS40291877 - c.hughes@example.co.uk - Gmail",
        "pcn",
    ),
    search(GOOGLE, "leeds council parking fine appeal", "pcn"),
    page(
        "https://www.leeds.gov.uk/parking/penalty-charge-notices/challenge-a-penalty-charge-notice",
        "Challenge a penalty charge notice - Leeds City Council",
        "pcn",
    ),
    search(GOOGLE, "pcn appeal signs not clearly visible grounds", "pcn"),
    page(
        "https://www.moneysavingexpert.com/reclaim/parking-ticket-appeals/",
        "Parking ticket appeals: how to challenge a fine - MoneySavingExpert",
        "pcn",
    ),
    page(
        "https://forums.moneysavingexpert.com/discussion/6518232/pcn-signs-hidden-by-tree",
        "PCN - signs hidden by tree, worth appealing? — MoneySavingExpert Forum",
        "pcn",
        "tab",
    ),
    ("close", "", "", "pcn"),
    day("4 20:45"),
    search(GOOGLE, "catbells walk with kids how long", "lakes"),
    page(
        "https://www.nationaltrust.org.uk/visit/lake-district/borrowdale-and-derwent-water/trails/catbells-walk",
        "Catbells walk | Lake District | National Trust",
        "lakes",
    ),
    page(
        "https://www.walklakes.co.uk/walk_27.html",
        "Catbells from Hawes End | Walk Lakes",
        "lakes",
    ),
    day("5 07:00"),
    *mail(),
    *classroom(),
    *sport(("articles/england-2", "England name squad for June friendlies - BBC Sport")),
    day("5 12:35"),
    search(GOOGLE, "worcester bosch 4000 vs vaillant ecotec plus", "boiler"),
    page(
        "https://www.theheatinghub.co.uk/articles/worcester-bosch-vs-vaillant",
        "Worcester Bosch vs Vaillant: which boiler is best? | The Heating Hub",
        "boiler",
    ),
    eco("boiler installer leeds reviews", "boiler"),
    page(
        "https://www.checkatrade.com/Search/Boiler-Installation/in/Leeds",
        "Boiler Installation in Leeds | Checkatrade",
        "boiler",
    ),
    page(
        "https://www.checkatrade.com/trades/aireheatingltd",
        "Aire Heating Ltd | Checkatrade",
        "boiler",
        "tab",
    ),
    ("close", "", "", "boiler"),
    day("5 19:30"),
    search(GOOGLE, "toyota yaris 2019 hybrid common problems", "car"),
    page(
        "https://www.honestjohn.co.uk/carbycar/toyota/yaris-2011/good/",
        "Toyota Yaris (2011 – 2020) - good and bad | Honest John",
        "car",
    ),
    search(GOOGLE, "hpi check free", "car"),
    page(
        "https://www.gov.uk/check-mot-history",
        "Check the MOT history of a vehicle - GOV.UK",
        "car",
    ),
    page(
        "https://www.hpicheck.com/",
        "HPI Check | Car History Check | Vehicle Check",
        "car",
    ),
    day("5 21:20"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=clarkson-farm",
        "Clarkson's Farm: the best bits - YouTube",
        None,
    ),
    day("6 08:30"),
    *mail(),
    *guardian(
        ("education/2026/apr/24/teachers-pay-offer", "Teachers offered 4% pay rise | The Guardian")
    ),
    day("6 10:15"),
    search(GOOGLE, "specsavers hearing test free over 55", "dad"),
    page(
        "https://www.specsavers.co.uk/hearing/hearing-test",
        "Free hearing test | Specsavers UK",
        "dad",
    ),
    page(
        "https://www.specsavers.co.uk/stores/leeds-briggate/hearing",
        "Hearing centre Leeds Briggate | Specsavers UK",
        "dad",
    ),
    search(GOOGLE, "private hearing aids cost uk vs nhs", "dad"),
    page(
        "https://www.which.co.uk/reviews/hearing-aids/article/hearing-aid-prices",
        "Hearing aid prices - Which?",
        "dad",
    ),
    day("6 11:40"),
    (
        "goto",
        "https://www.autotrader.co.uk/car-details/202604129104",
        "Toyota Yaris 1.5 VVT-h Design E-CVT Euro 6 5dr, 2020 | AutoTrader UK",
        "car",
    ),
    eco("yaris hybrid insurance group quote", "car"),
    page(
        "https://www.comparethemarket.com/car-insurance/",
        "Compare Cheap Car Insurance Quotes | Compare the Market",
        "car",
    ),
    page(
        "https://www.webuyanycar.com/car-valuation/",
        "Free Car Valuation | webuyanycar.com",
        "car",
        "tab",
    ),
    ("close", "", "", "car"),
    day("6 15:00"),
    search(GOOGLE, "plate boundaries worksheet ks3", "lesson"),
    page(
        "https://www.tes.com/teaching-resources/plate-boundaries-worksheet",
        "Plate Boundaries Worksheet | Teaching Resources | Tes",
        "lesson",
    ),
    page(
        "https://www.internetgeography.net/topics/what-are-plate-boundaries/",
        "What are plate boundaries? - Internet Geography",
        "lesson",
    ),
    day("6 20:30"),
    ("goto", "https://www.netflix.com/browse", "Home - Netflix", None),
    day("7 08:45"),
    *mail(),
    *sport(),
    day("7 10:30"),
    search(GOOGLE, "traffic penalty tribunal appeal after council rejects", "pcn"),
    page(
        "https://www.trafficpenaltytribunal.gov.uk/appeal/",
        "How to appeal | Traffic Penalty Tribunal",
        "pcn",
    ),
    page(
        "https://www.leeds.gov.uk/parking/penalty-charge-notices/pay-or-challenge-online",
        "Pay or challenge a PCN online - Leeds City Council",
        "pcn",
    ),
    day("7 14:10"),
    eco("rainy day things to do keswick with kids", "lakes"),
    page(
        "https://www.derwentpencilmuseum.co.uk/",
        "Derwent Pencil Museum | Keswick",
        "lakes",
    ),
    page(
        "https://www.keswick.org/things-to-do/rainy-days",
        "Rainy day things to do in Keswick | Keswick.org",
        "lakes",
    ),
    search(GOOGLE, "ullswater steamers timetable may half term", "lakes"),
    page(
        "https://www.ullswater-steamers.co.uk/timetable/",
        "Timetable | Ullswater 'Steamers'",
        "lakes",
    ),
    day("7 19:00"),
    (
        "goto",
        "https://www.mytutor.co.uk/tutors/gcse/maths/",
        "GCSE Maths Tutors | MyTutor",
        "tutor",
    ),
    page(
        "https://www.mytutor.co.uk/tutors/44218/",
        "Priya - GCSE Maths tutor | MyTutor",
        "tutor",
    ),
    search(GOOGLE, "corbettmaths higher revision cards", "tutor"),
    page(
        "https://corbettmaths.com/revision-cards/",
        "Revision Cards – Corbettmaths",
        "tutor",
    ),
    day("8 07:00"),
    *mail(),
    *classroom(),
    *guardian(),
    day("8 12:30"),
    (
        "goto",
        "https://www.checkatrade.com/trades/aireheatingltd",
        "Aire Heating Ltd | Checkatrade",
        "boiler",
    ),
    search(GOOGLE, "combi boiler quote what should be included", "boiler"),
    page(
        "https://www.boilercentral.com/boiler-quote-checklist/",
        "What should a boiler quote include? | Boiler Central",
        "boiler",
    ),
    search(GOOGLE, "system boiler to combi conversion cost hot water cylinder", "boiler"),
    page(
        "https://www.checkatrade.com/blog/cost-guides/system-to-combi-boiler-cost/",
        "System to combi boiler conversion cost | Checkatrade",
        "boiler",
    ),
    day("8 18:20"),
    search(GOOGLE, "hearing aids for tinnitus and mild hearing loss", "dad"),
    page(
        "https://www.tinnitus.org.uk/hearing-aids",
        "Hearing aids and tinnitus | Tinnitus UK",
        "dad",
    ),
    (
        "goto",
        "https://www.specsavers.co.uk/stores/leeds-briggate/hearing",
        "Hearing centre Leeds Briggate | Specsavers UK",
        "dad",
    ),
    page(
        "https://www.specsavers.co.uk/stores/leeds-briggate/hearing/book",
        "Book a hearing appointment | Specsavers UK",
        "dad",
    ),
    day("8 21:00"),
    *video_home(),
    day("9 07:00"),
    *mail(),
    *classroom(),
    *sport(("articles/leeds-3", "Farke: promotion is in our hands - BBC Sport")),
    day("9 12:30"),
    search(GOOGLE, "volcano card sort gcse causes effects responses", "lesson"),
    page(
        "https://www.tes.com/teaching-resources/volcano-card-sort",
        "Volcano card sort: causes, effects, responses | Tes",
        "lesson",
    ),
    page(
        "https://docs.google.com/presentation/d/1vOlc4n0-year8/edit",
        "Y8 Volcanoes L3 - Google Slides",
        "lesson",
    ),
    day("9 17:45"),
    search(GOOGLE, "toyota yaris hybrid test drive what to check", "car"),
    page(
        "https://www.rac.co.uk/drive/advice/buying-and-selling-guides/used-car-checklist/",
        "Used car checklist: what to check before you buy | RAC Drive",
        "car",
    ),
    (
        "goto",
        "https://www.autotrader.co.uk/car-details/202604129104",
        "Toyota Yaris 1.5 VVT-h Design E-CVT Euro 6 5dr, 2020 | AutoTrader UK",
        "car",
    ),
    page(
        "https://www.autotrader.co.uk/dealers/west-yorkshire/leeds/arnold-clark-leeds-10098",
        "Arnold Clark Leeds | Car Dealer | AutoTrader UK",
        "car",
    ),
    day("9 21:00"),
    ("goto", "https://www.netflix.com/browse", "Home - Netflix", None),
    day("10 08:30"),
    *mail(),
    *guardian(
        (
            "travel/2026/apr/27/lake-district-crowds",
            "The Lake District's crowds problem | The Guardian",
        )
    ),
    day("10 10:00"),
    (
        "goto",
        "https://www.sykescottages.co.uk/cottage/lake-district-keswick/skiddaw-view-1102934.html",
        "Skiddaw View, Keswick | Sykes Holiday Cottages",
        "lakes",
    ),
    page(
        "https://www.sykescottages.co.uk/booking/1102934/confirm",
        "Confirm your booking | Sykes Holiday Cottages",
        "lakes",
    ),
    search(GOOGLE, "keswick parking permit for holiday cottage", "lakes"),
    page(
        "https://www.keswick.org/visitor-information/parking",
        "Parking in Keswick | Keswick.org",
        "lakes",
    ),
    day("10 16:30"),
    eco("how to stop gcse maths anxiety before exams", "tutor"),
    page(
        "https://www.youngminds.org.uk/young-person/coping-with-life/exam-stress/",
        "Exam stress | YoungMinds",
        "tutor",
    ),
    page(
        "https://www.mytutor.co.uk/blog/parents/gcse-maths-exam-nerves/",
        "Helping your teen with GCSE maths nerves | MyTutor",
        "tutor",
    ),
]
