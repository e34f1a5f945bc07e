"""What the app shares across requests: settings, one database connection per worker thread,
the person's user id, the embedder (loaded once, on first search) and the secret token."""

from __future__ import annotations

import gc
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TypeVar, cast

from fastapi import Request

from journeys.config import Settings
from journeys.engine.embedding import Embedder
from journeys.engine.status import StatusParams
from journeys.errors import AuthenticationError
from journeys.services.accounts import SCOPES, Accounts, Caller
from journeys.services.browse import JourneyDetail, journey_detail
from journeys.services.embed import default_embedder
from journeys.services.import_jobs import ImportJob, ImportJobs, JobView
from journeys.services.journeys import JourneyBuilder
from journeys.services.resume import ResumeItem, resume_list
from journeys.services.uploads import SavedUpload, Uploaded, import_saved
from journeys.services.views import JourneyIndex, JourneyTable
from journeys.storage import Store, open_database
from journeys.storage.accounts import AccountStore
from journeys.storage.database import Database, connect
from journeys.storage.journeys import JourneyStore

TOKEN_FILE = "api-token"
SESSION_COOKIE = "journeys_session"
T = TypeVar("T")


def settle_long_lived() -> None:
    """Collect garbage now, then leave what survives out of later collections: the
    journeys kept across requests are many objects, and the collector walking them all
    would otherwise pause a request now and then (tens of milliseconds on 10,000 journeys).
    Unfrozen first, so what an earlier cache held is still collected once replaced."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def load_token(data_dir: Path) -> str:
    """The token state-changing requests must carry, kept in the data folder (0600) so
    scripts on this machine can use the API; made on first use."""
    path = data_dir / TOKEN_FILE
    try:
        token = path.read_text().strip()
        if len(token) >= 32:
            return token
    except FileNotFoundError:
        pass
    data_dir.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    path.write_text(token + "\n")
    path.chmod(0o600)
    return token


class WebContext:
    """Per-process state of the app."""

    def __init__(
        self,
        settings: Settings,
        *,
        embedder: Embedder | None = None,
        max_upload_bytes: int = 512 * 1024 * 1024,
        allowed_hosts: tuple[str, ...] = (),
        now_us: int | None = None,
        hosted: bool = False,
        signup: bool = False,
    ) -> None:
        self.settings = settings
        self.hosted = hosted
        self.signup = signup
        self.max_upload_bytes = max_upload_bytes
        self.allowed_hosts = allowed_hosts
        self._now_us = now_us
        self.token = load_token(settings.data_dir)
        self._embedder = embedder
        self._local = threading.local()
        self._lock = threading.Lock()
        self._write_locks: dict[int, threading.Lock] = {}
        self._writes = 0
        self._cache: dict[str, tuple[tuple[int, ...], object]] = {}
        self._making: dict[str, threading.Lock] = {}
        self.jobs = ImportJobs(folder=settings.data_dir / "import-jobs")
        db = open_database(settings.database_url)  # migrate once, up front
        # local mode acts for the one configured person; hosted mode for each request's caller
        self.user_id = 0 if hosted else Store(db).ensure_user(settings.user)
        db.close()

    def db(self) -> Database:
        """This thread's connection (opened on first use)."""
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.settings.database_url)
            self._local.db = db
        return db

    def release_db(self) -> None:
        """Close this thread's connection (a thread that ends, such as an import job's)."""
        db: Database | None = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    @property
    def store(self) -> Store:
        """Visits of this thread's connection."""
        return Store(self.db())

    @property
    def journeys(self) -> JourneyStore:
        """Journeys of this thread's connection."""
        return JourneyStore(self.db())

    def embedder(self) -> Embedder:
        """The configured sentence model, loaded once."""
        with self._lock:
            if self._embedder is None:
                # one thread per query: requests run side by side, a short query gains
                # nothing from several threads and they would only fight over the cores
                self._embedder = default_embedder(self.settings.model, threads=1)
            return self._embedder

    def builder(self) -> JourneyBuilder:
        """A journey builder on this thread's connection."""
        return JourneyBuilder(self.journeys, self.embedder())

    @contextmanager
    def writing(self, user_id: int = 0) -> Iterator[None]:
        """Held while a request writes: one writer per user at a time (on SQLite the database
        itself takes writers one by one), so one user's large import never holds up
        another's; what was cached is dropped."""
        with self._lock:
            lock = self._write_locks.setdefault(user_id, threading.Lock())
        with lock:
            try:
                yield
            finally:
                self._writes += 1
                if user_id:  # seen by the other server processes too
                    self.store.note_change(user_id)

    def _version(self, user_id: int) -> tuple[int, ...]:
        """Changes whenever the journeys may have: a write here or in another server
        process (each counted in the database), a build or an edit by another process (the
        CLI), or a minute passing (statuses depend on the clock)."""
        build, edits, changes = self.db().query(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM journey_builds WHERE user_id = ?), "
            "(SELECT COUNT(*) FROM journey_edits WHERE user_id = ?), "
            "(SELECT COALESCE(MAX(n), 0) FROM user_changes WHERE user_id = ?)",
            (user_id, user_id, user_id),
        )[0]
        return (
            self._writes,
            int(build),
            int(edits),
            int(changes),
            self.now() // 60_000_000,
        )

    def _once(self, key: str, version: tuple[int, ...], make: Callable[[], T]) -> T:
        """The value kept under ``key`` for this version, made by one request only: others
        asking at the same moment wait for it instead of each working it out again."""
        with self._lock:
            cached = self._cache.get(key)
            making = self._making.setdefault(key, threading.Lock())
        if cached is not None and cached[0] == version:
            return cast(T, cached[1])
        with making:
            with self._lock:
                cached = self._cache.get(key)
            if cached is not None and cached[0] == version:
                return cast(T, cached[1])
            value = make()
            with self._lock:
                self._cache[key] = (version, value)
            return value

    def _table(self, user_id: int, version: tuple[int, ...]) -> JourneyTable:
        def read() -> JourneyTable:
            table = JourneyTable.load(self.journeys, user_id)
            settle_long_lived()
            return table

        return self._once(f"table:{user_id}", version, read)

    def index(self, user_id: int) -> JourneyIndex:
        """Every journey of a user with its status. The journeys are read and decoded once
        per change; statuses are worked out again once a minute from what was read."""
        version = self._version(user_id)
        return self._once(
            f"index:{user_id}",
            version,
            lambda: JourneyIndex.at(
                self._table(user_id, version[:-1]),
                at_us=self.now(),
                params=self.status_params(),
            ),
        )

    def resume(self, user_id: int, limit: int = 3) -> list[ResumeItem]:
        """The home page's unfinished journeys, worked out once per version."""
        version = self._version(user_id)
        return self._once(
            f"resume:{user_id}:{limit}",
            version,
            lambda: resume_list(
                self.journeys,
                user_id,
                at_us=self.now(),
                status_params=self.status_params(),
                limit=limit,
                statuses=self.index(user_id).everyone,
            ),
        )

    def now(self) -> int:
        """The moment statuses are worked out at: the wall clock, unless fixed (tests, demos
        of an old history)."""
        return self._now_us if self._now_us is not None else time.time_ns() // 1000

    def status_params(self) -> StatusParams:
        """When journeys count as quiet."""
        return StatusParams(active_hours=self.settings.active_hours)

    def accounts(self) -> Accounts:
        """Accounts on this thread's connection."""
        return Accounts(self.db())

    def caller(self, request: Request) -> Caller:
        """Who a request acts for. Local mode: the one person. Hosted mode: the owner of the
        bearer token or of the session cookie (an AuthenticationError otherwise)."""
        if not self.hosted:
            return Caller(self.user_id, SCOPES, csrf=self.token)
        found = getattr(request.state, "caller", None)
        if isinstance(found, Caller):
            return found
        auth = request.headers.get("authorization", "")
        caller = None
        if auth.lower().startswith("bearer "):
            caller = self.accounts().token_caller(auth[7:].strip())
        elif request.cookies.get(SESSION_COOKIE):
            caller = self.accounts().session_caller(request.cookies[SESSION_COOKIE])
        if caller is None:
            raise AuthenticationError("log in, or send Authorization: Bearer <token>")
        request.state.caller = caller
        return caller


class RequestContext:
    """The app as one request sees it: acting for one user, with what it may do."""

    def __init__(self, app: WebContext, caller: Caller) -> None:
        self.app = app
        self.caller = caller
        self.user_id = caller.user_id
        self.settings = app.settings
        self.max_upload_bytes = app.max_upload_bytes
        self.token = caller.csrf or ""

    @property
    def store(self) -> Store:
        """Visits (queries name this user)."""
        return self.app.store

    @property
    def journeys(self) -> JourneyStore:
        """Journeys (queries name this user)."""
        return self.app.journeys

    def embedder(self) -> Embedder:
        """The sentence model."""
        return self.app.embedder()

    def builder(self) -> JourneyBuilder:
        """A journey builder."""
        return self.app.builder()

    def writing(self) -> AbstractContextManager[None]:
        """One writer per user at a time."""
        return self.app.writing(self.user_id)

    def audit(self, event: str, **detail: object) -> None:
        """Record an import or a deletion in the audit log (hosted mode)."""
        if self.app.hosted:
            via = "token" if self.caller.token_id is not None else "session"
            AccountStore(self.app.db()).audit(self.user_id, event, via=via, **detail)

    def index(self) -> JourneyIndex:
        """This user's journeys with their statuses."""
        return self.app.index(self.user_id)

    def start_import(self, saved: SavedUpload) -> JobView:
        """Import a saved upload and build journeys in a thread of its own (one writer per
        user still), reporting progress to the job."""

        def work(job: ImportJob, upload: SavedUpload) -> Uploaded:
            try:
                with self.writing():
                    done = import_saved(
                        self.store,
                        self.builder(),
                        self.user_id,
                        upload,
                        progress=job,
                        building=job.building,
                    )
                    self.audit("import", file=done.name, new=done.new, size=done.size)
                return done
            finally:
                self.app.release_db()

        return self.app.jobs.submit(self.user_id, saved, work)

    def import_job(self, job_id: str) -> JobView:
        """One of this user's import jobs."""
        return self.app.jobs.get(self.user_id, job_id)

    def detail(self, ref: str) -> JourneyDetail:
        """One of this user's journeys with its visits by rank (its status from the index)."""
        return journey_detail(
            self.store,
            self.journeys,
            self.user_id,
            ref,
            params=self.status_params(),
            at_us=self.now(),
            known=self.index().by_id,
        )

    def resume(self, limit: int = 3) -> list[ResumeItem]:
        """This user's unfinished journeys to pick up."""
        return self.app.resume(self.user_id, limit)

    def now(self) -> int:
        """The moment statuses are read at."""
        return self.app.now()

    def status_params(self) -> StatusParams:
        """When journeys count as quiet."""
        return self.app.status_params()
