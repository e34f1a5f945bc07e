"""A sophomore's ten days in Ann Arbor, on her own laptop, written in the twenty-seventh
session and scored before any change for it: an organic chemistry exam, summer
internship applications, a spring break trip to Miami with friends, a refurbished laptop
bought, next year's apartment, and a sprained ankle from intramural soccer. Gmail,
Canvas, Instagram and Reddit are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week84``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "mkowalski@umich.edu"
INBOX = "5c8d2e1f9b"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            f"Inbox (23) - {ADDRESS} - University of Michigan Mail",
            None,
        )
    ]


def canvas() -> list[Step]:
    return [("goto", "https://umich.instructure.com/", "Dashboard", None)]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def reddit() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/uofm/", "University of Michigan : r/uofm", None)]


STEPS: list[Step] = [
    day("1 09:10"),
    *mail(),
    *canvas(),
    day("1 14:00"),
    search(GOOGLE, "sn1 vs sn2 how to tell which mechanism", "orgo"),
    page(
        "https://www.masterorganicchemistry.com/2012/08/08/deciding-sn1sn2e1e2-the-solvent/",
        "Deciding SN1/SN2/E1/E2 - The Solvent - Master Organic Chemistry",
        "orgo",
    ),
    *tab(
        f"{YT}Cp5Ho1Ff3kA",
        "SN1 vs SN2 Reactions - Organic Chemistry Tutor - YouTube",
        "orgo",
    ),
    day("1 22:30"),
    *insta(),
    search(BING, "spring break miami cheap flights from detroit march", "miami"),
    page(
        "https://www.kayak.com/flight-routes/Detroit-DTW/Miami-MIA",
        "Cheap Flights from Detroit to Miami (DTW - MIA) | KAYAK",
        "miami",
    ),
    day("2 09:00"),
    *mail(),
    *reddit(),
    day("2 11:30"),
    search(GOOGLE, "software engineering internship summer 2027 sophomore", "intern"),
    page(
        "https://www.levels.fyi/internships/",
        "Internships | Levels.fyi",
        "intern",
    ),
    page(
        "https://umich.joinhandshake.com/stu/postings",
        "Jobs | Handshake",
        "intern",
    ),
    day("2 16:00"),
    search(GOOGLE, "macbook air m2 refurbished vs new student discount", "laptop"),
    page(
        "https://www.apple.com/shop/refurbished/mac/macbook-air",
        "Refurbished MacBook Air - Apple",
        "laptop",
    ),
    day("2 21:10"),
    *insta(),
    day("3 08:50"),
    *mail(),
    *canvas(),
    day("3 19:00"),
    search(GOOGLE, "sprained ankle swelling how long to ice", "ankle"),
    page(
        "https://www.mayoclinic.org/diseases-conditions/sprained-ankle/diagnosis-treatment/drc-20353231",
        "Sprained ankle - Diagnosis and treatment - Mayo Clinic",
        "ankle",
    ),
    day("3 20:30"),
    search(GOOGLE, "orgo 2 exam practice problems alkene reactions", "orgo"),
    page(
        "https://www.chem.ucla.edu/~harding/IGOC/practice_problems.html",
        "Practice problems - Illustrated Glossary of Organic Chemistry",
        "orgo",
    ),
    day("4 09:15"),
    *mail(),
    *reddit(),
    day("4 13:00"),
    search(BING, "ann arbor apartments 2027 2028 lease near central campus 4 bedroom", "apartment"),
    page(
        "https://www.apartments.com/ann-arbor-mi/4-bedrooms/",
        "4 Bedroom Apartments for Rent in Ann Arbor MI | Apartments.com",
        "apartment",
    ),
    page(
        "https://www.reddit.com/r/uofm/comments/1b2c3d/best_landlords_in_ann_arbor/",
        "Best landlords in Ann Arbor? : r/uofm",
        "apartment",
    ),
    day("4 17:40"),
    search(GOOGLE, "software engineer intern resume no experience projects section", "intern"),
    page(
        "https://www.techinterviewhandbook.org/resume/",
        "Resume | Tech Interview Handbook",
        "intern",
    ),
    day("4 23:00"),
    *insta(),
    search(BING, "south beach hostel for 5 girls spring break", "miami"),
    page(
        "https://www.hostelworld.com/st/hostels/north-america/usa/miami/",
        "Hostels in Miami, FL | Best Prices | Hostelworld",
        "miami",
    ),
    day("5 09:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1822334455667788001",
        "Your Apple Store order W1234567890 has shipped",
        "laptop",
    ),
    *canvas(),
    day("5 15:20"),
    search(GOOGLE, "when can you play soccer after a sprained ankle grade 2", "ankle"),
    page(
        "https://www.healthline.com/health/sprained-ankle-recovery-time",
        "Sprained Ankle Recovery Time: Grades and Treatment | Healthline",
        "ankle",
    ),
    day("5 20:00"),
    search(GOOGLE, "nucleophile strength chart protic aprotic", "orgo"),
    page(
        "https://chem.libretexts.org/Bookshelves/Organic_Chemistry/Nucleophilicity",
        "Nucleophilicity - Chemistry LibreTexts",
        "orgo",
    ),
    day("6 10:30"),
    *reddit(),
    search(GOOGLE, "ann arbor sublease vs signing lease early october", "apartment"),
    page(
        "https://www.michigandaily.com/news/ann-arbor/the-housing-rush/",
        "The housing rush: why students sign leases a year early - The Michigan Daily",
        "apartment",
    ),
    day("6 15:00"),
    search(GOOGLE, "google step internship application deadline", "intern"),
    page(
        "https://buildyourfuture.withgoogle.com/programs/step",
        "STEP Internship - Google Careers",
        "intern",
    ),
    day("6 22:40"),
    *insta(),
    day("7 09:10"),
    *mail(),
    *canvas(),
    day("7 12:30"),
    search(BING, "best laptop sleeve 13 inch macbook air", "laptop"),
    page(
        "https://www.amazon.com/s?k=macbook+air+13+inch+sleeve",
        "Amazon.com : macbook air 13 inch sleeve",
        "laptop",
    ),
    day("7 20:15"),
    search(GOOGLE, "miami spring break things to do besides beach", "miami"),
    page(
        "https://www.timeout.com/miami/things-to-do/best-things-to-do-in-miami",
        "31 Best Things to Do in Miami Right Now - Time Out",
        "miami",
    ),
    day("8 09:00"),
    *mail(),
    *reddit(),
    day("8 14:00"),
    search(GOOGLE, "orgo exam tomorrow how to memorize reagents", "orgo"),
    page(
        "https://www.reddit.com/r/OrganicChemistry/comments/9x8y7z/tips_for_memorizing_reagents/",
        "Tips for memorizing reagents? : r/OrganicChemistry",
        "orgo",
    ),
    day("8 17:30"),
    search(GOOGLE, "ankle brace for soccer after sprain", "ankle"),
    page(
        "https://www.dickssportinggoods.com/f/ankle-braces",
        "Ankle Braces & Supports | DICK'S Sporting Goods",
        "ankle",
    ),
    day("9 09:20"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1822334455667788002",
        "Thank you for applying to the Software Engineering Intern, Summer 2027 role",
        "intern",
    ),
    *canvas(),
    day("9 16:00"),
    search(BING, "renters insurance for college students michigan", "apartment"),
    page(
        "https://www.lemonade.com/renters/explained/renters-insurance-for-college-students/",
        "Renters Insurance for College Students | Lemonade",
        "apartment",
    ),
    day("10 10:00"),
    *insta(),
    search(GOOGLE, "miami airport to south beach uber or bus", "miami"),
    page(
        "https://www.miamiandbeaches.com/plan-your-trip/getting-around",
        "Getting Around Miami | Miami & Miami Beach",
        "miami",
    ),
]
