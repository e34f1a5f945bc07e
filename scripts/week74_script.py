"""A bakery owner's ten days in Denver, written in the twenty-fifth session after its changes for
week72, and scored before any change for it: moving the shop's tills from Square to another
point-of-sale system, hiring a part-time baker, a cheaper wholesale flour supplier, her
mother's recovery from a hip replacement (home care, a walker, what Medicare pays), her
daughter's summer camp, and the quarterly sales tax return. The shop's Instagram, Gmail,
the Denver Post and the shop's own Yelp page are opened most days. Several tasks are the
shop's, and "pricing", "cost" and "best" are in most of them. Searches go to Google, Bing
and DuckDuckGo.
Used by make_week_history.py (``week74``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "hello.rosiesbakehouse@gmail.com"
INBOX = "f7a8b9c0d1"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def post() -> list[Step]:
    return [
        (
            "goto",
            "https://www.denverpost.com/",
            "The Denver Post | Denver, Colorado News & Breaking News",
            None,
        )
    ]


def yelp() -> list[Step]:
    return [
        (
            "goto",
            "https://www.yelp.com/biz/rosies-bakehouse-denver",
            "Rosie's Bakehouse - Updated 2026 - Denver, CO - Yelp",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 05:40"),
    *mail(),
    *insta(),
    day("1 14:30"),
    search(GOOGLE, "toast vs square for bakery", "pos"),
    page(
        "https://www.nerdwallet.com/article/small-business/toast-vs-square",
        "Toast vs. Square: Which POS Is Best for Restaurants? - NerdWallet",
        "pos",
    ),
    page(
        "https://pos.toasttab.com/restaurant-pos/bakery",
        "Bakery POS System | Toast POS",
        "pos",
    ),
    day("1 15:10"),
    search(BING, "hip replacement recovery at home first two weeks elderly", "mom"),
    page(
        "https://orthoinfo.aaos.org/en/recovery/activities-after-hip-replacement/",
        "Activities After Hip Replacement - OrthoInfo - AAOS",
        "mom",
    ),
    page(
        "https://www.hss.edu/conditions_hip-replacement-recovery-timeline.asp",
        "Hip Replacement Recovery Timeline | HSS",
        "mom",
    ),
    day("1 20:30"),
    *post(),
    search(GOOGLE, "denver summer camps 9 year old", "camp"),
    page(
        "https://www.denver.gov/Government/Departments/Parks-Recreation/Camps",
        "Summer Camps - City and County of Denver",
        "camp",
    ),
    day("2 05:30"),
    *mail(),
    *yelp(),
    day("2 13:45"),
    search(DDG, "hiring part time baker job description early morning", "hire"),
    page(
        "https://www.indeed.com/hire/job-description/baker",
        "Baker Job Description [Updated for 2026] | Indeed",
        "hire",
    ),
    page(
        "https://www.indeed.com/cmp/Rosies-Bakehouse/jobs",
        "Rosie's Bakehouse Jobs | Indeed",
        "hire",
    ),
    day("2 15:00"),
    search(GOOGLE, "wholesale flour 50 lb price denver bakery supplier", "flour"),
    page(
        "https://www.shopbakersauthority.com/flour",
        "Bulk Flour - 50 lb Bags | Baker's Authority",
        "flour",
    ),
    page(
        "https://www.restaurantdepot.com/locations/denver",
        "Denver, CO | Restaurant Depot",
        "flour",
    ),
    day("2 21:00"),
    search(BING, "does medicare cover in home physical therapy after hip replacement", "mom"),
    page(
        "https://www.medicare.gov/coverage/home-health-services",
        "Home health services coverage - Medicare",
        "mom",
    ),
    day("3 05:35"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1824556677889900001",
        "Your Q2 sales tax return is due July 20 - Colorado Department of Revenue",
        "tax",
    ),
    *insta(),
    day("3 14:00"),
    search(GOOGLE, "colorado sales tax return file online revenue online", "tax"),
    page(
        "https://tax.colorado.gov/revenue-online",
        "Revenue Online | Department of Revenue - Taxation",
        "tax",
    ),
    page(
        "https://tax.colorado.gov/sales-tax-filing-frequency",
        "Sales Tax Filing Frequency | Department of Revenue - Taxation",
        "tax",
    ),
    day("3 15:30"),
    search(GOOGLE, "square to toast switch migrate menu items", "pos"),
    page(
        "https://community.toasttab.com/s/article/Importing-Menu-Items-from-Another-POS",
        "Importing Menu Items from Another POS - Toast Community",
        "pos",
    ),
    page(
        "https://www.reddit.com/r/smallbusiness/comments/1j2k3l4/switched_from_square_to_toast_regrets/",
        "Switched from Square to Toast - regrets? : r/smallbusiness",
        "pos",
    ),
    day("3 20:00"),
    *post(),
    day("4 05:40"),
    *mail(),
    *yelp(),
    day("4 13:30"),
    search(DDG, "baker hourly wage denver 2026", "hire"),
    page(
        "https://www.glassdoor.com/Salaries/denver-baker-salary-SRCH_IL.0,6_IM234_KO7,12.htm",
        "Baker Salary in Denver, CO | Glassdoor",
        "hire",
    ),
    day("4 14:30"),
    search(BING, "best walker with seat for elderly after hip surgery", "mom"),
    page(
        "https://www.amazon.com/Drive-Medical-Rollator-Walker-Seat/dp/B005CSLX9A",
        "Amazon.com: Drive Medical Rollator Walker with Seat",
        "mom",
    ),
    page(
        "https://www.verywellhealth.com/best-rollators-4172215",
        "The 8 Best Rollator Walkers of 2026 | Verywell Health",
        "mom",
    ),
    day("4 21:00"),
    search(GOOGLE, "ymca denver day camp registration summer", "camp"),
    page(
        "https://www.denverymca.org/programs/camps/day-camps",
        "Day Camps | YMCA of Metropolitan Denver",
        "camp",
    ),
    page(
        "https://www.denverymca.org/programs/camps/day-camps/financial-assistance",
        "Camp Financial Assistance | YMCA of Metropolitan Denver",
        "camp",
    ),
    day("5 05:30"),
    *mail(),
    *insta(),
    day("5 13:40"),
    search(GOOGLE, "king arthur flour wholesale account bakery", "flour"),
    page(
        "https://www.kingarthurbaking.com/professional/wholesale",
        "Wholesale & Foodservice | King Arthur Baking",
        "flour",
    ),
    page(
        "https://www.kingarthurbaking.com/professional/contact",
        "Contact Our Professional Team | King Arthur Baking",
        "flour",
    ),
    day("5 15:00"),
    search(GOOGLE, "toast pos pricing hardware cost per terminal", "pos"),
    page(
        "https://pos.toasttab.com/pricing",
        "Toast POS Pricing | Toast",
        "pos",
    ),
    day("5 20:30"),
    *post(),
    day("6 05:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1824556677889900002",
        "New application for Part-Time Baker (Early Mornings) - Indeed",
        "hire",
    ),
    *yelp(),
    day("6 13:30"),
    search(DDG, "interview questions for bakery baker position", "hire"),
    page(
        "https://www.betterteam.com/baker-interview-questions",
        "Baker Interview Questions | Betterteam",
        "hire",
    ),
    day("6 15:00"),
    search(BING, "home health aide cost per hour denver", "mom"),
    page(
        "https://www.genworth.com/aging-and-you/finances/cost-of-care.html",
        "Cost of Care Survey | Genworth",
        "mom",
    ),
    page(
        "https://www.caring.com/senior-living/home-care/colorado/denver",
        "The 10 Best Home Care Agencies in Denver, CO | Caring.com",
        "mom",
    ),
    day("7 06:00"),
    *mail(),
    *insta(),
    day("7 14:00"),
    search(GOOGLE, "colorado sales tax rate denver city and county combined", "tax"),
    page(
        "https://www.denvergov.org/Government/Agencies-Departments-Offices/Finance/Business-Tax",
        "Business Tax - City and County of Denver",
        "tax",
    ),
    page(
        "https://www.avalara.com/taxrates/en/state-rates/colorado/cities/denver.html",
        "Denver sales tax rate | Avalara",
        "tax",
    ),
    day("7 19:30"),
    search(GOOGLE, "camp inventions denver stem camp ages 8-10", "camp"),
    page(
        "https://www.invent.org/programs/camp-invention/find-a-location",
        "Find a Camp Invention Location | National Inventors Hall of Fame",
        "camp",
    ),
    day("8 05:30"),
    *mail(),
    *yelp(),
    day("8 13:30"),
    search(GOOGLE, "high protein bread flour vs all purpose for croissants", "flour"),
    page(
        "https://www.seriouseats.com/bread-flour-vs-all-purpose-flour",
        "Bread Flour vs. All-Purpose Flour | Serious Eats",
        "flour",
    ),
    day("8 15:00"),
    search(GOOGLE, "toast pos contract length cancellation fee", "pos"),
    page(
        "https://www.reddit.com/r/restaurantowners/comments/1k5l6m7/toast_contract_cancellation/",
        "Toast contract cancellation fee - watch out : r/restaurantowners",
        "pos",
    ),
    *tab(
        "https://www.clover.com/pos-systems/bakery",
        "Bakery POS System | Clover",
        "pos",
    ),
    day("9 05:40"),
    *mail(),
    *insta(),
    day("9 14:00"),
    search(BING, "colorado revenue online sales tax return zero rows locations", "tax"),
    page(
        "https://tax.colorado.gov/sales-tax-guide",
        "Sales Tax Guide | Department of Revenue - Taxation",
        "tax",
    ),
    day("9 20:00"),
    search(GOOGLE, "signs of blood clot after hip replacement", "mom"),
    page(
        "https://my.clevelandclinic.org/health/diseases/16911-blood-clots",
        "Blood Clots: Causes, Symptoms, Treatment & Prevention - Cleveland Clinic",
        "mom",
    ),
    day("10 05:30"),
    *mail(),
    *yelp(),
    day("10 13:30"),
    search(DDG, "food handler card colorado new employee", "hire"),
    page(
        "https://cdphe.colorado.gov/food-safety-education",
        "Food safety education | Colorado Department of Public Health",
        "hire",
    ),
    day("10 15:00"),
    search(GOOGLE, "ymca camp waitlist what are my chances", "camp"),
    page(
        "https://www.reddit.com/r/Denver/comments/1m8n9o0/ymca_summer_camp_waitlist/",
        "YMCA summer camp waitlist? : r/Denver",
        "camp",
    ),
]
