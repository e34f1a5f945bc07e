"""Web benchmark: latency of the journeys page, the journeys API and search, over loopback,
against the real server (`journeys serve`, uvicorn) on the 1,000,000-visit benchmark
database that bench_build.py leaves in benchmarks/data/build/journeys.db.

  python benchmarks/bench_web.py [DB] [--model=hashing] [--clients=4] [--requests=200]
                                     [--tool=httpx|wrk] [--seconds=10] [--workers=1]

The load generator is a pool of HTTP/1.1 keep-alive clients (httpx), each sending requests
back to back, or wrk (`apt install wrk`: a C load tool that leaves the cores to the server,
``--seconds`` per endpoint, cycling over the same paths); it reports p50/p95/max per endpoint
and requests per second. The peer measured
in the same run is the bare SQLite full-text query a search needs (no web, no ranking): the
floor any search page over the same data pays.
"""

from __future__ import annotations

import os
import platform
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "benchmarks" / "data" / "build" / "journeys.db"
SEARCHES = ["kamo", "toriha", "lupe", "zoan", "sune", "elor", "mosu", "haix"]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _words(db: Path, n: int = 32) -> list[str]:
    """Real words of the history's titles, so searches find something."""
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT title FROM pages WHERE title IS NOT NULL ORDER BY id LIMIT 2000"
    ).fetchall()
    conn.close()
    words: list[str] = []
    for (title,) in rows:
        for w in title.split():
            if len(w) > 4 and w.isalpha() and w.lower() not in words:
                words.append(w.lower())
    step = max(1, len(words) // n)
    return words[::step][:n] or SEARCHES


def _load(base: str, paths: list[str], clients: int, total: int) -> dict[str, float]:
    """Send ``total`` requests (cycling over paths) from ``clients`` keep-alive clients."""
    per = total // clients
    lat: list[float] = []

    def worker(k: int) -> list[float]:
        out = []
        with httpx.Client(base_url=base, timeout=60) as c:
            for i in range(per):
                path = paths[(k * per + i) % len(paths)]
                t = time.perf_counter()
                r = c.get(path)
                out.append((time.perf_counter() - t) * 1000)
                if r.status_code != 200:
                    raise RuntimeError(f"{path}: HTTP {r.status_code}")
        return out

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for part in pool.map(worker, range(clients)):
            lat += part
    wall = time.perf_counter() - started
    lat.sort()
    return {
        "p50_ms": round(statistics.median(lat), 1),
        "p95_ms": round(lat[int(len(lat) * 0.95) - 1], 1),
        "max_ms": round(lat[-1], 1),
        "rps": round(len(lat) / wall, 1),
        "n": len(lat),
    }


WRK_SCRIPT = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %%f %%f %%f %%d %%d %%d\\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency.max / 1000,
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout, summary.duration))
end
"""


def _load_wrk(base: str, paths: list[str], clients: int, seconds: int) -> dict[str, float]:
    """The same paths from wrk (a C load tool: it leaves the cores to the server), one
    connection per client, for ``seconds``."""
    quoted = ", ".join('"' + p.replace('"', "") + '"' for p in paths)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(WRK_SCRIPT % quoted)
    try:
        out = subprocess.run(
            ["wrk", "-t", "1", "-c", str(clients), "-d", f"{seconds}s", "-s", fh.name, base],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(fh.name)
    line = next(x for x in out.splitlines() if x.startswith("RESULT"))
    p50, p95, top, n, errors, micros = line.split()[1:]
    if int(errors):
        raise RuntimeError(f"wrk: {errors} errors\n{out}")
    return {
        "p50_ms": round(float(p50), 1),
        "p95_ms": round(float(p95), 1),
        "max_ms": round(float(top), 1),
        "rps": round(int(n) / (int(micros) / 1e6), 1),
        "n": int(n),
    }


def _peer(db: Path, words: list[str], rounds: int = 200) -> dict[str, float]:
    conn = sqlite3.connect(db)
    lat = []
    for i in range(rounds):
        w = words[i % len(words)]
        t = time.perf_counter()
        conn.execute(
            "SELECT v.id FROM visits v WHERE v.page_id IN "
            "(SELECT rowid FROM pages_fts WHERE pages_fts MATCH ?) LIMIT 200",
            (f'"{w}"',),
        ).fetchall()
        lat.append((time.perf_counter() - t) * 1000)
    conn.close()
    lat.sort()
    return {
        "p50_ms": round(statistics.median(lat), 2),
        "p95_ms": round(lat[int(len(lat) * 0.95) - 1], 2),
    }


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    opts = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
    db = Path(args[0]) if args else DEFAULT
    model = opts.get("model", "minilm")
    clients, total = int(opts.get("clients", 4)), int(opts.get("requests", 200))
    tool, seconds = opts.get("tool", "httpx"), int(opts.get("seconds", 10))
    workers = int(opts.get("workers", 1))
    conn = sqlite3.connect(db)
    user, visits = conn.execute(
        "SELECT u.name, COUNT(*) FROM visits v JOIN users u ON u.id = v.user_id "
        "GROUP BY u.name ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()
    journeys = conn.execute("SELECT COUNT(*) FROM journeys").fetchone()[0]
    conn.close()
    print(
        f"# {platform.node()} {platform.machine()} python {platform.python_version()} "
        f"model={model} user={user} visits={visits} journeys={journeys} clients={clients} "
        f"tool={tool} workers={workers}",
        flush=True,
    )
    port = _port()
    env = os.environ | {"JOURNEYS_MODEL": model, "JOURNEYS_DATA_DIR": str(db.parent / "web")}
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "journeys"),
            "--db",
            str(db),
            "--user",
            user,
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/api/v1/stats", timeout=30).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        words = _words(db)
        # warm up: the model loads on the first search, statuses on the first page
        for path in ["/", "/api/v1/journeys", f"/search?q={words[0]}"]:
            httpx.get(base + path, timeout=120)
        shown = httpx.get(base + "/api/v1/journeys", timeout=120).json()["total"]
        print(f"journeys shown: {shown}", flush=True)
        cases = {
            "journeys page (/)": ["/", "/?offset=24", "/?status=unfinished"],
            "journeys API (/api/v1/journeys)": ["/api/v1/journeys", "/api/v1/journeys?offset=20"],
            "search page (/search)": [f"/search?q={w}" for w in words],
            "search API (/api/v1/search)": [f"/api/v1/search?q={w}" for w in words],
            "history page (/history)": ["/history"],
        }
        for name, paths in cases.items():
            if tool == "wrk":
                print(name, _load_wrk(base, paths, clients, seconds), flush=True)
            else:
                print(name, _load(base, paths, clients, total), flush=True)
        print("peer: bare SQLite FTS5 query, no web", _peer(db, words), flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
