"""A software engineer's ten days in Berlin: a service at work killed for memory (OOMKilled
pods), a flat to find before the lease ends, a German tax return on ELSTER, a friend's wedding
in Tuscany (flights, a farm stay, a present), bouldering taken up, and a dishwasher that stopped
draining. Habits: mail, Hacker News, the Guardian, video, a forum. Written at the start of the
fifteenth session, before any change for it, and scored with that session's first code: tasks
mostly one to a sitting, German words in English searches ("wohnung", "schufa", "anmeldung",
"steuererklärung"), words shared across tasks ("limit" of a pod's memory and of a tax
allowance, "berlin" for the flat, the climbing gym and the registration office, "pump" of the
dishwasher and of a climbing session, "shoes" for climbing and for the wedding), side steps
that name no task ("eclipse mat", "schufa auskunft", "agriturismo", "chalk bag"), searches on
Google and DuckDuckGo, tabs from results. Used by make_week_history.py (``week25``); steps as
in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, forum, search, video_home


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            "Inbox (14) - jonas.weber.dev@example.com - Gmail",
            None,
        )
    ]


def hn() -> list[Step]:
    return [("goto", "https://news.ycombinator.com/", "Hacker News", None)]


def guardian() -> list[Step]:
    return [
        (
            "goto",
            "https://www.theguardian.com/international",
            "News, sport and opinion from the Guardian's global edition | The Guardian",
            None,
        )
    ]


K8S = "https://kubernetes.io/docs"
SO = "https://stackoverflow.com/questions"
IS24 = "https://www.immobilienscout24.de"
BOSCH = "https://www.bosch-home.com/de"

STEPS: list[Step] = [
    day("1 08:05"),
    *mail(),
    *hn(),
    day("1 10:20"),
    search(GOOGLE, "kubernetes pod oomkilled exit code 137", "oom"),
    (
        "via",
        f"{SO}/59729917/kubernetes-pods-terminated-exit-code-137",
        "Kubernetes Pods Terminated - Exit Code 137 - Stack Overflow",
        "oom",
    ),
    (
        "tab",
        f"{K8S}/concepts/configuration/manage-resources-containers/",
        "Resource Management for Pods and Containers | Kubernetes",
        "oom",
    ),
    ("close", "", "", "oom"),
    search(GOOGLE, "jvm container memory limit maxrampercentage", "oom"),
    (
        "via",
        "https://www.baeldung.com/java-jvm-parameters-rampercentage",
        "JVM Parameters InitialRAMPercentage, MinRAMPercentage, and MaxRAMPercentage | Baeldung",
        "oom",
    ),
    search(GOOGLE, "kubectl top pod memory usage", "oom"),
    (
        "click",
        f"{K8S}/reference/kubectl/generated/kubectl_top/kubectl_top_pod/",
        "kubectl top pod | Kubernetes",
        "oom",
    ),
    day("1 13:05"),
    *guardian(),
    (
        "click",
        "https://www.theguardian.com/world/2026/apr/20/germany-coalition-budget-talks",
        "German coalition strikes budget deal after weeks of talks | Germany | The Guardian",
        None,
    ),
    day("1 19:40"),
    search(GOOGLE, "wohnung mieten berlin friedrichshain 2 zimmer", "flat"),
    (
        "via",
        f"{IS24}/Suche/de/berlin/berlin/friedrichshain-friedrichshain/wohnung-mieten?numberofrooms=2.0-",
        "Wohnung mieten in Friedrichshain (Friedrichshain) - ImmoScout24",
        "flat",
    ),
    (
        "click",
        f"{IS24}/expose/151234567",
        "Helle 2-Zimmer-Wohnung mit Balkon nahe Boxhagener Platz - ImmoScout24",
        "flat",
    ),
    search(GOOGLE, "berlin rent cap mietpreisbremse how to check", "flat"),
    (
        "via",
        "https://www.berlin.de/special/immobilien-und-wohnen/mietrecht/mietpreisbremse/",
        "Mietpreisbremse in Berlin: Was Mieter wissen müssen - Berlin.de",
        "flat",
    ),
    *video_home(),
    day("2 08:10"),
    *mail(),
    *hn(),
    (
        "click",
        "https://github.com/astral-sh/uv/releases",
        "Releases · astral-sh/uv · GitHub",
        None,
    ),
    day("2 10:45"),
    search(GOOGLE, "java heap dump on oom kubernetes", "oom"),
    (
        "via",
        f"{SO}/61209432/how-to-get-heap-dump-from-kubernetes-pod",
        "java - How to get heap dump from a Kubernetes pod - Stack Overflow",
        "oom",
    ),
    search(GOOGLE, "eclipse mat", "oom"),
    (
        "click",
        "https://eclipse.dev/mat/",
        "Eclipse Memory Analyzer Open Source Project | The Eclipse Foundation",
        "oom",
    ),
    (
        "click",
        "https://eclipse.dev/mat/downloads.php",
        "Eclipse Memory Analyzer Downloads | The Eclipse Foundation",
        "oom",
    ),
    day("2 12:30"),
    search(DDG, "bouldering for beginners tips", "climb"),
    (
        "click",
        "https://www.climbing.com/skills/bouldering-for-beginners/",
        "Bouldering for Beginners: Everything You Need to Know | Climbing",
        "climb",
    ),
    search(DDG, "boulderhalle berlin friedrichshain", "climb"),
    (
        "click",
        "https://www.ostbloc.de/",
        "Ostbloc Boulderhalle Berlin - Bouldern in Friedrichshain",
        "climb",
    ),
    day("2 20:15"),
    search(GOOGLE, "bosch dishwasher e24 error not draining", "dishwasher"),
    (
        "via",
        "https://www.bosch-home.co.uk/service/fix-it-yourself/dishwasher-error-code-e24",
        "Dishwasher error code E24 | Bosch Home UK",
        "dishwasher",
    ),
    search(GOOGLE, "how to clean dishwasher filter and drain pump", "dishwasher"),
    (
        "via",
        "https://www.youtube.com/watch?v=QmH8dP2eWvA",
        "How to Clean a Bosch Dishwasher Filter and Drain Pump - YouTube",
        "dishwasher",
    ),
    *forum(),
    day("3 08:00"),
    *mail(),
    *guardian(),
    day("3 11:10"),
    search(GOOGLE, "prometheus alert container memory working set near limit", "oom"),
    (
        "via",
        "https://samber.github.io/awesome-prometheus-alerts/rules#kubernetes",
        "Awesome Prometheus alerts | Collection of alerting rules",
        "oom",
    ),
    search(GOOGLE, "container_memory_working_set_bytes vs rss", "oom"),
    (
        "click",
        "https://medium.com/@eng.mohamed/container-memory-working-set-bytes-vs-rss-explained",
        "container_memory_working_set_bytes vs RSS: what the OOM killer sees | Medium",
        "oom",
    ),
    day("3 18:50"),
    search(GOOGLE, "friend wedding tuscany june flights berlin florence", "wedding"),
    (
        "via",
        "https://www.skyscanner.de/routes/ber/flr/berlin-brandenburg-to-florence.html",
        "Cheap flights from Berlin Brandenburg to Florence | Skyscanner",
        "wedding",
    ),
    search(GOOGLE, "berlin to pisa direct flights june", "wedding"),
    (
        "via",
        "https://www.google.com/travel/flights/berlin-to-pisa",
        "Cheap flights from Berlin to Pisa | Google Flights",
        "wedding",
    ),
    search(GOOGLE, "agriturismo near siena with pool", "wedding"),
    (
        "click",
        "https://www.agriturismo.it/en/farmhouse/tuscany/siena/",
        "Agriturismo Siena: farm stays in the province of Siena | Agriturismo.it",
        "wedding",
    ),
    (
        "tab",
        "https://www.booking.com/farm-stays/region/it/tuscany.html",
        "The 10 best farm stays in Tuscany, Italy | Booking.com",
        "wedding",
    ),
    ("close", "", "", "wedding"),
    *video_home(),
    day("4 08:15"),
    *mail(),
    *hn(),
    day("4 12:40"),
    search(GOOGLE, "elster steuererklärung 2025 english guide", "tax"),
    (
        "via",
        "https://www.settle-in-berlin.com/german-tax-return-elster-guide/",
        "How to file your German tax return with ELSTER (2026 guide) - Settle in Berlin",
        "tax",
    ),
    search(GOOGLE, "home office pauschale 2025 how many days", "tax"),
    (
        "via",
        "https://www.finanztip.de/homeoffice-pauschale/",
        "Homeoffice-Pauschale 2025: 6 Euro pro Tag absetzen | Finanztip",
        "tax",
    ),
    day("4 19:30"),
    search(GOOGLE, "schufa auskunft kostenlos", "flat"),
    (
        "via",
        "https://www.meineschufa.de/de/datenkopie",
        "Kostenlose Datenkopie nach Art. 15 DSGVO | meineSCHUFA",
        "flat",
    ),
    search(GOOGLE, "wohnungsbewerbung mappe what documents", "flat"),
    (
        "via",
        "https://www.allaboutberlin.com/guides/find-a-flat-in-berlin",
        "How to find a flat in Berlin - All About Berlin",
        "flat",
    ),
    (
        "click",
        f"{IS24}/expose/151298811",
        "Altbau 2 Zimmer, Dielenboden, Friedrichshain-Süd - ImmoScout24",
        "flat",
    ),
    *forum(),
    (
        "click",
        "https://www.reddit.com/r/berlin/comments/1k2ab3x/flat_hunting_is_brutal/",
        "Flat hunting is brutal right now : r/berlin",
        "flat",
    ),
    day("5 08:05"),
    *mail(),
    *guardian(),
    day("5 10:30"),
    search(GOOGLE, "spring boot memory leak hikari connection pool", "oom"),
    (
        "via",
        f"{SO}/60418822/spring-boot-memory-leak-in-kubernetes",
        "java - Spring Boot application memory keeps growing in Kubernetes - Stack Overflow",
        "oom",
    ),
    search(GOOGLE, "kubernetes memory request vs limit best practice", "oom"),
    (
        "via",
        "https://home.robusta.dev/blog/kubernetes-memory-limit",
        "Kubernetes memory limits: should you set them? | Robusta",
        "oom",
    ),
    day("5 13:00"),
    search(DDG, "bosch dishwasher drain pump replacement part", "dishwasher"),
    (
        "click",
        f"{BOSCH}/shop/ersatzteile/pumpen/00620774",
        "Laugenpumpe 00620774 | Bosch Ersatzteile",
        "dishwasher",
    ),
    search(DDG, "dishwasher drain pump humming but not pumping", "dishwasher"),
    (
        "click",
        "https://www.repairclinic.com/RepairHelp/How-To-Fix-A-Dishwasher/12---/Dishwasher-Not-Draining",
        "Dishwasher Not Draining? Top Causes and Fixes | Repair Clinic",
        "dishwasher",
    ),
    day("5 20:10"),
    search(DDG, "climbing shoes beginner la sportiva tarantulace vs scarpa origin", "climb"),
    (
        "click",
        "https://www.99boulders.com/tarantulace-vs-origin",
        "La Sportiva Tarantulace vs Scarpa Origin: Beginner Shoes Compared | 99Boulders",
        "climb",
    ),
    search(DDG, "climbing shoe sizing how tight", "climb"),
    (
        "click",
        "https://www.rei.com/learn/expert-advice/climbing-shoes.html",
        "How to Choose Climbing Shoes | REI Expert Advice",
        "climb",
    ),
    *video_home(),
    day("6 09:30"),
    *mail(),
    *hn(),
    day("6 11:00"),
    search(GOOGLE, "anmeldung termin berlin bürgeramt", "flat"),
    (
        "via",
        "https://service.berlin.de/dienstleistung/120686/",
        "Anmeldung einer Wohnung - Service Berlin",
        "flat",
    ),
    search(GOOGLE, "wohnungsgeberbestätigung vorlage", "flat"),
    (
        "via",
        "https://service.berlin.de/dienstleistung/120686/wohnungsgeberbestaetigung.pdf",
        "Wohnungsgeberbestätigung (PDF) - Service Berlin",
        "flat",
    ),
    day("6 16:20"),
    search(GOOGLE, "wedding guest dress code italy summer men", "wedding"),
    (
        "via",
        "https://www.brides.com/italian-wedding-guest-attire",
        "What to Wear to an Italian Wedding as a Guest | Brides",
        "wedding",
    ),
    search(GOOGLE, "linen suit men light grey", "wedding"),
    (
        "click",
        "https://www.zalando.de/herren/anzuege/leinen/",
        "Leinenanzüge für Herren online kaufen | ZALANDO",
        "wedding",
    ),
    search(GOOGLE, "wedding gift etiquette italy cash envelope", "wedding"),
    (
        "via",
        "https://www.theitalianwedding.com/guest-gift-etiquette",
        "Wedding Gift Etiquette in Italy: How Much to Give | The Italian Wedding",
        "wedding",
    ),
    day("6 21:00"),
    *forum(),
    *video_home(),
    day("7 10:15"),
    search(DDG, "finger pulley injury warm up climbing", "climb"),
    (
        "click",
        "https://www.trainingbeta.com/finger-pulley-injuries/",
        "Finger Pulley Injuries: Prevention and Warm-up | TrainingBeta",
        "climb",
    ),
    search(DDG, "chalk bag", "climb"),
    (
        "click",
        "https://www.decathlon.de/p/chalkbag-klettern-simond/_/R-p-300917",
        "Chalkbag Klettern Simond | Decathlon",
        "climb",
    ),
    day("7 18:30"),
    search(GOOGLE, "werbungskosten laptop absetzen 2025", "tax"),
    (
        "via",
        "https://www.finanztip.de/arbeitsmittel/computer-absetzen/",
        "Computer von der Steuer absetzen: So geht's 2025 | Finanztip",
        "tax",
    ),
    search(GOOGLE, "elster anlage n where to enter commuting", "tax"),
    (
        "via",
        "https://www.settle-in-berlin.com/elster-anlage-n-commute-pendlerpauschale/",
        "ELSTER Anlage N: commuting allowance (Pendlerpauschale) explained - Settle in Berlin",
        "tax",
    ),
    search(GOOGLE, "sparerpauschbetrag limit 2025", "tax"),
    (
        "via",
        "https://www.finanztip.de/sparerpauschbetrag/",
        "Sparerpauschbetrag 2025: 1.000 Euro steuerfrei | Finanztip",
        "tax",
    ),
    day("8 08:10"),
    *mail(),
    *guardian(),
    day("8 10:40"),
    search(GOOGLE, "kubernetes vertical pod autoscaler recommendation mode", "oom"),
    (
        "via",
        "https://github.com/kubernetes/autoscaler/tree/master/vertical-pod-autoscaler",
        "autoscaler/vertical-pod-autoscaler at master · kubernetes/autoscaler · GitHub",
        "oom",
    ),
    search(GOOGLE, "jvm native memory tracking metaspace growth", "oom"),
    (
        "via",
        "https://docs.oracle.com/en/java/javase/21/vm/native-memory-tracking.html",
        "Native Memory Tracking - Java Virtual Machine Guide",
        "oom",
    ),
    day("8 19:45"),
    search(GOOGLE, "ostbloc berlin opening hours prices", "climb"),
    (
        "via",
        "https://www.ostbloc.de/preise",
        "Preise - Ostbloc Boulderhalle Berlin",
        "climb",
    ),
    search(GOOGLE, "wohnung besichtigung questions to ask landlord", "flat"),
    (
        "via",
        "https://www.allaboutberlin.com/guides/flat-viewing-questions",
        "Questions to ask at a flat viewing in Berlin - All About Berlin",
        "flat",
    ),
    day("9 08:00"),
    *mail(),
    *hn(),
    day("9 12:15"),
    search(DDG, "bosch dishwasher pump replacement video", "dishwasher"),
    (
        "click",
        "https://www.youtube.com/watch?v=Y7w2dYc9Q0k",
        "Bosch Dishwasher Drain Pump Replacement - Step by Step - YouTube",
        "dishwasher",
    ),
    day("9 19:20"),
    search(GOOGLE, "florence airport to siena bus or rental car", "wedding"),
    (
        "via",
        "https://www.rome2rio.com/s/Florence-Airport-FLR/Siena",
        "Florence Airport (FLR) to Siena - 5 ways to travel via bus, car and taxi | Rome2Rio",
        "wedding",
    ),
    search(GOOGLE, "car rental florence airport june", "wedding"),
    (
        "via",
        "https://www.rentalcars.com/en/airport/it/flr/",
        "Car Hire at Florence Airport (FLR) | Rentalcars.com",
        "wedding",
    ),
    *video_home(),
    day("10 08:20"),
    *mail(),
    *guardian(),
    day("10 11:30"),
    search(GOOGLE, "steuererklärung abgabefrist 2025 ohne steuerberater", "tax"),
    (
        "via",
        "https://www.finanztip.de/steuererklaerung/abgabefrist/",
        "Abgabefrist Steuererklärung 2025: Alle Fristen im Überblick | Finanztip",
        "tax",
    ),
    day("10 17:40"),
    search(GOOGLE, "postmortem template incident oom", "oom"),
    (
        "via",
        "https://www.atlassian.com/incident-management/postmortem/templates",
        "Incident postmortem templates | Atlassian",
        "oom",
    ),
    day("10 20:30"),
    search(GOOGLE, "2 zimmer wohnung friedrichshain kaltmiete 1100", "flat"),
    (
        "via",
        f"{IS24}/Suche/de/berlin/berlin/friedrichshain-friedrichshain/wohnung-mieten?price=-1100.0",
        "Wohnung mieten in Friedrichshain bis 1.100 € - ImmoScout24",
        "flat",
    ),
    *forum(),
]
