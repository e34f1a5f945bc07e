"""A parent's ten days: moving flat at the end of the month, a first sourdough, a child's
science fair project, a new phone (bought), a sore heel and a television series followed
episode by episode. Habits: mail, a social feed, a newspaper's front page, the weather,
a streaming service's home. Written after every rule of the engine was set and scored
before any change, like week4, to check the rules on a person unlike the others: nothing
here is work, the tasks drift across subtopics (a move is trucks, boxes, a new address and
an internet contract), and two of them share words they do not share a task with ("baking
soda volcano" beside the sourdough). Used by make_week_history.py (``week5``); steps as in
week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, search

UH = "https://www.uhaul.com"
KA = "https://www.kingarthurbaking.com"
TP = "https://www.theperfectloaf.com"
SB = "https://www.sciencebuddies.org"
BB = "https://www.bestbuy.com"
GS = "https://store.google.com"
MC = "https://www.mayoclinic.org"
AV = "https://www.avclub.com"


def mail() -> list[Step]:
    return [
        ("goto", "https://mail.google.com/mail/u/0/", "Inbox (7) - jo.m@example.com - Gmail", None)
    ]


def feed() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


def paper() -> list[Step]:
    return [
        (
            "goto",
            "https://www.nytimes.com/",
            "The New York Times - Breaking News, US News, World News and Videos",
            None,
        )
    ]


def weather() -> list[Step]:
    return [
        (
            "goto",
            "https://weather.com/",
            "National and Local Weather Radar, Daily Forecast | The Weather Channel",
            None,
        )
    ]


def netflix() -> list[Step]:
    return [("goto", "https://www.netflix.com/browse", "Home - Netflix", None)]


STEPS: list[Step] = [
    day("1 07:40"),
    *mail(),
    *weather(),
    day("1 12:30"),
    *feed(),
    search(GOOGLE, "uhaul truck rental prices 15 ft", "move"),
    ("via", f"{UH}/Truck-Rentals/15ft-Moving-Truck/", "15ft Moving Truck Rental | U-Haul", "move"),
    search(GOOGLE, "how many boxes for a 2 bedroom apartment", "move"),
    (
        "tab",
        "https://www.moving.com/tips/how-many-boxes-do-i-need/",
        "How Many Boxes Do I Need for Moving? | Moving.com",
        "move",
    ),
    ("close", "", "", "move"),
    (
        "tab",
        f"{UH}/MovingSupplies/Boxes/",
        "Moving Boxes | Moving Supplies | U-Haul",
        "move",
    ),
    day("1 20:45"),
    search(GOOGLE, "sourdough starter not rising after 5 days", "sourdough"),
    (
        "click",
        f"{TP}/my-sourdough-starter-isnt-rising/",
        "My Sourdough Starter Isn't Rising: What To Do | The Perfect Loaf",
        "sourdough",
    ),
    search(GOOGLE, "king arthur sourdough starter feeding schedule", "sourdough"),
    (
        "via",
        f"{KA}/recipes/sourdough-starter-recipe",
        "Sourdough Starter Recipe | King Arthur Baking",
        "sourdough",
    ),
    *netflix(),
    (
        "goto",
        "https://www.netflix.com/watch/81462811",
        "Severance | Netflix",
        "severance",
    ),
    day("2 07:35"),
    *mail(),
    *paper(),
    (
        "click",
        "https://www.nytimes.com/2026/04/21/us/politics/senate-budget-vote.html",
        "Senate Passes Budget Bill After Overnight Session - The New York Times",
        None,
    ),
    day("2 13:05"),
    search(BING, "plantar fasciitis heel pain in the morning", "foot"),
    (
        "click",
        f"{MC}/diseases-conditions/plantar-fasciitis/symptoms-causes/syc-20354846",
        "Plantar fasciitis - Symptoms and causes - Mayo Clinic",
        "foot",
    ),
    search(GOOGLE, "5th grade science fair project ideas", "fair"),
    (
        "tab",
        f"{SB}/science-fair-projects/project-ideas/grade-5",
        "Science Fair Project Ideas for 5th Grade | Science Buddies",
        "fair",
    ),
    ("close", "", "", "fair"),
    (
        "tab",
        "https://www.education.com/science-fair/fifth-grade/",
        "5th Grade Science Fair Projects | Education.com",
        "fair",
    ),
    day("2 21:10"),
    search(GOOGLE, "pixel 9 vs iphone 16", "phone"),
    (
        "via",
        "https://www.tomsguide.com/phones/pixel-9-vs-iphone-16",
        "Google Pixel 9 vs iPhone 16: Which phone wins? | Tom's Guide",
        "phone",
    ),
    search(GOOGLE, "severance season 2 episode 3 recap", "severance"),
    (
        "click",
        f"{AV}/severance-season-2-episode-3-recap",
        "Severance season 2 episode 3 recap: Who is Alive? | The A.V. Club",
        "severance",
    ),
    *netflix(),
    (
        "goto",
        "https://www.netflix.com/watch/81462812",
        "Severance | Netflix",
        "severance",
    ),
    day("3 07:50"),
    *mail(),
    *weather(),
    *feed(),
    day("3 12:15"),
    search(GOOGLE, "movers quote brooklyn to queens", "move"),
    (
        "click",
        "https://www.yelp.com/search?find_desc=movers&find_loc=Brooklyn%2C+NY",
        "TOP 10 BEST Movers in Brooklyn, NY - Yelp",
        "move",
    ),
    search(GOOGLE, "is it cheaper to hire movers or rent a truck", "move"),
    (
        "tab",
        "https://www.thisoldhouse.com/moving/reviews/hiring-movers-vs-diy-moving",
        "Hiring Movers vs. DIY Moving: Which Is Cheaper? | This Old House",
        "move",
    ),
    ("close", "", "", "move"),
    search(DDG, "baking soda volcano experiment variables", "fair"),
    (
        "click",
        f"{SB}/science-fair-projects/project-ideas/Chem_p015/chemistry/volcano",
        "Make a Volcano Erupt: Chemistry Science Project | Science Buddies",
        "fair",
    ),
    day("3 19:40"),
    search(GOOGLE, "sourdough stretch and fold how many times", "sourdough"),
    (
        "via",
        f"{TP}/stretch-and-fold/",
        "How to Stretch and Fold Sourdough Bread Dough | The Perfect Loaf",
        "sourdough",
    ),
    search(GOOGLE, "banneton substitute bowl", "sourdough"),
    (
        "click",
        "https://www.seriouseats.com/banneton-substitutes",
        "What to Use If You Don't Have a Banneton | Serious Eats",
        "sourdough",
    ),
    day("4 07:30"),
    *mail(),
    *paper(),
    day("4 12:40"),
    search(GOOGLE, "best shoes for plantar fasciitis women", "foot"),
    (
        "tab",
        "https://www.verywellfit.com/best-shoes-for-plantar-fasciitis-4158429",
        "The 9 Best Shoes for Plantar Fasciitis of 2026, Tested | Verywell Fit",
        "foot",
    ),
    ("close", "", "", "foot"),
    search(GOOGLE, "pixel 9 trade in value iphone 12", "phone"),
    (
        "click",
        f"{GS}/magazine/trade_in",
        "Trade in your phone - Google Store",
        "phone",
    ),
    search(BING, "change of address usps online", "move"),
    (
        "click",
        "https://moversguide.usps.com/mgo/disclaimer",
        "Official USPS Change of Address | USPS",
        "move",
    ),
    day("4 21:30"),
    search(GOOGLE, "severance season 2 episode 4 theories", "severance"),
    (
        "click",
        "https://www.reddit.com/r/SeveranceAppleTVPlus/comments/1ib2x9c/episode_4_theories/",
        "Episode 4 theories : r/SeveranceAppleTVPlus",
        "severance",
    ),
    *netflix(),
    day("5 08:00"),
    *mail(),
    *weather(),
    day("5 10:30"),
    search(GOOGLE, "tri fold poster board", "fair"),
    (
        "click",
        "https://www.staples.com/tri-fold-presentation-board/directory_tri-fold+board",
        "Tri-Fold Presentation Boards | Staples",
        "fair",
    ),
    search(GOOGLE, "how to write a hypothesis for kids", "fair"),
    (
        "via",
        "https://www.sciencebuddies.org/science-fair-projects/science-fair/writing-a-hypothesis",
        "Writing a Hypothesis for Your Science Fair Project | Science Buddies",
        "fair",
    ),
    search(GOOGLE, "internet providers 11375", "move"),
    (
        "click",
        "https://www.highspeedinternet.com/ny/queens?zip=11375",
        "Internet Providers in Queens, NY 11375 | HighSpeedInternet.com",
        "move",
    ),
    (
        "tab",
        "https://www.verizon.com/home/fios/",
        "Verizon Fios Home Internet | Verizon",
        "move",
    ),
    ("close", "", "", "move"),
    day("6 09:15"),
    *mail(),
    *feed(),
    day("6 11:00"),
    search(GOOGLE, "sourdough oven spring dutch oven temperature", "sourdough"),
    (
        "via",
        f"{KA}/blog/2020/04/27/oven-spring-sourdough",
        "How to get a good oven spring | King Arthur Baking",
        "sourdough",
    ),
    search(GOOGLE, "pixel 9 128gb best buy", "phone"),
    (
        "click",
        f"{BB}/site/google-pixel-9-128gb-unlocked-obsidian/6587824.p",
        "Google - Pixel 9 128GB (Unlocked) - Obsidian - Best Buy",
        "phone",
    ),
    ("click", f"{BB}/cart", "Cart - Best Buy", "phone"),
    ("click", f"{BB}/checkout/r/fulfillment", "Checkout - Best Buy", "phone"),
    (
        "click",
        f"{BB}/checkout/r/thank-you",
        "Thank You for Your Order - Best Buy",
        "phone",
    ),
    day("6 15:20"),
    search(GOOGLE, "plantar fasciitis stretches", "foot"),
    (
        "click",
        f"{MC}/diseases-conditions/plantar-fasciitis/multimedia/plantar-fasciitis-stretches/img-20006398",
        "Plantar fasciitis stretches - Mayo Clinic",
        "foot",
    ),
    day("7 07:45"),
    *mail(),
    *paper(),
    day("7 18:30"),
    search(GOOGLE, "how to pack dishes for moving", "move"),
    (
        "click",
        "https://www.thespruce.com/how-to-pack-dishes-for-moving-2436530",
        "How to Pack Dishes for Moving Without Breaking Them | The Spruce",
        "move",
    ),
    search(GOOGLE, "uhaul truck reservation", "move"),
    ("via", f"{UH}/Reservations/RatesTrucks/", "Truck Rates | U-Haul", "move"),
    ("click", f"{UH}/Reservations/Confirmation/", "Reservation Confirmed | U-Haul", "move"),
    search(GOOGLE, "severance season 2 episode 5 recap", "severance"),
    (
        "click",
        f"{AV}/severance-season-2-episode-5-recap",
        "Severance season 2 episode 5 recap: Trojan's Horse | The A.V. Club",
        "severance",
    ),
    *netflix(),
    day("8 08:10"),
    *mail(),
    *weather(),
    day("8 12:50"),
    search(BING, "podiatrist near me accepting new patients", "foot"),
    (
        "click",
        "https://www.zocdoc.com/podiatrists/queens-ny",
        "Best Podiatrists in Queens, NY | Book Online | Zocdoc",
        "foot",
    ),
    search(GOOGLE, "volcano experiment with yeast and hydrogen peroxide", "fair"),
    (
        "click",
        "https://www.education.com/science-fair/article/elephant-toothpaste/",
        "Elephant Toothpaste | Science Project | Education.com",
        "fair",
    ),
    search(GOOGLE, "pixel 9 screen protector", "phone"),
    (
        "click",
        "https://www.amazon.com/s?k=pixel+9+screen+protector",
        "Amazon.com : pixel 9 screen protector",
        "phone",
    ),
    day("9 07:40"),
    *mail(),
    *feed(),
    day("9 20:00"),
    search(GOOGLE, "sourdough crumb too dense", "sourdough"),
    (
        "click",
        f"{TP}/troubleshooting-sourdough-crumb/",
        "Troubleshooting Your Sourdough Crumb | The Perfect Loaf",
        "sourdough",
    ),
    search(DDG, "how to transfer whatsapp from iphone to pixel", "phone"),
    (
        "click",
        "https://faq.whatsapp.com/1294841057948784",
        "How to transfer your chat history from iPhone to Android | WhatsApp Help Center",
        "phone",
    ),
    day("10 08:05"),
    *mail(),
    *paper(),
    day("10 11:30"),
    search(GOOGLE, "moving checklist last week before move", "move"),
    (
        "via",
        "https://www.moving.com/tips/moving-checklist/",
        "The Ultimate Moving Checklist | Moving.com",
        "move",
    ),
    search(GOOGLE, "transfer con edison service new address", "move"),
    (
        "click",
        "https://www.coned.com/en/start-stop-or-move-service",
        "Start, Stop, or Move Service | Con Edison",
        "move",
    ),
    search(GOOGLE, "severance season 2 episode 6 recap", "severance"),
    (
        "click",
        f"{AV}/severance-season-2-episode-6-recap",
        "Severance season 2 episode 6 recap: Attila | The A.V. Club",
        "severance",
    ),
    *netflix(),
]
