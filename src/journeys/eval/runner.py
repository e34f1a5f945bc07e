"""``journeys eval``: every method on every labelled set, scored by the same code."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from journeys.engine.baselines import gap_sessions, shared_term_groups
from journeys.engine.sessions import split_sessions
from journeys.eval.datasets import QueryEvent, read_lucchese, read_smc12
from journeys.eval.metrics import Scores, Tally

Method = Callable[[Sequence[QueryEvent]], Sequence[object]]


@dataclass(frozen=True, slots=True)
class Task:
    """A labelled set and which of its labels is the gold grouping."""

    name: str
    label: str
    load: Callable[[Path], list[list[QueryEvent]]]
    relative_path: str


TASKS = (
    Task("SMC-12 sessions", "session", read_smc12, "webis-smc-12/webis-smc-12.txt"),
    Task("SMC-12 missions", "mission", read_smc12, "webis-smc-12/webis-smc-12.txt"),
    Task(
        "Lucchese tasks",
        "task",
        read_lucchese,
        "lucchese-aol-tasks/derived-all-tasks-with-time.tsv",
    ),
)


def _gap(minutes: float) -> Method:
    return lambda events: gap_sessions([e.time_us for e in events], minutes)


def _shared_terms(events: Sequence[QueryEvent]) -> Sequence[object]:
    return shared_term_groups([e.query for e in events])


def _shared_terms_in_sessions(events: Sequence[QueryEvent]) -> Sequence[object]:
    sessions = gap_sessions([e.time_us for e in events], 26)
    return shared_term_groups([e.query for e in events], sessions)


def _sessions(events: Sequence[QueryEvent]) -> Sequence[object]:
    return split_sessions([e.time_us for e in events], [e.query for e in events])


METHODS: dict[str, Method] = {
    "journeys sessions (time + words)": _sessions,
    "26-minute gap": _gap(26),
    "15-minute gap": _gap(15),
    "shared terms": _shared_terms,
    "shared terms in 26-min sessions": _shared_terms_in_sessions,
}


@dataclass(frozen=True, slots=True)
class Row:
    """One method's scores on one task."""

    task: str
    method: str
    scores: Scores
    users: int
    events: int


def score(users: list[list[QueryEvent]], label: str, method: Method) -> Scores:
    """Scores of a method against one label, pairs counted inside each user only."""
    tally = Tally()
    for events in users:
        tally.add([e.labels[label] for e in events], list(method(events)))
    return tally.scores()


def evaluate(root: Path, methods: dict[str, Method] | None = None) -> list[Row]:
    """Every method on every task found under ``root``."""
    rows: list[Row] = []
    cache: dict[str, list[list[QueryEvent]]] = {}
    for task in TASKS:
        path = root / task.relative_path
        if task.relative_path not in cache:
            cache[task.relative_path] = task.load(path)
        users = cache[task.relative_path]
        for name, method in (methods or METHODS).items():
            rows.append(
                Row(
                    task.name,
                    name,
                    score(users, task.label, method),
                    len(users),
                    sum(map(len, users)),
                )
            )
    return rows
