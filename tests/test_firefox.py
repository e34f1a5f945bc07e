"""A real places.sqlite (written by Debian's firefox-esr via scripts/make_fixtures.py)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from conftest import assert_matches_manifest, visible_visits
from journeys.ingest.firefox import FirefoxImporter
from journeys.models import Visit


def _visits(path: Path) -> list[Visit]:
    return visible_visits(FirefoxImporter(path))


def test_every_visible_visit_matches_what_the_person_did(fixtures: Path) -> None:
    places = fixtures / "firefox" / "profile" / "places.sqlite"
    manifest = json.loads((fixtures / "firefox" / "manifest.json").read_text())
    visits = _visits(places)
    assert_matches_manifest(visits, manifest["visits"])


def test_times_equal_the_browsers_to_the_microsecond(fixtures: Path) -> None:
    places = fixtures / "firefox" / "profile" / "places.sqlite"
    conn = sqlite3.connect(places)
    expected = conn.execute(
        "SELECT p.url, v.visit_date FROM moz_historyvisits v JOIN moz_places p "
        "ON p.id = v.place_id WHERE v.visit_type NOT IN (0, 4, 7, 8) AND p.hidden = 0 "
        "ORDER BY v.visit_date"
    ).fetchall()
    assert [(v.url, v.visited_at_us) for v in _visits(places)] == expected


def test_android_millisecond_times(fixtures: Path) -> None:
    places = fixtures / "firefox" / "profile" / "places.sqlite"
    conn = sqlite3.connect(places)
    before = conn.execute("SELECT MIN(visit_date) FROM moz_historyvisits").fetchone()[0]
    conn.execute("UPDATE moz_historyvisits SET visit_date = visit_date / 1000")
    conn.commit()
    conn.close()
    first = _visits(places)[0]
    assert first.visited_at_us == before // 1000 * 1000


def test_typed_input_and_engagement(fixtures: Path) -> None:
    places = fixtures / "firefox" / "profile" / "places.sqlite"
    conn = sqlite3.connect(places)
    place = conn.execute(
        "SELECT id FROM moz_places WHERE url = 'http://travel.example/kyoto'"
    ).fetchone()[0]
    conn.execute("UPDATE moz_historyvisits SET visit_type = 2 WHERE place_id = ?", (place,))
    conn.execute(
        "INSERT INTO moz_inputhistory (place_id, input, use_count) VALUES (?, 'kyo', 2)", (place,)
    )
    conn.commit()
    conn.close()
    kyoto = next(v for v in _visits(places) if v.url == "http://travel.example/kyoto")
    assert (kyoto.transition, kyoto.typed_input) == ("typed", "kyo")
    assert any(v.foreground_us for v in _visits(places))
