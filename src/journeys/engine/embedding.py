"""Text vectors behind a one-method protocol, and a tiny deterministic embedder for tests.

Vectors are L2-normalised float32 rows, so a dot product is the cosine similarity.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt
from scipy.sparse import coo_matrix  # type: ignore[import-untyped]

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns texts into unit vectors; ``model_id`` names the model and its parameters."""

    model_id: str
    dim: int

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One unit row per text, in order."""
        ...


def normalize(matrix: npt.NDArray[np.floating], *, in_place: bool = False) -> Vectors:
    """Rows scaled to unit length (zero rows stay zero); ``in_place`` scales a float32
    matrix itself instead of a copy (what large tables use)."""
    rows = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    if in_place and rows is matrix:
        rows /= norms
        return rows
    out: Vectors = rows / norms
    return out


class HashingEmbedder:
    """Bag of hashed words and character trigrams: no model, fully deterministic.

    For tests that are not about meaning, and a fallback when no model is installed.
    """

    def __init__(self, *, dim: int = 256) -> None:
        if dim < 8:
            raise ValueError("dim must be at least 8")
        self.dim = dim
        self.model_id = f"hashing-v3-{dim}"

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Hashed word and trigram counts per text (CRC-32 buckets, signed), normalised."""
        return normalize(self.counts(texts))

    def counts(self, texts: Sequence[str]) -> Vectors:
        """Signed hashed counts of words and character trigrams, one row per text."""
        rows: list[int] = []
        codes: list[int] = []
        crc = zlib.crc32
        for row, text in enumerate(texts):
            words = text.lower().split()
            padded = f" {' '.join(words)} "
            pieces = [w.encode() for w in words]
            pieces += [padded[i : i + 3].encode() for i in range(len(padded) - 2)]
            codes += [crc(piece) for piece in pieces]
            rows += [row] * len(pieces)
        code = np.array(codes, dtype=np.int64)
        # a sign bit from the hash keeps collisions from adding likeness (signed hashing)
        sign = np.where(code & (1 << 31), -1.0, 1.0).astype(np.float32)
        # summed as a sparse matrix (duplicates add up): far faster than np.add.at
        where = (np.array(rows, dtype=np.int64), code % self.dim)
        out: Vectors = coo_matrix((sign, where), shape=(len(texts), self.dim)).toarray()
        return out
