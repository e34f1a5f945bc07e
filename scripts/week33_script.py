"""A maths teacher's ten days in Austin, written in the nineteenth session after its changes
and scored before any change for it: a used hybrid SUV bought with a credit union's loan, a
quadratics unit prepared for her classes, a friend's bridal shower she hosts, cedar fever
and an allergist, a leaning backyard fence, and a long weekend camping in Big Bend. Words
cross tasks: "range" of a function and of a hybrid's battery, "shower" of a bride and of
a campsite, "test" of a car and of a class, "post" of a fence and of an invitation, "stain"
of a fence and of a shower dress. Her school's course site is opened each morning from its
dashboard; mail brings the shower's guest list and the campsite's reservation. Searches go
to Google, Bing, DuckDuckGo and a shop's own box. Habits: mail, the local news, the
weather, video, a forum, a photo feed. Used by make_week_history.py (``week33``); steps as
in week_script.py.
"""

from __future__ import annotations

from functools import partial

from week_script import (
    BING,
    DDG,
    GMAIL,
    GOOGLE,
    Step,
    day,
    forum,
    gmail_message,
    page,
    search,
    video_home,
)

CANVAS = "https://austinisd.instructure.com/"
LISTING = "https://www.cars.com/vehicledetail/8d3f1b7a-2c4e-4b1f-9a77-rav4hybrid2021/"
AMAZON = "https://www.amazon.com/s?k="


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (6) - dana.ortiz@example.com - Gmail", None)]


message = partial(gmail_message, "dana.ortiz@example.com", "8c1d4")


def school() -> list[Step]:
    return [
        ("goto", CANVAS, "Dashboard", None),
        ("click", f"{CANVAS}courses/4411", "Algebra I - Period 3", None),
    ]


def local() -> list[Step]:
    return [("goto", "https://www.kxan.com/", "KXAN Austin", None)]


def feed() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


STEPS: list[Step] = [
    day("1 06:40"),
    *mail(),
    *local(),
    *school(),
    day("1 16:30"),
    search(GOOGLE, "quadratic functions unit plan algebra 1", "unit"),
    page(
        "https://www.nctm.org/Classroom-Resources/Illuminations/Lessons/Quadratic-Functions/",
        "Exploring Quadratic Functions - NCTM",
        "unit",
    ),
    ("back", "", "", "unit"),
    page(
        "https://teacher.desmos.com/activitybuilder/custom/quadratics-marbleslides",
        "Marbleslides: Parabolas | Desmos Classroom",
        "unit",
        "tab",
    ),
    ("close", "", "", "unit"),
    search(GOOGLE, "domain and range of a parabola worksheet", "unit"),
    page(
        "https://www.kutasoftware.com/freeia1.html",
        "Free Algebra 1 Worksheets | Kuta Software",
        "unit",
    ),
    day("1 19:20"),
    search(DDG, "used rav4 hybrid austin under 28000", "car"),
    page(
        "https://www.cars.com/shopping/toyota-rav4_hybrid-austin-tx/",
        "Used Toyota RAV4 Hybrid for Sale in Austin, TX | Cars.com",
        "car",
    ),
    page(LISTING, "Used 2021 Toyota RAV4 Hybrid XLE For Sale | Cars.com", "car", "tab"),
    ("close", "", "", "car"),
    search(DDG, "rav4 hybrid 2021 vs 2022 differences", "car"),
    page(
        "https://www.caranddriver.com/toyota/rav4-hybrid-2022",
        "2022 Toyota RAV4 Hybrid Review, Pricing, and Specs | Car and Driver",
        "car",
    ),
    *feed(),
    day("2 06:35"),
    *mail(),
    *message("1802223334445556661", "Bridal shower guest list + ideas!! 💐", "shower"),
    *school(),
    day("2 12:10"),
    search(GOOGLE, "cedar fever symptoms vs cold", "allergy"),
    page(
        "https://www.kxan.com/weather/cedar-fever-what-it-is-and-how-to-cope/",
        "Cedar fever: what it is and how to cope | KXAN Austin",
        "allergy",
    ),
    ("back", "", "", "allergy"),
    page(
        "https://www.uthealthaustin.org/blog/cedar-fever",
        "Cedar Fever: Symptoms and Treatment | UT Health Austin",
        "allergy",
        "tab",
    ),
    ("close", "", "", "allergy"),
    day("2 17:00"),
    search(GOOGLE, "bridal shower themes spring 2027", "shower"),
    page(
        "https://www.theknot.com/content/bridal-shower-themes",
        "60 Bridal Shower Themes Guests Will Love | The Knot",
        "shower",
    ),
    ("back", "", "", "shower"),
    page(
        "https://www.brides.com/bridal-shower-games-4800291",
        "The 35 Best Bridal Shower Games | Brides",
        "shower",
        "tab",
    ),
    ("close", "", "", "shower"),
    search(GOOGLE, "brunch venue private room austin 25 guests", "shower"),
    page(
        "https://www.yelp.com/search?find_desc=brunch+private+room&find_loc=Austin%2C+TX",
        "Top 10 Best Brunch Private Room near Austin, TX | Yelp",
        "shower",
    ),
    day("2 20:30"),
    search(BING, "fence post leaning after rain fix without removing", "fence"),
    page(
        "https://www.thisoldhouse.com/fences/21017262/how-to-fix-a-leaning-fence-post",
        "How to Fix a Leaning Fence Post | This Old House",
        "fence",
    ),
    ("back", "", "", "fence"),
    page(
        "https://www.reddit.com/r/DIY/comments/10q2x7d/leaning_fence_post_fix/",
        "Best way to fix a leaning fence post? : r/DIY",
        "fence",
        "tab",
    ),
    ("close", "", "", "fence"),
    *video_home(),
    day("3 06:45"),
    *mail(),
    *local(),
    *school(),
    day("3 15:50"),
    search(GOOGLE, "desmos activity vertex form transformations", "unit"),
    page(
        "https://teacher.desmos.com/activitybuilder/custom/vertex-form-transformations",
        "Transforming Parabolas: Vertex Form | Desmos Classroom",
        "unit",
    ),
    search(GOOGLE, "quadratics unit test with answer key pdf", "unit"),
    page(
        "https://www.teacherspayteachers.com/Product/Quadratic-Functions-Unit-Test-Answer-Key-8812345",
        "Quadratic Functions Unit Test with Answer Key | TPT",
        "unit",
    ),
    day("3 19:10"),
    page(LISTING, "Used 2021 Toyota RAV4 Hybrid XLE For Sale | Cars.com", "car", "goto"),
    search(GOOGLE, "carfax report 2021 rav4 hybrid one owner worth it", "car"),
    page(
        "https://www.carfax.com/blog/what-to-look-for-in-a-vehicle-history-report",
        "What to Look For in a Vehicle History Report | Carfax",
        "car",
    ),
    search(GOOGLE, "rav4 hybrid battery range and replacement cost", "car"),
    page(
        "https://www.kbb.com/toyota/rav4-hybrid/battery-replacement-cost/",
        "Toyota RAV4 Hybrid Battery Replacement Cost | Kelley Blue Book",
        "car",
    ),
    day("4 06:40"),
    *mail(),
    *school(),
    day("4 12:20"),
    search(BING, "best antihistamine for cedar allergy zyrtec vs allegra", "allergy"),
    page(
        "https://www.goodrx.com/conditions/allergies/zyrtec-vs-allegra",
        "Zyrtec vs. Allegra: Which Allergy Medicine Works Best? | GoodRx",
        "allergy",
    ),
    (
        "goto",
        AMAZON + "allegra+24+hour+70+count",
        "Amazon.com : allegra 24 hour 70 count",
        "allergy",
    ),
    page(
        "https://www.amazon.com/Allegra-Antihistamine-Allergy-Relief-Tablets/dp/B07CV9Z4NT",
        "Amazon.com: Allegra Adult 24 Hour Allergy Relief Tablets, 70 Count",
        "allergy",
    ),
    day("4 17:30"),
    search(GOOGLE, "big bend national park long weekend itinerary", "bigbend"),
    page(
        "https://www.nps.gov/bibe/planyourvisit/itineraries.htm",
        "Suggested Itineraries - Big Bend National Park (U.S. National Park Service)",
        "bigbend",
    ),
    ("back", "", "", "bigbend"),
    page(
        "https://www.travelandleisure.com/big-bend-national-park-travel-guide-7482915",
        "Big Bend National Park Travel Guide | Travel + Leisure",
        "bigbend",
        "tab",
    ),
    ("close", "", "", "bigbend"),
    search(GOOGLE, "chisos basin campground reservations", "bigbend"),
    page(
        "https://www.recreation.gov/camping/campgrounds/234038",
        "Chisos Basin Campground, Big Bend National Park - Recreation.gov",
        "bigbend",
    ),
    day("4 21:00"),
    *forum(),
    *feed(),
    day("5 07:00"),
    *mail(),
    *local(),
    *school(),
    day("5 16:15"),
    search(GOOGLE, "credit union auto loan rates austin used car", "car"),
    page(
        "https://www.ufcu.org/loans/auto-loans",
        "Auto Loans | UFCU",
        "car",
    ),
    ("back", "", "", "car"),
    page(
        "https://www.amplifycu.org/borrow/auto-loans",
        "Auto Loans - Amplify Credit Union",
        "car",
        "tab",
    ),
    ("close", "", "", "car"),
    search(GOOGLE, "used car test drive checklist", "car"),
    page(
        "https://www.edmunds.com/car-buying/used-car-test-drive-checklist.html",
        "Used Car Test Drive Checklist | Edmunds",
        "car",
    ),
    day("5 19:40"),
    search(GOOGLE, "bridal shower invitation template canva", "shower"),
    page(
        "https://www.canva.com/create/bridal-shower-invitations/",
        "Free Bridal Shower Invitation Templates | Canva",
        "shower",
    ),
    page(
        "https://www.canva.com/design/DAFx8Q2kLm4/edit",
        "Sage Garden Bridal Shower Invitation - Canva",
        "shower",
    ),
    search(GOOGLE, "how to post an invitation to an instagram story link", "shower"),
    page(
        "https://help.instagram.com/1262546220539712",
        "Add a link sticker to your story | Instagram Help Center",
        "shower",
    ),
    day("6 08:30"),
    *mail(),
    *video_home(),
    day("6 10:15"),
    search(BING, "austin hoa fence rules backyard height stain color", "fence"),
    page(
        "https://www.austintexas.gov/department/fences",
        "Fences | AustinTexas.gov",
        "fence",
    ),
    search(BING, "best fence stain for cedar texas sun", "fence"),
    page(
        "https://www.bobvila.com/articles/best-fence-stain/",
        "The Best Fence Stains of 2026 | Bob Vila",
        "fence",
    ),
    page(
        "https://www.homedepot.com/p/Behr-Premium-Semi-Transparent-Cedar-Fence-Stain/204612345",
        "BEHR PREMIUM Semi-Transparent Cedar Fence Stain - The Home Depot",
        "fence",
        "tab",
    ),
    ("close", "", "", "fence"),
    day("6 13:30"),
    search(GOOGLE, "allergist near me accepts blue cross austin", "allergy"),
    page(
        "https://www.zocdoc.com/allergists/austin-tx-123456zl",
        "Allergists in Austin, TX | Zocdoc",
        "allergy",
    ),
    page(
        "https://www.zocdoc.com/doctor/priya-raman-md-345678",
        "Dr. Priya Raman, MD - Austin, TX - Allergist | Zocdoc",
        "allergy",
    ),
    day("6 16:00"),
    page(LISTING, "Used 2021 Toyota RAV4 Hybrid XLE For Sale | Cars.com", "car", "goto"),
    page(
        "https://www.cars.com/vehicledetail/8d3f1b7a-2c4e-4b1f-9a77-rav4hybrid2021/check-availability/",
        "Check Availability - 2021 Toyota RAV4 Hybrid XLE | Cars.com",
        "car",
    ),
    day("7 07:05"),
    *mail(),
    *local(),
    day("7 11:00"),
    search(DDG, "big bend in march weather at night camping", "bigbend"),
    page(
        "https://www.nps.gov/bibe/planyourvisit/weather.htm",
        "Weather - Big Bend National Park (U.S. National Park Service)",
        "bigbend",
    ),
    search(DDG, "lost mine trail vs south rim which is better", "bigbend"),
    page(
        "https://www.alltrails.com/trail/us/texas/lost-mine-trail",
        "Lost Mine Trail, Texas - 1,203 Reviews, Map | AllTrails",
        "bigbend",
    ),
    search(DDG, "campsite with shower near big bend", "bigbend"),
    page(
        "https://www.rioranchopark.com/rv-park-amenities",
        "Amenities | Big Bend Resort & Adventures",
        "bigbend",
    ),
    day("7 15:00"),
    page(
        "https://www.recreation.gov/camping/campgrounds/234038",
        "Chisos Basin Campground, Big Bend National Park - Recreation.gov",
        "bigbend",
        "goto",
    ),
    page(
        "https://www.recreation.gov/camping/reservations/orderdetails?id=7733921",
        "Order Details | Recreation.gov",
        "bigbend",
    ),
    day("7 19:30"),
    *feed(),
    day("8 06:40"),
    *mail(),
    *message(
        "1802223334445556662", "Your reservation at Chisos Basin Campground is confirmed", "bigbend"
    ),
    *school(),
    day("8 16:20"),
    search(GOOGLE, "factoring quadratics card sort activity", "unit"),
    page(
        "https://www.mathequalslove.net/factoring-quadratics-card-sort/",
        "Factoring Quadratics Card Sort | Math = Love",
        "unit",
    ),
    search(GOOGLE, "common mistakes students make with completing the square", "unit"),
    page(
        "https://www.mathsisfun.com/algebra/completing-square.html",
        "Completing the Square - Math is Fun",
        "unit",
    ),
    day("8 19:50"),
    search(GOOGLE, "what to wear to host a bridal shower", "shower"),
    page(
        "https://www.brides.com/what-to-wear-to-a-bridal-shower-5190000",
        "What to Wear to a Bridal Shower | Brides",
        "shower",
    ),
    page(
        "https://www.nordstrom.com/s/floral-midi-dress-sage/7212345",
        "Floral Midi Dress in Sage | Nordstrom",
        "shower",
        "tab",
    ),
    ("close", "", "", "shower"),
    search(GOOGLE, "how to get a makeup stain out of a silk dress", "shower"),
    page(
        "https://www.realsimple.com/how-to-remove-makeup-stains-from-silk-7100000",
        "How to Remove Makeup Stains From Silk | Real Simple",
        "shower",
    ),
    day("9 07:00"),
    *mail(),
    *school(),
    day("9 12:30"),
    search(GOOGLE, "post hole concrete quikrete how many bags per post", "fence"),
    page(
        "https://www.quikrete.com/athome/video-setting-fence-posts.asp",
        "How to Set Fence Posts | QUIKRETE",
        "fence",
    ),
    day("9 17:45"),
    search(GOOGLE, "how to negotiate used car price at dealership", "car"),
    page(
        "https://www.consumerreports.org/cars/buying-a-car/how-to-negotiate-used-car-price-a1234567890/",
        "How to Negotiate the Price of a Used Car | Consumer Reports",
        "car",
    ),
    page(
        "https://www.ufcu.org/loans/auto-loans/apply",
        "Apply for an Auto Loan | UFCU",
        "car",
        "goto",
    ),
    day("9 21:00"),
    *video_home(),
    day("10 08:10"),
    *mail(),
    *local(),
    day("10 10:30"),
    search(GOOGLE, "what to pack for big bend camping march", "bigbend"),
    page(
        "https://www.rei.com/learn/expert-advice/desert-camping.html",
        "Desert Camping Tips | REI Expert Advice",
        "bigbend",
    ),
    search(GOOGLE, "gas stations between alpine and big bend", "bigbend"),
    page(
        "https://www.reddit.com/r/bigbend/comments/xk12ab/gas_stations_near_the_park/",
        "Gas stations near the park? : r/bigbend",
        "bigbend",
    ),
    day("10 14:00"),
    search(GOOGLE, "zyrtec stopped working cedar fever", "allergy"),
    page(
        "https://www.reddit.com/r/Austin/comments/z9q8w1/cedar_fever_zyrtec_stopped_working/",
        "Zyrtec stopped working for cedar fever, what now? : r/Austin",
        "allergy",
    ),
    day("10 18:30"),
    search(GOOGLE, "bridal shower favors diy cheap", "shower"),
    page(
        "https://www.marthastewart.com/7863120/bridal-shower-favors",
        "45 Bridal Shower Favors Your Guests Will Love | Martha Stewart",
        "shower",
    ),
]
