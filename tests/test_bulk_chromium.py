"""The SQL fast path stores exactly what the generic path stores."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from journeys.ingest.chromium import ChromiumImporter
from journeys.models import VisitFilter
from journeys.services.imports import run_importer
from journeys.storage import Store, open_database

VISIT_FIELDS = (
    "id, user_id, source_id, page_id, visited_at_us, title, search_terms, transition, "
    "transition_raw, referrer_url, referrer_visit_id, opener_visit_id, redirect_from_url, "
    "duration_us, foreground_us, typed_input, browser_visit_id, synced, device"
)
PAGE_FIELDS = (
    "id, user_id, url, canonical_url, host, title, title_at_us, search_terms, search_engine"
)


def _import(path: Path, db_path: Path, fast: bool) -> tuple[Store, list[int]]:
    store = Store(open_database("sqlite:///" + str(db_path)))
    user = store.ensure_user("ada")
    counts = []
    for _ in range(2):
        s = run_importer(store, user, ChromiumImporter(path), fast_path=fast)
        assert s.ok, s.error
        counts.append((s.new, s.known, s.skipped, s.problems))
    return store, counts  # type: ignore[return-value]


def _rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    return sorted(store.db.query(sql), key=repr)


def _prepare(fixtures: Path) -> Path:
    """The real fixture plus what real histories also hold: synced visits, an empty URL."""
    history = fixtures / "chromium" / "Default" / "History"
    conn = sqlite3.connect(history)
    conn.execute(
        "UPDATE visits SET originator_cache_guid = 'phone', visit_duration = 1234567 "
        "WHERE id % 3 = 0"
    )
    conn.execute("INSERT INTO visit_source (id, source) SELECT id, 0 FROM visits WHERE id % 3 = 0")
    url_id = conn.execute(
        "INSERT INTO urls (url, title, visit_count, typed_count, "
        "last_visit_time, hidden) VALUES ('', 'blank', 1, 0, 1, 0)"
    ).lastrowid
    conn.execute(
        "INSERT INTO visits (url, visit_time, from_visit, transition, segment_id, "
        "visit_duration) VALUES (?, 13353760800123457, 0, 805306368, 0, 0)",
        (url_id,),
    )
    conn.commit()
    conn.close()
    return history


def test_fast_and_generic_paths_agree(fixtures: Path, tmp_path: Path) -> None:
    history = _prepare(fixtures)
    fast, fast_counts = _import(history, tmp_path / "fast.db", True)
    slow, slow_counts = _import(history, tmp_path / "slow.db", False)
    assert fast_counts == slow_counts
    assert fast_counts[0][0] == 13 and fast_counts[0][3] == 1  # 13 new, the empty URL a problem
    visits = f"SELECT {VISIT_FIELDS} FROM visits"
    assert _rows(fast, visits) == _rows(slow, visits)
    pages = f"SELECT {PAGE_FIELDS} FROM pages"
    assert _rows(fast, pages) == _rows(slow, pages)
    assert fast.db.query("SELECT COUNT(*) FROM pages_fts WHERE pages_fts MATCH 'ryokan'") == [(2,)]


def test_one_core_machines_compute_the_url_table_in_process(
    fixtures: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    history = _prepare(fixtures)
    two_cores, _ = _import(history, tmp_path / "two.db", True)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    one_core, counts = _import(history, tmp_path / "one.db", True)
    assert counts[0][0] == 13
    visits = f"SELECT {VISIT_FIELDS} FROM visits"
    assert _rows(one_core, visits) == _rows(two_cores, visits)


def test_full_text_index_matches_the_pages_after_every_path(fixtures: Path, tmp_path: Path) -> None:
    history = _prepare(fixtures)
    for fast in (True, False):
        store, _ = _import(history, tmp_path / f"fts-{fast}.db", fast)
        # one index entry per page (docsize holds a row per indexed document), none twice
        store.db.execute("INSERT INTO pages_fts (pages_fts) VALUES ('integrity-check')")
        docs = "SELECT COUNT(*) FROM pages_fts_docsize"
        pages = "SELECT COUNT(*) FROM pages"
        assert store.db.scalar(docs) == store.db.scalar(pages) > 0
        assert (
            store.db.scalar(
                "SELECT COUNT(*) FROM pages_fts_docsize WHERE id NOT IN (SELECT id FROM pages)"
            )
            == 0
        )
        user = store.ensure_user("ada")
        store.delete_visits(user, VisitFilter(domain="travel.example"))
        assert store.db.scalar(docs) == store.db.scalar(pages) > 0


def test_a_damaged_history_stores_nothing_on_the_fast_path(fixtures: Path, tmp_path: Path) -> None:
    history = fixtures / "chromium" / "Default" / "History"
    conn = sqlite3.connect(history)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'visits'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(history.read_bytes())
    start = (root - 1) * page
    data[start : start + 12] = b"\xff" * 12  # the visits table's root page header
    history.write_bytes(bytes(data))
    store = Store(open_database("sqlite:///" + str(tmp_path / "j.db")))
    user = store.ensure_user("ada")
    summary = run_importer(store, user, ChromiumImporter(history), fast_path=True)
    assert summary.error is not None and "damaged or truncated" in summary.error
    assert store.count_visits(user) == 0
    assert store.db.scalar("SELECT COUNT(*) FROM pages") == 0
