"""A firefighter's ten days in Halifax, Nova Scotia, written in the twenty-sixth session after
all of its changes, and scored before any change for it: a used sea kayak, a daughter's first
year in residence at McGill, a backyard shed and its permit, a snowblower that will not
start, the fire officer exam for a captain's post, and the dog's limp. Gmail, CBC News,
Facebook and the weather are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week77``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "dmacisaac.hfx@gmail.com"
INBOX = "0a1b2c3d4e"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (2) - {ADDRESS} - Gmail", None)]


def cbc() -> list[Step]:
    return [("goto", "https://www.cbc.ca/news/canada/nova-scotia", "Nova Scotia | CBC News", None)]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


def weather() -> list[Step]:
    return [
        (
            "goto",
            "https://www.theweathernetwork.com/en/city/ca/nova-scotia/halifax/current",
            "Halifax, NS Current Weather - The Weather Network",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 06:40"),
    *weather(),
    *mail(),
    *cbc(),
    day("1 09:30"),
    search(GOOGLE, "used sea kayak what to look for buying", "kayak"),
    page(
        "https://www.paddling.com/learn/buying-a-used-kayak",
        "How to Buy a Used Kayak: An Inspection Checklist | Paddling.com",
        "kayak",
    ),
    page(
        "https://www.kijiji.ca/b-kayak-canoe/halifax/sea-kayak/k0c329l80010",
        "Sea Kayak | Kayaks & Canoes for Sale in Halifax | Kijiji",
        "kayak",
    ),
    day("1 14:00"),
    search(BING, "snowblower won't start after summer storage", "snowblower"),
    page(
        "https://www.familyhandyman.com/article/snow-blower-wont-start/",
        "Snow Blower Won't Start? Here's What to Do | Family Handyman",
        "snowblower",
    ),
    *tab(
        f"{YT}zC4kGp1Wd8o",
        "How to Clean a Snowblower Carburetor - Toro Power Clear - YouTube",
        "snowblower",
    ),
    day("1 20:30"),
    search(GOOGLE, "nfpa 1021 fire officer I practice questions", "exam"),
    page(
        "https://www.firefighterpracticetests.com/fire-officer-1",
        "Fire Officer I Practice Test (NFPA 1021) | Firefighter Practice Tests",
        "exam",
    ),
    day("2 07:00"),
    *weather(),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1830012233445566001",
        "Your residence offer: Royal Victoria College, Fall 2027 - McGill Student Housing",
        "residence",
    ),
    day("2 07:20"),
    search(GOOGLE, "mcgill royal victoria college what to bring first year", "residence"),
    page(
        "https://www.mcgill.ca/students/housing/new-residents/packing",
        "What to bring to residence | Student Housing and Hospitality Services - McGill",
        "residence",
    ),
    page(
        "https://www.reddit.com/r/mcgill/comments/1q2w3e4/rvc_packing_list_advice/",
        "RVC packing list advice? : r/mcgill",
        "residence",
    ),
    day("2 12:45"),
    *facebook(),
    day("2 19:10"),
    search(GOOGLE, "dog limping back leg after running no yelp", "dog"),
    page(
        "https://www.akc.org/expert-advice/health/why-is-my-dog-limping/",
        "Why Is My Dog Limping? | American Kennel Club",
        "dog",
    ),
    day("3 07:10"),
    *weather(),
    *cbc(),
    day("3 10:00"),
    search(GOOGLE, "hrm accessory building permit shed size", "shed"),
    page(
        "https://www.halifax.ca/home-property/building-development-permits/accessory-buildings",
        "Accessory Buildings (Sheds, Garages) | Halifax",
        "shed",
    ),
    day("3 10:25"),
    search(GOOGLE, "10x12 shed foundation concrete blocks vs gravel pad", "shed"),
    page(
        "https://www.thisoldhouse.com/storage-organization/21015214/shed-foundation",
        "How to Build a Shed Foundation | This Old House",
        "shed",
    ),
    day("3 16:30"),
    search(BING, "toro snowblower spark plug gap", "snowblower"),
    page(
        "https://www.toro.com/en/customer-support/faq/snowthrower-spark-plug",
        "Snowthrower Spark Plug | Toro Customer Support",
        "snowblower",
    ),
    day("3 21:00"),
    search(GOOGLE, "fire officer exam incident command scenario tips", "exam"),
    page(
        "https://www.firerescue1.com/fire-officer-development/articles/acing-the-assessment-center",
        "Acing the fire officer assessment center | FireRescue1",
        "exam",
    ),
    day("4 07:00"),
    *mail(),
    *facebook(),
    day("4 11:15"),
    search(GOOGLE, "sea kayak length 16 vs 17 feet beginner", "kayak"),
    page(
        "https://www.rei.com/learn/expert-advice/kayak.html",
        "How to Choose a Kayak | REI Expert Advice",
        "kayak",
    ),
    day("4 11:40"),
    search(GOOGLE, "kijiji current designs squall price fair", "kayak"),
    page(
        "https://www.kijiji.ca/v-kayak-canoe/dartmouth/current-designs-squall/1712345678",
        "Current Designs Squall 15'6 Sea Kayak | Kayaks & Canoes | Dartmouth | Kijiji",
        "kayak",
    ),
    day("4 19:45"),
    search(GOOGLE, "flights halifax to montreal late august one way", "residence"),
    page(
        "https://www.google.com/travel/flights?q=flights+halifax+to+montreal",
        "Cheap flights from Halifax to Montréal | Google Flights",
        "residence",
    ),
    day("5 06:50"),
    *weather(),
    *cbc(),
    day("5 13:20"),
    search(GOOGLE, "cruciate ligament tear dog symptoms vs sprain", "dog"),
    page(
        "https://vcahospitals.com/know-your-pet/cruciate-ligament-rupture-in-dogs",
        "Cruciate Ligament Rupture in Dogs | VCA Animal Hospitals",
        "dog",
    ),
    day("5 13:40"),
    search(GOOGLE, "tplo surgery cost nova scotia", "dog"),
    page(
        "https://www.reddit.com/r/halifax/comments/1r5t6y7/tplo_cost_for_a_lab/",
        "TPLO cost for a lab? : r/halifax",
        "dog",
    ),
    day("5 20:00"),
    search(GOOGLE, "mcgill meal plan residence cost 2027", "residence"),
    page(
        "https://www.mcgill.ca/students/housing/rates/meal-plan",
        "Mandatory Meal Plan | Student Housing and Hospitality Services - McGill",
        "residence",
    ),
    day("6 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1830019988776655002",
        "Appointment reminder: Murphy, Thursday 4:15 pm - Bedford Animal Hospital",
        "dog",
    ),
    *facebook(),
    day("6 10:30"),
    search(BING, "pressure treated lumber list 10x12 shed gable roof", "shed"),
    page(
        "https://www.kent.ca/en/projects/build-a-shed",
        "Build a Shed: Materials List and Plans | Kent",
        "shed",
    ),
    day("6 10:55"),
    search(GOOGLE, "kent shed kit 10x12 vs build your own cost", "shed"),
    page(
        "https://www.kent.ca/en/garden-sheds/10x12-gable-shed-kit",
        "10 x 12 Gable Shed Kit | Kent",
        "shed",
    ),
    day("6 21:15"),
    search(GOOGLE, "nfpa 1021 chapter 4 human resource management summary", "exam"),
    page(
        "https://quizlet.com/123456789/fire-officer-1-chapter-4-flash-cards/",
        "Fire Officer 1 Chapter 4 Flashcards | Quizlet",
        "exam",
    ),
    day("7 06:45"),
    *weather(),
    *cbc(),
    day("7 15:30"),
    search(GOOGLE, "carburetor cleaner vs seafoam small engine", "snowblower"),
    page(
        "https://www.reddit.com/r/smallengines/comments/1s8d9f0/seafoam_or_carb_cleaner/",
        "Seafoam or carb cleaner for a snowblower that sat all summer? : r/smallengines",
        "snowblower",
    ),
    day("7 16:10"),
    search(GOOGLE, "toro power clear 721 primer bulb replacement", "snowblower"),
    page(
        "https://www.amazon.ca/s?k=toro+power+clear+primer+bulb",
        "Amazon.ca : toro power clear primer bulb",
        "snowblower",
    ),
    day("8 07:00"),
    *mail(),
    *facebook(),
    day("8 12:00"),
    search(GOOGLE, "pfd for sea kayaking best fit high back seat", "kayak"),
    page(
        "https://www.mec.ca/en/products/clothing/pfds-and-life-jackets",
        "PFDs & Life Jackets | MEC",
        "kayak",
    ),
    day("8 17:20"),
    search(GOOGLE, "dog knee brace for cruciate tear does it work", "dog"),
    page(
        "https://www.ortho-pets.com/blog/dog-knee-brace-for-acl",
        "Do Dog Knee Braces Work for a Torn CCL? | OrthoPets",
        "dog",
    ),
    day("9 07:10"),
    *weather(),
    *cbc(),
    day("9 10:40"),
    search(GOOGLE, "fire captain promotional exam in basket exercise examples", "exam"),
    page(
        "https://www.fireengineering.com/leadership/preparing-for-the-in-basket/",
        "Preparing for the In-Basket Exercise | Fire Engineering",
        "exam",
    ),
    day("9 19:30"),
    search(GOOGLE, "dorm room mini fridge allowed mcgill residence", "residence"),
    page(
        "https://www.reddit.com/r/mcgill/comments/1t2y3u4/mini_fridge_in_rvc/",
        "Mini fridge in RVC? : r/mcgill",
        "residence",
    ),
    day("10 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1830023344556677003",
        "Permit application received: Accessory building, 14 Birch Cove Lane - HRM Permits",
        "shed",
    ),
    day("10 13:00"),
    search(GOOGLE, "roof rack for sea kayak toyota tacoma j cradle", "kayak"),
    page(
        "https://www.thule.com/en-ca/water-sport-carriers/kayak-carriers",
        "Kayak Carriers | Thule Canada",
        "kayak",
    ),
]
