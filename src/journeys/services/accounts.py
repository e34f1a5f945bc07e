"""Hosted mode's accounts: passwords (argon2), login with lock-out, server-side sessions,
scoped API tokens (stored hashed), account deletion and the audit log."""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from journeys.errors import AuthenticationError, ConfigError, LockedError, NotFoundError
from journeys.storage import Store
from journeys.storage.accounts import AccountStore, TokenRow
from journeys.storage.database import Database

SCOPES = ("read", "write", "import")
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")
_MIN_PASSWORD = 10
_MINUTE_US = 60_000_000
_DAY_US = 86_400_000_000


def _now_us() -> int:
    return time.time_ns() // 1000


def _digest(secret: str) -> str:
    """Sessions and tokens are long random secrets: a plain SHA-256 is enough to store them."""
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Session:
    """A logged-in browser: the cookie's secret (shown once), its user and CSRF token."""

    secret: str
    user_id: int
    csrf: str


@dataclass(frozen=True, slots=True)
class Caller:
    """Who a request acts for, and what it may do."""

    user_id: int
    scopes: tuple[str, ...]
    csrf: str | None = None
    token_id: int | None = None


class Accounts:
    """Accounts of one database."""

    def __init__(
        self,
        db: Database,
        *,
        max_failures: int = 5,
        lock_minutes: float = 15,
        session_days: float = 14,
    ) -> None:
        self.db = db
        self.rows = AccountStore(db)
        self.max_failures = max_failures
        self.lock_us = int(lock_minutes * _MINUTE_US)
        self.session_us = int(session_days * _DAY_US)
        self._hasher = PasswordHasher()

    # --- accounts ---------------------------------------------------------------------------
    def invite(self, created_by: int | None = None, *, days: float = 7) -> str:
        """A one-time invitation code (shown once) that lets one person sign up even when
        sign-up is closed."""
        if days <= 0:
            raise ConfigError("days: must be more than 0")
        code = "inv_" + secrets.token_urlsafe(24)
        self.rows.add_invitation(_digest(code), created_by, _now_us() + int(days * _DAY_US))
        self.rows.audit(created_by, "invitation_created", days=days)
        return code

    def invitation_open(self, code: str) -> bool:
        """True when the code can still be used."""
        return self.rows.invitation_open(_digest(code))

    def create(
        self, name: str, password: str, *, admin: bool = False, invitation: str | None = None
    ) -> int:
        """A new account (with an invitation: spends it); returns its user id."""
        if invitation is not None and not self.invitation_open(invitation):
            raise ConfigError("invite: this invitation is unknown, used or expired")
        name = name.strip().lower()
        if not _NAME.match(name):
            raise ConfigError("name: 3 to 64 of a-z, 0-9, '.', '_' or '-'")
        if len(password) < _MIN_PASSWORD:
            raise ConfigError(f"password: at least {_MIN_PASSWORD} characters")
        if self.rows.by_name(name) is not None:
            raise ConfigError(f"name: {name!r} is taken")
        user_id = Store(self.db).ensure_user(name)
        self.rows.create(user_id, self._hasher.hash(password), admin=admin)
        if invitation is not None and not self.rows.use_invitation(_digest(invitation), user_id):
            self.rows.delete_user(user_id)  # spent by someone else in the meantime
            raise ConfigError("invite: this invitation is unknown, used or expired")
        self.rows.audit(user_id, "account_created", admin=admin, invited=invitation is not None)
        return user_id

    def login(self, name: str, password: str) -> Session:
        """Check a password and open a new session (a new secret every time, so a session id
        planted before login is worth nothing)."""
        account = self.rows.by_name(name.strip().lower())
        now = _now_us()
        if account is None or account.disabled:
            self._hasher.hash(password)  # the same work whether or not the name exists
            self.rows.audit(None, "login_failed", name=name[:64])
            raise AuthenticationError("wrong name or password")
        if account.locked_until_us and account.locked_until_us > now:
            self.rows.audit(account.user_id, "login_locked")
            raise LockedError("too many failed logins: try again in a few minutes")
        try:
            self._hasher.verify(account.password_hash, password)
        except (VerificationError, InvalidHashError) as exc:
            failures = account.failed_logins + 1
            locked = now + self.lock_us if failures >= self.max_failures else None
            self.rows.update(
                account.user_id,
                failed_logins=0 if locked else failures,
                locked_until_us=locked,
            )
            self.rows.audit(account.user_id, "login_failed", locked=bool(locked))
            raise AuthenticationError("wrong name or password") from exc
        self.rows.update(account.user_id, failed_logins=0, locked_until_us=None)
        secret, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        self.rows.add_session(_digest(secret), account.user_id, csrf, now + self.session_us)
        self.rows.audit(account.user_id, "login")
        return Session(secret, account.user_id, csrf)

    def session_caller(self, secret: str) -> Caller | None:
        """Who a session cookie belongs to (None when unknown, expired or disabled)."""
        found = self.rows.session(_digest(secret))
        if found is None:
            return None
        user_id, csrf, expires = found
        account = self.rows.by_user(user_id)
        if expires < _now_us() or account is None or account.disabled:
            self.rows.end_session(_digest(secret))
            return None
        return Caller(user_id, SCOPES, csrf=csrf)

    def logout(self, secret: str) -> None:
        """End a session."""
        found = self.rows.session(_digest(secret))
        self.rows.end_session(_digest(secret))
        if found is not None:
            self.rows.audit(found[0], "logout")

    def change_password(self, user_id: int, old: str, new: str) -> None:
        """Change a password (every session ends)."""
        account = self.rows.by_user(user_id)
        if account is None:
            raise NotFoundError("no such account")
        try:
            self._hasher.verify(account.password_hash, old)
        except (VerificationError, InvalidHashError) as exc:
            raise AuthenticationError("the current password is wrong") from exc
        if len(new) < _MIN_PASSWORD:
            raise ConfigError(f"password: at least {_MIN_PASSWORD} characters")
        self.rows.update(user_id, password_hash=self._hasher.hash(new))
        self.rows.end_sessions(user_id)
        self.rows.audit(user_id, "password_changed")

    def set_disabled(self, name: str, disabled: bool) -> None:
        """Disable (or enable) an account; a disabled one cannot log in or use tokens."""
        account = self.rows.by_name(name.strip().lower())
        if account is None:
            raise NotFoundError(f"no account {name!r}")
        self.rows.update(account.user_id, disabled=disabled)
        self.rows.end_sessions(account.user_id)
        self.rows.audit(account.user_id, "disabled" if disabled else "enabled")

    def delete(self, user_id: int) -> None:
        """Delete an account and every row of its data."""
        account = self.rows.by_user(user_id)
        self.rows.audit(None, "account_deleted", name=account.name if account else str(user_id))
        self.rows.delete_user(user_id)

    # --- tokens -----------------------------------------------------------------------------
    def create_token(
        self, user_id: int, name: str, scopes: tuple[str, ...], *, days: float | None = None
    ) -> tuple[str, int]:
        """A new API token (the secret is shown once) and its id."""
        name = " ".join(name.split())[:100]
        if not name:
            raise ConfigError("name: give the token a name")
        if not scopes or set(scopes) - set(SCOPES):
            raise ConfigError(f"scopes: some of {', '.join(SCOPES)}")
        if days is not None and days <= 0:
            raise ConfigError("days: must be more than 0")
        secret = "jt_" + secrets.token_urlsafe(32)
        expires = _now_us() + int(days * _DAY_US) if days is not None else None
        token_id = self.rows.add_token(
            user_id, name, _digest(secret), " ".join(sorted(set(scopes))), expires
        )
        self.rows.audit(user_id, "token_created", token=token_id, scopes=sorted(set(scopes)))
        return secret, token_id

    def token_caller(self, secret: str) -> Caller | None:
        """Who a bearer token acts for (None when unknown, revoked, expired or disabled)."""
        row = self.rows.token_by_hash(_digest(secret))
        if row is None or row.revoked_at_us is not None:
            return None
        if row.expires_at_us is not None and row.expires_at_us < _now_us():
            return None
        account = self.rows.by_user(row.user_id)
        if account is None or account.disabled:
            return None
        if row.last_used_at_us is None or row.last_used_at_us < _now_us() - _MINUTE_US:
            self.rows.touch_token(row.id)
            self.rows.audit(row.user_id, "token_used", token=row.id)
        return Caller(row.user_id, row.scopes, token_id=row.id)

    def tokens(self, user_id: int) -> list[TokenRow]:
        """The user's tokens (never their secrets)."""
        return self.rows.tokens(user_id)

    def revoke(self, user_id: int, token_id: int) -> None:
        """Revoke one of the user's own tokens."""
        if not self.rows.revoke_token(user_id, token_id):
            raise NotFoundError(f"no token {token_id}")
        self.rows.audit(user_id, "token_revoked", token=token_id)
