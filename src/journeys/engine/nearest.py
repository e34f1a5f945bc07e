"""A small journey joins the one journey near it in time that it is clearly most like.

What is left apart after linking and gathering is mostly a task's side step of two or
three visits that shares no word with the task and is not alike enough to any one piece of
it: "sump pump not turning on float switch" and a battery backup for it, a day after "water
in basement after heavy rain"; "podiatrist near me accepting new patients" beside the heel
pain; "tri fold poster board" for the science fair. As a whole, though, such a journey is
often more like its task than like anything else the person did that week.

A journey of at most ``items`` items, with at least one page read (not searches alone),
joins an established journey (``established`` items or more) when, among the journeys with
a piece within ``days`` of its own, that one is the most alike as a whole, at least
``min_like``, and more alike by ``margin`` than the next. It is no link: a likeness of
0.2 is weak, and only the margin over every other journey of the same days makes it
evidence. The settings were 5 items, 0.25 and 0.1 until the eighteenth session. With
these, more side steps join their task on the weeks of browsing (mean pair F1 0.908 →
0.911): a baby carrier joins the baby shower's gift ideas (four visits, established now),
a running-shoe comparison joins the half marathon.
Two climbing side steps join the flat search that already held the climbing (week25 0.859
→ 0.853). A margin of 0.05 gains more on the weeks, but in a year of weeks, where many
journeys are of one kind, it lets small journeys join the wrong trip. Later in that session a
journey of up to 4 items (two searches and the pages they opened, was 3) may join too:
a flaky test's timezone fix joins the flaky test, an induction range the kitchen remodel,
a menu's seasonal vegetables the menu (mean pair F1 over 31 weeks 0.915 → 0.922). Such a
journey asks the margin of 0.1 that all asked before (``wide_margin``): at 0.07, a shoe
order's delivery tracking joined someone else's move in four people's weeks imported as
one history (pair precision 0.950 → 0.908). What it still gets wrong: a conference trip's
hotel and flights join the student's move across Toronto instead of the visa, through
the city both name (week17 0.933 → 0.864).

Its rivals are the tasks near it (journeys of ``established`` items or more), not other
side steps (twenty-fourth session): a kitchen remodel's countertops ("quartz vs butcher
block countertops", 0.29 like the remodel as a whole) and its backsplash ("subway tile
backsplash herringbone", 0.29 like the countertops) each kept the other from joining
(week70 0.747 → 0.820; mean pair F1 over the 67 Chromium weeks before it 0.912 → 0.916).
Where only one task is near, every other journey is a rival, as before. What it costs: a
move's "internet providers 11375" joins the phone bought that week (week5 P 1.000 →
0.913, F1 0.832 → 0.842), and a road bike's "craigslist scam meet safely" a necklace
(week23 0.808 → 0.782).

A stray read (``grouping._drop_lone_pages``: no search, one page or every page opened
from a habit page) neither joins nor stands in the way (twentieth session). In a busy
history, the videos, threads and articles read from front pages are many, and each near a
side step in time was a rival: an old camera's shipping (0.21 like the listing) stayed
apart because a video played from YouTube's home was 0.14 like it, and a wedding registry
(0.27 like the bridesmaid dress) because a Reddit thread on bridesmaids' costs was 0.23
(week37 0.976 → 1.000, week38 0.871 → 0.883; the other weeks and the year the same). And
a video on phones no longer joins a standing desk.

Being the most alike of few tasks is weak evidence (twenty-seventh session): with fewer
than ``tasks`` established journeys near, a margin over the next says little, and the
person's tasks of those days are mostly small journeys, among which the side step's own
task more often is. A retired couple's hurricane shutters, 0.24 like their cruise, and a
student's Miami hostel, 0.37 like her next year's flat, joined those with four tasks near;
of the joins on the 84 Chromium weeks, 5 of 12 were right with four tasks near, and 88
of 100 with five or more. The weeks measured: mean pair F1 over 142 files 0.9149 →
0.9161 (week81 0.708 → 0.827, week84 0.644 → 0.814, week23 0.782 → 0.813); what it
costs: a used truck's title transfer no longer joins the truck (week54 0.786 → 0.724),
nor a pod's JVM settings the pod (week83 0.801 → 0.770). At six, the mean falls to
0.9128.

Rounds go on until nothing moves (``rounds``, twenty-eighth session): a side step that
joined its task changes what the task is like as a whole, and a second side step, like the
first but too little like the task without it, may then join. An accountant's #SPILL!
error is 0.19 like his XLOOKUP questions and 0.21 like the pivot table that joins them in
the first round (week90 0.915 → 1.000); a kitchen's backsplash joins the remodel once its
countertops have (week70 0.820 → 0.928); an air conditioner's portable unit and a
warranty's denial join its repair (week88 0.917 → 0.971). Mean pair F1 over 149 week
files 0.9168 → 0.9207. What it costs: a move's "internet providers 11375" joins the phone
bought that week again (week5 0.877 → 0.842); and a roof's five journeys, hail damage,
claim, cost and roofers, become one, but gathered around a walleye charter that names
"ohio" as the roof's cost does (week85 0.745 → 0.736, P 0.924 → 0.632). The 91 weeks
as one year: 0.714 → 0.716 (P 0.675 → 0.663).

A round's joins are unions (twenty-ninth session). A journey of four items is small
enough to join and large enough to be joined, so two such journeys, each the other's most
alike, each took the other's label: they swapped, round after round, and stayed apart.
And a side step that joined one of them kept a label that journey no longer had. Now
whatever joins, joins with everything its target joins in the same round. A student's
gaming PC, its budget build and its CPU compared (four visits each), becomes one journey
(week80 0.784 → 0.874), and so do a motorcycle's sale and its licence test (week89 0.755
→ 0.797); a move's "internet providers 11375" joins the move, not the phone bought that
week (week5 0.842 → 0.945, P 0.913 → 1.000); week13 0.960 → 1.000, week21 0.979 →
1.000. No week falls (mean pair F1 over 150 week files 0.9212 → 0.9242). The labelled
sets, four people's weeks and the year of 92 weeks do not move (0.718, P 0.665).

A side step far clearer than likely may be a little less alike (thirty-third session):
where the most alike task is ``low_margin`` (0.12) ahead of the next, ``low_like`` (0.17)
is enough. "whiplash symptoms days after car accident" is 0.19 like a rear-end
collision's claim and 0.06 like any other task of those days (week122 0.953 → 1.000);
"elephant toothpaste demo safety classroom" is 0.19 like a chemistry lesson, 0.06 like
the next (week86 0.777 → 0.822). No other of the 180 week files moves (mean 0.9208 →
0.9213). A margin of 0.1 is too little: an ADHD evaluation's two searches, 0.18 like a
health plan and 0.07 like the next, join the plan (week87 0.806 → 0.723; week9 0.879 →
0.867).

The page asks for a journey whose whole says something: a lone search of a query log is
one short text, and its nearest journey by a margin is no better than chance there
(SMC-12 missions fall from 0.870 to 0.863 cluster-F when lone searches may join).

A journey whose searches name only the towns that another's searches travel from
(``places.origin``: "chicago" of "flights chicago nashville") does not join it
(thirty-sixth session): a student's move across Chicago, its movers and its boxes, was
most like her bachelorette weekend in Nashville by the town both name, and joined it
(week132 0.797 → 0.976). Other towns keep no side step away: a trip's journey names the
person's own town, where it is not known as theirs ("alaska airlines portland to maui"),
and a side step a town of the trip the first does not ("napili vs kihei where to stay
maui"), or a false one ("p&o iona balcony cabin", a ship). A first form kept apart any
two journeys naming different towns, and such side steps lost their trips (week91 1.000 →
0.936, week119 1.000 → 0.972).

A side step far more like another small journey of those days than like any task is kept
from the task (``sibling_margin``, thirty-seventh session). The small journeys were no
rivals (a kitchen's countertops and backsplash, each other's nearest, must still join the
remodel), but a task's own side steps are often no task yet: a teenager's "g chord hurts
fingers beginner tips" is 0.27 like her driving test's practice questions, read by the
model through the "g" of "g1", and 0.5 like her guitar lessons, three visits. It joined
the test, and in the next round the lessons followed it: one journey of two tasks (week140
0.866 → 0.936). Over 195 week files, 0.9257 → 0.9276 (week84 0.793 → 1.000, week93 0.778
→ 0.875; week47 0.811 → 0.773).

A search on a site's own search box (``listed``: Yelp's, eBay's, Amazon's; any host not a
web search engine's, ``urls.is_web_engine``) counts as a page read (fifty-sixth
session): what the site lists is read there. A taqueria owner searched "commercial
refrigeration repair austin same day" and went to Yelp's list of repairers, two searches
and no page, and the side step stayed apart from his walk-in cooler (week198 0.924 →
0.979; week93 0.875 → 0.900; no other of the 268 week files moves, the rule acting on
eleven of them). Such a journey asks the full likeness, not the lower one of a far
clearer margin: a used PS5's price, searched on Google and on eBay's sold listings, is
0.19 like a driving licence and 0.07 like the next task, and joined the licence (week92
0.981 → 0.912 before this). Not in a query log (``grouping.for_query_logs``), where an
item's host is a result clicked, not where it was searched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from journeys.engine.likeness import Index, Table, group_means

__all__ = ["NearestParams", "nearest"]

_DAY_US = 86_400_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class NearestParams:
    """When a small journey joins the journey it is clearly most like (module docstring)."""

    items: int = 4
    established: int = 4
    min_like: float = 0.2
    margin: float = 0.07
    few: int = 3  # a journey of more items than this (up to ``items``) asks:
    wide_margin: float = 0.1
    days: float = 7.0
    tasks: int = 5  # established journeys near, at least: the most alike of fewer says little
    rounds: int = 10  # at most; journeys are taken afresh each round, until nothing moves
    low_like: float = 0.17  # less likeness, where the margin over the next is ``low_margin``
    low_margin: float = 0.12
    sibling_margin: float = 0.1  # a small journey more alike than the task by this keeps it
    site_searches: bool = True  # a search on a site's own search box counts as a page read

    def __post_init__(self) -> None:
        if min(self.items, self.established, self.tasks, self.rounds) < 1:
            raise ValueError("items, established, tasks and rounds must be >= 1")
        likes = (self.min_like, self.low_like)
        margins = (self.margin, self.wide_margin, self.low_margin, self.sibling_margin)
        if not all(-1 <= x <= 1 for x in likes) or not all(0 <= x <= 2 for x in margins):
            raise ValueError(
                "min_like and low_like must be between -1 and 1, margin, wide_margin,"
                " low_margin and sibling_margin between 0 and 2"
            )
        if self.days < 0:
            raise ValueError("days must be >= 0")


def nearest(
    journey: Index,
    sizes: Index,
    centroids: Table,
    start_us: Index,
    end_us: Index,
    page: npt.NDArray[np.bool_],
    params: NearestParams | None = None,
    stray: npt.NDArray[np.bool_] | None = None,
    towns: Sequence[frozenset[str]] = (),
    bound: Sequence[frozenset[str]] = (),
    listed: npt.NDArray[np.bool_] | None = None,
) -> Index:
    """Journey label per piece once small journeys joined the journey they are clearly most
    like. Per piece, in time order of their first visit: ``sizes`` (items), ``centroids``
    (unit rows), first and last time, whether it holds a page read, and whether its journey
    is a stray read (None: none is), which neither joins nor stands in the way; ``listed``,
    whether it holds a search on a site's own search box (None: none does), which counts as
    a page read where the likeness asked is the full one. Rounds go on, each with the
    journeys as the last one left them, until nothing moves."""
    p = params or NearestParams()
    seen = page if listed is None else page | listed
    for _ in range(p.rounds):
        joined = _round(
            journey, sizes, centroids, start_us, end_us, (seen, page), p, stray, towns, bound
        )
        if np.array_equal(joined, journey):
            break
        journey = joined
    return journey


def _round(
    journey: Index,
    sizes: Index,
    centroids: Table,
    start_us: Index,
    end_us: Index,
    pages: tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]],
    p: NearestParams,
    stray: npt.NDArray[np.bool_] | None,
    towns: Sequence[frozenset[str]] = (),
    bound: Sequence[frozenset[str]] = (),
) -> Index:
    """One round of ``nearest``: each small journey joins the task it is clearly most like
    as the journeys stand at the round's start."""
    if len(journey) == 0:
        return journey
    labels, inverse = np.unique(journey, return_inverse=True)
    inverse = inverse.reshape(-1)
    items = np.bincount(inverse, weights=sizes, minlength=len(labels))
    seen, page = pages  # a page read or a site's list read; a page read
    read = np.zeros(len(labels), dtype=bool)
    np.logical_or.at(read, inverse, seen)
    paged = np.zeros(len(labels), dtype=bool)
    np.logical_or.at(paged, inverse, page)
    task = np.ones(len(labels), dtype=bool)
    if stray is not None:
        task[inverse[stray]] = False
    small = np.flatnonzero((items <= p.items) & read & (items > 0) & task)
    if not len(small):
        return journey
    means = group_means(centroids, inverse, sizes, np.arange(len(inverse)), len(labels))
    first = np.full(len(labels), np.iinfo(np.int64).max, dtype=np.int64)
    last = np.full(len(labels), np.iinfo(np.int64).min, dtype=np.int64)
    np.minimum.at(first, inverse, start_us)
    np.maximum.at(last, inverse, end_us)
    window = int(p.days * _DAY_US)
    named: list[set[str]] = [set() for _ in range(len(labels))]
    going: list[set[str]] = [set() for _ in range(len(labels))]
    for piece, (t, b) in enumerate(zip(towns, bound, strict=True)):
        if t:  # most pieces name no town
            named[int(inverse[piece])] |= t
            going[int(inverse[piece])] |= b
    leaves = [n - g for n, g in zip(named, going, strict=True)]  # towns only travelled from
    parent = np.arange(len(labels))
    for k in small.tolist():
        lo = int(np.searchsorted(start_us, first[k] - window, side="left"))
        hi = int(np.searchsorted(start_us, last[k] + window, side="right"))
        near = np.unique(inverse[lo:hi])
        near = near[(near != k) & task[near]]
        if len(near) < 2:
            continue
        likes = means[near] @ means[k]
        tasks = items[near] >= p.established
        count = int(tasks.sum())
        if count < p.tasks:
            continue
        # a journey naming only towns another's searches travel from is no part of it
        left = [bool(named[k]) and named[k] <= leaves[j] for j in near.tolist()]
        open_ = tasks & ~np.array(left, dtype=bool)
        if not open_.any():
            continue
        at = int(np.flatnonzero(open_)[np.argmax(likes[open_])])
        # a side step's rivals are the tasks near it, not other side steps (a kitchen's
        # countertops and its backsplash were each other's nearest, week70); where only
        # one task is near, every other journey is
        rivals = tasks.copy() if count > 1 else np.ones(len(near), dtype=bool)
        rivals[at] = False
        best, second = float(likes[at]), float(likes[rivals].max())
        margin = p.margin if items[k] <= p.few else p.wide_margin
        # a lower likeness is enough only for a journey with a page read (a site's list
        # read asks the full one: week92's PS5 price on eBay, 0.19 like a driving licence)
        clear = bool(paged[k]) and best - second >= max(margin, p.low_margin) and best >= p.low_like
        # a side step far more like another small journey of those days than like any task
        # is of that journey's task, whatever the tasks near say (thirty-seventh session)
        small_near = ~tasks & (items[near] > 0)
        if small_near.any() and float(likes[small_near].max()) > best + p.sibling_margin:
            continue
        if (best >= p.min_like and best - second >= margin) or clear:
            _join(parent, k, int(near[at]))
    while not np.array_equal(parent[parent], parent):  # every journey to its root
        parent = parent[parent]
    out: Index = labels[parent[inverse]]
    return out


def _root(parent: Index, i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = int(parent[i])
    return i


def _join(parent: Index, k: int, into: int) -> None:
    """Journey ``k`` joins journey ``into``, with whatever either has joined this round."""
    a, b = _root(parent, k), _root(parent, into)
    if a != b:
        parent[a] = b
