"""A Year 11 student's ten days in Sydney, written in the twenty-sixth session after all of its
changes, and scored before any change for it: an English essay on Macbeth, a learner
driver's log book and test, a first job at a café, a gaming PC built on a budget, the school
formal, and a chemistry practical report. YouTube, Instagram, TikTok and Discord are opened
every day and YouTube serves several tasks. Searches go to Google and Bing.
Used by make_week_history.py (``week80``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "mia.nguyen.2009@gmail.com"
INBOX = "2b3c4d5e6f"
YT = "https://www.youtube.com/watch?v="


def socials() -> list[Step]:
    return [
        ("goto", "https://www.youtube.com/", "YouTube", None),
        ("goto", "https://www.instagram.com/", "Instagram", None),
    ]


def tiktok() -> list[Step]:
    return [("goto", "https://www.tiktok.com/foryou", "TikTok - Make Your Day", None)]


def discord() -> list[Step]:
    return [("goto", "https://discord.com/channels/@me", "Discord | Friends", None)]


STEPS: list[Step] = [
    day("1 07:15"),
    *socials(),
    day("1 16:30"),
    search(GOOGLE, "macbeth ambition theme quotes analysis", "essay"),
    page(
        "https://www.sparknotes.com/shakespeare/macbeth/themes/",
        "Macbeth: Themes | SparkNotes",
        "essay",
    ),
    page(
        "https://www.litcharts.com/lit/macbeth/themes/ambition",
        "Ambition Theme in Macbeth | LitCharts",
        "essay",
    ),
    day("1 19:00"),
    *tiktok(),
    search(GOOGLE, "budget gaming pc build 1000 aud 2026", "pc"),
    page(
        "https://au.pcpartpicker.com/guide/",
        "Build Guides - PCPartPicker Australia",
        "pc",
    ),
    *tab(
        f"{YT}r8Jk2Lm4NpQ",
        "I Built the BEST $1000 AUD Gaming PC - YouTube",
        "pc",
    ),
    day("2 07:20"),
    *socials(),
    day("2 15:45"),
    search(GOOGLE, "nsw learner driver log book hours how many", "driving"),
    page(
        "https://www.nsw.gov.au/driving-boating-and-transport/driver-and-rider-licences/learner-licence/learner-driver-log-book",
        "Learner driver log book | NSW Government",
        "driving",
    ),
    day("2 17:00"),
    search(BING, "barista job no experience 16 year old sydney", "job"),
    page(
        "https://www.seek.com.au/barista-jobs/in-All-Sydney-NSW",
        "Barista Jobs in All Sydney NSW - SEEK",
        "job",
    ),
    day("2 20:30"),
    *discord(),
    search(GOOGLE, "chemistry prac report titration discussion example year 11", "prac"),
    page(
        "https://www.chemistrylearner.com/titration-lab-report",
        "Titration Lab Report: Sample and Discussion | Chemistry Learner",
        "prac",
    ),
    day("3 07:10"),
    *socials(),
    day("3 16:00"),
    search(GOOGLE, "formal dresses under 200 sydney", "formal"),
    page(
        "https://www.whitefoxboutique.com/collections/formal-dresses",
        "Formal Dresses | White Fox Boutique AU",
        "formal",
    ),
    page(
        "https://www.showpo.com/formal-dresses",
        "Formal Dresses & Gowns | Showpo",
        "formal",
    ),
    day("3 18:30"),
    search(GOOGLE, "macbeth lady macbeth guilt sleepwalking scene analysis", "essay"),
    *tab(
        f"{YT}dF5gH7jK9lQ",
        "Lady Macbeth's Sleepwalking Scene Explained - YouTube",
        "essay",
    ),
    day("4 07:15"),
    *socials(),
    *tiktok(),
    day("4 16:20"),
    search(GOOGLE, "how to write a resume for first job teenager template", "job"),
    page(
        "https://www.canva.com/resumes/templates/student/",
        "Free Student Resume Templates | Canva",
        "job",
    ),
    day("4 20:00"),
    search(GOOGLE, "ryzen 5 7600 vs i5 13400f gaming", "pc"),
    page(
        "https://www.tomshardware.com/reviews/ryzen-5-7600-vs-core-i5-13400f",
        "Ryzen 5 7600 vs Core i5-13400F: Budget CPU Face-Off | Tom's Hardware",
        "pc",
    ),
    day("5 07:20"),
    *socials(),
    day("5 15:30"),
    search(GOOGLE, "driving test sydney what to expect reverse parallel parking", "driving"),
    *tab(
        f"{YT}pP3qR5sT7uV",
        "NSW Driving Test Tips - Reverse Parallel Park - YouTube",
        "driving",
    ),
    day("5 17:45"),
    search(GOOGLE, "percentage uncertainty burette reading", "prac"),
    page(
        "https://www.chemguide.co.uk/physical/uncertainty.html",
        "Uncertainty in measurements | Chemguide",
        "prac",
    ),
    day("5 21:00"),
    *discord(),
    day("6 10:00"),
    *socials(),
    search(GOOGLE, "formal makeup look tutorial natural glam", "formal"),
    *tab(
        f"{YT}aB1cD3eF5gH",
        "Natural Glam Makeup for Formal - Easy Tutorial - YouTube",
        "formal",
    ),
    day("6 13:00"),
    search(BING, "rtx 4060 vs rx 7600 which is better 1080p", "pc"),
    page(
        "https://www.techspot.com/review/2701-rtx-4060-vs-rx-7600/",
        "Nvidia GeForce RTX 4060 vs. AMD Radeon RX 7600 | TechSpot",
        "pc",
    ),
    day("6 15:00"),
    ("goto", "https://mail.google.com/mail/u/0/", f"Inbox (1) - {ADDRESS} - Gmail", None),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1860012233445566001",
        "Trial shift Saturday 8am - Bean There Cafe Newtown",
        "job",
    ),
    day("7 07:15"),
    *socials(),
    day("7 16:10"),
    search(GOOGLE, "macbeth essay introduction example band 6", "essay"),
    page(
        "https://www.artofsmart.com.au/english/macbeth-essay-band-6/",
        "How to Write a Band 6 Macbeth Essay | Art of Smart",
        "essay",
    ),
    day("7 19:30"),
    search(GOOGLE, "how to steam milk latte art beginner", "job"),
    *tab(
        f"{YT}lA7tT3eA9rT",
        "How to Steam Milk for Latte Art - Beginner Barista - YouTube",
        "job",
    ),
    day("8 07:10"),
    *socials(),
    *tiktok(),
    day("8 16:40"),
    search(GOOGLE, "school formal limo hire sydney group price", "formal"),
    page(
        "https://www.limohiresydney.com.au/school-formals",
        "School Formal Limo Hire Sydney | Limo Hire Sydney",
        "formal",
    ),
    day("8 20:15"),
    search(GOOGLE, "first pc build mistakes to avoid thermal paste", "pc"),
    page(
        "https://www.reddit.com/r/buildapc/comments/1y2u3i4/first_build_mistakes/",
        "First build - what mistakes should I avoid? : r/buildapc",
        "pc",
    ),
    day("9 07:20"),
    *socials(),
    day("9 16:00"),
    search(GOOGLE, "service nsw book driving test online", "driving"),
    page(
        "https://www.service.nsw.gov.au/transaction/book-a-driving-test",
        "Book a driving test | Service NSW",
        "driving",
    ),
    day("9 18:30"),
    search(GOOGLE, "titration prac report conclusion sources of error", "prac"),
    page(
        "https://www.savemyexams.com/a-level/chemistry/titration-errors/",
        "Titration: Sources of Error | Save My Exams",
        "prac",
    ),
    day("10 10:30"),
    *socials(),
    *discord(),
    day("10 14:00"),
    search(GOOGLE, "macbeth essay conclusion how to end", "essay"),
    page(
        "https://www.scribbr.com/academic-essay/conclusion/",
        "How to Conclude an Essay | Interactive Example - Scribbr",
        "essay",
    ),
]
