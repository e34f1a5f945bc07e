"""Profile discovery on each platform's layout, in a fake home folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from journeys.ingest.discover import discover


def test_linux_macos_and_windows_layouts(tmp_path: Path, fixtures: Path) -> None:
    history = fixtures / "chromium" / "Default" / "History"
    places = fixtures / "firefox" / "profile" / "places.sqlite"

    def put(src: Path, dest: Path) -> None:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)

    home = tmp_path / "home"
    put(history, home / ".config/google-chrome/Default/History")
    put(history, home / ".config/BraveSoftware/Brave-Browser/Profile 1/History")
    put(places, home / ".mozilla/firefox/abcd.default-release/places.sqlite")
    found = {(f.browser, f.profile) for f in discover(platform="linux", environ={}, home=home)}
    assert found == {
        ("chrome", "Default"),
        ("brave", "Profile 1"),
        ("firefox", "abcd.default-release"),
    }

    mac = tmp_path / "mac"
    put(history, mac / "Library/Application Support/Microsoft Edge/Default/History")
    found = {(f.browser, f.profile) for f in discover(platform="darwin", environ={}, home=mac)}
    assert found == {("edge", "Default")}

    local = tmp_path / "AppData" / "Local"
    put(history, local / "Vivaldi/User Data/Default/History")
    found = {
        (f.browser, f.profile)
        for f in discover(platform="win32", environ={"LOCALAPPDATA": str(local)}, home=tmp_path)
    }
    assert found == {("vivaldi", "Default")}
