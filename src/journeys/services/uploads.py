"""An uploaded history: copied to a private temporary folder within a size limit, imported
from there (its kind recognised by content, never by name), then built into journeys."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from journeys.models import ImportSummary
from journeys.services.imports import Progress, import_path
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


@dataclass(frozen=True, slots=True)
class SavedUpload:
    """An upload's private copy (the folder is removed by ``discard``)."""

    path: Path
    size: int

    @property
    def name(self) -> str:
        """The file's name as sent (its folder part dropped)."""
        return self.path.name

    def discard(self) -> None:
        """Remove the copy and its private folder."""
        shutil.rmtree(self.path.parent, ignore_errors=True)


def save_upload(stream: BinaryIO, filename: str | None, *, max_bytes: int) -> SavedUpload:
    """Copy an upload to a new private temporary folder (an OverflowError past
    ``max_bytes``, and nothing is left behind)."""
    name = Path(filename or "upload").name or "upload"
    folder = Path(tempfile.mkdtemp(prefix="journeys-upload-"))
    path = folder / name
    size = 0
    try:
        with path.open("wb") as out:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise OverflowError(
                        f"{name}: larger than the {max_bytes / _CHUNK:g} MB upload limit"
                    )
                out.write(chunk)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return SavedUpload(path, size)


def import_saved(
    store: Store,
    builder: JourneyBuilder,
    user_id: int,
    saved: SavedUpload,
    *,
    progress: Progress | None = None,
    building: Callable[[], None] | None = None,
) -> Uploaded:
    """Import a saved upload, then build journeys if anything was new (``building`` is
    called as the build starts)."""
    parts = import_path(store, user_id, saved.path, progress=progress)
    folder = str(saved.path.parent) + "/"
    for part in parts:  # as the person named it, not where its private copy was
        part.path = part.path.replace(folder, "")
        if part.error:
            part.error = part.error.replace(folder, "")
    built = None
    if any(p.new for p in parts):
        if building is not None:
            building()
        built = builder.build(user_id)
    return Uploaded(saved.name, saved.size, parts, built)


def import_upload(
    store: Store,
    builder: JourneyBuilder,
    user_id: int,
    stream: BinaryIO,
    filename: str | None,
    *,
    max_bytes: int,
) -> Uploaded:
    """Import one uploaded file at once (an OverflowError past ``max_bytes``)."""
    saved = save_upload(stream, filename, max_bytes=max_bytes)
    try:
        return import_saved(store, builder, user_id, saved)
    finally:
        saved.discard()
