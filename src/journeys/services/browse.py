"""What people do with built journeys: list them, open one, and edit them (edits are stored
and replayed after every rebuild, and take effect at once)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from journeys.engine.edits import Edit
from journeys.engine.intent import INTENTS
from journeys.engine.status import STATUSES, Status, StatusParams
from journeys.errors import ConfigError, NotFoundError
from journeys.ids import stable_id
from journeys.models import StoredVisit, VisitFilter
from journeys.services.journeys import JourneyBuilder
from journeys.services.status import JourneyWithStatus, with_statuses
from journeys.storage import Store
from journeys.storage.journeys import MARKS, VISIBLE_MARKS, JourneyRow, JourneyStore, short_id

_MAX_TITLE = 200


@dataclass(frozen=True, slots=True)
class RankedVisit:
    """A visit of a journey with its rank and its session and task."""

    visit: StoredVisit
    rank: float
    session_id: int
    task_id: int | None
    habit: bool


@dataclass(frozen=True, slots=True)
class JourneyDetail:
    """One journey, its searches, and its visits by rank."""

    journey: JourneyRow
    queries: list[str]
    visits: list[RankedVisit]
    status: Status


def list_journeys(
    journeys: JourneyStore,
    user_id: int,
    *,
    hidden: bool = False,
    limit: int | None = None,
    status: str | None = None,
    intent: str | None = None,
    at_us: int | None = None,
    params: StatusParams | None = None,
) -> list[JourneyWithStatus]:
    """Journeys with their statuses, newest activity first; hidden ones only when asked,
    only one status or intent when given."""
    if status is not None and status not in STATUSES:
        raise ConfigError(f"status: {status!r} is not one of {', '.join(STATUSES)}")
    if intent is not None and intent not in INTENTS:
        raise ConfigError(f"intent: {intent!r} is not one of {', '.join(INTENTS)}")
    everyone = journeys.journeys(user_id, statuses=MARKS)
    shown = everyone if hidden else [r for r in everyone if r.status in VISIBLE_MARKS]
    if intent is not None:
        shown = [r for r in shown if r.intent == intent]
    found = with_statuses(shown, at_us=at_us, params=params, everyone=everyone)
    if status is not None:
        found = [j for j in found if j.status.status == status]
    return found[:limit] if limit is not None else found


def journey_detail(
    store: Store,
    journeys: JourneyStore,
    user_id: int,
    ref: str,
    *,
    at_us: int | None = None,
    params: StatusParams | None = None,
    known: Mapping[int, JourneyWithStatus] | None = None,
) -> JourneyDetail:
    """A journey by id or hex prefix, with its status and its visits ranked (ties oldest
    first)."""
    row = journeys.journey(user_id, ref)
    if known is not None and row.id in known:
        status = known[row.id].status
    else:
        everyone = journeys.journeys(user_id, statuses=MARKS)
        status = with_statuses([row], at_us=at_us, params=params, everyone=everyone)[0].status
    visits = list(store.iter_visits(user_id, VisitFilter(journey_id=row.id, newest_first=False)))
    placed = journeys.placement_details(user_id, [v.id for v in visits])
    ranked = [
        RankedVisit(v, placed[v.id][0], placed[v.id][1], placed[v.id][2], placed[v.id][3])
        for v in visits
    ]
    ranked.sort(key=lambda r: (-r.rank, r.visit.visited_at_us))
    queries = list(dict.fromkeys(v.search_terms for v in visits if v.search_terms))
    return JourneyDetail(row, queries, ranked, status)


def visit_ref(store: Store, user_id: int, ref: str) -> int:
    """A visit id from its decimal id or its 16 hex digits as `journeys show` prints them."""
    text = ref.strip().lower()
    if re.fullmatch(r"-?[0-9]{1,19}", text):
        value = int(text)
    elif re.fullmatch(r"[0-9a-f]{1,16}", text):
        value = int(text, 16)
    else:
        raise ConfigError(f"visit id {ref!r}: not a number or 16 hex digits")
    if value >= 1 << 63:
        value -= 1 << 64
    if not -(1 << 63) <= value < 1 << 63:
        raise ConfigError(f"visit id {ref!r}: out of range")
    found = store.db.scalar(
        "SELECT COUNT(*) FROM visits WHERE user_id = ? AND id = ?", (user_id, value)
    )
    if not found:
        raise NotFoundError(f"no visit {ref!r}; `journeys show ID` lists visit ids")
    return value


class Editor:
    """Edits of one user's journeys."""

    def __init__(self, store: Store, builder: JourneyBuilder, user_id: int) -> None:
        self.store = store
        self.journeys = builder.store
        self.builder = builder
        self.user_id = user_id

    def rename(self, ref: str, title: str) -> JourneyRow:
        """Give a journey the person's own title."""
        title = " ".join(title.split())
        if not title or len(title) > _MAX_TITLE:
            raise ConfigError(f"title: must be 1 to {_MAX_TITLE} characters")
        row = self.journeys.journey(self.user_id, ref)
        self.journeys.add_edit(self.user_id, Edit("rename", row.id, value=title))
        self.journeys.set_fields(self.user_id, row.id, title=title)
        return self.journeys.journey(self.user_id, short_id(row.id))

    def set_status(self, ref: str, kind: str) -> JourneyRow:
        """hide, done, dismiss (from resume) or reopen a journey."""
        row = self.journeys.journey(self.user_id, ref)
        mark = {"hide": "hidden", "done": "done", "dismiss": "dismissed", "reopen": "open"}[kind]
        self.journeys.add_edit(self.user_id, Edit(kind, row.id))
        if kind == "reopen":
            self.journeys.set_fields(self.user_id, row.id, status=mark, snoozed_until_us=None)
        else:
            self.journeys.set_fields(self.user_id, row.id, status=mark)
        return self.journeys.journey(self.user_id, short_id(row.id))

    def snooze(self, ref: str, until_us: int) -> JourneyRow:
        """Keep a journey out of resume until a moment (kept across rebuilds)."""
        row = self.journeys.journey(self.user_id, ref)
        self.journeys.add_edit(self.user_id, Edit("snooze", row.id, value=str(until_us)))
        self.journeys.set_fields(self.user_id, row.id, snoozed_until_us=until_us)
        return self.journeys.journey(self.user_id, short_id(row.id))

    def merge(self, ref: str, into: str) -> JourneyRow:
        """Move every visit of one journey into another; the first one is gone."""
        source = self.journeys.journey(self.user_id, ref)
        target = self.journeys.journey(self.user_id, into)
        if source.id == target.id:
            raise ConfigError("merge: a journey cannot be merged into itself")
        self.journeys.add_edit(self.user_id, Edit("merge", source.id, target=target.id))
        self._place(self.journeys.member_ids(self.user_id, source.id), target.id)
        self.builder.refresh(self.user_id, {source.id, target.id})
        return self.journeys.journey(self.user_id, short_id(target.id))

    def move(self, visit: str, to: str | None) -> JourneyRow | None:
        """Move one visit to another journey, or out of every journey (``to`` is None)."""
        visit_id = visit_ref(self.store, self.user_id, visit)
        placed = self.journeys.placements_of(self.user_id, [visit_id])
        if visit_id not in placed:
            raise NotFoundError(f"visit {visit!r} is not placed yet; run `journeys build`")
        target = self.journeys.journey(self.user_id, to).id if to is not None else None
        old = placed[visit_id][0]
        self.journeys.add_edit(self.user_id, Edit("move", visit=visit_id, target=target))
        self._place([visit_id], target)
        self.builder.refresh(self.user_id, {j for j in (old, target) if j is not None})
        return self.journeys.journey(self.user_id, short_id(target)) if target else None

    def _place(self, visit_ids: list[int], target: int | None) -> None:
        placed = self.journeys.placements_of(self.user_id, visit_ids)
        tasks: dict[int, int | None] = {
            v: stable_id("task", self.user_id, placed[v][2], target) if target else None
            for v in visit_ids
            if v in placed
        }
        self.journeys.place(self.user_id, visit_ids, target, tasks)
