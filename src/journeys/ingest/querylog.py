"""Query and visit logs as CSV, TSV or JSONL with a header (user, time, query, url, title)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from urllib.parse import quote

from journeys.errors import CorruptSourceError, UnrecognizedSourceError
from journeys.ingest.base import FileImporter, VisitOrIssue, clean_text
from journeys.models import RowIssue, Visit
from journeys.times import parse_time_to_us
from journeys.urls import search_from_url

ALIASES: dict[str, tuple[str, ...]] = {
    "user": ("user", "user_id", "userid", "anon_id", "anonid", "uid"),
    "time": ("time", "timestamp", "querytime", "query_time", "visited_at", "datetime", "date"),
    "query": ("query", "search_terms", "search", "q"),
    "url": ("url", "clickurl", "click_url"),
    "title": ("title",),
    "referrer": ("referrer", "referrer_url", "from_url"),
}
QUERY_SCHEME = "query:"


def query_url(terms: str) -> str:
    """The URL a bare query (a log row with no page) is stored under."""
    return QUERY_SCHEME + quote(terms, safe="")


def resolve_columns(header: list[str]) -> dict[str, str]:
    """Map our field names to the header's column names (case-insensitive aliases)."""
    lowered = {h.strip().lower(): h for h in header}
    found: dict[str, str] = {}
    for name, aliases in ALIASES.items():
        for alias in aliases:
            if alias in lowered:
                found[name] = lowered[alias]
                break
    return found


def sniff_format(path: Path, head: bytes) -> str:
    """``jsonl``, ``tsv`` or ``csv`` from the name and the first line."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson") or head.lstrip().startswith(b"{"):
        return "jsonl"
    first = head.split(b"\n", 1)[0]
    if suffix == ".tsv" or first.count(b"\t") > first.count(b","):
        return "tsv"
    return "csv"


def iter_records(path: Path, label: str) -> Iterator[tuple[int, Mapping[str, str] | str]]:
    """(line number, record) pairs of a log; a record that cannot be parsed is an error text."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise CorruptSourceError(label, f"cannot read file: {exc.strerror or exc}") from exc
    if not head.strip():
        raise CorruptSourceError(label, "empty file")
    fmt = sniff_format(path, head)
    with path.open("r", encoding="utf-8", errors="replace", newline="") as fh:
        if fmt == "jsonl":
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield number, f"invalid JSON: {exc.msg}"
                    continue
                if not isinstance(obj, dict):
                    yield number, "line is not a JSON object"
                    continue
                yield number, {str(k): "" if v is None else str(v) for k, v in obj.items()}
            return
        reader = csv.DictReader(
            fh,
            delimiter="\t" if fmt == "tsv" else ",",
            quoting=csv.QUOTE_NONE if fmt == "tsv" else csv.QUOTE_MINIMAL,
        )
        for row in reader:
            if None in row:
                yield reader.line_num, "more fields than the header has"
                continue
            yield reader.line_num, {k: v or "" for k, v in row.items() if k is not None}


def header_of(path: Path, label: str) -> list[str]:
    """The column names of a log (JSONL: the keys of the first object)."""
    for _, record in iter_records(path, label):
        if isinstance(record, str):
            continue
        return list(record.keys())
    return []


def record_columns(
    record: Mapping[str, str], cache: dict[tuple[str, ...], dict[str, str]]
) -> dict[str, str]:
    """The columns of one record. JSONL objects may each name different keys (a row without
    a referrer simply has no "referrer" key), so every distinct key set is resolved, once."""
    keys = tuple(record.keys())
    found = cache.get(keys)
    if found is None:
        found = cache[keys] = resolve_columns(list(keys))
    return found


class QueryLogImporter(FileImporter):
    """Rows of a query or visit log; each log user becomes a profile of their own."""

    kind = "log"
    default_browser = "log"

    def _profile_for(self, path: Path) -> str:
        return path.stem

    def iter_visits(self) -> Iterator[VisitOrIssue]:
        columns: dict[str, str] | None = None
        known: dict[tuple[str, ...], dict[str, str]] = {}
        for number, record in iter_records(self.path, self.label):
            where = f"{self.label}: line {number}"
            if isinstance(record, str):
                yield RowIssue(where, record)
                continue
            if columns is None:
                columns = resolve_columns(list(record.keys()))
                if "time" not in columns or not ({"query", "url"} & columns.keys()):
                    raise UnrecognizedSourceError(
                        self.label,
                        "a log needs a header with a time column and a query or url column "
                        f"(found: {', '.join(record.keys())})",
                    )
            yield from self._row(record, record_columns(record, known), where)

    def _row(
        self, record: Mapping[str, str], columns: dict[str, str], where: str
    ) -> Iterator[VisitOrIssue]:
        def get(name: str) -> str | None:
            col = columns.get(name)
            return clean_text(record.get(col)) if col else None

        raw_time = get("time")
        if raw_time is None:
            yield RowIssue(where, "missing time", field=columns["time"])
            return
        try:
            when = parse_time_to_us(raw_time)
        except (ValueError, OverflowError):
            yield RowIssue(where, f"unreadable time {raw_time!r}", field=columns["time"])
            return
        query, url, user = get("query"), get("url"), get("user") or self.info.profile
        if query is None and url is None:
            self.skipped += 1
            return
        search_url = query_url(query) if query else None
        if search_url is not None and query is not None:
            yield Visit(
                url=search_url,
                visited_at_us=when,
                search_terms=query,
                transition="search",
                scope=user,
                profile=user,
            )
        if url is not None:
            if "://" not in url:
                url = "http://" + url
            hit = search_from_url(url)
            referrer = search_url or get("referrer")
            yield Visit(
                url=url,
                visited_at_us=when,
                title=get("title"),
                search_terms=query or (hit.terms if hit else None),
                transition="link" if referrer else None,
                referrer_url=referrer,
                referrer_at_us=when if search_url else None,
                scope=user,
                profile=user,
            )


def looks_like_log(path: Path) -> bool:
    """True when the file's header names a time column and a query or url column."""
    try:
        header = header_of(path, str(path))
    except (CorruptSourceError, UnicodeDecodeError, csv.Error):
        return False
    columns = resolve_columns(header)
    return "time" in columns and bool({"query", "url"} & columns.keys())
