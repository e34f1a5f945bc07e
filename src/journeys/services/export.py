"""Exports of a user's history: the versioned JSON contract, CSV and Markdown.

Writers stream visit by visit, so a history of millions of visits needs little memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from journeys.models import StoredVisit, VisitFilter
from journeys.storage import Store
from journeys.times import us_to_datetime, us_to_iso

EXPORT_VERSION = 1
FORMATS = ("json", "csv", "md")
CSV_COLUMNS = (
    "visited_at",
    "url",
    "title",
    "source",
    "search_terms",
    "transition",
    "referrer_url",
    "journey_id",
)


def visit_record(v: StoredVisit) -> dict[str, Any]:
    """One visit in the export contract's VISIT shape."""
    return {
        "url": v.url,
        "title": v.title,
        "visited_at": us_to_iso(v.visited_at_us),
        "source": v.source,
        "search_terms": v.search_terms,
        "transition": v.transition,
        "referrer_url": v.referrer_url,
    }


def write_json(visits: Iterable[StoredVisit], out: TextIO) -> int:
    """The JSON contract (version 1). Until journeys are built every visit is unassigned."""
    out.write(f'{{"version": {EXPORT_VERSION},\n "journeys": [],\n "unassigned": [')
    count = 0
    for v in visits:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(visit_record(v), ensure_ascii=False))
        count += 1
    out.write("\n ]}\n" if count else "]}\n")
    return count


def write_csv(visits: Iterable[StoredVisit], out: TextIO) -> int:
    """One row per visit with a header; journey_id is empty until journeys are built."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for v in visits:
        r = visit_record(v)
        writer.writerow(
            [
                r["visited_at"],
                r["url"],
                r["title"] or "",
                r["source"],
                r["search_terms"] or "",
                r["transition"] or "",
                r["referrer_url"] or "",
                "",
            ]
        )
        count += 1
    return count


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("\n", " ")


def write_markdown(visits: Iterable[StoredVisit], out: TextIO) -> int:
    """A readable list by day: searches in bold, pages as links."""
    out.write("# Browsing history\n")
    day = None
    count = 0
    for v in visits:
        when = us_to_datetime(v.visited_at_us)
        if when.date() != day:
            day = when.date()
            out.write(f"\n## {day.isoformat()}\n\n")
        label = _md(v.title or v.url)
        search = f" — searched **{_md(v.search_terms)}**" if v.search_terms else ""
        out.write(f"- {when:%H:%M} [{label}](<{v.url}>){search} ({v.source})\n")
        count += 1
    if count == 0:
        out.write("\nNo visits.\n")
    return count


def export(store: Store, user_id: int, fmt: str, out: TextIO, f: VisitFilter | None = None) -> int:
    """Write the user's visits (oldest first) in a format; returns how many were written."""
    base = f or VisitFilter()
    ordered = VisitFilter(
        since_us=base.since_us,
        until_us=base.until_us,
        domain=base.domain,
        url=base.url,
        source=base.source,
        text=base.text,
        limit=base.limit,
        newest_first=False,
    )
    visits = store.iter_visits(user_id, ordered)
    writers = {"json": write_json, "csv": write_csv, "md": write_markdown}
    return writers[fmt](visits, out)
