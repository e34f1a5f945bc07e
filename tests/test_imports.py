"""Import runs on both engines: idempotence, bad input, nothing stored lost."""

from __future__ import annotations

import zipfile
from pathlib import Path

from journeys.models import VisitFilter
from journeys.services.imports import import_many, import_path
from journeys.storage import Store


def _snapshot(store: Store, user: int) -> list[tuple[object, ...]]:
    return [
        (v.id, v.url, v.title, v.visited_at_us, v.referrer_url, v.search_terms)
        for v in store.iter_visits(user)
    ]


def test_importing_three_times_adds_nothing_after_the_first(store: Store, fixtures: Path) -> None:
    user = store.ensure_user("ada")
    paths = [
        fixtures / "chromium" / "Default" / "History",
        fixtures / "firefox" / "profile" / "places.sqlite",
    ]
    first = import_many(store, user, paths)
    assert [(s.new, s.known) for s in first] == [(13, 0), (13, 0)]
    before = _snapshot(store, user)
    for _ in range(2):
        again = import_many(store, user, paths)
        assert [(s.new, s.known) for s in again] == [(0, 13), (0, 13)]
    assert _snapshot(store, user) == before
    assert store.count_visits(user) == 26


def test_a_bad_file_changes_nothing_and_the_rest_goes_on(
    store: Store, fixtures: Path, tmp_path: Path
) -> None:
    user = store.ensure_user("ada")
    import_path(store, user, fixtures / "safari" / "History.db")
    before = _snapshot(store, user)
    truncated = tmp_path / "History"
    data = (fixtures / "chromium" / "Default" / "History").read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    garbage = tmp_path / "notes.txt"
    garbage.write_text("hello\nthis is not history\n")
    summaries = import_many(
        store, user, [truncated, garbage, fixtures / "firefox" / "profile" / "places.sqlite"]
    )
    assert [s.ok for s in summaries] == [False, False, True]
    assert str(truncated) in summaries[0].path and "truncated" in (summaries[0].error or "")
    assert "not a browser history" in (summaries[1].error or "")
    assert summaries[2].new == 13
    after = _snapshot(store, user)
    assert set(before) <= set(after) and len(after) == len(before) + 13


def test_deleted_visits_are_not_brought_back(store: Store, fixtures: Path) -> None:
    user = store.ensure_user("ada")
    history = fixtures / "chromium" / "Default" / "History"
    import_path(store, user, history)
    assert store.delete_visits(user, VisitFilter(domain="travel.example")) == 10
    again = import_path(store, user, history)[0]
    assert (again.new, again.known) == (0, 3)
    assert store.count_visits(user, VisitFilter(domain="travel.example")) == 0


def test_takeout_zip_and_folder_are_the_same_visits(store: Store, fixtures: Path) -> None:
    user = store.ensure_user("ada")
    folder = import_path(store, user, fixtures / "takeout" / "Takeout")
    assert sum(s.new for s in folder) == 8
    assert sum(s.problems for s in folder) == 2
    zipped = import_path(store, user, fixtures / "takeout" / "takeout-20240305T000000Z-001.zip")
    assert sum(s.new for s in zipped) == 0


def test_password_protected_and_broken_zips(store: Store, fixtures: Path, tmp_path: Path) -> None:
    user = store.ensure_user("ada")
    src = fixtures / "takeout" / "takeout-20240305T000000Z-001.zip"
    locked = tmp_path / "locked.zip"
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as z:  # set the "encrypted" flag on every member, as zip -e does
        for info in z.infolist():
            data[info.header_offset + 6] |= 0x1
    central = data.find(b"PK\x01\x02")
    while central != -1:
        data[central + 8] |= 0x1
        central = data.find(b"PK\x01\x02", central + 4)
    locked.write_bytes(bytes(data))
    broken = tmp_path / "broken.zip"
    broken.write_bytes(src.read_bytes()[:200])
    (locked_summary,) = import_path(store, user, locked)
    (broken_summary,) = import_path(store, user, broken)
    assert "password-protected" in (locked_summary.error or "")
    assert "zip" in (broken_summary.error or "")
    assert store.count_visits(user) == 0


def test_row_problems_are_stored_and_counted(store: Store, fixtures: Path) -> None:
    user = store.ensure_user("ada")
    import_path(store, user, fixtures / "takeout" / "Takeout")
    issues = store.import_issues(user)
    assert sorted(i.message for i in issues) == [
        "unreadable time 'not a time'",
        "unreadable time_usec None",
    ]
    assert store.stats(user).import_problems == 2
