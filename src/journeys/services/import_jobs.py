"""Imports that run while the page watches: an upload is saved, then imported and built in
a thread of its own, and anyone may ask how far it got (the rows read, the file being read,
whether journeys are being built) until its summary is ready. With a folder, each job's state
is also kept there as a small JSON file, so every server process can answer for it."""

from __future__ import annotations

import json
import os
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from journeys.errors import JourneysError, NotFoundError
from journeys.models import ImportSummary, RowIssue
from journeys.services.journeys import BuildSummary
from journeys.services.uploads import SavedUpload, Uploaded

_JOB_ID = re.compile(r"[0-9a-f]{16}")
_EVERY_S = 0.25  # progress is written to the job's file at most this often

STATES = ("queued", "importing", "building", "done", "failed")


@dataclass(frozen=True, slots=True)
class JobView:
    """How far an import job got, at one moment."""

    id: str
    user_id: int
    file: str
    size: int
    state: str
    reading: str | None
    rows: int
    rows_total: int | None
    started_at_us: int
    finished_at_us: int | None
    result: Uploaded | None
    error: str | None


def view_to_json(view: JobView) -> str:
    """A job's state as JSON (what its file holds)."""
    return json.dumps(asdict(view))


def view_from_json(text: str) -> JobView:
    """A job's state read back."""
    raw: dict[str, Any] = json.loads(text)
    result = raw.pop("result")
    up = None
    if result is not None:
        parts = [
            ImportSummary(**{**p, "issues": [RowIssue(**i) for i in p["issues"]]})
            for p in result["parts"]
        ]
        built = BuildSummary(**result["built"]) if result["built"] else None
        up = Uploaded(result["name"], result["size"], parts, built)
    return JobView(**raw, result=up)


class ImportJob:
    """One running import, reporting its progress (the importer's ``Progress``)."""

    def __init__(self, user_id: int, saved: SavedUpload, folder: Path | None = None) -> None:
        self.id = secrets.token_hex(8)
        self.user_id = user_id
        self._saved = saved
        self._folder = folder
        self._written = 0.0
        self._lock = threading.Lock()
        self._state = "queued"
        self._reading: str | None = None
        self._rows = 0
        self._total: int | None = None
        self._started = time.time_ns() // 1000
        self._finished: int | None = None
        self._result: Uploaded | None = None
        self._error: str | None = None

    # --- Progress ---------------------------------------------------------------------------
    def start(self, label: str, total: int | None) -> None:
        """A new input of the upload begins."""
        with self._lock:
            self._state, self._reading, self._total = "importing", label, total
        self.save()

    def advance(self, rows: int) -> None:
        """``rows`` more rows were read."""
        with self._lock:
            self._rows += rows
        if time.monotonic() - self._written >= _EVERY_S:
            self.save()

    def save(self) -> None:
        """Write the job's state to its file (replaced whole: a reader never sees half)."""
        if self._folder is None:
            return
        self._written = time.monotonic()
        path = self._folder / f"{self.id}.json"
        partial = path.with_suffix(f".{threading.get_ident()}.tmp")
        partial.write_text(view_to_json(self.view()), encoding="utf-8")
        os.replace(partial, path)

    def finish(self) -> None:
        """An input is done."""

    # --- the job's life ---------------------------------------------------------------------
    def building(self) -> None:
        """The import is stored; journeys are being built."""
        with self._lock:
            self._state, self._reading = "building", None
        self.save()

    def run(self, work: Callable[[ImportJob, SavedUpload], Uploaded]) -> None:
        """Do the work, drop the saved copy, then keep its summary or its error: whoever
        reads that the job is over finds the copy gone."""
        try:
            try:
                result = work(self, self._saved)
            finally:
                self._saved.discard()
        except (JourneysError, OverflowError) as exc:
            self._end("failed", None, str(exc))
        except Exception as exc:
            self._end("failed", None, f"internal error: {type(exc).__name__}")
        else:
            failed = [p.error for p in result.parts if p.error]
            if failed and len(failed) == len(result.parts):  # nothing could be read
                self._end("failed", result, f"{result.name}: {failed[0]}")
            else:
                self._end("done", result, None)

    def _end(self, state: str, result: Uploaded | None, error: str | None) -> None:
        with self._lock:
            self._state, self._result, self._error = state, result, error
            self._reading = None
            self._finished = time.time_ns() // 1000
        self.save()

    def view(self) -> JobView:
        """Where it is now."""
        with self._lock:
            return JobView(
                self.id,
                self.user_id,
                self._saved.name,
                self._saved.size,
                self._state,
                self._reading,
                self._rows,
                self._total,
                self._started,
                self._finished,
                self._result,
                self._error,
            )


class ImportJobs:
    """The import jobs of everyone using the app, the latest ``keep`` per user kept. With a
    ``folder``, jobs are also kept there, and a job another server process runs is found."""

    def __init__(self, keep: int = 20, folder: Path | None = None) -> None:
        self._keep = keep
        self._folder = folder
        self._lock = threading.Lock()
        self._jobs: dict[int, list[ImportJob]] = {}
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)

    def submit(
        self,
        user_id: int,
        saved: SavedUpload,
        work: Callable[[ImportJob, SavedUpload], Uploaded],
    ) -> JobView:
        """Start importing a saved upload in a thread of its own."""
        job = ImportJob(user_id, saved, self._folder)
        job.save()
        with self._lock:
            mine = self._jobs.setdefault(user_id, [])
            mine.append(job)
            finished = [j for j in mine if j.view().state in ("done", "failed")]
            for old in finished[: max(0, len(mine) - self._keep)]:
                mine.remove(old)
        self._forget_old(user_id)
        threading.Thread(target=job.run, args=(work,), name=f"import-{job.id}", daemon=True).start()
        return job.view()

    def get(self, user_id: int, job_id: str) -> JobView:
        """One of the user's jobs (another user's, or a forgotten one, is not found)."""
        with self._lock:
            for job in self._jobs.get(user_id, []):
                if job.id == job_id:
                    return job.view()
        found = self._read(job_id)
        if found is None or found.user_id != user_id:
            raise NotFoundError(f"no import job {job_id!r}")
        return found

    def of(self, user_id: int) -> list[JobView]:
        """The user's jobs, newest first."""
        with self._lock:
            here = {j.id: j.view() for j in self._jobs.get(user_id, [])}
        for found in self.of_files(user_id):
            here.setdefault(found.id, found)
        ordered = sorted(here.values(), key=lambda v: (v.started_at_us, v.id), reverse=True)
        return ordered[: self._keep]

    def _read(self, job_id: str) -> JobView | None:
        if self._folder is None or not _JOB_ID.fullmatch(job_id):
            return None
        try:
            return view_from_json((self._folder / f"{job_id}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def _forget_old(self, user_id: int) -> None:
        """Remove the files of the user's finished jobs beyond the latest ``keep``."""
        if self._folder is None:
            return
        done = [v for v in self.of_files(user_id) if v.state in ("done", "failed")]
        for view in done[self._keep :]:
            (self._folder / f"{view.id}.json").unlink(missing_ok=True)

    def of_files(self, user_id: int) -> list[JobView]:
        """The user's jobs as kept in the folder, newest first."""
        if self._folder is None:
            return []
        found = [self._read(p.stem) for p in self._folder.glob("*.json")]
        mine = [v for v in found if v is not None and v.user_id == user_id]
        return sorted(mine, key=lambda v: (v.started_at_us, v.id), reverse=True)
