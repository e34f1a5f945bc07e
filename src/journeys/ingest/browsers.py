"""Known browsers as data: a family, a name, and where their profiles live per platform.

Adding a Chromium- or Firefox-family browser is a row here, not code.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Browser:
    """A browser: its family, name and profile roots (``~`` and ``%VAR%`` are expanded)."""

    name: str
    family: str  # chromium | firefox | safari
    linux: tuple[str, ...] = ()
    macos: tuple[str, ...] = ()
    windows: tuple[str, ...] = ()
    #: path fragments that identify this browser in a History file's path
    markers: tuple[str, ...] = ()


_MAC = "~/Library/Application Support/"
BROWSERS: tuple[Browser, ...] = (
    Browser(
        "chrome",
        "chromium",
        ("~/.config/google-chrome",),
        (_MAC + "Google/Chrome",),
        (r"%LOCALAPPDATA%\Google\Chrome\User Data",),
        ("google-chrome", "Google/Chrome", "Google\\Chrome"),
    ),
    Browser(
        "chromium",
        "chromium",
        ("~/.config/chromium", "~/snap/chromium/common/chromium"),
        (_MAC + "Chromium",),
        (r"%LOCALAPPDATA%\Chromium\User Data",),
        ("chromium",),
    ),
    Browser(
        "edge",
        "chromium",
        ("~/.config/microsoft-edge",),
        (_MAC + "Microsoft Edge",),
        (r"%LOCALAPPDATA%\Microsoft\Edge\User Data",),
        ("microsoft-edge", "Edge"),
    ),
    Browser(
        "brave",
        "chromium",
        ("~/.config/BraveSoftware/Brave-Browser",),
        (_MAC + "BraveSoftware/Brave-Browser",),
        (r"%LOCALAPPDATA%\BraveSoftware\Brave-Browser\User Data",),
        ("BraveSoftware",),
    ),
    Browser(
        "vivaldi",
        "chromium",
        ("~/.config/vivaldi",),
        (_MAC + "Vivaldi",),
        (r"%LOCALAPPDATA%\Vivaldi\User Data",),
        ("vivaldi", "Vivaldi"),
    ),
    Browser(
        "opera",
        "chromium",
        ("~/.config/opera",),
        (_MAC + "com.operasoftware.Opera",),
        (r"%APPDATA%\Opera Software\Opera Stable",),
        ("opera", "Opera"),
    ),
    Browser("arc", "chromium", (), (_MAC + "Arc/User Data",), (), ("Arc/User Data",)),
    Browser(
        "firefox",
        "firefox",
        ("~/.mozilla/firefox", "~/snap/firefox/common/.mozilla/firefox"),
        (_MAC + "Firefox/Profiles",),
        (r"%APPDATA%\Mozilla\Firefox\Profiles",),
        (".mozilla/firefox", "Firefox"),
    ),
    Browser(
        "librewolf",
        "firefox",
        ("~/.librewolf",),
        (_MAC + "librewolf/Profiles",),
        (r"%APPDATA%\librewolf\Profiles",),
        ("librewolf",),
    ),
    Browser(
        "floorp",
        "firefox",
        ("~/.floorp",),
        (_MAC + "Floorp/Profiles",),
        (r"%APPDATA%\Floorp\Profiles",),
        ("floorp", "Floorp"),
    ),
    Browser(
        "waterfox",
        "firefox",
        ("~/.waterfox",),
        (_MAC + "Waterfox/Profiles",),
        (r"%APPDATA%\Waterfox\Profiles",),
        ("waterfox", "Waterfox"),
    ),
    Browser(
        "zen",
        "firefox",
        ("~/.zen",),
        (_MAC + "zen/Profiles",),
        (r"%APPDATA%\zen\Profiles",),
        ("/.zen/", "zen/Profiles"),
    ),
    Browser("safari", "safari", (), ("~/Library/Safari",), (), ("Library/Safari",)),
)

HISTORY_FILES = {"chromium": "History", "firefox": "places.sqlite", "safari": "History.db"}


def browser_for_path(path: str, family: str) -> str:
    """The browser a history file belongs to, from the markers in its path."""
    for browser in BROWSERS:
        if browser.family == family and any(m in path for m in browser.markers):
            return browser.name
    return {"chromium": "chromium", "firefox": "firefox", "safari": "safari"}[family]
