"""What the app shares across requests: settings, one database connection per worker thread,
the person's user id, the embedder (loaded once, on first search) and the secret token."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

from journeys.config import Settings
from journeys.engine.embedding import Embedder
from journeys.engine.status import StatusParams
from journeys.services.embed import default_embedder
from journeys.services.journeys import JourneyBuilder
from journeys.services.resume import ResumeItem, resume_list
from journeys.services.views import JourneyIndex
from journeys.storage import Store, open_database
from journeys.storage.database import Database, connect
from journeys.storage.journeys import JourneyStore

TOKEN_FILE = "api-token"


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
    ) -> None:
        self.settings = settings
        self.max_upload_bytes = max_upload_bytes
        self.allowed_hosts = allowed_hosts
        self._now_us = now_us
        self.token = load_token(settings.data_dir)
        self._embedder = embedder
        self._local = threading.local()
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._writes = 0
        self._cache: dict[str, tuple[tuple[int, ...], object]] = {}
        db = open_database(settings.database_url)  # migrate once, up front
        self.user_id = Store(db).ensure_user(settings.user)
        db.close()

    def db(self) -> Database:
        """This thread's connection (opened on first use)."""
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.settings.database_url)
            self._local.db = db
        return db

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
                self._embedder = default_embedder(self.settings.model)
            return self._embedder

    def builder(self) -> JourneyBuilder:
        """A journey builder on this thread's connection."""
        return JourneyBuilder(self.journeys, self.embedder())

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Held while a request writes (one writer at a time); what was cached is dropped."""
        with self._write_lock:
            try:
                yield
            finally:
                self._writes += 1

    def _version(self) -> tuple[int, ...]:
        """Changes whenever the journeys may have: a write here, a build or an edit by
        another process (the CLI), or a minute passing (statuses depend on the clock)."""
        build, edits = self.db().query(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM journey_builds WHERE user_id = ?), "
            "(SELECT COUNT(*) FROM journey_edits WHERE user_id = ?)",
            (self.user_id, self.user_id),
        )[0]
        return (self._writes, int(build), int(edits), self.now() // 60_000_000)

    def index(self) -> JourneyIndex:
        """Every journey with its status, worked out once per version."""
        version = self._version()
        with self._lock:
            cached = self._cache.get("index")
            if cached is not None and cached[0] == version:
                return cast(JourneyIndex, cached[1])
        found = JourneyIndex.load(
            self.journeys, self.user_id, at_us=self.now(), params=self.status_params()
        )
        with self._lock:
            self._cache["index"] = (version, found)
        return found

    def resume(self, limit: int = 3) -> list[ResumeItem]:
        """The home page's unfinished journeys, worked out once per version."""
        version = self._version()
        key = f"resume:{limit}"
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None and cached[0] == version:
                return cast(list[ResumeItem], cached[1])
        items = resume_list(
            self.journeys,
            self.user_id,
            at_us=self.now(),
            status_params=self.status_params(),
            limit=limit,
            statuses=self.index().everyone,
        )
        with self._lock:
            self._cache[key] = (version, items)
        return items

    def now(self) -> int:
        """The moment statuses are worked out at: the wall clock, unless fixed (tests, demos
        of an old history)."""
        return self._now_us if self._now_us is not None else time.time_ns() // 1000

    def status_params(self) -> StatusParams:
        """When journeys count as quiet."""
        return StatusParams(active_hours=self.settings.active_hours)
