"""How alike the texts of two items are, computed over each distinct text once.

Items point at rows of two unit-vector tables: ``meaning`` (sentence vectors) and ``words``
(hashed words and character trigrams, robust to typos and joined words). Pair likenesses are
row-wise dot products, taken in blocks so that memory stays small for millions of pairs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy.sparse import coo_matrix  # type: ignore[import-untyped]
from scipy.sparse.csgraph import connected_components  # type: ignore[import-untyped]

from journeys.engine.embedding import HashingEmbedder, Vectors, normalize

Index = npt.NDArray[np.int64]
_BLOCK = 1 << 13
WORD_DIM = 512


@dataclass(frozen=True, slots=True)
class TextSpace:
    """Per-item rows into the meaning and words tables of the distinct texts."""

    rows: Index
    meaning: Vectors
    words: Vectors
    plain: Vectors | None = None

    @classmethod
    def of(
        cls, texts: Sequence[str], meaning: Vectors, rows: Sequence[int] | None = None
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
        counts = HashingEmbedder(dim=WORD_DIM).counts(distinct)
        return cls(index, meaning, weighted_words(counts), normalize(counts))

    def without_plain(self) -> TextSpace:
        """The same space without the unweighted words table (needed only to cut sittings)."""
        return TextSpace(self.rows, self.meaning, self.words)

    def pairs(self, i: Index, j: Index, *, words_only: bool = False) -> npt.NDArray[np.float32]:
        """Likeness of items ``i[k]`` and ``j[k]``: the larger of meaning and words cosine
        (``words_only``: the unweighted words cosine, as sittings are cut). Each distinct
        pair of texts is computed once."""
        a, b = self.rows[i], self.rows[j]
        width = np.int64(len(self.meaning))
        keys = np.minimum(a, b) * width + np.maximum(a, b)
        unique, inverse = np.unique(keys, return_inverse=True)
        ua, ub = unique // width, unique % width
        table = self.plain if words_only and self.plain is not None else self.words
        out = np.empty(len(unique), dtype=np.float32)
        for s in range(0, len(unique), _BLOCK):
            x, y = ua[s : s + _BLOCK], ub[s : s + _BLOCK]
            w = np.einsum("ij,ij->i", table[x], table[y])
            if not words_only:
                w = np.maximum(w, np.einsum("ij,ij->i", self.meaning[x], self.meaning[y]))
            out[s : s + _BLOCK] = w
        result: npt.NDArray[np.float32] = out[inverse.reshape(-1)]
        return result


def weighted_words(counts: Vectors) -> Vectors:
    """Hashed words and trigrams weighted by their rarity among these texts (tf-idf), so that
    what every title repeats (" - Google Search", "| Reddit", "guide") ties nothing."""
    df = np.count_nonzero(counts, axis=0).astype(np.float32)
    idf = np.log((1.0 + len(counts)) / (1.0 + df)) + 1.0
    return normalize(counts * idf)


def components(n: int, i: Index, j: Index) -> Index:
    """Connected-component label of each of ``n`` nodes joined by the edges (i, j)."""
    graph = coo_matrix((np.ones(len(i), dtype=np.int8), (i, j)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    out: Index = np.asarray(labels, dtype=np.int64)
    return out


def offset_likeness(
    space: TextSpace, members: Index, depth: int, *, words_only: bool
) -> npt.NDArray[np.float32]:
    """``out[d-1, k]``: likeness of ``members[k]`` and ``members[k-d]`` (0 where k < d)."""
    n = len(members)
    out = np.zeros((depth, n), dtype=np.float32)
    for d in range(1, min(depth, n - 1) + 1):
        out[d - 1, d:] = space.pairs(members[d:], members[:-d], words_only=words_only)
    return out
