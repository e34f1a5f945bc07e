"""A bakery owner's ten days in Austin: a commercial espresso machine for the shop, a
health inspection to prepare, the bakery's Instagram, a tiered wedding cake ordered by a
customer, a child's soccer league, and a long weekend in Mexico City. Habits: mail, local
news, music, a social feed. Written at the end of the tenth session, after all of its
changes, and scored before any change for it: tasks of one trade side by side (the
machine, the inspection, the cake and the Instagram are all the bakery's), words shared
across tasks ("cake" for the wedding cake and a soccer team's end-of-season party, "mexico"
for the trip and a Mexican wedding cookie), side steps ("how to descale", "sanitizer test
strips", "passport renewal processing time") and in-site searches.
Used by make_week_history.py (``week10``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, search

YT = "https://www.youtube.com"
WS = "https://www.webstaurantstore.com"
IG = "https://www.instagram.com"
EX = "https://www.expedia.com"
TA = "https://www.tripadvisor.com"


def mail() -> list[Step]:
    return [("goto", "https://outlook.live.com/mail/0/", "Mail - Rosa Delgado - Outlook", None)]


def news() -> list[Step]:
    return [
        (
            "goto",
            "https://www.kxan.com/",
            "KXAN Austin: News, Weather, Traffic and Sports",
            None,
        )
    ]


def music() -> list[Step]:
    return [("goto", "https://open.spotify.com/", "Spotify - Web Player: Music for everyone", None)]


def feed() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 05:30"),
    *mail(),
    *news(),
    day("1 14:00"),
    search(GOOGLE, "best commercial espresso machine for small bakery", "espresso"),
    (
        "via",
        "https://www.perfectdailygrind.com/2026/02/choosing-an-espresso-machine-for-a-small-cafe/",
        "Choosing an Espresso Machine for a Small Café - Perfect Daily Grind",
        "espresso",
    ),
    search(GOOGLE, "la marzocco linea mini vs rancilio classe 5", "espresso"),
    (
        "click",
        "https://www.home-barista.com/espresso-machines/linea-mini-vs-classe-5-t71234.html",
        "Linea Mini vs Classe 5 for a small shop? - Home-Barista.com",
        "espresso",
    ),
    search(GOOGLE, "texas food establishment inspection checklist", "inspection"),
    (
        "click",
        "https://www.dshs.texas.gov/retail-food-establishments/inspection-checklist",
        "Retail Food Establishment Inspection Checklist | Texas DSHS",
        "inspection",
    ),
    day("1 20:30"),
    *feed(),
    search(BING, "tiered wedding cake pricing per slice", "cake"),
    (
        "click",
        "https://www.thebakerskitchen.net/blogs/pricing/wedding-cake-pricing-guide",
        "Wedding Cake Pricing Guide: How Much to Charge per Slice - The Baker's Kitchen",
        "cake",
    ),
    day("2 05:40"),
    *mail(),
    day("2 13:30"),
    search(GOOGLE, "instagram reels ideas for bakeries", "instagram"),
    (
        "via",
        "https://later.com/blog/bakery-instagram-ideas/",
        "25 Instagram Ideas for Bakeries (with Examples) | Later",
        "instagram",
    ),
    search(GOOGLE, "best time to post on instagram for local business", "instagram"),
    (
        "click",
        "https://sproutsocial.com/insights/best-times-to-post-on-instagram/",
        "Best Times to Post on Instagram in 2026 | Sprout Social",
        "instagram",
    ),
    search(GOOGLE, "austin youth soccer league fall registration", "soccer"),
    (
        "click",
        "https://www.austinyouthsoccer.org/registration",
        "Fall Registration | Austin Youth Soccer Association",
        "soccer",
    ),
    day("2 21:00"),
    *music(),
    search(GOOGLE, "mexico city long weekend itinerary", "cdmx"),
    (
        "click",
        "https://www.cntraveler.com/story/mexico-city-weekend-itinerary",
        "The Perfect Long Weekend in Mexico City | Condé Nast Traveler",
        "cdmx",
    ),
    (
        "goto",
        f"{EX}/Flights-Search?leg1=from:AUS,to:MEX,departure:5/21/2026",
        "AUS to MEX Flights | Expedia",
        "cdmx",
    ),
    day("3 05:35"),
    *mail(),
    *news(),
    day("3 14:10"),
    (
        "goto",
        f"{WS}/search/commercial-espresso-machine.html",
        "Commercial Espresso Machines - WebstaurantStore",
        "espresso",
    ),
    (
        "click",
        f"{WS}/rancilio-classe-5-usb-2-group/178CLASSE5U2.html",
        "Rancilio Classe 5 USB 2 Group Espresso Machine - WebstaurantStore",
        "espresso",
    ),
    search(DDG, "sanitizer test strips quaternary ammonium", "inspection"),
    (
        "click",
        f"{WS}/quaternary-sanitizer-test-strips/999QUATSTRIP.html",
        "Quaternary Sanitizer Test Strips - WebstaurantStore",
        "inspection",
    ),
    search(GOOGLE, "fondant vs buttercream wedding cake", "cake"),
    (
        "click",
        "https://www.brides.com/fondant-vs-buttercream-5083321",
        "Fondant vs. Buttercream: Which Wedding Cake Frosting Is Right for You? | Brides",
        "cake",
    ),
    day("3 20:45"),
    *feed(),
    (
        "goto",
        f"{IG}/rosasbakeryatx/",
        "Rosa's Bakery (@rosasbakeryatx) • Instagram photos and videos",
        "instagram",
    ),
    day("4 05:30"),
    *mail(),
    day("4 13:50"),
    search(GOOGLE, "food handler certificate texas online", "inspection"),
    (
        "click",
        "https://www.servsafe.com/ServSafe-Food-Handler/Texas",
        "Texas Food Handler Certificate | ServSafe",
        "inspection",
    ),
    search(GOOGLE, "soccer cleats for kids size 13", "soccer"),
    (
        "click",
        "https://www.dickssportinggoods.com/f/youth-soccer-cleats",
        "Youth Soccer Cleats | DICK'S Sporting Goods",
        "soccer",
    ),
    day("4 21:15"),
    search(GOOGLE, "where to stay in mexico city roma or condesa", "cdmx"),
    (
        "click",
        "https://www.nomadicmatt.com/travel-blogs/where-to-stay-in-mexico-city/",
        "Where to Stay in Mexico City: The Best Neighborhoods | Nomadic Matt",
        "cdmx",
    ),
    (
        "goto",
        f"{TA}/Search?q=condesa%20hotels",
        "Condesa Hotels - Search Results - Tripadvisor",
        "cdmx",
    ),
    (
        "click",
        f"{TA}/Hotel_Review-g150800-d1234567-Reviews-Condesa_DF.html",
        "CONDESA DF - Updated 2026 Prices & Hotel Reviews (Mexico City) - Tripadvisor",
        "cdmx",
    ),
    day("5 05:45"),
    *mail(),
    *news(),
    day("5 14:20"),
    search(GOOGLE, "how to stack a three tier cake with dowels", "cake"),
    (
        "click",
        f"{YT}/watch?v=tierstack1",
        "How to Stack a Tiered Cake (Dowels and Boards) - YouTube",
        "cake",
    ),
    search(GOOGLE, "espresso machine 220v electrical requirements", "espresso"),
    (
        "click",
        "https://www.wholelattelove.com/blogs/articles/commercial-espresso-machine-electrical",
        "Commercial Espresso Machine Electrical Requirements | Whole Latte Love",
        "espresso",
    ),
    day("5 20:10"),
    *music(),
    search(GOOGLE, "canva instagram post templates bakery", "instagram"),
    (
        "click",
        "https://www.canva.com/instagram-posts/templates/bakery/",
        "Bakery Instagram Post Templates | Canva",
        "instagram",
    ),
    day("6 05:30"),
    *mail(),
    day("6 13:40"),
    search(BING, "passport renewal processing time 2026", "cdmx"),
    (
        "click",
        "https://travel.state.gov/content/travel/en/passports/how-apply/processing-times.html",
        "Processing Times for U.S. Passports",
        "cdmx",
    ),
    search(GOOGLE, "walk in cooler temperature log template", "inspection"),
    (
        "click",
        "https://www.foodsafety.gov/templates/cooler-temperature-log",
        "Cooler Temperature Log Template | FoodSafety.gov",
        "inspection",
    ),
    (
        "goto",
        f"{WS}/rancilio-classe-5-usb-2-group/178CLASSE5U2.html",
        "Rancilio Classe 5 USB 2 Group Espresso Machine - WebstaurantStore",
        "espresso",
    ),
    ("click", f"{WS}/viewcart.cfm", "Shopping Cart - WebstaurantStore", "espresso"),
    ("click", f"{WS}/checkout/confirmation", "Order Confirmation - WebstaurantStore", "espresso"),
    day("6 21:00"),
    *feed(),
    day("7 05:35"),
    *mail(),
    *news(),
    day("7 14:15"),
    search(GOOGLE, "end of season soccer party ideas cake", "soccer"),
    (
        "click",
        "https://www.soccerparent.com/end-of-season-party-ideas",
        "12 End-of-Season Soccer Party Ideas | Soccer Parent",
        "soccer",
    ),
    search(GOOGLE, "mexican wedding cookies recipe", None),
    (
        "click",
        "https://www.allrecipes.com/recipe/10916/mexican-wedding-cookies/",
        "Mexican Wedding Cookies Recipe | Allrecipes",
        None,
    ),
    search(GOOGLE, "how to descale rancilio classe 5", "espresso"),
    (
        "click",
        f"{YT}/watch?v=descale05",
        "Rancilio Classe 5 Descaling and Maintenance - YouTube",
        "espresso",
    ),
    day("8 05:40"),
    *mail(),
    day("8 13:30"),
    search(GOOGLE, "instagram hashtags for austin bakery", "instagram"),
    (
        "click",
        "https://www.tagsfinder.com/en-us/related/austinbakery/",
        "#austinbakery hashtags | TagsFinder",
        "instagram",
    ),
    search(GOOGLE, "wedding cake delivery tips hot weather", "cake"),
    (
        "click",
        "https://www.craftsy.com/post/wedding-cake-delivery-tips",
        "Wedding Cake Delivery Tips for Hot Weather | Craftsy",
        "cake",
    ),
    day("8 21:20"),
    (
        "goto",
        f"{EX}/Flights-Search?leg1=from:AUS,to:MEX,departure:5/21/2026",
        "AUS to MEX Flights | Expedia",
        "cdmx",
    ),
    ("click", f"{EX}/Checkout/flight", "Expedia: Secure Checkout", "cdmx"),
    ("click", f"{EX}/trips/confirmation", "Your trip is booked | Expedia", "cdmx"),
    day("9 05:30"),
    *mail(),
    *news(),
    day("9 14:00"),
    search(GOOGLE, "what do health inspectors look for in a bakery", "inspection"),
    (
        "click",
        "https://www.restaurantowner.com/public/What-Health-Inspectors-Look-For.cfm",
        "What Health Inspectors Look For - RestaurantOwner.com",
        "inspection",
    ),
    search(GOOGLE, "shin guards youth small", "soccer"),
    (
        "click",
        "https://www.dickssportinggoods.com/f/youth-shin-guards",
        "Youth Shin Guards | DICK'S Sporting Goods",
        "soccer",
    ),
    day("10 14:30"),
    search(GOOGLE, "frida kahlo museum tickets online", "cdmx"),
    (
        "click",
        "https://www.museofridakahlo.org.mx/en/tickets/",
        "Tickets | Museo Frida Kahlo",
        "cdmx",
    ),
    search(GOOGLE, "buttercream stability in heat meringue vs american", "cake"),
    (
        "click",
        "https://www.sugarologie.com/recipes/swiss-meringue-buttercream-heat",
        "Which Buttercream Holds Up Best in Heat? | Sugarologie",
        "cake",
    ),
]
