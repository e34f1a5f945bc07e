"""Move a piece to the journey that searched its subject, out of one that shares only an
aspect of it.

Linking joins pieces by meaning, and the sentence model weighs every word of a short search
alike: "e-bike rebate victoria" is 0.66 like "home battery rebate victoria 2026", since both
ask for a rebate in the same state. The person, who searched "e-bike" four times that week
and the rebate for a battery once, reads an e-bike. So once pieces are joined, a piece
moves from its journey to another when all of these hold:

- a word it searched (not among the ``common`` most used English words) was searched by at
  least ``support`` pieces of the other journey, by no other piece of its own, and by
  ``share`` or more of the pieces elsewhere that searched it: that journey's subject;
- more pieces of the other journey searched that word than pieces of its own journey
  searched any word of the piece: the subject outweighs what the two share ("rebate" in
  one piece of the battery, "victoria" in two);
- it is ``min_like`` alike to the other journey as a whole;
- its own journey holds together without it, by the links that made it: a piece that
  carries a journey's only link between two of its parts stays.

Moves are decided on the journeys as linking left them, all at once, and a piece moves at
most once. Gathering follows (``engine.gather``), on the journeys as they are after it.

``min_like`` was 0.3 until the nineteenth session. A word of two senses then moved a piece
to the wrong journey: "campsite with shower near big bend" (0.83 like its camping trip)
went to a bridal shower that searched "shower" four times, to which it is 0.39 alike
(week33 0.797 → 0.885). The moves that are right on the other weeks are 0.47 alike or
more (an e-bike's rebate 0.52, a chemistry midterm's practice 0.47, a Honda's service
0.47), and the labelled sets do not move at 0.4.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from journeys.engine.embedding import normalize
from journeys.engine.likeness import Index, Table
from journeys.engine.vocabulary import most_used

__all__ = ["RehomeParams", "rehome"]


@dataclass(frozen=True, slots=True, kw_only=True)
class RehomeParams:
    """When a piece moves to the journey that searched its subject (module docstring)."""

    support: int = 2  # pieces of the other journey that searched the word, at least
    share: float = 0.7  # of the pieces elsewhere that searched it
    min_like: float = 0.4  # cosine of the piece and the other journey as a whole
    common: int = 3000  # the most used English words, never a subject

    def __post_init__(self) -> None:
        if self.support < 1 or self.common < 0:
            raise ValueError("support must be >= 1 and common >= 0")
        if not 0.5 < self.share <= 1:
            raise ValueError("share must be in (0.5, 1]: one journey searched the word")
        if not -1 <= self.min_like <= 1:
            raise ValueError("min_like must be between -1 and 1")


def rehome(
    journey: Index,
    typed: Sequence[set[str]],
    links: Sequence[Sequence[int]],
    centroids: Table,
    sizes: Index,
    params: RehomeParams | None = None,
) -> Index:
    """Journey label per piece after the moves (labels are those of ``journey``).

    ``typed``: the words of each piece's searches; ``links``: for each piece, the earlier
    pieces it linked to; ``centroids``: one unit row per piece; ``sizes``: items per piece."""
    p = params or RehomeParams()
    common = most_used(p.common) if p.common else frozenset()
    searched: dict[str, Counter[int]] = defaultdict(Counter)
    for k, words in enumerate(typed):
        for w in words:
            searched[w][int(journey[k])] += 1
    labels, inverse = np.unique(journey, return_inverse=True)
    pieces = np.bincount(inverse.reshape(-1))
    if len(labels) < 2:
        return journey.copy()
    order = np.argsort(inverse.reshape(-1), kind="stable")
    bounds = np.concatenate([[0], np.cumsum(pieces)])
    members = {int(labels[j]): order[bounds[j] : bounds[j + 1]] for j in range(len(labels))}
    moves: dict[int, int] = {}
    for k, words in enumerate(typed):
        own = int(journey[k])
        if not words or pieces[inverse[k]] < 2:
            continue
        target = _subject_owner(k, own, words, searched, common, p)
        if target is None:
            continue
        other, uses = target
        backing = max(searched[w][own] - 1 for w in words)
        if uses <= backing or _like(k, members[other], centroids, sizes) < p.min_like:
            continue
        if _holds_without(k, members[own], links):
            moves[k] = other
    out = journey.copy()
    for k, other in moves.items():
        out[k] = other
    return out


def _subject_owner(
    k: int,
    own: int,
    words: set[str],
    searched: dict[str, Counter[int]],
    common: frozenset[str],
    p: RehomeParams,
) -> tuple[int, int] | None:
    """The journey that searched one of piece ``k``'s words as its subject, and how many of
    its pieces did (the most such pieces, if several words say so)."""
    best: tuple[int, int] | None = None
    for w in words:
        if w in common or len(w) < 3:
            continue
        counts = searched[w]
        if counts[own] > 1:
            continue  # another piece of its own journey searched it too
        elsewhere = {j: c for j, c in counts.items() if j != own}
        if not elsewhere:
            continue
        other = max(elsewhere, key=lambda j: (elsewhere[j], -j))
        uses = elsewhere[other]
        owned = uses >= p.support and uses >= p.share * sum(elsewhere.values())
        if owned and (best is None or uses > best[1]):
            best = (other, uses)
    return best


def _like(k: int, members: Index, centroids: Table, sizes: Index) -> float:
    """Cosine of piece ``k`` and the journey of pieces ``members`` as a whole (its pieces
    weighted by items)."""
    whole = (centroids.rows(members) * sizes[members, None].astype(np.float32)).sum(axis=0)
    unit = normalize(whole[None, :])[0]
    return float(centroids.row(k) @ unit)


def _holds_without(k: int, members: Index, links: Sequence[Sequence[int]]) -> bool:
    """Whether the journey of pieces ``members`` stays connected, by their links, without
    piece ``k``."""
    rest = [int(m) for m in members if m != k]
    if len(rest) < 2:
        return True
    inside = set(rest)
    neighbours: dict[int, list[int]] = defaultdict(list)
    for b in rest:
        for a in links[b]:
            if a in inside:
                neighbours[a].append(b)
                neighbours[b].append(a)
    seen = {rest[0]}
    stack = [rest[0]]
    while stack:
        for n in neighbours[stack.pop()]:
            if n not in seen:
                seen.add(n)
                stack.append(n)
    return len(seen) == len(inside)
