"""Stored visits as the engine's items: what each is about, its parent, whether a habit."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from journeys.engine.grouping import Item
from journeys.engine.noise import habit_flags
from journeys.storage.journeys import BuildRow

_REFERRER_US = 6 * 3600 * 1_000_000


def url_words(url: str) -> str:
    """The words of a URL's host and path, for pages without a title."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    path = unquote(parts.path).replace("-", " ").replace("_", " ").replace("/", " ")
    return f"{host} {path}".strip()


def item_text(row: BuildRow) -> str:
    """What a visit is about: its search, else its title, else its URL's words."""
    return (row.search_terms or row.title or url_words(row.url)).strip()[:300]


def items_of(rows: Sequence[BuildRow]) -> list[Item]:
    """Engine items of time-ordered visits (parents are indices among them)."""
    index = {r.id: i for i, r in enumerate(rows)}
    habits = habit_flags(
        [r.url for r in rows], [r.time_us for r in rows], [r.search_terms or "" for r in rows]
    )
    items = []
    last_seen: dict[str, int] = {}  # URL → index of its latest visit so far
    for i, r in enumerate(rows):
        parent = r.referrer_visit_id if r.referrer_visit_id in index else r.opener_visit_id
        at = index.get(parent, -1) if parent is not None else -1
        if at < 0 and r.referrer_url:
            # logs and Takeout name the page a visit came from, not the visit: take that
            # page's latest visit of the last few hours
            k = last_seen.get(r.referrer_url, -1)
            if k >= 0 and r.time_us - rows[k].time_us <= _REFERRER_US:
                at = k
        items.append(Item(r.time_us, item_text(r), r.search_terms or "", r.host, at, habits[i]))
        last_seen[r.url] = i
    return items
