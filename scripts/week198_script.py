"""A taqueria owner's ten days in Austin, written in the fifty-fifth session and scored
before any change for it: the walk-in cooler failing (repair or replace, a technician,
its compressor), a point-of-sale system (Toast against Square, the card fees), his
daughter's quinceañera (the hall, the dress, a DJ), a drive to Monterrey to see his mother
(Mexican car insurance, the border), and his knee (runner's knee, a physical therapist).
Between them he reads Gmail, KXAN, YouTube and Facebook, and one story from KXAN's front
page. Searches go to Google and Bing.
Used by make_week_history.py (``week198``); steps as in week_script.py.
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

ADDRESS = "rafa.taqueria.atx@gmail.com"
IK = "e4a7c2019f"


def kxan(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.kxan.com/", "KXAN Austin News - Weather, Traffic and More", None)
    ]
    if story:
        steps.append(("click", f"https://www.kxan.com/news/{story[0]}", story[1], None))
    return steps


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


def message(thread: str, subject: str, task: str | None) -> list[Step]:
    return gmail_message(ADDRESS, IK, thread, subject, task)


STEPS: list[Step] = [
    day("1 06:20"),
    *kxan(),
    *mail(),
    day("1 15:10"),
    search(GOOGLE, "walk in cooler not getting cold compressor running", "cooler"),
    page(
        "https://www.webstaurantstore.com/article/88/walk-in-cooler-troubleshooting.html",
        "Walk-In Cooler Troubleshooting Guide - WebstaurantStore",
        "cooler",
    ),
    *tab(
        "https://www.reddit.com/r/HVAC/comments/15x9k2m/walkin_cooler_wont_get_below_45/",
        "Walk-in cooler won't get below 45 : r/HVAC",
        "cooler",
    ),
    day("1 21:30"),
    *facebook(),
    search(BING, "quinceanera venues austin 150 guests", "quince"),
    page(
        "https://www.theknot.com/marketplace/quinceanera-venues-austin-tx",
        "Quinceañera Venues in Austin, TX - The Knot",
        "quince",
    ),
    day("2 06:30"),
    *mail(),
    day("2 15:00"),
    search(GOOGLE, "commercial refrigeration repair austin same day", "cooler"),
    page(
        "https://www.yelp.com/search?find_desc=Commercial+Refrigeration+Repair&find_loc=Austin%2C+TX",
        "Top 10 Best Commercial Refrigeration Repair in Austin, TX - Yelp",
        "cooler",
    ),
    day("2 22:00"),
    search(GOOGLE, "toast vs square for restaurants small taqueria", "pos"),
    page(
        "https://www.nerdwallet.com/article/small-business/toast-vs-square-for-restaurants",
        "Toast vs. Square for Restaurants: Which POS Is Best? - NerdWallet",
        "pos",
    ),
    *tab(
        "https://www.reddit.com/r/restaurantowners/comments/18c4u0z/toast_or_square/",
        "Toast or Square? : r/restaurantowners",
        "pos",
    ),
    day("3 06:15"),
    *kxan(
        (
            "local/austin/east-austin-restaurants-face-rising-rents-2027/",
            "East Austin restaurants face rising rents | KXAN Austin",
        )
    ),
    day("3 14:40"),
    search(GOOGLE, "knee pain below kneecap after running stairs", "knee"),
    page(
        "https://www.mayoclinic.org/diseases-conditions/patellar-tendinitis/symptoms-causes/syc-20376113",
        "Patellar tendinitis - Symptoms and causes - Mayo Clinic",
        "knee",
    ),
    day("3 21:45"),
    search(BING, "mexican car insurance for driving to monterrey from texas", "monterrey"),
    page(
        "https://www.baja.com/mexican-car-insurance/",
        "Mexican Auto Insurance - Buy Online | Baja Bound",
        "monterrey",
    ),
    *tab(
        "https://www.travel-insurance-mexico.com/blog/driving-to-monterrey",
        "Driving to Monterrey from Texas: what you need",
        "monterrey",
    ),
    day("4 06:25"),
    *mail(),
    *message(
        "1791122334455667788",
        "Estimate: walk-in condensing unit replacement - Capital Refrigeration",
        "cooler",
    ),
    search(GOOGLE, "replace condensing unit or whole walk in cooler cost", "cooler"),
    page(
        "https://www.hvac.com/blog/walk-in-cooler-condensing-unit-replacement-cost/",
        "Walk-In Cooler Condensing Unit Replacement Cost | HVAC.com",
        "cooler",
    ),
    day("4 15:20"),
    search(GOOGLE, "quinceanera dress shops austin tx appointment", "quince"),
    page(
        "https://www.quinceanera.com/dress-shops/texas/austin/",
        "Quinceañera Dress Shops in Austin, Texas | Quinceanera.com",
        "quince",
    ),
    day("4 21:10"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=Lk3vB8wQp2e",
        "Longhorns vs Aggies full game highlights - YouTube",
        None,
    ),
    day("5 06:10"),
    *kxan(),
    *facebook(),
    day("5 15:30"),
    search(BING, "square for restaurants card processing fees 2027", "pos"),
    page(
        "https://squareup.com/us/en/point-of-sale/restaurants/pricing",
        "Square for Restaurants Pricing | Square",
        "pos",
    ),
    *tab(
        "https://pos.toasttab.com/pricing",
        "Toast POS Pricing | Restaurant Point of Sale Plans",
        "pos",
    ),
    day("5 21:40"),
    search(GOOGLE, "laredo or pharr bridge crossing wait time weekend", "monterrey"),
    page(
        "https://bwt.cbp.gov/",
        "Border Wait Times | U.S. Customs and Border Protection",
        "monterrey",
    ),
    day("6 06:30"),
    *mail(),
    *message(
        "1791199887766554433",
        "Salon Las Palmas - availability for Saturday March 20",
        "quince",
    ),
    day("6 14:50"),
    search(GOOGLE, "physical therapist austin sports knee accepts blue cross", "knee"),
    page(
        "https://www.zocdoc.com/physical-therapists/austin-tx-sports-medicine",
        "Sports Physical Therapists in Austin, TX | Zocdoc",
        "knee",
    ),
    day("6 21:20"),
    search(BING, "dj for quinceanera austin spanish and english music", "quince"),
    page(
        "https://www.gigsalad.com/Music-Groups/DJ/Quinceanera/tx/austin",
        "Quinceañera DJs in Austin, TX | GigSalad",
        "quince",
    ),
    day("7 06:15"),
    *kxan(),
    day("7 15:05"),
    search(GOOGLE, "copeland scroll compressor hard start kit walk in", "cooler"),
    page(
        "https://www.supplyhouse.com/Copeland-Hard-Start-Kits",
        "Copeland Hard Start Kits | SupplyHouse.com",
        "cooler",
    ),
    day("7 22:10"),
    search(GOOGLE, "toast kitchen display system printer tickets setup", "pos"),
    page(
        "https://central.toasttab.com/s/article/Kitchen-Display-System-Overview",
        "Kitchen Display System Overview | Toast Central",
        "pos",
    ),
    day("8 06:35"),
    *mail(),
    day("8 14:30"),
    search(GOOGLE, "fmm tourist permit and tip vehicle permit monterrey nuevo leon", "monterrey"),
    page(
        "https://www.banjercito.com.mx/registroVehiculos/",
        "Importación Temporal de Vehículos | Banjercito",
        "monterrey",
    ),
    *tab(
        "https://www.reddit.com/r/mexico/comments/16g2l9t/do_i_need_tip_for_nuevo_leon/",
        "Do I need a TIP for Nuevo León? : r/mexico",
        "monterrey",
    ),
    day("8 21:30"),
    search(BING, "patellar tendonitis exercises eccentric squat decline board", "knee"),
    page(
        "https://www.physio-pedia.com/Patellar_Tendinopathy",
        "Patellar Tendinopathy - Physiopedia",
        "knee",
    ),
    day("9 06:20"),
    *kxan(),
    *facebook(),
    day("9 15:15"),
    search(GOOGLE, "chambelanes waltz rehearsal how many weeks before", "quince"),
    page(
        "https://www.quinceanera.com/court-of-honor/vals-rehearsal-tips/",
        "Vals rehearsal tips for your court of honor | Quinceanera.com",
        "quince",
    ),
    day("9 21:50"),
    search(GOOGLE, "health inspector walk in cooler temperature 41 degrees texas", "cooler"),
    page(
        "https://www.dshs.texas.gov/retail-food-establishments/texas-food-establishment-rules",
        "Texas Food Establishment Rules | Texas DSHS",
        "cooler",
    ),
    day("10 06:30"),
    *mail(),
    *message(
        "1791234509876123456",
        "Your Toast demo is confirmed for Thursday",
        "pos",
    ),
    day("10 15:00"),
    search(GOOGLE, "hotel monterrey san pedro garza garcia near valle oriente", "monterrey"),
    page(
        "https://www.booking.com/city/mx/san-pedro-garza-garcia.html",
        "Hotels in San Pedro Garza García - Booking.com",
        "monterrey",
    ),
]
