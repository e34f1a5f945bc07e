"""A stay-at-home father's ten days in Cape Town, on the family laptop, written in the
thirty-eighth session and scored before any change for it: an inverter and battery against
load shedding, his daughter's Grade 1 place for next year, a July trip to the Kruger Park,
swimming lessons for his son, switching the home loan ("bond") to another bank, and the
dog's tick bite fever. Between them he reads News24, watches cricket highlights from
YouTube's home page, checks r/capetown, and opens Gmail.
Searches go to Google and Bing.
Used by make_week_history.py (``week144``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "thabo.petersen@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (4) - {ADDRESS} - Gmail", None)]


def news24(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.news24.com/", "News24 | South Africa's most trusted news", None)
    ]
    if article:
        steps.append(("click", f"https://www.news24.com/news24/{article[0]}", article[1], None))
    return steps


def cricket(video: str, title: str) -> list[Step]:
    return [
        ("goto", "https://www.youtube.com/", "YouTube", None),
        ("click", f"https://www.youtube.com/watch?v={video}", f"{title} - YouTube", None),
    ]


def capetown() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/capetown/", "Cape Town : r/capetown", None)]


STEPS: list[Step] = [
    day("1 09:10"),
    *mail(),
    *news24(
        (
            "south-africa/news/eskom-stage-4-load-shedding-this-week-20270112",
            "Eskom moves to stage 4 load shedding for the rest of the week | News24",
        )
    ),
    search(GOOGLE, "inverter and lithium battery for home load shedding price 2027", "inverter"),
    page(
        "https://www.mybroadband.co.za/news/energy/inverter-battery-prices-south-africa.html",
        "What a home inverter and battery costs in South Africa right now - MyBroadband",
        "inverter",
    ),
    search(GOOGLE, "sunsynk 5kw vs deye 5kw which is better", "inverter"),
    page(
        "https://www.reddit.com/r/solarpower/comments/1u2b3c4/sunsynk_5kw_vs_deye_5kw/",
        "Sunsynk 5kW vs Deye 5kW? : r/solarpower",
        "inverter",
    ),
    search(BING, "wced online admissions grade 1 2028 when do applications open", "school"),
    page(
        "https://www.westerncape.gov.za/education/online-admissions",
        "Online admissions for 2028 | Western Cape Government",
        "school",
    ),
    *tab(
        "https://www.westerncape.gov.za/education/admissions-documents-required",
        "Documents you need to apply for a school place | Western Cape Government",
        "school",
    ),
    *cricket("prtst0001", "Proteas v Australia | 2nd Test Day 3 Highlights"),
    day("1 20:40"),
    *capetown(),
    search(GOOGLE, "dog lethargic pale gums not eating after tick", "dog"),
    page(
        "https://www.vetwork.co.za/biliary-tick-bite-fever-in-dogs/",
        "Biliary (tick bite fever) in dogs: signs and treatment | Vetwork",
        "dog",
    ),
    search(GOOGLE, "emergency vet rondebosch open now", "dog"),
    page(
        "https://www.google.com/maps/search/emergency+vet+rondebosch",
        "emergency vet rondebosch - Google Maps",
        "dog",
    ),
    day("2 10:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c41f0a9e27",
        "1877712340001",
        "Discharge notes and medication for Bruno - Rondebosch Animal Hospital",
        "dog",
    ),
    search(GOOGLE, "biliary dog recovery how long imidocarb side effects", "dog"),
    page(
        "https://www.dogsandpups.co.za/health/biliary-recovery",
        "Recovering from biliary: what to expect in the first week | Dogs and Pups",
        "dog",
    ),
    search(BING, "switch bond to another bank south africa costs", "bond"),
    page(
        "https://www.ooba.co.za/articles/switching-your-home-loan/",
        "Switching your home loan to another bank: what it costs | ooba",
        "bond",
    ),
    search(BING, "bond cancellation fee attorney penalty 90 days notice", "bond"),
    page(
        "https://www.privateproperty.co.za/advice/property/articles/bond-cancellation-costs/8123",
        "Bond cancellation costs explained | Private Property",
        "bond",
    ),
    search(GOOGLE, "kruger park july with kids malaria risk winter", "kruger"),
    page(
        "https://www.sanparks.org/parks/kruger/travel/malaria",
        "Malaria in the Kruger National Park | SANParks",
        "kruger",
    ),
    *news24(),
    day("3 08:50"),
    search(GOOGLE, "swimming lessons 4 year old claremont", "swim"),
    page(
        "https://www.swimkidz.co.za/claremont",
        "Learn to swim for toddlers and preschoolers in Claremont | Swimkidz",
        "swim",
    ),
    search(GOOGLE, "what age should kids learn to swim water safety", "swim"),
    page(
        "https://www.healthychildren.org/English/safety-prevention/at-play/Pages/Swim-Lessons.aspx",
        "Swim Lessons: When to Start & What Parents Should Know - HealthyChildren.org",
        "swim",
    ),
    *cricket("prtst0002", "Proteas v Australia | 2nd Test Day 4 Highlights"),
    search(GOOGLE, "inverter installer cape town reviews coc certificate", "inverter"),
    page(
        "https://www.hellopeter.com/solar-installers-cape-town",
        "Best solar and inverter installers in Cape Town - Hellopeter reviews",
        "inverter",
    ),
    day("3 21:15"),
    *capetown(),
    (
        "click",
        "https://www.reddit.com/r/capetown/comments/1u3d4e5/best_public_primary_schools_southern_suburbs/",
        "Best public primary schools in the southern suburbs? : r/capetown",
        "school",
    ),
    search(BING, "feeder zone primary school rondebosch how does it work", "school"),
    page(
        "https://www.schoolsinfo.co.za/western-cape/feeder-zones-explained",
        "School feeder zones in the Western Cape explained | SchoolsInfo",
        "school",
    ),
    day("4 09:30"),
    *mail(),
    search(GOOGLE, "sanparks skukuza bungalow availability july", "kruger"),
    page(
        "https://www.sanparks.org/parks/kruger/camps/skukuza/tourism/accommodation",
        "Skukuza Rest Camp accommodation | SANParks",
        "kruger",
    ),
    search(GOOGLE, "flights cape town to nelspruit vs hoedspruit kruger", "kruger"),
    page(
        "https://www.travelstart.co.za/lp/cape-town/mpumalanga-kruger",
        "Cheap flights from Cape Town to Kruger Mpumalanga | Travelstart",
        "kruger",
    ),
    search(BING, "prime lending rate south africa today", "bond"),
    page(
        "https://www.resbank.co.za/en/home/what-we-do/statistics/key-statistics/current-market-rates",
        "Current market rates | South African Reserve Bank",
        "bond",
    ),
    *news24(
        (
            "business/markets/repo-rate-unchanged-reserve-bank-20270114",
            "Reserve Bank leaves the repo rate unchanged | News24",
        )
    ),
    day("5 11:00"),
    *cricket("prtst0003", "Proteas v Australia | 2nd Test Day 5 Highlights"),
    search(GOOGLE, "sseg registration city of cape town inverter grid tied", "inverter"),
    page(
        "https://www.capetown.gov.za/work%20and%20business/electricity/small-scale-embedded-generation",
        "Small-scale embedded generation (SSEG) | City of Cape Town",
        "inverter",
    ),
    search(GOOGLE, "how many kwh battery to run fridge tv wifi 4 hours", "inverter"),
    page(
        "https://www.sustainable.co.za/blogs/news/battery-size-calculator-load-shedding",
        "How big a battery do you need for load shedding? | Sustainable.co.za",
        "inverter",
    ),
    search(GOOGLE, "tick and flea tablets dogs bravecto vs nexgard cape town", "dog"),
    page(
        "https://www.takealot.com/bravecto-chewable-tablet-for-dogs-20-40kg/PLID71234567",
        "Bravecto Chewable Tablet for Dogs 20-40kg | Takealot.com",
        "dog",
    ),
    day("6 20:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c41f0a9e27",
        "1877712340002",
        "Your ooba home loan switch application - next steps",
        "bond",
    ),
    search(BING, "bond switch ooba how long does it take transfer", "bond"),
    page(
        "https://www.ooba.co.za/faq/how-long-does-a-switch-take/",
        "How long does a home loan switch take? | ooba",
        "bond",
    ),
    search(GOOGLE, "swim school claremont term fees 2027", "swim"),
    page(
        "https://www.aquababes.co.za/fees",
        "Term fees and timetable | Aquababes Swim School",
        "swim",
    ),
    *capetown(),
    day("7 10:20"),
    *news24(),
    search(GOOGLE, "kruger self drive route skukuza to lower sabie game viewing", "kruger"),
    page(
        "https://www.krugerpark.co.za/krugerpark-times-4-h100-route.html",
        "The H4-1 between Skukuza and Lower Sabie: the best drive in Kruger | Kruger Park",
        "kruger",
    ),
    search(GOOGLE, "car hire kruger mpumalanga airport kids car seat", "kruger"),
    page(
        "https://www.avis.co.za/car-hire/kruger-mpumalanga-international-airport",
        "Car hire at Kruger Mpumalanga International Airport | Avis South Africa",
        "kruger",
    ),
    search(BING, "grade 1 application proof of address affidavit wced", "school"),
    page(
        "https://www.westerncape.gov.za/education/admissions-proof-of-address",
        "Proof of address for school admissions | Western Cape Government",
        "school",
    ),
    day("8 09:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "c41f0a9e27",
        "1877712340003",
        "Quote: Sunsynk 5kW + 5.12kWh battery installed - Cape Solar Solutions",
        "inverter",
    ),
    search(GOOGLE, "dyness vs pylontech battery sunsynk compatible", "inverter"),
    page(
        "https://www.reddit.com/r/southafrica/comments/1u4e5f6/dyness_or_pylontech_with_sunsynk/",
        "Dyness or Pylontech with a Sunsynk? : r/southafrica",
        "inverter",
    ),
    *cricket("shrk00004", "Stormers v Sharks | URC Highlights"),
    search(GOOGLE, "dog biliary second time relapse signs", "dog"),
    page(
        "https://www.vetwork.co.za/biliary-relapse-in-dogs/",
        "Can biliary come back? Relapse in dogs | Vetwork",
        "dog",
    ),
    day("9 19:30"),
    search(BING, "swimming goggles toddler that don't leak", "swim"),
    page(
        "https://www.takealot.com/speedo-kids-futura-biofuse-goggles/PLID70987654",
        "Speedo Kids Futura Biofuse Goggles | Takealot.com",
        "swim",
    ),
    search(BING, "bond switch valuation fee and initiation fee fnb vs absa", "bond"),
    page(
        "https://www.mybroadband.co.za/news/banking/home-loan-switch-fees-compared.html",
        "What the big banks charge to switch your home loan - MyBroadband",
        "bond",
    ),
    search(GOOGLE, "kruger park entry fees wild card family cluster", "kruger"),
    page(
        "https://www.sanparks.org/wild-card/family-cluster",
        "Wild Card: family cluster | SANParks",
        "kruger",
    ),
    *capetown(),
    day("10 10:00"),
    *mail(),
    *news24(
        (
            "south-africa/news/load-shedding-suspended-weekend-20270120",
            "Load shedding suspended for the weekend, Eskom says | News24",
        )
    ),
    search(GOOGLE, "rondebosch east primary school grade 1 application 2028", "school"),
    page(
        "https://www.rondeboscheastprimary.co.za/admissions",
        "Admissions | Rondebosch East Primary School",
        "school",
    ),
    search(GOOGLE, "sunsynk 5kw installed price cape town quote fair", "inverter"),
    page(
        "https://www.mybroadband.co.za/forum/threads/is-r85k-for-sunsynk-5kw-installed-fair.1234567/",
        "Is R85k for Sunsynk 5kW installed fair? | MyBroadband Forum",
        "inverter",
    ),
]
