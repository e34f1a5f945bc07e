"""Which earlier pieces each piece links to, and how strongly: the costly half of joining.

A piece's candidates are the most alike of the recent pieces by centroid, plus any earlier
piece sharing a rare word or a distinctive site; its links are the candidates whose combined
likeness (meaning, words, sites, sitting) passes. Neither depends on which pieces have been
joined, so they are worked out ahead of the joins, a block of pieces at a time, by worker
processes where the platform forks and by threads elsewhere (``engine.workers``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from journeys.engine.embedding import Vectors
from journeys.engine.likeness import Index, Table, TextSpace
from journeys.engine.workers import chunks, in_parallel, worth_forking

__all__ = ["LinkRule", "Linker", "Pieces", "Postings", "Ragged", "in_order", "rare_before"]

BLOCK = 256  # pieces whose links one worker works out at a time
PROCESS_MIN_PIECES = 4000  # fewer pieces link faster in threads than a fork costs
_DAY_US = 86_400_000_000

Links = list[tuple[list[int], list[float]]]


class LinkRule(Protocol):
    """The hyper-parameters linking reads (``grouping.GroupParams`` has them)."""

    @property
    def link(self) -> float: ...
    @property
    def text_weight(self) -> float: ...
    @property
    def site_bonus(self) -> float: ...
    @property
    def session_bonus(self) -> float: ...
    @property
    def min_text(self) -> float: ...
    @property
    def decay(self) -> float: ...
    @property
    def decay_after_days(self) -> float: ...
    @property
    def window(self) -> int: ...
    @property
    def candidates(self) -> int: ...
    @property
    def rare_term_pieces(self) -> int: ...


def apart_penalty(
    days: npt.NDArray[np.float64], decay: float, after_days: float
) -> npt.NDArray[np.float64]:
    """The likeness a link loses for being ``days`` apart: none up to ``after_days``, then
    ``decay`` per doubling of the days (a task left for months and a new one like it are
    two journeys; attaching one visit weighs it the same way)."""
    penalty: npt.NDArray[np.float64] = decay * np.maximum(
        np.log2((1.0 + days) / (1.0 + after_days)), 0.0
    )
    return penalty


@dataclass(slots=True)
class Pieces:
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


@dataclass(frozen=True, slots=True)
class Ragged:
    """Rows of different lengths as one flat array and the start of each row (``start`` has
    one entry more than there are rows). Workers read these as plain arrays: walking
    millions of small Python objects would write their reference counts and copy the pages
    a forked worker shares with its parent."""

    flat: Index
    start: Index

    @classmethod
    def of(cls, rows: Sequence[Sequence[int] | Index]) -> Ragged:
        """The ragged rows of integer sequences."""
        lengths = np.fromiter((len(r) for r in rows), dtype=np.int64, count=len(rows))
        start = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=start[1:])
        flat = np.fromiter((x for r in rows for x in r), dtype=np.int64, count=int(start[-1]))
        return cls(flat, start)

    def row(self, k: int) -> Index:
        """Row ``k``."""
        return self.flat[self.start[k] : self.start[k + 1]]

    def rows(self, which: Index) -> tuple[Index, Index]:
        """Rows ``which`` one after another, and where each begins."""
        return prefixes(self.flat, self.start[which], self.start[which + 1] - self.start[which])

    def postings(self, keys: int) -> Postings:
        """For each of ``keys`` values, the rows that hold it, in order (each row holds a
        value at most once)."""
        rows = len(self.start) - 1
        owner = np.repeat(np.arange(rows, dtype=np.int64), np.diff(self.start))
        order = np.argsort(self.flat, kind="stable")
        start = np.zeros(keys + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.flat, minlength=keys), out=start[1:])
        by_key = Ragged(owner[order], start)
        return Postings(by_key, self.flat[order] * (rows + 1) + by_key.flat, rows + 1)


@dataclass(frozen=True, slots=True)
class Postings:
    """Each key's rows in order, and the same entries as ``key * width + row``, sorted, to
    count a key's rows before a given row for many keys at once."""

    rows: Ragged
    keyed: Index
    width: int

    def row(self, key: int) -> Index:
        """The rows holding ``key``."""
        return self.rows.row(key)


def prefixes(flat: Index, lo: Index, n: Index) -> tuple[Index, Index]:
    """``flat[lo[k] : lo[k] + n[k]]`` for each k, one after another, and where each begins."""
    begins = np.cumsum(n) - n
    at = np.repeat(lo - begins, n) + np.arange(int(n.sum()), dtype=np.int64)
    return flat[at], begins


def rare_before(postings: Postings, keys: Index, b: int, limit: int) -> Index:
    """The pieces before ``b`` holding one of ``keys``, from each key held by 1 to ``limit``
    pieces before ``b`` (a word every other piece uses ties nothing)."""
    return rare_before_many(postings, keys, np.full(len(keys), b, dtype=np.int64), limit)[1]


@dataclass(frozen=True, slots=True)
class Linker:
    """Everything that links read, as arrays, shared by the workers (inherited, never
    copied, by forked processes)."""

    session: Index  # each piece's sitting
    start_us: Index
    end_us: Index
    host_ids: Index  # each piece's distinctive sites, a row padded with -1
    plain: Vectors  # the pieces' centroids as they are, to find candidates
    apart: Table  # the centroids without the history's common direction, to link
    reps: Ragged  # each piece's representative texts, as rows of ``space``
    terms: Ragged  # each piece's words, as ids
    by_term: Postings  # each word's pieces
    by_host: Postings  # each site's pieces
    space: TextSpace
    p: LinkRule
    towns: Ragged  # the towns each piece's searches name (``engine.destinations``), as ids

    @classmethod
    def of(
        cls,
        pieces: Pieces,
        plain: Vectors,
        apart: Table,
        rep_rows: Ragged,
        rep_terms: Sequence[set[str]],
        space: TextSpace,
        p: LinkRule,
        towns: Sequence[frozenset[str]] = (),
    ) -> Linker:
        """The linker of these pieces, their centroids, representative texts (as rows of
        ``space``), words, and the towns their searches name."""
        named: dict[str, int] = {}
        town_ids = Ragged.of(
            [[named.setdefault(w, len(named)) for w in sorted(t)] for t in towns]
            or [[] for _ in pieces.members]
        )
        codes: dict[str, int] = {}
        terms = Ragged.of([[codes.setdefault(w, len(codes)) for w in sorted(t)] for t in rep_terms])
        hosts = Ragged.of([row[row >= 0] for row in pieces.host_ids])
        sites = int(pieces.host_ids.max()) + 1 if pieces.host_ids.size else 0
        return cls(
            pieces.session,
            pieces.start_us,
            pieces.end_us,
            pieces.host_ids,
            plain,
            apart,
            rep_rows,
            terms,
            terms.postings(len(codes)),
            hosts.postings(sites),
            space,
            p,
            town_ids,
        )

    def block(self, block: range) -> Links:
        """The links of each piece of a block to earlier pieces, with their likeness.

        The block's candidates and the parts of their likeness that need no text are worked
        out for all its pieces at once, as arrays of (piece, candidate) pairs; only the
        comparison of texts is made piece by piece."""
        out: Links = [([], []) for _ in block]
        if not len(block):
            return out
        b, a = self._candidates(block)
        b, a, value = self._reachable(b, a)
        if not len(b):
            return out
        p = self.p
        text = self._text(b, a)
        value += p.text_weight * text
        # sites and sittings support a likeness of text; they never make one
        keep = np.flatnonzero((value >= p.link) & (text >= p.min_text))
        keep = keep[~self._other_towns(b[keep], a[keep])]  # only the pairs that would link
        b, a, value = b[keep], a[keep], value[keep]
        if not len(b):
            return out
        cuts = np.flatnonzero(np.diff(b)) + 1
        for piece, linked, values in zip(
            b[np.append(0, cuts)].tolist(),
            np.split(a, cuts),
            np.split(value, cuts),
            strict=True,
        ):
            out[piece - block.start] = (linked.tolist(), values.tolist())
        return out

    def _other_towns(self, b: Index, a: Index) -> npt.NDArray[np.bool_]:
        """Whether the searches of both pieces of each pair name towns, none of them the
        same (``engine.destinations``): two trips planned at once."""
        counts = np.diff(self.towns.start)
        both = np.flatnonzero((counts[b] > 0) & (counts[a] > 0))
        out = np.zeros(len(b), dtype=bool)
        for k in both.tolist():
            mine, theirs = self.towns.row(int(b[k])), self.towns.row(int(a[k]))
            out[k] = not np.intersect1d(mine, theirs).size
        return out

    def _candidates(self, block: range) -> tuple[Index, Index]:
        """(piece, candidate) pairs of a block, sorted, each once. A piece's candidates:
        the most alike of the recent pieces by centroid (all of them where there are few),
        those of its sitting, and any earlier piece sharing a rare word or a distinctive
        site."""
        p, m = self.p, len(self.session)
        bs = np.arange(block.start, block.stop, dtype=np.int64)
        lo = np.maximum(bs - p.window, 0)
        found_b: list[Index] = []
        found_a: list[Index] = []
        few = bs - lo <= p.candidates
        if few.any():
            width = bs[few] - lo[few]
            found_b.append(np.repeat(bs[few], width))
            found_a.append(prefixes(np.arange(block.stop, dtype=np.int64), lo[few], width)[0])
        if not few.all():
            many = bs[~few]
            first = int(lo[~few][0])
            near = np.arange(first, block.stop, dtype=np.int64)
            # out of a piece's window: never a candidate
            outside = (near[:, None] < many[None, :] - p.window) | (near[:, None] >= many)
            sims = self.plain[first : block.stop] @ self.plain[many].T
            sims[outside] = -np.inf
            top = np.argpartition(-sims, p.candidates, axis=0)[: p.candidates]
            found_b.append(np.broadcast_to(many, top.shape).reshape(-1))
            found_a.append((top + first).reshape(-1))
            same = (self.session[near][:, None] == self.session[many][None, :]) & ~outside
            at, of = np.nonzero(same)
            found_b.append(many[of])
            found_a.append(near[at])
        for postings, keys, owner in (self._terms_of(bs), self._sites_of(bs)):
            rb, ra = rare_before_many(postings, keys, owner, p.rare_term_pieces)
            found_b.append(rb)
            found_a.append(ra)
        pairs = np.unique(np.concatenate(found_b) * m + np.concatenate(found_a))
        return pairs // m, pairs % m

    def _terms_of(self, bs: Index) -> tuple[Postings, Index, Index]:
        keys, _ = self.terms.rows(bs)
        return self.by_term, keys, np.repeat(bs, self.terms.start[bs + 1] - self.terms.start[bs])

    def _sites_of(self, bs: Index) -> tuple[Postings, Index, Index]:
        hosts = self.host_ids[bs]
        has = hosts >= 0
        return self.by_host, hosts[has], np.broadcast_to(bs[:, None], hosts.shape)[has]

    def _reachable(self, b: Index, a: Index) -> tuple[Index, Index, Vectors]:
        """The pairs whose centroid, sitting and sites leave a link within reach of the most
        alike text, and their likeness so far. Text likeness is at most 1, so a candidate
        that cannot reach ``link`` even so is dropped before its texts are compared: most
        never reach the costly comparison."""
        p = self.p
        value = (1 - p.text_weight) * self.apart.pair_dots(a, b)
        value += p.session_bonus * (self.session[a] == self.session[b])
        near = np.ones(len(b), dtype=bool)
        if p.decay:
            # past ``decay_after_days`` apart, the longer apart, the more alike two pieces
            # must be: a task left for months and a new one like it are two journeys; nor
            # does a site they share say more than that the two are of one kind (two
            # trips booked on one booking site)
            days = np.maximum(self.start_us[b] - self.end_us[a], 0) / _DAY_US
            value -= apart_penalty(days, p.decay, p.decay_after_days)
            near = days <= p.decay_after_days
        # a shared site matters only where it could make up the difference
        maybe = np.flatnonzero(near & (value + p.text_weight + p.site_bonus >= p.link))
        if len(maybe) and self.host_ids.shape[1]:
            theirs, mine = self.host_ids[a[maybe]], self.host_ids[b[maybe]]
            shared = (theirs[:, :, None] == mine[:, None, :]) & (mine[:, None, :] >= 0)
            value[maybe[shared.any(axis=(1, 2))]] += p.site_bonus
        reachable = np.flatnonzero(value + p.text_weight >= p.link)
        return b[reachable], a[reachable], value[reachable]

    def _text(self, b: Index, a: Index) -> Vectors:
        """The likeness of the texts of each pair (piece ``b[k]``, candidate ``a[k]``): the
        most alike of their representative texts by meaning or words. Pairs of one piece are
        together (``b`` is sorted); a piece's texts are compared with all its candidates'
        at once, each distinct text once."""
        space = self.space
        flat, starts = self.reps.rows(a)
        best = np.empty(len(flat), dtype=np.float32)
        firsts = np.flatnonzero(np.diff(b, prepend=-1))
        bounds = np.append(starts[firsts], len(flat)).tolist()
        for k, piece in enumerate(b[firsts].tolist()):
            lo, hi = bounds[k], bounds[k + 1]
            rows = self.reps.row(piece)
            mine = flat[lo:hi]
            distinct = np.sort(mine)
            distinct = distinct[np.append(True, distinct[1:] != distinct[:-1])]
            meaning = space.meaning.dots(rows, distinct).max(axis=0)
            words = space.words.dots(rows, distinct).max(axis=0)
            best[lo:hi] = np.maximum(meaning, words)[np.searchsorted(distinct, mine)]
        text: Vectors = np.maximum.reduceat(best, starts)
        return text


def rare_before_many(
    postings: Postings, keys: Index, owner: Index, limit: int
) -> tuple[Index, Index]:
    """``rare_before`` for many pieces at once: ``keys[k]`` is held by piece ``owner[k]``;
    (piece, earlier piece) pairs, a pair once per key they share."""
    lo = postings.rows.start[keys]
    before = np.searchsorted(postings.keyed, keys * postings.width + owner) - lo
    rare = (before > 0) & (before <= limit)
    found, _ = prefixes(postings.rows.flat, lo[rare], before[rare])
    return np.repeat(owner[rare], before[rare]), found


def in_order(linker: Linker, m: int, *, processes: bool | None = None) -> Iterator[Links]:
    """The links of pieces ``0..m-1``, a block at a time and in order, worked out by worker
    processes (``processes``: None chooses by the platform and ``m``) or threads. Forked
    workers inherit the caller's BLAS thread limit."""
    if processes is None:
        processes = m >= PROCESS_MIN_PIECES and worth_forking()
    yield from in_parallel(Linker.block, linker, chunks(m, BLOCK), processes=processes)
