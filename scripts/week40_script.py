"""A second-year student's ten days in Boston, written in the twentieth session after its
changes and scored before any change for it: an organic chemistry exam, summer internship
applications, a semester abroad in Copenhagen (the program, a residence permit, housing
there), an apartment for next year in Allston with a guarantor, a stolen bike replaced, and
a music festival's tickets. Words cross tasks: "housing" and "apartment" in Copenhagen and
in Allston, "application" of an internship, a permit and a lease, "boston" in most. The
course site's dashboard is opened every day. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week40``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GMAIL, GOOGLE, Step, day, page, search, tab

CANVAS = "https://canvas.bu.edu/"
HANDSHAKE = "https://bu.joinhandshake.com"


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (23) - jlee27@example.edu - Gmail", None)]


def canvas() -> list[Step]:
    return [("goto", f"{CANVAS}dashboard", "Dashboard", None)]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


STEPS: list[Step] = [
    day("1 09:10"),
    *canvas(),
    *mail(),
    day("1 14:20"),
    search(GOOGLE, "sn1 vs sn2 how to tell which", "orgo"),
    *tab(
        "https://chem.libretexts.org/Bookshelves/Organic_Chemistry/Comparing_SN1_and_SN2",
        "Comparing the SN1 and SN2 Reactions - Chemistry LibreTexts",
        "orgo",
    ),
    *tab(
        "https://www.masterorganicchemistry.com/2012/12/04/deciding-sn1sn2e1e2-the-solvent/",
        "Deciding SN1/SN2/E1/E2 - The Solvent - Master Organic Chemistry",
        "orgo",
    ),
    day("1 21:30"),
    search(DDG, "dis copenhagen semester abroad fall 2027", "abroad"),
    page(
        "https://disabroad.org/copenhagen/",
        "DIS Copenhagen | Study Abroad in Scandinavia",
        "abroad",
    ),
    page(
        "https://disabroad.org/copenhagen/housing/",
        "Housing in Copenhagen | DIS Study Abroad",
        "abroad",
    ),
    *insta(),
    day("2 09:05"),
    *canvas(),
    page(
        f"{CANVAS}courses/61234/assignments/998877",
        "Problem Set 7: Substitution and Elimination - CH 204",
        "orgo",
    ),
    day("2 13:00"),
    search(GOOGLE, "software engineering internship summer 2027 boston", "internship"),
    page(
        f"{HANDSHAKE}/stu/postings?query=software%20engineering%20intern",
        "Jobs | Handshake",
        "internship",
    ),
    page(
        f"{HANDSHAKE}/stu/jobs/9876543",
        "Software Engineering Intern, Summer 2027 - HubSpot | Handshake",
        "internship",
    ),
    page(
        "https://www.hubspot.com/careers/students",
        "Students and Recent Grads | HubSpot Careers",
        "internship",
        "tab",
    ),
    ("close", "", "", "internship"),
    day("2 19:40"),
    search(DDG, "allston apartments 4 bedroom september lease", "apartment"),
    page(
        "https://www.zillow.com/allston-boston-ma/rentals/4-_beds/",
        "Allston Boston 4 Bedroom Apartments For Rent | Zillow",
        "apartment",
    ),
    *tab(
        "https://www.zillow.com/homedetails/18-Gardner-St-Boston-MA-02134/2090012345_zpid/",
        "18 Gardner St #2, Boston, MA 02134 | Zillow",
        "apartment",
    ),
    *tab(
        "https://www.zillow.com/homedetails/95-Linden-St-Boston-MA-02134/2090054321_zpid/",
        "95 Linden St #1, Boston, MA 02134 | Zillow",
        "apartment",
    ),
    day("3 09:15"),
    *canvas(),
    *mail(),
    day("3 12:30"),
    search(GOOGLE, "my bike got stolen boston police report", "bike"),
    page(
        "https://www.boston.gov/departments/police/how-file-police-report-online",
        "How to file a police report online | Boston.gov",
        "bike",
    ),
    search(GOOGLE, "bluebikes student membership price", "bike"),
    page(
        "https://www.bluebikes.com/pricing/student",
        "Student Membership | Bluebikes",
        "bike",
    ),
    day("3 16:00"),
    search(GOOGLE, "khan academy e1 e2 elimination", "orgo"),
    page(
        "https://www.khanacademy.org/science/organic-chemistry/substitution-elimination-reactions/e2-e1-elimination-tutorial/v/e2-reactions",
        "E2 reactions (video) | Khan Academy",
        "orgo",
    ),
    page(
        "https://quizlet.com/789012345/orgo-exam-2-reactions-flash-cards/",
        "Orgo Exam 2 Reactions Flashcards | Quizlet",
        "orgo",
        "goto",
    ),
    day("3 22:10"),
    search(GOOGLE, "boston calling 2027 lineup tickets", "festival"),
    page(
        "https://bostoncalling.com/lineup/",
        "Lineup | Boston Calling Music Festival",
        "festival",
    ),
    page(
        "https://bostoncalling.com/tickets/",
        "Tickets | Boston Calling Music Festival",
        "festival",
    ),
    day("4 09:00"),
    *canvas(),
    *insta(),
    day("4 13:15"),
    search(DDG, "denmark residence permit study abroad us citizen", "abroad"),
    page(
        "https://www.nyidanmark.dk/en-GB/You-want-to-apply/Study/Semester-student",
        "Semester student | New to Denmark",
        "abroad",
    ),
    page(
        "https://disabroad.org/copenhagen/student-resources/residence-permit/",
        "Residence Permit | DIS Study Abroad",
        "abroad",
    ),
    day("4 18:30"),
    search(GOOGLE, "how to write a cover letter for a software internship", "internship"),
    *tab(
        "https://www.indeed.com/career-advice/resumes-cover-letters/internship-cover-letter",
        "How To Write an Internship Cover Letter (With Examples) | Indeed.com",
        "internship",
    ),
    *tab(
        "https://www.reddit.com/r/cscareerquestions/comments/1e2f3g/do_cover_letters_matter_for_internships/",
        "Do cover letters matter for internships? : r/cscareerquestions",
        "internship",
    ),
    day("5 09:10"),
    *canvas(),
    *mail(),
    day("5 12:00"),
    search(GOOGLE, "guarantor for apartment student no cosigner boston", "apartment"),
    page(
        "https://www.theguarantors.com/renters",
        "Lease Guarantor for Renters | TheGuarantors",
        "apartment",
    ),
    page(
        "https://www.insurent.com/how-it-works/",
        "How It Works | Insurent Lease Guaranty",
        "apartment",
        "tab",
    ),
    ("close", "", "", "apartment"),
    day("5 15:30"),
    search(DDG, "used road bike boston craigslist under 300", "bike"),
    page(
        "https://boston.craigslist.org/search/bia?query=road%20bike&max_price=300",
        "boston bicycles - craigslist",
        "bike",
    ),
    page(
        "https://boston.craigslist.org/gbs/bik/d/cambridge-trek-fx-hybrid-54cm/7712345678.html",
        "Trek FX hybrid 54cm - bicycles - by owner - bike sale - craigslist",
        "bike",
    ),
    day("5 20:45"),
    search(GOOGLE, "orgo exam 2 practice problems with answers", "orgo"),
    page(
        "https://www.chemistrysteps.com/sn1-sn2-e1-e2-practice-problems/",
        "SN1 SN2 E1 E2 Practice Problems - Chemistry Steps",
        "orgo",
    ),
    day("6 10:30"),
    *insta(),
    *mail(),
    day("6 14:00"),
    search(GOOGLE, "copenhagen student housing dis kollegium vs homestay", "abroad"),
    page(
        "https://disabroad.org/copenhagen/housing/kollegium/",
        "Kollegium | DIS Housing",
        "abroad",
    ),
    page(
        "https://www.reddit.com/r/studyabroad/comments/1e5g6h/dis_copenhagen_homestay_or_kollegium/",
        "DIS Copenhagen: homestay or kollegium? : r/studyabroad",
        "abroad",
        "tab",
    ),
    ("close", "", "", "abroad"),
    day("6 21:00"),
    search(GOOGLE, "boston calling resale tickets safe stubhub", "festival"),
    page(
        "https://www.stubhub.com/boston-calling-tickets/performer/100234",
        "Boston Calling Tickets | StubHub",
        "festival",
    ),
    day("7 09:05"),
    *canvas(),
    *mail(),
    day("7 13:30"),
    (
        "goto",
        f"{HANDSHAKE}/stu/jobs/9876543",
        "Software Engineering Intern, Summer 2027 - HubSpot | Handshake",
        "internship",
    ),
    page(
        f"{HANDSHAKE}/stu/jobs/9876543/apply",
        "Apply - Software Engineering Intern | Handshake",
        "internship",
    ),
    search(GOOGLE, "hubspot intern interview leetcode questions", "internship"),
    page(
        "https://www.glassdoor.com/Interview/HubSpot-Software-Engineer-Intern-Interview-Questions-EI_IE227605.0,7_KO8,32.htm",
        "HubSpot Software Engineer Intern Interview Questions | Glassdoor",
        "internship",
    ),
    day("7 17:00"),
    search(DDG, "apartment application fee massachusetts legal", "apartment"),
    page(
        "https://www.mass.gov/info-details/tenants-rights-before-you-rent",
        "Tenants' rights before you rent | Mass.gov",
        "apartment",
    ),
    day("8 09:10"),
    *canvas(),
    page(
        f"{CANVAS}courses/61234/quizzes/55443",
        "Practice Exam 2 - CH 204",
        "orgo",
    ),
    day("8 12:45"),
    search(GOOGLE, "bike lock that can't be cut kryptonite vs abus", "bike"),
    page(
        "https://www.bicycling.com/bikes-gear/a20049434/best-bike-locks/",
        "The Best Bike Locks of 2026 | Bicycling",
        "bike",
    ),
    day("8 20:00"),
    search(GOOGLE, "what to pack for a semester in copenhagen fall", "abroad"),
    page(
        "https://www.studyabroad.com/blog/copenhagen-packing-list",
        "Copenhagen Packing List for Study Abroad | StudyAbroad.com",
        "abroad",
    ),
    day("9 09:00"),
    *canvas(),
    *mail(),
    *insta(),
    day("9 15:00"),
    search(GOOGLE, "zillow 95 linden st allston reviews landlord", "apartment"),
    page(
        "https://www.reddit.com/r/boston/comments/1e7h8i/any_experience_with_landlords_on_linden_st_allston/",
        "Any experience with landlords on Linden St, Allston? : r/boston",
        "apartment",
    ),
    day("9 22:00"),
    search(GOOGLE, "boston calling day 2 set times", "festival"),
    page(
        "https://bostoncalling.com/schedule/",
        "Schedule | Boston Calling Music Festival",
        "festival",
    ),
    day("10 09:05"),
    *canvas(),
    day("10 11:00"),
    search(GOOGLE, "nucleophile strength chart protic aprotic", "orgo"),
    page(
        "https://www.masterorganicchemistry.com/2012/06/18/what-makes-a-good-nucleophile/",
        "What Makes A Good Nucleophile? - Master Organic Chemistry",
        "orgo",
    ),
    day("10 16:30"),
    search(DDG, "technical interview practice for internship two weeks", "internship"),
    page(
        "https://www.techinterviewhandbook.org/coding-interview-prep/",
        "Coding Interview Prep | Tech Interview Handbook",
        "internship",
    ),
]
