"""A secondary-school teacher's ten days in Melbourne, written in the fifty-first session
and scored before any change for it: a used hybrid bought from a private seller (the
price, an inspection, the money owing on it, the transfer, insurance), a Year 9
excursion to Scienceworks (the booking, a bus, the permission notes), sourdough learnt
(a starter that will not rise, hydration, a banneton), a kidney stone (the pain, passing
it, a urologist), his tax return (a teacher's deductions, a laptop) and his daughter's
seventh birthday party (a venue, a cake, invitations). Between them he reads ABC News,
The Age, Gmail, YouTube and the Melbourne subreddit. Searches go to Google and Bing.
Used by make_week_history.py (``week176``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "tom.bianchi.teach@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (5) - {ADDRESS} - Gmail", None)]


def abc() -> list[Step]:
    return [
        (
            "goto",
            "https://www.abc.net.au/news",
            "ABC News (Australian Broadcasting Corporation)",
            None,
        )
    ]


def age() -> list[Step]:
    return [
        (
            "goto",
            "https://www.theage.com.au/",
            "The Age | Melbourne, Victoria news, politics, sport",
            None,
        )
    ]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


def melb() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/melbourne/", "melbourne", None)]


STEPS: list[Step] = [
    day("1 07:10"),
    *abc(),
    search(GOOGLE, "used toyota corolla hybrid 2019 price melbourne", "car"),
    page(
        "https://www.carsales.com.au/cars/toyota/corolla/hybrid/victoria-state/",
        "Toyota Corolla Hybrid cars for sale in Victoria | carsales.com.au",
        "car",
    ),
    page(
        "https://www.redbook.com.au/cars/research/toyota/corolla/2019",
        "Toyota Corolla 2019 price & specs | Redbook",
        "car",
    ),
    day("1 16:20"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "4c0e81aa2f",
        "1842010233417",
        "Year 9 Scienceworks excursion - dates from the science faculty",
        "excursion",
    ),
    search(GOOGLE, "scienceworks school excursion booking secondary", "excursion"),
    page(
        "https://museumsvictoria.com.au/scienceworks/learning/school-excursions/",
        "School excursions | Scienceworks | Museums Victoria",
        "excursion",
    ),
    page(
        "https://museumsvictoria.com.au/scienceworks/learning/school-excursions/lightning-room/",
        "Lightning Room program for schools | Scienceworks",
        "excursion",
    ),
    day("1 20:45"),
    search(GOOGLE, "sourdough starter not rising after 7 days", "bread"),
    page(
        "https://www.theperfectloaf.com/troubleshooting-your-sourdough-starter/",
        "Troubleshooting Your Sourdough Starter | The Perfect Loaf",
        "bread",
    ),
    *tab(
        "https://www.kingarthurbaking.com/blog/2019/05/17/sourdough-starter-troubleshooting",
        "Sourdough starter troubleshooting | King Arthur Baking",
        "bread",
    ),
    day("2 06:50"),
    search(BING, "sharp pain lower back one side comes in waves", "stone"),
    page(
        "https://www.healthdirect.gov.au/kidney-stones",
        "Kidney stones - symptoms, causes and treatment | healthdirect",
        "stone",
    ),
    page(
        "https://www.betterhealth.vic.gov.au/health/conditionsandtreatments/kidney-stones",
        "Kidney stones | Better Health Channel",
        "stone",
    ),
    day("2 12:30"),
    *age(),
    search(GOOGLE, "kids party venue melbourne northern suburbs 7 year old", "party"),
    page(
        "https://www.bounceinc.com.au/parties/",
        "Birthday Parties | Bounce Inc Trampoline Parks",
        "party",
    ),
    page(
        "https://www.funkypigeon.com.au/melbourne/kids-party-venues-north",
        "Kids party venues in Melbourne's north | Funky Pigeon",
        "party",
    ),
    day("2 19:30"),
    search(GOOGLE, "kidney stone how long to pass 5mm", "stone"),
    page(
        "https://www.urologyhealth.org/urology-a-z/k/kidney-stones",
        "Kidney Stones: Symptoms, Treatment and Prevention - Urology Care Foundation",
        "stone",
    ),
    search(GOOGLE, "ppsr check car finance owing", "car"),
    page(
        "https://www.ppsr.gov.au/searching/motor-vehicle-search",
        "Search for a motor vehicle | PPSR",
        "car",
    ),
    day("3 07:40"),
    *melb(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "4c0e81aa2f",
        "1842079904512",
        "Re: 2019 Corolla Ascent Sport Hybrid - inspection Saturday?",
        "car",
    ),
    search(GOOGLE, "racv pre purchase vehicle inspection cost", "car"),
    page(
        "https://www.racv.com.au/on-the-road/buying-a-car/vehicle-inspections.html",
        "Vehicle Inspections | RACV",
        "car",
    ),
    day("3 15:50"),
    search(GOOGLE, "bus hire school excursion melbourne 50 seater", "excursion"),
    page(
        "https://www.driverbuses.com.au/school-bus-charter",
        "School Bus Charter Melbourne | Driver Bus Lines",
        "excursion",
    ),
    search(
        GOOGLE, "department of education victoria excursion risk assessment template", "excursion"
    ),
    page(
        "https://www2.education.vic.gov.au/pal/excursions/guidance",
        "Excursions: Guidance | education.vic.gov.au",
        "excursion",
    ),
    day("4 09:30"),
    *youtube(),
    *tab(
        "https://www.youtube.com/watch?v=2FVfJTGpXnU",
        "How to make a sourdough starter that actually works - YouTube",
        "bread",
    ),
    search(GOOGLE, "sourdough hydration 75 percent beginner recipe", "bread"),
    page(
        "https://www.theperfectloaf.com/beginners-sourdough-bread/",
        "Beginner's Sourdough Bread Recipe | The Perfect Loaf",
        "bread",
    ),
    day("4 14:00"),
    search(GOOGLE, "unicorn birthday cake easy recipe", "party"),
    page(
        "https://www.taste.com.au/recipes/unicorn-cake/6f4b2c8e",
        "Unicorn cake recipe | taste.com.au",
        "party",
    ),
    day("4 21:10"),
    search(BING, "ato work related deductions teachers", "tax"),
    page(
        "https://www.ato.gov.au/individuals-and-families/income-deductions-offsets-and-records/"
        "guides-for-occupations-and-industries/education-and-training/teachers",
        "Teachers and education professionals | Australian Taxation Office",
        "tax",
    ),
    page(
        "https://www.ato.gov.au/individuals-and-families/income-deductions-offsets-and-records/"
        "deductions-you-can-claim/tools-computers-and-items-you-use-for-work/depreciating-assets",
        "Depreciating assets | Australian Taxation Office",
        "tax",
    ),
    day("5 07:20"),
    *abc(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "4c0e81aa2f",
        "1842141170337",
        "Your GP referral - Northern Health urology clinic",
        "stone",
    ),
    search(GOOGLE, "urologist preston bulk billing wait time", "stone"),
    page(
        "https://www.healthengine.com.au/find/urologist/vic/preston",
        "Urologists in Preston VIC | HealthEngine",
        "stone",
    ),
    day("5 17:00"),
    search(GOOGLE, "comprehensive car insurance quote hybrid", "car"),
    page(
        "https://www.budgetdirect.com.au/car-insurance.html",
        "Car Insurance - Compare Comprehensive Cover | Budget Direct",
        "car",
    ),
    page(
        "https://www.racv.com.au/insurance/car-insurance.html",
        "Car Insurance | RACV",
        "car",
    ),
    day("6 10:15"),
    *melb(),
    search(GOOGLE, "banneton vs bowl for proofing sourdough", "bread"),
    page(
        "https://www.seriouseats.com/proofing-baskets-bannetons",
        "Do You Need a Banneton to Make Bread? | Serious Eats",
        "bread",
    ),
    search(GOOGLE, "birthday party invitation template free printable", "party"),
    page(
        "https://www.canva.com/create/birthday-invitations/kids/",
        "Free printable kids' birthday invitation templates | Canva",
        "party",
    ),
    day("6 20:40"),
    search(GOOGLE, "mygov link ato tax return 2027", "tax"),
    page(
        "https://my.gov.au/en/services/tax/lodging-your-tax-return",
        "Lodging your tax return | myGov",
        "tax",
    ),
    day("7 08:00"),
    *age(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "4c0e81aa2f",
        "1842208871154",
        "Permission notes and medical forms - 9B and 9D Scienceworks",
        "excursion",
    ),
    search(GOOGLE, "compass school manager excursion event consent online", "excursion"),
    page(
        "https://support.compass.education/hc/en-au/articles/events-and-excursions",
        "Events and Excursions - Compass School Manager Support",
        "excursion",
    ),
    day("7 18:30"),
    search(GOOGLE, "vicroads transfer registration private sale roadworthy", "car"),
    page(
        "https://www.vicroads.vic.gov.au/registration/buy-sell-or-transfer-a-vehicle/"
        "buy-a-vehicle/transfer-registration",
        "Transfer a vehicle's registration | VicRoads",
        "car",
    ),
    day("8 06:45"),
    search(BING, "tamsulosin kidney stone side effects", "stone"),
    page(
        "https://www.nps.org.au/medicine-finder/flomaxtra",
        "Flomaxtra (tamsulosin) | NPS MedicineWise",
        "stone",
    ),
    day("8 13:20"),
    *youtube(),
    search(GOOGLE, "bounce inc preston party package price", "party"),
    page(
        "https://www.bounceinc.com.au/preston/parties/",
        "Birthday Parties at Bounce Preston | Bounce Inc",
        "party",
    ),
    day("9 07:30"),
    *abc(),
    search(GOOGLE, "claim laptop depreciation teacher work use percentage", "tax"),
    page(
        "https://www.etax.com.au/teacher-tax-deductions/",
        "Teacher Tax Deductions - The Complete List | Etax",
        "tax",
    ),
    search(GOOGLE, "sourdough crumb too dense underproofed", "bread"),
    page(
        "https://www.theclevercarrot.com/2019/02/sourdough-crumb-guide/",
        "Sourdough Crumb Guide | The Clever Carrot",
        "bread",
    ),
    day("9 19:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "4c0e81aa2f",
        "1842280447913",
        "Your Budget Direct quote is ready",
        "car",
    ),
    day("10 09:00"),
    *melb(),
    search(GOOGLE, "driver bus lines quote school excursion", "excursion"),
    page(
        "https://www.driverbuses.com.au/quote",
        "Get a Quote | Driver Bus Lines",
        "excursion",
    ),
    day("10 20:30"),
    *age(),
    *youtube(),
]
