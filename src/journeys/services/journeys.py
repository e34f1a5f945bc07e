"""The journey pipeline: stored visits → engine stages → stored journeys, full or incremental.

Full builds regroup everything, then replay the person's edits; incremental builds attach the
visits no build has placed yet to existing journeys. Ids are stable: a journey is named after
its oldest visit, a session and a task after their first.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from journeys.engine.edits import EditedArrays, apply_edits_to_arrays
from journeys.engine.embedding import Embedder, Vectors, normalize
from journeys.engine.grouping import UNASSIGNED, GroupParams, Items, group
from journeys.engine.intent import IntentPrototypes, Step, classify
from journeys.engine.labels import JourneyText, KeyphraseLabeler, Labeler
from journeys.engine.language import let_go
from journeys.engine.likeness import Index, Table
from journeys.engine.outcome import assess
from journeys.engine.ranking import JourneySignals, journey_score, visit_ranks
from journeys.engine.task_titles import task_title
from journeys.engine.workers import chunks, in_parallel, worth_forking
from journeys.ids import stable_id
from journeys.services.attach import PLACES_KEY, TOWNS_KEY, LiveJourneys, recorded_places
from journeys.services.embed import (
    CachedEmbedder,
    distinct_vectors,
    history_vectors,
    language_directions,
    release,
    searched_towns,
    trim_heap,
)
from journeys.services.rows import Visits, table_columns, visit_columns
from journeys.storage.journeys import MARKS, BuildRow, JourneyStore, Placements
from journeys.storage.vectors import VectorStore


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


def params_json(
    params: GroupParams,
    embedder: Embedder,
    places: frozenset[str] = frozenset(),
    towns: frozenset[str] = frozenset(),
) -> str:
    """The parameters a build records (with the model id, the person's own places it found,
    which visits attached until the next full build are read without, and the towns their
    searches name, which the titles of journeys made until then read)."""
    found = {PLACES_KEY: sorted(places)} if places else {}
    if towns:
        found[TOWNS_KEY] = sorted(towns)
    return json.dumps({"model": embedder.model_id, **asdict(params), **found}, sort_keys=True)


@dataclass(frozen=True, slots=True)
class Regroup:
    """When new visits are grouped with everything from scratch rather than attached one at a
    time, and why.

    - The history is small (``cheap`` visits with the new ones, at most): a full build of
      20,000 visits takes about a second once their texts are embedded, and groups better.
      A week imported a day at a time and attached scored pair F1 0.51–0.79 on five of the
      weeks written by the real browsers, where a full build scores 0.85–1.00
      (docs/quality.md).
    - A batch of at least ``min_visits`` that is at least ``share`` of the visits already
      built: past a tenth of a large history, attaching takes longer than a full build.
    - Visits attached since the last full build (``attached``), with the new ones, reach the
      same: what was attached one at a time is regrouped now and then, on a large history
      as on a small one."""

    min_visits: int = 20
    share: float = 0.1
    cheap: int = 20_000

    def wanted(self, new: int, built: int, attached: int = 0) -> bool:
        """Whether ``new`` visits on ``built`` ones, ``attached`` of which since the last
        full build, are better grouped from scratch."""
        if new + built <= self.cheap:
            return True
        since = new + attached
        return since >= self.min_visits and since >= self.share * built


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
        regroup: Regroup | None = None,
    ) -> None:
        self.regroup = regroup or Regroup()
        self.store = journeys
        self.embedder = embedder
        self.params = params or GroupParams()
        self.labeler = labeler or KeyphraseLabeler()
        self.now_us = now_us
        self.vectors = VectorStore(journeys.db, embedder.model_id, embedder.dim)
        self._live: dict[int, LiveJourneys] = {}
        self._prototypes: IntentPrototypes | None = None

    def build(self, user_id: int, *, full: bool = False) -> BuildSummary:
        """Incremental when a build exists and only newer visits came, fewer than
        ``regroup`` asks; otherwise full."""
        last = self.store.last_build(user_id)
        if full or last is None or last.model != self.embedder.model_id:
            return self.full(user_id)
        new = self.store.unbuilt_rows(user_id)
        if not new:
            return BuildSummary("nothing new", 0, 0, last.journey_count, 0, 0.0, last.model)
        if last.last_visit_at_us is not None and new[0].time_us < last.last_visit_at_us:
            return self.full(user_id)  # older history arrived: regroup everything
        built = self.store.placed_count(user_id)
        attached = max(0, built - self.store.last_full_visits(user_id))
        if self.regroup.wanted(len(new), built, attached):
            return self.full(user_id)  # cheap, or enough new visits to group from scratch
        return self.incremental(user_id, new)

    # --- full -------------------------------------------------------------------------------
    def full(self, user_id: int) -> BuildSummary:
        """Regroup every visit of the user and replay the edits."""
        with self.store.db.lean_cache():
            return self._full(user_id)

    def _full(self, user_id: int) -> BuildSummary:
        started = time.perf_counter()
        self._live.pop(user_id, None)
        build_id = self.store.start_build(
            user_id, "full", self.embedder.model_id, params_json(self.params, self.embedder)
        )
        visits, items = table_columns(self.store.visit_table(user_id))
        vectors, text_rows, embedded, places = history_vectors(
            items, self.embedder, self.vectors, self.params.places
        )
        towns = searched_towns(items, self.embedder, self.vectors, places, self.params.places)
        table = Table.of(vectors)  # a quarter of the memory (see engine.likeness.Table)
        del vectors
        self._intent_prototypes()  # while the model may be loaded: nothing after needs it
        languages = language_directions(self.embedder, self.vectors, self.params.language)
        release(self.embedder)  # the model's buffers, if it was loaded, are not needed now
        grouping = group(
            items,
            table,
            self.params,
            rows=text_rows,
            towns=towns,
            home=places,
            languages=languages,
        )
        visit_ids = visits.ids
        journey_ids = _stable(user_id, "journey", visit_ids, grouping.journey)
        task_ids = _stable(user_id, "task", visit_ids, grouping.task)
        session_ids = _stable(user_id, "session", visit_ids, grouping.session)
        del grouping
        trim_heap()  # what grouping freed, before the assessment's workers are forked
        edited = apply_edits_to_arrays(visit_ids, journey_ids, self.store.edits(user_id))
        journeys, placements = self._records(
            user_id,
            visits,
            items,
            (table, np.asarray(text_rows, dtype=np.int64)),
            edited,
            task_ids,
            session_ids,
            (towns, places),
        )
        self.store.replace(user_id, journeys, placements)
        n = len(visits.ids)
        last = int(visits.times[-1]) if n else None
        self.store.finish_build(
            build_id,
            n,
            len(journeys),
            last,
            params_json(self.params, self.embedder, places, towns),
        )
        placed = int(np.count_nonzero(edited.journeys))
        return BuildSummary(
            "full",
            n,
            placed,
            len(journeys),
            embedded,
            time.perf_counter() - started,
            self.embedder.model_id,
        )

    def _records(
        self,
        user_id: int,
        visits: Visits,
        items: Items,
        text_vectors: tuple[Table, Index],
        edited: EditedArrays,
        task_ids: Index,
        session_ids: Index,
        places: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    ) -> tuple[list[tuple[Any, ...]], Placements]:
        """Journey rows, and the placements of every visit (as columns); a title the
        labeler's rules chose is made a task's name (``engine.task_titles``) once the
        journey's intent is known, ``places`` being the towns the person searched and
        their own places."""
        towns, home = places
        vectors, text_rows = text_vectors
        n = len(visits.ids)
        journey = edited.journeys
        is_query = np.fromiter((bool(q) for q in items.query), dtype=bool, count=n)
        habit = items.noise
        dwell, typed, urls = visits.dwell, visits.typed, visits.urls
        # revisits: other visits of the same page in the same journey
        placed = np.flatnonzero(journey != 0)
        revisits = np.zeros(n, dtype=np.int64)
        if len(placed):
            _, dense = np.unique(journey[placed], return_inverse=True)
            pair = dense.reshape(-1) * (int(urls.max()) + 1) + urls[placed]
            _, inverse, counts = np.unique(pair, return_inverse=True, return_counts=True)
            revisits[placed] = counts[inverse.reshape(-1)] - 1
        ranks = visit_ranks(dwell, revisits, is_query, typed, habit)
        order = placed[np.argsort(journey[placed], kind="stable")]
        cuts = np.flatnonzero(np.diff(journey[order])) + 1
        groups = np.split(order, cuts) if len(order) else []
        texts = [
            JourneyText(
                [q for i in g.tolist() if (q := items.query[i])],
                [t for i in g.tolist() if (t := visits.titles[i]) and not habit[i]],
            )
            for g in groups
        ]
        # what the intent and outcome stages read of a visit, as lists read once
        pages = [visits.url_names[c] for c in visits.urls.tolist()]
        assessing = _Assessing(
            groups,
            habit,
            vectors,
            text_rows,
            visits.times,
            pages,
            items.host,
            visits.titles,
            [q or None for q in items.query],
            self._intent_prototypes(),
        )
        # journeys are assessed independently: worker processes take them side by side
        parts = in_parallel(
            _assess_block,
            assessing,
            chunks(len(groups), _ASSESS_BLOCK),
            processes=len(groups) >= 2 * _ASSESS_BLOCK and worth_forking(),
            threads=False,
        )
        labels = self.labeler.label(texts) if texts else []  # while the workers assess
        assessed = [one for part in parts for one in part]
        now = self.now_us if self.now_us is not None else time.time_ns() // 1000
        journeys = []
        for g, text, label, (centroid, intent, assessment) in zip(
            groups, texts, labels, assessed, strict=True
        ):
            j = int(journey[g[0]])
            title = label.title
            if not label.by_model:
                title = task_title(title, text, intent, towns, home)
            searches = int(is_query[g].sum())
            sittings = len(np.unique(session_ids[g]))
            first, last = int(visits.times[g[0]]), int(visits.times[g[-1]])
            score = journey_score(
                JourneySignals(
                    last_at_us=last,
                    visits=len(g),
                    searches=searches,
                    sessions=sittings,
                    dwell_s=float(dwell[g].sum()),
                ),
                now,
            )
            journeys.append(
                (
                    j,
                    user_id,
                    edited.titles.get(j, title),
                    json.dumps(list(label.keywords)),
                    first,
                    last,
                    len(g),
                    searches,
                    sittings,
                    score,
                    edited.status.get(j, "open"),
                    centroid.astype(np.float32).tobytes(),
                    intent,
                    assessment,
                    edited.snoozed.get(j),
                )
            )
        let_go()  # the language identifier some titles asked for (80 MB)

        tasks = np.where(journey == 0, 0, task_ids)
        moved = edited.moved if edited.moved is not None else np.zeros(n, dtype=bool)
        named = np.flatnonzero((journey != 0) & (moved | (tasks == 0)))
        for i in named.tolist():
            # a moved visit, or one a rebuild left without a task: its sitting's part
            tasks[i] = stable_id("task", user_id, int(session_ids[i]), int(journey[i]))
        placements = Placements(
            visits.ids,
            journey,
            tasks,
            np.asarray(session_ids, dtype=np.int64),
            np.asarray(ranks, dtype=np.float64),
            np.asarray(habit, dtype=bool),
        )
        return journeys, placements

    def _intent_prototypes(self) -> IntentPrototypes:
        """Each intent's description embedded once (through the cache: a build whose texts
        are all cached never loads the model)."""
        if self._prototypes is None:
            self._prototypes = IntentPrototypes(CachedEmbedder(self.embedder, self.vectors))
        return self._prototypes

    # --- incremental ------------------------------------------------------------------------
    def live(self, user_id: int) -> LiveJourneys:
        """The user's journeys ready to take new visits (loaded once, kept until a full
        build or an edit changes them)."""
        if user_id not in self._live:
            self._live[user_id] = LiveJourneys(
                self.store,
                self.embedder,
                self.vectors,
                self.params,
                user_id,
                prototypes=self._intent_prototypes,
            )
        return self._live[user_id]

    def add_visits(self, user_id: int, visit_ids: Sequence[int]) -> BuildSummary:
        """Place a few just-stored visits at once (cheap summary updates, no relabelling)."""
        started = time.perf_counter()
        rows = self.store.rows_by_ids(user_id, visit_ids)
        placements, touched, embedded = self.live(user_id).attach(rows)
        return self._attached(rows, placements, touched, embedded, started)

    def incremental(self, user_id: int, new: Sequence[BuildRow]) -> BuildSummary:
        """Attach visits no build has placed yet, then refresh the touched journeys."""
        started = time.perf_counter()
        build_id = self.store.start_build(
            user_id, "incremental", self.embedder.model_id, params_json(self.params, self.embedder)
        )
        placements, touched, embedded = self.live(user_id).attach(new)
        self.refresh(user_id, touched)
        total = len(self.store.journeys(user_id, statuses=MARKS))
        self.store.finish_build(build_id, len(new), total, new[-1].time_us)
        return self._attached(new, placements, touched, embedded, started)

    def _attached(
        self,
        rows: Sequence[BuildRow],
        placements: dict[int, tuple[int | None, int | None, int]],
        touched: set[int],
        embedded: int,
        started: float,
    ) -> BuildSummary:
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

    def refresh(self, user_id: int, touched: set[int]) -> None:
        """Recompute the summaries and ranks of some journeys from their placed visits
        (existing journeys keep their titles until the next full build relabels them); a
        journey left without visits is removed."""
        if not touched:
            return
        self._live.pop(user_id, None)
        keep = self.store.rows_of(user_id, sorted(touched))
        placements = self.store.placements_of(user_id, [r.id for r in keep])
        visits, items = visit_columns(keep)
        recorded = self.store.last_full_params(user_id)
        places = recorded_places(recorded)
        towns = recorded_places(recorded, TOWNS_KEY)
        vectors, text_rows, _ = distinct_vectors(items.text, self.embedder, self.vectors, places)
        edited = EditedArrays(np.array([placements[r.id][0] or 0 for r in keep], dtype=np.int64))
        for row in self.store.journeys(user_id, statuses=MARKS):
            if row.id in touched:
                edited.status[row.id] = row.status
                edited.titles[row.id] = row.title
                if row.snoozed_until_us is not None:
                    edited.snoozed[row.id] = row.snoozed_until_us
        journeys, refreshed = self._records(
            user_id,
            visits,
            items,
            (Table.of(vectors), np.asarray(text_rows, dtype=np.int64)),
            edited,
            np.array([placements[r.id][1] or 0 for r in keep], dtype=np.int64),
            np.array([placements[r.id][2] for r in keep], dtype=np.int64),
            (towns, places),
        )
        self.store.upsert(user_id, journeys, refreshed.rows(user_id))
        gone = touched - {j[0] for j in journeys}
        if gone:
            self.store.remove(user_id, sorted(gone))


def _stable(user_id: int, kind: str, visit_ids: Index, labels: Sequence[int]) -> Index:
    """Stable ids of groups (0 for ``UNASSIGNED``): each is named after its first (oldest)
    visit, so the same history regrouped gives the same ids."""
    lab = np.asarray(labels, dtype=np.int64)
    out = np.zeros(len(lab), dtype=np.int64)
    if not len(lab):
        return out
    unique, first = np.unique(lab, return_index=True)
    names = np.array(
        [stable_id(kind, user_id, int(visit_ids[f])) for f in first.tolist()], dtype=np.int64
    )
    out = names[np.searchsorted(unique, lab)]
    out[lab == UNASSIGNED] = 0
    return out


_ASSESS_BLOCK = 256  # journeys a worker assesses at a time


@dataclass(frozen=True, slots=True)
class _Assessing:
    """What assessing the journeys reads: their visits and, per visit, what a step holds."""

    groups: list[Index]
    habit: npt.NDArray[np.bool_]
    vectors: Table
    text_rows: Index
    times: Index  # a forked worker reads its journeys' times from this array
    pages: list[str]
    hosts: list[str]
    titles: list[str | None]
    queries: list[str | None]
    prototypes: IntentPrototypes


def _assess_block(a: _Assessing, block: range) -> list[tuple[Vectors, str, str]]:
    """Each journey's centroid, intent and outcome assessment (stored as JSON)."""
    out = []
    for k in block:
        g = a.groups[k]
        real = g[~a.habit[g]]
        real = real if len(real) else g
        centroid = normalize(a.vectors.rows(a.text_rows[real]).mean(axis=0, keepdims=True))[0]
        steps = [
            Step(t, a.pages[i], a.hosts[i], a.titles[i], a.queries[i])
            for i, t in zip(real.tolist(), a.times[real].tolist(), strict=True)
        ]
        intent = classify(steps, centroid=centroid, prototypes=a.prototypes)
        out.append((centroid, intent.name, assess(steps, intent).to_json()))
    return out
