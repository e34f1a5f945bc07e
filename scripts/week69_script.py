"""A father's ten days in Leeds, written in the twenty-fourth session and scored before any
change for it: tasks of the same kind at once. A laptop for his daughter's sixth form and a
phone for himself; a birthday present for his mother (70) and one for his nephew (8); the
car's insurance renewed and a claim on the home insurance for a leaking washing machine.
Around them, a PC built with his son from Reddit's advice. The words of one task are those
of its twin ("birthday present", "insurance", "best … under £…"), and so are the shops
(Currys for the laptop and the phone, Argos for both presents). Gmail, BBC Sport and the
Yorkshire Evening Post are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week69``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "gareth.holroyd@gmail.com"
INBOX = "f6a7b8c9d0"
CURRYS = "https://www.currys.co.uk/products"
ARGOS = "https://www.argos.co.uk/product"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (6) - {ADDRESS} - Gmail", None)]


def sport() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/sport", "Home - BBC Sport", None)]


def yep() -> list[Step]:
    return [("goto", "https://www.yorkshireeveningpost.co.uk/", "Yorkshire Evening Post", None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *sport(),
    day("1 12:30"),
    search(GOOGLE, "best laptop for sixth form student under £600", "laptop"),
    page(
        "https://www.which.co.uk/reviews/laptops/article/best-laptops-for-students",
        "Best laptops for students 2026 - Which?",
        "laptop",
    ),
    page(
        f"{CURRYS}/lenovo-ideapad-slim-5-14-laptop-amd-ryzen-5-512-gb-ssd-10256789.html",
        'LENOVO IdeaPad Slim 5 14" Laptop - AMD Ryzen 5, 512 GB SSD | Currys',
        "laptop",
    ),
    day("1 20:00"),
    search(GOOGLE, "70th birthday present ideas for mum who likes gardening", "mum"),
    page(
        "https://www.notonthehighstreet.com/gifts/70th-birthday-gifts-for-her",
        "70th Birthday Gifts for Her | notonthehighstreet.com",
        "mum",
    ),
    day("2 07:30"),
    *mail(),
    *yep(),
    day("2 13:00"),
    search(BING, "car insurance renewal quote went up 40% compare", "car"),
    page(
        "https://www.moneysavingexpert.com/insurance/cheap-car-insurance/",
        "Cheap car insurance - MoneySavingExpert",
        "car",
    ),
    page(
        "https://www.comparethemarket.com/car-insurance/",
        "Compare Car Insurance Quotes | Compare the Market",
        "car",
    ),
    day("2 19:30"),
    search(GOOGLE, "pcpartpicker gaming pc build £900 1440p", "pc"),
    page(
        "https://pcpartpicker.com/guide/Hx7WGX/great-amd-gaming-build",
        "Great AMD Gaming Build - PCPartPicker United Kingdom",
        "pc",
    ),
    page(
        "https://www.reddit.com/r/buildapc/comments/1c3d4e5/900_budget_1440p_build_check/",
        "£900 budget 1440p build check : r/buildapc",
        "pc",
    ),
    day("3 07:30"),
    *mail(),
    *sport(),
    day("3 12:00"),
    search(GOOGLE, "best phone under £400 camera battery 2026", "phone"),
    page(
        "https://www.techradar.com/news/best-cheap-phones",
        "The best cheap phones in 2026 | TechRadar",
        "phone",
    ),
    page(
        f"{CURRYS}/google-pixel-9a-128-gb-obsidian-10271234.html",
        "GOOGLE Pixel 9a - 128 GB, Obsidian | Currys",
        "phone",
    ),
    day("3 18:30"),
    search(GOOGLE, "birthday present for 8 year old boy who likes lego and dinosaurs", "nephew"),
    page(
        "https://www.argos.co.uk/browse/toys/lego/c:29362/",
        "LEGO | Argos",
        "nephew",
    ),
    page(
        f"{ARGOS}/9412345",
        "LEGO Jurassic World T. rex Dinosaur Fossils 76964 | Argos",
        "nephew",
    ),
    day("4 07:30"),
    *mail(),
    *yep(),
    day("4 10:00"),
    search(GOOGLE, "home insurance claim washing machine leak damaged floor", "claim"),
    page(
        "https://www.which.co.uk/money/insurance/home-insurance/escape-of-water-claims",
        "Escape of water claims: what your home insurance covers - Which?",
        "claim",
    ),
    page(
        "https://www.directline.com/home-cover/claims",
        "Make a home insurance claim | Direct Line",
        "claim",
    ),
    day("4 19:00"),
    search(BING, "ryzen 5 7600 vs 7500f gaming difference", "pc"),
    page(
        "https://www.reddit.com/r/buildapc/comments/1c9f8g7/7600_or_7500f/",
        "7600 or 7500F? : r/buildapc",
        "pc",
    ),
    day("5 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1819001122334455001",
        "Your claim reference HC-2231907 - next steps - Direct Line",
        "claim",
    ),
    *sport(),
    day("5 12:30"),
    search(GOOGLE, "macbook air m2 vs lenovo ideapad for school work", "laptop"),
    page(
        "https://www.trustedreviews.com/versus/macbook-air-m2-vs-lenovo-ideapad-slim-5",
        "MacBook Air M2 vs Lenovo IdeaPad Slim 5: which student laptop? | Trusted Reviews",
        "laptop",
    ),
    day("5 20:00"),
    search(GOOGLE, "personalised garden kneeler and trug gift set", "mum"),
    page(
        "https://www.notonthehighstreet.com/gardeners/product/personalised-garden-trug",
        "Personalised Garden Trug | notonthehighstreet.com",
        "mum",
    ),
    page(
        f"{ARGOS}/8812345",
        "Burgon & Ball Kneeler and Trug Gift Set | Argos",
        "mum",
    ),
    day("6 08:00"),
    *mail(),
    *yep(),
    day("6 11:00"),
    search(GOOGLE, "pixel 9a vs samsung a56 camera comparison", "phone"),
    page(
        "https://www.gsmarena.com/compare.php3?idPhone1=13500&idPhone2=13610",
        "Google Pixel 9a vs. Samsung Galaxy A56 - GSMArena.com",
        "phone",
    ),
    day("6 15:30"),
    search(GOOGLE, "named driver add teenager car insurance cost", "car"),
    page(
        "https://www.confused.com/car-insurance/young-drivers/named-drivers",
        "Adding a young named driver | Confused.com",
        "car",
    ),
    day("7 07:30"),
    *mail(),
    *sport(),
    day("7 19:30"),
    search(GOOGLE, "first pc build step by step cable management", "pc"),
    page(
        "https://www.youtube.com/watch?v=pcbuild01",
        "How to Build a Gaming PC - Step by Step Guide - YouTube",
        "pc",
    ),
    *tab(
        "https://pcpartpicker.com/list/Qm3Xyz",
        "My Part List - PCPartPicker United Kingdom",
        "pc",
    ),
    day("8 07:30"),
    *mail(),
    *yep(),
    day("8 12:00"),
    search(BING, "loss adjuster visit water damage what to expect", "claim"),
    page(
        "https://www.moneysavingexpert.com/insurance/home-insurance-claims/",
        "Home insurance claims: how to get what you're owed - MoneySavingExpert",
        "claim",
    ),
    day("8 18:00"),
    search(GOOGLE, "dinosaur birthday card for nephew 8", "nephew"),
    page(
        "https://www.moonpig.com/uk/birthday-cards/kids/age-8/",
        "Age 8 Birthday Cards | Moonpig",
        "nephew",
    ),
    day("9 07:30"),
    *mail(),
    *sport(),
    day("9 13:00"),
    search(GOOGLE, "student discount laptop unidays currys", "laptop"),
    page(
        "https://www.currys.co.uk/student-discount",
        "Student Discount | Currys",
        "laptop",
    ),
    day("9 19:00"),
    search(GOOGLE, "afternoon tea leeds for 70th birthday booking", "mum"),
    page(
        "https://www.opentable.co.uk/lists/afternoon-tea-leeds",
        "Best Afternoon Tea in Leeds | OpenTable",
        "mum",
    ),
    day("10 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1819001122334457890",
        "Your renewal: we've found you a better price - Admiral Car Insurance",
        "car",
    ),
    *yep(),
    day("10 12:30"),
    search(GOOGLE, "sim only deal 100gb eu roaming", "phone"),
    page(
        "https://www.uswitch.com/mobiles/sim_only_deals/",
        "SIM Only Deals | Compare 12 Month Contracts | Uswitch",
        "phone",
    ),
]
