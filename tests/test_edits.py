"""Edits replayed over a build's assignments."""

from __future__ import annotations

import pytest

from journeys.engine.edits import Edit, apply_edits


def test_edits_replay_in_order() -> None:
    assign: dict[int, int | None] = {1: 10, 2: 10, 3: 20, 4: 30, 5: None}
    out = apply_edits(
        assign,
        [
            Edit("rename", 10, value="Trip to Kyoto"),
            Edit("merge", 20, target=10),
            Edit("move", visit=4, target=20),  # 20 was merged into 10: the visit goes there
            Edit("move", visit=1, target=None),
            Edit("hide", 30),
            Edit("done", 10),
            Edit("reopen", 10),
            Edit("move", visit=99, target=10),  # a visit no longer stored: ignored
        ],
    )
    assert out.journey_of == {1: None, 2: 10, 3: 10, 4: 10, 5: None}
    assert out.titles == {10: "Trip to Kyoto"}
    assert out.status == {30: "hidden", 10: "open"}
    assert assign[1] == 10  # the input is not changed


def test_unknown_edit_kind() -> None:
    with pytest.raises(ValueError, match="unknown edit"):
        Edit("delete", 1)


def test_array_replay_agrees_with_the_dict_replay() -> None:
    import numpy as np

    from journeys.engine.edits import apply_edits_to_arrays

    assign: dict[int, int | None] = {1: 10, 2: 10, 3: 20, 4: 30, 5: None}
    edits = [
        Edit("merge", 20, target=10),
        Edit("move", visit=4, target=20),
        Edit("move", visit=1, target=None),
        Edit("rename", 10, value="T"),
        Edit("hide", 30),
    ]
    by_dict = apply_edits(assign, edits)
    visits = np.array(list(assign), dtype=np.int64)
    journeys = np.array([j or 0 for j in assign.values()], dtype=np.int64)
    by_array = apply_edits_to_arrays(visits, journeys, edits)
    assert [j or None for j in by_array.journeys.tolist()] == list(by_dict.journey_of.values())
    assert (by_array.titles, by_array.status) == (by_dict.titles, by_dict.status)
    assert by_array.moved is not None and by_array.moved.tolist() == [1, 0, 0, 1, 0]
