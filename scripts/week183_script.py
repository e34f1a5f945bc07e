"""A nurse's ten days in Manchester, written in the fifty-second session and scored before
any change for it: a week in the Algarve (flights, a villa, a car, a boat to the caves), a
combi boiler that keeps losing pressure, her nursing revalidation, her son's GCSE maths, a
twentieth wedding anniversary (a present and a table) and a couch-to-5k plan with a
parkrun at the end. Between them she reads BBC News, Outlook, Facebook and Netflix.
Searches go to Google and Bing.
Used by make_week_history.py (``week183``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, news, outlook_message, page, search, tab

OWNER = "Claire Whitworth"
MAILBOX = "https://outlook.live.com/mail/0/"


def mail() -> list[Step]:
    return [("goto", f"{MAILBOX}inbox", f"Mail - {OWNER} - Outlook", None)]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


def netflix() -> list[Step]:
    return [("goto", "https://www.netflix.com/browse", "Home - Netflix", None)]


STEPS: list[Step] = [
    day("1 07:15"),
    *news(),
    *mail(),
    day("1 13:30"),
    search(GOOGLE, "cheap flights manchester to faro may half term", "algarve"),
    page(
        "https://www.skyscanner.net/routes/man/fao/manchester-to-faro.html",
        "Cheap flights from Manchester to Faro | Skyscanner",
        "algarve",
    ),
    page(
        "https://www.jet2.com/flights/manchester/faro",
        "Flights from Manchester to Faro | Jet2.com",
        "algarve",
    ),
    day("1 20:40"),
    *facebook(),
    search(GOOGLE, "worcester bosch boiler losing pressure no leaks", "boiler"),
    page(
        "https://www.worcester-bosch.co.uk/help-and-advice/boiler-losing-pressure",
        "Why is my boiler losing pressure? | Worcester Bosch",
        "boiler",
    ),
    page(
        "https://www.diydoctor.org.uk/projects/boiler-losing-pressure.htm",
        "Boiler Losing Pressure - Causes and Fixes | DIY Doctor",
        "boiler",
    ),
    day("2 06:50"),
    *news(("uk-england-manchester-70112233", "Metrolink trams disrupted after signal fault")),
    day("2 14:00"),
    search(BING, "nmc revalidation reflective accounts form example", "nmc"),
    page(
        "https://www.nmc.org.uk/revalidation/requirements/written-reflective-accounts/",
        "Written reflective accounts - The Nursing and Midwifery Council",
        "nmc",
    ),
    *tab(
        "https://www.rcn.org.uk/professional-development/revalidation",
        "Revalidation | Royal College of Nursing",
        "nmc",
    ),
    day("2 19:30"),
    search(GOOGLE, "aqa gcse maths higher past papers with mark schemes", "gcse"),
    page(
        "https://www.aqa.org.uk/subjects/mathematics/gcse/mathematics-8300/assessment-resources",
        "AQA | GCSE | Mathematics | Assessment resources",
        "gcse",
    ),
    page(
        "https://corbettmaths.com/2019/11/18/gcse-revision-cards/",
        "GCSE Revision Cards – Corbettmaths",
        "gcse",
    ),
    day("3 08:10"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQkADAwATYwMAItOTZhYS1hNjc0LTAwAi0wMAoAEABf1",
        "Your villa enquiry - Casa Azul, Praia da Luz - Algarve Villas Direct",
        "algarve",
    ),
    search(GOOGLE, "praia da luz villa with pool 4 bedrooms reviews", "algarve"),
    page(
        "https://www.tripadvisor.co.uk/VacationRentals-g189116-Reviews-Praia_da_Luz_Lagos_Faro_District_Algarve.html",
        "Praia da Luz Holiday Rentals & Villas - Tripadvisor",
        "algarve",
    ),
    day("3 20:00"),
    *netflix(),
    search(GOOGLE, "20th wedding anniversary gift ideas for him china", "anniv"),
    page(
        "https://www.notonthehighstreet.com/gifts/anniversary-gifts/20th-anniversary-gifts",
        "20th Anniversary Gifts | notonthehighstreet.com",
        "anniv",
    ),
    day("4 06:40"),
    search(GOOGLE, "couch to 5k week 1 can't finish runs", "run"),
    page(
        "https://www.nhs.uk/live-well/exercise/running-and-aerobic-exercises/get-running-with-couch-to-5k/",
        "Get running with Couch to 5K - NHS",
        "run",
    ),
    day("4 15:30"),
    search(BING, "boiler pressure drops overnight pressure relief valve dripping", "boiler"),
    page(
        "https://www.checkatrade.com/blog/expert-advice/boiler-pressure-relief-valve/",
        "Boiler Pressure Relief Valve: Signs It's Faulty | Checkatrade",
        "boiler",
    ),
    search(BING, "gas safe engineer south manchester boiler repair", "boiler"),
    page(
        "https://www.gassaferegister.co.uk/find-an-engineer/",
        "Find an engineer | Gas Safe Register",
        "boiler",
    ),
    day("4 21:00"),
    *facebook(),
    search(GOOGLE, "revalidation confirmer must be nmc registered manager", "nmc"),
    page(
        "https://www.nmc.org.uk/revalidation/requirements/confirmation/",
        "Confirmation - The Nursing and Midwifery Council",
        "nmc",
    ),
    day("5 09:20"),
    *news(),
    search(GOOGLE, "car hire faro airport excess insurance tips", "algarve"),
    page(
        "https://www.rentalcars.com/en/airport/pt/faro/",
        "Car Hire at Faro Airport | Rentalcars.com",
        "algarve",
    ),
    *tab(
        "https://www.moneysavingexpert.com/travel/car-hire-excess-insurance/",
        "Car hire excess insurance - MoneySavingExpert",
        "algarve",
    ),
    day("5 17:10"),
    search(GOOGLE, "gcse maths tutor online grade 5 to 7", "gcse"),
    page(
        "https://www.mytutor.co.uk/gcse-maths-tutors/",
        "GCSE Maths Tutors | MyTutor",
        "gcse",
    ),
    day("6 07:00"),
    search(GOOGLE, "couch to 5k week 2 shin pain", "run"),
    page(
        "https://www.runnersworld.com/uk/health/injury/a772678/shin-splints/",
        "Shin splints: causes, treatment and prevention | Runner's World UK",
        "run",
    ),
    day("6 13:45"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQkADAwATYwMAItOTZhYS1hNjc0LTAwAi0wMAoAEABf7",
        "Booking request - Saturday 7:30pm, table for 2 - Tast Catala",
        "anniv",
    ),
    search(GOOGLE, "tast catala manchester tasting menu price", "anniv"),
    page(
        "https://www.tastcatala.com/menus",
        "Menus | Tast Català Manchester",
        "anniv",
    ),
    day("6 20:30"),
    *netflix(),
    day("7 10:00"),
    search(BING, "benagil cave boat tour from lagos or portimao", "algarve"),
    page(
        "https://www.getyourguide.co.uk/benagil-l145423/",
        "Benagil Cave Tours from Lagos & Portimão | GetYourGuide",
        "algarve",
    ),
    day("7 16:20"),
    search(GOOGLE, "nmc revalidation 450 practice hours part time", "nmc"),
    page(
        "https://www.nmc.org.uk/revalidation/requirements/practice-hours/",
        "Practice hours - The Nursing and Midwifery Council",
        "nmc",
    ),
    day("8 08:30"),
    *news(),
    search(GOOGLE, "worcester bosch greenstar 30i expansion vessel recharge", "boiler"),
    page(
        "https://www.youtube.com/watch?v=Qe4rW8nZ1kA",
        "How to recharge an expansion vessel - Worcester Greenstar - YouTube",
        "boiler",
    ),
    day("8 19:10"),
    search(GOOGLE, "personalised china bowl 20th anniversary engraved", "anniv"),
    page(
        "https://www.johnlewis.com/search?search-term=china+anniversary+gift",
        "China Anniversary Gift | John Lewis & Partners",
        "anniv",
    ),
    day("9 07:10"),
    search(GOOGLE, "heaton park parkrun course first timer", "run"),
    page(
        "https://www.parkrun.org.uk/heatonpark/course/",
        "Course | Heaton Park parkrun",
        "run",
    ),
    day("9 18:00"),
    *facebook(),
    search(GOOGLE, "corbettmaths 5 a day higher answers", "gcse"),
    page(
        "https://corbettmaths.com/5-a-day/gcse/",
        "5-a-day GCSE – Corbettmaths",
        "gcse",
    ),
    day("10 09:00"),
    *mail(),
    search(GOOGLE, "jet2 manchester faro baggage allowance 22kg", "algarve"),
    page(
        "https://www.jet2.com/faqs/baggage",
        "Baggage FAQs | Jet2.com",
        "algarve",
    ),
    day("10 20:15"),
    *netflix(),
]
