"""A chef's week in New Orleans, written in the eighteenth session after its changes and
scored before any change for it: a fall menu for the restaurant, a car rear-ended and its
insurance claim, a brother's bachelor weekend in Nashville, a daughter's first phone, his
knives sharpened on a whetstone, a dryer that stopped heating, and a gym to join. Two of
the tasks are of his trade (the menu, the knives), words are shared across tasks
("rental" of a car and of a house, "party", "cost", "phone"), searches go to Google and
Bing, and habits (mail, the local paper, the weather, football, video, a photo feed) fill
the gaps. Used by make_week_history.py (``week30``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, page, search, video_home


def mail() -> list[Step]:
    return [
        ("goto", "https://outlook.live.com/mail/0/inbox", "Mail - Andre Batiste - Outlook", None)
    ]


def paper() -> list[Step]:
    return [("goto", "https://www.nola.com/", "NOLA.com: New Orleans news", None)]


def weather() -> list[Step]:
    return [
        (
            "goto",
            "https://weather.com/weather/today/l/New+Orleans+LA",
            "New Orleans, LA Weather Forecast | Weather.com",
            None,
        )
    ]


def saints() -> list[Step]:
    return [
        (
            "goto",
            "https://www.espn.com/nfl/team/_/name/no/new-orleans-saints",
            "New Orleans Saints Scores, Stats and Highlights - ESPN",
            None,
        )
    ]


def feed() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


STEPS: list[Step] = [
    day("1 08:10"),
    *mail(),
    *paper(),
    *weather(),
    day("1 10:05"),
    search(GOOGLE, "what to do after being rear ended in louisiana", "car"),
    page(
        "https://www.nolo.com/legal-encyclopedia/louisiana-car-accident-laws.html",
        "Louisiana Car Accident Laws | Nolo",
        "car",
        "via",
    ),
    search(GOOGLE, "file a claim against other driver's insurance progressive", "car"),
    page(
        "https://www.progressive.com/claims/third-party-claims/",
        "Filing a Claim With Another Driver's Insurance | Progressive",
        "car",
        "via",
    ),
    page(
        "https://www.progressive.com/claims/report-claim/",
        "Report a Claim | Progressive",
        "car",
    ),
    day("1 15:30"),
    search(BING, "fall menu ideas new orleans restaurant 2026", "menu"),
    page(
        "https://www.restaurantbusinessonline.com/food/fall-menu-trends-2026",
        "Fall menu trends for 2026 | Restaurant Business",
        "menu",
    ),
    search(BING, "braised short ribs recipe for 40 portions", "menu"),
    page(
        "https://www.chefsteps.com/activities/braised-short-ribs-for-a-crowd",
        "Braised Short Ribs for a Crowd | ChefSteps",
        "menu",
    ),
    page(
        "https://www.seriouseats.com/braised-short-ribs-recipe",
        "Red Wine-Braised Short Ribs Recipe | Serious Eats",
        "menu",
        "tab",
    ),
    ("close", "", "", "menu"),
    day("1 22:40"),
    *video_home(),
    *feed(),
    day("2 08:20"),
    *mail(),
    *saints(),
    day("2 09:10"),
    search(GOOGLE, "body shop near me mid city new orleans", "car"),
    page(
        "https://www.yelp.com/search?find_desc=Auto+Body+Shop&find_loc=Mid-City%2C+New+Orleans%2C+LA",
        "Top 10 Best Auto Body Shop near Mid-City, New Orleans, LA - Yelp",
        "car",
        "via",
    ),
    page(
        "https://www.yelp.com/biz/broad-street-collision-new-orleans",
        "Broad Street Collision - New Orleans - Yelp",
        "car",
    ),
    search(GOOGLE, "does the other driver's insurance pay for a rental car", "car"),
    page(
        "https://www.nerdwallet.com/article/insurance/rental-car-after-accident",
        "Who Pays for a Rental Car After an Accident? - NerdWallet",
        "car",
        "via",
    ),
    day("2 14:45"),
    search(GOOGLE, "nashville bachelor party ideas", "nashville"),
    page(
        "https://www.visitmusiccity.com/trip-ideas/bachelor-party-nashville",
        "Bachelor Party Ideas in Nashville | Visit Music City",
        "nashville",
        "via",
    ),
    search(GOOGLE, "airbnb nashville 10 guests near broadway", "nashville"),
    page(
        "https://www.airbnb.com/s/Nashville--TN/homes?adults=10",
        "Nashville Vacation Rentals & Homes - Airbnb",
        "nashville",
        "via",
    ),
    page(
        "https://www.airbnb.com/rooms/845512093",
        "Downtown townhouse, rooftop, sleeps 10 - Houses for Rent in Nashville - Airbnb",
        "nashville",
        "tab",
    ),
    ("close", "", "", "nashville"),
    search(GOOGLE, "whetstone grit for chef knife 1000 6000", "knife"),
    page(
        "https://www.seriouseats.com/how-to-sharpen-a-knife-with-a-whetstone",
        "How to Sharpen a Knife With a Whetstone | Serious Eats",
        "knife",
        "via",
    ),
    day("2 21:30"),
    search(BING, "best first phone for 11 year old", "phone"),
    page(
        "https://www.commonsensemedia.org/articles/what-is-the-best-first-phone-for-kids",
        "What's the Best First Phone for Kids? | Common Sense Media",
        "phone",
    ),
    search(BING, "gabb phone vs bark phone", "phone"),
    page(
        "https://www.reddit.com/r/Parenting/comments/1b9xk3m/gabb_vs_bark_phone_for_a_first_phone/",
        "Gabb vs Bark phone for a first phone? : r/Parenting",
        "phone",
    ),
    *video_home(),
    day("3 08:05"),
    *mail(),
    *paper(),
    page(
        "https://www.nola.com/news/traffic/i-10-closures-this-weekend/article_5512.html",
        "I-10 closures this weekend: what to know | NOLA.com",
        None,
    ),
    day("3 10:30"),
    search(GOOGLE, "dryer not heating up whirlpool", "dryer"),
    page(
        "https://www.repairclinic.com/RepairHelp/How-To-Fix-A-Dryer/2-6--/Whirlpool-Dryer-not-heating",
        "Whirlpool Dryer Not Heating | Repair Clinic",
        "dryer",
        "via",
    ),
    search(GOOGLE, "dryer thermal fuse test", "dryer"),
    page(
        "https://www.youtube.com/watch?v=q3hX8dG0wZk",
        "How to Test a Dryer Thermal Fuse - YouTube",
        "dryer",
        "via",
    ),
    search(GOOGLE, "multimeter continuity setting", "dryer"),
    page(
        "https://www.fluke.com/en-us/learn/blog/electrical/what-is-continuity-test",
        "What is a Continuity Test? | Fluke",
        "dryer",
        "via",
    ),
    day("3 15:20"),
    search(BING, "food cost percentage formula restaurant", "menu"),
    page(
        "https://www.toasttab.com/restaurants/food-cost-percentage",
        "Food Cost Percentage: Formula and How to Calculate | Toast",
        "menu",
    ),
    search(BING, "restaurant depot vs sysco prices short rib", "menu"),
    page(
        "https://www.reddit.com/r/KitchenConfidential/comments/1c2jd9k/restaurant_depot_vs_sysco/",
        "Restaurant Depot vs Sysco for a small place? : r/KitchenConfidential",
        "menu",
    ),
    day("3 22:15"),
    *saints(),
    *feed(),
    day("4 08:30"),
    *mail(),
    *weather(),
    day("4 09:45"),
    search(GOOGLE, "progressive claim status check", "car"),
    page(
        "https://www.progressive.com/claims/claim-status/",
        "Check Your Claim Status | Progressive",
        "car",
        "via",
    ),
    search(GOOGLE, "diminished value claim louisiana", "car"),
    page(
        "https://www.carinsurance.com/Articles/diminished-value-claim.aspx",
        "Diminished value claims: how to get paid | CarInsurance.com",
        "car",
        "via",
    ),
    search(GOOGLE, "how to sharpen a japanese knife whetstone angle", "knife"),
    page(
        "https://www.youtube.com/watch?v=Uy7b2ZxkQ9I",
        "How to Sharpen a Japanese Knife: 15 Degree Angle - YouTube",
        "knife",
        "via",
    ),
    day("4 16:10"),
    search(GOOGLE, "crossfit gym mid city new orleans drop in", "gym"),
    page(
        "https://www.google.com/maps/search/crossfit+mid+city+new+orleans",
        "crossfit mid city new orleans - Google Maps",
        "gym",
        "via",
    ),
    page(
        "https://www.crossfitnola.com/drop-in",
        "Drop In | CrossFit NOLA",
        "gym",
        "goto",
    ),
    day("4 21:50"),
    search(BING, "msy to bna flights october", "nashville"),
    page(
        "https://www.southwest.com/air/booking/select.html?originationAirportCode=MSY&destinationAirportCode=BNA",
        "Select Flights | Southwest Airlines",
        "nashville",
    ),
    search(BING, "honky tonk bars broadway nashville best", "nashville"),
    page(
        "https://www.timeout.com/nashville/bars/best-honky-tonks-in-nashville",
        "The best honky-tonks in Nashville | Time Out",
        "nashville",
    ),
    search(BING, "cowboy boots men", "nashville"),
    page(
        "https://www.bootbarn.com/mens/boots/cowboy-boots/",
        "Men's Cowboy Boots | Boot Barn",
        "nashville",
    ),
    *video_home(),
    day("5 08:15"),
    *mail(),
    *paper(),
    day("5 10:20"),
    search(GOOGLE, "whirlpool dryer thermal fuse part number wed4815ew1", "dryer"),
    page(
        "https://www.repairclinic.com/PartDetail/Thermal-Fuse/WP3392519/1570440",
        "Whirlpool Dryer Thermal Fuse WP3392519 | Repair Clinic",
        "dryer",
        "via",
    ),
    page(
        "https://www.repairclinic.com/Checkout/Confirmation",
        "Order Confirmation | Repair Clinic",
        "dryer",
    ),
    search(GOOGLE, "parental controls iphone screen time setup for child", "phone"),
    page(
        "https://support.apple.com/en-us/108806",
        "Use Screen Time on your iPhone or iPad - Apple Support",
        "phone",
        "via",
    ),
    day("5 15:40"),
    search(BING, "seasonal vegetables louisiana october", "menu"),
    page(
        "https://www.lsuagcenter.com/topics/lawn_garden/home_gardening/vegetables/fall-vegetables",
        "Fall vegetables in Louisiana | LSU AgCenter",
        "menu",
    ),
    search(BING, "pumpkin gnocchi brown butter sage restaurant recipe", "menu"),
    page(
        "https://www.bonappetit.com/recipe/pumpkin-gnocchi-with-brown-butter-and-sage",
        "Pumpkin Gnocchi With Brown Butter and Sage | Bon Appétit",
        "menu",
    ),
    search(BING, "menu pricing psychology", "menu"),
    page(
        "https://www.webstaurantstore.com/article/63/menu-pricing-strategies.html",
        "Menu Pricing Strategies and Psychology | WebstaurantStore",
        "menu",
    ),
    day("5 22:30"),
    *saints(),
    *feed(),
    day("6 09:00"),
    *mail(),
    *weather(),
    day("6 11:15"),
    search(GOOGLE, "king kds 1000 6000 whetstone", "knife"),
    page(
        "https://www.amazon.com/King-KDS-1000-6000-Combination/dp/B001DT1X9O",
        "Amazon.com: King KDS 1000/6000 Combination Whetstone",
        "knife",
        "via",
    ),
    search(GOOGLE, "flattening stone for whetstone needed", "knife"),
    page(
        "https://www.reddit.com/r/sharpening/comments/1a7w2nq/do_i_need_a_flattening_stone/",
        "Do I need a flattening stone? : r/sharpening",
        "knife",
        "via",
    ),
    search(GOOGLE, "gabb phone plans price", "phone"),
    page(
        "https://gabb.com/plans/",
        "Phone Plans for Kids | Gabb",
        "phone",
        "via",
    ),
    page(
        "https://gabb.com/checkout/",
        "Checkout | Gabb",
        "phone",
    ),
    day("6 17:30"),
    page(
        "https://www.airbnb.com/rooms/845512093",
        "Downtown townhouse, rooftop, sleeps 10 - Houses for Rent in Nashville - Airbnb",
        "nashville",
        "goto",
    ),
    page(
        "https://www.airbnb.com/book/stays/845512093",
        "Confirm and pay - Airbnb",
        "nashville",
    ),
    search(GOOGLE, "split airbnb cost with friends venmo", "nashville"),
    page(
        "https://www.nerdwallet.com/article/finance/how-to-split-costs-group-trip",
        "How to Split Costs on a Group Trip - NerdWallet",
        "nashville",
        "via",
    ),
    day("7 08:40"),
    *mail(),
    *paper(),
    day("7 10:00"),
    search(GOOGLE, "crossfit nola membership price", "gym"),
    page(
        "https://www.crossfitnola.com/pricing",
        "Membership Pricing | CrossFit NOLA",
        "gym",
        "via",
    ),
    search(GOOGLE, "body shop estimate vs insurance adjuster estimate", "car"),
    page(
        "https://www.reddit.com/r/Insurance/comments/1d8k2mz/body_shop_estimate_higher_than_adjuster/",
        "Body shop estimate higher than the adjuster's? : r/Insurance",
        "car",
        "via",
    ),
    day("7 20:15"),
    search(BING, "short rib plating ideas fine dining", "menu"),
    page(
        "https://www.pinterest.com/ideas/short-rib-plating/9317123/",
        "Short rib plating ideas | Pinterest",
        "menu",
    ),
    *video_home(),
]
