"""A person's edits to journeys, replayed in order after every build so they survive it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from journeys.models import EDIT_KINDS, Edit

KINDS = EDIT_KINDS
Index = npt.NDArray[np.int64]
STATUSES = ("open", "done", "hidden", "dismissed")
__all__ = [
    "KINDS",
    "STATUSES",
    "Edit",
    "Edited",
    "EditedArrays",
    "apply_edits",
    "apply_edits_to_arrays",
]


@dataclass(slots=True)
class Edited:
    """Assignments after the edits, and the titles and statuses people chose."""

    journey_of: dict[int, int | None]
    titles: dict[int, str] = field(default_factory=dict)
    status: dict[int, str] = field(default_factory=dict)
    moved: set[int] = field(default_factory=set)
    snoozed: dict[int, int] = field(default_factory=dict)


def apply_edits(journey_of: Mapping[int, int | None], edits: Iterable[Edit]) -> Edited:
    """Replay edits over visit → journey assignments (a fresh copy is returned)."""
    visits = np.fromiter(journey_of.keys(), dtype=np.int64, count=len(journey_of))
    journeys = np.fromiter(
        (j or 0 for j in journey_of.values()), dtype=np.int64, count=len(journey_of)
    )
    out = apply_edits_to_arrays(visits, journeys, edits)
    moved = out.moved if out.moved is not None else np.zeros(len(visits), dtype=bool)
    return Edited(
        {v: (j or None) for v, j in zip(visits.tolist(), out.journeys.tolist(), strict=True)},
        out.titles,
        out.status,
        set(visits[moved].tolist()),
        out.snoozed,
    )


@dataclass(slots=True)
class EditedArrays:
    """Journey per visit (0: none) after the edits, and the titles and statuses chosen."""

    journeys: Index
    titles: dict[int, str] = field(default_factory=dict)
    status: dict[int, str] = field(default_factory=dict)
    moved: Index | None = None
    snoozed: dict[int, int] = field(default_factory=dict)


def apply_edits_to_arrays(visits: Index, journeys: Index, edits: Iterable[Edit]) -> EditedArrays:
    """``apply_edits`` for a whole history at once: ``journeys[k]`` is the journey of
    ``visits[k]`` (0 for none); the input arrays are not changed."""
    out = EditedArrays(journeys.copy(), moved=np.zeros(len(journeys), dtype=bool))
    alias: dict[int, int] = {}

    def resolve(j: int) -> int:
        seen = set()
        while j in alias and j not in seen:
            seen.add(j)
            j = alias[j]
        return j

    for e in edits:
        j = resolve(e.journey) if e.journey is not None else None
        if e.kind == "merge" and j is not None and e.target is not None:
            target = resolve(e.target)
            if target == j:
                continue
            alias[j] = target
            out.journeys[out.journeys == j] = target
            out.titles.pop(j, None)
            if j in out.status and target not in out.status:
                out.status[target] = out.status[j]
            out.status.pop(j, None)
            if j in out.snoozed:
                out.snoozed[target] = max(out.snoozed.pop(j), out.snoozed.get(target, 0))
        elif e.kind == "move" and e.visit is not None:
            at = np.flatnonzero(visits == e.visit)
            if len(at):
                out.journeys[at] = resolve(e.target) if e.target is not None else 0
                assert out.moved is not None
                out.moved[at] = True
        elif e.kind == "rename" and j is not None and e.value:
            out.titles[j] = e.value
        elif e.kind in ("hide", "done") and j is not None:
            out.status[j] = "hidden" if e.kind == "hide" else "done"
        elif e.kind == "dismiss" and j is not None:
            out.status[j] = "dismissed"
        elif e.kind == "snooze" and j is not None and e.value:
            out.snoozed[j] = int(e.value)
        elif e.kind == "reopen" and j is not None:
            out.status[j] = "open"
            out.snoozed.pop(j, None)
    return out
