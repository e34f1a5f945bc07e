"""A primary school teacher's ten days in Auckland, on her own laptop, written at the end of
the twenty-ninth session, after all of its changes, and scored before any change for it:
a bathroom renovated (tiles, a vanity, a plumber, the council's consent), her son's school
camp gear, her car sold on Trade Me, her fortieth birthday in Rarotonga, an evening course
in te reo Māori, and her KiwiSaver withdrawn for a first home. Gmail, the NZ Herald and
YouTube are opened most days. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week96``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab, video_home

ADDRESS = "aroha.tane.akl@gmail.com"
INBOX = "6e1b9d3f70"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (3) - {ADDRESS} - Gmail", None)]


def herald() -> list[Step]:
    return [
        (
            "goto",
            "https://www.nzherald.co.nz/",
            "NZ Herald - Breaking News, Latest News, NZ and World News",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 06:45"),
    *mail(),
    *herald(),
    day("1 19:30"),
    search(GOOGLE, "bathroom renovation cost auckland 2026 small bathroom", "bathroom"),
    page(
        "https://www.builderscrack.co.nz/cost-guides/bathroom-renovation",
        "How much does a bathroom renovation cost in NZ? | Builderscrack",
        "bathroom",
    ),
    search(GOOGLE, "do i need building consent to move a shower auckland", "bathroom"),
    page(
        "https://www.aucklandcouncil.govt.nz/building-and-consents/do-you-need-consent/Pages/bathroom.aspx",
        "Bathroom work that needs a building consent - Auckland Council",
        "bathroom",
    ),
    day("1 21:00"),
    *video_home(),
    day("2 06:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1858760067890123101",
        "Year 6 camp at Hunua Falls: gear list and permission slip",
        "camp",
    ),
    day("2 20:00"),
    search(DDG, "kids sleeping bag rated 5 degrees nz", "camp"),
    page(
        "https://www.kathmandu.co.nz/kids-sleeping-bags",
        "Kids Sleeping Bags | Kathmandu NZ",
        "camp",
    ),
    search(DDG, "cheap tramping boots kids size 4", "camp"),
    page(
        "https://www.hunting-fishing.co.nz/kids-footwear",
        "Kids Footwear | Hunting & Fishing New Zealand",
        "camp",
    ),
    day("3 06:45"),
    *mail(),
    *herald(),
    day("3 19:15"),
    search(GOOGLE, "how much is my car worth nz 2016 mazda 3", "car"),
    page(
        "https://www.trademe.co.nz/a/motors/car-valuation",
        "Car valuation | Trade Me Motors",
        "car",
    ),
    search(GOOGLE, "do i need a current wof to sell my car privately", "car"),
    page(
        "https://www.nzta.govt.nz/vehicles/buying-and-selling-a-vehicle/selling-a-vehicle/",
        "Selling a vehicle | NZ Transport Agency Waka Kotahi",
        "car",
    ),
    day("4 06:50"),
    *mail(),
    day("4 20:30"),
    search(DDG, "rarotonga flights from auckland june school holidays", "raro"),
    page(
        "https://www.airnewzealand.co.nz/flights-from-auckland-to-rarotonga",
        "Cheap Flights from Auckland to Rarotonga | Air New Zealand",
        "raro",
    ),
    search(DDG, "adults only resort rarotonga muri beach", "raro"),
    page(
        "https://www.tripadvisor.co.nz/Hotels-g294327-zfa7-Rarotonga_Cook_Islands-Hotels.html",
        "Adults Only Hotels in Rarotonga - Tripadvisor",
        "raro",
    ),
    *video_home(),
    day("5 06:45"),
    *mail(),
    *herald(),
    day("5 16:00"),
    search(GOOGLE, "te reo maori evening classes auckland beginners free", "reo"),
    page(
        "https://www.twoa.ac.nz/nga-akoranga/te-reo-maori",
        "Te Reo Māori courses | Te Wānanga o Aotearoa",
        "reo",
    ),
    day("5 20:00"),
    search(GOOGLE, "tiles for small bathroom large format or small", "bathroom"),
    page(
        "https://www.tilespace.co.nz/inspiration/small-bathroom-tile-ideas",
        "Small Bathroom Tile Ideas | Tile Space",
        "bathroom",
    ),
    *tab(
        "https://www.bunnings.co.nz/our-range/bathroom-plumbing/bathroom/vanities",
        "Vanities | Bunnings New Zealand",
        "bathroom",
    ),
    day("6 09:00"),
    search(GOOGLE, "kiwisaver first home withdrawal how long does it take", "kiwisaver"),
    page(
        "https://www.kainga.govt.nz/home-ownership/kiwisaver-first-home-withdrawal/",
        "KiwiSaver first-home withdrawal | Kāinga Ora",
        "kiwisaver",
    ),
    search(GOOGLE, "first home grant nz income cap 2026", "kiwisaver"),
    page(
        "https://www.interest.co.nz/property/first-home-grant-income-caps",
        "First Home Grant income caps explained | interest.co.nz",
        "kiwisaver",
    ),
    day("6 14:30"),
    search(DDG, "trade me listing photos tips selling car fast", "car"),
    page(
        "https://help.trademe.co.nz/hc/en-us/articles/360007266052-Tips-for-selling-your-vehicle",
        "Tips for selling your vehicle – Trade Me Help",
        "car",
    ),
    day("7 06:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1858760067890123202",
        "Quote: bathroom plumbing and drainage - Harbour Plumbing Ltd",
        "bathroom",
    ),
    day("7 19:45"),
    search(GOOGLE, "plumber quote bathroom reno reasonable price auckland", "bathroom"),
    page(
        "https://www.nocowboys.co.nz/plumbers/auckland",
        "Plumbers in Auckland - Reviews | NoCowboys",
        "bathroom",
    ),
    day("7 21:00"),
    search(DDG, "what to pack school camp year 6 torch rain jacket", "camp"),
    page(
        "https://www.kidspot.co.nz/school-camp-packing-list",
        "The ultimate school camp packing list | Kidspot",
        "camp",
    ),
    day("8 06:45"),
    *mail(),
    *herald(),
    day("8 20:00"),
    search(GOOGLE, "rarotonga things to do snorkelling aroa lagoon", "raro"),
    page(
        "https://cookislands.travel/rarotonga/things-to-do",
        "Things to Do in Rarotonga | Cook Islands Tourism",
        "raro",
    ),
    day("9 06:50"),
    *mail(),
    day("9 17:30"),
    search(GOOGLE, "te reo maori pronunciation practice app", "reo"),
    page(
        "https://www.youtube.com/watch?v=Rk7pM2xQ9sA",
        "Te Reo Māori Pronunciation for Beginners - YouTube",
        "reo",
    ),
    search(GOOGLE, "kiwisaver withdrawal statutory declaration solicitor", "kiwisaver"),
    page(
        "https://www.kiwisaver.govt.nz/already/withdrawals/first-home/",
        "First home withdrawal | KiwiSaver",
        "kiwisaver",
    ),
    day("10 06:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1858760067890123303",
        "Your Trade Me listing: 2016 Mazda 3 GSX has 4 watchers",
        "car",
    ),
    day("10 20:15"),
    search(DDG, "rarotonga travel insurance covid cook islands entry", "raro"),
    page(
        "https://www.safetravel.govt.nz/cook-islands",
        "Cook Islands travel advice | SafeTravel",
        "raro",
    ),
    *video_home(),
]
