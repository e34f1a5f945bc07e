"""A high-school teacher's ten days in Phoenix, written at the start of the twenty-third
session, before any change of it, and scored before any change for it: a long weekend at
Lake Powell (a houseboat or a campsite, Antelope Canyon's tours, the drive), her son's ADHD
evaluation, a grant for her classroom's robotics kits, the roof leaking after a monsoon
storm (a roofer, the insurance claim), the car's air conditioning blowing warm, and a
retirement plan question (a 403(b) or a Roth IRA). Words cross tasks: "phoenix" is in the
searches of four tasks; "claim" of the roof only; "kit" of the robotics only; "ac" of the
car only; "tour" of the canyon. Gmail, Reddit and YouTube are opened most days, the
Arizona Republic's front page some. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week57``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, forum, gmail_message, page, search, tab, video_home

ADDRESS = "mrs.delgado.teach@gmail.com"
PAGE = "https://www.nps.gov/glca"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (12) - {ADDRESS} - Gmail", None)]


def azcentral() -> list[Step]:
    return [
        (
            "goto",
            "https://www.azcentral.com/",
            "Phoenix news, sports, weather | The Arizona Republic",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 06:30"),
    *mail(),
    *azcentral(),
    day("1 16:30"),
    search(GOOGLE, "lake powell houseboat rental 3 nights price", "powell"),
    page(
        "https://www.lakepowell.com/houseboats/",
        "Houseboat Rentals on Lake Powell | Lake Powell Resorts & Marinas",
        "powell",
    ),
    page(
        "https://www.lakepowell.com/houseboats/16-person-houseboat/",
        "16 Person Houseboat | Lake Powell Resorts & Marinas",
        "powell",
    ),
    day("1 19:00"),
    search(GOOGLE, "roof leaking after monsoon storm what to do first", "roof"),
    page(
        "https://www.bobvila.com/articles/roof-leak-what-to-do/",
        "What to Do When Your Roof Is Leaking | Bob Vila",
        "roof",
    ),
    page(
        "https://www.reddit.com/r/phoenix/comments/15k2a9d/roof_leak_after_storm_recommendations/",
        "Roof leak after last night's storm - recommendations? : r/phoenix",
        "roof",
    ),
    day("1 21:00"),
    *forum(),
    *video_home(),
    day("2 06:30"),
    *mail(),
    day("2 15:45"),
    search(DDG, "classroom grant robotics high school arizona teachers", "grant"),
    page(
        "https://www.donorschoose.org/teachers",
        "Teachers | DonorsChoose",
        "grant",
    ),
    page(
        "https://www.aps.com/en/Community-and-Environment/Giving-Back/Grants",
        "Community Grants | APS",
        "grant",
    ),
    day("2 17:00"),
    search(GOOGLE, "adhd evaluation teenager phoenix psychologist insurance", "adhd"),
    page(
        "https://www.psychologytoday.com/us/psychologists/az/phoenix?category=adhd",
        "ADHD Psychologists in Phoenix, AZ | Psychology Today",
        "adhd",
    ),
    page(
        "https://www.psychologytoday.com/us/psychologists/dr-lena-moss-phoenix-az/812345",
        "Dr. Lena Moss, Psychologist, Phoenix, AZ | Psychology Today",
        "adhd",
    ),
    day("2 20:30"),
    search(GOOGLE, "car ac blowing warm air after sitting recharge cost", "ac"),
    page(
        "https://www.repairpal.com/estimator/ac-recharge-cost",
        "AC Recharge Cost Estimate | RepairPal",
        "ac",
    ),
    page(
        "https://www.reddit.com/r/MechanicAdvice/comments/14b7x2q/ac_blows_cold_then_warm/",
        "AC blows cold then warm at idle : r/MechanicAdvice",
        "ac",
    ),
    day("3 06:30"),
    *mail(),
    *azcentral(),
    day("3 16:00"),
    search(GOOGLE, "roofers phoenix tile roof underlayment repair reviews", "roof"),
    page(
        "https://www.yelp.com/search?find_desc=Tile+Roof+Repair&find_loc=Phoenix%2C+AZ",
        "Top 10 Best Tile Roof Repair in Phoenix, AZ | Yelp",
        "roof",
    ),
    page(
        "https://www.yelp.com/biz/sonoran-roofing-phoenix",
        "Sonoran Roofing - Phoenix, AZ | Yelp",
        "roof",
    ),
    day("3 18:30"),
    search(GOOGLE, "antelope canyon tour upper or lower which is better", "powell"),
    page(
        "https://www.antelopecanyon.com/tours/",
        "Upper & Lower Antelope Canyon Tours | Page, Arizona",
        "powell",
    ),
    page(
        "https://www.tripadvisor.com/ShowTopic-g60834-i406-k13012345-Upper_vs_Lower.html",
        "Upper vs Lower? - Page Forum - Tripadvisor",
        "powell",
    ),
    day("3 21:00"),
    *video_home(),
    day("4 06:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a1b2c3d4e5",
        "1781234567890123456",
        "Evaluation intake forms for Mateo - Desert Minds Psychology",
        "adhd",
    ),
    day("4 15:30"),
    search(GOOGLE, "vex iq vs lego spike prime for high school classroom", "grant"),
    page(
        "https://www.vexrobotics.com/iq",
        "VEX IQ | VEX Robotics",
        "grant",
    ),
    page(
        "https://education.lego.com/en-us/products/lego-education-spike-prime-set/45678/",
        "LEGO Education SPIKE Prime Set | LEGO Education",
        "grant",
    ),
    day("4 17:30"),
    search(DDG, "403b vs roth ira teacher arizona which first", "retire"),
    page(
        "https://www.nerdwallet.com/article/investing/403b-vs-roth-ira",
        "403(b) vs. Roth IRA: Which Is Better? - NerdWallet",
        "retire",
    ),
    page(
        "https://www.azasrs.gov/content/supplemental-retirement-savings-plan",
        "Supplemental Retirement Savings Plan | Arizona State Retirement System",
        "retire",
    ),
    day("4 21:00"),
    *forum(),
    day("5 07:00"),
    *mail(),
    day("5 10:00"),
    search(GOOGLE, "homeowners insurance claim roof leak storm damage deductible", "roof"),
    page(
        "https://www.statefarm.com/simple-insights/residence/does-homeowners-insurance-cover-roof-leaks",
        "Does Homeowners Insurance Cover Roof Leaks? | State Farm",
        "roof",
    ),
    page(
        "https://www.statefarm.com/claims/home-and-property/file-claim",
        "File a Home Insurance Claim | State Farm",
        "roof",
    ),
    day("5 13:00"),
    search(GOOGLE, "phoenix to page az drive stops", "powell"),
    page(
        "https://www.visitarizona.com/itineraries/phoenix-to-page-road-trip",
        "Phoenix to Page Road Trip | Visit Arizona",
        "powell",
    ),
    day("5 16:00"),
    search(GOOGLE, "auto ac repair phoenix compressor clutch not engaging", "ac"),
    page(
        "https://www.yelp.com/search?find_desc=Auto+AC+Repair&find_loc=Phoenix%2C+AZ",
        "Top 10 Best Auto AC Repair in Phoenix, AZ | Yelp",
        "ac",
    ),
    page(
        "https://www.yelp.com/biz/cool-ride-auto-air-phoenix",
        "Cool Ride Auto Air - Phoenix, AZ | Yelp",
        "ac",
    ),
    day("5 20:00"),
    *video_home(),
    day("6 09:00"),
    *mail(),
    *azcentral(),
    day("6 11:00"),
    search(GOOGLE, "what to expect adhd testing 15 year old how long", "adhd"),
    page(
        "https://www.additudemag.com/adhd-testing-teens-what-to-expect/",
        "ADHD Testing for Teens: What to Expect | ADDitude",
        "adhd",
    ),
    day("6 14:00"),
    search(GOOGLE, "lone rock beach camping permit glen canyon", "powell"),
    page(
        f"{PAGE}/planyourvisit/lone-rock-beach.htm",
        "Lone Rock Beach - Glen Canyon National Recreation Area (U.S. National Park Service)",
        "powell",
    ),
    page(
        f"{PAGE}/planyourvisit/fees.htm",
        "Fees & Passes - Glen Canyon National Recreation Area",
        "powell",
    ),
    day("6 16:30"),
    search(DDG, "donorschoose project description example robotics", "grant"),
    page(
        "https://help.donorschoose.org/hc/en-us/articles/writing-your-project",
        "Writing your project | DonorsChoose Help Center",
        "grant",
    ),
    day("6 21:00"),
    *forum(),
    *video_home(),
    day("7 06:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a1b2c3d4e5",
        "1781234567890129999",
        "Claim 47-8812 update: adjuster visit scheduled - State Farm",
        "roof",
    ),
    day("7 16:00"),
    search(GOOGLE, "refrigerant r134a vs r1234yf which does my car use 2016 camry", "ac"),
    page(
        "https://www.autozone.com/diy/air-conditioning/r134a-vs-r1234yf",
        "R134a vs R1234yf Refrigerant | AutoZone",
        "ac",
    ),
    day("7 18:00"),
    search(GOOGLE, "roth ira income limit 2026 married filing jointly", "retire"),
    page(
        "https://www.irs.gov/retirement-plans/amount-of-roth-ira-contributions-that-you-can-make-for-2026",
        "Amount of Roth IRA contributions that you can make for 2026 | Internal Revenue Service",
        "retire",
    ),
    day("8 06:30"),
    *mail(),
    *azcentral(),
    day("8 15:30"),
    search(GOOGLE, "504 plan vs iep adhd high school arizona", "adhd"),
    page(
        "https://www.understood.org/en/articles/the-difference-between-ieps-and-504-plans",
        "The Difference Between IEPs and 504 Plans | Understood",
        "adhd",
    ),
    page(
        "https://www.azed.gov/specialeducation/504",
        "Section 504 | Arizona Department of Education",
        "adhd",
    ),
    day("8 19:00"),
    search(GOOGLE, "houseboat vs camping lake powell with kids pros cons", "powell"),
    page(
        "https://www.reddit.com/r/LakePowell/comments/13xk2p1/houseboat_or_camp_with_kids/",
        "Houseboat or camp with kids? : r/LakePowell",
        "powell",
    ),
    day("9 06:30"),
    *mail(),
    day("9 16:00"),
    search(GOOGLE, "roof tarp emergency before adjuster comes photos", "roof"),
    page(
        "https://www.homedepot.com/b/Hardware-Tarps/N-5yc1vZc2h6",
        "Tarps - The Home Depot",
        "roof",
    ),
    day("9 18:00"),
    search(DDG, "arduino robotics kit classroom set of 10 under 1500", "grant"),
    page(
        "https://www.sparkfun.com/categories/classroom-kits",
        "Classroom Kits - SparkFun Electronics",
        "grant",
    ),
    day("9 21:00"),
    *video_home(),
    day("10 08:30"),
    *mail(),
    *tab(
        "https://www.lakepowell.com/houseboats/16-person-houseboat/",
        "16 Person Houseboat | Lake Powell Resorts & Marinas",
        "powell",
    ),
    day("10 11:00"),
    search(GOOGLE, "asrs supplemental plan vs roth ira fees", "retire"),
    page(
        "https://www.bogleheads.org/forum/viewtopic.php?t=412345",
        "ASRS 457 / supplemental plan vs Roth IRA - Bogleheads.org",
        "retire",
    ),
    day("10 14:00"),
    *forum(),
]
