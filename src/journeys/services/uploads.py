"""An uploaded history: copied to a private temporary folder within a size limit, imported
from there (its kind recognised by content, never by name), then built into journeys."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from journeys.models import ImportSummary
from journeys.services.imports import import_path
from journeys.services.journeys import BuildSummary, JourneyBuilder
from journeys.storage import Store

_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Uploaded:
    """What an upload did."""

    name: str
    size: int
    parts: list[ImportSummary]
    built: BuildSummary | None

    @property
    def new(self) -> int:
        """Visits stored for the first time."""
        return sum(p.new for p in self.parts)


def import_upload(
    store: Store,
    builder: JourneyBuilder,
    user_id: int,
    stream: BinaryIO,
    filename: str | None,
    *,
    max_bytes: int,
) -> Uploaded:
    """Import one uploaded file (an OverflowError past ``max_bytes``)."""
    name = Path(filename or "upload").name or "upload"
    with tempfile.TemporaryDirectory(prefix="journeys-upload-") as tmp:
        path = Path(tmp) / name
        size = 0
        with path.open("wb") as out:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise OverflowError(
                        f"{name}: larger than the {max_bytes / _CHUNK:g} MB upload limit"
                    )
                out.write(chunk)
        parts = import_path(store, user_id, path)
    built = builder.build(user_id) if any(p.new for p in parts) else None
    return Uploaded(name, size, parts, built)
