"""``journeys eval``: every method on every labelled set, scored by the same code."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from journeys.engine.baselines import gap_sessions, shared_term_groups
from journeys.engine.destinations import destinations
from journeys.engine.embedding import Embedder, Vectors
from journeys.engine.grouping import UNASSIGNED, GroupParams, Item, for_query_logs, group
from journeys.engine.places import PlaceParams, home_places, without
from journeys.engine.sessions import split_sessions
from journeys.eval.datasets import QueryEvent, read_lucchese, read_smc12
from journeys.eval.metrics import Scores, Tally
from journeys.services.embed import cached_vectors
from journeys.storage.vectors import VectorStore
from journeys.urls import host_of

#: A method labels one user's events; ``level`` says which level the gold labels are
#: (session, task or journey) for methods that produce several.
Method = Callable[[Sequence[QueryEvent], str], Sequence[object]]


@dataclass(frozen=True, slots=True)
class Task:
    """A labelled set and which of its labels is the gold grouping."""

    name: str
    label: str
    level: str
    load: Callable[[Path], list[list[QueryEvent]]]
    relative_path: str


TASKS = (
    Task("SMC-12 sessions", "session", "session", read_smc12, "webis-smc-12/webis-smc-12.txt"),
    Task("SMC-12 missions", "mission", "journey", read_smc12, "webis-smc-12/webis-smc-12.txt"),
    Task(
        "Lucchese tasks",
        "task",
        "task",
        read_lucchese,
        "lucchese-aol-tasks/derived-all-tasks-with-time.tsv",
    ),
)


def _gap(minutes: float) -> Method:
    return lambda events, level: gap_sessions([e.time_us for e in events], minutes)


def _shared_terms(events: Sequence[QueryEvent], level: str) -> Sequence[object]:
    return shared_term_groups([e.query for e in events])


def _shared_terms_in_sessions(events: Sequence[QueryEvent], level: str) -> Sequence[object]:
    sessions = gap_sessions([e.time_us for e in events], 26)
    return shared_term_groups([e.query for e in events], sessions)


def _sessions(events: Sequence[QueryEvent], level: str) -> Sequence[object]:
    return split_sessions([e.time_us for e in events], [e.query for e in events])


def query_items(events: Sequence[QueryEvent]) -> list[Item]:
    """Engine items of a query log: the query is the text, the first clicked site the host,
    the sites of further clicks its other sites (as ``journeys segment`` reads such a log,
    and as a browser's history holds every clicked result in the search's navigation tree)."""
    items = []
    for e in events:
        hosts = [host_of(c) for c in e.clicks]
        items.append(
            Item(e.time_us, e.query, e.query, hosts[0] if hosts else "", sites=tuple(hosts[1:]))
        )
    return items


def engine_method(
    vectors: dict[str, Vectors],
    params: GroupParams | None = None,
    places: dict[UserKey, frozenset[str]] | None = None,
    towns: dict[UserKey, frozenset[str]] | None = None,
) -> Method:
    """The journeys engine, its level (session, task or journey) chosen per labelled set;
    ``places``: each user's own place (``engine.places``), read past by the sentence model
    (``vectors`` then holds their queries without it too); ``towns``: the towns each
    user's searches name (``engine.destinations``)."""
    places = places or {}
    towns = towns or {}
    params = params or for_query_logs()

    def run(events: Sequence[QueryEvent], level: str) -> Sequence[object]:
        key = user_key(events)
        mine = places.get(key, frozenset())
        matrix = np.stack([vectors[without(e.query, mine)] for e in events])
        grouping = group(
            query_items(events), matrix, params, towns=towns.get(key, frozenset()), home=mine
        )
        labels: list[int] = getattr(grouping, level)
        # an item left unassigned is a group of its own
        return [x if x != UNASSIGNED else ("alone", i) for i, x in enumerate(labels)]

    return run


UserKey = tuple[str, int, int]


def user_key(events: Sequence[QueryEvent]) -> UserKey:
    """One labelled user's events, told apart from another set's user of the same id."""
    return (events[0].user, events[0].time_us, len(events)) if events else ("", 0, 0)


def query_vectors(
    users: Sequence[Sequence[QueryEvent]], embedder: Embedder, store: VectorStore | None
) -> dict[str, Vectors]:
    """Vectors of every distinct query (through the cache)."""
    texts = sorted({e.query for events in users for e in events})
    matrix, _ = cached_vectors(texts, embedder, store)
    return dict(zip(texts, matrix, strict=True))


def user_towns(
    users: Sequence[Sequence[QueryEvent]],
    places: dict[UserKey, frozenset[str]],
    embedder: Embedder,
    store: VectorStore | None,
    params: PlaceParams | None = None,
) -> dict[UserKey, frozenset[str]]:
    """The towns each user's searches name, their own place aside (``engine.destinations``),
    as a history's build finds them."""
    embed = lambda texts: cached_vectors(texts, embedder, store)[0]  # noqa: E731
    out: dict[UserKey, frozenset[str]] = {}
    for events in users:
        if events:
            key = user_key(events)
            found = destinations(
                [e.query for e in events], embed, places.get(key, frozenset()), params
            )
            if found:
                out[key] = found
    return out


def user_places(
    users: Sequence[Sequence[QueryEvent]],
    vectors: dict[str, Vectors],
    embedder: Embedder,
    store: VectorStore | None,
    params: PlaceParams | None = None,
) -> dict[UserKey, frozenset[str]]:
    """Each user's own place (``engine.places``), as ``journeys segment`` finds it with
    ``params``; the vectors of their queries without it are added to ``vectors``."""
    p = params or PlaceParams()
    out: dict[UserKey, frozenset[str]] = {}
    for events in users:
        if not events:
            continue
        queries = [e.query for e in events]
        found = home_places(
            queries,
            [e.time_us for e in events],
            np.stack([vectors[q] for q in queries]),
            range(len(queries)),
            lambda texts: cached_vectors(texts, embedder, store)[0],
            p,
        )
        if found:
            out[user_key(events)] = found
            fresh = sorted({without(q, found) for q in queries} - set(vectors))
            if fresh:
                matrix, _ = cached_vectors(fresh, embedder, store)
                vectors.update(zip(fresh, matrix, strict=True))
    return out


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


def score(users: list[list[QueryEvent]], task: Task, method: Method) -> Scores:
    """Scores of a method against one task's label, pairs counted inside each user only."""
    tally = Tally()
    for events in users:
        tally.add([e.labels[task.label] for e in events], list(method(events, task.level)))
    return tally.scores()


def load_all(root: Path) -> dict[str, list[list[QueryEvent]]]:
    """Every labelled file under ``root``, read once."""
    return {t.relative_path: t.load(root / t.relative_path) for t in TASKS}


def evaluate(
    root: Path,
    methods: dict[str, Method] | None = None,
    *,
    embedder: Embedder | None = None,
    store: VectorStore | None = None,
) -> list[Row]:
    """Every method on every task found under ``root``; with an embedder, the engine too."""
    rows: list[Row] = []
    data = load_all(root)
    chosen = dict(methods or METHODS)
    if embedder is not None:
        every = [events for users in data.values() for events in users]
        vectors = query_vectors(every, embedder, store)
        places = user_places(every, vectors, embedder, store, for_query_logs().places)
        towns = user_towns(every, places, embedder, store)
        engine = engine_method(vectors, places=places, towns=towns)
        chosen = {f"journeys engine ({embedder.model_id})": engine, **chosen}
    for task in TASKS:
        users = data[task.relative_path]
        for name, method in chosen.items():
            rows.append(
                Row(
                    task.name,
                    name,
                    score(users, task, method),
                    len(users),
                    sum(map(len, users)),
                )
            )
    return rows
