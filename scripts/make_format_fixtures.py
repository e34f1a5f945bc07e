"""Safari and Google Takeout fixtures, built from their documented formats.

No Safari or Google account is at hand, so these follow the schemas in ../shared/FORMATS.md
(Safari History.db from plaso's schema strings; Takeout from google_takeout_parser's tests).
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

SAFARI_SCHEMA = """
CREATE TABLE history_items (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL UNIQUE,
  domain_expansion TEXT NULL, visit_count INTEGER NOT NULL, daily_visit_counts BLOB NOT NULL,
  weekly_visit_counts BLOB NULL, autocomplete_triggers BLOB NULL,
  should_recompute_derived_visit_counts INTEGER NOT NULL, visit_count_score INTEGER NOT NULL,
  status_code INTEGER NOT NULL DEFAULT 0);
CREATE TABLE history_visits (id INTEGER PRIMARY KEY AUTOINCREMENT,
  history_item INTEGER NOT NULL REFERENCES history_items(id) ON DELETE CASCADE,
  visit_time REAL NOT NULL, title TEXT NULL, load_successful BOOLEAN NOT NULL DEFAULT 1,
  http_non_get BOOLEAN NOT NULL DEFAULT 0, synthesized BOOLEAN NOT NULL DEFAULT 0,
  redirect_source INTEGER NULL UNIQUE REFERENCES history_visits(id) ON DELETE CASCADE,
  redirect_destination INTEGER NULL UNIQUE REFERENCES history_visits(id) ON DELETE CASCADE,
  origin INTEGER NOT NULL DEFAULT 0, generation INTEGER NOT NULL DEFAULT 0,
  attributes INTEGER NOT NULL DEFAULT 0, score INTEGER NOT NULL DEFAULT 0);
CREATE TABLE history_tombstones (id INTEGER PRIMARY KEY AUTOINCREMENT,
  start_time REAL NOT NULL, end_time REAL NOT NULL, url TEXT, generation INTEGER NOT NULL DEFAULT 0);
CREATE TABLE metadata (key TEXT NOT NULL UNIQUE, value);
"""

# (item url, visit_time in Cocoa seconds, title, redirect to next row?, synthesized)
SAFARI_VISITS = [
    (
        "https://www.google.com/search?q=lisbon+weekend",
        786_000_000.123456,
        "lisbon weekend - Google Search",
        False,
        0,
    ),
    ("https://www.visitlisboa.com/", 786_000_030.5, "Visit Lisboa", False, 0),
    ("http://bit.ly/lx-tram", 786_000_060.25, None, True, 0),  # redirects to the next row
    ("https://www.carris.pt/en/tram-28/", 786_000_060.75, "Tram 28 | Carris", False, 0),
    ("https://www.secret.example/private", 786_000_090.0, "Private page", False, 0),  # tombstoned
    ("https://www.visitlisboa.com/", 786_000_120.000001, "Visit Lisboa – Official", False, 0),
    ("https://icloud.example/synth", 786_000_150.0, "Synthesized", False, 1),
]


def make_safari(fixtures: Path) -> None:
    """A Safari History.db with a redirect, a tombstone and a synthesized visit."""
    out = fixtures / "safari" / "History.db"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(out)
    conn.executescript(SAFARI_SCHEMA)
    items: dict[str, int] = {}
    previous_redirect: int | None = None
    for url, when, title, redirects, synthesized in SAFARI_VISITS:
        if url not in items:
            cur = conn.execute(
                "INSERT INTO history_items (url, visit_count, daily_visit_counts, "
                "should_recompute_derived_visit_counts, visit_count_score) VALUES (?, 1, x'', 0, 0)",
                (url,),
            )
            items[url] = int(cur.lastrowid or 0)
        cur = conn.execute(
            "INSERT INTO history_visits (history_item, visit_time, title, synthesized, "
            "redirect_source) VALUES (?, ?, ?, ?, ?)",
            (items[url], when, title, synthesized, previous_redirect),
        )
        vid = int(cur.lastrowid or 0)
        if previous_redirect:
            conn.execute(
                "UPDATE history_visits SET redirect_destination = ? WHERE id = ?",
                (vid, previous_redirect),
            )
        previous_redirect = vid if redirects else None
    conn.execute(
        "INSERT INTO history_tombstones (start_time, end_time, url) VALUES (?, ?, ?)",
        (786_000_089.0, 786_000_091.0, "https://www.secret.example/private"),
    )
    conn.commit()
    conn.close()
    print(f"safari: {out}")


ACTIVITY = [
    {
        "header": "Search",
        "title": "Searched for kyoto ryokan",
        "titleUrl": "https://www.google.com/search?q=kyoto+ryokan",
        "time": "2024-03-01T10:00:00.123Z",
        "products": ["Search"],
        "activityControls": ["Web & App Activity"],
    },
    {
        "header": "Search",
        "title": "Visited Gion Hatanaka Ryokan | Official",
        "titleUrl": "https://www.google.com/url?q=https://www.hatanaka.co.jp/&usg=AOvVaw0abc",
        "time": "2024-03-01T10:00:42.5Z",
        "products": ["Search"],
    },
    {
        "header": "Search",
        "title": "Gesucht nach: ryokan kyoto preise",
        "titleUrl": "https://www.google.com/search?q=ryokan+kyoto+preise",
        "time": "2024-03-01T10:05:00Z",
        "products": ["Search"],
    },
    {
        "header": "Search",
        "title": "Vous avez recherché vol paris osaka",
        "titleUrl": "https://www.google.com/search?q=vol+paris+osaka",
        "time": "2024-03-02T08:00:00.654321Z",
        "products": ["Search"],
    },
    {
        "header": "Search",
        "title": "Has buscado hoteles kioto",
        "titleUrl": "https://www.google.com/search?q=hoteles+kioto",
        "time": "2024-03-02T08:01:00Z",
        "products": ["Search"],
    },
    {
        "header": "Search",
        "title": "Searched for broken time",
        "titleUrl": "https://www.google.com/search?q=broken",
        "time": "not a time",
        "products": ["Search"],
    },
    {
        "header": "Search",
        "title": "Used Search",
        "time": "2024-03-02T09:00:00Z",
        "products": ["Search"],
    },
]

ACTIVITY_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>My Activity</title></head>
<body><div class="mdl-grid">
<div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="mdl-grid">
<div class="header-cell mdl-cell mdl-cell--12-col"><p class="mdl-typography--title">Search<br></p></div>
<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1">Searched for&nbsp;<a href="https://www.google.com/search?q=osaka+castle">osaka castle</a><br>Feb 8, 2017, 12:32:36 AM UTC</div>
<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1 mdl-typography--text-right"></div>
<div class="content-cell mdl-cell mdl-cell--12-col mdl-typography--caption"><b>Products:</b><br>&emsp;Search<br></div>
</div></div>
<div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="mdl-grid">
<div class="header-cell mdl-cell mdl-cell--12-col"><p class="mdl-typography--title">Search<br></p></div>
<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1">Visited&nbsp;<a href="https://www.google.com/url?q=https://www.osakacastle.net/english/&amp;usg=AOvVaw1">Osaka Castle Park</a><br>Jan 15, 2021, 3:04:05\u202fPM PST</div>
<div class="content-cell mdl-cell mdl-cell--12-col mdl-typography--caption"><b>Products:</b><br>&emsp;Search<br></div>
</div></div>
<div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="mdl-grid">
<div class="header-cell mdl-cell mdl-cell--12-col"><p class="mdl-typography--title">Search<br></p></div>
<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1">Gesucht nach&nbsp;<a href="https://www.google.com/search?q=burg+osaka">burg osaka</a><br>01.09.2022, 21:08:12 MESZ</div>
</div></div>
<div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="mdl-grid">
<div class="header-cell mdl-cell mdl-cell--12-col"><p class="mdl-typography--title">Search<br></p></div>
<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1">Searched for&nbsp;<a href="https://www.google.com/search?q=bad">bad</a><br>sometime last week</div>
</div></div>
</div></body></html>
"""

CHROME_TAKEOUT = {
    "Browser History": [
        {
            "favicon_url": "https://www.rust-lang.org/favicon.ico",
            "page_transition": "LINK",
            "title": "Rust Programming Language",
            "url": "https://www.rust-lang.org/",
            "client_id": "abcDEF==",
            "time_usec": 1617404690134513,
        },
        {
            "page_transition": "TYPED",
            "title": "docs.rs",
            "url": "https://docs.rs/",
            "client_id": "abcDEF==",
            "time_usec": 1617404700000001,
        },
        {
            "page_transition": "TYPED",
            "title": "docs.rs",
            "url": "https://docs.rs/",
            "client_id": "abcDEF==",
            "time_usec": 1617404700000001,
        },  # exact duplicate
        {
            "page_transition_qualifier": "CLIENT_REDIRECT",
            "title": "tokio",
            "url": "https://www.google.com/search?q=tokio+tutorial",
            "client_id": "xyz",
            "time_usec": "1617404710000000",
        },
        {"title": "no time", "url": "https://example.org/"},
    ]
}


def make_takeout(fixtures: Path) -> None:
    """A Takeout folder (JSON and HTML My Activity, Chrome history) and the same as a zip."""
    root = fixtures / "takeout" / "Takeout"
    (root / "My Activity" / "Search").mkdir(parents=True, exist_ok=True)
    (root / "Chrome").mkdir(parents=True, exist_ok=True)
    (root / "My Activity" / "Search" / "MyActivity.json").write_text(
        json.dumps(ACTIVITY, ensure_ascii=False, indent=1)
    )
    (root / "Chrome" / "BrowserHistory.json").write_text(json.dumps(CHROME_TAKEOUT, indent=1))
    html_dir = fixtures / "takeout-html" / "Takeout" / "My Activity" / "Search"
    html_dir.mkdir(parents=True, exist_ok=True)
    (html_dir / "MyActivity.html").write_text(ACTIVITY_HTML, encoding="utf-8")
    archive = fixtures / "takeout" / "takeout-20240305T000000Z-001.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                z.write(path, path.relative_to(root.parent).as_posix())
    print(f"takeout: {root}, {archive}, {html_dir}")
