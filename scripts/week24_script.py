"""A pharmacist's ten days in Atlanta: continuing-education credits for the licence renewal,
a used hybrid SUV, an anniversary weekend in Savannah, a son's ADHD evaluation, a backyard
chicken coop, and chess learned online. Habits: mail, CNN, ESPN, a forum, video. Written
at the end of the fourteenth session, after all of its changes, and scored with the final
code before any change for it: two tasks often in one sitting, the person's own city in
several tasks ("atlanta"), words shared across tasks ("credits" for the licence and the
car's tax credit, "hybrid" for the car and a work schedule, "coop" and "co-op", "test"
for the evaluation and the car's drive, "opening" of chess and of a pharmacy), side steps
that name no task ("diatomaceous earth", "carfax vs autocheck", "parent rating scale
vanderbilt"), searches on Google and Bing, tabs from results. Used by
make_week_history.py (``week24``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, forum, search, video_home


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            "Inbox (9) - marcus.bell.rph@example.com - Gmail",
            None,
        )
    ]


def cnn() -> list[Step]:
    return [("goto", "https://www.cnn.com/", "CNN: Breaking News, Latest News and Videos", None)]


def espn() -> list[Step]:
    return [
        ("goto", "https://www.espn.com/", "ESPN - Serving Sports Fans. Anytime. Anywhere.", None)
    ]


STEPS: list[Step] = [
    day("1 06:40"),
    *mail(),
    *cnn(),
    day("1 13:10"),
    search(GOOGLE, "georgia pharmacist license renewal ce requirements 2026", "ce"),
    (
        "via",
        "https://gbp.georgia.gov/licensure/renewals",
        "License Renewals | Georgia Board of Pharmacy",
        "ce",
    ),
    search(GOOGLE, "free acpe ce credits immunization", "ce"),
    (
        "click",
        "https://www.pharmacytimes.org/ce-activities?topic=immunization",
        "Immunization CE Activities | Pharmacy Times Continuing Education",
        "ce",
    ),
    day("1 20:30"),
    search(BING, "used rav4 hybrid 2021 price atlanta", "car"),
    (
        "click",
        "https://www.cargurus.com/Cars/l-Used-Toyota-RAV4-Hybrid-Atlanta-d2929",
        "Used Toyota RAV4 Hybrid for Sale in Atlanta, GA - CarGurus",
        "car",
    ),
    search(BING, "rav4 hybrid vs cr-v hybrid reliability", "car"),
    (
        "click",
        "https://www.caranddriver.com/shopping-advice/a39412237/toyota-rav4-hybrid-vs-honda-cr-v-hybrid/",
        "Toyota RAV4 Hybrid vs. Honda CR-V Hybrid: Which Is Better? | Car and Driver",
        "car",
    ),
    (
        "tab",
        "https://www.consumerreports.org/cars/toyota/rav4-hybrid/2021/reliability/",
        "2021 Toyota RAV4 Hybrid Reliability - Consumer Reports",
        "car",
    ),
    ("close", "", "", "car"),
    *espn(),
    day("2 06:45"),
    *mail(),
    day("2 12:40"),
    search(GOOGLE, "adhd evaluation child atlanta pediatric psychologist", "adhd"),
    (
        "via",
        "https://www.choa.org/medical-services/neurology/adhd",
        "ADHD Evaluation and Treatment | Children's Healthcare of Atlanta",
        "adhd",
    ),
    search(GOOGLE, "parent rating scale vanderbilt", "adhd"),
    (
        "click",
        "https://www.aap.org/vanderbilt-assessment-scales",
        "NICHQ Vanderbilt Assessment Scales | AAP",
        "adhd",
    ),
    day("2 19:50"),
    search(GOOGLE, "backyard chicken coop plans 6 hens", "chickens"),
    (
        "via",
        "https://www.backyardchickens.com/articles/categories/coop-designs.19/",
        "Chicken Coop Designs | BackYard Chickens - Learn How to Raise Chickens",
        "chickens",
    ),
    search(GOOGLE, "atlanta city ordinance backyard chickens", "chickens"),
    (
        "click",
        "https://library.municode.com/ga/atlanta/codes/code_of_ordinances?nodeId=PTIICOORANDECO_CH18AN",
        "Chapter 18 - ANIMALS | Code of Ordinances | Atlanta, GA | Municode Library",
        "chickens",
    ),
    *video_home(),
    day("3 06:40"),
    *mail(),
    *cnn(),
    day("3 13:00"),
    search(BING, "savannah anniversary weekend bed and breakfast historic district", "savannah"),
    (
        "click",
        "https://www.tripadvisor.com/Hotels-g60814-c2-Savannah_Georgia-Hotels.html",
        "THE 10 BEST Savannah Bed and Breakfasts 2026 - Tripadvisor",
        "savannah",
    ),
    search(BING, "best romantic restaurants savannah ga", "savannah"),
    (
        "click",
        "https://www.visitsavannah.com/restaurants/romantic-dining",
        "Romantic Restaurants in Savannah | Visit Savannah",
        "savannah",
    ),
    day("3 21:15"),
    search(GOOGLE, "chess openings for beginners", "chess"),
    (
        "via",
        "https://www.chess.com/article/view/chess-openings-for-beginners",
        "The Best Chess Openings For Beginners - Chess.com",
        "chess",
    ),
    search(GOOGLE, "italian game vs london system", "chess"),
    (
        "click",
        "https://www.chess.com/forum/view/chess-openings/italian-game-vs-london-system",
        "Italian Game vs London System - Chess Forums - Chess.com",
        "chess",
    ),
    day("4 06:50"),
    *mail(),
    day("4 12:50"),
    search(GOOGLE, "pharmacy law ce georgia 2 hours required", "ce"),
    (
        "click",
        "https://www.freece.com/pharmacists/georgia-pharmacy-law",
        "Georgia Pharmacy Law CE for Pharmacists | FreeCE",
        "ce",
    ),
    search(GOOGLE, "carfax vs autocheck", "car"),
    (
        "click",
        "https://www.edmunds.com/car-buying/carfax-vs-autocheck.html",
        "Carfax vs. AutoCheck: Which Vehicle History Report Is Better? | Edmunds",
        "car",
    ),
    search(GOOGLE, "federal tax credit used hybrid 2026", "car"),
    (
        "via",
        "https://www.irs.gov/credits-deductions/used-clean-vehicle-credit",
        "Used Clean Vehicles Credit | Internal Revenue Service",
        "car",
    ),
    day("4 20:00"),
    search(BING, "diatomaceous earth", "chickens"),
    (
        "click",
        "https://www.tractorsupply.com/tsc/product/diatomaceous-earth-food-grade",
        "Food Grade Diatomaceous Earth, 10 lb. at Tractor Supply Co.",
        "chickens",
    ),
    search(BING, "best chicken breeds for beginners heat tolerant", "chickens"),
    (
        "click",
        "https://www.mypetchicken.com/backyard-chickens/chicken-help/best-breeds-hot-climates",
        "Best Chicken Breeds for Hot Climates | My Pet Chicken",
        "chickens",
    ),
    *forum(),
    day("5 06:45"),
    *mail(),
    *cnn(),
    day("5 12:30"),
    search(GOOGLE, "adhd medication shortage stimulant 2026 alternatives", "adhd"),
    (
        "via",
        "https://www.fda.gov/drugs/drug-shortages/adhd-stimulant-shortage",
        "ADHD Stimulant Shortage Update | FDA",
        "adhd",
    ),
    search(GOOGLE, "504 plan vs iep adhd georgia school", "adhd"),
    (
        "click",
        "https://www.understood.org/en/articles/the-difference-between-ieps-and-504-plans",
        "The Difference Between IEPs and 504 Plans | Understood",
        "adhd",
    ),
    day("5 19:30"),
    search(BING, "toyota dealer test drive rav4 hybrid marietta", "car"),
    (
        "click",
        "https://www.toyotaofmarietta.com/used-inventory/rav4-hybrid",
        "Used RAV4 Hybrid Inventory | Toyota of Marietta",
        "car",
    ),
    *espn(),
    day("6 08:30"),
    *mail(),
    day("6 10:15"),
    search(GOOGLE, "chicken coop kit vs build yourself cost", "chickens"),
    (
        "via",
        "https://www.thespruce.com/chicken-coop-kit-vs-diy-cost",
        "Chicken Coop Kit vs. DIY: Costs Compared | The Spruce",
        "chickens",
    ),
    search(GOOGLE, "hardware cloth vs chicken wire predators", "chickens"),
    (
        "click",
        "https://www.backyardchickens.com/threads/hardware-cloth-vs-chicken-wire.1485123/",
        "Hardware cloth vs chicken wire | BackYard Chickens - Learn How to Raise Chickens",
        "chickens",
    ),
    day("6 16:40"),
    search(GOOGLE, "savannah ghost tour couples", "savannah"),
    (
        "click",
        "https://www.ghostcitytours.com/savannah/",
        "Savannah Ghost Tours | Ghost City Tours",
        "savannah",
    ),
    search(GOOGLE, "drive atlanta to savannah stops", "savannah"),
    day("6 21:00"),
    search(GOOGLE, "how to stop blundering pieces chess", "chess"),
    (
        "via",
        "https://www.youtube.com/watch?v=4pVmTvaFqC8",
        "How To STOP Blundering In Chess - YouTube",
        "chess",
    ),
    day("7 06:40"),
    *mail(),
    *cnn(),
    day("7 13:05"),
    search(BING, "immunization delivery certificate pharmacist apha", "ce"),
    (
        "click",
        "https://www.pharmacist.com/Education/Certificate-Training-Programs/Immunization",
        "Pharmacy-Based Immunization Delivery | APhA",
        "ce",
    ),
    (
        "tab",
        "https://www.pharmacist.com/Store/Cart",
        "Shopping Cart | APhA",
        "ce",
    ),
    ("close", "", "", "ce"),
    day("7 20:20"),
    search(GOOGLE, "pre purchase inspection used car atlanta cost", "car"),
    (
        "click",
        "https://www.yourmechanic.com/services/pre-purchase-car-inspection/atlanta-ga",
        "Pre-Purchase Car Inspection in Atlanta, GA | YourMechanic",
        "car",
    ),
    search(GOOGLE, "rav4 hybrid 12v battery problems", "car"),
    day("8 06:50"),
    *mail(),
    day("8 12:35"),
    search(GOOGLE, "what to expect adhd evaluation 9 year old", "adhd"),
    (
        "via",
        "https://childmind.org/article/what-to-expect-adhd-evaluation/",
        "What to Expect From an ADHD Evaluation | Child Mind Institute",
        "adhd",
    ),
    day("8 20:10"),
    search(BING, "chess puzzles daily rating improve", "chess"),
    (
        "click",
        "https://lichess.org/training",
        "Puzzles - lichess.org",
        "chess",
    ),
    *video_home(),
    day("9 07:30"),
    *mail(),
    *cnn(),
    day("9 11:00"),
    search(GOOGLE, "savannah bed and breakfast gastonian vs kehoe house", "savannah"),
    (
        "via",
        "https://www.tripadvisor.com/ShowTopic-g60814-i141-k123456-Gastonian_vs_Kehoe_House.html",
        "Gastonian vs Kehoe House - Savannah Forum - Tripadvisor",
        "savannah",
    ),
    search(GOOGLE, "forsyth park farmers market saturday hours", "savannah"),
    day("9 15:30"),
    search(GOOGLE, "chicken run size per hen square feet", "chickens"),
    (
        "click",
        "https://www.backyardchickens.com/articles/how-much-space-do-chickens-need.66502/",
        "How Much Space Do Chickens Need? | BackYard Chickens",
        "chickens",
    ),
    day("10 06:45"),
    *mail(),
    day("10 12:45"),
    search(GOOGLE, "georgia board of pharmacy renewal late fee", "ce"),
    (
        "via",
        "https://gbp.georgia.gov/licensure/renewals/late-renewal",
        "Late Renewal | Georgia Board of Pharmacy",
        "ce",
    ),
    day("10 19:00"),
    search(BING, "rav4 hybrid out the door price negotiation", "car"),
    (
        "click",
        "https://www.reddit.com/r/rav4prime/comments/z1q9x8/out_the_door_price_negotiation/",
        "Out the door price negotiation tips? : r/rav4prime",
        "car",
    ),
    *espn(),
]
