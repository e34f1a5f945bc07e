"""The importer protocol: one method that yields visits, or row issues for rows it cannot read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar, Protocol, runtime_checkable

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


class FileImporter:
    """Shared set-up of the importers that read one file: its path, label and source info.

    Subclasses set ``kind`` and the default browser and profile names and implement
    ``iter_visits``.
    """

    kind: ClassVar[str]
    default_browser: ClassVar[str]
    default_profile: ClassVar[str] = "default"

    def __init__(
        self,
        path: Path,
        *,
        browser: str | None = None,
        profile: str | None = None,
        label: str | None = None,
    ) -> None:
        self.path = path
        self.label = label or str(path)
        self.info = SourceInfo(
            kind=self.kind,
            browser=browser or self.default_browser,
            profile=profile or self._profile_for(path),
            path=self.label,
        )
        self.skipped = 0
        self.total_hint: int | None = None

    def _profile_for(self, path: Path) -> str:
        return self.default_profile
