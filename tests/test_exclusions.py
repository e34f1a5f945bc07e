"""Excluded sites: deleted now, skipped by later imports (both import paths), on both
engines; names validated."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from journeys.cli.main import cli
from journeys.engine.embedding import HashingEmbedder
from journeys.errors import ConfigError
from journeys.models import VisitFilter
from journeys.services.exclusions import exclude_site, include_site, is_excluded, normalize_site
from journeys.services.imports import import_path
from journeys.services.journeys import JourneyBuilder
from journeys.storage import Store
from journeys.storage.journeys import JourneyStore

ERRANDS = Path(__file__).parent / "fixtures" / "errands_history.jsonl"


def test_site_names() -> None:
    assert normalize_site("https://www.Amazon.com/dp/x") == "amazon.com"
    assert normalize_site("boards.greenhouse.io/acme") == "boards.greenhouse.io"
    with pytest.raises(ConfigError, match="site: 'not a site'"):
        normalize_site("not a site")
    assert is_excluded("smile.amazon.com", ["amazon.com"])
    assert not is_excluded("notamazon.com", ["amazon.com"])


def test_excluded_sites_are_deleted_and_never_imported_again(store: Store) -> None:
    user = store.ensure_user("alex")
    import_path(store, user, ERRANDS)
    builder = JourneyBuilder(JourneyStore(store.db), HashingEmbedder())
    builder.build(user)
    before = store.count_visits(user)
    ticket = store.count_visits(user, VisitFilter(domain="ticketmaster.com"))
    assert ticket == 4
    assert exclude_site(store, builder, user, "www.ticketmaster.com") == ticket
    assert store.count_visits(user) == before - ticket
    assert store.excluded_sites(user) == ["ticketmaster.com"]
    # no journey still counts the deleted visits
    counted = sum(j.visit_count for j in JourneyStore(store.db).journeys(user))
    placed = store.db.scalar(
        "SELECT COUNT(*) FROM journey_visits WHERE user_id = ? AND journey_id IS NOT NULL", (user,)
    )
    assert counted == placed
    (again,) = import_path(store, user, ERRANDS)
    assert (again.new, again.skipped) == (0, ticket)
    include_site(store, user, "ticketmaster.com")
    assert store.excluded_sites(user) == []
    (third,) = import_path(store, user, ERRANDS)
    assert third.new == 0  # deleted visits stay deleted


def test_the_chromium_fast_path_skips_them_too(store: Store, fixtures: Path) -> None:
    user = store.ensure_user("sam")
    store.set_excluded(user, "travel.example", True)
    history = next((fixtures / "chromium").rglob("History"))
    (summary,) = import_path(store, user, history)
    assert summary.new > 0 and summary.skipped >= 1
    assert store.count_visits(user, VisitFilter(domain="travel.example")) == 0


def test_cli_exclude(tmp_path: Path) -> None:
    db = str(tmp_path / "j.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "import", str(ERRANDS)]).exit_code == 0
    out = runner.invoke(cli, ["--db", db, "exclude", "opentable.com"]).output
    assert "opentable.com: excluded, 4 visits deleted" in out
    assert runner.invoke(cli, ["--db", db, "exclude"]).output.strip() == "opentable.com"
    bad = runner.invoke(cli, ["--db", db, "exclude", "not a site"])
    assert bad.exit_code == 1 and "is not a site name" in bad.output
    runner.invoke(cli, ["--db", db, "exclude", "--remove", "opentable.com"])
    assert "No excluded sites." in runner.invoke(cli, ["--db", db, "exclude"]).output
