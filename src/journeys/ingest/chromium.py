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


def core_type(transition: int) -> int:
    """The core page transition of a stored transition value."""
    return int(transition) & 0xFF


def _opt(cols: set[str], name: str, expr: str, default: str = "NULL") -> str:
    return expr if name in cols else default


def visible_visits_sql(
    conn: sqlite3.Connection, names: set[str], prefix: str = "", *, with_terms: bool = True
) -> tuple[str, bool]:
    """The SELECT of every user-visible visit with what journeys keeps, and whether the
    database records openers. Columns: id, visit_time, transition, from_visit, opener_visit,
    visit_duration, originator_cache_guid, url, title, keyword term, visit source,
    foreground duration, annotated search terms, referrer url and time, opener url and time.

    ``prefix`` qualifies table names (``src.`` for an attached database); ``conn`` is a
    connection to the History itself, used to see which columns this version has.
    """
    vcols = table_columns(conn, "visits")
    ucols = table_columns(conn, "urls")
    has_opener = "opener_visit" in vcols
    ca_cols = table_columns(conn, "context_annotations")
    cn_cols = table_columns(conn, "content_annotations")
    p = prefix
    term = (
        f"(SELECT term FROM {p}keyword_search_terms k WHERE k.url_id = v.url LIMIT 1)"
        if "keyword_search_terms" in names and with_terms
        else "NULL"
    )
    opener_join = (
        f"LEFT JOIN {p}visits o ON o.id = v.opener_visit AND v.opener_visit != 0 "
        f"LEFT JOIN {p}urls ou ON ou.id = o.url"
    )
    sql = f"""
        SELECT v.id AS bid, v.visit_time AS vt, v.transition AS tr, v.from_visit AS fv,
               {_opt(vcols, "opener_visit", "v.opener_visit")} AS ov,
               {_opt(vcols, "visit_duration", "v.visit_duration")} AS dur,
               {_opt(vcols, "originator_cache_guid", "v.originator_cache_guid")} AS guid,
               u.url AS url, u.title AS title, {term} AS kterm,
               {"vs.source" if "visit_source" in names else "NULL"} AS vsrc,
               {_opt(ca_cols, "total_foreground_duration", "ca.total_foreground_duration")} AS fg,
               {_opt(cn_cols, "search_terms", "cn.search_terms")} AS aterm,
               fu.url AS furl, f.visit_time AS ft,
               {"ou.url AS ourl, o.visit_time AS ot" if has_opener else "NULL AS ourl, NULL AS ot"},
               v.url AS uid, f.url AS fuid, {"o.url" if has_opener else "NULL"} AS ouid
        FROM {p}visits v
        JOIN {p}urls u ON u.id = v.url
        {f"LEFT JOIN {p}visit_source vs ON vs.id = v.id" if "visit_source" in names else ""}
        {f"LEFT JOIN {p}context_annotations ca ON ca.visit_id = v.id" if ca_cols else ""}
        {f"LEFT JOIN {p}content_annotations cn ON cn.visit_id = v.id" if cn_cols else ""}
        LEFT JOIN {p}visits f ON f.id = v.from_visit AND v.from_visit != 0
        LEFT JOIN {p}urls fu ON fu.id = f.url
        {opener_join if has_opener else ""}
        WHERE (v.transition & {CHAIN_END}) != 0
          AND (v.transition & 255) NOT IN (3, 4, 10)
          {"AND u.hidden = 0" if "hidden" in ucols else ""}
        ORDER BY v.id
    """
    return sql, has_opener


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
        sql, self._has_opener = visible_visits_sql(conn, names)
        total = conn.execute("SELECT COUNT(*) FROM visits").fetchone()[0]
        self.total_hint = int(total)
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
            *_url_ids,
        ) = row
        if not isinstance(url, str) or not url:
            raise ValueError("empty url")
        trans = int(transition)  # type: ignore[call-overload]
        redirect_from: str | None = None
        if not trans & CHAIN_START and from_visit:
            # Reached by redirects: like Chrome's Journeys, the referrer is the chain start's.
            start = chain_start(conn, int(from_visit), self._has_opener)  # type: ignore[call-overload]
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


def chain_start(
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
