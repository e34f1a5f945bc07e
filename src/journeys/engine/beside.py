"""Join a small piece to the journey of a piece right beside it in the same sitting.

A task's side questions are often worded unlike the rest of it: between "lisbon hotels may"
and the hotel pages comes "tap air portugal baggage allowance"; a kimchi recipe is followed
by "gochugaru substitute". The sentence model finds such a search 0.3–0.5 like its
neighbours, under what a link between pieces needs (combined likeness 0.55, see
``engine.links``), so it ends as a journey of its own. Yet a person who searches it minutes
after (or before) the rest, in the same sitting, is mostly still on the same task.

So a small piece (at most ``items`` items that are not habit visits) that is all of a small
journey (at most ``journey_items`` such items) joins the journey of the most alike piece
within ``gap_min`` minutes of it in the same sitting, when the two pieces' centroids are at
least ``likeness`` alike. Larger journeys are left as they are: they stood on their own
links. The bar is low, but it asks for two things at once: the piece is next to the other
in time, and not unrelated to it in meaning.

The piece beside it is often a step the model cannot tie to the question: "root canal cost
without insurance" is searched a minute before a dentist's booking page ("Dr. Lee, DDS -
Book Online", 0.04 alike), whose journey began two days earlier with "dentist near me"
(0.36 alike). So when no neighbour is ``likeness`` alike, the piece joins the journey beside
it that holds a piece at least ``journey_likeness`` like it (of that journey's ``reach``
pieces nearest in time): still two things at once, next to the journey in time and like it
in meaning, only the likeness is found elsewhere in the journey.

A piece that holds a page read (a search and the result it opened) asks less of its
neighbour, ``page_likeness``: its page's title says what the search was after, and a chef's
"fall menu ideas new orleans restaurant 2026" and its "Fall menu trends for 2026" are 0.15–0.2
like the "braised short ribs recipe for 40 portions" searched two minutes later. A query
log's lone searches keep the higher bar: there, a lower one joins searches of other
missions (SMC-12 missions cluster-F 0.871 → 0.869 at 0.15 for every piece).

A join under ``journey_likeness`` is weak, and left to the later stages where another
journey nearby is far more alike (``rival_margin``) or where it searched the piece's words
(``word_rivals``): two of its pieces searched a word of the piece that the neighbour's
journey did not, and one of them is more like the piece than the neighbour is. A school
librarian searched "baby shower cake order sacramento bakery" two minutes after her school's
book fair, 0.16 like it, and 0.33 like "baby shower games" three days before: too little a
margin for likeness alone, yet the games and the diaper raffle said "shower" and the book
fair did not (week170). A town or a country searched is no such word, nor is a word
three journeys search: where the person is, maybe ("cape" of "cape town", week35).

A search that opened nothing, alone in its journey, follows the page read just before it in
its sitting, within ``gap_min`` minutes, however unlike the two are (``follow_up``): "padded
shorts" after a bike lock's review, "soft close hinges" after painted kitchen doors. It is
a second thought on what was just read; a search whose result was opened is a task's start,
and so is a search after another search, as in a query log, where no page is read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from journeys.engine.embedding import Vectors
from journeys.engine.gather import is_land
from journeys.engine.likeness import Index

__all__ = ["BesideParams", "beside"]


@dataclass(frozen=True, slots=True, kw_only=True)
class BesideParams:
    """When a small piece joins the journey of a piece beside it."""

    items: int = 3  # the piece's items (not habit visits), at most
    journey_items: int = 3  # its journey's items, at most
    gap_min: float = 10.0  # minutes between the two pieces, at most
    likeness: float = 0.2  # cosine of the two pieces' centroids, at least
    page_likeness: float = 0.15  # the same, for a piece holding a page read
    window: int = 50  # pieces of the sitting looked at on each side, at most
    journey_likeness: float = 0.35  # or cosine with any piece of the neighbour's journey
    reach: int = 200  # pieces of that journey compared, the nearest in time, at most
    follow_up: bool = True  # a lone search joins the page read just before it
    # a weak join (under ``journey_likeness``) is not made where a piece of another journey,
    # of the ``rival_window`` pieces on each side, is this much more alike (None: never)
    rival_margin: float | None = 0.25
    rival_window: int = 400
    # nor where ``word_rivals`` pieces of one other journey, of those ``rival_window``,
    # searched a word the piece searched and the neighbour's journey did not, and one of
    # them is more alike than the neighbour (None: never)
    word_rivals: int | None = 2

    def __post_init__(self) -> None:
        if self.items < 1 or self.journey_items < self.items:
            raise ValueError("items must be >= 1 and journey_items >= items")
        if self.gap_min < 0 or self.window < 1:
            raise ValueError("gap_min must be >= 0 and window >= 1")
        if not all(-1 <= x <= 1 for x in (self.likeness, self.page_likeness)) or not (
            -1 <= self.journey_likeness <= 1
        ):
            raise ValueError(
                "likeness, page_likeness and journey_likeness must be between -1 and 1"
            )
        if self.reach < 1 or self.rival_window < 1:
            raise ValueError("reach and rival_window must be >= 1")
        if self.word_rivals is not None and self.word_rivals < 1:
            raise ValueError("word_rivals must be >= 1 or None")


def beside(
    journey: Index,
    sizes: Index,
    sitting: Index,
    start_us: Index,
    end_us: Index,
    centroids: Vectors,
    params: BesideParams | None = None,
    reads: npt.NDArray[np.bool_] | None = None,
    searched: Sequence[Set[str]] | None = None,
    places: Set[str] = frozenset(),
) -> tuple[Index, Index]:
    """Journey label per piece after small pieces join the journey beside them, and which
    pieces changed journey that way.

    Pieces are in the order of their first item; ``sizes`` counts each piece's items that
    are not habit visits, ``centroids`` are unit rows; ``searched``, the words of each
    piece's searches, where known, of which the words naming towns (``places``) and
    countries say nothing of a task. A joined journey takes the label of the journey it
    joins."""
    p = params or BesideParams()
    m = len(journey)
    if m < 2:
        return journey.copy(), np.zeros(m, dtype=bool)
    labels, inverse = np.unique(journey, return_inverse=True)
    inverse = inverse.reshape(-1)
    parent = np.arange(len(labels), dtype=np.int64)
    weight = np.bincount(inverse, weights=sizes, minlength=len(labels)).astype(np.int64)
    order = np.argsort(inverse, kind="stable")
    bounds = np.searchsorted(inverse[order], np.arange(len(labels) + 1))
    pieces = {j: order[bounds[j] : bounds[j + 1]] for j in range(len(labels))}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = int(parent[x])
        return x

    gap = p.gap_min * 60_000_000
    for k in np.flatnonzero((sizes > 0) & (sizes <= p.items)).tolist():
        own = find(int(inverse[k]))
        if weight[own] > p.journey_items:
            continue
        lo = max(0, k - p.window)
        hi = min(m, k + p.window + 1)
        near = np.arange(lo, hi)
        near = near[(near != k) & (sitting[near] == sitting[k]) & (sizes[near] > 0)]
        apart = np.maximum(start_us[near] - end_us[k], start_us[k] - end_us[near])
        near = near[apart <= gap]
        if not len(near):
            continue
        roots = np.array([find(int(inverse[q])) for q in near.tolist()], dtype=np.int64)
        near = near[roots != own]
        if not len(near):
            continue
        alike = centroids[near] @ centroids[k]
        best = int(np.argmax(alike))
        before = near[near < k]
        asked = p.page_likeness if reads is not None and reads[k] else p.likeness
        if float(alike[best]) >= asked:
            target = find(int(inverse[near[best]]))
            if p.rival_margin is not None and float(alike[best]) < p.journey_likeness:
                rival = _rival(k, {own, target}, inverse, sizes, centroids, parent, p)
                if rival >= float(alike[best]) + p.rival_margin:
                    continue
            if (
                searched is not None
                and p.word_rivals is not None
                and float(alike[best]) < p.journey_likeness
                and _searched_elsewhere(
                    k,
                    own,
                    target,
                    float(alike[best]),
                    inverse,
                    sizes,
                    centroids,
                    parent,
                    searched,
                    places,
                    p,
                )
            ):
                continue
        elif (
            p.follow_up
            and reads is not None
            and sizes[k] == weight[own] == 1
            and not reads[k]
            and len(before)
            and reads[before[-1]]
            and before[-1] == _previous(k, sitting, sizes)
        ):
            target = find(int(inverse[before[-1]]))
        else:
            found = _most_alike_journey(k, set(roots[roots != own].tolist()), pieces, centroids, p)
            if found is None:
                continue
            target = found
        parent[own] = target
        weight[target] += weight[own]
        pieces[target] = np.union1d(pieces[target], pieces.pop(own))
    roots = np.array([find(int(x)) for x in inverse.tolist()], dtype=np.int64)
    out = labels[roots]
    return out, roots != inverse


def _around(
    k: int, inverse: Index, sizes: Index, parent: Index, p: BesideParams
) -> tuple[Index, Index]:
    """The pieces of the ``rival_window`` on each side of piece ``k`` (habit visits aside),
    and each one's journey as it is now (``parent``: the joins so far), all at once."""
    lo, hi = max(0, k - p.rival_window), min(len(sizes), k + p.rival_window + 1)
    near = np.arange(lo, hi)
    near = near[(near != k) & (sizes[near] > 0)]
    found = parent[inverse[near]]
    while True:
        up = parent[found]
        if np.array_equal(up, found):
            break
        found = up
    return near, found


def _rival(
    k: int,
    roots: set[int],
    inverse: Index,
    sizes: Index,
    centroids: Vectors,
    parent: Index,
    p: BesideParams,
) -> float:
    """How alike piece ``k`` is to the most alike piece near it in the history (the
    ``rival_window`` pieces on each side, habit visits aside) of a journey not in
    ``roots`` (``parent``: the joins so far, each journey's label pointing to the one it
    joined): -1 where none."""
    near, found = _around(k, inverse, sizes, parent, p)
    if not len(near):
        return -1.0
    near = near[~np.isin(found, list(roots))]
    return float((centroids[near] @ centroids[k]).max()) if len(near) else -1.0


def _searched_elsewhere(
    k: int,
    own: int,
    target: int,
    alike: float,
    inverse: Index,
    sizes: Index,
    centroids: Vectors,
    parent: Index,
    searched: Sequence[Set[str]],
    places: Set[str],
    p: BesideParams,
) -> bool:
    """Whether ``word_rivals`` pieces of one journey other than ``own`` and ``target``,
    of the ``rival_window`` on each side of piece ``k``, searched a word ``k`` searched
    that no piece of ``target`` there did, and one of them is more like ``k`` than
    ``alike``. A town or a country searched is no such word: one may be where the person
    is, or where two tasks take them; nor is a word that three journeys there search
    ("cape" of "cape town" in a photographer's lens rental, inverter and wedding)."""
    mine = {w for w in searched[k] if w not in places and not is_land(w)}
    if not mine or p.word_rivals is None:
        return False
    near, found = _around(k, inverse, sizes, parent, p)
    uses: dict[int, dict[str, list[int]]] = {}
    for q, root in zip(near.tolist(), found.tolist(), strict=True):
        if root == own:
            continue
        for word in mine & searched[q]:
            uses.setdefault(root, {}).setdefault(word, []).append(q)
    told = set(uses.pop(target, {}))
    spread = Counter(word for by_word in uses.values() for word in by_word)
    for by_word in uses.values():
        for word, users in by_word.items():
            if word in told or spread[word] > 2 or len(users) < p.word_rivals:
                continue  # a word three journeys search is the person's, not a task's
            if float((centroids[users] @ centroids[k]).max()) > alike:
                return True
    return False


def _previous(k: int, sitting: Index, sizes: Index) -> int:
    """The piece just before ``k`` in its sitting that holds items (-1: none)."""
    for q in range(k - 1, -1, -1):
        if sitting[q] != sitting[k]:
            return -1
        if sizes[q] > 0:
            return q
    return -1


def _most_alike_journey(
    k: int, roots: set[int], pieces: dict[int, Index], centroids: Vectors, p: BesideParams
) -> int | None:
    """Of the journeys beside piece ``k``, the one holding the piece most like it (any of
    its pieces, the ``reach`` nearest in time), if that is at least ``journey_likeness``."""
    best, chosen = p.journey_likeness, None
    for root in sorted(roots):
        members = pieces[root]
        if len(members) > p.reach:
            at = int(np.searchsorted(members, k))
            lo = max(0, min(at - p.reach // 2, len(members) - p.reach))
            members = members[lo : lo + p.reach]
        value = float((centroids[members] @ centroids[k]).max())
        if value >= best:
            best, chosen = value, root
    return chosen
