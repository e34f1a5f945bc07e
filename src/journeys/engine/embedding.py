"""Text vectors behind a one-method protocol, and a tiny deterministic embedder for tests.

Vectors are L2-normalised float32 rows, so a dot product is the cosine similarity.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from journeys.ids import stable_id

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns texts into unit vectors; ``model_id`` names the model and its parameters."""

    model_id: str
    dim: int

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One unit row per text, in order."""
        ...


def normalize(matrix: npt.NDArray[np.floating]) -> Vectors:
    """Rows scaled to unit length (zero rows stay zero)."""
    rows = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: Vectors = (rows / norms).astype(np.float32)
    return out


class HashingEmbedder:
    """Bag of hashed words and character trigrams: no model, fully deterministic.

    For tests that are not about meaning, and a fallback when no model is installed.
    """

    def __init__(self, *, dim: int = 256) -> None:
        if dim < 8:
            raise ValueError("dim must be at least 8")
        self.dim = dim
        self.model_id = f"hashing-{dim}"

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Hashed word and trigram counts per text, normalised."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            words = text.lower().split()
            padded = f" {' '.join(words)} "
            pieces = words + [padded[i : i + 3] for i in range(len(padded) - 2)]
            for piece in pieces:
                out[row, stable_id(piece) % self.dim] += 1.0
        return normalize(out)
