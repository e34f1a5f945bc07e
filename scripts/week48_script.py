"""A freelance video editor's ten days in Los Angeles, written at the very end of the
twenty-first session, after all of its changes, and scored before any change for it: a
laptop for editing 8K footage, a client's wedding film (music licence, colour grade), the
quarterly estimated taxes, a backpacking weekend in Yosemite, her mother's recovery from a
hip replacement, the car's registration and smog check, and a neighbour's noise. Words
cross tasks: "grade" of a colour grade and of a trail, "licence" of music and of a car's
registration, "permit" of the wilderness and of the DMV, "recovery" of a hip and of a
corrupted card. Instagram, the LA Times and YouTube are opened most days. Searches go to
Google and DuckDuckGo.
Used by make_week_history.py (``week48``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GMAIL, GOOGLE, Step, day, page, search, tab, video_home

BH = "https://www.bhphotovideo.com/c/product"


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (8) - ana.ruiz.edits@example.com - Gmail", None)]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def lat(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.latimes.com/", "Los Angeles Times", None)]
    if story:
        steps.append(page(f"https://www.latimes.com/california/story/{story[0]}", story[1], None))
    return steps


STEPS: list[Step] = [
    day("1 08:30"),
    *mail(),
    *insta(),
    *lat(
        ("2026-04-20/metro-fare-changes", "Metro fares to change this summer - Los Angeles Times")
    ),
    day("1 11:00"),
    search(GOOGLE, "macbook pro m4 max vs m4 pro for 8k red raw editing", "laptop"),
    page(
        "https://www.youtube.com/watch?v=m4maxvspro",
        "M4 Max vs M4 Pro MacBook Pro for Video Editors - YouTube",
        "laptop",
    ),
    page(
        "https://www.apple.com/macbook-pro/compare/",
        "MacBook Pro - Compare Models - Apple",
        "laptop",
    ),
    day("1 15:30"),
    search(DDG, "artlist vs musicbed wedding film license", "wedding"),
    page(
        "https://artlist.io/blog/artlist-vs-musicbed/",
        "Artlist vs Musicbed: which music licence is right for you? | Artlist",
        "wedding",
    ),
    page(
        "https://www.musicbed.com/pricing",
        "Pricing | Musicbed",
        "wedding",
    ),
    day("1 20:00"),
    search(GOOGLE, "hip replacement recovery week 2 what to expect elderly", "mom"),
    page(
        "https://www.hss.edu/conditions_hip-replacement-recovery.asp",
        "Hip Replacement Recovery Timeline | HSS",
        "mom",
    ),
    page(
        "https://orthoinfo.aaos.org/en/recovery/activities-after-hip-replacement/",
        "Activities After Hip Replacement - OrthoInfo - AAOS",
        "mom",
    ),
    day("2 08:30"),
    *mail(),
    *insta(),
    day("2 10:30"),
    search(GOOGLE, "yosemite wilderness permit lottery half dome cables", "yosemite"),
    page(
        "https://www.nps.gov/yose/planyourvisit/wildpermits.htm",
        "Wilderness Permits - Yosemite National Park (U.S. National Park Service)",
        "yosemite",
    ),
    page(
        "https://www.recreation.gov/permits/445859",
        "Yosemite National Park Wilderness Permits | Recreation.gov",
        "yosemite",
    ),
    day("2 14:00"),
    search(GOOGLE, "davinci resolve film look lut wedding color grade", "wedding"),
    page(
        "https://www.blackmagicdesign.com/products/davinciresolve/color",
        "DaVinci Resolve 19 – Color | Blackmagic Design",
        "wedding",
    ),
    page(
        "https://www.youtube.com/watch?v=weddinggrade",
        "Cinematic Wedding Color Grade in DaVinci Resolve - YouTube",
        "wedding",
    ),
    day("2 21:00"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=dodgers-hl", "Dodgers vs Giants Highlights - YouTube", None
    ),
    day("3 08:30"),
    *mail(),
    *lat(),
    day("3 11:15"),
    search(DDG, "california estimated tax payment q2 2026 ftb webpay", "taxes"),
    page(
        "https://www.ftb.ca.gov/pay/estimated-tax-payments.html",
        "Estimated tax payments | FTB.ca.gov",
        "taxes",
    ),
    page(
        "https://www.irs.gov/payments/direct-pay",
        "Direct Pay | Internal Revenue Service",
        "taxes",
        "tab",
    ),
    ("close", "", "", "taxes"),
    day("3 16:00"),
    search(GOOGLE, "raised toilet seat and walker after hip surgery", "mom"),
    page(
        "https://www.amazon.com/Drive-Medical-Elevated-Raised-Toilet/dp/B0019CHD9A",
        "Drive Medical Elevated Raised Toilet Seat with Arms - Amazon.com",
        "mom",
    ),
    page(
        "https://www.amazon.com/Drive-Medical-Folding-Walker-Wheels/dp/B0017Q6WH6",
        "Drive Medical Folding Walker with Wheels - Amazon.com",
        "mom",
    ),
    day("3 21:30"),
    search(GOOGLE, "upstairs neighbor noise late night tenant rights los angeles", "noise"),
    page(
        "https://housing.lacity.gov/residents/renters-rights",
        "Renters' Rights | LA Housing Department",
        "noise",
    ),
    page(
        "https://www.nolo.com/legal-encyclopedia/noisy-neighbors-california.html",
        "Noisy Neighbors in California | Nolo",
        "noise",
    ),
    day("4 08:30"),
    *mail(),
    *insta(),
    day("4 10:00"),
    search(GOOGLE, "apple refurbished macbook pro m4 max 64gb", "laptop"),
    page(
        "https://www.apple.com/shop/refurbished/mac/macbook-pro",
        "Refurbished MacBook Pro - Apple",
        "laptop",
    ),
    page(
        f"{BH}/1859381-REG/apple_mx2h3ll_a_16_macbook_pro_with.html",
        'Apple 16" MacBook Pro (M4 Max, Space Black) | B&H Photo',
        "laptop",
    ),
    day("4 13:30"),
    search(DDG, "dmv registration renewal smog check required 2026", "car"),
    page(
        "https://www.dmv.ca.gov/portal/vehicle-registration/registration-renewal/",
        "Registration Renewal - California DMV",
        "car",
    ),
    page(
        "https://www.bar.ca.gov/consumer/smog-check-program",
        "Smog Check Program | Bureau of Automotive Repair",
        "car",
    ),
    day("4 19:00"),
    search(GOOGLE, "bear canister rental yosemite valley wilderness center", "yosemite"),
    page(
        "https://www.nps.gov/yose/planyourvisit/bearcanisters.htm",
        "Bear Canisters - Yosemite National Park (U.S. National Park Service)",
        "yosemite",
    ),
    page(
        "https://www.rei.com/product/828484/bearvault-bv500-food-container",
        "BearVault BV500 Food Container | REI Co-op",
        "yosemite",
    ),
    day("5 08:30"),
    *mail(),
    *lat(
        (
            "2026-04-24/heat-wave-weekend",
            "Heat wave to hit Southern California this weekend - Los Angeles Times",
        )
    ),
    day("5 11:00"),
    search(GOOGLE, "sd card corrupted recovery sandisk extreme pro footage", "wedding"),
    page(
        "https://www.sandisk.com/support/rescuepro",
        "RescuePRO Data Recovery Software | SanDisk",
        "wedding",
    ),
    page(
        "https://www.reddit.com/r/videography/comments/1h2i3j/card_corrupted_after_wedding_shoot/",
        "Card corrupted after wedding shoot, any luck recovering? : r/videography",
        "wedding",
    ),
    day("5 16:30"),
    search(GOOGLE, "home care aide after hip replacement medicare covers", "mom"),
    page(
        "https://www.medicare.gov/coverage/home-health-services",
        "Home health services coverage | Medicare",
        "mom",
    ),
    day("6 10:00"),
    *insta(),
    *video_home(),
    day("6 11:30"),
    search(GOOGLE, "half dome cables difficulty elevation gain trail grade", "yosemite"),
    page(
        "https://www.nps.gov/yose/planyourvisit/halfdome.htm",
        "Half Dome - Yosemite National Park (U.S. National Park Service)",
        "yosemite",
    ),
    page(
        "https://www.alltrails.com/trail/us/california/half-dome-trail",
        "Half Dome Trail, California - 1,712 Reviews, Map | AllTrails",
        "yosemite",
    ),
    day("6 15:00"),
    search(GOOGLE, "how to write a noise complaint letter to landlord template", "noise"),
    page(
        "https://www.rocketlawyer.com/real-estate/landlords-and-tenants/noise-complaint-letter",
        "Noise Complaint Letter to Landlord | Rocket Lawyer",
        "noise",
    ),
    day("7 08:30"),
    *mail(),
    *insta(),
    day("7 10:30"),
    (
        "goto",
        f"{BH}/1859381-REG/apple_mx2h3ll_a_16_macbook_pro_with.html",
        'Apple 16" MacBook Pro (M4 Max, Space Black) | B&H Photo',
        "laptop",
    ),
    search(GOOGLE, "macbook pro 64gb vs 128gb ram resolve fusion", "laptop"),
    page(
        "https://forum.blackmagicdesign.com/viewtopic.php?f=21&t=199321",
        "64GB or 128GB unified memory for Resolve? - Blackmagic Forum",
        "laptop",
    ),
    page(
        "https://www.bhphotovideo.com/find/cart.jsp",
        "Shopping Cart | B&H Photo",
        "laptop",
    ),
    day("7 15:00"),
    search(DDG, "smog check near me open saturday silver lake", "car"),
    page(
        "https://www.yelp.com/search?find_desc=Smog+Check&find_loc=Silver+Lake%2C+Los+Angeles%2C+CA",
        "Top 10 Best Smog Check near Silver Lake, Los Angeles, CA | Yelp",
        "car",
    ),
    day("8 08:30"),
    *mail(),
    *lat(),
    day("8 12:00"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=2c7&view=pt&search=all&permthid=thread-f:7741",
        "Wedding film - first cut notes from Sofia & Ben - ana.ruiz.edits@example.com - Gmail",
        "wedding",
    ),
    search(GOOGLE, "davinci resolve audio sync multicam wedding speeches", "wedding"),
    page(
        "https://www.youtube.com/watch?v=multicamsync",
        "Multicam Audio Sync in DaVinci Resolve - YouTube",
        "wedding",
    ),
    day("8 19:00"),
    search(GOOGLE, "hip precautions how long no bending past 90 degrees", "mom"),
    page(
        "https://www.physio-pedia.com/Hip_Precautions",
        "Hip Precautions - Physiopedia",
        "mom",
    ),
    day("9 08:30"),
    *mail(),
    *insta(),
    day("9 10:30"),
    search(DDG, "ftb estimated payment voucher form 540-es", "taxes"),
    page(
        "https://www.ftb.ca.gov/forms/2026/2026-540-es.pdf",
        "2026 Form 540-ES Estimated Tax for Individuals",
        "taxes",
    ),
    day("9 14:00"),
    search(GOOGLE, "yosemite valley shuttle to happy isles trailhead parking", "yosemite"),
    page(
        "https://www.nps.gov/yose/planyourvisit/publictransportation.htm",
        "Public Transportation - Yosemite National Park (U.S. National Park Service)",
        "yosemite",
    ),
    day("10 09:00"),
    *mail(),
    *lat(),
    day("10 11:00"),
    (
        "goto",
        "https://www.dmv.ca.gov/portal/vehicle-registration/registration-renewal/",
        "Registration Renewal - California DMV",
        "car",
    ),
    page(
        "https://www.dmv.ca.gov/wasapp/ipp2/startPers.do",
        "Vehicle Registration Renewal - Pay Online - California DMV",
        "car",
    ),
    day("10 20:00"),
    *video_home(),
]
