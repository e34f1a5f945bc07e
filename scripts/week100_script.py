"""A restaurant owner's ten days in Chicago, on the office computer of his restaurant,
written in the thirtieth session after step 57, and scored before any change for it: a
city health inspection to prepare for, a new point-of-sale system (Toast or Square), a line
cook to hire, the walk-in cooler failing, his daughter's financial aid forms for college,
and physical therapy for his lower back. Gmail, ESPN and Facebook are opened most days.
Searches go to Google and Bing.
Used by make_week_history.py (``week100``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "tony.marchetti.chi@gmail.com"
INBOX = "7c1e4a9b35"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (23) - {ADDRESS} - Gmail", None)]


def espn() -> list[Step]:
    return [
        ("goto", "https://www.espn.com/", "ESPN - Serving Sports Fans. Anytime. Anywhere.", None)
    ]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *espn(),
    day("1 09:00"),
    search(GOOGLE, "chicago restaurant health inspection checklist 2027", "inspection"),
    page(
        "https://www.chicago.gov/city/en/depts/cdph/provdrs/food_safety/svcs/food_establishmentinspections.html",
        "Food Establishment Inspections - City of Chicago",
        "inspection",
    ),
    search(GOOGLE, "walk in cooler temperature requirement 41 degrees log sheet", "inspection"),
    page(
        "https://www.statefoodsafety.com/resources/resources/temperature-log",
        "Free Temperature Log Sheet | StateFoodSafety",
        "inspection",
    ),
    day("1 15:00"),
    search(BING, "toast vs square for restaurants fees comparison", "pos"),
    page(
        "https://www.nerdwallet.com/article/small-business/toast-vs-square-for-restaurants",
        "Toast vs. Square for Restaurants: Which POS Is Best? - NerdWallet",
        "pos",
    ),
    day("1 22:00"),
    *facebook(),
    day("2 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859120078901234101",
        "Action needed: Maria's FAFSA is missing a parent signature",
        "fafsa",
    ),
    day("2 08:00"),
    search(GOOGLE, "fafsa parent contributor signature fsa id how to", "fafsa"),
    page(
        "https://studentaid.gov/help-center/answers/article/contributor-fsa-id",
        "How do contributors sign the FAFSA form? | Federal Student Aid",
        "fafsa",
    ),
    search(GOOGLE, "fafsa small business owner net worth report", "fafsa"),
    page(
        "https://www.reddit.com/r/financialaid/comments/1b9x2qv/do_i_report_my_small_business_on_fafsa/",
        "Do I report my small business on FAFSA? : r/financialaid",
        "fafsa",
    ),
    day("2 10:30"),
    search(GOOGLE, "walk in cooler not cooling compressor running fan iced up", "cooler"),
    page(
        "https://www.webstaurantstore.com/article/381/walk-in-cooler-troubleshooting.html",
        "Walk-In Cooler Troubleshooting Guide - WebstaurantStore",
        "cooler",
    ),
    search(GOOGLE, "commercial refrigeration repair chicago same day", "cooler"),
    page(
        "https://www.yelp.com/search?find_desc=Commercial+Refrigeration+Repair&find_loc=Chicago%2C+IL",
        "Top 10 Best Commercial Refrigeration Repair in Chicago, IL - Yelp",
        "cooler",
    ),
    day("2 21:00"),
    *espn(),
    day("3 07:30"),
    *mail(),
    day("3 09:30"),
    search(BING, "line cook job posting template indeed", "hiring"),
    page(
        "https://www.indeed.com/hire/job-description/line-cook",
        "Line Cook Job Description [Updated for 2027] | Indeed",
        "hiring",
    ),
    search(BING, "line cook hourly wage chicago 2027", "hiring"),
    page(
        "https://www.glassdoor.com/Salaries/chicago-line-cook-salary-SRCH_IL.0,7_IM167_KO8,17.htm",
        "Line Cook Salary in Chicago, IL - Glassdoor",
        "hiring",
    ),
    day("3 16:00"),
    search(GOOGLE, "lower back pain physical therapy near me blue cross ppo", "back"),
    page(
        "https://www.athletico.com/locations/chicago-il/",
        "Physical Therapy in Chicago, IL | Athletico",
        "back",
    ),
    day("4 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859120078901234202",
        "Service ticket #48213: evaporator fan motor replaced - Polar Mechanical",
        "cooler",
    ),
    *espn(),
    day("4 10:00"),
    search(GOOGLE, "toast pos hardware cost kitchen display system", "pos"),
    page(
        "https://pos.toasttab.com/pricing",
        "Pricing | Toast POS",
        "pos",
    ),
    *tab(
        "https://www.youtube.com/watch?v=Vb2P4qLm8xA",
        "Toast POS Review After 2 Years: The Good and the Bad - YouTube",
        "pos",
    ),
    day("4 14:30"),
    search(GOOGLE, "how to pass a chicago health inspection pest control records", "inspection"),
    page(
        "https://www.reddit.com/r/KitchenConfidential/comments/15g8h0v/health_inspection_tips_chicago/",
        "Health inspection tips (Chicago)? : r/KitchenConfidential",
        "inspection",
    ),
    day("4 22:00"),
    *facebook(),
    day("5 07:30"),
    *mail(),
    day("5 09:00"),
    search(BING, "exercises for lower back pain after standing all day", "back"),
    page(
        "https://www.mayoclinic.org/healthy-lifestyle/adult-health/in-depth/back-pain/art-20546859",
        "Back exercises in 15 minutes a day - Mayo Clinic",
        "back",
    ),
    day("5 11:00"),
    search(GOOGLE, "css profile vs fafsa which colleges require", "fafsa"),
    page(
        "https://bigfuture.collegeboard.org/pay-for-college/financial-aid-101/css-profile",
        "CSS Profile | BigFuture - College Board",
        "fafsa",
    ),
    day("5 21:00"),
    *espn(),
    day("6 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859120078901234303",
        "New application for Line Cook - Marchetti's Trattoria",
        "hiring",
    ),
    day("6 10:00"),
    search(GOOGLE, "interview questions for line cook stage trial shift", "hiring"),
    page(
        "https://www.restaurantowner.com/public/Hiring-Line-Cooks-Interview-Questions.cfm",
        "Hiring Line Cooks: Interview Questions and Stage Tips | RestaurantOwner.com",
        "hiring",
    ),
    day("6 15:00"),
    search(GOOGLE, "food handler certificate employees illinois requirement", "inspection"),
    page(
        "https://dph.illinois.gov/topics-services/food-safety/food-handler-training.html",
        "Food Handler Training | IDPH",
        "inspection",
    ),
    day("7 07:30"),
    *mail(),
    *espn(),
    day("7 09:30"),
    search(BING, "square for restaurants offline mode card payments", "pos"),
    page(
        "https://squareup.com/help/us/en/article/7777-process-card-payments-with-offline-mode",
        "Process card payments with Offline Mode | Square Support Center",
        "pos",
    ),
    day("7 16:00"),
    search(GOOGLE, "walk in cooler door gasket replacement cost", "cooler"),
    page(
        "https://www.partstown.com/walk-in-door-gaskets",
        "Walk-In Cooler Door Gaskets | Parts Town",
        "cooler",
    ),
    day("7 22:00"),
    *facebook(),
    day("8 07:30"),
    *mail(),
    day("8 08:30"),
    search(GOOGLE, "dry needling vs massage for lower back muscle spasm", "back"),
    page(
        "https://www.healthline.com/health/dry-needling-vs-acupuncture",
        "Dry Needling vs. Acupuncture: What's the Difference? - Healthline",
        "back",
    ),
    day("8 11:00"),
    search(GOOGLE, "verification selected fafsa what documents irs transcript", "fafsa"),
    page(
        "https://studentaid.gov/apply-for-aid/fafsa/review-and-correct/verification",
        "FAFSA Verification | Federal Student Aid",
        "fafsa",
    ),
    day("9 07:30"),
    *mail(),
    *espn(),
    day("9 10:00"),
    search(GOOGLE, "chicago health inspection critical violation reinspection fee", "inspection"),
    page(
        "https://www.chicago.gov/city/en/depts/cdph/supp_info/food-protection/reinspections.html",
        "Reinspections - City of Chicago",
        "inspection",
    ),
    day("9 15:00"),
    search(BING, "background check line cook legal illinois ban the box", "hiring"),
    page(
        "https://www.illinoislegalaid.org/legal-information/ban-box-illinois",
        "Ban the box in Illinois | Illinois Legal Aid Online",
        "hiring",
    ),
    day("10 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1859120078901234404",
        "Your Toast demo is confirmed for Thursday 3:00 PM",
        "pos",
    ),
    day("10 09:00"),
    search(GOOGLE, "toast pos contract length early termination fee", "pos"),
    page(
        "https://www.reddit.com/r/restaurantowners/comments/16k2w3e/toast_contract_termination_fee/",
        "Toast contract termination fee? : r/restaurantowners",
        "pos",
    ),
    day("10 22:00"),
    *facebook(),
]
