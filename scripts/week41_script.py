"""A florist's ten days in Portland, Oregon, written at the end of the twentieth session,
after all of its changes, and scored before any change for it: Mother's Day stock ordered
from a wholesaler, a delivery driver hired, the shop's card payments moved to a new
system, a leaking roof over the shop (whose repair, under a commercial lease), a weekend at
the coast with the dog, quarterly estimated taxes, and a puppy class. Words cross tasks:
"dog" of the trip and the puppy, "delivery" of flowers and a driver, "estimate" of a roof
and of taxes, "lease" of the shop and of a card reader. The payment system's dashboard and
the shop's Instagram are opened every day. Searches go to Google and Bing.
Used by make_week_history.py (``week41``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GMAIL, GOOGLE, Step, day, page, search, tab


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (9) - rosa@example-florist.com - Gmail", None)]


def square() -> list[Step]:
    return [("goto", "https://squareup.com/dashboard/", "Dashboard | Square", None)]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def news() -> list[Step]:
    return [("goto", "https://www.oregonlive.com/", "Oregon Local News - oregonlive.com", None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *square(),
    *insta(),
    day("1 10:00"),
    search(GOOGLE, "wholesale flowers portland mothers day preorder", "stock"),
    page(
        "https://www.floralsupplysyndicate.com/portland",
        "Portland Wholesale Flowers | Floral Supply Syndicate",
        "stock",
    ),
    page(
        "https://www.floralsupplysyndicate.com/portland/preorder",
        "Mother's Day Preorder | Floral Supply Syndicate",
        "stock",
    ),
    search(GOOGLE, "how many roses to order for mothers day small flower shop", "stock"),
    page(
        "https://www.reddit.com/r/florists/comments/1f2g3h/how_much_do_you_order_for_mothers_day/",
        "How much do you order for Mother's Day? : r/florists",
        "stock",
    ),
    day("1 16:30"),
    search(BING, "roof leak commercial building landlord responsibility oregon", "roof"),
    page(
        "https://www.nolo.com/legal-encyclopedia/commercial-lease-repairs-maintenance.html",
        "Commercial Leases: Who Pays for Repairs? | Nolo",
        "roof",
    ),
    page(
        "https://www.oregonlaws.org/ors/90.320",
        "ORS 90.320 - Landlord to maintain premises in habitable condition",
        "roof",
        "tab",
    ),
    ("close", "", "", "roof"),
    day("2 07:35"),
    *mail(),
    *square(),
    *news(),
    day("2 11:00"),
    search(GOOGLE, "square vs shopify pos for flower shop", "pos"),
    *tab(
        "https://www.nerdwallet.com/article/small-business/square-vs-shopify-pos",
        "Square vs. Shopify POS: Which Is Better? - NerdWallet",
        "pos",
    ),
    *tab(
        "https://www.shopify.com/pos/florists",
        "POS System for Florists | Shopify POS",
        "pos",
    ),
    day("2 20:00"),
    search(GOOGLE, "dog friendly hotel cannon beach oceanfront", "coast"),
    page(
        "https://www.surfsandresort.com/dog-friendly-hotel-cannon-beach",
        "Dog-Friendly Hotel in Cannon Beach | Surfsand Resort",
        "coast",
    ),
    page(
        "https://www.tripadvisor.com/Hotels-g51772-zfp10-Cannon_Beach_Oregon-Hotels.html",
        "Pet Friendly Hotels in Cannon Beach - Tripadvisor",
        "coast",
        "tab",
    ),
    ("close", "", "", "coast"),
    day("3 07:30"),
    *mail(),
    *square(),
    *insta(),
    day("3 12:15"),
    search(BING, "hiring delivery driver part time flower shop pay", "driver"),
    page(
        "https://www.indeed.com/hire/job-description/delivery-driver",
        "Delivery Driver Job Description Template | Indeed",
        "driver",
    ),
    page(
        "https://www.indeed.com/hire/post-a-job",
        "Post a Job | Indeed",
        "driver",
    ),
    day("3 17:00"),
    search(GOOGLE, "roofer near me commercial flat roof repair estimate portland", "roof"),
    page(
        "https://www.yelp.com/search?find_desc=Commercial+Roofing&find_loc=Portland%2C+OR",
        "Top 10 Best Commercial Roofing near Portland, OR | Yelp",
        "roof",
    ),
    page(
        "https://www.yelp.com/biz/rose-city-roofing-portland",
        "Rose City Roofing - Portland, OR | Yelp",
        "roof",
    ),
    day("4 07:40"),
    *mail(),
    *square(),
    day("4 10:30"),
    search(GOOGLE, "oregon quarterly estimated tax llc single member", "taxes"),
    page(
        "https://www.oregon.gov/dor/programs/individuals/pages/estimated-tax.aspx",
        "Estimated tax | Oregon Department of Revenue",
        "taxes",
    ),
    page(
        "https://www.irs.gov/businesses/small-businesses-self-employed/estimated-taxes",
        "Estimated Taxes | Internal Revenue Service",
        "taxes",
        "tab",
    ),
    ("close", "", "", "taxes"),
    day("4 19:30"),
    search(GOOGLE, "puppy training classes portland se", "puppy"),
    page(
        "https://www.dovelewis.org/community-programs/puppy-classes",
        "Puppy Classes | DoveLewis",
        "puppy",
    ),
    page(
        "https://www.thedogspot.com/portland/puppy-kindergarten",
        "Puppy Kindergarten | The Dog Spot Portland",
        "puppy",
        "tab",
    ),
    ("close", "", "", "puppy"),
    day("5 07:30"),
    *mail(),
    *square(),
    *insta(),
    day("5 11:00"),
    search(GOOGLE, "shopify pos card reader price lease or buy", "pos"),
    page(
        "https://www.shopify.com/pos/hardware",
        "POS Hardware | Shopify",
        "pos",
    ),
    search(GOOGLE, "move square customer list to shopify", "pos"),
    page(
        "https://help.shopify.com/en/manual/migrating-to-shopify/square",
        "Migrating from Square to Shopify · Shopify Help Center",
        "pos",
    ),
    day("5 15:00"),
    (
        "goto",
        "https://www.floralsupplysyndicate.com/portland/preorder",
        "Mother's Day Preorder | Floral Supply Syndicate",
        "stock",
    ),
    page(
        "https://www.floralsupplysyndicate.com/portland/cart",
        "Cart | Floral Supply Syndicate",
        "stock",
    ),
    page(
        "https://www.floralsupplysyndicate.com/portland/checkout",
        "Checkout | Floral Supply Syndicate",
        "stock",
    ),
    day("6 09:00"),
    *mail(),
    *news(),
    day("6 10:30"),
    search(BING, "cannon beach tide pools haystack rock low tide times", "coast"),
    page(
        "https://www.cannonbeach.org/things-to-do/haystack-rock/",
        "Haystack Rock | Cannon Beach",
        "coast",
    ),
    page(
        "https://tidesandcurrents.noaa.gov/noaatidepredictions.html?id=9437540",
        "Tide Predictions - Garibaldi, OR - NOAA Tides & Currents",
        "coast",
    ),
    day("6 14:00"),
    search(GOOGLE, "how to get a puppy to stop biting 12 weeks", "puppy"),
    page(
        "https://www.akc.org/expert-advice/training/puppy-biting/",
        "How to Stop Puppy Biting | American Kennel Club",
        "puppy",
    ),
    day("7 07:35"),
    *mail(),
    *square(),
    *insta(),
    day("7 12:00"),
    search(BING, "delivery driver background check small business oregon", "driver"),
    page(
        "https://www.oregon.gov/boli/employers/pages/background-checks.aspx",
        "Background checks | Oregon Bureau of Labor and Industries",
        "driver",
    ),
    page(
        "https://www.indeed.com/hire/c/info/interview-questions-for-delivery-drivers",
        "Interview Questions for Delivery Drivers | Indeed",
        "driver",
    ),
    day("7 18:00"),
    search(GOOGLE, "flat roof patch vs replace cost per square foot", "roof"),
    page(
        "https://www.homeadvisor.com/cost/roofing/flat-roof-repair/",
        "2026 Flat Roof Repair Cost | HomeAdvisor",
        "roof",
    ),
    day("8 07:30"),
    *mail(),
    *square(),
    day("8 10:00"),
    search(GOOGLE, "irs direct pay estimated tax payment 1040-es", "taxes"),
    page(
        "https://www.irs.gov/payments/direct-pay",
        "Direct Pay | Internal Revenue Service",
        "taxes",
    ),
    page(
        "https://revenueonline.dor.oregon.gov/tap/_/",
        "Revenue Online | Oregon Department of Revenue",
        "taxes",
        "goto",
    ),
    day("8 20:30"),
    search(GOOGLE, "cannon beach dog friendly restaurants", "coast"),
    page(
        "https://www.bringfido.com/restaurant/city/cannon_beach_or_us/",
        "Dog Friendly Restaurants in Cannon Beach, OR | BringFido",
        "coast",
    ),
    day("9 07:30"),
    *mail(),
    *square(),
    *insta(),
    day("9 11:30"),
    search(GOOGLE, "mothers day flower delivery zones and fees florist", "stock"),
    page(
        "https://www.floristware.com/blog/setting-delivery-fees",
        "How Florists Set Delivery Fees | FloristWare",
        "stock",
    ),
    day("9 16:00"),
    search(GOOGLE, "shopify pos free trial florist setup", "pos"),
    page(
        "https://www.shopify.com/pos/free-trial",
        "Start your free trial | Shopify POS",
        "pos",
    ),
    day("10 07:30"),
    *mail(),
    *square(),
    day("10 13:00"),
    search(GOOGLE, "puppy crying in crate at night first week", "puppy"),
    page(
        "https://www.rover.com/blog/puppy-crying-in-crate/",
        "Puppy Crying in Crate at Night: What to Do | Rover",
        "puppy",
    ),
    day("10 18:30"),
    search(BING, "rose city roofing reviews commercial", "roof"),
    page(
        "https://www.bbb.org/us/or/portland/profile/roofing-contractors/rose-city-roofing",
        "Rose City Roofing | Better Business Bureau Profile",
        "roof",
    ),
]
