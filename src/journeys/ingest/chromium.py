"""Chromium-family ``History`` files: Chrome, Chromium, Edge, Brave, Vivaldi, Opera, Arc."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from journeys.errors import CorruptSourceError
from journeys.ingest.base import VisitOrIssue, clean_text
from journeys.ingest.snapshot import snapshot, table_columns, tables
from journeys.models import RowIssue, SourceInfo, Visit
from journeys.times import chromium_to_unix_us
from journeys.urls import search_from_url

CORE_TYPES = {
    0: "link",
    1: "typed",
    2: "auto_bookmark",
    3: "auto_subframe",
    4: "manual_subframe",
    5: "generated",
    6: "auto_toplevel",
    7: "form_submit",
    8: "reload",
    9: "keyword",
    10: "keyword_generated",
}
CHAIN_START = 0x10000000
CHAIN_END = 0x20000000
_NOT_VISIBLE_CORES = (3, 4, 10)
SYNCED = 0  # visit_source.source for visits from other devices
_OPENER_JOIN = (
    "LEFT JOIN visits o ON o.id = v.opener_visit AND v.opener_visit != 0 "
    "LEFT JOIN urls ou ON ou.id = o.url"
)


def core_type(transition: int) -> int:
    """The core page transition of a stored transition value."""
    return int(transition) & 0xFF


def is_user_visible(transition: int, hidden: int) -> bool:
    """Chrome's own rule for what history shows: chain end, no subframe, no keyword-generated."""
    return (
        bool(int(transition) & CHAIN_END)
        and core_type(transition) not in _NOT_VISIBLE_CORES
        and not hidden
    )


def _opt(cols: set[str], name: str, expr: str, default: str = "NULL") -> str:
    return expr if name in cols else default


class ChromiumImporter:
    """Reads every user-visible visit of a Chromium ``History`` database."""

    def __init__(self, path: Path, *, browser: str = "chromium", profile: str | None = None):
        self.path = path
        self.info = SourceInfo(
            kind="chromium",
            browser=browser,
            profile=profile or path.parent.name or "Default",
            path=str(path),
        )
        self.skipped = 0
        self.total_hint: int | None = None
        self._has_opener = False

    def iter_visits(self) -> Iterator[VisitOrIssue]:
        with snapshot(self.path) as conn:
            names = tables(conn)
            if not {"urls", "visits"} <= names:
                raise CorruptSourceError(self.path, "no 'urls' and 'visits' tables: not a History")
            try:
                yield from self._read(conn, names)
            except sqlite3.DatabaseError as exc:
                raise CorruptSourceError(self.path, f"cannot read visits: {exc}") from exc

    def _read(self, conn: sqlite3.Connection, names: set[str]) -> Iterator[VisitOrIssue]:
        vcols = table_columns(conn, "visits")
        ucols = table_columns(conn, "urls")
        self._has_opener = "opener_visit" in vcols
        total = conn.execute("SELECT COUNT(*) FROM visits").fetchone()[0]
        self.total_hint = int(total)
        kst = "keyword_search_terms" in names
        ca_cols = table_columns(conn, "context_annotations")
        cn_cols = table_columns(conn, "content_annotations")
        sql = f"""
            SELECT v.id, v.visit_time, v.transition, v.from_visit,
                   {_opt(vcols, "opener_visit", "v.opener_visit")},
                   {_opt(vcols, "visit_duration", "v.visit_duration")},
                   {_opt(vcols, "originator_cache_guid", "v.originator_cache_guid")},
                   u.url, u.title,
                   {
            "(SELECT term FROM keyword_search_terms k WHERE k.url_id = v.url LIMIT 1)"
            if kst
            else "NULL"
        },
                   {"vs.source" if "visit_source" in names else "NULL"},
                   {_opt(ca_cols, "total_foreground_duration", "ca.total_foreground_duration")},
                   {_opt(cn_cols, "search_terms", "cn.search_terms")},
                   fu.url, f.visit_time,
                   {"ou.url, o.visit_time" if self._has_opener else "NULL, NULL"}
            FROM visits v
            JOIN urls u ON u.id = v.url
            {"LEFT JOIN visit_source vs ON vs.id = v.id" if "visit_source" in names else ""}
            {"LEFT JOIN context_annotations ca ON ca.visit_id = v.id" if ca_cols else ""}
            {"LEFT JOIN content_annotations cn ON cn.visit_id = v.id" if cn_cols else ""}
            LEFT JOIN visits f ON f.id = v.from_visit AND v.from_visit != 0
            LEFT JOIN urls fu ON fu.id = f.url
            {_OPENER_JOIN if self._has_opener else ""}
            WHERE (v.transition & {CHAIN_END}) != 0
              AND (v.transition & 255) NOT IN (3, 4, 10)
              {"AND u.hidden = 0" if "hidden" in ucols else ""}
            ORDER BY v.id
        """
        seen = 0
        for row in conn.execute(sql):
            seen += 1
            try:
                yield self._visit(conn, row)
            except (TypeError, ValueError, OverflowError) as exc:
                yield RowIssue(f"{self.path}: visits.id={row[0]}", f"unreadable row: {exc}")
        self.skipped = int(total) - seen

    def _visit(self, conn: sqlite3.Connection, row: tuple[object, ...]) -> Visit:
        (
            vid,
            vtime,
            transition,
            from_visit,
            _opener,
            duration,
            guid,
            url,
            title,
            term,
            vsource,
            foreground,
            ann_terms,
            from_url,
            from_time,
            opener_url,
            opener_time,
        ) = row
        if not isinstance(url, str) or not url:
            raise ValueError("empty url")
        trans = int(transition)  # type: ignore[call-overload]
        redirect_from: str | None = None
        if not trans & CHAIN_START and from_visit:
            # Reached by redirects: like Chrome's Journeys, the referrer is the chain start's.
            start = _chain_start(conn, int(from_visit), self._has_opener)  # type: ignore[call-overload]
            if start is not None:
                redirect_from, (from_url, from_time), (opener_url, opener_time) = start
        terms = clean_text(term) or clean_text(ann_terms)
        if terms is None:
            hit = search_from_url(url)
            terms = hit.terms if hit else None
        synced = vsource == SYNCED
        return Visit(
            url=url,
            visited_at_us=chromium_to_unix_us(vtime),  # type: ignore[arg-type]
            title=clean_text(title),
            search_terms=terms,
            transition=CORE_TYPES.get(trans & 0xFF, f"unknown:{trans & 0xFF}"),
            transition_raw=trans & 0xFFFFFFFF,
            referrer_url=from_url if isinstance(from_url, str) else None,
            referrer_at_us=chromium_to_unix_us(from_time) if from_time else None,  # type: ignore[arg-type]
            opener_url=opener_url if isinstance(opener_url, str) else None,
            opener_at_us=chromium_to_unix_us(opener_time) if opener_time else None,  # type: ignore[arg-type]
            redirect_from_url=redirect_from,
            duration_us=int(duration) if duration else None,  # type: ignore[call-overload]
            foreground_us=int(foreground) if foreground else None,  # type: ignore[call-overload]
            browser_visit_id=int(vid),  # type: ignore[call-overload]
            synced=synced,
            device=clean_text(guid) if synced else None,
        )


_Link = tuple[object, object]


def _chain_start(
    conn: sqlite3.Connection, visit: int, has_opener: bool
) -> tuple[str | None, _Link, _Link] | None:
    """Walk back a redirect chain: (start URL, referrer (url, time), opener (url, time))."""
    opener_col = "v.opener_visit" if has_opener else "0"
    current = visit
    for _ in range(32):  # redirect chains are short; a cycle must not hang the import
        row = conn.execute(
            f"SELECT v.transition, v.from_visit, u.url, {opener_col} FROM visits v "
            "JOIN urls u ON u.id = v.url WHERE v.id = ?",
            (current,),
        ).fetchone()
        if row is None:
            return None
        transition, from_visit, url, opener = row
        if int(transition) & CHAIN_START or not from_visit:
            return url, _visit_link(conn, from_visit), _visit_link(conn, opener)
        current = int(from_visit)
    return None


def _visit_link(conn: sqlite3.Connection, visit: object) -> _Link:
    if not visit:
        return (None, None)
    row = conn.execute(
        "SELECT u.url, v.visit_time FROM visits v JOIN urls u ON u.id = v.url WHERE v.id = ?",
        (visit,),
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)
