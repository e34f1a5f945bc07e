"""A site reliability engineer's ten days in Amsterdam, written in the twenty-first session
after the change for week42, and scored before any change for it: a pod killed for its
memory at work, a Terraform state lock that will not release (work too), Rust learned for
a side project, a trip to Kyoto in April looked at and never booked, a standing desk under
400 euros, a mechanical keyboard, and a cracked tooth. Three tasks are of one trade and
share its words: "memory" of the pod and of Rust's ownership, "lock" of Terraform's state
and of Rust's Mutex, "limits" of containers and of a desk's height, "state" everywhere.
Searches go to Google and DuckDuckGo; Rust's own documentation is read from one page to
the next; Slack and Grafana are opened each working day, Hacker News and NOS every morning.
Used by make_week_history.py (``week44``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GMAIL, GOOGLE, Step, day, page, search, tab, video_home

SO = "https://stackoverflow.com/questions"
BOOK = "https://doc.rust-lang.org/book"


def mail() -> list[Step]:
    return [("goto", GMAIL, "Inbox (4) - pieter.devries@example.nl - Gmail", None)]


def work() -> list[Step]:
    return [
        (
            "goto",
            "https://app.slack.com/client/T02ACME/C04OPS",
            "ops (Channel) - Acme - Slack",
            None,
        ),
        (
            "goto",
            "https://grafana.acme.internal/d/k8s-overview/kubernetes-overview",
            "Kubernetes overview - Dashboards - Grafana",
            None,
        ),
    ]


def hn(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://news.ycombinator.com/", "Hacker News", None)]
    if story:
        steps.append(page(story[0], story[1], None))
    return steps


def nos() -> list[Step]:
    return [("goto", "https://nos.nl/", "NOS Nieuws - Nieuws, Sport en Evenementen", None)]


STEPS: list[Step] = [
    day("1 08:10"),
    *mail(),
    *hn(("https://jvns.ca/blog/2026/04/18/dns-again/", "Debugging DNS, once more - Julia Evans")),
    *nos(),
    day("1 09:30"),
    *work(),
    search(GOOGLE, "kubernetes pod OOMKilled exit code 137 but memory usage low", "oom"),
    page(
        f"{SO}/59729917/kubernetes-pods-oomkilled-with-low-memory-usage",
        "Kubernetes pods OOMKilled although memory usage is low - Stack Overflow",
        "oom",
    ),
    page(
        "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
        "Resource Management for Pods and Containers | Kubernetes",
        "oom",
        "tab",
    ),
    ("close", "", "", "oom"),
    search(GOOGLE, "container_memory_working_set_bytes vs rss oomkill", "oom"),
    page(
        "https://www.getoutline.io/blog/working-set-vs-rss",
        "Working set vs RSS: which memory metric kills your pod? | Outline",
        "oom",
    ),
    day("1 13:30"),
    search(DDG, "rust book ownership borrowing explained", "rust"),
    page(
        f"{BOOK}/ch04-01-what-is-ownership.html",
        "What is Ownership? - The Rust Programming Language",
        "rust",
    ),
    page(
        f"{BOOK}/ch04-02-references-and-borrowing.html",
        "References and Borrowing - The Rust Programming Language",
        "rust",
    ),
    page(f"{BOOK}/ch04-03-slices.html", "The Slice Type - The Rust Programming Language", "rust"),
    day("1 20:30"),
    search(GOOGLE, "kyoto in april cherry blossom crowds", "kyoto"),
    page(
        "https://www.japan-guide.com/sakura/kyoto.html",
        "Cherry blossom forecast and spots in Kyoto - japan-guide.com",
        "kyoto",
    ),
    page(
        "https://www.insidekyoto.com/kyoto-cherry-blossom-guide",
        "Kyoto Cherry Blossom Guide | Inside Kyoto",
        "kyoto",
        "tab",
    ),
    ("close", "", "", "kyoto"),
    day("2 08:05"),
    *mail(),
    *hn(),
    day("2 09:20"),
    *work(),
    search(GOOGLE, "terraform error acquiring the state lock s3 dynamodb", "tflock"),
    page(
        f"{SO}/62189825/terraform-error-acquiring-the-state-lock",
        "Terraform Error acquiring the state lock - Stack Overflow",
        "tflock",
    ),
    page(
        "https://developer.hashicorp.com/terraform/language/state/locking",
        "State: Locking | Terraform | HashiCorp Developer",
        "tflock",
    ),
    search(GOOGLE, "terraform force-unlock safe when ci job was cancelled", "tflock"),
    page(
        "https://developer.hashicorp.com/terraform/cli/commands/force-unlock",
        "Command: force-unlock | Terraform | HashiCorp Developer",
        "tflock",
    ),
    day("2 12:45"),
    search(GOOGLE, "standing desk under 400 euro electric", "desk"),
    page(
        "https://www.tweakers.net/zit-sta-bureaus/vergelijken/",
        "Zit-sta-bureaus vergelijken - Tweakers",
        "desk",
    ),
    page(
        "https://www.flexispot.nl/e7-standing-desk",
        "FlexiSpot E7 Elektrisch Zit-Sta Bureau | FlexiSpot",
        "desk",
    ),
    day("2 21:00"),
    *video_home(),
    page("https://www.youtube.com/watch?v=f1-imola", "F1 Imola GP Highlights - YouTube", None),
    day("3 08:10"),
    *mail(),
    *nos(),
    day("3 09:40"),
    *work(),
    (
        "goto",
        "https://grafana.acme.internal/d/pod-mem/pod-memory?var-pod=checkout-api",
        "Pod memory: checkout-api - Dashboards - Grafana",
        "oom",
    ),
    search(GOOGLE, "jvm container memory limit heap MaxRAMPercentage kubernetes", "oom"),
    page(
        "https://developers.redhat.com/articles/2022/04/19/java-17-whats-new-openjdks-container-awareness",
        "Java 17: What's new in OpenJDK's container awareness | Red Hat Developer",
        "oom",
    ),
    page(
        f"{SO}/54292282/clarification-of-meaning-new-jvm-memory-parameters-initialrampercentage-and-minra",
        "Clarification of meaning new JVM memory parameters InitialRAMPercentage - Stack Overflow",
        "oom",
    ),
    day("3 13:15"),
    search(DDG, "rust mutex lock poisoned what does it mean", "rust"),
    page(
        "https://doc.rust-lang.org/std/sync/struct.Mutex.html",
        "Mutex in std::sync - Rust",
        "rust",
    ),
    page(
        f"{BOOK}/ch16-03-shared-state.html",
        "Shared-State Concurrency - The Rust Programming Language",
        "rust",
    ),
    day("3 19:45"),
    search(GOOGLE, "mechanical keyboard 75% hot swap iso layout", "keyboard"),
    page(
        "https://www.rtings.com/keyboard/reviews/best/mechanical",
        "The 6 Best Mechanical Keyboards of 2026 - RTINGS.com",
        "keyboard",
    ),
    page(
        "https://www.keychron.com/products/keychron-q1-max-qmk-via-wireless-custom-mechanical-keyboard",
        "Keychron Q1 Max QMK/VIA Wireless Custom Mechanical Keyboard",
        "keyboard",
    ),
    page(
        "https://www.reddit.com/r/MechanicalKeyboards/comments/1b2c3d/q1_max_iso_worth_it/",
        "Q1 Max ISO, worth it over a Q1 Pro? : r/MechanicalKeyboards",
        "keyboard",
        "tab",
    ),
    ("close", "", "", "keyboard"),
    day("4 08:00"),
    *mail(),
    *hn(("https://lwn.net/Articles/980001/", "The state of the page cache [LWN.net]")),
    day("4 09:30"),
    *work(),
    search(GOOGLE, "dynamodb lock table stale lock id terraform delete item", "tflock"),
    page(
        "https://github.com/hashicorp/terraform/issues/28321",
        "Stale state lock after CI runner killed · Issue #28321 · hashicorp/terraform",
        "tflock",
    ),
    page(
        "https://gitlab.acme.internal/platform/infra/-/merge_requests/412",
        "Add lock timeout to terraform plan in CI (!412) · Merge requests · platform / infra · GitLab",
        "tflock",
    ),
    day("4 12:50"),
    search(GOOGLE, "tooth cracked when biting pain dentist amsterdam spoed", "tooth"),
    page(
        "https://www.thuisarts.nl/gebroken-tand",
        "Ik heb een gebroken of gescheurde tand | Thuisarts.nl",
        "tooth",
    ),
    page(
        "https://www.tandartsamsterdam-oost.nl/spoed",
        "Spoed tandarts | Tandartspraktijk Amsterdam-Oost",
        "tooth",
    ),
    day("4 20:15"),
    search(GOOGLE, "kyoto ryokan with private onsen under 300", "kyoto"),
    page(
        "https://www.booking.com/searchresults.html?ss=Kyoto&nflt=ht_id%3D209",
        "Ryokans in Kyoto – Book your ryokan now!",
        "kyoto",
    ),
    page(
        "https://www.booking.com/hotel/jp/kyoto-gion-ryokan-yachiyo.html",
        "Gion Ryokan Yachiyo, Kyoto – Updated 2026 Prices",
        "kyoto",
    ),
    day("5 08:10"),
    *mail(),
    *nos(),
    day("5 09:25"),
    *work(),
    search(GOOGLE, "vertical pod autoscaler recommendation memory request", "oom"),
    page(
        "https://kubernetes.io/docs/concepts/workloads/autoscaling/vertical-pod-autoscale/",
        "Vertical Pod Autoscaling | Kubernetes",
        "oom",
    ),
    page(
        "https://gitlab.acme.internal/platform/deploy/-/merge_requests/977",
        "Raise checkout-api memory limit to 1.5Gi (!977) · Merge requests · platform / deploy · GitLab",
        "oom",
    ),
    day("5 13:00"),
    search(DDG, "rust lifetimes struct holding reference error", "rust"),
    page(
        f"{SO}/32300132/why-cant-i-store-a-value-and-a-reference-to-that-value-in-the-same-struct",
        "Why can't I store a value and a reference to that value in the same struct? - Stack Overflow",
        "rust",
    ),
    page(
        f"{BOOK}/ch10-03-lifetime-syntax.html",
        "Validating References with Lifetimes - The Rust Programming Language",
        "rust",
    ),
    day("5 18:30"),
    search(GOOGLE, "flexispot e7 vs e5 wobble at standing height", "desk"),
    page(
        "https://www.reddit.com/r/StandingDesk/comments/1c9d8e/flexispot_e7_wobble/",
        "Flexispot E7 wobble at max height? : r/StandingDesk",
        "desk",
    ),
    page(
        "https://www.ikea.com/nl/en/p/mittzon-desk-sit-stand-electric-walnut-veneer-black-s19528525/",
        "MITTZON Desk sit/stand, electric, walnut veneer/black - IKEA",
        "desk",
        "tab",
    ),
    ("close", "", "", "desk"),
    day("5 21:30"),
    *video_home(),
    day("6 09:30"),
    *mail(),
    *hn(
        (
            "https://www.quantamagazine.org/new-prime-bound-20260424/",
            "A new bound on prime gaps | Quanta",
        )
    ),
    day("6 11:00"),
    search(GOOGLE, "amsterdam to osaka flights april klm direct", "kyoto"),
    page(
        "https://www.klm.nl/en/flights/amsterdam/osaka",
        "Flights from Amsterdam to Osaka | KLM NL",
        "kyoto",
    ),
    page(
        "https://www.skyscanner.nl/transport/vluchten/ams/kix/",
        "Goedkope vluchten van Amsterdam naar Osaka Kansai | Skyscanner",
        "kyoto",
    ),
    search(GOOGLE, "kansai airport to kyoto haruka icoca", "kyoto"),
    page(
        "https://www.japan-guide.com/e/e4004.html",
        "Kansai Airport to Kyoto - japan-guide.com",
        "kyoto",
    ),
    day("6 15:30"),
    search(GOOGLE, "rust cli project structure clap example", "rust"),
    page(
        "https://docs.rs/clap/latest/clap/_derive/_tutorial/index.html",
        "clap::_derive::_tutorial - Rust",
        "rust",
    ),
    page(
        "https://rust-cli.github.io/book/tutorial/cli-args.html",
        "Parsing command line arguments - Command Line Applications in Rust",
        "rust",
    ),
    day("7 09:00"),
    *mail(),
    *nos(),
    day("7 10:30"),
    (
        "goto",
        "https://www.keychron.com/products/keychron-q1-max-qmk-via-wireless-custom-mechanical-keyboard",
        "Keychron Q1 Max QMK/VIA Wireless Custom Mechanical Keyboard",
        "keyboard",
    ),
    search(GOOGLE, "gateron jupiter banana vs brown switches", "keyboard"),
    page(
        "https://www.reddit.com/r/MechanicalKeyboards/comments/1d4e5f/jupiter_banana_vs_brown/",
        "Jupiter Banana vs Brown for typing? : r/MechanicalKeyboards",
        "keyboard",
    ),
    page(
        "https://www.keychron.com/cart",
        "Your Shopping Cart – Keychron",
        "keyboard",
    ),
    day("7 17:00"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=d41&view=pt&search=all&permthid=thread-f:3301",
        "Bevestiging afspraak tandarts - pieter.devries@example.nl - Gmail",
        "tooth",
    ),
    search(GOOGLE, "cracked tooth crown or root canal cost netherlands insurance", "tooth"),
    page(
        "https://www.independer.nl/zorgverzekering/info/tandartskosten",
        "Tandartskosten: wat vergoedt je zorgverzekering? | Independer",
        "tooth",
    ),
    day("8 08:10"),
    *mail(),
    *hn(),
    day("8 09:30"),
    *work(),
    (
        "goto",
        "https://grafana.acme.internal/d/pod-mem/pod-memory?var-pod=checkout-api",
        "Pod memory: checkout-api - Dashboards - Grafana",
        "oom",
    ),
    search(GOOGLE, "netty direct memory leak off heap container killed", "oom"),
    page(
        f"{SO}/63217451/netty-direct-memory-grows-until-container-is-oomkilled",
        "Netty direct memory grows until container is OOMKilled - Stack Overflow",
        "oom",
    ),
    page(
        "https://netty.io/wiki/reference-counted-objects.html",
        "Reference counted objects - Netty",
        "oom",
    ),
    day("8 14:00"),
    search(GOOGLE, "terraform s3 backend use_lockfile instead of dynamodb", "tflock"),
    page(
        "https://developer.hashicorp.com/terraform/language/backend/s3",
        "Backend Type: s3 | Terraform | HashiCorp Developer",
        "tflock",
    ),
    day("8 20:00"),
    search(DDG, "flexispot e7 discount code netherlands", "desk"),
    page(
        "https://www.flexispot.nl/e7-standing-desk",
        "FlexiSpot E7 Elektrisch Zit-Sta Bureau | FlexiSpot",
        "desk",
    ),
    page(
        "https://www.flexispot.nl/checkout",
        "Afrekenen | FlexiSpot",
        "desk",
    ),
    page(
        "https://www.flexispot.nl/checkout/success",
        "Bedankt voor je bestelling | FlexiSpot",
        "desk",
    ),
    day("9 08:10"),
    *mail(),
    *nos(),
    day("9 13:10"),
    search(DDG, "rust error handling anyhow vs thiserror", "rust"),
    page(
        "https://www.reddit.com/r/rust/comments/1e5f6g/anyhow_vs_thiserror_in_2026/",
        "anyhow vs thiserror in 2026? : r/rust",
        "rust",
    ),
    page(
        f"{BOOK}/ch09-02-recoverable-errors-with-result.html",
        "Recoverable Errors with Result - The Rust Programming Language",
        "rust",
    ),
    day("9 20:40"),
    search(GOOGLE, "fushimi inari early morning arashiyama itinerary 3 days kyoto", "kyoto"),
    page(
        "https://www.insidekyoto.com/kyoto-three-day-itinerary",
        "Kyoto Three-Day Itinerary | Inside Kyoto",
        "kyoto",
    ),
    day("10 08:05"),
    *mail(),
    *hn(),
    day("10 09:30"),
    *work(),
    (
        "goto",
        "https://gitlab.acme.internal/platform/deploy/-/merge_requests/977",
        "Raise checkout-api memory limit to 1.5Gi (!977) · Merge requests · platform / deploy · GitLab",
        "oom",
    ),
    search(GOOGLE, "kubernetes memory limit equal to request guaranteed qos", "oom"),
    page(
        "https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/",
        "Pod Quality of Service Classes | Kubernetes",
        "oom",
    ),
]
