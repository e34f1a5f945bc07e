"""A maths teacher's ten days in Glasgow: a fixed-rate mortgage ending (remortgage), a best
man's speech for a brother's wedding, a laptop for a son starting secondary school, a knee
sore after running, a half-term cottage in the Lake District, and quadratic equations to
teach a GCSE class. Habits: mail, BBC News, BBC Sport, video, a forum. Written at the end of
the fifteenth session, after all of its changes, and scored with the final code before any
change for it: tasks mostly one to a sitting, some side by side, words shared across tasks
("rate" of a mortgage and of a heart, "speech" and "speed", "school" for the son's laptop and
the class, "cottage" and "cottage pie", "equations" and "equity"), side steps that name no
task ("product transfer vs remortgage", "it band foam roller", "dog friendly pubs
keswick"), searches on Google and Bing, tabs from results. Used by make_week_history.py
(``week26``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, forum, search, video_home


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            "Inbox (6) - fiona.mcleod.maths@example.com - Gmail",
            None,
        )
    ]


def bbc() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/news", "Home - BBC News", None)]


def sport() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/sport", "BBC Sport - Scores, Fixtures, News", None)]


STEPS: list[Step] = [
    day("1 07:10"),
    *mail(),
    *bbc(),
    day("1 16:40"),
    search(GOOGLE, "gcse quadratic equations lesson plan factorising", "class"),
    (
        "via",
        "https://www.tes.com/teaching-resource/quadratics-factorising-lesson-12345678",
        "Factorising Quadratics - Full Lesson | Teaching Resources",
        "class",
    ),
    search(GOOGLE, "completing the square worksheet with answers", "class"),
    (
        "via",
        "https://corbettmaths.com/2013/05/22/completing-the-square/",
        "Completing the Square Practice Questions – Corbettmaths",
        "class",
    ),
    day("1 20:15"),
    search(BING, "fixed rate mortgage ending what to do uk", "mortgage"),
    (
        "click",
        "https://www.moneysavingexpert.com/mortgages/remortgaging/",
        "Remortgage guide: when and how to switch - MoneySavingExpert",
        "mortgage",
    ),
    search(BING, "product transfer vs remortgage", "mortgage"),
    (
        "click",
        "https://www.which.co.uk/money/mortgages-and-property/mortgages/product-transfer",
        "Product transfer or remortgage: which is better? - Which?",
        "mortgage",
    ),
    *video_home(),
    day("2 07:05"),
    *mail(),
    *sport(),
    day("2 19:30"),
    search(GOOGLE, "best man speech structure brother", "speech"),
    (
        "via",
        "https://www.hitched.co.uk/wedding-planning/speeches/best-man-speech-guide/",
        "Best Man Speech: The Ultimate Guide | hitched.co.uk",
        "speech",
    ),
    search(GOOGLE, "best man speech jokes that aren't offensive", "speech"),
    (
        "via",
        "https://www.speechy.com/best-man-speech-jokes",
        "Best Man Speech Jokes: 50 Clean One-Liners | Speechy",
        "speech",
    ),
    (
        "tab",
        "https://www.reddit.com/r/weddingplanning/comments/1k9abc1/best_man_speech_tips/",
        "Best man speech tips from people who've done it : r/weddingplanning",
        "speech",
    ),
    ("close", "", "", "speech"),
    day("3 07:10"),
    *mail(),
    *bbc(),
    day("3 12:20"),
    search(GOOGLE, "knee pain after running outside of knee", "knee"),
    (
        "via",
        "https://www.nhs.uk/conditions/knee-pain/",
        "Knee pain - NHS",
        "knee",
    ),
    search(GOOGLE, "it band foam roller", "knee"),
    (
        "via",
        "https://www.runnersworld.com/uk/health/injury/a774563/it-band-foam-rolling/",
        "How to foam roll your IT band (and whether you should) | Runner's World",
        "knee",
    ),
    day("3 20:00"),
    search(BING, "chromebook vs ipad for secondary school", "laptop"),
    (
        "click",
        "https://www.which.co.uk/reviews/laptops/article/best-laptops-for-school",
        "Best laptops for school 2026 - Which?",
        "laptop",
    ),
    search(BING, "school laptop under 400 pounds", "laptop"),
    (
        "click",
        "https://www.techradar.com/news/best-laptops-for-students",
        "Best student laptops 2026: budget picks for school | TechRadar",
        "laptop",
    ),
    *forum(),
    day("4 07:00"),
    *mail(),
    *sport(),
    day("4 16:30"),
    search(GOOGLE, "quadratic formula discriminant gcse higher", "class"),
    (
        "via",
        "https://www.bbc.co.uk/bitesize/guides/zpr4xfr/revision/3",
        "The quadratic formula - Higher - GCSE Maths Revision - BBC Bitesize",
        "class",
    ),
    search(GOOGLE, "desmos graphing quadratics activity", "class"),
    (
        "via",
        "https://teacher.desmos.com/activitybuilder/custom/quadratic-graphs",
        "Marbleslides: Parabolas - Desmos Classroom",
        "class",
    ),
    day("4 20:45"),
    search(GOOGLE, "lake district cottage half term october dog friendly", "holiday"),
    (
        "via",
        "https://www.sykescottages.co.uk/region/england/lake-district-254.html",
        "Lake District Cottages | Sykes Holiday Cottages",
        "holiday",
    ),
    (
        "click",
        "https://www.sykescottages.co.uk/cottage/Lake-District-Keswick/Skiddaw-View-1093211.html",
        "Skiddaw View, Keswick | Sykes Holiday Cottages",
        "holiday",
    ),
    search(GOOGLE, "easy walks keswick with kids", "holiday"),
    (
        "via",
        "https://www.keswick.org/things-to-do/walks/family-walks",
        "Family Walks around Keswick | Keswick.org",
        "holiday",
    ),
    *video_home(),
    day("5 07:05"),
    *mail(),
    *bbc(),
    (
        "click",
        "https://www.bbc.co.uk/news/uk-scotland-glasgow-west-1",
        "Glasgow subway closures announced for summer - BBC News",
        None,
    ),
    day("5 19:10"),
    search(BING, "mortgage rates 5 year fixed 60% ltv", "mortgage"),
    (
        "click",
        "https://www.moneyfacts.co.uk/mortgages/five-year-fixed-rate-mortgages/",
        "5 Year Fixed Rate Mortgages - Best Buy Tables | Moneyfacts",
        "mortgage",
    ),
    search(BING, "mortgage broker fees glasgow", "mortgage"),
    (
        "click",
        "https://www.unbiased.co.uk/mortgage-advisers/glasgow",
        "Mortgage Brokers in Glasgow | Unbiased",
        "mortgage",
    ),
    search(BING, "wedding speech toast ending ideas", "speech"),
    (
        "click",
        "https://www.brides.com/wedding-toast-endings",
        "How to End a Wedding Toast: 20 Closing Lines | Brides",
        "speech",
    ),
    day("6 09:30"),
    *mail(),
    day("6 10:15"),
    search(GOOGLE, "physio exercises runners knee", "knee"),
    (
        "via",
        "https://www.physio.co.uk/treatments/running/runners-knee-exercises.php",
        "Runner's Knee Exercises | Physio.co.uk",
        "knee",
    ),
    search(GOOGLE, "running shoes for knee pain overpronation", "knee"),
    (
        "via",
        "https://www.runnersneed.com/expert-advice/gear-guides/shoes-for-knee-pain.html",
        "Best running shoes for knee pain | Runners Need",
        "knee",
    ),
    day("6 15:00"),
    search(GOOGLE, "dog friendly pubs keswick", "holiday"),
    (
        "via",
        "https://www.tripadvisor.co.uk/Restaurants-g186322-zfp16-Keswick_Lake_District.html",
        "Dog Friendly Restaurants in Keswick - Tripadvisor",
        "holiday",
    ),
    search(GOOGLE, "keswick weather october", "holiday"),
    (
        "via",
        "https://www.metoffice.gov.uk/weather/forecast/gcqx0vxk4",
        "Keswick (Allerdale) weather - Met Office",
        "holiday",
    ),
    *forum(),
    day("7 07:10"),
    *mail(),
    *sport(),
    day("7 20:20"),
    search(GOOGLE, "acer chromebook spin 514 review", "laptop"),
    (
        "via",
        "https://www.trustedreviews.com/reviews/acer-chromebook-spin-514",
        "Acer Chromebook Spin 514 Review | Trusted Reviews",
        "laptop",
    ),
    search(GOOGLE, "family link parental controls chromebook", "laptop"),
    (
        "via",
        "https://support.google.com/families/answer/7680868",
        "Set up parental controls on a Chromebook - Google For Families Help",
        "laptop",
    ),
    search(GOOGLE, "best man speech how long should it be", "speech"),
    (
        "via",
        "https://www.hitched.co.uk/wedding-planning/speeches/how-long-should-a-best-man-speech-be/",
        "How Long Should a Best Man Speech Be? | hitched.co.uk",
        "speech",
    ),
    day("8 07:05"),
    *mail(),
    *bbc(),
    day("8 16:45"),
    search(BING, "quadratic inequalities gcse exam questions", "class"),
    (
        "click",
        "https://www.mathsgenie.co.uk/resources/quadratic-inequalities.pdf",
        "Quadratic Inequalities - Maths Genie",
        "class",
    ),
    day("8 21:00"),
    search(BING, "remortgage solicitor fees scotland", "mortgage"),
    (
        "click",
        "https://www.moneysavingexpert.com/mortgages/remortgage-legal-fees-scotland/",
        "Remortgage legal fees in Scotland explained - MoneySavingExpert",
        "mortgage",
    ),
    *video_home(),
    day("9 07:10"),
    *mail(),
    day("9 19:30"),
    search(GOOGLE, "castlerigg stone circle parking", "holiday"),
    (
        "via",
        "https://www.english-heritage.org.uk/visit/places/castlerigg-stone-circle/",
        "Castlerigg Stone Circle | English Heritage",
        "holiday",
    ),
    search(GOOGLE, "lake district cottage booking cancellation policy sykes", "holiday"),
    (
        "via",
        "https://www.sykescottages.co.uk/help/cancellation-policy",
        "Cancellation policy | Sykes Holiday Cottages",
        "holiday",
    ),
    day("10 07:15"),
    *mail(),
    *sport(),
    day("10 18:40"),
    search(GOOGLE, "best man speech practice nerves tips", "speech"),
    (
        "via",
        "https://www.hitched.co.uk/wedding-planning/speeches/nerves-before-speech/",
        "How to Beat Nerves Before a Wedding Speech | hitched.co.uk",
        "speech",
    ),
    search(GOOGLE, "knee strap for running patella", "knee"),
    (
        "via",
        "https://www.amazon.co.uk/Patella-Strap-Running-Adjustable/dp/B07XYZ1234",
        "Patella Knee Strap for Running, Adjustable : Amazon.co.uk: Sports & Outdoors",
        "knee",
    ),
    *forum(),
]
