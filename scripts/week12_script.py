"""A university student's week in Madison: a history essay on the French Revolution, a
summer software internship to apply for, a friend's surprise 21st birthday, a laptop that
overheats, cheap meals to cook, and a summer sublet. Habits: the course site, mail, video,
a forum, music. Written in the eleventh session after its gathering and regrouping
changes, and scored before any change for it: words shared across tasks ("summer" for the
internship and the sublet, "cheap" for meals and a sheet-pan recipe, "madison" for the
birthday, the internship and the sublet), searches on Google and DuckDuckGo, in-site
searches (YouTube, Amazon, Reddit), tabs opened from results, and side steps ("chicago
citation footnote example", "how to clean laptop fan without compressed air", "lease
takeover vs sublet").
Used by make_week_history.py (``week12``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, search

YT = "https://www.youtube.com"
RD = "https://www.reddit.com"
AZ = "https://www.amazon.com"
CANVAS = "https://canvas.wisc.edu"
JSTOR = "https://www.jstor.org"
LI = "https://www.linkedin.com"


def course() -> list[Step]:
    return [("goto", f"{CANVAS}/", "Dashboard - Canvas", None)]


def mail() -> list[Step]:
    return [("goto", "https://outlook.office.com/mail/", "Mail - Jamie Ortiz - Outlook", None)]


def video() -> list[Step]:
    return [("goto", f"{YT}/", "YouTube", None)]


def forum() -> list[Step]:
    return [("goto", f"{RD}/", "Reddit - Dive into anything", None)]


def music() -> list[Step]:
    return [("goto", "https://open.spotify.com/", "Spotify - Web Player: Music for everyone", None)]


STEPS: list[Step] = [
    day("1 09:40"),
    *course(),
    (
        "click",
        f"{CANVAS}/courses/41822/assignments/210344",
        "Essay 2: Causes of the French Revolution - HIST 201",
        "essay",
    ),
    search(GOOGLE, "causes of the french revolution historiography", "essay"),
    (
        "via",
        "https://www.britannica.com/event/French-Revolution/Causes",
        "French Revolution - Causes | Britannica",
        "essay",
    ),
    (
        "tab",
        f"{JSTOR}/stable/1860912",
        "The Origins of the French Revolution: A Historiographical Survey on JSTOR",
        "essay",
    ),
    ("close", "", "", "essay"),
    *mail(),
    day("1 14:20"),
    search(GOOGLE, "software engineering internship summer 2027 new grad madison", "internship"),
    (
        "click",
        f"{LI}/jobs/search/?keywords=software%20engineering%20intern&location=Madison",
        "Software Engineering Intern jobs in Madison, WI | LinkedIn",
        "internship",
    ),
    (
        "click",
        f"{LI}/jobs/view/3998877665",
        "Software Engineering Intern, Summer 2027 - Epic | LinkedIn",
        "internship",
    ),
    search(GOOGLE, "laptop fan loud and hot when charging", "laptop"),
    (
        "click",
        f"{RD}/r/techsupport/comments/1b2c3d/laptop_fan_loud_and_hot_while_charging/",
        "Laptop fan loud and hot while charging : r/techsupport",
        "laptop",
    ),
    day("1 22:10"),
    *video(),
    *music(),
    day("2 10:05"),
    *course(),
    search(DDG, "tennis court oath significance", "essay"),
    (
        "click",
        "https://www.history.com/topics/france/tennis-court-oath",
        "Tennis Court Oath - Definition, Date & Significance | HISTORY",
        "essay",
    ),
    search(DDG, "estates general 1789 third estate grievances", "essay"),
    (
        "click",
        "https://www.khanacademy.org/humanities/world-history/french-revolution/estates-general",
        "The Estates-General of 1789 (article) | Khan Academy",
        "essay",
    ),
    day("2 17:45"),
    search(GOOGLE, "surprise 21st birthday party ideas on a budget", "birthday"),
    (
        "via",
        "https://www.partycity.com/blog/21st-birthday-party-ideas",
        "21st Birthday Party Ideas | Party City",
        "birthday",
    ),
    search(GOOGLE, "cheap easy meals for college students", "meals"),
    (
        "click",
        "https://www.budgetbytes.com/category/extra-bites/college-meals/",
        "Cheap Meals for College Students - Budget Bytes",
        "meals",
    ),
    (
        "tab",
        "https://www.budgetbytes.com/one-pot-chili-mac/",
        "One Pot Chili Mac - Budget Bytes",
        "meals",
    ),
    ("close", "", "", "meals"),
    day("2 23:00"),
    *forum(),
    day("3 09:30"),
    *mail(),
    search(GOOGLE, "how to write a cover letter for a software internship", "internship"),
    (
        "click",
        "https://www.indeed.com/career-advice/cover-letter-samples/software-engineering-intern",
        "Software Engineering Intern Cover Letter Example | Indeed.com",
        "internship",
    ),
    search(GOOGLE, "epic systems internship interview questions", "internship"),
    (
        "via",
        "https://www.glassdoor.com/Interview/Epic-Software-Developer-Intern-Interview-Questions",
        "Epic Software Developer Intern Interview Questions | Glassdoor",
        "internship",
    ),
    day("3 15:10"),
    search(GOOGLE, "summer sublet madison near campus", "sublet"),
    (
        "click",
        "https://madison.craigslist.org/search/sub?query=near+campus",
        'madison sublets & temporary "near campus" - craigslist',
        "sublet",
    ),
    (
        "click",
        "https://madison.craigslist.org/sub/d/madison-summer-sublet-langdon-st/7812345678.html",
        "Summer sublet on Langdon St, 1BR in 3BR - sublets & temporary - craigslist",
        "sublet",
    ),
    search(GOOGLE, "how to clean laptop fan without compressed air", "laptop"),
    (
        "click",
        f"{YT}/watch?v=Qz7nL3pX0fA",
        "How to Clean Your Laptop Fan Without Compressed Air - YouTube",
        "laptop",
    ),
    day("3 21:30"),
    *video(),
    day("4 10:00"),
    *course(),
    search(GOOGLE, "chicago citation footnote example book", "essay"),
    (
        "click",
        "https://www.chicagomanualofstyle.org/tools_citationguide/citation-guide-1.html",
        "Chicago-Style Citation Quick Guide",
        "essay",
    ),
    search(GOOGLE, "bread prices 1789 france famine", "essay"),
    (
        "click",
        f"{JSTOR}/stable/1857534",
        "The Price of Bread and the French Revolution on JSTOR",
        "essay",
    ),
    day("4 16:30"),
    (
        "goto",
        f"{AZ}/s?k=laptop+cooling+pad",
        "Amazon.com : laptop cooling pad",
        "laptop",
    ),
    (
        "click",
        f"{AZ}/Havit-HV-F2056-Cooler-Cooling/dp/B00NNMB3KS",
        'Havit HV-F2056 15.6"-17" Laptop Cooler Cooling Pad - Amazon.com',
        "laptop",
    ),
    search(GOOGLE, "escape room madison group of 10", "birthday"),
    (
        "click",
        "https://www.escapemadison.com/book",
        "Book a Room | Escape Madison",
        "birthday",
    ),
    search(GOOGLE, "bar with private room madison birthday", "birthday"),
    (
        "click",
        "https://www.yelp.com/search?find_desc=Bars+With+Private+Rooms&find_loc=Madison%2C+WI",
        "Top 10 Best Bars With Private Rooms near Madison, WI - Yelp",
        "birthday",
    ),
    day("4 22:15"),
    *forum(),
    *music(),
    day("5 11:00"),
    *mail(),
    search(DDG, "lease takeover vs sublet wisconsin", "sublet"),
    (
        "click",
        "https://www.tenantresourcecenter.org/subletting",
        "Subletting | Tenant Resource Center",
        "sublet",
    ),
    (
        "goto",
        f"{RD}/r/UWMadison/search/?q=summer+sublet",
        "r/UWMadison - search results - summer sublet",
        "sublet",
    ),
    (
        "click",
        f"{RD}/r/UWMadison/comments/1c4d5e/summer_sublet_megathread/",
        "Summer Sublet Megathread : r/UWMadison",
        "sublet",
    ),
    search(GOOGLE, "meal prep sunday beginner grocery list under 40", "meals"),
    (
        "click",
        "https://www.eatingwell.com/gallery/7948812/cheap-meal-prep-plan/",
        "Cheap Meal-Prep Plan for Beginners | EatingWell",
        "meals",
    ),
    day("5 18:40"),
    (
        "goto",
        f"{YT}/results?search_query=leetcode+arrays+and+hashing+explained",
        "leetcode arrays and hashing explained - YouTube",
        "internship",
    ),
    (
        "click",
        f"{YT}/watch?v=KLlXCFG5TnA",
        "Arrays & Hashing - Leetcode Patterns Explained - YouTube",
        "internship",
    ),
    day("5 23:20"),
    *video(),
    day("6 12:30"),
    search(GOOGLE, "french revolution essay thesis statement examples", "essay"),
    (
        "click",
        "https://www.bartleby.com/essay/French-Revolution-Thesis-Statement",
        "French Revolution Thesis Statement Examples | Bartleby",
        "essay",
    ),
    search(GOOGLE, "custom birthday cake madison order 2 days", "birthday"),
    (
        "click",
        "https://www.greenbushbakery.com/custom-cakes",
        "Custom Cakes | Greenbush Bakery",
        "birthday",
    ),
    search(GOOGLE, "sheet pan gnocchi recipe cheap", "meals"),
    (
        "click",
        "https://www.budgetbytes.com/sheet-pan-gnocchi/",
        "Sheet Pan Gnocchi - Budget Bytes",
        "meals",
    ),
    day("6 20:00"),
    *forum(),
    day("7 10:15"),
    *course(),
    (
        "goto",
        f"{CANVAS}/courses/41822/assignments/210344",
        "Essay 2: Causes of the French Revolution - HIST 201",
        "essay",
    ),
    search(GOOGLE, "laptop still overheating after cleaning fan thermal paste", "laptop"),
    (
        "click",
        "https://www.tomshardware.com/how-to/apply-thermal-paste-laptop",
        "How to Replace Laptop Thermal Paste | Tom's Hardware",
        "laptop",
    ),
    search(GOOGLE, "epic internship application status", "internship"),
    (
        "click",
        "https://careers.epic.com/students/application-status",
        "Application Status - Epic Careers",
        "internship",
    ),
    search(GOOGLE, "sublet contract template wisconsin", "sublet"),
    (
        "click",
        "https://eforms.com/rental/wi/wisconsin-sublease-agreement/",
        "Free Wisconsin Sublease Agreement Template | eForms",
        "sublet",
    ),
]
