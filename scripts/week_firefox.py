"""Carry out a week's steps in Debian's firefox-esr, headless, over WebDriver BiDi.

Used by make_week_history.py (``--firefox``). Clicks are real pointer input (Ctrl held for a
new tab), so Firefox records link visits and their sources as it does for a person.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import time
from collections.abc import Callable
from typing import Any

from bidi import Call, connect, firefox
from week_script import Step

CTRL = "\ue009"


def prefs(proxy_port: int) -> dict[str, object]:
    """A profile that sends http and https through the fixture's proxy and calls nowhere."""
    return {
        "network.proxy.type": 1,
        "network.proxy.http": "127.0.0.1",
        "network.proxy.http_port": proxy_port,
        "network.proxy.ssl": "127.0.0.1",
        "network.proxy.ssl_port": proxy_port,
        "network.proxy.allow_hijacking_localhost": True,
        "browser.shell.checkDefaultBrowser": False,
        "datareporting.policy.dataSubmissionEnabled": False,
        "toolkit.telemetry.reportingpolicy.firstRun": False,
        "app.update.enabled": False,
        "browser.startup.homepage_override.mstone": "ignore",
        "browser.places.interactions.enabled": True,
        "network.captive-portal-service.enabled": False,
        "browser.search.suggest.enabled": False,
        "browser.tabs.loadInBackground": False,
    }


async def _click(call: Call, ctx: str, href: str, *, ctrl: bool = False) -> None:
    found = await call(
        "script.evaluate",
        {
            # the selector as a JavaScript string, its value quoted for CSS: a URL may hold
            # quotes ("…/ricky's")
            "expression": f"document.querySelector({json.dumps(f'a[href={json.dumps(href)}]')})",
            "target": {"context": ctx},
            "awaitPromise": False,
        },
    )
    ref = found["result"].get("sharedId")
    if not ref:
        raise RuntimeError(f"no link to {href}")
    pointer = {
        "type": "pointer",
        "id": "mouse",
        "actions": [
            {"type": "pause"},
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
    actions: list[dict[str, Any]] = [pointer]
    if ctrl:
        key = {
            "type": "key",
            "id": "keyboard",
            "actions": [
                {"type": "keyDown", "value": CTRL},
                {"type": "pause"},
                {"type": "pause"},
                {"type": "pause"},
                {"type": "keyUp", "value": CTRL},
            ],
        }
        actions = [key, pointer]
    await call("input.performActions", {"context": ctx, "actions": actions})
    await call("input.releaseActions", {"context": ctx})


async def _steps(port: int, steps: list[Step], href: Callable[[str, str], str]) -> list[float]:
    starts: list[float] = []
    async with connect(port) as call:
        await call("session.new", {"capabilities": {"alwaysMatch": {"acceptInsecureCerts": True}}})
        tree = await call("browsingContext.getTree", {})
        tabs = [tree["contexts"][0]["context"]]
        for action, url, _, _ in steps:
            starts.append(time.time())
            ctx = tabs[-1]
            if action == "day":
                continue
            if action == "goto":
                await call(
                    "browsingContext.navigate", {"context": ctx, "url": url, "wait": "complete"}
                )
            elif action in ("click", "via"):
                await _click(call, ctx, href(action, url))
            elif action == "tab":
                before = {
                    c["context"] for c in (await call("browsingContext.getTree", {}))["contexts"]
                }
                await _click(call, ctx, url, ctrl=True)
                await asyncio.sleep(1.5)
                after = (await call("browsingContext.getTree", {}))["contexts"]
                new = [c["context"] for c in after if c["context"] not in before]
                if not new:
                    raise RuntimeError(f"no new tab for {url}")
                await call("browsingContext.activate", {"context": new[0]})
                tabs.append(new[0])
            elif action == "close":
                await call("browsingContext.close", {"context": ctx})
                tabs.pop()
                await call("browsingContext.activate", {"context": tabs[-1]})
            elif action == "back":
                await call("browsingContext.traverseHistory", {"context": ctx, "delta": -1})
            await asyncio.sleep(1.5)
        starts.append(time.time())
        await call("session.end", {})
    return starts


def browse(
    steps: list[Step], profile: str, proxy_port: int, href: Callable[[str, str], str]
) -> tuple[list[float], str]:
    """Carry out the steps in firefox-esr; returns the wall time each step started."""
    port = 9223
    with firefox(profile, prefs(proxy_port), port):
        version = subprocess.run(
            ["firefox-esr", "--version"], capture_output=True, text=True, check=False
        ).stdout.strip()
        starts = asyncio.run(_steps(port, steps, href))
    return starts, version
