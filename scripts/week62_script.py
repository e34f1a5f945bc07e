"""A landscaper's ten days in Charlotte, written in the twenty-fourth session and scored
before any change for it: a fence section blown down in a storm, a noisy bathroom exhaust fan
replaced, a pellet grill chosen (Traeger or Pit Boss), his wife's 40th birthday present, a
sore knee from running, and 1099 forms for his crew at year end. Three stores serve several
tasks each: Home Depot the fence, the fan and the grill; Amazon the fan, the present and the
grill; YouTube's videos the fence, the fan, the knee and the grill. "install", "replace" and
"cost" are in the searches of several tasks. Gmail, the Charlotte Observer, ESPN and YouTube
are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week62``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab, video_home

ADDRESS = "mike.dawson.greenscape@gmail.com"
INBOX = "f1a2b3c4d5"
HD = "https://www.homedepot.com"
AMZ = "https://www.amazon.com"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (12) - {ADDRESS} - Gmail", None)]


def observer() -> list[Step]:
    return [
        (
            "goto",
            "https://www.charlotteobserver.com/",
            "Charlotte Observer: Local News, Sports & Weather",
            None,
        )
    ]


def espn() -> list[Step]:
    return [
        ("goto", "https://www.espn.com/", "ESPN - Serving Sports Fans. Anytime. Anywhere.", None)
    ]


STEPS: list[Step] = [
    day("1 06:00"),
    *mail(),
    *observer(),
    day("1 18:30"),
    search(GOOGLE, "how to replace a broken fence post without removing fence", "fence"),
    page(
        f"{YT}fencepost01",
        "How to Replace a Broken Fence Post (Without Taking Down the Fence) - YouTube",
        "fence",
    ),
    page(
        "https://www.familyhandyman.com/project/how-to-replace-a-fence-post/",
        "How to Replace a Fence Post | Family Handyman",
        "fence",
    ),
    day("1 20:30"),
    search(GOOGLE, "traeger vs pit boss pellet grill 2026", "grill"),
    page(
        "https://www.seriouseats.com/best-pellet-grills",
        "The Best Pellet Grills of 2026, Tested and Reviewed | Serious Eats",
        "grill",
    ),
    page(
        f"{YT}pelletvs02",
        "Traeger Pro 575 vs Pit Boss Navigator 850 - Which One Should You Buy? - YouTube",
        "grill",
    ),
    day("2 06:00"),
    *mail(),
    *espn(),
    day("2 12:30"),
    search(BING, "bathroom exhaust fan loud rattling replace or fix", "fan"),
    page(
        "https://www.thespruce.com/fix-noisy-bathroom-fan-1824776",
        "How to Fix a Noisy Bathroom Exhaust Fan | The Spruce",
        "fan",
    ),
    page(
        f"{YT}bathfan03",
        "How to Replace a Bathroom Exhaust Fan from Below (No Attic Access) - YouTube",
        "fan",
    ),
    day("2 19:00"),
    search(GOOGLE, "1099-nec filing deadline 2027 contractors", "1099"),
    page(
        "https://www.irs.gov/forms-pubs/about-form-1099-nec",
        "About Form 1099-NEC, Nonemployee Compensation | Internal Revenue Service",
        "1099",
    ),
    page(
        "https://quickbooks.intuit.com/learn-support/en-us/help-article/form-1099/file-1099-nec-forms-quickbooks-online/L4xS1dmfR_US_en_US",
        "File 1099-NEC forms in QuickBooks Online",
        "1099",
    ),
    day("3 06:00"),
    *mail(),
    *observer(),
    day("3 17:45"),
    search(GOOGLE, "pressure treated 4x4 fence post home depot 8 ft", "fence"),
    page(
        f"{HD}/p/4-in-x-4-in-x-8-ft-Pressure-Treated-Pine-Post-106147",
        "4 in. x 4 in. x 8 ft. #2 Ground Contact Pressure-Treated Pine Post 106147 - The Home Depot",
        "fence",
    ),
    page(
        f"{HD}/p/Quikrete-50-lb-Fast-Setting-Concrete-Mix-100491",
        "Quikrete 50 lb. Fast-Setting Concrete Mix 100491 - The Home Depot",
        "fence",
    ),
    day("3 21:00"),
    search(GOOGLE, "40th birthday gift ideas for wife who has everything", "gift"),
    page(
        "https://www.oprahdaily.com/life/relationships-love/g27197012/40th-birthday-gifts-for-her/",
        "55 Best 40th Birthday Gifts for Her in 2026 - Oprah Daily",
        "gift",
    ),
    page(
        "https://www.etsy.com/listing/1234567890/personalized-birthstone-necklace",
        "Personalized Birthstone Necklace, Gift for Her - Etsy",
        "gift",
    ),
    day("4 06:00"),
    *mail(),
    *espn(),
    day("4 12:00"),
    search(GOOGLE, "panasonic whisperceiling vs broan quiet bathroom fan 80 cfm", "fan"),
    page(
        f"{AMZ}/Panasonic-FV-0511VQ1-WhisperCeiling-Ventilation-Fan/dp/B00FRGNHKC",
        "Amazon.com: Panasonic FV-0511VQ1 WhisperCeiling DC Ventilation Fan, 50-80 CFM",
        "fan",
    ),
    page(
        f"{HD}/p/Broan-NuTone-Roomside-Series-80-CFM-Ceiling-Bathroom-Exhaust-Fan-AER80LK/312789456",
        "Broan-NuTone Roomside Series 80 CFM Ceiling Bathroom Exhaust Fan AER80LK - The Home Depot",
        "fan",
    ),
    day("4 18:30"),
    search(GOOGLE, "runners knee pain outside of knee when running downhill", "knee"),
    page(
        "https://www.runnersworld.com/health-injuries/a20829155/it-band-syndrome/",
        "IT Band Syndrome: Causes, Treatment and Prevention | Runner's World",
        "knee",
    ),
    page(
        f"{YT}itband04",
        "5 Best IT Band Syndrome Exercises (Knee Pain Relief) - YouTube",
        "knee",
    ),
    day("5 06:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1813445566778899001",
        "Your order of Panasonic WhisperCeiling DC fan has shipped - Amazon.com",
        "fan",
    ),
    *observer(),
    day("5 13:00"),
    search(BING, "pit boss navigator 850 home depot price", "grill"),
    page(
        f"{HD}/p/Pit-Boss-Navigator-850-Pellet-Grill-10697/318004512",
        "Pit Boss Navigator 850 sq. in. Pellet Grill 10697 - The Home Depot",
        "grill",
    ),
    page(
        f"{AMZ}/Traeger-Grills-TFB57GLE-Electric-Pellet/dp/B07H8Q5N4N",
        "Amazon.com: Traeger Grills Pro 575 Wood Pellet Grill and Smoker with WiFi",
        "grill",
    ),
    day("5 19:30"),
    search(GOOGLE, "collect w-9 from subcontractors before 1099 what if they refuse", "1099"),
    page(
        "https://www.irs.gov/forms-pubs/about-form-w-9",
        "About Form W-9, Request for Taxpayer Identification Number and Certification | Internal Revenue Service",
        "1099",
    ),
    page(
        "https://www.reddit.com/r/smallbusiness/comments/zr4d2q/subcontractor_wont_give_w9/",
        "Subcontractor won't give me a W-9, what do I do? : r/smallbusiness",
        "1099",
    ),
    day("6 07:30"),
    *mail(),
    *espn(),
    day("6 10:00"),
    search(GOOGLE, "how to set fence post in concrete quikrete no mixing", "fence"),
    page(
        f"{YT}quikrete05",
        "How to Set a Fence Post with Fast-Setting Concrete - QUIKRETE - YouTube",
        "fence",
    ),
    day("6 14:00"),
    search(GOOGLE, "spa day gift card charlotte couples massage", "gift"),
    page(
        "https://www.bellaspacharlotte.com/gift-cards",
        "Gift Cards | Bella Day Spa Charlotte",
        "gift",
    ),
    day("6 20:00"),
    *video_home(),
    day("7 06:00"),
    *mail(),
    *observer(),
    day("7 12:30"),
    search(GOOGLE, "bathroom fan duct 4 inch to 3 inch adapter install", "fan"),
    page(
        f"{AMZ}/iPower-Inch-Duct-Reducer-Adapter/dp/B07D7FQ8K3",
        "Amazon.com: iPower 4 to 3 Inch Duct Reducer Increaser Adapter",
        "fan",
    ),
    day("7 18:00"),
    search(GOOGLE, "physical therapy it band charlotte sports medicine", "knee"),
    page(
        "https://www.atrium.health/locations/sports-medicine-charlotte",
        "Sports Medicine in Charlotte | Atrium Health",
        "knee",
    ),
    page(
        "https://www.benchmarkpt.com/locations/charlotte-south-end/",
        "Physical Therapy in Charlotte - South End | Benchmark Physical Therapy",
        "knee",
    ),
    day("8 06:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1813445566778901234",
        "Your Etsy order from GoldenLeafJewelry: Personalized Birthstone Necklace",
        "gift",
    ),
    *espn(),
    day("8 13:00"),
    search(GOOGLE, "pellet grill cover and pellets which brand best smoke flavor", "grill"),
    page(
        "https://www.reddit.com/r/pelletgrills/comments/tq8v2b/best_pellets_for_smoke_flavor/",
        "Best pellets for smoke flavor? : r/pelletgrills",
        "grill",
    ),
    day("8 19:30"),
    search(BING, "quickbooks 1099 contractor not showing in wizard", "1099"),
    page(
        "https://quickbooks.intuit.com/learn-support/en-us/reports-and-accounting/contractor-not-showing-on-1099/00/1023456",
        "Contractor not showing on 1099 - QuickBooks Community",
        "1099",
    ),
    *tab(
        "https://quickbooks.intuit.com/learn-support/en-us/help-article/1099-forms/map-1099-accounts/L9PqR5s2T_US_en_US",
        "Map accounts for 1099 forms in QuickBooks Online",
        "1099",
    ),
    day("9 06:00"),
    *mail(),
    *observer(),
    day("9 17:00"),
    search(GOOGLE, "fence picket replacement cedar vs pressure treated match old fence", "fence"),
    page(
        f"{HD}/p/5-8-in-x-5-1-2-in-x-6-ft-Cedar-Dog-Ear-Fence-Picket-206923",
        "5/8 in. x 5-1/2 in. x 6 ft. Western Red Cedar Dog-Ear Fence Picket - The Home Depot",
        "fence",
    ),
    day("9 20:30"),
    search(GOOGLE, "it band foam roller or not", "knee"),
    page(
        f"{YT}foamroll06",
        "Should You Foam Roll Your IT Band? - YouTube",
        "knee",
    ),
    day("10 07:00"),
    *mail(),
    *espn(),
    day("10 11:00"),
    search(GOOGLE, "40th birthday dinner reservations charlotte uptown romantic", "gift"),
    page(
        "https://www.opentable.com/r/the-capital-grille-charlotte",
        "The Capital Grille - Charlotte Restaurant - Charlotte, NC | OpenTable",
        "gift",
    ),
    day("10 16:00"),
    search(GOOGLE, "traeger pro 575 assembly and first burn in", "grill"),
    page(
        f"{YT}burnin07",
        "Traeger Pro 575 Assembly & Initial Firing (Burn-In) - YouTube",
        "grill",
    ),
]
