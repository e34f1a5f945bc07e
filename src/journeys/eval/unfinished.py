"""Precision and recall of ``unfinished`` against a history whose tasks are labelled.

Two views: per task (is the journey holding most of a task's visits called unfinished?) and
per journey (is each journey called unfinished exactly when its main task was left undone?).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PR:
    """Precision and recall of one label, with the counts behind them."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """Share of those called so that are so (1.0 when none are called)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of those that are so that are called so (1.0 when none are)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass(frozen=True, slots=True)
class UnfinishedScores:
    """``unfinished`` per task and per journey, and completed tasks found completed."""

    tasks: PR
    journeys: PR
    completed_tasks: PR
    wrong: tuple[str, ...]


def _pr(pairs: Sequence[tuple[bool, bool]]) -> PR:
    return PR(
        sum(1 for g, p in pairs if g and p),
        sum(1 for g, p in pairs if p and not g),
        sum(1 for g, p in pairs if g and not p),
    )


def score_unfinished(
    visits: Sequence[tuple[str | None, int | None]],
    statuses: Mapping[int, str],
    gold: Mapping[str, str],
) -> UnfinishedScores:
    """``visits``: (gold task or None, journey or None) per visit; ``statuses``: journey →
    status; ``gold``: task → the status it should have (``unfinished``, ``completed`` or
    anything else for "neither")."""
    by_task: dict[str, Counter[int | None]] = {}
    by_journey: dict[int, Counter[str]] = {}
    for task, journey in visits:
        if task is None:
            continue
        by_task.setdefault(task, Counter())[journey] += 1
        if journey is not None:
            by_journey.setdefault(journey, Counter())[task] += 1
    wrong: list[str] = []
    task_pairs, done_pairs = [], []
    for task, counts in sorted(by_task.items()):
        main = counts.most_common(1)[0][0]
        got = statuses.get(main, "unassigned") if main is not None else "unassigned"
        want = gold.get(task, "neither")
        task_pairs.append((want == "unfinished", got == "unfinished"))
        done_pairs.append((want == "completed", got == "completed"))
        if (want in ("unfinished", "completed") and got != want) or (
            want not in ("unfinished", "completed") and got == "unfinished"
        ):
            wrong.append(f"{task}: {got}, should be {want}")
    journey_pairs = []
    for journey, tasks in by_journey.items():
        main_task = tasks.most_common(1)[0][0]
        journey_pairs.append(
            (gold.get(main_task) == "unfinished", statuses.get(journey) == "unfinished")
        )
    return UnfinishedScores(_pr(task_pairs), _pr(journey_pairs), _pr(done_pairs), tuple(wrong))
