"""A retired teacher's ten days in Tampa, written in the twenty-second session after its
changes to gathering and destinations, and scored before any change for it: changing her
Medicare drug plan, hurricane shutters before the season, a cruise to the Bahamas with her
sister, her grandson's graduation present, her knee replacement's pre-op, learning her new
iPad, and tracing her grandparents from County Cork. Countries are searched in two tasks:
the cruise ("bahamas", "nassau") and the family tree ("ireland", "cork"). Words cross
tasks: "plan" of the drug plan and of the cruise's drinks, "passport" of the cruise and of
the emigrant ancestors' records, "protection" of the shutters and of the cruise's
insurance, "screen" of the iPad and of the shutters. "tampa" is in the searches of most
tasks. Gmail, the Tampa Bay Times, Facebook and YouTube are opened most days. Searches go
to Google and Bing.
Used by make_week_history.py (``week52``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GMAIL, GOOGLE, Step, day, page, search, tab, video_home

ADDRESS = "linda.k.moore@example.com"
RC = "https://www.royalcaribbean.com"


def mail() -> list[Step]:
    return [("goto", GMAIL, f"Inbox (21) - {ADDRESS} - Gmail", None)]


def times(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.tampabay.com/", "Tampa Bay Times | Tampa news and weather", None)
    ]
    if story:
        steps.append(page(f"https://www.tampabay.com/news/{story[0]}", story[1], None))
    return steps


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 08:00"),
    *mail(),
    *times(),
    *facebook(),
    day("1 10:00"),
    search(GOOGLE, "medicare part d plan finder compare 2027 plans eliquis", "medicare"),
    page(
        "https://www.medicare.gov/plan-compare/",
        "Medicare Plan Finder - Medicare.gov",
        "medicare",
    ),
    page(
        "https://www.medicare.gov/plan-compare/search-results?plan_type=PDP&zip=33611",
        "Search results - Medicare Plan Finder",
        "medicare",
    ),
    day("1 14:00"),
    search(GOOGLE, "hurricane shutters vs impact windows cost tampa", "shutters"),
    page(
        "https://www.forbes.com/home-improvement/windows/hurricane-shutters-vs-impact-windows/",
        "Hurricane Shutters Vs. Impact Windows (2026 Guide) - Forbes Home",
        "shutters",
    ),
    page(
        "https://www.angi.com/articles/how-much-do-hurricane-shutters-cost.htm",
        "How Much Do Hurricane Shutters Cost? | Angi",
        "shutters",
    ),
    day("2 08:00"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=c90&view=pt&search=all&permthid=thread-f:2210",
        f"Carol: which cruise are we doing?? - {ADDRESS} - Gmail",
        "cruise",
    ),
    *facebook(),
    day("2 10:30"),
    search(GOOGLE, "cruise from tampa to bahamas january 5 night", "cruise"),
    page(
        f"{RC}/cruises/5-night-bahamas-cruise-from-tampa",
        "5 Night Bahamas Cruise from Tampa | Royal Caribbean",
        "cruise",
    ),
    page(
        "https://www.cruisecritic.com/ports/nassau",
        "Nassau Cruise Port - Cruise Critic",
        "cruise",
    ),
    day("2 15:00"),
    search(GOOGLE, "how to take a screenshot on ipad 10th generation", "ipad"),
    page(
        "https://support.apple.com/en-us/HT210781",
        "Take a screenshot on your iPad - Apple Support",
        "ipad",
    ),
    day("2 19:00"),
    search(BING, "irish grandparents emigrated 1920s county cork records", "ancestry"),
    page(
        "https://www.irishgenealogy.ie/",
        "Irish Genealogy - Civil and Church Records",
        "ancestry",
    ),
    page(
        "https://www.ancestry.com/search/categories/immigration/",
        "Immigration & Travel Records - Ancestry",
        "ancestry",
    ),
    day("3 08:00"),
    *mail(),
    *times(
        (
            "2026/11/20/hillsborough-bridge-repairs",
            "Hillsborough River bridge repairs to close lanes | Tampa Bay Times",
        )
    ),
    day("3 10:00"),
    search(GOOGLE, "what to do before knee replacement surgery checklist", "knee"),
    page(
        "https://orthoinfo.aaos.org/en/treatment/preparing-for-joint-replacement-surgery/",
        "Preparing for Joint Replacement Surgery - OrthoInfo - AAOS",
        "knee",
    ),
    page(
        "https://my.clevelandclinic.org/health/treatments/knee-replacement-prep",
        "Getting Ready for Knee Replacement | Cleveland Clinic",
        "knee",
    ),
    day("3 14:30"),
    search(GOOGLE, "high school graduation gift ideas for grandson going to college", "gift"),
    page(
        "https://www.goodhousekeeping.com/holidays/gift-ideas/g2249/graduation-gifts-for-him/",
        "45 Best Graduation Gifts for Him - Good Housekeeping",
        "gift",
    ),
    page(
        "https://www.amazon.com/Anker-Portable-Charger-PowerCore-Compatible/dp/B0194WDVHI",
        "Anker Portable Charger PowerCore - Amazon.com",
        "gift",
    ),
    day("4 09:00"),
    *mail(),
    *facebook(),
    day("4 10:30"),
    search(GOOGLE, "medicare extra help eligibility income limits 2027", "medicare"),
    page(
        "https://www.ssa.gov/medicare/part-d-extra-help",
        "Extra Help with Medicare Prescription Drug Plan Costs | SSA",
        "medicare",
    ),
    day("4 15:00"),
    search(BING, "accordion shutters installed price per sq ft florida", "shutters"),
    page(
        "https://www.homeguide.com/costs/accordion-hurricane-shutters-cost",
        "2026 Accordion Hurricane Shutters Cost | HomeGuide",
        "shutters",
    ),
    page(
        "https://www.yelp.com/search?find_desc=Hurricane+Shutters&find_loc=Tampa%2C+FL",
        "Top 10 Best Hurricane Shutters near Tampa, FL | Yelp",
        "shutters",
    ),
    day("4 19:30"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=ipad-seniors",
        "iPad for Seniors: The Basics - YouTube",
        "ipad",
    ),
    day("5 08:00"),
    *mail(),
    *times(),
    day("5 11:00"),
    search(GOOGLE, "do i need a passport for a bahamas cruise closed loop", "cruise"),
    page(
        "https://www.cbp.gov/travel/us-citizens/western-hemisphere-travel-initiative",
        "Western Hemisphere Travel Initiative | U.S. Customs and Border Protection",
        "cruise",
    ),
    page(
        "https://www.royalcaribbean.com/faq/questions/passport-requirements",
        "Do I need a passport to cruise? | Royal Caribbean",
        "cruise",
    ),
    day("5 16:00"),
    search(GOOGLE, "ellis island passenger records search by name", "ancestry"),
    page(
        "https://www.statueofliberty.org/discover/passenger-ship-search/",
        "Passenger Search | Statue of Liberty & Ellis Island",
        "ancestry",
    ),
    page(
        "https://heritage.statueofliberty.org/passenger-details/czoxMzoiOTAxMjQ1MDYzNzI1MyI7",
        "Passenger Record: Daniel O'Leary, 1923 - Statue of Liberty & Ellis Island",
        "ancestry",
    ),
    day("6 09:00"),
    *mail(),
    *facebook(),
    day("6 10:30"),
    search(GOOGLE, "knee replacement pre op bloodwork stop aspirin how many days", "knee"),
    page(
        "https://www.hopkinsmedicine.org/health/treatment-tests-and-therapies/knee-replacement-surgery-procedure",
        "Knee Replacement Surgery Procedure | Johns Hopkins Medicine",
        "knee",
    ),
    day("6 14:00"),
    search(GOOGLE, "ipad make text bigger and turn off auto lock", "ipad"),
    page(
        "https://support.apple.com/guide/ipad/adjust-the-screen-brightness-and-color-ipad9a245e3e/ipados",
        "Adjust the text size and display on iPad - Apple Support",
        "ipad",
    ),
    day("6 18:00"),
    search(GOOGLE, "royal caribbean drink package worth it 5 night cruise", "cruise"),
    page(
        f"{RC}/cruise-ideas/cruise-drink-packages",
        "Cruise Drink Packages | Royal Caribbean",
        "cruise",
    ),
    day("7 08:00"),
    *mail(),
    *times(),
    day("7 10:00"),
    search(GOOGLE, "personalized leather portfolio engraved college graduate", "gift"),
    page(
        "https://www.etsy.com/listing/1098765432/personalized-leather-padfolio-engraved",
        "Personalized Leather Padfolio, Engraved Graduation Gift - Etsy",
        "gift",
    ),
    day("7 15:00"),
    search(BING, "county cork parish records catholic baptism 1890s online", "ancestry"),
    page(
        "https://registers.nli.ie/",
        "Catholic Parish Registers at the NLI",
        "ancestry",
    ),
    page(
        "https://registers.nli.ie/parishes/0234",
        "Ballincollig | Catholic Parish Registers at the NLI",
        "ancestry",
    ),
    day("8 09:00"),
    *mail(),
    *facebook(),
    day("8 11:00"),
    search(GOOGLE, "hurricane shutter permit hillsborough county", "shutters"),
    page(
        "https://www.hillsboroughcounty.org/en/residents/property-owners-and-renters/building-permits",
        "Building Permits | Hillsborough County, FL",
        "shutters",
    ),
    day("8 15:30"),
    (
        "goto",
        "https://www.medicare.gov/plan-compare/search-results?plan_type=PDP&zip=33611",
        "Search results - Medicare Plan Finder",
        "medicare",
    ),
    page(
        "https://www.medicare.gov/plan-compare/enroll?plan=S5617-211",
        "Enroll - Medicare Plan Finder",
        "medicare",
    ),
    day("9 08:00"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=c90&view=pt&search=all&permthid=thread-f:2291",
        f"Pre-admission testing appointment - Tampa General - {ADDRESS} - Gmail",
        "knee",
    ),
    *times(),
    day("9 11:00"),
    search(GOOGLE, "travel insurance for cruise over 65 pre existing conditions", "cruise"),
    page(
        "https://www.squaremouth.com/cruise-travel-insurance",
        "Cruise Travel Insurance | Squaremouth",
        "cruise",
    ),
    page(
        f"{RC}/booking/cruise-summary?sailing=GR05TPA0112",
        "Cruise Summary | Royal Caribbean",
        "cruise",
    ),
    day("9 16:00"),
    search(GOOGLE, "recovery walker vs cane after knee replacement", "knee"),
    page(
        "https://www.healthline.com/health/knee-replacement/walking-aids",
        "Walking Aids After Knee Replacement | Healthline",
        "knee",
    ),
    day("10 09:30"),
    *video_home(),
    *facebook(),
    day("10 11:00"),
    search(GOOGLE, "ireland civil records death certificate 1950s genealogy", "ancestry"),
    page(
        "https://civilrecords.irishgenealogy.ie/churchrecords/civil-search.jsp",
        "Civil Records Search - IrishGenealogy.ie",
        "ancestry",
    ),
    day("10 15:00"),
    search(GOOGLE, "facetime grandson from ipad how to add contact", "ipad"),
    page(
        "https://support.apple.com/guide/ipad/make-facetime-calls-ipad8ab7a1c2/ipados",
        "Make FaceTime calls on iPad - Apple Support",
        "ipad",
    ),
]
