"""A nurse's ten days in Nairobi, written at the very end of the twenty-third session, after
all of its changes, and scored before any change for it: a weekend in the Maasai Mara with
her cousins from London, her passport renewed on eCitizen, a used Toyota bought and its
logbook transferred (also on eCitizen), a postgraduate diploma in critical care nursing, her
son's KCSE revision, and a small poultry business at her mother's place in Nakuru. One
government site serves two tasks; "nairobi" is in the searches of four tasks. Gmail, the
Nation's front page and YouTube are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week60``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "wanjiru.kamau.rn@gmail.com"
INBOX = "d1e2f3a4b5"
CITIZEN = "https://accounts.ecitizen.go.ke"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def nation() -> list[Step]:
    return [("goto", "https://nation.africa/kenya", "Nation - Breaking News, Kenya, Africa", None)]


STEPS: list[Step] = [
    day("1 06:30"),
    *mail(),
    *nation(),
    day("1 14:00"),
    search(GOOGLE, "maasai mara 2 night safari package from nairobi road", "mara"),
    page(
        "https://www.safaribookings.com/maasai-mara/tours",
        "Masai Mara Safari Tours - SafariBookings",
        "mara",
    ),
    page(
        "https://www.safaribookings.com/tours/t12345",
        "3-Day Maasai Mara Budget Safari by Road - SafariBookings",
        "mara",
    ),
    day("1 20:00"),
    search(GOOGLE, "passport renewal kenya ecitizen requirements 2026", "passport"),
    page(
        f"{CITIZEN}/immigration/passport-renewal",
        "Passport Renewal - Department of Immigration | eCitizen",
        "passport",
    ),
    page(
        "https://www.immigration.go.ke/passports/",
        "Passports - Department of Immigration Services",
        "passport",
    ),
    day("2 06:30"),
    *mail(),
    day("2 13:00"),
    search(BING, "toyota fielder 2016 price kenya used local", "car"),
    page(
        "https://www.cheki.co.ke/vehicles/toyota-fielder",
        "Toyota Fielder for sale in Kenya | Cheki",
        "car",
    ),
    page(
        "https://www.jiji.co.ke/cars/toyota-fielder",
        "Toyota Fielder in Kenya for Sale | Jiji.co.ke",
        "car",
    ),
    day("2 19:30"),
    search(GOOGLE, "postgraduate diploma critical care nursing kenya intake september", "diploma"),
    page(
        "https://www.kmtc.ac.ke/courses/higher-diploma-critical-care-nursing",
        "Higher Diploma in Critical Care Nursing | KMTC",
        "diploma",
    ),
    page(
        "https://www.aku.edu/snm/programmes/critical-care.html",
        "Post-graduate Diploma in Critical Care Nursing | Aga Khan University",
        "diploma",
    ),
    day("3 06:30"),
    *mail(),
    *nation(),
    day("3 15:00"),
    search(GOOGLE, "kcse chemistry revision past papers with marking schemes", "kcse"),
    page(
        "https://www.kenyaplex.com/kcse-past-papers/chemistry",
        "KCSE Chemistry Past Papers with Marking Schemes | KenyaPlex",
        "kcse",
    ),
    day("3 20:30"),
    search(GOOGLE, "kienyeji chicken farming business plan 500 birds", "poultry"),
    page(
        "https://www.farmers.co.ke/article/2001234567/kienyeji-chicken-farming-guide",
        "Kienyeji chicken farming: a beginner's guide | The Farmers Journal",
        "poultry",
    ),
    page(
        "https://www.youtube.com/watch?v=kienyeji500",
        "How I started with 500 kienyeji chickens - YouTube",
        "poultry",
    ),
    day("4 06:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1811223344556677001",
        "Your Maasai Mara safari quote - 2 nights, 4 adults - Mara Explorers",
        "mara",
    ),
    day("4 14:00"),
    search(GOOGLE, "logbook transfer ntsa ecitizen steps seller buyer", "car"),
    page(
        f"{CITIZEN}/ntsa/motor-vehicle-transfer",
        "Motor Vehicle Transfer - NTSA | eCitizen",
        "car",
    ),
    page(
        "https://www.ntsa.go.ke/services/motor-vehicle-transfer",
        "Transfer of Ownership | National Transport and Safety Authority",
        "car",
    ),
    day("4 19:00"),
    search(BING, "kmtc critical care fees and entry requirements", "diploma"),
    page(
        "https://www.kmtc.ac.ke/fees-structure",
        "Fees Structure | Kenya Medical Training College",
        "diploma",
    ),
    day("5 07:00"),
    *mail(),
    *video_home(),
    day("5 11:00"),
    search(GOOGLE, "what to pack for maasai mara safari in july", "mara"),
    page(
        "https://www.tripadvisor.com/ShowTopic-g294208-i9012-k1234567-What_to_pack.html",
        "What to pack for Masai Mara in July - Tripadvisor",
        "mara",
    ),
    day("5 15:00"),
    search(GOOGLE, "poultry house design for 500 chickens cost nakuru", "poultry"),
    page(
        "https://www.kalro.org/poultry/housing-guide",
        "Poultry Housing Guide | KALRO",
        "poultry",
    ),
    day("5 18:00"),
    search(GOOGLE, "passport renewal appointment nyayo house how long to get", "passport"),
    page(
        "https://www.reddit.com/r/Kenya/comments/1a2b3c4/passport_renewal_timeline/",
        "Passport renewal timeline in 2026? : r/Kenya",
        "passport",
    ),
    day("6 08:00"),
    *mail(),
    *nation(),
    day("6 10:30"),
    search(GOOGLE, "pre purchase car inspection nairobi mechanic cost", "car"),
    page(
        "https://www.autoexpress.co.ke/services/pre-purchase-inspection",
        "Pre-Purchase Vehicle Inspection | Auto Express Kenya",
        "car",
    ),
    day("6 15:00"),
    search(GOOGLE, "kcse biology essay questions and answers form 4", "kcse"),
    page(
        "https://www.kenyaplex.com/kcse-past-papers/biology",
        "KCSE Biology Past Papers | KenyaPlex",
        "kcse",
    ),
    day("7 06:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1811223344556679123",
        "Application received: Higher Diploma in Critical Care Nursing - KMTC Admissions",
        "diploma",
    ),
    day("7 14:00"),
    search(BING, "day old kienyeji chicks suppliers near nakuru price", "poultry"),
    page(
        "https://www.kenchic.com/products/day-old-chicks",
        "Day Old Chicks | Kenchic",
        "poultry",
    ),
    day("7 20:00"),
    search(GOOGLE, "mara national reserve park fees 2026 non resident", "mara"),
    page(
        "https://www.maasaimara.com/entry-fees",
        "Maasai Mara National Reserve Entry Fees | Narok County",
        "mara",
    ),
    day("8 06:30"),
    *mail(),
    *nation(),
    day("8 13:00"),
    search(GOOGLE, "ecitizen passport photo size requirements upload", "passport"),
    page(
        f"{CITIZEN}/immigration/passport-photo-guidelines",
        "Passport Photo Guidelines | eCitizen",
        "passport",
    ),
    day("8 18:30"),
    search(GOOGLE, "car insurance comprehensive vs third party kenya fielder", "car"),
    page(
        "https://www.jubileeinsurance.com/ke/motor-insurance/",
        "Motor Insurance | Jubilee Insurance Kenya",
        "car",
    ),
    day("9 07:00"),
    *mail(),
    *video_home(),
    day("9 15:00"),
    search(GOOGLE, "kcse revision timetable last 3 months tips", "kcse"),
    page(
        "https://www.tuko.co.ke/education/kcse-revision-tips",
        "KCSE revision tips for the final months | Tuko",
        "kcse",
    ),
    day("10 08:00"),
    *mail(),
    day("10 11:00"),
    search(BING, "helb loan for postgraduate diploma nursing apply", "diploma"),
    page(
        "https://www.helb.co.ke/postgraduate-loan/",
        "Postgraduate Loan | HELB",
        "diploma",
    ),
    day("10 16:00"),
    search(GOOGLE, "chicken feed formulation kienyeji cheap layers mash", "poultry"),
    page(
        "https://www.farmers.co.ke/article/2001239999/make-your-own-layers-mash",
        "Make your own layers mash | The Farmers Journal",
        "poultry",
    ),
]
