"""Texts in another language read by a multilingual model, mapped into the English model's
space.

The sentence model (all-MiniLM-L6-v2) reads English: "fiets gestolen aangifte doen online"
and "stolen bike report to the police" are 0.06 alike to it, as unrelated as two English
searches on different topics. A task
searched in Dutch on one day and in English on the next fell apart (week118: a room and a
stolen bike, each split in two). multilingual-e5-small (``engine.e5``) reads both into one
space, but its likeness is on another scale (two unrelated texts are 0.75 to 0.85 alike),
and every threshold of the engine is set on MiniLM's.

So a text written in another language (``engine.language.written_in``) is also read by e5,
and its e5 vector is mapped into MiniLM's space by a linear map: a ridge regression fitted
once on the English titles and searches of this project's weeks of browsing, each embedded
by both models (``scripts/fit_language_map.py``; the map ships as ``data/e5_minilm.npz``).
English in, English out: mapped, an English text's e5 vector is 0.70 alike to its MiniLM
vector on a fifth of the texts held out of the fit. On the thirty everyday searches of ``data/languages.json``, with
each language's direction measured on one half and taken off the other, a translation and
its English original are 0.58–0.64 alike by mapped vectors, against 0.23–0.40 with MiniLM
alone; two different searches stay 0.09–0.12 alike, as two English ones are (0.10).

The text's vector is then a blend: ``weight`` of the mapped vector, the rest MiniLM's own.
The mapped vector alone loses what MiniLM reads well in a mixed text (English brands and
jargon in a German title): over the weeks of browsing a weight of 1.0 scored lower than 0.4
(docs/quality.md, step 68). A text written mostly in other letters than the Latin alphabet's
(``engine.language.unread``: Hangul, Chinese characters, Kana, Cyrillic, Arabic,
Devanagari…) is the mapped vector alone (thirty-seventh session, step 74): MiniLM reads
Hangul as pieces it has no meaning for, and two unrelated Korean searches, a trip to Jeju
and a dog's kneecap surgery, are 0.76 alike to it; mapped, 0.26. The language's own
direction is still taken off the pieces written in it (``engine.language``); it is
measured on the same blended vectors.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from io import BytesIO
from pathlib import Path

import numpy as np

from journeys.engine.embedding import Embedder, Vectors, normalize
from journeys.engine.language import (
    LanguageParams,
    let_go,
    probe_searches,
    unread,
    written_in,
)

__all__ = [
    "MAP_FILE",
    "MultilingualEmbedder",
    "Projection",
    "fit_projection",
    "shipped_map",
    "shipped_vectors",
]

MAP_FILE = "e5_minilm.npz"
_LARGE = 512  # texts in one call, from which the identifier is let go after it


@dataclass(frozen=True, slots=True)
class Projection:
    """A linear map between two models' spaces: ``(x - source_mean) @ weights + target_mean``,
    made unit length."""

    weights: Vectors
    source_mean: Vectors
    target_mean: Vectors

    def apply(self, vectors: Vectors) -> Vectors:
        """The vectors of one model as the other's, unit rows."""
        return normalize((vectors - self.source_mean) @ self.weights + self.target_mean)

    def save(self, path: Path, known: dict[str, Vectors]) -> None:
        """Write the map as a NumPy ``.npz`` file, with the source model's vectors of a few
        ``known`` texts (``shipped_vectors``)."""
        np.savez(
            path,
            weights=self.weights,
            source_mean=self.source_mean,
            target_mean=self.target_mean,
            probe_texts=np.array(list(known), dtype=np.str_),
            probe_vectors=np.array(list(known.values()), dtype=np.float32),
        )


def fit_projection(source: Vectors, target: Vectors, ridge: float) -> Projection:
    """The ridge regression of ``target`` rows on ``source`` rows (the same texts, in order),
    both centred."""
    if len(source) != len(target) or len(source) < 2:
        raise ValueError("source and target must hold the same texts, at least two")
    source_mean = source.mean(axis=0)
    target_mean = target.mean(axis=0)
    x = source - source_mean
    gram = x.T @ x + ridge * np.eye(x.shape[1], dtype=np.float64)
    weights = np.linalg.solve(gram, x.T @ (target - target_mean))
    return Projection(
        weights.astype(np.float32), source_mean.astype(np.float32), target_mean.astype(np.float32)
    )


@cache
def shipped_map() -> Projection:
    """The map from multilingual-e5-small into all-MiniLM-L6-v2 that ships with journeys."""
    with np.load(BytesIO(_shipped())) as arrays:
        return Projection(
            arrays["weights"].astype(np.float32),
            arrays["source_mean"].astype(np.float32),
            arrays["target_mean"].astype(np.float32),
        )


@cache
def shipped_vectors() -> dict[str, Vectors]:
    """e5's vectors of the everyday searches of ``data/languages.json``, shipped with the map:
    each new database measures the languages' directions through the embedder
    (``engine.language.directions``), and e5 would take seven seconds to read them."""
    with np.load(BytesIO(_shipped())) as arrays:
        texts = [str(t) for t in arrays["probe_texts"]]
        return dict(zip(texts, arrays["probe_vectors"].astype(np.float32), strict=True))


def _shipped() -> bytes:
    return files("journeys").joinpath("data", MAP_FILE).read_bytes()


class MultilingualEmbedder:
    """``base``'s vectors, where a text written in another language (``params``) is blended
    with ``other``'s vector of it mapped into ``base``'s space: ``weight`` of the mapped one
    (module docstring). Its ``model_id`` names all three, so its vectors are cached apart.
    ``known``: ``other``'s vectors of some texts, read instead of running it."""

    def __init__(
        self,
        base: Embedder,
        other: Embedder,
        projection: Projection,
        *,
        weight: float = 0.4,
        params: LanguageParams | None = None,
        known: Mapping[str, Vectors] | None = None,
    ) -> None:
        if not 0 < weight <= 1:
            raise ValueError("weight must be in (0, 1]")
        if base.dim != projection.weights.shape[1] or other.dim != projection.weights.shape[0]:
            raise ValueError("the map does not fit the two models' dimensions")
        self.base = base
        self.other = other
        self.projection = projection
        self.weight = weight
        self.params = params or LanguageParams()
        self.known = known or {}
        # "u": a text in letters ``base`` cannot read is read by ``other`` alone; then the
        # number of languages measured: a text may be read as another once more are
        read = f"{weight:g}:{self.params.text_share:g}:{self.params.sure:g}:u"
        read += f":{len(probe_searches())}"
        self.model_id = f"{base.model_id}+{other.model_id}@{read}"
        self.dim = base.dim

    def foreign(self, texts: Sequence[str]) -> list[int]:
        """The positions of the texts written in another language."""
        return [k for k, text in enumerate(texts) if written_in(text, self.params)]

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One unit row per text, in order."""
        out = self.base.embed(texts)
        at = self.foreign(texts)
        if len(texts) >= _LARGE:
            # the language identifier (80 MB, 0.4-0.6 s to load) is not kept from one large
            # call to the next: a first build's memory peaks while it embeds, a chunk of
            # texts at a time; a visit added alone keeps it (until ``close``)
            let_go()
        if at:
            fresh = [k for k in at if texts[k] not in self.known]
            read = dict(zip(fresh, self.other.embed([texts[k] for k in fresh]), strict=True))
            vectors = [read[k] if k in read else self.known[texts[k]] for k in at]
            mapped = self.projection.apply(
                np.asarray(vectors, dtype=np.float32).reshape(len(at), -1)
            )
            # where the sentence model cannot read a text's letters, its vector says nothing
            weight = np.array([1.0 if unread(texts[k]) else self.weight for k in at])
            weight = weight.astype(np.float32)[:, None]
            out[at] = normalize(weight * mapped + (1 - weight) * out[at])
        return out

    def close(self) -> None:
        """Drop both models and the language identifier; they load again when needed."""
        for model in (self.base, self.other):
            close = getattr(model, "close", None)
            if callable(close):
                close()
        let_go()
