"""Storage on both engines: migrations, schema snapshot, idempotent writes, search, delete."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeys.errors import MigrationError
from journeys.models import SourceInfo, VisitFilter
from journeys.storage import Store, open_database
from journeys.storage.database import connect
from journeys.storage.migrations import MIGRATIONS, current_version, latest_version, upgrade
from journeys.urls import host_of

SNAPSHOT = Path(__file__).parent / "snapshots" / "schema_sqlite.sql"


def _sqlite_schema(url: str) -> str:
    db = connect(url)
    rows = db.query(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY type, name"
    )
    db.close()
    return "\n".join(f"-- {t} {n}\n{s};" for t, n, s in rows) + "\n"


def test_fresh_sqlite_schema_matches_snapshot(tmp_path: Path) -> None:
    url = "sqlite:///" + str(tmp_path / "fresh.db")
    open_database(url).close()
    assert _sqlite_schema(url) == SNAPSHOT.read_text(), (
        "the schema changed: add a migration (never edit a landed one) and update the snapshot"
    )


def test_migrations_are_numbered_without_gaps() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_upgrade_is_idempotent(store: Store) -> None:
    assert upgrade(store.db) == []
    assert current_version(store.db) == latest_version()


def test_newer_schema_is_refused(db_url: str) -> None:
    db = open_database(db_url)
    db.execute("INSERT INTO schema_migrations (version, name, applied_at_us) VALUES (999, 'x', 0)")
    db.close()
    with pytest.raises(MigrationError, match="newer"):
        open_database(db_url)


def _page(pid: int, user: int, url: str, title: str | None, at: int) -> tuple[object, ...]:
    return (pid, user, url, url, host_of(url), title, at, None, None)


def _visit(vid: int, user: int, source: int, pid: int, at: int) -> tuple[object, ...]:
    return (
        vid,
        user,
        source,
        pid,
        at,
        None,
        None,
        "link",
        0,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        False,
        None,
        None,
    )


def test_write_counts_only_new_visits_and_keeps_latest_title(store: Store) -> None:
    user = store.ensure_user("ada")
    src = store.ensure_source(user, SourceInfo("chromium", "chrome", "Default", "/x"))
    with store.db.transaction():
        assert (
            store.write(
                [_page(1, user, "https://example.com/a", "Old", 10)], [_visit(11, user, src, 1, 10)]
            )
            == 1
        )
    with store.db.transaction():
        assert (
            store.write(
                [_page(1, user, "https://example.com/a", "New", 20)],
                [_visit(11, user, src, 1, 10), _visit(12, user, src, 1, 20)],
            )
            == 1
        )
    with store.db.transaction():  # an older title must not overwrite a newer one
        store.write([_page(1, user, "https://example.com/a", "Ancient", 5)], [])
    assert store.db.scalar("SELECT title FROM pages WHERE id = 1") == "New"
    assert store.count_visits(user) == 2


def test_full_text_search_and_filters(store: Store) -> None:
    user = store.ensure_user("ada")
    src = store.ensure_source(user, SourceInfo("firefox", "firefox", "p", "/x"))
    with store.db.transaction():
        store.write(
            [
                _page(1, user, "https://example.com/kyoto", "Ryokan in Kyoto", 1),
                (
                    2,
                    user,
                    "https://sub.example.com/rust",
                    "https://sub.example.com/rust",
                    "sub.example.com",
                    "Learning Rust",
                    2,
                    "rust ownership",
                    "google",
                ),
            ],
            [_visit(11, user, src, 1, 1_000), _visit(12, user, src, 2, 2_000)],
        )
    found = [v.url for v in store.iter_visits(user, VisitFilter(text="kyoto"))]
    assert found == ["https://example.com/kyoto"]
    assert [v.url for v in store.iter_visits(user, VisitFilter(text="ownership"))] == [
        "https://sub.example.com/rust"
    ]
    assert store.count_visits(user, VisitFilter(domain="example.com")) == 2
    assert store.count_visits(user, VisitFilter(domain="sub.example.com")) == 1
    assert store.count_visits(user, VisitFilter(since_us=1_500)) == 1
    assert store.count_visits(user, VisitFilter(source="firefox")) == 2


def test_users_are_isolated(store: Store) -> None:
    ada, bob = store.ensure_user("ada"), store.ensure_user("bob")
    src = store.ensure_source(ada, SourceInfo("chromium", "chrome", "Default", "/x"))
    with store.db.transaction():
        store.write([_page(1, ada, "https://example.com/a", "A", 1)], [_visit(11, ada, src, 1, 1)])
    assert store.count_visits(ada) == 1
    assert store.count_visits(bob) == 0
    assert store.delete_visits(bob, VisitFilter(domain="example.com")) == 0
    assert store.count_visits(ada) == 1


def test_delete_removes_visit_page_and_index_and_remembers(store: Store) -> None:
    user = store.ensure_user("ada")
    src = store.ensure_source(user, SourceInfo("chromium", "chrome", "Default", "/x"))
    with store.db.transaction():
        store.write(
            [
                _page(1, user, "https://example.com/a", "Secret", 1),
                _page(2, user, "https://other.org/b", "Other", 2),
            ],
            [_visit(11, user, src, 1, 1), _visit(12, user, src, 2, 2)],
        )
    assert store.delete_visits(user, VisitFilter(domain="example.com")) == 1
    assert store.count_visits(user) == 1
    assert store.db.scalar("SELECT COUNT(*) FROM pages WHERE id = 1") == 0
    assert store.count_visits(user, VisitFilter(text="Secret")) == 0
    assert store.tombstones(user) == {11}
    if store.db.dialect == "sqlite":
        assert store.db.scalar("SELECT COUNT(*) FROM pages_fts WHERE pages_fts MATCH 'Secret'") == 0
