"""A doctoral student's ten days in Edinburgh, written in the fifty-fifth session and
scored before any change for it: her thesis's bibliography (biblatex and biber errors), a
new flat (Leith, the council tax band, the deposit), a weekend on Skye with friends (a car
from Inverness, a campsite, the Old Man of Storr), the Graduate Route visa, and a half
marathon's training. Between them she reads Gmail, BBC News, YouTube and Edinburgh's
subreddit, and one story from the BBC's front page. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week200``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import (
    DDG,
    GOOGLE,
    Step,
    day,
    gmail_message,
    mail,
    news,
    page,
    search,
    tab,
    video_home,
)

ADDRESS = "aoife.brennan.phd@gmail.com"
IK = "3c9e1a70f4"


def board() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/Edinburgh/", "Edinburgh : r/Edinburgh", None)]


def message(thread: str, subject: str, task: str | None) -> list[Step]:
    return gmail_message(ADDRESS, IK, thread, subject, task)


STEPS: list[Step] = [
    day("1 08:30"),
    *news(),
    *mail(),
    day("1 10:40"),
    search(GOOGLE, "biber error data source not found overleaf biblatex", "thesis"),
    page(
        "https://tex.stackexchange.com/questions/154751/biblatex-with-biber-configuring-my-editor-to-avoid-undefined-citations",
        "biblatex with Biber: Configuring my editor to avoid undefined citations - TeX - LaTeX Stack Exchange",
        "thesis",
    ),
    *tab(
        "https://www.overleaf.com/learn/latex/Bibliography_management_with_biblatex",
        "Bibliography management with biblatex - Overleaf, Online LaTeX Editor",
        "thesis",
    ),
    day("1 19:20"),
    *board(),
    search(DDG, "one bedroom flat to rent leith under 1000", "flat"),
    page(
        "https://www.rightmove.co.uk/property-to-rent/Leith.html",
        "Flats To Rent in Leith - Rightmove",
        "flat",
    ),
    day("2 08:45"),
    *mail(),
    day("2 11:00"),
    search(GOOGLE, "graduate route visa after phd how long can i stay", "visa"),
    page(
        "https://www.gov.uk/graduate-visa",
        "Graduate visa: Overview - GOV.UK",
        "visa",
    ),
    *tab(
        "https://www.ed.ac.uk/immigration/visa-information/graduate-route",
        "Graduate Route | The University of Edinburgh",
        "visa",
    ),
    day("2 18:30"),
    search(GOOGLE, "half marathon training plan 12 weeks sub 2 hours", "run"),
    page(
        "https://www.runnersworld.com/uk/training/half-marathon/a760067/rws-half-marathon-training-plans/",
        "Half marathon training plans for all abilities | Runner's World UK",
        "run",
    ),
    day("3 08:20"),
    *news(
        (
            "uk-scotland-edinburgh-east-fife-67123456",
            "Edinburgh tram extension plans unveiled - BBC News",
        )
    ),
    day("3 10:30"),
    search(DDG, "biblatex apa style sort by author year thesis", "thesis"),
    page(
        "https://ctan.org/pkg/biblatex-apa",
        "CTAN: Package biblatex-apa",
        "thesis",
    ),
    day("3 20:10"),
    search(GOOGLE, "car hire inverness airport one way to portree", "skye"),
    page(
        "https://www.arnoldclarkrental.com/locations/inverness-airport",
        "Car Hire Inverness Airport | Arnold Clark Car & Van Rental",
        "skye",
    ),
    *tab(
        "https://www.isleofskye.com/getting-here",
        "Getting to the Isle of Skye | IsleOfSkye.com",
        "skye",
    ),
    day("4 08:40"),
    *mail(),
    *message(
        "1793456789012345678",
        "Viewing confirmed: 2F1, 14 Albert Street, Leith - Saturday 11am",
        "flat",
    ),
    day("4 11:15"),
    search(GOOGLE, "council tax band c edinburgh 2027 how much", "flat"),
    page(
        "https://www.edinburgh.gov.uk/council-tax/council-tax-bands-charges",
        "Council Tax bands and charges - The City of Edinburgh Council",
        "flat",
    ),
    day("4 19:45"),
    *video_home(),
    search(GOOGLE, "runners knee pain long run how to tape", "run"),
    page(
        "https://www.nhs.uk/conditions/knee-pain/",
        "Knee pain - NHS",
        "run",
    ),
    day("5 08:30"),
    *news(),
    *board(),
    day("5 10:50"),
    search(GOOGLE, "ukvi evisa brp expired how to create ukvi account", "visa"),
    page(
        "https://www.gov.uk/get-access-evisa",
        "Get access to your eVisa - GOV.UK",
        "visa",
    ),
    day("5 20:30"),
    search(DDG, "campsite near portree skye tent pitch booking", "skye"),
    page(
        "https://www.portreecampsite.co.uk/",
        "Portree Campsite - Isle of Skye",
        "skye",
    ),
    day("6 09:00"),
    *mail(),
    day("6 11:20"),
    search(GOOGLE, "latex undefined citation warning after changing bib file", "thesis"),
    page(
        "https://tex.stackexchange.com/questions/13509/biblatex-and-undefined-references",
        "biblatex and undefined references - TeX - LaTeX Stack Exchange",
        "thesis",
    ),
    day("6 18:50"),
    search(GOOGLE, "tenancy deposit scheme scotland safedeposits how long", "flat"),
    page(
        "https://www.safedepositsscotland.com/tenants/",
        "Tenants | SafeDeposits Scotland",
        "flat",
    ),
    *tab(
        "https://www.mygov.scot/tenancy-deposits",
        "Tenancy deposits - mygov.scot",
        "flat",
    ),
    day("7 08:35"),
    *news(),
    day("7 10:45"),
    search(DDG, "graduate visa application fee immigration health surcharge", "visa"),
    page(
        "https://www.gov.uk/healthcare-immigration-application/how-much-pay",
        "Pay for UK healthcare as part of your immigration application: How much you have to pay - GOV.UK",
        "visa",
    ),
    day("7 19:30"),
    search(GOOGLE, "edinburgh half marathon 2027 entry start time route", "run"),
    page(
        "https://www.edinburghmarathon.com/races/half-marathon",
        "Half Marathon | Edinburgh Marathon Festival",
        "run",
    ),
    day("8 08:50"),
    *mail(),
    *message(
        "1793498765432100987",
        "Skye weekend - who's driving from Inverness?",
        "skye",
    ),
    day("8 11:10"),
    search(GOOGLE, "old man of storr walk how long parking", "skye"),
    page(
        "https://www.walkhighlands.co.uk/skye/oldmanofstorr.shtml",
        "The Old Man of Storr - Walkhighlands",
        "skye",
    ),
    day("8 20:00"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=Rz8qT4wLm0a",
        "Six Nations highlights: Scotland v France - YouTube",
        None,
    ),
    day("9 08:30"),
    *news(),
    *board(),
    day("9 10:40"),
    search(GOOGLE, "zotero better bibtex export keep citation keys", "thesis"),
    page(
        "https://retorque.re/zotero-better-bibtex/citing/",
        "Citation Keys :: Better BibTeX for Zotero",
        "thesis",
    ),
    day("9 18:40"),
    search(DDG, "tempo run pace for 1 hour 55 half marathon", "run"),
    page(
        "https://www.mcmillanrunning.com/",
        "McMillan Running Calculator",
        "run",
    ),
    day("10 08:45"),
    *mail(),
    day("10 11:30"),
    search(GOOGLE, "landlord registration check edinburgh before signing lease", "flat"),
    page(
        "https://www.landlordregistrationscotland.gov.uk/search",
        "Search the register - Landlord Registration Scotland",
        "flat",
    ),
    day("10 17:50"),
    search(GOOGLE, "graduate visa biometrics appointment needed if already have evisa", "visa"),
    page(
        "https://www.gov.uk/graduate-visa/apply",
        "Graduate visa: Apply - GOV.UK",
        "visa",
    ),
]
