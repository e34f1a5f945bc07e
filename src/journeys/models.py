"""Plain domain records shared by every layer (frozen, slotted dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Visit:
    """One user-visible visit as an importer read it, before it is stored.

    Times are integer microseconds since 1970 UTC. ``referrer_*`` name the visit the user came
    from (for a redirect chain, the referrer of the chain's start, as Chrome's Journeys does);
    ``redirect_from_url`` the URL the chain started at when the page was reached by redirects.
    """

    url: str
    visited_at_us: int
    title: str | None = None
    search_terms: str | None = None
    transition: str | None = None
    transition_raw: int | None = None
    referrer_url: str | None = None
    referrer_at_us: int | None = None
    opener_url: str | None = None
    opener_at_us: int | None = None
    redirect_from_url: str | None = None
    duration_us: int | None = None
    foreground_us: int | None = None
    typed_input: str | None = None
    browser_visit_id: int | None = None
    synced: bool = False
    device: str | None = None
    scope: str = ""
    profile: str | None = None


@dataclass(frozen=True, slots=True)
class RowIssue:
    """A problem with one row of an input: counted, stored and shown, never fatal."""

    location: str
    message: str
    field: str | None = None


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What an input is: its family (chromium, firefox, …), the browser and the profile."""

    kind: str
    browser: str
    profile: str
    path: str


@dataclass(slots=True)
class ImportSummary:
    """The outcome of importing one input: counts a person can check, or the reason it failed."""

    path: str
    kind: str = "?"
    browser: str = "?"
    profile: str = "?"
    new: int = 0
    known: int = 0
    skipped: int = 0
    problems: int = 0
    error: str | None = None
    issues: list[RowIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the input could be read at all."""
        return self.error is None


@dataclass(frozen=True, slots=True)
class StoredVisit:
    """A visit as stored: what lists, exports and later stages read."""

    id: int
    url: str
    canonical_url: str
    host: str
    title: str | None
    visited_at_us: int
    source: str
    profile: str
    search_terms: str | None
    transition: str | None
    referrer_url: str | None
    referrer_visit_id: int | None
    duration_us: int | None
    foreground_us: int | None
    synced: bool
    journey_id: int | None = None
    task_id: int | None = None
    session_id: int | None = None


@dataclass(frozen=True, slots=True)
class VisitFilter:
    """Which visits to list, export or delete; empty fields do not filter."""

    since_us: int | None = None
    until_us: int | None = None
    domain: str | None = None
    url: str | None = None
    source: str | None = None
    text: str | None = None
    limit: int | None = None
    newest_first: bool = True
    journey_id: int | None = None
    unassigned: bool = False
    visit_id: int | None = None
    words: str | None = None

    def is_empty(self) -> bool:
        """True when nothing would be filtered out."""
        return (
            not any((self.since_us, self.until_us, self.domain, self.url, self.source, self.text))
            and self.journey_id is None
            and not self.unassigned
            and self.visit_id is None
            and not self.words
        )


EDIT_KINDS = ("rename", "merge", "move", "hide", "done", "reopen", "dismiss", "snooze")


@dataclass(frozen=True, slots=True)
class Edit:
    """One edit: rename/hide/done/reopen ``journey``; merge ``journey`` into ``target``; move
    ``visit`` to ``target`` (``None``: out of every journey)."""

    kind: str
    journey: int | None = None
    target: int | None = None
    visit: int | None = None
    value: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in EDIT_KINDS:
            raise ValueError(f"unknown edit kind {self.kind!r}")
