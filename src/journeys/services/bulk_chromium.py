"""Fast path: a Chromium History into the embedded SQLite database, joined in SQL, on 2 cores.

The generic path reads visits into Python records and writes them back row by row. For the
most common import, a Chromium profile into the default SQLite file, this path attaches the
snapshot to the journeys database and moves rows with INSERT … SELECT. What SQL cannot do is
done once per URL, not per visit (ids, canonical form, host, search terms), in a second
process while this one resolves redirect chains. It stores exactly what the generic path
stores; tests/test_bulk_chromium.py holds the two equal.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from journeys.errors import CorruptSourceError
from journeys.ids import page_id, visit_key
from journeys.ingest.base import clean_text
from journeys.ingest.chromium import (
    CHAIN_END,
    CHAIN_START,
    CORE_TYPES,
    ChromiumImporter,
    chain_start,
    visible_visits_sql,
)
from journeys.ingest.snapshot import snapshot_file, table_columns, tables
from journeys.models import ImportSummary, RowIssue
from journeys.storage import Store
from journeys.storage.database import SQLiteDatabase
from journeys.storage.store import PAGE_COLUMNS, VISIT_COLUMNS, page_upsert_sql
from journeys.times import CHROMIUM_EPOCH_OFFSET_US
from journeys.urls import canonicalize, host_of, search_from_url

OFF = CHROMIUM_EPOCH_OFFSET_US
_BAD = "(s.url IS NULL OR typeof(s.url) != 'text' OR s.url = '' OR typeof(s.vt) != 'integer')"


def applies(store: Store, importer: object) -> bool:
    """True when the fast path can run: a Chromium History into a SQLite database."""
    return isinstance(importer, ChromiumImporter) and isinstance(store.db, SQLiteDatabase)


@dataclass(frozen=True, slots=True)
class _UrlReport:
    total: int
    visible: int
    bad: int
    check: str = "ok"  # what PRAGMA quick_check said of the snapshot


def url_keys(snap: str, out: str, user_id: int) -> _UrlReport:
    """First half of the per-URL work: one row per visible URL with what visits need (ids,
    title, search terms) and the counts of visible and unreadable visits."""
    src = sqlite3.connect(f"file:{snap}?mode=ro", uri=True)
    dst = sqlite3.connect(out)
    try:
        result = src.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            return _UrlReport(0, 0, 0, check=str(result[0] if result else "no answer"))
        names = tables(src)
        hidden = "AND u.hidden = 0" if "hidden" in table_columns(src, "urls") else ""
        kterm = (
            "(SELECT term FROM keyword_search_terms k WHERE k.url_id = u.id LIMIT 1)"
            if "keyword_search_terms" in names
            else "NULL"
        )
        dst.execute(
            "CREATE TABLE IF NOT EXISTS j_urls (uid INTEGER PRIMARY KEY, url, pid, vkey, title, "
            "kterm, uterms, engine, last_t)"
        )
        rows = []
        visible = bad = 0
        for uid, url, title, term, last, count, bad_times in src.execute(
            f"SELECT u.id, u.url, u.title, {kterm}, m.last, m.n, m.bad FROM ("
            "SELECT v.url AS uid, MAX(v.visit_time) AS last, COUNT(*) AS n, "
            # a scan and a sort beat walking visits(url) with a row lookup per visit
            "SUM(typeof(v.visit_time) != 'integer') AS bad FROM visits v NOT INDEXED "
            f"WHERE (v.transition & {CHAIN_END}) != 0 AND (v.transition & 255) NOT IN (3, 4, 10) "
            f"GROUP BY v.url) m JOIN urls u ON u.id = m.uid WHERE 1 = 1 {hidden}"
        ):
            visible += count
            if not isinstance(url, str) or not url:
                bad += count
                continue
            bad += bad_times or 0
            hit = search_from_url(url)
            rows.append(
                (
                    uid,
                    url,
                    page_id(user_id, url),
                    visit_key(user_id, "", url),
                    clean_text(title),
                    clean_text(term),
                    hit.terms if hit else None,
                    hit.engine if hit else None,
                    last - OFF if isinstance(last, int) else None,
                )
            )
        rows.sort()  # appending in key order is cheaper than inserting at random
        dst.executemany("INSERT INTO j_urls VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        dst.commit()
        total = int(src.execute("SELECT COUNT(*) FROM visits").fetchone()[0])
        return _UrlReport(total=total, visible=visible, bad=bad)
    finally:
        src.close()
        dst.close()


def url_forms(keys: str, out: str) -> None:
    """Second half of the per-URL work, needed by pages only: canonical form and host."""
    src = sqlite3.connect(keys)
    dst = sqlite3.connect(out)
    try:
        dst.execute(
            "CREATE TABLE IF NOT EXISTS j_forms (url TEXT PRIMARY KEY, canon, host) WITHOUT ROWID"
        )
        rows = [
            (url, canonicalize(url), host_of(url))
            for (url,) in src.execute("SELECT url FROM j_urls")
        ]
        dst.executemany("INSERT OR REPLACE INTO j_forms VALUES (?, ?, ?)", rows)
        dst.commit()
    finally:
        src.close()
        dst.close()


def _start_worker(
    snap: Path, keys: Path, forms: Path, user_id: int
) -> subprocess.Popen[str] | None:
    """The per-URL work in a second process (a plain ``python -m``, so nothing of the caller's
    program is re-run), or None where there is no second core or interpreter."""
    if (os.cpu_count() or 1) < 2 or not sys.executable:
        return None
    sqlite3.connect(forms).execute(  # exists before this process attaches it
        "CREATE TABLE IF NOT EXISTS j_forms (url TEXT PRIMARY KEY, canon, host) WITHOUT ROWID"
    ).connection.close()
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "journeys.services.bulk_chromium",
            str(snap),
            str(keys),
            str(forms),
            str(user_id),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _keys_ready(
    worker: subprocess.Popen[str] | None, snap: Path, keys: Path, forms: Path, user_id: int
) -> tuple[_UrlReport, subprocess.Popen[str] | None]:
    """The URL keys (from the worker once it has written them, or made here); the worker
    goes on with the URL forms."""
    if worker is not None and worker.stdout is not None:
        line = worker.stdout.readline()
        try:
            data = json.loads(line)
            return _UrlReport(data["total"], data["visible"], data["bad"], data["check"]), worker
        except (json.JSONDecodeError, KeyError, TypeError):
            worker.kill()
            worker.wait()
    keys.unlink(missing_ok=True)
    report = url_keys(str(snap), str(keys), user_id)
    url_forms(str(keys), str(forms))
    return report, None


def _load_forms(conn: sqlite3.Connection, forms: Path) -> None:
    """Copy the URL forms into a temp table (attaching the file inside the import's
    transaction is not possible, and attaching it before would lock out the worker)."""
    conn.execute("DROP TABLE IF EXISTS temp.j_forms")
    conn.execute("CREATE TEMP TABLE j_forms (url TEXT PRIMARY KEY, canon, host) WITHOUT ROWID")
    src = sqlite3.connect(forms)
    try:
        conn.executemany(
            "INSERT INTO temp.j_forms VALUES (?, ?, ?)",
            src.execute("SELECT url, canon, host FROM j_forms"),
        )
    finally:
        src.close()


def _forms_ready(worker: subprocess.Popen[str] | None, keys: Path, forms: Path) -> None:
    """Wait for the worker's URL forms; make them here if it failed."""
    if worker is None:
        return
    worker.communicate()
    if worker.returncode != 0:
        url_forms(str(keys), str(forms))


def _bad_ids(src: sqlite3.Connection) -> list[int]:
    select, _ = visible_visits_sql(src, tables(src))
    return [r[0] for r in src.execute(f"SELECT s.bid FROM ({select}) s WHERE {_BAD}")]


def import_chromium(
    store: Store,
    user_id: int,
    importer: ChromiumImporter,
    import_id: int,
    summary: ImportSummary,
) -> None:
    """Import one History through SQL; fills ``summary``. Raises SourceError on a bad file."""
    db = store.db
    assert isinstance(db, SQLiteDatabase)
    with (
        snapshot_file(importer.path, check=False) as snap,
        tempfile.TemporaryDirectory() as tmp,
    ):
        src = sqlite3.connect(f"file:{snap}?mode=ro", uri=True)
        try:
            if not {"urls", "visits"} <= tables(src):
                raise CorruptSourceError(
                    importer.path, "no 'urls' and 'visits' tables: not a History"
                )
            _run(store, db, src, snap, Path(tmp) / "urls.db", user_id, importer, import_id, summary)
        except sqlite3.DatabaseError as exc:
            raise CorruptSourceError(
                importer.path, f"damaged or truncated SQLite database: {exc}"
            ) from exc
        finally:
            src.close()


def _run(
    store: Store,
    db: SQLiteDatabase,
    src: sqlite3.Connection,
    snap: Path,
    urls_db: Path,
    user_id: int,
    importer: ChromiumImporter,
    import_id: int,
    summary: ImportSummary,
) -> None:
    # keyword terms come per URL from the worker's table, not per visit
    select, has_opener = visible_visits_sql(src, tables(src), prefix="src.", with_terms=False)
    conn = db.raw
    keys, forms = urls_db, urls_db.with_name("forms.db")
    worker = _start_worker(snap, keys, forms, user_id)
    try:
        conn.execute("ATTACH DATABASE ? AS src", (str(snap),))
        try:
            _chains(conn, src, has_opener)
            _stage(conn, select)  # while the worker computes the URL keys
            report, worker = _keys_ready(worker, snap, keys, forms, user_id)
            if report.check != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {report.check}")
            conn.execute("ATTACH DATABASE ? AS ju", (str(keys),))
            try:
                with db.bulk_load(), db.transaction():
                    sid = store.ensure_source(user_id, importer.info)
                    forgotten = _forgotten(conn, user_id)
                    new = _write_visits(conn, user_id, sid, import_id)
                    _forms_ready(worker, keys, forms)  # the worker made them meanwhile
                    worker = None
                    _load_forms(conn, forms)
                    conn.execute("DROP TABLE IF EXISTS temp.j_new")
                    conn.execute("CREATE TEMP TABLE j_new (pid INTEGER PRIMARY KEY)")
                    conn.execute(
                        "INSERT OR IGNORE INTO temp.j_new SELECT pid FROM ju.j_urls "
                        "WHERE pid NOT IN (SELECT id FROM main.pages)"
                    )
                    _write_pages(conn, user_id)
                    store.index_pages_sql("IN (SELECT pid FROM temp.j_new)")
                    conn.execute("DROP TABLE temp.j_new")
            finally:
                conn.execute("DROP TABLE IF EXISTS temp.j_forms")
                conn.execute("DETACH DATABASE ju")
        finally:
            conn.execute("DROP TABLE IF EXISTS temp.j_chain")
            conn.execute("DROP TABLE IF EXISTS temp.j_stage")
            conn.execute("DETACH DATABASE src")
    finally:
        if worker is not None:  # an error above: do not leave the worker running
            worker.kill()
            worker.wait()
    for bid in _bad_ids(src) if report.bad else []:
        summary.problems += 1
        if len(summary.issues) < 1000:
            summary.issues.append(
                RowIssue(f"{importer.path}: visits.id={bid}", "unreadable row: empty url or time")
            )
    summary.new = new
    summary.known = report.visible - report.bad - new - forgotten
    summary.skipped = report.total - report.visible + forgotten


def _chains(conn: sqlite3.Connection, src: sqlite3.Connection, has_opener: bool) -> None:
    """Referrers of visits reached through redirects: the chain start's (as Chrome's Journeys).

    One hop (the common case) is joined in SQL; longer chains are walked in Python.
    """
    conn.execute("DROP TABLE IF EXISTS temp.j_chain")
    conn.execute(
        "CREATE TEMP TABLE j_chain (bid INTEGER PRIMARY KEY, furl, ft, ourl, ot, redir, fuid, ouid)"
    )
    opener = (
        "LEFT JOIN src.visits o ON o.id = f.opener_visit AND f.opener_visit != 0 "
        "LEFT JOIN src.urls ou ON ou.id = o.url"
        if has_opener
        else ""
    )
    redirected = (
        f"(v.transition & {CHAIN_END}) != 0 AND (v.transition & {CHAIN_START}) = 0 "
        "AND v.from_visit != 0"
    )
    conn.execute(
        f"INSERT INTO temp.j_chain SELECT v.id, ffu.url, ff.visit_time, "
        f"{'ou.url, o.visit_time' if has_opener else 'NULL, NULL'}, fu.url, ff.url, "
        f"{'o.url' if has_opener else 'NULL'} "
        "FROM src.visits v JOIN src.visits f ON f.id = v.from_visit "
        "JOIN src.urls fu ON fu.id = f.url "
        "LEFT JOIN src.visits ff ON ff.id = f.from_visit AND f.from_visit != 0 "
        f"LEFT JOIN src.urls ffu ON ffu.id = ff.url {opener} "
        f"WHERE {redirected} AND ((f.transition & {CHAIN_START}) != 0 OR f.from_visit = 0)"
    )
    longer = conn.execute(
        f"SELECT v.id, v.from_visit FROM src.visits v JOIN src.visits f ON f.id = v.from_visit "
        f"WHERE {redirected} AND (f.transition & {CHAIN_START}) = 0 AND f.from_visit != 0"
    ).fetchall()
    rows = []
    for bid, from_visit in longer:
        start = chain_start(src, int(from_visit), has_opener)
        if start is not None:
            redirect_from, (furl, ft), (ourl, ot) = start
            rows.append((bid, furl, ft, ourl, ot, redirect_from, None, None))
    conn.executemany("INSERT INTO temp.j_chain VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


# what the visits insert reads per visit (URL texts come from the URL-keys table by id)
_STAGE = (
    "bid", "vt", "tr", "dur", "guid", "vsrc", "fg", "aterm", "furl", "ft", "ourl", "ot", "uid",
    "fuid", "ouid",
)  # fmt: skip


def _stage(conn: sqlite3.Connection, select: str) -> None:
    """The visible visits, with the chain-start referrers folded in, in one temp table."""
    conn.execute("DROP TABLE IF EXISTS temp.j_stage")
    conn.execute(
        f"CREATE TEMP TABLE j_stage (bid INTEGER PRIMARY KEY, {', '.join(_STAGE[1:])}, redir)"
    )
    pick = {name: f"s.{name}" for name in _STAGE}
    for name in ("furl", "ft", "ourl", "ot", "fuid", "ouid"):
        pick[name] = f"CASE WHEN c.bid IS NOT NULL THEN c.{name} ELSE s.{name} END"
    conn.execute(
        f"INSERT INTO temp.j_stage SELECT {', '.join(pick[n] for n in _STAGE)}, c.redir "
        f"FROM ({select}) s LEFT JOIN temp.j_chain c ON c.bid = s.bid"
    )


def _xor(a: str, b: str) -> str:
    """SQL for a XOR b on 64-bit integers (SQLite has no XOR operator)."""
    return f"(({a}) | ({b})) & ~(({a}) & ({b}))"


_TRANSITION_SQL = (
    "CASE s.tr & 255 "
    + " ".join(f"WHEN {k} THEN '{v}'" for k, v in CORE_TYPES.items())
    + " ELSE 'unknown:' || (s.tr & 255) END"
)
_VID = _xor("u.vkey", f"s.vt - {OFF}")


def _forgotten(conn: sqlite3.Connection, user_id: int) -> int:
    if not conn.execute(
        "SELECT 1 FROM visit_tombstones WHERE user_id = ? LIMIT 1", (user_id,)
    ).fetchone():
        return 0
    return int(
        conn.execute(
            "SELECT COUNT(*) FROM temp.j_stage s JOIN ju.j_urls u ON u.uid = s.uid "
            f"WHERE typeof(s.vt) = 'integer' "
            f"AND {_VID} IN (SELECT id FROM visit_tombstones WHERE user_id = ?)",
            (user_id,),
        ).fetchone()[0]
    )


def _write_pages(conn: sqlite3.Connection, user_id: int) -> None:
    cols = ", ".join(PAGE_COLUMNS)
    conn.execute(
        page_upsert_sql(
            f"SELECT {cols} FROM (SELECT k.pid AS id, ? AS user_id, k.url, "
            "f.canon AS canonical_url, f.host, k.title, k.last_t AS title_at_us, "
            "COALESCE(k.kterm, k.uterms) AS search_terms, k.engine AS search_engine "
            "FROM ju.j_urls k JOIN temp.j_forms f ON f.url = k.url ORDER BY k.pid) WHERE true",
            "IS NOT",
        ),
        (user_id,),
    )


def _write_visits(conn: sqlite3.Connection, user_id: int, sid: int, import_id: int) -> int:
    conn.create_function("j_vkey", 1, lambda url: visit_key(user_id, "", url), deterministic=True)
    conn.create_function("j_text", 1, clean_text, deterministic=True)
    cols = ", ".join(VISIT_COLUMNS)
    ref = _xor("COALESCE(fu.vkey, j_vkey(s.furl))", f"s.ft - {OFF}")
    opener = _xor("COALESCE(ou.vkey, j_vkey(s.ourl))", f"s.ot - {OFF}")
    conn.execute(
        f"""
        INSERT INTO visits ({cols})
        SELECT {_VID} AS vid, ?, ?, u.pid, s.vt - {OFF}, u.title,
               COALESCE(u.kterm, CASE WHEN s.aterm IS NOT NULL THEN j_text(s.aterm) END,
                        u.uterms),
               {_TRANSITION_SQL}, s.tr & 4294967295,
               CASE WHEN typeof(s.furl) = 'text' THEN s.furl END,
               CASE WHEN typeof(s.furl) = 'text' AND s.ft THEN {ref} END,
               CASE WHEN typeof(s.ourl) = 'text' AND s.ot THEN {opener} END,
               s.redir, NULLIF(s.dur, 0), NULLIF(s.fg, 0), NULL, s.bid,
               COALESCE(s.vsrc = 0, 0), CASE WHEN s.vsrc = 0 THEN j_text(s.guid) END, ?
        FROM temp.j_stage s
        JOIN ju.j_urls u ON u.uid = s.uid
        LEFT JOIN ju.j_urls fu ON fu.uid = s.fuid
        LEFT JOIN ju.j_urls ou ON ou.uid = s.ouid
        WHERE typeof(s.vt) = 'integer'
          AND vid NOT IN (SELECT id FROM visit_tombstones WHERE user_id = ?)
        ON CONFLICT (id) DO NOTHING
        """,
        (user_id, sid, import_id, user_id),
    )
    return int(conn.execute("SELECT changes()").fetchone()[0])


if __name__ == "__main__":  # the per-URL worker: SNAPSHOT KEYS_DB FORMS_DB USER_ID
    snap_arg, keys_arg, forms_arg, user_arg = sys.argv[1:5]
    print(json.dumps(asdict(url_keys(snap_arg, keys_arg, int(user_arg)))), flush=True)
    url_forms(keys_arg, forms_arg)
