"""Hosted mode on a real database (PostgreSQL when configured, as CI does; SQLite too): two
users with overlapping histories, every API route tried across users, token scopes and
revocation, sessions (fixation, CSRF), login lock-out, and account deletion."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from journeys.api.context import SESSION_COOKIE, WebContext
from journeys.api.routes import router as api_router
from journeys.config import resolve_settings
from journeys.engine.embedding import HashingEmbedder
from journeys.services.accounts import Accounts
from journeys.services.imports import import_path
from journeys.services.journeys import JourneyBuilder
from journeys.storage import Store, open_database
from journeys.storage.database import Database
from journeys.storage.journeys import JourneyStore
from journeys.times import parse_iso_to_us
from journeys.web.app import create_app

ERRANDS = Path(__file__).parent / "fixtures" / "errands_history.jsonl"
AFTER_ERRANDS = parse_iso_to_us("2026-10-20T12:00:00+00:00")
PASSWORD = "correct horse battery"


@dataclass
class Hosted:
    client: TestClient
    db: Database
    alice: int
    bob: int
    alice_token: str
    bob_token: str

    def as_(self, token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def hosted(db_url: str, tmp_path: Path, fixtures: Path) -> Iterator[Hosted]:
    db = open_database(db_url)
    accounts = Accounts(db)
    alice = accounts.create("alice", PASSWORD)
    bob = accounts.create("bob", PASSWORD)
    store = Store(db)
    for user in (alice, bob):
        import_path(store, user, ERRANDS)  # overlapping histories
    import_path(store, alice, next((fixtures / "chromium").rglob("History")))  # alice only
    for user in (alice, bob):
        JourneyBuilder(JourneyStore(db), HashingEmbedder()).build(user)
    scopes = ("read", "write", "import")
    alice_token, _ = accounts.create_token(alice, "script", scopes)
    bob_token, _ = accounts.create_token(bob, "script", scopes)
    settings = resolve_settings(db=db_url, data_dir=str(tmp_path / "data"), environ={})
    ctx = WebContext(
        settings, embedder=HashingEmbedder(), hosted=True, signup=True, now_us=AFTER_ERRANDS
    )
    with TestClient(create_app(ctx)) as client:
        yield Hosted(client, db, alice, bob, alice_token, bob_token)
    db.close()


def _ids(h: Hosted, token: str) -> dict[str, str]:
    """One journey, one visit and one site of the token's owner."""
    c = h.client
    journeys = c.get("/api/v1/journeys", params={"limit": 200}, headers=h.as_(token)).json()
    visits = c.get("/api/v1/visits", params={"limit": 500}, headers=h.as_(token)).json()
    return {
        "journey_id": journeys["items"][0]["id"],
        "other_journey": journeys["items"][1]["id"],
        "visit_id": visits["items"][0]["id"],
        "site": "travel.example",
    }


BODIES: dict[tuple[str, str], dict[str, Any]] = {
    ("PATCH", "/api/v1/journeys/{journey_id}"): {"title": "not yours"},
    ("POST", "/api/v1/journeys/{journey_id}/merge"): {"into": "{other_journey}"},
    ("POST", "/api/v1/visits/{visit_id}/move"): {"to": None},
}


def test_every_route_across_users_answers_404_or_nothing_of_theirs(hosted: Hosted) -> None:
    h = hosted
    alice = _ids(h, h.alice_token)
    job = h.client.post(  # an import job of alice's (one row she already has)
        "/api/v1/import-jobs",
        files={"file": (ERRANDS.name, ERRANDS.read_text().splitlines()[0].encode())},
        headers=h.as_(h.alice_token),
    )
    assert job.status_code == 202, job.text
    alice["job_id"] = job.json()["id"]
    for _ in range(200):
        state = h.client.get(job.headers["location"], headers=h.as_(h.alice_token)).json()
        if state["state"] == "done":
            break
        time.sleep(0.05)
    assert state["state"] == "done" and state["result"]["known"] == 1, state
    alice_before = h.client.get("/api/v1/stats", headers=h.as_(h.alice_token)).json()
    requests = 0
    # lists and searches show bob only his own
    alice_only = "travel.example"
    for path, params in [
        ("/api/v1/journeys", {"limit": 200}),
        ("/api/v1/visits", {"limit": 500}),
        ("/api/v1/search", {"q": "kyoto"}),
        ("/api/v1/search", {"q": "thinkpad"}),
        ("/api/v1/resume", {"days": 3650}),
        ("/api/v1/imports", {}),
        ("/api/v1/import-jobs", {}),
        ("/api/v1/stats", {}),
        ("/api/v1/settings/excluded-sites", {}),
    ]:
        r = h.client.get(path, params=params, headers=h.as_(h.bob_token))
        requests += 1
        assert r.status_code == 200, (path, r.text)
        text = r.text
        assert alice_only not in text and alice["journey_id"] not in text, path
        assert alice["job_id"] not in text, path
    routes = sorted((m, r.path) for r in api_router.routes for m in r.methods)  # type: ignore[attr-defined]
    crossed = 0
    for method, path in routes:
        params = re.findall(r"{(\w+)}", path)
        if not params:
            continue
        url = path.format(**{p: alice[p] for p in params})
        body = BODIES.get((method, path))
        if body is not None:
            body = {k: (v.format(**alice) if isinstance(v, str) else v) for k, v in body.items()}
        r = h.client.request(method, url, json=body, headers=h.as_(h.bob_token))
        requests += 1
        if "{site}" in path:
            # a site is not a record: bob may exclude it for himself, alice keeps hers
            assert r.status_code == 200, (method, url, r.text)
            continue
        assert r.status_code == 404, (method, url, r.status_code, r.text)
        assert r.json()["error"]["code"] == "not_found"
        crossed += 1
    # bob's own journey merged into alice's, bob's visit moved to alice's journey: 404
    bob = _ids(h, h.bob_token)
    for method, url, body in [
        ("POST", f"/api/v1/journeys/{bob['journey_id']}/merge", {"into": alice["journey_id"]}),
        ("POST", f"/api/v1/visits/{bob['visit_id']}/move", {"to": alice["journey_id"]}),
    ]:
        r = h.client.request(method, url, json=body, headers=h.as_(h.bob_token))
        requests += 1
        assert r.status_code == 404, (url, r.text)
    # nothing of alice's changed (bob's site exclusion touched only bob)
    assert h.client.get("/api/v1/stats", headers=h.as_(h.alice_token)).json() == alice_before
    print(f"\ncross-user matrix: {crossed} routes with ids, {requests} requests")
    with_ids = [p for _, p in routes if "{" in p and "{site}" not in p]
    assert crossed == len(with_ids) >= 8


def test_no_credentials_no_data(hosted: Hosted) -> None:
    c = hosted.client
    r = c.get("/api/v1/journeys")
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthenticated"
    assert c.get("/api/v1/journeys", headers={"Authorization": "Bearer jt_nope"}).status_code == 401
    page = c.get("/", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login?next=/"
    assert c.get("/healthz").json() == {"status": "ok"}
    assert c.get("/readyz").json() == {"status": "ready"}


def test_token_scopes_and_revocation(hosted: Hosted) -> None:
    h = hosted
    accounts = Accounts(h.db)
    reader, reader_id = accounts.create_token(h.alice, "reader", ("read",))
    journey = _ids(h, reader)["journey_id"]
    assert h.client.get(f"/api/v1/journeys/{journey}", headers=h.as_(reader)).status_code == 200
    denied = h.client.patch(
        f"/api/v1/journeys/{journey}", json={"title": "x"}, headers=h.as_(reader)
    )
    assert denied.status_code == 403 and denied.json()["error"]["code"] == "scope"
    upload = h.client.post(
        "/api/v1/imports", files={"file": ("a.jsonl", b"{}")}, headers=h.as_(h.alice_token)
    )
    assert upload.status_code == 200
    writer, _ = accounts.create_token(h.alice, "writer", ("read", "write"))
    no_import = h.client.post(
        "/api/v1/imports", files={"file": ("a.jsonl", b"{}")}, headers=h.as_(writer)
    )
    assert no_import.status_code == 403
    accounts.revoke(h.alice, reader_id)
    assert h.client.get("/api/v1/journeys", headers=h.as_(reader)).status_code == 401
    expired, _ = accounts.create_token(h.alice, "short", ("read",), days=1e-12)
    assert h.client.get("/api/v1/journeys", headers=h.as_(expired)).status_code == 401
    # bob cannot revoke alice's token
    with pytest.raises(Exception, match="no token"):
        accounts.revoke(h.bob, reader_id)


def _login(c: TestClient, name: str, password: str) -> Any:
    form = c.get("/login").text
    nonce = re.search(r'name="nonce" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    return c.post(
        "/login",
        data={"name": name, "password": password, "nonce": nonce},
        follow_redirects=False,
    )


def test_sessions_fixation_csrf_and_lockout(hosted: Hosted) -> None:
    c = TestClient(hosted.client.app)
    c.cookies.set(SESSION_COOKIE, "planted-by-an-attacker")
    r = _login(c, "alice", PASSWORD)
    assert r.status_code == 303
    cookie = r.cookies.get(SESSION_COOKIE)
    assert cookie and cookie != "planted-by-an-attacker"
    set_cookie = r.headers["set-cookie"].lower()
    assert "httponly" in set_cookie and "samesite=strict" in set_cookie
    c = TestClient(hosted.client.app)
    c.cookies.set(SESSION_COOKIE, cookie)
    home = c.get("/")
    assert home.status_code == 200 and "Pick up where you left off" in home.text
    token = re.search(r'name="token" value="([^"]+)"', home.text).group(1)  # type: ignore[union-attr]
    journey = re.search(r'href="/journeys/([0-9a-f]{16})"', home.text).group(1)  # type: ignore[union-attr]
    forged = c.post(f"/journeys/{journey}/done", data={"token": "guess"}, follow_redirects=False)
    assert forged.status_code == 403
    ok = c.post(f"/journeys/{journey}/done", data={"token": token}, follow_redirects=False)
    assert ok.status_code == 303
    # the API through the session needs the CSRF token too
    api = c.patch(f"/api/v1/journeys/{journey}", json={"title": "x"})
    assert api.status_code == 403
    api = c.patch(
        f"/api/v1/journeys/{journey}", json={"title": "Mine"}, headers={"X-Journeys-Token": token}
    )
    assert api.status_code == 200 and api.json()["title"] == "Mine"
    # the planted value is no session
    stranger = TestClient(c.app)
    stranger.cookies.set(SESSION_COOKIE, "planted-by-an-attacker")
    assert stranger.get("/", follow_redirects=False).status_code == 303
    # five wrong passwords lock the account, even against the right one
    fresh = TestClient(c.app)
    for _ in range(5):
        assert _login(fresh, "bob", "wrong password!").status_code == 401
    assert _login(fresh, "bob", PASSWORD).status_code == 429
    events = [r[2] for r in Accounts(hosted.db).rows.audit_events(hosted.bob)]
    assert "login_locked" in events and events.count("login_failed") == 5


def test_deleting_an_account_leaves_no_row(hosted: Hosted) -> None:
    h = hosted
    c = h.client
    _ = c.cookies.set(SESSION_COOKIE, _login(c, "bob", PASSWORD).cookies[SESSION_COOKIE])
    token = re.search(r'name="token" value="([^"]+)"', c.get("/account").text).group(1)  # type: ignore[union-attr]
    wrong = c.post("/account/delete", data={"token": token, "confirm": "alice"})
    assert wrong.status_code == 422
    gone = c.post(
        "/account/delete", data={"token": token, "confirm": "bob"}, follow_redirects=False
    )
    assert gone.status_code == 303
    tables = _tables_with_user_column(h.db)
    assert len(tables) >= 10
    for table in tables:
        n = h.db.scalar(f"SELECT COUNT(*) FROM {table} WHERE user_id = ?", (h.bob,))
        assert n == 0, table
    assert h.db.scalar("SELECT COUNT(*) FROM users WHERE id = ?", (h.bob,)) == 0
    # alice is untouched
    assert c.get("/api/v1/stats", headers=h.as_(h.alice_token)).json()["visits"] > 81


def _tables_with_user_column(db: Database) -> list[str]:
    if db.dialect == "sqlite":
        names = [r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [
            n
            for n in names
            if not n.startswith(("sqlite_", "pages_fts"))
            and any(c[1] == "user_id" for c in db.query(f"PRAGMA table_info({n})"))
        ]
    return [
        r[0]
        for r in db.query(
            "SELECT table_name FROM information_schema.columns WHERE column_name = 'user_id' "
            "AND table_schema = current_schema()"
        )
    ]


def test_signup_and_account_pages(hosted: Hosted) -> None:
    c = hosted.client
    weak = c.post("/signup", data={"name": "carol", "password": "short"})
    assert weak.status_code == 422 and "at least 10" in weak.text
    made = c.post("/signup", data={"name": "carol", "password": PASSWORD}, follow_redirects=False)
    assert made.status_code == 303
    c.cookies.set(SESSION_COOKIE, made.cookies[SESSION_COOKIE])
    assert "No journeys yet" in c.get("/").text  # carol sees nothing of alice's or bob's
    page = c.get("/account").text
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    created = c.post(
        "/account/tokens", data={"token": token, "name": "cli", "scopes": ["read"], "days": "30"}
    )
    secret = re.search(r'id="new-token">(jt_[^<]+)<', created.text).group(1)  # type: ignore[union-attr]
    assert (
        c.get("/api/v1/stats", headers={"Authorization": f"Bearer {secret}"}).json()["visits"] == 0
    )


def test_imports_and_deletions_are_audited(hosted: Hosted) -> None:
    h = hosted
    up = h.client.post(
        "/api/v1/imports",
        files={"file": ("extra.jsonl", ERRANDS.read_bytes())},
        headers=h.as_(h.alice_token),
    )
    assert up.status_code == 200
    journey = _ids(h, h.alice_token)["journey_id"]
    gone = h.client.delete(f"/api/v1/journeys/{journey}", headers=h.as_(h.alice_token))
    assert gone.status_code == 200
    events = {r[2]: r[3] for r in Accounts(h.db).rows.audit_events(h.alice)}
    assert '"file": "extra.jsonl"' in events["import"] and '"via": "token"' in events["import"]
    assert events["journey_deleted"].startswith('{"via": "token", "visits": ')
    assert "token_used" in events and "account_created" in events


def test_login_form_cannot_be_posted_from_elsewhere(hosted: Hosted) -> None:
    c = TestClient(hosted.client.app)
    forged = c.post("/login", data={"name": "alice", "password": PASSWORD, "nonce": "x"})
    assert forged.status_code == 403 and "stale" in forged.text
    assert SESSION_COOKIE not in forged.cookies


def test_invitations_open_a_closed_sign_up_once(db_url: str, tmp_path: Path) -> None:
    db = open_database(db_url)
    accounts = Accounts(db)
    admin = accounts.create("admin", PASSWORD, admin=True)
    settings = resolve_settings(db=db_url, data_dir=str(tmp_path / "data"), environ={})
    app = create_app(WebContext(settings, embedder=HashingEmbedder(), hosted=True))
    c = TestClient(app)
    assert c.get("/signup").status_code == 404
    code = accounts.invite(admin, days=1)
    assert c.get(f"/signup?invite={code}").status_code == 200
    made = c.post(
        "/signup",
        data={"name": "dana", "password": PASSWORD, "invite": code},
        follow_redirects=False,
    )
    assert made.status_code == 303 and made.cookies.get(SESSION_COOKIE)
    again = TestClient(app).post(
        "/signup", data={"name": "erin", "password": PASSWORD, "invite": code}
    )
    assert again.status_code == 404
    expired = accounts.invite(admin, days=1e-12)
    assert TestClient(app).get(f"/signup?invite={expired}").status_code == 404
    assert [a.name for a in accounts.rows.all()] == ["admin", "dana"]
    db.close()


def test_users_cli(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from journeys.cli.main import cli

    db = str(tmp_path / "j.db")
    run = CliRunner()
    made = run.invoke(
        cli, ["--db", db, "users", "add", "Alice", "--password-stdin"], input=PASSWORD
    )
    assert made.exit_code == 0 and "Account alice created." in made.output
    short = run.invoke(cli, ["--db", db, "users", "add", "bob", "--password-stdin"], input="short")
    assert short.exit_code == 1 and "password: at least 10 characters" in short.output
    assert run.invoke(cli, ["--db", db, "users", "disable", "alice"]).exit_code == 0
    assert run.invoke(cli, ["--db", db, "users", "list"]).output.strip() == "alice  disabled"
    invite = run.invoke(cli, ["--db", db, "users", "invite", "--days", "2"]).output
    assert "/signup?invite=inv_" in invite
    gone = run.invoke(cli, ["--db", db, "users", "delete", "alice", "--yes"])
    assert "alice: deleted" in gone.output
    assert run.invoke(cli, ["--db", db, "users", "list"]).output.strip() == "No accounts."


def test_settings_page_shows_no_server_secrets(hosted: Hosted) -> None:
    c = TestClient(hosted.client.app)
    c.cookies.set(SESSION_COOKIE, _login(c, "alice", PASSWORD).cookies[SESSION_COOKIE])
    page = c.get("/settings").text
    assert "Excluded sites" in page
    assert "postgresql://" not in page and "sqlite:///" not in page and "Data folder" not in page
