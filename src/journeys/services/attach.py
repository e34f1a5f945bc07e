"""New visits joining existing journeys one at a time (incremental builds, live capture).

The state (each journey's centroid, recent texts and sites) is loaded once per user and kept;
each new visit is embedded (through the cache), attached, and written with a cheap update of
its journey's summary. A batch build refreshes the touched journeys' titles and ranks after.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from journeys.engine.baselines import terms
from journeys.engine.embedding import Embedder, HashingEmbedder, Vectors, normalize
from journeys.engine.grouping import GroupParams, Item
from journeys.engine.incremental import Attacher, JourneyState
from journeys.engine.intent import IntentPrototypes, Step, classify
from journeys.engine.labels import JourneyText, KeyphraseLabeler
from journeys.engine.likeness import WORD_DIM
from journeys.engine.ranking import JourneySignals, journey_score
from journeys.engine.task_titles import task_title
from journeys.ids import stable_id
from journeys.services.embed import cached_vectors
from journeys.services.rows import items_of, url_words
from journeys.storage.journeys import MARKS, BuildRow, JourneyRow, JourneyStore
from journeys.storage.vectors import VectorStore

_WORDS = HashingEmbedder(dim=WORD_DIM)
_DAY_US = 86_400_000_000
PLACES_KEY = "own_places"  # where a full build records the person's own places it found
TOWNS_KEY = "searched_towns"  # and the towns their searches name (``engine.destinations``)


def recorded_places(params: str | None, key: str = PLACES_KEY) -> frozenset[str]:
    """The person's own places (``engine.places``) a build's recorded parameters name, or
    with ``key`` ``TOWNS_KEY``, the towns their searches name."""
    if not params:
        return frozenset()
    found = json.loads(params).get(key, [])
    return frozenset(str(w) for w in found)


Placement = tuple[int | None, int | None, int]


@dataclass(slots=True)
class _Context:
    last_time: int | None
    last_session: int | None


class LiveJourneys:
    """One user's journeys, ready to take new visits in time order."""

    def __init__(
        self,
        store: JourneyStore,
        embedder: Embedder,
        vectors: VectorStore,
        params: GroupParams,
        user_id: int,
        *,
        recent_days: int = 30,
        prototypes: Callable[[], IntentPrototypes] | None = None,
    ) -> None:
        self.store = store
        self.prototypes = prototypes
        self.embedder = embedder
        self.vectors = vectors
        self.params = params
        self.user_id = user_id
        # read as the last full build read them: without the person's own town
        recorded = store.last_full_params(user_id)
        self.places = recorded_places(recorded)
        self.towns = recorded_places(recorded, TOWNS_KEY)
        self.rows: dict[int, JourneyRow] = {
            j.id: j for j in store.journeys(user_id, statuses=MARKS)
        }
        states = {
            j.id: JourneyState(
                j.id,
                (j.centroid if j.centroid is not None else np.zeros(embedder.dim, np.float32))
                * j.visit_count,
                j.visit_count,
                j.last_at_us,
                keywords=frozenset(w for k in j.keywords for w in terms(k)),
            )
            for j in self.rows.values()
        }
        self._load_recent(states, recent_days)
        self.attacher = Attacher(params, states)
        last = store.db.query(
            "SELECT v.visited_at_us, jv.session_id FROM journey_visits jv JOIN visits v "
            "ON v.id = jv.visit_id WHERE jv.user_id = ? ORDER BY v.visited_at_us DESC LIMIT 1",
            (user_id,),
        )
        self.context = _Context(*(int(x) for x in last[0])) if last else _Context(None, None)

    def _load_recent(self, states: dict[int, JourneyState], days: int) -> None:
        newest = max((j.last_at_us for j in self.rows.values()), default=0)
        recent = self.store.db.query(
            "SELECT jv.journey_id, COALESCE(v.search_terms, v.title, p.title), p.host, p.url "
            "FROM journey_visits jv JOIN visits v ON v.id = jv.visit_id "
            "JOIN pages p ON p.id = v.page_id WHERE jv.user_id = ? AND jv.journey_id IS NOT NULL "
            "AND jv.habit = ? AND v.visited_at_us >= ? ORDER BY v.visited_at_us",
            (self.user_id, False, newest - days * _DAY_US),
        )
        texts = [(r[1] or "").strip()[:300] or url_words(r[3]) for r in recent]
        vecs, _ = cached_vectors(texts, self.embedder, self.vectors, self.places)
        grams = _WORDS.embed(texts)
        keep = self.params.representatives
        for k, r in enumerate(recent):
            state = states.get(r[0])
            if state is not None:
                state.recent = [*state.recent[-(keep - 1) :], (vecs[k], grams[k])]
                if r[2]:
                    state.hosts.add(r[2])

    def attach(self, rows: Sequence[BuildRow]) -> tuple[dict[int, Placement], set[int], int]:
        """Place new visits (oldest first); returns placements, touched journeys and how many
        texts had to be embedded."""
        items = items_of(rows)
        vectors, embedded = cached_vectors(
            [it.text for it in items], self.embedder, self.vectors, self.places
        )
        grams = _WORDS.embed([it.text for it in items])
        parents = {r.referrer_visit_id or r.opener_visit_id for r in rows} - {None, 0}
        placements = self.store.placements_of(self.user_id, [p for p in parents if p])
        # a page opened from a habit visit (a forum's front page, an inbox) does not follow it
        details = self.store.placement_details(self.user_id, list(placements))
        habits = {v for v, (_, _, _, habit) in details.items() if habit}
        touched: set[int] = set()
        for k, (r, item) in enumerate(zip(rows, items, strict=True)):
            parent_id = r.referrer_visit_id or r.opener_visit_id
            known = placements.get(parent_id) if parent_id and parent_id not in habits else None
            placements[r.id] = self._place(r, item, vectors[k], grams[k], known)
            if item.noise:
                habits.add(r.id)
            if placements[r.id][0] is not None:
                touched.add(int(placements[r.id][0]))  # type: ignore[arg-type]
        members = [
            (r.id, self.user_id, *placements[r.id], 0.0, it.noise)
            for r, it in zip(rows, items, strict=True)
        ]
        self.store.upsert(self.user_id, self._summaries(rows, items, placements, touched), members)
        return placements, touched, embedded

    def _place(
        self,
        r: BuildRow,
        item: Item,
        vector: Vectors,
        gram: Vectors,
        known: Placement | None,
    ) -> Placement:
        """Where one new visit goes; ``known``: where the visit it was opened from is."""
        previous = self.attacher.last_journey
        journey = self.attacher.choose(item, vector, gram, known[0] if known else None)
        journey = self.attacher.add(
            journey, stable_id("journey", self.user_id, r.id), item, vector, gram
        )
        c = self.context
        s = self.params.session
        gap = (r.time_us - c.last_time) / 60_000_000 if c.last_time is not None else None
        if (
            c.last_session is None
            or gap is None
            or gap > s.max_gap_min
            or (gap > s.short_gap_min and journey != previous)
        ):
            c.last_session = stable_id("session", self.user_id, r.id)
        c.last_time = r.time_us
        task = stable_id("task", self.user_id, c.last_session, journey) if journey else None
        return journey, task, c.last_session

    def _new_row(
        self, j: int, mine: Sequence[tuple[BuildRow, Item]], centroid_sum: Vectors
    ) -> JourneyRow:
        """A journey a visit just made: titled as a full build titles it, from its own
        searches and page titles (the keyphrase labeler's title made a task's name once its
        intent is read, ``engine.task_titles``)."""
        text = JourneyText(
            [it.query for _, it in mine if it.query],
            [r.title or "" for r, it in mine if r.title and not it.noise],
        )
        label = KeyphraseLabeler().label([text])[0]
        real = [(r, it) for r, it in mine if not it.noise] or list(mine)
        steps = [Step(r.time_us, r.url, r.host, r.title, r.search_terms) for r, _ in real]
        prototypes = self.prototypes() if self.prototypes is not None else None
        centroid = normalize(centroid_sum[None, :])[0]
        intent = classify(steps, centroid=centroid, prototypes=prototypes).name
        title = task_title(label.title, text, intent, self.towns, self.places)
        first = mine[0][0].time_us
        return JourneyRow(
            j, title, label.keywords, first, first, 0, 0, 0, 0.0, "open", None, intent
        )

    def _summaries(
        self,
        rows: Sequence[BuildRow],
        items: Sequence[Item],
        placements: dict[int, Placement],
        touched: set[int],
    ) -> list[tuple[object, ...]]:
        """Cheap summary updates: counts, times, centroid and score; titles of new journeys
        from their own searches and titles (a batch build relabels later)."""
        now = time.time_ns() // 1000
        out: list[tuple[object, ...]] = []
        for j in sorted(touched):
            mine = [(r, it) for r, it in zip(rows, items, strict=True) if placements[r.id][0] == j]
            state = self.attacher.journeys[j]
            old = self.rows.get(j)
            searches = sum(1 for _, it in mine if it.query)
            if old is None:
                old = self._new_row(j, mine, state.centroid_sum)
            sessions = {placements[r.id][2] for r, _ in mine}
            row = replace(
                old,
                last_at_us=max(old.last_at_us, mine[-1][0].time_us),
                visit_count=old.visit_count + len(mine),
                search_count=old.search_count + searches,
                session_count=old.session_count + len(sessions),
                centroid=normalize(state.centroid_sum[None, :])[0],
            )
            row = replace(
                row,
                score=journey_score(
                    JourneySignals(
                        last_at_us=row.last_at_us,
                        visits=row.visit_count,
                        searches=row.search_count,
                        sessions=row.session_count,
                    ),
                    now,
                ),
            )
            self.rows[j] = row
            out.append(
                (
                    row.id,
                    self.user_id,
                    row.title,
                    json.dumps(list(row.keywords)),
                    row.first_at_us,
                    row.last_at_us,
                    row.visit_count,
                    row.search_count,
                    row.session_count,
                    row.score,
                    row.status,
                    row.centroid.astype(np.float32).tobytes() if row.centroid is not None else None,
                    row.intent,
                    row.assessment,
                    row.snoozed_until_us,
                )
            )
        return out
