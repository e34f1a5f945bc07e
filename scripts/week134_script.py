"""A UX researcher's ten days in London, on her work laptop and at home, written in the
thirty-sixth session and scored before any change for it: recruiting for a usability study,
design tokens in Figma variables, her cousin's wedding in Jaipur (visa, flights, what to
wear), a folding bike on the cycle to work scheme, a council tax band challenge, and training
for a half marathon. Between them she reads BBC News and the Guardian's front page, and
Outlook is opened every working day. Searches go to Google and Bing.
Used by make_week_history.py (``week134``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, news, outlook_message, page, search

OUTLOOK = "https://outlook.office.com/mail/"
OWNER = "Aisha Rahman"


def inbox() -> list[Step]:
    return [("goto", OUTLOOK, f"Mail - {OWNER} - Outlook", None)]


def guardian() -> list[Step]:
    return [
        (
            "goto",
            "https://www.theguardian.com/uk",
            "News, sport and opinion from the Guardian's UK edition | The Guardian",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 08:45"),
    *inbox(),
    *news(),
    day("1 10:00"),
    search(GOOGLE, "recruit participants usability study incentive amount uk", "study"),
    page(
        "https://www.userinterviews.com/blog/research-incentive-calculator",
        "How Much Should You Pay Research Participants? | User Interviews",
        "study",
    ),
    search(GOOGLE, "remote moderated usability test script template", "study"),
    page(
        "https://www.nngroup.com/articles/remote-usability-tests/",
        "Remote Moderated Usability Tests: How to Do Them - NN/g",
        "study",
    ),
    day("1 14:30"),
    search(GOOGLE, "figma variables modes light dark theme tokens", "tokens"),
    page(
        "https://help.figma.com/hc/en-us/articles/15343816063383-Modes-for-variables",
        "Modes for variables – Figma Learn - Help Center",
        "tokens",
    ),
    day("1 20:00"),
    search(BING, "india e visa uk citizen how long does it take", "jaipur"),
    page(
        "https://indianvisaonline.gov.in/evisa/tvoa.html",
        "e-Visa India - Online Visa Application",
        "jaipur",
    ),
    search(BING, "half marathon training plan 12 weeks sub 2 hours", "halfmarathon"),
    page(
        "https://www.runnersworld.com/uk/training/half-marathon/a760067/half-marathon-training-plans/",
        "Half marathon training plans for every level | Runner's World UK",
        "halfmarathon",
    ),
    day("2 08:40"),
    *inbox(),
    *outlook_message(
        OUTLOOK,
        OWNER,
        "AAQkAGI2YmQ1ZTc0LTk3NDktNGYxMi1hYjQ0LTdmMjRkNTA2NjA4MAAQAKx1",
        "Participant screener draft for the checkout study",
        "study",
    ),
    day("2 11:15"),
    search(GOOGLE, "screener survey questions usability study examples", "study"),
    page(
        "https://www.userinterviews.com/blog/screener-survey-examples",
        "Screener Survey Examples and Best Practices | User Interviews",
        "study",
    ),
    search(GOOGLE, "tokens studio export figma variables to css", "tokens"),
    page(
        "https://docs.tokens.studio/figma/variables-overview",
        "Variables in Figma | Tokens Studio Docs",
        "tokens",
    ),
    day("2 19:30"),
    *guardian(),
    search(GOOGLE, "council tax band challenge how to", "counciltax"),
    page(
        "https://www.gov.uk/challenge-council-tax-band",
        "Challenge your Council Tax band - GOV.UK",
        "counciltax",
    ),
    search(GOOGLE, "check council tax band neighbours same street", "counciltax"),
    page(
        "https://www.tax.service.gov.uk/check-council-tax-band/search",
        "Check your Council Tax band - GOV.UK",
        "counciltax",
    ),
    day("3 07:00"),
    search(BING, "shin splints half marathon training keep running", "halfmarathon"),
    page(
        "https://www.nhs.uk/conditions/shin-splints/",
        "Shin splints - NHS",
        "halfmarathon",
    ),
    day("3 08:50"),
    *inbox(),
    *news(("uk-politics-68912345", "Budget 2027: What it means for you - BBC News")),
    day("3 13:00"),
    search(GOOGLE, "brompton c line vs p line commuting", "bike"),
    page(
        "https://www.brompton.com/discover/compare-bikes",
        "Compare Brompton Folding Bikes | Brompton",
        "bike",
    ),
    search(GOOGLE, "cycle to work scheme brompton salary sacrifice how much saved", "bike"),
    page(
        "https://www.cyclescheme.co.uk/calculator",
        "Cycle to Work Savings Calculator | Cyclescheme",
        "bike",
    ),
    day("3 20:30"),
    search(BING, "flights london to jaipur december via delhi", "jaipur"),
    page(
        "https://www.skyscanner.net/routes/lond/jai/london-to-jaipur.html",
        "Cheap flights from London to Jaipur | Skyscanner",
        "jaipur",
    ),
    search(BING, "what to wear to indian wedding as guest sangeet mehndi", "jaipur"),
    page(
        "https://www.vogue.in/fashion/content/what-to-wear-to-an-indian-wedding-guest-guide",
        "What to wear to an Indian wedding: a guest's guide | Vogue India",
        "jaipur",
    ),
    day("4 08:45"),
    *inbox(),
    day("4 10:30"),
    search(GOOGLE, "figma variables scoping number spacing tokens", "tokens"),
    page(
        "https://www.figma.com/community/file/1234567890/spacing-tokens-with-variables",
        "Spacing tokens with variables | Figma Community",
        "tokens",
    ),
    search(GOOGLE, "lookback vs maze vs userzoom moderated testing", "study"),
    page(
        "https://www.g2.com/compare/lookback-vs-maze",
        "Compare Lookback vs. Maze | G2",
        "study",
    ),
    day("4 19:00"),
    *guardian(),
    search(GOOGLE, "council tax band reduced backdated refund how long", "counciltax"),
    page(
        "https://www.moneysavingexpert.com/reclaim/council-tax-rebanding/",
        "Council tax band check: could you be owed £1,000s? - MoneySavingExpert",
        "counciltax",
    ),
    day("5 08:40"),
    *inbox(),
    *outlook_message(
        OUTLOOK,
        OWNER,
        "AAQkAGI2YmQ1ZTc0LTk3NDktNGYxMi1hYjQ0LTdmMjRkNTA2NjA4MAAQAKx2",
        "Cyclescheme certificate ready to redeem",
        "bike",
    ),
    day("5 12:30"),
    search(GOOGLE, "second hand brompton what to check hinge clamp", "bike"),
    page(
        "https://www.cyclinguk.org/article/buying-a-second-hand-brompton",
        "Buying a second-hand Brompton | Cycling UK",
        "bike",
    ),
    day("5 21:00"),
    search(BING, "jaipur hotels near rambagh palace wedding guests", "jaipur"),
    page(
        "https://www.booking.com/city/in/jaipur.en-gb.html",
        "The 10 best hotels in Jaipur, India | Booking.com",
        "jaipur",
    ),
    day("6 08:00"),
    search(BING, "royal parks half marathon start pens bag drop", "halfmarathon"),
    page(
        "https://www.royalparkshalf.com/race-day-information",
        "Race Day Information | Royal Parks Half Marathon",
        "halfmarathon",
    ),
    search(BING, "long run pace half marathon 10 miles how slow", "halfmarathon"),
    page(
        "https://www.reddit.com/r/running/comments/1q9z3x2/how_slow_should_my_long_runs_be/",
        "How slow should my long runs be? : r/running",
        "halfmarathon",
    ),
    *news(),
    day("7 10:00"),
    *guardian(),
    search(GOOGLE, "brompton dealer london test ride weekend", "bike"),
    page(
        "https://www.brompton.com/stores/brompton-junction-london",
        "Brompton Junction London | Brompton",
        "bike",
    ),
    day("7 20:15"),
    search(BING, "india e visa photo requirements rejected background", "jaipur"),
    page(
        "https://www.reddit.com/r/IndiaTravel/comments/1p2k5t8/evisa_photo_rejected_twice/",
        "e-Visa photo rejected twice, what am I doing wrong? : r/IndiaTravel",
        "jaipur",
    ),
    day("8 08:45"),
    *inbox(),
    day("8 11:00"),
    search(GOOGLE, "usability study consent form template gdpr recording", "study"),
    page(
        "https://www.gov.uk/service-manual/user-research/getting-users-consent-for-research",
        "Getting users' consent for research - Service Manual - GOV.UK",
        "study",
    ),
    search(GOOGLE, "figma variables alias semantic tokens primitives", "tokens"),
    page(
        "https://www.figma.com/blog/the-future-of-design-systems-is-semantic/",
        "The future of design systems is semantic | Figma Blog",
        "tokens",
    ),
    day("8 19:30"),
    search(GOOGLE, "valuation office agency council tax review evidence photos", "counciltax"),
    page(
        "https://www.gov.uk/government/organisations/valuation-office-agency",
        "Valuation Office Agency - GOV.UK",
        "counciltax",
    ),
    day("9 08:40"),
    *inbox(),
    *news(),
    day("9 18:00"),
    search(BING, "lehenga rental london for wedding", "jaipur"),
    page(
        "https://www.hurrcouture.com/lehenga-hire-london",
        "Lehenga Hire London | Hurr",
        "jaipur",
    ),
    search(BING, "half marathon fuelling gels when to take", "halfmarathon"),
    page(
        "https://www.runnersworld.com/uk/nutrition/a774851/how-to-fuel-for-a-half-marathon/",
        "How to fuel for a half marathon | Runner's World UK",
        "halfmarathon",
    ),
    day("10 08:50"),
    *inbox(),
    *outlook_message(
        OUTLOOK,
        OWNER,
        "AAQkAGI2YmQ1ZTc0LTk3NDktNGYxMi1hYjQ0LTdmMjRkNTA2NjA4MAAQAKx3",
        "Design tokens sync - notes and next steps",
        "tokens",
    ),
    day("10 15:00"),
    search(GOOGLE, "usability study synthesis affinity map findings report", "study"),
    page(
        "https://www.nngroup.com/articles/affinity-diagram/",
        "Affinity Diagramming for Collaboratively Sorting UX Findings - NN/g",
        "study",
    ),
]
