"""Resume: unfinished journeys ranked by how likely they still matter, each with the pages to
reopen and the searches to run again.

The rank weighs the kind of task (a booking or an application matters more than a purchase
compared), the effort already spent, how long ago it went quiet (halved every two weeks) and
the dates it is for (a trip in April matters more as April nears, and little once it passed).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from journeys.engine.intent import Step, is_intent_site
from journeys.engine.noise import is_broad, is_broad_shop
from journeys.engine.outcome import Assessment
from journeys.engine.status import JourneyFacts

_DAY_US = 86_400_000_000
_WEIGHT = {"travel": 1.0, "jobs": 1.0, "paperwork": 1.0, "shopping": 0.8}


@dataclass(frozen=True, slots=True, kw_only=True)
class ResumeParams:
    """How far back resume looks and how fast a quiet task fades."""

    days: float = 60.0
    half_life_days: float = 14.0
    horizon_days: float = 120.0

    def __post_init__(self) -> None:
        if self.days <= 0 or self.half_life_days <= 0 or self.horizon_days <= 0:
            raise ValueError("days, half_life_days and horizon_days must be > 0")


@dataclass(frozen=True, slots=True)
class Priority:
    """How much an unfinished journey still matters, and why."""

    score: float
    why: tuple[str, ...]
    next_date: str | None


@dataclass(frozen=True, slots=True)
class Reopen:
    """A page to open again, and why this one."""

    url: str
    title: str
    host: str
    time_us: int
    why: str


def _as_date(text: str) -> date:
    return date.fromisoformat(text if len(text) == 10 else text + "-01")


def _show_date(text: str) -> str:
    d = _as_date(text)
    return f"{d:%B %Y}" if len(text) == 7 else f"{d.day} {d:%b %Y}"


def priority(f: JourneyFacts, a: Assessment, now_us: int, params: ResumeParams) -> Priority:
    """How much an unfinished journey still matters now."""
    why: list[str] = []
    weight = _WEIGHT.get(a.intent, 0.5)
    why.append(a.intent)
    days = max(1, round((f.last_at_us - f.first_at_us) / _DAY_US))
    effort = 1.0 + math.log1p(f.visit_count) + 0.5 * math.log1p(f.search_count)
    effort += 0.3 * min(f.session_count - 1, 5)
    why.append(f"{f.visit_count} visits, {f.search_count} searches over {days} day(s)")
    age = max(0.0, (now_us - f.last_at_us) / _DAY_US)
    recency = 0.5 ** (age / params.half_life_days)
    why.append(f"quiet for {age:.0f} day(s)")
    score = weight * effort * recency
    if a.pending:
        score *= 1.5
        why.append("reached a checkout or form")
    today = datetime.fromtimestamp(now_us / 1_000_000, tz=UTC).date()
    # a day (2027-04-03) says more than its month (2027-04): it sorts first within the month
    ahead = sorted(
        (d for d in a.dates if _as_date(d) >= today.replace(day=1)),
        key=lambda d: (d[:7], len(d) != 10, d),
    )
    next_date = ahead[0] if ahead else None
    if next_date is not None:
        until = (_as_date(next_date) - today).days
        score *= 1.0 + max(0.0, 1.0 - until / params.horizon_days)
        why.append(f"for {_show_date(next_date)}")
    elif a.dates:
        score *= 0.3
        why.append(f"its dates ({_show_date(a.dates[-1])}) have passed")
    return Priority(round(score, 6), tuple(why), next_date)


def pages_to_reopen(steps: Sequence[Step], a: Assessment, *, limit: int = 6) -> list[Reopen]:
    """Where the person stopped: the last checkout or form, the last page looked at on each
    site (newest first), then the last search."""
    out: list[Reopen] = []
    seen: set[str] = set()

    def add(s: Step, why: str) -> None:
        if s.url not in seen and len(out) < limit:
            seen.add(s.url)
            out.append(Reopen(s.url, s.title or s.url, s.host, s.time_us, why))

    pending = {e.url for e in a.pending}
    for s in reversed(steps):
        if s.url in pending:
            add(s, "where you stopped")
            break
    last_by_site: dict[str, Step] = {}
    for s in reversed(steps):
        if s.query or not s.host or s.host in last_by_site or s.url in pending:
            continue
        if is_broad(s.host) and not is_broad_shop(s.host):
            continue
        last_by_site[s.host] = s
    # sites where the task is done (booking, shops, airlines) before guides and reviews
    known = [s for h, s in last_by_site.items() if is_intent_site(h, a.intent)]
    for s in known + [s for s in last_by_site.values() if s not in known]:
        add(s, f"the last page you looked at on {s.host.removeprefix('www.')}")
    searches = [s for s in steps if s.query]
    if searches:
        add(searches[-1], "your last search")
    return out


def next_searches(steps: Sequence[Step], *, limit: int = 3) -> list[str]:
    """The journey's own searches, newest first, without repeats."""
    out: list[str] = []
    for s in reversed(steps):
        q = " ".join((s.query or "").split())
        if q and q.lower() not in {o.lower() for o in out}:
            out.append(q)
        if len(out) == limit:
            break
    return out
