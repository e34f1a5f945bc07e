"""A text in another language read by multilingual-e5-small and mapped into MiniLM's space
(``engine.multilingual``, ``engine.e5``), with the real models of the installed packages."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from journeys.engine.e5 import E5Embedder
from journeys.engine.embedding import Vectors, normalize
from journeys.engine.language import LanguageParams, written_in
from journeys.engine.minilm import MiniLMEmbedder
from journeys.engine.multilingual import MultilingualEmbedder, fit_projection, shipped_map
from journeys.services.embed import default_embedder

# a task searched in Dutch one day and in English the next (week118), and another task
ROOM_NL = "kamer huren in oost onder 900 euro"
ROOM_EN = "room for rent under 900 euros"
BIKE_NL = "fiets gestolen aangifte doen online"
BIKE_EN = "stolen bike report to the police"
ENGLISH = ["standing desk under 400", "Rust for services: tokio and axum", "Kyoto in April"]


@cache
def _minilm() -> MiniLMEmbedder:
    return MiniLMEmbedder()


@cache
def _both() -> MultilingualEmbedder:
    return MultilingualEmbedder(_minilm(), E5Embedder(), shipped_map())


def _like(vectors: Vectors, a: int, b: int) -> float:
    return float(vectors[a] @ vectors[b])


def test_a_dutch_search_is_near_its_english_twin_and_far_from_another_task() -> None:
    texts = [ROOM_NL, ROOM_EN, BIKE_NL, BIKE_EN]
    alone = _minilm().embed(texts)
    both = _both().embed(texts)
    # MiniLM alone barely reads the Dutch (measured: the bike's two searches 0.06 alike,
    # the room's 0.38 through "900"); blended, 0.30 and 0.56
    assert _like(alone, 2, 3) < 0.15
    assert _like(both, 2, 3) > _like(alone, 2, 3) + 0.15
    assert _like(both, 0, 1) > _like(alone, 0, 1) + 0.1
    # and each Dutch search stays nearer its own task than the other one
    assert _like(both, 0, 1) > _like(both, 0, 3) + 0.3
    assert _like(both, 2, 3) > _like(both, 2, 1) + 0.15


def test_english_texts_keep_minilms_own_vectors() -> None:
    both = _both()
    assert both.foreign(ENGLISH) == []
    assert np.array_equal(both.embed(ENGLISH), _minilm().embed(ENGLISH))
    assert both.model_id.startswith(_minilm().model_id + "+multilingual-e5")


def test_which_texts_are_in_another_language() -> None:
    params = LanguageParams()
    assert written_in(ROOM_NL, params) == "nl"
    assert written_in("wg zimmer münchen maxvorstadt unter 800 warm", params) == "de"
    assert written_in(ROOM_EN, params) is None
    # English jargon of words the tokenizer splits is still English
    assert written_in("michelin x-ice snow vs bridgestone blizzak ws90", params) is None


# an office worker's Jeju trip and her dog's kneecap surgery, searched on Naver (week141),
# and the trip's first search in English
JEJU_KO = "제주도 2박3일 여행 코스 추천"
JEJU_CAR_KO = "제주 렌터카 가격 비교"
DOG_KO = "강아지 슬개골 탈구 수술 비용"
JEJU_EN = "jeju island 3 day itinerary"


def test_texts_in_letters_minilm_cannot_read_are_read_by_e5_alone() -> None:
    params = LanguageParams()
    assert written_in(JEJU_KO, params) == "ko"
    # a search in Chinese or Japanese may be one word: still another language
    assert written_in("杭州三日游攻略", params) == "zh"
    assert written_in("確定申告のやり方", params) == "ja"
    # Russian and Ukrainian share their letters: a short search may be read as either (this
    # one is 0.55 Ukrainian), and is another language all the same
    assert written_in("замена батареи iphone 16 цена", params) in {"ru", "uk"}
    texts = [JEJU_KO, JEJU_CAR_KO, DOG_KO, JEJU_EN]
    alone = _minilm().embed(texts)
    both = _both().embed(texts)
    # MiniLM reads Hangul as a few pieces it has no meaning for: the trip and the dog are
    # 0.76 alike, nearly as alike as the trip's two searches (0.78); its Korean and English
    # searches 0.09. Read by e5 alone, mapped: 0.26, 0.58 and 0.57
    assert _like(alone, 0, 2) > 0.6
    # e5 alone, mapped: the trip's Korean and English searches alike, the dog apart
    assert _like(both, 0, 3) > 0.5 > _like(alone, 0, 3) + 0.3
    assert _like(both, 0, 2) < _like(alone, 0, 2) - 0.3
    assert _like(both, 0, 2) < _like(both, 0, 3) - 0.2
    # a Korean text's vector is e5's, mapped, and nothing of MiniLM's
    mapped = shipped_map().apply(E5Embedder().embed(texts[:1]))
    assert np.allclose(both[0], mapped[0], atol=1e-5)


def test_the_shipped_map_fits_the_two_models() -> None:
    shipped = shipped_map()
    assert shipped.weights.shape == (384, 384) and shipped.weights.dtype == np.float32
    assert np.isfinite(shipped.weights).all()
    # mapped, an English text's e5 vector points the way its MiniLM vector does
    mapped = shipped.apply(E5Embedder().embed(ENGLISH))
    closeness = (mapped * _minilm().embed(ENGLISH)).sum(axis=1)
    assert closeness.min() > 0.4, closeness


def test_a_fitted_map_recovers_a_linear_relation() -> None:
    rng = np.random.default_rng(3)
    source = normalize(rng.normal(size=(400, 16)).astype(np.float32))
    turn = np.linalg.qr(rng.normal(size=(16, 16)))[0].astype(np.float32)
    target = source @ turn  # a rotation: rows stay unit length
    mapped = fit_projection(source, target, ridge=1e-3).apply(source)
    assert (mapped * target).sum(axis=1).min() > 0.999


def test_bad_inputs_are_refused() -> None:
    with pytest.raises(ValueError, match="same texts"):
        fit_projection(np.zeros((3, 4), np.float32), np.zeros((2, 4), np.float32), 1.0)
    with pytest.raises(ValueError, match="weight"):
        MultilingualEmbedder(_minilm(), E5Embedder(), shipped_map(), weight=0)


def test_the_default_model_reads_other_languages_and_minilm_en_does_not() -> None:
    assert isinstance(default_embedder("minilm"), MultilingualEmbedder)
    assert isinstance(default_embedder("minilm-en"), MiniLMEmbedder)
