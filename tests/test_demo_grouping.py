"""The bundled sample history grouped as its (invented) person would group it.

The sample (scripts/make_sample_history.py) has five tasks over two weeks: a trip to Japan
that is never booked, learning Rust, an OOMKilled pod at work, buying a standing desk
(ordered), and baking sourdough; plus habit sites. Which task a visit belongs to is read from
its words here, independently of the engine.
"""

from __future__ import annotations

import json
from pathlib import Path

from journeys.engine.minilm import MiniLMEmbedder
from journeys.eval.metrics import Tally
from journeys.services.demo import load_sample, sample_path
from journeys.services.journeys import JourneyBuilder
from journeys.storage import Store, open_database
from journeys.storage.journeys import JourneyStore
from journeys.times import parse_iso_to_us

TASKS = {
    "trip": (
        "kyoto",
        "osaka",
        "japan",
        "ryokan",
        "jr pass",
        "flights",
        "kix",
        "japanican",
        "gion",
        "sakura",
        "cherry",
    ),
    "rust": ("rust", "tokio", "anyhow", "thiserror", "borrow", "traits", "generics"),
    "pod": (
        "oom",
        "kubernetes",
        "kubectl",
        "jvm",
        "java",
        "pod",
        "grafana",
        "maxram",
        "memory",
        "heap",
        "connection pool",
    ),
    "desk": ("desk", "flexispot", "uplift", "dpd", "parcel", "order", "checkout", "cart"),
    "bread": ("sourdough", "bread", "starter", "loaf"),
}


def task_of(row: dict[str, str]) -> str | None:
    text = " ".join(row.get(k, "") for k in ("url", "title")).lower()
    found = [name for name, words in TASKS.items() if any(w in text for w in words)]
    return found[0] if len(found) == 1 else None


def test_demo_history_is_grouped_like_its_person_would(tmp_path: Path) -> None:
    db = open_database("sqlite:///" + str(tmp_path / "demo.db"))
    store = Store(db)
    user = store.ensure_user("sam")
    load_sample(store, user)
    JourneyBuilder(JourneyStore(db), MiniLMEmbedder()).build(user)
    rows = [json.loads(line) for line in sample_path().read_text().splitlines()]
    placed = {
        (r[0], r[1]): r[2]
        for r in db.query(
            "SELECT p.url, v.visited_at_us, jv.journey_id FROM visits v JOIN pages p "
            "ON p.id = v.page_id JOIN journey_visits jv ON jv.visit_id = v.id"
        )
    }
    gold: list[str] = []
    predicted: list[object] = []
    for k, row in enumerate(rows):
        task = task_of(row)
        if task is None:
            continue
        journey = placed[(row["url"], parse_iso_to_us(row["time"]))]
        gold.append(task)
        predicted.append(journey if journey is not None else ("alone", k))
    assert len(gold) >= 70
    tally = Tally()
    tally.add(gold, predicted)
    s = tally.scores()
    print(s)
    assert s.precision >= 0.95 and s.f1 >= 0.88
    # the journeys are named as the tasks they are (engine.task_titles), the desk by what
    # was bought, the pod by its error
    titles = {title for (title,) in db.query("SELECT title FROM journeys")}
    assert {"Trip to Kyoto in April", "Learning Rust"} <= titles, titles
    assert "FlexiSpot E7 Standing Desk" in titles, titles
