"""Safe snapshots of SQLite files a browser may hold open: never open the live file in place.

The file is copied with its -wal, -shm and -journal siblings into a private folder, the copy is
opened normally (so SQLite replays the WAL or rolls back a hot journal), checked, and written
with the SQLite backup API into one consistent snapshot that importers read.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from journeys.errors import CorruptSourceError, EncryptedSourceError, SourceError

SQLITE_MAGIC = b"SQLite format 3\x00"
_SIBLINGS = ("-wal", "-journal")


def is_sqlite_file(path: Path) -> bool:
    """True when the file starts with the SQLite header."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _copy_set(path: Path, folder: Path) -> tuple[Path, bool]:
    """Copy the file and its -wal/-journal; returns the copy and whether any sibling came."""
    target = folder / path.name
    shutil.copyfile(path, target)
    siblings = False
    for suffix in _SIBLINGS:
        sibling = path.with_name(path.name + suffix)
        if sibling.exists():
            shutil.copyfile(sibling, folder / (path.name + suffix))
            siblings = True
    # The -shm index is rebuilt from the WAL; a copy taken mid-write could mislead SQLite.
    return target, siblings


def _check_header(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SourceError(path, f"cannot read file: {exc.strerror or exc}") from exc
    if size == 0:
        raise CorruptSourceError(path, "empty file (0 bytes)")
    if not is_sqlite_file(path):
        raise EncryptedSourceError(path, "not a SQLite database (encrypted or another format)")


@contextmanager
def snapshot(path: Path, attempts: int = 3) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a consistent private copy of a possibly live SQLite file."""
    with snapshot_file(path, attempts) as snap:
        conn = sqlite3.connect(f"file:{snap}?mode=ro", uri=True)
        try:
            yield conn
        finally:
            conn.close()


@contextmanager
def snapshot_file(path: Path, attempts: int = 3, *, check: bool = True) -> Iterator[Path]:
    """A consistent private copy of a possibly live SQLite file, deleted after the block.

    ``check=False`` skips ``PRAGMA quick_check`` for callers that run it themselves (the
    Chromium fast path checks in its second process while the first reads).
    """
    _check_header(path)
    with tempfile.TemporaryDirectory(prefix="journeys-snap-") as tmp:
        folder = Path(tmp)
        last_error: Exception | None = None
        for attempt in range(attempts):
            copy_dir = folder / f"copy{attempt}"
            copy_dir.mkdir()
            try:
                copy, siblings = _copy_set(path, copy_dir)
            except OSError as exc:
                raise SourceError(path, f"cannot copy file: {exc.strerror or exc}") from exc
            snap = folder / f"snapshot{attempt}.sqlite"
            try:
                src = sqlite3.connect(str(copy))
                try:
                    result = src.execute("PRAGMA quick_check").fetchone() if check else ("ok",)
                    if not result or result[0] != "ok":
                        raise sqlite3.DatabaseError(f"integrity check failed: {result}")
                    if siblings:  # fold the WAL or journal into one consistent file
                        dst = sqlite3.connect(str(snap))
                        try:
                            src.backup(dst)
                        finally:
                            dst.close()
                finally:
                    src.close()
            except sqlite3.DatabaseError as exc:
                last_error = exc
                shutil.rmtree(copy_dir, ignore_errors=True)
                time.sleep(0.2 * (attempt + 1))  # the browser may have been mid-write
                continue
            if siblings:
                shutil.rmtree(copy_dir, ignore_errors=True)
                yield snap
            else:  # the private copy is already one consistent file
                yield copy
            return
        message = str(last_error) if last_error else "unknown error"
        if "not a database" in message:
            raise EncryptedSourceError(path, "not a SQLite database (encrypted or another format)")
        raise CorruptSourceError(path, f"damaged or truncated SQLite database: {message}")


def table_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    """Columns of a table (empty when the table does not exist): schemas vary by version."""
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def tables(conn: sqlite3.Connection) -> set[str]:
    """Names of the tables in a database."""
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
