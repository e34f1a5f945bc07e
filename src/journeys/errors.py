"""The one exception hierarchy of journeys; edges translate it into messages and exit codes.

JourneysError
├── ConfigError          a setting has a value journeys cannot use
├── StorageError         the database cannot be opened, migrated or written
│   └── MigrationError   the schema is newer than this version or a migration failed
├── SourceError          an input file cannot be imported as a whole
│   ├── UnrecognizedSourceError  the file is no history format journeys knows
│   ├── CorruptSourceError       the file is damaged, truncated or empty
│   └── EncryptedSourceError     the file is password-protected
├── NotFoundError        a requested record does not exist (for this user)
├── AuthenticationError  not logged in, or the name, password or token is wrong
│   └── LockedError      too many failed logins: the account waits a while
├── ScopeError           the token may not do this (read, write, import)
└── LanguageModelError   the configured language model endpoint failed or answered nonsense
"""

from __future__ import annotations

from pathlib import Path


class JourneysError(Exception):
    """Base of every error journeys raises on purpose."""


class ConfigError(JourneysError):
    """A setting has a value journeys cannot use."""


class StorageError(JourneysError):
    """The database cannot be opened, migrated or written."""


class MigrationError(StorageError):
    """The schema is newer than this version of journeys, or a migration failed."""


class SourceError(JourneysError):
    """An input file cannot be imported as a whole; names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnrecognizedSourceError(SourceError):
    """The file is no browser history, Takeout or query log format journeys knows."""


class CorruptSourceError(SourceError):
    """The file is damaged, truncated or empty."""


class EncryptedSourceError(SourceError):
    """The file is password-protected."""


class NotFoundError(JourneysError):
    """A requested record does not exist, or belongs to another user."""


class LanguageModelError(JourneysError):
    """The language model endpoint the person configured failed or answered nonsense."""


class AuthenticationError(JourneysError):
    """Not logged in, or the name, password or token is wrong (never says which)."""


class LockedError(AuthenticationError):
    """Too many failed logins: the account is locked for a while."""


class ScopeError(JourneysError):
    """The token's scopes do not allow this request."""
