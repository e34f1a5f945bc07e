"""Imports that run while the page watches: an upload is saved, then imported and built in
a thread of its own, and anyone may ask how far it got (the rows read, the file being read,
whether journeys are being built) until its summary is ready."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from journeys.errors import JourneysError, NotFoundError
from journeys.services.uploads import SavedUpload, Uploaded

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


class ImportJob:
    """One running import, reporting its progress (the importer's ``Progress``)."""

    def __init__(self, user_id: int, saved: SavedUpload) -> None:
        self.id = secrets.token_hex(8)
        self.user_id = user_id
        self._saved = saved
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

    def advance(self, rows: int) -> None:
        """``rows`` more rows were read."""
        with self._lock:
            self._rows += rows

    def finish(self) -> None:
        """An input is done."""

    # --- the job's life ---------------------------------------------------------------------
    def building(self) -> None:
        """The import is stored; journeys are being built."""
        with self._lock:
            self._state, self._reading = "building", None

    def run(self, work: Callable[[ImportJob, SavedUpload], Uploaded]) -> None:
        """Do the work, keep its summary or its error, and drop the saved copy."""
        try:
            result = work(self, self._saved)
        except JourneysError as exc:
            self._end("failed", None, str(exc))
        except OverflowError as exc:
            self._end("failed", None, str(exc))
        except Exception as exc:
            self._end("failed", None, f"internal error: {type(exc).__name__}")
        else:
            failed = [p.error for p in result.parts if p.error]
            if failed and len(failed) == len(result.parts):  # nothing could be read
                self._end("failed", result, f"{result.name}: {failed[0]}")
            else:
                self._end("done", result, None)
        finally:
            self._saved.discard()

    def _end(self, state: str, result: Uploaded | None, error: str | None) -> None:
        with self._lock:
            self._state, self._result, self._error = state, result, error
            self._reading = None
            self._finished = time.time_ns() // 1000

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
    """The import jobs of everyone using the app, the latest ``keep`` per user kept."""

    def __init__(self, keep: int = 20) -> None:
        self._keep = keep
        self._lock = threading.Lock()
        self._jobs: dict[int, list[ImportJob]] = {}

    def submit(
        self,
        user_id: int,
        saved: SavedUpload,
        work: Callable[[ImportJob, SavedUpload], Uploaded],
    ) -> JobView:
        """Start importing a saved upload in a thread of its own."""
        job = ImportJob(user_id, saved)
        with self._lock:
            mine = self._jobs.setdefault(user_id, [])
            mine.append(job)
            finished = [j for j in mine if j.view().state in ("done", "failed")]
            for old in finished[: max(0, len(mine) - self._keep)]:
                mine.remove(old)
        threading.Thread(target=job.run, args=(work,), name=f"import-{job.id}", daemon=True).start()
        return job.view()

    def get(self, user_id: int, job_id: str) -> JobView:
        """One of the user's jobs (another user's, or a forgotten one, is not found)."""
        with self._lock:
            for job in self._jobs.get(user_id, []):
                if job.id == job_id:
                    return job.view()
        raise NotFoundError(f"no import job {job_id!r}")

    def of(self, user_id: int) -> list[JobView]:
        """The user's jobs, newest first."""
        with self._lock:
            return [j.view() for j in reversed(self._jobs.get(user_id, []))]
