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
from urllib.parse import unquote, urlsplit

import numpy as np

from journeys.engine.edits import Edited, apply_edits
from journeys.engine.embedding import Embedder, HashingEmbedder, Vectors, normalize
from journeys.engine.grouping import UNASSIGNED, GroupParams, Item, group
from journeys.engine.incremental import Attacher, JourneyState
from journeys.engine.labels import JourneyText, KeyphraseLabeler, Labeler
from journeys.engine.noise import habit_flags
from journeys.engine.ranking import JourneySignals, VisitSignals, journey_score, visit_rank
from journeys.ids import stable_id
from journeys.services.embed import cached_vectors, distinct_vectors
from journeys.storage.journeys import BuildRow, JourneyStore
from journeys.storage.vectors import VectorStore

_GRAMS = HashingEmbedder(dim=2048)
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


def url_words(url: str) -> str:
    """The words of a URL's host and path, for pages without a title."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    path = unquote(parts.path).replace("-", " ").replace("_", " ").replace("/", " ")
    return f"{host} {path}".strip()


def item_text(row: BuildRow) -> str:
    """What a visit is about: its search, else its title, else its URL's words."""
    return (row.search_terms or row.title or url_words(row.url)).strip()[:300]


def _items(rows: Sequence[BuildRow]) -> list[Item]:
    index = {r.id: i for i, r in enumerate(rows)}
    habits = habit_flags(
        [r.url for r in rows], [r.time_us for r in rows], [r.search_terms or "" for r in rows]
    )
    items = []
    for i, r in enumerate(rows):
        parent = r.referrer_visit_id if r.referrer_visit_id in index else r.opener_visit_id
        items.append(
            Item(
                r.time_us,
                item_text(r),
                r.search_terms or "",
                r.host,
                index.get(parent, -1) if parent is not None else -1,
                habits[i],
            )
        )
    return items


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
        build_id = self.store.start_build(
            user_id, "full", self.embedder.model_id, params_json(self.params, self.embedder)
        )
        rows = list(self.store.build_rows(user_id))
        items = _items(rows)
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
    def incremental(self, user_id: int, new: Sequence[BuildRow]) -> BuildSummary:
        """Attach visits no build has placed yet to the existing journeys."""
        started = time.perf_counter()
        build_id = self.store.start_build(
            user_id, "incremental", self.embedder.model_id, params_json(self.params, self.embedder)
        )
        attacher = self._attacher(user_id)
        parents = {r.referrer_visit_id or r.opener_visit_id for r in new} - {None, 0}
        placements = self.store.placements_of(user_id, [p for p in parents if p is not None])
        items = _items(new)
        vectors, embedded = cached_vectors([it.text for it in items], self.embedder, self.vectors)
        grams = _GRAMS.embed([it.text for it in items])
        touched = self._attach_all(user_id, attacher, placements, new, items, vectors, grams)
        self._rewrite(
            user_id,
            touched,
            [
                (r.id, user_id, *placements[r.id], 0.0, it.noise)
                for r, it in zip(new, items, strict=True)
            ],
        )
        self.store.finish_build(
            build_id,
            len(new),
            len(self.store.journeys(user_id, statuses=("open", "done", "hidden"))),
            new[-1].time_us,
        )
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

    def _attacher(self, user_id: int) -> Attacher:
        states: dict[int, JourneyState] = {}
        for j in self.store.journeys(user_id, statuses=("open", "done", "hidden")):
            centroid = (
                j.centroid if j.centroid is not None else np.zeros(self.embedder.dim, np.float32)
            )
            states[j.id] = JourneyState(j.id, centroid * j.visit_count, j.visit_count, j.last_at_us)
        recent = self.store.db.query(
            "SELECT jv.journey_id, COALESCE(v.search_terms, v.title, p.title), p.host, "
            "v.visited_at_us, p.url FROM journey_visits jv JOIN visits v ON v.id = jv.visit_id "
            "JOIN pages p ON p.id = v.page_id WHERE jv.user_id = ? AND jv.journey_id IS NOT NULL "
            "AND jv.habit = ? AND v.visited_at_us >= ? ORDER BY v.visited_at_us",
            (user_id, False, self._recent_since(user_id)),
        )
        texts = [(r[1] or "").strip()[:300] or url_words(r[4]) for r in recent]
        vecs, _ = cached_vectors(texts, self.embedder, self.vectors)
        grams = _GRAMS.embed(texts)
        keep = self.params.representatives
        for k, r in enumerate(recent):
            state = states.get(r[0])
            if state is None:
                continue
            state.recent = [*state.recent[-(keep - 1) :], (vecs[k], grams[k])]
            if r[2]:
                state.hosts.add(r[2])
        return Attacher(self.params, states)

    def _recent_since(self, user_id: int) -> int:
        newest = self.store.db.scalar(
            "SELECT MAX(last_at_us) FROM journeys WHERE user_id = ?", (user_id,)
        )
        return int(newest or 0) - 30 * 86_400 * _SECOND_US

    def _attach_all(
        self,
        user_id: int,
        attacher: Attacher,
        placements: dict[int, tuple[int | None, int | None, int]],
        rows: Sequence[BuildRow],
        items: Sequence[Item],
        vectors: Vectors,
        grams: Vectors,
    ) -> set[int]:
        touched: set[int] = set()
        session_params = self.params.session
        last_time, last_session = self._last_context(user_id)
        for k, (r, item) in enumerate(zip(rows, items, strict=True)):
            parent_id = r.referrer_visit_id or r.opener_visit_id
            known = placements.get(parent_id) if parent_id is not None else None
            parent = known[0] if known is not None else None
            journey = attacher.choose(item, vectors[k], grams[k], parent)
            journey = attacher.add(
                journey, stable_id("journey", user_id, r.id), item, vectors[k], grams[k]
            )
            gap_min = (r.time_us - last_time) / 60_000_000 if last_time is not None else None
            if (
                last_session is None
                or gap_min is None
                or gap_min > session_params.max_gap_min
                or (gap_min > session_params.short_gap_min and journey != attacher.last_journey)
            ):
                last_session = stable_id("session", user_id, r.id)
            last_time = r.time_us
            task = (
                stable_id("task", user_id, last_session, journey) if journey is not None else None
            )
            placements[r.id] = (journey, task, last_session)
            if journey is not None:
                touched.add(journey)
        return touched

    def _last_context(self, user_id: int) -> tuple[int | None, int | None]:
        rows = self.store.db.query(
            "SELECT v.visited_at_us, jv.session_id FROM journey_visits jv JOIN visits v "
            "ON v.id = jv.visit_id WHERE jv.user_id = ? ORDER BY v.visited_at_us DESC LIMIT 1",
            (user_id,),
        )
        return (int(rows[0][0]), int(rows[0][1])) if rows else (None, None)

    def _rewrite(self, user_id: int, touched: set[int], members: list[tuple[Any, ...]]) -> None:
        """Store the new placements and recompute the touched journeys' summaries."""
        self.store.upsert(user_id, [], members)
        self.refresh(user_id, touched)

    def refresh(self, user_id: int, touched: set[int]) -> None:
        """Recompute the summaries and ranks of some journeys from their placed visits
        (existing journeys keep their titles until the next full build relabels them); a
        journey left without visits is removed."""
        if not touched:
            return
        keep = self.store.rows_of(user_id, sorted(touched))
        placements = self.store.placements_of(user_id, [r.id for r in keep])
        items = _items(keep)
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
        sid = first_s.setdefault(s, stable_id("session", user_id, r.id))
        session_of[r.id] = sid
        journey_of[r.id] = (
            first_j.setdefault(j, stable_id("journey", user_id, r.id)) if j != UNASSIGNED else None
        )
        task_of[r.id] = (
            first_t.setdefault(t, stable_id("task", user_id, r.id)) if t != UNASSIGNED else None
        )
    return journey_of, task_of, session_of
