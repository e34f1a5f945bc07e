"""A new father's ten days in Melbourne, on his laptop at home, written in the thirty-sixth
session after its steps 71 and 72 and scored before any change for it: his baby's sleep at
four months, the child care subsidy and a daycare place, his old car sold privately, a
bathroom exhaust fan replaced, a road trip around Tasmania with the baby, and his
superannuation funds consolidated. Between them he reads The Age and ABC News, and watches
AFL highlights from YouTube's front page. Gmail is opened most days. Searches go to Google
and Bing.
Used by make_week_history.py (``week136``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "tom.nguyen.melb@gmail.com"
INBOX = "d7f1b5e9a3"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (6) - {ADDRESS} - Gmail", None)]


def age() -> list[Step]:
    return [("goto", "https://www.theage.com.au/", "The Age | Melbourne news", None)]


def abc() -> list[Step]:
    return [("goto", "https://www.abc.net.au/news", "ABC News (Australian Broadcasting)", None)]


def afl(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 07:00"),
    *mail(),
    *age(),
    day("1 21:30"),
    search(GOOGLE, "4 month sleep regression how long does it last", "sleep"),
    page(
        "https://raisingchildren.net.au/babies/sleep/understanding-sleep/sleep-regression",
        "Sleep regression: babies | Raising Children Network",
        "sleep",
    ),
    search(GOOGLE, "safe sleeping bag tog rating 20 degrees room", "sleep"),
    page(
        "https://rednose.org.au/article/sleeping-bags",
        "Safe sleeping bags | Red Nose Australia",
        "sleep",
    ),
    day("2 07:05"),
    *mail(),
    day("2 20:00"),
    search(BING, "child care subsidy how to apply mygov centrelink", "ccs"),
    page(
        "https://www.servicesaustralia.gov.au/how-to-claim-child-care-subsidy",
        "How to claim Child Care Subsidy - Services Australia",
        "ccs",
    ),
    search(BING, "sell car privately victoria roadworthy certificate cost", "car"),
    page(
        "https://www.vicroads.vic.gov.au/registration/buy-sell-or-transfer-a-vehicle/sell-a-vehicle",
        "Sell a vehicle : VicRoads",
        "car",
    ),
    day("3 07:00"),
    *mail(),
    *abc(),
    day("3 19:45"),
    search(GOOGLE, "bathroom exhaust fan ducted to outside install", "fan"),
    page(
        "https://www.bunnings.com.au/diy-advice/home-improvement/ventilation/how-to-install-a-bathroom-exhaust-fan",
        "How To Install A Bathroom Exhaust Fan - Bunnings Australia",
        "fan",
    ),
    search(GOOGLE, "tasmania road trip 7 days itinerary with baby", "tassie"),
    page(
        "https://www.discovertasmania.com.au/itineraries/",
        "Tasmania Itineraries | Discover Tasmania",
        "tassie",
    ),
    search(GOOGLE, "spirit of tasmania car booking price school holidays", "tassie"),
    page(
        "https://www.spiritoftasmania.com.au/fares-and-deals",
        "Fares & Deals | Spirit of Tasmania",
        "tassie",
    ),
    day("4 07:05"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1877300445566000001",
        "Waitlist confirmation - Little Acorns Early Learning Brunswick",
        "ccs",
    ),
    day("4 21:00"),
    search(BING, "ccs activity test hours both parents working part time", "ccs"),
    page(
        "https://www.servicesaustralia.gov.au/activity-test-for-child-care-subsidy",
        "Activity test for Child Care Subsidy - Services Australia",
        "ccs",
    ),
    search(BING, "carsales vs facebook marketplace selling used car which is better", "car"),
    page(
        "https://www.reddit.com/r/melbourne/comments/1q8r4t2/selling_my_car_carsales_or_marketplace/",
        "Selling my car - Carsales or Marketplace? : r/melbourne",
        "car",
    ),
    *afl("afl0hl0001", "Collingwood v Carlton Highlights | Round 3 | AFL - YouTube"),
    day("5 07:00"),
    *mail(),
    *age(),
    day("5 20:30"),
    search(GOOGLE, "consolidate super funds mygov how to", "super"),
    page(
        "https://www.ato.gov.au/individuals-and-families/super-for-individuals-and-families/super/growing-and-keeping-track-of-your-super/keeping-track-of-your-super/transferring-super",
        "Transferring super | Australian Taxation Office",
        "super",
    ),
    search(GOOGLE, "red nose safe sleeping arms out swaddle transition", "sleep"),
    page(
        "https://rednose.org.au/article/wrapping-babies",
        "Wrapping babies | Red Nose Australia",
        "sleep",
    ),
    day("6 09:30"),
    *mail(),
    day("6 10:00"),
    search(GOOGLE, "do i need an electrician to replace bathroom fan victoria", "fan"),
    page(
        "https://www.esv.vic.gov.au/electrical-safety/electrical-work-you-can-do",
        "Electrical work you can do | Energy Safe Victoria",
        "fan",
    ),
    search(GOOGLE, "quiet exhaust fan 150mm low noise review", "fan"),
    page(
        "https://www.choice.com.au/home-improvement/heating-and-cooling/ventilation/articles/bathroom-exhaust-fans",
        "How to buy the best bathroom exhaust fan | CHOICE",
        "fan",
    ),
    day("6 15:00"),
    search(BING, "cradle mountain dove lake walk with baby carrier", "tassie"),
    page(
        "https://parks.tas.gov.au/explore-our-parks/cradle-mountain/dove-lake-circuit",
        "Dove Lake Circuit | Tasmania Parks and Wildlife Service",
        "tassie",
    ),
    search(BING, "transfer registration vicroads online seller notice of disposal", "car"),
    page(
        "https://www.vicroads.vic.gov.au/registration/buy-sell-or-transfer-a-vehicle/transfer-a-vehicle",
        "Transfer a vehicle : VicRoads",
        "car",
    ),
    day("7 07:00"),
    *mail(),
    *abc(),
    day("7 21:15"),
    search(GOOGLE, "best industry super fund fees comparison", "super"),
    page(
        "https://www.canstar.com.au/superannuation/super-fees/",
        "Superannuation Fees Compared | Canstar",
        "super",
    ),
    search(GOOGLE, "baby waking every 2 hours at night 4 months feeding", "sleep"),
    page(
        "https://www.pregnancybirthbaby.org.au/baby-sleep-4-months",
        "Your baby's sleep at 4 months | Pregnancy Birth and Baby",
        "sleep",
    ),
    *afl("afl0hl0002", "Essendon v Richmond Highlights | Round 3 | AFL - YouTube"),
    day("8 07:05"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1877300445566000002",
        "Your Spirit of Tasmania booking request",
        "tassie",
    ),
    day("8 20:00"),
    search(GOOGLE, "insurance inside super worth keeping income protection", "super"),
    page(
        "https://moneysmart.gov.au/how-super-works/insurance-through-super",
        "Insurance through super - Moneysmart.gov.au",
        "super",
    ),
    search(BING, "daycare fees after ccs calculator inner north melbourne", "ccs"),
    page(
        "https://www.startingblocks.gov.au/other-resources/child-care-subsidy-estimator",
        "Child Care Subsidy Estimator | Starting Blocks",
        "ccs",
    ),
    day("9 07:00"),
    *mail(),
    *age(),
    day("9 19:30"),
    search(GOOGLE, "roadworthy certificate what fails tyres windscreen chip", "car"),
    page(
        "https://www.racv.com.au/on-the-road/buying-and-selling-a-car/roadworthy-certificate.html",
        "Roadworthy certificates explained | RACV",
        "car",
    ),
    search(GOOGLE, "freycinet wineglass bay lookout pram accessible", "tassie"),
    page(
        "https://www.wineglassbay.com/walks/wineglass-bay-lookout",
        "Wineglass Bay Lookout Walk | Freycinet National Park",
        "tassie",
    ),
    day("10 07:00"),
    *mail(),
    day("10 20:30"),
    search(GOOGLE, "exhaust fan wiring to light switch separate switch", "fan"),
    page(
        "https://www.renovate.org.au/forum/threads/exhaust-fan-on-separate-switch.45678/",
        "Exhaust fan on a separate switch? | Renovate Forum",
        "fan",
    ),
]
