"""The importer protocol: one method that yields visits, or row issues for rows it cannot read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, runtime_checkable

from journeys.models import RowIssue, SourceInfo, Visit

VisitOrIssue = Visit | RowIssue


@runtime_checkable
class Importer(Protocol):
    """Reads one input. Built-in importers implement exactly what a plugin would."""

    info: SourceInfo
    #: rows the source holds that are not user-visible visits (redirects, subframes, …)
    skipped: int
    #: how many rows iter_visits will look at, when cheap to know (for progress bars)
    total_hint: int | None

    def iter_visits(self) -> Iterator[VisitOrIssue]:
        """Yield every user-visible visit; a row that cannot be read yields a RowIssue."""
        ...


def clean_text(value: object) -> str | None:
    """A text field as stored: None for missing or blank values."""
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None
