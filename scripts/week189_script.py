"""A retired man's ten days in Brisbane, written in the fifty-third session and scored
before any change for it: hearing aids (a free test, rechargeable or not, the price), a
caravan trip up the coast to Cairns, a Lego set for his granddaughter's fifth birthday,
grubs eating his lawn, and the minimum he must draw from his super pension. Between them
he reads Gmail, ABC News, YouTube and Reddit, and one article from ABC's front page.
Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week189``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, forum, gmail_message, mail, page, search, tab

ADDRESS = "graham.mcallister47@gmail.com"
IK = "a7c3e91f2d"


def abc(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.abc.net.au/news", "ABC News", None)]
    if article:
        steps.append(("click", f"https://www.abc.net.au/news/{article[0]}", article[1], None))
    return steps


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


STEPS: list[Step] = [
    day("1 06:30"),
    *abc(),
    *mail(),
    day("1 09:00"),
    search(GOOGLE, "free hearing test brisbane specsavers vs bupa", "hearing"),
    page(
        "https://www.specsavers.com.au/hearing/hearing-test",
        "Free Hearing Test | Specsavers Australia",
        "hearing",
    ),
    *tab(
        "https://www.bupa.com.au/hearing/hearing-test",
        "Book a Free Hearing Test | Bupa Hearing",
        "hearing",
    ),
    day("1 14:20"),
    search(DDG, "brown patches lawn grubs or dry patch how to tell", "lawn"),
    page(
        "https://www.lawnsolutionsaustralia.com.au/lawn-grubs/",
        "Lawn Grubs - How to Identify and Treat | Lawn Solutions Australia",
        "lawn",
    ),
    day("1 19:45"),
    *youtube(),
    day("2 07:15"),
    *abc(("2027-05-03/rba-interest-rates-decision/104123456", "RBA holds rates steady - ABC News")),
    day("2 10:10"),
    search(GOOGLE, "drive brisbane to cairns caravan how many days", "caravan"),
    page(
        "https://www.caravanworld.com.au/travel/brisbane-to-cairns-caravan-trip",
        "Brisbane to Cairns by caravan: the ultimate road trip | Caravan World",
        "caravan",
    ),
    *tab(
        "https://www.queensland.com/au/en/trip-ideas/brisbane-to-cairns-road-trip",
        "Brisbane to Cairns Road Trip Itinerary | Queensland",
        "caravan",
    ),
    day("2 15:30"),
    search(DDG, "account based pension minimum drawdown rates 2027", "super"),
    page(
        "https://www.ato.gov.au/individuals-and-families/super-for-individuals-and-families/super/withdrawing-and-using-your-super/minimum-annual-payments",
        "Minimum annual payments for super income streams | Australian Taxation Office",
        "super",
    ),
    day("3 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        IK,
        "1811032284665710933",
        "Isla's 5th birthday party - Saturday the 15th",
        "lego",
    ),
    search(GOOGLE, "best lego set for 5 year old girl duplo or classic", "lego"),
    page(
        "https://www.lego.com/en-au/categories/age-4-plus-years",
        "LEGO® sets for 4+ year olds | Official LEGO® Shop AU",
        "lego",
    ),
    day("3 11:40"),
    search(DDG, "rechargeable vs battery hearing aids pros cons", "hearing"),
    page(
        "https://www.healthyhearing.com/report/52840-Rechargeable-vs-disposable-hearing-aid-batteries",
        "Rechargeable vs. disposable hearing aid batteries | Healthy Hearing",
        "hearing",
    ),
    day("3 16:00"),
    *forum(),
    search(GOOGLE, "acelepryn vs grub guard lawn grub treatment", "lawn"),
    page(
        "https://www.bunnings.com.au/our-range/garden/lawn-care/lawn-pest-control",
        "Lawn Pest Control | Bunnings Australia",
        "lawn",
    ),
    day("4 09:20"),
    search(GOOGLE, "caravan parks airlie beach powered sites pet friendly", "caravan"),
    page(
        "https://www.big4.com.au/caravan-parks/qld/whitsundays/airlie-beach",
        "Airlie Beach Caravan Parks | BIG4 Holiday Parks",
        "caravan",
    ),
    *tab(
        "https://www.wikicamps.com.au/campsites/airlie-beach",
        "Campsites near Airlie Beach | WikiCamps Australia",
        "caravan",
    ),
    day("4 13:30"),
    *abc(),
    search(DDG, "can i draw more than the minimum from account based pension", "super"),
    page(
        "https://www.superguide.com.au/in-retirement/account-based-pension-minimum-withdrawals",
        "Account-based pensions: minimum and maximum withdrawals | SuperGuide",
        "super",
    ),
    day("5 08:45"),
    *mail(),
    search(GOOGLE, "lego friends heartlake city sets age 5 review", "lego"),
    page(
        "https://www.bigw.com.au/toys/lego/lego-friends/c/681011",
        "LEGO Friends | BIG W",
        "lego",
    ),
    day("5 14:10"),
    search(DDG, "hearing aid prices australia phonak oticon without private health", "hearing"),
    page(
        "https://www.choice.com.au/health-and-body/hearing/hearing-aids/buying-guides/hearing-aids",
        "How to buy the best hearing aids | CHOICE",
        "hearing",
    ),
    day("6 07:30"),
    *youtube(),
    day("6 10:00"),
    search(GOOGLE, "bruce highway road conditions roadworks mackay", "caravan"),
    page(
        "https://qldtraffic.qld.gov.au/",
        "QLDTraffic | Queensland road conditions",
        "caravan",
    ),
    day("6 16:40"),
    search(DDG, "when to apply lawn grub treatment queensland autumn", "lawn"),
    page(
        "https://www.lawnaddicts.com.au/lawn-grubs-when-to-treat/",
        "When to Treat Lawn Grubs | Lawn Addicts",
        "lawn",
    ),
    day("7 09:00"),
    *abc(),
    *mail(),
    search(GOOGLE, "super pension minimum payment deadline 30 june pro rata", "super"),
    page(
        "https://www.australiansuper.com/retirement/choice-income/minimum-payments",
        "Minimum pension payments | AustralianSuper",
        "super",
    ),
    day("7 14:20"),
    search(GOOGLE, "caravan weight distribution hitch needed for long trip", "caravan"),
    page(
        "https://www.caravancampingsales.com.au/editorial/details/weight-distribution-hitch-explained-12345/",
        "Weight distribution hitches explained | Caravan Camping Sales",
        "caravan",
    ),
    day("8 08:10"),
    *forum(),
    search(DDG, "hearing australia dva gold card hearing aids free", "hearing"),
    page(
        "https://www.hearing.com.au/eligibility/dva",
        "Veterans' hearing services | Hearing Australia",
        "hearing",
    ),
    day("8 15:00"),
    search(GOOGLE, "lego duplo vs lego classic which for 5th birthday", "lego"),
    page(
        "https://www.reddit.com/r/lego/comments/14xk2a9/duplo_or_regular_lego_for_a_5_year_old/",
        "Duplo or regular Lego for a 5 year old? : r/lego",
        "lego",
    ),
    day("9 09:30"),
    *abc(),
    search(GOOGLE, "top up dressing lawn after grubs buffalo grass", "lawn"),
    page(
        "https://www.sirwalter.com.au/lawn-care/repairing-lawn-damage",
        "Repairing Lawn Damage | Sir Walter Buffalo",
        "lawn",
    ),
    day("9 17:20"),
    search(DDG, "cairns caravan park near esplanade weekly rate", "caravan"),
    page(
        "https://www.cairnscoconut.com.au/accommodation/powered-sites",
        "Powered Sites | Cairns Coconut Holiday Resort",
        "caravan",
    ),
    day("10 08:00"),
    *mail(),
    *youtube(),
]
