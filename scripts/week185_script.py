"""A bakery owner's ten days in Atlanta, written in the fifty-second session and scored
before any change for it: her quarterly estimated taxes, her daughter's braces, an
anniversary weekend in Savannah, a water heater that died, pivot tables for the bakery's
sales, and a stand at a farmers market. Between them she reads CNN, Gmail, YouTube and
Instagram. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week185``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab, video_home

ADDRESS = "tasha.bakes.atl@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def cnn() -> list[Step]:
    return [("goto", "https://www.cnn.com/", "Breaking News, Latest News and Videos | CNN", None)]


def instagram() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


STEPS: list[Step] = [
    day("1 05:40"),
    *cnn(),
    *mail(),
    day("1 13:30"),
    search(GOOGLE, "quarterly estimated tax payment due date january 2027 self employed", "tax"),
    page(
        "https://www.irs.gov/businesses/small-businesses-self-employed/estimated-taxes",
        "Estimated taxes | Internal Revenue Service",
        "tax",
    ),
    page(
        "https://www.irs.gov/forms-pubs/about-form-1040-es",
        "About Form 1040-ES, Estimated Tax for Individuals | Internal Revenue Service",
        "tax",
    ),
    day("1 20:10"),
    *instagram(),
    search(GOOGLE, "invisalign vs metal braces cost for teens", "braces"),
    page(
        "https://www.aao.org/braces-vs-aligners",
        "Braces vs. Clear Aligners | American Association of Orthodontists",
        "braces",
    ),
    day("2 06:00"),
    *cnn(),
    day("2 14:15"),
    search(DDG, "tankless vs tank water heater replacement cost", "heater"),
    page(
        "https://www.homedepot.com/c/ab/tankless-vs-tank-water-heaters/9ba683603be9fa5395fab901a6e4d4b",
        "Tankless vs. Tank Water Heaters - The Home Depot",
        "heater",
    ),
    page(
        "https://www.energy.gov/energysaver/tankless-or-demand-type-water-heaters",
        "Tankless or Demand-Type Water Heaters | Department of Energy",
        "heater",
    ),
    search(DDG, "water heater leaking from bottom replace or repair", "heater"),
    page(
        "https://www.familyhandyman.com/article/water-heater-leaking-from-bottom/",
        "Water Heater Leaking From the Bottom? Here's What to Do | Family Handyman",
        "heater",
    ),
    day("2 21:00"),
    search(GOOGLE, "savannah bed and breakfast historic district anniversary", "savannah"),
    page(
        "https://www.tripadvisor.com/Hotels-g60814-c2-Savannah_Georgia-Hotels.html",
        "THE 10 BEST Savannah Bed and Breakfasts 2027 - Tripadvisor",
        "savannah",
    ),
    page(
        "https://www.thegastonian.com/",
        "The Gastonian | Savannah Historic District Inn",
        "savannah",
    ),
    day("3 09:30"),
    search(GOOGLE, "excel pivot table monthly sales by product", "excel"),
    page(
        "https://support.microsoft.com/en-us/office/create-a-pivottable-to-analyze-worksheet-data-a9a84538-bfe9-40a9-a8e9-f99134456576",
        "Create a PivotTable to analyze worksheet data - Microsoft Support",
        "excel",
    ),
    page(
        "https://exceljet.net/articles/excel-pivot-tables",
        "Excel Pivot Tables | Exceljet",
        "excel",
    ),
    day("3 15:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "8c1d4e5f0a",
        "1852011876230",
        "Your consultation at Peachtree Smiles Orthodontics - Thursday 4:15 PM",
        "braces",
    ),
    search(GOOGLE, "peachtree smiles orthodontics reviews payment plans", "braces"),
    page(
        "https://www.yelp.com/biz/peachtree-smiles-orthodontics-atlanta",
        "Peachtree Smiles Orthodontics - Atlanta, GA - Yelp",
        "braces",
    ),
    day("4 06:10"),
    *video_home(),
    search(GOOGLE, "peachtree road farmers market vendor application bakery", "market"),
    page(
        "https://peachtreeroadfarmersmarket.com/vendors/",
        "Become a Vendor | Peachtree Road Farmers Market",
        "market",
    ),
    day("4 13:00"),
    search(DDG, "rheem vs ao smith gas water heater 50 gallon reliability", "heater"),
    page(
        "https://www.consumerreports.org/appliances/water-heaters/best-water-heaters-a1162470921/",
        "Best Water Heaters of 2027 - Consumer Reports",
        "heater",
    ),
    day("4 20:30"),
    search(GOOGLE, "how to calculate quarterly estimated tax safe harbor 110", "tax"),
    page(
        "https://www.nerdwallet.com/article/taxes/estimated-quarterly-taxes",
        "Estimated Quarterly Taxes: What They Are & How to Pay - NerdWallet",
        "tax",
    ),
    day("5 09:00"),
    *cnn(),
    search(GOOGLE, "excel pivot table group dates by month not working", "excel"),
    page(
        "https://www.ablebits.com/office-addins-blog/excel-pivot-table-group-dates/",
        "How to group dates in Excel pivot table - Ablebits",
        "excel",
    ),
    day("5 16:20"),
    search(GOOGLE, "savannah ghost tour best rated", "savannah"),
    page(
        "https://www.tripadvisor.com/Attractions-g60814-Activities-c42-t210-Savannah_Georgia.html",
        "Ghost & Vampire Tours in Savannah - Tripadvisor",
        "savannah",
    ),
    *tab(
        "https://www.visitsavannah.com/restaurants",
        "Savannah Restaurants | Visit Savannah",
        "savannah",
    ),
    day("6 07:00"),
    *instagram(),
    search(GOOGLE, "georgia cottage food license farmers market baked goods", "market"),
    page(
        "https://agr.georgia.gov/cottage-food-regulations",
        "Cottage Food Regulations | Georgia Department of Agriculture",
        "market",
    ),
    day("6 14:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "8c1d4e5f0a",
        "1852231140987",
        "Quote for 50 gal gas water heater install - Reliable Plumbing ATL",
        "heater",
    ),
    search(DDG, "water heater installation permit atlanta required", "heater"),
    page(
        "https://www.atlantaga.gov/government/departments/city-planning/office-of-buildings/permits",
        "Building Permits | Atlanta, GA",
        "heater",
    ),
    day("7 10:15"),
    search(GOOGLE, "pay estimated taxes online irs direct pay", "tax"),
    page(
        "https://www.irs.gov/payments/direct-pay",
        "Direct Pay | Internal Revenue Service",
        "tax",
    ),
    search(GOOGLE, "georgia estimated tax payment form 500es", "tax"),
    page(
        "https://dor.georgia.gov/individual-estimated-tax-payments",
        "Individual Estimated Tax Payments | Georgia Department of Revenue",
        "tax",
    ),
    day("7 19:40"),
    *video_home(),
    search(GOOGLE, "do braces hurt first week soft foods", "braces"),
    page(
        "https://www.colgate.com/en-us/oral-health/braces-and-orthodontics/what-to-eat-with-braces",
        "What To Eat With Braces | Colgate",
        "braces",
    ),
    day("8 06:30"),
    *cnn(),
    search(GOOGLE, "farmers market booth setup tent weights table display bakery", "market"),
    page(
        "https://www.pinterest.com/ideas/farmers-market-bakery-display/913482637261/",
        "Farmers market bakery display ideas | Pinterest",
        "market",
    ),
    day("8 13:30"),
    search(GOOGLE, "excel slicer pivot table dashboard small business", "excel"),
    page(
        "https://www.youtube.com/watch?v=Zs9mWbS3k2A",
        "Excel Dashboard with Pivot Tables and Slicers - YouTube",
        "excel",
    ),
    day("9 11:00"),
    search(DDG, "drive atlanta to savannah stops on the way", "savannah"),
    page(
        "https://www.roadtrippers.com/trip/atlanta-to-savannah",
        "Atlanta to Savannah Road Trip | Roadtrippers",
        "savannah",
    ),
    day("9 20:45"),
    *instagram(),
    day("10 08:00"),
    *mail(),
    search(GOOGLE, "square reader farmers market offline payments", "market"),
    page(
        "https://squareup.com/us/en/townsquare/farmers-market-payments",
        "How to Take Payments at a Farmers Market | Square",
        "market",
    ),
    day("10 18:30"),
    *video_home(),
]
