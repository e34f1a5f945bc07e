"""A PhD student's ten days in Austin, written at the start of the twenty-second session and
scored before any change for it: a mixed model that will not converge (the thesis), a new
apartment and the move, adopting a cat, a conference in Vancouver (a Canadian visa, a
hotel), a pottery present for her sister, and a jury summons. Words cross tasks:
"application" of the lease and of the visa, "model" of the statistics and of nothing else,
"deposit" of the apartment and of the pet, "fee" of the visa, the adoption and the lease.
"austin" is in the searches of most tasks. Gmail, the New York Times, YouTube and r/Austin
are opened most days. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week50``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GMAIL, GOOGLE, Step, day, page, search, tab, video_home

ADDRESS = "priya.n@example.com"
CRAN = "https://cran.r-project.org/web/packages"


def mail() -> list[Step]:
    return [("goto", GMAIL, f"Inbox (12) - {ADDRESS} - Gmail", None)]


def nyt(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        (
            "goto",
            "https://www.nytimes.com/",
            "The New York Times - Breaking News, US News, World News and Videos",
            None,
        )
    ]
    if story:
        steps.append(page(f"https://www.nytimes.com/{story[0]}", story[1], None))
    return steps


def austin_sub() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/Austin/", "Austin - Reddit", None)]


STEPS: list[Step] = [
    day("1 09:00"),
    *mail(),
    *nyt(),
    day("1 10:30"),
    search(GOOGLE, "lme4 boundary (singular) fit see help('isSingular')", "thesis"),
    page(
        "https://stackoverflow.com/questions/60028673/lme4-error-boundary-singular-fit-see-issingular",
        "lme4 error: boundary (singular) fit: see ?isSingular - Stack Overflow",
        "thesis",
    ),
    page(
        "https://bbolker.github.io/mixedmodels-misc/glmmFAQ.html",
        "GLMM FAQ",
        "thesis",
    ),
    day("1 14:00"),
    search(DDG, "apartments near ut austin under 1200 pet friendly", "apartment"),
    page(
        "https://www.apartments.com/austin-tx/under-1200-pet-friendly/",
        "Pet Friendly Apartments under $1,200 in Austin TX | Apartments.com",
        "apartment",
    ),
    page(
        "https://www.apartments.com/the-avenue-at-hyde-park-austin-tx/8kq2lp1/",
        "The Avenue at Hyde Park - Austin, TX | Apartments.com",
        "apartment",
    ),
    day("1 20:30"),
    search(GOOGLE, "austin pets alive cat adoption process", "cat"),
    page(
        "https://www.austinpetsalive.org/adopt/cats",
        "Adopt a Cat | Austin Pets Alive!",
        "cat",
    ),
    page(
        "https://www.austinpetsalive.org/adopt/cats/apa-a-81234",
        "Mochi - Adoptable Cat | Austin Pets Alive!",
        "cat",
    ),
    day("2 09:00"),
    *mail(),
    *austin_sub(),
    day("2 11:00"),
    search(GOOGLE, "icml 2026 vancouver hotel block convention centre", "conference"),
    page(
        "https://icml.cc/Conferences/2026/Hotels",
        "ICML 2026 Hotels",
        "conference",
    ),
    page(
        "https://www.booking.com/hotel/ca/pan-pacific-vancouver.html",
        "Pan Pacific Vancouver – Updated 2026 Prices",
        "conference",
    ),
    day("2 15:30"),
    search(GOOGLE, "glmer convergence failed random slopes optimizer bobyqa", "thesis"),
    page(
        "https://stats.stackexchange.com/questions/242109/model-failed-to-converge-warning-in-lmer",
        "r - Model failed to converge warning in lmer - Cross Validated",
        "thesis",
    ),
    page(
        f"{CRAN}/lme4/vignettes/lmerperf.html",
        "lme4 performance tips",
        "thesis",
    ),
    day("2 21:00"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=pottery-wheel-asmr",
        "Relaxing pottery wheel throwing - YouTube",
        None,
    ),
    day("3 09:00"),
    *mail(),
    *nyt(
        (
            "2026/05/19/climate/texas-heat-grid.html",
            "Texas Grid Braces for Early Heat Wave - The New York Times",
        )
    ),
    day("3 10:15"),
    search(DDG, "canada visitor visa processing time india passport", "conference"),
    page(
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/check-processing-times.html",
        "Check processing times - Canada.ca",
        "conference",
    ),
    page(
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/visit-canada/apply-visitor-visa.html",
        "Visitor visa: How to apply - Canada.ca",
        "conference",
    ),
    day("3 13:30"),
    search(GOOGLE, "apartment application fee texas refundable if denied", "apartment"),
    page(
        "https://www.texaslawhelp.org/article/application-fees-and-deposits",
        "Application Fees and Deposits | TexasLawHelp.org",
        "apartment",
    ),
    day("3 18:00"),
    search(GOOGLE, "first time cat owner checklist supplies", "cat"),
    page(
        "https://www.aspca.org/pet-care/cat-care/general-cat-care",
        "General Cat Care | ASPCA",
        "cat",
    ),
    page(
        "https://www.chewy.com/b/cat-litter-boxes-327",
        "Cat Litter Boxes | Chewy",
        "cat",
    ),
    day("4 09:00"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=a41&view=pt&search=all&permthid=thread-f:5530",
        f"Juror summons - Travis County - Response required - {ADDRESS} - Gmail",
        "jury",
    ),
    *austin_sub(),
    day("4 10:30"),
    search(GOOGLE, "travis county jury duty postpone student", "jury"),
    page(
        "https://www.traviscountytx.gov/district-clerk/jury",
        "Jury Service | Travis County District Clerk",
        "jury",
    ),
    page(
        "https://www.traviscountytx.gov/district-clerk/jury/postpone",
        "Postpone or Be Excused from Jury Service | Travis County",
        "jury",
    ),
    day("4 14:00"),
    search(GOOGLE, "emmeans pairwise comparisons glmer interaction", "thesis"),
    page(
        f"{CRAN}/emmeans/vignettes/interactions.html",
        "Interaction analysis in emmeans",
        "thesis",
    ),
    day("4 19:30"),
    search(GOOGLE, "gift for sister who does pottery", "gift"),
    page(
        "https://www.etsy.com/market/pottery_gifts",
        "Pottery Gifts - Etsy",
        "gift",
    ),
    page(
        "https://www.etsy.com/listing/1487220911/personalized-pottery-stamp-custom-clay",
        "Personalized Pottery Stamp, Custom Clay Stamp - Etsy",
        "gift",
    ),
    day("5 09:00"),
    *mail(),
    *nyt(),
    day("5 11:00"),
    (
        "goto",
        "https://www.apartments.com/the-avenue-at-hyde-park-austin-tx/8kq2lp1/",
        "The Avenue at Hyde Park - Austin, TX | Apartments.com",
        "apartment",
    ),
    page(
        "https://theavenuehydepark.com/floorplans",
        "Floor Plans | The Avenue at Hyde Park",
        "apartment",
    ),
    page(
        "https://theavenuehydepark.com/apply",
        "Apply Online | The Avenue at Hyde Park",
        "apartment",
    ),
    day("5 15:00"),
    search(DDG, "biometrics appointment austin vfs canada visa", "conference"),
    page(
        "https://visa.vfsglobal.com/usa/en/can/book-an-appointment",
        "Book an appointment | VFS Global - Canada in USA",
        "conference",
    ),
    day("5 20:00"),
    search(GOOGLE, "cat adoption fee what's included spay microchip", "cat"),
    page(
        "https://www.austinpetsalive.org/adopt/adoption-fees",
        "Adoption Fees | Austin Pets Alive!",
        "cat",
    ),
    day("6 10:00"),
    *video_home(),
    *austin_sub(),
    day("6 12:00"),
    search(GOOGLE, "u-haul 10ft truck rental austin one way local", "apartment"),
    page(
        "https://www.uhaul.com/Reservations/RatesTrucks/",
        "Truck Rental Rates | U-Haul",
        "apartment",
    ),
    page(
        "https://www.yelp.com/search?find_desc=Movers&find_loc=Austin%2C+TX",
        "Top 10 Best Movers near Austin, TX | Yelp",
        "apartment",
    ),
    day("6 16:00"),
    search(GOOGLE, "beginner pottery wheel class gift card austin", "gift"),
    page(
        "https://www.claymakersaustin.com/gift-cards",
        "Gift Cards | Claymakers Austin",
        "gift",
    ),
    day("7 09:00"),
    *mail(),
    *nyt(),
    day("7 10:00"),
    search(GOOGLE, "how to report mixed model results apa random effects variance", "thesis"),
    page(
        "https://www.scribbr.com/apa-style/numbers-and-statistics/",
        "Reporting Statistics in APA Style | Guidelines & Examples - Scribbr",
        "thesis",
    ),
    page(
        f"{CRAN}/performance/vignettes/r2.html",
        "R-squared for mixed models | performance",
        "thesis",
    ),
    day("7 14:30"),
    search(GOOGLE, "vancouver airport to downtown skytrain canada line fare", "conference"),
    page(
        "https://www.translink.ca/rider-guide/transit-to-yvr",
        "Transit to YVR | TransLink",
        "conference",
    ),
    day("7 19:00"),
    search(DDG, "cat litter clumping vs crystal for kittens", "cat"),
    page(
        "https://www.thesprucepets.com/best-cat-litters-4159264",
        "The 9 Best Cat Litters of 2026, Tested and Reviewed | The Spruce Pets",
        "cat",
    ),
    page(
        "https://www.chewy.com/dr-elseys-precious-cat-ultra/dp/32143",
        "Dr. Elsey's Precious Cat Ultra Unscented Clumping Clay Cat Litter | Chewy",
        "cat",
    ),
    page(
        "https://www.chewy.com/app/cart",
        "Cart | Chewy",
        "cat",
    ),
    day("8 09:00"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=a41&view=pt&search=all&permthid=thread-f:5588",
        f"Your application for The Avenue at Hyde Park has been approved - {ADDRESS} - Gmail",
        "apartment",
    ),
    *austin_sub(),
    day("8 11:00"),
    search(GOOGLE, "renters insurance austin cheapest lemonade vs state farm", "apartment"),
    page(
        "https://www.lemonade.com/renters",
        "Renters Insurance from $5/month | Lemonade",
        "apartment",
    ),
    day("8 15:00"),
    search(GOOGLE, "jury duty online questionnaire travis county login", "jury"),
    page(
        "https://jury.traviscountytx.gov/ejuror/login",
        "eJuror - Travis County",
        "jury",
    ),
    day("9 09:00"),
    *mail(),
    *nyt(),
    day("9 10:30"),
    search(GOOGLE, "lme4 singular fit drop random slope or use glmmTMB", "thesis"),
    page(
        f"{CRAN}/glmmTMB/vignettes/glmmTMB.pdf",
        "Getting started with the glmmTMB package",
        "thesis",
    ),
    day("9 16:00"),
    search(GOOGLE, "handmade ceramic glaze set for beginners gift", "gift"),
    page(
        "https://www.amazon.com/Mayco-Stroke-Coat-Glaze-Set/dp/B07QX2M3P9",
        "Mayco Stroke & Coat Glaze Starter Set - Amazon.com",
        "gift",
    ),
    day("10 10:00"),
    *video_home(),
    day("10 12:30"),
    (
        "goto",
        "https://icml.cc/Conferences/2026/Hotels",
        "ICML 2026 Hotels",
        "conference",
    ),
    page(
        "https://www.booking.com/hotel/ca/pan-pacific-vancouver.html",
        "Pan Pacific Vancouver – Updated 2026 Prices",
        "conference",
    ),
    page(
        "https://secure.booking.com/book.html?hotel_id=23114",
        "Booking.com: Secure booking",
        "conference",
    ),
    day("10 17:00"),
    search(DDG, "kitten vaccination schedule first vet visit cost austin", "cat"),
    page(
        "https://www.emancipet.org/austin/",
        "Emancipet Austin - Affordable Vet Care",
        "cat",
    ),
]
