"""Small journeys gathered into the established journey that owns their words."""

from __future__ import annotations

import numpy as np
import pytest

from journeys.engine.baselines import plain_terms
from journeys.engine.gather import GatherParams, gather, is_name
from journeys.engine.likeness import Table

GARDEN = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
NEAR_GARDEN = np.array([0.6, 0.8, 0.0, 0.0], dtype=np.float32)  # cosine 0.6
CARDS = np.array([0.0, 0.0, 1.0, 0.0], dtype=np.float32)
DAY = 86_400_000_000  # µs


def run(
    journey: list[int],
    sizes: list[int],
    words: list[set[str]],
    rows: list[np.ndarray],
    typed: list[set[str]] | None = None,
    days: list[float] | None = None,
    town_words: frozenset[str] = frozenset(),
    **params: float,
) -> list[int]:
    span = None
    if days is not None:  # each piece an hour long, starting on the day given
        start = np.array([d * DAY for d in days], dtype=np.int64)
        span = (start, start + DAY // 24)
    out = gather(
        np.array(journey, dtype=np.int64),
        np.array(sizes, dtype=np.int64),
        words,
        Table.of(np.stack(rows)),
        GatherParams(**params),  # type: ignore[arg-type]
        typed,
        span,
        town_words=town_words,
    )
    return [int(x) for x in out]


def gardening(extra_words: set[str], extra_row: np.ndarray, **params: float) -> list[int]:
    # journey 0: three pieces of a gardening season (9 items); journey 1: a card collection
    # bought on one shop (6 items); journey 2: one small piece
    return run(
        [0, 0, 0, 1, 1, 2],
        [3, 3, 3, 3, 3, 2],
        [
            {"daylily", "garden"},
            {"daylily", "photos"},
            {"daffodils", "daylily"},
            {"pokemon", "cards", "@pokecorner.com"},
            {"pokemon", "@pokecorner.com"},
            extra_words,
        ],
        [GARDEN, GARDEN, GARDEN, CARDS, CARDS, extra_row],
        **params,
    )


def test_a_small_journey_joins_the_journey_that_owns_its_word() -> None:
    assert gardening({"shevim", "daylily"}, NEAR_GARDEN) == [0, 0, 0, 1, 1, 0]


def test_a_distinctive_site_counts_as_a_word() -> None:
    out = run(
        [0, 0, 1],
        [3, 3, 1],
        [{"@pokecorner.com", "cards"}, {"@pokecorner.com"}, {"@pokecorner.com"}],
        [CARDS, CARDS, CARDS],
    )
    assert out == [0, 0, 0]


#: cosine 0.2 with the card collection: too unlike for a word, enough for an owned site
FAR_CARDS = np.array([0.0, 0.98, 0.2, 0.0], dtype=np.float32)


def test_an_owned_site_gathers_a_journey_whose_words_no_model_ties_to_the_topic() -> None:
    # "unseen forces", a card set, bought on the shop where the collection's cards are bought
    assert gardening({"unseen", "forces", "@pokecorner.com"}, FAR_CARDS) == [0, 0, 0, 1, 1, 1]
    # the same likeness through a word alone is not enough
    assert gardening({"unseen", "forces", "pokemon"}, FAR_CARDS) == [0, 0, 0, 1, 1, 2]
    # nor is the site when its floor is raised to the floor for words
    out = gardening({"unseen", "forces", "@pokecorner.com"}, FAR_CARDS, site_min_like=0.3)
    assert out == [0, 0, 0, 1, 1, 2]


#: cosine 0.06 with the card collection: the model ties nothing of the two
FARTHER_CARDS = np.array([0.0, 0.998, 0.06, 0.0], dtype=np.float32)
#: cosine -0.06: the two read as opposite, a little
AGAINST_CARDS = np.array([0.0, 0.998, -0.06, 0.0], dtype=np.float32)


def test_an_owned_site_asks_only_that_the_two_are_not_unlike() -> None:
    # a thesis's LaTeX questions on one Q&A site, and "tikz figure font size" on it too:
    # 0.06 alike as wholes (week118)
    assert gardening({"tikz", "@pokecorner.com"}, FARTHER_CARDS) == [0, 0, 0, 1, 1, 1]
    assert gardening({"tikz", "@pokecorner.com"}, AGAINST_CARDS) == [0, 0, 0, 1, 1, 2]
    out = gardening({"tikz", "@pokecorner.com"}, FARTHER_CARDS, site_min_like=0.1)
    assert out == [0, 0, 0, 1, 1, 2]


def test_a_journey_owning_more_words_but_unlike_gives_way_to_the_next_owner() -> None:
    # the card journey owns three of the small one's words (a title's boilerplate, as
    # "pull request" on a code host), the garden journey one; the small one is like the
    # garden and unlike the cards: it joins the garden
    words = {"daylily", "pull", "request", "dev"}
    out = run(
        [0, 0, 0, 1, 1, 2],
        [3, 3, 3, 3, 3, 2],
        [
            {"daylily", "garden"},
            {"daylily", "photos"},
            {"daffodils", "daylily"},
            {"pull", "request", "dev"},
            {"pull", "request", "dev"},
            words,
        ],
        [GARDEN, GARDEN, GARDEN, CARDS, CARDS, NEAR_GARDEN],
    )
    assert out == [0, 0, 0, 1, 1, 0]


def test_an_owned_site_does_not_glue_opposite_topics() -> None:
    assert gardening({"@pokecorner.com"}, -CARDS) == [0, 0, 0, 1, 1, 2]


def test_unlike_centroids_keep_a_shared_word_from_gluing_topics() -> None:
    # the word points at the gardening journey, the texts are about something else
    assert gardening({"daylily", "lyrics"}, CARDS) == [0, 0, 0, 1, 1, 2]


def test_a_word_used_as_much_elsewhere_is_owned_by_nobody() -> None:
    out = run(
        [0, 0, 1, 1, 2],
        [3, 3, 3, 3, 1],
        [{"guide"}, {"guide"}, {"guide"}, {"guide"}, {"guide"}],
        [GARDEN, GARDEN, GARDEN, GARDEN, GARDEN],
    )
    assert out == [0, 0, 1, 1, 2]


def test_only_an_established_journey_gathers() -> None:
    out = run(
        [0, 0, 1],
        [1, 1, 1],
        [{"perennials"}, {"perennials"}, {"perennials"}],
        [GARDEN, GARDEN, GARDEN],
        established=5,
    )
    assert out == [0, 0, 1]
    assert run([0, 0, 1], [1, 1, 1], [{"perennials"}] * 3, [GARDEN] * 3, established=2) == [0, 0, 0]


def test_a_large_journey_is_never_gathered() -> None:
    out = run(
        [0, 0, 1, 1],
        [10, 10, 11, 1],
        [{"daylily"}, {"daylily"}, {"daylily"}, {"daylily"}],
        [GARDEN] * 4,
        small=10,
    )
    assert out == [0, 0, 1, 1]


def test_the_result_does_not_depend_on_the_labels() -> None:
    words = [{"daylily"}, {"daylily"}, {"daylily", "x"}, {"x"}, {"x"}, {"x"}]
    rows = [GARDEN] * 6
    a = run([0, 0, 1, 2, 2, 2], [3, 3, 1, 3, 3, 3], words, rows, established=2)
    b = run([7, 7, 3, 5, 5, 5], [3, 3, 1, 3, 3, 3], words, rows, established=2)
    # the lone piece has one word owned by each journey: both pick one journey, the same one
    same = [[x == y for y in a] for x in a]
    assert same == [[x == y for y in b] for x in b]
    assert a[2] in (a[0], a[3])


def test_parameters_are_checked() -> None:
    with pytest.raises(ValueError, match="share"):
        GatherParams(share=0.5)
    with pytest.raises(ValueError, match=">= 1"):
        GatherParams(support=0)
    with pytest.raises(ValueError, match=">= 1"):
        GatherParams(rounds=0)
    with pytest.raises(ValueError, match="returned_items"):
        GatherParams(returned_items=0)
    with pytest.raises(ValueError, match="returned_days"):
        GatherParams(returned_days=-1)
    with pytest.raises(ValueError, match="established_min_like"):
        GatherParams(established_min_like=1.5)
    with pytest.raises(ValueError, match="returned_margin"):
        GatherParams(returned_margin=3)


def test_words_are_counted_again_after_each_round() -> None:
    # round 1: the small journey 1 shares "x" with the established journey 0 and joins it;
    # only then does journey 0 own "y", which gathers journey 2 in round 2
    journey = [0, 0, 0, 1, 1, 2]
    sizes = [2, 2, 2, 1, 1, 1]
    words = [{"x"}, {"x"}, {"x"}, {"x", "y"}, {"x", "y"}, {"y"}]
    rows = [GARDEN] * 6
    assert run(journey, sizes, words, rows, rounds=1) == [0, 0, 0, 0, 0, 2]
    assert run(journey, sizes, words, rows) == [0, 0, 0, 0, 0, 0]


def test_a_journey_as_large_joins_the_one_that_started_before_it_not_after() -> None:
    # a website's portfolio templates (seven visits, two pieces saying "squarespace") and its
    # domain set-up (seven visits, one piece saying it): the later one joins the earlier
    words = [{"squarespace", "templates"}, {"squarespace", "portfolio"}, {"squarespace"}, {"dns"}]
    rows = [GARDEN, GARDEN, NEAR_GARDEN, NEAR_GARDEN]
    assert run([0, 0, 1, 1], [4, 3, 4, 3], words, rows) == [0, 0, 0, 0]
    # the same two the other way round in time: the one owning the word started later, and
    # a journey never joins one that started after it unless that one is larger
    later = [words[2], words[3], words[0], words[1]]
    assert run([1, 1, 0, 0], [4, 3, 4, 3], later, [NEAR_GARDEN] * 2 + [GARDEN] * 2) == [1, 1, 0, 0]
    assert run([1, 1, 0, 0], [4, 3, 4, 4], later, [NEAR_GARDEN] * 2 + [GARDEN] * 2) == [0, 0, 0, 0]


#: cosine 0.4 with the gardening season: enough for the first round, not for gathering again
HALF_GARDEN = np.array([0.4, 0.0, 0.0, 0.9165], dtype=np.float32)


def test_gathering_again_asks_the_journeys_to_be_more_alike() -> None:
    from journeys.engine.grouping import _Gathering

    journey = np.array([0, 0, 0, 1, 1, 2], dtype=np.int64)
    sizes = np.array([3, 3, 3, 3, 3, 2], dtype=np.int64)
    words = [{"perennials"}, {"perennials"}, {"perennials"}, {"cards"}, {"cards"}, {"perennials"}]
    rows = [GARDEN, GARDEN, GARDEN, CARDS, CARDS]
    for row, first, again in ((NEAR_GARDEN, 0, 0), (HALF_GARDEN, 0, 2)):
        table = Table.of(np.stack([*rows, row]))
        gathering = _Gathering(sizes, words, words, table, GatherParams(), None)
        assert int(gathering.run(journey)[5]) == first
        assert int(gathering.again(journey)[5]) == again


#: cosine 0.31 with the garden: enough for an owned word on its own
DOG_BED = np.array([0.31, 0.9507, 0.0, 0.0], dtype=np.float32)
#: cosine 0.475 with DOG_BED, 0 with the garden: the dog's adoption pages
ADOPTION = np.array([0.0, 0.5, 0.866, 0.0], dtype=np.float32)


def test_a_shared_word_does_not_outweigh_a_more_alike_journey_nearby() -> None:
    journey = [0, 0, 0, 1, 2]
    sizes = [3, 3, 3, 2, 2]
    words = [{"bed", "raised"}, {"bed", "cedar"}, {"bed", "soil"}, {"bed", "dog"}, {"adoption"}]
    rows = [GARDEN, GARDEN, GARDEN, DOG_BED, ADOPTION]
    # "best dog bed" shares "bed" with the raised beds, 0.31 alike, but the adoption page
    # beside it in time is 0.475 like it: more than the margin (0.1) ahead
    assert run(journey, sizes, words, rows) == [0, 0, 0, 1, 2]
    assert run(journey, sizes, words, rows, rival_margin=0.2) == [0, 0, 0, 0, 2]
    # an adoption page searched long before (four pieces earlier) is out of a window of two
    # pieces each side: then the garden takes it
    journey = [2, 0, 0, 0, 1]
    sizes = [2, 3, 3, 3, 2]
    words = [words[4], words[0], words[1], words[2], words[3]]
    rows = [ADOPTION, GARDEN, GARDEN, GARDEN, DOG_BED]
    assert run(journey, sizes, words, rows, rival_window=2) == [2, 0, 0, 0, 0]
    assert run(journey, sizes, words, rows, rival_window=4) == [2, 0, 0, 0, 1]


def test_a_name_is_owned_like_a_site() -> None:
    from journeys.engine.gather import is_name

    assert is_name("squarespace") and is_name("namecheap")
    assert not is_name("domain") and not is_name("pokemon") and not is_name("registrar")
    assert not is_name("11375") and not is_name("node.js")  # letters only, longer than 3
    # past the 10,000 most used words, a word the sentence model splits is a name too: the
    # model reads "sharepoint" as "share" + "##point", and only the word ties its searches
    assert is_name("sharepoint") and is_name("northwind")
    # not a word it holds whole ("durham", "photography"), nor a common one it splits
    assert not is_name("durham") and not is_name("photography") and not is_name("beginner")
    # nor a word it splits whose stem it knows: "sanding" is "sand", "tiered" is "tier"
    assert not is_name("sanding") and not is_name("tiered") and not is_name("installers")
    # the counts are of words without accents: "méxico" is the known "mexico", no name,
    # and two Spanish titles naming the country ("Servicios de Visa en México", "México
    # Desconocido") no longer tie a visa to a trip (week123); an accented name stays one,
    # and so does a word of another language the English counts lack ("teoría")
    assert not is_name("méxico") and not is_name("café") and not is_name("décor")
    assert is_name("nürburgring") and is_name("citroën") and is_name("teoría")
    # a website's domain set-up, 0.2 like its templates as a whole, shares "squarespace"
    words = [{"squarespace", "templates"}, {"squarespace", "portfolio"}, {"squarespace", "dns"}]
    rows = [CARDS, CARDS, FAR_CARDS]
    assert run([0, 0, 1], [3, 3, 2], words, rows) == [0, 0, 0]
    # a word as rare in a person's history but known to the language needs the word's floor
    words = [{"domain", "templates"}, {"domain", "portfolio"}, {"domain", "dns"}]
    assert run([0, 0, 1], [3, 3, 2], words, rows) == [0, 0, 1]


def test_a_name_only_small_journeys_use_gathers_them_into_the_first() -> None:
    # a monstera's yellow leaves (two pieces), then on other days its repotting, a moss pole
    # and a grow light: no journey is established, all say "monstera"
    words = [
        {"monstera", "yellow"},
        {"monstera", "water"},
        {"monstera", "repot"},
        {"monstera", "moss"},
        {"monstera", "light"},
    ]
    # each 0.6 like the leaves, 0.36 like each other
    near = [np.array([0.6, *np.roll([0.8, 0.0, 0.0], s)], dtype=np.float32) for s in range(3)]
    rows = [GARDEN, GARDEN, *near]
    assert run([0, 0, 1, 2, 3], [2, 2, 2, 2, 2], words, rows) == [0, 0, 0, 0, 0]
    assert run([0, 0, 1, 2, 3], [2, 2, 2, 2, 2], words, rows, scattered=False) == [0, 0, 1, 2, 3]
    # a word known to the language says less: "yellow" alone gathers nothing by this rule
    plain = [{"yellow", "leaves"}, {"yellow", "water"}, {"yellow", "paint"}]
    assert run([0, 0, 1], [2, 2, 2], plain, [GARDEN] * 3, returned=False) == [0, 0, 1]
    # nor does a name gather journeys unlike each other; a little alike is enough (0.1)
    assert run([0, 0, 1], [2, 2, 2], words[:3], [GARDEN, GARDEN, CARDS]) == [0, 0, 1]
    app = np.array([0.27, 0.0, 0.963, 0.0], dtype=np.float32)  # the vacuum's app trouble
    assert run([0, 0, 1], [2, 2, 2], words[:3], [GARDEN, GARDEN, app]) == [0, 0, 0]


def test_a_site_only_small_journeys_use_gathers_them_too() -> None:
    # a helper's work permit (three visits) and, days later, her medical examination (two),
    # both read on the ministry's site, 0.22 alike as wholes: no words in common but hers
    permit = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    medical = np.array([0.22, 0.0, 0.975, 0.0], dtype=np.float32)
    words = [{"permit", "@www.mom.gov.sg"}, {"medical", "@www.mom.gov.sg"}]
    assert run([0, 1], [3, 2], words, [permit, medical], returned=False) == [0, 0]
    assert run([0, 1], [3, 2], words, [permit, medical], scattered=False) == [0, 1]
    # unlike wholes stay apart, as with a name
    assert run([0, 1], [3, 2], words, [permit, CARDS]) == [0, 1]


#: the car's check-engine pages, and a later search on its catalytic converter (0.37 alike)
ENGINE = np.array([0.0, 0.0, 0.0, 1.0], dtype=np.float32)
SENSOR = np.array([0.0, 0.0, 0.93, 0.37], dtype=np.float32)


def test_words_two_journeys_alone_search_gather_the_smaller() -> None:
    # the car (8 items): one piece searched "catalytic converter replacement cost"; a later
    # search "o2 sensor vs catalytic converter" shares two words only the car uses
    journey = [0, 0, 0, 1]
    sizes = [3, 3, 2, 2]
    words = [
        {"check", "engine", "light"},
        {"p0420", "code"},
        {"catalytic", "converter", "cost"},
        {"o2", "sensor", "catalytic", "converter"},
    ]
    rows = [ENGINE, ENGINE, ENGINE, SENSOR]
    assert run(journey, sizes, words, rows) == [0, 0, 0, 0]
    assert run(journey, sizes, words, rows, pair_words=0) == [0, 0, 0, 1]
    # one such word is not enough
    one = [*words[:2], {"catalytic", "cost"}, {"o2", "sensor", "catalytic"}]
    assert run(journey, sizes, one, rows) == [0, 0, 0, 1]
    # the same words in page titles only (a shop's "order confirmation") tie nothing
    typed = [set(), set(), set(), {"o2", "sensor"}]
    assert run(journey, sizes, words, rows, typed) == [0, 0, 0, 1]
    # and a piece of a third journey nearby, any more alike, keeps it apart
    journey, sizes = [0, 0, 0, 2, 1], [3, 3, 2, 2, 2]
    rival = np.array([0.0, 0.0, 0.9, 0.4359], dtype=np.float32)  # 0.999 like SENSOR
    rows = [ENGINE, ENGINE, ENGINE, rival, SENSOR]
    words = [*words[:3], {"exhaust"}, words[3]]
    assert run(journey, sizes, words, rows) == [0, 0, 0, 2, 1]


#: a wedding cake's tiers and pricing (0.6 alike), and a soccer party that also wants a cake
TIERS = np.array([0.0, 1.0, 0.0, 0.0], dtype=np.float32)
PRICING = np.array([0.0, 0.6, 0.8, 0.0], dtype=np.float32)
PARTY = np.array([0.0, 0.3, 0.0, 0.9539], dtype=np.float32)  # 0.3 like the tiers


def test_a_task_searched_again_days_later_is_gathered() -> None:
    # "how to stack a three tier cake" on Monday, "tiered wedding cake pricing per slice" on
    # Wednesday: two small journeys, neither established, both searched "cake"
    words = [{"stack", "tier", "cake"}, {"tiered", "wedding", "cake", "pricing"}]
    rows = [TIERS, PRICING]
    assert run([0, 1], [2, 2], words, rows, days=[0, 2]) == [0, 0]
    assert run([0, 1], [2, 2], words, rows, days=[0, 2], returned=False) == [0, 1]
    # weeks apart, a shared word is a coincidence, not a task taken up again
    assert run([0, 1], [2, 2], words, rows, days=[0, 9]) == [0, 0]  # ten days are near
    assert run([0, 1], [2, 2], words, rows, days=[0, 12]) == [0, 1]
    # the word must be searched by both: a page title's "cake" ties nothing
    typed = [words[0], {"tiered", "wedding", "pricing"}]
    assert run([0, 1], [2, 2], words, rows, typed, days=[0, 2]) == [0, 1]
    # nor does it tie journeys less alike than the floor (a soccer party's cake)
    party = [words[0], {"soccer", "party", "cake"}]
    assert run([0, 1], [2, 2], party, [TIERS, PARTY], days=[0, 2]) == [0, 1]
    # without times, nothing says the task was taken up again
    assert run([0, 1], [2, 2], words, rows) == [0, 1]
    # and only a journey of a few items is gathered so: five visits are a task of their own
    assert run([0, 1], [2, 5], words, rows, days=[0, 2]) == [0, 1]
    # nor where a large journey uses the word too: there, the word is no clue to one task
    three = [*words, {"cake", "stand"}]
    assert run([0, 1, 2], [2, 2, 12], three, [TIERS, PRICING, CARDS], days=[0, 2, 4]) == [0, 1, 2]


def test_no_word_gathers_journeys_a_month_apart() -> None:
    # a word owned by the gardening season gathers a small journey days after its last
    # piece, not one searched a month later: a new task of the same kind
    words = [{"daylily", "garden"}, {"daylily", "photos"}, {"daylily", "divide"}]
    rows = [GARDEN, GARDEN, NEAR_GARDEN]
    assert run([0, 0, 1], [3, 3, 2], words, rows, days=[0, 1, 5]) == [0, 0, 0]
    assert run([0, 0, 1], [3, 3, 2], words, rows, days=[0, 1, 40]) == [0, 0, 1]
    assert run([0, 0, 1], [3, 3, 2], words, rows, days=[0, 1, 40], max_days=60) == [0, 0, 0]
    # without times (a query log with none), the word gathers as before
    assert run([0, 0, 1], [3, 3, 2], words, rows) == [0, 0, 0]


def test_a_task_taken_up_again_joins_the_journey_like_it_not_the_largest() -> None:
    # the soccer league (8 items) also searched "cake" for its end-of-season party; the
    # wedding cake's tiers (2 items) on Monday, its pricing (2 items) on Wednesday
    words = [{"soccer", "party", "cake"}, {"stack", "tier", "cake"}, {"wedding", "cake"}]
    rows = [PARTY, TIERS, PRICING]
    assert run([0, 1, 2], [8, 2, 2], words, rows, days=[1, 0, 2]) == [0, 1, 1]


def test_a_journey_established_itself_asks_more_likeness_of_the_owner() -> None:
    # a health inspection (6 items) says "bakery", which the bakery's Instagram owns; the two
    # are 0.33 alike as wholes: enough to gather a journey of two visits, not a task of six
    third = np.array([0.33, 0.944, 0.0, 0.0], dtype=np.float32)
    words = [
        {"perennials", "garden"},
        {"perennials", "photos"},
        {"perennials", "bed"},
        {"perennials"},
    ]
    rows = [GARDEN, GARDEN, GARDEN, third]
    assert run([0, 0, 0, 1], [3, 3, 3, 2], words, rows) == [0, 0, 0, 0]
    assert run([0, 0, 0, 1], [3, 3, 3, 6], words, rows) == [0, 0, 0, 1]
    assert run([0, 0, 0, 1], [3, 3, 3, 6], words, rows, established_min_like=0.3) == [0, 0, 0, 0]


def test_a_word_searched_in_unlike_journeys_gathers_none() -> None:
    # a student's sublet (Monday) and a bar for a friend's birthday (Tuesday) both search
    # "madison", 0.42 alike as wholes; so does an internship search, unlike both: the city
    # is the person's, not one task's
    sublet = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    bar = np.array([0.42, 0.9075, 0.0, 0.0], dtype=np.float32)
    internship = np.array([0.0, 0.0, 1.0, 0.0], dtype=np.float32)
    words = [{"summer", "sublet", "madison"}, {"bar", "room", "madison"}]
    assert run([0, 1], [2, 2], words, [sublet, bar], days=[0, 1]) == [0, 0]
    three = [{"internship", "madison"}, *words]
    rows = [internship, sublet, bar]
    assert run([0, 1, 2], [2, 2, 2], three, rows, days=[0, 0, 1]) == [0, 1, 2]
    assert run([0, 1, 2], [2, 2, 2], three, rows, days=[0, 0, 1], returned_coherence=0.2) == [
        0,
        1,
        1,
    ]


def test_a_task_taken_up_again_may_be_six_items_and_join_an_established_one() -> None:
    # old planks sanded on day 0 (7 items), then oiled and their gaps filled on day 3
    # (5 items), a threshold strip on day 6 (2 items): all three searched "planks",
    # so no journey owns the word and only a task taken up again may gather by it
    words = [{"sanding", "planks"}, {"oil", "planks"}, {"threshold", "planks"}]
    strip = np.array([0.3, 0.0, 0.0, 0.954], dtype=np.float32)  # 0.3 like the sanding
    rows = [GARDEN, NEAR_GARDEN, strip]
    out = run([0, 1, 2], [7, 5, 2], words, rows, days=[0, 3, 6])
    assert out[1] == out[0] == 0
    assert run([0, 1, 2], [7, 5, 2], words, rows, days=[0, 3, 6], returned_items=4)[1] == 1
    # seven items are a task of their own
    assert run([0, 1, 2], [9, 7, 2], words, rows, days=[0, 3, 6])[1] == 1


#: cosine 0.37 with the garden: enough for two words searched in common, not for gathering
#: again by an owned word alone
LEAGUE = np.array([0.37, 0.929, 0.0, 0.0], dtype=np.float32)


def test_an_owned_word_counts_as_one_of_two_searched_in_common_when_gathering_again() -> None:
    from journeys.engine.grouping import _Gathering

    # university applications (9 items): "durham" in two pieces, "psychology" in one; a
    # later evening's league table and student finance (4 items) searched both
    journey = np.array([0, 0, 0, 1], dtype=np.int64)
    sizes = np.array([3, 3, 3, 4], dtype=np.int64)
    words = [{"durham", "open"}, {"durham", "halls"}, {"psychology", "statement"}]
    table = Table.of(np.stack([GARDEN, GARDEN, GARDEN, LEAGUE]))
    both = [*words, {"durham", "psychology", "league"}]
    gathering = _Gathering(sizes, both, both, table, GatherParams(), None)
    assert gathering.again(journey).tolist() == [0, 0, 0, 0]
    # "durham" alone is owned, but gathering again asks 0.45 of an owned word
    one = [*words, {"durham", "league"}]
    gathering = _Gathering(sizes, one, one, table, GatherParams(), None)
    assert gathering.again(journey).tolist() == [0, 0, 0, 1]


#: cosine 0.36 with the garden: enough for an owned word, were it not incidental
BIKE = np.array([0.36, 0.933, 0.0, 0.0], dtype=np.float32)


def test_an_established_journey_is_not_gathered_by_one_incidental_word() -> None:
    # the home battery (5 pieces, all saying "battery"); an e-bike (4 pieces, 8 items),
    # one of which searched "e-bike battery range winter"
    solar = [{"battery", "rebate"}, {"battery", "powerwall"}, {"battery", "installers"}]
    bike = [{"ebike", "commuting"}, {"ebike", "motor"}, {"ebike", "shops"}]
    rows = [GARDEN] * 3 + [BIKE] * 4
    journey = [0, 0, 0, 1, 1, 1, 1]
    once = [*solar, *bike, {"ebike", "battery", "range"}]
    assert run(journey, [4, 4, 4, 2, 2, 2, 2], once, rows) == journey
    # a journey of a few visits is still gathered by it
    assert run(journey, [4, 4, 4, 1, 1, 1, 1], once, rows) == [0] * 7
    # as is one half of whose pieces use the word, or that shares two such words
    most = [*solar, {"ebike", "battery"}, bike[1], bike[2], once[-1]]
    assert run(journey, [4, 4, 4, 2, 2, 2, 2], most, rows) == [0] * 7
    # but not one that says it as often as the journey owning it: it is as much its own
    # (thirty-ninth session)
    often = [*solar, {"ebike", "battery"}, bike[1], {"ebike", "battery"}, once[-1]]
    assert run(journey, [4, 4, 4, 2, 2, 2, 2], often, rows) == journey
    two = [*solar[:2], {"battery", "rebate"}, *bike, {"ebike", "battery", "rebate"}]
    assert run(journey, [4, 4, 4, 2, 2, 2, 2], two, rows) == [0] * 7
    assert run(journey, [4, 4, 4, 2, 2, 2, 2], once, rows, central=0.25) == [0] * 7


def test_two_words_only_two_small_journeys_searched_gather_them() -> None:
    # a concert in London: its tickets and a hotel by the arena (4 items), the flights and
    # the airport train (4 items), three days apart; only these two searched "london" and
    # "greenwich", and the two are 0.33 alike as wholes: under the 0.35 a lone word asks
    flights = np.array([0.33, 0.944, 0.0, 0.0], dtype=np.float32)
    words = [{"london", "greenwich", "arena", "tickets"}, {"london", "greenwich", "stansted"}]
    rows = [GARDEN, flights]
    assert run([0, 1], [4, 4], words, rows, days=[0, 3]) == [0, 0]
    assert run([0, 1], [4, 4], words, rows, days=[0, 3], pair_small=False) == [0, 1]
    # one such word is not enough, nor two more than ten days apart
    one = [{"london", "arena", "tickets"}, {"london", "stansted"}]
    assert run([0, 1], [4, 4], one, rows, days=[0, 3]) == [0, 1]
    assert run([0, 1], [4, 4], words, rows, days=[0, 11]) == [0, 1]
    # nor words a third journey searched too
    third = [*words, {"greenwich", "market"}]
    assert run([0, 1, 2], [4, 4, 2], third, [*rows, CARDS], days=[0, 3, 5]) == [0, 1, 2]
    # nor words only seen on pages, not searched by both
    typed = [{"london", "greenwich", "arena", "tickets"}, {"stansted"}]
    assert run([0, 1], [4, 4], words, rows, typed=typed, days=[0, 3]) == [0, 1]


def test_a_name_an_established_journey_says_in_passing_must_beat_its_rivals() -> None:
    # a daughter's GCSE maths tutor (three pieces, all saying "gcse"); a teacher's lesson on
    # volcanoes (three pieces, nine items), one of which searched "volcano card sort gcse";
    # the lesson's own pages on Mount St. Helens, a journey of their own nearby
    assert is_name("gcse")
    lesson, tutor = np.array([1.0, 0, 0, 0]), np.array([0.2, 0.98, 0, 0])  # 0.2 alike
    st_helens = np.array([0.9, 0, 0.436, 0])  # 0.9 like the lesson
    tutoring = [{"gcse", "maths", "tutor"}, {"gcse", "tier"}, {"gcse", "anxiety"}]
    teaching = [{"volcano", "lesson"}, {"plate", "boundaries"}, {"volcano", "gcse", "sort"}]
    words = [*tutoring, *teaching, {"eruption", "helens"}]
    rows = [tutor] * 3 + [lesson] * 3 + [st_helens]
    journey = [0, 0, 0, 1, 1, 1, 2]
    sizes = [4, 4, 4, 3, 3, 3, 5]
    assert run(journey, sizes, words, rows) == journey
    # with no journey nearby more alike, the name says enough (a site's floor, 0.1)
    unlike = np.array([0, 0, 0, 1.0])
    assert run(journey, sizes, words, [*rows[:6], unlike]) == [0] * 6 + [2]
    # as it does where half of its pieces or more say it, or where the journey is small
    often = [*tutoring, {"volcano", "gcse"}, teaching[1], teaching[2], words[-1]]
    assert run(journey, sizes, often, rows) == [0] * 6 + [2]
    assert run(journey, [4, 4, 4, 1, 1, 1, 5], words, rows) == [0] * 6 + [2]


def test_a_site_an_established_journey_visits_in_passing_asks_a_words_likeness() -> None:
    # a pod killed for its memory (three pieces, two of them merge requests on the
    # workplace's code host); a Terraform state lock (three pieces, ten items), one of which
    # opened a merge request there: 0.23 alike as wholes
    pod, lock = np.array([1.0, 0, 0, 0]), np.array([0.23, 0.973, 0, 0])
    site = "@gitlab.acme.internal"
    memory = [{"oomkilled", "pod"}, {"memory", site}, {"limit", site}]
    state = [{"terraform", "state"}, {"dynamodb", "stale", site}, {"unlock", "backend"}]
    journey = [0, 0, 0, 1, 1, 1]
    rows = [pod] * 3 + [lock] * 3
    assert run(journey, [4, 4, 4, 4, 3, 3], [*memory, *state], rows) == journey
    # alike as a word asks (0.35), the site gathers it; and a journey of a few visits, or
    # one whose pieces mostly visit the site, needs only a site's likeness
    alike = np.array([0.4, 0.917, 0, 0])
    assert run(journey, [4, 4, 4, 4, 3, 3], [*memory, *state], [*rows[:3], *[alike] * 3]) == [0] * 6
    assert run(journey, [4, 4, 4, 1, 1, 1], [*memory, *state], rows) == [0] * 6
    often = [state[0] | {site}, state[1], state[2] | {site}]
    assert run(journey, [4, 4, 4, 4, 3, 3], [*memory, *often], rows) == [0] * 6


def test_a_town_only_two_journeys_searched_is_owned_like_a_name() -> None:
    # a conference's hotels in Vancouver (two pieces, six visits) and, three days later, the
    # train from its airport (two visits): 0.26 alike as wholes, both searched "vancouver"
    hotels = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    train = np.array([0.26, 0.0, 0.9656, 0.0], dtype=np.float32)
    words = [{"vancouver", "hotel"}, {"vancouver", "icml"}, {"vancouver", "skytrain"}]
    rows = [hotels, hotels, train]
    town = frozenset({"vancouver"})
    assert run([0, 0, 1], [3, 3, 2], words, rows, days=[0, 0, 3], town_words=town) == [0, 0, 0]
    # a word of the language asks more
    assert run([0, 0, 1], [3, 3, 2], words, rows, days=[0, 0, 3]) == [0, 0, 1]
    # a town a third journey searched too is the person's, maybe: a word again
    third = np.array([0.0, 0.0, 0.0, 1.0], dtype=np.float32)
    words.append({"vancouver", "dentist"})
    got = run([0, 0, 1, 2], [3, 3, 2, 2], words, [*rows, third], days=[0, 0, 3, 4], town_words=town)
    assert got == [0, 0, 1, 2]


def test_the_word_searched_by_fewest_journeys_decides_coherence() -> None:
    # a visa's application and its biometrics (0.47 alike) both searched "canada" and
    # "visa"; the airport train of the trip searched "canada" too (0.11 like the biometrics):
    # "canada" is not coherent (0.29 on average), "visa" is, and either order of the words
    # gathers the two
    application = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    biometrics = np.array([0.47, 0.8827, 0.0, 0.0], dtype=np.float32)
    train = np.array([0.0, 0.1246, 0.9922, 0.0], dtype=np.float32)
    rows = [application, biometrics, train]
    for first, second in (("canada", "visa"), ("visa", "canada")):
        words = [{first, second, "processing"}, {second, first, "biometrics"}, {"canada"}]
        assert run([0, 1, 2], [2, 2, 2], words, rows, days=[0, 2, 4]) == [0, 0, 2]


def test_a_town_three_journeys_searched_in_passing_gathers_none_as_a_task_taken_up_again() -> None:
    # a restaurant owner in Chicago (week100): his health inspection names "chicago" in both
    # of its pieces, his line cook's hiring in one of its three, his cooler's repair in its
    # one; the hiring and the inspection are 0.46 alike as wholes (both are his restaurant's)
    inspection = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    hiring = np.array([0.46, 0.888, 0.0, 0.0], dtype=np.float32)
    repair = np.array([0.45, 0.0, 0.893, 0.0], dtype=np.float32)
    words = [
        {"inspection", "checklist", "chicago"},
        {"inspection", "violation", "chicago"},
        {"line", "cook", "posting"},
        {"line", "cook", "wage", "chicago"},
        {"line", "cook", "interview"},
        {"refrigeration", "repair", "chicago"},
    ]
    journey, sizes = [0, 0, 1, 1, 1, 2], [4, 4, 2, 2, 2, 2]
    rows = [inspection, inspection, hiring, hiring, hiring, repair]
    days = [0, 8, 2, 2, 5, 1]
    town = frozenset({"chicago"})
    # the hiring says the town in passing: it stays apart; the repair says it in all it
    # searched, and is gathered as before
    assert run(journey, sizes, words, rows, days=days, town_words=town) == [0, 0, 1, 1, 1, 0]
    # a word of the language, not a town, gathers as before
    assert run(journey, sizes, words, rows, days=days) == [0, 0, 0, 0, 0, 0]


def test_a_town_a_trip_searched_in_one_sitting_is_no_town_three_journeys_searched() -> None:
    # a hen weekend in Edinburgh (week172): its cocktail class searched "edinburgh" once,
    # its party games not at all (five visits); three days later, in one sitting, the train
    # and a flat there, each a journey of two visits before any gathering, 0.25 like the hen
    # do as a whole
    hen = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    trip = np.array([0.25, 0.0, 0.9682, 0.0], dtype=np.float32)
    words = [
        {"edinburgh", "hen", "cocktail"},
        {"hen", "party", "games"},
        {"lner", "edinburgh", "trains"},
        {"airbnb", "edinburgh", "sleeps"},
    ]
    journey, sizes, rows = [0, 0, 1, 2], [3, 2, 2, 2], [hen, hen, trip, trip]
    town = frozenset({"edinburgh"})
    # three journeys searched the town, but on two days: a trip's, not where she lives;
    # every piece of the trip names it, and it joins the hen do
    got = run(journey, sizes, words, rows, days=[0, 8, 3, 3.01], town_words=town)
    assert got == [0, 0, 0, 0]
    # searched on three days, it may be where she is: the trip is one, and stays apart
    got = run(journey, sizes, words, rows, days=[0, 8, 3, 5], town_words=town)
    assert got == [0, 0, 1, 1]
    # a trip that names it in one of its two pieces is not gathered by it
    words[3] = {"airbnb", "old", "sleeps"}
    got = run(journey, sizes, words, rows, days=[0, 8, 3, 3.01], town_words=town)
    assert got[2] != 0


#: cosine 0.37 with the garden: enough for an established small journey's owned word
CONFERENCE = np.array([0.37, 0.929, 0.0, 0.0], dtype=np.float32)


def test_one_word_of_titles_alone_gathers_no_established_journey() -> None:
    # a vet's reading on a cat's hyperthyroidism (three pieces, nine items) on sites named
    # "Veterinary" (a teaching hospital, a journal, a manual), and her veterinary conference
    # (two pieces, six items), whose registration page says it too: neither searched it
    # (week107, thirty-first session)
    cat = [
        {"feline", "hyperthyroidism", "veterinary"},
        {"radioiodine", "cats", "veterinary"},
        {"methimazole", "veterinary"},
    ]
    conference = [{"pacific", "conference", "veterinary"}, {"diego", "hotels"}]
    typed = [w - {"veterinary"} for w in cat + conference]
    rows = [GARDEN] * 3 + [CONFERENCE] * 2
    journey, sizes = [0, 0, 0, 1, 1], [3, 3, 3, 3, 3]
    assert run(journey, sizes, cat + conference, rows, typed=typed) == journey
    assert run(journey, sizes, cat + conference, rows, typed=typed, unsaid=1) == [0] * 5
    # searched by either, the word gathers as before
    said = [*typed[:3], typed[3] | {"veterinary"}, typed[4]]
    assert run(journey, sizes, cat + conference, rows, typed=said) == [0] * 5
    # two such words are a place's name ("Mt. Hood National Forest" in the titles of both
    # halves of a camping weekend) and gather it
    forest = [w | {"forest"} for w in cat] + [conference[0] | {"forest"}, conference[1]]
    assert run(journey, sizes, forest, rows, typed=typed) == [0] * 5
    with pytest.raises(ValueError, match="unsaid"):
        GatherParams(unsaid=0)


def test_a_country_a_small_journey_names_in_passing_asks_a_words_likeness() -> None:
    from journeys.engine.gather import land_word

    # a developer in Warsaw: his bathroom (three pieces), whose plumber he searched in
    # "warszawa" once, and a running watch (one piece) searched with "poland", both read
    # as Poland's; 0.21 alike as wholes (week108, thirty-first session)
    poland = land_word("PL")
    watch = np.array([0.21, 0.0, 0.978, 0.0], dtype=np.float32)
    words = [{"tiles", "bathroom"}, {"shower", "bathroom"}, {poland, "plumber", "bathroom"}]
    words.append({poland, "forerunner", "watch"})
    rows = [GARDEN] * 3 + [watch]
    assert run([0, 0, 0, 1], [2, 2, 2, 4], words, rows, returned=False) == [0, 0, 0, 1]
    # a site's floor (0.1) would have joined them
    assert run([0, 0, 0, 1], [2, 2, 2, 4], words, rows, returned=False, min_like=0.2) == [0] * 4
    # as it still does where both name the country in half their pieces or more: a
    # visa for Canada and a hotel in Vancouver, a search each (test_destinations)
    both = [words[2] | {"bathroom"}, words[3]]
    assert run([0, 1], [3, 4], both, [GARDEN, watch], returned=False) == [1, 1]


def test_a_task_saying_a_word_as_often_as_its_owner_is_not_gathered_by_it() -> None:
    # a daycare (three pieces, fifteen visits) searched "infant" in each piece; a baby
    # monitor (three pieces, seven visits, "Infant Optics") says it in each of its own: as
    # much its word as the daycare's, so 0.4 likeness as wholes gathers nothing
    daycare = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    monitor = np.array([0.4, 0.9165, 0.0, 0.0], dtype=np.float32)
    words = [
        {"infant", "daycare", "denver"},
        {"infant", "daycare", "cost"},
        {"infant", "tour", "questions"},
        {"infant", "optics", "monitor"},
        {"infant", "optics", "range"},
        {"infant", "nanit", "owlet"},
    ]
    rows = [daycare] * 3 + [monitor] * 3
    journey = [0, 0, 0, 1, 1, 1]
    assert run(journey, [5, 5, 5, 3, 2, 2], words, rows, days=[0, 1, 2, 0, 1, 2]) == journey
    # said by fewer of its pieces, the word is the daycare's, and gathers it
    fewer = [*words[:3], words[3], words[4], {"nanit", "owlet"}]
    got = run(journey, [5, 5, 5, 3, 2, 2], fewer, rows, days=[0, 1, 2, 0, 1, 2])
    assert got == [0] * 6


def test_a_site_a_small_journeys_search_names_is_owned_by_the_journey_that_read_it() -> None:
    # a road bike bought off Craigslist (four pieces, nine visits; one read its listings)
    # and, days later, "craigslist bike scam avoid meeting safe place" (two visits, 0.2
    # like the bike as a whole): the site its search names is the bike's
    bike = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    scam = np.array([0.2, 0.0, 0.9798, 0.0], dtype=np.float32)
    site = "@boston.craigslist.org"
    words = [{"road", "bike", site}, {"bike", "check"}, {"trek", "value"}, {"trek", "size"}]
    rows = [bike] * 4 + [scam]
    journey = [0, 0, 0, 0, 1]
    typed = [{"road", "bike"}, {"bike", "check"}, {"trek", "value"}, {"trek", "size"}]
    named = run(
        journey,
        [3, 2, 2, 2, 2],
        [*words, {"craigslist", "scam", site}],
        rows,
        typed=[*typed, {"craigslist", "scam", site}],
        days=[0, 1, 2, 3, 4],
    )
    assert named == [0] * 5
    # a site read by both, not named, asks two pieces of the journey owning it
    read = run(
        journey,
        [3, 2, 2, 2, 2],
        [*words, {"scam", "meeting", site}],
        rows,
        typed=[*typed, {"scam", "meeting"}],
        days=[0, 1, 2, 3, 4],
    )
    assert read == journey


def test_a_comparison_ties_no_two_tasks() -> None:
    # a farmer's crop insurance (seven items) compares in two searches, and a used grain
    # cart, days later, in its one: "vs" was a word the insurance owned, and the two, 0.39
    # alike as wholes, were one journey (week106)
    searches = [
        "revenue protection vs yield protection iowa corn 2027",
        "enterprise units vs optional units crop insurance premium",
        "crop insurance harvest price option worth it 2027",
        "kinze 850 versus brent 782 grain cart",
    ]
    cart = np.array([0.39, np.sqrt(1 - 0.39**2), 0.0, 0.0], dtype=np.float32)
    words = [plain_terms(s) for s in searches]
    assert "vs" not in words[0] and "versus" not in words[3] and "kinze" in words[3]
    out = run([0, 0, 0, 1], [3, 2, 2, 2], words, [GARDEN, GARDEN, GARDEN, cart])
    assert out == [0, 0, 0, 1]
    # the same journeys with a word of the task in common are gathered, as before
    words[3] |= {"insurance"}
    assert run([0, 0, 0, 1], [3, 2, 2, 2], words, [GARDEN, GARDEN, GARDEN, cart]) == [0, 0, 0, 0]
