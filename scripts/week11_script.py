"""A chemistry teacher's ten days in Minneapolis: a roof leaking after a storm (a roofer, the
insurance claim), a used upright piano for a daughter, a family reunion at a lake in July,
an AP chemistry titration lab to prepare, a dishwasher that stops draining (fixed, then a
warranty claim), and a grandmother's 90th birthday card and gift. Habits: mail, the local
paper, video, a forum, a podcast app. Written at the start of the eleventh session, after
its first changes, and scored before any change for it: words shared across tasks
("claim" for the roof's insurance and the dishwasher's warranty, "repair near me" for the
roofer and the appliance, "lake" for the reunion and a lab's lake-water sample), a task
searched once a day in a few words (the piano), side steps ("how to move a piano up
stairs", "potluck sign up sheet", "phenolphthalein shelf life") and in-site searches.
Used by make_week_history.py (``week11``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, search

YT = "https://www.youtube.com"
CL = "https://minneapolis.craigslist.org"
VR = "https://www.vrbo.com"
AZ = "https://www.amazon.com"
FL = "https://www.flinnsci.com"
HD = "https://www.homedepot.com"


def mail() -> list[Step]:
    return [
        ("goto", "https://mail.google.com/mail/u/0/", "Inbox (7) - dana.k@gmail.com - Gmail", None)
    ]


def paper() -> list[Step]:
    return [("goto", "https://www.startribune.com/", "Star Tribune: Minneapolis-St. Paul", None)]


def video() -> list[Step]:
    return [("goto", f"{YT}/", "YouTube", None)]


def forum() -> list[Step]:
    return [("goto", "https://www.reddit.com/", "Reddit - Dive into anything", None)]


def podcasts() -> list[Step]:
    return [
        (
            "goto",
            "https://podcasts.apple.com/us/browse",
            "Browse - Apple Podcasts",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 06:10"),
    *mail(),
    *paper(),
    (
        "click",
        "https://www.startribune.com/severe-storms-hail-twin-cities/601234567/",
        "Hail, high winds batter Twin Cities overnight - Star Tribune",
        None,
    ),
    day("1 16:40"),
    search(GOOGLE, "water stain on ceiling after storm roof leak", "roof"),
    (
        "via",
        "https://www.thisoldhouse.com/roofing/21015127/how-to-find-a-roof-leak",
        "How to Find and Fix a Roof Leak - This Old House",
        "roof",
    ),
    search(GOOGLE, "emergency roof tarp how to", "roof"),
    (
        "click",
        f"{YT}/watch?v=Rf8tArP2d0c",
        "How to Tarp a Roof - Emergency Leak Repair - YouTube",
        "roof",
    ),
    search(GOOGLE, "dishwasher not draining standing water bosch", "dishwasher"),
    (
        "via",
        "https://www.repairclinic.com/RepairHelp/How-To-Fix-A-Dishwasher/2---/Bosch/Will-Not-Drain",
        "Bosch Dishwasher Will Not Drain - Repair Clinic",
        "dishwasher",
    ),
    day("1 21:05"),
    *video(),
    *forum(),
    day("2 06:05"),
    *mail(),
    day("2 12:15"),
    search(BING, "ap chemistry acid base titration lab procedure", "lab"),
    (
        "click",
        "https://apcentral.collegeboard.org/courses/ap-chemistry/classroom-resources/titration-lab",
        "Acid-Base Titration Lab | AP Central – The College Board",
        "lab",
    ),
    search(BING, "how many burets for 28 students lab groups", "lab"),
    (
        "click",
        f"{FL}/burets/c/burets",
        "Burets | Flinn Scientific",
        "lab",
    ),
    day("2 17:30"),
    search(GOOGLE, "roofing contractors minneapolis hail damage", "roof"),
    (
        "click",
        "https://www.bbb.org/us/mn/minneapolis/category/roofing-contractors",
        "Roofing Contractors near Minneapolis, MN | Better Business Bureau",
        "roof",
    ),
    (
        "tab",
        "https://www.twincitiesroofingpros.com/hail-damage",
        "Hail Damage Roof Repair | Twin Cities Roofing Pros",
        "roof",
    ),
    ("close", "", "", "roof"),
    search(GOOGLE, "does homeowners insurance cover hail roof damage", "roof"),
    (
        "via",
        "https://www.policygenius.com/homeowners-insurance/does-homeowners-insurance-cover-roof-damage/",
        "Does Homeowners Insurance Cover Roof Damage? | Policygenius",
        "roof",
    ),
    search(DDG, "used upright piano yamaha u1", "piano"),
    (
        "click",
        f"{CL}/search/msa?query=yamaha+upright+piano",
        'minneapolis musical instruments "yamaha upright piano" - craigslist',
        "piano",
    ),
    (
        "click",
        f"{CL}/hnp/msg/d/edina-yamaha-u1-upright-piano-1989/7801122334.html",
        "Yamaha U1 upright piano 1989 - musical instruments - by owner - craigslist",
        "piano",
    ),
    day("2 21:20"),
    *podcasts(),
    day("3 06:00"),
    *mail(),
    *paper(),
    day("3 15:50"),
    search(GOOGLE, "bosch dishwasher e24 error", "dishwasher"),
    (
        "via",
        "https://www.bosch-home.com/us/support/error-codes/dishwasher-e24",
        "Dishwasher error code E24 | Bosch",
        "dishwasher",
    ),
    search(GOOGLE, "how to clean bosch dishwasher filter", "dishwasher"),
    (
        "click",
        f"{YT}/watch?v=Vx2D8mN1kqQ",
        "How to Clean the Filter on a Bosch Dishwasher - YouTube",
        "dishwasher",
    ),
    search(GOOGLE, "lake cabin rental for 20 people minnesota july", "reunion"),
    (
        "click",
        f"{VR}/search?destination=Brainerd%2C%20Minnesota&adults=20",
        "Brainerd, MN Vacation Rentals: cabins for 20 guests | Vrbo",
        "reunion",
    ),
    (
        "click",
        f"{VR}/4412876",
        "Gull Lake Lodge - 7 BR Lakefront Cabin, Sleeps 22 | Vrbo",
        "reunion",
    ),
    day("3 20:40"),
    *video(),
    day("4 06:10"),
    *mail(),
    day("4 12:20"),
    search(BING, "phenolphthalein indicator shelf life", "lab"),
    (
        "click",
        f"{FL}/phenolphthalein-solution-1-100-ml/p/p0019/",
        "Phenolphthalein Solution, 1%, 100 mL | Flinn Scientific",
        "lab",
    ),
    search(BING, "standardize naoh with khp calculation", "lab"),
    (
        "click",
        "https://chem.libretexts.org/Bookshelves/Analytical_Chemistry/standardizing-naoh-with-khp",
        "Standardizing NaOH with KHP - Chemistry LibreTexts",
        "lab",
    ),
    day("4 17:45"),
    (
        "goto",
        "https://www.twincitiesroofingpros.com/free-inspection",
        "Schedule a Free Roof Inspection | Twin Cities Roofing Pros",
        "roof",
    ),
    search(GOOGLE, "what to ask a roofer before hiring", "roof"),
    (
        "click",
        "https://www.angi.com/articles/questions-ask-roofer-before-hiring.htm",
        "12 Questions to Ask a Roofer Before Hiring | Angi",
        "roof",
    ),
    search(GOOGLE, "yamaha u1 vs kawai k300", "piano"),
    (
        "via",
        "https://www.pianoworld.com/forum/ubbthreads.php/topics/yamaha-u1-vs-kawai-k300",
        "Yamaha U1 vs Kawai K300 - Piano World Piano & Digital Piano Forums",
        "piano",
    ),
    search(GOOGLE, "90th birthday gift ideas for grandma", "birthday"),
    (
        "click",
        "https://www.goodhousekeeping.com/holidays/gift-ideas/g90th-birthday-gifts/",
        "40 Best 90th Birthday Gifts for Grandma in 2026 - Good Housekeeping",
        "birthday",
    ),
    day("4 21:30"),
    *forum(),
    day("5 06:05"),
    *mail(),
    *paper(),
    day("5 16:10"),
    search(GOOGLE, "dishwasher drain hose clogged how to check", "dishwasher"),
    (
        "click",
        "https://www.familyhandyman.com/project/how-to-unclog-a-dishwasher-drain/",
        "How to Unclog a Dishwasher Drain | Family Handyman",
        "dishwasher",
    ),
    search(GOOGLE, "bosch dishwasher warranty claim", "dishwasher"),
    (
        "via",
        "https://www.bosch-home.com/us/support/warranty",
        "Warranty Information | Bosch Home Appliances",
        "dishwasher",
    ),
    search(GOOGLE, "piano movers minneapolis cost", "piano"),
    (
        "click",
        "https://www.mnpianomovers.com/rates",
        "Rates - Minnesota Piano Movers",
        "piano",
    ),
    search(GOOGLE, "how to move a piano up stairs", "piano"),
    (
        "click",
        f"{YT}/watch?v=Pm3uYw9bT0s",
        "Moving an Upright Piano Up a Flight of Stairs - YouTube",
        "piano",
    ),
    day("5 20:50"),
    *podcasts(),
    day("6 09:30"),
    *mail(),
    search(GOOGLE, "family reunion t shirts custom", "reunion"),
    (
        "click",
        "https://www.customink.com/products/categories/family-reunion-shirts/",
        "Family Reunion T-Shirts - Custom Ink",
        "reunion",
    ),
    search(GOOGLE, "potluck sign up sheet", "reunion"),
    (
        "click",
        "https://www.signupgenius.com/go/potluck",
        "Potluck Sign Up Sheet - Free Online Sign Ups | SignUpGenius",
        "reunion",
    ),
    search(GOOGLE, "insurance adjuster roof inspection what to expect", "roof"),
    (
        "via",
        "https://www.nerdwallet.com/article/insurance/roof-insurance-adjuster",
        "What to Expect When an Insurance Adjuster Inspects Your Roof - NerdWallet",
        "roof",
    ),
    day("6 14:00"),
    *video(),
    (
        "click",
        f"{YT}/watch?v=Lk9wQ2aB7xE",
        "Minnesota Twins vs Chicago White Sox Highlights - YouTube",
        None,
    ),
    day("6 20:15"),
    search(DDG, "personalized photo book for 90th birthday", "birthday"),
    (
        "click",
        "https://www.shutterfly.com/photo-books/",
        "Photo Books | Create Custom Photo Albums | Shutterfly",
        "birthday",
    ),
    day("7 10:00"),
    *mail(),
    *forum(),
    search(GOOGLE, "yamaha u1 serial number year", "piano"),
    (
        "click",
        "https://www.yamaha.com/us/pianos/serial-numbers.html",
        "Yamaha Piano Serial Numbers | Yamaha",
        "piano",
    ),
    (
        "goto",
        f"{CL}/hnp/msg/d/edina-yamaha-u1-upright-piano-1989/7801122334.html",
        "Yamaha U1 upright piano 1989 - musical instruments - by owner - craigslist",
        "piano",
    ),
    day("7 15:30"),
    search(GOOGLE, "lawn games for family reunion all ages", "reunion"),
    (
        "click",
        "https://www.thespruce.com/outdoor-lawn-games-for-adults-and-kids-5199012",
        "30 Outdoor Lawn Games for Adults and Kids | The Spruce",
        "reunion",
    ),
    (
        "goto",
        f"{VR}/4412876",
        "Gull Lake Lodge - 7 BR Lakefront Cabin, Sleeps 22 | Vrbo",
        "reunion",
    ),
    day("8 06:00"),
    *mail(),
    *paper(),
    day("8 12:10"),
    search(BING, "titration lab report rubric high school", "lab"),
    (
        "click",
        "https://www.teacherspayteachers.com/Product/Titration-Lab-Report-Rubric-4412345",
        "Titration Lab Report Rubric | Teachers Pay Teachers",
        "lab",
    ),
    search(BING, "lake water sample ph test classroom", None),
    (
        "click",
        "https://www.pca.state.mn.us/water/lake-monitoring",
        "Lake Monitoring | Minnesota Pollution Control Agency",
        None,
    ),
    day("8 18:20"),
    search(GOOGLE, "appliance repair near me bosch authorized", "dishwasher"),
    (
        "click",
        "https://www.yelp.com/search?find_desc=Bosch+Appliance+Repair&find_loc=Minneapolis%2C+MN",
        "Top 10 Best Bosch Appliance Repair near Minneapolis, MN - Yelp",
        "dishwasher",
    ),
    search(GOOGLE, "roof replacement cost per square minnesota", "roof"),
    (
        "click",
        "https://www.homeguide.com/costs/roof-replacement-cost",
        "2026 Roof Replacement Cost | New Roof Cost Per Square Foot - HomeGuide",
        "roof",
    ),
    (
        "goto",
        f"{HD}/s/roof%20tarp",
        "Roof Tarp - The Home Depot",
        "roof",
    ),
    day("8 21:40"),
    *video(),
    day("9 06:10"),
    *mail(),
    day("9 16:00"),
    search(GOOGLE, "90th birthday card message for grandmother", "birthday"),
    (
        "click",
        "https://www.hallmark.com/ideas/birthday/90th-birthday-wishes/",
        "90th Birthday Wishes: What to Write in a 90th Birthday Card | Hallmark Ideas",
        "birthday",
    ),
    (
        "goto",
        f"{AZ}/s?k=90th+birthday+decorations",
        "Amazon.com : 90th birthday decorations",
        "birthday",
    ),
    search(GOOGLE, "piano tuning after moving how long to wait", "piano"),
    (
        "click",
        "https://www.ptg.org/piano-care/tuning-after-a-move",
        "Tuning After a Move | Piano Technicians Guild",
        "piano",
    ),
    day("9 20:30"),
    *podcasts(),
    *forum(),
    day("10 07:00"),
    *mail(),
    *paper(),
    day("10 11:30"),
    search(GOOGLE, "how long does a roof insurance claim take", "roof"),
    (
        "click",
        "https://www.forbes.com/advisor/homeowners-insurance/roof-claim-timeline/",
        "How Long Does A Roof Insurance Claim Take? – Forbes Advisor",
        "roof",
    ),
    search(GOOGLE, "gull lake brainerd things to do with kids", "reunion"),
    (
        "click",
        "https://www.explorebrainerdlakes.com/things-to-do/family-fun/",
        "Family Fun in the Brainerd Lakes Area | Explore Brainerd Lakes",
        "reunion",
    ),
]
