"""Texts in another language than English, and the direction the sentence model gives
them (``engine.language``)."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from journeys.engine.baselines import plain_terms
from journeys.engine.embedding import Vectors, normalize
from journeys.engine.language import (
    LanguageParams,
    directions,
    function_words,
    own_terms,
    probe_searches,
    shares,
    written_in,
)
from journeys.engine.minilm import MiniLMEmbedder

CAT = ["adoptar gato madrid protectora gatos adultos", "Adopciones - Gatos de Madrid"]
VAT = [
    "modelo 303 segundo trimestre plazo autónomos",
    "Modelo 303. IVA. Autoliquidación - Agencia Tributaria",
]
CAT_IN_ENGLISH = ["adopt a cat madrid shelter adult cats", "Adoptions - Cats of Madrid"]


@cache
def _model() -> MiniLMEmbedder:
    return MiniLMEmbedder()


def _embed(texts: list[str] | tuple[str, ...]) -> Vectors:
    return _model().embed(list(texts))


def _centroid(texts: list[str], away: Vectors | None = None) -> Vectors:
    mean = normalize(_embed(texts)).mean(axis=0)
    if away is not None:
        mean = mean - away
    return mean / np.linalg.norm(mean)


def _shares(pieces: list[list[str]]) -> dict[int, dict[str, float]]:
    terms = [set().union(*(plain_terms(t) for t in texts)) for texts in pieces]
    return shares(terms, lambda k: pieces[k], LanguageParams())


def test_every_language_has_the_same_everyday_searches_as_english() -> None:
    searches = probe_searches()
    assert next(iter(searches)) == "en" and len(searches) >= 8
    assert {len(lines) for lines in searches.values()} == {len(searches["en"])}
    assert all(len(set(lines)) == len(lines) for lines in searches.values())


def test_a_piece_in_spanish_is_read_as_spanish_and_english_jargon_as_english() -> None:
    found = _shares(
        [
            CAT,
            ["jvm maxrampercentage minrampercentage container default"],
            ["michelin x-ice snow vs bridgestone blizzak ws90", "tokio axum async runtime rust"],
            ["wg zimmer münchen maxvorstadt unter 800 warm", "WG-Zimmer in München | WG-Gesucht"],
        ]
    )
    assert found == {0: {"es": 1.0}, 3: {"de": 1.0}}


def test_a_piece_half_in_another_language_takes_off_half() -> None:
    found = _shares(
        [["hydraulik warszawa mokotów cena", "Plumber rates in Warsaw explained for expats"]]
    )
    assert found == {0: {"pl": 0.5}}


def test_without_its_language_two_spanish_tasks_are_no_more_alike_than_english_ones() -> None:
    toward = directions(_embed)
    assert set(toward) == set(probe_searches()) - {"en"}
    before = float(_centroid(CAT) @ _centroid(VAT))
    after = float(_centroid(CAT, toward["es"]) @ _centroid(VAT, toward["es"]))
    assert before > 0.45 and after < before - 0.15  # unrelated English tasks: 0.0 to 0.15
    # what the texts say decides: the cat's adoption, in Spanish, is more like the same
    # words in English than like the VAT return only once the language is taken off
    english = _centroid(CAT_IN_ENGLISH)
    assert float(_centroid(CAT) @ english) < before
    assert float(_centroid(CAT, toward["es"]) @ english) > after


def test_a_texts_own_terms_leave_out_its_languages_function_words() -> None:
    # "qué", "en", "de" and "con" tied a father's visa to a family trip, two Spanish
    # searches with nothing else in common, as "what" and "of" never tie two English ones
    p = LanguageParams()
    visa = "qué preguntan en la entrevista de visa de turista a personas mayores"
    trip = "qué hacer en oaxaca día de muertos con niños"
    assert plain_terms(visa) & plain_terms(trip) == {"qué", "en", "de"}
    assert own_terms(visa, p) & own_terms(trip, p) == set()
    assert own_terms(trip, p) == {"oaxaca", "día", "muertos", "niños"}
    # what a text says is kept, in English and where the language is not sure
    english = "retaining wall weep holes spacing gravel backfill"
    assert own_terms(english, p) == plain_terms(english)
    assert {"de", "para", "qué", "con"} <= function_words("es")
    assert {"der", "und", "für"} <= function_words("de") and function_words("xx") == frozenset()


def test_the_languages_measured_later_lose_their_everyday_words_too() -> None:
    # the stop-words package's Indonesian lacks "untuk" (for) and "cara" (how), which tied
    # a woman's acid reflux and visa to her mortgage (week146); the languages measured
    # before keep the lists step 69 measured ("día" is in stopwordsiso's Spanish)
    assert {"untuk", "cara"} <= function_words("id")
    assert {"için", "nasıl"} <= function_words("tr")
    assert "día" not in function_words("es")
    p = LanguageParams()
    mortgage = "syarat kpr rumah pertama untuk karyawan swasta"
    reflux = "cara mengatasi asam lambung naik untuk penderita gerd"
    assert own_terms(mortgage, p) & own_terms(reflux, p) == set()


def test_more_languages_measured_take_no_text_from_those_measured_before() -> None:
    # asked among all 25, this German title is 0.57 German, under the 0.6 asked: the
    # fourteen measured before are asked apart, as when they were all the identifier knew
    p = LanguageParams()
    assert written_in("Preise - Ostbloc Boulderhalle Berlin", p) == "de"
    assert written_in("kedi aşı takvimi karma aşı kuduz ne zaman", p) == "tr"
    assert written_in("syarat kpr rumah pertama karyawan swasta dp 10 persen", p) == "id"
    assert written_in("καιρός αύριο", p) == "el"
    assert written_in("retaining wall weep holes spacing gravel backfill", p) is None


def test_a_language_of_syllables_is_read_two_syllables_at_a_time() -> None:
    # a Vietnamese word is often two syllables, and a syllable alone names no topic: "giá"
    # (price) and "xe" (vehicle) were in five of a man's six tasks (week147)
    p = LanguageParams()
    cooler = own_terms("điều hòa inverter 12000btu loại nào tốt tiết kiệm điện", p)
    assert {"điều hòa", "tiết kiệm", "inverter", "12000btu"} <= cooler
    hospital = own_terms("bệnh viện phụ sản hà nội sinh dịch vụ giá bao nhiêu", p)
    assert {"bệnh viện", "phụ sản", "dịch vụ"} <= hospital
    assert not {"giá", "bao nhiêu", "viện", "dịch"} & hospital
    bike = own_terms("honda vision 2027 giá lăn bánh hà nội", p)
    assert bike & hospital == {"hà nội"}  # the town, which ``engine.places`` reads past


def test_a_piece_of_syllables_is_read_as_its_language() -> None:
    # its terms are syllables in pairs ("xe máy"), which no tokenizer holds whole: each
    # syllable is weighed, so the piece is still read as Vietnamese and takes off its
    # language's direction (week147: 3 of her 28 pieces were, before the forty-first session)
    p = LanguageParams()
    texts = ["thuê xe máy đà lạt giá 1 ngày gần chợ", "bà bầu nên ăn gì 3 tháng giữa"]
    terms = [own_terms(t, p) for t in texts]
    assert all(" " in term for term in terms[0])
    assert shares(terms, lambda k: [texts[k]], p) == {0: {"vi": 1.0}, 1: {"vi": 1.0}}


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="word_share"):
        LanguageParams(word_share=1.5)
    with pytest.raises(ValueError, match="sure"):
        LanguageParams(sure=-0.1)
    with pytest.raises(ValueError, match="text_share"):
        LanguageParams(text_share=2)
    with pytest.raises(ValueError, match="weight"):
        LanguageParams(weight=-1)
