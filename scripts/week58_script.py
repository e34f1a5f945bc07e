"""A restaurant owner's ten days in Toronto, written in the twenty-third session after its
changes (a mail message joined by two of its words; towns' regions found by a k-d tree),
and scored before any change for it: the walk-in cooler failing (repair or replace), a
line cook hired, the city's health inspection prepared, his daughter's residence at McGill
in Montreal, a family week at an all-inclusive in Varadero (Cuba's tourist card, travel
insurance), and the HST return due. Three mail messages belong to tasks. Words cross
tasks: "toronto" is in the searches of four tasks; "insurance" of the trip only; "cook"
of the hiring; "residence" of McGill. Gmail, the Toronto Star and YouTube are opened most
days. Searches go to Google and Bing.
Used by make_week_history.py (``week58``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "marco.rinaldi.trattoria@gmail.com"
INBOX = "b7c8d9e0f1"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (21) - {ADDRESS} - Gmail", None)]


def star() -> list[Step]:
    return [("goto", "https://www.thestar.com/", "Toronto Star: Breaking News | thestar.com", None)]


STEPS: list[Step] = [
    day("1 07:00"),
    *mail(),
    *star(),
    day("1 15:30"),
    search(GOOGLE, "walk in cooler not holding temperature compressor running", "cooler"),
    page(
        "https://www.webstaurantstore.com/blog/2874/walk-in-cooler-troubleshooting.html",
        "Walk-In Cooler Troubleshooting Guide | WebstaurantStore",
        "cooler",
    ),
    page(
        "https://www.reddit.com/r/KitchenConfidential/comments/17c2k1p/walkin_wont_get_below_45/",
        "Walk-in won't get below 45 : r/KitchenConfidential",
        "cooler",
    ),
    day("1 21:30"),
    search(GOOGLE, "mcgill residence application deadline first year", "mcgill"),
    page(
        "https://www.mcgill.ca/students/housing/apply",
        "Apply for residence | Student Housing and Hospitality Services - McGill University",
        "mcgill",
    ),
    page(
        "https://www.mcgill.ca/students/housing/residences",
        "Our residences | Student Housing and Hospitality Services - McGill University",
        "mcgill",
    ),
    day("2 07:00"),
    *mail(),
    day("2 14:45"),
    search(BING, "line cook job posting template toronto wage 2026", "cook"),
    page(
        "https://ca.indeed.com/hire/job-description/line-cook",
        "Line Cook Job Description Template | Indeed for Employers",
        "cook",
    ),
    page(
        "https://www.ontario.ca/document/your-guide-employment-standards-act-0/minimum-wage",
        "Minimum wage | Your guide to the Employment Standards Act | ontario.ca",
        "cook",
    ),
    day("2 16:00"),
    search(GOOGLE, "dinesafe toronto inspection checklist what inspectors look for", "inspection"),
    page(
        "https://www.toronto.ca/community-people/health-wellness-care/health-programs-advice/food-safety/dinesafe/",
        "DineSafe - City of Toronto",
        "inspection",
    ),
    page(
        "https://www.toronto.ca/community-people/health-wellness-care/health-programs-advice/food-safety/food-premises-inspection/",
        "Food Premises Inspection and Disclosure - City of Toronto",
        "inspection",
    ),
    day("2 22:00"),
    search(GOOGLE, "varadero all inclusive family resort kids club", "cuba"),
    page(
        "https://www.tripadvisor.ca/Hotels-g150386-zfa3-Varadero_Matanzas_Province_Cuba-Hotels.html",
        "Varadero Family Resorts - Tripadvisor",
        "cuba",
    ),
    page(
        "https://www.sunwing.ca/en/destinations/cuba/varadero",
        "Varadero Vacation Packages | Sunwing",
        "cuba",
    ),
    day("3 07:00"),
    *mail(),
    *star(),
    day("3 15:00"),
    search(GOOGLE, "walk in cooler refrigeration repair toronto commercial 24 hour", "cooler"),
    page(
        "https://www.yelp.ca/search?find_desc=Commercial+Refrigeration+Repair&find_loc=Toronto%2C+ON",
        "Top 10 Best Commercial Refrigeration Repair in Toronto, ON | Yelp",
        "cooler",
    ),
    page(
        "https://www.yelp.ca/biz/polar-refrigeration-services-toronto",
        "Polar Refrigeration Services - Toronto, ON | Yelp",
        "cooler",
    ),
    day("3 21:00"),
    *video_home(),
    day("4 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1790011223344556677",
        "Quote #4471: condensing unit replacement for walk-in - Polar Refrigeration",
        "cooler",
    ),
    day("4 15:30"),
    search(GOOGLE, "hst return due date quarterly filer small business cra", "hst"),
    page(
        "https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/gst-hst-businesses/when-file.html",
        "When to file your GST/HST return - Canada.ca",
        "hst",
    ),
    page(
        "https://www.canada.ca/en/revenue-agency/services/e-services/digital-services-businesses/gst-hst-netfile.html",
        "GST/HST NETFILE - Canada.ca",
        "hst",
    ),
    day("4 21:30"),
    search(BING, "cuba tourist card canada how to get before flight", "cuba"),
    page(
        "https://travel.gc.ca/destinations/cuba",
        "Travel advice and advisories for Cuba - Travel.gc.ca",
        "cuba",
    ),
    page(
        "https://www.sunwing.ca/en/travel-info/cuba-tourist-card",
        "Cuba Tourist Card | Sunwing",
        "cuba",
    ),
    day("5 07:00"),
    *mail(),
    *star(),
    day("5 14:30"),
    search(GOOGLE, "food handler certificate toronto online course staff", "inspection"),
    page(
        "https://www.toronto.ca/community-people/health-wellness-care/health-programs-advice/food-safety/food-handler-certification/",
        "Food Handler Certification - City of Toronto",
        "inspection",
    ),
    day("5 16:00"),
    search(GOOGLE, "interview questions for line cook practical test", "cook"),
    page(
        "https://www.chefworks.com/blogs/hiring-line-cooks-interview-questions",
        "Hiring Line Cooks: 20 Interview Questions | Chef Works",
        "cook",
    ),
    day("5 22:00"),
    search(GOOGLE, "mcgill new rez vs upper rez which is better", "mcgill"),
    page(
        "https://www.reddit.com/r/mcgill/comments/12ab3cd/new_rez_vs_upper_rez/",
        "New Rez vs Upper Rez? : r/mcgill",
        "mcgill",
    ),
    day("6 09:00"),
    *mail(),
    *video_home(),
    day("6 11:00"),
    search(GOOGLE, "repair or replace condensing unit walk in cooler 15 years old", "cooler"),
    page(
        "https://www.achrnews.com/articles/walk-in-cooler-repair-or-replace",
        "Walk-In Cooler: Repair or Replace? | ACHR News",
        "cooler",
    ),
    day("6 13:00"),
    search(BING, "travel insurance cuba mandatory proof medical coverage", "cuba"),
    page(
        "https://www.ratehub.ca/travel-insurance/cuba",
        "Travel Insurance for Cuba | Ratehub.ca",
        "cuba",
    ),
    page(
        "https://www.bluecross.ca/en/travel-insurance",
        "Travel Insurance | Blue Cross",
        "cuba",
    ),
    day("6 20:00"),
    search(GOOGLE, "hst input tax credits restaurant equipment purchase", "hst"),
    page(
        "https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/gst-hst-businesses/input-tax-credits.html",
        "Input tax credits - Canada.ca",
        "hst",
    ),
    day("7 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1790011223344559911",
        "Your McGill residence offer - accept by June 15 - McGill Student Housing",
        "mcgill",
    ),
    *star(),
    day("7 15:00"),
    search(GOOGLE, "pest control log restaurant toronto inspection requirements", "inspection"),
    page(
        "https://www.ontario.ca/laws/regulation/170493",
        "O. Reg. 493/17: FOOD PREMISES | ontario.ca",
        "inspection",
    ),
    day("7 16:30"),
    search(GOOGLE, "line cook hiring toronto indeed post free or sponsored", "cook"),
    page(
        "https://ca.indeed.com/hire/pricing",
        "Indeed Job Posting Pricing | Indeed for Employers",
        "cook",
    ),
    day("8 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1790011223344561234",
        "Application for Line Cook - Daniel Osei - resume attached",
        "cook",
    ),
    day("8 14:00"),
    search(GOOGLE, "montreal moving dorm what to bring mcgill checklist", "mcgill"),
    page(
        "https://www.mcgill.ca/students/housing/moving-in",
        "Moving in | Student Housing and Hospitality Services - McGill University",
        "mcgill",
    ),
    day("8 21:00"),
    search(GOOGLE, "best time to visit varadero weather hurricane season", "cuba"),
    page(
        "https://weatherspark.com/y/24426/Average-Weather-in-Varadero-Cuba-Year-Round",
        "Varadero Climate, Weather By Month, Average Temperature (Cuba) - Weather Spark",
        "cuba",
    ),
    day("9 07:00"),
    *mail(),
    *star(),
    day("9 15:00"),
    search(BING, "commercial refrigeration financing small restaurant ontario", "cooler"),
    page(
        "https://www.bdc.ca/en/financing/equipment-loan",
        "Equipment financing | BDC.ca",
        "cooler",
    ),
    day("9 20:30"),
    search(GOOGLE, "netfile hst access code where to find", "hst"),
    page(
        "https://www.canada.ca/en/revenue-agency/services/e-services/digital-services-businesses/gst-hst-netfile/access-code.html",
        "GST/HST NETFILE access code - Canada.ca",
        "hst",
    ),
    day("10 08:00"),
    *mail(),
    *video_home(),
    day("10 13:00"),
    search(GOOGLE, "sunwing varadero deals august family of four", "cuba"),
    page(
        "https://www.sunwing.ca/en/deals/cuba",
        "Cuba Vacation Deals | Sunwing",
        "cuba",
    ),
    day("10 15:00"),
    search(GOOGLE, "dinesafe yellow card conditional pass what happens next", "inspection"),
    page(
        "https://www.toronto.ca/community-people/health-wellness-care/health-programs-advice/food-safety/dinesafe/dinesafe-signs/",
        "DineSafe Signs - City of Toronto",
        "inspection",
    ),
]
