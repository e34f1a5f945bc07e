"""A hospital pharmacist's ten days in Minneapolis, on her own laptop, written at the start
of the twenty-ninth session, before any change of it, and scored before any change for
it: her sister's wedding in Denver to fly to, a furnace that short-cycles and must be
replaced before winter, her licence's continuing-education hours due, her employer's open
enrollment (a health savings account against a PPO), her book club's novel, and her son's
first hockey skates. Gmail, the Star Tribune, YouTube and Reddit are opened most days.
Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week93``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, forum, gmail_message, page, search, tab, video_home

ADDRESS = "ingrid.solberg.mpls@gmail.com"
INBOX = "4b8e2f0c1d"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (6) - {ADDRESS} - Gmail", None)]


def paper() -> list[Step]:
    return [
        (
            "goto",
            "https://www.startribune.com/",
            "Star Tribune: News, weather, sports from Minneapolis, St. Paul and Minnesota",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 06:30"),
    *mail(),
    *paper(),
    day("1 20:00"),
    search(GOOGLE, "furnace turns on and off every few minutes", "furnace"),
    page(
        "https://www.familyhandyman.com/article/furnace-short-cycling/",
        "Furnace Short Cycling: Causes and How to Fix It | Family Handyman",
        "furnace",
    ),
    search(GOOGLE, "dirty flame sensor symptoms furnace", "furnace"),
    page(
        "https://www.youtube.com/watch?v=Fs3nQ8kLw2E",
        "How to Clean a Furnace Flame Sensor in 5 Minutes - YouTube",
        "furnace",
    ),
    day("1 21:10"),
    *forum(),
    day("2 06:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1858120034567890101",
        "Save the date: Astrid & Mateo, Denver, Saturday the 19th",
        "wedding",
    ),
    day("2 19:30"),
    search(DDG, "msp to den nonstop flights december", "wedding"),
    page(
        "https://www.google.com/travel/flights/search?tfs=CBwQAhoeEgoyMDI2LTEyLTE4agwIAhIIL20vMGZ0",
        "Minneapolis to Denver | Google Flights",
        "wedding",
    ),
    search(DDG, "hotels near cherry creek denver walking distance", "wedding"),
    page(
        "https://www.booking.com/district/us/denver/cherrycreek.html",
        "Cherry Creek Hotels, Denver - Booking.com",
        "wedding",
    ),
    day("2 21:00"),
    *video_home(),
    day("3 06:30"),
    *mail(),
    *paper(),
    day("3 12:20"),
    search(GOOGLE, "minnesota pharmacist license renewal ce hours required", "ce"),
    page(
        "https://mn.gov/boards/pharmacy/licensing/pharmacist/renewal.jsp",
        "Pharmacist License Renewal - Minnesota Board of Pharmacy",
        "ce",
    ),
    day("3 19:45"),
    search(GOOGLE, "hsa vs ppo which is better family of three", "enroll"),
    page(
        "https://www.nerdwallet.com/article/health/hsa-vs-ppo",
        "HSA vs. PPO: How to Choose a Health Plan - NerdWallet",
        "enroll",
    ),
    *tab(
        "https://www.irs.gov/publications/p969",
        "Publication 969 (2026), Health Savings Accounts and Other Tax-Favored Health Plans",
        "enroll",
    ),
    day("4 06:35"),
    *mail(),
    day("4 18:50"),
    search(GOOGLE, "furnace replacement cost minneapolis 2026", "furnace"),
    page(
        "https://www.homeguide.com/costs/furnace-replacement-cost",
        "2026 Furnace Replacement Cost | New Gas Furnace Prices - HomeGuide",
        "furnace",
    ),
    search(GOOGLE, "xcel energy furnace rebate high efficiency", "furnace"),
    page(
        "https://mn.my.xcelenergy.com/s/residential/heating-cooling/furnace-rebates",
        "Furnace Rebates | Xcel Energy",
        "furnace",
    ),
    day("4 20:30"),
    search(DDG, "demon copperhead book club discussion questions", "book"),
    page(
        "https://www.readinggroupguides.com/reviews/demon-copperhead/guide",
        "Demon Copperhead: Reading Group Guide - ReadingGroupGuides.com",
        "book",
    ),
    day("5 06:30"),
    *mail(),
    *paper(),
    day("5 17:40"),
    search(GOOGLE, "youth hockey skates sizing first pair 7 year old", "skates"),
    page(
        "https://www.purehockey.com/c/hockey-skates-sizing-guide",
        "Hockey Skate Sizing Guide | Pure Hockey",
        "skates",
    ),
    search(GOOGLE, "bauer vs ccm youth skates beginner", "skates"),
    page(
        "https://www.reddit.com/r/hockeyplayers/comments/x8k2m1/bauer_vs_ccm_for_a_first_youth_skate/",
        "Bauer vs CCM for a first youth skate? : r/hockeyplayers",
        "skates",
    ),
    day("5 21:00"),
    *forum(),
    day("6 08:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1858120034567890202",
        "Your estimate from Standard Heating & Air - Lennox 96% furnace",
        "furnace",
    ),
    day("6 10:15"),
    search(GOOGLE, "lennox ml196 vs carrier 59sc5 reliability", "furnace"),
    page(
        "https://www.hvac-talk.com/threads/lennox-ml196-vs-carrier-59sc5.2281940/",
        "Lennox ML196 vs Carrier 59SC5 | HVAC-Talk",
        "furnace",
    ),
    day("6 14:00"),
    search(DDG, "what to wear to a december wedding in colorado", "wedding"),
    page(
        "https://www.brides.com/winter-wedding-guest-attire-5090876",
        "What to Wear to a Winter Wedding as a Guest - Brides",
        "wedding",
    ),
    search(DDG, "astrid and mateo wedding registry crate and barrel", "wedding"),
    page(
        "https://www.crateandbarrel.com/gift-registry/astrid-lund-and-mateo-reyes/r7219940",
        "Astrid Lund & Mateo Reyes's Wedding Registry | Crate & Barrel",
        "wedding",
    ),
    day("6 20:00"),
    *video_home(),
    day("7 06:30"),
    *mail(),
    *paper(),
    day("7 12:10"),
    search(GOOGLE, "free acpe immunization ce for pharmacists", "ce"),
    page(
        "https://www.freece.com/pharmacist/immunization",
        "Free Immunization CE for Pharmacists | FreeCE",
        "ce",
    ),
    *tab(
        "https://www.pharmacytimes.org/activity/immunization-update-2026",
        "Immunization Update 2026 - Pharmacy Times Continuing Education",
        "ce",
    ),
    day("7 19:30"),
    search(GOOGLE, "hsa contribution limit 2027 family", "enroll"),
    page(
        "https://www.fidelity.com/learning-center/smart-money/hsa-contribution-limits",
        "HSA Contribution Limits 2026 and 2027 | Fidelity",
        "enroll",
    ),
    search(GOOGLE, "dependent care fsa vs child tax credit", "enroll"),
    page(
        "https://www.kiplinger.com/taxes/dependent-care-fsa-vs-child-care-credit",
        "Dependent Care FSA vs. the Child and Dependent Care Credit | Kiplinger",
        "enroll",
    ),
    day("8 06:40"),
    *mail(),
    day("8 18:30"),
    search(GOOGLE, "skate sharpening near me minneapolis radius for kids", "skates"),
    page(
        "https://www.yelp.com/search?find_desc=Skate+Sharpening&find_loc=Minneapolis%2C+MN",
        "Top 10 Best Skate Sharpening near Minneapolis, MN - Yelp",
        "skates",
    ),
    day("8 20:45"),
    search(DDG, "barbara kingsolver demon copperhead interview david copperfield", "book"),
    page(
        "https://www.npr.org/2022/10/18/1129386893/barbara-kingsolver-demon-copperhead",
        "Barbara Kingsolver on retelling David Copperfield in Appalachia : NPR",
        "book",
    ),
    day("9 06:30"),
    *mail(),
    *paper(),
    day("9 19:00"),
    search(GOOGLE, "standard heating and air minneapolis reviews", "furnace"),
    page(
        "https://www.bbb.org/us/mn/minneapolis/profile/heating-and-air-conditioning/standard-heating-air-0704-1000",
        "Standard Heating & Air Conditioning | BBB Business Profile",
        "furnace",
    ),
    search(DDG, "denver airport to cherry creek shuttle or uber", "wedding"),
    page(
        "https://www.flydenver.com/parking-transportation/ground-transportation/",
        "Ground Transportation | Denver International Airport",
        "wedding",
    ),
    day("9 21:00"),
    *forum(),
    day("10 06:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1858120034567890303",
        "Open enrollment closes Friday: confirm your 2027 benefits",
        "enroll",
    ),
    day("10 12:00"),
    search(GOOGLE, "minnesota board of pharmacy ce audit documentation", "ce"),
    page(
        "https://mn.gov/boards/pharmacy/resources/continuing-education.jsp",
        "Continuing Education - Minnesota Board of Pharmacy",
        "ce",
    ),
    day("10 20:00"),
    *video_home(),
]
