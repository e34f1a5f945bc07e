"""Every journey's status with a short human reason: ``active`` (recent activity),
``unfinished`` (went quiet with something pending and no completion), ``completed`` or
``dormant`` (went quiet with nothing pending).

Read from the stored assessments at the moment of asking, so a journey becomes unfinished by
going quiet, without a rebuild. A journey's own completion can also be found in a later
journey of the same intent on the same site (grouping may have split one task in two).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from journeys.engine.intent import CHORES, LABELS, is_intent_site
from journeys.engine.outcome import Assessment, Evidence, day_of

STATUSES = ("active", "unfinished", "completed", "dormant")
_HOUR_US = 3_600_000_000
# sites that review and compare, where nothing is bought or booked
_REVIEWS = frozenset(
    [
        "wirecutter",
        "rtings",
        "tripadvisor",
        "lonelyplanet",
        "japan-guide",
        "notebookcheck",
        "techradar",
        "tomsguide",
        "cnet",
        "theverge",
        "consumerreports",
        "glassdoor",
    ]
)
_DAY_US = 24 * _HOUR_US


@dataclass(frozen=True, slots=True)
class JourneyFacts:
    """What status needs of a stored journey."""

    id: int
    title: str
    first_at_us: int
    last_at_us: int
    visit_count: int
    search_count: int
    session_count: int
    mark: str
    assessment: Assessment | None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Status:
    """A journey's status and why."""

    status: str
    reason: str
    part_of: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StatusParams:
    """When a journey counts as quiet, and how far a later completion may be."""

    active_hours: float = 12.0
    moved_on_hours: float = 2.0
    finish_within_days: float = 30.0

    def __post_init__(self) -> None:
        if min(self.active_hours, self.moved_on_hours, self.finish_within_days) < 0:
            raise ValueError("active_hours, moved_on_hours and finish_within_days must be >= 0")


def _ago(now_us: int, then_us: int) -> str:
    hours = max(0.0, (now_us - then_us) / _HOUR_US)
    if hours < 1:
        return "less than an hour ago"
    if hours < 48:
        return f"{int(hours)} hour{'s' if int(hours) != 1 else ''} ago"
    return f"{int(hours // 24)} days ago"


def _sites(names: Sequence[str], limit: int = 3) -> str:
    shown = ", ".join(n.removeprefix("www.") for n in names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _span(f: JourneyFacts) -> str:
    days = (f.last_at_us - f.first_at_us) / _DAY_US
    return "in one day" if days < 1 else f"over {round(days) or 1} days"


def _what(intent: str) -> str:
    return {
        "travel": "booking confirmation",
        "shopping": "order confirmation",
        "jobs": "application sent",
        "paperwork": "submission confirmed",
    }.get(intent, "confirmation")


def pending_reason(f: JourneyFacts, a: Assessment) -> str | None:
    """Why the journey looks left undone, or None when nothing is pending."""
    missing = _what(a.intent)
    if a.pending:
        last = a.pending[-1]
        return f"reached {last.title!r} on {last.host.removeprefix('www.')} ({day_of(last.time_us)}); no {missing}"
    if a.intent not in CHORES or not a.intent_by_rules:
        # weaker signals count only for chores the journey's own words or sites name
        return None
    if len(a.compared) >= 2 and f.search_count >= 1:
        topic = LABELS[a.intent].split(" and ")[0]
        return (
            f"{topic}: compared {len(a.compared)} sites ({_sites(a.compared)}) {_span(f)}; "
            f"no {missing}"
        )
    if a.repeated:
        return f"searched “{a.repeated[0]}” again days apart; no {missing}"
    offices = [h for h in a.compared if is_intent_site(h, a.intent)]
    if a.intent in ("paperwork", "jobs") and offices:
        return f"looked into it on {_sites(offices)}; no {missing}"
    shops = [h for h in offices if not _REVIEWS & set(h.split("."))]
    shops += [h for h in a.offers if h not in shops]
    if shops and f.search_count >= 1 and f.visit_count >= 3:
        # searched, then looked at offers (rooms, fares, products) where they are booked or
        # bought
        return f"looked at options on {_sites(shops)}; no {missing}"
    return None


def _completion(a: Assessment, pending_after: int | None) -> Evidence | None:
    if not a.done:
        return None
    if pending_after is not None and pending_after > a.done[-1].time_us + _HOUR_US:
        return None  # a new checkout after the confirmation: something new is pending
    # the first confirmation after the last checkout says it best ("Thank you for your order")
    after = [e for e in a.done if pending_after is None or e.time_us >= pending_after]
    return after[0] if after else a.done[-1]


def _finished_elsewhere(
    f: JourneyFacts, others: Sequence[JourneyFacts], params: StatusParams
) -> tuple[JourneyFacts, Evidence] | None:
    """A later journey of the same intent that ended on a confirmation on a site this one
    used, or whose searches and keywords share a distinctive word with this one's: the same
    task, split by grouping."""
    a = f.assessment
    if a is None:
        return None
    sites = {e.host for e in a.pending} | set(a.compared)
    words = _terms(a.queries) | _terms(f.keywords)
    limit = f.last_at_us + int(params.finish_within_days * _DAY_US)
    for o in others:
        b = o.assessment
        if o.id == f.id or b is None or b.intent != a.intent:
            continue
        near = bool(words & (_terms(b.queries) | _terms(o.keywords)))
        for e in b.done:
            if f.first_at_us <= e.time_us <= limit and (e.host in sites or near):
                return o, e
    return None


def status_of(
    f: JourneyFacts,
    now_us: int,
    params: StatusParams,
    others: Sequence[JourneyFacts] = (),
    latest_us: int | None = None,
) -> Status:
    """One journey's status (``others``: the user's other journeys; ``latest_us``: the
    person's latest visit in any journey). A journey is active while its last visit is recent
    and the person has not moved on to other things for ``moved_on_hours`` since."""
    if f.mark == "done":
        return Status("completed", "you marked it done")
    a = f.assessment
    moved_on = latest_us is not None and latest_us - f.last_at_us >= (
        params.moved_on_hours * _HOUR_US
    )
    quiet = moved_on or now_us - f.last_at_us >= params.active_hours * _HOUR_US
    if a is not None:
        pending_at = a.pending[-1].time_us if a.pending else None
        done = _completion(a, pending_at)
        if done is not None:
            return Status(
                "completed",
                f"{done.title!r} on {done.host.removeprefix('www.')} ({day_of(done.time_us)})",
            )
    if f.mark == "dismissed":
        return Status("dormant", "you dismissed it from resume")
    if not quiet:
        return Status("active", f"last visit {_ago(now_us, f.last_at_us)}")
    if a is None:
        return Status("dormant", f"quiet since {day_of(f.last_at_us)}")
    if a.intent == "fixing" and a.fix_found and not a.pending:
        page = f": {a.last_page!r}" if a.last_page else ""
        return Status("completed", f"the searching stopped after the last page read{page}")
    why = pending_reason(f, a)
    if why is not None:
        elsewhere = _finished_elsewhere(f, others, params)
        if elsewhere is not None:
            o, e = elsewhere
            return Status(
                "completed",
                f"finished in “{o.title}”: {e.title!r} on {e.host.removeprefix('www.')} "
                f"({day_of(e.time_us)})",
            )
        return Status("unfinished", why)
    return Status("dormant", f"quiet since {day_of(f.last_at_us)}; nothing pending")


_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "with",
        "how",
        "what",
        "best",
        "vs",
        "near",
        "from",
        "my",
        "is",
        "are",
        "do",
        "does",
        "can",
        "cheap",
        "cheapest",
        "price",
        "prices",
        "review",
        "reviews",
        "deal",
        "deals",
        "buy",
        "sale",
        "new",
        "used",
        "online",
        "flight",
        "flights",
        "hotel",
        "hotels",
        "trip",
        "travel",
        "tickets",
        "ticket",
        "booking",
        "book",
        "job",
        "jobs",
        "tax",
        "taxes",
        "form",
        "apply",
        "application",
        "2024",
        "2025",
        "2026",
        "2027",
        "2028",
    ]
)


def _terms(queries: Sequence[str]) -> set[str]:
    return {w for q in queries for w in q.lower().split() if len(w) > 2 and w not in _STOP}


class _Kin:
    """Which chores may be one task split by grouping: the same intent and a shared site, or
    searches and keywords sharing a distinctive word (a place, a product, a company). Words
    and sites are worked out once and indexed, so finding a journey's kin is not a scan of
    every journey."""

    def __init__(self, chores: Sequence[JourneyFacts]) -> None:
        self.position = {f.id: k for k, f in enumerate(chores)}
        self.facts = list(chores)
        self.keys: dict[int, set[tuple[str, str]]] = {}
        self.holders: dict[tuple[str, str], list[int]] = {}
        for k, f in enumerate(chores):
            a = f.assessment
            if a is None:
                continue
            words = _terms(a.queries) | _terms(f.keywords)
            keys = {(a.intent, "site:" + h) for h in a.compared}
            keys |= {(a.intent, "word:" + w) for w in words}
            self.keys[f.id] = keys
            for key in keys:
                self.holders.setdefault(key, []).append(k)

    def of(self, f: JourneyFacts) -> list[JourneyFacts]:
        """f's kin, in the order the chores were given (f left out)."""
        found = {k for key in self.keys.get(f.id, ()) for k in self.holders[key]}
        found.discard(self.position.get(f.id, -1))
        return [self.facts[k] for k in sorted(found)]


def _piece_of_unfinished(
    f: JourneyFacts, found: dict[int, Status], kin: _Kin, params: StatusParams
) -> JourneyFacts | None:
    a = f.assessment
    if a is None or a.intent not in CHORES or found[f.id].status != "dormant" or f.mark != "open":
        return None
    window = int(params.finish_within_days * _DAY_US)
    for o in kin.of(f):
        if found[o.id].status != "unfinished":
            continue
        if o.first_at_us - window <= f.last_at_us and f.first_at_us <= o.last_at_us + window:
            return o
    return None


def _later_unfinished(
    f: JourneyFacts, found: dict[int, Status], kin: _Kin, params: StatusParams
) -> JourneyFacts | None:
    """A later unfinished journey of the same chore: resume lists that one only."""
    window = int(params.finish_within_days * _DAY_US)
    for o in kin.of(f):
        if found[o.id].status != "unfinished" or found[o.id].part_of:
            continue
        later = (o.last_at_us, o.id) > (f.last_at_us, f.id)
        if later and o.first_at_us - window <= f.last_at_us:
            return o
    return None


def statuses(
    facts: Sequence[JourneyFacts], now_us: int, params: StatusParams | None = None
) -> dict[int, Status]:
    """The status of each of a user's journeys. A quiet piece of a chore that a later journey
    of the same task finished is completed with it; one that another, unfinished journey of
    the same task holds (same sites or searches) is unfinished too."""
    p = params or StatusParams()
    finishing = [f for f in facts if f.assessment is not None and f.assessment.done]
    latest = max((f.last_at_us for f in facts), default=None)
    found = {f.id: status_of(f, now_us, p, finishing, latest) for f in facts}
    chores = [f for f in facts if f.assessment is not None and f.assessment.intent in CHORES]
    kin = _Kin(chores)
    for f in chores:
        if found[f.id].status != "dormant" or f.mark != "open":
            continue
        elsewhere = _finished_elsewhere(f, finishing, p)
        if elsewhere is not None:
            o, e = elsewhere
            found[f.id] = Status(
                "completed",
                f"finished in “{o.title}”: {e.title!r} on {e.host.removeprefix('www.')} "
                f"({day_of(e.time_us)})",
                part_of=o.id,
            )
            continue
        whole = _piece_of_unfinished(f, found, kin, p)
        if whole is not None:
            reason = f"part of “{whole.title}”: {found[whole.id].reason}"
            found[f.id] = Status("unfinished", reason, part_of=whole.id)
    for f in chores:
        if found[f.id].status == "unfinished" and found[f.id].part_of is None:
            later = _later_unfinished(f, found, kin, p)
            if later is not None:
                found[f.id] = Status("unfinished", found[f.id].reason, part_of=later.id)
    return found
