"""Group a person's time-ordered visits into sessions, tasks and journeys.

Three levels, each a plain list of labels aligned with the items:

- *session*: a sitting, cut by time gaps and topic shifts (``engine.sessions``);
- *piece*: the smallest run that surely belongs together: the navigation tree (referrer and
  opener chains), repeats of one search, and back-to-back items of like text;
- *journey*: pieces joined across sessions and days by single-link over a combined likeness of
  meaning (sentence vectors), words (character trigrams), shared sites and sitting together;
  the journey's part inside one session is a *task*.

Habit visits (``Item.noise``) never link pieces; they join a journey only through navigation.
The defaults were chosen with ``journeys eval`` on Webis-SMC-12 (see docs/quality.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from journeys.engine.baselines import _UnionFind, terms
from journeys.engine.embedding import Vectors, normalize
from journeys.engine.gather import GatherParams, gather
from journeys.engine.items import Item, Items
from journeys.engine.likeness import Index, Table, TextSpace
from journeys.engine.noise import is_broad
from journeys.engine.sessions import SessionParams
from journeys.engine.sittings import cut, piece_edges, pieces

__all__ = ["UNASSIGNED", "GroupParams", "Grouping", "Item", "Items", "group"]

UNASSIGNED = -1
_BLOCK = 256  # pieces whose links one thread works out at a time
_DAY_US = 86_400_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupParams:
    """Hyper-parameters of grouping, validated once."""

    session: SessionParams = field(
        default_factory=lambda: SessionParams(
            short_gap_min=6.0, max_gap_min=90.0, threshold=0.2, window=3
        )
    )
    piece: SessionParams = field(
        default_factory=lambda: SessionParams(short_gap_min=0.0, max_gap_min=20.0, threshold=0.3)
    )
    link: float = 0.55
    text_weight: float = 0.5
    site_bonus: float = 0.3
    session_bonus: float = 0.1
    min_text: float = 0.3
    decay: float = 0.0
    bridge: float = 0.1
    bridge_pieces: int = 40
    coherence: float = 0.15
    common_pieces: float = 8000.0
    window: int = 400
    candidates: int = 30
    representatives: int = 6
    rare_term_pieces: int = 50
    task_link: float = 0.6
    follow_min: float = 1.0
    follow_link: float = 0.3
    task_window: int = 12
    task_gap_min: float = 26.0
    lone_pages: bool = False
    gather: GatherParams | None = field(default_factory=GatherParams)

    def __post_init__(self) -> None:
        if not 0 < self.link <= 2:
            raise ValueError("link must be in (0, 2]")
        if not 0 <= self.text_weight <= 1:
            raise ValueError("text_weight must be between 0 and 1")
        if self.common_pieces <= 0:
            raise ValueError("common_pieces must be > 0")
        if (
            min(
                self.window,
                self.candidates,
                self.representatives,
                self.rare_term_pieces,
                self.task_window,
            )
            < 1
        ):
            raise ValueError(
                "window, candidates, representatives, rare_term_pieces and task_window must be >= 1"
            )


@dataclass(frozen=True, slots=True)
class Grouping:
    """Labels per item: session, task and journey (``UNASSIGNED`` for stray or habit items)."""

    session: list[int]
    task: list[int]
    journey: list[int]


@dataclass(slots=True)
class _Pieces:
    """Pieces in time order: members, representative items, distinctive sites, sitting."""

    members: list[Index]
    reps: list[list[int]]
    hosts: list[frozenset[str]]
    session: Index
    start_us: Index
    end_us: Index
    host_ids: Index  # the sites again as ids, a row per piece padded with -1

    @staticmethod
    def ids_of(hosts: list[frozenset[str]]) -> Index:
        """``host_ids`` of the pieces' sites."""
        codes: dict[str, int] = {}
        width = max((len(h) for h in hosts), default=0) or 1
        out = np.full((len(hosts), width), -1, dtype=np.int64)
        for k, sites in enumerate(hosts):
            for c, h in enumerate(sorted(sites)):
                out[k, c] = codes.setdefault(h, len(codes))
        return out


def group(
    items: Sequence[Item] | Items,
    vectors: Vectors | Table,
    params: GroupParams | None = None,
    *,
    rows: Sequence[int] | None = None,
) -> Grouping:
    """Sessions, tasks and journeys of time-ordered items with unit text vectors.

    ``vectors`` has one row per item, or one per distinct text when ``rows`` maps each item
    to its text's row (what large histories use: a text is stored and compared once).
    """
    p = params or GroupParams()
    n = len(items)
    if n == 0:
        return Grouping([], [], [])
    items = Items.of(items)
    space = TextSpace.of(items.text, vectors, rows)
    times = items.time_us
    real = ~items.noise
    everyone = np.arange(n, dtype=np.int64)
    session = cut(times, space, everyone, p.session)
    edges = piece_edges(
        times,
        space,
        real,
        items.query,
        items.parent,
        session,
        run_params=p.piece,
        task_link=p.task_link,
        follow_link=p.follow_link,
        follow_us=p.follow_min * 60_000_000,
        task_gap_us=p.task_gap_min * 60_000_000,
        task_window=p.task_window,
    )
    piece_of = pieces(n, edges, real)
    found = _collect(items, space, piece_of, session, p)
    journey_of_piece = _join(items, space, found, p)
    journey = np.full(n, UNASSIGNED, dtype=np.int64)
    for k, members in enumerate(found.members):
        journey[members] = journey_of_piece[k]
    journey_list = _drop_lone_pages(items, journey.tolist(), p)
    task = _tasks(piece_of, journey_list, times, p.task_gap_min * 60_000_000)
    return Grouping(session.tolist(), _dense(task), _dense(journey_list))


def _tasks(piece_of: Index, journey: list[int], times_us: Index, gap_us: float) -> list[int]:
    """Task label per item: its piece, but a piece of one item joins the largest piece of its
    journey in the same run of activity (no pause over ``gap_us``): a lone search or page that
    the journey level placed is part of what its journey was doing then."""
    labels = np.asarray(journey, dtype=np.int64)
    out = np.full(len(labels), UNASSIGNED, dtype=np.int64)
    placed = np.flatnonzero(labels != UNASSIGNED)  # items of a journey are in a piece
    if not len(placed):
        return out.tolist()
    chain = np.concatenate([[0], np.cumsum(np.diff(times_us) > gap_us)])
    piece = piece_of[placed]
    size = np.bincount(piece_of[piece_of >= 0])[piece]
    _, group = np.unique(np.stack([labels[placed], chain[placed]]), axis=1, return_inverse=True)
    group = group.reshape(-1)
    # per (journey, run): the largest piece, the earliest on a tie
    order = np.lexsort((placed, -size, group))
    first = order[np.concatenate([[True], group[order][1:] != group[order][:-1]])]
    largest = np.empty(group.max() + 1, dtype=np.int64)
    largest[group[first]] = piece[first]
    out[placed] = np.where(size == 1, largest[group], piece)
    result: list[int] = out.tolist()
    return result


def _collect(
    items: Items, space: TextSpace, piece_of: Index, session: Index, p: GroupParams
) -> _Pieces:
    placed = np.flatnonzero(piece_of >= 0)
    # pieces in the order of their first item; members in time order
    order = placed[np.lexsort((placed, piece_of[placed]))]
    labels = piece_of[order]
    cuts = np.flatnonzero(np.diff(labels)) + 1
    groups = np.split(order, cuts) if len(order) else []
    groups.sort(key=lambda g: int(g[0]))
    counts: dict[str, int] = defaultdict(int)
    hosts: list[frozenset[str]] = []
    reps: list[list[int]] = []
    query, text, host, noise, rows = items.query, items.text, items.host, items.noise, space.rows
    broad: dict[str, bool] = {}
    for members in groups:
        seen: set[int] = set()
        chosen: list[int] = []
        member_list = members.tolist()
        ordered = [i for i in member_list if query[i]] + [i for i in member_list if not query[i]]
        for i in ordered:
            row = int(rows[i])
            if noise[i] or row in seen or not text[i]:
                continue
            seen.add(row)
            chosen.append(i)
            if len(chosen) == p.representatives:
                break
        reps.append(chosen or member_list[:1])
        sites = frozenset(
            h
            for i in member_list
            if (h := host[i])
            and not noise[i]
            and not (broad[h] if h in broad else broad.setdefault(h, is_broad(h)))
        )
        hosts.append(sites)
        for h in sites:
            counts[h] += 1
    # a site in a fifth of all pieces says nothing (a portal, a workplace tool)
    limit = max(3, int(0.2 * len(groups)))
    busy = {h for h, c in counts.items() if c > limit}
    if busy:
        hosts = [h - busy for h in hosts]
    first = [int(g[0]) for g in groups]
    starts = items.time_us[first] if groups else np.zeros(0, np.int64)
    ends = items.time_us[[int(g[-1]) for g in groups]] if groups else np.zeros(0, np.int64)
    sittings = session[first] if groups else np.zeros(0, np.int64)
    return _Pieces(groups, reps, hosts, sittings, starts, ends, _Pieces.ids_of(hosts))


def _join(items: Items, space: TextSpace, pieces: _Pieces, p: GroupParams) -> Index:
    """Journey label per piece: single-link over pieces whose combined likeness passes."""
    m = len(pieces.members)
    if m == 0:
        return np.zeros(0, dtype=np.int64)
    sums = np.zeros((m, space.meaning.dim), dtype=np.float32)
    for k, members in enumerate(pieces.members):
        real = members[~items.noise[members]]
        real = real if len(real) else members
        sums[k] = space.meaning.rows(space.rows[real]).sum(axis=0)
    centroids = normalize(sums, in_place=True)
    rep_rows = [space.rows[r] for r in pieces.reps]
    rep_terms = [{w for i in reps for w in terms(items.text[i])} for reps in pieces.reps]
    uf = _UnionFind(m)
    # three views of the centroids (the last two as int8 tables: years of history make a
    # hundred thousand pieces): as they are, to find candidates; centred, to judge
    # coherence, since sentence vectors share a common direction and the mean of many
    # unrelated texts still looks like any one of them; and for links, without the
    # history's common direction as far as there are pieces to estimate it from: a few
    # hundred pieces (a week, a user of a query log) are compared as they are; on years of
    # history, where unrelated pieces would otherwise look alike enough to chain, it is
    # taken out all but fully
    mean = centroids.mean(axis=0, keepdims=True)
    share = m / (m + p.common_pieces)
    views = _Views(
        centroids,
        Table.of(centroids, lambda block: normalize(block - share * mean)),
        Table.of(centroids, lambda block: normalize(block - mean)),
    )
    size = _Mass([1] * m, views.centred, {})
    with threadpool_limits(limits=1, user_api="blas"):  # many small products: one thread
        _link_all(pieces, views, rep_rows, rep_terms, space, uf, size, p)
    joined = np.array([uf.find(k) for k in range(m)], dtype=np.int64)
    if p.gather is None:
        return joined
    sizes = np.array([len(members) for members in pieces.members], dtype=np.int64)
    words = [t | {"@" + h for h in hosts} for t, hosts in zip(rep_terms, pieces.hosts, strict=True)]
    return gather(joined, sizes, words, views.apart, p.gather)


@dataclass(frozen=True, slots=True)
class _Views:
    """The pieces' centroids: as they are, without the common direction, and centred."""

    plain: Vectors
    apart: Table
    centred: Table


def _link_all(
    pieces: _Pieces,
    views: _Views,
    rep_rows: list[Index],
    rep_terms: list[set[str]],
    space: TextSpace,
    uf: _UnionFind,
    size: _Mass,
    p: GroupParams,
) -> None:
    """Join the pieces in order. Candidates are found first, in order (they depend on the
    words and sites of the pieces before); their links, which do not depend on the joins,
    are worked out by two threads ahead of the joins (their products leave the interpreter
    lock)."""
    m = len(pieces.members)
    by_term: dict[str, list[int]] = defaultdict(list)
    by_host: dict[str, list[int]] = defaultdict(list)

    def links(block: range) -> list[tuple[list[int], list[float]]]:
        return [
            _links(b, nears[b], views.apart, rep_rows, space, pieces, p)
            if len(nears[b])
            else ([], [])
            for b in block
        ]

    def join(block: range, found: list[tuple[list[int], list[float]]]) -> None:
        for b, (linked, values) in zip(block, found, strict=True):
            if linked:
                _attach(uf, size, b, views.centred.rows([b])[0], linked, values, p)

    nears: list[Index] = []
    for b in range(m):
        nears.append(_candidates(b, views.plain, pieces, rep_terms[b], by_term, by_host, p))
        for word in rep_terms[b]:
            by_term[word].append(b)
        for host in pieces.hosts[b]:
            by_host[host].append(b)
    del by_term, by_host
    blocks = [range(s, min(s + _BLOCK, m)) for s in range(0, m, _BLOCK)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        for block, results in zip(blocks, pool.map(links, blocks), strict=True):
            join(block, results)


@dataclass(slots=True)
class _Mass:
    """Per journey root: how many pieces, and the sum of their (centred) centroids; a lone
    piece's sum is its own centroid, so only joined roots hold one of their own."""

    count: list[int]
    base: Table
    joined: dict[int, Vectors]

    def total(self, root: int) -> Vectors:
        """The sum of the centroids of the root's pieces."""
        whole = self.joined.get(root)
        return self.base.rows([root])[0] if whole is None else whole


def _attach(
    uf: _UnionFind,
    mass: _Mass,
    b: int,
    centroid: Vectors,
    linked: list[int],
    values: list[float],
    p: GroupParams,
) -> None:
    """Join piece ``b`` to the journey it is most like. A journey whose whole (its centroid)
    is unlike the piece is not joined, whatever one of its pieces says: a long chain drifts,
    and its drift must not swallow everything. Two established journeys (``bridge_pieces``
    pieces each) are bridged only when the piece is like both by ``bridge`` more than a link
    needs."""
    best: dict[int, float] = {}
    for a, v in zip(linked, values, strict=True):
        root = uf.find(a)
        best[root] = max(best.get(root, -1.0), v)
    coherent = {}
    for root, v in best.items():
        whole = mass.total(root)
        norm = float(np.linalg.norm(whole)) or 1.0
        if mass.count[root] == 1 or float(whole @ centroid) / norm >= p.coherence:
            coherent[root] = v
    if not coherent:
        return
    ranked = sorted(coherent.items(), key=lambda kv: -kv[1])
    first = ranked[0][0]
    _union(uf, mass, first, b)
    for root, v in ranked[1:]:
        established = min(mass.count[uf.find(first)], mass.count[root]) >= p.bridge_pieces
        if not established or v >= p.link + p.bridge:
            _union(uf, mass, root, b)


def _union(uf: _UnionFind, mass: _Mass, a: int, b: int) -> None:
    ra, rb = uf.find(a), uf.find(b)
    if ra != rb:
        uf.union(ra, rb)
        root, other = (ra, rb) if uf.find(ra) == ra else (rb, ra)
        mass.count[root] = mass.count[ra] + mass.count[rb]
        first, second = (ra, rb) if root == ra else (rb, ra)
        mass.joined[root] = mass.total(first) + mass.total(second)
        mass.joined.pop(other, None)


def _candidates(
    b: int,
    centroids: Vectors,
    pieces: _Pieces,
    words: set[str],
    by_term: dict[str, list[int]],
    by_host: dict[str, list[int]],
    p: GroupParams,
) -> Index:
    """Earlier pieces worth comparing: the most alike of the recent ones by centroid, and any
    sharing a rare word or a distinctive site."""
    lo = max(0, b - p.window)
    recent = np.arange(lo, b, dtype=np.int64)
    if len(recent) > p.candidates:
        sims = centroids[lo:b] @ centroids[b]
        top = np.argpartition(-sims, p.candidates)[: p.candidates]
        same_sitting = np.flatnonzero(pieces.session[lo:b] == pieces.session[b])
        recent = recent[np.union1d(top, same_sitting)]
    extra: set[int] = set()
    for word in words:
        posting = by_term.get(word)
        if posting and len(posting) <= p.rare_term_pieces:
            extra.update(posting)
    for host in pieces.hosts[b]:
        posting = by_host.get(host)
        if posting and len(posting) <= p.rare_term_pieces:
            extra.update(posting)
    if extra:
        recent = np.union1d(recent, np.fromiter(extra, dtype=np.int64))
    return recent


def _links(
    b: int,
    near: Index,
    centroids: Table,
    rep_rows: list[Index],
    space: TextSpace,
    pieces: _Pieces,
    p: GroupParams,
) -> tuple[list[int], list[float]]:
    """The candidates ``near`` that piece ``b`` links to, with their likeness
    (``centroids``: the pieces' centroids without the history's common direction).

    Text likeness is at most 1, so a candidate whose centroid, sitting and sites cannot
    reach ``link`` even with the most alike text is dropped before its texts are compared:
    the result is the same, and most candidates never reach the costly comparison."""
    value = (1 - p.text_weight) * centroids.against(near, b)
    value += p.session_bonus * (pieces.session[near] == pieces.session[b])
    if p.decay:
        # the longer apart, the more alike two pieces must be
        days = np.maximum(pieces.start_us[b] - pieces.end_us[near], 0) / _DAY_US
        value -= p.decay * np.log2(1.0 + days)
    hosts_b = pieces.host_ids[b]
    hosts_b = hosts_b[hosts_b >= 0]
    if len(hosts_b):
        # a shared site matters only where it could make up the difference
        maybe = np.flatnonzero(value + p.text_weight + p.site_bonus >= p.link)
        theirs = pieces.host_ids[near[maybe]]
        shared = (theirs[:, :, None] == hosts_b[None, None, :]).any(axis=(1, 2))
        value[maybe[shared]] += p.site_bonus
    reachable = np.flatnonzero(value + p.text_weight >= p.link)
    if not len(reachable):
        return [], []
    near, value = near[reachable], value[reachable]
    rows_b = rep_rows[b]
    lists = [rep_rows[a] for a in near.tolist()]
    flat = np.concatenate(lists)
    starts = np.cumsum([0] + [len(r) for r in lists[:-1]])
    meaning = space.meaning.dots(rows_b, flat).max(axis=0)
    words = space.words.dots(rows_b, flat).max(axis=0)
    text = np.maximum.reduceat(np.maximum(meaning, words), starts)
    value += p.text_weight * text
    # sites and sittings support a likeness of text; they never make one
    keep = (value >= p.link) & (text >= p.min_text)
    return near[keep].tolist(), value[keep].tolist()


def _drop_lone_pages(items: Items, journey: list[int], p: GroupParams) -> list[int]:
    """A journey of one page that is not a search is a stray visit: leave it unassigned."""
    if p.lone_pages:
        return journey
    sizes: dict[int, int] = defaultdict(int)
    query = items.query
    for j in journey:
        sizes[j] += 1
    return [
        UNASSIGNED if j != UNASSIGNED and sizes[j] == 1 and not query[i] else j
        for i, j in enumerate(journey)
    ]


def _dense(labels: Sequence[int]) -> list[int]:
    """Labels renumbered 0, 1, … in order of first appearance; ``UNASSIGNED`` stays."""
    ids: dict[int, int] = {}
    return [x if x == UNASSIGNED else ids.setdefault(x, len(ids)) for x in labels]
