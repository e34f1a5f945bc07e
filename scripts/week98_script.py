"""A retired teacher's ten days in Edinburgh, on her tablet's browser, written at the start
of the thirtieth session, before any of its changes, and scored before any change for it:
a small greenhouse for the allotment, a christening present for her granddaughter, hearing
aids (a test booked, then brands compared), a coach tour of the Highlands booked, a
disputed energy bill, and a mobility scooter for her husband. BBC News, Facebook and her
Outlook mail are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week98``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, news, outlook_message, page, search, tab

OUTLOOK = "https://outlook.live.com/mail/0/"


def outlook() -> list[Step]:
    return [("goto", OUTLOOK, "Mail - Margaret Dunbar - Outlook", None)]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 08:30"),
    *outlook(),
    *news(("uk-scotland-68412233", "Edinburgh trams: Newhaven line passenger numbers - BBC News")),
    day("1 10:15"),
    search(GOOGLE, "small polycarbonate greenhouse 6x4 for allotment", "greenhouse"),
    page(
        "https://www.gardeningexpress.co.uk/greenhouses/6x4-polycarbonate",
        "6ft x 4ft Polycarbonate Greenhouses | Gardening Express",
        "greenhouse",
    ),
    search(GOOGLE, "polycarbonate vs glass greenhouse windy site scotland", "greenhouse"),
    page(
        "https://www.gardenersworld.com/how-to/grow-plants/glass-vs-polycarbonate-greenhouse/",
        "Glass vs polycarbonate greenhouses: which is best? - BBC Gardeners World Magazine",
        "greenhouse",
    ),
    day("1 15:00"),
    *facebook(),
    day("1 19:30"),
    search(BING, "christening gift for granddaughter keepsake silver", "christening"),
    page(
        "https://www.notonthehighstreet.com/gifts/christening/for-girls",
        "Christening Gifts For Girls | notonthehighstreet.com",
        "christening",
    ),
    day("2 08:40"),
    *outlook(),
    *outlook_message(
        OUTLOOK,
        "Margaret Dunbar",
        "AQMkADAwATM0MDAAMS1hZgA1NS1hZTJmLTAwAi0wMAoARgAAA1",
        "Your hearing test appointment at Specsavers Princes Street",
        "hearing",
    ),
    day("2 11:00"),
    search(GOOGLE, "what happens at a hearing test specsavers how long", "hearing"),
    page(
        "https://www.specsavers.co.uk/hearing/hearing-test",
        "Free hearing test | Specsavers UK",
        "hearing",
    ),
    day("2 14:00"),
    search(GOOGLE, "highlands coach tour 5 days from edinburgh isle of skye", "tour"),
    page(
        "https://www.shearings.com/coach-holidays/scotland/highlands-and-skye",
        "Highlands and Isle of Skye Coach Holidays | Shearings",
        "tour",
    ),
    *tab(
        "https://www.tripadvisor.co.uk/ShowTopic-g186485-i179-k13940211-Coach_tour_to_Skye_from_Edinburgh_advice-Scottish_Highlands.html",
        "Coach tour to Skye from Edinburgh - advice? - Scottish Highlands Forum - Tripadvisor",
        "tour",
    ),
    day("2 20:00"),
    *news(),
    *facebook(),
    day("3 09:00"),
    *outlook(),
    *outlook_message(
        OUTLOOK,
        "Margaret Dunbar",
        "AQMkADAwATM0MDAAMS1hZgA1NS1hZTJmLTAwAi0wMAoARgAAA2",
        "Your Scottish Power bill is ready - account ending 4471",
        "bill",
    ),
    day("3 09:20"),
    search(BING, "scottish power estimated reading bill much higher than usual", "bill"),
    page(
        "https://www.scottishpower.co.uk/help/billing/estimated-bills",
        "Why is my bill estimated? | ScottishPower",
        "bill",
    ),
    search(BING, "how to submit meter reading scottish power app", "bill"),
    page(
        "https://www.scottishpower.co.uk/help/meter-readings",
        "Submit a meter reading | ScottishPower",
        "bill",
    ),
    day("3 16:30"),
    search(GOOGLE, "mobility scooter for husband boot of car lightweight folding", "scooter"),
    page(
        "https://www.careco.co.uk/mobility-scooters/folding-scooters/",
        "Folding & Portable Mobility Scooters | CareCo",
        "scooter",
    ),
    day("4 08:30"),
    *outlook(),
    *news(),
    day("4 10:30"),
    search(GOOGLE, "greenhouse base slabs or timber frame", "greenhouse"),
    page(
        "https://www.rhs.org.uk/garden-features/greenhouses/bases",
        "Greenhouse bases / RHS Gardening",
        "greenhouse",
    ),
    day("4 13:00"),
    search(GOOGLE, "personalised silver bangle baby engraved name date", "christening"),
    page(
        "https://www.hsamuel.co.uk/webstore/l/baby-bangles/",
        "Baby Bangles | Christening Bracelets | H.Samuel",
        "christening",
    ),
    day("4 19:00"),
    *facebook(),
    day("5 09:00"),
    *outlook(),
    day("5 11:00"),
    search(BING, "do mobility scooters need insurance uk class 2", "scooter"),
    page(
        "https://www.gov.uk/mobility-scooters-and-powered-wheelchairs-rules",
        "Mobility scooters and powered wheelchairs: the rules - GOV.UK",
        "scooter",
    ),
    search(BING, "motability scheme eligibility pip higher rate", "scooter"),
    page(
        "https://www.motability.co.uk/about-the-scheme/eligibility/",
        "Eligibility | Motability Scheme",
        "scooter",
    ),
    day("5 15:00"),
    search(GOOGLE, "shearings highlands tour single supplement reviews", "tour"),
    page(
        "https://uk.trustpilot.com/review/www.shearings.com",
        "Shearings Holidays Reviews | Read Customer Service Reviews of www.shearings.com",
        "tour",
    ),
    day("6 08:30"),
    *outlook(),
    *news(
        ("uk-scotland-edinburgh-east-fife-68420871", "Fringe box office opens for 2027 - BBC News")
    ),
    day("6 10:00"),
    search(GOOGLE, "specsavers hearing aids prices advance vs premium", "hearing"),
    page(
        "https://www.specsavers.co.uk/hearing/hearing-aids/prices",
        "Hearing aid prices | Specsavers UK",
        "hearing",
    ),
    search(GOOGLE, "nhs hearing aids vs private scotland waiting time", "hearing"),
    page(
        "https://www.nhsinform.scot/tests-and-treatments/ears-nose-and-throat/hearing-aids",
        "Hearing aids | NHS inform",
        "hearing",
    ),
    day("6 14:00"),
    *facebook(),
    day("7 09:00"),
    *outlook(),
    *outlook_message(
        OUTLOOK,
        "Margaret Dunbar",
        "AQMkADAwATM0MDAAMS1hZgA1NS1hZTJmLTAwAi0wMAoARgAAA3",
        "Booking confirmed: Highlands and Isle of Skye, 12 May - Shearings",
        "tour",
    ),
    day("7 10:30"),
    search(GOOGLE, "what to pack isle of skye may weather midges", "tour"),
    page(
        "https://www.isleofskye.com/skye-guide/top-tips/midges",
        "Midges on Skye: when and how to avoid them | IsleofSkye.com",
        "tour",
    ),
    day("7 16:00"),
    search(BING, "energy ombudsman complaint how long before i can", "bill"),
    page(
        "https://www.energyombudsman.org/how-to-complain",
        "How to complain | Energy Ombudsman",
        "bill",
    ),
    day("8 08:30"),
    *outlook(),
    *news(),
    day("8 11:00"),
    search(GOOGLE, "greenhouse auto vent opener wax cylinder", "greenhouse"),
    page(
        "https://www.twowests.co.uk/automatic-vent-openers",
        "Automatic Greenhouse Vent Openers | Two Wests & Elliott",
        "greenhouse",
    ),
    day("8 19:30"),
    search(GOOGLE, "christening card message from grandma", "christening"),
    page(
        "https://www.hallmark.co.uk/christening-card-messages/",
        "What to Write in a Christening Card | Hallmark UK",
        "christening",
    ),
    *facebook(),
    day("9 09:00"),
    *outlook(),
    day("9 10:00"),
    search(GOOGLE, "pride mobility go go elite traveller review", "scooter"),
    page(
        "https://www.which.co.uk/reviews/mobility-scooters/pride-go-go-elite-traveller",
        "Pride Go-Go Elite Traveller review - Which?",
        "scooter",
    ),
    day("9 15:00"),
    search(BING, "rechargeable hearing aids vs batteries for arthritis fingers", "hearing"),
    page(
        "https://www.hearinglink.org/living/hearing-aids/rechargeable/",
        "Rechargeable hearing aids | Hearing Link Services",
        "hearing",
    ),
    day("10 08:30"),
    *outlook(),
    *outlook_message(
        OUTLOOK,
        "Margaret Dunbar",
        "AQMkADAwATM0MDAAMS1hZgA1NS1hZTJmLTAwAi0wMAoARgAAA4",
        "Your order has been dispatched - Palram Hybrid 6x4 Greenhouse",
        "greenhouse",
    ),
    *news(),
    day("10 12:00"),
    search(GOOGLE, "scottish power complaint refund after actual reading", "bill"),
    page(
        "https://www.scottishpower.co.uk/help/complaints",
        "Making a complaint | ScottishPower",
        "bill",
    ),
    day("10 18:00"),
    *facebook(),
]
