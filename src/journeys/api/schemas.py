"""The REST API's shapes (pydantic lives only at this edge)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from journeys.services.export import hex_id
from journeys.services.views import Card
from journeys.storage.journeys import JourneyRow
from journeys.times import us_to_iso


class ErrorBody(BaseModel):
    """What went wrong."""

    code: str = Field(description="A stable machine-readable code, e.g. not_found.")
    message: str = Field(description="One line for people; names the field when it is one.")


class ErrorOut(BaseModel):
    """Every error answer has this shape."""

    error: ErrorBody


class PageOut(BaseModel):
    """A page of a journey: its address, title and site."""

    url: str
    title: str
    site: str


class JourneyOut(BaseModel):
    """A journey's summary."""

    id: str = Field(description="16 hex digits; a unique prefix of 4+ also works in paths.")
    title: str
    status: Literal["active", "unfinished", "completed", "dormant"]
    status_reason: str
    intent: str
    mark: Literal["open", "done", "hidden", "dismissed"]
    started_at: str
    last_visit_at: str
    visits: int
    searches: int
    sessions: int
    keywords: list[str]
    top_pages: list[PageOut] = []
    queries: list[str] = []


class JourneyList(BaseModel):
    """A page of journeys, newest activity first."""

    items: list[JourneyOut]
    total: int
    next_offset: int | None


class VisitOut(BaseModel):
    """One visit."""

    id: str
    url: str
    title: str | None
    visited_at: str
    site: str
    search_terms: str | None
    source: str
    journey_id: str | None


class RankedVisitOut(VisitOut):
    """A visit of a journey, with its rank and sitting."""

    rank: float
    session_id: str


class JourneyDetailOut(JourneyOut):
    """A journey with its visits by rank."""

    ranked_visits: list[RankedVisitOut]


class VisitList(BaseModel):
    """A page of the history, newest first; pass ``next_before`` as ``before`` for more."""

    items: list[VisitOut]
    next_before: str | None


class JourneyPatch(BaseModel):
    """What a person may change of a journey; every change survives rebuilds."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    mark: Literal["open", "done", "hidden", "dismissed"] | None = None
    snoozed_until: datetime | None = Field(
        default=None, description="Keep it out of resume until then (with a UTC offset)."
    )


class MergeIn(BaseModel):
    """Merge this journey into another."""

    into: str = Field(min_length=4, max_length=20, description="The journey that stays.")


class MoveIn(BaseModel):
    """Move a visit to a journey, or out of every journey (null)."""

    to: str | None = Field(default=None, min_length=4, max_length=20)


class SearchGroupOut(BaseModel):
    """Matches in one journey (or in none), and how close the journey is in meaning."""

    journey: JourneyOut | None
    meaning: float
    visits: list[VisitOut]


class SearchOut(BaseModel):
    """Search results grouped by journey."""

    query: str
    groups: list[SearchGroupOut]


class ImportOut(BaseModel):
    """What an upload imported."""

    file: str
    kind: str
    new: int
    known: int
    skipped: int
    problems: int
    error: str | None
    journeys: int


class ImportJobOut(BaseModel):
    """An import running in the background: how far it got, then what it imported."""

    id: str = Field(description="The job's id, to ask for it again.")
    file: str
    size: int = Field(description="Bytes uploaded.")
    state: Literal["queued", "importing", "building", "done", "failed"]
    reading: str | None = Field(description="The input being read (a file inside a zip).")
    rows: int = Field(description="Rows read so far (row-by-row imports only).")
    rows_total: int | None = Field(description="Rows the input holds, when known.")
    started_at: str
    finished_at: str | None
    result: ImportOut | None = Field(description="What was imported, once done.")
    error: str | None = Field(description="Why it failed, when it did.")


class StatsOut(BaseModel):
    """Counts of the person's history."""

    visits: int
    pages: int
    searches: int
    journeys: int
    first_visit_at: str | None
    last_visit_at: str | None


class DeletedOut(BaseModel):
    """How many visits a delete removed (everywhere)."""

    deleted: int


def journey_out(row: JourneyRow, status: str, reason: str, card: Card | None = None) -> JourneyOut:
    """A stored journey in the API's shape."""
    return JourneyOut(
        id=hex_id(row.id) or "",
        title=row.title,
        status=status,  # type: ignore[arg-type]
        status_reason=reason,
        intent=row.intent,
        mark=row.status,  # type: ignore[arg-type]
        started_at=us_to_iso(row.first_at_us),
        last_visit_at=us_to_iso(row.last_at_us),
        visits=row.visit_count,
        searches=row.search_count,
        sessions=row.session_count,
        keywords=list(row.keywords),
        top_pages=[PageOut(url=p.url, title=p.title, site=p.host) for p in card.pages]
        if card
        else [],
        queries=card.searches if card else [],
    )


class ReopenOut(BaseModel):
    """A page to open again, and why this one."""

    url: str
    title: str
    site: str
    visited_at: str
    why: str


class ResumeItemOut(BaseModel):
    """An unfinished journey worth picking up."""

    journey: JourneyOut
    score: float
    why_now: list[str]
    dates_for: str | None
    reopen: list[ReopenOut]
    search_again: list[str]


class ImportRecordOut(BaseModel):
    """One import as recorded: where from, when, its status and counts."""

    id: int
    file: str
    kind: str | None
    started_at: str
    finished_at: str | None
    status: str
    new: int
    known: int
    skipped: int
    problems: int
    error: str | None
