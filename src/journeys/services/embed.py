"""Vectors for texts through the cache: embed only what was never embedded by this model."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from journeys.engine.embedding import Embedder, HashingEmbedder, Vectors
from journeys.storage.vectors import VectorStore, text_hash


def default_embedder(name: str = "minilm", *, threads: int = 0) -> Embedder:
    """An embedder by setting name: ``minilm`` (the shipped sentence model, int8 on
    onnxruntime; ``threads``: its threads per call, 0 for all cores) or ``hashing`` (words
    and trigrams, no model)."""
    if name == "hashing":
        return HashingEmbedder()
    from journeys.engine.minilm import MiniLMEmbedder

    return MiniLMEmbedder(threads=threads)


def cached_vectors(
    texts: Sequence[str], embedder: Embedder, store: VectorStore | None
) -> tuple[Vectors, int]:
    """One unit vector per text (rows aligned), and how many texts had to be embedded."""
    hashes = [text_hash(t) for t in texts]
    known = store.get(hashes) if store is not None else {}
    missing: dict[int, str] = {}
    for h, t in zip(hashes, texts, strict=True):
        if h not in known and h not in missing:
            missing[h] = t
    if missing:
        fresh = embedder.embed(list(missing.values()))
        new = dict(zip(missing.keys(), fresh, strict=True))
        if store is not None:
            store.put(new)
        known.update(new)
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32), 0
    return np.stack([known[h] for h in hashes]).astype(np.float32), len(missing)


def distinct_vectors(
    texts: Sequence[str], embedder: Embedder, store: VectorStore | None
) -> tuple[Vectors, list[int], int]:
    """Vectors of the distinct texts, each text's row among them, and how many were embedded
    (a history repeats its titles: each is held in memory once)."""
    index: dict[str, int] = {}
    rows = [index.setdefault(t, len(index)) for t in texts]
    matrix, embedded = cached_vectors(list(index), embedder, store)
    return matrix, rows, embedded
