"""A high-school swim coach's ten days in Sacramento, on his laptop at home and at school,
written in the thirty-fourth session after its step 68 and scored before any change for it:
the team's invitational meet (entries, relays, timing system), a used kayak for the
American River, his mother's hip replacement and her recovery at home, a leak in the
garage roof, and a microphone for the team's podcast. Between them he reads the Sacramento
Bee and ESPN, and watches swim races from YouTube's front page. Gmail is opened most days.
Searches go to Google and Bing.
Used by make_week_history.py (``week125``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "coach.dale.price@gmail.com"
INBOX = "0e7a5c3b91"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (7) - {ADDRESS} - Gmail", None)]


def bee() -> list[Step]:
    return [
        (
            "goto",
            "https://www.sacbee.com/",
            "Sacramento Bee: Local News, Politics & Sports",
            None,
        )
    ]


def espn() -> list[Step]:
    return [
        ("goto", "https://www.espn.com/", "ESPN - Serving Sports Fans. Anytime. Anywhere.", None)
    ]


def race(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 06:30"),
    *mail(),
    *bee(),
    day("1 13:00"),
    search(GOOGLE, "hy-tek meet manager invitational entries import team manager", "meet"),
    page(
        "https://www.hy-tekltd.com/swim/meetmanager/support.html",
        "Meet Manager for Swimming - Support | HY-TEK",
        "meet",
    ),
    search(GOOGLE, "relay seeding strategy high school 200 medley", "meet"),
    page(
        "https://www.swimmingworldmagazine.com/news/relay-strategy-high-school-medley/",
        "How to Build Your Best Medley Relay - Swimming World",
        "meet",
    ),
    day("1 20:00"),
    search(GOOGLE, "total hip replacement recovery at home first two weeks", "hip"),
    page(
        "https://orthoinfo.aaos.org/en/recovery/activities-after-hip-replacement/",
        "Activities After Hip Replacement - OrthoInfo - AAOS",
        "hip",
    ),
    day("2 06:40"),
    *mail(),
    *espn(),
    day("2 16:30"),
    search(BING, "used sit on top kayak craigslist sacramento what to check", "kayak"),
    page(
        "https://www.paddling.com/learn/buying-a-used-kayak",
        "Buying a Used Kayak: What to Look For | Paddling.com",
        "kayak",
    ),
    day("2 21:00"),
    search(GOOGLE, "garage roof leak around vent pipe flashing fix", "roof"),
    page(
        "https://www.familyhandyman.com/project/how-to-fix-a-leaking-roof/",
        "How to Fix a Leaking Roof (DIY) | Family Handyman",
        "roof",
    ),
    day("3 06:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1873400556677880001",
        "Capital City Invitational - entry deadline Thursday and heat sheets",
        "meet",
    ),
    *bee(),
    day("3 12:45"),
    search(GOOGLE, "colorado timing system touchpad troubleshooting lane not reading", "meet"),
    page(
        "https://www.coloradotime.com/support/troubleshooting-touchpads/",
        "Touchpad Troubleshooting | Colorado Time Systems",
        "meet",
    ),
    day("3 20:15"),
    search(GOOGLE, "raised toilet seat and shower chair after hip surgery", "hip"),
    page(
        "https://www.hss.edu/conditions_preparing-home-for-hip-replacement.asp",
        "Preparing Your Home for Hip Replacement Surgery | HSS",
        "hip",
    ),
    search(GOOGLE, "hip precautions posterior approach no bending 90 degrees how long", "hip"),
    page(
        "https://www.physio-pedia.com/Hip_Precautions",
        "Hip Precautions - Physiopedia",
        "hip",
    ),
    day("4 06:35"),
    *mail(),
    *espn(),
    day("4 17:00"),
    *race("sw1mr4c31", "Men's 100 Free Final | 2027 US Nationals - YouTube"),
    search(GOOGLE, "dynamic vs condenser mic for podcast in noisy room", "podcast"),
    page(
        "https://www.rtings.com/microphone/learn/dynamic-vs-condenser",
        "Dynamic vs Condenser Microphones - RTINGS.com",
        "podcast",
    ),
    search(GOOGLE, "shure mv7+ vs rode podmic usb", "podcast"),
    page(
        "https://www.soundguys.com/shure-mv7-plus-vs-rode-podmic-usb-112233/",
        "Shure MV7+ vs Rode PodMic USB: Which should you buy? - SoundGuys",
        "podcast",
    ),
    day("5 06:30"),
    *mail(),
    *bee(),
    day("5 15:30"),
    search(BING, "perception pescador 10 used price fair", "kayak"),
    page(
        "https://www.reddit.com/r/Kayaking/comments/1y2z3a4/perception_pescador_10_used_for_350/",
        "Perception Pescador 10 used for $350, good deal? : r/Kayaking",
        "kayak",
    ),
    search(BING, "american river kayak launch sacramento beginner put in", "kayak"),
    page(
        "https://www.regionalparks.saccounty.gov/Parks/Pages/DiscoveryPark.aspx",
        "Discovery Park - Sacramento County Regional Parks",
        "kayak",
    ),
    day("5 20:30"),
    search(GOOGLE, "roofing cement vs silicone caulk around vent boot", "roof"),
    page(
        "https://www.roofingcalc.com/roof-vent-boot-repair/",
        "Roof Vent Boot Repair: Sealant Options and Costs | RoofingCalc",
        "roof",
    ),
    day("6 09:00"),
    search(GOOGLE, "swim meet volunteer timer instructions printable", "meet"),
    page(
        "https://www.usaswimming.org/docs/default-source/officialsdocuments/timer-training.pdf",
        "Timer Training - USA Swimming",
        "meet",
    ),
    day("6 14:30"),
    search(GOOGLE, "home health physical therapy after hip replacement medicare covered", "hip"),
    page(
        "https://www.medicare.gov/coverage/home-health-services",
        "Home health services coverage | Medicare",
        "hip",
    ),
    day("7 06:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1873400556677880002",
        "Your order of Shure MV7+ Podcast Microphone has shipped",
        "podcast",
    ),
    *espn(),
    day("7 19:45"),
    search(GOOGLE, "replace rubber vent pipe boot on asphalt shingle roof", "roof"),
    page(
        "https://www.youtube.com/watch?v=r00fb00t1x",
        "How to Replace a Plumbing Vent Boot - YouTube",
        "roof",
    ),
    day("8 06:35"),
    *mail(),
    *bee(),
    day("8 13:15"),
    search(GOOGLE, "hy-tek meet manager print heat sheets two columns", "meet"),
    page(
        "https://www.hy-tekltd.com/swim/meetmanager/manual/heat-sheets.html",
        "Heat Sheets - Meet Manager Manual | HY-TEK",
        "meet",
    ),
    day("8 21:00"),
    *race("sw1mr4c32", "Women's 200 IM Final | 2027 US Nationals - YouTube"),
    search(GOOGLE, "podcast recording settings gain staging usb mic", "podcast"),
    page(
        "https://www.descript.com/blog/article/how-to-set-mic-gain-for-podcasting",
        "How to Set Mic Gain for Podcasting | Descript",
        "podcast",
    ),
    day("9 06:30"),
    *mail(),
    *espn(),
    day("9 18:00"),
    search(GOOGLE, "walker to cane when after hip replacement", "hip"),
    page(
        "https://www.healthline.com/health/hip-replacement-walking-with-cane",
        "When Can You Walk With a Cane After Hip Replacement? | Healthline",
        "hip",
    ),
    day("10 06:40"),
    *mail(),
    *bee(),
    day("10 16:00"),
    search(BING, "kayak roof rack for small suv foam blocks vs j cradle", "kayak"),
    page(
        "https://www.rei.com/learn/expert-advice/kayak-racks.html",
        "How to Choose Kayak Racks | REI Expert Advice",
        "kayak",
    ),
]
