"""The shipped sentence model, the hashing embedder, and the vector cache."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from journeys.engine.embedding import HashingEmbedder
from journeys.engine.minilm import MODEL_ID, MiniLMEmbedder, model_files
from journeys.services.embed import CachedEmbedder, cached_vectors, release
from journeys.storage.vectors import VectorStore, text_hash


def test_minilm_ships_in_installed_packages_and_knows_meaning() -> None:
    model, tokenizer = model_files()
    assert model.name == "model.onnx" and tokenizer.name == "tokenizer.json"
    e = MiniLMEmbedder()
    v = e.embed(["cheap flights to japan", "japan airfare", "sourdough starter", ""])
    assert v.shape == (4, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v[:3], axis=1), 1, atol=1e-5)
    sims = v @ v.T
    assert sims[0, 1] > 0.6 > 0.1 > sims[0, 2]
    # batching and ordering by length never change a text's vector
    alone = e.embed(["japan airfare"])[0]
    assert np.allclose(alone, v[1], atol=1e-5)
    assert e.model_id == MODEL_ID
    # released after a large run (a full build's first embedding), it loads again when used
    release(e)
    assert e._session is None
    assert np.allclose(e.embed(["japan airfare"])[0], alone, atol=1e-6)
    release(HashingEmbedder())  # an embedder with nothing to drop is left as it is


def test_hashing_embedder_is_deterministic() -> None:
    a = HashingEmbedder().embed(["kyoto ryokan", "kyoto ryokans", "rust"])
    b = HashingEmbedder().embed(["kyoto ryokan", "kyoto ryokans", "rust"])
    assert np.array_equal(a, b)
    assert a[0] @ a[1] > 0.7 > a[0] @ a[2]


def test_cache_embeds_each_text_once(tmp_path: Path) -> None:
    e = HashingEmbedder()
    store = VectorStore.standalone(tmp_path / "v.sqlite", e.model_id, e.dim)
    first, n1 = cached_vectors(["a b", "c d", "a b"], e, store)
    again, n2 = cached_vectors(["c d", "a b", "e f"], e, store)
    assert (n1, n2) == (2, 1)
    assert np.array_equal(first[0], again[1]) and np.array_equal(first[1], again[0])
    other = VectorStore.standalone(tmp_path / "v.sqlite", "another-model", e.dim)
    out = np.zeros((2, e.dim), dtype=np.float32)
    assert not other.fill([text_hash("a b"), text_hash("c d")], out).any() and not out.any()
    found = store.fill([text_hash("c d"), 12345], out)
    assert found.tolist() == [True, False] and np.array_equal(out[0], first[1])
    _, n3 = cached_vectors(["a b"], e, other)  # vectors are kept per model
    assert n3 == 1


def test_cached_embedder_loads_the_model_only_for_new_texts(tmp_path: Path) -> None:
    store = VectorStore.standalone(tmp_path / "v.sqlite", MODEL_ID, 384)
    texts = ["flights hotels trip itinerary", "recipe cooking baking"]
    first = CachedEmbedder(MiniLMEmbedder(), store).embed(texts)
    fresh = MiniLMEmbedder()
    again = CachedEmbedder(fresh, store).embed(list(reversed(texts)))
    assert np.array_equal(again, first[::-1])
    assert fresh._session is None  # every text was cached: the model was never loaded
    CachedEmbedder(fresh, store).embed(["a new text"])
    assert fresh._session is not None


def test_the_model_reads_site_names_as_words_and_the_cache_keeps_what_it_read(
    tmp_path: Path,
) -> None:
    store = VectorStore.standalone(tmp_path / "v.sqlite", MODEL_ID, 384)
    texts = ["inboxdollars.com", "fusioncash.net", "hotmatchup.com", "inbox dollars"]
    v, embedded = cached_vectors(texts, MiniLMEmbedder(), store)
    assert embedded == 3  # "inboxdollars.com" is read as "inbox dollars": embedded once
    assert np.array_equal(v[0], v[3])
    # read as words, two money sites are more alike than a money site and a dating site
    assert v[0] @ v[1] > v[0] @ v[2] + 0.1
    raw = MiniLMEmbedder().embed(texts[:3])
    assert raw[0] @ raw[1] < v[0] @ v[1]  # as strings of sub-words they were less alike
