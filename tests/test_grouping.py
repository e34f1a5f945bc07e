"""The grouping engine on hand-made histories: navigation, meaning, habits, interleaving."""

from __future__ import annotations

import numpy as np
import pytest

from journeys.engine.embedding import HashingEmbedder
from journeys.engine.grouping import UNASSIGNED, GroupParams, Item, group
from journeys.engine.minilm import MiniLMEmbedder

MIN = 60_000_000
DAY = 24 * 60 * MIN


def _group(items: list[Item], embedder: object = None) -> tuple[list[int], list[int], list[int]]:
    e = embedder or HashingEmbedder()
    vectors = e.embed([it.text for it in items])  # type: ignore[attr-defined]
    g = group(items, vectors)
    return g.session, g.task, g.journey


def test_navigation_is_the_floor() -> None:
    # pages opened from a search belong to it whatever their titles say
    items = [
        Item(0, "kyoto hotels april", "kyoto hotels april", "google.com"),
        Item(1 * MIN, "Booking.com: the best deals", "", "booking.com", parent=0),
        Item(2 * MIN, "Gion Hatanaka | JAPANiCAN", "", "japanican.com", parent=1),
    ]
    _, task, journey = _group(items)
    assert journey[0] == journey[1] == journey[2] != UNASSIGNED
    assert task[0] == task[1] == task[2]


def test_reworded_searches_days_apart_join_by_meaning() -> None:
    items = [
        Item(0, "cheap flights to japan", "cheap flights to japan"),
        Item(5 * MIN, "sourdough starter not rising", "sourdough starter not rising"),
        Item(2 * DAY, "japan flight prices", "japan flight prices"),
        Item(2 * DAY + 3 * MIN, "how to feed a bread starter", "how to feed a bread starter"),
    ]
    session, _, journey = _group(items, MiniLMEmbedder())
    assert session[0] != session[2]  # two days apart: two sittings
    assert journey[0] == journey[2] and journey[1] == journey[3]
    assert journey[0] != journey[1]


def test_a_task_like_one_months_before_is_a_journey_of_its_own() -> None:
    # a trip planned in spring and another one in the autumn: alike by meaning, but months
    # apart; the same searches weeks apart are one task taken up again
    spring = [
        Item(0, "lisbon hotels may", "lisbon hotels may", "booking.com"),
        Item(5 * MIN, "lisbon hotels alfama", "lisbon hotels alfama", "booking.com"),
    ]

    def later(days: float) -> list[Item]:
        t = int(days * DAY)
        return [
            Item(t, "porto hotels october", "porto hotels october", "booking.com"),
            Item(t + 5 * MIN, "porto hotels ribeira", "porto hotels ribeira", "booking.com"),
        ]

    e = MiniLMEmbedder()
    _, _, soon = _group(spring + later(20), e)
    _, _, months = _group(spring + later(180), e)
    assert soon[0] == soon[2]
    assert months[0] == months[1] and months[2] == months[3] and months[0] != months[2]
    # without the decay, months apart are as near as days
    items = spring + later(180)
    vectors = e.embed([it.text for it in items])
    assert len(set(group(items, vectors, GroupParams(decay=0.0)).journey)) == 1
    with pytest.raises(ValueError):
        GroupParams(decay_after_days=-1)


def test_habit_visits_never_glue_tasks() -> None:
    items = [
        Item(0, "rust borrow checker", "rust borrow checker", "google.com"),
        Item(1 * MIN, "YouTube", "", "youtube.com", noise=True),
        Item(2 * MIN, "YouTube", "", "youtube.com", noise=True),
        Item(3 * MIN, "sourdough hydration", "sourdough hydration", "google.com"),
    ]
    _, task, journey = _group(items)
    assert journey[1] == journey[2] == UNASSIGNED and task[1] == UNASSIGNED
    assert journey[0] != journey[3]


def test_pages_opened_from_one_habit_page_are_not_tied_by_it() -> None:
    # a forum's front page opens a trip's thread and a programming thread: two tasks
    items = [
        Item(0, "Reddit - Dive into anything", "", "reddit.com", noise=True),
        Item(MIN, "Best ryokan in Kyoto for a first trip? : r/JapanTravel", "", "reddit.com", 0),
        Item(2 * MIN, "Fighting the borrow checker with async closures : r/rust", "", "", 0),
        Item(DAY, "kyoto ryokan with private onsen", "kyoto ryokan with private onsen"),
        Item(DAY + MIN, "rust async closure borrow error", "rust async closure borrow error"),
    ]
    _, _, journey = _group(items, MiniLMEmbedder())
    assert journey[0] == UNASSIGNED
    assert journey[1] == journey[3] != journey[2] == journey[4]


def test_interleaved_tasks_stay_apart_and_tasks_interleave() -> None:
    a = "kubernetes pod oomkilled memory limit"
    b = "standing desk under 400 review"
    items = [
        Item(k * 2 * MIN, text, text) for k, text in enumerate([a, b, a + " java", b + " uplift"])
    ]
    session, task, journey = _group(items)
    assert len(set(session)) == 1
    assert journey[0] == journey[2] != journey[1] == journey[3]
    assert task[0] == task[2] != task[1] == task[3]


def test_a_lone_page_stays_unassigned_but_a_lone_search_does_not() -> None:
    items = [
        Item(0, "weather tomorrow", "weather tomorrow"),
        Item(3 * DAY, "Some article about gardening", ""),
    ]
    _, _, journey = _group(items)
    assert journey[0] != UNASSIGNED and journey[1] == UNASSIGNED
    g = group(items, HashingEmbedder().embed([i.text for i in items]), GroupParams(lone_pages=True))
    assert UNASSIGNED not in g.journey


def test_one_article_read_from_a_habit_page_is_a_stray_read() -> None:
    # the front page is a habit; the article opened from it is the journey's only real page
    items = [
        Item(0, "Home - BBC News", "", "bbc.co.uk", noise=True),
        Item(MIN, "Storms sweep across northern Europe - BBC News", "", "bbc.co.uk", parent=0),
        Item(DAY, "lisbon hotels may", "lisbon hotels may", "bing.com"),
        Item(DAY + MIN, "Home - BBC News", "", "bbc.co.uk", noise=True),
        Item(DAY + 2 * MIN, "Hotels in Lisbon", "", "booking.com", parent=2),
    ]
    _, _, journey = _group(items)
    assert journey[0] == journey[1] == journey[3] == UNASSIGNED
    assert journey[2] == journey[4] != UNASSIGNED
    # two articles read from it are stray reads too, as is each day's crossword opened from
    # the crosswords' front page: no search, and no page reached from anything but a habit
    front = Item(0, "Home - BBC News", "", "bbc.co.uk", noise=True)
    storm = Item(MIN, "Storms sweep across northern Europe - BBC News", "", "bbc.co.uk", parent=0)
    damage = Item(2 * MIN, "Storm damage in Europe - BBC News", "", "bbc.co.uk", parent=0)
    _, _, journey = _group([front, storm, damage])
    assert journey == [UNASSIGNED] * 3
    # but an article that led on to another page is followed up: a topic of its own
    claims = Item(3 * MIN, "Storm damage insurance claims in Europe", "", "which.co.uk", parent=2)
    _, _, journey = _group([front, storm, damage, claims])
    assert journey[1] == journey[2] == journey[3] != UNASSIGNED


def test_a_newspaper_read_from_habit_ties_no_two_tasks_by_its_pages() -> None:
    # a man reads VnExpress's front page each day, and two of its pages answer searches of
    # two tasks (week147): its pages are about anything, so the site ties nothing; a site
    # not read from habit still counts as shared by the two
    bike = "motorbike registration online how long"
    tax = "income tax settlement deadline 2026"

    def tasks(at: int) -> list[Item]:
        return [
            Item(DAY + MIN, bike, bike, "google.com"),
            Item(DAY + 2 * MIN, "How long registration takes", "", "vnexpress.net", parent=at),
            Item(3 * DAY, tax, tax, "google.com"),
            Item(3 * DAY + MIN, "The 2026 deadline", "", "vnexpress.net", parent=at + 2),
        ]

    front = [
        Item(0, "VnExpress - news", "", "vnexpress.net", noise=True),
        Item(DAY, "VnExpress - news", "", "vnexpress.net", noise=True),
    ]
    _, _, journey = _group(front + tasks(2), MiniLMEmbedder())
    assert journey[2] == journey[3] != journey[4] == journey[5]
    _, _, journey = _group(tasks(0), MiniLMEmbedder())
    assert len(set(journey)) == 1


def test_two_purchases_on_one_store_are_not_tied_by_its_thanks() -> None:
    # a baby monitor bought on Amazon, and a car seat three days later: each a product page
    # and the store's "Amazon.com Thanks You" (week152). The confirmation says nothing of
    # what was bought, so it is no part of what either piece is like
    def bought(at: int, product: str, first: int) -> list[Item]:
        return [
            Item(at, product, "", "amazon.com"),
            Item(at + MIN, "Amazon.com Thanks You", "", "amazon.com", parent=first),
        ]

    items = [
        *bought(0, "Amazon.com : Infant Optics DXR-8 PRO Video Baby Monitor : Baby", 0),
        *bought(3 * DAY, "Amazon.com : Graco Extend2Fit Convertible Car Seat, Gotham : Baby", 2),
    ]
    _, _, journey = _group(items, MiniLMEmbedder())
    assert journey[0] == journey[1] != journey[2] == journey[3]


def _searched(items: list[Item], at: int, query: str, *pages: tuple[str, str]) -> None:
    """A search on Google at ``at`` and the ``pages`` (title, host) opened from it, a
    minute apart, added to ``items``."""
    first = len(items)
    items.append(Item(at, query, query, "google.com"))
    for k, (title, host) in enumerate(pages, 1):
        items.append(Item(at + k * MIN, title, "", host, parent=first))


def test_a_search_naming_a_site_uses_the_site() -> None:
    # a paper's related work read on arXiv over three days, and in between "overleaf bibtex
    # cite arxiv preprint natbib" (week151): the model finds it unlike the papers, but it
    # names the site the paper's pieces read, and so joins them
    items: list[Item] = []

    def searched(at: int, query: str, *pages: tuple[str, str]) -> None:
        _searched(items, at, query, *pages)

    searched(
        0,
        "graph neural network traffic forecasting",
        ("Diffusion Convolutional Recurrent Neural Network: Traffic Forecasting", "arxiv.org"),
        ("Graph WaveNet for Deep Spatial-Temporal Graph Modeling", "arxiv.org"),
    )
    searched(
        DAY,
        "spatio-temporal transformer traffic forecasting",
        ("Spatial-Temporal Transformer Networks for Traffic Flow Forecasting", "arxiv.org"),
    )
    searched(
        DAY + 180 * MIN,
        "overleaf bibtex cite arxiv preprint natbib",
        ("Bibliography management with natbib - Overleaf, Online LaTeX Editor", "overleaf.com"),
    )
    searched(
        2 * DAY,
        "adaptive graph convolution traffic forecasting",
        ("Adaptive Graph Convolutional Recurrent Network for Traffic Forecasting", "arxiv.org"),
    )
    _, _, journey = _group(items, MiniLMEmbedder())
    assert len(set(journey)) == 1


def test_a_search_naming_shops_by_their_initials_uses_their_sites() -> None:
    # a used lens looked at on mpb.com and keh.com, and two days later "mpb vs keh buying
    # used lens warranty" and a thread on it (week165): three letters are no name to
    # ``gather.is_name``, but no sentence model reads "mpb" or "keh" as a word either
    items: list[Item] = []

    def searched(at: int, query: str, *pages: tuple[str, str]) -> None:
        _searched(items, at, query, *pages)

    searched(
        0,
        "sony 70-200 gm ii vs tamron 70-180 g2 for weddings",
        ("Sony FE 70-200mm F2.8 GM OSS II review: Digital Photography Review", "dpreview.com"),
    )
    searched(
        DAY,
        "tamron 70-180 g2 used price",
        ("Used Tamron 70-180mm f/2.8 Di III VC VXD G2 Sony FE | MPB", "mpb.com"),
        ("Tamron 70-180mm F/2.8 Di III VC VXD G2 Sony E | KEH Camera", "keh.com"),
    )
    searched(
        DAY + 200 * MIN,
        "healthcare.gov plans tennessee self employed",
        ("Health coverage for self-employed people | HealthCare.gov", "healthcare.gov"),
    )
    searched(
        3 * DAY,
        "mpb vs keh buying used lens warranty",
        ("MPB vs KEH for used gear? : r/photography", "reddit.com"),
    )
    searched(
        4 * DAY,
        "tamron 70-180 g2 eye af tracking a7iv",
        ("Tamron 70-180mm f/2.8 Di III VC VXD G2 Lens for Sony E | B&H", "bhphotovideo.com"),
    )
    _, _, journey = _group(items, MiniLMEmbedder())
    lens = {journey[k] for k in (0, 2, 3, 7, 9)}
    assert len(lens) == 1 and journey[5] not in lens


def test_three_letters_a_model_reads_as_a_word_name_no_site() -> None:
    from journeys.engine.grouping import _sites_named

    named = _sites_named([frozenset({"mpb.com", "ups.com"}), frozenset({"www.car.com"})])
    assert set(named) == {"mpb"}


def test_a_site_named_after_the_persons_own_town_ties_nothing() -> None:
    # hamburg.de holds all of the city's services: a teacher's e-bike leased through her
    # employer and, two days later, her son's Kita place (week155)
    bike = "jobrad lehrer hamburg beamte möglich"
    kita = "kita platz hamburg kita gutschein beantragen"
    items = [
        Item(0, bike, bike, "google.com"),
        Item(MIN, "Fahrradleasing für Beschäftigte der FHH - hamburg.de", "", "hamburg.de", 0),
        Item(2 * DAY, kita, kita, "google.com"),
        Item(2 * DAY + MIN, "Kita-Gutschein beantragen - hamburg.de", "", "hamburg.de", 2),
    ]
    vectors = MiniLMEmbedder().embed([it.text for it in items])
    assert len(set(group(items, vectors).journey)) == 1
    apart = group(items, vectors, home=frozenset({"hamburg"})).journey
    assert apart[0] == apart[1] != apart[2] == apart[3]


def test_same_input_same_groups_and_bad_params_are_refused() -> None:
    items = [Item(k * 7 * MIN, f"query number {k % 3}", f"query number {k % 3}") for k in range(12)]
    assert _group(items) == _group(items)
    with pytest.raises(ValueError, match="link"):
        GroupParams(link=0)
    with pytest.raises(ValueError, match="one vector per item"):
        group(items, HashingEmbedder().embed(["x"]))
    assert group([], HashingEmbedder().embed([])).journey == []


def test_the_common_direction_of_a_long_history_does_not_chain_unrelated_tasks() -> None:
    """Sentence vectors share a common direction: unrelated texts look alike (here 0.74). Once
    a history has enough pieces to estimate that direction, it is left out of the centroids'
    likeness, and forty interleaved tasks stay forty journeys; compared as they are, they
    chain together."""
    rng = np.random.default_rng(7)
    dim, tasks, per = 384, 40, 5
    own = rng.normal(size=(tasks, dim))
    own[:, 0] = 0.0
    own /= np.linalg.norm(own, axis=1, keepdims=True)
    common = np.zeros(dim)
    common[0] = 1.0
    order = rng.permutation(np.repeat(np.arange(tasks), per))
    items, rows = [], []
    for k, t in enumerate(order.tolist()):
        text = f"task{t}x step{k}"
        items.append(Item(k * 3 * 60 * MIN, text, text))  # hours apart: one piece each
        rows.append(0.85 * common + 0.5 * own[t] + 0.02 * rng.normal(size=dim))
    vectors = np.array(rows, dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)

    def journeys_of(common_pieces: float) -> list[int]:
        return group(items, vectors, GroupParams(common_pieces=common_pieces)).journey

    apart = journeys_of(1.0)  # the direction trusted fully
    for t in range(tasks):
        mine = {apart[i] for i in range(len(items)) if order[i] == t}
        assert len(mine) == 1 and UNASSIGNED not in mine
    assert len(set(apart)) == tasks
    kept = journeys_of(1e12)  # compared as they are
    assert len(set(kept)) < tasks * 3 / 4
    with pytest.raises(ValueError, match="common_pieces"):
        GroupParams(common_pieces=0)


def test_a_lone_item_is_part_of_its_journeys_task_in_the_same_run() -> None:
    from journeys.engine.grouping import _dense, _tasks

    minute = 60_000_000
    # pieces: 0 (three items) and 1 (one item) of journey 7 in one run; piece 2 (one item)
    # of journey 7 an hour later; piece 3 (one item) of another journey in the first run
    piece_of = np.array([0, 0, 1, 0, 3, 2], dtype=np.int64)
    journey = [7, 7, 7, 7, 8, 7]
    times = np.array([0, 1, 2, 3, 4, 64], dtype=np.int64) * minute
    assert _dense(_tasks(piece_of, journey, times, 26 * minute)) == [0, 0, 0, 0, 1, 2]
    # an item left out of every journey is in no task
    assert _tasks(piece_of, [7, 7, UNASSIGNED, 7, 8, 7], times, 26 * minute)[2] == UNASSIGNED
    # pauses cut the runs: the lone item keeps its own task, and piece 0 after a pause of
    # 30 minutes is a new task (a task never spans a longer pause than a run allows)
    apart = np.array([0, 1, 31, 61, 62, 122], dtype=np.int64) * minute
    assert _dense(_tasks(piece_of, journey, apart, 26 * minute)) == [0, 0, 1, 2, 3, 4]
    assert _dense(_tasks(piece_of, journey, apart, 40 * minute)) == [0, 0, 0, 0, 1, 2]


def test_further_clicked_sites_are_the_search_s_sites_too() -> None:
    # two searches twelve days apart, a little alike: alike enough with a shared site only
    # (a word known to the language, searched again more than ten days later: a name only
    # two small journeys use, or the same word searched again within ten days, would gather
    # them). The second search's first click was elsewhere; it also opened the first one's
    # site.
    first = Item(0, "kyoto lodging", "kyoto lodging", "japan-guide.com")
    alone = Item(12 * DAY, "lodging prices", "lodging prices", "booking.com")
    also = Item(
        12 * DAY, "lodging prices", "lodging prices", "booking.com", sites=("japan-guide.com",)
    )
    assert _group([first, alone])[2] == [0, 1]
    assert _group([first, also])[2] == [0, 0]
    # a site of everything says nothing, wherever it is named
    broad = Item(12 * DAY, "lodging prices", "lodging prices", "booking.com", sites=("google.com",))
    assert _group([Item(0, "kyoto lodging", "kyoto lodging", "google.com"), broad])[2] == [0, 1]


def test_items_keep_further_sites_for_the_items_that_have_some() -> None:
    from journeys.engine.items import Items

    items = Items.of([Item(0, "a", "a", "x.com", sites=("y.com", "z.com")), Item(1, "b")])
    assert items.sites == {0: ("y.com", "z.com")}
    assert items[0].sites == ("y.com", "z.com") and items[1].sites == ()
    with pytest.raises(ValueError, match="do not exist"):
        Items(
            items.time_us, items.text, items.query, items.host, items.parent, items.noise, {5: ()}
        )


def test_a_pieces_words_are_words_not_marks_or_punctuation() -> None:
    from journeys.engine.baselines import plain_terms as _words

    title = "Internet Providers in Queens, NY 11375 | HighSpeedInternet.com · (Fios)"
    assert _words(title) == {
        "internet",
        "providers",
        "queens",
        "ny",
        "11375",
        "highspeedinternet.com",
        "fios",
    }
    # what a search for the same place holds is the same word
    assert "queens" in _words("movers quote brooklyn to queens") & _words(title)


def _journey_of_two_and_a_stranger() -> tuple[object, object, np.ndarray]:
    """Pieces 0 and 1 joined as one journey (both along the first axis); piece 2 along the
    second axis, unlike that journey as a whole."""
    from journeys.engine.grouping import _Mass, _union, _UnionFind
    from journeys.engine.likeness import Table

    rows = np.array([[1.0, 0.0, 0.0], [0.9, 0.0, 0.436], [0.0, 1.0, 0.0]], dtype=np.float32)
    table = Table.of(rows)
    uf = _UnionFind(3)
    mass = _Mass([1, 1, 1], table, {})
    _union(uf, mass, 0, 1)
    return uf, mass, table.row(2)


def test_a_link_through_one_part_of_a_broad_site_or_from_a_page_that_says_little_is_no_drift() -> (
    None
):
    from journeys.engine.grouping import _attach

    p = GroupParams()
    # a link from piece 2 to piece 1, whose journey as a whole is unlike piece 2: refused
    uf, mass, centroid = _journey_of_two_and_a_stranger()
    _attach(uf, mass, 2, centroid, [1], [0.76], p)  # type: ignore[arg-type]
    assert uf.find(2) != uf.find(0)  # type: ignore[attr-defined]
    # parts of other sites, or a page that says something: refused too
    uf, mass, centroid = _journey_of_two_and_a_stranger()
    parts = [frozenset({"gov.uk/getting-an-mot"})] * 2 + [
        frozenset({"gov.uk/apply-for-a-passport"})
    ]
    _attach(uf, mass, 2, centroid, [1], [0.76], p, parts, lambda b: False)  # type: ignore[arg-type]
    assert uf.find(2) != uf.find(0)  # type: ignore[attr-defined]
    # the same guide of GOV.UK read by both pieces: joined
    uf, mass, centroid = _journey_of_two_and_a_stranger()
    parts = [
        frozenset(),
        frozenset({"gov.uk/getting-an-mot"}),
        frozenset({"gov.uk/getting-an-mot"}),
    ]
    _attach(uf, mass, 2, centroid, [1], [0.76], p, parts)  # type: ignore[arg-type]
    assert uf.find(2) == uf.find(0)  # type: ignore[attr-defined]
    # a piece whose titles say little ("My Bookings"): its centroid is not judged
    uf, mass, centroid = _journey_of_two_and_a_stranger()
    asked: list[int] = []
    _attach(uf, mass, 2, centroid, [1], [0.62], p, (), lambda b: asked.append(b) or True)  # type: ignore[arg-type, func-returns-value]
    assert uf.find(2) == uf.find(0) and asked == [2]  # type: ignore[attr-defined]


def test_whether_a_piece_says_little_is_asked_only_where_coherence_refuses() -> None:
    from journeys.engine.grouping import _attach

    uf, mass, _ = _journey_of_two_and_a_stranger()
    asked: list[int] = []
    like = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    _attach(uf, mass, 2, like, [1], [0.7], GroupParams(), (), lambda b: asked.append(b) or True)  # type: ignore[arg-type, func-returns-value]
    assert uf.find(2) == uf.find(0) and asked == []  # type: ignore[attr-defined]
