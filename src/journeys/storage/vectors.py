"""Text vectors cached by model and content hash, so nothing is embedded twice."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from journeys.ids import stable_id
from journeys.storage.database import Database, SQLiteDatabase

_CREATE = (
    "CREATE TABLE IF NOT EXISTS text_vectors (model TEXT NOT NULL, hash BIGINT NOT NULL, "
    "vector BLOB NOT NULL, PRIMARY KEY (model, hash))"
)


def text_hash(text: str) -> int:
    """The content hash a text's vector is cached under."""
    return stable_id("text", text)


class VectorStore:
    """npt.NDArray[np.float32] of one model, float32, in the ``text_vectors`` table of a database."""

    def __init__(self, db: Database, model: str, dim: int) -> None:
        self.db = db
        self.model = model
        self.dim = dim

    @classmethod
    def standalone(cls, path: Path, model: str, dim: int) -> VectorStore:
        """A cache in its own SQLite file (for ``eval`` and ``segment``, which need no store)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        db = SQLiteDatabase(path)
        db.execute(_CREATE)
        return cls(db, model, dim)

    def fill(self, hashes: Sequence[int], out: npt.NDArray[np.float32]) -> npt.NDArray[np.bool_]:
        """Write the cached vector of ``hashes[k]`` into ``out[k]`` (rows aligned); which rows
        were found. Nothing but ``out`` and one chunk of rows is held, so millions of rows
        stay small."""
        found = np.zeros(len(hashes), dtype=bool)
        first: dict[int, int] = {}  # each hash's first row
        again: dict[int, list[int]] = {}  # its other rows, for a text asked for twice
        for k, h in enumerate(hashes):
            if first.setdefault(h, k) != k:
                again.setdefault(h, []).append(k)
        for stored, block in self._stored(list(first)):
            at = [first[h] for h in stored]
            out[at] = block
            found[at] = True
            for h in stored:
                if h in again:
                    out[again[h]] = out[first[h]]
                    found[again[h]] = True
        return found

    def _stored(self, unique: list[int]) -> Iterator[tuple[list[int], npt.NDArray[np.float32]]]:
        """The distinct hashes stored with this model's size, a chunk at a time, and their
        vectors as the rows of one array."""
        size = 4 * self.dim
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            stored: list[int] = []
            blobs: list[bytes] = []
            for h, blob in self.db.iter_query(
                f"SELECT hash, vector FROM text_vectors WHERE model = ? AND hash IN ({marks})",
                (self.model, *chunk),
            ):
                if len(blob) == size:
                    stored.append(int(h))
                    blobs.append(bytes(blob))
            if stored:
                block = np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(-1, self.dim)
                yield stored, block

    def put(self, items: dict[int, npt.NDArray[np.float32]]) -> None:
        """Store vectors (a hash already stored keeps its vector)."""
        rows = [(self.model, h, v.astype(np.float32).tobytes()) for h, v in items.items()]
        with self.db.transaction():
            self.db.executemany(
                "INSERT INTO text_vectors (model, hash, vector) VALUES (?, ?, ?) "
                "ON CONFLICT (model, hash) DO NOTHING",
                rows,
            )
