"""A pharmacist's ten days in a small town in Ohio, written in the twenty-fourth session and
scored before any change for it: his mother's move to assisted living (the costs, a
Medicaid waiver, the first visit), a Medicare Part D question a customer asked at work
(the coverage gap, a formulary), a used pickup truck, a church fish fry to organise, his
deer hunting licence and tags, and water in the basement after a storm. "medicare" and
"medicaid" are in the searches of the mother's move and of the work question, "truck" in
the truck and the fish fry's rental, "license" in the hunting and the truck's title.
Gmail, a county paper, Facebook and the weather are opened most days. Searches go to
Google and Bing.
Used by make_week_history.py (``week65``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "dave.kessler.rph@gmail.com"
INBOX = "c3d4e5f6a7"
ODNR = "https://ohiodnr.gov"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (4) - {ADDRESS} - Gmail", None)]


def paper() -> list[Step]:
    return [("goto", "https://www.times-gazette.com/", "Ashland Times-Gazette: Local News", None)]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 06:00"),
    *mail(),
    *paper(),
    day("1 19:00"),
    search(GOOGLE, "assisted living costs ohio average per month", "mom"),
    page(
        "https://www.seniorliving.org/assisted-living/costs/ohio/",
        "Assisted Living Costs in Ohio (2026) | SeniorLiving.org",
        "mom",
    ),
    page(
        "https://www.brookdaleseniorliving.com/communities/brookdale-ashland/",
        "Brookdale Ashland | Assisted Living in Ashland, OH",
        "mom",
    ),
    day("1 21:00"),
    search(GOOGLE, "used f150 under 25000 near me 4x4", "truck"),
    page(
        "https://www.cargurus.com/Cars/l-Used-Ford-F-150-d337",
        "Used Ford F-150 for Sale Near Me - CarGurus",
        "truck",
    ),
    page(
        "https://www.autotrader.com/cars-for-sale/ford/f-150/ashland-oh",
        "Used Ford F-150 for Sale in Ashland, OH - Autotrader",
        "truck",
    ),
    day("2 06:00"),
    *mail(),
    *facebook(),
    day("2 13:30"),
    search(BING, "medicare part d coverage gap 2026 still exist", "partd"),
    page(
        "https://www.medicare.gov/drug-coverage-part-d/costs-for-medicare-drug-coverage/costs-in-the-coverage-gap",
        "Costs in the coverage gap | Medicare",
        "partd",
    ),
    page(
        "https://www.kff.org/medicare/fact-sheet/an-overview-of-the-medicare-part-d-prescription-drug-benefit/",
        "An Overview of the Medicare Part D Prescription Drug Benefit | KFF",
        "partd",
    ),
    day("2 20:00"),
    search(GOOGLE, "church fish fry how much fish per person 300 people", "fishfry"),
    page(
        "https://www.cooksinfo.com/fish-fry-quantities",
        "Fish Fry Quantities for a Crowd | CooksInfo",
        "fishfry",
    ),
    page(
        "https://www.reddit.com/r/Cooking/comments/q1w2e3/fish_fry_for_300/",
        "Fish fry for 300 people - tips? : r/Cooking",
        "fishfry",
    ),
    day("3 06:00"),
    *mail(),
    *paper(),
    day("3 12:00"),
    search(GOOGLE, "ohio deer hunting license and tag price 2026", "deer"),
    page(
        f"{ODNR}/buy-and-apply/hunting-fishing-boating/hunting-licenses-permits",
        "Hunting Licenses and Permits | Ohio Department of Natural Resources",
        "deer",
    ),
    page(
        "https://www.wildohio.gov/hunting-trapping-and-shooting-sports/hunting-trapping-regulations/deer",
        "Deer Hunting Regulations | Wild Ohio",
        "deer",
    ),
    day("3 19:30"),
    search(GOOGLE, "water in basement after heavy rain where floor meets wall", "basement"),
    page(
        "https://www.thisoldhouse.com/basements/21015290/how-to-fix-a-wet-basement",
        "How to Fix a Wet Basement | This Old House",
        "basement",
    ),
    page(
        "https://www.youtube.com/watch?v=basementcove01",
        "Water Coming In Where Basement Floor Meets Wall? Here's Why - YouTube",
        "basement",
    ),
    day("4 06:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1816778899001122001",
        "Tour confirmation - Brookdale Ashland - Thursday 2:00 PM",
        "mom",
    ),
    *facebook(),
    day("4 13:00"),
    search(GOOGLE, "ohio medicaid assisted living waiver eligibility income limit", "mom"),
    page(
        "https://medicaid.ohio.gov/families-and-individuals/coverage/assisted-living-waiver",
        "Assisted Living Waiver | Ohio Department of Medicaid",
        "mom",
    ),
    page(
        "https://www.payingforseniorcare.com/ohio/medicaid-waivers/assisted-living",
        "Ohio Medicaid Assisted Living Waiver | Paying for Senior Care",
        "mom",
    ),
    day("4 20:00"),
    search(BING, "f150 5.0 v8 vs 2.7 ecoboost reliability used", "truck"),
    page(
        "https://www.f150forum.com/f118/5-0-vs-2-7-ecoboost-reliability-487001/",
        "5.0 vs 2.7 EcoBoost reliability - Ford F150 Forum",
        "truck",
    ),
    day("5 06:00"),
    *mail(),
    *paper(),
    day("5 12:30"),
    search(GOOGLE, "part d formulary exception request process pharmacist", "partd"),
    page(
        "https://www.cms.gov/medicare/appeals-grievances/prescription-drug/exceptions",
        "Exceptions | CMS",
        "partd",
    ),
    day("5 19:00"),
    search(GOOGLE, "rent commercial fryer for fish fry propane", "fishfry"),
    page(
        "https://www.partyrentalohio.com/concessions/propane-fish-fryer",
        "Propane Fish Fryer Rental | Party Rental Ohio",
        "fishfry",
    ),
    page(
        "https://www.partyrentalohio.com/concessions/refrigerated-truck",
        "Refrigerated Truck Rental | Party Rental Ohio",
        "fishfry",
    ),
    day("6 07:00"),
    *mail(),
    *facebook(),
    day("6 10:00"),
    search(GOOGLE, "basement waterproofing cost interior drain tile sump pump", "basement"),
    page(
        "https://www.homeguide.com/costs/basement-waterproofing-cost",
        "2026 Basement Waterproofing Cost | Interior & Exterior - HomeGuide",
        "basement",
    ),
    day("6 15:00"),
    search(GOOGLE, "ohio public hunting land near ashland county deer", "deer"),
    page(
        f"{ODNR}/go-and-do/plan-a-visit/find-a-property/killbuck-marsh-wildlife-area",
        "Killbuck Marsh Wildlife Area | Ohio Department of Natural Resources",
        "deer",
    ),
    day("7 06:00"),
    *mail(),
    *paper(),
    day("7 12:00"),
    search(GOOGLE, "what to bring when moving parent into assisted living checklist", "mom"),
    page(
        "https://www.aplaceformom.com/caregiver-resources/articles/assisted-living-moving-checklist",
        "Assisted Living Moving Checklist | A Place for Mom",
        "mom",
    ),
    day("7 18:30"),
    search(GOOGLE, "ohio title transfer private sale truck bmv notarized", "truck"),
    page(
        "https://www.bmv.ohio.gov/vt-private-sale.aspx",
        "Private Sale Title Transfer | Ohio BMV",
        "truck",
    ),
    day("8 06:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1816778899001124567",
        "Fish Fry volunteer sign-up - St. Edward Parish - Lent Fridays",
        "fishfry",
    ),
    *facebook(),
    day("8 13:00"),
    search(BING, "medicare extra help low income subsidy part d who qualifies", "partd"),
    page(
        "https://www.ssa.gov/medicare/part-d-extra-help",
        "Extra Help with Medicare Prescription Drug Plan Costs | SSA",
        "partd",
    ),
    day("8 20:00"),
    search(GOOGLE, "sump pump battery backup worth it", "basement"),
    page(
        "https://www.familyhandyman.com/article/best-battery-backup-sump-pumps/",
        "Are Battery Backup Sump Pumps Worth It? | Family Handyman",
        "basement",
    ),
    day("9 06:00"),
    *mail(),
    *paper(),
    day("9 14:00"),
    search(GOOGLE, "deer stand placement funnel acorns late season", "deer"),
    page(
        "https://www.realtree.com/deer-hunting/articles/deer-stand-placement-tips",
        "Deer Stand Placement Tips | Realtree",
        "deer",
    ),
    day("9 19:00"),
    search(GOOGLE, "fish fry tartar sauce recipe large batch", "fishfry"),
    page(
        "https://www.allrecipes.com/recipe/16432/tartar-sauce-for-a-crowd/",
        "Tartar Sauce for a Crowd Recipe | Allrecipes",
        "fishfry",
    ),
    day("10 06:00"),
    *mail(),
    *facebook(),
    day("10 12:30"),
    search(GOOGLE, "carfax f150 frame rust ohio what to check", "truck"),
    page(
        "https://www.carfax.com/blog/how-to-check-for-rust",
        "How to Check a Used Car for Rust | Carfax",
        "truck",
    ),
    *tab(
        "https://www.f150forum.com/f38/frame-rust-2016-what-look-512233/",
        "Frame rust on 2016 - what to look for? - Ford F150 Forum",
        "truck",
    ),
    day("10 18:00"),
    search(GOOGLE, "assisted living first week adjustment tips for families", "mom"),
    page(
        "https://www.caring.com/caregivers/assisted-living-adjustment/",
        "Helping a Parent Adjust to Assisted Living | Caring.com",
        "mom",
    ),
]
