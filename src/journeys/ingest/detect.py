"""Choose importers from what a path holds: a file, a folder (profile or Takeout) or a .zip."""

from __future__ import annotations

import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from journeys.errors import (
    CorruptSourceError,
    EncryptedSourceError,
    SourceError,
    UnrecognizedSourceError,
)
from journeys.ingest.base import Importer
from journeys.ingest.browsers import browser_for_path
from journeys.ingest.chromium import ChromiumImporter
from journeys.ingest.firefox import FirefoxImporter
from journeys.ingest.querylog import QueryLogImporter, looks_like_log
from journeys.ingest.safari import SafariImporter
from journeys.ingest.snapshot import SQLITE_MAGIC, snapshot, tables
from journeys.ingest.takeout import ActivityJsonImporter, ChromeTakeoutImporter
from journeys.ingest.takeout_html import ActivityHtmlImporter

_ACTIVITY_JSON = re.compile(
    r"^(my ?activity|meine ?aktivit\w*|mon ?activit\w*|mi ?actividad)"
    r"(-\d+)?\.json$",
    re.I,
)
_ACTIVITY_HTML = re.compile(
    r"^(my ?activity|meine ?aktivit\w*|mon ?activit\w*|mi ?actividad)"
    r"(-\d+)?\.html?$",
    re.I,
)
_CHROME_TAKEOUT = {"browserhistory.json", "history.json"}
_MAX_DEPTH = 6


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "activity"


def _sqlite_family(path: Path) -> str:
    name = path.name
    if name == "History":
        return "chromium"
    if name == "places.sqlite":
        return "firefox"
    if name == "History.db":
        return "safari"
    try:
        with snapshot(path) as conn:
            names = tables(conn)
    except sqlite3.DatabaseError as exc:
        raise CorruptSourceError(path, f"cannot read SQLite database: {exc}") from exc
    if {"urls", "visits"} <= names:
        return "chromium"
    if {"moz_places", "moz_historyvisits"} <= names:
        return "firefox"
    if {"history_items", "history_visits"} <= names:
        return "safari"
    raise UnrecognizedSourceError(path, "a SQLite database, but no browser history tables in it")


def importer_for_file(
    path: Path, *, browser: str | None = None, profile: str | None = None, label: str | None = None
) -> Importer:
    """The importer for one file, chosen from its content; raises SourceError when none fits."""
    shown = label or str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(65536)
    except OSError as exc:
        raise SourceError(shown, f"cannot read file: {exc.strerror or exc}") from exc
    if size == 0:
        raise CorruptSourceError(shown, "empty file (0 bytes)")
    if head.startswith(SQLITE_MAGIC):
        family = _sqlite_family(path)
        name = browser or browser_for_path(str(path.resolve()), family)
        if family == "chromium":
            return ChromiumImporter(path, browser=name, profile=profile)
        if family == "firefox":
            return FirefoxImporter(path, browser=name, profile=profile)
        return SafariImporter(path, browser=name, profile=profile)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lower_name = path.name.lower()
    if stripped.startswith(b"["):
        product = _slug(path.parent.name) if path.parent.name else "activity"
        return ActivityJsonImporter(
            path, browser=browser or f"google-{product}", profile=profile, label=shown
        )
    if stripped.startswith(b"{") and b'"Browser History"' in head:
        return ChromeTakeoutImporter(
            path, browser=browser or "chrome", profile=profile, label=shown
        )
    if stripped[:15].lower().startswith((b"<!doctype html", b"<html")) or lower_name.endswith(
        (".html", ".htm")
    ):
        if b"outer-cell" in head or b"mdl-typography" in head:
            product = _slug(path.parent.name) if path.parent.name else "activity"
            return ActivityHtmlImporter(
                path, browser=browser or f"google-{product}", profile=profile, label=shown
            )
        raise UnrecognizedSourceError(shown, "an HTML file, but not a Takeout My Activity page")
    if head.startswith(b"PK\x03\x04"):
        raise UnrecognizedSourceError(shown, "a zip archive: pass it as the import path itself")
    if b"\x00" not in head[:4096] and looks_like_log(path):
        return QueryLogImporter(path, browser=browser or "log", profile=profile, label=shown)
    raise UnrecognizedSourceError(
        shown,
        "not a browser history, Google Takeout or query log format journeys knows "
        "(expected Chromium History, places.sqlite, History.db, Takeout JSON/HTML, or a "
        "CSV/TSV/JSONL log with a header)",
    )


def _wanted(relative: PurePosixPath) -> bool:
    name = relative.name
    return (
        name in ("History", "places.sqlite", "History.db")
        or name.lower() in _CHROME_TAKEOUT
        or bool(_ACTIVITY_JSON.match(name) or _ACTIVITY_HTML.match(name))
    )


def _scan_folder(folder: Path, label_root: Path, label: str) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if len(rel.parts) > _MAX_DEPTH or not path.is_file():
            continue
        if _wanted(PurePosixPath(rel.as_posix())):
            yield path


def _label(path: Path, root: Path, label: str) -> str:
    try:
        return f"{label}/{path.relative_to(root).as_posix()}"
    except ValueError:
        return str(path)


@contextmanager
def open_inputs(
    path: Path, *, browser: str | None = None, profile: str | None = None
) -> Iterator[list[Importer | SourceError]]:
    """Importers for everything a path holds; a part that cannot be read is a SourceError.

    Folders are scanned for profile and Takeout files; a .zip is read member by member into a
    private temporary folder that lives as long as the block.
    """
    if not path.exists():
        raise SourceError(path, "no such file or folder")
    if path.is_dir():
        found: list[Importer | SourceError] = []
        for file in _scan_folder(path, path, str(path)):
            found.append(_try(file, browser, profile, str(file)))
        if not found:
            raise UnrecognizedSourceError(
                path, "no browser history or Takeout files in this folder"
            )
        yield found
        return
    if zipfile.is_zipfile(path):
        with tempfile.TemporaryDirectory(prefix="journeys-zip-") as tmp:
            yield _from_zip(path, Path(tmp), browser, profile)
        return
    if path.suffix.lower() == ".zip":
        raise CorruptSourceError(path, "not a valid zip archive (damaged or truncated)")
    yield [importer_for_file(path, browser=browser, profile=profile)]


def _try(
    file: Path, browser: str | None, profile: str | None, label: str
) -> Importer | SourceError:
    try:
        return importer_for_file(file, browser=browser, profile=profile, label=label)
    except SourceError as exc:
        return exc


def _from_zip(
    path: Path, tmp: Path, browser: str | None, profile: str | None
) -> list[Importer | SourceError]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise CorruptSourceError(path, f"not a valid zip archive: {exc}") from exc
    found: list[Importer | SourceError] = []
    with archive:
        members = [
            m
            for m in archive.infolist()
            if not m.is_dir()
            and len(PurePosixPath(m.filename).parts) <= _MAX_DEPTH + 1
            and _wanted(PurePosixPath(m.filename))
        ]
        if any(m.flag_bits & 0x1 for m in archive.infolist()):
            raise EncryptedSourceError(path, "the zip archive is password-protected")
        if not members:
            raise UnrecognizedSourceError(path, "no browser history or Takeout files in this zip")
        for index, member in enumerate(members):
            rel = PurePosixPath(member.filename)
            target = tmp / str(index) / Path(*rel.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            label = f"{path}!{member.filename}"
            try:
                with archive.open(member) as src, target.open("wb") as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
                found.append(CorruptSourceError(label, f"cannot extract: {exc}"))
                continue
            found.append(_try(target, browser, profile, label))
    return found
