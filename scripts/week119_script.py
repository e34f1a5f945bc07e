"""A bakery owner's ten days in Portland, Oregon, on the laptop in her shop's back office and
at home, written in the thirty-third session and scored before any change for it: the
convection oven that bakes unevenly, the county's health inspection to prepare for, a
client's three-tier wedding cake, the bakery's Instagram, and a week on Maui after the
holidays that she looks at and never books. Between them she reads The Oregonian, scrolls
her Instagram feed (the same site as her marketing task) and watches cake-decorating videos
from YouTube's front page that belong to no task. Gmail is opened most days. Searches go to
Google and Bing.
Used by make_week_history.py (``week119``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "rosie@flourandferncakes.com"
INBOX = "9d5f1b2c47"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (12) - {ADDRESS} - Gmail", None)]


def oregonian() -> list[Step]:
    return [
        (
            "goto",
            "https://www.oregonlive.com/",
            "Portland, Oregon local news, sports and weather - oregonlive.com",
            None,
        )
    ]


def feed() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def watch(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 05:10"),
    *mail(),
    *oregonian(),
    day("1 09:45"),
    search(GOOGLE, "blodgett convection oven baking uneven back darker", "oven"),
    page(
        "https://www.reddit.com/r/Baking/comments/1p7q8r9/commercial_convection_oven_uneven/",
        "Commercial convection oven baking unevenly, back row darker : r/Baking",
        "oven",
    ),
    search(GOOGLE, "blodgett dfg-100 fan motor replacement", "oven"),
    page(
        "https://www.partstown.com/blodgett/blo-m5306",
        "Blodgett M5306 Convection Motor | Parts Town",
        "oven",
    ),
    day("1 14:20"),
    *feed(),
    day("1 20:30"),
    search(BING, "maui in january weather whales", "maui"),
    page(
        "https://www.gohawaii.com/islands/maui/plan-your-trip/weather",
        "Maui Weather | Go Hawaii",
        "maui",
    ),
    search(BING, "kaanapali condo with kitchen vrbo", "maui"),
    page(
        "https://www.vrbo.com/search?destination=Kaanapali%2C%20Hawaii",
        "Kaanapali Vacation Rentals | Vrbo",
        "maui",
    ),
    day("2 05:15"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1867000445566778801",
        "Multnomah County Environmental Health: routine inspection notice",
        "inspection",
    ),
    *oregonian(),
    day("2 10:00"),
    search(GOOGLE, "multnomah county food inspection checklist bakery", "inspection"),
    page(
        "https://www.multco.us/food-safety/restaurant-inspections",
        "Restaurant Inspections | Multnomah County",
        "inspection",
    ),
    search(GOOGLE, "quat sanitizer test strips ppm range", "inspection"),
    page(
        "https://www.webstaurantstore.com/article/96/quat-sanitizer-test-strips.html",
        "Quat Sanitizer Test Strips: Proper Concentration | WebstaurantStore",
        "inspection",
    ),
    day("2 15:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1867000445566778802",
        "Re: Wedding cake for June 14 - tasting and quote",
        "wedding",
    ),
    search(GOOGLE, "3 tier wedding cake 6 8 10 inch how many servings", "wedding"),
    page(
        "https://www.wilton.com/wedding-cake-data/wlproj-5706.html",
        "Wedding Cake Data | Wilton",
        "wedding",
    ),
    day("2 21:00"),
    *watch("c4k3d3c0r8a", "Satisfying Cake Decorating Compilation - YouTube"),
    day("3 05:10"),
    *mail(),
    *oregonian(),
    day("3 11:30"),
    search(BING, "commercial oven repair portland oregon", "oven"),
    page(
        "https://www.yelp.com/search?find_desc=Commercial+Oven+Repair&find_loc=Portland%2C+OR",
        "Top 10 Best Commercial Oven Repair in Portland, OR - Yelp",
        "oven",
    ),
    page(
        "https://www.yelp.com/biz/pacific-food-equipment-service-portland",
        "Pacific Food Equipment Service - Portland - Yelp",
        "oven",
    ),
    day("3 16:00"),
    search(GOOGLE, "instagram reels ideas for bakery small business", "insta"),
    page(
        "https://later.com/blog/instagram-reels-ideas-small-business/",
        "Instagram Reels Ideas for Small Businesses | Later",
        "insta",
    ),
    search(GOOGLE, "best time to post on instagram food business weekday", "insta"),
    page(
        "https://sproutsocial.com/insights/best-times-to-post-on-instagram/",
        "Best Times to Post on Instagram | Sprout Social",
        "insta",
    ),
    day("4 05:15"),
    *mail(),
    *feed(),
    day("4 09:50"),
    search(GOOGLE, "oregon food handler card renewal online", "inspection"),
    page(
        "https://www.orfoodhandlers.com/",
        "Oregon Food Handlers Card | Official Online Course",
        "inspection",
    ),
    day("4 14:10"),
    search(GOOGLE, "cake dowels or bubble tea straws stacking tiers", "wedding"),
    page(
        "https://sugargeekshow.com/news/how-to-stack-a-cake/",
        "How To Stack A Cake (Step By Step) | Sugar Geek Show",
        "wedding",
    ),
    search(GOOGLE, "fresh flowers on wedding cake safe list", "wedding"),
    page(
        "https://www.marthastewart.com/7890123/edible-flowers-cakes",
        "Which Flowers Are Safe to Use on Cakes? | Martha Stewart",
        "wedding",
    ),
    day("4 20:45"),
    search(BING, "alaska airlines portland to maui january", "maui"),
    page(
        "https://www.alaskaair.com/en/flights-from-portland-to-maui",
        "Flights from Portland to Maui (PDX - OGG) | Alaska Airlines",
        "maui",
    ),
    day("5 05:10"),
    *mail(),
    *oregonian(),
    day("5 10:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1867000445566778803",
        "Pacific Food Equipment Service - service ticket #40217",
        "oven",
    ),
    search(GOOGLE, "convection oven calibrate thermostat oven thermometer", "oven"),
    page(
        "https://www.webstaurantstore.com/article/248/oven-calibration.html",
        "How to Calibrate an Oven | WebstaurantStore",
        "oven",
    ),
    day("5 15:00"),
    search(GOOGLE, "canva instagram templates bakery", "insta"),
    page(
        "https://www.canva.com/instagram-posts/templates/bakery/",
        "Bakery Instagram Post templates | Canva",
        "insta",
    ),
    day("6 08:00"),
    *feed(),
    *watch("fr0st1ngr0s3", "How to Pipe Buttercream Roses - YouTube"),
    day("6 13:00"),
    search(GOOGLE, "handwashing sink requirements oregon food code", "inspection"),
    page(
        "https://www.oregon.gov/oha/ph/healthyenvironments/foodsafety/pages/rules.aspx",
        "Food Sanitation Rules | Oregon Health Authority",
        "inspection",
    ),
    day("7 05:15"),
    *mail(),
    *oregonian(),
    day("7 11:00"),
    search(GOOGLE, "swiss meringue buttercream hold up outdoor wedding june", "wedding"),
    page(
        "https://www.reddit.com/r/cakedecorating/comments/1q8r9s0/smbc_outdoor_wedding_heat/",
        "Will SMBC hold up at an outdoor June wedding? : r/cakedecorating",
        "wedding",
    ),
    day("7 16:20"),
    search(GOOGLE, "instagram collab post with local coffee shop how", "insta"),
    page(
        "https://help.instagram.com/1034567890123456",
        "Collaborate on posts and reels | Instagram Help Center",
        "insta",
    ),
    day("8 05:10"),
    *mail(),
    *oregonian(),
    day("8 20:30"),
    search(BING, "napili vs kihei where to stay maui with kids", "maui"),
    page(
        "https://www.tripadvisor.com/ShowTopic-g29220-i120-k14678901-Napili_vs_Kihei.html",
        "Napili vs Kihei for a family? - Maui Forum - Tripadvisor",
        "maui",
    ),
    day("9 05:15"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1867000445566778804",
        "Pacific Food Equipment Service - invoice: convection fan motor replaced",
        "oven",
    ),
    *feed(),
    day("9 14:00"),
    search(GOOGLE, "wedding cake delivery box 10 inch tall", "wedding"),
    page(
        "https://www.webstaurantstore.com/wedding-cake-boxes/",
        "Tall Cake Boxes for Wedding Cakes | WebstaurantStore",
        "wedding",
    ),
    day("10 05:10"),
    *mail(),
    *oregonian(),
    day("10 09:30"),
    search(GOOGLE, "date labels food prep what inspectors look for", "inspection"),
    page(
        "https://www.statefoodsafety.com/resources/articles/food-date-marking",
        "Date Marking Food: What Inspectors Look For | StateFoodSafety",
        "inspection",
    ),
]
