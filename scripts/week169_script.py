"""A paramedic's ten days in Denver, written in the forty-eighth session and scored before
any change for it: his daughter's braces (an orthodontist chosen), a used Subaru bought from
a dealer, the ski season's pass (Epic or Ikon, one bought), his national recertification's
continuing education, a Thanksgiving turkey brined and smoked for the first time, and a
humidifier for the dry winter air (ordered). Between them he reads the Denver Post, ESPN,
Gmail, YouTube and the Denver subreddit. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week169``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "mike.tafoya.medic@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (6) - {ADDRESS} - Gmail", None)]


def post() -> list[Step]:
    return [
        (
            "goto",
            "https://www.denverpost.com/",
            "The Denver Post: Colorado breaking news, sports, politics",
            None,
        )
    ]


def espn() -> list[Step]:
    return [
        ("goto", "https://www.espn.com/", "ESPN - Serving Sports Fans. Anytime. Anywhere.", None)
    ]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


def denver() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/Denver/", "Denver", None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *post(),
    *mail(),
    search(GOOGLE, "nremt paramedic recertification requirements 2027 ncct hours", "nremt"),
    page(
        "https://www.nremt.org/Paramedic/Recertification",
        "Paramedic Recertification | National Registry of EMTs",
        "nremt",
    ),
    page(
        "https://www.nremt.org/Document/ncct-paramedic",
        "National Continued Competency Program - Paramedic | NREMT",
        "nremt",
    ),
    day("1 19:10"),
    *espn(),
    search(DDG, "orthodontist for 12 year old braces cost denver", "braces"),
    page(
        "https://www.reddit.com/r/Denver/comments/17bq2xw/orthodontist_recommendations/",
        "Orthodontist recommendations? : r/Denver",
        "braces",
    ),
    page(
        "https://www.aaoinfo.org/blog/how-much-do-braces-cost/",
        "How Much Do Braces Cost? | American Association of Orthodontists",
        "braces",
    ),
    day("2 06:45"),
    *denver(),
    search(GOOGLE, "epic pass vs ikon pass 2027 colorado family", "ski"),
    page(
        "https://www.onthesnow.com/news/epic-vs-ikon-pass-which-is-right-for-you/",
        "Epic vs. Ikon Pass: Which Is Right For You? | OnTheSnow",
        "ski",
    ),
    *tab(
        "https://www.youtube.com/watch?v=Lx3k9aZbQwE",
        "EPIC vs IKON for Colorado Front Range Skiers (2027) - YouTube",
        "ski",
    ),
    day("2 20:00"),
    *mail(),
    search(GOOGLE, "used subaru outback 2021 under 25000 denver dealer", "car"),
    page(
        "https://www.cars.com/shopping/subaru-outback-2021-denver-co/",
        "Used 2021 Subaru Outback for Sale in Denver, CO | Cars.com",
        "car",
    ),
    page(
        "https://www.carfax.com/Used-Subaru-Outback-Denver-CO_w390_c2116",
        "Used Subaru Outback for Sale in Denver, CO (with Photos) - CARFAX",
        "car",
    ),
    day("3 07:15"),
    *post(),
    search(DDG, "how long to brine a 14 lb turkey dry brine vs wet", "turkey"),
    page(
        "https://www.seriouseats.com/how-to-dry-brine-turkey",
        "How to Dry-Brine a Turkey | Serious Eats",
        "turkey",
    ),
    day("3 18:40"),
    search(GOOGLE, "capce approved online ce paramedic free", "nremt"),
    page(
        "https://www.prodigyems.com/paramedic-continuing-education/",
        "Paramedic Continuing Education - CAPCE Accredited | Prodigy EMS",
        "nremt",
    ),
    search(GOOGLE, "dry skin nosebleeds winter humidifier for bedroom", "humid"),
    page(
        "https://www.nytimes.com/wirecutter/reviews/best-humidifier/",
        "The 3 Best Humidifiers of 2027 | Reviews by Wirecutter",
        "humid",
    ),
    day("4 06:50"),
    *espn(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "5e91c0d2aa",
        "1836448812004",
        "Your free consultation at Wash Park Orthodontics - Thursday 4:15 pm",
        "braces",
    ),
    search(GOOGLE, "invisalign vs braces for 12 year old pros cons", "braces"),
    page(
        "https://www.healthline.com/health/invisalign-vs-braces",
        "Invisalign vs. Braces: Which Is Better? - Healthline",
        "braces",
    ),
    day("4 19:30"),
    search(DDG, "2021 outback 2.5 cvt problems what to check test drive", "car"),
    page(
        "https://www.subaruoutback.org/threads/2021-cvt-issues.612045/",
        "2021 CVT issues? | Subaru Outback Forums",
        "car",
    ),
    day("5 07:00"),
    *denver(),
    search(GOOGLE, "ikon base pass blackout dates winter park copper", "ski"),
    page(
        "https://www.ikonpass.com/en/shop-passes/ikon-base-pass",
        "Ikon Base Pass | Ikon Pass",
        "ski",
    ),
    day("5 16:20"),
    search(GOOGLE, "smoking a turkey on a traeger first time temperature time", "turkey"),
    page(
        "https://www.traeger.com/recipes/smoked-turkey",
        "Traditional Thanksgiving Turkey Recipe | Traeger Grills",
        "turkey",
    ),
    *tab(
        "https://www.youtube.com/watch?v=q0Fz7bK2nWs",
        "How To Smoke A Turkey On A Pellet Grill (First Timer Friendly) - YouTube",
        "turkey",
    ),
    day("5 21:00"),
    *youtube(),
    day("6 08:10"),
    *post(),
    search(GOOGLE, "levoit vs vicks humidifier which is quieter", "humid"),
    page(
        "https://www.levoit.com/products/oasismist-450s-smart-ultrasonic-humidifier",
        "OasisMist 450S Smart Ultrasonic Humidifier | Levoit",
        "humid",
    ),
    day("6 13:00"),
    search(DDG, "carfax one owner outback 34000 miles good price kbb", "car"),
    page(
        "https://www.kbb.com/subaru/outback/2021/",
        "2021 Subaru Outback Price, Value, Ratings & Reviews | Kelley Blue Book",
        "car",
    ),
    page(
        "https://www.cufund.org/auto-loans/used-vehicle-rates",
        "Used Auto Loan Rates | Credit Union of Colorado",
        "car",
    ),
    day("6 19:40"),
    *espn(),
    search(GOOGLE, "pediatric assessment triangle refresher ce quiz", "nremt"),
    page(
        "https://www.ems1.com/ems-education/pediatric-assessment-triangle-review",
        "Pediatric assessment triangle review | EMS1",
        "nremt",
    ),
    day("7 07:05"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "5e91c0d2aa",
        "1836527740163",
        "Your Amazon.com order of LEVOIT OasisMist 450S has shipped",
        "humid",
    ),
    day("7 18:30"),
    search(GOOGLE, "orthodontic treatment fsa eligible payment plan", "braces"),
    page(
        "https://www.fsastore.com/learn/is-orthodontia-fsa-eligible",
        "Is Orthodontia FSA Eligible? | FSA Store",
        "braces",
    ),
    search(GOOGLE, "epic local pass price increase deadline", "ski"),
    page(
        "https://www.epicpass.com/passes/epic-local-pass.aspx",
        "Epic Local Pass | Epic Pass",
        "ski",
    ),
    day("8 09:00"),
    *denver(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "5e91c0d2aa",
        "1836590214377",
        "Your Epic Local Pass purchase confirmation",
        "ski",
    ),
    day("8 15:15"),
    search(DDG, "turkey gravy from smoked drippings too salty fix", "turkey"),
    page(
        "https://www.thekitchn.com/how-to-fix-salty-gravy-23180293",
        "How To Fix Salty Gravy | The Kitchn",
        "turkey",
    ),
    day("8 20:00"),
    *youtube(),
    day("9 07:20"),
    *post(),
    search(GOOGLE, "subaru dealer doc fee colorado negotiate", "car"),
    page(
        "https://www.reddit.com/r/askcarsales/comments/16j1ckp/dealer_doc_fee_colorado/",
        "Dealer doc fee in Colorado? : r/askcarsales",
        "car",
    ),
    day("9 18:10"),
    search(GOOGLE, "nremt recertification deadline march 31 late fee", "nremt"),
    page(
        "https://www.nremt.org/Recertification/Deadlines",
        "Recertification Deadlines | NREMT",
        "nremt",
    ),
    day("10 08:30"),
    *espn(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "5e91c0d2aa",
        "1836661098412",
        "Congratulations on your 2021 Subaru Outback - your delivery paperwork",
        "car",
    ),
    search(GOOGLE, "humidifier white dust distilled water or tap", "humid"),
    page(
        "https://www.epa.gov/indoor-air-quality-iaq/use-and-care-home-humidifiers",
        "Use and Care of Home Humidifiers | US EPA",
        "humid",
    ),
    day("10 19:00"),
    *denver(),
    *youtube(),
]
