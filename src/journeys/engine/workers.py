"""Work split over the machine's cores: forked worker processes where the platform forks,
threads elsewhere.

The engine's work is many small numpy products with Python between them; in threads, the
interpreter lock held between the products leaves the second core mostly idle. A forked
worker inherits what it reads with its process (copy on write: nothing large is pickled), so
only the tasks and their results cross between processes.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

__all__ = ["WORKERS", "can_fork", "chunks", "in_parallel", "worth_forking"]

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")

WORKERS = max(1, min(2, os.cpu_count() or 1))


def in_parallel(
    work: Callable[[S, T], R],
    shared: S,
    tasks: Sequence[T],
    *,
    processes: bool,
    threads: bool = True,
    workers: int = WORKERS,
) -> Iterator[R]:
    """``work(shared, task)`` for each task, in the order of the tasks, by ``workers`` forked
    processes (``work`` must be a module-level function); where none are forked, by threads,
    or with ``threads=False`` in the calling thread as the results are read. Workers start at
    once; the results are yielded in order as they are ready, so the caller can do other work
    meanwhile and use each result while later ones are worked out. Consume the iterator to
    the end: that also stops the workers."""
    if not (processes and can_fork()) and not threads:
        return (work(shared, task) for task in tasks)
    pool: Executor
    if processes and can_fork():
        context = multiprocessing.get_context("fork")
        pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_adopt, initargs=(shared,)
        )
        results = pool.map(_Adopted(work), tasks)
    else:
        pool = ThreadPoolExecutor(max_workers=workers)
        results = pool.map(lambda task: work(shared, task), tasks)
    return _drain(pool, results, lambda k: (work(shared, task) for task in tasks[k:]))


def chunks(n: int, size: int) -> list[range]:
    """``range(n)`` in consecutive ranges of ``size`` (the last may be shorter)."""
    return [range(s, min(s + size, n)) for s in range(0, n, size)]


def can_fork() -> bool:
    """Forked workers are safe and cheap on Linux; macOS and Windows start fresh ones."""
    return sys.platform.startswith("linux")


def worth_forking() -> bool:
    """Workers can be forked, and there is more than one core for them."""
    return can_fork() and WORKERS > 1


_ADOPTED: list[Any] = []  # in a worker process: what it was forked with


def _adopt(shared: object) -> None:
    # a collection would write to every object the worker shares with its parent, copying
    # their pages; a worker lives for one call and makes few cycles
    gc.disable()
    _ADOPTED[:] = [shared]


class _Adopted:
    """``work`` applied to what the worker was forked with (picklable: ``work`` is pickled by
    name)."""

    def __init__(self, work: Callable[[Any, Any], Any]) -> None:
        self.work = work

    def __call__(self, task: object) -> Any:
        return self.work(_ADOPTED[0], task)


def _drain(pool: Executor, results: Iterator[R], rest: Callable[[int], Iterator[R]]) -> Iterator[R]:
    """The results in order; if a worker process dies (the system ran out of memory and
    killed it, say), the tasks not yet returned are done here, in turn."""
    done = 0
    try:
        for result in results:
            yield result
            done += 1
    except BrokenProcessPool:
        yield from rest(done)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
