"""A person's own place: the town they search in, whatever the task, read past.

People name where they live in searches of unrelated tasks: "solar panel quotes phoenix
cost per watt", "pool pump replacement cost phoenix installed", "rv rental phoenix to grand
canyon". A sentence model reads the shared town as shared meaning: the pool pump is 0.59
like the solar panels, and 0.41 without the town. Such a word says where the person is,
not what the task is, so the sentence model reads the person's texts without it (the word
table and labels still see it), and gathering (``engine.gather``) reads no journey as owning
it: a restaurant owner in Toronto names his town in the searches of his hiring and of his
health inspection, and the city's pages name it in every title (week58).

A trip's destination is no such word: it is the task. The two are told apart by what the
searches naming the place are like without it. The tasks a home town turns up in go on
without it ("pool pump replacement cost installed" is like "pool pump hums but won't
start"); a trip names its destination in nearly every search ("lisbon hotels may", "sintra
day trip from lisbon train"), and without it they are like no other search of the person.

A word is the person's own place when

- it is searched in ``min_searches`` different searches on ``min_days`` days or more;
- it is not among the ``common`` most used English words ("center", "united"), nor a word
  of nearness ("near": "tailor near me" means something to the model);
- the sentence model reads it as a place: the word alone is ``place_like`` like "city"
  (town names 0.41–0.66; words that name tasks, "solar", "internship", "monstera",
  0.12–0.38), or ``region_like`` like "state" (``region``, twentieth session: "oregon" is
  0.39 like "city" and 0.62 like "state", "texas" 0.70, "illinois" 0.64; words of tasks
  0.20–0.50: "federal" 0.50, "government" 0.54, "license" 0.41), and more like either
  than like "room" (``indoors``): a renovation's
  "kitchen" is 0.41 like "city" and 0.52 like "room", "dublin" 0.51 and 0.33, "madison"
  0.41 and 0.38; "house", "hotel", "garage" and "apartment" are rooms' words too, and
  a dwelling is no town either: the word must be more like a place than like "apartment"
  (``dwelling``, twenty-sixth session): "condo" is 0.46 like "city", 0.40 like "room" and
  0.62 like "apartment", and a condo's sale names it in most of its searches, the rest
  going on without it as a home town's tasks do (week78 0.748 → 0.806). A
  town's name the model does not read as a place is one all the same where it is past the
  20,000 most used English words or names a town of a million people
  (``engine.gazetteer.sure_towns``, twenty-sixth session: "pune"), and so is the name of
  a country the model reads as one (``country_like``): a designer in Lisbon names
  "portugal" in the searches of her residence permit, her laptop's repair and her tax
  return, and as a word only those journeys use, it had tied all three (week79 0.563 →
  0.921). What it costs: a nurse in Nairobi names "kenya" in two of her used car's four
  searches and in two other tasks, and read past, the car falls apart (week60 1.000 →
  0.880);
- at least ``share`` of its searches, without it, are ``neighbour`` like a search of the
  person that does not name it, within ``window`` searches of it (a retired engineer's
  "phoenix" 0.83, a student's "madison" 0.60; the trips' "lisbon" and "berlin" 0,
  "denver" 0.33, "tokyo" 0.25; a student's "toronto" 0.20, rightly kept: a move across the
  city names it in most of its searches), or, with ``scattered_min`` searches or more, its
  searches without it are less than ``scattered`` like each other on average (twenty-sixth
  session). A realtor names "atlanta" in her listing's searches and in her anniversary's
  ("home staging cost atlanta vacant vs occupied", "romantic restaurants atlanta
  anniversary dinner"): the listing names a town in every search, so the first test fails,
  but the five searches without the town are 0.13 alike on average. A trip's facets are
  more alike than that (0.15–0.45: a soccer tournament's schedule, sports complex, hotel
  and "things to do with kids between games" in Chattanooga 0.145, Lisbon 0.22), and
  so is a flat hunt in one's own town (Utrecht 0.144), which keeps the town. Three
  searches are enough (twenty-ninth session; four until then): a student names
  "vancouver" in three searches only, of a road bike, a hike's bus and a permit's
  biometrics, 0.11 alike without it, and as a word only her small journeys searched it
  tied the hike and the permit to the bike (week23 0.733 → 0.790; no other week, nor the
  labelled sets, moves). A state's name (``_regions``: read as a state more than as a
  town) is scattered at ``region_scattered`` (thirty-first session): an electrician in
  Cleveland names "ohio" in the searches of his roof's replacement, a fishing licence and
  his estimated tax, which are 0.16 alike without it ("online" in two of them), and as a
  word of his small journeys it gathered the fishing trip into the roof (week85 0.736 →
  0.912). A town as scattered is a trip's destination as often as a home (a looser
  ``scattered`` of 0.16 makes Porto, Seattle and Chattanooga homes: week79 0.958 → 0.716,
  week94 0.947 → 0.762). So is a country's name, and a country searched by its letters
  ("uae", "usa", "ksa": ``gazetteer.ABBREVIATED``) is one whatever the model reads
  ("uae" is 0.48 like "country"): an accountant from the Philippines working in Dubai
  names "uae" in the searches of her visa's renewal, the money she sends home and her
  flights home, 0.15 alike without it, and as a word of all three it tied them (week110
  0.598 → 0.823); Singapore, a country, is a nurse's own (week47 0.753 → 0.811).

A town within ``beside_km`` of the person's own (its most populous town of the name) is
theirs too, searched once or often, where the model reads it as a place or needs not
(``sure_towns``; thirtieth session): a neighbourhood or a town beside it says where an
errand is done, not which task it is. A PhD student in Boston names "allston" in her
lease's search of rents and in her cat's emergency vet, and as a town's name two pieces
shared, it tied the cat to the lease (week99 0.820 → 0.893); a realtor's listing in
Decatur, 9 km from Atlanta, no longer names a destination (week67 0.759 → 0.894). At 10
km, Vancouver (Washington, 13 km from Portland) is not Portland's. What it costs: a
developer in Berlin names "kreuzberg" for a dentist, and read as a town it had kept the
dentist apart from his Anmeldung, which the German word "Termin" in both now ties
(week83 0.938 → 0.913).

A town of a million people or more is searched under any of its names
(``gazetteer.other_names``, forty-eighth session): a doctoral student in Munich writes
"münchen" where the city's own pages answer ("wg zimmer münchen maxvorstadt ab januar")
and "munich" in English searches ("bouldering gym munich beginner course english"). The
names are counted as one word, five searches of four tasks, two of which go on without
it: the ``share`` asked was 0.5 until then and is 0.4 (week168 0.597 → 0.785; what it
costs: a restaurant owner's "chicago", now her own, no longer ties a food handler's
certificate to her health inspection, week100 0.821 → 0.795).

A country is the person's own only where no town of theirs is in another country
(``_abroad``, fifty-first session, step 109): a trip abroad is searched by its country in
tasks the model reads as unrelated, as one's own country is. A photographer in Cape Town
searched "kenya" for her family safari's camp, its e-visa, a yellow fever vaccine and
malaria tablets; read as her own, the country tied none of them, and the e-visa stayed
apart from the safari (week178 0.937 → 1.000). Her town is "cape", spelt in "cape town"
(South Africa) in her searches: a town of several words around one of the person's own
words counts as theirs here.

Three more ways a town is the person's own, or is not (fifty-third session, steps 113 to
116, each found on a week written that session and scored before any change for it):
- Where a search for a way to travel sets out from (``origin``; a drive between two towns
  is one, and a bed and breakfast, an inn or a resort a place to stay), a town searched
  on ``min_days`` days but too seldom to be judged above is the person's own, where a
  search of another task names it too: one that, without the town, is under
  ``origin_unlike`` like every search travelling from it (``_set_out_from``). A retired
  man in Brisbane named his town twice, in a free hearing test and in "drive brisbane
  to cairns caravan how many days", and by it the trip was gathered into his hearing
  aids (week189 0.707 → 1.000). A trip's own searches that name its far end do not
  make it home: "manila to dubai christmas flights" and "emirates baggage allowance
  economy manila balikbayan box" are 0.41 alike without "manila" (week110).
- A town written just before the person's own state or country ("columbus ohio"),
  searched on ``min_days`` days and travelled to by none, is theirs too (``in_region``,
  ``_in_own_region``): a warehouse manager's crew's forklift course and his baby's car
  seat check were one journey by "columbus" (week186 0.922 → 0.964). Not in a query log
  (``grouping.for_query_logs``), where it costs SMC-12 missions' cluster-F.
- A town the model does not read as a place (``sure_towns`` alone) farther than
  ``far_km`` from every town of the person's that it does read as one is no town of
  theirs (``_far_from_read``): a word of another language that names a town abroad. An
  engineer in Hamburg searched "kita" (a nursery, and a ward of Tokyo) in four searches
  of his daughter's place, and read as his own it gathered none of them (week191 0.610
  → 0.702).

A town of several words ("são paulo", "kuala lumpur") is one word here, and one town of
a search for a way to travel (``_route``; fifty-sixth session). A developer in São Paulo
named his town in the searches of his floors, a kitten and a flight to Santiago, and
searched Santiago in three of his trip's; read word by word, "passagem aérea são paulo
santiago julho" named one town and travelled nowhere, "são paulo" was no candidate, and
"santiago", its three searches in Portuguese unlike without it, was taken for his own:
the trip fell into five journeys (week202 0.814 → 0.946; week35 0.977 → 1.000). Such a
town, once the person's own, is theirs by each of its words too, as a search's words
are read past, but the most used ("new", of "new orleans"); a place to stay looked for
in one travels there, and to its words ("puerto escondido fin de semana largo hotel
zicatela": "escondido" is a town of California too; week181).

Only the ``most`` place-like words searched most are looked at: a town one lives in is
searched often, and a query log's thousands of words cost no more than a week's.

Pure: the model is passed in as a function from texts to unit vectors.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from journeys.engine.baselines import STOPWORDS
from journeys.engine.embedding import Vectors
from journeys.engine.gazetteer import (
    ABBREVIATED,
    LONGEST,
    country_names,
    known_towns,
    nearby,
    other_names,
    sure_towns,
    town_names,
    town_runs,
    words_in,
)
from journeys.engine.likeness import Table
from journeys.engine.vocabulary import most_used

__all__ = [
    "NEARNESS",
    "PlaceParams",
    "country_like",
    "home_places",
    "origin",
    "place_like",
    "travelled_to",
    "without",
    "words_of",
]

_DAY_US = 86_400_000_000
COUNTRY_LIKE = 0.5  # a country's name among the known words is read as one this alike
_WORD = re.compile(r"[^\W\d_]{3,}")  # words of three letters or more
# words of a search for a way to travel, in the languages measured (``engine.language``)
TRAVEL = frozenset(
    {
        "flights",
        "flight",
        "airfare",
        "fly",
        "train",
        "trains",
        "bus",
        "ferry",
        "vuelos",
        "vuelo",
        "pasajes",
        "tren",
        "autobús",
        "voos",
        "voo",
        "passagem",
        "passagens",
        "trem",
        "ônibus",
        "comboio",
        "flüge",
        "flug",
        "zug",
        "fernbus",
        "vols",
        "vol",
        "billet",
        "billets",
        "vluchten",
        "vlucht",
        "trein",
        "voli",
        "volo",
        "treno",
        "loty",
        "lot",
        "pociąg",
        # and in those measured since (thirty-eighth session): "tiket pesawat jakarta osaka"
        "uçak",
        "uçuş",
        "otobüs",
        "pesawat",
        "penerbangan",
        "kereta",
        "flyg",
        "tåg",
        "buss",
        "letenky",
        "letenka",
        "vlak",
        "autobus",
        "avion",
        "zboruri",
        "zbor",
        "repülőjegy",
        "vonat",
        "busz",
        "πτήσεις",
        "αεροπορικά",
        "τρένο",
        "авіаквитки",
        "рейси",
        "потяг",
        "טיסות",
        "רכבת",
        # and a drive between two towns (fifty-third session: "drive atlanta to savannah
        # stops on the way"); a search naming fewer than two towns is no route at all
        "drive",
        "driving",
        "roadtrip",
    }
)
# words of a search for a place to stay: the town it names is where the person goes
# (forty-fourth session: "hotels near mccormick place chicago walking distance", a
# conference's hotel searched on three days with "chicago", had made it a home, and the
# trip's weather was left apart from its hotel, week160)
STAY = frozenset(
    {
        "hotel",
        "hotels",
        "hostel",
        "hostels",
        "motel",
        "motels",
        "airbnb",
        "vrbo",
        "lodging",
        "accommodation",
        "accommodations",
        "ryokan",
        "hoteles",
        "alojamiento",
        "unterkunft",
        "hébergement",
        "alojamento",
        "albergo",
        # and the small places, of the fifty-third session's weeks
        "inn",
        "inns",
        "b&b",
        "bnb",
        "resort",
        "resorts",
    }
)
# two words that name a place to stay together, and only together ("bed and breakfast")
_STAY_PAIRS = (frozenset({"bed", "breakfast"}),)
_FROM = frozenset(
    {"from", "desde", "ab", "depuis", "vanuit", "dalla", "da", "z", "dari", "från", "din", "από"}
)
# words of nearness, which the model reads as places but which name none ("tailor near me")
NEARNESS = frozenset({"near", "nearby", "nearest", "closest", "around", "local", "locally"})


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceParams:
    """When a searched word is the person's own place (see the module docstring)."""

    anchor: str = "city"
    indoors: str = "room"  # a place the word must be less like than the anchor ("" for none)
    dwelling: str = "apartment"  # another such place ("" for none)
    place_like: float = 0.4
    region: str = "state"  # a second anchor, for a state or province ("" for none)
    region_like: float = 0.6
    neighbour: float = 0.4
    share: float = 0.4
    common: int = 500  # the most used English words are no place of one person's
    min_searches: int = 3
    min_days: int = 2
    sample: int = 24  # searches of a word compared, at most (spread over its uses)
    window: int = 300  # searches on each side of one where its task may go on
    stayed: bool = True  # a town a place to stay is looked for in is travelled to
    most: int = 20  # place-like words looked at, the most searched first
    scattered: float | None = 0.13  # searches of one word this unlike on average: no task's
    scattered_min: int = 3  # searches of a word needed to call them scattered
    region_scattered: float | None = 0.2  # the same, for a state's or a country's name
    beside_km: float | None = 10.0  # a town this near the person's own is theirs too
    origin_unlike: float | None = 0.2  # a town travelled from, named in an unlike search too
    in_region: bool = True  # a town written before the person's own state is theirs too
    far_km: float | None = 500.0  # a town the model does not read, this far from one it does

    def __post_init__(self) -> None:
        if (
            min(self.min_searches, self.min_days, self.window, self.most) < 1
            or self.sample < 2
            or self.scattered_min < 2
        ):
            raise ValueError(
                "min_searches, min_days, window and most must be >= 1,"
                " sample and scattered_min >= 2"
            )
        if not all(-1 <= x <= 1 for x in (self.place_like, self.region_like, self.neighbour)):
            raise ValueError("place_like, region_like and neighbour must be between -1 and 1")
        if not 0 < self.share <= 1:
            raise ValueError("share must be in (0, 1]")


Embed = Callable[[Sequence[str]], Vectors]


def home_places(
    searches: Sequence[str],
    times_us: Sequence[int],
    vectors: Vectors | Table,
    rows: Sequence[int],
    embed: Embed,
    params: PlaceParams | None = None,
) -> frozenset[str]:
    """The words of time-ordered ``searches`` (with the time of each, and its row among the
    unit sentence ``vectors``) that name the person's own place."""
    p = params or PlaceParams()
    uses: dict[str, dict[str, int]] = defaultdict(dict)  # word: its searches, with a day
    first: dict[str, int] = {}  # each search's first position
    aliases = other_names()  # a town's other names count as its name: "münchen" is Munich
    spelt: dict[str, set[str]] = defaultdict(set)  # each word, as the searches write it
    for k, (text, when) in enumerate(zip(searches, times_us, strict=True)):
        if not text or text in first:
            continue
        first[text] = k
        day = int(when) // _DAY_US
        # a town of several words is a word of its own ("são paulo", "kuala lumpur")
        for written in set(words_of(text)) | set(town_runs(words_in(text))):
            word = aliases.get(written, written)
            spelt[word].add(written)
            uses[word].setdefault(text, day)
    common = most_used(p.common)
    candidates = {
        w: sorted(texts)
        for w, texts in uses.items()
        if len(texts) >= p.min_searches
        and len(set(texts.values())) >= p.min_days
        and w not in common
        and w not in NEARNESS
    }
    searched = [t for t in first if t]
    if not candidates:
        return _set_out_from(uses, frozenset(), common, searched, aliases, embed, p)
    # a town's name the model does not know as one ("pune") is a place all the same
    # and a country named in unrelated tasks is where the person lives too
    lands = sorted(w for w in candidates if w in country_names())
    read = frozenset(place_like(sorted(candidates), embed, p))  # as places by the model
    placeish = sorted(read | sure_towns(set(candidates)) | set(country_like(lands, embed)))
    table = Table.of(vectors)
    at = np.asarray(rows, dtype=np.int64)
    placeish.sort(key=lambda w: (-len(candidates[w]), w))
    found = set()
    looked = placeish[: p.most]
    wide = _regions(looked, embed, p) | frozenset(lands)  # states and countries
    for word in looked:
        texts = _spread(candidates[word], p.sample)
        names = frozenset(spelt[word]) | _parts(spelt[word])
        rest = embed([without(t, names) for t in texts])
        near = [
            _goes_on(rest[i], first[t], searches, names, table, at, p) for i, t in enumerate(texts)
        ]
        loose = p.region_scattered if word in wide else None
        if float(np.mean(near)) >= p.share or _scattered(rest, p, loose):
            found.add(word)
    said = frozenset(n for w in found for n in spelt[w])
    gone = travelled_to(said, searched, stayed=p.stayed)
    own = _abroad(frozenset(w for w in found if not spelt[w] & gone), uses)
    own = _far_from_read(own, read, uses, p)
    if p.in_region:
        own |= _in_own_region(own & wide, uses, common, searched, p)
    own |= _set_out_from(uses, frozenset(candidates), common, searched, aliases, embed, p)
    beside = _beside(own, uses, common, embed, p)
    # as the searches write them, and as the gazetteer does; a town of several words by
    # its words too, as a search's words are read past, but the most used ("new")
    named = {n for w in own | beside for n in spelt[w] | {w}}
    return frozenset(named | (_parts(named) - common))


def _in_own_region(
    regions: frozenset[str],
    uses: dict[str, dict[str, int]],
    common: frozenset[str],
    searches: Sequence[str],
    p: PlaceParams,
) -> frozenset[str]:
    """The towns the searches write just before one of the person's own ``regions`` (a
    state or a country: "columbus ohio"), searched on ``min_days`` days or more but not
    travelled to (``travelled_to`` of the ``searches``): the person's own town, searched
    too seldom to be read as one by itself (fifty-third session: a warehouse manager's
    "forklift train the trainer course columbus ohio" and "infant car seat install check
    columbus fire station" were one journey by "columbus", where "ohio" was read as his
    own)."""
    if not regions:
        return frozenset()
    towns = town_names()
    found = set()
    for region in regions:
        for text in uses.get(region, {}):
            said = words_of(text)
            for before, word in pairwise(said):
                if (
                    word == region
                    and before in towns
                    and before not in common
                    and before not in NEARNESS
                    and before not in regions
                    and len(set(uses.get(before, {}).values())) >= p.min_days
                ):
                    found.add(before)
    return frozenset(found) - travelled_to(frozenset(found), searches)


def _far_from_read(
    own: frozenset[str], read: frozenset[str], uses: dict[str, dict[str, int]], p: PlaceParams
) -> frozenset[str]:
    """The person's ``own`` places less the towns the model does not read as places (known
    only to the gazetteer: ``sure_towns``) that are farther than ``far_km`` from every town
    of theirs it does read as one (``read``), and that a search names beside such a town
    without travelling (``uses``: each word's searches): a word of another language that
    names a town abroad, not the person's own (fifty-third session: an engineer in Hamburg
    searched "kita", a nursery, in four searches of his daughter's place, two of them
    "kita gutschein hamburg …" and "kita platz hamburg …"; as a ward of Tokyo it was read
    as his own, which no journey may own). A word of the person's own language that no
    search writes beside their town stays: an Indonesian's "rumah" (a house; a town in
    Saudi Arabia), in a mortgage's and a wedding's searches, was read as hers and tied
    neither to the other."""
    if p.far_km is None:
        return own
    towns = known_towns()
    anchors = frozenset(w for w in own & read if w in towns.biggest)
    if not anchors:
        return own
    unread = frozenset(w for w in own - read if w in towns.rows)
    far = unread - nearby(unread, anchors, p.far_km)
    beside = {
        w
        for w in far
        for text in uses.get(w, {})
        if not anchors.isdisjoint(words_of(text)) and not _route(text)[1]
    }
    return own - beside


def _set_out_from(
    uses: dict[str, dict[str, int]],
    judged: frozenset[str],
    common: frozenset[str],
    searches: Sequence[str],
    aliases: dict[str, str],
    embed: Embed,
    p: PlaceParams,
) -> frozenset[str]:
    """The towns searches for a way to travel go from (``origin``), searched too seldom to
    be judged as the person's own by the rest of ``home_places`` (not among the words
    ``judged``), on ``min_days`` days or more, that no search travels to
    (``travelled_to``), and that a search of another task names too: one that is no
    search for a way to travel and that, without the town, is under ``origin_unlike``
    like every search travelling from it. Where the person sets out from is where they
    live (fifty-third session: a retired man in Brisbane named his town in a free
    hearing test's search and in "drive brisbane to cairns caravan how many days" only,
    and by it the caravan trip was gathered into his hearing aids). A town a trip's own
    searches name again is not: "manila to dubai christmas flights" and "emirates baggage
    allowance economy manila balikbayan box", 0.41 alike without it, are one task."""
    if p.origin_unlike is None:
        return frozenset()
    starts: dict[str, list[str]] = defaultdict(list)
    for text in searches:
        start = origin(text)
        if start is None or start in common or start in NEARNESS:
            continue
        word = aliases.get(start, start)
        if word not in judged and len(set(uses.get(word, {}).values())) >= p.min_days:
            starts[start].append(text)
    found = set()
    for start, trips in starts.items():
        names = frozenset({start})
        others = [
            t
            for t in uses.get(aliases.get(start, start), {})
            if t not in trips and not _route(t)[1]
        ]
        if not others:
            continue
        vectors = embed([without(t, names) for t in trips + others])
        alike = vectors[len(trips) :] @ vectors[: len(trips)].T
        if bool((alike.max(axis=1) < p.origin_unlike).any()):
            found.add(start)
    return frozenset(found) - travelled_to(frozenset(found), searches)


def _abroad(own: frozenset[str], uses: dict[str, dict[str, int]]) -> frozenset[str]:
    """The person's ``own`` places less a country no town of theirs is in, where a town of
    theirs is known (its most populous town of the name, or a town of several words their
    searches spell around one of them: "cape" in "cape town"). A trip abroad is searched by
    its country in tasks the model reads as unrelated (a visa, a vaccine, a camp), as a
    person's own country is: a photographer in Cape Town searched "kenya" for her family
    safari's camp, its e-visa, a yellow fever vaccine and malaria tablets."""
    towns, countries = known_towns(), country_names()
    codes: set[str] = set()
    for word in own - countries.keys():
        if word in towns.land:
            codes.add(towns.land[word])
        for text in uses.get(word, {}):
            runs = town_runs(words_in(text))
            codes.update(towns.land[run] for run in runs if word in run.split(" "))
    if not codes:
        return own
    return frozenset(w for w in own if w not in countries or countries[w] in codes)


def _beside(
    home: frozenset[str],
    uses: dict[str, dict[str, int]],
    common: frozenset[str],
    embed: Embed,
    p: PlaceParams,
) -> frozenset[str]:
    """The searched words that name a town within ``beside_km`` of the person's own town
    and that the model reads as a place (or needs not: ``sure_towns``): the town's
    neighbourhoods and the towns beside it."""
    if not home or p.beside_km is None:
        return frozenset()
    words = {w for w in uses if w not in common and w not in NEARNESS}
    close = nearby(words, home | _spelled(home, uses), p.beside_km)
    sure = sure_towns(set(close))
    return sure | frozenset(place_like(sorted(close - sure), embed, p))


def _spelled(home: frozenset[str], uses: dict[str, dict[str, int]]) -> frozenset[str]:
    """The towns of several words that the person's own places spell, one after another,
    in a search: "cape" and "town" are read past as words, and "cape town" is where
    the neighbourhoods are looked for (thirty-eighth session)."""
    found = set()
    for name in known_towns().rows:
        parts = name.split(" ")
        if len(parts) > 1 and home.issuperset(parts):
            texts = uses.get(parts[0], {})
            if any(f" {name} " in f" {' '.join(words_of(t))} " for t in texts):
                found.add(name)
    return frozenset(found)


def _scattered(rest: Vectors, p: PlaceParams, limit: float | None = None) -> bool:
    """Whether a word's searches, read without it (``rest``, unit vectors), are
    ``scattered`` (or ``limit``) on average: the word names no one task but where several
    are done."""
    n = len(rest)
    if p.scattered is None or n < p.scattered_min:
        return False
    likeness = rest @ rest.T
    floor = p.scattered if limit is None else limit
    return bool((likeness.sum() - np.trace(likeness)) / (n * (n - 1)) < floor)


def _regions(words: Sequence[str], embed: Embed, p: PlaceParams) -> frozenset[str]:
    """The ``words`` the sentence model reads as a state rather than a town: ``region_like``
    like the ``region`` anchor and more like it than like the town ``anchor``."""
    if not words or not p.region or p.region_scattered is None:
        return frozenset()
    town, region, *named = embed([p.anchor, p.region, *words])
    return frozenset(
        w
        for w, v in zip(words, named, strict=True)
        if float(v @ region) >= p.region_like and float(v @ region) > float(v @ town)
    )


def place_like(words: Sequence[str], embed: Embed, params: PlaceParams) -> list[str]:
    """The ``words`` the sentence model reads alone as a place: ``place_like`` like the
    ``anchor`` or ``region_like`` like the ``region``, and more like either than like the
    ``indoors`` anchor."""
    p = params
    if not words:
        return []
    anchor, indoors, dwelling, region, *named = embed(
        [p.anchor, p.indoors or p.anchor, p.dwelling or p.anchor, p.region or p.anchor, *words]
    )
    out = []
    for w, v in zip(words, named, strict=True):
        town, wide = float(v @ anchor), float(v @ region) if p.region else -1.0
        if town < p.place_like and wide < p.region_like:
            continue
        inside = max(
            float(v @ indoors) if p.indoors else -1.0,
            float(v @ dwelling) if p.dwelling else -1.0,
        )
        if max(town, wide) > inside:
            out.append(w)
    return out


def country_like(words: Sequence[str], embed: Embed) -> list[str]:
    """The countries' names of ``words`` that the sentence model reads alone as a country
    (``COUNTRY_LIKE`` like "country"): "canada" 0.73, "portugal" 0.61, "peru" 0.51; not
    "jersey" (0.47) or "togo" (0.47). A country's letters ("uae") are one however read."""
    if not words:
        return []
    anchor, *named = embed(["country", *words])
    return [
        w
        for w, v in zip(words, named, strict=True)
        if float(v @ anchor) >= COUNTRY_LIKE or w in ABBREVIATED
    ]


def _goes_on(
    vector: Vectors,
    k: int,
    searches: Sequence[str],
    names: frozenset[str],
    table: Table,
    at: npt.NDArray[np.int64],
    p: PlaceParams,
) -> bool:
    """Whether a search (at position ``k``; ``vector``: read without the word, in any of its
    ``names``) is ``neighbour`` like one of the searches within ``window`` of it that do not
    name the word (the task it belongs to goes on without it)."""
    lo, hi = max(0, k - p.window), min(len(searches), k + p.window + 1)
    others = [j for j in range(lo, hi) if searches[j] and names.isdisjoint(words_of(searches[j]))]
    if not others:
        return False
    likeness = table.rows(at[others]) @ vector
    return bool(likeness.max() >= p.neighbour)


def without(text: str, words: frozenset[str]) -> str:
    """``text`` without ``words`` (whole words, in any case); the text as it is when
    nothing else would be left."""
    if not words:
        return text
    kept = [t for t in text.split() if _bare(t) not in words]
    if len(kept) == len(text.split()):
        return text
    rest = " ".join(kept)
    return rest if words_of(rest) else text


def _bare(token: str) -> str:
    return token.strip(",.;:!?()[]{}\"'").lower()


def travelled_to(
    words: frozenset[str], searches: Sequence[str], *, stayed: bool = True
) -> frozenset[str]:
    """The ``words`` that a search for a way to travel (``TRAVEL``: flights, trains, buses)
    names as where to go: a town it names after another ("flights chicago nashville",
    "vuelos houston oaxaca", "toronto to recife flights"), or before one it travels
    ``from`` ("flights to recife from toronto"); the one of them a search for a place to
    stay names (``STAY``: "hotels near mccormick place chicago"), where ``stayed``; and
    the countries of such towns."""
    if not words:
        return frozenset()
    out: set[str] = set()
    for text in searches:
        # a town of several words as one ("hotel zicatela puerto escondido")
        said = set(words_of(text)) | set(town_runs(words_in(text)))
        if words.isdisjoint(said):
            continue
        start, named = _route(text)
        out |= {w for w in named if w != start}
        if stayed and _stays(text.lower().split()):
            # a place to stay is looked for where one goes, of one town only
            towns = {w for w in said if w in words}
            towns -= _parts(towns)
            out |= towns if len(towns) == 1 else set()
    # and the words of a town of several words ("escondido", of "puerto escondido")
    out |= _parts(out)
    # and the countries of those towns ("iceland", of "montreal to reykjavik flights")
    land, countries = known_towns().land, country_names()
    gone = {land[w] for w in out if w in land}
    out |= {w for w in words if countries.get(w) in gone}
    return frozenset(out & words)


def _parts(names: Iterable[str]) -> set[str]:
    """The words of the towns of several words among ``names`` ("são", "paulo")."""
    return {part for name in names if " " in name for part in name.split(" ")}


def _stays(said: list[str]) -> bool:
    """Whether the words ``said`` look for a place to stay (``STAY``, ``_STAY_PAIRS``)."""
    return not STAY.isdisjoint(said) or any(pair.issubset(said) for pair in _STAY_PAIRS)


def origin(search: str) -> str | None:
    """The town a search for a way to travel (``TRAVEL``) names as where it goes from, if it
    names two towns or more (see ``travelled_to``): "chicago" of "flights chicago
    nashville", "toronto" of "flights to recife from toronto"; none where the first town
    is a short or function word ("to" is a town's name too)."""
    start = _route(search)[0]
    if start is None:
        return None
    return start if " " in start or start in words_of(search) else None


@lru_cache(maxsize=65_536)
def _route(search: str) -> tuple[str | None, tuple[str, ...]]:
    """Where a search for a way to travel goes from, and the towns it names (none for any
    other search, or one naming fewer than two towns). A town of several words is one
    ("passagem aérea são paulo santiago julho" goes from "são paulo")."""
    said = search.lower().split()
    if TRAVEL.isdisjoint(said):
        return None, ()
    towns = known_towns().rows
    named: list[str] = []
    at: list[int] = []  # where each named town starts among the words
    k = 0
    while k < len(said):
        for n in range(min(LONGEST, len(said) - k), 0, -1):
            run = " ".join(said[k : k + n])
            if run in towns:
                named.append(run)
                at.append(k)
                k += n
                break
        else:
            k += 1
    if len(set(named)) < 2:
        return None, ()
    start = named[0]
    for town, k in zip(named, at, strict=True):
        if k and said[k - 1] in _FROM:
            start = town
    return start, tuple(named)


@lru_cache(maxsize=65_536)
def words_of(text: str) -> tuple[str, ...]:
    """The words of three letters or more of ``text``, lower-cased, stopwords aside."""
    return tuple(w for w in _WORD.findall(text.lower()) if w not in STOPWORDS)


def _spread(texts: list[str], n: int) -> list[str]:
    """At most ``n`` of ``texts``, spread evenly over them."""
    if len(texts) <= n:
        return texts
    at = np.linspace(0, len(texts) - 1, n).round().astype(int)
    return [texts[i] for i in sorted(set(at.tolist()))]
