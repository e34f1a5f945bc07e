"""Session splitting by time gaps and likeness of text."""

from __future__ import annotations

import pytest

from journeys.engine.features import TextFeatures, similarity
from journeys.engine.sessions import SessionParams, split_sessions

MIN = 60_000_000


def test_similarity_sees_rewordings_and_typos() -> None:
    kyoto = TextFeatures.of("kyoto hotels april")
    assert similarity(kyoto, TextFeatures.of("hotels in kyoto")) >= 0.5
    assert similarity(TextFeatures.of("six flages"), TextFeatures.of("six flags")) > 0.6
    assert similarity(kyoto, TextFeatures.of("rust borrow checker")) < 0.1
    assert similarity(TextFeatures.of(""), kyoto) == 0.0


def test_short_pauses_keep_long_pauses_cut_and_topic_decides_between() -> None:
    times = [0, 2 * MIN, 12 * MIN, 24 * MIN, 30 * MIN, 300 * MIN]
    texts = [
        "kyoto hotels",
        "weather",
        "kyoto ryokan",
        "rust traits",
        "rust generics",
        "rust generics",
    ]
    # 2 min: kept whatever the text; 10 min later "kyoto ryokan" is like "kyoto hotels";
    # "rust traits" after 12 min is like nothing before; 6 min: like "rust traits";
    # 270 min: always a new session, however alike
    assert split_sessions(times, texts) == [0, 0, 0, 1, 1, 2]


def test_parameters_are_checked() -> None:
    with pytest.raises(ValueError):
        SessionParams(short_gap_min=30, max_gap_min=10)
    with pytest.raises(ValueError):
        SessionParams(threshold=1.5)
    with pytest.raises(ValueError):
        split_sessions([0], ["a", "b"])
