"""A software tester's ten days in Bengaluru, on his own laptop, written at the end of the
twenty-ninth session, after all of its changes, and scored before any change for it: a
paying-guest room to move to nearer his new office, the GATE exam to prepare for, his
passport renewed by Tatkal, his scooter's insurance renewed, his sister's wedding outfits,
and a laptop under a budget. Gmail, YouTube, Instagram and Cricbuzz are opened most days.
Searches go to Google and Bing.
Used by make_week_history.py (``week97``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab, video_home

ADDRESS = "karthik.rao.blr@gmail.com"
INBOX = "8a3c5e7f21"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (7) - {ADDRESS} - Gmail", None)]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def cricket() -> list[Step]:
    return [
        (
            "goto",
            "https://www.cricbuzz.com/",
            "Live Cricket Score, Schedule, Latest News, Stats & Videos | Cricbuzz.com",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 08:00"),
    *mail(),
    *cricket(),
    day("1 21:00"),
    search(GOOGLE, "pg for men near manyata tech park with food", "pg"),
    page(
        "https://www.nobroker.in/pg/pg-in-manyata-tech-park-bangalore",
        "PG near Manyata Tech Park, Bangalore for Men | NoBroker",
        "pg",
    ),
    search(GOOGLE, "nagawara pg single sharing rent", "pg"),
    page(
        "https://www.magicbricks.com/pg-in-nagawara-bangalore-pppfr",
        "PG in Nagawara, Bangalore: Single Sharing Rooms | Magicbricks",
        "pg",
    ),
    day("1 22:30"),
    *insta(),
    day("2 08:05"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1858980078901234101",
        "Passport Seva: appointment confirmed at PSK Lalbagh, Tatkaal",
        "passport",
    ),
    day("2 20:30"),
    search(BING, "tatkal passport renewal documents required annexure f", "passport"),
    page(
        "https://www.passportindia.gov.in/AppOnlineProject/online/faqTatkaal",
        "Tatkaal Scheme - FAQ | Passport Seva",
        "passport",
    ),
    search(BING, "psk lalbagh how early to reach appointment", "passport"),
    page(
        "https://www.quora.com/How-early-should-I-reach-PSK-Lalbagh-for-my-appointment",
        "How early should I reach PSK Lalbagh for my appointment? - Quora",
        "passport",
    ),
    day("3 08:00"),
    *mail(),
    *cricket(),
    day("3 19:00"),
    search(GOOGLE, "gate cse 2027 syllabus weightage", "gate"),
    page(
        "https://www.gateoverflow.in/blog/gate-cse-syllabus-weightage",
        "GATE CSE Syllabus and Subject-wise Weightage | GATE Overflow",
        "gate",
    ),
    *tab(
        "https://www.youtube.com/watch?v=Gq4dR1v7ZkE",
        "GATE CSE Preparation Strategy for Working Professionals - YouTube",
        "gate",
    ),
    day("3 22:00"),
    *video_home(),
    day("4 08:00"),
    *mail(),
    day("4 13:00"),
    search(GOOGLE, "best laptop under 60000 for programming 16gb ram", "laptop"),
    page(
        "https://www.smartprix.com/laptops/under-60000-programming",
        "Best Laptops Under 60000 for Programming (2026) | Smartprix",
        "laptop",
    ),
    day("4 21:00"),
    search(GOOGLE, "lehenga for sister wedding jayanagar shops", "wedding"),
    page(
        "https://www.justdial.com/Bangalore/Lehenga-Retailers-in-Jayanagar/nct-10295210",
        "Top Lehenga Retailers in Jayanagar, Bangalore - Justdial",
        "wedding",
    ),
    search(GOOGLE, "men sherwani rent vs buy bangalore", "wedding"),
    page(
        "https://www.manyavar.com/en-in/men/sherwani",
        "Sherwani for Men - Manyavar",
        "wedding",
    ),
    day("5 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1858980078901234202",
        "Your two-wheeler policy expires in 7 days - Activa 6G KA-05",
        "scooter",
    ),
    day("5 20:15"),
    search(BING, "activa 6g insurance renewal comprehensive vs third party", "scooter"),
    page(
        "https://www.policybazaar.com/two-wheeler-insurance/honda/activa-6g/",
        "Honda Activa 6G Insurance Renewal Online | Policybazaar",
        "scooter",
    ),
    search(BING, "zero depreciation add on worth it for 3 year old scooter", "scooter"),
    page(
        "https://www.acko.com/two-wheeler-insurance/zero-depreciation-bike-insurance/",
        "Zero Depreciation Bike Insurance: Is it Worth It? | ACKO",
        "scooter",
    ),
    day("6 10:00"),
    *insta(),
    search(GOOGLE, "gate previous year questions operating systems with solutions", "gate"),
    page(
        "https://www.geeksforgeeks.org/gate-cs-notes-gq/operating-systems-gate-questions",
        "Operating Systems GATE Questions - GeeksforGeeks",
        "gate",
    ),
    day("6 16:00"),
    search(GOOGLE, "pg rules visitors timing deposit refund bangalore", "pg"),
    page(
        "https://www.reddit.com/r/bangalore/comments/18x2kqz/pg_deposit_not_refunded_what_to_do/",
        "PG deposit not refunded, what to do? : r/bangalore",
        "pg",
    ),
    day("7 08:00"),
    *mail(),
    *cricket(),
    day("7 20:00"),
    search(GOOGLE, "asus vivobook 16 vs lenovo ideapad slim 5 ryzen 7", "laptop"),
    page(
        "https://www.notebookcheck.net/Asus-Vivobook-16-vs-Lenovo-IdeaPad-Slim-5.838210.0.html",
        "Asus Vivobook 16 vs Lenovo IdeaPad Slim 5 - Notebookcheck.net",
        "laptop",
    ),
    day("8 08:00"),
    *mail(),
    day("8 19:30"),
    search(BING, "police verification after passport appointment how many days", "passport"),
    page(
        "https://www.ksp.gov.in/passport-verification",
        "Passport Verification | Karnataka State Police",
        "passport",
    ),
    day("8 21:30"),
    search(GOOGLE, "wedding gift for sister and brother in law ideas", "wedding"),
    page(
        "https://www.fnp.com/wedding-gifts/for-sister",
        "Wedding Gifts for Sister | FNP",
        "wedding",
    ),
    *video_home(),
    day("9 08:00"),
    *mail(),
    *cricket(),
    day("9 20:00"),
    search(GOOGLE, "gate coaching weekend batch bangalore online", "gate"),
    page(
        "https://www.madeeasy.in/weekend-batches",
        "Weekend Batches for GATE | MADE EASY",
        "gate",
    ),
    day("10 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1858980078901234303",
        "Order confirmed: ASUS Vivobook 16 (Ryzen 7, 16GB) - Flipkart",
        "laptop",
    ),
    day("10 18:30"),
    search(GOOGLE, "pg near nagawara token advance agreement what to check", "pg"),
    page(
        "https://www.nobroker.in/blog/pg-agreement-checklist/",
        "PG Agreement Checklist: What to Check Before Paying | NoBroker",
        "pg",
    ),
    day("10 22:00"),
    *insta(),
]
