"""``journeys segment``: sessions, tasks and journeys for every row of a query log, no database.

Three passes keep memory bounded for logs far larger than RAM: rows are spread over bucket
files by user; each bucket's users are grouped by the engine (one user at a time, in time
order); the ids are merged back in input order while the input is read again.
"""

from __future__ import annotations

import csv
import heapq
import json
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TextIO

import numpy as np
import numpy.typing as npt

from journeys.engine.destinations import destinations
from journeys.engine.embedding import Embedder
from journeys.engine.grouping import UNASSIGNED, GroupParams, Item, for_query_logs, group
from journeys.engine.noise import is_message
from journeys.engine.places import home_places, without
from journeys.engine.titles import plain_title, repeated_tails
from journeys.engine.workers import in_parallel, worth_forking
from journeys.errors import SourceError, UnrecognizedSourceError
from journeys.ids import stable_id
from journeys.ingest.querylog import iter_records, record_columns, resolve_columns, sniff_format
from journeys.services.embed import cached_vectors
from journeys.services.rows import url_words
from journeys.storage.vectors import VectorStore
from journeys.times import parse_time_to_us
from journeys.urls import host_of

ID_COLUMNS = ("session_id", "task_id", "journey_id")
_BUCKET_BYTES = 64 * 1024 * 1024
_PARALLEL_ROWS = 2000  # fewer rows are grouped sooner than workers are forked


@dataclass(slots=True)
class SegmentSummary:
    """What a segment run did."""

    rows: int = 0
    users: int = 0
    problems: int = 0
    embedded: int = 0


Progress = Callable[[str, int], None]


def _noop(stage: str, done: int) -> None:
    return None


def segment_file(
    source: Path,
    target: Path,
    embedder: Embedder,
    store: VectorStore | None = None,
    *,
    params: GroupParams | None = None,
    bucket_bytes: int = _BUCKET_BYTES,
    progress: Progress = _noop,
    processes: bool | None = None,
) -> SegmentSummary:
    """Write ``target``: every row of ``source`` in order, plus session, task and journey ids.

    ``processes``: whether users are grouped side by side in worker processes (None: where
    the platform forks and a bucket has enough rows); the output is the same."""
    p = params or for_query_logs()
    label = str(source)
    if not source.is_file():
        raise SourceError(label, "no such file")
    with source.open("rb") as fh:
        fmt = sniff_format(source, fh.read(4096))
    summary = SegmentSummary()
    buckets = max(1, source.stat().st_size // max(bucket_bytes, 1) + 1)
    with tempfile.TemporaryDirectory(prefix="journeys-segment-") as tmp:
        folder = Path(tmp)
        _spread(source, label, folder, buckets, summary, progress)
        for b in range(buckets):
            _group_bucket(folder, b, embedder, store, p, summary, processes)
            progress("grouped", b + 1)
        ids = heapq.merge(*(_read_ids(folder / f"ids-{b}.jsonl") for b in range(buckets)))
        _write(source, label, fmt, target, ids, progress)
    return summary


def _spread(
    source: Path,
    label: str,
    folder: Path,
    buckets: int,
    summary: SegmentSummary,
    progress: Progress,
) -> None:
    handles = [(folder / f"rows-{b}.jsonl").open("w", encoding="utf-8") for b in range(buckets)]
    columns: dict[str, str] | None = None
    known: dict[tuple[str, ...], dict[str, str]] = {}
    users: set[str] = set()
    try:
        for index, (_, record) in enumerate(iter_records(source, label)):
            summary.rows += 1
            if isinstance(record, str):
                summary.problems += 1
                continue
            if columns is None:
                columns = resolve_columns(list(record.keys()))
                if "time" not in columns or not ({"query", "url", "title"} & columns.keys()):
                    raise UnrecognizedSourceError(
                        label,
                        "segment needs a header with user, time and query columns "
                        f"(found: {', '.join(record.keys())})",
                    )
            row = _parse(record, record_columns(record, known))
            if row is None:
                summary.problems += 1
                continue
            user = row[0]
            users.add(user)
            handle = handles[stable_id("bucket", user) % buckets]
            handle.write(json.dumps([index, *row], ensure_ascii=False) + "\n")
            if index % 100_000 == 0:
                progress("read", index)
    finally:
        for h in handles:
            h.close()
    summary.users = len(users)


def _parse(record: Mapping[str, str], columns: dict[str, str]) -> list[Any] | None:
    def get(name: str) -> str:
        col = columns.get(name)
        return (record.get(col) or "").strip() if col else ""

    try:
        when = parse_time_to_us(get("time"))
    except (ValueError, OverflowError):
        return None
    query, url, title = get("query"), get("url"), get("title")
    if not (query or url or title):
        return None
    return [get("user"), when, query, url, title]


def _group_bucket(
    folder: Path,
    b: int,
    embedder: Embedder,
    store: VectorStore | None,
    params: GroupParams,
    summary: SegmentSummary,
    processes: bool | None,
) -> None:
    by_user: dict[str, list[tuple[int, int, str, str, str]]] = defaultdict(list)
    with (folder / f"rows-{b}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            index, user, when, query, url, title = json.loads(line)
            by_user[user].append((when, index, query, url, title))
    for user, user_rows in by_user.items():
        by_user[user] = _plain_titles(user_rows)
    texts = sorted({_text(q, u, t) for rows in by_user.values() for _, _, q, u, t in rows})
    matrix, embedded = cached_vectors(texts, embedder, store)
    summary.embedded += embedded
    row_of = {t: i for i, t in enumerate(texts)}
    places: dict[str, frozenset[str]] = {}
    towns: dict[str, frozenset[str]] = {}
    if params.places is not None:
        for user, user_rows in by_user.items():
            searches = [(w, _text(q, u, t)) for w, _, q, u, t in sorted(user_rows) if q]
            if not searches:
                continue
            embed = lambda batch: cached_vectors(batch, embedder, store)[0]  # noqa: E731
            found = home_places(
                [q for _, q in searches],
                [w for w, _ in searches],
                matrix,
                [row_of[q] for _, q in searches],
                embed,
                params.places,
            )
            named = destinations([q for _, q in searches], embed, found, params.places)
            if named:
                towns[user] = named
            if found:
                places[user] = found
                fresh = sorted({without(_text(q, u, t), found) for _, _, q, u, t in user_rows})
                fresh = [t for t in fresh if t not in row_of]
                if fresh:
                    more, embedded = cached_vectors(fresh, embedder, store)
                    summary.embedded += embedded
                    row_of.update((t, len(matrix) + i) for i, t in enumerate(fresh))
                    matrix = np.concatenate([matrix, more])
    bucket = _Bucket(by_user, matrix, row_of, params, places, towns)
    users = sorted(by_user)
    # users are independent: worker processes group them side by side
    if processes is None:
        rows = sum(map(len, by_user.values()))
        processes = len(users) > 1 and rows >= _PARALLEL_ROWS and worth_forking()
    grouped = in_parallel(_group_user, bucket, users, processes=processes, threads=False)
    out: list[tuple[int, str, str, str]] = []
    for ids in grouped:
        out.extend(ids)
    out.sort()
    with (folder / f"ids-{b}.jsonl").open("w", encoding="utf-8") as fh:
        for entry in out:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")


@dataclass(frozen=True, slots=True)
class _Bucket:
    """One bucket's rows by user, and the vectors of their texts."""

    by_user: dict[str, list[tuple[int, int, str, str, str]]]
    matrix: npt.NDArray[np.float32]
    row_of: dict[str, int]
    params: GroupParams
    places: dict[str, frozenset[str]]  # each user's own place, read past (``engine.places``)
    towns: dict[str, frozenset[str]]  # the towns each user's searches name


def _group_user(bucket: _Bucket, user: str) -> list[tuple[int, str, str, str]]:
    """Each row of one user (by input position) with its session, task and journey ids."""
    rows = sorted(bucket.by_user[user])
    items, item_of = _items(rows)
    mine = bucket.places.get(user, frozenset())
    vectors = bucket.matrix[[bucket.row_of[without(it.text, mine)] for it in items]]
    # already in a worker: the links of one user's pieces are worked out in threads
    g = group(
        items,
        vectors,
        bucket.params,
        processes=False,
        towns=bucket.towns.get(user, frozenset()),
        home=mine,
    )
    return [
        (
            index,
            _name(user, "s", g.session[k]),
            _name(user, "t", g.task[k]),
            _name(user, "j", g.journey[k]),
        )
        for k, (_, index, *_rest) in zip(item_of, rows, strict=True)
    ]


def _items(rows: list[tuple[int, int, str, str, str]]) -> tuple[list[Item], list[int]]:
    """One item per search, and each row's item. A log writes a row per clicked result:
    rows of one user with the same query at the same time are one search, whose first
    clicked site is its host and the others its further sites (each row keeps its ids)."""
    items: list[Item] = []
    item_of: list[int] = []
    sites: dict[int, list[str]] = {}
    same: dict[str, int] = {}  # the searches of the current time, by query
    now = None
    for when, _, q, u, t in rows:
        if when != now:
            now, same = when, {}
        host = host_of(u) if u else ""
        k = same.get(q) if q else None
        if k is None:
            k = len(items)
            items.append(Item(when, _text(q, u, t), q, host, message=bool(u) and is_message(u)))
            if q:
                same[q] = k
        elif host and host != items[k].host and host not in sites.get(k, ()):
            if items[k].host:
                sites.setdefault(k, []).append(host)
            else:
                items[k] = replace(items[k], host=host)
        item_of.append(k)
    for k, more in sites.items():
        items[k] = replace(items[k], sites=tuple(more))
    return items, item_of


def _plain_titles(
    rows: list[tuple[int, int, str, str, str]],
) -> list[tuple[int, int, str, str, str]]:
    """One user's rows with each title read without the ending its site repeats in that
    user's titles (``engine.titles``), as a browser history is read; rows with a query keep
    their titles (the query is their text)."""
    titled = {i: host_of(r[3]) if r[3] else "" for i, r in enumerate(rows) if r[4] and not r[2]}
    tails = repeated_tails((host, rows[i][4]) for i, host in titled.items())
    if not tails:
        return rows
    return [
        (when, index, q, u, plain_title(t, titled[i], tails) if i in titled else t)
        for i, (when, index, q, u, t) in enumerate(rows)
    ]


def _text(query: str, url: str, title: str) -> str:
    return (query or title or url_words(url if "://" in url else "http://" + url))[:300]


def _name(user: str, level: str, label: int) -> str:
    return "" if label == UNASSIGNED else f"{user}:{level}{label + 1}"


def _read_ids(path: Path) -> Iterator[tuple[int, str, str, str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            index, s, t, j = json.loads(line)
            yield int(index), s, t, j


def _original_rows(source: Path, fmt: str) -> Iterator[dict[str, Any]]:
    """Rows as written in the input (JSONL keeps its value types), in the order
    ``iter_records`` numbers them."""
    with source.open("r", encoding="utf-8", errors="replace", newline="") as fh:
        if fmt == "jsonl":
            for line in fh:
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    obj = None
                yield obj if isinstance(obj, dict) else {"_raw": line.rstrip("\r\n")}
            return
        reader = csv.DictReader(
            fh,
            delimiter="\t" if fmt == "tsv" else ",",
            quoting=csv.QUOTE_NONE if fmt == "tsv" else csv.QUOTE_MINIMAL,
        )
        for row in reader:
            yield {k: v for k, v in row.items() if k is not None}


def _write(
    source: Path,
    label: str,
    fmt: str,
    target: Path,
    ids: Iterator[tuple[int, str, str, str]],
    progress: Progress,
) -> None:
    pending = next(ids, None)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8", newline="") as out:
        writer = _Writer(out, fmt)
        for index, row in enumerate(_original_rows(source, fmt)):
            extra = ("", "", "")
            while pending is not None and pending[0] < index:
                pending = next(ids, None)
            if pending is not None and pending[0] == index:
                extra = pending[1:]
            writer.write(row, extra)
            if index % 100_000 == 0:
                progress("written", index)


class _Writer:
    def __init__(self, out: TextIO, fmt: str) -> None:
        self.out = out
        self.fmt = fmt
        self.csv: Any = None

    def write(self, row: dict[str, Any], extra: tuple[str, str, str]) -> None:
        if self.fmt == "jsonl":
            record = {**row, **dict(zip(ID_COLUMNS, extra, strict=True))}
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        if self.csv is None:
            self.csv = csv.writer(
                self.out,
                delimiter="\t" if self.fmt == "tsv" else ",",
                quoting=csv.QUOTE_NONE if self.fmt == "tsv" else csv.QUOTE_MINIMAL,
                escapechar="\\" if self.fmt == "tsv" else None,
                lineterminator="\n",
            )
            self.header = list(row.keys())
            self.csv.writerow([*self.header, *ID_COLUMNS])
        self.csv.writerow([*(row.get(k, "") for k in self.header), *extra])
