"""Accounts, sessions, API tokens and the audit log of hosted mode (rows only; the rules are
in services.accounts)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from journeys.storage.database import Database


def _now_us() -> int:
    return time.time_ns() // 1000


@dataclass(frozen=True, slots=True)
class Account:
    """A person who can log in."""

    user_id: int
    name: str
    password_hash: str
    is_admin: bool
    disabled: bool
    failed_logins: int
    locked_until_us: int | None


@dataclass(frozen=True, slots=True)
class TokenRow:
    """A stored API token (its hash only)."""

    id: int
    user_id: int
    name: str
    scopes: tuple[str, ...]
    created_at_us: int
    expires_at_us: int | None
    revoked_at_us: int | None
    last_used_at_us: int | None


_ACCOUNT = (
    "SELECT a.user_id, u.name, a.password_hash, a.is_admin, a.disabled, a.failed_logins, "
    "a.locked_until_us FROM accounts a JOIN users u ON u.id = a.user_id"
)
_TOKEN = (
    "SELECT id, user_id, name, scopes, created_at_us, expires_at_us, revoked_at_us, "
    "last_used_at_us FROM api_tokens"
)


def _account(r: Any) -> Account:
    return Account(int(r[0]), r[1], r[2], bool(r[3]), bool(r[4]), int(r[5]), r[6])


def _token(r: Any) -> TokenRow:
    return TokenRow(int(r[0]), int(r[1]), r[2], tuple(r[3].split()), int(r[4]), r[5], r[6], r[7])


class AccountStore:
    """Rows of accounts, sessions, tokens and the audit log."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- accounts ---------------------------------------------------------------------------
    def create(self, user_id: int, password_hash: str, *, admin: bool) -> None:
        """Give a user a password (and make them an account)."""
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO accounts (user_id, password_hash, is_admin, disabled, "
                "failed_logins, created_at_us) VALUES (?, ?, ?, ?, 0, ?)",
                (user_id, password_hash, admin, False, _now_us()),
            )

    def by_name(self, name: str) -> Account | None:
        """The account of a user name, if any."""
        rows = self.db.query(f"{_ACCOUNT} WHERE u.name = ?", (name,))
        return _account(rows[0]) if rows else None

    def by_user(self, user_id: int) -> Account | None:
        """The account of a user id, if any."""
        rows = self.db.query(f"{_ACCOUNT} WHERE a.user_id = ?", (user_id,))
        return _account(rows[0]) if rows else None

    def all(self) -> list[Account]:
        """Every account, by name."""
        return [_account(r) for r in self.db.query(f"{_ACCOUNT} ORDER BY u.name")]

    def update(self, user_id: int, **fields: Any) -> None:
        """Change some columns of an account."""
        allowed = {"password_hash", "disabled", "failed_logins", "locked_until_us", "is_admin"}
        if not fields or set(fields) - allowed:
            raise ValueError(f"only {sorted(allowed)} can be set")
        sets = ", ".join(f"{k} = ?" for k in fields)
        with self.db.transaction():
            self.db.execute(
                f"UPDATE accounts SET {sets} WHERE user_id = ?", (*fields.values(), user_id)
            )

    def delete_user(self, user_id: int) -> None:
        """Remove a user and, through the foreign keys, every row of theirs."""
        with self.db.transaction():
            self.db.execute("DELETE FROM users WHERE id = ?", (user_id,))

    # --- sessions ---------------------------------------------------------------------------
    def add_session(self, id_hash: str, user_id: int, csrf: str, expires_at_us: int) -> None:
        """Remember a logged-in session (by the hash of its cookie)."""
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO sessions (id_hash, user_id, csrf, created_at_us, expires_at_us) "
                "VALUES (?, ?, ?, ?, ?)",
                (id_hash, user_id, csrf, _now_us(), expires_at_us),
            )

    def session(self, id_hash: str) -> tuple[int, str, int] | None:
        """(user, csrf token, expiry) of a session."""
        rows = self.db.query(
            "SELECT user_id, csrf, expires_at_us FROM sessions WHERE id_hash = ?", (id_hash,)
        )
        return (int(rows[0][0]), rows[0][1], int(rows[0][2])) if rows else None

    def end_session(self, id_hash: str) -> None:
        """Forget one session."""
        with self.db.transaction():
            self.db.execute("DELETE FROM sessions WHERE id_hash = ?", (id_hash,))

    def end_sessions(self, user_id: int) -> None:
        """Forget every session of a user (password change, disabling)."""
        with self.db.transaction():
            self.db.execute("DELETE FROM sessions WHERE user_id = ?", (user_id,))

    # --- tokens -----------------------------------------------------------------------------
    def add_token(
        self, user_id: int, name: str, token_hash: str, scopes: str, expires_at_us: int | None
    ) -> int:
        """Store a token's hash; returns its id."""
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO api_tokens (user_id, name, token_hash, scopes, created_at_us, "
                "expires_at_us) VALUES (?, ?, ?, ?, ?, ?)",
                (user_id, name, token_hash, scopes, _now_us(), expires_at_us),
            )
            return int(
                self.db.scalar("SELECT id FROM api_tokens WHERE token_hash = ?", (token_hash,))
            )

    def token_by_hash(self, token_hash: str) -> TokenRow | None:
        """A token by the hash of its secret."""
        rows = self.db.query(f"{_TOKEN} WHERE token_hash = ?", (token_hash,))
        return _token(rows[0]) if rows else None

    def tokens(self, user_id: int) -> list[TokenRow]:
        """A user's tokens, newest first."""
        return [
            _token(r)
            for r in self.db.query(f"{_TOKEN} WHERE user_id = ? ORDER BY id DESC", (user_id,))
        ]

    def revoke_token(self, user_id: int, token_id: int) -> bool:
        """Revoke one of the user's tokens; False when they have no such token."""
        with self.db.transaction():
            changed = self.db.execute(
                "UPDATE api_tokens SET revoked_at_us = ? WHERE user_id = ? AND id = ? "
                "AND revoked_at_us IS NULL",
                (_now_us(), user_id, token_id),
            )
        return changed > 0

    def touch_token(self, token_id: int) -> None:
        """Note that a token was used."""
        with self.db.transaction():
            self.db.execute(
                "UPDATE api_tokens SET last_used_at_us = ? WHERE id = ?", (_now_us(), token_id)
            )

    # --- invitations ------------------------------------------------------------------------
    def add_invitation(self, code_hash: str, created_by: int | None, expires_at_us: int) -> None:
        """Remember an invitation (by the hash of its code)."""
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO invitations (code_hash, created_by, created_at_us, expires_at_us) "
                "VALUES (?, ?, ?, ?)",
                (code_hash, created_by, _now_us(), expires_at_us),
            )

    def use_invitation(self, code_hash: str, user_id: int) -> bool:
        """Spend an unused, unexpired invitation; False when there is none."""
        with self.db.transaction():
            changed = self.db.execute(
                "UPDATE invitations SET used_by = ?, used_at_us = ? WHERE code_hash = ? "
                "AND used_at_us IS NULL AND expires_at_us > ?",
                (user_id, _now_us(), code_hash, _now_us()),
            )
        return changed > 0

    def invitation_open(self, code_hash: str) -> bool:
        """True when the invitation exists, is unused and has not expired."""
        return bool(
            self.db.scalar(
                "SELECT COUNT(*) FROM invitations WHERE code_hash = ? AND used_at_us IS NULL "
                "AND expires_at_us > ?",
                (code_hash, _now_us()),
            )
        )

    # --- audit ------------------------------------------------------------------------------
    def audit(self, user_id: int | None, event: str, **detail: Any) -> None:
        """Record a login, token use, import or deletion."""
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO audit_log (user_id, at_us, event, detail) VALUES (?, ?, ?, ?)",
                (user_id, _now_us(), event, json.dumps(detail, sort_keys=True)),
            )

    def audit_events(self, user_id: int | None = None, limit: int = 100) -> list[tuple[Any, ...]]:
        """The latest audit entries (of one user, or all)."""
        if user_id is None:
            return self.db.query(
                "SELECT user_id, at_us, event, detail FROM audit_log ORDER BY id DESC LIMIT ?",
                (limit,),
            )
        return self.db.query(
            "SELECT user_id, at_us, event, detail FROM audit_log WHERE user_id = ? "
            "ORDER BY id DESC LIMIT ?",
            (user_id, limit),
        )
