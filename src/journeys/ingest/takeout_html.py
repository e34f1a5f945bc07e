"""Google Takeout My Activity in its default HTML form (slower and lossier than JSON)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

from lxml import etree, html

from journeys.errors import CorruptSourceError
from journeys.ingest.base import FileImporter, VisitOrIssue
from journeys.ingest.takeout import activity_visit
from journeys.models import RowIssue
from journeys.times import datetime_to_us

# Offsets of the zone abbreviations Takeout writes. The export's own zone is used for every
# event, so the named offset is applied as written.
ZONES: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "WEST": 1,
    "BST": 1,
    "IST": 1,
    "CET": 1,
    "MEZ": 1,
    "CEST": 2,
    "MESZ": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "PST": -8,
    "PDT": -7,
    "MST": -7,
    "MDT": -6,
    "CST": -6,
    "CDT": -5,
    "EST": -5,
    "EDT": -4,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
    "ACST": 9.5,
    "AWST": 8,
    "NZST": 12,
    "NZDT": 13,
    "SGT": 8,
    "HKT": 8,
}
_FORMATS = (
    "%b %d, %Y, %I:%M:%S %p",
    "%d %b %Y, %H:%M:%S",
    "%d.%m.%Y, %H:%M:%S",
    "%d/%m/%Y, %H:%M:%S",
    "%d/%m/%Y %H:%M:%S",
    "%Y-%m-%d, %H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
)
_ZONE_RE = re.compile(
    r"^(?P<stamp>.*?\d)(?P<ampm>\s*[AP]M)?\s*(?:(?P<zone>[A-Z]{1,5})|(?P<offset>[+-]\d\d:?\d\d))?$"
)


def parse_activity_time(text: str) -> int:
    """A My Activity HTML timestamp to µs since 1970; raises ValueError when unreadable."""
    clean = " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())
    m = _ZONE_RE.match(clean)
    if not m:
        raise ValueError(f"unreadable time {text!r}")
    stamp, zone, offset = m.group("stamp"), m.group("zone"), m.group("offset")
    if m.group("ampm"):
        stamp = f"{stamp} {m.group('ampm').strip()}"
    if zone is not None and zone not in ZONES:
        raise ValueError(f"unknown time zone {zone!r} in {text!r}")
    hours = ZONES.get(zone or "UTC", 0.0)
    tz = timezone(timedelta(hours=hours))
    if offset:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    for fmt in _FORMATS:
        try:
            return datetime_to_us(datetime.strptime(stamp, fmt).replace(tzinfo=tz))
        except ValueError:
            continue
    raise ValueError(f"unreadable time {text!r}")


class ActivityHtmlImporter(FileImporter):
    """My Activity ``MyActivity.html``: each ``outer-cell`` is one event."""

    kind = "takeout"
    default_browser = "google-search"
    default_profile = "takeout"

    def iter_visits(self) -> Iterator[VisitOrIssue]:
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise CorruptSourceError(self.label, f"cannot read file: {exc.strerror}") from exc
        if not data.strip():
            raise CorruptSourceError(self.label, "empty file")
        try:
            doc: html.HtmlElement = html.fromstring(data)
        except (etree.ParserError, ValueError) as exc:
            raise CorruptSourceError(self.label, f"unreadable HTML: {exc}") from exc
        cells = doc.find_class("outer-cell")
        self.total_hint = len(cells)
        for index, cell in enumerate(cells):
            where = f"{self.label}: event {index + 1}"
            header = cell.find_class("mdl-typography--title")
            product = header[0].text_content().strip() if header else None
            body = [
                c
                for c in cell.find_class("content-cell")
                if "mdl-typography--body-1" in (c.get("class") or "")
                and "mdl-typography--text-right" not in (c.get("class") or "")
            ]
            if not body:
                yield RowIssue(where, "event without content")
                continue
            content = body[0]
            link = content.find(".//a")
            url = link.get("href") if link is not None else None
            lines = _lines(content)
            if len(lines) < 2:
                yield RowIssue(where, "event without a time", field="time")
                continue
            try:
                when = parse_activity_time(lines[-1])
            except ValueError as exc:
                yield RowIssue(where, str(exc), field="time")
                continue
            visit = activity_visit(" ".join(lines[:-1]), url, when, product)
            if visit is None:
                self.skipped += 1
                continue
            yield visit


def _lines(element: html.HtmlElement) -> list[str]:
    """The text of an element split at its <br> tags, blank parts dropped."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == "br":
            parts.append("")
        else:
            parts[-1] += child.text_content()
        parts[-1] += child.tail or ""
    return [
        " ".join(p.replace("\u00a0", " ").replace("\u2003", " ").split())
        for p in parts
        if p.strip()
    ]
