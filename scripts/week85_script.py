"""An electrician's ten days in Cleveland, on his home laptop, written at the end of the
twenty-seventh session, after all of its changes, and scored before any change for it: a
roof's hail damage and its insurance claim, his son's apprenticeship applications, a rescue
dog adopted, quarterly taxes on side jobs, a walleye charter on Lake Erie with friends, and
an electrical code question for work. Gmail, cleveland.com, ESPN and YouTube are opened most
days. Searches go to Google and Bing.
Used by make_week_history.py (``week85``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "mike.dombrowski.electric@gmail.com"
INBOX = "2a7f4c9e1b"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def local() -> list[Step]:
    return [
        (
            "goto",
            "https://www.cleveland.com/",
            "Cleveland: Local News, Sports, Weather - cleveland.com",
            None,
        )
    ]


def espn() -> list[Step]:
    return [
        (
            "goto",
            "https://www.espn.com/nfl/team/_/name/cle/cleveland-browns",
            "Cleveland Browns Scores, Stats and Highlights - ESPN",
            None,
        )
    ]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


STEPS: list[Step] = [
    day("1 06:00"),
    *mail(),
    *local(),
    day("1 18:30"),
    search(GOOGLE, "hail damage roof shingles signs what to look for", "roof"),
    page(
        "https://www.angi.com/articles/what-does-hail-damage-look-like-on-roof.htm",
        "What Does Hail Damage Look Like on a Roof? | Angi",
        "roof",
    ),
    day("1 19:20"),
    search(GOOGLE, "ibew local 38 apprenticeship application 2027", "apprentice"),
    page(
        "https://www.ibewlocal38.org/apprenticeship",
        "Apprenticeship | IBEW Local 38",
        "apprentice",
    ),
    day("1 20:30"),
    *espn(),
    day("2 06:05"),
    *mail(),
    day("2 19:00"),
    search(BING, "cleveland animal protective league adoptable dogs", "dog"),
    page(
        "https://clevelandapl.org/adopt/dogs/",
        "Adoptable Dogs | Cleveland APL",
        "dog",
    ),
    day("2 19:45"),
    search(GOOGLE, "nec 2023 gfci requirements kitchen countertop receptacles", "code"),
    page(
        "https://www.ecmweb.com/national-electrical-code/article/2023-nec-gfci-changes",
        "2023 NEC Changes to GFCI Protection Requirements | EC&M",
        "code",
    ),
    day("2 21:00"),
    *youtube(),
    day("3 06:00"),
    *mail(),
    *local(),
    day("3 18:40"),
    search(GOOGLE, "how to file a homeowners insurance claim for hail state farm", "roof"),
    page(
        "https://www.statefarm.com/claims/home-and-property",
        "Home & Property Claims | State Farm",
        "roof",
    ),
    day("3 19:30"),
    search(BING, "lake erie walleye charter port clinton price per person", "fishing"),
    page(
        "https://www.lakeeriewalleye.com/charters/",
        "Lake Erie Walleye Charters - Port Clinton, Ohio",
        "fishing",
    ),
    day("4 06:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1833445566778899001",
        "Your adoption application for Biscuit (ID 58812) has been received",
        "dog",
    ),
    day("4 18:20"),
    search(GOOGLE, "quarterly estimated taxes 1099 side work how much to pay", "taxes"),
    page(
        "https://www.irs.gov/businesses/small-businesses-self-employed/estimated-taxes",
        "Estimated taxes | Internal Revenue Service",
        "taxes",
    ),
    day("4 19:10"),
    search(GOOGLE, "electrician apprenticeship aptitude test practice njatc", "apprentice"),
    page(
        "https://www.jobtestprep.com/electrical-ibew-aptitude-test",
        "IBEW Aptitude Test Practice - JobTestPrep",
        "apprentice",
    ),
    day("4 21:00"),
    *espn(),
    day("5 06:00"),
    *mail(),
    *local(),
    day("5 17:50"),
    search(GOOGLE, "crate training rescue dog first week anxious", "dog"),
    *tab(
        f"{YT}cR8tX2wQ5pL",
        "Crate Training a Rescue Dog - The First Week - YouTube",
        "dog",
    ),
    day("5 18:40"),
    search(GOOGLE, "roof replacement cost 2000 sq ft ohio architectural shingles", "roof"),
    page(
        "https://www.homeguide.com/costs/roof-replacement-cost",
        "2026 Roof Replacement Cost | New Roof Prices per Square Foot - HomeGuide",
        "roof",
    ),
    day("6 07:30"),
    *mail(),
    day("6 09:00"),
    search(BING, "ohio fishing license one day non resident buy online", "fishing"),
    page(
        "https://ohiodnr.gov/buy-and-apply/hunting-fishing-boating/fishing-resources/fishing-licenses-and-permits",
        "Fishing Licenses and Permits | Ohio Department of Natural Resources",
        "fishing",
    ),
    day("6 14:00"),
    search(GOOGLE, "aluminum branch circuit wiring pigtail alumiconn vs copalum", "code"),
    page(
        "https://www.inspectapedia.com/aluminum/AlumiConn_Connectors.php",
        "AlumiConn Connectors for Aluminum Wiring Repair - InspectAPedia",
        "code",
    ),
    day("6 20:00"),
    *youtube(),
    day("7 06:05"),
    *mail(),
    *local(),
    day("7 18:30"),
    search(GOOGLE, "ohio estimated tax payment it 1040es online", "taxes"),
    page(
        "https://tax.ohio.gov/individual/file-my-taxes/estimated-payments",
        "Estimated Payments | Ohio Department of Taxation",
        "taxes",
    ),
    day("7 19:15"),
    search(GOOGLE, "best dog food for sensitive stomach rescue pit mix", "dog"),
    page(
        "https://www.dogfoodadvisor.com/best-dog-foods/sensitive-stomach/",
        "Best Dog Food for Sensitive Stomachs | Dog Food Advisor",
        "dog",
    ),
    day("8 06:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1833445566778899002",
        "Claim 35-81K2-77B: your adjuster inspection is scheduled for Thursday",
        "roof",
    ),
    day("8 18:45"),
    search(BING, "what to bring on a walleye charter lake erie may", "fishing"),
    page(
        "https://www.ohiosportsman.com/walleye-charter-checklist",
        "What to Bring on a Lake Erie Walleye Charter - Ohio Sportsman",
        "fishing",
    ),
    day("8 19:40"),
    search(GOOGLE, "tri-c electrical pre apprenticeship program", "apprentice"),
    page(
        "https://www.tri-c.edu/workforce/electrical-pre-apprenticeship.html",
        "Electrical Pre-Apprenticeship | Tri-C",
        "apprentice",
    ),
    day("8 21:00"),
    *espn(),
    day("9 06:00"),
    *mail(),
    *local(),
    day("9 18:20"),
    search(GOOGLE, "nec 210.8 gfci dishwasher required 2023", "code"),
    page(
        "https://www.mikeholt.com/forum/threads/210-8-d-dishwasher-gfci.2571234/",
        "210.8(D) Dishwasher GFCI | Mike Holt's Forum",
        "code",
    ),
    day("10 07:00"),
    *mail(),
    day("10 10:30"),
    search(GOOGLE, "roofing contractors cleveland reviews insurance claims", "roof"),
    page(
        "https://www.bbb.org/us/oh/cleveland/category/roofing-contractors",
        "Roofing Contractors near Cleveland, OH | Better Business Bureau",
        "roof",
    ),
    day("10 15:00"),
    search(GOOGLE, "safe harbor rule estimated tax 110 percent", "taxes"),
    page(
        "https://www.kiplinger.com/taxes/safe-harbor-estimated-tax-penalty",
        "The Safe Harbor Rule for Estimated Tax Payments | Kiplinger",
        "taxes",
    ),
]
