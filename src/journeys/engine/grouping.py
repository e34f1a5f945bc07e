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
from dataclasses import dataclass, field

import numpy as np

from journeys.engine.baselines import _UnionFind, terms
from journeys.engine.embedding import HashingEmbedder, Vectors, normalize
from journeys.engine.noise import is_broad
from journeys.engine.sessions import SessionParams, split_sessions

UNASSIGNED = -1


@dataclass(frozen=True, slots=True)
class Item:
    """One visit or query as the engine sees it.

    ``text`` is what it is about (the search terms, else the title, else the URL's words);
    ``parent`` the index of the item it was navigated from (-1 when none or unknown).
    """

    time_us: int
    text: str
    query: str = ""
    host: str = ""
    parent: int = -1
    noise: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupParams:
    """Hyper-parameters of grouping, validated once."""

    session: SessionParams = field(default_factory=SessionParams)
    piece: SessionParams = field(
        default_factory=lambda: SessionParams(short_gap_min=0.0, max_gap_min=20.0, threshold=0.3)
    )
    link: float = 0.55
    text_weight: float = 0.5
    site_bonus: float = 0.3
    session_bonus: float = 0.2
    min_text: float = 0.3
    window: int = 400
    representatives: int = 8
    rare_term_pieces: int = 50
    task_link: float = 0.6
    follow_min: float = 1.0
    follow_link: float = 0.2
    task_window: int = 50
    task_gap_min: float = 26.0
    lone_pages: bool = False

    def __post_init__(self) -> None:
        if not 0 < self.link <= 2:
            raise ValueError("link must be in (0, 2]")
        if not 0 <= self.text_weight <= 1:
            raise ValueError("text_weight must be between 0 and 1")
        if self.window < 1 or self.representatives < 1 or self.rare_term_pieces < 1:
            raise ValueError("window, representatives and rare_term_pieces must be >= 1")


@dataclass(frozen=True, slots=True)
class Grouping:
    """Labels per item: session, task and journey (``UNASSIGNED`` for stray or habit items)."""

    session: list[int]
    task: list[int]
    journey: list[int]


@dataclass(slots=True)
class _Pieces:
    members: list[list[int]]
    reps: list[list[int]]
    hosts: list[frozenset[str]]
    session: list[int]


def _link_in_sessions(
    items: Sequence[Item],
    session: Sequence[int],
    alike: tuple[Vectors, Vectors],
    uf: _UnionFind,
    params: GroupParams,
) -> None:
    """Join items of one sitting whose texts are alike, and searches that follow each other
    within a minute and are somewhat alike (a reworded search right after the first)."""
    n = len(items)
    follow_us = params.follow_min * 60_000_000
    gap_us = params.task_gap_min * 60_000_000
    for j in range(1, n):
        if items[j].noise:
            continue
        lo = j
        while (
            lo > 0
            and j - lo < params.task_window
            and items[lo].time_us - items[lo - 1].time_us <= gap_us
        ):
            lo -= 1
        if lo == j:
            continue
        meaning, words = alike
        sims = np.maximum(meaning[lo:j] @ meaning[j], words[lo:j] @ words[j])
        for k in np.flatnonzero(sims >= min(params.task_link, params.follow_link)):
            i = lo + int(k)
            if items[i].noise:
                continue
            if sims[k] >= params.task_link or (
                i == j - 1
                and bool(items[i].query)
                and bool(items[j].query)
                and items[j].time_us - items[i].time_us <= follow_us
            ):
                uf.union(i, j)


def _pieces(
    items: Sequence[Item],
    session: Sequence[int],
    alike: tuple[Vectors, Vectors],
    params: GroupParams,
) -> list[int]:
    """Piece label per item (``UNASSIGNED`` for habit items not reached by navigation)."""
    n = len(items)
    uf = _UnionFind(n)
    _link_in_sessions(items, session, alike, uf, params)
    real = [i for i in range(n) if not items[i].noise]
    runs = split_sessions(
        [items[i].time_us for i in real], [items[i].text for i in real], params.piece
    )
    first: dict[int, int] = {}
    for i, run in zip(real, runs, strict=True):
        uf.union(first.setdefault(run, i), i)
    same_search: dict[tuple[int, str], int] = {}
    for i, item in enumerate(items):
        if 0 <= item.parent < n:
            uf.union(item.parent, i)
        if item.query and not item.noise:
            uf.union(same_search.setdefault((session[i], item.query.lower()), i), i)
    roots = [uf.find(i) for i in range(n)]
    anchored = {roots[i] for i in real}
    return [roots[i] if roots[i] in anchored else UNASSIGNED for i in range(n)]


def _collect(
    items: Sequence[Item],
    piece_of: Sequence[int],
    session: Sequence[int],
    params: GroupParams,
    quiet_hosts: frozenset[str],
) -> _Pieces:
    index: dict[int, int] = {}
    out = _Pieces([], [], [], [])
    for i, p in enumerate(piece_of):
        if p == UNASSIGNED:
            continue
        if p not in index:
            index[p] = len(out.members)
            out.members.append([])
            out.session.append(session[i])
        out.members[index[p]].append(i)
    for members in out.members:
        seen: set[str] = set()
        reps: list[int] = []
        ordered = sorted(members, key=lambda i: (not items[i].query, items[i].time_us))
        for i in ordered:
            key = items[i].text.lower()
            if items[i].noise or not key or key in seen:
                continue
            seen.add(key)
            reps.append(i)
            if len(reps) == params.representatives:
                break
        out.reps.append(reps or members[:1])
        out.hosts.append(
            frozenset(
                items[i].host
                for i in members
                if items[i].host
                and items[i].host not in quiet_hosts
                and not items[i].noise
                and not is_broad(items[i].host)
            )
        )
    return out


def _busy_hosts(items: Sequence[Item], pieces: _Pieces, share: float) -> frozenset[str]:
    """Hosts seen in so many pieces that sharing them says nothing (search engines, portals)."""
    counts: dict[str, int] = defaultdict(int)
    for hosts in pieces.hosts:
        for host in hosts:
            counts[host] += 1
    limit = max(3, int(share * len(pieces.members)))
    return frozenset(h for h, c in counts.items() if c > limit)


def _candidates(
    items: Sequence[Item],
    pieces: _Pieces,
    b: int,
    params: GroupParams,
    by_term: dict[str, list[int]],
    by_host: dict[str, list[int]],
) -> list[int]:
    near = set(range(max(0, b - params.window), b))
    for i in pieces.reps[b]:
        for word in terms(items[i].text):
            posting = by_term.get(word, ())
            if len(posting) <= params.rare_term_pieces:
                near.update(posting)
    for host in pieces.hosts[b]:
        posting = by_host.get(host, ())
        if len(posting) <= params.rare_term_pieces:
            near.update(posting)
    return sorted(near)


def group(items: Sequence[Item], vectors: Vectors, params: GroupParams | None = None) -> Grouping:
    """Sessions, tasks and journeys of time-ordered items with their unit text vectors."""
    p = params or GroupParams()
    n = len(items)
    if len(vectors) != n:
        raise ValueError("one vector per item is needed")
    if n == 0:
        return Grouping([], [], [])
    session = split_sessions([it.time_us for it in items], [it.text for it in items], p.session)
    grams = HashingEmbedder(dim=2048).embed([it.text for it in items])
    piece_of = _pieces(items, session, (vectors, grams), p)
    pieces = _collect(items, piece_of, session, p, frozenset())
    busy = _busy_hosts(items, pieces, 0.2)
    pieces.hosts = [h - busy for h in pieces.hosts]
    journey_of_piece = _join(items, pieces, vectors, grams, p)
    journey = [UNASSIGNED] * n
    for k, members in enumerate(pieces.members):
        for i in members:
            journey[i] = journey_of_piece[k]
    journey = _drop_lone_pages(items, journey, p)
    task = [piece_of[i] if journey[i] != UNASSIGNED else UNASSIGNED for i in range(n)]
    return Grouping(session, _dense(task), _dense(journey))


def _join(
    items: Sequence[Item], pieces: _Pieces, vectors: Vectors, grams: Vectors, p: GroupParams
) -> list[int]:
    m = len(pieces.members)
    centroids = normalize(np.stack([vectors[members].mean(axis=0) for members in pieces.members]))
    uf = _UnionFind(m)
    by_term: dict[str, list[int]] = defaultdict(list)
    by_host: dict[str, list[int]] = defaultdict(list)
    for b in range(m):
        others = _candidates(items, pieces, b, p, by_term, by_host)
        if others:
            reps_b = pieces.reps[b]
            rep_lists = [pieces.reps[a] for a in others]
            flat = [i for reps in rep_lists for i in reps]
            starts = np.cumsum([0] + [len(r) for r in rep_lists[:-1]])
            meaning = np.maximum.reduceat((vectors[reps_b] @ vectors[flat].T).max(axis=0), starts)
            words = np.maximum.reduceat((grams[reps_b] @ grams[flat].T).max(axis=0), starts)
            text = np.maximum(meaning, words)
            whole = centroids[others] @ centroids[b]
            score = p.text_weight * text + (1 - p.text_weight) * whole
            hosts_b = pieces.hosts[b]
            for k, a in enumerate(others):
                value = float(score[k])
                if text[k] < p.min_text:
                    continue  # sites and sittings support a likeness; they never make one
                if hosts_b & pieces.hosts[a]:
                    value += p.site_bonus
                if pieces.session[a] == pieces.session[b]:
                    value += p.session_bonus
                if value >= p.link:
                    uf.union(a, b)
        for i in pieces.reps[b]:
            for word in terms(items[i].text):
                posting = by_term[word]
                if not posting or posting[-1] != b:
                    posting.append(b)
        for host in pieces.hosts[b]:
            by_host[host].append(b)
    return [uf.find(k) for k in range(m)]


def _drop_lone_pages(items: Sequence[Item], journey: list[int], p: GroupParams) -> list[int]:
    """A journey of one page that is not a search is a stray visit: leave it unassigned."""
    if p.lone_pages:
        return journey
    sizes: dict[int, int] = defaultdict(int)
    for j in journey:
        sizes[j] += 1
    return [
        UNASSIGNED if j != UNASSIGNED and sizes[j] == 1 and not items[i].query else j
        for i, j in enumerate(journey)
    ]


def _dense(labels: Sequence[int]) -> list[int]:
    """Labels renumbered 0, 1, … in order of first appearance; ``UNASSIGNED`` stays."""
    ids: dict[int, int] = {}
    return [x if x == UNASSIGNED else ids.setdefault(x, len(ids)) for x in labels]
