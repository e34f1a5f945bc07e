"""Write the bundled sample history: two weeks of one (invented) person's browsing.

Run: python scripts/make_sample_history.py  (rewrites src/journeys/data/sample_history.jsonl)
Several tasks interleave over days, habit sites recur, searches are reworded, one purchase is
completed, one trip is never booked.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote_plus

OUT = Path(__file__).resolve().parents[1] / "src" / "journeys" / "data" / "sample_history.jsonl"
TZ = timezone(timedelta(hours=1))
START = datetime(2026, 11, 2, tzinfo=TZ)  # a Monday

ENGINES = {
    "google": ("https://www.google.com/search?q={q}", "{t} - Google Search"),
    "ddg": ("https://duckduckgo.com/?q={q}&t=h_", "{t} at DuckDuckGo"),
}

HABITS = [
    ("https://mail.google.com/mail/u/0/#inbox", "Inbox (3) - sam.rivera@example.com - Gmail"),
    ("https://www.bbc.com/news", "BBC News - Home"),
    ("https://www.youtube.com/", "YouTube"),
    ("https://www.reddit.com/", "Reddit - Dive into anything"),
    ("https://news.ycombinator.com/", "Hacker News"),
]

# (day, hour, minute, steps). A step is ("s", engine, query), ("p", url, title) or
# ("h", habit index). Pages after a search were opened from it.
SESSIONS = [
    (0, 8, 5, [("h", 0), ("h", 1)]),
    (
        0,
        9,
        40,
        [
            ("s", "google", "kyoto in april cherry blossom"),
            (
                "p",
                "https://www.japan-guide.com/e/e3901.html",
                "Kyoto Travel Guide - japan-guide.com",
            ),
            (
                "p",
                "https://www.japan-guide.com/sakura/",
                "Cherry Blossom Forecast 2027 - japan-guide.com",
            ),
            ("h", 0),
        ],
    ),
    (
        0,
        13,
        10,
        [
            ("s", "google", "rust book ownership"),
            (
                "p",
                "https://doc.rust-lang.org/book/ch04-01-what-is-ownership.html",
                "What is Ownership? - The Rust Programming Language",
            ),
            (
                "p",
                "https://doc.rust-lang.org/book/ch04-02-references-and-borrowing.html",
                "References and Borrowing - The Rust Programming Language",
            ),
        ],
    ),
    (
        0,
        20,
        30,
        [
            ("h", 2),
            ("p", "https://www.youtube.com/watch?v=a1b2c3", "Lo-fi beats to relax - YouTube"),
            ("h", 3),
        ],
    ),
    (1, 8, 0, [("h", 0), ("h", 4)]),
    (
        1,
        10,
        15,
        [
            ("s", "google", "flights london to osaka april"),
            (
                "p",
                "https://www.skyscanner.net/transport/flights/lond/osaa/270402/",
                "Cheap flights from London to Osaka | Skyscanner",
            ),
            (
                "p",
                "https://www.google.com/travel/flights?q=flights+LHR+KIX+april",
                "Google Flights - LHR to KIX",
            ),
            (
                "p",
                "https://www.ba.com/en-gb/flights/london/osaka",
                "Flights from London to Osaka | British Airways",
            ),
        ],
    ),
    (
        1,
        11,
        0,
        [
            ("s", "ddg", "kubernetes pod OOMKilled exit code 137"),
            (
                "p",
                "https://stackoverflow.com/questions/59729917/kubernetes-pods-terminated-exit-code-137",
                "Kubernetes Pods Terminated - Exit Code 137 - Stack Overflow",
            ),
            (
                "p",
                "https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/",
                "Assign Memory Resources to Containers and Pods | Kubernetes",
            ),
            ("h", 0),
        ],
    ),
    (
        1,
        14,
        20,
        [
            ("s", "ddg", "java heap container memory limit jvm"),
            (
                "p",
                "https://developers.redhat.com/articles/2022/04/19/java-17-whats-new-openjdks-container-awareness",
                "Java 17: What's new in OpenJDK's container awareness | Red Hat Developer",
            ),
            ("s", "ddg", "MaxRAMPercentage kubernetes"),
            (
                "p",
                "https://www.baeldung.com/java-jvm-parameters-rampercentage",
                "JVM Parameters InitialRAMPercentage, MinRAMPercentage, and MaxRAMPercentage | Baeldung",
            ),
        ],
    ),
    (
        1,
        21,
        0,
        [
            ("s", "google", "standing desk under 400"),
            (
                "p",
                "https://www.wirecutter.com/reviews/best-standing-desk/",
                "The Best Standing Desk | Reviews by Wirecutter",
            ),
            (
                "p",
                "https://www.reddit.com/r/StandingDesks/comments/x1/best_budget_standing_desk/",
                "Best budget standing desk? : r/StandingDesks",
            ),
            ("h", 2),
        ],
    ),
    (2, 8, 10, [("h", 0), ("h", 1)]),
    (
        2,
        9,
        30,
        [
            ("s", "ddg", "kubectl top pod memory usage"),
            (
                "p",
                "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_top/kubectl_top_pod/",
                "kubectl top pod | Kubernetes",
            ),
            ("s", "ddg", "jvm native memory tracking container"),
            (
                "p",
                "https://docs.oracle.com/en/java/javase/17/vm/native-memory-tracking.html",
                "Native Memory Tracking - Java",
            ),
            (
                "p",
                "https://github.com/acme/payments-service/pull/482",
                "Set MaxRAMPercentage=75 and raise memory limit to 1Gi by sam · Pull Request #482 · acme/payments-service",
            ),
        ],
    ),
    (
        2,
        12,
        45,
        [
            ("s", "google", "rust borrow checker explained"),
            ("p", "https://rust-lang.github.io/rfcs/2094-nll.html", "2094-nll - The Rust RFC Book"),
            (
                "p",
                "https://blog.logrocket.com/introducing-rust-borrow-checker/",
                "Introducing the Rust borrow checker - LogRocket Blog",
            ),
        ],
    ),
    (
        2,
        19,
        30,
        [
            ("h", 3),
            ("h", 2),
            (
                "p",
                "https://www.youtube.com/watch?v=k9x8y7",
                "Why Rust's borrow checker is your friend - YouTube",
            ),
        ],
    ),
    (3, 8, 0, [("h", 0)]),
    (
        3,
        10,
        0,
        [
            (
                "p",
                "https://github.com/acme/payments-service/pull/482",
                "Set MaxRAMPercentage=75 and raise memory limit to 1Gi by sam · Pull Request #482 · acme/payments-service",
            ),
            (
                "p",
                "https://grafana.acme.internal/d/pods/payments?orgId=1",
                "Payments pods memory - Grafana",
            ),
        ],
    ),
    (
        3,
        18,
        40,
        [
            ("s", "google", "flexispot e7 vs uplift v2"),
            (
                "p",
                "https://www.flexispot.co.uk/e7-standing-desk",
                "FlexiSpot E7 Standing Desk | FlexiSpot UK",
            ),
            (
                "p",
                "https://www.upliftdesk.com/uplift-v2-standing-desk-v2-or-v2-commercial/",
                "UPLIFT V2 Standing Desk | UPLIFT Desk",
            ),
            ("s", "google", "flexispot e7 review noise"),
            (
                "p",
                "https://www.rtings.com/office/reviews/flexispot/e7",
                "FlexiSpot E7 Review - RTINGS.com",
            ),
        ],
    ),
    (4, 8, 15, [("h", 0), ("h", 1), ("h", 4)]),
    (
        4,
        11,
        0,
        [
            ("s", "google", "ryokan kyoto with private onsen"),
            (
                "p",
                "https://www.booking.com/searchresults.html?ss=Kyoto&checkin=2027-04-03&checkout=2027-04-08",
                "Booking.com: Hotels in Kyoto. Book your hotel now!",
            ),
            (
                "p",
                "https://www.booking.com/hotel/jp/ryokan-yachiyo.html?checkin=2027-04-03&checkout=2027-04-08",
                "Ryokan Yachiyo, Kyoto – Updated 2027 Prices",
            ),
            (
                "p",
                "https://www.japanican.com/en/hotel/detail/2600123/",
                "Gion Hatanaka Ryokan | JAPANiCAN.com",
            ),
        ],
    ),
    (
        4,
        13,
        30,
        [
            ("s", "google", "sourdough starter not rising"),
            (
                "p",
                "https://www.kingarthurbaking.com/blog/2019/11/21/sourdough-starter-troubleshooting",
                "Sourdough starter troubleshooting | King Arthur Baking",
            ),
            (
                "p",
                "https://www.theperfectloaf.com/beginners-sourdough-bread/",
                "A Beginner's Sourdough Bread Recipe | The Perfect Loaf",
            ),
        ],
    ),
    (5, 9, 30, [("h", 1), ("h", 2), ("h", 3)]),
    (
        5,
        10,
        30,
        [
            ("s", "google", "sourdough bread recipe overnight"),
            (
                "p",
                "https://www.theperfectloaf.com/beginners-sourdough-bread/",
                "A Beginner's Sourdough Bread Recipe | The Perfect Loaf",
            ),
            (
                "p",
                "https://www.bbcgoodfood.com/recipes/sourdough-bread",
                "Sourdough bread recipe | BBC Good Food",
            ),
        ],
    ),
    (
        5,
        16,
        0,
        [
            (
                "p",
                "https://www.flexispot.co.uk/e7-standing-desk",
                "FlexiSpot E7 Standing Desk | FlexiSpot UK",
            ),
            ("p", "https://www.flexispot.co.uk/cart", "Shopping Cart | FlexiSpot UK"),
            ("p", "https://www.flexispot.co.uk/checkout", "Checkout | FlexiSpot UK"),
            (
                "p",
                "https://www.flexispot.co.uk/checkout/onepage/success/",
                "Thank you for your order! | FlexiSpot UK",
            ),
        ],
    ),
    (6, 9, 0, [("h", 0), ("h", 2)]),
    (7, 8, 0, [("h", 0), ("h", 1)]),
    (
        7,
        12,
        30,
        [
            ("s", "google", "rust traits and generics tutorial"),
            (
                "p",
                "https://doc.rust-lang.org/book/ch10-02-traits.html",
                "Traits: Defining Shared Behavior - The Rust Programming Language",
            ),
            (
                "p",
                "https://doc.rust-lang.org/rust-by-example/generics.html",
                "Generics - Rust By Example",
            ),
        ],
    ),
    (
        7,
        20,
        0,
        [
            ("s", "google", "kyoto 5 day itinerary"),
            ("p", "https://www.insidekyoto.com/kyoto-itinerary", "Kyoto Itinerary - Inside Kyoto"),
            ("s", "google", "jr pass worth it tokyo osaka kyoto"),
            ("p", "https://www.japan-guide.com/railpass/", "Japan Rail Pass - japan-guide.com"),
        ],
    ),
    (8, 8, 10, [("h", 0), ("h", 4)]),
    (
        8,
        9,
        45,
        [
            ("s", "ddg", "pod OOMKilled after deploy memory leak"),
            (
                "p",
                "https://github.com/acme/payments-service/issues/490",
                "Pods OOMKilled again after 2.3.1 deploy · Issue #490 · acme/payments-service",
            ),
            (
                "p",
                "https://grafana.acme.internal/d/pods/payments?orgId=1",
                "Payments pods memory - Grafana",
            ),
            (
                "p",
                "https://github.com/acme/payments-service/pull/493",
                "Fix connection pool leak in ledger client · Pull Request #493 · acme/payments-service",
            ),
        ],
    ),
    (
        8,
        22,
        0,
        [
            ("h", 2),
            ("p", "https://www.youtube.com/watch?v=q4w5e6", "Kyoto in Spring - 4K Walk - YouTube"),
        ],
    ),
    (9, 8, 30, [("h", 0), ("h", 1)]),
    (
        9,
        13,
        0,
        [
            ("s", "google", "rust error handling result question mark"),
            (
                "p",
                "https://doc.rust-lang.org/book/ch09-02-recoverable-errors-with-result.html",
                "Recoverable Errors with Result - The Rust Programming Language",
            ),
            ("s", "google", "anyhow vs thiserror"),
            (
                "p",
                "https://www.reddit.com/r/rust/comments/x2/anyhow_vs_thiserror/",
                "anyhow vs thiserror : r/rust",
            ),
        ],
    ),
    (10, 9, 0, [("h", 0), ("h", 3)]),
    (
        10,
        18,
        0,
        [
            (
                "p",
                "https://www.flexispot.co.uk/sales/order/view/order_id/88123/",
                "Order #100088123 | FlexiSpot UK",
            ),
            ("p", "https://track.dpd.co.uk/parcels/15501234567890", "Track your parcel | DPD"),
        ],
    ),
    (
        11,
        10,
        0,
        [
            ("s", "google", "cheap flights osaka april 2027"),
            (
                "p",
                "https://www.skyscanner.net/transport/flights/lond/osaa/270402/",
                "Cheap flights from London to Osaka | Skyscanner",
            ),
            (
                "p",
                "https://www.kayak.co.uk/flights/LON-OSA/2027-04-02/2027-04-12",
                "LON to OSA flights | KAYAK",
            ),
            ("p", "https://www.jal.co.jp/uk/en/", "Japan Airlines - UK"),
        ],
    ),
    (11, 10, 40, [("h", 0), ("h", 1)]),
    (12, 8, 0, [("h", 0), ("h", 4), ("h", 2)]),
    (
        12,
        14,
        0,
        [
            ("s", "google", "rust async tokio tutorial"),
            (
                "p",
                "https://tokio.rs/tokio/tutorial",
                "Tutorial | Tokio - An asynchronous Rust runtime",
            ),
            ("p", "https://rust-lang.github.io/async-book/", "Asynchronous Programming in Rust"),
        ],
    ),
    (13, 9, 0, [("h", 0), ("h", 1)]),
]


def write_history(
    out: Path,
    sessions: Sequence[tuple[int, int, int, Sequence[tuple[object, ...]]]],
    *,
    start: datetime,
    engines: dict[str, tuple[str, str]],
    habits: Sequence[tuple[str, str]],
    seed: int,
    pause_s: tuple[int, int],
) -> None:
    """Write sittings of steps as a JSONL visit log. A step is ("s", engine, query),
    ("h", habit index) or ("p", url, title); a page was opened from the search before it in
    its sitting, else from the page before it."""
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    for day, hour, minute, steps in sessions:
        now = start + timedelta(days=day, hours=hour, minutes=minute, seconds=rng.randint(0, 59))
        last_search: str | None = None
        previous: str | None = None
        for step in steps:
            referrer: str | None = None
            if step[0] == "s":
                engine, query = str(step[1]), str(step[2])
                pattern, title = engines[engine]
                url, page_title = pattern.format(q=quote_plus(query)), title.format(t=query)
                last_search = url
            elif step[0] == "h":
                url, page_title = habits[int(str(step[1]))]
                last_search = None
            else:
                url, page_title = str(step[1]), str(step[2])
                referrer = last_search or previous
            row = {"time": now.isoformat(timespec="microseconds"), "url": url, "title": page_title}
            if referrer:
                row["referrer"] = referrer
            rows.append(row)
            previous = url
            now += timedelta(seconds=rng.randint(*pause_s), microseconds=rng.randint(0, 999_999))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} visits to {out}")


def main() -> None:
    write_history(
        OUT, SESSIONS, start=START, engines=ENGINES, habits=HABITS, seed=7, pause_s=(20, 240)
    )


if __name__ == "__main__":
    main()
