"""A delivery driver's ten days in Houston, on his own laptop, written at the end of the
twenty-eighth session, after all of its changes, and scored before any change for it: his
car's transmission slipping, a commercial driver's licence to train for, his flat's lease
renewal with a rent increase, a wisdom tooth out without insurance, his daughter's
quinceañera, and his old console sold. Gmail, ESPN, the Houston Chronicle and Facebook
are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week92``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "marco.delgado.htx@gmail.com"
INBOX = "7d1c9e4b2a"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def espn() -> list[Step]:
    return [
        ("goto", "https://www.espn.com/", "ESPN - Serving Sports Fans. Anytime. Anywhere.", None)
    ]


def paper() -> list[Step]:
    return [
        (
            "goto",
            "https://www.houstonchronicle.com/",
            "Houston Chronicle: Local News, Sports, Business, Entertainment",
            None,
        )
    ]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 07:00"),
    *mail(),
    *espn(),
    day("1 19:30"),
    search(GOOGLE, "transmission slipping when accelerating 2014 honda accord", "car"),
    page(
        "https://www.repairpal.com/honda-accord-transmission-slipping",
        "Honda Accord Transmission Slipping: Causes and Fixes | RepairPal",
        "car",
    ),
    *tab(
        f"{YT}Tx8mS1lP3qR",
        "Honda CVT Slipping? Check This Before You Replace It - YouTube",
        "car",
    ),
    day("1 21:15"),
    *facebook(),
    day("2 07:05"),
    *mail(),
    day("2 18:45"),
    search(BING, "cdl training houston company paid", "cdl"),
    page(
        "https://www.truckingtruth.com/company-sponsored-training/texas",
        "Company-Sponsored CDL Training in Texas | TruckingTruth",
        "cdl",
    ),
    search(BING, "texas cdl permit test practice general knowledge", "cdl"),
    page(
        "https://www.dmv-written-test.com/texas/cdl-general-knowledge.html",
        "Texas CDL General Knowledge Practice Test | DMV Written Test",
        "cdl",
    ),
    day("2 21:00"),
    *paper(),
    day("3 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1857890012345678101",
        "Your lease renewal offer - Westchase Park Apartments",
        "lease",
    ),
    day("3 19:00"),
    search(GOOGLE, "how to negotiate rent increase on lease renewal", "lease"),
    page(
        "https://www.apartmentlist.com/renter-life/negotiate-rent-renewal",
        "How to Negotiate Your Rent at Lease Renewal | Apartment List",
        "lease",
    ),
    search(GOOGLE, "average rent 2 bedroom westchase houston", "lease"),
    page(
        "https://www.zumper.com/rent-research/houston-tx/westchase",
        "Average Rent in Westchase, Houston, TX - Zumper",
        "lease",
    ),
    day("4 07:10"),
    *mail(),
    *espn(),
    day("4 12:30"),
    search(GOOGLE, "wisdom tooth extraction cost without insurance houston", "tooth"),
    page(
        "https://www.carecredit.com/well-u/health-wellness/wisdom-tooth-removal-cost/",
        "How Much Does Wisdom Tooth Removal Cost? | CareCredit",
        "tooth",
    ),
    day("4 19:40"),
    search(GOOGLE, "quinceanera venues houston under 150 guests", "quince"),
    page(
        "https://www.theknot.com/marketplace/quinceanera-venues-houston-tx",
        "Quinceañera Venues in Houston, TX - The Knot",
        "quince",
    ),
    *tab(
        "https://www.pinterest.com/ideas/quinceanera-decorations/",
        "Quinceanera Decorations Ideas | Pinterest",
        "quince",
    ),
    day("5 07:00"),
    *mail(),
    *paper(),
    day("5 18:30"),
    search(BING, "honda cvt fluid change cost vs rebuild", "car"),
    page(
        "https://www.reddit.com/r/Honda/comments/v2n8k4/cvt_fluid_change_or_rebuild_at_120k/",
        "CVT fluid change or rebuild at 120k? : r/Honda",
        "car",
    ),
    day("5 20:30"),
    *facebook(),
    search(GOOGLE, "how much is a used ps5 worth disc edition", "ps5"),
    page(
        "https://www.ebay.com/sch/i.html?_nkw=ps5+disc+edition&LH_Sold=1",
        "ps5 disc edition - sold listings | eBay",
        "ps5",
    ),
    day("6 09:00"),
    *espn(),
    search(BING, "cdl schools near me class a weekend classes", "cdl"),
    page(
        "https://www.160drivingacademy.com/locations/houston-tx/",
        "CDL Training in Houston, TX | 160 Driving Academy",
        "cdl",
    ),
    day("6 14:00"),
    search(GOOGLE, "quinceanera dress shops houston harwin", "quince"),
    page(
        "https://www.yelp.com/search?find_desc=Quinceanera+Dresses&find_loc=Houston%2C+TX",
        "Top 10 Best Quinceanera Dresses near Houston, TX - Yelp",
        "quince",
    ),
    day("7 07:00"),
    *mail(),
    day("7 12:15"),
    search(GOOGLE, "dry socket symptoms after wisdom tooth how to prevent", "tooth"),
    page(
        "https://www.mayoclinic.org/diseases-conditions/dry-socket/symptoms-causes/syc-20376652",
        "Dry socket - Symptoms and causes - Mayo Clinic",
        "tooth",
    ),
    day("7 19:00"),
    search(GOOGLE, "texas tenant rights lease renewal notice how many days", "lease"),
    page(
        "https://www.texaslawhelp.org/article/lease-renewal-and-rent-increases",
        "Lease Renewal and Rent Increases | TexasLawHelp.org",
        "lease",
    ),
    day("8 07:00"),
    *mail(),
    *paper(),
    day("8 18:00"),
    search(BING, "transmission shop houston honest reviews cvt", "car"),
    page(
        "https://www.yelp.com/search?find_desc=Transmission+Repair&find_loc=Houston%2C+TX",
        "Top 10 Best Transmission Repair near Houston, TX - Yelp",
        "car",
    ),
    day("8 20:45"),
    *facebook(),
    search(GOOGLE, "facebook marketplace selling tips avoid scams local pickup", "ps5"),
    page(
        "https://www.facebook.com/help/marketplace/safety",
        "Marketplace Safety Tips | Facebook Help Center",
        "ps5",
    ),
    day("9 07:05"),
    *mail(),
    *espn(),
    day("9 19:30"),
    search(GOOGLE, "quinceanera dj and photographer package houston price", "quince"),
    page(
        "https://www.thumbtack.com/tx/houston/quinceanera-photographers/",
        "Top 10 Quinceañera Photographers in Houston, TX | Thumbtack",
        "quince",
    ),
    day("10 07:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1857890012345678202",
        "Appointment reminder: extraction consult with Dr. Nguyen",
        "tooth",
    ),
    day("10 18:15"),
    search(BING, "dot medical card exam houston cost cdl", "cdl"),
    page(
        "https://www.concentra.com/services/dot-exams/",
        "DOT Physical Exams | Concentra",
        "cdl",
    ),
]
