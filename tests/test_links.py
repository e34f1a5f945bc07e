"""Links between pieces: rare-word postings, and the same journeys from worker processes as
from threads."""

from __future__ import annotations

import sys
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from journeys.engine.grouping import UNASSIGNED, Item, group
from journeys.engine.links import BLOCK, Ragged, rare_before

MIN = 60_000_000


def test_rare_before_gives_the_earlier_pieces_of_a_word_only_while_it_is_rare() -> None:
    kyoto, rust, ryokan, tokio = 0, 1, 2, 3
    pieces = Ragged.of([[kyoto], [rust], [kyoto, ryokan], [kyoto], [kyoto, rust]])
    by_word = pieces.postings(4)
    assert by_word.row(kyoto).tolist() == [0, 2, 3, 4]
    assert by_word.row(tokio).tolist() == []

    def before(words: list[int], b: int, limit: int) -> list[int]:
        return rare_before(by_word, np.array(words, dtype=np.int64), b, limit).tolist()

    assert before([ryokan], 2, 3) == []  # no piece before the first
    assert before([kyoto], 2, 3) == [0]
    assert before([kyoto], 4, 3) == [0, 2, 3]
    assert before([kyoto], 4, 2) == []  # three before: no longer rare
    assert before([kyoto, rust], 4, 2) == [1]  # the rare word still counts
    assert before([kyoto, rust, tokio], 5, 9) == [0, 2, 3, 4, 1, 4]  # piece 4 has both


def test_ragged_rows_come_back_one_after_another() -> None:
    rows = Ragged.of([[5, 6], [7], [8, 9, 10]])
    flat, starts = rows.rows(np.array([2, 0], dtype=np.int64))
    assert flat.tolist() == [8, 9, 10, 5, 6] and starts.tolist() == [0, 3]


def _history(tasks: int = 60, per: int = 12) -> tuple[list[Item], np.ndarray]:
    """Interleaved tasks, each with its own words, site and direction in meaning, spread over
    many sittings: enough pieces for several blocks of links."""
    rng = np.random.default_rng(3)
    own = rng.normal(size=(tasks, 64))
    order = rng.permutation(np.repeat(np.arange(tasks), per))
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    words = ["".join(rng.choice(letters, 7)) for _ in range(tasks * 3)]
    items, rows, clock = [], [], 0
    for k, t in enumerate(order.tolist()):
        clock += (40 if k % 7 == 0 else 2) * MIN
        text = " ".join(words[3 * t + j] for j in range(3) if (k + j) % 4)
        items.append(Item(clock, text, text if k % 3 else "", f"site{t}.example"))
        rows.append(own[t] + 0.6 * rng.normal(size=64))
    vectors = np.array(rows, dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return items, vectors


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux")
def test_worker_processes_find_the_same_journeys_as_threads() -> None:
    items, vectors = _history()
    in_threads = group(items, vectors, processes=False)
    in_processes = group(items, vectors, processes=True)
    assert in_processes == in_threads
    journeys = set(in_threads.journey) - {UNASSIGNED}
    assert 20 <= len(journeys) < len(items) // 2  # linked, not one blob and not all apart
    pieces = len(set(in_threads.task) - {UNASSIGNED})
    assert pieces > BLOCK  # the links came back in more than one block, in order
    # a server builds in a thread of its own, beside others: the workers fork from there
    with ThreadPoolExecutor(max_workers=2) as pool:
        busy = pool.submit(time.sleep, 0.5)
        from_thread = pool.submit(group, items, vectors, processes=True).result(timeout=60)
        busy.result()
    assert from_thread == in_threads
