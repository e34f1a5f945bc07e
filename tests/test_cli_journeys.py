"""Journey commands through the CLI runner, on a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from journeys.cli.main import cli

SAMPLE = [
    ("2026-11-02T09:00:00+00:00", "https://www.google.com/search?q=kyoto+ryokan", "kyoto ryokan"),
    ("2026-11-02T09:01:00+00:00", "https://www.japan-guide.com/kyoto", "Kyoto ryokan guide"),
    ("2026-11-02T09:20:00+00:00", "https://www.google.com/search?q=rust+traits", "rust traits"),
    ("2026-11-03T09:00:00+00:00", "https://www.google.com/search?q=kyoto+ryokan+onsen", "x"),
]


def run(db: Path, *args: str, ok: bool = True) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert (result.exit_code == 0) == ok, result.output
    return result.output


def _setup(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    log = tmp_path / "h.jsonl"
    log.write_text(
        "".join(json.dumps({"time": t, "url": u, "title": ti}) + "\n" for t, u, ti in SAMPLE)
    )
    db = tmp_path / "j.db"
    out = run(db, "import", str(log))
    assert "Built journeys (full): 4 visits read" in out
    rows = json.loads(run(db, "list", "--json"))
    return db, {r["title"]: r["id"] for r in rows}


def test_list_show_and_edit(tmp_path: Path) -> None:
    db, ids = _setup(tmp_path)
    # the trip is named as one (engine.task_titles): both its searches say Kyoto
    assert set(ids) == {"Trip to Kyoto", "Rust traits"}
    kyoto, rust = ids["Trip to Kyoto"], ids["Rust traits"]
    assert "Trip to Kyoto" in run(db, "list")
    shown = json.loads(run(db, "show", kyoto[:8], "--json"))
    assert shown["visits"][0]["rank"] >= shown["visits"][-1]["rank"]
    assert shown["queries"] == ["kyoto ryokan", "kyoto ryokan onsen"]
    assert len(shown["visits"]) == 3 and shown["intent"] == "travel"
    # a ryokan search repeated the next day, never booked, quiet for weeks
    assert shown["status"] == "unfinished"
    assert (
        shown["status_reason"]
        == "searched “kyoto ryokan” again days apart; no booking confirmation"
    )
    text = run(db, "show", kyoto[:8])
    assert "Trip to Kyoto" in text and "search: kyoto ryokan onsen" in text

    assert "Renamed" in run(db, "rename", kyoto[:8], "Kyoto in spring")
    guide = next(v["id"] for v in shown["visits"] if "japan-guide" in v["url"])
    assert "Moved to" in run(db, "move", guide, "--to", rust[:8])
    assert "Moved out" in run(db, "move", guide, "--out")
    assert "marked done" in run(db, "done", rust[:8])
    assert json.loads(run(db, "show", rust[:8], "--json"))["status"] == "completed"
    assert "hidden" in run(db, "hide", rust[:8])
    assert "Rust traits" not in run(db, "list") and "Rust traits" in run(db, "list", "--all")
    assert "open again" in run(db, "reopen", rust[:8])
    assert "Merged into" in run(db, "merge", rust[:8], kyoto[:8])
    run(db, "build", "--full")
    (only,) = json.loads(run(db, "list", "--json"))
    assert (only["title"], only["visits"], only["id"]) == ("Kyoto in spring", 3, kyoto)


def test_errors_are_one_clear_line(tmp_path: Path) -> None:
    db, ids = _setup(tmp_path)
    assert "no journey match 'ffffffff'" in run(db, "show", "ffffffff", ok=False)
    assert "exactly one of --to" in run(db, "move", "1", ok=False)
    assert "no visit '12'" in run(db, "move", "12", "--out", ok=False)
    kyoto = ids["Trip to Kyoto"]
    assert "cannot be merged into itself" in run(db, "merge", kyoto, kyoto, ok=False)
    assert "title: must be 1 to 200" in run(db, "rename", kyoto, "  ", ok=False)
    assert "Journeys are up to date" in run(db, "build")


def test_empty_database_says_what_to_do(tmp_path: Path) -> None:
    assert "No journeys yet" in run(tmp_path / "j.db", "list")
