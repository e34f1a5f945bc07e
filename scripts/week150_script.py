"""A pharmacist's ten days in Manchester, on the family laptop and at work, written in the
thirty-ninth session and scored before any change for it: a remortgage as her fixed rate
ends, her sister's hen do in Bath, artificial grass or turf for the back garden, her son's
hay fever, his first passport renewal, and the pharmacy's staff rota in Excel. Between them
she reads BBC News and the Manchester Evening News, opens Outlook and Facebook, and watches
BBC iPlayer. Searches go to Google and Bing.
Used by make_week_history.py (``week150``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, outlook_message, page, search, tab

MAILBOX = "https://outlook.live.com/mail/0/"
OWNER = "Claire Whitworth"
MSE = "https://www.moneysavingexpert.com"
GOV = "https://www.gov.uk"
MS = "https://support.microsoft.com/en-gb/office"


def outlook() -> list[Step]:
    return [("goto", f"{MAILBOX}inbox", f"Mail - {OWNER} - Outlook", None)]


def bbc(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.bbc.co.uk/news", "Home - BBC News", None)]
    if article:
        steps.append(("click", f"https://www.bbc.co.uk/news/{article[0]}", article[1], None))
    return steps


def men() -> list[Step]:
    return [
        (
            "goto",
            "https://www.manchestereveningnews.co.uk/",
            "Manchester Evening News - Latest local news, sport & business",
            None,
        )
    ]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


def iplayer(show: str, title: str) -> list[Step]:
    return [
        ("goto", "https://www.bbc.co.uk/iplayer", "BBC iPlayer - Home", None),
        ("click", f"https://www.bbc.co.uk/iplayer/episode/{show}", f"BBC iPlayer - {title}", None),
    ]


STEPS: list[Step] = [
    day("1 19:45"),
    *outlook(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQMkADAwATM0MDAAMS1hYQ01",
        "Your fixed rate is coming to an end - Nationwide",
        "mortgage",
    ),
    search(GOOGLE, "remortgage fixed rate ending what to do 3 months before", "mortgage"),
    page(
        f"{MSE}/mortgages/remortgaging/",
        "Remortgage guide: how to find a cheap deal - MoneySavingExpert",
        "mortgage",
    ),
    page(
        f"{MSE}/mortgages/product-transfer/",
        "Product transfer vs remortgage: which is best? - MoneySavingExpert",
        "mortgage",
    ),
    *bbc(
        ("uk-england-manchester-70112233", "Tram works to close Piccadilly for a week - BBC News")
    ),
    search(BING, "hen do ideas bath", "hen"),
    page(
        "https://www.hendoideas.co.uk/bath",
        "Bath Hen Party Ideas & Packages | Hen Do Ideas",
        "hen",
    ),
    page(
        "https://www.thermaebathspa.com/spa-packages/",
        "Spa Packages | Thermae Bath Spa",
        "hen",
    ),
    day("2 07:30"),
    *bbc(),
    search(GOOGLE, "hay fever 7 year old which antihistamine cetirizine or loratadine", "hayfever"),
    page(
        "https://www.nhs.uk/conditions/hay-fever/",
        "Hay fever - NHS",
        "hayfever",
    ),
    page(
        "https://www.nhs.uk/medicines/cetirizine/",
        "Cetirizine: an antihistamine that relieves allergy symptoms - NHS",
        "hayfever",
    ),
    day("2 13:10"),
    search(GOOGLE, "excel rota template 4 week rotating shifts", "rota"),
    page(
        "https://create.microsoft.com/en-gb/templates/schedules",
        "Free schedule templates | Microsoft Create",
        "rota",
    ),
    search(GOOGLE, "excel conditional formatting highlight weekends in a row of dates", "rota"),
    page(
        f"{MS}/use-conditional-formatting-to-highlight-information-fbd5ab6b",
        "Use conditional formatting to highlight information in Excel - Microsoft Support",
        "rota",
    ),
    day("2 20:15"),
    *facebook(),
    search(BING, "artificial grass vs real turf pros and cons dogs", "garden"),
    page(
        "https://www.which.co.uk/reviews/artificial-grass/article/artificial-grass-vs-real-grass-aBc123",
        "Artificial grass vs real grass: which is best? - Which?",
        "garden",
    ),
    page(
        "https://www.gardenersworld.com/how-to/grow-plants/how-to-lay-turf/",
        "How to lay turf - BBC Gardeners' World Magazine",
        "garden",
    ),
    *iplayer("m002abcd", "The Traitors - Series 5: Episode 3"),
    day("3 08:00"),
    search(GOOGLE, "renew child passport online how long 2027", "passport"),
    page(
        f"{GOV}/renew-child-passport",
        "Renew a child's passport - GOV.UK",
        "passport",
    ),
    page(
        f"{GOV}/photos-for-passports",
        "Photos for passports - GOV.UK",
        "passport",
    ),
    day("3 12:45"),
    *men(),
    search(BING, "cottage sleeps 10 near bath hot tub hen weekend", "hen"),
    page(
        "https://www.sykescottages.co.uk/search?location=bath&sleeps=10&features=hot-tub",
        "Cottages near Bath sleeping 10 with hot tub | Sykes Holiday Cottages",
        "hen",
    ),
    *tab(
        "https://www.airbnb.co.uk/rooms/51234987",
        "Farmhouse in Bathampton \u00b7 \u26054.93 \u00b7 5 bedrooms \u00b7 10 beds - Airbnb",
        "hen",
    ),
    day("3 20:30"),
    search(GOOGLE, "best 2 year fixed remortgage rates 60% ltv", "mortgage"),
    page(
        "https://www.moneyfactscompare.co.uk/mortgages/remortgage/",
        "Compare Remortgage Rates - Moneyfacts",
        "mortgage",
    ),
    page(
        f"{MSE}/mortgages/best-buy-mortgages/",
        "Best buy mortgages: cheap deals for remortgaging - MoneySavingExpert",
        "mortgage",
    ),
    *iplayer("m002abce", "The Traitors - Series 5: Episode 4"),
    day("4 13:00"),
    search(GOOGLE, "excel countif shifts per person across sheets", "rota"),
    page(
        "https://exceljet.net/formulas/count-cells-that-contain-specific-text",
        "Count cells that contain specific text - Excel formula | Exceljet",
        "rota",
    ),
    search(GOOGLE, "excel drop down list from another sheet data validation", "rota"),
    page(
        f"{MS}/create-a-drop-down-list-7693307a",
        "Create a drop-down list - Microsoft Support",
        "rota",
    ),
    day("4 19:20"),
    *outlook(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQMkADAwATM0MDAAMS1hYQ07",
        "Re: Hen do!! Dates that work for everyone",
        "hen",
    ),
    search(BING, "bottomless brunch bath saturday group booking", "hen"),
    page(
        "https://www.designmynight.com/bath/bars/bottomless-brunch-bath",
        "Bottomless Brunch Bath | Best Bottomless Brunches - DesignMyNight",
        "hen",
    ),
    search(GOOGLE, "pollen forecast manchester this week", "hayfever"),
    page(
        "https://www.metoffice.gov.uk/weather/warnings-and-advice/seasonal-advice/pollen-forecast",
        "Pollen forecast - Met Office",
        "hayfever",
    ),
    day("5 08:10"),
    *bbc(("health-70133441", "Record grass pollen counts expected this week - BBC News")),
    search(GOOGLE, "artificial grass cost per m2 fitted manchester", "garden"),
    page(
        "https://www.checkatrade.com/blog/cost-guides/artificial-grass-cost/",
        "How Much Does Artificial Grass Cost? (2027) | Checkatrade",
        "garden",
    ),
    page(
        "https://www.checkatrade.com/Search/Artificial-Grass-Installer/in/Stockport",
        "Artificial Grass Installers in Stockport | Checkatrade",
        "garden",
    ),
    day("5 20:40"),
    *facebook(),
    search(GOOGLE, "child passport photo at home app accepted", "passport"),
    page(
        "https://www.reddit.com/r/unitedkingdom/comments/1bq2x8z/passport_photo_taken_at_home_got_rejected/",
        "Passport photo taken at home got rejected : r/unitedkingdom",
        "passport",
    ),
    page(
        f"{GOV}/renew-child-passport/how-to-apply",
        "Renew a child's passport: How to apply - GOV.UK",
        "passport",
        action="goto",
    ),
    day("6 10:30"),
    *outlook(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQMkADAwATM0MDAAMS1hYQ12",
        "Your mortgage appointment with L&C is booked",
        "mortgage",
    ),
    search(GOOGLE, "fee free mortgage broker vs bank direct product transfer", "mortgage"),
    page(
        "https://www.reddit.com/r/UKPersonalFinance/comments/1c7yh3k/broker_or_product_transfer/",
        "Broker or product transfer with Nationwide? : r/UKPersonalFinance",
        "mortgage",
    ),
    search(BING, "kids hay fever nasal spray over the counter age 6", "hayfever"),
    page(
        "https://www.boots.com/beconase-hayfever-relief-for-adults-nasal-spray-10098765",
        "Beconase Hayfever Relief Nasal Spray - Boots",
        "hayfever",
    ),
    day("6 21:00"),
    *iplayer("m002abcf", "The Traitors - Series 5: Episode 5"),
    search(GOOGLE, "how to lay artificial grass youtube sub base sharp sand", "garden"),
    page(
        "https://www.youtube.com/watch?v=grass0001",
        "How To Lay Artificial Grass - Full Guide - YouTube",
        "garden",
    ),
    page(
        "https://www.diy.com/departments/artificial-grass/DEP_0001",
        "Artificial Grass | Lawn & Turf | B&Q",
        "garden",
    ),
    day("7 12:50"),
    search(GOOGLE, "excel protect sheet but allow editing certain cells", "rota"),
    page(
        f"{MS}/lock-or-unlock-specific-areas-of-a-protected-worksheet-75481b72",
        "Lock or unlock specific areas of a protected worksheet - Microsoft Support",
        "rota",
    ),
    *men(),
    day("7 20:10"),
    search(BING, "hen party games printable bride quiz", "hen"),
    page(
        "https://www.etsy.com/uk/listing/1234567890/hen-party-games-bundle-printable",
        "Hen Party Games Bundle Printable | Etsy UK",
        "hen",
    ),
    page(
        "https://www.airbnb.co.uk/rooms/51234987",
        "Farmhouse in Bathampton \u00b7 \u26054.93 \u00b7 5 bedrooms \u00b7 10 beds - Airbnb",
        "hen",
        action="goto",
    ),
    day("8 09:15"),
    *bbc(),
    search(GOOGLE, "remortgage solicitor fees free legals what is included", "mortgage"),
    page(
        "https://www.which.co.uk/money/mortgages-and-property/mortgages/remortgaging/remortgage-fees-aBc777",
        "Remortgaging fees explained - Which?",
        "mortgage",
    ),
    day("8 19:30"),
    *facebook(),
    search(GOOGLE, "passport office processing times now", "passport"),
    page(
        f"{GOV}/passport-fees",
        "Passport fees - GOV.UK",
        "passport",
    ),
    *tab(
        "https://www.passport.service.gov.uk/track",
        "Track your passport application - GOV.UK",
        "passport",
    ),
    day("9 13:20"),
    search(GOOGLE, "excel rota print on one page landscape fit to width", "rota"),
    page(
        f"{MS}/scale-a-worksheet-to-fit-on-one-page-04dc3a2a",
        "Scale a sheet to fit a page - Microsoft Support",
        "rota",
    ),
    day("9 20:00"),
    *outlook(),
    *outlook_message(
        MAILBOX,
        OWNER,
        "AQMkADAwATM0MDAAMS1hYQ19",
        "Quote for artificial grass - 42m2 - Stockport Lawns",
        "garden",
    ),
    search(BING, "artificial grass quote 42m2 is 2100 reasonable", "garden"),
    page(
        "https://www.reddit.com/r/DIYUK/comments/1dd2e9k/artificial_grass_quote_sanity_check/",
        "Artificial grass quote sanity check : r/DIYUK",
        "garden",
    ),
    day("10 08:30"),
    *bbc(),
    search(GOOGLE, "hay fever eye drops children opticrom", "hayfever"),
    page(
        "https://www.nhs.uk/medicines/sodium-cromoglicate/",
        "Sodium cromoglicate - NHS",
        "hayfever",
    ),
    search(BING, "bath hen do itinerary spa brunch cocktail masterclass", "hen"),
    page(
        "https://www.visitbath.co.uk/things-to-do/hen-parties",
        "Hen Parties in Bath - Visit Bath",
        "hen",
    ),
]
