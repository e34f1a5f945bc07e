"""A secondary-school teacher's ten days in Nairobi, written in the fifty-sixth session and
scored before any change for it: her Form 3 class's field trip to Lake Naivasha (a bus,
Hell's Gate, the consent letter), a master's scholarship (the Commonwealth's, a personal
statement, referees), a kitchen garden (drip irrigation, sukuma wiki), her used Toyota
(its logbook transfer on eCitizen, insurance), and her mother's blood pressure (a monitor,
a diet). Between them she reads Gmail, The Standard and YouTube, and one story from The
Standard's front page. Searches go to Google and Bing.
Used by make_week_history.py (``week203``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import (
    BING,
    GOOGLE,
    Step,
    day,
    gmail_message,
    mail,
    page,
    search,
    tab,
    video_home,
)

ADDRESS = "wanjiru.kamau.teach@gmail.com"
IK = "2a6f0c93d8"


def standard(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        (
            "goto",
            "https://www.standardmedia.co.ke/",
            "The Standard - Breaking News, Kenya News, World News and Videos",
            None,
        )
    ]
    if story:
        steps.append(("click", f"https://www.standardmedia.co.ke/{story[0]}", story[1], None))
    return steps


def message(thread: str, subject: str, task: str | None) -> list[Step]:
    return gmail_message(ADDRESS, IK, thread, subject, task)


STEPS: list[Step] = [
    day("1 06:40"),
    *standard(),
    *mail(),
    day("1 16:30"),
    search(GOOGLE, "school bus hire nairobi to naivasha day trip 50 students", "trip"),
    page(
        "https://www.pigiame.co.ke/bus-hire/nairobi",
        "Bus Hire Services in Nairobi | PigiaMe",
        "trip",
    ),
    *tab(
        "https://www.kws.go.ke/content/hells-gate-national-park",
        "Hell's Gate National Park | Kenya Wildlife Service",
        "trip",
    ),
    day("1 20:30"),
    search(GOOGLE, "commonwealth masters scholarship 2027 kenya eligibility", "scholarship"),
    page(
        "https://cscuk.fcdo.gov.uk/scholarships/commonwealth-masters-scholarships/",
        "Commonwealth Master's Scholarships - CSC",
        "scholarship",
    ),
    day("2 06:50"),
    *mail(),
    day("2 17:00"),
    search(BING, "drip irrigation kit for small kitchen garden kenya price", "garden"),
    page(
        "https://www.jiji.co.ke/garden-supplies/drip-irrigation-kits",
        "Drip Irrigation Kits for sale in Kenya | Jiji.co.ke",
        "garden",
    ),
    day("2 20:15"),
    search(GOOGLE, "best blood pressure monitor for elderly omron kenya", "bp"),
    page(
        "https://www.omronhealthcare-ap.com/ap/product/blood-pressure-monitors",
        "Blood Pressure Monitors | OMRON Healthcare Asia Pacific",
        "bp",
    ),
    day("3 06:45"),
    *standard(
        (
            "nairobi/article/2001499876/expressway-toll-charges-revised",
            "Expressway toll charges revised from next month - The Standard",
        )
    ),
    day("3 16:45"),
    search(GOOGLE, "ntsa logbook transfer ecitizen steps seller buyer", "car"),
    page(
        "https://ntsa.go.ke/motor-vehicle-transfer/",
        "Motor Vehicle Transfer - National Transport and Safety Authority",
        "car",
    ),
    *tab(
        "https://accounts.ecitizen.go.ke/en",
        "eCitizen - Login",
        "car",
    ),
    day("3 20:40"),
    search(BING, "how to write a personal statement for a masters scholarship", "scholarship"),
    page(
        "https://www.findamasters.com/guides/personal-statement-for-a-masters",
        "How to Write a Masters Personal Statement | FindAMasters.com",
        "scholarship",
    ),
    day("4 06:50"),
    *mail(),
    *message(
        "1794201234567890123",
        "Form 3 Geography field trip - consent letter and contribution",
        "trip",
    ),
    day("4 17:10"),
    search(GOOGLE, "dash diet for high blood pressure kenyan foods", "bp"),
    page(
        "https://www.nhlbi.nih.gov/education-awareness/healthy-eating/dash-eating-plan",
        "DASH Eating Plan | NHLBI, NIH",
        "bp",
    ),
    day("4 20:20"),
    *video_home(),
    search(GOOGLE, "how to plant sukuma wiki from seedlings spacing", "garden"),
    page(
        "https://www.youtube.com/watch?v=Kd7wP2sLq9m",
        "How to Grow Sukuma Wiki (Kale) Step by Step - YouTube",
        "garden",
    ),
    day("5 06:40"),
    *standard(),
    day("5 16:50"),
    search(GOOGLE, "toyota fielder comprehensive insurance quote kenya", "car"),
    page(
        "https://www.britam.com/ke/personal/motor-insurance",
        "Motor Insurance | Britam Kenya",
        "car",
    ),
    day("5 20:00"),
    search(GOOGLE, "hells gate gorge walk guide fee students", "trip"),
    page(
        "https://www.tripadvisor.com/Attraction_Review-g294207-d478349-Reviews-Hell_s_Gate_National_Park-Naivasha.html",
        "Hell's Gate National Park - Naivasha - Tripadvisor",
        "trip",
    ),
    day("6 06:50"),
    *mail(),
    day("6 17:20"),
    search(
        BING,
        "who to ask for academic reference letter masters after 5 years teaching",
        "scholarship",
    ),
    page(
        "https://www.prospects.ac.uk/postgraduate-study/applying-for-postgraduate-study/references",
        "Postgraduate references | Prospects.ac.uk",
        "scholarship",
    ),
    day("6 20:30"),
    search(GOOGLE, "normal blood pressure for 68 year old woman", "bp"),
    page(
        "https://www.nhs.uk/conditions/high-blood-pressure/",
        "High blood pressure (hypertension) - NHS",
        "bp",
    ),
    day("7 06:45"),
    *standard(),
    day("7 16:40"),
    search(GOOGLE, "organic pest control for kale aphids home remedy", "garden"),
    page(
        "https://www.gardeningknowhow.com/edible/vegetables/kale/kale-pests.htm",
        "Kale Pests: How To Control Bugs On Kale Plants - Gardening Know How",
        "garden",
    ),
    day("7 20:10"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=Xa3nR8vTp4k",
        "Gor Mahia vs AFC Leopards - Mashemeji Derby Highlights - YouTube",
        None,
    ),
    day("8 06:50"),
    *mail(),
    *message(
        "1794245678901234567",
        "Vehicle transfer KDK 482T - seller has approved on eCitizen",
        "car",
    ),
    day("8 17:00"),
    search(GOOGLE, "risk assessment template school field trip kenya", "trip"),
    page(
        "https://www.education.go.ke/sites/default/files/Safety-Standards-Manual.pdf",
        "Safety Standards Manual for Schools in Kenya - Ministry of Education",
        "trip",
    ),
    day("8 20:40"),
    search(GOOGLE, "commonwealth scholarship application deadline cscuk portal", "scholarship"),
    page(
        "https://cscuk.fcdo.gov.uk/apply/",
        "How to apply - CSC",
        "scholarship",
    ),
    day("9 06:40"),
    *standard(),
    day("9 17:10"),
    search(BING, "water tank 500 litres price nairobi for garden", "garden"),
    page(
        "https://www.roto.co.ke/products/water-tanks",
        "Water Tanks | Roto Tanks Kenya",
        "garden",
    ),
    day("9 20:20"),
    search(GOOGLE, "amlodipine side effects swollen ankles elderly", "bp"),
    page(
        "https://www.nhs.uk/medicines/amlodipine/side-effects-of-amlodipine/",
        "Side effects of amlodipine - NHS",
        "bp",
    ),
    day("10 06:50"),
    *mail(),
    day("10 16:50"),
    search(GOOGLE, "car valuation for insurance kenya toyota fielder 2015", "car"),
    page(
        "https://www.regentautovaluers.com/",
        "Regent Auto Valuers & Assessors Kenya",
        "car",
    ),
    day("10 20:00"),
    search(GOOGLE, "packed lunch ideas for 50 students school trip cheap", "trip"),
    page(
        "https://www.kenyanfoodrecipes.com/packed-lunch-ideas",
        "Packed Lunch Ideas - Kenyan Food Recipes",
        "trip",
    ),
]
