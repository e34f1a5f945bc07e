"""Reads and writes of users, sources, imports, pages and visits; every call is per user."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from journeys.ids import source_id
from journeys.models import ImportSummary, RowIssue, SourceInfo, StoredVisit, VisitFilter
from journeys.storage.database import Database, PostgresDatabase
from journeys.urls import canonicalize

PAGE_COLUMNS = (
    "id",
    "user_id",
    "url",
    "canonical_url",
    "host",
    "title",
    "title_at_us",
    "search_terms",
    "search_engine",
)
VISIT_COLUMNS = (
    "id",
    "user_id",
    "source_id",
    "page_id",
    "visited_at_us",
    "title",
    "search_terms",
    "transition",
    "transition_raw",
    "referrer_url",
    "referrer_visit_id",
    "opener_visit_id",
    "redirect_from_url",
    "duration_us",
    "foreground_us",
    "typed_input",
    "browser_visit_id",
    "synced",
    "device",
    "import_id",
)

_NEWER_TITLE = (
    "excluded.title IS NOT NULL AND (pages.title_at_us IS NULL "
    "OR excluded.title_at_us >= pages.title_at_us)"
)


def page_upsert_sql(source: str, differs: str) -> str:
    """Upsert pages from VALUES or a SELECT: newer titles win, search terms are kept."""
    cols = ", ".join(PAGE_COLUMNS)
    return (
        f"INSERT INTO pages ({cols}) {source} ON CONFLICT (id) DO UPDATE SET "
        f"title = CASE WHEN {_NEWER_TITLE} THEN excluded.title ELSE pages.title END, "
        f"title_at_us = CASE WHEN {_NEWER_TITLE} THEN excluded.title_at_us "
        "ELSE pages.title_at_us END, "
        "search_terms = COALESCE(pages.search_terms, excluded.search_terms), "
        "search_engine = COALESCE(pages.search_engine, excluded.search_engine) "
        f"WHERE ({_NEWER_TITLE} AND excluded.title {differs} pages.title) "
        "OR (pages.search_terms IS NULL AND excluded.search_terms IS NOT NULL)"
    )


EVERYTHING = VisitFilter()


def _now_us() -> int:
    return time.time_ns() // 1000


@dataclass(frozen=True, slots=True)
class SourceStats:
    """How much one source profile holds."""

    browser: str
    profile: str
    kind: str
    visits: int
    first_us: int | None
    last_us: int | None


@dataclass(frozen=True, slots=True)
class Stats:
    """What a user's database holds, for ``journeys stats`` and the API."""

    visits: int
    pages: int
    searches: int
    first_us: int | None
    last_us: int | None
    sources: list[SourceStats]
    top_hosts: list[tuple[str, int]]
    imports: int
    import_problems: int


class Store:
    """The storage service of one database; methods take the user they act for."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # users and sources -------------------------------------------------------------------
    def ensure_user(self, name: str) -> int:
        """The id of the named user, created on first use."""
        found = self.db.scalar("SELECT id FROM users WHERE name = ?", (name,))
        if found is not None:
            return int(found)
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO users (name, created_at_us) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                (name, _now_us()),
            )
        return int(self.db.scalar("SELECT id FROM users WHERE name = ?", (name,)))

    def ensure_source(self, user_id: int, info: SourceInfo) -> int:
        """The id of a source profile (deterministic), created on first use."""
        sid = source_id(user_id, info.browser, info.profile)
        self.db.execute(
            "INSERT INTO sources (id, user_id, kind, browser, profile, location, created_at_us) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET location = excluded.location",
            (sid, user_id, info.kind, info.browser, info.profile, info.path, _now_us()),
        )
        return sid

    # imports -----------------------------------------------------------------------------
    def start_import(self, user_id: int, path: str) -> int:
        """Record that an import of ``path`` began; returns its id."""
        with self.db.transaction():
            return int(
                self.db.scalar(
                    "INSERT INTO imports (user_id, path, started_at_us, status) "
                    "VALUES (?, ?, ?, 'running') RETURNING id",
                    (user_id, path, _now_us()),
                )
            )

    def finish_import(self, import_id: int, user_id: int, summary: ImportSummary) -> None:
        """Store the outcome of an import and its row issues."""
        with self.db.transaction():
            self.db.execute(
                "UPDATE imports SET kind = ?, finished_at_us = ?, status = ?, new_count = ?, "
                "known_count = ?, skipped_count = ?, problem_count = ?, error = ? "
                "WHERE id = ? AND user_id = ?",
                (
                    summary.kind,
                    _now_us(),
                    "failed" if summary.error else "done",
                    summary.new,
                    summary.known,
                    summary.skipped,
                    summary.problems,
                    summary.error,
                    import_id,
                    user_id,
                ),
            )
            self.add_issues(import_id, user_id, summary.issues)

    def add_issues(self, import_id: int, user_id: int, issues: Sequence[RowIssue]) -> None:
        """Store per-row problems of an import."""
        self.db.executemany(
            "INSERT INTO import_issues (import_id, user_id, location, field, message) "
            "VALUES (?, ?, ?, ?, ?)",
            [(import_id, user_id, i.location, i.field, i.message) for i in issues],
        )

    def import_issues(self, user_id: int, import_id: int | None = None) -> list[RowIssue]:
        """Stored row problems, of one import or of all."""
        sql = "SELECT location, field, message FROM import_issues WHERE user_id = ?"
        params: list[Any] = [user_id]
        if import_id is not None:
            sql += " AND import_id = ?"
            params.append(import_id)
        rows = self.db.query(sql + " ORDER BY id", params)
        return [RowIssue(location=r[0], field=r[1], message=r[2]) for r in rows]

    # visits ------------------------------------------------------------------------------
    def tombstones(self, user_id: int) -> set[int]:
        """Ids of visits the user deleted, which imports must not bring back."""
        rows = self.db.iter_query("SELECT id FROM visit_tombstones WHERE user_id = ?", (user_id,))
        return {int(r[0]) for r in rows}

    def write(self, pages: Sequence[Sequence[Any]], visits: Sequence[Sequence[Any]]) -> int:
        """Upsert pages and insert visits not yet stored; returns how many visits were new.

        Rows follow ``PAGE_COLUMNS`` and ``VISIT_COLUMNS``; call inside a transaction.
        """
        if isinstance(self.db, PostgresDatabase):
            return self._write_postgres(self.db, pages, visits)
        values = ", ".join("?" * len(PAGE_COLUMNS))
        ids = [int(row[0]) for row in pages]
        known: set[int] = set()
        for chunk in _chunks(ids, 500):
            marks = ", ".join("?" * len(chunk))
            known.update(
                r[0] for r in self.db.query(f"SELECT id FROM pages WHERE id IN ({marks})", chunk)
            )
        self.db.executemany(page_upsert_sql(f"VALUES ({values})", "IS NOT"), pages)
        for chunk in _chunks([i for i in ids if i not in known], 500):
            self.index_pages_sql(f"IN ({', '.join('?' * len(chunk))})", chunk)
        cols = ", ".join(VISIT_COLUMNS)
        marks = ", ".join("?" * len(VISIT_COLUMNS))
        return self.db.executemany(
            f"INSERT INTO visits ({cols}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING", visits
        )

    def index_pages_sql(self, condition: str, params: Sequence[Any] = ()) -> None:
        """Add pages whose id matches ``condition`` to the full-text index (SQLite only;
        PostgreSQL keeps a generated tsvector). Call once per new page."""
        self.db.execute(
            "INSERT INTO pages_fts (rowid, title, url, search_terms) "
            f"SELECT id, title, url, search_terms FROM pages WHERE id {condition}",
            params,
        )

    @staticmethod
    def _write_postgres(
        db: PostgresDatabase, pages: Sequence[Sequence[Any]], visits: Sequence[Sequence[Any]]
    ) -> int:
        db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS stage_pages "
            "(LIKE pages INCLUDING DEFAULTS EXCLUDING GENERATED) ON COMMIT DELETE ROWS"
        )
        db.execute("ALTER TABLE stage_pages DROP COLUMN IF EXISTS search_vector")
        db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS stage_visits (LIKE visits INCLUDING DEFAULTS) "
            "ON COMMIT DELETE ROWS"
        )
        db.execute("TRUNCATE stage_pages, stage_visits")
        db.copy_rows("stage_pages", PAGE_COLUMNS, pages)
        db.copy_rows("stage_visits", VISIT_COLUMNS, visits)
        cols = ", ".join(PAGE_COLUMNS)
        db.execute(page_upsert_sql(f"SELECT {cols} FROM stage_pages", "IS DISTINCT FROM"))
        vcols = ", ".join(VISIT_COLUMNS)
        return db.execute(
            f"INSERT INTO visits ({vcols}) SELECT {vcols} FROM stage_visits "
            "ON CONFLICT (id) DO NOTHING"
        )

    def _where(self, user_id: int, f: VisitFilter) -> tuple[str, list[Any]]:
        clauses = ["v.user_id = ?"]
        params: list[Any] = [user_id]
        if f.since_us is not None:
            clauses.append("v.visited_at_us >= ?")
            params.append(f.since_us)
        if f.until_us is not None:
            clauses.append("v.visited_at_us < ?")
            params.append(f.until_us)
        if f.domain:
            domain = f.domain.lower().strip().removeprefix("www.")
            clauses.append("(p.host = ? OR p.host LIKE ?)")
            params += [domain, "%." + domain]
        if f.url:
            clauses.append("(p.url = ? OR p.canonical_url = ?)")
            params += [f.url, canonicalize(f.url)]
        if f.source:
            clauses.append("(s.browser = ? OR s.kind = ?)")
            params += [f.source, f.source]
        if f.journey_id is not None:
            clauses.append(
                "v.id IN (SELECT visit_id FROM journey_visits WHERE user_id = ? AND journey_id = ?)"
            )
            params += [user_id, f.journey_id]
            if self.db.dialect == "sqlite":  # start from the journey's visits, as for words
                clauses[0] = "+v.user_id = ?"
        if f.words:
            # full-text over pages only (titles, URLs, search terms): index-backed, no scan
            if self.db.dialect == "sqlite":
                clauses.append("v.page_id IN (SELECT rowid FROM pages_fts WHERE pages_fts MATCH ?)")
                params.append(fts_query(f.words))
                # start from the matching pages (visits_page), not from every visit in time
                # order: "+" keeps the planner off the (user, time) index
                clauses[0] = "+v.user_id = ?"
            else:
                clauses.append("p.search_vector @@ plainto_tsquery('simple', ?)")
                params.append(f.words)
        if f.visit_id is not None:
            clauses.append("v.id = ?")
            params.append(f.visit_id)
        if f.unassigned:
            clauses.append(
                "v.id NOT IN (SELECT visit_id FROM journey_visits WHERE user_id = ? "
                "AND journey_id IS NOT NULL)"
            )
            params.append(user_id)
        if f.text:
            if self.db.dialect == "sqlite":
                clauses.append(
                    "(v.page_id IN (SELECT rowid FROM pages_fts WHERE pages_fts MATCH ?) "
                    "OR v.search_terms LIKE ?)"
                )
                params += [fts_query(f.text), f"%{f.text}%"]
            else:
                clauses.append(
                    "(p.search_vector @@ plainto_tsquery('simple', ?) OR v.search_terms ILIKE ?)"
                )
                params += [f.text, f"%{f.text}%"]
        return " AND ".join(clauses), params

    def iter_visits(self, user_id: int, f: VisitFilter = EVERYTHING) -> Iterator[StoredVisit]:
        """The user's visits matching the filter, newest first unless asked otherwise."""
        where, params = self._where(user_id, f)
        order = "DESC" if f.newest_first else "ASC"
        sql = (
            "SELECT v.id, p.url, p.canonical_url, p.host, COALESCE(v.title, p.title), "
            "v.visited_at_us, s.browser, s.profile, v.search_terms, v.transition, "
            "v.referrer_url, v.referrer_visit_id, v.duration_us, v.foreground_us, v.synced, "
            "jv.journey_id, jv.task_id, jv.session_id "
            "FROM visits v JOIN pages p ON p.id = v.page_id JOIN sources s ON s.id = v.source_id "
            "LEFT JOIN journey_visits jv ON jv.user_id = v.user_id AND jv.visit_id = v.id "
            f"WHERE {where} ORDER BY v.visited_at_us {order}, v.id {order}"
        )
        if f.limit is not None:
            sql += " LIMIT ?"
            params.append(f.limit)
        for r in self.db.iter_query(sql, params):
            yield StoredVisit(
                id=r[0],
                url=r[1],
                canonical_url=r[2],
                host=r[3],
                title=r[4],
                visited_at_us=r[5],
                source=r[6],
                profile=r[7],
                search_terms=r[8],
                transition=r[9],
                referrer_url=r[10],
                referrer_visit_id=r[11],
                duration_us=r[12],
                foreground_us=r[13],
                synced=bool(r[14]),
                journey_id=r[15],
                task_id=r[16],
                session_id=r[17],
            )

    def count_visits(self, user_id: int, f: VisitFilter = EVERYTHING) -> int:
        """How many of the user's visits match the filter."""
        where, params = self._where(user_id, f)
        return int(
            self.db.scalar(
                "SELECT COUNT(*) FROM visits v JOIN pages p ON p.id = v.page_id "
                f"JOIN sources s ON s.id = v.source_id WHERE {where}",
                params,
            )
        )

    def delete_visits(self, user_id: int, f: VisitFilter) -> int:
        """Delete matching visits everywhere, remember them so re-imports skip them.

        Pages left without visits are removed too, and with them their full-text entries.
        """
        where, params = self._where(user_id, f)
        now = _now_us()
        with self.db.transaction():
            ids = [
                int(r[0])
                for r in self.db.iter_query(
                    "SELECT v.id FROM visits v JOIN pages p ON p.id = v.page_id "
                    f"JOIN sources s ON s.id = v.source_id WHERE {where}",
                    params,
                )
            ]
            for chunk in _chunks(ids, 500):
                marks = ", ".join("?" * len(chunk))
                self.db.executemany(
                    "INSERT INTO visit_tombstones (id, user_id, deleted_at_us) VALUES (?, ?, ?) "
                    "ON CONFLICT (id) DO NOTHING",
                    [(i, user_id, now) for i in chunk],
                )
                self.db.execute(
                    "UPDATE visits SET referrer_visit_id = NULL WHERE user_id = ? "
                    f"AND referrer_visit_id IN ({marks})",
                    (user_id, *chunk),
                )
                self.db.execute(
                    "UPDATE visits SET opener_visit_id = NULL WHERE user_id = ? "
                    f"AND opener_visit_id IN ({marks})",
                    (user_id, *chunk),
                )
                self.db.execute(
                    f"DELETE FROM visits WHERE user_id = ? AND id IN ({marks})", (user_id, *chunk)
                )
                self.db.execute(
                    f"DELETE FROM journey_visits WHERE user_id = ? AND visit_id IN ({marks})",
                    (user_id, *chunk),
                )
            self.db.execute(
                "DELETE FROM pages WHERE user_id = ? AND NOT EXISTS "
                "(SELECT 1 FROM visits v WHERE v.page_id = pages.id)",
                (user_id,),
            )
        return len(ids)

    def imports(self, user_id: int, limit: int = 50) -> list[dict[str, Any]]:
        """The user's latest imports with their status and counts, newest first."""
        cols = (
            "id, path, kind, started_at_us, finished_at_us, status, new_count, known_count, "
            "skipped_count, problem_count, error"
        )
        return [
            dict(zip([c.strip() for c in cols.split(",")], r, strict=True))
            for r in self.db.query(
                f"SELECT {cols} FROM imports WHERE user_id = ? ORDER BY id DESC LIMIT ?",
                (user_id, limit),
            )
        ]

    def note_change(self, user_id: int) -> None:
        """Count one more change of the user's data (what every server process checks)."""
        self.db.execute(  # nothing for a user just deleted
            "INSERT INTO user_changes(user_id, n) SELECT id, 1 FROM users WHERE id = ? "
            "ON CONFLICT (user_id) DO UPDATE SET n = user_changes.n + 1",
            (user_id,),
        )

    def excluded_sites(self, user_id: int) -> list[str]:
        """Sites the person never wants imported or shown, alphabetically."""
        return [
            str(r[0])
            for r in self.db.query(
                "SELECT host FROM excluded_sites WHERE user_id = ? ORDER BY host", (user_id,)
            )
        ]

    def set_excluded(self, user_id: int, host: str, excluded: bool) -> None:
        """Add a site to the excluded ones (or take it off)."""
        with self.db.transaction():
            if excluded:
                self.db.execute(
                    "INSERT INTO excluded_sites (user_id, host, created_at_us) VALUES (?, ?, ?) "
                    "ON CONFLICT (user_id, host) DO NOTHING",
                    (user_id, host, _now_us()),
                )
            else:
                self.db.execute(
                    "DELETE FROM excluded_sites WHERE user_id = ? AND host = ?", (user_id, host)
                )

    def stats(self, user_id: int, top: int = 10) -> Stats:
        """Counts, time span, per-source figures and the most visited hosts."""
        q = self.db.query
        total, first, last, searches = q(
            "SELECT COUNT(*), MIN(visited_at_us), MAX(visited_at_us), "
            "COUNT(search_terms) FROM visits WHERE user_id = ?",
            (user_id,),
        )[0]
        pages = q("SELECT COUNT(*) FROM pages WHERE user_id = ?", (user_id,))[0][0]
        sources = [
            SourceStats(
                browser=r[0], profile=r[1], kind=r[2], visits=r[3], first_us=r[4], last_us=r[5]
            )
            for r in q(
                "SELECT s.browser, s.profile, s.kind, COUNT(v.id), MIN(v.visited_at_us), "
                "MAX(v.visited_at_us) FROM sources s LEFT JOIN visits v ON v.source_id = s.id "
                "WHERE s.user_id = ? GROUP BY s.id, s.browser, s.profile, s.kind "
                "ORDER BY COUNT(v.id) DESC",
                (user_id,),
            )
        ]
        hosts = [
            (str(r[0]), int(r[1]))
            for r in q(
                "SELECT p.host, COUNT(*) FROM visits v JOIN pages p ON p.id = v.page_id "
                "WHERE v.user_id = ? GROUP BY p.host ORDER BY COUNT(*) DESC, p.host LIMIT ?",
                (user_id, top),
            )
        ]
        imports, problems = q(
            "SELECT COUNT(*), COALESCE(SUM(problem_count), 0) FROM imports WHERE user_id = ?",
            (user_id,),
        )[0]
        return Stats(
            visits=int(total),
            pages=int(pages),
            searches=int(searches),
            first_us=first,
            last_us=last,
            sources=sources,
            top_hosts=hosts,
            imports=int(imports),
            import_problems=int(problems),
        )


def fts_query(text: str) -> str:
    """User text as a safe FTS5 query: every word must match, as a prefix."""
    words = [w.replace('"', '""') for w in text.split() if w.strip('"')]
    return " ".join(f'"{w}"*' for w in words) or '""'


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
