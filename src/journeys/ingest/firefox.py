"""Firefox ``places.sqlite`` and its forks (LibreWolf, Floorp, Waterfox, Zen, Fenix)."""

from __future__ import annotations

import bisect
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from journeys.errors import CorruptSourceError
from journeys.ingest.base import VisitOrIssue, clean_text
from journeys.ingest.snapshot import snapshot, table_columns, tables
from journeys.models import RowIssue, SourceInfo, Visit
from journeys.times import firefox_to_unix_us
from journeys.urls import search_from_url

VISIT_TYPES = {
    1: "link",
    2: "typed",
    3: "bookmark",
    4: "embed",
    5: "redirect_permanent",
    6: "redirect_temporary",
    7: "download",
    8: "framed_link",
    9: "reload",
}
HIDDEN_TYPES = (0, 4, 7, 8)  # embeds, downloads and framed links are not shown in history
REDIRECT_TYPES = (5, 6)  # the visit was reached through a redirect from its from_visit
# A moz_places_metadata row belongs to the visit it was created for: within this window.
_METADATA_WINDOW_US = (-5_000_000, 300_000_000)

_Meta = tuple[int, int | None, str | None]


class FirefoxImporter:
    """Reads every user-visible visit of a ``places.sqlite`` (desktop µs or Android ms)."""

    def __init__(self, path: Path, *, browser: str = "firefox", profile: str | None = None):
        self.path = path
        self.info = SourceInfo(
            kind="firefox",
            browser=browser,
            profile=profile or path.parent.name or "default",
            path=str(path),
        )
        self.skipped = 0
        self.total_hint: int | None = None

    def iter_visits(self) -> Iterator[VisitOrIssue]:
        with snapshot(self.path) as conn:
            names = tables(conn)
            if not {"moz_places", "moz_historyvisits"} <= names:
                raise CorruptSourceError(self.path, "no moz_places/moz_historyvisits tables")
            try:
                yield from self._read(conn, names)
            except sqlite3.DatabaseError as exc:
                raise CorruptSourceError(self.path, f"cannot read visits: {exc}") from exc

    def _read(self, conn: sqlite3.Connection, names: set[str]) -> Iterator[VisitOrIssue]:
        total = int(conn.execute("SELECT COUNT(*) FROM moz_historyvisits").fetchone()[0])
        self.total_hint = total
        typed = _typed_inputs(conn) if "moz_inputhistory" in names else {}
        metadata = _metadata(conn, names)
        pcols = table_columns(conn, "moz_places")
        hidden = "AND p.hidden = 0" if "hidden" in pcols else ""
        sql = f"""
            SELECT v.id, v.place_id, v.visit_date, v.visit_type, v.from_visit, p.url, p.title,
                   fp.url, f.visit_date, f.visit_type, f.from_visit
            FROM moz_historyvisits v
            JOIN moz_places p ON p.id = v.place_id
            LEFT JOIN moz_historyvisits f ON f.id = v.from_visit AND v.from_visit != 0
            LEFT JOIN moz_places fp ON fp.id = f.place_id
            WHERE v.visit_type NOT IN {HIDDEN_TYPES} {hidden}
            ORDER BY v.id
        """
        seen = 0
        used: set[tuple[int, int]] = set()
        for row in conn.execute(sql):
            seen += 1
            try:
                yield self._visit(conn, row, typed, metadata, used)
            except (TypeError, ValueError, OverflowError) as exc:
                yield RowIssue(
                    f"{self.path}: moz_historyvisits.id={row[0]}", f"unreadable row: {exc}"
                )
        self.skipped = total - seen

    def _visit(
        self,
        conn: sqlite3.Connection,
        row: tuple[object, ...],
        typed: dict[int, str],
        metadata: dict[int, list[_Meta]],
        used: set[tuple[int, int]],
    ) -> Visit:
        (
            vid,
            place,
            vdate,
            vtype,
            _from_visit,
            url,
            title,
            from_url,
            from_date,
            from_type,
            from_from,
        ) = row
        if not isinstance(url, str) or not url:
            raise ValueError("empty url")
        when = firefox_to_unix_us(vdate)  # type: ignore[arg-type]
        kind = int(vtype)  # type: ignore[call-overload]
        redirect_from: str | None = None
        if kind in REDIRECT_TYPES and from_url is not None:
            # from_visit is the redirect source; the referrer is where that chain began.
            redirect_from, from_url, from_date = _chain_start(conn, from_url, from_type, from_from)
        view_us, meta_terms = _engagement(metadata.get(int(place), []), when, int(place), used)  # type: ignore[call-overload]
        terms = clean_text(meta_terms)
        if terms is None:
            hit = search_from_url(url)
            terms = hit.terms if hit else None
        return Visit(
            url=url,
            visited_at_us=when,
            title=clean_text(title),
            search_terms=terms,
            transition=VISIT_TYPES.get(kind, f"unknown:{kind}"),
            transition_raw=kind,
            referrer_url=from_url if isinstance(from_url, str) else None,
            referrer_at_us=firefox_to_unix_us(from_date) if from_date else None,  # type: ignore[arg-type]
            redirect_from_url=redirect_from,
            foreground_us=view_us,
            typed_input=typed.get(int(place)) if kind == 2 else None,  # type: ignore[call-overload]
            browser_visit_id=int(vid),  # type: ignore[call-overload]
        )


def _chain_start(
    conn: sqlite3.Connection, url: object, vtype: object, from_visit: object
) -> tuple[str | None, object, object]:
    """Follow redirect sources back: (chain start URL, referrer URL, referrer date)."""
    start_url = url
    current_type, current_from = vtype, from_visit
    for _ in range(32):
        if not current_from:
            return (str(start_url), None, None)
        row = conn.execute(
            "SELECT p.url, v.visit_date, v.visit_type, v.from_visit FROM moz_historyvisits v "
            "JOIN moz_places p ON p.id = v.place_id WHERE v.id = ?",
            (current_from,),
        ).fetchone()
        if row is None:
            return (str(start_url), None, None)
        if current_type not in REDIRECT_TYPES:
            return (str(start_url), row[0], row[1])
        start_url, _, current_type, current_from = row
    return (str(start_url), None, None)


def _typed_inputs(conn: sqlite3.Connection) -> dict[int, str]:
    best: dict[int, tuple[float, str]] = {}
    for place, text, count in conn.execute(
        "SELECT place_id, input, use_count FROM moz_inputhistory"
    ):
        if text and (place not in best or (count or 0) > best[place][0]):
            best[place] = (count or 0, text)
    return {place: text for place, (_, text) in best.items()}


def _metadata(conn: sqlite3.Connection, names: set[str]) -> dict[int, list[_Meta]]:
    if "moz_places_metadata" not in names:
        return {}
    cols = table_columns(conn, "moz_places_metadata")
    has_queries = "moz_places_metadata_search_queries" in names and "search_query_id" in cols
    sql = (
        "SELECT m.place_id, m.created_at, m.total_view_time, "
        + ("q.terms " if has_queries else "NULL ")
        + "FROM moz_places_metadata m "
        + (
            "LEFT JOIN moz_places_metadata_search_queries q ON q.id = m.search_query_id "
            if has_queries
            else ""
        )
        + "ORDER BY m.place_id, m.created_at"
    )
    out: dict[int, list[_Meta]] = defaultdict(list)
    for place, created_ms, view_ms, terms in conn.execute(sql):
        view = int(view_ms) * 1000 if view_ms else None
        out[int(place)].append((int(created_ms) * 1000, view, terms))
    return out


def _engagement(
    rows: list[_Meta], when: int, place: int, used: set[tuple[int, int]]
) -> tuple[int | None, str | None]:
    """Engagement recorded for this page load: the first unused metadata row in the window."""
    if not rows:
        return None, None
    lo, hi = when + _METADATA_WINDOW_US[0], when + _METADATA_WINDOW_US[1]
    i = bisect.bisect_left(rows, (lo,))
    while i < len(rows) and rows[i][0] <= hi:
        key = (place, rows[i][0])
        if key not in used:
            used.add(key)
            return rows[i][1], rows[i][2]
        i += 1
    return None, None
