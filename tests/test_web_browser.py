"""The pages in a real headless Chromium (Debian's, driven by Playwright): the main flows
as a person clicks through them. Screenshots go to test-artifacts/; no request may leave
127.0.0.1."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from conftest import errands_database
from journeys.api.context import WebContext
from journeys.config import resolve_settings
from journeys.engine.embedding import HashingEmbedder
from journeys.services.imports import import_path
from journeys.services.journeys import JourneyBuilder
from journeys.storage import Store, open_database
from journeys.storage.journeys import JourneyStore
from journeys.times import parse_iso_to_us
from journeys.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
ERRANDS = Path(__file__).parent / "fixtures" / "errands_history.jsonl"
# statuses are read as of a fixed day after the errands (they do not age with the clock)
AFTER_ERRANDS = parse_iso_to_us("2026-10-20T12:00:00+00:00")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium (.ci/run installs it)"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    url = "sqlite:///" + str(tmp_path / "j.db")
    errands_database(url)
    settings = resolve_settings(db=url, data_dir=str(tmp_path / "data"), environ={})
    app = create_app(WebContext(settings, embedder=HashingEmbedder(), now_us=AFTER_ERRANDS))
    yield from _serve(app)


def test_main_flows_in_chromium(server: str, fixtures: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    requested: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("request", lambda r: requested.append(r.url))
        page.on("dialog", lambda d: d.accept())

        # home: the cards and what to pick up
        page.goto(server + "/")
        expect(page.locator("#resume-h")).to_have_text("Pick up where you left off")
        resume = page.locator(".resume-item")
        expect(resume.first).to_be_visible()
        assert resume.count() == 3
        expect(page.locator(".card").first).to_be_visible()
        assert page.locator(".card .badge.unfinished").count() >= 3
        # tickets, a table and a train booked; the Wi-Fi fix found
        assert page.locator(".card .badge.completed").count() == 4
        page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)

        # open the laptop journey: its status says why
        page.locator(".card h2 a", has_text="Thinkpad").first.click()
        expect(page.locator(".journey .badge")).to_have_text("unfinished")
        expect(page.locator(".journey .reason")).to_contain_text("compared")
        page.screenshot(path=str(ARTIFACTS / "journey.png"), full_page=True)

        # rename
        page.locator("input[name=title]").fill("New laptop")
        page.get_by_role("button", name="Rename").click()
        expect(page.locator("h1")).to_have_text("New laptop")

        # merge the two journeys of one sore back, from the home page
        page.goto(server + "/")
        page.locator(".card h2 a", has_text="Sciatica").click()
        visits_before = page.locator(".ranked li").count()
        target = "Lower back pain after sitting stretches"
        page.locator("select[name=into]").select_option(label=target)
        page.get_by_role("button", name="Merge into").click()
        expect(page.locator("h1")).to_have_text(target)
        assert page.locator(".ranked li").count() > visits_before

        # search: matches highlighted, grouped by journey
        page.locator("input[type=search]").fill("thinkpad")
        page.locator("input[type=search]").press("Enter")
        expect(page.locator(".result h2 a").first).to_have_text("New laptop")
        assert page.locator(".result mark").count() >= 3
        page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)

        # history: the plain list, linked to journeys, loading older pages as it scrolls
        page.goto(server + "/history?n=20")  # 20 a page: the rest arrive as it scrolls
        for _ in range(10):
            page.mouse.wheel(0, 20000)
            page.wait_for_timeout(150)
        expect(page.locator("table.history tbody tr")).to_have_count(81)
        page.locator("table.history a", has_text="New laptop").first.click()
        expect(page.locator("h1")).to_have_text("New laptop")

        # import a real Chromium History file
        page.goto(server + "/import")
        history = next((fixtures / "chromium").rglob("History"))
        page.locator("input[type=file]").set_input_files(str(history))
        page.get_by_role("button", name="Import").click()
        # imported in the background: the page followed the job to its summary
        expect(page).to_have_url(re.compile(r"/import\?job=[0-9a-f]{16}$"))
        expect(page.locator("table.summary tbody tr").first).to_contain_text("chromium")
        expect(page.locator("main")).to_contain_text("Journeys built")
        page.screenshot(path=str(ARTIFACTS / "import.png"), full_page=True)

        # delete a journey everywhere
        page.goto(server + "/")
        page.locator(".card h2 a", has_text="New laptop").click()
        page.get_by_role("button", name="Delete everywhere").click()
        page.wait_for_url(server + "/?deleted=1")
        assert page.locator(".card h2 a", has_text="New laptop").count() == 0
        page.goto(server + "/search?q=thinkpad")
        expect(page.locator(".result h2", has_text="New laptop")).to_have_count(0)
        expect(page.locator("main")).not_to_contain_text("Amazon.com: Lenovo ThinkPad")
        browser.close()

    outside = [u for u in requested if not u.startswith(server + "/")]
    assert outside == [], outside


@pytest.fixture
def hosted_server(tmp_path: Path) -> Iterator[str]:
    from journeys.services.accounts import Accounts

    url = "sqlite:///" + str(tmp_path / "h.db")
    db = open_database(url)
    alice = Accounts(db).create("alice", "correct horse battery")
    import_path(Store(db), alice, ERRANDS)
    JourneyBuilder(JourneyStore(db), HashingEmbedder()).build(alice)
    db.close()
    settings = resolve_settings(db=url, data_dir=str(tmp_path / "data"), environ={})
    ctx = WebContext(settings, embedder=HashingEmbedder(), now_us=AFTER_ERRANDS, hosted=True)
    yield from _serve(create_app(ctx))


def _serve(app: object) -> Iterator[str]:
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))  # type: ignore[arg-type]
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def test_hosted_login_tokens_and_logout_in_chromium(hosted_server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        page = browser.new_page()
        page.goto(hosted_server + "/history")
        expect(page).to_have_url(hosted_server + "/login?next=/history")
        page.locator("input[name=name]").fill("alice")
        page.locator("input[name=password]").fill("not her password")
        page.get_by_role("button", name="Log in").click()
        expect(page.locator(".error")).to_have_text("wrong name or password")
        page.locator("input[name=name]").fill("alice")
        page.locator("input[name=password]").fill("correct horse battery")
        page.get_by_role("button", name="Log in").click()
        expect(page).to_have_url(hosted_server + "/history")
        assert page.locator("table.history tbody tr").count() == 81
        page.goto(hosted_server + "/account")
        page.locator("input[name=name]").fill("my script")
        page.get_by_role("button", name="Create token").click()
        expect(page.locator("#new-token")).to_contain_text("jt_")
        expect(page.locator("table.summary")).to_contain_text("my script")
        page.screenshot(path=str(ARTIFACTS / "account.png"), full_page=True)
        page.get_by_role("button", name="Log out").click()
        expect(page).to_have_url(hosted_server + "/login")
        page.goto(hosted_server + "/")
        expect(page).to_have_url(hosted_server + "/login?next=/")
        browser.close()
