"""A product manager's ten days in Seattle, written at the start of the twentieth session,
before any change of that session, and scored before any change for it: a spring trip to
Japan (flights, a ryokan, a rail pass, temples read on Wikipedia from one page to the next),
a job hunt, a standing desk, a toddler's sleep, an old camera sold on eBay, and a water
heater whose pilot light keeps going out. Conversations with a chat assistant are part of
three tasks: each is one page (its URL) named by the assistant after the question, opened
again on later days. One shop (Amazon) serves the desk and a sleep book. Work chat (Slack),
mail, the news with an article that leads into Wikipedia, video and the assistant's front
page are habits. Searches go to Google, Bing and DuckDuckGo.
Used by make_week_history.py (``week37``); steps as in week_script.py.
"""

from __future__ import annotations

from functools import partial

from week_script import BING, DDG, GMAIL, GOOGLE, Step, day, gmail_message, page, search, video_home

CHAT = "https://chatgpt.com/"
JAPAN_CHAT = "https://chatgpt.com/c/6a1f0c2e-3b9d-4e7a-9f21-7c5d2e8b1a40"
RESUME_CHAT = "https://chatgpt.com/c/6a21d9b4-8c0e-4f3a-b6d2-19e7a4c3f5d1"
SLEEP_CHAT = "https://chatgpt.com/c/6a24e7a1-0d5b-4c8e-a3f9-5b2c8d1e6f07"
WIKI = "https://en.wikipedia.org/wiki/"
DESK = "https://www.amazon.com/FEZIBO-Electric-Standing-Adjustable-Workstation/dp/B08KWBZ1JF"
DESK_TITLE = (
    "Amazon.com: FEZIBO Electric Standing Desk, 48 x 24 Inches Height Adjustable Stand up "
    "Desk : Home & Kitchen"
)
EBAY_SOLD = "https://www.ebay.com/sch/i.html?_nkw=canon+ae-1+program&LH_Sold=1"


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (5) - priya.n@example.com - Gmail", None)]


message = partial(gmail_message, "priya.n@example.com", "8d03a")


def slack() -> list[Step]:
    return [
        (
            "goto",
            "https://app.slack.com/client/T01ACME/C02PRODUCT",
            "product-team (Channel) - Acme - Slack",
            None,
        )
    ]


def news(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.seattletimes.com/", "The Seattle Times | Local news", None)
    ]
    if article:
        steps.append(("click", f"https://www.seattletimes.com/{article[0]}", article[1], None))
    return steps


def assistant() -> list[Step]:
    return [("goto", CHAT, "ChatGPT", None)]


def chat(url: str, title: str, task: str) -> Step:
    return ("goto", url, f"{title} - ChatGPT", task)


STEPS: list[Step] = [
    day("1 08:10"),
    *mail(),
    *slack(),
    *news(),
    day("1 12:20"),
    search(GOOGLE, "seattle to osaka flights april", "japan"),
    page(
        "https://www.google.com/travel/flights/search?tfs=CBwQAhoeEgoyMDI3LTA0LTA2agcIARIDU0VBcgcIARIDS0lY",
        "Seattle to Osaka | Google Flights",
        "japan",
    ),
    ("back", "", "", "japan"),
    page(
        "https://www.kayak.com/flight-routes/Seattle-Tacoma-Intl-SEA/Osaka-Kansai-KIX",
        "Cheap Flights from Seattle to Osaka from $612 | KAYAK",
        "japan",
        "tab",
    ),
    ("close", "", "", "japan"),
    day("1 12:45"),
    *assistant(),
    chat(JAPAN_CHAT, "Japan 10-Day Spring Itinerary", "japan"),
    day("1 20:30"),
    search(BING, "toddler sleep regression 2 years old waking at night", "sleep"),
    page(
        "https://www.sleepfoundation.org/baby-sleep/2-year-old-sleep-regression",
        "2-Year-Old Sleep Regression: Causes and Tips | Sleep Foundation",
        "sleep",
    ),
    ("back", "", "", "sleep"),
    page(
        "https://www.reddit.com/r/sleeptrain/comments/1b2c3d/two_year_old_suddenly_fighting_bedtime/",
        "Two year old suddenly fighting bedtime, what worked for you? : r/sleeptrain",
        "sleep",
        "tab",
    ),
    ("close", "", "", "sleep"),
    *video_home(),
    day("2 08:05"),
    *mail(),
    *slack(),
    day("2 12:10"),
    search(GOOGLE, "senior product manager jobs seattle hybrid", "job"),
    page(
        "https://www.linkedin.com/jobs/search/?keywords=senior%20product%20manager&location=Seattle",
        "Senior Product Manager jobs in Seattle, WA | LinkedIn",
        "job",
    ),
    page(
        "https://www.linkedin.com/jobs/view/3987654321/",
        "Senior Product Manager, Payments - Zillow | LinkedIn",
        "job",
    ),
    page(
        "https://www.glassdoor.com/Reviews/Zillow-Reviews-E40802.htm",
        "Zillow Reviews: What Is It Like to Work At Zillow? | Glassdoor",
        "job",
        "tab",
    ),
    ("close", "", "", "job"),
    day("2 19:50"),
    search(DDG, "canon ae-1 program value", "camera"),
    page(EBAY_SOLD, "Canon Ae-1 Program for sale | eBay", "camera"),
    page(
        "https://www.ebay.com/itm/296512348765",
        "Canon AE-1 Program 35mm SLR Film Camera w/ 50mm f1.8 Lens TESTED | eBay",
        "camera",
    ),
    day("3 07:30"),
    search(GOOGLE, "water heater pilot light keeps going out", "heater"),
    page(
        "https://www.familyhandyman.com/article/water-heater-pilot-light-wont-stay-lit/",
        "Water Heater Pilot Light Won't Stay Lit? Here's Why | Family Handyman",
        "heater",
    ),
    search(GOOGLE, "thermocouple replacement rheem gas water heater", "heater"),
    page(
        "https://www.youtube.com/watch?v=thermocpl1",
        "How to Replace a Water Heater Thermocouple - YouTube",
        "heater",
    ),
    day("3 08:40"),
    *mail(),
    *slack(),
    *news(("local-news/light-rail-extension", "Light rail extension opens | The Seattle Times")),
    page(f"{WIKI}Link_light_rail", "Link light rail - Wikipedia", None),
    page(f"{WIKI}Sound_Transit", "Sound Transit - Wikipedia", None),
    day("3 13:00"),
    search(GOOGLE, "best standing desk under 400", "desk"),
    page(
        "https://www.nytimes.com/wirecutter/reviews/best-standing-desk/",
        "The 3 Best Standing Desks of 2026 | Reviews by Wirecutter",
        "desk",
    ),
    page(DESK, DESK_TITLE, "desk", "tab"),
    ("close", "", "", "desk"),
    day("3 21:00"),
    search(GOOGLE, "kyoto temples must see", "japan"),
    page(f"{WIKI}Fushimi_Inari-taisha", "Fushimi Inari-taisha - Wikipedia", "japan"),
    page(f"{WIKI}Inari_%C5%8Ckami", "Inari Ōkami - Wikipedia", "japan"),
    page(f"{WIKI}Kitsune", "Kitsune - Wikipedia", "japan"),
    ("back", "", "", "japan"),
    ("back", "", "", "japan"),
    page(f"{WIKI}Kiyomizu-dera", "Kiyomizu-dera - Wikipedia", "japan"),
    day("4 08:00"),
    *mail(),
    *slack(),
    day("4 12:30"),
    chat(RESUME_CHAT, "Rewrite Resume Bullet Points", "job"),
    search(GOOGLE, "product manager resume metrics examples", "job"),
    page(
        "https://www.productplan.com/learn/product-manager-resume/",
        "How to Write a Product Manager Resume | ProductPlan",
        "job",
    ),
    day("4 20:15"),
    search(BING, "how long does sleep regression last toddler", "sleep"),
    page(
        "https://www.healthychildren.org/English/ages-stages/toddler/Pages/Sleep-Problems.aspx",
        "Sleep Problems in Toddlers - HealthyChildren.org",
        "sleep",
    ),
    *assistant(),
    chat(SLEEP_CHAT, "Toddler Bedtime Routine Tips", "sleep"),
    day("5 07:45"),
    *mail(),
    *message("19a3c5e7f9b1d2e4", "Your eBay item sold! Canon AE-1 Program 35mm SLR", "camera"),
    *slack(),
    day("5 12:00"),
    search(GOOGLE, "ebay shipping label print at home usps", "camera"),
    page(
        "https://www.ebay.com/help/selling/shipping-items/printing-shipping-labels",
        "Printing shipping labels | eBay",
        "camera",
    ),
    search(GOOGLE, "how to pack a film camera for shipping", "camera"),
    page(
        "https://www.reddit.com/r/AnalogCommunity/comments/9x8y7z/best_way_to_pack_a_camera_for_shipping/",
        "Best way to pack a camera for shipping? : r/AnalogCommunity",
        "camera",
    ),
    day("5 18:30"),
    search(DDG, "jr pass worth it 2027 osaka kyoto tokyo", "japan"),
    page(
        "https://www.japan-guide.com/e/e2361.html",
        "Japan Rail Pass - japan-guide.com",
        "japan",
    ),
    page(
        "https://www.japan-guide.com/railpass/calculator.html",
        "Japan Rail Pass Calculator - japan-guide.com",
        "japan",
    ),
    chat(JAPAN_CHAT, "Japan 10-Day Spring Itinerary", "japan"),
    day("6 09:20"),
    *mail(),
    *video_home(),
    page("https://www.youtube.com/watch?v=mkbhd2026", "The Best Phones of 2026 - YouTube", None),
    day("6 14:00"),
    search(GOOGLE, "fezibo vs flexispot e5", "desk"),
    page(
        "https://www.reddit.com/r/StandingDesk/comments/1c9d8e/fezibo_vs_flexispot_e5_worth_the_extra/",
        "Fezibo vs Flexispot E5, worth the extra $100? : r/StandingDesk",
        "desk",
    ),
    page(
        "https://www.flexispot.com/standing-desks/e5-standing-desk",
        "E5 Standing Desk | FlexiSpot",
        "desk",
        "tab",
    ),
    ("close", "", "", "desk"),
    day("6 16:30"),
    search(GOOGLE, "rheem water heater pilot won't light after thermocouple replaced", "heater"),
    page(
        "https://www.doityourself.com/forum/gas-water-heaters/612345-pilot-wont-stay-lit-new-thermocouple.html",
        "Pilot won't stay lit, new thermocouple - DoItYourself.com Community Forums",
        "heater",
    ),
    search(GOOGLE, "plumber water heater repair near me", "heater"),
    page(
        "https://www.yelp.com/search?find_desc=Water+Heater+Repair&find_loc=Seattle%2C+WA",
        "Top 10 Best Water Heater Repair near Seattle, WA | Yelp",
        "heater",
    ),
    day("7 08:10"),
    *mail(),
    *slack(),
    *news(),
    day("7 12:40"),
    search(BING, "zillow senior pm interview questions", "job"),
    page(
        "https://www.glassdoor.com/Interview/Zillow-Senior-Product-Manager-Interview-Questions-EI_IE40802.0,6_KO7,29.htm",
        "Zillow Senior Product Manager Interview Questions | Glassdoor",
        "job",
    ),
    chat(RESUME_CHAT, "Rewrite Resume Bullet Points", "job"),
    day("7 21:10"),
    search(GOOGLE, "precious little sleep book", "sleep"),
    page(
        "https://www.amazon.com/Precious-Little-Sleep-Complete-Modern/dp/0997549501",
        "Amazon.com: Precious Little Sleep: The Complete Baby Sleep Guide for Modern "
        "Parents: 9780997549506: Books",
        "sleep",
    ),
    day("8 08:00"),
    *mail(),
    *message("19a3d1f2a4b6c8e0", "Your order of FEZIBO Electric Standing Desk has shipped", "desk"),
    *slack(),
    day("8 13:20"),
    search(GOOGLE, "ryokan kyoto with private onsen", "japan"),
    page(
        "https://www.booking.com/searchresults.html?ss=Kyoto&nflt=ht_id%3D209",
        "Ryokans in Kyoto - Book your ryokan now | Booking.com",
        "japan",
    ),
    page(
        "https://www.booking.com/hotel/jp/kyoto-arashiyama-onsen-kadensho.html",
        "Kadensho, Arashiyama Onsen, Kyoto – Updated 2027 Prices",
        "japan",
        "tab",
    ),
    ("close", "", "", "japan"),
    day("8 19:00"),
    ("goto", EBAY_SOLD, "Canon Ae-1 Program for sale | eBay", "camera"),
    day("9 08:15"),
    *mail(),
    *slack(),
    day("9 12:00"),
    search(GOOGLE, "standing desk cable management tray", "desk"),
    page(
        "https://www.amazon.com/s?k=standing+desk+cable+management+tray",
        "Amazon.com : standing desk cable management tray",
        "desk",
    ),
    day("9 17:45"),
    search(GOOGLE, "water heater repair cost vs replace 12 years old", "heater"),
    page(
        "https://www.homedepot.com/c/ab/repair-or-replace-water-heater/9ba683603be9fa5395fab9019f8a4d3",
        "Repair or Replace a Water Heater? - The Home Depot",
        "heater",
    ),
    day("10 08:05"),
    *mail(),
    *slack(),
    *news(),
    day("10 12:15"),
    search(GOOGLE, "zillow product manager salary levels.fyi", "job"),
    page(
        "https://www.levels.fyi/companies/zillow/salaries/product-manager",
        "Zillow Product Manager Salary | Levels.fyi",
        "job",
    ),
    day("10 20:30"),
    chat(SLEEP_CHAT, "Toddler Bedtime Routine Tips", "sleep"),
    search(BING, "toddler clock ok to wake", "sleep"),
    page(
        "https://www.hatch.co/rest-2nd-gen",
        "Hatch Rest 2nd Gen: Sleep Trainer & Sound Machine | Hatch",
        "sleep",
    ),
]
