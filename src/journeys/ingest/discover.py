"""Find the local profiles of every known browser on Linux, macOS and Windows."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from journeys.ingest.browsers import BROWSERS, HISTORY_FILES, Browser


@dataclass(frozen=True, slots=True)
class FoundProfile:
    """A history file of a browser profile found on this machine."""

    browser: str
    family: str
    profile: str
    path: Path


def _platform_roots(browser: Browser, platform: str) -> tuple[str, ...]:
    if platform.startswith("win"):
        return browser.windows
    if platform == "darwin":
        return browser.macos
    return browser.linux


def _expand(root: str, environ: Mapping[str, str], home: Path) -> Path:
    for name, value in environ.items():
        root = root.replace(f"%{name}%", value)
    if root.startswith("~"):
        root = str(home) + root[1:]
    return Path(root.replace("\\", "/"))  # Windows accepts "/", and tests run anywhere


def discover(
    *,
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Iterator[FoundProfile]:
    """Every profile's history file under the known roots, for the given platform."""
    plat = platform or sys.platform
    env = dict(os.environ if environ is None else environ)
    base = home or Path.home()
    for browser in BROWSERS:
        filename = HISTORY_FILES[browser.family]
        for raw in _platform_roots(browser, plat):
            root = _expand(raw, env, base)
            if "%" in str(root) or not root.is_dir():
                continue
            candidates = (
                [root / filename]
                if browser.family == "safari"
                else [child / filename for child in sorted(root.iterdir()) if child.is_dir()]
                + [root / filename]
            )  # Opera keeps History in the root folder
            for candidate in candidates:
                if candidate.is_file():
                    profile = (
                        "default"
                        if candidate.parent == root and browser.family != "chromium"
                        else candidate.parent.name
                    )
                    yield FoundProfile(browser.name, browser.family, profile, candidate)
