"""Import runs: detect what a path holds, read it, store it idempotently, summarize."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from journeys.errors import SourceError
from journeys.ids import page_id, visit_key
from journeys.ingest.base import Importer
from journeys.ingest.chromium import ChromiumImporter
from journeys.ingest.detect import open_inputs
from journeys.ingest.discover import FoundProfile, discover
from journeys.models import ImportSummary, RowIssue, SourceInfo, Visit, VisitFilter
from journeys.services import bulk_chromium
from journeys.services.exclusions import is_excluded
from journeys.storage import Store
from journeys.urls import analyze

BATCH = 50_000
MAX_STORED_ISSUES = 1_000  # per import; the count is always exact


class Progress(Protocol):
    """Where an import reports progress (a progress bar in the CLI, nothing in tests)."""

    def start(self, label: str, total: int | None) -> None:
        """A new input begins."""

    def advance(self, rows: int) -> None:
        """``rows`` more rows were read."""

    def finish(self) -> None:
        """The input is done."""


class NoProgress:
    """Progress that shows nothing."""

    def start(self, label: str, total: int | None) -> None:
        return None

    def advance(self, rows: int) -> None:
        return None

    def finish(self) -> None:
        return None


class _PageCache:
    """Per-import memo of what a URL's page row needs (canonical form, host, search engine)."""

    def __init__(self, user_id: int) -> None:
        self.user_id = user_id
        self._known: dict[str, tuple[int, str, str, str | None]] = {}
        self._keys: dict[tuple[str, str], int] = {}

    def get(self, url: str) -> tuple[int, str, str, str | None]:
        found = self._known.get(url)
        if found is None:
            info = analyze(url)
            found = (
                page_id(self.user_id, url),
                info.canonical,
                info.host,
                info.search.engine if info.search else None,
            )
            self._known[url] = found
        return found

    def visit_id(self, scope: str, url: str, when: int) -> int:
        """ids.visit_id with the per-URL half memoized."""
        key = self._keys.get((scope, url))
        if key is None:
            key = self._keys[(scope, url)] = visit_key(self.user_id, scope, url)
        return key ^ when


class _Writer:
    """Turns visits into page and visit rows and writes them in batches."""

    def __init__(self, store: Store, user_id: int, import_id: int, info: SourceInfo) -> None:
        self.store, self.user_id, self.import_id, self.info = store, user_id, import_id, info
        self.pages = _PageCache(user_id)
        self.tombstones = store.tombstones(user_id)
        self.excluded = store.excluded_sites(user_id)
        self.sources: dict[str, int] = {}
        self.page_rows: dict[int, list[Any]] = {}
        self.visit_rows: list[tuple[Any, ...]] = []
        self.new = self.seen = self.forgotten = self.left_out = 0

    def _source(self, profile: str | None) -> int:
        key = profile or self.info.profile
        sid = self.sources.get(key)
        if sid is None:
            info = SourceInfo(self.info.kind, self.info.browser, key, self.info.path)
            sid = self.sources[key] = self.store.ensure_source(self.user_id, info)
        return sid

    def add(self, v: Visit) -> None:
        uid = self.user_id
        vid = self.pages.visit_id(v.scope, v.url, v.visited_at_us)
        self.seen += 1
        if vid in self.tombstones:
            self.forgotten += 1
            return
        pid, canonical, host, engine = self.pages.get(v.url)
        if self.excluded and is_excluded(host, self.excluded):
            self.left_out += 1
            return
        row = self.page_rows.get(pid)
        if row is None:
            self.page_rows[pid] = [
                pid,
                uid,
                v.url,
                canonical,
                host,
                v.title,
                v.visited_at_us,
                v.search_terms,
                engine,
            ]
        elif v.visited_at_us >= row[6] and v.title is not None:
            row[5], row[6] = v.title, v.visited_at_us
        ref_id = (
            self.pages.visit_id(v.scope, v.referrer_url, v.referrer_at_us)
            if v.referrer_url and v.referrer_at_us is not None
            else None
        )
        opener_id = (
            self.pages.visit_id(v.scope, v.opener_url, v.opener_at_us)
            if v.opener_url and v.opener_at_us is not None
            else None
        )
        self.visit_rows.append(
            (
                vid,
                uid,
                self._source(v.profile),
                pid,
                v.visited_at_us,
                v.title,
                v.search_terms,
                v.transition,
                v.transition_raw,
                v.referrer_url,
                ref_id,
                opener_id,
                v.redirect_from_url,
                v.duration_us,
                v.foreground_us,
                v.typed_input,
                v.browser_visit_id,
                v.synced,
                v.device,
                self.import_id,
            )
        )
        if len(self.visit_rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.visit_rows:
            self.new += self.store.write(list(self.page_rows.values()), self.visit_rows)
        self.page_rows, self.visit_rows = {}, []


def run_importer(
    store: Store,
    user_id: int,
    importer: Importer,
    progress: Progress | None = None,
    *,
    fast_path: bool = True,
) -> ImportSummary:
    """Import one input in one transaction: all of its readable rows, or nothing on failure."""
    info = importer.info
    progress = progress or NoProgress()
    summary = ImportSummary(
        path=info.path, kind=info.kind, browser=info.browser, profile=info.profile
    )
    import_id = store.start_import(user_id, info.path)
    started = False
    try:
        if fast_path and bulk_chromium.applies(store, importer):
            assert isinstance(importer, ChromiumImporter)
            progress.start(info.path, None)
            started = True
            bulk_chromium.import_chromium(store, user_id, importer, import_id, summary)
            for host in store.excluded_sites(user_id):  # the fast path writes first
                gone = store.delete_visits(user_id, VisitFilter(domain=host))
                summary.new -= gone
                summary.skipped += gone
            store.finish_import(import_id, user_id, summary)
            return summary
        with store.db.bulk_load(), store.db.transaction():
            writer = _Writer(store, user_id, import_id, info)
            pending = 0
            for item in importer.iter_visits():
                if not started:
                    progress.start(info.path, importer.total_hint)
                    started = True
                if isinstance(item, RowIssue):
                    summary.problems += 1
                    if len(summary.issues) < MAX_STORED_ISSUES:
                        summary.issues.append(item)
                else:
                    writer.add(item)
                pending += 1
                if pending >= 5000:
                    progress.advance(pending)
                    pending = 0
            writer.flush()
            progress.advance(pending)
        summary.new = writer.new
        summary.known = writer.seen - writer.new - writer.forgotten - writer.left_out
        summary.skipped = importer.skipped + writer.forgotten + writer.left_out
    except SourceError as exc:
        summary.error = exc.reason
        summary.new = summary.known = summary.skipped = summary.problems = 0
        summary.issues.clear()
    finally:
        if started:
            progress.finish()
    store.finish_import(import_id, user_id, summary)
    return summary


def import_path(
    store: Store,
    user_id: int,
    path: Path,
    *,
    browser: str | None = None,
    profile: str | None = None,
    progress: Progress | None = None,
) -> list[ImportSummary]:
    """Import everything a file, folder or zip holds; each part succeeds or fails alone."""
    summaries: list[ImportSummary] = []
    try:
        with open_inputs(path, browser=browser, profile=profile) as inputs:
            for item in inputs:
                if isinstance(item, SourceError):
                    summaries.append(_failed(store, user_id, item))
                else:
                    summaries.append(run_importer(store, user_id, item, progress))
    except SourceError as exc:
        summaries.append(_failed(store, user_id, exc))
    return summaries


def _failed(store: Store, user_id: int, error: SourceError) -> ImportSummary:
    summary = ImportSummary(path=error.path, error=error.reason)
    import_id = store.start_import(user_id, error.path)
    store.finish_import(import_id, user_id, summary)
    return summary


def import_many(
    store: Store,
    user_id: int,
    paths: Sequence[Path],
    *,
    browser: str | None = None,
    profile: str | None = None,
    progress: Progress | None = None,
) -> list[ImportSummary]:
    """Import several paths; one failing never stops the others."""
    out: list[ImportSummary] = []
    for path in paths:
        out.extend(
            import_path(store, user_id, path, browser=browser, profile=profile, progress=progress)
        )
    return out


def discovered_profiles() -> list[FoundProfile]:
    """The browser profiles found on this machine."""
    return list(discover())


def import_discovered(
    store: Store, user_id: int, found: Iterable[FoundProfile], progress: Progress | None = None
) -> list[ImportSummary]:
    """Import every found profile under its browser's name and profile folder."""
    out: list[ImportSummary] = []
    for item in found:
        out.extend(
            import_path(
                store,
                user_id,
                item.path,
                browser=item.browser,
                profile=item.profile,
                progress=progress,
            )
        )
    return out
