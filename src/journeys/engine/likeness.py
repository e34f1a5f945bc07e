"""How alike the texts of two items are, computed over each distinct text once.

Items point at rows of two unit-vector tables: ``meaning`` (sentence vectors) and ``words``
(hashed words and character trigrams, robust to typos and joined words). Pair likenesses are
row-wise dot products, taken in blocks so that memory stays small for millions of pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy.sparse import coo_matrix  # type: ignore[import-untyped]
from scipy.sparse.csgraph import connected_components  # type: ignore[import-untyped]

from journeys.engine.embedding import HashingEmbedder, Vectors, normalize
from journeys.engine.workers import chunks, in_parallel, worth_forking

Index = npt.NDArray[np.int64]
_BLOCK = 1 << 13
_PAIRS = 1 << 11  # row pairs whose codes are gathered at once
_SPAN = 1 << 16  # positions whose pairs are compared together (by one worker, where forked)
WORD_DIM = 512


@dataclass(frozen=True, slots=True)
class Table:
    """Unit rows held as int8 codes with one scale per row: a quarter of the memory of
    float32, read back as fast, and a cosine moves by about 0.001. Years of history are
    compared by reading these tables, so their size is what a full build's time and memory
    follow."""

    codes: npt.NDArray[np.int8]
    scale: Vectors

    @classmethod
    def of(
        cls,
        rows: npt.NDArray[Any] | Table,
        prepare: Callable[[Vectors], Vectors] | None = None,
    ) -> Table:
        """The table of float rows, a block at a time (``prepare`` turns each block, in
        float32, into the unit rows to hold; a table is returned as it is)."""
        if isinstance(rows, Table):
            return rows
        codes = np.empty(rows.shape, dtype=np.int8)
        scale = np.empty(len(rows), dtype=np.float32)
        for s in range(0, len(rows), _BLOCK):
            block = np.asarray(rows[s : s + _BLOCK], dtype=np.float32)
            if prepare is not None:
                block = prepare(block)
            top = np.abs(block).max(axis=1) if block.shape[1] else np.zeros(len(block))
            step = np.where(top > 0, top / 127.0, 1.0).astype(np.float32)
            codes[s : s + _BLOCK] = np.rint(block / step[:, None])
            scale[s : s + _BLOCK] = step
        return cls(codes, scale)

    def __len__(self) -> int:
        return len(self.codes)

    @property
    def dim(self) -> int:
        """Columns per row."""
        return int(self.codes.shape[1])

    def rows(self, at: Index | Sequence[int]) -> Vectors:
        """The rows ``at``, in float32."""
        out: Vectors = self.codes[at].astype(np.float32) * self.scale[at, None]
        return out

    def row(self, at: int) -> Vectors:
        """Row ``at``, in float32 (as ``rows([at])[0]``, without indexing by a list)."""
        out: Vectors = self.codes[at].astype(np.float32) * self.scale[at]
        return out

    def dots(self, a: Index, b: Index) -> Vectors:
        """``out[x, y]``: the dot product of rows ``a[x]`` and ``b[y]``."""
        out: Vectors = self.codes[a].astype(np.float32) @ self.codes[b].astype(np.float32).T
        out *= self.scale[a, None]
        out *= self.scale[b]
        return out

    def pair_dots(self, a: Index, b: Index) -> Vectors:
        """The dot products of rows ``a[k]`` and ``b[k]``, to the bit as a float32 product of
        the rows gives them: a sum of products of codes is a whole number float32 holds
        exactly."""
        codes = np.empty(len(a), dtype=np.int32)
        for s in range(0, len(a), _PAIRS):  # small gathers: a worker's heap stays small
            x, y = self.codes[a[s : s + _PAIRS]], self.codes[b[s : s + _PAIRS]]
            codes[s : s + _PAIRS] = np.einsum("ij,ij->i", x, y, dtype=np.int32)
        out: Vectors = codes.astype(np.float32) * self.scale[a] * self.scale[b]
        return out

    def row_dots(self, x: Index, y: Index, weight: Vectors | None = None) -> Vectors:
        """The dot products of rows ``x[k]`` and ``y[k]`` (each column weighted by ``weight``).

        The codes are multiplied as they are, without float copies of both blocks: in whole
        numbers (exact: a row's sum of products stays far inside int32), or, weighted, cast
        as they are read."""
        cx, cy = self.codes[x], self.codes[y]
        if weight is None:
            out: Vectors = np.einsum("ij,ij->i", cx, cy, dtype=np.int32).astype(np.float32)
        else:
            out = np.einsum("ij,j,ij->i", cx, weight, cy, dtype=np.float32, casting="unsafe")
        out *= self.scale[x] * self.scale[y]
        return out


@dataclass(frozen=True, slots=True)
class TextSpace:
    """Per-item rows into the meaning and words tables of the distinct texts.

    ``words`` holds the tf-idf weighted rows; ``unweight`` (1/idf², per column) and
    ``plain_norms`` (per row) recover from the same table the plain, unweighted words cosine
    that cuts sittings, instead of holding a second table. Both tables are ``Table``s."""

    rows: Index
    meaning: Table
    words: Table
    unweight: Vectors
    plain_norms: Vectors

    @classmethod
    def of(
        cls, texts: Sequence[str], meaning: Vectors | Table, rows: Sequence[int] | None = None
    ) -> TextSpace:
        """The space of items with these texts; ``meaning`` has one row per distinct text
        when ``rows`` maps items to them, else one row per item."""
        index = (
            np.arange(len(texts), dtype=np.int64)
            if rows is None
            else np.asarray(rows, dtype=np.int64)
        )
        if len(index) != len(texts) or (len(index) and index.max() >= len(meaning)):
            raise ValueError("one vector per item is needed")
        distinct = [""] * len(meaning)
        for i, r in enumerate(index.tolist()):
            distinct[r] = texts[i]
        words, idf = weighted_words(distinct)
        unweight = ((1.0 / idf) ** 2).astype(np.float32)
        norms = np.empty(len(words), dtype=np.float32)
        for s in range(0, len(words), _BLOCK):
            at = np.arange(s, min(s + _BLOCK, len(words)), dtype=np.int64)
            norms[at] = np.sqrt(np.maximum(words.row_dots(at, at, unweight), 0.0))
        norms[norms == 0] = 1.0
        return cls(index, Table.of(meaning), words, unweight, norms)

    def pairs(self, i: Index, j: Index, *, words_only: bool = False) -> npt.NDArray[np.float32]:
        """Likeness of items ``i[k]`` and ``j[k]``: the larger of meaning and words cosine
        (``words_only``: the unweighted words cosine, as sittings are cut). Each distinct
        pair of texts is computed once."""
        a, b = self.rows[i], self.rows[j]
        width = np.int64(len(self.meaning))
        keys = np.minimum(a, b) * width + np.maximum(a, b)
        unique, inverse = np.unique(keys, return_inverse=True)
        ua, ub = unique // width, unique % width
        out = np.empty(len(unique), dtype=np.float32)
        for s in range(0, len(unique), _BLOCK):
            x, y = ua[s : s + _BLOCK], ub[s : s + _BLOCK]
            if words_only:
                w = self.words.row_dots(x, y, self.unweight)
                w /= self.plain_norms[x] * self.plain_norms[y]
            else:
                w = np.maximum(self.words.row_dots(x, y), self.meaning.row_dots(x, y))
            out[s : s + _BLOCK] = w
        result: npt.NDArray[np.float32] = out[inverse.reshape(-1)]
        return result


def weighted_words(texts: Sequence[str]) -> tuple[Table, Vectors]:
    """Hashed words and trigrams of each text weighted by their rarity among these texts
    (tf-idf), so that what every title repeats (" - Google Search", "| Reddit", "guide")
    ties nothing; and the weights. Built a block at a time: the counts (small whole numbers)
    as int16, then the weighted unit rows as a ``Table``."""
    counts = np.empty((len(texts), WORD_DIM), dtype=np.int16)
    df = np.zeros(WORD_DIM, dtype=np.int64)
    # texts are counted independently: forked workers take blocks side by side, small ones
    # (a worker's lists of hashed pieces for 8,192 texts held about 100 MB)
    blocks = chunks(len(texts), _COUNT_BLOCK)
    many = len(texts) >= COUNT_WORKERS_MIN and worth_forking()
    found = in_parallel(_word_counts, texts, blocks, processes=many, threads=False)
    for at, block in zip(blocks, found, strict=True):
        df += np.count_nonzero(block, axis=0)
        counts[at.start : at.stop] = block
    idf = (np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0).astype(np.float32)
    return Table.of(counts, lambda block: normalize(block * idf)), idf


_COUNT_BLOCK = 2048  # texts a worker counts at a time
COUNT_WORKERS_MIN = 4 * _BLOCK  # texts: fewer are counted faster than workers are forked


def _word_counts(texts: Sequence[str], at: range) -> npt.NDArray[np.int16]:
    """The hashed word and trigram counts of ``texts[at]``, as small whole numbers."""
    block = HashingEmbedder(dim=WORD_DIM).counts(texts[at.start : at.stop])
    out: npt.NDArray[np.int16] = np.clip(block, -32768, 32767).astype(np.int16)
    return out


def group_means(centroids: Table, group: Index, weights: Index, at: Index, n: int) -> Vectors:
    """Unit means of the rows ``at`` of ``centroids``, weighted by ``weights`` (per row) and
    summed by ``group`` (per row, ``n`` groups), a block of rows at a time."""
    sums = np.zeros((n, centroids.dim), dtype=np.float32)
    for s in range(0, len(at), _BLOCK):
        block = at[s : s + _BLOCK]
        np.add.at(
            sums, group[block], centroids.rows(block) * weights[block, None].astype(np.float32)
        )
    return normalize(sums, in_place=True)


def components(n: int, i: Index, j: Index) -> Index:
    """Connected-component label of each of ``n`` nodes joined by the edges (i, j)."""
    graph = coo_matrix((np.ones(len(i), dtype=np.int8), (i, j)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    out: Index = np.asarray(labels, dtype=np.int64)
    return out


def offset_likeness(
    space: TextSpace, members: Index, depth: int, *, words_only: bool
) -> npt.NDArray[np.float32]:
    """``out[d-1, k]``: likeness of ``members[k]`` and ``members[k-d]`` (0 where k < d).
    All offsets of a span of positions are computed together, so a pair of texts met at
    several offsets is compared once, and memory stays bounded by the span. Spans are worked
    out side by side by forked workers where there are many (``span_workers``)."""
    n = len(members)
    out = np.zeros((depth, n), dtype=np.float32)
    job = _Offsets(space, members, depth, words_only)
    tasks = spans(n)
    found = in_parallel(_offset_span, job, tasks, processes=span_workers(n), threads=False)
    for positions, block in zip(tasks, found, strict=True):
        out[:, positions.start : positions.stop] = block
    return out


@dataclass(frozen=True, slots=True)
class _Offsets:
    """What ``offset_likeness`` reads, shared by its workers."""

    space: TextSpace
    members: Index
    depth: int
    words_only: bool


def _offset_span(job: _Offsets, positions: range) -> npt.NDArray[np.float32]:
    """``offset_likeness`` of the positions of one span, as columns."""
    out = np.zeros((job.depth, len(positions)), dtype=np.float32)
    k, d = span_pairs(positions, job.depth)
    if len(k):
        likeness = job.space.pairs(job.members[k], job.members[k - d], words_only=job.words_only)
        out[d - 1, k - positions.start] = likeness
    return out


SPAN_WORKERS_MIN = 300_000  # positions: fewer are compared faster than workers are forked


def span_workers(n: int) -> bool:
    """Whether the spans of ``n`` positions are worth forked workers."""
    return n >= SPAN_WORKERS_MIN and worth_forking()


def spans(n: int, span: int = _SPAN) -> list[range]:
    """``range(n)`` a span of positions at a time."""
    return chunks(n, span)


def span_pairs(positions: range, depth: int) -> tuple[Index, Index]:
    """Positions ``k`` of a span and offsets ``d`` (1..depth, ``k - d >= 0``)."""
    if depth < 1:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    ks = [
        np.arange(max(positions.start, d), positions.stop, dtype=np.int64)
        for d in range(1, depth + 1)
    ]
    lengths = [len(k) for k in ks]
    return np.concatenate(ks), np.repeat(np.arange(1, depth + 1, dtype=np.int64), lengths)
