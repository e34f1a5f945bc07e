"""A chemistry teacher's ten days in Denver, written in the forty-fourth session and scored
before any change for it. A titration lab for her juniors (the procedure, the indicator, a
rubric), her dog's upset stomach (a lab mix vomiting, an emergency vet on a Sunday, a bland
diet), a mortgage refinance (rates, closing costs, a cash-out refinance or a HELOC), a ski
weekend in Breckenridge that she never books (lift tickets, rentals, I-70 traffic), a
dishwasher bought and installed (a Bosch 300 or 500, the installer), and chess openings she
learns in the evenings. Between them she reads The Denver Post, Gmail and Reddit, and opens
YouTube. Searches go to Google and Bing.
Used by make_week_history.py (``week158``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "megan.alvarez.chem@gmail.com"
HD = "https://www.homedepot.com/p"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (6) - {ADDRESS} - Gmail", None)]


def post() -> list[Step]:
    return [
        (
            "goto",
            "https://www.denverpost.com/",
            "The Denver Post: Colorado breaking news, sports, business, weather",
            None,
        )
    ]


def reddit() -> list[Step]:
    return [("goto", "https://www.reddit.com/", "Reddit - Dive into anything", None)]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


STEPS: list[Step] = [
    day("1 06:45"),
    *post(),
    *mail(),
    search(GOOGLE, "acid base titration lab high school procedure naoh hcl", "titration"),
    page(
        "https://www.flinnsci.com/api/library/Download/titration-lab-procedure",
        "Acid-Base Titration Lab | Flinn Scientific",
        "titration",
    ),
    page(
        "https://chem.libretexts.org/Ancillary_Materials/Laboratory_Experiments/Titration",
        "Titration of a Strong Acid with a Strong Base - Chemistry LibreTexts",
        "titration",
    ),
    day("1 19:30"),
    *reddit(),
    search(GOOGLE, "dog vomiting yellow foam in the morning", "dog"),
    page(
        "https://www.akc.org/expert-advice/health/dog-vomiting-yellow-bile/",
        "Why Is My Dog Throwing Up Yellow Bile? - American Kennel Club",
        "dog",
    ),
    search(BING, "current mortgage refinance rates colorado 30 year fixed", "refinance"),
    page(
        "https://www.bankrate.com/mortgages/refinance-rates/colorado/",
        "Colorado Refinance Rates Today | Bankrate",
        "refinance",
    ),
    page(
        "https://www.nerdwallet.com/mortgages/refinance-rates/colorado",
        "Colorado Mortgage Refinance Rates | NerdWallet",
        "refinance",
    ),
    day("2 07:10"),
    *post(),
    search(GOOGLE, "bosch 300 vs 500 dishwasher difference", "dishwasher"),
    page(
        "https://www.yaleappliance.com/blog/bosch-300-vs-500-vs-800-series-dishwashers",
        "Bosch 300 vs 500 vs 800 Series Dishwashers (2027 Review) | Yale Appliance",
        "dishwasher",
    ),
    *tab(
        f"{HD}/Bosch-500-Series-24-in-Stainless-Steel-SHP65CM5N/330512456",
        "Bosch 500 Series 24 in. Top Control Dishwasher SHP65CM5N - The Home Depot",
        "dishwasher",
    ),
    day("2 20:15"),
    *youtube(),
    search(GOOGLE, "london system chess opening for beginners", "chess"),
    page(
        "https://www.chess.com/article/view/london-system",
        "The London System - Chess Openings - Chess.com",
        "chess",
    ),
    page(
        "https://www.youtube.com/watch?v=lnd0nSys1a2",
        "Learn the London System in 15 Minutes - YouTube",
        "chess",
        action="goto",
    ),
    search(GOOGLE, "lab mix threw up again after eating grass not eating", "dog"),
    page(
        "https://www.petmd.com/dog/symptoms/dog-vomiting",
        "Dog Vomiting: Causes and When to Worry | PetMD",
        "dog",
    ),
    day("3 12:05"),
    *mail(),
    search(BING, "breckenridge lift tickets march epic day pass price", "ski"),
    page(
        "https://www.epicpass.com/passes/epic-day-pass.aspx",
        "Epic Day Pass | Epic Pass",
        "ski",
    ),
    page(
        "https://www.breckenridge.com/plan-your-trip/lift-access/tickets.aspx",
        "Lift Tickets | Breckenridge Ski Resort",
        "ski",
    ),
    search(GOOGLE, "titration lab report rubric chemistry grading", "titration"),
    page(
        "https://www.teacherspayteachers.com/Product/Titration-Lab-Report-Rubric-8812345",
        "Titration Lab Report Rubric | Teachers Pay Teachers",
        "titration",
    ),
    day("3 21:40"),
    *reddit(),
    search(GOOGLE, "refinance closing costs worth it break even calculator", "refinance"),
    page(
        "https://www.bankrate.com/mortgages/refinance-break-even-calculator/",
        "Mortgage Refinance Break-Even Calculator | Bankrate",
        "refinance",
    ),
    day("4 16:20"),
    search(GOOGLE, "dishwasher installation cost denver replace existing", "dishwasher"),
    page(
        "https://www.homeguide.com/costs/dishwasher-installation-cost",
        "2027 Dishwasher Installation Cost | Replacement & Install Prices",
        "dishwasher",
    ),
    page(
        "https://www.angi.com/companylist/us/co/denver/appliance-installation.htm",
        "Top 10 Appliance Installers in Denver, CO | Angi",
        "dishwasher",
    ),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e41c77a0b9",
        "1832710550023",
        "Your Home Depot order #WD21877345 has been received",
        "dishwasher",
    ),
    day("5 09:30"),
    *post(),
    search(GOOGLE, "emergency vet denver open sunday", "dog"),
    page(
        "https://vcahospitals.com/alameda-east",
        "VCA Alameda East Veterinary Hospital | Denver 24/7 Emergency",
        "dog",
    ),
    *tab(
        "https://www.google.com/maps/search/emergency+vet+denver",
        "emergency vet denver - Google Maps",
        "dog",
    ),
    day("5 18:00"),
    search(GOOGLE, "bland diet for dogs chicken and rice how much per pound", "dog"),
    page(
        "https://www.akc.org/expert-advice/nutrition/chicken-and-rice-for-dogs/",
        "Chicken and Rice for Dogs: How Much and How to Make It - AKC",
        "dog",
    ),
    *youtube(),
    search(BING, "queens gambit declined simple plan for black", "chess"),
    page(
        "https://lichess.org/study/qgd-basics",
        "Queen's Gambit Declined: the basics • lichess.org",
        "chess",
    ),
    day("6 10:45"),
    *mail(),
    search(GOOGLE, "ski rental breckenridge vs denver cheaper", "ski"),
    page(
        "https://www.skirentalsbreckenridge.com/prices",
        "Ski Rental Prices | Breckenridge Ski Rentals",
        "ski",
    ),
    page(
        "https://www.reddit.com/r/COsnow/comments/1ab2cd3/rent_skis_in_denver_or_at_the_mountain/",
        "Rent skis in Denver or at the mountain? : r/COsnow",
        "ski",
    ),
    search(GOOGLE, "cash out refinance vs heloc for kitchen remodel", "refinance"),
    page(
        "https://www.nerdwallet.com/article/mortgages/cash-out-refinance-vs-heloc",
        "Cash-Out Refinance vs. HELOC: Which Is Better? - NerdWallet",
        "refinance",
    ),
    day("7 07:00"),
    *post(),
    search(GOOGLE, "phenolphthalein vs bromothymol blue indicator titration endpoint", "titration"),
    page(
        "https://www.chemguide.co.uk/physical/acidbaseeqia/indicators.html",
        "acid-base indicators - chemguide",
        "titration",
    ),
    search(BING, "phet acid base solutions simulation worksheet", "titration"),
    page(
        "https://phet.colorado.edu/en/simulations/acid-base-solutions",
        "Acid-Base Solutions - PhET Interactive Simulations",
        "titration",
    ),
    day("7 20:30"),
    *reddit(),
    search(GOOGLE, "i-70 traffic saturday morning ski what time to leave denver", "ski"),
    page(
        "https://www.cotrip.org/travel-alerts",
        "COtrip - Colorado Travel and Traffic Information",
        "ski",
    ),
    search(GOOGLE, "breckenridge lodging under 200 a night march", "ski"),
    page(
        "https://www.vrbo.com/search?destination=Breckenridge%2C%20Colorado",
        "Breckenridge Vacation Rentals | Vrbo",
        "ski",
    ),
    day("8 06:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e41c77a0b9",
        "1832710550061",
        "Your delivery is scheduled: Bosch 500 Series dishwasher, Thursday 8am-12pm",
        "dishwasher",
    ),
    search(GOOGLE, "dog still lethargic day after vomiting stopped", "dog"),
    page(
        "https://www.vetstreet.com/our-pet-experts/lethargy-after-vomiting",
        "Lethargy After Vomiting in Dogs | Vetstreet",
        "dog",
    ),
    day("9 19:10"),
    *youtube(),
    search(GOOGLE, "chess opening repertoire for 1200 rated player", "chess"),
    page(
        "https://www.reddit.com/r/chess/comments/1c9zq8r/opening_repertoire_for_1200/",
        "Opening repertoire for a 1200? : r/chess",
        "chess",
    ),
    *tab(
        "https://lichess.org/practice",
        "Practice • lichess.org",
        "chess",
    ),
    search(BING, "refinance appraisal waiver how to qualify", "refinance"),
    page(
        "https://www.investopedia.com/appraisal-waiver-refinance-5201234",
        "What Is an Appraisal Waiver and How Do You Get One? - Investopedia",
        "refinance",
    ),
    day("10 15:30"),
    *post(),
    search(GOOGLE, "bosch dishwasher first use rinse aid setting hard water denver", "dishwasher"),
    page(
        "https://www.bosch-home.com/us/experience-bosch/dishwasher-first-use",
        "Using your Bosch dishwasher for the first time | Bosch",
        "dishwasher",
    ),
    search(GOOGLE, "titration lab common student errors burette reading", "titration"),
    page(
        "https://www.chemistryworld.com/education/common-titration-mistakes/4012345.article",
        "Common titration mistakes students make | Chemistry World",
        "titration",
    ),
]
