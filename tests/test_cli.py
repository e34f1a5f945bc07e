"""The CLI through click's runner, on real SQLite files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from journeys.cli.main import cli
from journeys.storage.migrations import latest_version


def run(db: Path, *args: str, ok: bool = True) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    assert (result.exit_code == 0) == ok, result.output
    return result.output


def test_import_then_export_the_contract(tmp_path: Path, fixtures: Path) -> None:
    db = tmp_path / "j.db"
    out = run(db, "import", str(fixtures / "chromium" / "Default" / "History"))
    assert "13" in out
    exported = tmp_path / "out.json"
    run(db, "export", "--format", "json", "-o", str(exported))
    doc = json.loads(exported.read_text())
    assert doc["version"] == 1
    # the import built journeys: every visit is in exactly one journey or unassigned
    placed = [v for j in doc["journeys"] for v in j["visits"]]
    assert len(placed) + len(doc["unassigned"]) == 13
    # the version 1 contract, exactly
    assert set(doc["journeys"][0]) == {
        "id",
        "title",
        "status",
        "status_reason",
        "started_at",
        "last_visit_at",
        "queries",
        "visits",
    }
    kyoto = next(j for j in doc["journeys"] if "kyoto hotels april" in j["queries"])
    first = kyoto["visits"][0]
    assert set(first) == {
        "url",
        "title",
        "visited_at",
        "source",
        "search_terms",
        "transition",
        "referrer_url",
    }
    assert first["url"] == "http://www.google.com/search?q=kyoto+hotels+april"
    assert first["search_terms"] == "kyoto hotels april"
    assert first["visited_at"].endswith("+00:00") and len(first["visited_at"]) == 32
    assert kyoto["visits"][1]["referrer_url"] == first["url"]
    assert len(kyoto["id"]) == 16
    # the fixture's own order page ("Thank you for your order!") was grouped with it
    assert kyoto["status"] == "completed" and "Thank you for your order" in kyoto["status_reason"]
    # the navigation tree is the floor: the pages reached from the search are in its journey
    assert {v["url"] for v in kyoto["visits"]} >= {
        "http://travel.example/kyoto",
        "http://travel.example/hotels",
    }
    # --levels adds the session and task of each visit and the keywords of each journey
    levels = json.loads(run(db, "export", "--format", "json", "--levels"))
    deep = next(j for j in levels["journeys"] if j["id"] == kyoto["id"])
    assert deep["keywords"] and all(len(v["task_id"]) == 16 for v in deep["visits"])
    assert len({v["session_id"] for v in deep["visits"]}) >= 1


def test_csv_and_markdown_exports(tmp_path: Path, fixtures: Path) -> None:
    db = tmp_path / "j.db"
    run(db, "import", str(fixtures / "firefox" / "profile" / "places.sqlite"))
    rows = list(csv.DictReader(io.StringIO(run(db, "export", "--format", "csv"))))
    assert len(rows) == 13 and rows[0]["source"] == "firefox"
    md = run(db, "export", "--format", "md", "--domain", "travel.example")
    assert "[Flights London → Osaka](<http://travel.example/flights>)" in md
    assert "google.com" not in md


def test_visits_filters_and_search(tmp_path: Path, fixtures: Path) -> None:
    db = tmp_path / "j.db"
    run(db, "import", str(fixtures / "firefox" / "profile" / "places.sqlite"))
    lines = run(db, "visits", "--search", "ryokan", "--json").strip().splitlines()
    assert {json.loads(line)["url"] for line in lines} == {
        "http://travel.example/hotels",
        "http://travel.example/hotels?via=redirect",
    }
    assert len(run(db, "visits", "--json", "--limit", "3").strip().splitlines()) == 3
    assert "No visits match" in run(db, "visits", "--since", "2099-01-01")


def test_bad_date_names_the_option(tmp_path: Path) -> None:
    out = run(tmp_path / "j.db", "visits", "--since", "someday", ok=False)
    assert "--since" in out


def test_delete_asks_and_then_removes_everywhere(tmp_path: Path, fixtures: Path) -> None:
    db = tmp_path / "j.db"
    history = str(fixtures / "chromium" / "Default" / "History")
    run(db, "import", history)
    assert "deleted 10 visits" in run(db, "delete", "--domain", "travel.example", "--yes")
    assert "travel.example" not in run(db, "export", "--format", "csv")
    run(db, "import", history)
    assert "travel.example" not in run(db, "export", "--format", "csv")
    assert "say what to delete" in run(db, "delete", "--yes", ok=False)


def test_nothing_importable_exits_non_zero_with_the_file_named(tmp_path: Path) -> None:
    bad = tmp_path / "History"
    bad.write_bytes(b"")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "j.db"), "import", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}: empty file" in result.output


def test_stats_json(tmp_path: Path, fixtures: Path) -> None:
    db = tmp_path / "j.db"
    run(db, "import", str(fixtures / "safari" / "History.db"))
    stats = json.loads(run(db, "stats", "--json"))
    assert (stats["visits"], stats["searches"]) == (4, 1)
    assert stats["sources"] == [
        {"browser": "safari", "profile": "default", "kind": "safari", "visits": 4}
    ]


def test_demo_uses_its_own_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "demo", "--limit", "5"])
    assert result.exit_code == 0, result.output
    assert "114 new visits" in result.output
    assert (tmp_path / "demo.db").exists() and not (tmp_path / "journeys.db").exists()
    again = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "demo"])
    assert "0 new visits, 114 already known" in again.output


def test_db_upgrade(tmp_path: Path) -> None:
    assert f"schema at version {latest_version()}" in run(tmp_path / "j.db", "db", "upgrade")
