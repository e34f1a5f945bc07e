"""A long-haul truck driver's ten days, at home near Knoxville and in motels on the road,
on his own laptop, written in the thirty-third session after its steps 65 and 66 and
scored before any change for it: his DOT medical card to renew, the truck's DEF warning
light, a cruise for his wedding anniversary that he looks at and never books, a used bass
boat, and his lower back. Searches are short, as typed on the road. Between them he
checks the weather on the route, reads Tennessee Vols football on ESPN and watches videos
from YouTube's front page. Gmail is opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week120``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "rwhitaker.trucking@gmail.com"
INBOX = "0e6a2c3d58"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (2) - {ADDRESS} - Gmail", None)]


def weather(place: str, code: str) -> list[Step]:
    return [
        (
            "goto",
            f"https://weather.com/weather/today/l/{code}",
            f"{place} Weather Forecast and Conditions - The Weather Channel | Weather.com",
            None,
        )
    ]


def vols(story: str, title: str) -> list[Step]:
    return [
        (
            "goto",
            "https://www.espn.com/college-football/team/_/id/2633/tennessee-volunteers",
            "Tennessee Volunteers Scores, Stats and Highlights - ESPN",
            None,
        ),
        ("click", f"https://www.espn.com/college-football/story/_/id/{story}", title, None),
    ]


def watch(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 05:30"),
    *mail(),
    *weather("Knoxville, TN", "Knoxville+TN"),
    day("1 19:40"),
    search(GOOGLE, "dot physical near me walk in", "medical"),
    page(
        "https://www.concentra.com/dot-physicals/",
        "DOT Physicals | Concentra",
        "medical",
    ),
    search(GOOGLE, "dot physical blood pressure limit 2 year card", "medical"),
    page(
        "https://www.truckersreport.com/truckingindustryforum/threads/dot-physical-blood-pressure.412345/",
        "DOT physical blood pressure - 1 year or 2 year card? | TruckersReport.com Trucking Forum",
        "medical",
    ),
    day("2 05:20"),
    *weather("Nashville, TN", "Nashville+TN"),
    day("2 21:10"),
    search(BING, "def light on freightliner cascadia derate", "def"),
    page(
        "https://www.reddit.com/r/Truckers/comments/1r9s0t1/def_light_cascadia_derate_5mph/",
        "DEF light came on, Cascadia going to derate? : r/Truckers",
        "def",
    ),
    search(BING, "def sensor quality code spn 3364", "def"),
    page(
        "https://www.truckersreport.com/truckingindustryforum/threads/spn-3364-fmi-2.398765/",
        "SPN 3364 FMI 2 DEF quality sensor | TruckersReport.com Trucking Forum",
        "def",
    ),
    day("3 05:15"),
    *mail(),
    *weather("Memphis, TN", "Memphis+TN"),
    day("3 20:30"),
    search(GOOGLE, "lower back pain from sitting all day driving stretches", "back"),
    page(
        "https://www.healthline.com/health/back-pain/stretches-for-lower-back-pain",
        "Stretches for Lower Back Pain: 10 to Try | Healthline",
        "back",
    ),
    page(
        "https://www.youtube.com/watch?v=b4ckStr3tch",
        "5 Stretches Truck Drivers Can Do In The Cab - YouTube",
        "back",
    ),
    day("3 21:15"),
    *vols("42123456/vols-beat-kentucky", "Vols roll past Kentucky behind Iamaleava - ESPN"),
    day("4 05:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1868100556677889901",
        "Freightliner service: your DEF doser and sensor quote",
        "def",
    ),
    day("4 20:00"),
    search(GOOGLE, "anniversary cruise from charleston 5 night", "cruise"),
    page(
        "https://www.carnival.com/cruise-from/charleston-cruises",
        "Cruises from Charleston, SC | Carnival Cruise Line",
        "cruise",
    ),
    search(GOOGLE, "carnival sunshine balcony worth it", "cruise"),
    page(
        "https://www.cruisecritic.com/memberreviews/carnival-sunshine-balcony",
        "Carnival Sunshine Balcony Cabins: Reviews | Cruise Critic",
        "cruise",
    ),
    day("5 05:20"),
    *weather("Little Rock, AR", "Little+Rock+AR"),
    day("5 19:50"),
    search(BING, "used bass boat under 15000 tennessee", "boat"),
    page(
        "https://www.boattrader.com/boats/type-power/class-power-bass/state-tn/price-0,15000/",
        "Bass boats for sale in Tennessee under $15,000 | Boat Trader",
        "boat",
    ),
    search(BING, "tracker pro team 175 vs bass cat", "boat"),
    page(
        "https://www.bassresource.com/forum/topic/234567-tracker-pro-team-175-vs-bass-cat/",
        "Tracker Pro Team 175 vs Bass Cat - Bass Boats - Bass Fishing Forums",
        "boat",
    ),
    day("6 05:30"),
    *mail(),
    *weather("Knoxville, TN", "Knoxville+TN"),
    day("6 14:00"),
    search(GOOGLE, "medical examiner national registry lookup", "medical"),
    page(
        "https://nationalregistry.fmcsa.dot.gov/search-medical-examiners",
        "Search Medical Examiners | FMCSA National Registry",
        "medical",
    ),
    search(GOOGLE, "tn cdl upload medical certificate online", "medical"),
    page(
        "https://www.tn.gov/safety/driver-services/cdl/medical-certification.html",
        "Medical Certification - CDL | TN Department of Safety",
        "medical",
    ),
    day("6 18:30"),
    search(BING, "bass boat trailer inspection what to check", "boat"),
    page(
        "https://www.wired2fish.com/boating/what-to-look-for-when-buying-a-used-bass-boat",
        "What to Look For When Buying a Used Bass Boat | Wired2Fish",
        "boat",
    ),
    day("6 20:45"),
    *watch("tr0ph7b4ss", "Catching GIANT Bass on Lake Guntersville - YouTube"),
    day("7 05:20"),
    *weather("Dallas, TX", "Dallas+TX"),
    day("7 21:00"),
    search(GOOGLE, "def doser valve replacement cost", "def"),
    page(
        "https://www.thetruckersreport.com/def-doser-valve-cost",
        "How Much Does a DEF Doser Replacement Cost? | The Truckers Report",
        "def",
    ),
    search(GOOGLE, "lumbar support cushion for truck seat", "back"),
    page(
        "https://www.amazon.com/Lumbar-Support-Pillow-Truck-Seat/dp/B07QX1ABCD",
        "Amazon.com: Lumbar Support Pillow for Truck Seat",
        "back",
    ),
    day("8 05:30"),
    *mail(),
    *weather("Amarillo, TX", "Amarillo+TX"),
    day("8 20:15"),
    search(GOOGLE, "carnival cruise anniversary package what's included", "cruise"),
    page(
        "https://www.carnival.com/onboard/celebrations/anniversary",
        "Anniversary Celebrations | Carnival Cruise Line",
        "cruise",
    ),
    day("9 05:15"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1868100556677889902",
        "Your Medical Examiner's Certificate (MCSA-5876) - Concentra",
        "medical",
    ),
    day("9 19:30"),
    *vols("42134567/vols-georgia-preview", "Tennessee vs Georgia: keys to the game - ESPN"),
    search(BING, "sciatica or muscle strain lower back difference", "back"),
    page(
        "https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435",
        "Sciatica - Symptoms and causes - Mayo Clinic",
        "back",
    ),
    day("10 05:30"),
    *mail(),
    *weather("Knoxville, TN", "Knoxville+TN"),
    day("10 16:00"),
    search(BING, "boat loan rates credit union tennessee", "boat"),
    page(
        "https://www.ornlfcu.com/loans/boat-loans",
        "Boat & RV Loans | ORNL Federal Credit Union",
        "boat",
    ),
]
