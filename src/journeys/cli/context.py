"""What every command shares: settings, the open store, the user, and error translation."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import wraps
from typing import Any, TypeVar

import click
from rich.console import Console

from journeys.config import Settings
from journeys.engine.status import StatusParams
from journeys.errors import JourneysError
from journeys.services.embed import default_embedder
from journeys.services.journeys import JourneyBuilder
from journeys.services.llm import LanguageModel, LanguageModelLabeler
from journeys.storage import Database, Store, open_database
from journeys.storage.journeys import JourneyStore
from journeys.times import datetime_to_us, us_to_datetime

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class AppContext:
    """Resolved settings plus a lazily opened store."""

    settings: Settings
    console: Console = field(default_factory=Console)
    _db: Database | None = None

    @property
    def store(self) -> Store:
        """The store of the configured database, migrated on first use."""
        if self._db is None:
            self._db = open_database(self.settings.database_url)
        return Store(self._db)

    @property
    def journeys(self) -> JourneyStore:
        """The journeys of the configured database."""
        return JourneyStore(self.store.db)

    def builder(self) -> JourneyBuilder:
        """A journey builder with the configured model."""
        llm = self.settings.llm
        labeler = (
            LanguageModelLabeler(LanguageModel(llm)) if llm is not None and llm.titles else None
        )
        return JourneyBuilder(self.journeys, default_embedder(self.settings.model), labeler=labeler)

    def status_params(self) -> StatusParams:
        """When journeys count as quiet, from the settings."""
        return StatusParams(active_hours=self.settings.active_hours)

    def user_id(self) -> int:
        """The id of the configured user (created on first use)."""
        return self.store.ensure_user(self.settings.user)

    def close(self) -> None:
        """Close the database, if it was opened."""
        if self._db is not None:
            self._db.close()
            self._db = None


pass_app = click.make_pass_decorator(AppContext)


def translate_errors(func: F) -> F:
    """Turn journeys errors into a one-line message and exit status 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except JourneysError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


_RELATIVE = re.compile(r"^(\d+)\s*([hdwm])$")


def parse_when(value: str | None, option: str) -> int | None:
    """A --since/--until value: an ISO date or time (local unless it has an offset), or 7d."""
    if value is None:
        return None
    text = value.strip()
    m = _RELATIVE.match(text)
    if m:
        amount, unit = int(m.group(1)), m.group(2)
        days = {"h": amount / 24, "d": amount, "w": amount * 7, "m": amount * 30}[unit]
        return datetime_to_us(datetime.now().astimezone() - timedelta(days=days))
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise click.BadParameter(
            f"{value!r} is not a date (2024-05-01), a time (2024-05-01T09:30) or an age (7d)",
            param_hint=option,
        ) from exc
    if when.tzinfo is None:
        when = when.astimezone()
    return datetime_to_us(when)


def local_time(us: int | None) -> str:
    """A stored time for people: local time, to the second."""
    if us is None:
        return "-"
    return us_to_datetime(us).astimezone().strftime("%Y-%m-%d %H:%M:%S")
