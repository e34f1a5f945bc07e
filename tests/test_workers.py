"""Work split over worker processes or threads: results in order, and a worker that dies."""

from __future__ import annotations

import os
import sys

import pytest

from journeys.engine.workers import in_parallel

PARENT = os.getpid()


def _square(offset: int, task: int) -> tuple[int, int]:
    return task * task + offset, os.getpid()


def _dies_on_three(offset: int, task: int) -> tuple[int, int]:
    if task == 3 and os.getpid() != PARENT:
        os._exit(1)  # as when the system runs out of memory and kills the worker
    return _square(offset, task)


@pytest.mark.parametrize("processes", [False, True])
def test_results_come_back_in_the_order_of_the_tasks(processes: bool) -> None:
    tasks = list(range(40))
    out = list(in_parallel(_square, 7, tasks, processes=processes))
    assert [value for value, _ in out] == [t * t + 7 for t in tasks]
    workers = {pid for _, pid in out}
    if processes and sys.platform.startswith("linux"):
        assert PARENT not in workers  # forked workers did the work
    else:
        assert workers == {PARENT}  # threads of this process


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux")
def test_the_tasks_of_a_worker_that_died_are_done_here() -> None:
    tasks = list(range(8))
    out = list(in_parallel(_dies_on_three, 1, tasks, processes=True))
    assert [value for value, _ in out] == [t * t + 1 for t in tasks]
    assert out[3][1] == PARENT  # the task that killed its worker was done in this process
