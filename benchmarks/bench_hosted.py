"""Hosted-mode load test: 20 users import and browse at once against the real server
(`journeys serve --hosted`, uvicorn) on PostgreSQL, over loopback.

  python benchmarks/bench_hosted.py [POSTGRES_URL] [--users=20] [--rounds=10]

Each user (a thread with its own bearer token) uploads the errands history with a twist of
its own (one page only it visited), then browses: the journeys page, a journey, the history,
search and resume, ``rounds`` times. Reported: p50/p95/max page latency, imports' latency,
errors, and a leak check: each user must see exactly its own visits and never another user's
own page. The database is a PostgreSQL schema made for the run and dropped after it.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from journeys.services.accounts import Accounts
from journeys.storage import open_database
from journeys.storage.database import connect

ROOT = Path(__file__).resolve().parents[1]
ERRANDS = ROOT / "tests" / "fixtures" / "errands_history.jsonl"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _history(k: int) -> bytes:
    rows = ERRANDS.read_text().splitlines()
    own = {
        "time": "2026-10-14T21:00:00.000000-05:00",
        "url": f"https://user{k}.example/private-{k}",
        "title": f"Private page of user {k}",
    }
    return ("\n".join([*rows, json.dumps(own)]) + "\n").encode()


def _user(base: str, k: int, token: str, rounds: int) -> dict[str, object]:
    pages: list[float] = []
    errors: list[str] = []
    leaks: list[str] = []
    auth = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=auth, timeout=120) as c:
        t = time.perf_counter()
        r = c.post("/api/v1/imports", files={"file": (f"u{k}.jsonl", _history(k))})
        upload = time.perf_counter() - t
        if r.status_code != 200 or r.json()["new"] != 82:
            errors.append(f"import {r.status_code} {r.text[:100]}")
        journeys = c.get("/api/v1/journeys").json()["items"]
        paths = [
            "/api/v1/journeys",
            "/api/v1/visits",
            "/api/v1/resume?days=3650",
            "/api/v1/search?q=thinkpad",
            "/api/v1/search?q=private",
        ]
        if journeys:
            paths.append(f"/api/v1/journeys/{journeys[0]['id']}")
        for _ in range(rounds):
            for path in paths:
                t = time.perf_counter()
                r = c.get(path)
                pages.append((time.perf_counter() - t) * 1000)
                if r.status_code != 200:
                    errors.append(f"{path} {r.status_code}")
                elif "private" in path:
                    found = {v["url"] for g in r.json()["groups"] for v in g["visits"]}
                    others = [u for u in found if f"user{k}." not in u]
                    if others:
                        leaks.append(f"user {k} saw {others}")
        stats = c.get("/api/v1/stats").json()
        if stats["visits"] != 82:
            leaks.append(f"user {k} sees {stats['visits']} visits, not 82")
    return {"pages": pages, "upload_s": upload, "errors": errors, "leaks": leaks}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    opts = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
    pg = (
        args[0]
        if args
        else os.environ.get(
            "JOURNEYS_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
        )
    )
    users, rounds = int(opts.get("users", 20)), int(opts.get("rounds", 10))
    schema = "bench_" + uuid.uuid4().hex[:10]
    admin = connect(pg)
    admin.execute(f"CREATE SCHEMA {schema}")
    url = f"{pg}{'&' if '?' in pg else '?'}options=-csearch_path%3D{schema}"
    port = _port()
    server = None
    try:
        db = open_database(url)
        accounts = Accounts(db)
        tokens = []
        for k in range(users):
            uid = accounts.create(f"user{k:02d}", "a long enough password")
            tokens.append(accounts.create_token(uid, "bench", ("read", "write", "import"))[0])
        db.close()
        env = os.environ | {
            "JOURNEYS_MODEL": opts.get("model", "hashing"),
            "JOURNEYS_DATA_DIR": f"/tmp/{schema}",
        }
        server = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "journeys"),
                "--db",
                url,
                "serve",
                "--hosted",
                "--port",
                str(port),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(base + "/readyz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        print(f"# hosted: {users} users x {rounds} rounds, PostgreSQL schema {schema}", flush=True)
        started = time.perf_counter()
        with ThreadPoolExecutor(users) as pool:
            results = list(pool.map(lambda k: _user(base, k, tokens[k], rounds), range(users)))
        wall = time.perf_counter() - started
        pages = sorted(p for r in results for p in r["pages"])  # type: ignore[attr-defined]
        uploads = sorted(float(r["upload_s"]) for r in results)  # type: ignore[arg-type]
        errors = [e for r in results for e in r["errors"]]  # type: ignore[attr-defined]
        leaks = [e for r in results for e in r["leaks"]]  # type: ignore[attr-defined]
        print(
            json.dumps(
                {
                    "requests": len(pages) + users,
                    "wall_s": round(wall, 1),
                    "page_p50_ms": round(statistics.median(pages), 1),
                    "page_p95_ms": round(pages[int(len(pages) * 0.95) - 1], 1),
                    "page_max_ms": round(pages[-1], 1),
                    "import_p50_s": round(statistics.median(uploads), 2),
                    "import_max_s": round(uploads[-1], 2),
                    "errors": len(errors),
                    "leaks": len(leaks),
                }
            ),
            flush=True,
        )
        for line in (errors + leaks)[:10]:
            print("  ", line)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


if __name__ == "__main__":
    main()
