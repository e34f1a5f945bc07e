"""A freelance photographer's week in Austin: a used telephoto lens, new invoicing software
for the business, a client's wedding shoot, a leaking drip irrigation line, a toddler's
sleep regression, and a weekend at Big Bend and Marfa. Habits: mail, the local news, a
forum, video, Instagram. Written in the thirteenth session, after its changes to gathering
and its moving of a piece to the journey that searched its subject, and scored before any
change for it: tasks of one trade ("wedding" in the lens and the shoot, "photography" in
the invoices and the shoot), the person's own city in several tasks ("austin"), words
shared across tasks ("schedule" for naps and for watering, "lights" of Marfa and for
photos, "sleep" and "sleeping bag"), side steps that name no task ("white noise machine",
"pvc primer vs cement", "park entrance pass"), searches on Google and Bing, in-site
searches (a camera shop, YouTube), tabs from results. Used by make_week_history.py
(``week20``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, forum, search

YT = "https://www.youtube.com"
MPB = "https://www.mpb.com/en-us"
NPS = "https://www.nps.gov/bibe"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            "Inbox (21) - nina.ortiz.photo@example.com - Gmail",
            None,
        )
    ]


def news() -> list[Step]:
    return [("goto", "https://www.kxan.com/", "KXAN Austin: News, Weather, Traffic", None)]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


STEPS: list[Step] = [
    day("1 08:10"),
    *mail(),
    *news(),
    day("1 09:30"),
    search(GOOGLE, "sony 70-200 f4 vs f2.8 gm ii for weddings", "lens"),
    (
        "via",
        "https://www.dpreview.com/forums/thread/4701123",
        "70-200 f4 or 2.8 GM II for wedding ceremonies?: Sony E Mount Forum",
        "lens",
    ),
    (
        "tab",
        "https://www.the-digital-picture.com/Reviews/Sony-FE-70-200mm-f-2.8-GM-OSS-II-Lens.aspx",
        "Sony FE 70-200mm F2.8 GM OSS II Lens Review",
        "lens",
    ),
    ("close", "", "", "lens"),
    (
        "goto",
        f"{MPB}/search?q=sony+70-200",
        "Search results for sony 70-200 | MPB",
        "lens",
    ),
    (
        "click",
        f"{MPB}/product/sony-fe-70-200mm-f-2-8-gm-oss",
        "Used Sony FE 70-200mm f/2.8 GM OSS | MPB",
        "lens",
    ),
    search(GOOGLE, "mpb vs keh used lens condition ratings", "lens"),
    (
        "click",
        "https://www.reddit.com/r/photography/comments/13x9k2/mpb_vs_keh/",
        "MPB vs KEH for used lenses? : r/photography",
        "lens",
    ),
    day("1 13:45"),
    search(BING, "wave vs freshbooks for photographers", "invoice"),
    (
        "click",
        "https://www.nerdwallet.com/article/small-business/wave-vs-freshbooks",
        "Wave vs. FreshBooks: Which Is Better? - NerdWallet",
        "invoice",
    ),
    search(BING, "texas sales tax on photography services", "invoice"),
    (
        "click",
        "https://comptroller.texas.gov/taxes/publications/94-131.php",
        "Photographers and Sales Tax - Texas Comptroller",
        "invoice",
    ),
    search(BING, "invoice template deposit and final payment wedding photography", "invoice"),
    (
        "click",
        "https://www.freshbooks.com/invoice-templates/photography",
        "Free Photography Invoice Template | FreshBooks",
        "invoice",
    ),
    day("1 20:30"),
    search(GOOGLE, "18 month sleep regression how long", "toddler"),
    (
        "via",
        "https://www.sleepfoundation.org/baby-sleep/18-month-sleep-regression",
        "18-Month Sleep Regression: Causes and Tips | Sleep Foundation",
        "toddler",
    ),
    search(GOOGLE, "toddler nap schedule 18 months one nap", "toddler"),
    (
        "click",
        "https://www.takingcarababies.com/blog/18-month-schedule",
        "18 Month Old Schedule: Naps and Bedtime | Taking Cara Babies",
        "toddler",
    ),
    *forum(),
    day("2 08:00"),
    *mail(),
    *insta(),
    day("2 10:15"),
    search(GOOGLE, "laguna gloria wedding photography rules", "wedding"),
    (
        "via",
        "https://www.thecontemporaryaustin.org/visit/laguna-gloria/weddings/",
        "Weddings at Laguna Gloria | The Contemporary Austin",
        "wedding",
    ),
    search(GOOGLE, "golden hour austin may 16", "wedding"),
    (
        "click",
        "https://www.timeanddate.com/sun/usa/austin?month=5",
        "Sunrise and sunset times in Austin, May 2026",
        "wedding",
    ),
    search(GOOGLE, "wedding photography shot list family formals", "wedding"),
    (
        "click",
        "https://www.shotkit.com/wedding-shot-list/",
        "The Ultimate Wedding Photography Shot List | Shotkit",
        "wedding",
    ),
    day("2 17:30"),
    search(BING, "drip irrigation line leaking at fitting", "irrigation"),
    (
        "click",
        "https://www.rainbird.com/homeowners/drip-irrigation-repair",
        "How to Repair Drip Irrigation | Rain Bird",
        "irrigation",
    ),
    search(BING, "austin watering schedule stage 2 restrictions", "irrigation"),
    (
        "click",
        "https://www.austintexas.gov/department/watering-schedule",
        "Watering Schedule | AustinTexas.gov",
        "irrigation",
    ),
    day("3 08:05"),
    *mail(),
    *news(),
    day("3 11:00"),
    search(GOOGLE, "quickbooks self employed vs wave mileage tracking", "invoice"),
    (
        "via",
        "https://www.forbes.com/advisor/business/software/quickbooks-self-employed-vs-wave/",
        "QuickBooks Self-Employed vs. Wave (2026) - Forbes Advisor",
        "invoice",
    ),
    search(GOOGLE, "import clients from honeybook to wave", "invoice"),
    day("3 14:30"),
    search(GOOGLE, "big bend national park lodging may", "trip"),
    (
        "via",
        f"{NPS}/planyourvisit/lodging.htm",
        "Lodging - Big Bend National Park (U.S. National Park Service)",
        "trip",
    ),
    search(GOOGLE, "marfa lights viewing area best time", "trip"),
    (
        "click",
        "https://visitmarfa.com/marfa-lights",
        "Marfa Lights Viewing Area | Visit Marfa",
        "trip",
    ),
    search(GOOGLE, "drive time austin to big bend", "trip"),
    day("3 21:10"),
    search(GOOGLE, "toddler waking at 4am won't go back to sleep", "toddler"),
    (
        "click",
        "https://www.babycenter.com/toddler/sleep/early-waking",
        "Toddler early waking: what to do | BabyCenter",
        "toddler",
    ),
    search(GOOGLE, "white noise machine", "toddler"),
    day("4 08:00"),
    *mail(),
    day("4 09:40"),
    (
        "goto",
        f"{YT}/results?search_query=sony+70-200+gm+ii+autofocus+wedding",
        "sony 70-200 gm ii autofocus wedding - YouTube",
        "lens",
    ),
    (
        "click",
        f"{YT}/watch?v=GmIIwed70",
        "Sony 70-200 GM II: a wedding photographer's review - YouTube",
        "lens",
    ),
    search(GOOGLE, "used sony 70-200 gm price drop", "lens"),
    (
        "click",
        "https://www.keh.com/shop/sony-fe-70-200mm-f-2-8-gm-oss.html",
        "Sony FE 70-200mm f/2.8 GM OSS - Used | KEH Camera",
        "lens",
    ),
    day("4 15:00"),
    search(BING, "replace drip irrigation tubing 1/2 inch", "irrigation"),
    (
        "click",
        "https://www.homedepot.com/b/Outdoors-Garden-Center-Watering-Irrigation-Drip-Irrigation/N-5yc1vZc8v5",
        "Drip Irrigation - The Home Depot",
        "irrigation",
    ),
    search(BING, "pvc primer vs cement", "irrigation"),
    day("4 19:30"),
    *insta(),
    day("5 08:10"),
    *mail(),
    *news(),
    day("5 10:00"),
    search(GOOGLE, "wedding timeline photographer 8 hours coverage", "wedding"),
    (
        "via",
        "https://www.brides.com/wedding-photography-timeline",
        "A Sample Wedding Day Photography Timeline | Brides",
        "wedding",
    ),
    search(GOOGLE, "off camera flash reception dance floor settings", "wedding"),
    (
        "click",
        "https://www.slrlounge.com/reception-flash-lighting-guide/",
        "Reception Lighting Guide: Off-Camera Flash | SLR Lounge",
        "wedding",
    ),
    day("5 13:20"),
    search(BING, "wave payments fees stripe comparison", "invoice"),
    (
        "click",
        "https://www.waveapps.com/payments/pricing",
        "Wave Payments pricing | Wave",
        "invoice",
    ),
    day("5 20:45"),
    search(GOOGLE, "chisos mountains lodge reservations", "trip"),
    (
        "via",
        "https://www.chisosmountainslodge.com/",
        "Chisos Mountains Lodge | Big Bend National Park",
        "trip",
    ),
    search(GOOGLE, "big bend in may too hot hiking", "trip"),
    (
        "click",
        f"{NPS}/planyourvisit/weather.htm",
        "Weather - Big Bend National Park (U.S. National Park Service)",
        "trip",
    ),
    search(GOOGLE, "park entrance pass", "trip"),
    day("6 09:30"),
    *forum(),
    search(GOOGLE, "drop to one nap too early signs", "toddler"),
    (
        "click",
        "https://www.huckleberrycare.com/blog/2-to-1-nap-transition",
        "2 to 1 nap transition: signs and schedule | Huckleberry",
        "toddler",
    ),
    search(GOOGLE, "blackout curtains nursery", "toddler"),
    (
        "click",
        "https://www.target.com/s?searchTerm=blackout+curtains+nursery",
        "Blackout Curtains Nursery : Target",
        "toddler",
    ),
    day("6 14:00"),
    search(GOOGLE, "sprinkler controller zone not turning off", "irrigation"),
    (
        "via",
        "https://www.hunterindustries.com/support/valve-stuck-on",
        "Valve won't turn off: troubleshooting | Hunter Industries",
        "irrigation",
    ),
    day("7 08:20"),
    *mail(),
    day("7 10:30"),
    search(GOOGLE, "second shooter contract template wedding", "wedding"),
    (
        "click",
        "https://www.thelawtog.com/products/second-shooter-contract",
        "Second Shooter Contract Template | The Lawtog",
        "wedding",
    ),
    day("7 12:15"),
    search(GOOGLE, "sony 70-200 f4 g ii used mpb", "lens"),
    (
        "click",
        f"{MPB}/product/sony-fe-70-200mm-f-4-macro-g-oss-ii",
        "Used Sony FE 70-200mm f/4 Macro G OSS II | MPB",
        "lens",
    ),
    day("7 21:00"),
    search(GOOGLE, "marfa hotels saint george vs el cosmico", "trip"),
    (
        "click",
        "https://www.tripadvisor.com/Hotels-g56129-Marfa_Texas-Hotels.html",
        "Marfa Hotels - Tripadvisor",
        "trip",
    ),
    *insta(),
]
