"""The REST API in-process, on a real database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import errands_database
from journeys.api.context import WebContext
from journeys.api.routes import router as api_router
from journeys.config import resolve_settings
from journeys.engine.embedding import HashingEmbedder
from journeys.times import parse_iso_to_us
from journeys.web.app import create_app

ERRANDS = Path(__file__).parent / "fixtures" / "errands_history.jsonl"
# statuses are read as of a fixed day after the errands (they do not age with the clock)
AFTER_ERRANDS = parse_iso_to_us("2026-10-20T12:00:00+00:00")


def make_app(db_url: str, data_dir: Path, **kw: object) -> tuple[TestClient, WebContext]:
    errands_database(db_url)
    settings = resolve_settings(db=db_url, data_dir=str(data_dir), environ={})
    ctx = WebContext(settings, embedder=HashingEmbedder(), now_us=AFTER_ERRANDS, **kw)  # type: ignore[arg-type]
    return TestClient(create_app(ctx)), ctx


@pytest.fixture
def api(db_url: str, tmp_path: Path) -> Iterator[tuple[TestClient, WebContext]]:
    client, ctx = make_app(db_url, tmp_path / "data")
    with client:
        yield client, ctx


def test_journeys_list_filter_and_detail(api: tuple[TestClient, WebContext]) -> None:
    client, _ = api
    body = client.get("/api/v1/journeys").json()
    assert body["total"] == len(body["items"]) or body["next_offset"] == 20
    unfinished = client.get("/api/v1/journeys", params={"status": "unfinished"}).json()
    assert {j["intent"] for j in unfinished["items"]} == {"jobs", "paperwork", "shopping"}
    job = next(j for j in unfinished["items"] if j["intent"] == "jobs")
    assert job["status_reason"].endswith("no application sent") and job["top_pages"]
    by_site = client.get("/api/v1/journeys", params={"site": "greenhouse.io"}).json()
    assert [j["id"] for j in by_site["items"]] == [job["id"]]
    detail = client.get(f"/api/v1/journeys/{job['id'][:6]}").json()
    assert (
        detail["id"] == job["id"]
        and detail["ranked_visits"][0]["rank"] >= detail["ranked_visits"][-1]["rank"]
    )
    page = client.get("/api/v1/journeys", params={"limit": 2}).json()
    assert len(page["items"]) == 2 and page["next_offset"] == 2


def test_errors_have_one_shape_and_name_the_field(api: tuple[TestClient, WebContext]) -> None:
    client, ctx = api
    missing = client.get("/api/v1/journeys/ffffffff")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    bad = client.get("/api/v1/journeys", params={"status": "finished"})
    assert bad.status_code == 422 and bad.json()["error"]["message"].startswith("status:")
    bad_time = client.get("/api/v1/journeys", params={"since": "yesterday"})
    assert bad_time.status_code == 422 and "since" in bad_time.json()["error"]["message"]
    job = client.get("/api/v1/journeys", params={"status": "unfinished"}).json()["items"][0]
    no_token = client.patch(f"/api/v1/journeys/{job['id']}", json={"title": "x"})
    assert no_token.status_code == 403 and no_token.json()["error"]["code"] == "forbidden"
    wrong = client.patch(
        f"/api/v1/journeys/{job['id']}",
        json={"mark": "finished"},
        headers={"X-Journeys-Token": ctx.token},
    )
    assert wrong.status_code == 422 and wrong.json()["error"]["message"].startswith("mark:")


def test_edits_through_the_api(api: tuple[TestClient, WebContext]) -> None:
    client, ctx = api
    auth = {"X-Journeys-Token": ctx.token}
    items = client.get("/api/v1/journeys", params={"limit": 200}).json()["items"]
    job = next(j for j in items if j["intent"] == "jobs")
    renamed = client.patch(
        f"/api/v1/journeys/{job['id']}", json={"title": "Northwind application"}, headers=auth
    )
    assert renamed.status_code == 200 and renamed.json()["title"] == "Northwind application"
    done = client.patch(f"/api/v1/journeys/{job['id']}", json={"mark": "done"}, headers=auth)
    assert (done.json()["status"], done.json()["mark"]) == ("completed", "done")
    snoozed = client.patch(
        f"/api/v1/journeys/{job['id']}", json={"snoozed_until": "2030-01-01T00:00:00"}, headers=auth
    )
    assert snoozed.status_code == 422 and "UTC offset" in snoozed.json()["error"]["message"]
    # merge the two journeys of one sore back; move a visit out; delete a journey everywhere
    taxes = [
        next(j for j in items if j["title"].startswith(start))
        for start in ("Sciatica", "Lower back pain")
    ]
    merged = client.post(
        f"/api/v1/journeys/{taxes[0]['id']}/merge", json={"into": taxes[1]["id"]}, headers=auth
    )
    assert merged.status_code == 200
    assert merged.json()["visits"] == taxes[0]["visits"] + taxes[1]["visits"]
    visit = merged.json()["ranked_visits"][0]["id"]
    out = client.post(f"/api/v1/visits/{visit}/move", json={"to": None}, headers=auth)
    assert out.status_code == 200 and out.json() is None
    assert client.get(f"/api/v1/visits/{visit}").json()["journey_id"] is None
    before = client.get("/api/v1/stats").json()["visits"]
    gone = client.delete(f"/api/v1/journeys/{taxes[1]['id']}", headers=auth).json()["deleted"]
    assert gone == merged.json()["visits"] - 1
    assert client.get("/api/v1/stats").json()["visits"] == before - gone
    assert client.get(f"/api/v1/journeys/{taxes[1]['id']}").status_code == 404
    assert client.delete(f"/api/v1/visits/{visit}", headers=auth).json() == {"deleted": 1}
    assert client.get(f"/api/v1/visits/{visit}").status_code == 404


def test_search_history_and_upload(api: tuple[TestClient, WebContext]) -> None:
    client, ctx = api
    found = client.get("/api/v1/search", params={"q": "thinkpad"}).json()
    laptop = found["groups"][0]
    assert laptop["journey"]["intent"] == "shopping"
    assert all(
        "thinkpad" in (v["title"] or v["search_terms"] or v["url"]).lower()
        for v in laptop["visits"]
    )
    first = client.get("/api/v1/visits", params={"limit": 30}).json()
    second = client.get(
        "/api/v1/visits", params={"limit": 30, "before": first["next_before"]}
    ).json()
    times = [v["visited_at"] for v in first["items"] + second["items"]]
    assert times == sorted(times, reverse=True) and len(set(times)) == 60
    auth = {"X-Journeys-Token": ctx.token}
    again = client.post(
        "/api/v1/imports", files={"file": (ERRANDS.name, ERRANDS.read_bytes())}, headers=auth
    ).json()
    assert (again["new"], again["known"]) == (0, 81)
    junk = client.post(
        "/api/v1/imports", files={"file": ("junk.sqlite", b"not a database")}, headers=auth
    ).json()
    assert junk["new"] == 0 and "junk.sqlite" in junk["error"]
    recorded = client.get("/api/v1/imports").json()
    assert [r["file"] for r in recorded[:2]] == ["junk.sqlite", ERRANDS.name]
    assert recorded[1]["known"] == 81 and recorded[0]["error"]


def test_uploads_are_limited_and_hosts_checked(db_url: str, tmp_path: Path) -> None:
    client, ctx = make_app(db_url, tmp_path / "data", max_upload_bytes=1000)
    with client:
        big = client.post(
            "/api/v1/imports",
            files={"file": ("big.jsonl", ERRANDS.read_bytes())},
            headers={"X-Journeys-Token": ctx.token},
        )
        assert big.status_code == 413 and big.json()["error"]["code"] == "too_large"
        rebound = client.get("/api/v1/journeys", headers={"Host": "evil.example:8765"})
        assert rebound.status_code == 400 and rebound.json()["error"]["code"] == "bad_host"
        assert client.get("/", headers={"Host": "127.0.0.1:8765"}).status_code == 200


def test_openapi_documents_every_api_route(api: tuple[TestClient, WebContext]) -> None:
    client, _ = api
    schema = client.get("/openapi.json").json()
    documented = {(m.upper(), p) for p, ops in schema["paths"].items() for m in ops}
    routes = {
        (m, r.path)  # type: ignore[attr-defined]
        for r in api_router.routes
        for m in r.methods  # type: ignore[attr-defined]
    }
    assert routes == documented and len(routes) >= 12
    docs = client.get("/api/docs").text
    assert "PATCH /api/v1/journeys/{journey_id}" in docs and "cdn" not in docs.lower()


def test_resume_is_the_json_twin_of_the_home_section(api: tuple[TestClient, WebContext]) -> None:
    client, _ = api
    items = client.get("/api/v1/resume", params={"days": 3650, "limit": 10}).json()
    assert sorted(i["journey"]["intent"] for i in items) == ["jobs", "paperwork", "shopping"]
    job = next(i for i in items if i["journey"]["intent"] == "jobs")
    assert job["reopen"][0]["why"] == "where you stopped" and job["search_again"]
    home = client.get("/").text
    assert job["journey"]["title"] in home and "Pick up where you left off" in home


def _wait_for(client: TestClient, url: str) -> dict[str, object]:
    for _ in range(600):
        job: dict[str, object] = client.get(url).json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"{url} never finished")


def test_import_jobs_run_in_the_background_and_report_progress(
    api: tuple[TestClient, WebContext], tmp_path: Path
) -> None:
    client, ctx = api
    auth = {"X-Journeys-Token": ctx.token}
    log = tmp_path / "new-history.jsonl"
    with log.open("w") as fh:
        for k in range(300):  # new visits: a stored import, then a journey build
            topic = ("sourdough starter", "bike chain")[k % 2]
            url = f"https://www.google.com/search?q={topic.replace(' ', '+')}+{k % 7}"
            row = {"time": 1_790_000_000 + 60 * k, "url": url, "title": f"{topic} {k % 7}"}
            fh.write(json.dumps(row) + "\n")
    refused = client.post("/api/v1/import-jobs", files={"file": (log.name, log.read_bytes())})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"
    started = client.post(
        "/api/v1/import-jobs", files={"file": (log.name, log.read_bytes())}, headers=auth
    )
    assert started.status_code == 202, started.text
    first = started.json()
    assert first["file"] == log.name and first["size"] == log.stat().st_size
    assert started.headers["location"] == f"/api/v1/import-jobs/{first['id']}"
    job = _wait_for(client, started.headers["location"])
    assert job["state"] == "done" and job["error"] is None and job["finished_at"]
    assert job["rows"] == 300  # every row read was reported to the job
    result = job["result"]
    assert isinstance(result, dict)
    assert (result["new"], result["known"], result["problems"]) == (300, 0, 0)
    assert result["journeys"] > 0
    summary = client.get("/import", params={"job": first["id"]}).text
    assert "new-history.jsonl" in summary and "Journeys built" in summary
    assert "journeys-upload-" not in summary  # the private copy's folder is not shown
    # a file nothing can be read from: the job fails and says why, naming the file
    junk = client.post(
        "/api/v1/import-jobs", files={"file": ("junk.sqlite", b"not a database")}, headers=auth
    ).json()
    failed = _wait_for(client, f"/api/v1/import-jobs/{junk['id']}")
    assert failed["state"] == "failed" and "junk.sqlite" in str(failed["error"])
    assert "junk.sqlite" in client.get("/import", params={"job": junk["id"]}).text
    listed = client.get("/api/v1/import-jobs").json()
    assert [j["id"] for j in listed] == [junk["id"], first["id"]]
    missing = client.get("/api/v1/import-jobs/0123456789abcdef")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert client.get("/api/v1/stats").json()["visits"] == 81 + 300
