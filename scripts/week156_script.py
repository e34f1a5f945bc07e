"""A paramedic's ten days in Brisbane, on shifts, written in the fortieth session and scored
before any change for it. A used ute to replace his old one (a Hilux or a Ranger, a
roadworthy certificate, a check of the money owed on it), a family holiday in Fiji (a resort
on Denarau, flights, travel insurance), a sore shoulder (a physio, exercises), a hardwood
deck to oil, a kelpie pup that will not come back when called, and a laptop for his
daughter's first year of high school (the school's list, an iPad or a Chromebook). Between
them he reads ABC News, Facebook and Gmail, and watches YouTube. Searches go to Google and
Bing.
Used by make_week_history.py (``week156``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "liam.oconnell.qld@gmail.com"
CARSALES = "https://www.carsales.com.au/cars/details"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (4) - {ADDRESS} - Gmail", None)]


def abc() -> list[Step]:
    return [
        (
            "goto",
            "https://www.abc.net.au/news",
            "ABC News (Australian Broadcasting Corporation)",
            None,
        )
    ]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


def youtube(video: str, title: str) -> list[Step]:
    return [
        ("goto", "https://www.youtube.com/", "YouTube", None),
        ("click", f"https://www.youtube.com/watch?v={video}", f"{title} - YouTube", None),
    ]


STEPS: list[Step] = [
    day("1 07:40"),
    *abc(),
    *mail(),
    search(GOOGLE, "used hilux sr5 2019 vs ranger xlt 2019 reliability", "ute"),
    page(
        "https://www.drive.com.au/caradvice/toyota-hilux-vs-ford-ranger-comparison/",
        "Toyota HiLux v Ford Ranger comparison review | Drive",
        "ute",
    ),
    *tab(
        f"{CARSALES}/2019-toyota-hilux-sr5-auto-4x4-double-cab/OAG-AD-21873345/",
        "2019 Toyota Hilux SR5 Auto 4x4 Double Cab | carsales.com.au",
        "ute",
    ),
    *tab(
        f"{CARSALES}/2019-ford-ranger-xlt-3-2-hi-rider-auto/OAG-AD-21901122/",
        "2019 Ford Ranger XLT 3.2 Hi-Rider Auto | carsales.com.au",
        "ute",
    ),
    search(BING, "fiji family holiday denarau resort kids club", "fiji"),
    page(
        "https://www.tripadvisor.com.au/Hotels-g297566-Denarau_Island-Hotels.html",
        "THE 10 BEST Denarau Island Hotels 2027 - Tripadvisor",
        "fiji",
    ),
    page(
        "https://www.sheratondenarauvillas.com/family",
        "Family Holidays in Fiji | Sheraton Denarau Villas",
        "fiji",
    ),
    day("1 21:10"),
    *facebook(),
    search(GOOGLE, "shoulder pain lifting arm overhead after lifting stretcher", "shoulder"),
    page(
        "https://www.healthdirect.gov.au/shoulder-pain",
        "Shoulder pain | healthdirect",
        "shoulder",
    ),
    page(
        "https://www.physio-pedia.com/Shoulder_Impingement",
        "Shoulder Impingement - Physiopedia",
        "shoulder",
    ),
    day("2 14:30"),
    *youtube("kelpietrain1", "Kelpie Puppy Recall Training - The First Week"),
    search(GOOGLE, "kelpie puppy won't come when called recall training", "dog"),
    page(
        "https://www.rspcaqld.org.au/blog/pet-care/teaching-your-dog-to-come-when-called",
        "Teaching your dog to come when called | RSPCA Queensland",
        "dog",
    ),
    page(
        "https://www.workingkelpie.com.au/training/recall",
        "Recall training for working kelpies | Working Kelpie Council",
        "dog",
    ),
    search(BING, "long line lead 10m for dog training bunnings", "dog"),
    page(
        "https://www.bunnings.com.au/pet-one-10m-training-lead_p4440012",
        "Pet One 10m Training Lead | Bunnings Warehouse",
        "dog",
    ),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e51c09d2aa",
        "1830114450012",
        "Year 7 2027 - BYOD laptop requirements and order portal",
        "laptop",
    ),
    search(GOOGLE, "year 7 byod laptop requirements queensland state high school", "laptop"),
    page(
        "https://education.qld.gov.au/initiatives-and-strategies/byox",
        "Bring your own device (BYOx) | Department of Education",
        "laptop",
    ),
    day("3 06:50"),
    *abc(),
    search(GOOGLE, "hilux sr5 2019 common problems dpf", "ute"),
    page(
        "https://www.carexpert.com.au/car-news/toyota-hilux-dpf-problems-explained",
        "Toyota HiLux DPF problems explained | CarExpert",
        "ute",
    ),
    search(GOOGLE, "ppsr check car qld how to", "ute"),
    page(
        "https://www.ppsr.gov.au/searching/motor-vehicle-search",
        "Search for a motor vehicle | Personal Property Securities Register",
        "ute",
    ),
    search(BING, "merbau deck oil vs stain which lasts longer queensland sun", "deck"),
    page(
        "https://www.bunnings.com.au/diy-advice/outdoor/decking/how-to-oil-a-deck",
        "How To Oil A Deck | Bunnings Warehouse",
        "deck",
    ),
    page(
        "https://www.cabots.com.au/products/decking-oils/natural-decking-oil",
        "Natural Decking Oil | Cabot's",
        "deck",
    ),
    day("3 20:15"),
    *facebook(),
    search(GOOGLE, "fiji flights brisbane to nadi school holidays july", "fiji"),
    page(
        "https://www.fijiairways.com/en-au/flights/brisbane-to-nadi",
        "Cheap Flights from Brisbane to Nadi | Fiji Airways",
        "fiji",
    ),
    page(
        "https://www.skyscanner.com.au/routes/bne/nan/brisbane-to-nadi.html",
        "Cheap flights from Brisbane to Nadi | Skyscanner",
        "fiji",
    ),
    *youtube("newsclip22", "Maroons name squad for Origin II | ABC News"),
    day("4 10:00"),
    *mail(),
    search(GOOGLE, "physio near me bulimba shoulder", "shoulder"),
    page(
        "https://www.healthengine.com.au/physiotherapist/qld/bulimba",
        "Physiotherapists in Bulimba, QLD 4171 | HealthEngine",
        "shoulder",
    ),
    page(
        "https://www.bulimbaphysio.com.au/book-online",
        "Book Online | Bulimba Physiotherapy",
        "shoulder",
    ),
    search(GOOGLE, "ipad vs chromebook for high school year 7", "laptop"),
    page(
        "https://www.choice.com.au/electronics-and-technology/laptops/buying-guides/school-laptops",
        "How to buy the best laptop for school | CHOICE",
        "laptop",
    ),
    search(BING, "kelpie pup 5 months mouthing and nipping kids", "dog"),
    page(
        "https://www.reddit.com/r/kelpie/comments/10x2z1/5_month_old_nipping_the_kids/",
        "5 month old nipping the kids : r/kelpie",
        "dog",
    ),
    day("5 19:30"),
    *abc(),
    *tab(
        f"{CARSALES}/2020-ford-ranger-xlt-3-2-auto-4x4-dual-cab/OAG-AD-22010457/",
        "2020 Ford Ranger XLT 3.2 Auto 4x4 Dual Cab | carsales.com.au",
        "ute",
    ),
    search(GOOGLE, "roadworthy certificate qld cost private sale who pays", "ute"),
    page(
        "https://www.qld.gov.au/transport/registration/buy-sell/sell/safety-certificate",
        "Safety certificates when selling a vehicle | Transport and motoring | Queensland Government",
        "ute",
    ),
    search(GOOGLE, "travel insurance fiji family pre existing conditions", "fiji"),
    page(
        "https://www.comparethemarket.com.au/travel-insurance/fiji/",
        "Travel Insurance for Fiji | Compare the Market",
        "fiji",
    ),
    day("6 08:15"),
    *facebook(),
    search(GOOGLE, "how to sand a deck before oiling orbital sander grit", "deck"),
    page(
        "https://www.thehandymanshop.com.au/blogs/how-to/sanding-a-deck",
        "Sanding a Deck: The Right Grit and Sander | The Handyman Shop",
        "deck",
    ),
    page(
        "https://www.bunnings.com.au/ryobi-18v-one-5-orbital-sander_p6290011",
        "Ryobi 18V ONE+ 125mm Random Orbital Sander | Bunnings Warehouse",
        "deck",
    ),
    search(GOOGLE, "rotator cuff exercises resistance band at home", "shoulder"),
    page(
        "https://www.physio-pedia.com/Rotator_Cuff_Exercises",
        "Rotator Cuff Exercises - Physiopedia",
        "shoulder",
    ),
    *youtube("rcband01", "5 Rotator Cuff Exercises With A Band | Physio Explains"),
    day("7 15:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e51c09d2aa",
        "1830114450044",
        "Booking confirmed: Liam O'Connell - Bulimba Physiotherapy, Thu 2:30pm",
        "shoulder",
    ),
    search(BING, "denarau villas 2 bedroom vs hilton fiji family", "fiji"),
    page(
        "https://www.hiltonfijibeachresort.com/kids-club",
        "Kids Club | Hilton Fiji Beach Resort & Spa",
        "fiji",
    ),
    search(GOOGLE, "lenovo chromebook vs hp probook for school byod portal", "laptop"),
    page(
        "https://www.jbhifi.com.au/collections/computers-tablets/education-laptops",
        "Education Laptops | JB Hi-Fi",
        "laptop",
    ),
    day("8 09:00"),
    *abc(),
    *tab(
        f"{CARSALES}/2019-toyota-hilux-sr5-auto-4x4-double-cab/OAG-AD-21873345/",
        "2019 Toyota Hilux SR5 Auto 4x4 Double Cab | carsales.com.au",
        "ute",
    ),
    search(GOOGLE, "pre purchase car inspection brisbane mobile racq", "ute"),
    page(
        "https://www.racq.com.au/cars-and-driving/cars/vehicle-inspections",
        "Vehicle inspections | RACQ",
        "ute",
    ),
    search(GOOGLE, "dog whistle recall training kelpie distance", "dog"),
    page(
        "https://www.acmeworkingdogwhistles.com/training",
        "Whistle training your working dog | ACME Whistles",
        "dog",
    ),
    day("9 18:20"),
    *facebook(),
    search(BING, "best decking oil for merbau in full sun", "deck"),
    page(
        "https://www.intergrain.com.au/products/ultradeck",
        "UltraDeck Timber Oil | Intergrain",
        "deck",
    ),
    search(GOOGLE, "ipad 10th gen keyboard case school approved", "laptop"),
    page(
        "https://www.apple.com/au/shop/buy-ipad/ipad",
        "Buy iPad - Apple (AU)",
        "laptop",
    ),
    day("10 11:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e51c09d2aa",
        "1830114450071",
        "Your Fiji Airways booking is almost complete - payment pending",
        "fiji",
    ),
    search(GOOGLE, "fiji visa on arrival australian passport kids", "fiji"),
    page(
        "https://www.smartraveller.gov.au/destinations/pacific/fiji",
        "Fiji Travel Advice & Safety | Smartraveller",
        "fiji",
    ),
    search(GOOGLE, "transfer rego qld private sale ute form", "ute"),
    page(
        "https://www.qld.gov.au/transport/registration/buy-sell/buy/transfer",
        "Transferring registration when you buy a vehicle | Queensland Government",
        "ute",
    ),
]
