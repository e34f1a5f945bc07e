"""Exports of a user's history: the versioned JSON contract, CSV and Markdown.

Writers stream visit by visit, so a history of millions of visits needs little memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any, TextIO

from journeys.engine.status import Status, StatusParams
from journeys.models import StoredVisit, VisitFilter
from journeys.services.status import JourneyWithStatus, with_statuses
from journeys.storage import Store
from journeys.storage.journeys import MARKS, JourneyRow, JourneyStore
from journeys.times import us_to_datetime, us_to_iso

EXPORT_VERSION = 1
FORMATS = ("json", "csv", "md")
CSV_COLUMNS = (
    "visited_at",
    "url",
    "title",
    "source",
    "search_terms",
    "transition",
    "referrer_url",
    "journey_id",
    "task_id",
    "session_id",
)


def hex_id(value: int | None) -> str | None:
    """An id as 16 hex digits (how journeys, tasks and sessions are shown), or None."""
    return None if value is None else format(value & 0xFFFF_FFFF_FFFF_FFFF, "016x")


def visit_record(v: StoredVisit, *, levels: bool = False) -> dict[str, Any]:
    """One visit in the export contract's VISIT shape (``levels``: plus its session and task
    ids, an extension outside the contract)."""
    record = {
        "url": v.url,
        "title": v.title,
        "visited_at": us_to_iso(v.visited_at_us),
        "source": v.source,
        "search_terms": v.search_terms,
        "transition": v.transition,
        "referrer_url": v.referrer_url,
    }
    if levels:
        record["session_id"] = hex_id(v.session_id)
        record["task_id"] = hex_id(v.task_id)
    return record


def journey_head(
    j: JourneyRow, status: Status, queries: list[str], *, levels: bool = False
) -> dict[str, Any]:
    """A journey's fields in the contract, without its visits (``levels``: plus keywords,
    intent and the person's mark)."""
    head = {
        "id": hex_id(j.id),
        "title": j.title,
        "status": status.status,
        "status_reason": status.reason,
        "started_at": us_to_iso(j.first_at_us),
        "last_visit_at": us_to_iso(j.last_at_us),
        "queries": queries,
    }
    if levels:
        head["keywords"] = list(j.keywords)
        head["intent"] = j.intent
        head["mark"] = j.status
    return head


def write_json(
    journeys: Iterable[tuple[JourneyWithStatus, list[StoredVisit]]],
    unassigned: Iterable[StoredVisit],
    out: TextIO,
    *,
    levels: bool = False,
) -> int:
    """The JSON contract (version 1): journeys with their visits, then unassigned visits."""
    out.write(f'{{"version": {EXPORT_VERSION},\n "journeys": [')
    count = 0
    first = True
    for js, visits in journeys:
        queries = list(dict.fromkeys(v.search_terms for v in visits if v.search_terms))
        record = journey_head(js.row, js.status, queries, levels=levels) | {
            "visits": [visit_record(v, levels=levels) for v in visits]
        }
        out.write("\n  " if first else ",\n  ")
        out.write(json.dumps(record, ensure_ascii=False))
        first = False
        count += len(visits)
    out.write("\n ],\n" if not first else "],\n")
    out.write(' "unassigned": [')
    n = 0
    for v in unassigned:
        out.write(",\n  " if n else "\n  ")
        out.write(json.dumps(visit_record(v, levels=levels), ensure_ascii=False))
        n += 1
    out.write("\n ]}\n" if n else "]}\n")
    return count + n


def write_csv(visits: Iterable[StoredVisit], out: TextIO) -> int:
    """One row per visit with a header, with its journey, task and session ids."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for v in visits:
        r = visit_record(v, levels=True)
        writer.writerow(
            [
                r["visited_at"],
                r["url"],
                r["title"] or "",
                r["source"],
                r["search_terms"] or "",
                r["transition"] or "",
                r["referrer_url"] or "",
                hex_id(v.journey_id) or "",
                r["task_id"] or "",
                r["session_id"] or "",
            ]
        )
        count += 1
    return count


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("\n", " ")


def write_markdown(
    journeys: Iterable[tuple[JourneyWithStatus, list[StoredVisit]]],
    unassigned: Iterable[StoredVisit],
    out: TextIO,
) -> int:
    """A readable page: each journey with its visits, then the other visits by day."""
    out.write("# Browsing history\n")
    count = 0
    for js, visits in journeys:
        j = js.row
        first, last = us_to_datetime(j.first_at_us).date(), us_to_datetime(j.last_at_us).date()
        when = first.isoformat() if first == last else f"{first} to {last}"
        out.write(f"\n## {_md(j.title)} ({when}, {len(visits)} visits, {js.status.status})\n\n")
        out.write(f"_{_md(js.status.reason)}_\n\n")
        for v in visits:
            out.write(_md_line(v, with_day=True))
            count += 1
    day = None
    header = False
    for v in unassigned:
        if not header:
            out.write("\n## Other visits\n")
            header = True
        moment = us_to_datetime(v.visited_at_us)
        if moment.date() != day:
            day = moment.date()
            out.write(f"\n### {day.isoformat()}\n\n")
        out.write(_md_line(v, with_day=False))
        count += 1
    if count == 0:
        out.write("\nNo visits.\n")
    return count


def _md_line(v: StoredVisit, *, with_day: bool) -> str:
    when = us_to_datetime(v.visited_at_us)
    stamp = f"{when:%Y-%m-%d %H:%M}" if with_day else f"{when:%H:%M}"
    label = _md(v.title or v.url)
    search = f" — searched **{_md(v.search_terms)}**" if v.search_terms else ""
    return f"- {stamp} [{label}](<{v.url}>){search} ({v.source})\n"


def export(
    store: Store,
    user_id: int,
    fmt: str,
    out: TextIO,
    f: VisitFilter | None = None,
    *,
    levels: bool = False,
    at_us: int | None = None,
    params: StatusParams | None = None,
) -> int:
    """Write the user's history in a format, journeys first (newest activity first, visits
    oldest first), then unassigned visits; returns how many visits were written."""
    base = f or VisitFilter()
    ordered = replace(base, newest_first=False)
    if fmt == "csv":
        return write_csv(store.iter_visits(user_id, ordered), out)
    rows = JourneyStore(store.db).journeys(user_id, statuses=MARKS)
    journeys = with_statuses(rows, at_us=at_us, params=params)

    def grouped() -> Iterator[tuple[JourneyWithStatus, list[StoredVisit]]]:
        for js in journeys:
            visits = list(store.iter_visits(user_id, replace(ordered, journey_id=js.row.id)))
            if visits:
                yield js, visits

    unassigned = store.iter_visits(user_id, replace(ordered, unassigned=True))
    if fmt == "json":
        return write_json(grouped(), unassigned, out, levels=levels)
    return write_markdown(grouped(), unassigned, out)
