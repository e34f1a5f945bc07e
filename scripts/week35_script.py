"""A wedding photographer's ten days in Cape Town, written late in the nineteenth
session, after all of its changes, and scored before any change for it: a new camera body
chosen, a client's wedding planned (its shot list, its venue, its timeline), a provisional
tax return through SARS eFiling, a sick cat at the vet, a self-drive trip to Namibia, and
an inverter with a battery for power cuts at home. Words cross tasks: "shot" of a shot
list and of a cat's vaccine, "battery" of a camera and of an inverter, "rental" of a lens
and of a 4x4, "return" of a tax return and of a rental car, "schedule" of power cuts and
of a wedding day. A forum thread on inverters is opened from the forum's front page; mail
brings the tax office's notice and the 4x4's booking. Searches go to Google, Bing and
DuckDuckGo. Habits: mail, a news front page, the power-cut schedule, video, a photo feed,
a forum. Used by make_week_history.py (``week35``); steps as in week_script.py.
"""

from __future__ import annotations

from functools import partial

from week_script import BING, DDG, GMAIL, GOOGLE, Step, day, gmail_message, page, search, video_home

BODY = "https://www.cameraland.co.za/sony-a7-iv-body"


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (12) - thandi.m@example.com - Gmail", None)]


message = partial(gmail_message, "thandi.m@example.com", "77e3a")


def news() -> list[Step]:
    return [
        ("goto", "https://www.news24.com/", "News24 | South Africa's premier news source", None)
    ]


def power() -> list[Step]:
    return [("goto", "https://esp.info/", "EskomSePush - Load shedding schedule", None)]


def feed() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def forum() -> list[Step]:
    return [("goto", "https://www.reddit.com/", "Reddit - Dive into anything", None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *power(),
    *news(),
    day("1 09:40"),
    search(GOOGLE, "sony a7 iv vs canon r6 mark ii for weddings", "camera"),
    page(
        "https://www.dpreview.com/articles/1234567890/sony-a7-iv-vs-canon-eos-r6-ii",
        "Sony a7 IV vs Canon EOS R6 II: which should you buy? | DPReview",
        "camera",
    ),
    ("back", "", "", "camera"),
    page(
        "https://www.reddit.com/r/WeddingPhotography/comments/x1y2z3/a7iv_or_r6ii/",
        "A7 IV or R6 II for a second body? : r/WeddingPhotography",
        "camera",
        "tab",
    ),
    ("close", "", "", "camera"),
    search(GOOGLE, "a7 iv battery life wedding day how many batteries", "camera"),
    page(
        "https://www.fredmiranda.com/forum/topic/1789012",
        "A7 IV battery life for a full wedding day - FM Forums",
        "camera",
    ),
    day("1 13:15"),
    search(BING, "cat vomiting after eating every day", "cat"),
    page(
        "https://www.vet.cornell.edu/departments-centers-and-institutes/cornell-feline-health-center/health-information/feline-health-topics/vomiting",
        "Vomiting | Cornell University College of Veterinary Medicine",
        "cat",
    ),
    search(BING, "vet near observatory cape town open saturday", "cat"),
    page(
        "https://www.obsvet.co.za/",
        "Observatory Veterinary Clinic | Cape Town",
        "cat",
    ),
    day("1 19:30"),
    *feed(),
    *forum(),
    page(
        "https://www.reddit.com/r/southafrica/comments/1c2d3e/inverter_and_lithium_battery_for_a_small_house/",
        "Inverter and lithium battery for a small house? : r/southafrica",
        "inverter",
        "tab",
    ),
    ("close", "", "", "inverter"),
    day("2 07:20"),
    *mail(),
    *power(),
    day("2 10:00"),
    search(GOOGLE, "babylonstoren wedding photography rules", "wedding"),
    page(
        "https://babylonstoren.com/weddings",
        "Weddings | Babylonstoren",
        "wedding",
    ),
    search(GOOGLE, "wedding shot list family formals template", "wedding"),
    page(
        "https://www.shootdotedit.com/p/wedding-photography-shot-list",
        "The Ultimate Wedding Photography Shot List | ShootDotEdit",
        "wedding",
    ),
    ("back", "", "", "wedding"),
    page(
        "https://www.pixieset.com/blog/wedding-family-formals-list/",
        "How to Plan the Family Formals List | Pixieset",
        "wedding",
        "tab",
    ),
    ("close", "", "", "wedding"),
    day("2 14:40"),
    search(DDG, "namibia self drive itinerary 12 days etosha sossusvlei", "namibia"),
    page(
        "https://www.namibian.org/travel/self-drive/12-day-itinerary",
        "12-Day Namibia Self-Drive Itinerary | Namibian.org",
        "namibia",
    ),
    ("back", "", "", "namibia"),
    page(
        "https://www.reddit.com/r/travel/comments/9z8y7x/namibia_self_drive_tips/",
        "Namibia self drive tips from our trip : r/travel",
        "namibia",
        "tab",
    ),
    ("close", "", "", "namibia"),
    search(DDG, "4x4 rental with rooftop tent windhoek", "namibia"),
    page(
        "https://www.asco-carhire.com/4x4-rental/",
        "4x4 Hire with Rooftop Tents | Asco Car Hire Namibia",
        "namibia",
    ),
    day("2 20:15"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=springbokhl",
        "Springboks vs All Blacks highlights - YouTube",
        None,
    ),
    day("3 07:25"),
    *mail(),
    *message("1804445556667778881", "SARS eFiling: your provisional tax (IRP6) is due", "tax"),
    *news(),
    day("3 09:30"),
    search(GOOGLE, "irp6 provisional tax how to calculate freelancer", "tax"),
    page(
        "https://www.sars.gov.za/types-of-tax/provisional-tax/",
        "Provisional Tax | South African Revenue Service",
        "tax",
    ),
    ("back", "", "", "tax"),
    page(
        "https://www.taxtim.com/za/answers/how-to-calculate-provisional-tax",
        "How to calculate provisional tax | TaxTim SA",
        "tax",
        "tab",
    ),
    ("close", "", "", "tax"),
    day("3 12:00"),
    page(BODY, "Sony A7 IV Body | Cameraland", "camera", "goto"),
    search(GOOGLE, "lens rental cape town sigma 35mm 1.4", "camera"),
    page(
        "https://www.lensrental.co.za/sony-e-mount",
        "Sony E-mount lens hire | Lens Rental Cape Town",
        "camera",
    ),
    day("3 16:30"),
    search(BING, "cat blood test results high kidney values what next", "cat"),
    page(
        "https://icatcare.org/advice/chronic-kidney-disease/",
        "Chronic kidney disease in cats | International Cat Care",
        "cat",
    ),
    search(BING, "renal diet cat food hills k/d vs royal canin", "cat"),
    page(
        "https://www.petfoodreviews.co.za/renal-cat-food-compared",
        "Renal cat food compared: Hill's k/d vs Royal Canin Renal | Pet Food Reviews",
        "cat",
    ),
    day("3 20:40"),
    search(GOOGLE, "5kw inverter with 5kwh lithium battery price cape town", "inverter"),
    page(
        "https://www.sunstore.co.za/5kw-inverter-5kwh-lithium-kit",
        "5kW Inverter and 5kWh Lithium Battery Kit | Sun Store",
        "inverter",
    ),
    ("back", "", "", "inverter"),
    page(
        "https://mybroadband.co.za/news/energy/512345-best-inverter-and-battery-combos.html",
        "Best inverter and battery combos for load shedding | MyBroadband",
        "inverter",
        "tab",
    ),
    ("close", "", "", "inverter"),
    day("4 07:30"),
    *mail(),
    *power(),
    *feed(),
    day("4 10:10"),
    search(GOOGLE, "wedding day timeline photographer 3pm ceremony", "wedding"),
    page(
        "https://www.thebridesideas.co.za/wedding-day-timeline-for-photography",
        "Wedding day timeline for photography | The Bride's Ideas",
        "wedding",
    ),
    search(GOOGLE, "golden hour franschhoek december sunset time", "wedding"),
    page(
        "https://www.timeanddate.com/sun/south-africa/franschhoek?month=12",
        "Sunrise and sunset times in Franschhoek, December | timeanddate",
        "wedding",
    ),
    day("4 14:00"),
    search(DDG, "etosha camps booking okaukuejo halali", "namibia"),
    page(
        "https://www.nwr.com.na/resorts/okaukuejo-resort/",
        "Okaukuejo Resort | Namibia Wildlife Resorts",
        "namibia",
    ),
    search(DDG, "namibia gravel roads tyre pressure 4x4 tips", "namibia"),
    page(
        "https://www.drivesouthafrica.co.za/blog/driving-in-namibia-gravel-roads/",
        "Driving on Namibia's gravel roads: tips | Drive South Africa",
        "namibia",
    ),
    day("5 07:40"),
    *mail(),
    *news(),
    day("5 09:15"),
    search(GOOGLE, "sars efiling irp6 submit second period", "tax"),
    page(
        "https://www.sarsefiling.co.za/",
        "SARS eFiling - Login",
        "tax",
    ),
    page(
        "https://www.sarsefiling.co.za/returns/irp6",
        "IRP6 Provisional Tax Return | SARS eFiling",
        "tax",
    ),
    search(GOOGLE, "can photographers deduct camera equipment sars wear and tear", "tax"),
    page(
        "https://www.sars.gov.za/wear-and-tear-allowance/",
        "Wear-and-tear allowance | South African Revenue Service",
        "tax",
    ),
    day("5 13:20"),
    search(BING, "cat subcutaneous fluids at home how to", "cat"),
    page(
        "https://www.youtube.com/watch?v=catfluids01",
        "Giving Subcutaneous Fluids to Your Cat at Home - YouTube",
        "cat",
    ),
    day("5 19:00"),
    *video_home(),
    day("6 07:30"),
    *mail(),
    *power(),
    day("6 10:30"),
    page(BODY, "Sony A7 IV Body | Cameraland", "camera", "goto"),
    search(GOOGLE, "sony a7 iv second hand price south africa", "camera"),
    page(
        "https://www.gumtree.co.za/s-cameras/sony+a7+iv/v1q0p1",
        "Sony a7 iv | Cameras for sale | Gumtree South Africa",
        "camera",
    ),
    page(BODY, "Sony A7 IV Body | Cameraland", "camera", "goto"),
    page("https://www.cameraland.co.za/checkout", "Checkout | Cameraland", "camera"),
    day("6 15:00"),
    search(GOOGLE, "inverter installer cape town coc certificate cost", "inverter"),
    page(
        "https://www.solarinstallers.co.za/cape-town",
        "Solar and inverter installers in Cape Town | SolarInstallers",
        "inverter",
    ),
    search(GOOGLE, "load shedding schedule stage 4 inverter battery how long", "inverter"),
    page(
        "https://www.sunsynk.org/battery-runtime-calculator",
        "Battery runtime calculator | Sunsynk",
        "inverter",
    ),
    day("7 07:35"),
    *mail(),
    *message(
        "1804445556667778882",
        "Booking confirmed: Toyota Hilux 4x4 with rooftop tent, Windhoek",
        "namibia",
    ),
    *news(),
    day("7 11:10"),
    search(GOOGLE, "wedding second shooter rates cape town", "wedding"),
    page(
        "https://www.facebook.com/groups/capetownweddingphotographers/posts/778899",
        "Second shooter rates in 2026? | Cape Town Wedding Photographers",
        "wedding",
    ),
    day("7 16:40"),
    search(BING, "cat kidney disease how long to live stage 2", "cat"),
    page(
        "https://www.petmd.com/cat/conditions/kidney/chronic-kidney-disease-cats",
        "Chronic Kidney Disease in Cats | PetMD",
        "cat",
    ),
    day("8 07:30"),
    *mail(),
    *power(),
    *feed(),
    day("8 09:45"),
    search(DDG, "namibia border crossing rental car letter of authority", "namibia"),
    page(
        "https://www.asco-carhire.com/cross-border/",
        "Cross-border travel with a rental car | Asco Car Hire Namibia",
        "namibia",
    ),
    search(DDG, "sossusvlei sunrise dune 45 gate times", "namibia"),
    page(
        "https://www.sossusvlei.org/gate-times/",
        "Sesriem gate times and Dune 45 at sunrise | Sossusvlei.org",
        "namibia",
    ),
    day("8 14:20"),
    search(GOOGLE, "lifepo4 battery 48v 5kwh warranty comparison", "inverter"),
    page(
        "https://www.sunstore.co.za/lithium-batteries",
        "Lithium batteries | Sun Store",
        "inverter",
    ),
    day("9 07:40"),
    *mail(),
    *news(),
    day("9 10:20"),
    search(GOOGLE, "provisional tax penalty late payment sars", "tax"),
    page(
        "https://www.sars.gov.za/types-of-tax/provisional-tax/penalties/",
        "Provisional tax penalties | South African Revenue Service",
        "tax",
    ),
    day("9 15:30"),
    search(GOOGLE, "how to pose couples who feel awkward", "wedding"),
    page(
        "https://www.format.com/magazine/resources/photography/couples-posing-guide",
        "Posing guide for awkward couples | Format",
        "wedding",
    ),
    day("10 07:45"),
    *mail(),
    *power(),
    day("10 11:00"),
    search(BING, "cat rabies shot booster overdue kidney disease safe", "cat"),
    page(
        "https://www.obsvet.co.za/vaccinations",
        "Vaccinations | Observatory Veterinary Clinic",
        "cat",
    ),
    day("10 16:30"),
    search(GOOGLE, "what to pack for namibia in june cold nights", "namibia"),
    page(
        "https://www.namibian.org/travel/packing-list",
        "Namibia packing list by season | Namibian.org",
        "namibia",
    ),
]
