"""A PhD student's ten days in Utrecht, written at the end of the nineteenth session, after
all of its changes, and scored before any change for it: a new puppy, a thesis chapter's
groundwater model, a stolen bike (its police report, the insurance claim, a second-hand
one bought), her partner's residence permit, a bigger flat to rent, and a concert in
Amsterdam with the train there. Words cross tasks: "train" of a puppy and of the railway,
"permit" of a residence and of parking, "report" of the police and of a thesis, "model"
of groundwater and of a bike, "claim" of insurance and of rent benefit. Some searches and
titles are in Dutch. Pages of tasks are opened from habit pages (a forum thread on the
permit from the forum's front page), mail brings the permit's appointment and the concert's
tickets. Searches go to Google, Bing, DuckDuckGo and Google Scholar. Habits: mail, a news
front page, the rain radar, video, a forum, a tech news front page. Used by
make_week_history.py (``week34``); steps as in week_script.py.
"""

from __future__ import annotations

from functools import partial

from week_script import BING, DDG, GMAIL, GOOGLE, Step, day, gmail_message, page, search, video_home

SCHOLAR = "https://scholar.google.com/scholar?q="
FLAT = "https://www.pararius.com/apartment-for-rent/utrecht/5f2a91c3/biltstraat"


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (9) - eva.jansen@example.com - Gmail", None)]


message = partial(gmail_message, "eva.jansen@example.com", "51ab7")


def news() -> list[Step]:
    return [("goto", "https://www.nu.nl/", "NU - Het laatste nieuws het eerst op NU.nl", None)]


def rain() -> list[Step]:
    return [("goto", "https://www.buienradar.nl/", "Buienradar.nl - Actuele neerslag", None)]


def forum() -> list[Step]:
    return [("goto", "https://www.reddit.com/", "Reddit - Dive into anything", None)]


def tech() -> list[Step]:
    return [("goto", "https://news.ycombinator.com/", "Hacker News", None)]


def scholar(query: str, task: str) -> Step:
    return ("goto", SCHOLAR + query.replace(" ", "+"), f"{query} - Google Scholar", task)


STEPS: list[Step] = [
    day("1 07:50"),
    *mail(),
    *rain(),
    *news(),
    day("1 09:30"),
    search(GOOGLE, "flopy modflow 6 wel package example", "thesis"),
    page(
        "https://flopy.readthedocs.io/en/latest/Notebooks/mf6_simple_model_example.html",
        "MODFLOW 6 simple model example - flopy documentation",
        "thesis",
    ),
    ("back", "", "", "thesis"),
    page(
        "https://github.com/modflowpy/flopy/issues/1823",
        "mf6 WEL package stress period data error · Issue #1823 · modflowpy/flopy",
        "thesis",
        "tab",
    ),
    ("close", "", "", "thesis"),
    scholar("groundwater abstraction peat subsidence model netherlands", "thesis"),
    page(
        "https://www.sciencedirect.com/science/article/pii/S0022169421004567",
        "Modelling peat subsidence and groundwater level interaction - Journal of Hydrology",
        "thesis",
    ),
    day("1 13:00"),
    search(DDG, "puppy crate training first night crying", "puppy"),
    page(
        "https://www.akc.org/expert-advice/training/how-to-crate-train-your-dog-in-9-easy-steps/",
        "How to Crate Train Your Dog in 9 Easy Steps - American Kennel Club",
        "puppy",
    ),
    ("back", "", "", "puppy"),
    page(
        "https://www.thesprucepets.com/puppy-crying-in-crate-at-night-4589433",
        "Why Is My Puppy Crying in the Crate at Night? | The Spruce Pets",
        "puppy",
        "tab",
    ),
    ("close", "", "", "puppy"),
    day("1 18:40"),
    search(GOOGLE, "fiets gestolen aangifte doen online", "bike"),
    page(
        "https://www.politie.nl/aangifte-of-melding-doen/aangifte-doen/diefstal-fiets",
        "Aangifte doen van fietsdiefstal | politie.nl",
        "bike",
    ),
    search(GOOGLE, "stolen bike insurance claim netherlands proof of purchase", "bike"),
    page(
        "https://www.centraalbeheer.nl/verzekeringen/fietsverzekering/schade-melden",
        "Fietsschade of diefstal melden | Centraal Beheer",
        "bike",
    ),
    day("1 21:00"),
    *forum(),
    page(
        "https://www.reddit.com/r/Netherlands/comments/1b2c3d4/ind_partner_permit_waiting_time/",
        "IND partner residence permit waiting time 2026? : r/Netherlands",
        "permit",
        "tab",
    ),
    ("close", "", "", "permit"),
    page(
        "https://www.reddit.com/r/Netherlands/comments/1b2c9z9/best_bakery_in_utrecht/",
        "Best bakery in Utrecht? : r/Netherlands",
        None,
        "tab",
    ),
    ("close", "", "", None),
    day("2 07:45"),
    *mail(),
    *rain(),
    *tech(),
    page("https://news.ycombinator.com/item?id=41234567", "Show HN: A tiny SQLite browser", None),
    day("2 10:15"),
    search(BING, "ind residence permit partner documents checklist", "permit"),
    page(
        "https://ind.nl/en/residence-permits/family/residence-permit-for-partner",
        "Residence permit for partner | IND",
        "permit",
    ),
    ("back", "", "", "permit"),
    page(
        "https://ind.nl/en/forms/7526.pdf",
        "Application form residence permit family and relatives (7526) | IND",
        "permit",
        "tab",
    ),
    ("close", "", "", "permit"),
    search(BING, "legalised birth certificate apostille for ind", "permit"),
    page(
        "https://www.netherlandsworldwide.nl/legalisation/apostille",
        "Apostille | NetherlandsWorldwide",
        "permit",
    ),
    day("2 14:30"),
    search(GOOGLE, "best puppy food for labrador 10 weeks", "puppy"),
    page(
        "https://www.dogfoodadvisor.com/best-dog-foods/best-puppy-foods/",
        "Best Puppy Foods 2026 | Dog Food Advisor",
        "puppy",
    ),
    search(GOOGLE, "dierenarts utrecht oost puppy eerste vaccinatie", "puppy"),
    page(
        "https://www.dierenkliniekutrechtoost.nl/puppy-consult",
        "Puppyconsult en vaccinaties | Dierenkliniek Utrecht Oost",
        "puppy",
    ),
    day("2 20:00"),
    search(GOOGLE, "appartement huren utrecht 3 kamers pararius", "flat"),
    page(
        "https://www.pararius.com/apartments/utrecht/3-rooms",
        "3-room apartments for rent in Utrecht | Pararius",
        "flat",
    ),
    page(FLAT, "Apartment for rent: Biltstraat, Utrecht | Pararius", "flat", "tab"),
    ("close", "", "", "flat"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=eredivisie26",
        "Eredivisie highlights week 30 - YouTube",
        None,
    ),
    day("3 07:40"),
    *mail(),
    *news(),
    day("3 09:20"),
    search(GOOGLE, "modflow 6 convergence failure outer iteration", "thesis"),
    page(
        "https://groups.google.com/g/modflow/c/AbC123xYz",
        "MF6 convergence failure in outer iteration - MODFLOW Users Group",
        "thesis",
    ),
    page(
        "https://modflow6.readthedocs.io/en/latest/_mf6io/gwf-ims.html",
        "IMS - Iterative Model Solution - MODFLOW 6 documentation",
        "thesis",
    ),
    day("3 12:30"),
    search(DDG, "tweedehands fiets utrecht marktplaats gazelle", "bike"),
    page(
        "https://www.marktplaats.nl/l/fietsen-en-brommers/fietsen-dames-damesfietsen/q/gazelle/",
        "Gazelle damesfietsen | Marktplaats",
        "bike",
    ),
    page(
        "https://www.marktplaats.nl/v/fietsen-en-brommers/fietsen-dames-damesfietsen/m2034567890-gazelle-orange-c7",
        "Gazelle Orange C7 damesfiets 53cm | Marktplaats",
        "bike",
        "tab",
    ),
    ("close", "", "", "bike"),
    search(DDG, "gazelle orange c7 model years differences", "bike"),
    page(
        "https://www.fietsvergelijk.nl/gazelle/orange-c7",
        "Gazelle Orange C7 - alle modeljaren vergeleken | Fietsvergelijk",
        "bike",
    ),
    day("3 17:10"),
    search(GOOGLE, "puppy crate training schedule by age", "puppy"),
    page(
        "https://www.rover.com/blog/crate-training-schedule/",
        "Crate Training Schedule by Age | Rover",
        "puppy",
    ),
    day("3 21:15"),
    *forum(),
    day("4 07:55"),
    *mail(),
    *message("1803334445556667771", "IND: bevestiging afspraak biometrie 12 mei", "permit"),
    *rain(),
    day("4 10:00"),
    scholar("peat oxidation groundwater level drainage depth", "thesis"),
    page(
        "https://www.tandfonline.com/doi/full/10.1080/02626667.2019.1234567",
        "Peat oxidation as a function of drainage depth - Hydrological Sciences Journal",
        "thesis",
    ),
    search(GOOGLE, "phd progress report template chapter outline", "thesis"),
    page(
        "https://www.uu.nl/en/research/graduate-school-of-geosciences/phd-progress-report",
        "PhD progress report | Graduate School of Geosciences - Utrecht University",
        "thesis",
    ),
    day("4 13:30"),
    search(GOOGLE, "ziggo dome concert tickets may", "concert"),
    page(
        "https://www.ziggodome.nl/agenda",
        "Agenda | Ziggo Dome",
        "concert",
    ),
    page(
        "https://www.ticketmaster.nl/event/fontaines-dc-ziggo-dome-tickets/523456",
        "Fontaines D.C. tickets | Ziggo Dome Amsterdam | Ticketmaster",
        "concert",
    ),
    day("4 19:45"),
    page(FLAT, "Apartment for rent: Biltstraat, Utrecht | Pararius", "flat", "goto"),
    search(BING, "huurtoeslag berekenen 2026 proefberekening", "flat"),
    page(
        "https://www.belastingdienst.nl/wps/wcm/connect/nl/toeslagen/content/proefberekening-toeslagen",
        "Proefberekening toeslagen | Belastingdienst",
        "flat",
    ),
    search(BING, "parking permit utrecht binnenstad waiting list", "flat"),
    page(
        "https://www.utrecht.nl/wonen-en-leven/parkeren/parkeervergunning/",
        "Parkeervergunning aanvragen | Gemeente Utrecht",
        "flat",
    ),
    day("5 07:50"),
    *mail(),
    *news(),
    *tech(),
    day("5 09:40"),
    search(GOOGLE, "flopy plot head contours cross section", "thesis"),
    page(
        "https://flopy.readthedocs.io/en/latest/Notebooks/plot_cross_section_example.html",
        "Plotting cross sections - flopy documentation",
        "thesis",
    ),
    day("5 12:15"),
    search(DDG, "police report number needed for bike insurance", "bike"),
    page(
        "https://www.reddit.com/r/Netherlands/comments/1b3e5f6/bike_stolen_insurance_police_report/",
        "Bike stolen, insurance wants the police report number : r/Netherlands",
        "bike",
    ),
    day("5 16:00"),
    search(GOOGLE, "puppy biting hands how to stop", "puppy"),
    page(
        "https://www.akc.org/expert-advice/training/puppy-biting/",
        "Puppy Biting: How to Stop It - American Kennel Club",
        "puppy",
    ),
    ("back", "", "", "puppy"),
    page(
        "https://www.youtube.com/watch?v=puppybite101",
        "Stop Puppy Biting in 3 Easy Steps - YouTube",
        "puppy",
        "tab",
    ),
    ("close", "", "", "puppy"),
    day("6 09:30"),
    *mail(),
    *rain(),
    day("6 11:00"),
    search(GOOGLE, "ns train amsterdam zuid to utrecht after midnight", "concert"),
    page(
        "https://www.ns.nl/en/travel-information/night-network",
        "Night network | NS",
        "concert",
    ),
    search(GOOGLE, "ziggo dome to amsterdam bijlmer arena station walk", "concert"),
    page(
        "https://www.ziggodome.nl/bereikbaarheid",
        "Bereikbaarheid | Ziggo Dome",
        "concert",
    ),
    day("6 14:00"),
    search(GOOGLE, "bezichtiging appartement vragen stellen checklist", "flat"),
    page(
        "https://www.funda.nl/kennisbank/checklist-bezichtiging/",
        "Checklist bezichtiging: deze vragen stel je | Funda",
        "flat",
    ),
    page(FLAT, "Apartment for rent: Biltstraat, Utrecht | Pararius", "flat", "goto"),
    page(
        "https://www.pararius.com/apartment-for-rent/utrecht/5f2a91c3/biltstraat/contact",
        "Contact the agent: Biltstraat, Utrecht | Pararius",
        "flat",
    ),
    day("6 20:30"),
    *video_home(),
    day("7 08:00"),
    *mail(),
    *message("1803334445556667772", "Je e-tickets voor Fontaines D.C. - Ziggo Dome", "concert"),
    *news(),
    day("7 10:10"),
    search(BING, "ind biometrics appointment what to bring", "permit"),
    page(
        "https://ind.nl/en/appointments/biometrics",
        "Biometrics appointment | IND",
        "permit",
    ),
    search(BING, "mvv tev procedure how long after approval", "permit"),
    page(
        "https://www.expatica.com/nl/moving/visas/dutch-mvv-tev-procedure-101234/",
        "The Dutch MVV and TEV procedure explained | Expatica",
        "permit",
    ),
    day("7 15:20"),
    search(GOOGLE, "puppy socialisation checklist first 16 weeks", "puppy"),
    page(
        "https://www.thekennelclub.org.uk/getting-a-dog/puppy-socialisation/",
        "Puppy socialisation plan | The Kennel Club",
        "puppy",
    ),
    day("8 09:00"),
    *mail(),
    *rain(),
    *tech(),
    day("8 10:30"),
    search(GOOGLE, "flopy zonebudget mf6 water balance per zone", "thesis"),
    page(
        "https://flopy.readthedocs.io/en/latest/Notebooks/zonebudget_example.html",
        "ZoneBudget example - flopy documentation",
        "thesis",
    ),
    day("8 13:45"),
    page(
        "https://www.marktplaats.nl/v/fietsen-en-brommers/fietsen-dames-damesfietsen/m2034567890-gazelle-orange-c7",
        "Gazelle Orange C7 damesfiets 53cm | Marktplaats",
        "bike",
        "goto",
    ),
    search(GOOGLE, "second hand bike check before buying frame number stolen", "bike"),
    page(
        "https://www.stopheling.nl/fiets-checken",
        "Check of een fiets gestolen is | Stop Heling",
        "bike",
    ),
    search(GOOGLE, "abus bordo folding lock review", "bike"),
    page(
        "https://www.bikeradar.com/advice/buyers-guides/best-bike-locks",
        "Best bike locks 2026: tested and rated | BikeRadar",
        "bike",
    ),
    day("8 21:00"),
    *forum(),
    day("9 08:10"),
    *mail(),
    *news(),
    day("9 11:00"),
    search(DDG, "huurcontract tijdelijk of onbepaalde tijd verschil", "flat"),
    page(
        "https://www.huurcommissie.nl/onderwerpen/huurcontract/tijdelijk-huurcontract",
        "Tijdelijk huurcontract | Huurcommissie",
        "flat",
    ),
    day("9 15:30"),
    scholar("land subsidence groundwater model calibration pest", "thesis"),
    page(
        "https://www.sciencedirect.com/science/article/pii/S0022169422007890",
        "Calibrating a subsidence-coupled groundwater model with PEST - Journal of Hydrology",
        "thesis",
    ),
    day("10 09:00"),
    *mail(),
    *rain(),
    day("10 10:40"),
    search(GOOGLE, "how long can a 11 week old puppy be left alone", "puppy"),
    page(
        "https://www.dogstrust.org.uk/dog-advice/life-with-your-dog/puppy/leaving-puppy-alone",
        "Leaving your puppy alone | Dogs Trust",
        "puppy",
    ),
    day("10 14:20"),
    search(GOOGLE, "fontaines dc setlist 2026 tour", "concert"),
    page(
        "https://www.setlist.fm/setlists/fontaines-dc-2bd6dc12.html",
        "Fontaines D.C. Concert Setlists | setlist.fm",
        "concert",
    ),
]
