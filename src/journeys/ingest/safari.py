"""Safari ``History.db``: per-visit titles, redirect links, deletions (tombstones) honoured."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from journeys.errors import CorruptSourceError
from journeys.ingest.base import VisitOrIssue, clean_text
from journeys.ingest.snapshot import snapshot, table_columns, tables
from journeys.models import RowIssue, SourceInfo, Visit
from journeys.times import cocoa_seconds_to_unix_us
from journeys.urls import search_from_url


class SafariImporter:
    """Reads the visits of a Safari ``History.db`` that were not deleted or synthesized."""

    def __init__(self, path: Path, *, browser: str = "safari", profile: str | None = None):
        self.path = path
        self.info = SourceInfo(
            kind="safari", browser=browser, profile=profile or "default", path=str(path)
        )
        self.skipped = 0
        self.total_hint: int | None = None

    def iter_visits(self) -> Iterator[VisitOrIssue]:
        with snapshot(self.path) as conn:
            names = tables(conn)
            if not {"history_items", "history_visits"} <= names:
                raise CorruptSourceError(self.path, "no history_items/history_visits tables")
            try:
                yield from self._read(conn, names)
            except sqlite3.DatabaseError as exc:
                raise CorruptSourceError(self.path, f"cannot read visits: {exc}") from exc

    def _read(self, conn: sqlite3.Connection, names: set[str]) -> Iterator[VisitOrIssue]:
        total = int(conn.execute("SELECT COUNT(*) FROM history_visits").fetchone()[0])
        self.total_hint = total
        tombstones = _tombstones(conn) if "history_tombstones" in names else {}
        cols = table_columns(conn, "history_visits")
        synthesized = "AND COALESCE(v.synthesized, 0) = 0" if "synthesized" in cols else ""
        not_source = "AND v.redirect_destination IS NULL" if "redirect_destination" in cols else ""
        has_source = "redirect_source" in cols
        sql = f"""
            SELECT v.id, v.visit_time, v.title, i.url,
                   {"v.redirect_source" if has_source else "NULL"}
            FROM history_visits v JOIN history_items i ON i.id = v.history_item
            WHERE 1 = 1 {synthesized} {not_source}
            ORDER BY v.id
        """
        seen = 0
        for vid, vtime, title, url, redirect_source in conn.execute(sql):
            try:
                when = cocoa_seconds_to_unix_us(vtime)
                if not isinstance(url, str) or not url:
                    raise ValueError("empty url")
            except (TypeError, ValueError, OverflowError) as exc:
                seen += 1
                yield RowIssue(f"{self.path}: history_visits.id={vid}", f"unreadable row: {exc}")
                continue
            if _deleted(tombstones, url, when):
                continue
            seen += 1
            hit = search_from_url(url)
            yield Visit(
                url=url,
                visited_at_us=when,
                title=clean_text(title),
                search_terms=hit.terms if hit else None,
                transition="redirect" if redirect_source else None,
                redirect_from_url=_chain_start(conn, redirect_source) if redirect_source else None,
                browser_visit_id=int(vid),
            )
        self.skipped = total - seen


def _tombstones(conn: sqlite3.Connection) -> dict[str | None, list[tuple[int, int]]]:
    out: dict[str | None, list[tuple[int, int]]] = defaultdict(list)
    for start, end, url in conn.execute("SELECT start_time, end_time, url FROM history_tombstones"):
        out[url or None].append(
            (cocoa_seconds_to_unix_us(start or 0), cocoa_seconds_to_unix_us(end or 0))
        )
    return out


def _deleted(tombstones: dict[str | None, list[tuple[int, int]]], url: str, when: int) -> bool:
    """True when a tombstone covers this URL (or every URL) at this time."""
    for key in (url, None):
        for start, end in tombstones.get(key, ()):
            if start <= when <= end:
                return True
    return False


def _chain_start(conn: sqlite3.Connection, visit: int) -> str | None:
    """The URL a redirect chain started at, following redirect_source links back."""
    url: str | None = None
    current: int | None = visit
    for _ in range(32):
        if not current:
            break
        row = conn.execute(
            "SELECT i.url, v.redirect_source FROM history_visits v "
            "JOIN history_items i ON i.id = v.history_item WHERE v.id = ?",
            (current,),
        ).fetchone()
        if row is None:
            break
        url, current = row
    return url
