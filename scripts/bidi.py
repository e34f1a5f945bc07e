"""Debian's firefox-esr, headless, and a WebDriver BiDi connection to it.

Used by make_fixtures.py and week_firefox.py to make fixtures with the real Firefox.
"""

from __future__ import annotations

import json
import subprocess
import time
import urllib.request
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

Call = Callable[[str, dict[str, Any]], Awaitable[dict[str, Any]]]


@contextmanager
def firefox(profile: str, prefs: dict[str, object], port: int) -> Iterator[None]:
    """firefox-esr running headless on ``profile`` with ``prefs``, its remote agent on
    ``port`` and answering; stopped on leaving."""
    Path(profile, "user.js").write_text(
        "".join(f'user_pref("{k}", {json.dumps(v)});\n' for k, v in prefs.items())
    )
    proc = subprocess.Popen(
        [
            "firefox-esr",
            "--headless",
            f"--remote-debugging-port={port}",
            "--profile",
            profile,
            "--no-remote",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/json/version", timeout=1)
                break
            except OSError:
                time.sleep(0.3)
        time.sleep(2)
        yield
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@asynccontextmanager
async def connect(port: int) -> AsyncIterator[Call]:
    """A BiDi session's command call: sends a command, returns its result, raises on error."""
    import websockets

    async with websockets.connect(f"ws://127.0.0.1:{port}/session", max_size=None) as ws:
        counter = 0

        async def call(method: str, params: dict[str, Any]) -> dict[str, Any]:
            nonlocal counter
            counter += 1
            await ws.send(json.dumps({"id": counter, "method": method, "params": params}))
            while True:
                msg = json.loads(await ws.recv())
                if msg.get("id") == counter:
                    if msg.get("type") == "error":
                        raise RuntimeError(f"{method}: {msg}")
                    return dict(msg["result"])

        yield call
