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
    def window(self) -> int: ...
    @property
    def candidates(self) -> int: ...
    @property
    def rare_term_pieces(self) -> int: ...


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
    lo = postings.rows.start[keys]
    before = np.searchsorted(postings.keyed, keys * postings.width + b) - lo
    rare = (before > 0) & (before <= limit)
    found, _ = prefixes(postings.rows.flat, lo[rare], before[rare])
    return found


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

    @classmethod
    def of(
        cls,
        pieces: Pieces,
        plain: Vectors,
        apart: Table,
        rep_rows: Sequence[Index],
        rep_terms: Sequence[set[str]],
        space: TextSpace,
        p: LinkRule,
    ) -> Linker:
        """The linker of these pieces, their centroids, representative texts and words."""
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
            Ragged.of(rep_rows),
            terms,
            terms.postings(len(codes)),
            hosts.postings(sites),
            space,
            p,
        )

    def block(self, block: range) -> Links:
        """The links of each piece of a block to earlier pieces, with their likeness."""
        out: Links = []
        for b in block:
            near = self.candidates(b)
            out.append(self.links(b, near) if len(near) else ([], []))
        return out

    def candidates(self, b: int) -> Index:
        """Earlier pieces worth comparing: the most alike of the recent ones by centroid, and
        any sharing a rare word or a distinctive site."""
        p = self.p
        lo = max(0, b - p.window)
        if b - lo > p.candidates:
            sims = self.plain[lo:b] @ self.plain[b]
            top = np.argpartition(-sims, p.candidates)[: p.candidates]
            same_sitting = np.flatnonzero(self.session[lo:b] == self.session[b])
            recent = [top + lo, same_sitting + lo]
        else:
            recent = [np.arange(lo, b, dtype=np.int64)]
        hosts = self.host_ids[b]
        found = np.concatenate(
            [
                *recent,
                rare_before(self.by_term, self.terms.row(b), b, p.rare_term_pieces),
                rare_before(self.by_host, hosts[hosts >= 0], b, p.rare_term_pieces),
            ]
        )
        return np.unique(found)  # sorted, each once

    def links(self, b: int, near: Index) -> tuple[list[int], list[float]]:
        """The candidates ``near`` that piece ``b`` links to, with their likeness.

        Text likeness is at most 1, so a candidate whose centroid, sitting and sites cannot
        reach ``link`` even with the most alike text is dropped before its texts are compared:
        the result is the same, and most candidates never reach the costly comparison."""
        p, space = self.p, self.space
        value = (1 - p.text_weight) * self.apart.against(near, b)
        value += p.session_bonus * (self.session[near] == self.session[b])
        if p.decay:
            # the longer apart, the more alike two pieces must be
            days = np.maximum(self.start_us[b] - self.end_us[near], 0) / _DAY_US
            value -= p.decay * np.log2(1.0 + days)
        hosts_b = self.host_ids[b]
        hosts_b = hosts_b[hosts_b >= 0]
        if len(hosts_b):
            # a shared site matters only where it could make up the difference
            maybe = np.flatnonzero(value + p.text_weight + p.site_bonus >= p.link)
            theirs = self.host_ids[near[maybe]]
            shared = (theirs[:, :, None] == hosts_b[None, None, :]).any(axis=(1, 2))
            value[maybe[shared]] += p.site_bonus
        reachable = np.flatnonzero(value + p.text_weight >= p.link)
        if not len(reachable):
            return [], []
        near, value = near[reachable], value[reachable]
        rows_b = self.reps.row(b)
        flat, starts = self.reps.rows(near)
        meaning = space.meaning.dots(rows_b, flat).max(axis=0)
        words = space.words.dots(rows_b, flat).max(axis=0)
        text = np.maximum.reduceat(np.maximum(meaning, words), starts)
        value += p.text_weight * text
        # sites and sittings support a likeness of text; they never make one
        keep = (value >= p.link) & (text >= p.min_text)
        return near[keep].tolist(), value[keep].tolist()


def in_order(linker: Linker, m: int, *, processes: bool | None = None) -> Iterator[Links]:
    """The links of pieces ``0..m-1``, a block at a time and in order, worked out by worker
    processes (``processes``: None chooses by the platform and ``m``) or threads. Forked
    workers inherit the caller's BLAS thread limit."""
    if processes is None:
        processes = m >= PROCESS_MIN_PIECES and worth_forking()
    yield from in_parallel(Linker.block, linker, chunks(m, BLOCK), processes=processes)
