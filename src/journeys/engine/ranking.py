"""What matters inside a journey, and which journeys matter now."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_DAY_US = 86_400_000_000


@dataclass(frozen=True, slots=True)
class VisitSignals:
    """What a visit tells about its importance."""

    dwell_s: float = 0.0
    revisits: int = 0
    is_search: bool = False
    typed: bool = False
    habit: bool = False


def visit_rank(s: VisitSignals) -> float:
    """A visit's weight inside its journey: time spent, coming back, searching, typing."""
    score = math.log1p(max(s.dwell_s, 0.0) / 10) + math.log1p(max(s.revisits, 0))
    if s.is_search:
        score += 1.0
    if s.typed:
        score += 0.5
    if s.habit:
        score -= 1.0
    return round(score, 4)


@dataclass(frozen=True, slots=True, kw_only=True)
class JourneySignals:
    """What a journey tells about its weight and how recent it is."""

    last_at_us: int
    visits: int
    searches: int
    sessions: int
    dwell_s: float = 0.0


def journey_score(s: JourneySignals, now_us: int, *, half_life_days: float = 7.0) -> float:
    """Weight (visits, searches, sittings, time) halved every ``half_life_days`` of silence."""
    if half_life_days <= 0:
        raise ValueError("half_life_days must be > 0")
    weight = (
        math.log1p(s.visits)
        + 0.5 * math.log1p(s.searches)
        + math.log1p(max(s.sessions - 1, 0))
        + 0.25 * math.log1p(s.dwell_s / 60)
    )
    age_days = max(now_us - s.last_at_us, 0) / _DAY_US
    return round(float(weight * 0.5 ** (age_days / half_life_days)), 6)


def visit_ranks(
    dwell_s: npt.NDArray[np.float64],
    revisits: npt.NDArray[np.int64],
    is_search: npt.NDArray[np.bool_],
    typed: npt.NDArray[np.bool_],
    habit: npt.NDArray[np.bool_],
) -> npt.NDArray[np.float64]:
    """``visit_rank`` for many visits at once (same formula)."""
    score = np.log1p(np.maximum(dwell_s, 0.0) / 10) + np.log1p(np.maximum(revisits, 0))
    score = score + 1.0 * is_search + 0.5 * typed - 1.0 * habit
    out: npt.NDArray[np.float64] = np.round(score, 4)
    return out
