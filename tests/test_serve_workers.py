"""Several server processes (`journeys serve --workers N`): what one process does, the others
see (import jobs, changes), and keep-alive connections are not held up by Nagle's algorithm."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from conftest import errands_database
from journeys.api.context import WebContext
from journeys.cli.serve import listening_socket
from journeys.config import resolve_settings
from journeys.engine.embedding import HashingEmbedder
from journeys.errors import ConfigError, NotFoundError
from journeys.services.import_jobs import ImportJobs
from journeys.services.uploads import SavedUpload, Uploaded, save_upload

ERRANDS = Path(__file__).parent / "fixtures" / "errands_history.jsonl"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_shared_listener_names_tcp_and_a_taken_port_is_a_clear_error() -> None:
    with listening_socket("127.0.0.1", 0) as sock:
        assert sock.proto == socket.IPPROTO_TCP  # accepted sockets inherit it: no Nagle
        port = sock.getsockname()[1]
        sock.listen()
        with socket.create_connection(("127.0.0.1", port)) as client:
            accepted, _ = sock.accept()
            with accepted:
                assert accepted.proto == socket.IPPROTO_TCP
            client.close()
        with pytest.raises(ConfigError, match="--port"):
            listening_socket("127.0.0.1", port)


def test_a_job_run_by_one_process_is_answered_by_another(tmp_path: Path) -> None:
    folder = tmp_path / "jobs"
    here, there = ImportJobs(folder=folder), ImportJobs(folder=folder)

    def work(job: object, saved: SavedUpload) -> Uploaded:
        return Uploaded(saved.name, saved.size, [], None)

    with ERRANDS.open("rb") as fh:
        saved = save_upload(fh, "h.jsonl", max_bytes=1 << 20)
    started = here.submit(7, saved, work)
    for _ in range(200):
        seen = there.get(7, started.id)  # read from the folder: not this instance's job
        if seen.state == "done":
            break
        time.sleep(0.02)
    assert seen.state == "done" and seen.result is not None and seen.result.name == "h.jsonl"
    assert [v.id for v in there.of(7)] == [started.id] and there.of(8) == []
    for user, ref in [(8, started.id), (7, "../../etc/passwd"), (7, "0" * 16)]:
        with pytest.raises(NotFoundError):
            there.get(user, ref)
    assert not saved.path.exists()  # the private copy is gone once done


def test_a_write_in_one_process_changes_what_another_has_cached(tmp_path: Path) -> None:
    url = "sqlite:///" + str(tmp_path / "j.db")
    user = errands_database(url)
    settings = resolve_settings(db=url, data_dir=str(tmp_path / "data"), environ={})
    # a fixed clock: statuses are worked out again when a minute passes, which would make
    # the index new between two calls that straddle the minute
    now = time.time_ns() // 1000
    one = WebContext(settings, embedder=HashingEmbedder(), now_us=now)
    two = WebContext(settings, embedder=HashingEmbedder(), now_us=now)
    before = two.index(user)
    assert two.index(user) is before  # kept while nothing changes
    with one.writing(user):  # a write in another process (no build, no edit): counted
        pass
    assert two.index(user) is not before


@pytest.fixture
def two_workers(tmp_path: Path) -> Iterator[tuple[str, str]]:
    url = "sqlite:///" + str(tmp_path / "j.db")
    errands_database(url, build=False)
    port = _free_port()
    env = os.environ | {"JOURNEYS_MODEL": "hashing", "JOURNEYS_DATA_DIR": str(tmp_path / "data")}
    journeys = str(Path(sys.executable).parent / "journeys")
    cmd = [journeys, "--db", url, "serve", "--port", str(port)]
    server = subprocess.Popen([*cmd, "--workers", "2"], env=env, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                if httpx.get(base + "/api/v1/stats", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        token = (tmp_path / "data" / "api-token").read_text().strip()
        yield base, token
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_two_server_processes_answer_for_one_import(two_workers: tuple[str, str]) -> None:
    base, token = two_workers
    rows = [
        {"time": 1_790_000_000 + 60 * k, "url": f"https://example.org/k{k}", "title": f"k {k}"}
        for k in range(40)
    ]
    body = "\n".join(json.dumps(r) for r in rows).encode()
    with httpx.Client(base_url=base, timeout=30) as client:  # one keep-alive connection
        started = client.post(
            "/api/v1/import-jobs",
            files={"file": ("more.jsonl", body)},
            headers={"X-Journeys-Token": token},
        )
        assert started.status_code == 202, started.text
        for _ in range(300):  # polled on new connections too: either process may answer
            job = httpx.get(base + started.headers["location"], timeout=30).json()
            if job["state"] in ("done", "failed"):
                break
            time.sleep(0.05)
        assert job["state"] == "done" and job["result"]["new"] == 40, job
        assert client.get("/api/v1/stats").json()["visits"] == 81 + 40
        assert "k 39" in client.get("/history").text
