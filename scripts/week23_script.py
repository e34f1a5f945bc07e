"""A chemistry student's ten days in Vancouver: an organic chemistry midterm, a study permit
to extend, a co-op job to apply for, a used road bike, a day hike to Garibaldi Lake, and a
sister's birthday present. Habits: mail, CBC news, a forum, video, Instagram. Written in
the fourteenth session, after its reading of split words as names, and scored before any
change for it: tasks interleaved in a sitting (the permit between two chemistry
questions), the person's own city in several tasks ("vancouver"), words shared across
tasks ("permit" for the study and the park, "exam" and "interview questions", "pass" for
the park and the bus, "test" and "tester", "set" of markers and of problems), side steps
that name no task ("bear spray where to buy", "how to memorize mechanisms", "padded
shorts"), searches on Google and DuckDuckGo, tabs from results. Used by
make_week_history.py (``week23``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, forum, search, video_home

CIC = "https://www.canada.ca/en/immigration-refugees-citizenship/services/study-canada"
MOC = "https://www.masterorganicchemistry.com"


def mail() -> list[Step]:
    return [("goto", "https://outlook.office.com/mail/", "Mail - Priya Raman - Outlook", None)]


def cbc() -> list[Step]:
    return [("goto", "https://www.cbc.ca/news", "CBC News - Latest Canada, World News", None)]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


STEPS: list[Step] = [
    day("1 09:40"),
    *mail(),
    *insta(),
    day("1 10:30"),
    search(GOOGLE, "sn1 vs sn2 reaction conditions", "orgo"),
    (
        "via",
        f"{MOC}/2012/08/08/comparing-the-sn1-and-sn2-reactions/",
        "Comparing The SN1 vs SN2 Reactions - Master Organic Chemistry",
        "orgo",
    ),
    search(GOOGLE, "study permit extension inside canada processing time", "permit"),
    (
        "via",
        f"{CIC}/study-permit/extend.html",
        "Extend your study permit - Canada.ca",
        "permit",
    ),
    search(GOOGLE, "chem 233 midterm past papers", "orgo"),
    (
        "click",
        "https://www.reddit.com/r/UBC/comments/x81k2p/chem_233_midterm_past_papers/",
        "CHEM 233 midterm past papers? : r/UBC",
        "orgo",
    ),
    day("1 13:00"),
    *cbc(),
    day("1 20:30"),
    search(DDG, "used road bike vancouver craigslist", "bike"),
    (
        "click",
        "https://vancouver.craigslist.org/search/bia?query=road+bike",
        "vancouver bicycles - craigslist",
        "bike",
    ),
    search(DDG, "what size road bike for 5'6 woman", "bike"),
    (
        "click",
        "https://www.evanscycles.com/help/bike-sizing-road",
        "Road Bike Size Guide | Evans Cycles",
        "bike",
    ),
    *video_home(),
    day("2 09:15"),
    *mail(),
    day("2 11:00"),
    search(GOOGLE, "ubc co-op lab assistant job posting chemistry", "coop"),
    (
        "via",
        "https://science.ubc.ca/students/co-op/job-postings",
        "Science Co-op Job Postings | UBC Science",
        "coop",
    ),
    search(GOOGLE, "cover letter for co-op position no experience", "coop"),
    (
        "click",
        "https://www.indeed.com/career-advice/cover-letter-samples/co-op-cover-letter",
        "Co-op Cover Letter Examples (With Tips) | Indeed.com",
        "coop",
    ),
    day("2 15:20"),
    *forum(),
    day("2 21:10"),
    search(GOOGLE, "e2 elimination zaitsev vs hofmann product", "orgo"),
    (
        "via",
        f"{MOC}/2012/09/12/the-e2-mechanism/",
        "The E2 Mechanism - Master Organic Chemistry",
        "orgo",
    ),
    search(GOOGLE, "how to memorize mechanisms", "orgo"),
    (
        "click",
        "https://www.reddit.com/r/OrganicChemistry/comments/q2k1ab/how_to_memorize_mechanisms/",
        "How to memorize mechanisms? : r/OrganicChemistry",
        "orgo",
    ),
    day("3 10:05"),
    *mail(),
    *cbc(),
    day("3 12:40"),
    search(DDG, "garibaldi lake day use pass reservation", "hike"),
    (
        "click",
        "https://bcparks.ca/reservations/day-use-passes/",
        "Day-use passes - BC Parks",
        "hike",
    ),
    search(DDG, "garibaldi lake hike difficulty elevation gain", "hike"),
    (
        "click",
        "https://www.alltrails.com/trail/canada/british-columbia/garibaldi-lake-trail",
        "Garibaldi Lake Trail, British Columbia, Canada - 1,177 Reviews | AllTrails",
        "hike",
    ),
    search(DDG, "bus to squamish from vancouver", "hike"),
    (
        "click",
        "https://www.ebus.ca/routes/vancouver-squamish-whistler",
        "Vancouver - Squamish - Whistler bus | Ebus",
        "hike",
    ),
    day("3 19:00"),
    search(GOOGLE, "gifts for 16 year old girl who likes art", "gift"),
    (
        "via",
        "https://www.buzzfeed.com/shopping/gifts-for-teen-artists",
        "32 Gifts For Teen Artists They'll Actually Use - BuzzFeed",
        "gift",
    ),
    *insta(),
    day("4 09:30"),
    *mail(),
    day("4 10:15"),
    search(GOOGLE, "maintained status study permit can i work", "permit"),
    (
        "via",
        f"{CIC}/study-permit/extend/maintained-status.html",
        "Maintained status: work and study while you wait - Canada.ca",
        "permit",
    ),
    search(GOOGLE, "ircc gckey login account", "permit"),
    (
        "click",
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html",
        "Sign in to your IRCC secure account - Canada.ca",
        "permit",
    ),
    day("4 14:30"),
    search(GOOGLE, "resume template science student co-op", "coop"),
    (
        "click",
        "https://students.ubc.ca/career/career-resources/resumes",
        "Resumes | UBC Students",
        "coop",
    ),
    (
        "tab",
        "https://docs.google.com/document/d/1rQ8vTmpl/edit",
        "Resume - Priya Raman - Google Docs",
        "coop",
    ),
    ("close", "", "", "coop"),
    day("4 20:00"),
    search(DDG, "bike lock kryptonite vs abus", "bike"),
    (
        "click",
        "https://www.bicycling.com/bikes-gear/g26870001/best-bike-locks/",
        "The Best Bike Locks of 2026, Tested | Bicycling",
        "bike",
    ),
    search(DDG, "padded shorts", "bike"),
    *video_home(),
    day("5 10:00"),
    *mail(),
    *cbc(),
    day("5 11:20"),
    search(GOOGLE, "aldol condensation mechanism practice problems", "orgo"),
    (
        "via",
        f"{MOC}/2022/04/14/aldol-addition-and-condensation/",
        "Aldol Addition and Condensation Reactions - Master Organic Chemistry",
        "orgo",
    ),
    search(GOOGLE, "biometrics appointment vancouver service canada", "permit"),
    (
        "via",
        "https://www.vfsglobal.ca/canada/biometrics-appointment",
        "Book a biometrics appointment | VFS Global Canada",
        "permit",
    ),
    search(GOOGLE, "chem 233 problem set 6 solutions", "orgo"),
    day("5 18:40"),
    *forum(),
    day("6 09:50"),
    *mail(),
    day("6 13:00"),
    search(DDG, "trek domane al 2 used price", "bike"),
    (
        "click",
        "https://www.bicyclebluebook.com/value-guide/trek/domane-al-2/",
        "Trek Domane AL 2 Value - Bicycle Blue Book",
        "bike",
    ),
    search(DDG, "bike shop tune up kitsilano", "bike"),
    (
        "click",
        "https://www.yelp.ca/search?find_desc=bike+tune+up&find_loc=Kitsilano",
        "Top 10 Best Bike Tune Up in Kitsilano, Vancouver, BC - Yelp",
        "bike",
    ),
    day("6 19:30"),
    search(GOOGLE, "alcohol markers ohuhu vs copic", "gift"),
    (
        "via",
        "https://www.parkablogs.com/content/ohuhu-vs-copic-markers-comparison",
        "Ohuhu vs Copic Markers Comparison | Parka Blogs",
        "gift",
    ),
    search(GOOGLE, "mixed media sketchbook a4", "gift"),
    (
        "click",
        "https://www.amazon.ca/s?k=mixed+media+sketchbook+a4",
        "Amazon.ca : mixed media sketchbook a4",
        "gift",
    ),
    day("7 10:10"),
    *mail(),
    *insta(),
    day("7 11:00"),
    search(GOOGLE, "qa lab assistant interview questions", "coop"),
    (
        "click",
        "https://www.indeed.com/career-advice/interviewing/lab-assistant-interview-questions",
        "Lab Assistant Interview Questions and Answers | Indeed.com",
        "coop",
    ),
    search(GOOGLE, "chem 233 midterm grignard reaction practice", "orgo"),
    (
        "via",
        f"{MOC}/2015/12/10/reactions-of-grignard-reagents/",
        "Reactions of Grignard Reagents - Master Organic Chemistry",
        "orgo",
    ),
    day("7 21:00"),
    search(DDG, "bear spray where to buy", "hike"),
    (
        "click",
        "https://www.mec.ca/en/products/bear-spray",
        "Bear Spray | MEC",
        "hike",
    ),
    *video_home(),
    day("8 09:45"),
    *mail(),
    *cbc(),
    day("8 12:00"),
    search(GOOGLE, "study permit extension letter of enrolment ubc", "permit"),
    (
        "via",
        "https://students.ubc.ca/enrolment/confirmation-of-enrolment",
        "Confirmation of enrolment letter | UBC Students",
        "permit",
    ),
    day("8 20:15"),
    search(DDG, "garibaldi lake weather this weekend snow", "hike"),
    (
        "click",
        "https://www.mountain-forecast.com/peaks/Mount-Garibaldi/forecasts/1500",
        "Mount Garibaldi Weather Forecast | Mountain Forecast",
        "hike",
    ),
    search(DDG, "sea to sky gondola vs garibaldi lake", "hike"),
    day("9 10:30"),
    *mail(),
    day("9 11:15"),
    search(GOOGLE, "what to wear to a co-op interview lab", "coop"),
    (
        "click",
        "https://www.reddit.com/r/UBC/comments/y91b3c/what_to_wear_coop_interview/",
        "What to wear to a co-op interview? : r/UBC",
        "coop",
    ),
    day("9 14:00"),
    search(GOOGLE, "chem 233 midterm 2 review session", "orgo"),
    (
        "click",
        "https://www.chem.ubc.ca/chem-233-review-sessions",
        "CHEM 233 review sessions | UBC Chemistry",
        "orgo",
    ),
    day("9 20:40"),
    search(GOOGLE, "custom name necklace canada delivery", "gift"),
    (
        "via",
        "https://www.etsy.com/ca/market/custom_name_necklace",
        "Custom name necklace - Etsy Canada",
        "gift",
    ),
    *insta(),
    day("10 10:00"),
    *mail(),
    day("10 16:30"),
    search(DDG, "road bike craigslist scam meet safely", "bike"),
    (
        "click",
        "https://www.vpd.ca/crime-prevention-safety/online-buying-selling/",
        "Online buying and selling safely - Vancouver Police Department",
        "bike",
    ),
    *video_home(),
]
