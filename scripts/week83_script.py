"""A backend engineer's week in Berlin, on his work laptop and at home, written in the
twenty-seventh session and scored before any change for it: a pod OOMKilled in
production, learning Rust for a new service, registering his flat (Anmeldung), a road
bike's gears, tickets for a concert in Hamburg, and a dentist who speaks English. Gmail,
Slack, Hacker News and Spiegel are opened most days. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week83``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "jonas.weber.dev@gmail.com"
INBOX = "7b2e9d4c1a"
YT = "https://www.youtube.com/watch?v="
SO = "https://stackoverflow.com/questions"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (7) - {ADDRESS} - Gmail", None)]


def hn() -> list[Step]:
    return [("goto", "https://news.ycombinator.com/", "Hacker News", None)]


def slack() -> list[Step]:
    return [
        (
            "goto",
            "https://app.slack.com/client/T02AB3CD/C04XY",
            "general (Channel) - Kiezbank - Slack",
            None,
        )
    ]


def spiegel() -> list[Step]:
    return [("goto", "https://www.spiegel.de/", "DER SPIEGEL | Online-Nachrichten", None)]


STEPS: list[Step] = [
    day("1 08:45"),
    *mail(),
    *slack(),
    *hn(),
    day("1 10:20"),
    search(GOOGLE, "kubernetes pod OOMKilled exit code 137 but memory limit not reached", "oom"),
    page(
        f"{SO}/59729917/kubernetes-pods-oomkilled-with-exit-code-137",
        "Kubernetes pods OOMKilled with exit code 137 - Stack Overflow",
        "oom",
    ),
    page(
        "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
        "Resource Management for Pods and Containers | Kubernetes",
        "oom",
    ),
    day("1 11:30"),
    search(GOOGLE, "jvm container memory MaxRAMPercentage default", "oom"),
    page(
        "https://www.baeldung.com/java-jvm-parameters-rampercentage",
        "JVM Parameters InitialRAMPercentage, MinRAMPercentage, and MaxRAMPercentage | Baeldung",
        "oom",
    ),
    day("1 19:40"),
    search(DDG, "anmeldung berlin termin bürgeramt frei", "anmeldung"),
    page(
        "https://service.berlin.de/dienstleistung/120686/",
        "Anmelden einer Wohnung - Service Berlin",
        "anmeldung",
    ),
    day("1 20:30"),
    *spiegel(),
    day("2 08:40"),
    *mail(),
    *slack(),
    day("2 09:30"),
    search(GOOGLE, "rust book ownership borrowing explained", "rust"),
    page(
        "https://doc.rust-lang.org/book/ch04-01-what-is-ownership.html",
        "What is Ownership? - The Rust Programming Language",
        "rust",
    ),
    day("2 14:10"),
    search(GOOGLE, "kubectl top pod memory working set vs rss", "oom"),
    page(
        "https://github.com/kubernetes/kubernetes/issues/43916",
        "kubectl top pod shows wrong memory usage · Issue #43916 · kubernetes/kubernetes",
        "oom",
    ),
    day("2 19:15"),
    search(DDG, "shimano 105 rear derailleur skipping gears adjust", "bike"),
    *tab(
        f"{YT}nR5kQvD8Y2w",
        "How To Index Your Rear Derailleur | GCN Tech - YouTube",
        "bike",
    ),
    day("2 21:00"),
    *hn(),
    day("3 08:50"),
    *mail(),
    *slack(),
    *hn(),
    day("3 10:00"),
    search(GOOGLE, "grafana container_memory_working_set_bytes alert before oom", "oom"),
    page(
        "https://grafana.com/docs/grafana-cloud/monitor-infrastructure/kubernetes-monitoring/",
        "Kubernetes Monitoring | Grafana Cloud documentation",
        "oom",
    ),
    day("3 12:45"),
    search(GOOGLE, "english speaking dentist berlin kreuzberg", "dentist"),
    page(
        "https://www.doctolib.de/zahnarzt/berlin-kreuzberg?language=en",
        "Zahnarzt in Berlin-Kreuzberg - Termin online buchen | Doctolib",
        "dentist",
    ),
    day("3 19:30"),
    search(GOOGLE, "rust tokio tutorial async http server axum", "rust"),
    page(
        "https://tokio.rs/tokio/tutorial",
        "Tutorial | Tokio - An asynchronous Rust runtime",
        "rust",
    ),
    page(
        "https://docs.rs/axum/latest/axum/",
        "axum - Rust",
        "rust",
    ),
    day("4 08:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1799881122334455601",
        "Ihre Terminbestätigung: Bürgeramt Friedrichshain, 12.03. 09:20",
        "anmeldung",
    ),
    *slack(),
    day("4 11:00"),
    search(GOOGLE, "heap dump on OutOfMemoryError kubernetes ephemeral volume", "oom"),
    page(
        f"{SO}/46612345/how-to-get-a-heap-dump-from-kubernetes-k8s-pod",
        "How to get a heap dump from Kubernetes k8s pod? - Stack Overflow",
        "oom",
    ),
    day("4 18:30"),
    search(DDG, "kraftklub hamburg tickets sporthalle", "concert"),
    page(
        "https://www.eventim.de/artist/kraftklub/",
        "Kraftklub Tickets | Tickets für Kraftklub Tour 2027 - eventim.de",
        "concert",
    ),
    day("4 20:00"),
    *spiegel(),
    day("5 08:40"),
    *mail(),
    *slack(),
    day("5 10:15"),
    search(GOOGLE, "rust error handling thiserror vs anyhow", "rust"),
    page(
        "https://www.lpalmieri.com/posts/error-handling-rust/",
        "Error Handling In Rust - A Deep Dive | A learning journal",
        "rust",
    ),
    day("5 15:20"),
    search(GOOGLE, "wohnungsgeberbestätigung vorlage pdf", "anmeldung"),
    page(
        "https://www.berlin.de/formularverzeichnis/?formular=/labo/zentrale-einwohnerangelegenheiten/_assets/mdb-f398667-wohnungsgeberbestaetigung.pdf",
        "Wohnungsgeberbestätigung - Formularverzeichnis - Berlin.de",
        "anmeldung",
    ),
    day("5 19:00"),
    search(DDG, "derailleur hanger bent symptoms", "bike"),
    page(
        "https://www.parktool.com/en-us/blog/repair-help/derailleur-hanger-alignment",
        "Derailleur Hanger Alignment | Park Tool",
        "bike",
    ),
    day("6 10:30"),
    *hn(),
    search(GOOGLE, "deutsche bahn berlin hamburg sparpreis", "concert"),
    page(
        "https://www.bahn.de/angebot/sparpreis-flexpreis/sparpreis",
        "Sparpreis | Deutsche Bahn",
        "concert",
    ),
    day("6 16:00"),
    search(GOOGLE, "zahnreinigung kosten gesetzlich versichert", "dentist"),
    page(
        "https://www.tk.de/techniker/leistungen-und-mitgliedschaft/leistungen/zahngesundheit/professionelle-zahnreinigung-2006424",
        "Professionelle Zahnreinigung | Die Techniker",
        "dentist",
    ),
    day("7 11:00"),
    search(DDG, "bike shop berlin friedrichshain gear tune up", "bike"),
    page(
        "https://www.yelp.de/search?find_desc=Fahrradladen&find_loc=Friedrichshain%2C+Berlin",
        "Die besten 10 Fahrradläden in Friedrichshain, Berlin - Yelp",
        "bike",
    ),
    day("7 15:30"),
    search(GOOGLE, "rustlings exercises solutions structs enums", "rust"),
    page(
        "https://github.com/rust-lang/rustlings",
        "GitHub - rust-lang/rustlings: Small exercises to get you used to reading and writing Rust code!",
        "rust",
    ),
    day("8 08:45"),
    *mail(),
    *slack(),
    *hn(),
    day("8 10:40"),
    search(GOOGLE, "netty direct memory leak MaxDirectMemorySize container", "oom"),
    page(
        "https://netty.io/wiki/reference-counted-objects.html",
        "Reference counted objects | Netty",
        "oom",
    ),
    day("8 17:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1799881122334455702",
        "Deine Tickets: Kraftklub, Sporthalle Hamburg, 21.03.",
        "concert",
    ),
    day("8 19:30"),
    *spiegel(),
]
