"""A civil engineer's ten days in Perth, written in the fifty-fifth session and scored
before any change for it: solar panels and a battery for the house (quotes, the rebate, an
inverter), a week in Bali with friends (a villa in Canggu, flights, the visa on arrival),
her son's asthma (a preventer, a spacer, the school's action plan), her chartered
engineer's CPD hours, and an old kayak sold on Gumtree. Between them she reads Gmail, The
West Australian, YouTube and Perth's subreddit, and one article from the paper's front
page. Searches go to Google and Bing.
Used by make_week_history.py (``week197``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import (
    BING,
    GOOGLE,
    Step,
    day,
    gmail_message,
    mail,
    page,
    search,
    tab,
    video_home,
)

ADDRESS = "megan.oconnell.eng@gmail.com"
IK = "5b81e3c9d2"


def west(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://thewest.com.au/", "The West Australian | Perth News, WA News", None)
    ]
    if article:
        steps.append(("click", f"https://thewest.com.au/{article[0]}", article[1], None))
    return steps


def perth_board() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/perth/", "Perth : r/perth", None)]


def message(thread: str, subject: str, task: str | None) -> list[Step]:
    return gmail_message(ADDRESS, IK, thread, subject, task)


STEPS: list[Step] = [
    day("1 06:50"),
    *west(),
    *mail(),
    day("1 12:30"),
    search(GOOGLE, "6.6kw solar system with battery cost perth 2027", "solar"),
    page(
        "https://www.solarquotes.com.au/western-australia/perth/",
        "Solar Panels Perth - Compare Quotes & Prices | SolarQuotes",
        "solar",
    ),
    *tab(
        "https://www.energy.wa.gov.au/initiatives/wa-residential-battery-scheme",
        "WA Residential Battery Scheme | Energy Policy WA",
        "solar",
    ),
    day("1 20:40"),
    *perth_board(),
    search(BING, "canggu villa 4 bedroom private pool for friends", "bali"),
    page(
        "https://www.airbnb.com.au/canggu-indonesia/stays/private-pool",
        "Canggu Villas with Private Pool - Airbnb",
        "bali",
    ),
    day("2 07:05"),
    *mail(),
    *message(
        "1790234567812345678",
        "Asthma action plan needed before camp - Year 3",
        "asthma",
    ),
    day("2 12:45"),
    search(GOOGLE, "engineers australia cpd hours requirements chartered", "cpd"),
    page(
        "https://www.engineersaustralia.org.au/credentials/chartered/maintain",
        "Maintain your Chartered credential | Engineers Australia",
        "cpd",
    ),
    day("2 19:30"),
    search(GOOGLE, "child asthma preventer flixotide vs qvar side effects", "asthma"),
    page(
        "https://www.nationalasthma.org.au/living-with-asthma/resources/patients-carers/factsheets/asthma-medicines-for-children",
        "Asthma medicines for children | National Asthma Council Australia",
        "asthma",
    ),
    *tab(
        "https://www.healthdirect.gov.au/asthma-preventers",
        "Asthma preventers | healthdirect",
        "asthma",
    ),
    day("3 06:40"),
    *west(
        (
            "news/wa/perth-power-bills-to-rise-as-synergy-tariff-lifts-c-1234567",
            "Perth power bills to rise as Synergy tariff lifts | The West Australian",
        )
    ),
    day("3 12:20"),
    search(BING, "fronius vs sungrow hybrid inverter reliability", "solar"),
    page(
        "https://www.solarquotes.com.au/inverters/fronius-vs-sungrow/",
        "Fronius vs Sungrow: Which Inverter Should You Buy? | SolarQuotes",
        "solar",
    ),
    day("3 20:10"),
    *video_home(),
    search(GOOGLE, "how much to sell a used sit on top fishing kayak", "kayak"),
    page(
        "https://www.gumtree.com.au/s-kayaks-paddle/perth/kayak/k0c18557l3008303",
        "Kayaks & Paddles in Perth Region, WA | Gumtree Australia",
        "kayak",
    ),
    day("4 07:00"),
    *mail(),
    day("4 12:50"),
    search(GOOGLE, "jetstar perth to denpasar august return fares", "bali"),
    page(
        "https://www.jetstar.com/au/en/cheap-flights/perth-to-bali",
        "Cheap Flights from Perth to Bali (Denpasar) | Jetstar",
        "bali",
    ),
    *tab(
        "https://www.virginaustralia.com/au/en/flights/perth-to-denpasar-bali/",
        "Perth to Bali Flights | Virgin Australia",
        "bali",
    ),
    day("4 19:45"),
    search(GOOGLE, "spacer with mask or mouthpiece for 8 year old", "asthma"),
    page(
        "https://www.asthmaaustralia.org.au/manage-asthma/medications-and-devices/spacers",
        "Spacers | Asthma Australia",
        "asthma",
    ),
    day("5 06:55"),
    *west(),
    *perth_board(),
    day("5 13:10"),
    search(BING, "cpd log template engineers australia excel", "cpd"),
    page(
        "https://www.engineersaustralia.org.au/sites/default/files/cpd-record-template",
        "CPD Record Template | Engineers Australia",
        "cpd",
    ),
    *tab(
        "https://www.engineersaustralia.org.au/learning/webinars",
        "Webinars and events | Engineers Australia",
        "cpd",
    ),
    day("5 20:30"),
    search(GOOGLE, "gumtree listing photos tips selling kayak paddle included", "kayak"),
    page(
        "https://help.gumtree.com.au/knowledgeBase/posting-a-great-ad",
        "Tips for posting a great ad | Gumtree Help",
        "kayak",
    ),
    page(
        "https://www.gumtree.com.au/p-post-ad.html",
        "Post an ad | Gumtree Australia",
        "kayak",
    ),
    day("6 07:10"),
    *mail(),
    *message(
        "1790298765432109876",
        "Your solar quote from Perth Solar Warehouse - 6.6kW + 10kWh",
        "solar",
    ),
    day("6 12:40"),
    search(GOOGLE, "indonesia visa on arrival australian passport e-voa", "bali"),
    page(
        "https://evisa.imigrasi.go.id/",
        "Electronic Visa on Arrival - Directorate General of Immigration",
        "bali",
    ),
    day("6 19:50"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=Hq7pXf3mZc1",
        "Perth Scorchers highlights - YouTube",
        None,
    ),
    day("7 06:45"),
    *west(),
    day("7 12:30"),
    search(BING, "synergy feed in tariff with battery debs", "solar"),
    page(
        "https://www.synergy.net.au/Your-home/Help-and-advice/Solar-credits-and-upgrades/Distributed-Energy-Buyback-Scheme",
        "Distributed Energy Buyback Scheme (DEBS) | Synergy",
        "solar",
    ),
    day("7 20:00"),
    search(GOOGLE, "school asthma action plan form wa department of education", "asthma"),
    page(
        "https://www.education.wa.edu.au/asthma-management",
        "Asthma management | Department of Education WA",
        "asthma",
    ),
    *tab(
        "https://www.nationalasthma.org.au/health-professionals/asthma-action-plans",
        "Asthma Action Plans | National Asthma Council Australia",
        "asthma",
    ),
    day("8 07:00"),
    *mail(),
    *message(
        "1790301234567890123",
        "Is the kayak still available? - Gumtree",
        "kayak",
    ),
    day("8 12:55"),
    search(GOOGLE, "structural engineering webinar cpd risk management hours", "cpd"),
    page(
        "https://www.engineersaustralia.org.au/learning/cpd-types-and-conditions",
        "CPD types and conditions | Engineers Australia",
        "cpd",
    ),
    day("8 20:15"),
    search(BING, "bali travel insurance scooter cover", "bali"),
    page(
        "https://www.choice.com.au/travel/travel-insurance/articles/bali-travel-insurance",
        "Travel insurance for Bali: are you covered on a scooter? | CHOICE",
        "bali",
    ),
    *tab(
        "https://www.smartraveller.gov.au/destinations/asia/indonesia",
        "Indonesia Travel Advice & Safety | Smartraveller",
        "bali",
    ),
    day("9 06:50"),
    *west(),
    *perth_board(),
    day("9 12:35"),
    search(GOOGLE, "tesla powerwall 3 vs byd battery box 10kwh", "solar"),
    page(
        "https://www.solarquotes.com.au/battery-storage/comparison-table/",
        "Solar Battery Comparison Table | SolarQuotes",
        "solar",
    ),
    day("9 19:40"),
    search(GOOGLE, "respiratory paediatrician perth referral wait time", "asthma"),
    page(
        "https://pch.health.wa.gov.au/Our-services/Respiratory-Medicine",
        "Respiratory Medicine | Perth Children's Hospital",
        "asthma",
    ),
    day("10 07:05"),
    *mail(),
    day("10 13:00"),
    search(BING, "canggu day trip uluwatu temple sunset kecak", "bali"),
    page(
        "https://www.lonelyplanet.com/indonesia/bali/uluwatu/attractions/pura-luhur-uluwatu",
        "Pura Luhur Uluwatu | Bali | Lonely Planet",
        "bali",
    ),
    day("10 20:20"),
    search(GOOGLE, "meet gumtree buyer safely cash or payid", "kayak"),
    page(
        "https://help.gumtree.com.au/knowledgeBase/staying-safe",
        "Staying safe | Gumtree Help",
        "kayak",
    ),
]
