"""A UX researcher's ten days in Toronto, on her work laptop and at home, written in the
thirty-third session after its steps 65 and 66 and scored before any change for it: a
usability study to recruit for at work, her permanent resident card to renew, a ski
weekend at Mont-Tremblant, a gift for a friend's baby shower, fungus gnats in her
houseplants, and whether to put her bonus in a TFSA or an RRSP. Between them she reads the
CBC, her Outlook inbox at work, and a subreddit about her city. Searches go to Google and
DuckDuckGo.
Used by make_week_history.py (``week121``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, outlook_message, page, search

OUTLOOK = "https://outlook.office.com/mail/"
OWNER = "Priya Raman"


def inbox() -> list[Step]:
    return [("goto", OUTLOOK, f"Mail - {OWNER} - Outlook", None)]


def cbc() -> list[Step]:
    return [
        ("goto", "https://www.cbc.ca/news", "CBC News - Latest Canada, World, Entertainment", None)
    ]


def toronto() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/toronto/", "Toronto : r/toronto", None)]


STEPS: list[Step] = [
    day("1 08:30"),
    *cbc(),
    *inbox(),
    day("1 10:00"),
    search(GOOGLE, "usability study participant recruitment maze vs usertesting", "study"),
    page(
        "https://maze.co/blog/maze-vs-usertesting/",
        "Maze vs UserTesting: Which Is Right for Your Team? | Maze",
        "study",
    ),
    search(GOOGLE, "how many participants for moderated usability test nielsen", "study"),
    page(
        "https://www.nngroup.com/articles/how-many-test-users/",
        "Why You Only Need to Test with 5 Users - NN/g",
        "study",
    ),
    day("1 19:30"),
    search(DDG, "pr card renewal processing time 2027", "prcard"),
    page(
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/check-processing-times.html",
        "Check processing times - Canada.ca",
        "prcard",
    ),
    search(DDG, "pr card renewal photo specifications", "prcard"),
    page(
        "https://www.canada.ca/content/dam/ircc/documents/pdf/english/kits/forms/imm5444e.pdf",
        "Photo specifications - PR card (IMM 5444) - Canada.ca",
        "prcard",
    ),
    day("2 08:25"),
    *cbc(),
    day("2 12:40"),
    search(GOOGLE, "fungus gnats in houseplants get rid of", "gnats"),
    page(
        "https://www.thespruce.com/get-rid-of-fungus-gnats-1902955",
        "How to Get Rid of Fungus Gnats | The Spruce",
        "gnats",
    ),
    search(GOOGLE, "bti mosquito bits canada where to buy", "gnats"),
    page(
        "https://www.canadiantire.ca/en/pdp/summit-mosquito-bits-0593123p.html",
        "Summit Mosquito Bits | Canadian Tire",
        "gnats",
    ),
    day("2 20:00"),
    search(GOOGLE, "mont tremblant ski weekend from toronto drive or train", "ski"),
    page(
        "https://www.reddit.com/r/skiing/comments/1s0t1u2/toronto_to_tremblant_weekend/",
        "Toronto to Tremblant for a weekend - worth the drive? : r/skiing",
        "ski",
    ),
    search(GOOGLE, "tremblant lift ticket prices epic pass", "ski"),
    page(
        "https://www.tremblant.ca/plan/tickets-and-passes",
        "Lift Tickets & Passes | Tremblant",
        "ski",
    ),
    day("3 08:30"),
    *cbc(),
    *inbox(),
    *outlook_message(
        OUTLOOK,
        OWNER,
        "AAQkADk3NGE1MzQ2LTA0YTMtNDVmYS1iYjEyLTc5",
        "Study kickoff: checkout redesign - participant criteria",
        "study",
    ),
    day("3 11:15"),
    search(GOOGLE, "screener survey questions for ecommerce usability study", "study"),
    page(
        "https://www.userinterviews.com/blog/screener-survey-examples",
        "Screener Survey Examples and Best Practices | User Interviews",
        "study",
    ),
    search(GOOGLE, "participant incentive amount 60 minute interview canada", "study"),
    page(
        "https://www.userinterviews.com/research-incentive-calculator",
        "Research Incentive Calculator | User Interviews",
        "study",
    ),
    day("3 19:45"),
    search(DDG, "baby shower gift ideas practical under 100", "shower"),
    page(
        "https://www.todaysparent.com/baby/baby-gear/best-baby-shower-gifts/",
        "The best baby shower gifts, according to parents | Today's Parent",
        "shower",
    ),
    day("4 08:20"),
    *cbc(),
    *toronto(),
    day("4 20:30"),
    search(GOOGLE, "tfsa vs rrsp bonus 2027 which first", "tfsa"),
    page(
        "https://www.wealthsimple.com/en-ca/learn/tfsa-vs-rrsp",
        "TFSA vs. RRSP: Which Is Better for You? | Wealthsimple",
        "tfsa",
    ),
    search(GOOGLE, "rrsp contribution room where to find cra my account", "tfsa"),
    page(
        "https://www.canada.ca/en/revenue-agency/services/e-services/cra-login-services.html",
        "CRA sign in services - Canada.ca",
        "tfsa",
    ),
    day("5 08:30"),
    *cbc(),
    *inbox(),
    day("5 13:00"),
    search(GOOGLE, "remote moderated usability test script template", "study"),
    page(
        "https://www.nngroup.com/articles/remote-usability-tests/",
        "Remote Moderated Usability Tests: How to Do Them - NN/g",
        "study",
    ),
    day("5 21:00"),
    search(DDG, "pr card residency obligation 730 days calculate", "prcard"),
    page(
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/permanent-residents/card/renew-replace.html",
        "Renew or replace your PR card - Canada.ca",
        "prcard",
    ),
    day("6 10:30"),
    search(GOOGLE, "tremblant ski in ski out condo airbnb", "ski"),
    page(
        "https://www.airbnb.ca/s/Mont-Tremblant--QC/homes?refinement_paths%5B%5D=%2Fhomes&amenities%5B%5D=ski_in_ski_out",
        "Mont-Tremblant ski-in/ski-out homes - Airbnb",
        "ski",
    ),
    search(GOOGLE, "via rail toronto to montreal then bus to tremblant", "ski"),
    page(
        "https://www.viarail.ca/en/explore-our-destinations/trains/ontario-and-quebec/toronto-montreal",
        "Toronto - Montreal train | VIA Rail",
        "ski",
    ),
    day("6 15:00"),
    search(DDG, "hydrogen peroxide soil drench gnats ratio", "gnats"),
    page(
        "https://www.reddit.com/r/houseplants/comments/1t1u2v3/hydrogen_peroxide_for_fungus_gnats_ratio/",
        "Hydrogen peroxide for fungus gnats - what ratio? : r/houseplants",
        "gnats",
    ),
    day("7 08:25"),
    *cbc(),
    *inbox(),
    *outlook_message(
        OUTLOOK,
        OWNER,
        "AAQkADk3NGE1MzQ2LTA0YTMtNDVmYS1iYjEyLTgx",
        "Re: Recruiting via our customer panel - legal review of consent form",
        "study",
    ),
    day("7 12:30"),
    search(GOOGLE, "usability study consent form template pipeda", "study"),
    page(
        "https://www.priv.gc.ca/en/privacy-topics/collecting-personal-information/consent/",
        "Guidelines for obtaining meaningful consent - Office of the Privacy Commissioner of Canada",
        "study",
    ),
    day("7 20:00"),
    search(GOOGLE, "baby registry amazon canada find registry", "shower"),
    page(
        "https://www.amazon.ca/baby-reg/homepage",
        "Amazon.ca Baby Registry",
        "shower",
    ),
    page(
        "https://www.amazon.ca/Ergobaby-Omni-Breeze-Carrier/dp/B08L5ABCD1",
        "Ergobaby Omni Breeze Baby Carrier : Amazon.ca: Baby",
        "shower",
    ),
    day("8 08:30"),
    *cbc(),
    *toronto(),
    day("8 19:30"),
    search(GOOGLE, "rrsp deduction bonus withholding tax refund", "tfsa"),
    page(
        "https://www.moneysense.ca/save/taxes/rrsp-and-your-bonus/",
        "How to use your bonus to cut taxes with an RRSP | MoneySense",
        "tfsa",
    ),
    day("9 08:25"),
    *cbc(),
    *inbox(),
    day("9 21:15"),
    search(DDG, "pr card application mailing address sydney nova scotia", "prcard"),
    page(
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/guide-5445-applying-permanent-resident-card.html",
        "Guide 5445 - Applying for a Permanent Resident Card - Canada.ca",
        "prcard",
    ),
    day("10 09:30"),
    search(GOOGLE, "tremblant weather february snow conditions", "ski"),
    page(
        "https://www.onthesnow.com/quebec/mont-tremblant/skireport",
        "Mont Tremblant Snow Report | OnTheSnow",
        "ski",
    ),
    day("10 14:00"),
    search(GOOGLE, "yellow sticky traps gnats do they work", "gnats"),
    page(
        "https://www.gardeningknowhow.com/plant-problems/pests/insects/sticky-traps-fungus-gnats.htm",
        "Do Yellow Sticky Traps Work On Fungus Gnats? | Gardening Know How",
        "gnats",
    ),
]
