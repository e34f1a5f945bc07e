"""Statuses of stored journeys (active, unfinished, completed, dormant) with their reasons,
worked out from the stored assessments at the moment of asking."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from journeys.engine.outcome import Assessment
from journeys.engine.status import JourneyFacts, Status, StatusParams, statuses
from journeys.storage.journeys import MARKS, JourneyRow, JourneyStore


def now_us() -> int:
    """The wall clock in microseconds."""
    return time.time_ns() // 1000


def facts_of(row: JourneyRow) -> JourneyFacts:
    """What status needs of a stored journey."""
    return JourneyFacts(
        row.id,
        row.title,
        row.first_at_us,
        row.last_at_us,
        row.visit_count,
        row.search_count,
        row.session_count,
        row.status,
        Assessment.from_json(row.assessment),
        row.keywords,
    )


@dataclass(frozen=True, slots=True)
class JourneyWithStatus:
    """A stored journey and its status now."""

    row: JourneyRow
    status: Status

    @property
    def assessment(self) -> Assessment | None:
        """Its stored outcome assessment."""
        return Assessment.from_json(self.row.assessment)


def with_statuses(
    rows: Sequence[JourneyRow],
    *,
    at_us: int | None = None,
    params: StatusParams | None = None,
    everyone: Sequence[JourneyRow] | None = None,
) -> list[JourneyWithStatus]:
    """The rows with their statuses (``everyone``: all the user's journeys, where a later
    completion of a split task may be found; defaults to ``rows``)."""
    base = everyone if everyone is not None else rows
    facts = [facts_of(r) for r in base]
    known = {f.id for f in facts}
    extra = [facts_of(r) for r in rows if r.id not in known]
    found = statuses(facts + extra, at_us if at_us is not None else now_us(), params)
    return [JourneyWithStatus(r, found[r.id]) for r in rows]


def statuses_from_facts(
    rows: Sequence[JourneyRow],
    facts: Sequence[JourneyFacts],
    *,
    at_us: int | None = None,
    params: StatusParams | None = None,
) -> list[JourneyWithStatus]:
    """Every row with its status, from facts already read (``facts_of`` of each row, in
    the same order): a clock moving on costs no reading or decoding."""
    found = statuses(facts, at_us if at_us is not None else now_us(), params)
    return [JourneyWithStatus(r, found[r.id]) for r in rows]


def user_statuses(
    journeys: JourneyStore,
    user_id: int,
    *,
    at_us: int | None = None,
    params: StatusParams | None = None,
) -> list[JourneyWithStatus]:
    """Every journey of the user (hidden ones too) with its status, newest activity first."""
    rows = journeys.journeys(user_id, statuses=MARKS)
    return with_statuses(rows, at_us=at_us, params=params)
