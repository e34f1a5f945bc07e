"""An accountant's week in Denver: training for a first marathon, a used electric car to
buy, a son's college applications, a cat adopted from a shelter, a credit card charge to
dispute, and a kitchen backsplash to tile. Habits: mail, the local paper, video, a forum,
a banking site's front page. Written at the end of the eleventh session, after all of its
changes, and scored before any change for it: words shared across tasks ("charge" for the
disputed card charge and the car's home charging, "training" for the marathon and the
cat's litter box, "application" for the colleges and the dispute's form), searches on
Google and Bing, in-site searches (Reddit, YouTube, a car listing site), tabs from
results.
Used by make_week_history.py (``week13``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, search

YT = "https://www.youtube.com"
RD = "https://www.reddit.com"
CG = "https://www.cargurus.com"
CA = "https://www.commonapp.org"
HD = "https://www.homedepot.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.yahoo.com/d/folders/1", "Inbox - Yahoo Mail", None)]


def paper() -> list[Step]:
    return [
        (
            "goto",
            "https://www.denverpost.com/",
            "The Denver Post: Denver, Colorado News, Politics, Weather, Sports",
            None,
        )
    ]


def video() -> list[Step]:
    return [("goto", f"{YT}/", "YouTube", None)]


def forum() -> list[Step]:
    return [("goto", f"{RD}/", "Reddit - Dive into anything", None)]


def bank() -> list[Step]:
    return [("goto", "https://www.chase.com/", "Credit Card, Mortgage, Banking | Chase.com", None)]


STEPS: list[Step] = [
    day("1 06:20"),
    *mail(),
    *paper(),
    day("1 12:10"),
    search(GOOGLE, "16 week marathon training plan beginner", "marathon"),
    (
        "via",
        "https://www.halhigdon.com/training-programs/marathon-training/novice-1-marathon/",
        "Novice 1 Marathon Training Program | Hal Higdon",
        "marathon",
    ),
    (
        "tab",
        "https://www.runnersworld.com/training/a20807296/marathon-training-for-beginners/",
        "Marathon Training for Beginners - Runner's World",
        "marathon",
    ),
    ("close", "", "", "marathon"),
    *bank(),
    (
        "click",
        "https://www.chase.com/personal/credit-cards/card-resource-center/dispute-a-charge",
        "How to Dispute a Credit Card Charge | Chase",
        "dispute",
    ),
    search(GOOGLE, "merchant charged twice refused refund dispute chase", "dispute"),
    (
        "click",
        "https://www.consumerfinance.gov/ask-cfpb/how-do-i-dispute-a-charge-on-my-credit-card-bill-en-61/",
        "How do I dispute a charge on my credit card bill? | CFPB",
        "dispute",
    ),
    day("1 19:45"),
    search(BING, "used chevy bolt 2022 battery replaced", "ev"),
    (
        "click",
        f"{CG}/Cars/l-Used-Chevrolet-Bolt-EV-d2258",
        "Used Chevrolet Bolt EV for Sale in Denver, CO - CarGurus",
        "ev",
    ),
    (
        "click",
        f"{CG}/Cars/inventorylisting/vdp.action?listingId=381234567",
        "2022 Chevrolet Bolt EV 1LT for sale in Denver, CO - CarGurus",
        "ev",
    ),
    *video(),
    day("2 06:15"),
    *mail(),
    day("2 12:30"),
    search(GOOGLE, "common app essay prompts 2026", "college"),
    (
        "click",
        f"{CA}/blog/2026-2027-common-app-essay-prompts",
        "2026–2027 Common App Essay Prompts | Common App",
        "college",
    ),
    search(GOOGLE, "adopting a cat first week what to buy", "cat"),
    (
        "via",
        "https://www.aspca.org/pet-care/cat-care/new-cat-checklist",
        "New Cat Checklist | ASPCA",
        "cat",
    ),
    day("2 20:10"),
    search(GOOGLE, "level 2 home charger installation cost denver", "ev"),
    (
        "click",
        "https://www.xcelenergy.com/programs_and_rebates/residential_programs_and_rebates/electric_vehicles/home_charging",
        "Home EV Charging | Xcel Energy",
        "ev",
    ),
    search(GOOGLE, "colorado ev tax credit used car", "ev"),
    (
        "click",
        "https://energyoffice.colorado.gov/transportation/grants-incentives/electric-vehicle-tax-credits",
        "Electric Vehicle Tax Credits | Colorado Energy Office",
        "ev",
    ),
    *forum(),
    day("3 06:30"),
    *mail(),
    *paper(),
    day("3 12:20"),
    search(BING, "how to keep a shelter cat from hiding under the bed", "cat"),
    (
        "click",
        "https://www.jacksongalaxy.com/blog/new-cat-hiding/",
        "Why Is My New Cat Hiding? | Jackson Galaxy",
        "cat",
    ),
    search(BING, "long run pace vs marathon pace", "marathon"),
    (
        "click",
        "https://www.runnersworld.com/training/a20841154/long-run-pace/",
        "How Fast Should Your Long Runs Be? | Runner's World",
        "marathon",
    ),
    day("3 19:30"),
    search(GOOGLE, "subway tile backsplash layout how to start", "tile"),
    (
        "via",
        "https://www.familyhandyman.com/project/how-to-install-a-subway-tile-backsplash/",
        "How to Install a Subway Tile Backsplash | Family Handyman",
        "tile",
    ),
    (
        "goto",
        f"{HD}/s/subway%20tile%20white",
        "Subway Tile White - The Home Depot",
        "tile",
    ),
    (
        "click",
        f"{HD}/p/Daltile-Restore-Bright-White-3-in-x-6-in-Ceramic-Wall-Tile/202623374",
        "Daltile Restore Bright White 3 in. x 6 in. Ceramic Wall Tile - The Home Depot",
        "tile",
    ),
    day("4 06:10"),
    *mail(),
    day("4 12:40"),
    search(GOOGLE, "university of colorado boulder application deadline", "college"),
    (
        "click",
        "https://www.colorado.edu/admissions/undergraduate/apply/deadlines",
        "Application Deadlines | Undergraduate Admissions | CU Boulder",
        "college",
    ),
    search(GOOGLE, "how many colleges should my son apply to", "college"),
    (
        "click",
        "https://www.collegeessayguy.com/blog/how-many-colleges-should-i-apply-to",
        "How Many Colleges Should I Apply To? | College Essay Guy",
        "college",
    ),
    *bank(),
    search(GOOGLE, "credit card dispute form what evidence to include", "dispute"),
    (
        "click",
        "https://www.nerdwallet.com/article/credit-cards/credit-card-dispute-evidence",
        "What Evidence to Include in a Credit Card Dispute - NerdWallet",
        "dispute",
    ),
    day("4 20:00"),
    (
        "goto",
        f"{YT}/results?search_query=tile+backsplash+around+outlets",
        "tile backsplash around outlets - YouTube",
        "tile",
    ),
    (
        "click",
        f"{YT}/watch?v=Bv4tH2mX9qE",
        "How to Tile Around Outlets - Backsplash Tips - YouTube",
        "tile",
    ),
    day("5 06:20"),
    *mail(),
    *paper(),
    day("5 12:15"),
    search(GOOGLE, "litter box training adult cat peeing outside box", "cat"),
    (
        "click",
        "https://www.humanesociety.org/resources/litter-box-problems",
        "Litter Box Problems | The Humane Society of the United States",
        "cat",
    ),
    search(GOOGLE, "marathon fueling gels how many", "marathon"),
    (
        "click",
        "https://www.trainingpeaks.com/blog/marathon-fueling-strategy/",
        "Your Marathon Fueling Strategy | TrainingPeaks",
        "marathon",
    ),
    day("5 19:40"),
    search(BING, "chevy bolt vs nissan leaf used reliability", "ev"),
    (
        "click",
        f"{RD}/r/electricvehicles/comments/1d2e3f/used_bolt_vs_leaf/",
        "Used Bolt vs Leaf? : r/electricvehicles",
        "ev",
    ),
    (
        "goto",
        f"{CG}/Cars/inventorylisting/vdp.action?listingId=381234567",
        "2022 Chevrolet Bolt EV 1LT for sale in Denver, CO - CarGurus",
        "ev",
    ),
    *video(),
    day("6 09:00"),
    *mail(),
    search(GOOGLE, "grout color for white subway tile", "tile"),
    (
        "click",
        "https://www.thespruce.com/grout-colors-for-white-subway-tile-4157437",
        "Best Grout Colors for White Subway Tile | The Spruce",
        "tile",
    ),
    search(GOOGLE, "common app activities list tips", "college"),
    (
        "click",
        f"{CA}/blog/activities-section-tips",
        "Tips for the Common App Activities Section | Common App",
        "college",
    ),
    day("6 16:30"),
    *forum(),
    search(GOOGLE, "20 mile long run how to prepare", "marathon"),
    (
        "click",
        "https://www.marathonhandbook.com/20-mile-run/",
        "How to Prepare for Your 20 Mile Long Run | Marathon Handbook",
        "marathon",
    ),
    day("7 07:00"),
    *mail(),
    *bank(),
    search(GOOGLE, "how long does a credit card dispute take chase", "dispute"),
    (
        "click",
        "https://www.wallethub.com/answers/cc/how-long-does-chase-dispute-take-2140123456/",
        "How Long Does a Chase Dispute Take? - WalletHub",
        "dispute",
    ),
    search(GOOGLE, "cat scratching couch deterrent", "cat"),
    (
        "click",
        f"{RD}/r/CatAdvice/comments/1f5g6h/how_to_stop_new_cat_scratching_couch/",
        "How to stop new cat scratching couch? : r/CatAdvice",
        "cat",
    ),
    search(GOOGLE, "pre purchase inspection used ev denver", "ev"),
    (
        "click",
        "https://www.yelp.com/search?find_desc=EV+Pre+Purchase+Inspection&find_loc=Denver%2C+CO",
        "Top 10 Best EV Pre Purchase Inspection near Denver, CO - Yelp",
        "ev",
    ),
]
