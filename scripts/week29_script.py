"""A civil engineer's ten days in Melbourne, written in the eighteenth session and scored
before any change for it: a used e-bike for the commute, a tax return lodged through
myGov, a sister's wedding in Bali (flights, a villa, a dress code, a visa), a footbridge
checked at work, a winter vegetable garden, a toddler's sleep regression, and a chipped
tooth. It is written to be noisier than the weeks before it, as a real browser's history
is: pages reloaded and listings opened again days later from the address bar, a search
on a map and on a video site, a booking confirmation read in the mail, a working document
opened on three days, sign-in pages, and words shared across tasks ("bed" of a garden and
of a toddler, "return" of a tax return and of a return flight, "load" of a bike rack and
of a bridge). Habits: mail, The Age, the weather, football scores, video, a forum. Used by
make_week_history.py (``week29``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, forum, page, search, video_home

YT_SEARCH = "https://www.youtube.com/results?search_query="
MAPS = "https://www.google.com/maps/search/"
LISTING = "https://www.gumtree.com.au/s-ad/brunswick/bicycles/giant-explore-e-plus-2-m/1334455667"
DOC = "https://docs.google.com/document/d/1qF7bridgeCheckNotes2026xYz/edit"
ATO_WFH = "https://www.ato.gov.au/individuals-and-families/income-deductions-offsets-and-records/deductions-you-can-claim/working-from-home-expenses"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            "Inbox (5) - jo.nguyen@example.com - Gmail",
            None,
        )
    ]


def age() -> list[Step]:
    return [("goto", "https://www.theage.com.au/", "The Age | Melbourne news", None)]


def weather() -> list[Step]:
    return [
        (
            "goto",
            "http://www.bom.gov.au/vic/forecasts/melbourne.shtml",
            "Melbourne Forecast | Bureau of Meteorology",
            None,
        )
    ]


def footy() -> list[Step]:
    return [("goto", "https://www.afl.com.au/matches", "AFL Matches & Scores | AFL", None)]


def yt(query: str, task: str) -> Step:
    return ("goto", YT_SEARCH + query.replace(" ", "+"), f"{query} - YouTube", task)


STEPS: list[Step] = [
    day("1 06:50"),
    *mail(),
    *weather(),
    *age(),
    day("1 12:20"),
    search(GOOGLE, "used ebike for 20km commute what to look for", "ebike"),
    page(
        "https://www.bicyclenetwork.com.au/newsroom/2025/03/04/buying-a-second-hand-e-bike/",
        "Buying a second-hand e-bike: what to check - Bicycle Network",
        "ebike",
        "via",
    ),
    page(
        "https://www.reddit.com/r/ebikes/comments/1c9xk2a/mid_drive_vs_hub_motor_for_hills/",
        "Mid drive vs hub motor for hills? : r/ebikes",
        "ebike",
        "tab",
    ),
    ("close", "", "", "ebike"),
    search(GOOGLE, "giant explore e+ 2 review", "ebike"),
    page(
        "https://www.bikeradar.com/reviews/bikes/electric-bikes/giant-explore-e-plus-2-review",
        "Giant Explore E+ 2 review - BikeRadar",
        "ebike",
        "via",
    ),
    day("1 20:10"),
    search(DDG, "tax return 2026 when can i lodge", "tax"),
    page(
        "https://www.ato.gov.au/individuals-and-families/your-tax-return/how-to-lodge-your-tax-return",
        "How to lodge your tax return | Australian Taxation Office",
        "tax",
    ),
    search(DDG, "work from home deduction fixed rate 70 cents", "tax"),
    page(ATO_WFH, "Working from home expenses | Australian Taxation Office", "tax"),
    page(ATO_WFH, "Working from home expenses | Australian Taxation Office", "tax", "goto"),
    *video_home(),
    day("2 06:45"),
    *mail(),
    *footy(),
    day("2 09:30"),
    page(DOC, "Footbridge deflection check notes - Google Docs", "bridge", "goto"),
    search(GOOGLE, "as 1170.1 pedestrian bridge live load kpa", "bridge"),
    page(
        "https://www.eng-tips.com/threadminder.cfm?pid=507&qid=488213",
        "Pedestrian bridge design loads AS 5100 vs AS 1170 - Eng-Tips",
        "bridge",
        "via",
    ),
    search(GOOGLE, "as 5100.2 pedestrian load footbridge", "bridge"),
    page(
        "https://www.standards.org.au/standards-catalogue/standard-details?designation=as-5100-2-2017",
        "AS 5100.2:2017 Bridge design, Part 2: Design loads | Standards Australia",
        "bridge",
        "via",
    ),
    day("2 19:40"),
    search(GOOGLE, "what to plant in june melbourne vegetables", "garden"),
    page(
        "https://www.gardeningaustralia.com.au/vegie-guide/temperate/june",
        "What to plant in June, temperate climate | Gardening Australia",
        "garden",
        "via",
    ),
    search(GOOGLE, "18 month old waking at 3am every night", "sleep"),
    page(
        "https://raisingchildren.net.au/toddlers/sleep/sleep-problems/night-waking",
        "Night waking: toddlers | Raising Children Network",
        "sleep",
        "via",
    ),
    search(GOOGLE, "18 month sleep regression how long", "sleep"),
    page(
        "https://www.tresillian.org.au/parenting-resources/toddler-sleep-regression/",
        "Toddler sleep regression: what it is and how long it lasts | Tresillian",
        "sleep",
        "via",
    ),
    *forum(),
    day("3 07:00"),
    *mail(),
    (
        "goto",
        "https://mail.google.com/mail/u/0/?ik=7c1f&view=pt&search=all&permthid=thread-f:1801",
        "Amira & Dan are getting married in Bali! - jo.nguyen@example.com - Gmail",
        "bali",
    ),
    *weather(),
    day("3 12:40"),
    search(GOOGLE, "melbourne to denpasar flights september", "bali"),
    page(
        "https://www.skyscanner.com.au/routes/mela/dps/melbourne-to-bali-denpasar.html",
        "Cheap flights from Melbourne to Bali Denpasar | Skyscanner",
        "bali",
        "via",
    ),
    search(GOOGLE, "jetstar vs virgin melbourne bali baggage", "bali"),
    page(
        "https://www.finder.com.au/flights/jetstar-vs-virgin-australia-bali",
        "Jetstar vs Virgin Australia to Bali: fares and baggage | Finder",
        "bali",
        "via",
    ),
    day("3 21:05"),
    page(
        LISTING,
        "Giant Explore E+ 2 M, 2023, 1,200 km | Bicycles | Gumtree Australia",
        "ebike",
        "goto",
    ),
    search(GOOGLE, "ebike battery health check before buying", "ebike"),
    page(
        "https://electricbikereview.com/guides/how-to-check-used-ebike-battery/",
        "How to check a used e-bike battery | ElectricBikeReview",
        "ebike",
        "via",
    ),
    (
        "goto",
        MAPS + "ebike+shop+brunswick",
        "ebike shop brunswick - Google Maps",
        "ebike",
    ),
    *footy(),
    day("4 06:55"),
    *mail(),
    *age(),
    page(
        "https://www.theage.com.au/national/victoria/metro-tunnel-opening-date-20260423.html",
        "Metro Tunnel opening date confirmed | The Age",
        None,
    ),
    day("4 10:15"),
    page(DOC, "Footbridge deflection check notes - Google Docs", "bridge", "goto"),
    search(GOOGLE, "footbridge vibration natural frequency limit 3 hz", "bridge"),
    page(
        "https://www.steelconstruction.info/Floor_and_footbridge_vibration",
        "Floor and footbridge vibration - SteelConstruction.info",
        "bridge",
        "via",
    ),
    search(GOOGLE, "spacegass load combination serviceability", "bridge"),
    page(
        "https://www.spacegass.com/help/load-combinations",
        "Load combinations - SPACE GASS Help",
        "bridge",
        "via",
    ),
    search(GOOGLE, "broken filling front tooth", "tooth"),
    page(
        "https://www.healthdirect.gov.au/chipped-or-broken-tooth",
        "Chipped or broken tooth | healthdirect",
        "tooth",
        "via",
    ),
    search(GOOGLE, "dentist brunswick east book online saturday", "tooth"),
    page(
        "https://www.hotdoc.com.au/search?in=brunswick-east-VIC-3057&purpose=dentist",
        "Dentists in Brunswick East VIC 3057 - Book Online | HotDoc",
        "tooth",
        "via",
    ),
    page(
        "https://www.hotdoc.com.au/medical-centres/brunswick-east-VIC-3057/lygon-dental/doctors",
        "Lygon Dental, Brunswick East - Book an appointment | HotDoc",
        "tooth",
    ),
    day("4 20:30"),
    yt("how to plant garlic in autumn", "garden"),
    page(
        "https://www.youtube.com/watch?v=pG4rL1c2Xk8",
        "Planting Garlic - the Easy Way | Gardening Australia - YouTube",
        "garden",
    ),
    search(DDG, "raised garden bed corrugated iron 1.2m", "garden"),
    page(
        "https://www.bunnings.com.au/birdies-1-2-x-0-8m-original-raised-garden-bed_p0084021",
        "Birdies 1.2 x 0.8m Original Raised Garden Bed | Bunnings Warehouse",
        "garden",
    ),
    search(DDG, "toddler bed or keep cot 18 months", "sleep"),
    page(
        "https://raisingchildren.net.au/toddlers/sleep/better-sleep-settling/cot-to-bed",
        "From cot to bed: toddlers | Raising Children Network",
        "sleep",
    ),
    search(DDG, "stick on blackout blind", "sleep"),
    page(
        "https://www.kmart.com.au/product/portable-blackout-blind-43170219/",
        "Portable Blackout Blind | Kmart",
        "sleep",
    ),
    *video_home(),
    day("5 06:40"),
    *mail(),
    *weather(),
    day("5 12:05"),
    ("goto", "https://my.gov.au/LoginServices/main/login", "myGov - Sign in", "tax"),
    ("click", "https://my.gov.au/mygov/content/html/services.html", "myGov - Services", "tax"),
    (
        "click",
        "https://onlineservices.ato.gov.au/online-services/tax-return-2026",
        "ATO online services - Tax return 2026",
        "tax",
    ),
    search(DDG, "receipts for deductions without paper copy ato", "tax"),
    page(
        "https://www.ato.gov.au/individuals-and-families/income-deductions-offsets-and-records/records-you-need-to-keep",
        "Records you need to keep | Australian Taxation Office",
        "tax",
    ),
    search(DDG, "myDeductions app how to export", "tax"),
    page(
        "https://www.ato.gov.au/online-services/ato-app/mydeductions",
        "myDeductions | Australian Taxation Office",
        "tax",
    ),
    day("5 19:50"),
    search(GOOGLE, "wedding guest outfit bali beach men", "bali"),
    page(
        "https://www.gq.com.au/style/advice/what-to-wear-to-a-beach-wedding-men/",
        "What to wear to a beach wedding, for men | GQ Australia",
        "bali",
        "via",
    ),
    search(GOOGLE, "seminyak villa 3 bedroom private pool september", "bali"),
    page(
        "https://www.booking.com/searchresults.html?ss=Seminyak&checkin=2026-09-17",
        "Villas in Seminyak - Booking.com",
        "bali",
        "via",
    ),
    page(
        "https://www.booking.com/hotel/id/villa-kalyani-seminyak.html",
        "Villa Kalyani Seminyak, 3 bedrooms, private pool - Booking.com",
        "bali",
        "tab",
    ),
    ("close", "", "", "bali"),
    search(GOOGLE, "bali visa on arrival australians 2026 e-voa", "bali"),
    page(
        "https://evisa.imigrasi.go.id/front/info/voa",
        "Visa on Arrival (e-VoA) | Directorate General of Immigration Indonesia",
        "bali",
        "via",
    ),
    *forum(),
    day("6 08:30"),
    *mail(),
    *footy(),
    page(
        "https://www.afl.com.au/news/1190345/match-report-carlton-v-collingwood",
        "Match report: Carlton v Collingwood | AFL",
        None,
    ),
    day("6 10:40"),
    page(
        LISTING,
        "Giant Explore E+ 2 M, 2023, 1,200 km | Bicycles | Gumtree Australia",
        "ebike",
        "goto",
    ),
    search(GOOGLE, "waterproof pannier bags", "ebike"),
    page(
        "https://www.99bikes.com.au/ortlieb-back-roller-classic-pannier-pair",
        "Ortlieb Back-Roller Classic Pannier Pair | 99 Bikes",
        "ebike",
        "via",
    ),
    search(GOOGLE, "rear rack max load ebike 25kg", "ebike"),
    page(
        "https://www.reddit.com/r/ebikes/comments/1d2ab7c/rear_rack_weight_limit_with_panniers/",
        "Rear rack weight limit with panniers? : r/ebikes",
        "ebike",
        "via",
    ),
    day("6 14:20"),
    search(GOOGLE, "garlic planting depth and spacing", "garden"),
    page(
        "https://www.diggers.com.au/blogs/articles/how-to-grow-garlic",
        "How to grow garlic | The Diggers Club",
        "garden",
        "via",
    ),
    search(GOOGLE, "broad beans planting melbourne", "garden"),
    page(
        "https://www.gardeningaustralia.com.au/fact-sheets/broad-beans",
        "Broad beans | Gardening Australia",
        "garden",
        "via",
    ),
    search(GOOGLE, "mushroom compost vs cow manure for veggie patch", "garden"),
    page(
        "https://www.reddit.com/r/GardeningAUS/comments/1b4uuk1/mushroom_compost_or_cow_manure/",
        "Mushroom compost or cow manure for a new veggie patch? : r/GardeningAUS",
        "garden",
        "via",
    ),
    day("6 21:00"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=Zx81kLm3q0A",
        "Collingwood v Carlton Highlights | Round 7, 2026 | AFL - YouTube",
        None,
    ),
    day("7 07:05"),
    *mail(),
    (
        "goto",
        "https://mail.google.com/mail/u/0/?ik=7c1f&view=pt&search=all&permthid=thread-f:1809",
        "Your HotDoc appointment at Lygon Dental is confirmed - jo.nguyen@example.com - Gmail",
        "tooth",
    ),
    *age(),
    day("7 09:15"),
    page(DOC, "Footbridge deflection check notes - Google Docs", "bridge", "goto"),
    search(GOOGLE, "deflection limit span/360 pedestrian bridge", "bridge"),
    page(
        "https://www.structuralguide.com/deflection-limits-for-bridges/",
        "Deflection limits for bridges and footbridges | Structural Guide",
        "bridge",
        "via",
    ),
    search(GOOGLE, "glulam footbridge span 18m", "bridge"),
    page(
        "https://www.woodsolutions.com.au/applications/bridges/timber-pedestrian-bridges",
        "Timber pedestrian bridges | WoodSolutions",
        "bridge",
        "via",
    ),
    day("7 13:00"),
    search(GOOGLE, "melbourne weather today", None),
    day("7 20:40"),
    search(GOOGLE, "sleep regression or teething 18 months", "sleep"),
    page(
        "https://www.pregnancybirthbaby.org.au/teething",
        "Teething | Pregnancy Birth and Baby",
        "sleep",
        "via",
    ),
    search(GOOGLE, "controlled comforting toddler how to", "sleep"),
    page(
        "https://raisingchildren.net.au/toddlers/sleep/better-sleep-settling/controlled-comforting",
        "Controlled comforting: toddlers | Raising Children Network",
        "sleep",
        "via",
    ),
    *forum(),
    day("8 06:50"),
    *mail(),
    *weather(),
    day("8 12:30"),
    search(GOOGLE, "jetstar melbourne denpasar 17 september", "bali"),
    page(
        "https://www.jetstar.com/au/en/flights/bali",
        "Cheap Flights to Bali (Denpasar) | Jetstar",
        "bali",
        "via",
    ),
    page(
        "https://www.jetstar.com/au/en/booking/select-flights?origin=MEL&destination=DPS&departuredate=2026-09-17",
        "Select flights | Jetstar",
        "bali",
    ),
    page(
        "https://www.jetstar.com/au/en/booking/review",
        "Review your booking | Jetstar",
        "bali",
    ),
    page(
        "https://www.jetstar.com/au/en/booking/confirmation",
        "Booking confirmed | Jetstar",
        "bali",
    ),
    day("8 19:30"),
    page(
        LISTING,
        "Giant Explore E+ 2 M, 2023, 1,200 km | Bicycles | Gumtree Australia",
        "ebike",
        "goto",
    ),
    search(DDG, "giant explore e+ 2 price used 2023", "ebike"),
    page(
        "https://www.bicyclebluebook.com/value-guide/giant/explore-e-plus-2/2023",
        "2023 Giant Explore E+ 2 value | Bicycle Blue Book",
        "ebike",
    ),
    search(DDG, "bike insurance ebike victoria", "ebike"),
    page(
        "https://www.bicyclenetwork.com.au/membership/bike-insurance/",
        "Bike insurance for members - Bicycle Network",
        "ebike",
    ),
    *video_home(),
    day("9 07:10"),
    *mail(),
    (
        "goto",
        "https://mail.google.com/mail/u/0/?ik=7c1f&view=pt&search=all&permthid=thread-f:1814",
        "Jetstar booking confirmation MEL-DPS 17 Sep - jo.nguyen@example.com - Gmail",
        "bali",
    ),
    *footy(),
    day("9 18:45"),
    search(GOOGLE, "notice of assessment how long after lodging", "tax"),
    page(
        "https://www.ato.gov.au/individuals-and-families/your-tax-return/check-the-progress-of-your-tax-return",
        "Check the progress of your tax return | Australian Taxation Office",
        "tax",
        "via",
    ),
    page(ATO_WFH, "Working from home expenses | Australian Taxation Office", "tax", "goto"),
    search(GOOGLE, "wicking bed diy", "garden"),
    page(
        "https://www.sgaonline.org.au/wicking-beds/",
        "How to build a wicking bed | Sustainable Gardening Australia",
        "garden",
        "via",
    ),
    day("10 09:20"),
    page(DOC, "Footbridge deflection check notes - Google Docs", "bridge", "goto"),
    search(GOOGLE, "handrail load as 1170.1 0.75 kn/m", "bridge"),
    page(
        "https://www.eng-tips.com/threadminder.cfm?pid=507&qid=490177",
        "Balustrade and handrail loads on footbridges - Eng-Tips",
        "bridge",
        "via",
    ),
    day("10 16:30"),
    search(GOOGLE, "what to pack for bali wedding", "bali"),
    page(
        "https://www.lonelyplanet.com/articles/what-to-pack-for-bali",
        "What to pack for Bali | Lonely Planet",
        "bali",
        "via",
    ),
    search(GOOGLE, "how long does a tooth filling last", "tooth"),
    page(
        "https://www.healthdirect.gov.au/fillings",
        "Dental fillings | healthdirect",
        "tooth",
        "via",
    ),
    *forum(),
]
