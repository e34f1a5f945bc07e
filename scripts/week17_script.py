"""A graduate student's ten days in Toronto: a move to a new flat across the city, mixed
models in R for the thesis, a gift for a sister's baby shower, a sprained ankle from
running, a visa for a conference in Boston, and homemade ramen. Habits: mail, CBC news, a
forum, video. Written in the twelfth session, after its change for a person's own town,
and scored before any change for it: the city in searches of several tasks ("toronto"),
a trip's city ("boston") in every search of the trip, words shared across tasks ("model"
for the thesis and nothing else, "broth" and "bone", "ankle" and "boots", "shower" for a
baby shower and a flat's shower), searches on Google, Bing and DuckDuckGo, in-site
searches (Amazon, YouTube, a flat site), tabs from results. Used by make_week_history.py
(``week17``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, search

YT = "https://www.youtube.com"
AZ = "https://www.amazon.ca"
SO = "https://stats.stackexchange.com/questions"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            "Inbox (12) - priya.n@example.com - Gmail",
            None,
        )
    ]


def cbc() -> list[Step]:
    return [
        (
            "goto",
            "https://www.cbc.ca/news",
            "CBC News - Latest Canada, World, Entertainment and Business News",
            None,
        )
    ]


def forum() -> list[Step]:
    return [("goto", "https://www.reddit.com/", "Reddit - Dive into anything", None)]


def video() -> list[Step]:
    return [("goto", f"{YT}/", "YouTube", None)]


STEPS: list[Step] = [
    day("1 08:30"),
    *mail(),
    *cbc(),
    day("1 09:15"),
    search(GOOGLE, "lme4 random intercept and slope syntax", "thesis"),
    (
        "via",
        f"{SO}/13166/rs-lme4-output-interpretation",
        "r - How to interpret lme4 random slope output - Cross Validated",
        "thesis",
    ),
    (
        "tab",
        "https://m-clark.github.io/mixed-models-with-R/random_slopes.html",
        "Random Slopes | Mixed Models with R",
        "thesis",
    ),
    ("close", "", "", "thesis"),
    search(GOOGLE, "moving company toronto one bedroom cost", "move"),
    (
        "via",
        "https://www.homestars.com/on/toronto/moving",
        "Top Movers in Toronto, ON | HomeStars",
        "move",
    ),
    search(GOOGLE, "lme4 singular fit warning what to do", "thesis"),
    (
        "click",
        f"{SO}/378939/dealing-with-singular-fit-in-mixed-models",
        "Dealing with singular fit in mixed models - Cross Validated",
        "thesis",
    ),
    day("1 19:30"),
    search(DDG, "baby shower gift ideas practical under 100", "shower"),
    (
        "click",
        "https://www.babylist.com/hello-baby/best-baby-shower-gifts",
        "The 40 Best Baby Shower Gifts of 2026 | Babylist",
        "shower",
    ),
    *forum(),
    day("2 08:40"),
    *mail(),
    day("2 09:00"),
    search(GOOGLE, "sprained ankle running how long to heal", "ankle"),
    (
        "via",
        "https://www.runnersworld.com/health-injuries/a20818224/ankle-sprain/",
        "How to Treat and Recover From an Ankle Sprain | Runner's World",
        "ankle",
    ),
    (
        "tab",
        "https://www.physio-pedia.com/Ankle_Sprain",
        "Ankle Sprain - Physiopedia",
        "ankle",
    ),
    ("close", "", "", "ankle"),
    day("2 14:00"),
    search(BING, "b1 b2 visa conference canadian permanent resident", "visa"),
    (
        "click",
        "https://travel.state.gov/content/travel/en/us-visas/tourism-visit/visitor.html",
        "Visitor Visa - travel.state.gov",
        "visa",
    ),
    search(BING, "do indian citizens with canadian pr need visa for usa", "visa"),
    (
        "click",
        "https://ca.usembassy.gov/visas/",
        "Visas | U.S. Embassy & Consulates in Canada",
        "visa",
    ),
    day("2 20:00"),
    (
        "goto",
        f"{YT}/results?search_query=tonkotsu+ramen+broth+at+home",
        "tonkotsu ramen broth at home - YouTube",
        "ramen",
    ),
    (
        "click",
        f"{YT}/watch?v=RamenBr0th1",
        "Tonkotsu Ramen at Home (12 Hour Pork Bone Broth) - YouTube",
        "ramen",
    ),
    day("3 08:35"),
    *mail(),
    *cbc(),
    day("3 10:20"),
    (
        "goto",
        "https://www.padmapper.com/apartments/toronto-on/1-bedroom",
        "1 Bedroom Apartments for Rent in Toronto, ON - PadMapper",
        "move",
    ),
    (
        "click",
        "https://www.padmapper.com/buildings/p512341/apartments-at-88-broadview-ave-toronto-on",
        "88 Broadview Ave, Toronto, ON - PadMapper",
        "move",
    ),
    search(GOOGLE, "ontario n9 notice to end tenancy 60 days", "move"),
    (
        "via",
        "https://tribunalsontario.ca/documents/ltb/Tenant%20Notices/N9.pdf",
        "N9 - Tenant's Notice to End the Tenancy - Tribunals Ontario",
        "move",
    ),
    day("3 15:10"),
    search(GOOGLE, "glmer binomial convergence warning optimizer bobyqa", "thesis"),
    (
        "click",
        f"{SO}/164457/r-glmer-warnings-model-fails-to-converge",
        "R glmer warnings: model fails to converge - Cross Validated",
        "thesis",
    ),
    day("4 08:45"),
    *mail(),
    day("4 12:30"),
    ("goto", f"{AZ}/s?k=baby+carrier+newborn", "Amazon.ca : baby carrier newborn", "shower"),
    (
        "click",
        f"{AZ}/Ergobaby-Omni-Breeze-Carrier/dp/B0B5S8TQ2L",
        "Ergobaby Omni Breeze Baby Carrier : Amazon.ca: Baby",
        "shower",
    ),
    search(DDG, "ergobaby omni breeze vs baby bjorn harmony", "shower"),
    day("4 18:00"),
    search(GOOGLE, "ankle brace for running after sprain", "ankle"),
    (
        "via",
        "https://www.verywellfit.com/best-ankle-braces-for-running-4171430",
        "The 7 Best Ankle Braces for Running | Verywell Fit",
        "ankle",
    ),
    search(GOOGLE, "best ramen noodles to buy toronto", "ramen"),
    (
        "click",
        "https://www.blogto.com/eat_drink/ramen-noodles-toronto/",
        "Where to buy fresh ramen noodles in Toronto - blogTO",
        "ramen",
    ),
    day("5 08:30"),
    *mail(),
    *cbc(),
    day("5 09:40"),
    search(GOOGLE, "ds-160 form conference attendance purpose of trip", "visa"),
    (
        "via",
        "https://ceac.state.gov/genniv/",
        "Consular Electronic Application Center - DS-160",
        "visa",
    ),
    search(GOOGLE, "us visa appointment wait time toronto consulate", "visa"),
    (
        "click",
        "https://travel.state.gov/content/travel/en/us-visas/visa-information-resources/wait-times.html",
        "Visa Appointment Wait Times - travel.state.gov",
        "visa",
    ),
    day("5 13:00"),
    search(GOOGLE, "emmeans pairwise comparisons mixed model r", "thesis"),
    (
        "via",
        "https://cran.r-project.org/web/packages/emmeans/vignettes/comparisons.html",
        "Comparisons and contrasts in emmeans",
        "thesis",
    ),
    day("5 20:30"),
    *video(),
    day("6 10:00"),
    *forum(),
    search(BING, "hotels near boston convention center may", "visa"),
    (
        "click",
        "https://www.booking.com/district/us/boston/seaport.html",
        "Hotels in Seaport District, Boston - Booking.com",
        "visa",
    ),
    search(BING, "toronto to boston flights porter", "visa"),
    (
        "click",
        "https://www.flyporter.com/en-ca/destinations/boston",
        "Flights to Boston | Porter Airlines",
        "visa",
    ),
    day("6 16:00"),
    search(GOOGLE, "chashu pork belly recipe oven", "ramen"),
    (
        "via",
        "https://www.justonecookbook.com/chashu/",
        "Chashu (Japanese Braised Pork Belly) - Just One Cookbook",
        "ramen",
    ),
    search(GOOGLE, "ajitama soft boiled marinated egg 6 minutes", "ramen"),
    day("7 08:40"),
    *mail(),
    day("7 11:30"),
    search(DDG, "cheap moving boxes toronto free", "move"),
    (
        "click",
        "https://www.kijiji.ca/b-toronto/moving-boxes/k0l1700273",
        "Moving Boxes in Toronto - Kijiji",
        "move",
    ),
    search(DDG, "toronto hydro transfer account new address", "move"),
    (
        "click",
        "https://www.torontohydro.com/moving",
        "Moving? | Toronto Hydro",
        "move",
    ),
    day("7 15:00"),
    search(GOOGLE, "reporting mixed model results apa style lmer", "thesis"),
    (
        "click",
        f"{SO}/95054/how-to-report-results-of-linear-mixed-model",
        "How to report results of a linear mixed model - Cross Validated",
        "thesis",
    ),
    day("8 08:30"),
    *mail(),
    *cbc(),
    day("8 12:10"),
    search(GOOGLE, "when can i run again after grade 2 ankle sprain", "ankle"),
    (
        "via",
        "https://www.healthline.com/health/ankle-sprain-recovery-time",
        "Ankle Sprain Recovery Time: Grades 1, 2, and 3 | Healthline",
        "ankle",
    ),
    search(GOOGLE, "physiotherapy clinic toronto east direct billing", "ankle"),
    day("8 19:00"),
    search(DDG, "baby shower card message for sister", "shower"),
    (
        "click",
        "https://www.hallmark.com/ideas/baby/what-to-write-in-a-baby-shower-card/",
        "What to Write in a Baby Shower Card | Hallmark Ideas",
        "shower",
    ),
    day("9 09:00"),
    search(BING, "ds-160 photo requirements size", "visa"),
    (
        "click",
        "https://travel.state.gov/content/travel/en/us-visas/visa-information-resources/photos.html",
        "Photo Requirements - travel.state.gov",
        "visa",
    ),
    day("9 14:30"),
    search(GOOGLE, "r lmer plot random effects ggplot", "thesis"),
    (
        "click",
        "https://strengejacke.github.io/sjPlot/articles/plot_model_estimates.html",
        "Plotting Estimates (Fixed Effects) of Regression Models • sjPlot",
        "thesis",
    ),
    search(GOOGLE, "renters insurance toronto cheapest", "move"),
    (
        "via",
        "https://www.ratehub.ca/tenant-insurance/ontario/toronto",
        "Tenant Insurance in Toronto: Compare Quotes | Ratehub.ca",
        "move",
    ),
    day("10 08:45"),
    *mail(),
    day("10 18:30"),
    search(GOOGLE, "ramen tare shoyu recipe", "ramen"),
    (
        "click",
        "https://www.seriouseats.com/shoyu-tare-recipe",
        "Shoyu Tare Recipe | Serious Eats",
        "ramen",
    ),
    *video(),
]
