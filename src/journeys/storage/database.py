"""Connections to SQLite and PostgreSQL behind one small interface; SQL is written with ``?``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from journeys.errors import StorageError

_CACHE_KIB = 262_144  # pages a web server reads again and again stay in memory
_LEAN_CACHE_KIB = 16_384

Dialect = Literal["sqlite", "postgresql"]
Row = tuple[Any, ...]


class Database:
    """A connection with a dialect; one writer at a time, explicit transactions."""

    dialect: Dialect
    url: str

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; returns the number of rows it changed."""
        raise NotImplementedError

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        """Run one statement for many rows; returns the number of rows changed."""
        raise NotImplementedError

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """All rows of a query."""
        return list(self.iter_query(sql, params))

    def iter_query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        """Rows of a query, fetched in chunks so large results stay out of memory."""
        raise NotImplementedError

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row, or None."""
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    @contextmanager
    def lean_cache(self) -> Iterator[None]:
        """A small page cache for the block: for bulk work that reads each page once (a full
        build reads every visit), where a large cache would only hold memory."""
        yield

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction: committed when the block ends, rolled back on any error."""
        raise NotImplementedError
        yield  # pragma: no cover

    def script(self, sql: str) -> None:
        """Run several statements (migrations)."""
        raise NotImplementedError

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """A stretch of bulk writes whose references the writer guarantees itself."""
        yield

    def close(self) -> None:
        """Close the connection."""
        raise NotImplementedError


class SQLiteDatabase(Database):
    """The embedded default: a file in WAL mode, one writer with ``BEGIN IMMEDIATE``."""

    dialect: Dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.url = "sqlite:///" + str(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
            self._conn.execute("PRAGMA page_size=16384")  # only takes effect on a new file
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
            self._conn.execute("PRAGMA temp_store=MEMORY")
        except (sqlite3.Error, OSError) as exc:
            raise StorageError(f"{path}: cannot open database: {exc}") from exc
        self._in_tx = False

    @contextmanager
    def lean_cache(self) -> Iterator[None]:
        self._conn.execute(f"PRAGMA cache_size=-{_LEAN_CACHE_KIB}")
        try:
            yield
        finally:
            self._conn.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")

    @property
    def raw(self) -> sqlite3.Connection:
        """The sqlite3 connection itself, for bulk paths that join an attached file in SQL."""
        return self._conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        try:
            return self._conn.execute(sql, params).rowcount
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: {exc}") from exc

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        try:
            return self._conn.executemany(sql, rows).rowcount
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: {exc}") from exc

    def iter_query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        try:
            cur = self._conn.execute(sql, params)
            while chunk := cur.fetchmany(2000):
                yield from chunk
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: {exc}") from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_tx:
            yield
            return
        self.execute("BEGIN IMMEDIATE")
        self._in_tx = True
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._in_tx = False

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        # Foreign keys are checked per row otherwise; imports write pages before visits
        # and take user, source and import ids from the database itself.
        self._conn.execute("PRAGMA foreign_keys=OFF")
        try:
            yield
        finally:
            self._conn.execute("PRAGMA foreign_keys=ON")

    def script(self, sql: str) -> None:
        try:
            self._conn.executescript(sql)
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: {exc}") from exc

    def close(self) -> None:
        self._conn.close()


def _pg_sql(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresDatabase(Database):
    """The server backend, through psycopg 3."""

    dialect: Dialect = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self._psycopg = psycopg
        try:
            self._conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StorageError(f"cannot connect to PostgreSQL at {_redact(url)}: {exc}") from exc
        self._in_tx = False

    def _fail(self, exc: Exception) -> StorageError:
        return StorageError(f"PostgreSQL at {_redact(self.url)}: {exc}")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        try:
            with self._conn.cursor() as cur:
                cur.execute(_pg_sql(sql), params)
                return cur.rowcount
        except self._psycopg.Error as exc:
            raise self._fail(exc) from exc

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        if not rows:
            return 0
        try:
            with self._conn.cursor() as cur:
                cur.executemany(_pg_sql(sql), rows)
                return cur.rowcount
        except self._psycopg.Error as exc:
            raise self._fail(exc) from exc

    def copy_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Bulk-load rows with COPY (fast path for imports)."""
        try:
            with (
                self._conn.cursor() as cur,
                cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
        except self._psycopg.Error as exc:
            raise self._fail(exc) from exc

    def iter_query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        try:
            with self._conn.cursor() as cur:
                cur.execute(_pg_sql(sql), params)
                if cur.description is None:
                    return
                while chunk := cur.fetchmany(2000):
                    yield from chunk
        except self._psycopg.Error as exc:
            raise self._fail(exc) from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_tx:
            yield
            return
        self._in_tx = True
        try:
            with self._conn.transaction():
                yield
        except self._psycopg.Error as exc:
            raise self._fail(exc) from exc
        finally:
            self._in_tx = False

    def script(self, sql: str) -> None:
        try:
            with self._conn.cursor() as cur:
                cur.execute(sql.encode())
        except self._psycopg.Error as exc:
            raise self._fail(exc) from exc

    def close(self) -> None:
        self._conn.close()


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def connect(url: str) -> Database:
    """A connection for a database URL (``sqlite:///path`` or ``postgresql://…``)."""
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresDatabase(url)
    if url.startswith("sqlite:///"):
        return SQLiteDatabase(Path(url[len("sqlite:///") :]))
    raise StorageError(f"unsupported database URL: {url}")


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Connect and bring the schema up to date (numbered, append-only migrations)."""
    from journeys.storage.migrations import upgrade

    db = connect(url)
    if migrate:
        try:
            upgrade(db)
        except BaseException:
            db.close()
            raise
    return db
