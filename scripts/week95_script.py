"""A community nurse's ten days in Bristol, on the family laptop, written in the
twenty-ninth session after steps 54 and 55, and scored before any change for it: her
husband's spouse visa extension, an allotment taken on, the car's failed MOT, a half-term
week in Cornwall with the children, a counselling course to fund, and her father's
seventieth birthday dinner. BBC News, Gmail, YouTube and Facebook are opened most days.
Searches go to Google and Bing.
Used by make_week_history.py (``week95``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, news, page, search, tab, video_home

ADDRESS = "rachel.adeyemi.bris@gmail.com"
INBOX = "2f6d1a8c4e"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (5) - {ADDRESS} - Gmail", None)]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 07:00"),
    *mail(),
    *news(),
    day("1 20:15"),
    search(GOOGLE, "spouse visa extension financial requirement 29000", "visa"),
    page(
        "https://www.gov.uk/uk-family-visa/partner-spouse",
        "Family visas: apply, extend or switch: Partner and spouse - GOV.UK",
        "visa",
    ),
    search(GOOGLE, "flr m payslips bank statements which months", "visa"),
    page(
        "https://www.reddit.com/r/ukvisa/comments/1b9x3kq/flrm_which_six_months_of_payslips/",
        "FLR(M): which six months of payslips? : r/ukvisa",
        "visa",
    ),
    day("1 21:30"),
    *facebook(),
    day("2 07:05"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1858540056789012101",
        "Your MOT test result: FAIL - front brake discs and a tyre",
        "mot",
    ),
    day("2 17:45"),
    search(BING, "mot failed brake discs how long can i drive", "mot"),
    page(
        "https://www.rac.co.uk/drive/advice/mot/mot-failed/",
        "What happens if your car fails its MOT? | RAC Drive",
        "mot",
    ),
    search(BING, "front brake discs and pads cost vw golf 2017", "mot"),
    page(
        "https://www.bookmygarage.com/brake-discs-and-pads-replacement/volkswagen/golf/",
        "VW Golf Brake Discs and Pads Replacement Prices | BookMyGarage",
        "mot",
    ),
    day("2 20:30"),
    search(GOOGLE, "cornwall cottages half term dog friendly sleeps 5", "cornwall"),
    page(
        "https://www.classic.co.uk/holidays/cornwall-cottages/half-term",
        "Half Term Cottages in Cornwall | Classic Cottages",
        "cornwall",
    ),
    day("3 07:00"),
    *mail(),
    *news(),
    day("3 13:00"),
    search(GOOGLE, "bristol allotment waiting list how long", "allotment"),
    page(
        "https://www.bristol.gov.uk/residents/museums-parks-sports-and-culture/allotments",
        "Allotments - Bristol City Council",
        "allotment",
    ),
    day("3 20:00"),
    search(GOOGLE, "level 3 counselling course bristol part time", "course"),
    page(
        "https://www.cityofbristol.ac.uk/courses/counselling-skills-level-3",
        "Level 3 Certificate in Counselling Skills | City of Bristol College",
        "course",
    ),
    *tab(
        "https://www.gov.uk/advanced-learner-loan",
        "Advanced Learner Loan - GOV.UK",
        "course",
    ),
    day("4 07:00"),
    *mail(),
    day("4 18:30"),
    search(BING, "garages near me brake discs same day bristol reviews", "mot"),
    page(
        "https://www.yelp.co.uk/search?find_desc=Garages&find_loc=Bristol",
        "Top 10 Best Garages in Bristol - Yelp",
        "mot",
    ),
    day("4 20:45"),
    search(GOOGLE, "restaurant private dining room bristol 14 people", "birthday"),
    page(
        "https://www.opentable.co.uk/m/private-dining-bristol/",
        "Private Dining in Bristol | OpenTable",
        "birthday",
    ),
    *video_home(),
    day("5 07:00"),
    *mail(),
    *news(),
    day("5 12:30"),
    search(GOOGLE, "what to plant on a new allotment in march", "allotment"),
    page(
        "https://www.rhs.org.uk/vegetables/allotment-month-by-month",
        "Allotment jobs month by month / RHS Gardening",
        "allotment",
    ),
    search(GOOGLE, "clearing an overgrown allotment without chemicals", "allotment"),
    page(
        "https://www.gardenersworld.com/how-to/grow-plants/how-to-clear-an-overgrown-allotment/",
        "How to clear an overgrown allotment - BBC Gardeners' World Magazine",
        "allotment",
    ),
    day("5 20:00"),
    search(GOOGLE, "eden project tickets half term family", "cornwall"),
    page(
        "https://www.edenproject.com/visit/tickets",
        "Tickets | Eden Project Cornwall",
        "cornwall",
    ),
    day("6 09:30"),
    *facebook(),
    search(GOOGLE, "english language requirement spouse visa extension a2", "visa"),
    page(
        "https://www.gov.uk/english-language/approved-english-language-tests",
        "Prove your English language abilities with a secure English language test (SELT) - GOV.UK",
        "visa",
    ),
    day("6 15:00"),
    search(BING, "70th birthday cake ideas for dad", "birthday"),
    page(
        "https://www.pinterest.co.uk/ideas/70th-birthday-cake-for-men/",
        "70th Birthday Cake for Men Ideas | Pinterest",
        "birthday",
    ),
    day("7 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1858540056789012202",
        "Booking confirmed: Trevose Cottage, Padstow, 16-20 Feb",
        "cornwall",
    ),
    day("7 19:30"),
    search(GOOGLE, "padstow with kids rainy day things to do", "cornwall"),
    page(
        "https://www.visitcornwall.com/things-to-do/padstow-family",
        "Family Things to Do in Padstow | Visit Cornwall",
        "cornwall",
    ),
    day("8 07:00"),
    *mail(),
    *news(),
    day("8 20:00"),
    search(GOOGLE, "counselling course funding nhs staff bursary", "course"),
    page(
        "https://www.bacp.co.uk/careers/careers-in-counselling/training-to-be-a-counsellor/",
        "Training to become a counsellor or psychotherapist | BACP",
        "course",
    ),
    search(GOOGLE, "flr m biometrics appointment ukvcas availability", "visa"),
    page(
        "https://www.ukvcas.co.uk/",
        "UKVCAS - UK Visa and Citizenship Application Services",
        "visa",
    ),
    day("9 07:00"),
    *mail(),
    day("9 18:00"),
    search(BING, "allotment shed second hand bristol", "allotment"),
    page(
        "https://www.gumtree.com/garden-sheds/bristol",
        "Garden Sheds for Sale in Bristol | Gumtree",
        "allotment",
    ),
    day("9 21:00"),
    *video_home(),
    day("10 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1858540056789012303",
        "Your table for 14 on Saturday - The Ivy Clifton Brasserie",
        "birthday",
    ),
    day("10 17:30"),
    search(BING, "mot retest free within 10 working days", "mot"),
    page(
        "https://www.gov.uk/getting-an-mot/retests",
        "Getting an MOT: Retests - GOV.UK",
        "mot",
    ),
]
