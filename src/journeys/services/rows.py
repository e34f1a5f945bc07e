"""Stored visits as the engine's items (what each is about, its parent, whether a habit) and
as the columns that summaries and ranks read; both built in one pass over the rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import numpy as np
import numpy.typing as npt

from journeys.engine.items import Index, Items
from journeys.engine.noise import habit_flags, is_message, page_habits, section_of
from journeys.engine.titles import Tails, plain_title, repeated_tails
from journeys.storage.journeys import BuildRow, VisitTable

_REFERRER_US = 6 * 3600 * 1_000_000
_SECOND_US = 1_000_000


def url_words(url: str) -> str:
    """The words of a URL's host and path, for pages without a title."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    path = unquote(parts.path).replace("-", " ").replace("_", " ").replace("/", " ")
    return f"{host} {path}".strip()


def item_text(row: BuildRow, tails: Tails | None = None) -> str:
    """What a visit is about: its search, else its title (without the ending its site
    repeats, given ``tails``), else its URL's words."""
    return _text(row.search_terms, row.title, row.url, row.host, tails or {})


def _text(terms: str | None, title: str | None, url: str, host: str, tails: Tails) -> str:
    if not terms and title:
        title = plain_title(title, host, tails)
    return (terms or title or url_words(url)).strip()[:300]


@dataclass(frozen=True, slots=True)
class Visits:
    """What summaries and ranks need of the visits, as columns (not one object per visit)."""

    ids: Index
    times: Index
    dwell: npt.NDArray[np.float64]
    typed: npt.NDArray[np.bool_]
    urls: Index
    titles: list[str | None]
    url_names: list[str]


def _dwell_s(r: BuildRow) -> float:
    us = r.foreground_us if r.foreground_us else r.duration_us
    return max(us or 0, 0) / _SECOND_US


def visit_columns(rows: Iterable[BuildRow]) -> tuple[Visits, Items]:
    """The visits' columns and their engine items, from time-ordered rows (a few visits of
    an incremental build; a full build reads ``table_columns``)."""
    ids: list[int] = []
    times: list[int] = []
    dwell: list[float] = []
    typed: list[bool] = []
    urls: list[int] = []
    titles: list[str | None] = []
    codes: dict[str, int] = {}
    texts: list[str] = []
    queries: list[str] = []
    hosts: list[str] = []
    pages: list[str] = []
    refs: list[int] = []
    openers: list[int] = []
    ref_urls: dict[int, str] = {}
    rows = list(rows)
    tails = repeated_tails((r.host, r.title) for r in rows if r.title and not r.search_terms)
    for r in rows:
        ids.append(r.id)
        times.append(r.time_us)
        dwell.append(_dwell_s(r))
        typed.append(r.transition == "typed")
        urls.append(codes.setdefault(r.canonical_url, len(codes)))
        titles.append(r.title)
        texts.append(item_text(r, tails))
        queries.append(r.search_terms or "")
        hosts.append(r.host)
        pages.append(r.url)
        refs.append(r.referrer_visit_id or 0)
        openers.append(r.opener_visit_id or 0)
        if r.referrer_url:
            ref_urls[len(ids) - 1] = r.referrer_url
    time_arr = np.array(times, dtype=np.int64)
    del times
    parents = _parents(
        np.array(ids, dtype=np.int64),
        np.array(refs, dtype=np.int64),
        np.array(openers, dtype=np.int64),
    )
    del refs, openers
    if ref_urls:
        _parents_by_url(parents, time_arr, pages, ref_urls)
    noise = np.array(habit_flags(pages, time_arr.tolist(), queries, titles=titles), dtype=np.bool_)
    message = np.fromiter((is_message(u) for u in pages), dtype=bool, count=len(pages))
    parts: dict[int, tuple[str, ...]] = {
        i: (part,) for i, part in enumerate(map(section_of, hosts, pages)) if part
    }
    del pages
    visits = Visits(
        np.array(ids, dtype=np.int64),
        time_arr,
        np.array(dwell, dtype=np.float64),
        np.array(typed, dtype=bool),
        np.array(urls, dtype=np.int64),
        titles,
        list(codes),
    )
    return visits, Items(
        time_arr,
        texts,
        queries,
        hosts,
        parents,
        noise,
        parts,
        message=message if message.any() else None,
    )


def table_columns(table: VisitTable) -> tuple[Visits, Items]:
    """``visit_columns`` of a visit table: the same columns, worked out once per page and
    spread to the visits with arrays."""
    n = len(table.ids)
    tails = repeated_tails(
        (host, title)
        for host, title, terms in zip(
            table.page_host, table.page_title, table.page_terms, strict=True
        )
        if title and not terms
    )
    page_text = [
        _text(terms, title, url, host, tails)
        for url, title, terms, host in zip(
            table.page_url, table.page_title, table.page_terms, table.page_host, strict=True
        )
    ]
    pages = table.page.tolist()
    texts = [page_text[k] for k in pages]
    queries = [table.page_terms[k] or "" for k in pages]
    titles = [table.page_title[k] for k in pages]
    for i, (title, terms, _) in table.own.items():
        k = pages[i]
        title = title if title is not None else table.page_title[k]
        terms = terms if terms is not None else table.page_terms[k]
        titles[i] = title
        queries[i] = terms or ""
        texts[i] = _text(terms, title, table.page_url[k], table.page_host[k], tails)
    codes: dict[str, int] = {}
    canonical = np.array(
        [codes.setdefault(c, len(codes)) for c in table.page_canonical], dtype=np.int64
    )
    parents = _parents(table.ids, table.referrer, table.opener)
    named = {i: ref for i, (_, _, ref) in table.own.items() if ref}
    if named:
        _parents_by_url(parents, table.times, [table.page_url[k] for k in pages], named)
    searched = np.fromiter((bool(q) for q in queries), dtype=bool, count=n)
    noise = page_habits(
        table.page_url, table.page, table.times, searched, page_titles=table.page_title
    )
    visits = Visits(
        table.ids,
        table.times,
        np.maximum(table.dwell_us, 0) / _SECOND_US,
        table.typed,
        canonical[table.page] if n else np.zeros(0, np.int64),
        titles,
        list(codes),
    )
    hosts = [table.page_host[k] for k in pages]
    page_message = np.fromiter(
        (is_message(u) for u in table.page_url), dtype=bool, count=len(table.page_url)
    )
    message = page_message[table.page] if page_message.any() else None
    # the part of a broad site each page is in, a site of its own (``noise.section_of``)
    page_part = [section_of(h, u) for h, u in zip(table.page_host, table.page_url, strict=True)]
    in_part = np.fromiter((bool(x) for x in page_part), dtype=bool, count=len(page_part))
    parts: dict[int, tuple[str, ...]] = {}
    if in_part.any():
        parts = {i: (page_part[pages[i]],) for i in np.flatnonzero(in_part[table.page]).tolist()}
    return visits, Items(table.times, texts, queries, hosts, parents, noise, parts, message=message)


def _parents(ids: Index, refs: Index, openers: Index) -> Index:
    """Each visit's parent as an index among the visits: its referrer visit, else its opener
    (-1 when neither is among them; 0 names no visit)."""
    if not len(ids):
        return np.zeros(0, dtype=np.int64)
    order = np.argsort(ids, kind="stable")
    ranked = ids[order]

    def position(wanted: Index) -> Index:
        at = np.minimum(np.searchsorted(ranked, wanted), len(ranked) - 1)
        found: Index = np.where((wanted != 0) & (ranked[at] == wanted), order[at], -1)
        return found

    by_ref = position(refs)
    out: Index = np.where(by_ref >= 0, by_ref, position(openers))
    return out


def _parents_by_url(parents: Index, times: Index, urls: list[str], named: dict[int, str]) -> None:
    """Logs and Takeout name the page a visit came from, not the visit: take that page's
    latest visit of the last few hours (for visits with no parent among the visits)."""
    last_seen: dict[str, int] = {}  # URL → index of its latest visit so far
    for i, url in enumerate(urls):
        ref = named.get(i)
        if ref is not None and parents[i] < 0:
            k = last_seen.get(ref, -1)
            if k >= 0 and times[i] - times[k] <= _REFERRER_US:
                parents[i] = k
        last_seen[url] = i


def items_of(rows: Sequence[BuildRow]) -> Items:
    """Engine items of time-ordered visits (parents are indices among them)."""
    return visit_columns(rows)[1]
