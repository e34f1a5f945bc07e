"""A public health graduate student's ten days in Chicago, on her laptop, written in the
thirty-fifth session after its step 69 and scored before any change for it: her thesis
survey's regression in R, a move across town (movers, electricity), a friend's bachelorette
weekend in Nashville, a sprained ankle, a rabbit adopted, and the taxes on her stipend. Her
tasks are often interleaved within one evening. Between them she reads the Chicago Tribune
and Reddit's front page, and watches video essays from YouTube's front page. Gmail is opened
most days. Searches go to Google and Bing.
Used by make_week_history.py (``week132``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, forum, gmail_message, page, search, video_home

ADDRESS = "priya.raman.mph@gmail.com"
INBOX = "a9c3e7b1d5"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (14) - {ADDRESS} - Gmail", None)]


def tribune() -> list[Step]:
    return [("goto", "https://www.chicagotribune.com/", "Chicago Tribune", None)]


def essay(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 08:00"),
    *mail(),
    *tribune(),
    day("1 20:30"),
    search(GOOGLE, "r logistic regression survey weights svyglm interpretation", "thesis"),
    page(
        "https://stats.oarc.ucla.edu/r/seminars/survey-data-analysis-with-r/",
        "Survey Data Analysis with R | OARC Stats",
        "thesis",
    ),
    search(GOOGLE, "movers chicago 1 bedroom logan square cost weekday", "move"),
    page(
        "https://www.yelp.com/search?find_desc=Movers&find_loc=Logan+Square%2C+Chicago%2C+IL",
        "Top 10 Best Movers near Logan Square, Chicago, IL - Yelp",
        "move",
    ),
    search(GOOGLE, "svyglm odds ratio confidence interval exp coef", "thesis"),
    page(
        "https://stackoverflow.com/questions/41384075/r-svyglm-odds-ratios-and-confidence-intervals",
        "r - svyglm odds ratios and confidence intervals - Stack Overflow",
        "thesis",
    ),
    day("2 08:05"),
    *mail(),
    *forum(),
    day("2 18:00"),
    search(BING, "sprained ankle swelling how long rice or walk on it", "ankle"),
    page(
        "https://www.mayoclinic.org/diseases-conditions/sprained-ankle/diagnosis-treatment/drc-20353231",
        "Sprained ankle - Diagnosis and treatment - Mayo Clinic",
        "ankle",
    ),
    search(BING, "nashville bachelorette itinerary broadway honky tonks pedal tavern", "nashville"),
    page(
        "https://www.visitmusiccity.com/bachelorette-party-nashville",
        "Nashville Bachelorette Party Guide | Visit Music City",
        "nashville",
    ),
    day("3 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1876900112233000001",
        "Your adoption application for Clover - Red Door Animal Shelter",
        "rabbit",
    ),
    *tribune(),
    day("3 19:30"),
    search(GOOGLE, "first time rabbit owner supplies list litter hay", "rabbit"),
    page(
        "https://rabbit.org/care/rabbit-care-basics/",
        "Rabbit Care Basics | House Rabbit Society",
        "rabbit",
    ),
    search(GOOGLE, "comed start service new address transfer online", "move"),
    page(
        "https://www.comed.com/MyAccount/CustomerSupport/Pages/StartStopMove.aspx",
        "Start, Stop or Move Service | ComEd",
        "move",
    ),
    search(GOOGLE, "rabbit proofing apartment cords baseboards", "rabbit"),
    page(
        "https://www.reddit.com/r/Rabbits/comments/1r4b5p6/bunny_proofing_a_small_apartment/",
        "Bunny proofing a small apartment? : r/Rabbits",
        "rabbit",
    ),
    day("4 08:05"),
    *mail(),
    day("4 20:00"),
    *essay("v1d3o3ss1", "The Urbanist Case for Chicago's L - YouTube"),
    search(GOOGLE, "graduate stipend taxes fellowship no w2 how to report", "taxes"),
    page(
        "https://www.irs.gov/publications/p970",
        "Publication 970, Tax Benefits for Education | Internal Revenue Service",
        "taxes",
    ),
    search(GOOGLE, "estimated tax payments grad student fellowship 1040-es", "taxes"),
    page(
        "https://www.reddit.com/r/GradSchool/comments/1t5x6y7/do_i_need_to_pay_quarterly_taxes_on_my_fellowship/",
        "Do I need to pay quarterly taxes on my fellowship? : r/GradSchool",
        "taxes",
    ),
    day("5 08:00"),
    *mail(),
    *tribune(),
    day("5 13:00"),
    search(BING, "ankle brace for sprain walking around campus", "ankle"),
    page(
        "https://www.runnersworld.com/gear/a25688476/best-ankle-braces/",
        "The Best Ankle Braces of 2027 | Runner's World",
        "ankle",
    ),
    day("5 21:00"),
    search(GOOGLE, "r multiple imputation mice with survey design mitools", "thesis"),
    page(
        "https://stats.stackexchange.com/questions/158394/multiple-imputation-with-complex-survey-data",
        "Multiple imputation with complex survey data - Cross Validated",
        "thesis",
    ),
    search(GOOGLE, "flights chicago nashville friday evening southwest", "nashville"),
    page(
        "https://www.southwest.com/en/flights/flights-from-chicago-to-nashville",
        "Flights from Chicago to Nashville | Southwest Airlines",
        "nashville",
    ),
    day("6 11:00"),
    search(GOOGLE, "moving boxes free chicago where to get", "move"),
    page(
        "https://www.reddit.com/r/chicago/comments/1m6v7b8/where_to_get_free_moving_boxes/",
        "Where to get free moving boxes? : r/chicago",
        "move",
    ),
    search(GOOGLE, "bachelorette matching shirts nashville custom", "nashville"),
    page(
        "https://www.etsy.com/market/nashville_bachelorette_shirts",
        "Nashville Bachelorette Shirts - Etsy",
        "nashville",
    ),
    day("7 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1876900112233000002",
        "Moving day confirmed: Saturday 8 AM - Two Men and a Truck Chicago",
        "move",
    ),
    *forum(),
    day("7 19:00"),
    search(BING, "rabbit not eating pellets first day new home normal", "rabbit"),
    page(
        "https://www.petmd.com/rabbit/conditions/digestive/gi-stasis-rabbits",
        "GI Stasis in Rabbits | PetMD",
        "rabbit",
    ),
    search(BING, "when to see doctor sprained ankle still hurts after a week", "ankle"),
    page(
        "https://www.healthline.com/health/sprained-ankle-not-healing",
        "Sprained Ankle Not Healing? When to See a Doctor | Healthline",
        "ankle",
    ),
    day("8 08:05"),
    *mail(),
    *tribune(),
    day("8 20:30"),
    search(GOOGLE, "ggplot forest plot odds ratios from svyglm", "thesis"),
    page(
        "https://www.r-bloggers.com/2023/05/forest-plots-in-r-with-ggplot2/",
        "Forest plots in R with ggplot2 | R-bloggers",
        "thesis",
    ),
    day("9 08:00"),
    *mail(),
    day("9 18:30"),
    search(GOOGLE, "illinois state tax fellowship income grad student", "taxes"),
    page(
        "https://tax.illinois.gov/individuals/filingrequirements.html",
        "Filing Requirements | Illinois Department of Revenue",
        "taxes",
    ),
    *essay("v1d3o3ss2", "Why American Cities Look the Same - YouTube"),
    day("10 08:00"),
    *mail(),
    *tribune(),
    day("10 17:30"),
    search(GOOGLE, "nashville airbnb downtown 8 people walkable broadway", "nashville"),
    page(
        "https://www.airbnb.com/nashville-tn/stays/bachelorette",
        "Bachelorette-Friendly Rentals in Nashville - Airbnb",
        "nashville",
    ),
]
