"""The journey pipeline: stored visits → engine stages → stored journeys, full or incremental.

Full builds regroup everything, then replay the person's edits; incremental builds attach the
visits no build has placed yet to existing journeys. Ids are stable: a journey is named after
its oldest visit, a session and a task after their first.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from journeys.engine.edits import Edited, apply_edits
from journeys.engine.embedding import Embedder, Vectors, normalize
from journeys.engine.grouping import UNASSIGNED, GroupParams, Item, group
from journeys.engine.labels import JourneyText, KeyphraseLabeler, Labeler
from journeys.engine.ranking import JourneySignals, VisitSignals, journey_score, visit_rank
from journeys.ids import stable_id
from journeys.services.attach import LiveJourneys
from journeys.services.embed import distinct_vectors
from journeys.services.rows import items_of
from journeys.storage.journeys import BuildRow, JourneyStore
from journeys.storage.vectors import VectorStore

_SECOND_US = 1_000_000


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """What a build did, for the CLI and the API."""

    mode: str
    visits: int
    placed: int
    journeys: int
    embedded: int
    seconds: float
    model: str


def _dwell_s(r: BuildRow) -> float:
    us = r.foreground_us if r.foreground_us else r.duration_us
    return max(us or 0, 0) / _SECOND_US


def params_json(params: GroupParams, embedder: Embedder) -> str:
    """The parameters a build records (with the model id)."""
    return json.dumps({"model": embedder.model_id, **asdict(params)}, sort_keys=True)


class JourneyBuilder:
    """Builds the journeys of one user of one database."""

    def __init__(
        self,
        journeys: JourneyStore,
        embedder: Embedder,
        *,
        params: GroupParams | None = None,
        labeler: Labeler | None = None,
        now_us: int | None = None,
    ) -> None:
        self.store = journeys
        self.embedder = embedder
        self.params = params or GroupParams()
        self.labeler = labeler or KeyphraseLabeler()
        self.now_us = now_us
        self.vectors = VectorStore(journeys.db, embedder.model_id, embedder.dim)
        self._live: dict[int, LiveJourneys] = {}

    def build(self, user_id: int, *, full: bool = False) -> BuildSummary:
        """Incremental when a build exists and only newer visits came; otherwise full."""
        last = self.store.last_build(user_id)
        if full or last is None or last.model != self.embedder.model_id:
            return self.full(user_id)
        new = self.store.unbuilt_rows(user_id)
        if not new:
            return BuildSummary("nothing new", 0, 0, last.journey_count, 0, 0.0, last.model)
        if last.last_visit_at_us is not None and new[0].time_us < last.last_visit_at_us:
            return self.full(user_id)  # older history arrived: regroup everything
        return self.incremental(user_id, new)

    # --- full -------------------------------------------------------------------------------
    def full(self, user_id: int) -> BuildSummary:
        """Regroup every visit of the user and replay the edits."""
        started = time.perf_counter()
        self._live.pop(user_id, None)
        build_id = self.store.start_build(
            user_id, "full", self.embedder.model_id, params_json(self.params, self.embedder)
        )
        rows = list(self.store.build_rows(user_id))
        items = items_of(rows)
        vectors, text_rows, embedded = distinct_vectors(
            [it.text for it in items], self.embedder, self.vectors
        )
        grouping = group(items, vectors, self.params, rows=text_rows)
        journey_of, task_of, session_of = _ids(
            user_id, rows, grouping.journey, grouping.task, grouping.session
        )
        edited = apply_edits(journey_of, self.store.edits(user_id))
        journeys, members = self._records(
            user_id, rows, items, (vectors, text_rows), edited, task_of, session_of
        )
        self.store.replace(user_id, journeys, members)
        last = rows[-1].time_us if rows else None
        self.store.finish_build(build_id, len(rows), len(journeys), last)
        placed = sum(1 for j in edited.journey_of.values() if j is not None)
        return BuildSummary(
            "full",
            len(rows),
            placed,
            len(journeys),
            embedded,
            time.perf_counter() - started,
            self.embedder.model_id,
        )

    def _records(
        self,
        user_id: int,
        rows: Sequence[BuildRow],
        items: Sequence[Item],
        text_vectors: tuple[Vectors, Sequence[int]],
        edited: Edited,
        task_of: dict[int, int | None],
        session_of: dict[int, int],
    ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        vectors, text_rows = text_vectors
        by_journey: dict[int, list[int]] = defaultdict(list)
        for i, r in enumerate(rows):
            j = edited.journey_of.get(r.id)
            if j is not None:
                by_journey[j].append(i)
        order = sorted(by_journey)
        texts = [
            JourneyText(
                [items[i].query for i in by_journey[j] if items[i].query],
                [
                    rows[i].title or ""
                    for i in by_journey[j]
                    if rows[i].title and not items[i].noise
                ],
            )
            for j in order
        ]
        labels = self.labeler.label(texts) if texts else []
        now = self.now_us if self.now_us is not None else time.time_ns() // 1000
        journeys = []
        rank_of: dict[int, float] = {}
        for j, label in zip(order, labels, strict=True):
            idx = by_journey[j]
            urls = Counter(rows[i].canonical_url for i in idx)
            for i in idx:
                rank_of[rows[i].id] = visit_rank(
                    VisitSignals(
                        _dwell_s(rows[i]),
                        urls[rows[i].canonical_url] - 1,
                        bool(items[i].query),
                        rows[i].transition == "typed",
                        items[i].noise,
                    )
                )
            real = [i for i in idx if not items[i].noise] or idx
            centroid = normalize(vectors[[text_rows[i] for i in real]].mean(axis=0, keepdims=True))[
                0
            ]
            sessions = {session_of[rows[i].id] for i in idx}
            searches = sum(1 for i in idx if items[i].query)
            first, last = rows[idx[0]].time_us, rows[idx[-1]].time_us
            score = journey_score(
                JourneySignals(
                    last_at_us=last,
                    visits=len(idx),
                    searches=searches,
                    sessions=len(sessions),
                    dwell_s=sum(_dwell_s(rows[i]) for i in idx),
                ),
                now,
            )
            journeys.append(
                (
                    j,
                    user_id,
                    edited.titles.get(j, label.title),
                    json.dumps(list(label.keywords)),
                    first,
                    last,
                    len(idx),
                    searches,
                    len(sessions),
                    score,
                    edited.status.get(j, "open"),
                    centroid.astype(np.float32).tobytes(),
                )
            )
        members = []
        for i, r in enumerate(rows):
            j = edited.journey_of.get(r.id)
            task = task_of.get(r.id) if j is not None and r.id not in edited.moved else None
            if j is not None and task is None:
                task = stable_id("task", user_id, session_of[r.id], j)
            members.append(
                (r.id, user_id, j, task, session_of[r.id], rank_of.get(r.id, 0.0), items[i].noise)
            )
        return journeys, members

    # --- incremental ------------------------------------------------------------------------
    def live(self, user_id: int) -> LiveJourneys:
        """The user's journeys ready to take new visits (loaded once, kept until a full
        build or an edit changes them)."""
        if user_id not in self._live:
            self._live[user_id] = LiveJourneys(
                self.store, self.embedder, self.vectors, self.params, user_id
            )
        return self._live[user_id]

    def add_visits(self, user_id: int, visit_ids: Sequence[int]) -> BuildSummary:
        """Place a few just-stored visits at once (cheap summary updates, no relabelling)."""
        started = time.perf_counter()
        rows = self.store.rows_by_ids(user_id, visit_ids)
        placements, touched, embedded = self.live(user_id).attach(rows)
        placed = sum(1 for r in rows if placements[r.id][0] is not None)
        return BuildSummary(
            "incremental",
            len(rows),
            placed,
            len(touched),
            embedded,
            time.perf_counter() - started,
            self.embedder.model_id,
        )

    def incremental(self, user_id: int, new: Sequence[BuildRow]) -> BuildSummary:
        """Attach visits no build has placed yet, then refresh the touched journeys."""
        started = time.perf_counter()
        build_id = self.store.start_build(
            user_id, "incremental", self.embedder.model_id, params_json(self.params, self.embedder)
        )
        placements, touched, embedded = self.live(user_id).attach(new)
        self.refresh(user_id, touched)
        total = len(self.store.journeys(user_id, statuses=("open", "done", "hidden")))
        self.store.finish_build(build_id, len(new), total, new[-1].time_us)
        placed = sum(1 for r in new if placements[r.id][0] is not None)
        return BuildSummary(
            "incremental",
            len(new),
            placed,
            len(touched),
            embedded,
            time.perf_counter() - started,
            self.embedder.model_id,
        )

    def refresh(self, user_id: int, touched: set[int]) -> None:
        """Recompute the summaries and ranks of some journeys from their placed visits
        (existing journeys keep their titles until the next full build relabels them); a
        journey left without visits is removed."""
        if not touched:
            return
        self._live.pop(user_id, None)
        keep = self.store.rows_of(user_id, sorted(touched))
        placements = self.store.placements_of(user_id, [r.id for r in keep])
        items = items_of(keep)
        vectors, text_rows, _ = distinct_vectors(
            [it.text for it in items], self.embedder, self.vectors
        )
        edited = apply_edits({r.id: placements[r.id][0] for r in keep}, [])
        old = self.store.journeys(user_id, statuses=("open", "done", "hidden"))
        for row in old:
            if row.id in touched:
                edited.status[row.id] = row.status
                edited.titles[row.id] = row.title
        journeys, members = self._records(
            user_id,
            keep,
            items,
            (vectors, text_rows),
            edited,
            {r.id: placements[r.id][1] for r in keep},
            {r.id: placements[r.id][2] for r in keep},
        )
        self.store.upsert(user_id, journeys, members)
        gone = touched - {j[0] for j in journeys}
        if gone:
            self.store.remove(user_id, sorted(gone))


def _ids(
    user_id: int,
    rows: Sequence[BuildRow],
    journey: Sequence[int],
    task: Sequence[int],
    session: Sequence[int],
) -> tuple[dict[int, int | None], dict[int, int | None], dict[int, int]]:
    """Stable ids: each group is named after its first (oldest) visit."""
    first_j: dict[int, int] = {}
    first_t: dict[int, int] = {}
    first_s: dict[int, int] = {}
    journey_of: dict[int, int | None] = {}
    task_of: dict[int, int | None] = {}
    session_of: dict[int, int] = {}
    for r, j, t, s in zip(rows, journey, task, session, strict=True):
        if s not in first_s:
            first_s[s] = stable_id("session", user_id, r.id)
        session_of[r.id] = first_s[s]
        if j != UNASSIGNED and j not in first_j:
            first_j[j] = stable_id("journey", user_id, r.id)
        journey_of[r.id] = first_j[j] if j != UNASSIGNED else None
        if t != UNASSIGNED and t not in first_t:
            first_t[t] = stable_id("task", user_id, r.id)
        task_of[r.id] = first_t[t] if t != UNASSIGNED else None
    return journey_of, task_of, session_of
