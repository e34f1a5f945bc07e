"""Ten days of browsing written by the real Chromium, grouped as its person would group them.

tests/fixtures/week (scripts/make_week_history.py): six interleaved tasks (a trip never booked,
a failing CI job, running shoes ordered and tracked, kimchi, a birthday party, a tax
question), searches on Google, Bing and DuckDuckGo, Google's redirect, results opened in new
tabs, the back button, and mail, news, video and forum habits. The manifest gives each
visit's task as the script did it. Scored as the issue's real-history check is: the
``journeys`` export, pairwise F1 over the visits that belong to a task.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from journeys.cli.main import cli
from journeys.engine.baselines import gap_sessions
from journeys.eval.metrics import Scores, Tally

Key = tuple[str, float]


def _key(url: str, iso: str) -> Key:
    return url, datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def _exported(tmp_path: Path, fixtures: Path, model: str, monkeypatch: pytest.MonkeyPatch) -> dict:  # type: ignore[type-arg]
    monkeypatch.setenv("JOURNEYS_MODEL", model)
    db = str(tmp_path / f"{model}.db")
    runner = CliRunner()
    done = runner.invoke(cli, ["--db", db, "import", str(fixtures / "week" / "History")])
    assert done.exit_code == 0, done.output
    out = runner.invoke(cli, ["--db", db, "export", "--format", "json"])
    assert out.exit_code == 0, out.output
    doc: dict = json.loads(out.output)  # type: ignore[type-arg]
    return doc


def _gold(fixtures: Path) -> dict[Key, str | None]:
    manifest = json.loads((fixtures / "week" / "manifest.json").read_text())
    return {_key(v["url"], v["visited_at"]): v["task"] for v in manifest["visits"]}


def _score(gold: dict[Key, str | None], doc: dict) -> tuple[Scores, int]:  # type: ignore[type-arg]
    placed: dict[Key, object] = {}
    for journey in doc["journeys"]:
        for v in journey["visits"]:
            placed[_key(v["url"], v["visited_at"])] = journey["id"]
    for v in doc["unassigned"]:
        k = _key(v["url"], v["visited_at"])
        placed[k] = ("alone", k)
    keys = [k for k, task in gold.items() if task is not None and k in placed]
    tally = Tally()
    tally.add([gold[k] for k in keys], [placed[k] for k in keys])
    return tally.scores(), len(keys)


def test_the_week_is_grouped_as_its_person_would(
    tmp_path: Path, fixtures: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gold = _gold(fixtures)
    doc = _exported(tmp_path, fixtures, "minilm", monkeypatch)
    scores, visits = _score(gold, doc)
    # every visible visit of a task was exported (Chromium's redirect hops are not visible)
    assert visits == sum(1 for k, t in gold.items() if t and "google.com/url?" not in k[0])
    # the 30-minute gap on the same visits, scored by the same code
    ordered = sorted(k for k in gold if gold[k] is not None and "google.com/url?" not in k[0])
    ordered.sort(key=lambda k: k[1])
    gap = gap_sessions([int(k[1] * 1_000_000) for k in ordered], 30)
    baseline = Tally()
    baseline.add([gold[k] for k in ordered], list(gap))
    assert scores.f1 >= 0.95, scores
    assert scores.f1 >= baseline.scores().f1 + 0.3, (scores, baseline.scores())
    # the habits (mail, news, video, the forum's front page) are in no task's journey
    for journey in doc["journeys"]:
        tasks = {gold.get(_key(v["url"], v["visited_at"])) for v in journey["visits"]}
        assert len(tasks - {None}) <= 1, journey["title"]


def test_the_fixture_is_what_chromium_writes(fixtures: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(fixtures / "week" / "History")
    # Ctrl+click tabs carry their opener, not a referrer; the back button makes a visit
    assert conn.execute("SELECT COUNT(*) FROM visits WHERE opener_visit > 0").fetchone()[0] >= 5
    back = conn.execute("SELECT COUNT(*) FROM visits WHERE (transition & 0x01000000) != 0")
    assert back.fetchone()[0] >= 1
    hops = conn.execute(
        "SELECT COUNT(*) FROM visits v JOIN urls u ON u.id = v.url "
        "WHERE u.url LIKE 'https://www.google.com/url?%'"
    )
    assert hops.fetchone()[0] >= 2
    total = conn.execute("SELECT COUNT(*) FROM visits").fetchone()[0]
    assert total == len(json.loads((fixtures / "week" / "manifest.json").read_text())["visits"])
