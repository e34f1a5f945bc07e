"""Generate a large Chromium History with the real schema (taken from the Chromium fixture).

  python benchmarks/make_history.py [VISITS] [OUT]   (default 1,000,000 visits)

About 1 URL in 6 is new, 1 in 10 is a search result page with a keyword_search_terms row, 1 in
12 navigations goes through a server redirect, 1 in 20 rows is a subframe, links point at the
previous visit; times advance 1-120 s per visit.
"""

from __future__ import annotations

import random
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "chromium" / "Default" / "History"
START = 13_350_000_000_000_000  # Chromium µs, early 2024
WORDS = [
    "kyoto",
    "hotel",
    "flight",
    "rust",
    "async",
    "tokio",
    "desk",
    "standing",
    "review",
    "price",
    "cheap",
    "best",
    "how",
    "to",
    "fix",
    "pod",
    "memory",
    "kubernetes",
    "error",
    "recipe",
    "sourdough",
    "bread",
    "java",
    "heap",
    "tutorial",
    "guide",
]


def schema() -> list[str]:
    conn = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END"
    ).fetchall()
    meta = conn.execute("SELECT key, value FROM meta").fetchall()
    conn.close()
    return [r[0] for r in rows] + [
        f"INSERT INTO meta (key, value) VALUES ('{k}', '{v}')" for k, v in meta
    ]


def open_history(out: Path) -> sqlite3.Connection:
    """A new, empty History with the fixture's schema at ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(out)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    for sql in schema():
        conn.execute(sql)
    return conn


def write_rows(
    conn: sqlite3.Connection,
    urls: Sequence[Sequence[object]],
    terms: Sequence[Sequence[object]],
    rows: Sequence[Sequence[object]],
) -> None:
    """Store generated urls, search terms and visits, and close the History."""
    conn.executemany(
        "INSERT INTO urls (id, url, title, visit_count, typed_count, "
        "last_visit_time, hidden) VALUES (?, ?, ?, ?, ?, ?, ?)",
        urls,
    )
    conn.executemany(
        "INSERT INTO keyword_search_terms (keyword_id, url_id, term, "
        "normalized_term) VALUES (?, ?, ?, ?)",
        terms,
    )
    conn.executemany(
        "INSERT INTO visits (id, url, visit_time, from_visit, transition, "
        "segment_id, visit_duration) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.commit()
    conn.close()


def main(visits: int, out: Path) -> None:
    rng = random.Random(42)
    conn = open_history(out)
    urls: list[tuple[int, str, str, int, int, int, int]] = []
    visible: list[int] = []
    terms: list[tuple[int, int, str, str]] = []
    rows: list[tuple[int, int, int, int, int, int, int]] = []
    t = START
    vid = 0
    previous = 0

    def new_url(hidden: int = 0) -> int:
        uid = len(urls) + 1
        if rng.random() < 0.1 and not hidden:
            q = " ".join(rng.sample(WORDS, 3))
            url = "https://www.google.com/search?q=" + q.replace(" ", "+")
            title = f"{q} - Google Search"
            terms.append((2, uid, q, q))
        else:
            url = f"https://site{rng.randrange(5000)}.example/page/{uid}?ref={rng.randrange(9)}"
            title = f"Page {uid} about {rng.choice(WORDS)} and {rng.choice(WORDS)}"
        urls.append((uid, url, title, 1, 0, t, hidden))
        if not hidden:
            visible.append(uid)
        return uid

    while vid < visits:
        t += rng.randint(1_000_000, 120_000_000)
        url = new_url() if not visible or rng.random() < 0.17 else rng.choice(visible)
        roll = rng.random()
        core = 1 if roll < 0.15 else 0
        from_visit = previous if core == 0 and previous else 0
        if roll > 0.92 and vid + 2 <= visits:  # a server redirect: start (hidden hop) then end
            hop = new_url(hidden=1)
            vid += 1
            rows.append((vid, hop, t, from_visit, core | 0x10000000, 0, 0))
            vid += 1
            rows.append(
                (
                    vid,
                    url,
                    t,
                    vid - 1,
                    (core | 0x80000000 | 0x20000000) - (1 << 32),
                    0,
                    rng.randint(0, 60_000_000),
                )
            )
        elif roll > 0.87:  # a subframe
            vid += 1
            rows.append((vid, new_url(hidden=1), t, previous, 3 | 0x30000000, 0, 0))
            continue
        else:
            vid += 1
            rows.append((vid, url, t, from_visit, core | 0x30000000, 0, rng.randint(0, 60_000_000)))
        previous = vid
    write_rows(conn, urls, terms, rows)
    print(f"{out}: {len(rows)} visits, {len(urls)} urls, {out.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    target = (
        Path(sys.argv[2])
        if len(sys.argv) > 2
        else ROOT / "benchmarks" / "data" / "Default" / "History"
    )
    main(n, target)
