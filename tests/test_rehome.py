"""A piece moves to the journey that searched its subject (``engine.rehome``)."""

from __future__ import annotations

import numpy as np
import pytest

from journeys.engine.likeness import Table
from journeys.engine.rehome import RehomeParams, rehome

HOME = np.array([1.0, 0.0, 0.0], dtype=np.float32)
BIKE = np.array([0.0, 1.0, 0.0], dtype=np.float32)
#: the rebate search: 0.8 like the home battery, 0.6 like the e-bike
REBATE = np.array([0.8, 0.6, 0.0], dtype=np.float32)

SOLAR = [{"home", "battery", "rebate", "victoria"}, {"powerwall"}, {"installers", "victoria"}]
EBIKE = [{"ebike", "commuting"}, {"ebike", "motor"}, {"ebike", "shops"}]


def run(
    journey: list[int],
    typed: list[set[str]],
    links: list[list[int]],
    rows: list[np.ndarray],
    **params: float,
) -> list[int]:
    out = rehome(
        np.array(journey, dtype=np.int64),
        typed,
        links,
        Table.of(np.stack(rows)),
        np.full(len(journey), 2, dtype=np.int64),
        RehomeParams(**params),  # type: ignore[arg-type]
    )
    return [int(x) for x in out]


def battery_and_bike(last: set[str], row: np.ndarray = REBATE, **params: float) -> list[int]:
    # the home battery (pieces 0-2) and an e-bike (3-5) as linking left them; piece 6 linked
    # to the battery's first piece
    journey = [0, 0, 0, 3, 3, 3, 0]
    links: list[list[int]] = [[], [0], [1], [], [3], [4], [0]]
    rows = [HOME, HOME, HOME, BIKE, BIKE, BIKE, row]
    return run(journey, [*SOLAR, *EBIKE, last], links, rows, **params)


def test_a_piece_moves_to_the_journey_that_searched_its_subject() -> None:
    assert battery_and_bike({"ebike", "rebate", "victoria"}) == [0, 0, 0, 3, 3, 3, 3]


def test_what_its_own_journey_searched_more_keeps_it() -> None:
    # "victoria" was searched by two other pieces of the battery: as many as "ebike" by the
    # e-bike's three would need more
    solar = [{"home", "victoria"}, {"powerwall", "victoria"}, {"installers", "victoria"}]
    journey = [0, 0, 0, 3, 3, 3, 0]
    links: list[list[int]] = [[], [0], [1], [], [3], [4], [0]]
    rows = [HOME, HOME, HOME, BIKE, BIKE, BIKE, REBATE]
    last = {"ebike", "victoria"}
    assert run(journey, [*solar, *EBIKE, last], links, rows) == journey


def test_a_word_its_own_journey_also_searched_is_no_subject_elsewhere() -> None:
    solar = [SOLAR[0], {"ebike", "charger"}, SOLAR[2]]
    journey = [0, 0, 0, 3, 3, 3, 0]
    links: list[list[int]] = [[], [0], [1], [], [3], [4], [0]]
    rows = [HOME, HOME, HOME, BIKE, BIKE, BIKE, REBATE]
    assert run(journey, [*solar, *EBIKE, {"ebike", "rebate"}], links, rows) == journey


def test_a_common_word_is_no_subject() -> None:
    # "bed" of a dog's orthopedic bed and of raised garden beds: a word of the language
    journey = [0, 0, 0, 3, 3, 3, 0]
    links: list[list[int]] = [[], [0], [1], [], [3], [4], [0]]
    rows = [HOME, HOME, HOME, BIKE, BIKE, BIKE, REBATE]
    beds = [{"raised", "bed"}, {"cedar", "bed"}, {"soil"}]
    typed = [{"dog", "breeds"}, {"rescue"}, {"adoption"}, *beds, {"bed", "orthopedic"}]
    assert run(journey, typed, links, rows) == journey
    assert run(journey, typed, links, rows, common=0) == [0, 0, 0, 3, 3, 3, 3]


def test_one_piece_searching_the_word_elsewhere_is_no_subject() -> None:
    ebike = [{"ebike", "commuting"}, {"motor"}, {"shops"}]
    journey = [0, 0, 0, 3, 3, 3, 0]
    links: list[list[int]] = [[], [0], [1], [], [3], [4], [0]]
    rows = [HOME, HOME, HOME, BIKE, BIKE, BIKE, REBATE]
    typed = [*SOLAR, *ebike, {"ebike", "tariff"}]
    assert run(journey, typed, links, rows) == journey
    assert run(journey, typed, links, rows, support=1)[6] == 3


def test_a_piece_unlike_the_other_journey_stays() -> None:
    unlike = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    assert battery_and_bike({"ebike", "rebate"}, unlike) == [0, 0, 0, 3, 3, 3, 0]
    assert battery_and_bike({"ebike", "rebate"}, unlike, min_like=-1.0)[6] == 3


def test_a_word_of_another_sense_does_not_move_a_piece_unlike_its_owner() -> None:
    # "campsite with shower near big bend" is 0.35 like the bridal shower that searched
    # "shower": the word is the same, the subject is not (it was moved at 0.3)
    shower = np.array([0.937, 0.35, 0.0], dtype=np.float32)
    assert battery_and_bike({"ebike", "rebate"}, shower) == [0, 0, 0, 3, 3, 3, 0]
    assert battery_and_bike({"ebike", "rebate"}, shower, min_like=0.3)[6] == 3


def test_a_piece_holding_its_journey_together_stays() -> None:
    # the battery's last piece linked only to the rebate search
    journey = [0, 0, 0, 3, 3, 3, 0, 0]
    links: list[list[int]] = [[], [0], [1], [], [3], [4], [2], [6]]
    rows = [HOME, HOME, HOME, BIKE, BIKE, BIKE, REBATE, HOME]
    typed = [*SOLAR, *EBIKE, {"ebike", "rebate"}, {"tariff"}]
    assert run(journey, typed, links, rows) == journey
    # linked to the battery's first piece as well, it is free to go
    links[7] = [6, 0]
    assert run(journey, typed, links, rows) == [0, 0, 0, 3, 3, 3, 3, 0]


def test_a_journey_of_one_piece_is_left_alone() -> None:
    journey = [0, 0, 0, 3, 3, 3, 6]
    links: list[list[int]] = [[], [0], [1], [], [3], [4], []]
    rows = [HOME, HOME, HOME, BIKE, BIKE, BIKE, REBATE]
    assert run(journey, [*SOLAR, *EBIKE, {"ebike", "rebate"}], links, rows) == journey


@pytest.mark.parametrize(
    "bad",
    [{"support": 0}, {"common": -1}, {"share": 0.5}, {"share": 1.1}, {"min_like": 1.5}],
)
def test_parameters_are_checked(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RehomeParams(**bad)  # type: ignore[arg-type]
