"""Shared test fixtures: real SQLite files, and a real PostgreSQL when configured."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from journeys.ingest.base import Importer
from journeys.models import RowIssue, Visit
from journeys.storage import Store, open_database
from journeys.storage.database import connect

FIXTURES = Path(__file__).parent / "fixtures"
ERRANDS_LOG = FIXTURES / "errands_history.jsonl"
PG_URL = os.environ.get("JOURNEYS_TEST_POSTGRES_URL")
ENGINES = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's config or writes to their data folder; tests that are
    not about the sentence model use the deterministic hashing embedder."""
    monkeypatch.setenv("JOURNEYS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("JOURNEYS_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("JOURNEYS_MODEL", "hashing")
    monkeypatch.delenv("JOURNEYS_DATABASE_URL", raising=False)
    monkeypatch.delenv("JOURNEYS_USER", raising=False)
    for name in ("URL", "MODEL", "API_KEY", "TITLES"):
        monkeypatch.delenv(f"JOURNEYS_LLM_{name}", raising=False)
    monkeypatch.delenv("JOURNEYS_ACTIVE_HOURS", raising=False)


@pytest.fixture
def fixtures(tmp_path: Path) -> Path:
    """A private copy of the fixture folder, so no test can change the checked-in files."""
    target = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, target)
    return target


def _pg_schema_url(schema: str) -> str:
    assert PG_URL
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database URL on each engine: a SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield "sqlite:///" + str(tmp_path / "journeys.db")
        return
    assert PG_URL
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = connect(PG_URL)
    admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield _pg_schema_url(schema)
    finally:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A migrated store on a fresh database."""
    db = open_database(db_url)
    try:
        yield Store(db)
    finally:
        db.close()


def assert_matches_manifest(visits: list[Visit], expected: list[dict[str, str | None]]) -> None:
    """Imported visits equal what the fixture script did: URLs in order, titles, searches,
    referrers and redirect starts where the manifest names them."""
    assert [v.url for v in visits] == [m["url"] for m in expected]
    for v, m in zip(visits, expected, strict=True):
        assert v.title == m["title"]
        if "search_terms" in m:
            assert v.search_terms == m["search_terms"]
        if "referrer_url" in m:
            assert v.referrer_url == m["referrer_url"], v.url
        if "redirect_from_url" in m:
            assert v.redirect_from_url == m["redirect_from_url"]


def visible_visits(importer: Importer) -> list[Visit]:
    """An importer's visits in time order, asserting it reported no row problems."""
    items = list(importer.iter_visits())
    assert not [i for i in items if isinstance(i, RowIssue)]
    return sorted((i for i in items if isinstance(i, Visit)), key=lambda v: v.visited_at_us)


def errands_database(url: str, *, build: bool = True) -> int:
    """A database at ``url`` holding the errands history of user "local" (grouped into
    journeys with the hashing model unless ``build`` is false); the user's id."""
    from journeys.engine.embedding import HashingEmbedder
    from journeys.services.imports import import_path
    from journeys.services.journeys import JourneyBuilder
    from journeys.storage.journeys import JourneyStore

    db = open_database(url)
    store = Store(db)
    user = store.ensure_user("local")
    import_path(store, user, ERRANDS_LOG)
    if build:
        JourneyBuilder(JourneyStore(db), HashingEmbedder()).build(user)
    db.close()
    return user
