"""An IT administrator's week in Leeds: the office's file server moved to SharePoint, a
new boiler at home, a friend's stag weekend in Prague, a puppy's first weeks, a car that
failed its MOT, and a five-a-side football team. Habits: mail, BBC news, a forum, video,
the football scores. Written at the end of the thirteenth session, after all of its
changes, and scored with the final code before any change for it: tasks mostly one to a
sitting, as a person who finishes one thing before the next does; the person's own city in
several tasks ("leeds"); words shared across tasks ("training" for the puppy and for the
staff, "booking" for the pitch and the hostel, "kit" for the team and the boiler's
service, "brake" and "break"), side steps that name no task ("puppy pads bulk", "euro
cash or card"), searches on Google and Bing, tabs from results. Used by
make_week_history.py (``week21``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, forum, search, video_home

MS = "https://learn.microsoft.com/en-us"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://outlook.office.com/mail/",
            "Mail - Dan Hughes - Outlook",
            None,
        )
    ]


def bbc() -> list[Step]:
    return [("goto", "https://www.bbc.co.uk/news", "Home - BBC News", None)]


def scores() -> list[Step]:
    return [
        (
            "goto",
            "https://www.bbc.co.uk/sport/football/scores-fixtures",
            "Football Scores & Fixtures - BBC Sport",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 08:00"),
    *mail(),
    *bbc(),
    day("1 09:20"),
    search(GOOGLE, "sharepoint migration tool file server", "sharepoint"),
    (
        "via",
        f"{MS}/sharepointmigration/introducing-the-sharepoint-migration-tool",
        "Introducing the SharePoint Migration Tool - Microsoft Learn",
        "sharepoint",
    ),
    (
        "tab",
        f"{MS}/sharepointmigration/spmt-prerequisites",
        "SharePoint Migration Tool prerequisites - Microsoft Learn",
        "sharepoint",
    ),
    ("close", "", "", "sharepoint"),
    search(GOOGLE, "sharepoint permissions ntfs mapping migration", "sharepoint"),
    (
        "click",
        "https://www.sharegate.com/blog/how-to-map-ntfs-permissions-sharepoint",
        "How to map NTFS permissions to SharePoint | ShareGate",
        "sharepoint",
    ),
    search(GOOGLE, "onedrive sync 300000 files limit", "sharepoint"),
    (
        "via",
        f"{MS}/sharepoint/sync-large-libraries",
        "Sync large libraries with OneDrive - Microsoft Learn",
        "sharepoint",
    ),
    day("1 12:40"),
    *scores(),
    day("1 19:30"),
    search(BING, "combi boiler replacement cost 2026 uk", "boiler"),
    (
        "click",
        "https://www.checkatrade.com/blog/cost-guides/new-boiler-cost/",
        "New Boiler Cost Guide 2026 | Checkatrade",
        "boiler",
    ),
    search(BING, "worcester bosch 4000 vs vaillant ecotec plus", "boiler"),
    (
        "click",
        "https://www.which.co.uk/reviews/boilers/article/worcester-bosch-vs-vaillant",
        "Worcester Bosch vs Vaillant: which boiler brand is best? - Which?",
        "boiler",
    ),
    search(BING, "boiler installers leeds reviews", "boiler"),
    (
        "click",
        "https://www.checkatrade.com/Search/Boiler-Installation/in/Leeds",
        "Boiler Installation in Leeds | Checkatrade",
        "boiler",
    ),
    *forum(),
    day("2 07:55"),
    *mail(),
    day("2 12:15"),
    search(GOOGLE, "8 week old puppy crate training first night", "puppy"),
    (
        "via",
        "https://www.thekennelclub.org.uk/getting-a-dog/puppy-first-night/",
        "Your puppy's first night home | The Kennel Club",
        "puppy",
    ),
    search(GOOGLE, "puppy vaccination schedule uk second jab", "puppy"),
    (
        "click",
        "https://www.pdsa.org.uk/pet-help-and-advice/pet-health-hub/vaccinations/puppy",
        "Puppy vaccinations: schedule and costs | PDSA",
        "puppy",
    ),
    search(GOOGLE, "puppy pads bulk", "puppy"),
    day("2 18:45"),
    search(GOOGLE, "stag do prague beer tour for 10", "stag"),
    (
        "click",
        "https://www.prague-beer-tours.com/stag-groups",
        "Stag Group Beer Tours | Prague Beer Tours",
        "stag",
    ),
    search(GOOGLE, "flights leeds bradford to prague june", "stag"),
    (
        "via",
        "https://www.jet2.com/flights/leeds-bradford/prague",
        "Cheap flights from Leeds Bradford to Prague | Jet2.com",
        "stag",
    ),
    search(GOOGLE, "prague hostel private room for 10 old town", "stag"),
    (
        "click",
        "https://www.hostelworld.com/st/hostels/europe/czech-republic/prague/",
        "Hostels in Prague - Hostelworld",
        "stag",
    ),
    *video_home(),
    day("3 08:05"),
    *mail(),
    *bbc(),
    day("3 09:30"),
    search(BING, "mot failed brake discs worn cost to replace", "car"),
    (
        "click",
        "https://www.whocanfixmycar.com/advice/brake-disc-replacement-cost",
        "Brake disc replacement cost | WhoCanFixMyCar",
        "car",
    ),
    search(BING, "can i drive my car after failing mot dangerous", "car"),
    (
        "click",
        "https://www.gov.uk/getting-an-mot/if-your-vehicle-fails-its-mot",
        "If your vehicle fails its MOT - GOV.UK",
        "car",
    ),
    day("3 11:00"),
    search(GOOGLE, "sharepoint document library structure best practice", "sharepoint"),
    (
        "via",
        f"{MS}/sharepoint/plan-document-libraries",
        "Plan document libraries - Microsoft Learn",
        "sharepoint",
    ),
    search(GOOGLE, "sharepoint training for staff short video", "sharepoint"),
    (
        "click",
        "https://support.microsoft.com/en-us/office/sharepoint-video-training",
        "SharePoint video training - Microsoft Support",
        "sharepoint",
    ),
    day("3 20:00"),
    search(GOOGLE, "five a side pitch booking leeds thursday", "football"),
    (
        "click",
        "https://www.goals.co.uk/centres/leeds",
        "Goals Leeds - 5 a side football pitches",
        "football",
    ),
    search(GOOGLE, "cheap team kit printing names numbers", "football"),
    (
        "via",
        "https://www.kitlocker.com/teamwear/football-kits",
        "Custom Football Kits with Names & Numbers | Kitlocker",
        "football",
    ),
    day("4 08:00"),
    *mail(),
    day("4 12:30"),
    search(BING, "boiler upgrade scheme eligibility combi", "boiler"),
    (
        "click",
        "https://www.gov.uk/apply-boiler-upgrade-scheme",
        "Apply for the Boiler Upgrade Scheme - GOV.UK",
        "boiler",
    ),
    search(BING, "how long does a combi boiler install take", "boiler"),
    (
        "click",
        "https://www.boilercentral.com/how-long-does-it-take-to-install-a-boiler/",
        "How Long Does It Take to Install a Boiler? | Boiler Central",
        "boiler",
    ),
    day("4 19:15"),
    search(GOOGLE, "puppy training classes leeds", "puppy"),
    (
        "click",
        "https://www.leedsdogtraining.co.uk/puppy-classes",
        "Puppy Classes | Leeds Dog Training",
        "puppy",
    ),
    search(GOOGLE, "puppy biting hands how to stop", "puppy"),
    (
        "via",
        "https://www.dogstrust.org.uk/dog-advice/behaviour/puppy-biting",
        "How to stop your puppy biting | Dogs Trust",
        "puppy",
    ),
    *scores(),
    day("5 07:50"),
    *mail(),
    *bbc(),
    day("5 10:00"),
    search(GOOGLE, "sharepoint migration cutover weekend checklist", "sharepoint"),
    (
        "click",
        "https://www.avepoint.com/blog/migrate/sharepoint-migration-checklist",
        "SharePoint Migration Checklist | AvePoint",
        "sharepoint",
    ),
    search(GOOGLE, "map sharepoint library as network drive", "sharepoint"),
    day("5 13:20"),
    search(BING, "garage near me brake discs and pads leeds", "car"),
    (
        "click",
        "https://www.kwik-fit.com/brakes/leeds",
        "Brakes in Leeds | Kwik Fit",
        "car",
    ),
    search(BING, "mot retest free within 10 working days", "car"),
    (
        "click",
        "https://www.gov.uk/getting-an-mot/retests",
        "Getting an MOT: retests - GOV.UK",
        "car",
    ),
    day("5 20:30"),
    search(GOOGLE, "prague old town things to do stag", "stag"),
    (
        "via",
        "https://www.timeout.com/prague/things-to-do/best-things-to-do-in-prague",
        "The 30 best things to do in Prague | Time Out",
        "stag",
    ),
    search(GOOGLE, "euro cash or card", "stag"),
    search(GOOGLE, "czech koruna cash or card prague", "stag"),
    (
        "click",
        "https://www.prague.eu/en/practical-info/money",
        "Money and payments | Prague.eu",
        "stag",
    ),
    day("6 09:00"),
    *forum(),
    search(GOOGLE, "astro turf boots vs moulded studs five a side", "football"),
    (
        "click",
        "https://www.prodirectsoccer.com/blog/astro-turf-boots-guide",
        "Astro Turf Boots Guide | Pro:Direct Soccer",
        "football",
    ),
    search(GOOGLE, "five a side league leeds sunday teams", "football"),
    (
        "click",
        "https://www.powerleague.com/leeds/leagues",
        "5-a-side leagues in Leeds | Powerleague",
        "football",
    ),
    day("6 15:30"),
    search(GOOGLE, "puppy not eating dry food 9 weeks", "puppy"),
    (
        "click",
        "https://www.purina.co.uk/articles/dogs/feeding/puppy-not-eating",
        "Why is my puppy not eating? | Purina",
        "puppy",
    ),
    day("7 08:10"),
    *mail(),
    day("7 11:30"),
    search(BING, "annual boiler service kit homeowner", "boiler"),
    search(BING, "boiler quotes leeds fixed price", "boiler"),
    (
        "click",
        "https://www.boxt.co.uk/boilers/leeds",
        "Fixed price boiler quotes in Leeds | BOXT",
        "boiler",
    ),
    day("7 14:00"),
    search(GOOGLE, "sharepoint external sharing guest access settings", "sharepoint"),
    (
        "via",
        f"{MS}/sharepoint/turn-external-sharing-on-or-off",
        "Manage sharing settings - SharePoint in Microsoft 365 | Microsoft Learn",
        "sharepoint",
    ),
    day("7 19:45"),
    search(GOOGLE, "stag do itinerary 3 days prague", "stag"),
    (
        "click",
        "https://www.pissup.com/stag-do/prague/itinerary",
        "3 Day Prague Stag Itinerary | Pissup Tours",
        "stag",
    ),
    *video_home(),
]
