"""A data analyst's week in Chicago: a job application, a car's check-engine light, a
friend's wedding (a dress and a present bought), a monstera with yellow leaves, concert
tickets, and spreadsheet questions at work. Habits: mail, a sports front page, a word game,
music, a photo feed. Written in the tenth session before any change for it, to be scored
as a stranger's history would be: tasks that share words or sites they do not share a task
with ("light" for the car's check-engine light and the plant's grow light, Yelp for a
mechanic and a tailor, Reddit for a spreadsheet error, a presale code and fungus gnats), side
steps in a task's sitting ("parking near united center", "fungus gnats hydrogen peroxide",
"star method examples"), and pages of tasks on habit sites (videos, forum threads).
Used by make_week_history.py (``week8``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, search

YT = "https://www.youtube.com"
RD = "https://www.reddit.com"
LI = "https://www.linkedin.com"
GD = "https://www.glassdoor.com"
RP = "https://repairpal.com"
ZO = "https://www.zola.com"
NS = "https://www.nordstrom.com"
TM = "https://www.ticketmaster.com"
MS = "https://support.microsoft.com/en-us/office"
XJ = "https://exceljet.net"


def mail() -> list[Step]:
    return [("goto", "https://outlook.live.com/mail/0/", "Mail - Priya Shah - Outlook", None)]


def sports(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.espn.com/", "ESPN - Serving Sports Fans. Anytime. Anywhere.", None)
    ]
    if article:
        steps.append(("click", f"https://www.espn.com/{article[0]}", article[1], None))
    return steps


def wordle() -> list[Step]:
    return [
        (
            "goto",
            "https://www.nytimes.com/games/wordle/index.html",
            "Wordle - The New York Times",
            None,
        )
    ]


def music() -> list[Step]:
    return [("goto", "https://open.spotify.com/", "Spotify - Web Player: Music for everyone", None)]


def photos() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


STEPS: list[Step] = [
    day("1 07:50"),
    *wordle(),
    *mail(),
    day("1 09:20"),
    search(GOOGLE, "excel xlookup multiple criteria", "excel"),
    (
        "via",
        f"{XJ}/formulas/xlookup-with-multiple-criteria",
        "XLOOKUP with multiple criteria - Excel formula | Exceljet",
        "excel",
    ),
    search(GOOGLE, "xlookup returns #n/a when value exists", "excel"),
    (
        "click",
        f"{RD}/r/excel/comments/x8k2qa/xlookup_returning_na_even_though_value_exists/",
        "XLOOKUP returning #N/A even though value exists : r/excel",
        "excel",
    ),
    ("back", "", "", "excel"),
    (
        "click",
        f"{MS}/how-to-correct-a-n-a-error-in-index-match-and-xlookup-functions",
        "How to correct a #N/A error - Microsoft Support",
        "excel",
    ),
    day("1 12:40"),
    *sports(
        ("nba/story/_/id/4410/bulls-rally-past-knicks", "Bulls rally past Knicks in fourth - ESPN")
    ),
    search(GOOGLE, "check engine light came on honda civic 2015", "car"),
    (
        "via",
        f"{RP}/check-engine-light-honda-civic",
        "Check Engine Light Is On: What It Means for a Honda Civic | RepairPal",
        "car",
    ),
    search(GOOGLE, "is it safe to drive with check engine light on", "car"),
    (
        "click",
        "https://www.caranddriver.com/research/a31544431/is-it-safe-to-drive-with-the-check-engine-light-on/",
        "Is It Safe to Drive with the Check Engine Light On? | Car and Driver",
        "car",
    ),
    day("1 19:30"),
    *music(),
    search(BING, "phoebe bridgers tour 2026 chicago", "concert"),
    (
        "click",
        f"{TM}/phoebe-bridgers-tickets/artist/2305519",
        "Phoebe Bridgers Tickets, 2026 Concert Tour Dates | Ticketmaster",
        "concert",
    ),
    (
        "tab",
        f"{TM}/phoebe-bridgers-chicago-il-06-12-2026/event/04006A1E",
        "Phoebe Bridgers Chicago Tickets, United Center, Jun 12, 2026 | Ticketmaster",
        "concert",
    ),
    ("close", "", "", "concert"),
    *photos(),
    day("2 08:05"),
    *wordle(),
    *mail(),
    day("2 10:15"),
    search(GOOGLE, "senior data analyst jobs chicago hybrid", "job"),
    (
        "click",
        f"{LI}/jobs/search/?keywords=senior%20data%20analyst&location=Chicago",
        "Senior Data Analyst jobs in Chicago, IL | LinkedIn",
        "job",
    ),
    (
        "tab",
        f"{LI}/jobs/view/3981224410/",
        "Senior Data Analyst - Northwind Health - Chicago, IL | LinkedIn",
        "job",
    ),
    ("close", "", "", "job"),
    search(GOOGLE, "power query merge two tables left join", "excel"),
    (
        "click",
        f"{MS}/merge-queries-power-query-fd157620-5470-4c0f-b132-7ca2616d17f9",
        "Merge queries (Power Query) - Microsoft Support",
        "excel",
    ),
    day("2 13:00"),
    search(GOOGLE, "monstera leaves turning yellow", "plant"),
    (
        "via",
        "https://www.thesill.com/blogs/plant-care/monstera-yellow-leaves",
        "Why Are My Monstera's Leaves Turning Yellow? | The Sill",
        "plant",
    ),
    search(GOOGLE, "how often to water monstera", "plant"),
    (
        "click",
        "https://www.bloomscape.com/plant-care-guide/monstera/",
        "Monstera Deliciosa Care Guide | Bloomscape",
        "plant",
    ),
    day("2 21:10"),
    (
        "goto",
        f"{ZO}/wedding/anika-and-tom/registry",
        "Anika & Tom's Wedding Registry | Zola",
        "wedding",
    ),
    (
        "click",
        f"{ZO}/wedding/anika-and-tom/registry/le-creuset-dutch-oven",
        "Le Creuset Signature Round Dutch Oven - Anika & Tom's Registry | Zola",
        "wedding",
    ),
    search(DDG, "how much to spend on a wedding gift for a close friend", "wedding"),
    (
        "click",
        "https://www.theknot.com/content/how-much-to-spend-on-a-wedding-gift",
        "How Much to Spend on a Wedding Gift in 2026 | The Knot",
        "wedding",
    ),
    day("3 08:00"),
    *mail(),
    *sports(),
    day("3 09:45"),
    search(GOOGLE, "p0420 code honda civic", "car"),
    (
        "via",
        "https://www.obd-codes.com/p0420",
        "P0420 Code: Catalyst System Efficiency Below Threshold (Bank 1)",
        "car",
    ),
    search(GOOGLE, "catalytic converter replacement cost honda civic", "car"),
    (
        "click",
        f"{RP}/estimator/honda/civic/catalytic-converter-replacement-cost",
        "Honda Civic Catalytic Converter Replacement Cost Estimate | RepairPal",
        "car",
    ),
    search(GOOGLE, "pivot table count distinct excel", "excel"),
    (
        "click",
        f"{XJ}/pivot-tables/pivot-table-unique-count",
        "Pivot table unique count | Exceljet",
        "excel",
    ),
    day("3 12:30"),
    search(GOOGLE, "how to answer why do you want to work here", "job"),
    (
        "click",
        "https://www.themuse.com/advice/how-to-answer-why-do-you-want-to-work-here",
        "How to Answer “Why Do You Want to Work Here?” | The Muse",
        "job",
    ),
    search(GOOGLE, "northwind health glassdoor reviews", "job"),
    (
        "via",
        f"{GD}/Reviews/Northwind-Health-Reviews-E2231.htm",
        "Northwind Health Reviews | Glassdoor",
        "job",
    ),
    day("3 20:00"),
    *photos(),
    (
        "goto",
        f"{YT}/results?search_query=phoebe+bridgers+live",
        "phoebe bridgers live - YouTube",
        "concert",
    ),
    (
        "click",
        f"{YT}/watch?v=pbkyoto01",
        "Phoebe Bridgers - Kyoto (Live on KEXP) - YouTube",
        "concert",
    ),
    day("4 08:10"),
    *wordle(),
    *mail(),
    day("4 11:20"),
    search(GOOGLE, "cocktail attire wedding guest dress", "wedding"),
    (
        "click",
        f"{NS}/browse/women/clothing/dresses/wedding-guest",
        "Wedding Guest Dresses | Nordstrom",
        "wedding",
    ),
    (
        "tab",
        f"{NS}/s/reformation-juliette-midi-dress/7331902",
        "Reformation Juliette Midi Dress | Nordstrom",
        "wedding",
    ),
    ("close", "", "", "wedding"),
    search(BING, "honda dealer service center near me", "car"),
    (
        "click",
        "https://www.yelp.com/search?find_desc=Honda+Service&find_loc=Chicago%2C+IL",
        "Top 10 Best Honda Service near Chicago, IL - Yelp",
        "car",
    ),
    day("4 13:15"),
    search(GOOGLE, "sql window functions interview questions", "job"),
    (
        "via",
        "https://www.stratascratch.com/blog/sql-window-functions-interview-questions/",
        "SQL Window Functions Interview Questions | StrataScratch",
        "job",
    ),
    search(GOOGLE, "star method examples", "job"),
    (
        "click",
        "https://www.indeed.com/career-advice/interviewing/how-to-use-the-star-interview-response-technique",
        "How To Use the STAR Interview Response Method | Indeed.com",
        "job",
    ),
    day("4 19:40"),
    *music(),
    search(GOOGLE, "phoebe bridgers united center presale code", "concert"),
    (
        "click",
        f"{RD}/r/phoebebridgers/comments/1b7xq2/presale_code_for_the_reunion_tour/",
        "Presale code for the Reunion tour? : r/phoebebridgers",
        "concert",
    ),
    day("5 08:30"),
    *mail(),
    *sports(("nfl/story/_/id/4432/bears-draft-picks", "Bears' draft picks, graded - ESPN")),
    day("5 10:05"),
    search(GOOGLE, "excel dynamic array spill error", "excel"),
    (
        "click",
        f"{MS}/how-to-correct-a-spill-error-ffe0f555-b479-4a17-a6e2-ef9cc9ad4023",
        "How to correct a #SPILL! error - Microsoft Support",
        "excel",
    ),
    search(DDG, "fungus gnats hydrogen peroxide", "plant"),
    (
        "click",
        f"{RD}/r/houseplants/comments/t3m9fz/hydrogen_peroxide_for_fungus_gnats_ratio/",
        "Hydrogen peroxide for fungus gnats - ratio? : r/houseplants",
        "plant",
    ),
    search(GOOGLE, "repotting monstera into bigger pot", "plant"),
    (
        "click",
        f"{YT}/watch?v=monrepot01",
        "How to Repot a Monstera Deliciosa (Step by Step) - YouTube",
        "plant",
    ),
    day("5 12:45"),
    (
        "goto",
        f"{TM}/phoebe-bridgers-chicago-il-06-12-2026/event/04006A1E",
        "Phoebe Bridgers Chicago Tickets, United Center, Jun 12, 2026 | Ticketmaster",
        "concert",
    ),
    search(GOOGLE, "united center seating chart section 112 view", "concert"),
    (
        "click",
        "https://www.rateyourseats.com/united-center/seating/section-112",
        "United Center Section 112 - RateYourSeats.com",
        "concert",
    ),
    (
        "goto",
        f"{TM}/checkout/order?event=04006A1E",
        "Checkout | Ticketmaster",
        "concert",
    ),
    (
        "click",
        f"{TM}/checkout/confirmation?event=04006A1E",
        "Order Confirmation | Ticketmaster",
        "concert",
    ),
    day("5 18:30"),
    *photos(),
    search(GOOGLE, "tailor near me hemming dress", "wedding"),
    (
        "click",
        "https://www.yelp.com/search?find_desc=Tailor&find_loc=Chicago%2C+IL",
        "Top 10 Best Tailor near Chicago, IL - Yelp",
        "wedding",
    ),
    day("6 09:30"),
    *wordle(),
    *mail(),
    day("6 10:40"),
    (
        "goto",
        f"{LI}/jobs/view/3981224410/apply/",
        "Apply to Northwind Health - Senior Data Analyst | LinkedIn",
        "job",
    ),
    search(GOOGLE, "data analyst resume summary examples", "job"),
    (
        "click",
        "https://www.zety.com/blog/data-analyst-resume-example",
        "Data Analyst Resume Examples & Writing Guide | Zety",
        "job",
    ),
    search(BING, "moss pole for monstera", "plant"),
    (
        "click",
        "https://www.etsy.com/listing/1189932211/coir-moss-pole-for-monstera",
        "Coir Moss Pole for Monstera, 24 inch - Etsy",
        "plant",
    ),
    day("6 14:00"),
    (
        "goto",
        f"{NS}/s/reformation-juliette-midi-dress/7331902",
        "Reformation Juliette Midi Dress | Nordstrom",
        "wedding",
    ),
    ("click", f"{NS}/shopping-bag", "Shopping Bag | Nordstrom", "wedding"),
    ("click", f"{NS}/checkout/confirmation", "Order Confirmation | Nordstrom", "wedding"),
    (
        "goto",
        f"{ZO}/wedding/anika-and-tom/registry/le-creuset-dutch-oven",
        "Le Creuset Signature Round Dutch Oven - Anika & Tom's Registry | Zola",
        "wedding",
    ),
    ("click", f"{ZO}/checkout", "Checkout | Zola", "wedding"),
    day("6 20:15"),
    *music(),
    (
        "goto",
        f"{YT}/watch?v=nbahl0602",
        "Bulls vs Knicks Full Game Highlights - YouTube",
        None,
    ),
    day("7 09:00"),
    *mail(),
    *sports(),
    day("7 10:30"),
    search(GOOGLE, "o2 sensor vs catalytic converter symptoms", "car"),
    (
        "click",
        "https://www.mechanicbase.com/exhaust/o2-sensor-vs-catalytic-converter/",
        "O2 Sensor vs Catalytic Converter: Which One Is Bad? - Mechanic Base",
        "car",
    ),
    (
        "goto",
        "https://www.yelp.com/biz/lincoln-park-honda-service-chicago",
        "Lincoln Park Honda Service - Chicago, IL - Yelp",
        "car",
    ),
    search(GOOGLE, "parking near united center", "concert"),
    (
        "click",
        "https://www.spothero.com/destination/chicago/united-center-parking",
        "United Center Parking - Reserve a Spot | SpotHero",
        "concert",
    ),
    day("7 15:10"),
    search(GOOGLE, "excel conditional formatting formula based on another cell", "excel"),
    (
        "via",
        f"{XJ}/conditional-formatting/highlight-rows-based-on-another-cell",
        "Highlight rows based on another cell - Exceljet",
        "excel",
    ),
    (
        "goto",
        f"{LI}/jobs/view/3981224410/",
        "Senior Data Analyst - Northwind Health - Chicago, IL | LinkedIn",
        "job",
    ),
    search(GOOGLE, "questions to ask at the end of a data analyst interview", "job"),
    (
        "click",
        "https://www.coursera.org/articles/questions-to-ask-in-an-interview",
        "Questions to Ask in a Data Analyst Interview | Coursera",
        "job",
    ),
    day("7 21:00"),
    *photos(),
    search(GOOGLE, "grow light for monstera in winter", "plant"),
    (
        "click",
        "https://www.thespruce.com/best-grow-lights-for-indoor-plants-4707818",
        "The 8 Best Grow Lights for Indoor Plants of 2026 | The Spruce",
        "plant",
    ),
]
