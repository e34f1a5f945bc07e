"""Pick up where you left off: the unfinished journeys that still matter, with the pages to
reopen and the searches to run again; and the same as calendar reminders (.ics)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import icalendar

from journeys.engine.intent import Step
from journeys.engine.outcome import Assessment
from journeys.engine.resume import (
    Priority,
    Reopen,
    ResumeParams,
    next_searches,
    pages_to_reopen,
    priority,
)
from journeys.engine.status import Status, StatusParams
from journeys.services.status import JourneyWithStatus, facts_of, now_us, user_statuses
from journeys.storage.journeys import BuildRow, JourneyRow, JourneyStore, short_id

_DAY_US = 86_400_000_000


@dataclass(frozen=True, slots=True)
class ResumeItem:
    """One journey to pick up again."""

    journey: JourneyRow
    status: Status
    priority: Priority
    pages: list[Reopen]
    searches: list[str]


def _step(r: BuildRow) -> Step:
    return Step(r.time_us, r.url, r.host, r.title, r.search_terms)


def resume_list(
    journeys: JourneyStore,
    user_id: int,
    *,
    at_us: int | None = None,
    status_params: StatusParams | None = None,
    params: ResumeParams | None = None,
    limit: int = 10,
    statuses: Sequence[JourneyWithStatus] | None = None,
) -> list[ResumeItem]:
    """Unfinished journeys of the last weeks, most likely to still matter first (hidden,
    dismissed and snoozed ones left out)."""
    now = at_us if at_us is not None else now_us()
    p = params or ResumeParams()
    since = now - int(p.days * _DAY_US)
    ranked: list[tuple[Priority, JourneyRow, Status, Assessment]] = []
    found = (
        statuses
        if statuses is not None
        else user_statuses(journeys, user_id, at_us=now, params=status_params)
    )
    for js in found:
        row, a = js.row, js.assessment
        if js.status.status != "unfinished" or a is None or row.status in ("hidden", "dismissed"):
            continue
        if js.status.part_of is not None:
            continue  # a piece of a task another journey holds: that one is listed
        if row.last_at_us < since or (row.snoozed_until_us or 0) > now:
            continue
        ranked.append((priority(facts_of(row), a, now, p), row, js.status, a))
    ranked.sort(key=lambda t: (-t[0].score, -t[1].last_at_us))
    out = []
    for prio, row, status, a in ranked[:limit]:
        # the latest visits are where the person stopped (and bound the work)
        steps = [_step(r) for r in journeys.recent_rows_of(user_id, row.id, 500)]
        out.append(ResumeItem(row, status, prio, pages_to_reopen(steps, a), next_searches(steps)))
    return out


def resume_ics(items: Sequence[ResumeItem], *, at_us: int | None = None) -> bytes:
    """A calendar of reminders, one to-do per journey: due tomorrow morning, or two weeks
    before the dates it is for when those come sooner."""
    now = datetime.fromtimestamp((at_us if at_us is not None else now_us()) / 1e6, tz=UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//journeys//resume//EN")
    cal.add("version", "2.0")
    for item in items:
        due = (now + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
        if item.priority.next_date:
            text = item.priority.next_date
            when = datetime.fromisoformat(text if len(text) == 10 else text + "-01")
            soon = when.replace(tzinfo=UTC, hour=9) - timedelta(days=14)
            due = max(min(due, soon), now)
        todo = icalendar.Todo()
        todo.add("uid", f"{short_id(item.journey.id)}@journeys.resume")
        todo.add("dtstamp", now)
        todo.add("summary", f"Pick up: {item.journey.title}")
        lines = [item.status.reason, ""]
        lines += [f"{page.title} — {page.url}" for page in item.pages]
        if item.searches:
            lines += ["", "Search again: " + "; ".join(item.searches)]
        todo.add("description", "\n".join(lines))
        todo.add("due", due)
        if item.pages:
            todo.add("url", item.pages[0].url)
        cal.add_component(todo)
    return bytes(cal.to_ical())
