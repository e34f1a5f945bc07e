"""A student's ten days in Edinburgh, written at the end of the twenty-second session, after
all of its changes, and scored before any change for it: an Interrail trip through Prague,
Vienna and Budapest (one trip, its searches naming three towns), her dissertation on
urban heat islands, a flat's deposit not returned, a part-time job at a café, registering
with a GP, her mum's birthday present, and a laptop with a cracked hinge. Words cross
tasks: "deposit" of the flat only, "application" of the job and of nothing else, "heat"
of the dissertation only, "pass" of the Interrail pass, "register" of the GP. "edinburgh"
is in the searches of several tasks. Outlook, the BBC, TikTok and YouTube are opened most
days. Searches go to Google and Bing.
Used by make_week_history.py (``week56``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, news, page, search, tab, video_home

OUTLOOK = "https://outlook.office.com/mail/"
SEAT = "https://www.seat61.com"


def mail() -> list[Step]:
    return [("goto", OUTLOOK, "Mail - Isla Fraser - Outlook", None)]


def tiktok() -> list[Step]:
    return [("goto", "https://www.tiktok.com/foryou", "TikTok - Make Your Day", None)]


STEPS: list[Step] = [
    day("1 10:00"),
    *mail(),
    *tiktok(),
    day("1 11:30"),
    search(GOOGLE, "interrail global pass 7 days in 1 month worth it", "interrail"),
    page(
        "https://www.interrail.eu/en/interrail-passes/global-pass",
        "Interrail Global Pass | Interrail.eu",
        "interrail",
    ),
    page(
        f"{SEAT}/Interrail.htm",
        "Interrail pass guide - how to use it | Seat61",
        "interrail",
    ),
    day("1 14:00"),
    search(GOOGLE, "urban heat island edinburgh land surface temperature landsat", "dissertation"),
    page(
        "https://scholar.google.com/scholar?q=urban+heat+island+edinburgh+landsat",
        "urban heat island edinburgh landsat - Google Scholar",
        "dissertation",
    ),
    page(
        "https://www.sciencedirect.com/science/article/pii/S2212095523001234",
        "Surface urban heat island intensity in UK cities - Urban Climate",
        "dissertation",
    ),
    day("1 19:00"),
    search(BING, "landlord not returning deposit scotland how long", "deposit"),
    page(
        "https://www.mygov.scot/tenancy-deposits",
        "Tenancy deposits - mygov.scot",
        "deposit",
    ),
    page(
        "https://www.safedepositsscotland.com/tenants/",
        "Tenants | SafeDeposits Scotland",
        "deposit",
    ),
    day("2 10:00"),
    *mail(),
    *news(),
    day("2 12:00"),
    search(GOOGLE, "barista jobs edinburgh part time student no experience", "job"),
    page(
        "https://uk.indeed.com/jobs?q=barista+part+time&l=Edinburgh",
        "Part Time Barista Jobs in Edinburgh | Indeed",
        "job",
    ),
    page(
        "https://uk.indeed.com/viewjob?jk=8f2a1b3c4d5e",
        "Barista (Part-time, 16 hours) - Lowdown Coffee - Edinburgh | Indeed",
        "job",
    ),
    day("2 16:00"),
    search(GOOGLE, "prague hostels old town female dorm", "interrail"),
    page(
        "https://www.hostelworld.com/st/hostels/europe/czech-republic/prague/",
        "Hostels in Prague | Hostelworld",
        "interrail",
    ),
    page(
        "https://www.hostelworld.com/pwa/hosteldetails.php/Czech-Inn/Prague/1234",
        "Czech Inn, Prague | Hostelworld",
        "interrail",
    ),
    day("2 21:00"),
    *tiktok(),
    *video_home(),
    day("3 10:00"),
    *mail(),
    day("3 11:00"),
    search(GOOGLE, "register with gp edinburgh student university health service", "gp"),
    page(
        "https://www.ed.ac.uk/health-wellbeing/university-health-centre",
        "University Health Service | The University of Edinburgh",
        "gp",
    ),
    page(
        "https://www.nhsinform.scot/care-support-and-rights/nhs-services/doctors/registering-with-a-gp-practice",
        "Registering with a GP practice | NHS inform",
        "gp",
    ),
    day("3 15:00"),
    search(GOOGLE, "landsat 9 surface temperature google earth engine tutorial", "dissertation"),
    page(
        "https://developers.google.com/earth-engine/tutorials/community/lst",
        "Land Surface Temperature with Landsat | Google Earth Engine",
        "dissertation",
    ),
    page(
        "https://www.youtube.com/watch?v=gee-lst",
        "Land Surface Temperature in Google Earth Engine - YouTube",
        "dissertation",
    ),
    day("3 20:00"),
    search(BING, "vienna to budapest train time railjet seat reservation", "interrail"),
    page(
        f"{SEAT}/Vienna-to-Budapest-by-train.htm",
        "Vienna to Budapest by train | Seat61",
        "interrail",
    ),
    day("4 10:00"),
    *mail(),
    *news(),
    day("4 12:30"),
    search(GOOGLE, "laptop hinge cracked repair cost edinburgh lenovo", "laptop"),
    page(
        "https://www.yell.com/s/laptop+repairs-edinburgh.html",
        "Laptop Repairs in Edinburgh | Yell",
        "laptop",
    ),
    page(
        "https://www.reddit.com/r/thinkpad/comments/1w2x3y/cracked_hinge_fix_or_replace/",
        "Cracked hinge: fix or replace? : r/thinkpad",
        "laptop",
    ),
    day("4 17:00"),
    search(GOOGLE, "tenancy deposit dispute adjudication evidence photos", "deposit"),
    page(
        "https://www.safedepositsscotland.com/tenants/disputes/",
        "Deposit disputes | SafeDeposits Scotland",
        "deposit",
    ),
    day("5 10:00"),
    *mail(),
    *tab(
        "https://outlook.office.com/mail/inbox/id/AAQkADk5ZjFhNzQ",
        "Lowdown Coffee - trial shift on Saturday? - Isla Fraser - Outlook",
        "job",
    ),
    *tiktok(),
    day("5 13:00"),
    search(GOOGLE, "birthday present for mum who loves gardening uk", "present"),
    page(
        "https://www.notonthehighstreet.com/gifts/gifts-for-gardeners",
        "Gifts for Gardeners | notonthehighstreet.com",
        "present",
    ),
    page(
        "https://www.notonthehighstreet.com/product/personalised-garden-tool-set",
        "Personalised Garden Tool Set | notonthehighstreet.com",
        "present",
    ),
    day("5 18:30"),
    search(GOOGLE, "budapest thermal baths szechenyi vs gellert", "interrail"),
    page(
        "https://www.timeout.com/budapest/things-to-do/best-thermal-baths-in-budapest",
        "The best thermal baths in Budapest | Time Out",
        "interrail",
    ),
    day("6 11:00"),
    *video_home(),
    *tiktok(),
    day("6 13:00"),
    search(GOOGLE, "dissertation literature review structure geography example", "dissertation"),
    page(
        "https://www.scribbr.co.uk/dissertation/literature-review/",
        "How to Write a Literature Review | Scribbr",
        "dissertation",
    ),
    day("6 17:00"),
    search(BING, "cafe cv no experience student template", "job"),
    page(
        "https://www.prospects.ac.uk/careers-advice/cvs-and-cover-letters/example-cvs/part-time-job-cv",
        "Part-time job CV example | Prospects.ac.uk",
        "job",
    ),
    day("7 10:00"),
    *mail(),
    *news(),
    day("7 12:00"),
    search(GOOGLE, "lenovo thinkpad hinge replacement part e14 gen 4", "laptop"),
    page(
        "https://www.laptopparts4less.co.uk/lenovo-thinkpad-e14-gen-4-hinges",
        "Lenovo ThinkPad E14 Gen 4 Hinges | Laptop Parts 4 Less",
        "laptop",
    ),
    day("7 16:00"),
    search(GOOGLE, "prague to vienna regiojet or obb cheaper", "interrail"),
    page(
        "https://www.regiojet.com/routes/prague-vienna",
        "Prague – Vienna | RegioJet",
        "interrail",
    ),
    page(
        f"{SEAT}/Prague-to-Vienna-by-train.htm",
        "Prague to Vienna by train | Seat61",
        "interrail",
    ),
    day("8 10:00"),
    *mail(),
    *tiktok(),
    day("8 12:00"),
    search(GOOGLE, "gp registration form gms1 scotland proof of address", "gp"),
    page(
        "https://www.nhsinform.scot/care-support-and-rights/nhs-services/doctors/gp-registration-form",
        "GP registration form | NHS inform",
        "gp",
    ),
    day("8 15:00"),
    search(GOOGLE, "mann whitney u test vs t test temperature data not normal", "dissertation"),
    page(
        "https://stats.stackexchange.com/questions/121852/mann-whitney-vs-t-test",
        "Mann-Whitney vs t-test - Cross Validated",
        "dissertation",
    ),
    day("9 10:00"),
    *mail(),
    *news(),
    day("9 13:00"),
    search(GOOGLE, "hanging basket gift delivered flowers for mum edinburgh", "present"),
    page(
        "https://www.interflora.co.uk/category/hanging-baskets",
        "Hanging Baskets Delivered | Interflora",
        "present",
    ),
    day("9 19:00"),
    (
        "goto",
        "https://www.interrail.eu/en/interrail-passes/global-pass",
        "Interrail Global Pass | Interrail.eu",
        "interrail",
    ),
    page(
        "https://www.interrail.eu/en/checkout/cart",
        "Your cart | Interrail.eu",
        "interrail",
    ),
    day("10 11:00"),
    *video_home(),
    day("10 13:00"),
    search(GOOGLE, "letter before action deposit template scotland", "deposit"),
    page(
        "https://www.shelterscotland.org/get_advice/tenancy_deposits/template_letters",
        "Template letters: tenancy deposits | Shelter Scotland",
        "deposit",
    ),
]
