"""Reads and writes of journeys, their visits, builds and a person's edits; all per user."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np
import numpy.typing as npt

from journeys.errors import NotFoundError
from journeys.models import Edit
from journeys.storage.database import Database

JOURNEY_COLUMNS = (
    "id",
    "user_id",
    "title",
    "keywords",
    "first_at_us",
    "last_at_us",
    "visit_count",
    "search_count",
    "session_count",
    "score",
    "status",
    "centroid",
    "intent",
    "assessment",
    "snoozed_until_us",
)
#: A person's marks on a journey (the status column); the lifecycle status shown to them
#: (active, unfinished, completed, dormant) is derived when read, see engine.status.
MARKS = ("open", "done", "hidden", "dismissed")
VISIBLE_MARKS = ("open", "done", "dismissed")
_RANK_STEPS = 2**32
MEMBER_COLUMNS = ("visit_id", "user_id", "journey_id", "task_id", "session_id", "rank", "habit")


def _now_us() -> int:
    return time.time_ns() // 1000


@dataclass(frozen=True, slots=True)
class BuildRow:
    """A stored visit with what grouping reads of it."""

    id: int
    time_us: int
    url: str
    canonical_url: str
    host: str
    title: str | None
    search_terms: str | None
    transition: str | None
    referrer_visit_id: int | None
    opener_visit_id: int | None
    duration_us: int | None
    foreground_us: int | None
    referrer_url: str | None = None


@dataclass(frozen=True, slots=True)
class VisitTable:
    """Every visit of a user, oldest first, as columns; what belongs to a page (URL, site,
    title, search) is held once per page, and a visit names only what differs from its page.

    ``page`` indexes the ``page_*`` lists; ``referrer`` and ``opener`` are visit ids (0 for
    none: ids are signed 64-bit hashes, so no negative number is free); ``own`` maps a visit's position to its own title,
    search terms and the URL it came from, where any of them differs from its page's."""

    ids: npt.NDArray[np.int64]
    times: npt.NDArray[np.int64]
    page: npt.NDArray[np.int64]
    referrer: npt.NDArray[np.int64]
    opener: npt.NDArray[np.int64]
    dwell_us: npt.NDArray[np.int64]
    typed: npt.NDArray[np.bool_]
    page_url: list[str]
    page_canonical: list[str]
    page_host: list[str]
    page_title: list[str | None]
    page_terms: list[str | None]
    own: dict[int, tuple[str | None, str | None, str | None]]


@dataclass(frozen=True, slots=True)
class Placements:
    """Where visits sit, as aligned columns: journey and task (0 for none), sitting, rank
    inside the journey, and whether the visit is a habit."""

    visit_ids: npt.NDArray[np.int64]
    journey: npt.NDArray[np.int64]
    task: npt.NDArray[np.int64]
    session: npt.NDArray[np.int64]
    rank: npt.NDArray[np.float64]
    habit: npt.NDArray[np.bool_]

    def rows(self, user_id: int, at: npt.NDArray[np.int64] | None = None) -> list[tuple[Any, ...]]:
        """Rows of ``MEMBER_COLUMNS`` (of the positions ``at``, else of all)."""
        pick = slice(None) if at is None else at
        journey = self.journey[pick].astype(object)
        task = self.task[pick].astype(object)
        task[(journey == 0) | (task == 0)] = None
        journey[journey == 0] = None
        return list(
            zip(
                self.visit_ids[pick].tolist(),
                [user_id] * len(journey),
                journey.tolist(),
                task.tolist(),
                self.session[pick].tolist(),
                self.rank[pick].tolist(),
                self.habit[pick].tolist(),
                strict=True,
            )
        )


@dataclass(frozen=True, slots=True)
class JourneyRow:
    """A stored journey."""

    id: int
    title: str
    keywords: tuple[str, ...]
    first_at_us: int
    last_at_us: int
    visit_count: int
    search_count: int
    session_count: int
    score: float
    status: str
    centroid: npt.NDArray[np.float32] | None
    intent: str = "other"
    assessment: str | None = None
    snoozed_until_us: int | None = None


@dataclass(frozen=True, slots=True)
class BuildInfo:
    """A recorded build."""

    id: int
    mode: str
    model: str
    params: str
    finished_at_us: int | None
    last_visit_at_us: int | None
    visit_count: int
    journey_count: int


_JOURNEY_COLUMNS = (
    "id, title, keywords, first_at_us, last_at_us, visit_count, search_count, "
    "session_count, score, status, centroid, intent, assessment, snoozed_until_us"
)
_BUILD_SELECT = (
    "SELECT v.id, v.visited_at_us, p.url, p.canonical_url, p.host, COALESCE(v.title, p.title), "
    "COALESCE(v.search_terms, p.search_terms), v.transition, v.referrer_visit_id, "
    "v.opener_visit_id, v.duration_us, v.foreground_us, v.referrer_url "
    "FROM visits v JOIN pages p ON p.id = v.page_id"
)


def _build_row(r: Sequence[Any]) -> BuildRow:
    return BuildRow(*r)


def _journey(r: Sequence[Any]) -> JourneyRow:
    centroid = np.frombuffer(bytes(r[10]), dtype=np.float32) if r[10] is not None else None
    return JourneyRow(
        int(r[0]),
        r[1],
        tuple(json.loads(r[2])),
        int(r[3]),
        int(r[4]),
        int(r[5]),
        int(r[6]),
        int(r[7]),
        float(r[8]),
        r[9],
        centroid,
        r[11],
        r[12],
        None if r[13] is None else int(r[13]),
    )


class JourneyStore:
    """Journeys of every user of one database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- inputs -----------------------------------------------------------------------------
    def build_rows(self, user_id: int) -> Iterator[BuildRow]:
        """Every visit of the user, oldest first, a row at a time (a full build reads the
        same through ``visit_table``)."""
        sql = f"{_BUILD_SELECT} WHERE v.user_id = ? ORDER BY v.visited_at_us, v.id"
        return (_build_row(r) for r in self.db.iter_query(sql, (user_id,)))

    def visit_table(self, user_id: int) -> VisitTable:
        """Every visit of the user as columns (what a full build reads): numbers come through
        arrays and each page's strings once, so a million visits make a few arrays rather than
        a million objects."""
        numbers = (
            "SELECT v.id, v.visited_at_us, v.page_id, COALESCE(v.referrer_visit_id, 0), "
            "COALESCE(v.opener_visit_id, 0), COALESCE(NULLIF(v.foreground_us, 0), "
            "v.duration_us, 0), CASE WHEN v.transition = 'typed' THEN 1 ELSE 0 END "
            "FROM visits v WHERE v.user_id = ?"
        )
        flat = np.fromiter(
            chain.from_iterable(self.db.iter_query(numbers, (user_id,))), dtype=np.int64
        ).reshape(-1, 7)
        # in time order, ties by id (sorted here: the database would sort through a B-tree)
        flat = flat[np.lexsort((flat[:, 0], flat[:, 1]))]
        ids = np.ascontiguousarray(flat[:, 0])
        pages = self.db.query(
            "SELECT id, url, canonical_url, host, title, search_terms FROM pages "
            "WHERE user_id = ? ORDER BY id",
            (user_id,),
        )
        page_ids = np.fromiter((r[0] for r in pages), dtype=np.int64, count=len(pages))
        page_of = np.searchsorted(page_ids, flat[:, 2]) if len(page_ids) else flat[:, 2] * 0
        # a visit's own title or search where it differs from its page's, and the page it came
        # from where its referrer visit is not among the user's visits (logs, Takeout)
        title = "v.title IS NOT NULL AND (p.title IS NULL OR v.title <> p.title)"
        terms = (
            "v.search_terms IS NOT NULL AND (p.search_terms IS NULL OR "
            "v.search_terms <> p.search_terms)"
        )
        differs = (
            f"SELECT v.id, CASE WHEN {title} THEN v.title END, CASE WHEN {terms} THEN "
            "v.search_terms END, CASE WHEN v.referrer_visit_id IS NULL THEN v.referrer_url END "
            "FROM visits v JOIN pages p ON p.id = v.page_id WHERE v.user_id = ? AND "
            f"(({title}) OR ({terms}) OR (v.referrer_url IS NOT NULL AND "
            "v.referrer_visit_id IS NULL))"
        )
        position = np.argsort(ids, kind="stable")
        ranked = ids[position]

        def index_of(visit_id: int) -> int:
            return int(position[np.searchsorted(ranked, visit_id)])

        own: dict[int, tuple[str | None, str | None, str | None]] = {
            index_of(r[0]): (r[1], r[2], r[3]) for r in self.db.iter_query(differs, (user_id,))
        }
        refs = flat[:, 3]
        named = refs != 0
        if len(ranked):  # a referrer that is not among the ids (sorted: a search finds it)
            asked = refs[named]
            at = np.minimum(np.searchsorted(ranked, asked), len(ranked) - 1)
            named[named] = ranked[at] != asked
        # a referrer visit that is not among them
        for chunk in _chunks(ids[named].tolist(), 500):
            marks = ", ".join("?" * len(chunk))
            for r in self.db.iter_query(
                f"SELECT id, referrer_url FROM visits WHERE id IN ({marks})", chunk
            ):
                k = index_of(r[0])
                mine = own.get(k, (None, None, None))
                own[k] = (mine[0], mine[1], r[1])
        return VisitTable(
            ids,
            np.ascontiguousarray(flat[:, 1]),
            np.asarray(page_of, dtype=np.int64),
            np.ascontiguousarray(flat[:, 3]),
            np.ascontiguousarray(flat[:, 4]),
            np.ascontiguousarray(flat[:, 5]),
            flat[:, 6] == 1,
            [r[1] for r in pages],
            [r[2] for r in pages],
            [r[3] for r in pages],
            [r[4] for r in pages],
            [r[5] for r in pages],
            own,
        )

    def placed_count(self, user_id: int) -> int:
        """How many visits of the user a build has placed (in a journey or in none)."""
        n = self.db.scalar("SELECT COUNT(*) FROM journey_visits WHERE user_id = ?", (user_id,))
        return int(n or 0)

    def unbuilt_rows(self, user_id: int) -> list[BuildRow]:
        """Visits of the user no build has placed yet, oldest first."""
        sql = (
            f"{_BUILD_SELECT} LEFT JOIN journey_visits jv ON jv.user_id = v.user_id "
            "AND jv.visit_id = v.id WHERE v.user_id = ? AND jv.visit_id IS NULL "
            "ORDER BY v.visited_at_us, v.id"
        )
        return [_build_row(r) for r in self.db.iter_query(sql, (user_id,))]

    def rows_by_ids(self, user_id: int, visit_ids: Sequence[int]) -> list[BuildRow]:
        """Some visits of the user, oldest first."""
        out: list[BuildRow] = []
        for chunk in _chunks(list(visit_ids), 500):
            marks = ", ".join("?" * len(chunk))
            out += [
                _build_row(r)
                for r in self.db.iter_query(
                    f"{_BUILD_SELECT} WHERE v.user_id = ? AND v.id IN ({marks})",
                    (user_id, *chunk),
                )
            ]
        return sorted(out, key=lambda r: (r.time_us, r.id))

    def _user_first(self) -> str:
        """The visits' user condition when the journey's visits drive the query: on SQLite
        "+" keeps the planner from walking all the user's visits in time order instead."""
        return "+v.user_id = ?" if self.db.dialect == "sqlite" else "v.user_id = ?"

    def rows_of(self, user_id: int, journey_ids: Sequence[int]) -> list[BuildRow]:
        """Visits placed in any of the journeys, oldest first."""
        out: list[BuildRow] = []
        for chunk in _chunks(list(journey_ids), 500):
            marks = ", ".join("?" * len(chunk))
            out += [
                _build_row(r)
                for r in self.db.iter_query(
                    f"{_BUILD_SELECT} WHERE {self._user_first()} AND v.id IN (SELECT visit_id "
                    f"FROM journey_visits WHERE user_id = ? AND journey_id IN ({marks}))",
                    (user_id, user_id, *chunk),
                )
            ]
        return sorted(out, key=lambda r: (r.time_us, r.id))

    def recent_rows_of(self, user_id: int, journey_id: int, limit: int) -> list[BuildRow]:
        """A journey's latest visits (at most ``limit``), oldest first."""
        rows = [
            _build_row(r)
            for r in self.db.iter_query(
                f"{_BUILD_SELECT} WHERE {self._user_first()} AND v.id IN (SELECT visit_id "
                "FROM journey_visits WHERE user_id = ? AND journey_id = ?) "
                "ORDER BY v.visited_at_us DESC LIMIT ?",
                (user_id, user_id, journey_id, limit),
            )
        ]
        return rows[::-1]

    def placements_of(
        self, user_id: int, visit_ids: Sequence[int]
    ) -> dict[int, tuple[int | None, int | None, int]]:
        """visit id → (journey, task, session) of some visits."""
        out: dict[int, tuple[int | None, int | None, int]] = {}
        for chunk in _chunks(list(visit_ids), 500):
            marks = ", ".join("?" * len(chunk))
            for r in self.db.iter_query(
                "SELECT visit_id, journey_id, task_id, session_id FROM journey_visits "
                f"WHERE user_id = ? AND visit_id IN ({marks})",
                (user_id, *chunk),
            ):
                out[int(r[0])] = (r[1], r[2], int(r[3]))
        return out

    def placement_details(
        self, user_id: int, visit_ids: Sequence[int]
    ) -> dict[int, tuple[float, int, int | None, bool]]:
        """visit id → (rank, session, task, habit) of some visits."""
        out: dict[int, tuple[float, int, int | None, bool]] = {}
        for chunk in _chunks(list(visit_ids), 500):
            marks = ", ".join("?" * len(chunk))
            for r in self.db.iter_query(
                "SELECT visit_id, rank, session_id, task_id, habit FROM journey_visits "
                f"WHERE user_id = ? AND visit_id IN ({marks})",
                (user_id, *chunk),
            ):
                out[int(r[0])] = (float(r[1]), int(r[2]), r[3], bool(r[4]))
        return out

    # --- builds -----------------------------------------------------------------------------
    def start_build(self, user_id: int, mode: str, model: str, params: str) -> int:
        """Record that a build started; returns its id."""
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO journey_builds (user_id, mode, model, params, started_at_us) "
                "VALUES (?, ?, ?, ?, ?)",
                (user_id, mode, model, params, _now_us()),
            )
            return int(
                self.db.scalar("SELECT MAX(id) FROM journey_builds WHERE user_id = ?", (user_id,))
            )

    def finish_build(
        self,
        build_id: int,
        visits: int,
        journeys: int,
        last_at: int | None,
        params: str | None = None,
    ) -> None:
        """Record a build's outcome (and its parameters again, where the build found some of
        them as it went)."""
        with self.db.transaction():
            self.db.execute(
                "UPDATE journey_builds SET finished_at_us = ?, visit_count = ?, "
                "journey_count = ?, last_visit_at_us = ? WHERE id = ?",
                (_now_us(), visits, journeys, last_at, build_id),
            )
            if params is not None:
                self.db.execute(
                    "UPDATE journey_builds SET params = ? WHERE id = ?", (params, build_id)
                )

    def last_full_visits(self, user_id: int) -> int:
        """How many visits the user's last finished full build grouped (0: none)."""
        n = self.db.scalar(
            "SELECT visit_count FROM journey_builds WHERE user_id = ? AND mode = 'full' "
            "AND finished_at_us IS NOT NULL ORDER BY id DESC LIMIT 1",
            (user_id,),
        )
        return int(n or 0)

    def last_full_params(self, user_id: int) -> str | None:
        """The parameters the user's last finished full build recorded (None: no build)."""
        found = self.db.scalar(
            "SELECT params FROM journey_builds WHERE user_id = ? AND mode = 'full' "
            "AND finished_at_us IS NOT NULL ORDER BY id DESC LIMIT 1",
            (user_id,),
        )
        return None if found is None else str(found)

    def last_build(self, user_id: int) -> BuildInfo | None:
        """The newest finished build of the user."""
        rows = self.db.query(
            "SELECT id, mode, model, params, finished_at_us, last_visit_at_us, visit_count, "
            "journey_count FROM journey_builds WHERE user_id = ? AND finished_at_us IS NOT NULL "
            "ORDER BY id DESC LIMIT 1",
            (user_id,),
        )
        return BuildInfo(*rows[0]) if rows else None

    # --- writes -----------------------------------------------------------------------------
    def replace(
        self, user_id: int, journeys: Sequence[Sequence[Any]], placements: Placements
    ) -> None:
        """Swap every journey and placement of the user for new ones, in one transaction.
        Only placements that changed are written: a rebuild of the same history rewrites
        the journeys, not a million unchanged rows."""
        with self.db.transaction():
            self.db.execute("DELETE FROM journeys WHERE user_id = ?", (user_id,))
            self._insert(journeys, [])
            old = self._placements(user_id)
            new_order = np.argsort(placements.visit_ids, kind="stable")
            ids = placements.visit_ids[new_order]
            at = np.minimum(np.searchsorted(old.visit_ids, ids), max(len(old.visit_ids) - 1, 0))
            same = np.zeros(len(ids), dtype=bool)
            if len(old.visit_ids):
                same = old.visit_ids[at] == ids
                for name in ("journey", "task", "session", "habit"):
                    same &= getattr(old, name)[at] == getattr(placements, name)[new_order]
                rank = np.rint(placements.rank[new_order] * _RANK_STEPS)
                same &= np.rint(old.rank[at] * _RANK_STEPS) == rank
            kept = at[same] if len(old.visit_ids) else at[:0]
            stale = np.ones(len(old.visit_ids), dtype=bool)
            stale[kept] = False
            if stale.sum() > len(old.visit_ids) // 2:
                self.db.execute("DELETE FROM journey_visits WHERE user_id = ?", (user_id,))
                write = new_order
            else:
                self.db.executemany(
                    "DELETE FROM journey_visits WHERE user_id = ? AND visit_id = ?",
                    [(user_id, v) for v in old.visit_ids[stale].tolist()],
                )
                write = new_order[~same]
            for start in range(0, len(write), 50_000):
                self._insert([], placements.rows(user_id, write[start : start + 50_000]))

    def _placements(self, user_id: int) -> Placements:
        """The user's stored placements, by visit id. Ranks are read rounded to 2**-32 (as
        integers, so that all six columns come through one array): a rank that moved by less
        is not worth rewriting."""
        sql = (
            "SELECT visit_id, COALESCE(journey_id, 0), COALESCE(task_id, 0), session_id, "
            f"CASE WHEN habit THEN 1 ELSE 0 END, CAST(ROUND(rank * {_RANK_STEPS}) AS BIGINT) "
            # in the primary key's order: read along that index, not the rank index, each
            # row's other columns are found in half the time
            "FROM journey_visits WHERE user_id = ? ORDER BY visit_id"
        )
        flat = np.fromiter(
            chain.from_iterable(self.db.iter_query(sql, (user_id,))), dtype=np.int64
        ).reshape(-1, 6)
        flat = flat[np.argsort(flat[:, 0], kind="stable")]
        journey = np.ascontiguousarray(flat[:, 1])
        return Placements(
            np.ascontiguousarray(flat[:, 0]),
            journey,
            np.where(journey == 0, 0, flat[:, 2]),
            np.ascontiguousarray(flat[:, 3]),
            flat[:, 5] / _RANK_STEPS,
            flat[:, 4] == 1,
        )

    def upsert(
        self, user_id: int, journeys: Sequence[Sequence[Any]], members: Sequence[Sequence[Any]]
    ) -> None:
        """Add or replace some journeys and placements (an incremental build)."""
        with self.db.transaction():
            for chunk in _chunks([j[0] for j in journeys], 500):
                marks = ", ".join("?" * len(chunk))
                self.db.execute(
                    f"DELETE FROM journeys WHERE user_id = ? AND id IN ({marks})",
                    (user_id, *chunk),
                )
            for chunk in _chunks([m[0] for m in members], 500):
                marks = ", ".join("?" * len(chunk))
                self.db.execute(
                    f"DELETE FROM journey_visits WHERE user_id = ? AND visit_id IN ({marks})",
                    (user_id, *chunk),
                )
            self._insert(journeys, members)

    def remove(self, user_id: int, journey_ids: Sequence[int]) -> None:
        """Delete journeys that no longer have visits."""
        with self.db.transaction():
            for chunk in _chunks(list(journey_ids), 500):
                marks = ", ".join("?" * len(chunk))
                self.db.execute(
                    f"DELETE FROM journeys WHERE user_id = ? AND id IN ({marks})",
                    (user_id, *chunk),
                )

    def set_fields(self, user_id: int, journey_id: int, **fields: Any) -> None:
        """Update a stored journey's title, mark or snooze (validated by the caller)."""
        allowed = {"title", "status", "snoozed_until_us"}
        if not fields or set(fields) - allowed:
            raise ValueError(f"only {sorted(allowed)} can be set")
        sets = ", ".join(f"{k} = ?" for k in fields)
        with self.db.transaction():
            self.db.execute(
                f"UPDATE journeys SET {sets} WHERE user_id = ? AND id = ?",
                (*fields.values(), user_id, journey_id),
            )

    def place(
        self,
        user_id: int,
        visit_ids: Sequence[int],
        journey_id: int | None,
        task_of: dict[int, int | None],
    ) -> None:
        """Put visits in a journey (or out of every journey)."""
        with self.db.transaction():
            self.db.executemany(
                "UPDATE journey_visits SET journey_id = ?, task_id = ? "
                "WHERE user_id = ? AND visit_id = ?",
                [(journey_id, task_of.get(v), user_id, v) for v in visit_ids],
            )

    def _insert(self, journeys: Sequence[Sequence[Any]], members: Sequence[Sequence[Any]]) -> None:
        jcols = ", ".join(JOURNEY_COLUMNS)
        if journeys:
            self.db.executemany(
                f"INSERT INTO journeys ({jcols}) VALUES ({', '.join('?' * len(JOURNEY_COLUMNS))})",
                journeys,
            )
        if not members:
            return
        mcols = ", ".join(MEMBER_COLUMNS)
        self.db.executemany(
            f"INSERT INTO journey_visits ({mcols}) VALUES ({', '.join('?' * len(MEMBER_COLUMNS))})",
            members,
        )

    # --- edits ------------------------------------------------------------------------------
    def add_edit(self, user_id: int, edit: Edit) -> None:
        """Remember an edit (it is replayed after every build)."""
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO journey_edits (user_id, kind, journey_id, target_id, visit_id, value, "
                "created_at_us) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (user_id, edit.kind, edit.journey, edit.target, edit.visit, edit.value, _now_us()),
            )

    def edits(self, user_id: int) -> list[Edit]:
        """The user's edits, oldest first."""
        return [
            Edit(r[0], r[1], r[2], r[3], r[4])
            for r in self.db.query(
                "SELECT kind, journey_id, target_id, visit_id, value FROM journey_edits "
                "WHERE user_id = ? ORDER BY id",
                (user_id,),
            )
        ]

    # --- reads ------------------------------------------------------------------------------
    def journeys(
        self, user_id: int, *, statuses: Sequence[str] = VISIBLE_MARKS, limit: int | None = None
    ) -> list[JourneyRow]:
        """The user's journeys with one of the statuses, newest activity first."""
        marks = ", ".join("?" * len(statuses))
        sql = (
            f"SELECT {_JOURNEY_COLUMNS} FROM journeys "
            f"WHERE user_id = ? AND status IN ({marks}) ORDER BY last_at_us DESC, id"
        )
        params: list[Any] = [user_id, *statuses]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_journey(r) for r in self.db.query(sql, params)]

    def journey(self, user_id: int, ref: str) -> JourneyRow:
        """One journey by its id (decimal, or a hex prefix as shown) or a NotFoundError."""
        clauses, params = _ref_ranges(ref)
        rows = (
            [
                _journey(r)
                for r in self.db.query(
                    f"SELECT {_JOURNEY_COLUMNS} FROM journeys WHERE user_id = ? "
                    f"AND ({' OR '.join(clauses)}) LIMIT 3",
                    (user_id, *params),
                )
            ]
            if clauses
            else []
        )
        found = [j for j in rows if matches(j.id, ref)]
        if len(found) != 1:
            what = "no journey" if not found else f"{len(found)} journeys"
            raise NotFoundError(f"{what} match {ref!r}; see `journeys list`")
        return found[0]

    def placements(self, user_id: int) -> dict[int, tuple[int | None, int | None, int]]:
        """visit id → (journey, task, session) of every placed visit of the user."""
        return {
            int(r[0]): (r[1], r[2], int(r[3]))
            for r in self.db.iter_query(
                "SELECT visit_id, journey_id, task_id, session_id FROM journey_visits "
                "WHERE user_id = ?",
                (user_id,),
            )
        }

    def member_ids(self, user_id: int, journey_id: int) -> list[int]:
        """Visit ids of one journey, by rank then time."""
        return [
            int(r[0])
            for r in self.db.query(
                "SELECT jv.visit_id FROM journey_visits jv JOIN visits v ON v.id = jv.visit_id "
                "WHERE jv.user_id = ? AND jv.journey_id = ? ORDER BY jv.rank DESC, "
                "v.visited_at_us",
                (user_id, journey_id),
            )
        ]

    def top_visits(
        self, user_id: int, journey_ids: Sequence[int], per: int = 4
    ) -> dict[int, list[tuple[str, str | None, str, str | None, int, float]]]:
        """journey → its best-ranked visits (url, title, host, search terms, time, rank),
        one per page, for cards (read by rank through the index, a few per journey)."""
        out: dict[int, list[tuple[str, str | None, str, str | None, int, float]]] = {}
        sql = (
            "SELECT p.url, COALESCE(v.title, p.title), p.host, v.search_terms, "
            "v.visited_at_us, jv.rank FROM journey_visits jv JOIN visits v ON v.id = jv.visit_id "
            "JOIN pages p ON p.id = v.page_id WHERE jv.user_id = ? AND jv.journey_id = ? "
            "AND NOT jv.habit ORDER BY jv.rank DESC LIMIT ?"
        )
        for j in journey_ids:
            mine: list[tuple[str, str | None, str, str | None, int, float]] = []
            seen: set[str] = set()
            for r in self.db.iter_query(sql, (user_id, j, per * 4)):
                if r[0] not in seen and len(mine) < per:
                    seen.add(r[0])
                    mine.append((r[0], r[1], r[2], r[3], int(r[4]), float(r[5])))
            out[j] = mine
        return out

    def journeys_with_host(self, user_id: int, host: str) -> set[int]:
        """Journeys with a visit to a site (or its subdomains)."""
        site = host.lower().strip().removeprefix("www.")
        return {
            int(r[0])
            for r in self.db.iter_query(
                "SELECT DISTINCT jv.journey_id FROM journey_visits jv JOIN visits v "
                "ON v.id = jv.visit_id JOIN pages p ON p.id = v.page_id WHERE jv.user_id = ? "
                "AND jv.journey_id IS NOT NULL AND (p.host = ? OR p.host LIKE ?)",
                (user_id, site, "%." + site),
            )
        }


_DECIMAL = re.compile(r"-?[0-9]{1,20}")


def short_id(journey_id: int) -> str:
    """The id as people see it: 16 hex digits (a unique prefix is enough to name it)."""
    return format(journey_id & 0xFFFF_FFFF_FFFF_FFFF, "016x")


def matches(journey_id: int, ref: str) -> bool:
    """True when ``ref`` names the journey: its decimal id or a prefix of its hex id."""
    ref = ref.strip().lower()
    if _DECIMAL.fullmatch(ref) and int(ref) == journey_id:
        return True
    return len(ref) >= 4 and short_id(journey_id).startswith(ref)


_HEX_PREFIX = re.compile(r"[0-9a-f]{4,16}")
_INT64 = 1 << 63


def _ref_ranges(ref: str) -> tuple[list[str], list[int]]:
    """SQL conditions on ``id`` that hold for every journey ``ref`` may name: its decimal
    value, and the range of ids whose hex form starts with it."""
    ref = ref.strip().lower()
    clauses: list[str] = []
    params: list[int] = []
    if _DECIMAL.fullmatch(ref) and -_INT64 <= int(ref) < _INT64:
        clauses.append("id = ?")
        params.append(int(ref))
    if _HEX_PREFIX.fullmatch(ref):
        shift = 4 * (16 - len(ref))
        low = int(ref, 16) << shift
        high = low + (1 << shift) - 1
        if low >= _INT64:  # the upper half of the unsigned ids are the negative ones
            low, high = low - 2 * _INT64, high - 2 * _INT64
        clauses.append("id BETWEEN ? AND ?")
        params += [low, high]
    return clauses, params


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
