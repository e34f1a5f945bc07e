"""Make the browser fixtures under tests/fixtures with the real browsers where possible.

  python scripts/make_fixtures.py [chromium] [firefox] [safari] [takeout]

- chromium: Debian's /usr/bin/chromium driven headless by Playwright writes a real History.
- firefox: Debian's firefox-esr driven headless over WebDriver BiDi writes a real places.sqlite.
- safari, takeout: built from their documented formats (no Safari or Google account here).

Each real-browser fixture comes with a manifest of what the script did (URLs, titles,
referrers, searches), so tests compare an import with what a person did, not with itself.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bidi import connect, firefox
from fixture_web import TITLES, serve

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
BROWSER_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
]
T = "http://travel.example"

# (action, argument, expected visible visit or None). The action is "goto" (typed into the
# address bar) or "click" (a link or button on the current page, by element id).
SCRIPT: list[tuple[str, str, dict[str, str | None] | None]] = [
    (
        "goto",
        "http://www.google.com/search?q=kyoto+hotels+april",
        {
            "url": "http://www.google.com/search?q=kyoto+hotels+april",
            "title": "kyoto hotels april - Google Search",
            "search_terms": "kyoto hotels april",
            "referrer_url": None,
        },
    ),
    (
        "click",
        "r0",
        {
            "url": f"{T}/kyoto",
            "title": TITLES["/kyoto"],
            "referrer_url": "http://www.google.com/search?q=kyoto+hotels+april",
        },
    ),
    (
        "click",
        "hotels",
        {"url": f"{T}/hotels", "title": TITLES["/hotels"], "referrer_url": f"{T}/kyoto"},
    ),
    (
        "click",
        "go",
        {
            "url": f"{T}/hotels?via=redirect",
            "title": TITLES["/hotels"],
            "referrer_url": f"{T}/hotels",
            "redirect_from_url": f"{T}/go",
        },
    ),
    (
        "click",
        "hop",
        {
            "url": f"{T}/hotels?via=redirect",
            "title": TITLES["/hotels"],
            "referrer_url": f"{T}/hotels?via=redirect",
            "redirect_from_url": f"{T}/hop",
        },
    ),
    # a link with target=_blank opens a new tab: Chromium records no referrer for it
    ("click", "flights", {"url": f"{T}/flights", "title": TITLES["/flights"]}),
    (
        "goto",
        "http://www.google.com/search?q=standing+desk+under+%24400",
        {
            "url": "http://www.google.com/search?q=standing+desk+under+%24400",
            "title": "standing desk under $400 - Google Search",
            "search_terms": "standing desk under $400",
            "referrer_url": None,
        },
    ),
    (
        "click",
        "r2",
        {
            "url": f"{T}/desk",
            "title": TITLES["/desk"],
            "referrer_url": "http://www.google.com/search?q=standing+desk+under+%24400",
        },
    ),
    (
        "click",
        "thanks",
        {"url": f"{T}/thanks", "title": TITLES["/thanks"], "referrer_url": f"{T}/desk"},
    ),
    (
        "click",
        "form",
        {"url": f"{T}/form", "title": "Search hotels", "referrer_url": f"{T}/thanks"},
    ),
    (
        "click",
        "submit",
        {"url": f"{T}/results?city=Kyoto", "title": "Hotels in Kyoto", "referrer_url": f"{T}/form"},
    ),
    (
        "goto",
        "http://duckduckgo.com/?q=rust+ownership",
        {
            "url": "http://duckduckgo.com/?q=rust+ownership",
            "title": "rust ownership - Duckduckgo Search",
            "search_terms": "rust ownership",
            "referrer_url": None,
        },
    ),
    (
        "click",
        "r3",
        {
            "url": f"{T}/rust",
            "title": TITLES["/rust"],
            "referrer_url": "http://duckduckgo.com/?q=rust+ownership",
        },
    ),
]


def write_manifest(
    name: str, visits: list[dict[str, str | None]], extra: dict[str, object]
) -> None:
    """Save what the script did next to the fixture."""
    doc = {"visits": visits, **extra}
    (FIXTURES / name / "manifest.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False))


def make_chromium() -> None:
    """A real Chromium History written by Debian's chromium, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    server, port = serve()
    out = FIXTURES / "chromium" / "Default"
    expected: list[dict[str, str | None]] = []
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path="/usr/bin/chromium",
            headless=True,
            args=BROWSER_FLAGS,
            proxy={"server": f"http://127.0.0.1:{port}"},
        )
        page = context.pages[0] if context.pages else context.new_page()
        for action, arg, visit in SCRIPT:
            if action == "goto":
                page.goto(arg, wait_until="load")
            elif arg == "flights":
                with context.expect_page() as popup:
                    page.click(f"#{arg}")
                popup.value.wait_for_load_state("load")
                popup.value.close()
            else:
                with page.expect_navigation(wait_until="load"):
                    page.click(f"#{arg}")
            if visit:
                expected.append(visit)
            time.sleep(1.2)
        version = context.browser.version if context.browser else "?"
        context.close()
        out.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(profile) / "Default" / "History", out / "History")
    server.shutdown()
    write_manifest(
        "chromium",
        expected,
        {"browser": f"chromium {version}", "made_by": "scripts/make_fixtures.py"},
    )
    print(f"chromium: {out / 'History'} ({len(expected)} visible visits expected)")


async def _bidi(port: int, proxy_port: int) -> tuple[list[dict[str, str | None]], str]:
    expected: list[dict[str, str | None]] = []
    async with connect(port) as call:
        session = await call("session.new", {"capabilities": {}})
        version = str(dict(session["capabilities"]).get("browserVersion", "?"))  # type: ignore[call-overload]
        tree = await call("browsingContext.getTree", {})
        ctx = tree["contexts"][0]["context"]  # type: ignore[index]
        for action, arg, visit in SCRIPT:
            if action == "goto":
                await call(
                    "browsingContext.navigate", {"context": ctx, "url": arg, "wait": "complete"}
                )
            else:
                # a real click (pointer input), so Firefox records a link visit with its referrer
                node = await call(
                    "script.evaluate",
                    {
                        "expression": f"document.getElementById('{arg}')",
                        "target": {"context": ctx},
                        "awaitPromise": False,
                    },
                )
                ref = dict(node["result"]).get("sharedId")  # type: ignore[call-overload]
                await call(
                    "input.performActions",
                    {
                        "context": ctx,
                        "actions": [
                            {
                                "type": "pointer",
                                "id": "mouse",
                                "actions": [
                                    {
                                        "type": "pointerMove",
                                        "x": 0,
                                        "y": 0,
                                        "origin": {"type": "element", "element": {"sharedId": ref}},
                                    },
                                    {"type": "pointerDown", "button": 0},
                                    {"type": "pointerUp", "button": 0},
                                ],
                            }
                        ],
                    },
                )
                await asyncio.sleep(1.5)
                if arg == "flights":
                    tree = await call("browsingContext.getTree", {})
                    for c in tree["contexts"]:  # type: ignore[attr-defined]
                        if c["context"] != ctx:
                            await call("browsingContext.close", {"context": c["context"]})
            if visit:
                expected.append(visit)
            await asyncio.sleep(1.2)
        await call("session.end", {})
    return expected, version


def make_firefox() -> None:
    """A real places.sqlite written by Debian's firefox-esr, driven over WebDriver BiDi."""
    server, proxy_port = serve()
    out = FIXTURES / "firefox" / "profile"
    with tempfile.TemporaryDirectory() as profile:
        prefs = {
            "network.proxy.type": 1,
            "network.proxy.http": "127.0.0.1",
            "network.proxy.http_port": proxy_port,
            "network.proxy.allow_hijacking_localhost": True,
            "browser.shell.checkDefaultBrowser": False,
            "datareporting.policy.dataSubmissionEnabled": False,
            "toolkit.telemetry.reportingpolicy.firstRun": False,
            "app.update.enabled": False,
            "browser.startup.homepage_override.mstone": "ignore",
            "dom.security.https_first": False,
            "browser.places.interactions.enabled": True,
            "network.captive-portal-service.enabled": False,
        }
        port = 9222
        with firefox(profile, prefs, port):
            expected, version = asyncio.run(_bidi(port, proxy_port))
        # unlike Chromium, Firefox links a new tab's first visit to the page that opened it
        for visit in expected:
            if visit["url"] == f"{T}/flights":
                visit["referrer_url"] = f"{T}/hotels?via=redirect"
        out.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            src = Path(profile) / f"places.sqlite{suffix}"
            if src.exists():
                shutil.copyfile(src, out / f"places.sqlite{suffix}")
    server.shutdown()
    # fold any WAL into the file so the fixture is one self-contained database
    conn = sqlite3.connect(out / "places.sqlite")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    (out / "places.sqlite-wal").unlink(missing_ok=True)
    write_manifest(
        "firefox",
        expected,
        {"browser": f"firefox-esr {version}", "made_by": "scripts/make_fixtures.py"},
    )
    print(f"firefox: {out / 'places.sqlite'} ({len(expected)} visible visits expected)")


def main(argv: list[str]) -> None:
    wanted = set(argv) or {"chromium", "firefox", "safari", "takeout"}
    if "chromium" in wanted:
        make_chromium()
    if "firefox" in wanted:
        make_firefox()
    if wanted & {"safari", "takeout"}:
        from make_format_fixtures import make_safari, make_takeout

        if "safari" in wanted:
            make_safari(FIXTURES)
        if "takeout" in wanted:
            make_takeout(FIXTURES)


if __name__ == "__main__":
    main(sys.argv[1:])
