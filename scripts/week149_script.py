"""A backend engineer's ten days in Austin, at work and at home, written in the thirty-ninth
session and scored before any change for it: a pod at work that Kubernetes keeps killing
for memory (OOMKilled), learning Rust in the evenings, a trip to Kyoto in April, a standing
desk under $400, his car's registration renewal, and a birthday dinner for his wife. Between
them he reads Hacker News and its threads, watches YouTube, opens Gmail and a sports page.
Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week149``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "marcus.bell@gmail.com"
SO = "https://stackoverflow.com/questions"
K8S = "https://kubernetes.io/docs"
RUST = "https://doc.rust-lang.org/book"
HN = "https://news.ycombinator.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (4) - {ADDRESS} - Gmail", None)]


def hn(item: str | None = None, title: str = "") -> list[Step]:
    steps: list[Step] = [("goto", f"{HN}/", "Hacker News", None)]
    if item:
        steps.append(("click", f"{HN}/item?id={item}", f"{title} | Hacker News", None))
    return steps


def youtube(video: str | None = None, title: str = "") -> list[Step]:
    steps: list[Step] = [("goto", "https://www.youtube.com/", "YouTube", None)]
    if video:
        steps.append(
            ("click", f"https://www.youtube.com/watch?v={video}", f"{title} - YouTube", None)
        )
    return steps


def espn() -> list[Step]:
    return [
        ("goto", "https://www.espn.com/nba/", "NBA on ESPN - Scores, Stats and Highlights", None)
    ]


STEPS: list[Step] = [
    day("1 09:05"),
    *mail(),
    *hn("41870021", "Postgres 18 released"),
    search(GOOGLE, "kubernetes pod OOMKilled exit code 137", "oom"),
    page(
        f"{SO}/59729917/kubernetes-pods-terminated-exit-code-137",
        "Kubernetes Pods Terminated - Exit Code 137 - Stack Overflow",
        "oom",
    ),
    page(
        f"{K8S}/concepts/configuration/manage-resources-containers/",
        "Resource Management for Pods and Containers | Kubernetes",
        "oom",
    ),
    search(GOOGLE, "container_memory_working_set_bytes vs rss which one triggers oom", "oom"),
    page(
        "https://faun.pub/how-much-is-too-much-the-linux-oomkiller-and-used-memory-d32186f29c9d",
        "How much is too much? The Linux OOMKiller and \u201cused\u201d memory | by Mihai Albert | FAUN.dev",
        "oom",
    ),
    *tab(
        "https://github.com/kubernetes/kubernetes/issues/43916",
        "kubectl top pod memory usage differs from container_memory_usage_bytes "
        "\u00b7 Issue #43916 \u00b7 kubernetes/kubernetes \u00b7 GitHub",
        "oom",
    ),
    day("1 12:40"),
    *youtube("lofi0001", "lofi hip hop radio - beats to relax/study to"),
    search(DDG, "standing desk under 400", "desk"),
    page(
        "https://www.nytimes.com/wirecutter/reviews/best-standing-desk/",
        "The 3 Best Standing Desks of 2026 | Reviews by Wirecutter",
        "desk",
    ),
    page(
        "https://www.flexispot.com/standing-desks/e7-pro",
        "FlexiSpot E7 Pro Standing Desk | Dual Motor, Cross Legs",
        "desk",
    ),
    day("1 14:20"),
    search(GOOGLE, "jvm heap vs container memory limit MaxRAMPercentage", "oom"),
    page(
        "https://developers.redhat.com/articles/2022/04/19/java-17-whats-new-openjdks-container-awareness",
        "Java 17: What's new in OpenJDK's container awareness | Red Hat Developer",
        "oom",
    ),
    page(
        f"{SO}/54292282/clarification-of-maxrampercentage",
        "java - Clarification of -XX:MaxRAMPercentage - Stack Overflow",
        "oom",
    ),
    day("1 20:30"),
    *espn(),
    page(f"{RUST}/", "The Rust Programming Language - The Rust Programming Language", "rust"),
    page(
        f"{RUST}/ch04-01-what-is-ownership.html",
        "What is Ownership? - The Rust Programming Language",
        "rust",
    ),
    page(
        f"{RUST}/ch04-02-references-and-borrowing.html",
        "References and Borrowing - The Rust Programming Language",
        "rust",
    ),
    search(DDG, "rust cannot borrow as mutable because it is also borrowed as immutable", "rust"),
    page(
        f"{SO}/47618823/cannot-borrow-as-mutable-because-it-is-also-borrowed-as-immutable",
        "rust - Cannot borrow as mutable because it is also borrowed as immutable - Stack Overflow",
        "rust",
    ),
    day("2 08:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "7d2a91c0fe",
        "1813390020001",
        "Your vehicle registration renewal notice - Texas DMV",
        "car",
    ),
    search(GOOGLE, "texas registration renewal online inspection required first", "car"),
    page(
        "https://www.txdmv.gov/motorists/register-your-vehicle",
        "Register Your Vehicle | TxDMV.gov",
        "car",
    ),
    search(GOOGLE, "vehicle inspection near me austin open saturday", "car"),
    page(
        "https://www.google.com/maps/search/vehicle+inspection+near+me+austin",
        "vehicle inspection near me austin - Google Maps",
        "car",
    ),
    day("2 10:15"),
    search(GOOGLE, "kubectl describe pod last state terminated reason OOMKilled limits", "oom"),
    page(
        "https://sysdig.com/blog/troubleshoot-kubernetes-oom/",
        "How to troubleshoot Kubernetes OOM and CPU Throttle \u2013 Sysdig",
        "oom",
    ),
    search(GOOGLE, "grafana dashboard memory per container prometheus query", "oom"),
    page(
        "https://grafana.com/grafana/dashboards/15760-kubernetes-views-pods/",
        "Kubernetes / Views / Pods | Grafana Labs",
        "oom",
    ),
    *hn("41881345", "Ask HN: How do you keep up with reading papers?"),
    day("2 13:00"),
    search(GOOGLE, "kyoto in april cherry blossom forecast 2027", "kyoto"),
    page(
        "https://www.japan-guide.com/sakura/",
        "Cherry Blossom Forecast 2027 - japan-guide.com",
        "kyoto",
    ),
    page(
        "https://www.japan-guide.com/e/e3900.html",
        "Kyoto Travel Guide - japan-guide.com",
        "kyoto",
    ),
    search(GOOGLE, "flights austin to osaka april", "kyoto"),
    page(
        "https://www.google.com/travel/flights?q=Flights%20to%20KIX%20from%20AUS",
        "Cheap Flights from Austin to Osaka | Google Flights",
        "kyoto",
    ),
    day("2 21:10"),
    *youtube("rustvid01", "Rust ownership in 10 minutes"),
    page("https://rustlings.cool/", "rustlings - Small exercises to get you used to Rust", "rust"),
    search(DDG, "rustlings install cargo error linker cc not found", "rust"),
    page(
        "https://users.rust-lang.org/t/error-linker-cc-not-found/50341",
        "Error: linker `cc` not found - help - The Rust Programming Language Forum",
        "rust",
    ),
    day("3 09:30"),
    *mail(),
    search(GOOGLE, "java native memory tracking netty direct buffer leak kubernetes", "oom"),
    page(
        f"{SO}/64446937/netty-direct-memory-leak-in-kubernetes",
        "java - Netty direct memory leak in Kubernetes - Stack Overflow",
        "oom",
    ),
    page(
        "https://docs.oracle.com/en/java/javase/21/vm/native-memory-tracking.html",
        "Native Memory Tracking - Java Virtual Machine Guide",
        "oom",
    ),
    day("3 12:30"),
    search(DDG, "uplift v2 vs flexispot e7 vs fully jarvis", "desk"),
    page(
        "https://www.reddit.com/r/StandingDesk/comments/1ab2cd3/uplift_v2_vs_flexispot_e7_vs_jarvis/",
        "Uplift V2 vs Flexispot E7 vs Jarvis : r/StandingDesk",
        "desk",
    ),
    page(
        "https://www.amazon.com/FlexiSpot-Standing-Adjustable-Electric-Ergonomic/dp/B0CJ1QX8RM",
        "Amazon.com: FlexiSpot E7 Pro Standing Desk 55x28 Inch Electric Height Adjustable "
        ": Office Products",
        "desk",
    ),
    day("3 19:45"),
    *espn(),
    search(GOOGLE, "best birthday dinner austin romantic tasting menu", "dinner"),
    page(
        "https://austin.eater.com/maps/best-romantic-restaurants-austin",
        "The Most Romantic Restaurants in Austin - Eater Austin",
        "dinner",
    ),
    page(
        "https://www.opentable.com/r/jeffreys-austin",
        "Jeffrey's Restaurant - Austin, TX | OpenTable",
        "dinner",
    ),
    day("4 10:00"),
    *hn("41893310", "The unreasonable effectiveness of SQLite"),
    search(GOOGLE, "set memory request equal to limit guaranteed qos oom score", "oom"),
    page(
        f"{K8S}/tasks/configure-pod-container/quality-service-pod/",
        "Configure Quality of Service for Pods | Kubernetes",
        "oom",
    ),
    page(
        "https://github.com/acme-payments/ledger-service/pull/812",
        "Raise memory limit and set MaxRAMPercentage=70 by mbell \u00b7 Pull Request #812 "
        "\u00b7 acme-payments/ledger-service",
        "oom",
        action="goto",
    ),
    day("4 21:00"),
    page(
        f"{RUST}/ch05-01-defining-structs.html",
        "Defining and Instantiating Structs - The Rust Programming Language",
        "rust",
        action="goto",
    ),
    page(
        f"{RUST}/ch06-02-match.html",
        "The match Control Flow Construct - The Rust Programming Language",
        "rust",
    ),
    search(DDG, "rust option unwrap vs expect vs question mark", "rust"),
    page(
        "https://www.reddit.com/r/rust/comments/1c9xk2p/when_to_use_unwrap_vs_expect/",
        "When to use unwrap vs expect? : r/rust",
        "rust",
    ),
    day("5 12:10"),
    search(GOOGLE, "ryokan kyoto private onsen under 300", "kyoto"),
    page(
        "https://www.booking.com/searchresults.html?ss=Kyoto&nflt=ht_id%3D209",
        "Ryokans in Kyoto \u2013 Book your ryokan now | Booking.com",
        "kyoto",
    ),
    page(
        "https://www.booking.com/hotel/jp/gion-hatanaka.html",
        "Gion Hatanaka, Kyoto \u2013 Updated 2027 Prices | Booking.com",
        "kyoto",
    ),
    search(GOOGLE, "jr pass worth it osaka kyoto tokyo 2027 price increase", "kyoto"),
    page(
        "https://www.reddit.com/r/JapanTravel/comments/1d3qz8f/is_the_jr_pass_still_worth_it/",
        "Is the JR Pass still worth it after the price increase? : r/JapanTravel",
        "kyoto",
    ),
    day("5 20:00"),
    *youtube("dskrev001", "FlexiSpot E7 Pro Review After 1 Year - Still Worth It?"),
    search(DDG, "flexispot e7 pro wobble at standing height", "desk"),
    page(
        "https://www.rtings.com/office-chair/reviews/flexispot/e7-pro",
        "FlexiSpot E7 Pro Standing Desk Review - RTINGS.com",
        "desk",
    ),
    day("6 11:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "7d2a91c0fe",
        "1813390020044",
        "Your reservation at Jeffrey's is confirmed",
        "dinner",
    ),
    search(GOOGLE, "flower delivery austin same day roses", "dinner"),
    page(
        "https://www.freshbloomsaustin.com/same-day-delivery",
        "Same Day Flower Delivery Austin TX | Fresh Blooms",
        "dinner",
    ),
    day("6 15:30"),
    search(GOOGLE, "state inspection station 78704 wait time", "car"),
    page(
        "https://www.yelp.com/search?find_desc=State+Inspection&find_loc=Austin%2C+TX+78704",
        "Top 10 Best State Inspection Near Austin, Texas 78704 - Yelp",
        "car",
    ),
    page(
        "https://www.txdmv.gov/motorists/register-your-vehicle/registration-renewal",
        "Registration Renewal | TxDMV.gov",
        "car",
        action="goto",
    ),
    day("7 10:20"),
    *hn(),
    search(GOOGLE, "oomkilled after upgrade to java 21 memory increase", "oom"),
    page(
        "https://github.com/netty/netty/issues/13521",
        "Direct memory usage grows after upgrading to JDK 21 \u00b7 Issue #13521 "
        "\u00b7 netty/netty \u00b7 GitHub",
        "oom",
    ),
    page(
        "https://github.com/acme-payments/ledger-service/pull/815",
        "Cap Netty direct memory, add NMT to staging by mbell \u00b7 Pull Request #815 "
        "\u00b7 acme-payments/ledger-service",
        "oom",
        action="goto",
    ),
    day("7 21:15"),
    search(DDG, "rust lifetimes explained simply 'a", "rust"),
    page(
        f"{RUST}/ch10-03-lifetime-syntax.html",
        "Validating References with Lifetimes - The Rust Programming Language",
        "rust",
    ),
    *youtube("rustvid02", "Crust of Rust: Lifetime Annotations"),
    day("8 12:00"),
    search(GOOGLE, "kyoto itinerary 4 days fushimi inari early morning arashiyama", "kyoto"),
    page(
        "https://www.insidekyoto.com/kyoto-itinerary-four-days",
        "Kyoto Itinerary: Four Days | Inside Kyoto",
        "kyoto",
    ),
    search(GOOGLE, "austin to osaka flights april 8 return april 20", "kyoto"),
    page(
        "https://www.google.com/travel/flights?q=Flights%20to%20KIX%20from%20AUS%20on%202027-04-08",
        "Austin to Osaka | Google Flights",
        "kyoto",
    ),
    day("8 19:30"),
    *espn(),
    page(
        "https://www.amazon.com/FlexiSpot-Standing-Adjustable-Electric-Ergonomic/dp/B0CJ1QX8RM",
        "Amazon.com: FlexiSpot E7 Pro Standing Desk 55x28 Inch Electric Height Adjustable "
        ": Office Products",
        "desk",
        action="goto",
    ),
    page(
        "https://www.amazon.com/gp/buy/thankyou/handlers/display.html",
        "Amazon.com Thanks You",
        "desk",
    ),
    day("9 09:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "7d2a91c0fe",
        "1813390020102",
        "Your Amazon.com order of FlexiSpot E7 Pro has shipped",
        "desk",
    ),
    search(
        GOOGLE,
        "prometheus alert container memory near limit kube_pod_container_resource_limits",
        "oom",
    ),
    page(
        "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubememoryovercommit/",
        "KubeMemoryOvercommit | Prometheus Operator runbooks",
        "oom",
    ),
    day("9 20:40"),
    search(DDG, "rust book chapter 8 exercises solutions hashmap", "rust"),
    page(
        f"{RUST}/ch08-03-hash-maps.html",
        "Storing Keys with Associated Values in Hash Maps - The Rust Programming Language",
        "rust",
    ),
    *youtube(),
    day("10 11:30"),
    *gmail_message(
        ADDRESS,
        "7d2a91c0fe",
        "1813390020150",
        "Inspection passed - Vehicle Inspection Report for your 2019 Honda Civic",
        "car",
    ),
    page(
        "https://www.txdmv.gov/motorists/register-your-vehicle/registration-renewal",
        "Registration Renewal | TxDMV.gov",
        "car",
        action="goto",
    ),
    search(GOOGLE, "kyoto april weather what to pack", "kyoto"),
    page(
        "https://www.japan-guide.com/e/e2273.html",
        "Kyoto weather in April - japan-guide.com",
        "kyoto",
    ),
]
