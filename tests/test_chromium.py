"""A real Chromium History (written by Debian's chromium via scripts/make_fixtures.py)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from conftest import assert_matches_manifest, visible_visits
from journeys.errors import CorruptSourceError, EncryptedSourceError
from journeys.ingest.chromium import ChromiumImporter
from journeys.models import Visit
from journeys.times import chromium_to_unix_us


def _visits(path: Path) -> list[Visit]:
    return visible_visits(ChromiumImporter(path))


def _oracle(path: Path) -> list[tuple[str, int, str]]:
    """Chrome's user-visible rule, read independently with plain SQL."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT u.url, v.visit_time, u.title FROM visits v JOIN urls u ON u.id = v.url "
        "WHERE (v.transition & 536870912) != 0 AND (v.transition & 255) NOT IN (3, 4, 10) "
        "AND u.hidden = 0 ORDER BY v.visit_time, v.id"
    ).fetchall()
    conn.close()
    return [(r[0], chromium_to_unix_us(r[1]), r[2]) for r in rows]


def test_every_visible_visit_matches_what_the_person_did(fixtures: Path) -> None:
    history = fixtures / "chromium" / "Default" / "History"
    manifest = json.loads((fixtures / "chromium" / "manifest.json").read_text())
    visits = _visits(history)
    assert_matches_manifest(visits, manifest["visits"])


def test_times_and_titles_equal_the_browsers_to_the_microsecond(fixtures: Path) -> None:
    history = fixtures / "chromium" / "Default" / "History"
    assert [(v.url, v.visited_at_us, v.title) for v in _visits(history)] == _oracle(history)


def test_redirects_subframes_and_hidden_visits_are_skipped_and_counted(fixtures: Path) -> None:
    importer = ChromiumImporter(fixtures / "chromium" / "Default" / "History")
    visible = [i for i in importer.iter_visits() if isinstance(i, Visit)]
    conn = sqlite3.connect(fixtures / "chromium" / "Default" / "History")
    total = conn.execute("SELECT COUNT(*) FROM visits").fetchone()[0]
    assert importer.skipped == total - len(visible) > 0
    assert not any(v.url.endswith(("/go", "/hop", "/ad")) for v in visible)


def test_profile_and_browser_names(fixtures: Path) -> None:
    importer = ChromiumImporter(fixtures / "chromium" / "Default" / "History", browser="brave")
    assert (importer.info.browser, importer.info.profile) == ("brave", "Default")


def test_a_locked_database_still_imports(fixtures: Path) -> None:
    history = fixtures / "chromium" / "Default" / "History"
    holder = sqlite3.connect(history)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")  # what Chrome does while it runs
    try:
        assert len(_visits(history)) == 13
    finally:
        holder.rollback()
        holder.close()


def test_rows_only_in_the_wal_are_read(fixtures: Path) -> None:
    history = fixtures / "chromium" / "Default" / "History"
    writer = sqlite3.connect(history)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    url_id = writer.execute(
        "INSERT INTO urls (url, title, visit_count, typed_count, last_visit_time, hidden) "
        "VALUES ('https://wal.example/only', 'Only in WAL', 1, 0, 13353760800123457, 0)"
    ).lastrowid
    writer.execute(
        "INSERT INTO visits (url, visit_time, from_visit, transition, segment_id, "
        "visit_duration) VALUES (?, 13353760800123457, 0, 805306368, 0, 0)",
        (url_id,),
    )
    writer.commit()
    assert Path(str(history) + "-wal").stat().st_size > 0
    try:
        urls = [v.url for v in _visits(history)]
    finally:
        writer.close()
    assert "https://wal.example/only" in urls


def test_synced_visits_carry_their_device(fixtures: Path) -> None:
    history = fixtures / "chromium" / "Default" / "History"
    conn = sqlite3.connect(history)
    conn.execute(
        "UPDATE visits SET originator_cache_guid = 'phone-guid', originator_visit_id = id + 1000"
    )
    conn.execute("INSERT INTO visit_source (id, source) SELECT id, 0 FROM visits")
    conn.commit()
    conn.close()
    visits = _visits(history)
    assert all(v.synced and v.device == "phone-guid" for v in visits)


def test_truncated_file_is_a_clear_error(fixtures: Path, tmp_path: Path) -> None:
    broken = tmp_path / "History"
    data = (fixtures / "chromium" / "Default" / "History").read_bytes()
    broken.write_bytes(data[: len(data) // 3])
    with pytest.raises(CorruptSourceError) as err:
        list(ChromiumImporter(broken).iter_visits())
    assert str(broken) in str(err.value)


def test_garbage_is_not_a_database(tmp_path: Path) -> None:
    fake = tmp_path / "History"
    fake.write_bytes(b"\x00\x01 definitely not sqlite" * 100)
    with pytest.raises(EncryptedSourceError, match="not a SQLite database"):
        list(ChromiumImporter(fake).iter_visits())


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "History"
    empty.touch()
    with pytest.raises(CorruptSourceError, match="empty"):
        list(ChromiumImporter(empty).iter_visits())


def test_older_schema_without_recent_columns(fixtures: Path, tmp_path: Path) -> None:
    """A 2021-era History has only the original visit columns."""
    old = tmp_path / "old" / "History"
    old.parent.mkdir()
    shutil.copyfile(fixtures / "chromium" / "Default" / "History", old)
    conn = sqlite3.connect(old)
    conn.executescript(
        "CREATE TABLE v2 AS SELECT id, url, visit_time, from_visit, transition, segment_id, "
        "visit_duration FROM visits; DROP TABLE visits; ALTER TABLE v2 RENAME TO visits; "
        "DROP TABLE IF EXISTS context_annotations; DROP TABLE IF EXISTS content_annotations;"
    )
    conn.close()
    assert len(_visits(old)) == 13
