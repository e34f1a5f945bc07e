"""A warehouse supervisor's week in Leeds, written in the forty-fourth session and scored
before any change for it. A loft conversion (planning permission or permitted development,
the cost, a dormer), his combi boiler that bangs and loses pressure, football boots for his
son (wide feet, bought), a camping weekend in the Lake District (a site by Keswick, the
forecast, booked), Python learned at night to move into a data job (a course, pandas), and
a parking fine to appeal. Between them he reads BBC News and BBC Sport, Outlook mail and
Facebook. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week159``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, outlook_message, page, search, tab

MAILBOX = "https://outlook.live.com/mail/0/"
OWNER = "Dean Whitaker"


def mail() -> list[Step]:
    return [("goto", MAILBOX, f"Mail - {OWNER} - Outlook", None)]


def bbc() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/news", "Home - BBC News", None)]


def sport() -> list[Step]:
    return [
        (
            "goto",
            "https://www.bbc.co.uk/sport/football",
            "Football - BBC Sport",
            None,
        )
    ]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 06:20"),
    *bbc(),
    *sport(),
    day("1 19:45"),
    *facebook(),
    search(GOOGLE, "loft conversion cost leeds 2027 dormer", "loft"),
    page(
        "https://www.checkatrade.com/blog/cost-guides/loft-conversion-cost/",
        "Loft Conversion Cost Guide 2027 | Checkatrade",
        "loft",
    ),
    page(
        "https://www.houzz.co.uk/professionals/loft-conversions/leeds",
        "Loft Conversion Specialists in Leeds | Houzz UK",
        "loft",
    ),
    search(GOOGLE, "combi boiler banging noise when heating comes on", "boiler"),
    page(
        "https://www.boilercentral.com/boiler-banging-noise/",
        "Boiler Banging Noise: Causes & Fixes | Boiler Central",
        "boiler",
    ),
    day("2 07:05"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQMkADAwATM0MDAAMS1hNDJjLTAwAi0wMAoARgAAA2",
        "Penalty Charge Notice LS 48213377 - Leeds City Council",
        "fine",
    ),
    search(DDG, "how to appeal a parking fine leeds city council pcn", "fine"),
    page(
        "https://www.leeds.gov.uk/parking/challenge-a-penalty-charge-notice",
        "Challenge a penalty charge notice | Leeds City Council",
        "fine",
    ),
    day("2 20:30"),
    *sport(),
    search(GOOGLE, "best football boots for wide feet kids size 4", "boots"),
    page(
        "https://www.prodirectsport.com/soccer/l/kids-wide-fit-football-boots/",
        "Kids Wide Fit Football Boots | Pro:Direct Soccer",
        "boots",
    ),
    *tab(
        "https://www.sportsdirect.com/adidas-copa-pure-firm-ground-junior-football-boots-182011",
        "adidas Copa Pure Firm Ground Junior Football Boots | Sports Direct",
        "boots",
    ),
    search(GOOGLE, "learn python for data analysis free course", "python"),
    page(
        "https://www.coursera.org/learn/python-for-applied-data-science-ai",
        "Python for Data Science, AI & Development | Coursera",
        "python",
    ),
    page(
        "https://www.kaggle.com/learn/python",
        "Learn Python Tutorials | Kaggle",
        "python",
    ),
    day("3 12:30"),
    *bbc(),
    search(DDG, "campsite near keswick with hook up august bank holiday", "camping"),
    page(
        "https://www.pitchup.com/campsites/England/North_West/Cumbria/Keswick/",
        "Campsites in Keswick, Cumbria | Pitchup",
        "camping",
    ),
    page(
        "https://www.castlerigg.co.uk/camping",
        "Camping | Castlerigg Hall Caravan & Camping Park",
        "camping",
    ),
    day("3 21:10"),
    *facebook(),
    search(GOOGLE, "boiler pressure keeps dropping below 1 bar no leaks", "boiler"),
    page(
        "https://www.worcester-bosch.co.uk/support/boiler-pressure-dropping",
        "Why does my boiler keep losing pressure? | Worcester Bosch",
        "boiler",
    ),
    search(GOOGLE, "do i need planning permission for a rear dormer loft conversion", "loft"),
    page(
        "https://www.planningportal.co.uk/permission/common-projects/loft-conversion",
        "Loft conversion - Planning Permission - Planning Portal",
        "loft",
    ),
    day("4 06:40"),
    *bbc(),
    *mail(),
    search(DDG, "pandas read csv groupby tutorial beginners", "python"),
    page(
        "https://realpython.com/pandas-groupby/",
        "pandas GroupBy: Your Guide to Grouping Data in Python - Real Python",
        "python",
    ),
    page(
        "https://pandas.pydata.org/docs/user_guide/groupby.html",
        "Group by: split-apply-combine - pandas documentation",
        "python",
    ),
    day("4 19:50"),
    *sport(),
    search(GOOGLE, "pcn appeal letter template signs not clearly visible", "fine"),
    page(
        "https://www.moneysavingexpert.com/reclaim/parking-tickets/",
        "Parking tickets: How to appeal a council or private fine - MoneySavingExpert",
        "fine",
    ),
    search(GOOGLE, "adidas copa pure junior wide fit review", "boots"),
    page(
        "https://www.footballbootsdb.com/reviews/adidas-copa-pure",
        "adidas Copa Pure Review: Fit, Feel and Sizing | Football Boots DB",
        "boots",
    ),
    day("5 13:15"),
    *facebook(),
    search(GOOGLE, "keswick weather august 10 day forecast", "camping"),
    page(
        "https://www.metoffice.gov.uk/weather/forecast/gcqrxb3xp",
        "Keswick (Allerdale) weather - Met Office",
        "camping",
    ),
    search(DDG, "how much does a dormer loft conversion add to house value uk", "loft"),
    page(
        "https://www.nationwide.co.uk/mortgages/guides/home-improvements-that-add-value/",
        "Home improvements that add value | Nationwide",
        "loft",
    ),
    day("5 21:30"),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQMkADAwATM0MDAAMS1hNDJjLTAwAi0wMAoARgAAA7",
        "Your Sports Direct order 70551823 has been dispatched",
        "boots",
    ),
    search(GOOGLE, "how to repressurise worcester bosch combi boiler filling loop", "boiler"),
    page(
        "https://www.youtube.com/watch?v=wb8bLoopFil",
        "How to Re-Pressurise a Worcester Bosch Combi Boiler - YouTube",
        "boiler",
    ),
    day("6 10:00"),
    *bbc(),
    search(GOOGLE, "python projects for portfolio data analyst junior", "python"),
    page(
        "https://www.dataquest.io/blog/data-analyst-projects-for-beginners/",
        "Data Analyst Projects for Your Portfolio | Dataquest",
        "python",
    ),
    search(GOOGLE, "castlerigg hall camping booking tent pitch", "camping"),
    page(
        "https://www.castlerigg.co.uk/book-online",
        "Book Online | Castlerigg Hall",
        "camping",
    ),
    *mail(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQMkADAwATM0MDAAMS1hNDJjLTAwAi0wMAoARgAAA9",
        "Booking confirmation - Castlerigg Hall, 22-25 August",
        "camping",
    ),
    day("7 18:20"),
    *sport(),
    search(DDG, "gas safe engineer leeds boiler service near me reviews", "boiler"),
    page(
        "https://www.checkatrade.com/Search/Gas-Engineer/in/Leeds",
        "Gas Engineers in Leeds | Checkatrade",
        "boiler",
    ),
    search(GOOGLE, "loft conversion building regulations fire escape stairs", "loft"),
    page(
        "https://www.labcfrontdoor.co.uk/loft-conversions/fire-safety",
        "Loft conversion fire safety | LABC Front Door",
        "loft",
    ),
    search(GOOGLE, "leeds council pcn appeal submitted how long to hear back", "fine"),
    page(
        "https://www.leeds.gov.uk/parking/what-happens-after-you-challenge",
        "What happens after you challenge a PCN | Leeds City Council",
        "fine",
    ),
]
