"""Sessions: cut a person's time-ordered events into sittings by time gaps and topic shifts.

A short pause never ends a session; a very long one always does; in between, the next event
stays in the session only when its text is like one of the session's recent events. Measured
on Webis-SMC-12 with ``journeys eval``; the defaults were chosen on that same set (no held-out
split yet), so its figure is an optimistic one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from journeys.engine.features import TextFeatures, similarity

_MINUTE_US = 60_000_000


@dataclass(frozen=True, slots=True)
class SessionParams:
    """Hyper-parameters of session splitting, validated once."""

    short_gap_min: float = 4.0
    max_gap_min: float = 104.0
    threshold: float = 0.2
    window: int = 5

    def __post_init__(self) -> None:
        if not 0 <= self.short_gap_min <= self.max_gap_min:
            raise ValueError("need 0 <= short_gap_min <= max_gap_min")
        if not 0 <= self.threshold <= 1:
            raise ValueError("threshold must be between 0 and 1")
        if self.window < 1:
            raise ValueError("window must be at least 1")


def split_sessions(
    times_us: Sequence[int], texts: Sequence[str], params: SessionParams | None = None
) -> list[int]:
    """Session labels (0, 1, …) for time-ordered events with their texts.

    Pauses up to ``short_gap_min`` keep the session; pauses up to ``max_gap_min`` keep it when
    the text is like (``threshold``) one of the last ``window`` events of the session; longer
    pauses always cut.
    """
    p = params or SessionParams()
    if len(times_us) != len(texts):
        raise ValueError("times and texts differ in length")
    features = [TextFeatures.of(t) for t in texts]
    labels: list[int] = []
    current, start = 0, 0
    for i in range(len(times_us)):
        if i:
            gap = (times_us[i] - times_us[i - 1]) / _MINUTE_US
            if gap > p.max_gap_min:
                keep = False
            elif gap <= p.short_gap_min:
                keep = True
            else:
                recent = range(max(start, i - p.window), i)
                keep = any(similarity(features[i], features[k]) >= p.threshold for k in recent)
            if not keep:
                current, start = current + 1, i
        labels.append(current)
    return labels
