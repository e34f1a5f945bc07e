"""Make tests/fixtures/week: ten days of browsing written by the real Chromium (or Firefox).

  python scripts/make_week_history.py [week|week2|…|week157] [--firefox]

``week`` (the default) is week_script.py; ``week2`` and ``week3`` (week2_script.py,
week3_script.py) are two more people's weeks, written after the engine's rules were set, to
check them on browsing they were not tuned on.

Debian's /usr/bin/chromium, driven headless by Playwright, carries out the steps of
week_script.py (typed searches on three engines, clicks, Google's redirect, Ctrl+click into new
tabs, back, closing tabs) against a small web served on 127.0.0.1 as its proxy. Everything in
the History file is what Chromium wrote, but for one thing: Chromium stamps visits with the
wall clock, and the run takes minutes, not ten days. So each step's visits are moved, after
the run, to the time the script gives that step (keeping their order and the seconds between
them); the urls table's last visit times follow.

With ``--firefox``, Debian's firefox-esr carries out the same steps over WebDriver BiDi
(week_firefox.py) and writes tests/fixtures/NAME-firefox/places.sqlite; its visit dates are
moved the same way.

The manifest beside the History gives each visit (url and time, as moved) and the task the
script says it belongs to, so a test can score grouping against what the person was doing.
"""

from __future__ import annotations

import html
import importlib
import json
import random
import shutil
import sqlite3
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_fixtures import BROWSER_FLAGS
from week_script import Step

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
FIRST_DAY = datetime(2026, 4, 20, tzinfo=UTC)  # a Monday
CHROMIUM_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
REDIRECT = "https://www.google.com/url?q="


def site_map(steps: list[Step]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Each page's title, and the links each page must carry for the steps that click on it."""
    titles: dict[str, str] = {}
    links: dict[str, list[str]] = {}
    tabs: list[list[str]] = [[]]
    for action, url, title, _ in steps:
        here = tabs[-1][-1] if tabs[-1] else ""
        if action == "goto":
            titles[url] = title
            tabs[-1].append(url)
        elif action in ("click", "via", "tab"):
            titles[url] = title
            href = REDIRECT + quote(url, safe="") if action == "via" else url
            links.setdefault(here, [])
            if href not in links[here]:
                links[here].append(href)
            if action == "tab":
                tabs.append([url])
            else:
                tabs[-1].append(url)
        elif action == "close":
            tabs.pop()
        elif action == "back":
            tabs[-1].pop()
    return titles, links


def planned_times(steps: list[Step]) -> list[datetime]:
    """When each step happens in the invented week: a day step sets the clock, every other
    step comes 20 s to 3 min after the one before (a fixed seed: the same week each run)."""
    rng = random.Random(20260420)
    clock = FIRST_DAY
    out: list[datetime] = []
    for action, url, _, _ in steps:
        if action == "day":
            d, hm = url.split()
            hours, minutes = map(int, hm.split(":"))
            clock = FIRST_DAY + timedelta(days=int(d) - 1, hours=hours, minutes=minutes)
        else:
            clock += timedelta(seconds=rng.randint(20, 180))
        out.append(clock)
    return out


def serve(
    titles: dict[str, str], links: dict[str, list[str]], cert: Path
) -> tuple[ThreadingHTTPServer, int]:
    """The web the browser sees, through this server as its proxy. Sites are https (several,
    such as github.com, are on Chromium's HSTS preload list): the proxy answers CONNECT and
    speaks TLS itself with a self-signed certificate the browser is told to accept."""
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert / "cert.pem", cert / "key.pem")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        host = ""

        def log_message(self, format: str, *args: object) -> None:
            return None

        def _send(self, status: int, body: bytes = b"", location: str = "") -> None:
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            if location:
                self.send_header("Location", location)
            self.end_headers()
            self.wfile.write(body)

        def do_CONNECT(self) -> None:
            host = self.path.split(":")[0]
            self.send_response(200, "Connection established")
            self.end_headers()
            self.wfile.flush()
            try:
                inner = tls.wrap_socket(self.connection, server_side=True)
            except (ssl.SSLError, OSError):
                self.close_connection = True
                return
            handler = type("Inner", (Handler,), {"host": host})
            handler(inner, self.client_address, self.server)
            self.close_connection = True

        def do_GET(self) -> None:
            url = f"https://{self.host}{self.path}" if self.host else self.path
            parts = urlsplit(url)
            if url.startswith(REDIRECT):
                self._send(302, location=parse_qs(parts.query)["q"][0])
                return
            if parts.path == "/favicon.ico" or url not in titles:
                self._send(404, b"not found")
                return
            anchors = "".join(
                f"<p><a href='{html.escape(h, quote=True)}'>link {i}</a></p>"
                for i, h in enumerate(links.get(url, []))
            )
            title = html.escape(titles[url])
            body = (
                f"<!doctype html><html><head><meta charset='utf-8'><title>{title}"
                f"</title></head><body><h1>{title}</h1>{anchors}</body></html>"
            )
            self._send(200, body.encode())

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def make_cert(folder: Path) -> None:
    """A throwaway self-signed certificate for the proxy's TLS."""
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=journeys-fixture",
            "-keyout",
            str(folder / "key.pem"),
            "-out",
            str(folder / "cert.pem"),
        ],
        check=True,
        capture_output=True,
    )


def browse(steps: list[Step], profile: str, port: int) -> tuple[list[float], str]:
    """Carry out the steps in Chromium; returns the wall time each step started."""
    from playwright.sync_api import sync_playwright

    starts: list[float] = []
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path="/usr/bin/chromium",
            headless=True,
            args=[*BROWSER_FLAGS, "--ignore-certificate-errors"],
            ignore_https_errors=True,
            proxy={"server": f"http://127.0.0.1:{port}"},
        )
        tabs = [context.pages[0] if context.pages else context.new_page()]
        for action, url, _, _ in steps:
            starts.append(time.time())
            page = tabs[-1]
            if action == "day":
                continue
            if action == "goto":
                page.goto(url, wait_until="load")
            elif action in ("click", "via"):
                with page.expect_navigation(wait_until="load"):
                    page.click(f'a[href="{_href(action, url)}"]')
            elif action == "tab":
                with context.expect_page() as opened:
                    page.click(f'a[href="{url}"]', modifiers=["Control"])
                tab = opened.value
                tab.wait_for_load_state("load")
                tab.bring_to_front()
                tabs.append(tab)
            elif action == "close":
                page.close()
                tabs.pop()
                tabs[-1].bring_to_front()
            elif action == "back":
                page.go_back(wait_until="load")
            time.sleep(1.1)
        starts.append(time.time())
        version = context.browser.version if context.browser else "?"
        context.close()
    return starts, version


def _href(action: str, url: str) -> str:
    return REDIRECT + quote(url, safe="") if action == "via" else url


def move_times(
    steps: list[Step], history: Path, starts: list[float], planned: list[datetime], *, firefox: bool
) -> list[dict[str, object]]:
    """Move each step's visits to the step's planned time; returns the manifest's visits.
    Chromium counts microseconds from 1601, Firefox from 1970."""
    epoch = datetime(1970, 1, 1, tzinfo=UTC) if firefox else CHROMIUM_EPOCH

    def stamp(moment: datetime) -> int:
        return (moment - epoch) // timedelta(microseconds=1)

    bounds = [stamp(datetime.fromtimestamp(s, UTC)) for s in starts]
    conn = sqlite3.connect(history)
    if firefox:
        select = (
            "SELECT v.id, v.visit_date, p.url FROM moz_historyvisits v "
            "JOIN moz_places p ON p.id = v.place_id ORDER BY v.visit_date, v.id"
        )
        update = "UPDATE moz_historyvisits SET visit_date = ? WHERE id = ?"
        last = (
            "UPDATE moz_places SET last_visit_date = (SELECT MAX(visit_date) FROM "
            "moz_historyvisits WHERE place_id = moz_places.id) "
            "WHERE id IN (SELECT place_id FROM moz_historyvisits)"
        )
    else:
        select = (
            "SELECT v.id, v.visit_time, u.url FROM visits v JOIN urls u ON u.id = v.url "
            "ORDER BY v.visit_time, v.id"
        )
        update = "UPDATE visits SET visit_time = ? WHERE id = ?"
        last = (
            "UPDATE urls SET last_visit_time = "
            "(SELECT MAX(visit_time) FROM visits WHERE visits.url = urls.id) "
            "WHERE id IN (SELECT url FROM visits)"
        )
    visits: list[dict[str, object]] = []
    for visit_id, at, url in conn.execute(select).fetchall():
        step = max(i for i, b in enumerate(bounds[:-1]) if b <= at)
        moved = stamp(planned[step]) + (at - bounds[step])
        conn.execute(update, (moved, visit_id))
        when = epoch + timedelta(microseconds=moved)
        visits.append({"url": url, "visited_at": when.isoformat(), "task": steps[step][3]})
    conn.execute(last)
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("VACUUM")
    conn.close()
    return visits


def main(name: str, *, firefox: bool) -> None:
    steps: list[Step] = importlib.import_module(f"{name}_script").STEPS
    out = FIXTURES / (f"{name}-firefox" if firefox else name)
    titles, links = site_map(steps)
    planned = planned_times(steps)
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as keys:
        make_cert(Path(keys))
        server, port = serve(titles, links, Path(keys))
        if firefox:
            from week_firefox import browse as browse_firefox

            starts, version = browse_firefox(steps, profile, port, _href)
            source, target = Path(profile) / "places.sqlite", out / "places.sqlite"
            conn = sqlite3.connect(source)  # fold the WAL in: one self-contained file
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        else:
            starts, version = browse(steps, profile, port)
            source, target = Path(profile) / "Default" / "History", out / "History"
            version = f"chromium {version}"
        server.shutdown()
        out.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    visits = move_times(steps, target, starts, planned, firefox=firefox)
    doc = {
        "browser": version,
        "made_by": "scripts/make_week_history.py",
        "times": "each step's visits moved to the step's planned time (see the script)",
        "visits": visits,
    }
    (out / "manifest.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    print(f"{out.name}: {target} ({len(visits)} visits)")


if __name__ == "__main__":
    names = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(names[0] if names else "week", firefox="--firefox" in sys.argv)
