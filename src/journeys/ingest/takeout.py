"""Google Takeout: My Activity (JSON and HTML) and Chrome history (BrowserHistory.json)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from journeys.errors import CorruptSourceError, UnrecognizedSourceError
from journeys.ingest.base import FileImporter, VisitOrIssue, clean_text
from journeys.models import RowIssue, Visit
from journeys.times import parse_iso_to_us
from journeys.urls import search_from_url, unwrap_redirect

# Localized action prefixes of My Activity titles ("Searched for kyoto hotels").
SEARCH_PREFIXES = (
    "Searched for",
    "Gesucht nach",
    "Vous avez recherché",
    "Recherche",
    "Has buscado",
    "Buscaste",
    "Búsqueda de",
    "Ricerca di",
    "Hai cercato",
    "Pesquisou",
    "Gezocht naar",
)
VISIT_PREFIXES = (
    "Visited",
    "Viewed",
    "Besucht",
    "Aufgerufen",
    "Angesehen",
    "Vous avez consulté",
    "Vous avez visité",
    "Consulté",
    "Has visitado",
    "Visitaste",
    "Viste",
    "Hai visitato",
    "Visitou",
    "Bezocht",
)


def _prefix_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"^\s*(?:{alternatives})\s*:?[\s\u00a0\u2003]+(?P<rest>.+?)\s*$", re.S)


SEARCH_RE = _prefix_pattern(SEARCH_PREFIXES)
VISIT_RE = _prefix_pattern(VISIT_PREFIXES)


def activity_visit(title: str, url: str | None, when_us: int, product: str | None) -> Visit | None:
    """One My Activity event as a visit: a search, a visited page, or None for other actions."""
    target = unwrap_redirect(url) if url else None
    searched = SEARCH_RE.match(title)
    if searched:
        terms = searched.group("rest")
        if target is None:
            return None
        hit = search_from_url(target)
        return Visit(
            url=target,
            visited_at_us=when_us,
            title=None,
            search_terms=hit.terms if hit else terms,
            transition="search",
            device=product,
        )
    visited = VISIT_RE.match(title)
    if target is None or not target.startswith(("http://", "https://")):
        return None
    page_title = visited.group("rest") if visited else title
    hit = search_from_url(target)
    return Visit(
        url=target,
        visited_at_us=when_us,
        title=page_title or None,
        search_terms=hit.terms if hit else None,
        transition="link",
        device=product,
    )


class ActivityJsonImporter(FileImporter):
    """My Activity ``MyActivity.json`` of Search (and other products that visit pages)."""

    kind = "takeout"
    default_browser = "google-search"
    default_profile = "takeout"

    def iter_visits(self) -> Iterator[VisitOrIssue]:
        items = _load_json(self.path, self.label)
        if not isinstance(items, list):
            raise UnrecognizedSourceError(self.label, "My Activity JSON must be a list of events")
        self.total_hint = len(items)
        for index, item in enumerate(items):
            where = f"{self.label}: event {index + 1}"
            if not isinstance(item, dict):
                yield RowIssue(where, "event is not an object")
                continue
            title, when = item.get("title"), item.get("time")
            if not isinstance(title, str) or not title:
                yield RowIssue(where, "missing title", field="title")
                continue
            if not isinstance(when, str):
                yield RowIssue(where, "missing time", field="time")
                continue
            try:
                when_us = parse_iso_to_us(when)
            except ValueError:
                yield RowIssue(where, f"unreadable time {when!r}", field="time")
                continue
            url = item.get("titleUrl")
            visit = activity_visit(
                title, url if isinstance(url, str) else None, when_us, _header(item)
            )
            if visit is None:
                self.skipped += 1
                continue
            yield visit


def _header(item: dict[str, Any]) -> str | None:
    header = item.get("header")
    return header if isinstance(header, str) else None


class ChromeTakeoutImporter(FileImporter):
    """Chrome history from Takeout: ``BrowserHistory.json`` / ``History.json`` (time_usec)."""

    kind = "takeout"
    default_browser = "chrome"
    default_profile = "takeout"

    def iter_visits(self) -> Iterator[VisitOrIssue]:
        doc = _load_json(self.path, self.label)
        items = doc.get("Browser History") if isinstance(doc, dict) else None
        if not isinstance(items, list):
            raise UnrecognizedSourceError(self.label, "no 'Browser History' list")
        self.total_hint = len(items)
        for index, item in enumerate(items):
            where = f"{self.label}: Browser History[{index}]"
            if not isinstance(item, dict):
                yield RowIssue(where, "entry is not an object")
                continue
            url, usec = item.get("url"), item.get("time_usec")
            if not isinstance(url, str) or not url:
                yield RowIssue(where, "missing url", field="url")
                continue
            if isinstance(usec, str) and usec.isdigit():
                usec = int(usec)
            if not isinstance(usec, int) or isinstance(usec, bool):
                yield RowIssue(where, f"unreadable time_usec {usec!r}", field="time_usec")
                continue
            transition = item.get("page_transition") or item.get("page_transition_qualifier")
            hit = search_from_url(url)
            client = item.get("client_id")
            yield Visit(
                url=url,
                visited_at_us=usec,
                title=clean_text(item.get("title")),
                search_terms=hit.terms if hit else None,
                transition=str(transition).lower() if transition else None,
                device=client if isinstance(client, str) else None,
                synced=True,
            )


def _load_json(path: Path, label: str) -> Any:
    try:
        with path.open("rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise CorruptSourceError(label, f"cannot read file: {exc.strerror or exc}") from exc
    if not data.strip():
        raise CorruptSourceError(label, "empty file")
    try:
        return json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CorruptSourceError(label, f"invalid or truncated JSON: {exc}") from exc
