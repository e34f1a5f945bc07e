"""Deterministic 64-bit ids, so that importing the same thing twice yields the same rows."""

from __future__ import annotations

import hashlib


def stable_id(*parts: object) -> int:
    """A signed 64-bit id from the parts (BIGINT and SQLite rowid friendly, never 0)."""
    text = "\x1f".join(map(str, parts))
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    value = int.from_bytes(digest, "big", signed=True)
    return value or 1


def visit_key(user_id: int, scope: str, url: str) -> int:
    """The per-URL half of a visit id (cached per URL by bulk paths)."""
    return stable_id("visit", user_id, scope, url)


def visit_id(user_id: int, scope: str, url: str, visited_at_us: int) -> int:
    """The id of one visit: the same URL at the same microsecond is the same visit.

    ``scope`` is empty for browser sources, so a visit seen in a local History, in a synced
    copy on another device and in a Takeout export is stored once; query logs pass the log's
    own user id so different people in one log stay apart. The id is the URL's key XOR the
    time, which SQL can compute too ((a | b) & ~(a & b)): two visits of one URL never
    collide, and visits of different URLs collide no more often than random 64-bit ids.
    """
    return visit_key(user_id, scope, url) ^ visited_at_us


def page_id(user_id: int, url: str) -> int:
    """The id of one page (a URL as stored) of one user."""
    return stable_id("page", user_id, url)


def source_id(user_id: int, browser: str, profile: str) -> int:
    """The id of one source profile (a browser profile, a Takeout, a log user) of one user."""
    return stable_id("source", user_id, browser, profile)
