"""Gather small journeys into the established journey that owns their words.

Single-link over pieces joins what is alike text to text. A long topical journey (a season of
gardening, a month of song lyrics) also leaves small journeys behind whose texts are each too
unlike any one piece of it ("shevim daylily", "bankrupt on selling lyrics"), yet whose
distinctive words are, across the person's whole history, almost only ever used inside that one
journey. Such a word says where the small journey belongs better than any pair of texts can: a
later search for "kyoto weather april" belongs to the trip that holds every other "kyoto".

A small journey joins a larger one when one of its words (or distinctive sites) is used by at
least ``support`` pieces of that journey and by ``share`` or more of the pieces elsewhere that
use it, and the two journeys' centroids are at least ``min_like`` alike: a shared word must
not glue unrelated topics ("apple" the fruit and the company). A small journey that is
established itself (a task of its own, maybe) asks more (``established_min_like``): a
bakery's health inspection, six visits, says "bakery" as the bakery's Instagram does, and
the two are 0.33 alike as wholes. Nor is an established journey gathered by one word
of the language that under ``central`` of its own pieces use: an e-bike's eight visits
searched "battery" once ("e-bike battery range winter"), and the home battery for the
solar panels owns the word; the two were 0.35 alike as wholes. Two such words, one that
``central`` of its pieces use, a name or a site are evidence enough (the two halves of a
camping weekend share several). Words of page titles alone, which neither journey
searched, gather an established small journey only ``unsaid`` or more at a time, and then
count as one (thirty-first session): a vet's reading on a cat's hyperthyroidism (three
searches) was on sites named "Veterinary" (a teaching hospital, a journal, a manual), and
her veterinary conference's registration page says it too; the two are 0.37 alike as
wholes, and one title word tied them (week107 0.837 → 1.000). The halves of the camping
weekend share three ("Mt. Hood National Forest"). A site so owned needs less (``site_min_like``): a site
is not ambiguous the way a word is, and the pages of one small shop or fan site are often
named in words no sentence model ties to the topic ("unseen forces" and "pokemon cards",
both bought on one card shop). It asks only that the two are not unrelated (0.03;
0.1 until the thirty-third session): a doctoral student's thesis questions on one Q&A
site about LaTeX and, on the same site, "tikz figure font size match document" are 0.06
alike as wholes, because the model does not know TikZ is LaTeX's (week118 0.831 → 0.883,
week112 0.653 → 0.699, no other week moves). A name asks 0.1 still (``name_min_like``),
and so does a clicked result's site in a query log (``grouping.for_query_logs``: 0.03
moves Webis-SMC-12 missions' cluster-F 0.8702 → 0.8698). Words are counted afresh after each round,
until nothing moves: a journey that has gathered others owns their words too. A small journey
only ever joins a larger one, or one as large that started before it (the namecheap domain
and the portfolio templates of one website, seven visits each), and ties are broken by size
and time, never by a label.

A name is owned like a site: a word of letters that is not among the 100,000 most used
English words (a brand, a product, a place: "squarespace", "namecheap", "iphone"; an
accented word is looked for without its accents, as the counts hold it, since the
thirty-fifth session's step 69: "méxico" is the known "mexico", and two Spanish titles
naming the country, "Visas de no inmigrante - Servicios de Visa en México" and "Día de
Muertos en Oaxaca | México Desconocido", had tied a visa to a trip, week123), or not
among the 10,000 most used and split by the sentence model into pieces it has no meaning
for ("sharepoint", "northwind"), says where a small journey belongs as surely as a site
does. An IT administrator's SharePoint migration, its guest sharing and its staff training
are 0.2 alike as wholes: the model reads "share" and "point", not the product. A website's domain set-up ("namecheap
domain search", "squarespace connect domain from namecheap", 0.2 alike to the rest as a
whole) joins the portfolio journey that owns "squarespace"; "how to transfer whatsapp from
iphone to pixel" joins the phone comparison that owns "iphone". A town the person's searches name
(``engine.destinations``: no home town) is such a name where the two journeys both searched
it and no other journey uses it (twenty-second session): a conference's hotels in Vancouver
and, days later, "vancouver airport to downtown skytrain canada line fare" are 0.26 alike as
wholes. Where a third journey uses it too, it is a word like any other: a town named in the
searches of three tasks may be where the person often is. A town's name of several words
("santa fe", "salt lake city") is a word of each piece whose searches or titles spell it,
where the person searched it (``destinations.spelled_out``), and a name as a brand is, so
long as fewer than three journeys searched it (thirty-sixth session): a weekend in Santa Fe
searched its town once, then an inn and a spa whose pages name it ("… - Santa Fe Forum -
Tripadvisor", "Spa | Ten Thousand Waves, Santa Fe"), and no single word of it ties them
("santa" and "fe" are common). A name that an established small
journey says in passing (in under ``central`` of its pieces) is vouched for like a word,
though: no piece of a third journey nearby may be more alike by ``rival_margin``. A
teacher's lesson on volcanoes (nine visits) searched "volcano card sort gcse" once, and her
daughter's GCSE maths tutor owns "gcse"; the two are 0.19 alike as wholes, and the lesson's
own pages on Mount St. Helens, a journey of their own that week, 0.49. The domain set-up,
which names "squarespace" in one of its three pieces, has no such rival. A site visited in
passing so asks a word's likeness (``established_min_like``): a workplace's own code host
holds a merge request of every work task, and a Terraform state lock (ten visits, one
merge request) is 0.23 like the pod killed for its memory, which opened two.

A shared word does not outweigh meaning: the small journey must be nearly as alike to the
journey owning its word (within ``rival_margin``) as to any piece of a third journey near it
in time (``rival_window`` pieces on each side). "best dog bed for older dogs" shares "bed"
with a garden of raised beds (0.31 alike as wholes) but is 0.43 like "Dogs for Adoption Near
Boston", searched the same week: it stays with the dog. A site owned is exempt: its pages are
often named in words no model ties to the topic.

A name only small journeys use gathers them into the first of them (``scattered``): a
monstera's yellow leaves, its repotting, a moss pole and a grow light, searched on four
days, are four journeys of two to four visits, none established, each saying "monstera".
The likeness asked is a name's (``name_min_like``; a robot vacuum's app trouble, "roborock app no map after
update", is 0.27 like the vacuum compared and bought days before), and, with no owner to
vouch for it, the rival check a word's. A country one of the two names in passing (in
under ``central`` of its pieces) is asked a word's likeness (``min_like``; thirty-first
session): one journey may name it and the other a town of it, and the town may be the
person's own, named once. A developer in Warsaw searched
"forerunner 265 price poland media expert" for a running watch and "hydraulik warszawa
mokotów opinie remont łazienki" for his bathroom's plumber; the two are 0.21 alike as
wholes, and the country tied them (week108 0.869 → 0.954; no other week moves). A visa
for Canada and a hotel block in Vancouver, each named in its journey's one search, still
need only a name's likeness. A site only small journeys use gathers them so too
(twenty-second session): a mother hiring her first live-in helper read the ministry's
pages on the work permit one day and on the helper's medical examination four days later,
two journeys of two and three visits, 0.22 alike as wholes (the model reads "hire domestic
helper first time mom work permit steps" and "helper medical examination and settling in
programme" as two topics).

Two words a small journey's searches share with the searches of one established journey,
and that no other journey uses (``pair_words``), gather it too, if the two are
``pair_min_like`` alike as wholes and no piece of a third journey nearby is any more alike
(``pair_margin``): "o2 sensor vs catalytic converter symptoms" joins the car that searched
"catalytic converter replacement cost", where one piece is too few to own a word. Only what
was searched counts: page titles share words such as "order confirmation" or "checkout"
across shops and tasks. A word the established journey owns outright counts as one of the
two, and the likeness asked stays ``pair_min_like`` when gathering again: a daughter's
university applications searched "durham" and "psychology" on two days, and the league
table and student finance of a later evening (four visits, 0.37 alike as a whole) searched
both.

Two small journeys gather the same way when two words of letters are searched by both and
by no other journey (``pair_small``), within ``returned_days`` of each other: a concert
trip's tickets and the hotel by its arena (four visits), and its flights and airport train
(four), searched "london" and "greenwich" and nothing else did; the two were 0.37 alike as
wholes, under what one word asked until the twenty-seventh session (0.4; now 0.35).

A task taken up again days later is gathered by a word both journeys searched, where only
small journeys use it (``returned``): "how to stack a three tier cake with dowels" on a
Monday and "tiered wedding cake pricing per slice" two days later are two journeys of two
visits, neither established, both searching "cake". A journey of at most
``returned_items`` items may join any other small journey that searched the word and is
larger, or as large and earlier: those sharing the most such words first, then the larger.
It joins the first whose nearest piece is at most ``returned_days`` away, that is
``returned_min_like`` alike as a whole, and than which no piece of a third journey nearby
is more alike. The soccer league that also searched "cake" for its party is larger but
unlike the cake's pricing: the tiers are the journey joined. Six items are few enough:
old floorboards oiled, their gaps filled and kneeling pads looked up one morning (five
visits) join the sanding and the sander hired three days before, both searching
"floorboards", 0.44 alike as wholes. Ten days are near enough (seven until the
twenty-second session): a night-shift nurse searched "melatonin for shift workers
australia pharmacist" nine days after "how to sleep after night shift nurse tips", 0.46
alike as wholes. The floor was 0.4 until the twenty-seventh session; at 0.35 a Berlin
engineer's pod, killed for its memory, gathers his searches of the JVM's and Netty's
memory settings, which say "memory" as the pod's do, and a nurse's used car in Nairobi
its logbook transfer and insurance (week83 0.770 → 0.938, week60 0.880 → 0.952; week46,
week5 and week8 gain; mean pair F1 over 144 week files 0.9140 → 0.9168), while a
student's "vancouver" ties a hike's bear spray and her permit's biometrics to her road
bike (week23 0.813 → 0.732); at 0.3, week41 falls 1.000 → 0.668. A word of the language
says less than a name, hence the higher floor, the few items and the time: weeks apart, a
shared "phoenix" or "music" is a coincidence of a query log, not one task. Nor does a word
gather where the small journey is not, on average, ``returned_coherence`` alike to the
journeys that searched it: a student's city ("madison") is in the searches of a sublet,
an internship and a birthday, and ties none of them. Particles of two letters ("la", "el",
"ny") are not such words. Nor is a town that three journeys or more searched before any
gathering, where the small journey says it in passing (in under ``central`` of its pieces),
and once gathering leaves only two journeys searching it, it is no name either (thirtieth
session): a restaurant owner in Chicago names his town in most searches of his health
inspection, in one of his line cook's hiring and in a refrigeration repair, and the
hiring, 0.46 like the inspection as a whole (both are his restaurant's), was gathered into
it by the town (week100 0.664 → 0.821; no other week, nor the labelled sets, moves).
Without times (``span``), nothing is gathered so. The three journeys must have searched
the town on three days or more (fiftieth session, step 105): a veterinary nurse in Leeds
searched "edinburgh hen do ideas cocktail masterclass" for her sister's hen weekend, and
three days later, in one sitting, "lner leeds to edinburgh trains friday" and "airbnb
edinburgh old town sleeps 8", two journeys before any gathering. A trip planned in two
sittings is no town where she lives. Where the established journey searched the town
once (under ``support`` pieces), a small journey every piece of which names it (two at
least) is gathered by it all the same, at a name's likeness and with the rival check: the
train and the flat (0.25 like the hen weekend as a whole) join it (week172 0.887 →
0.931; no other of the 230 week files moves, nor the labelled sets). A town the small
journey names in one of its pieces says less: "leeds", where the train goes from.

Nothing gathers two journeys whose nearest pieces are more than ``max_days`` apart: a
word says where a small journey belongs among the tasks of those weeks, not across a
year. The second best man's speech of a person, or a kitchen renovated again, months
after the first, is a task of its own; a season's long topical journey keeps gathering,
since its pieces are never far from the small journeys it takes in.

Gathering runs again once side steps have joined the journeys beside them (``engine.beside``),
since a journey that took in its side steps may then be established, or own a word: a camping
weekend's reservation and forecast (six visits) and its checklist, fire ban and sleeping pad
(six) share "Mt. Hood National Forest". Both are larger by then than what the first round
gathers, so the second asks more of their likeness (``again_min_like``): two tasks of one
person may share a word as common as "recipe" or "temperature" (a sourdough and a kimchi)
and be 0.3 alike as wholes.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from journeys.engine.embedding import Vectors, normalize
from journeys.engine.likeness import Index, Table
from journeys.engine.vocabulary import model_words, most_used, unaccented

__all__ = ["GatherParams", "gather", "land_word", "site_word"]
_DAY_US = 86_400_000_000

_SITE = "@"  # marks a site among a piece's words: no word starts with it
_LAND = "^"  # marks a country a piece's searches name
KNOWN_WORDS = 100_000  # the most used English words; a longer word of letters past them is a name
COMMON_WORDS = 10_000  # the words of the language every reader knows, split by the model or not


def known_words() -> frozenset[str]:
    """The ``KNOWN_WORDS`` most used English words."""
    return most_used(KNOWN_WORDS)


@lru_cache(maxsize=1 << 18)
def is_name(word: str) -> bool:
    """A word of more than three letters that is a brand, a product or a place, which ties
    two journeys the way a site does: one not among the known English words
    ("squarespace", "namecheap", "iphone": the counts predate it), or one past the
    ``COMMON_WORDS`` that the sentence model splits into pieces, so that only the word
    itself, not its meaning, can tie two searches ("sharepoint", "share" + "##point";
    "northwind", a company). A common word the model splits ("beginner") is no name: a
    floor's sanding and a ukulele, both for beginners, are two tasks."""
    if len(word) <= 3 or not word.isalpha():
        return False
    if not word.isascii():
        word = unaccented(word)  # the counts are of words without accents: "méxico" is "mexico"
    if word not in known_words():
        return True
    whole = model_words()
    common = most_used(COMMON_WORDS)
    if not whole or word in whole or word in common:
        return False
    return not any(stem in whole or stem in common for stem in _stems(word))


_ENDINGS = ("ings", "ing", "ers", "er", "ed", "es", "s", "ly", "d")


def _stems(word: str) -> list[str]:
    """What ``word`` may be an inflection of ("sanding": "sand"; "tiered": "tier";
    "installers": "install"), for a word the model splits but knows the stem of."""
    out = [word[:-3] + "y"] if word.endswith("ies") else []
    for ending in _ENDINGS:
        rest = word[: -len(ending)]
        if word.endswith(ending) and len(rest) >= 3:
            out += [rest, rest + "e"]
            if len(rest) > 3 and rest[-1] == rest[-2]:
                out.append(rest[:-1])
    return out


def site_word(host: str) -> str:
    """A distinctive site as one of a piece's words."""
    return _SITE + host


def land_word(code: str) -> str:
    """A country a piece's searches name (``engine.destinations``), as one of its words."""
    return _LAND + code.lower()


def is_land(word: str) -> bool:
    """Whether one of a piece's words is a country its searches name (``land_word``)."""
    return word.startswith(_LAND)


def _named_floor(word: str, p: GatherParams) -> float:
    """The likeness a site (``site_min_like``) or a name, town or country
    (``name_min_like``) asks of the two journeys it would gather."""
    return p.site_min_like if word.startswith(_SITE) else p.name_min_like


@dataclass(frozen=True, slots=True, kw_only=True)
class GatherParams:
    """When a small journey is gathered into an established one (see the module docstring)."""

    small: int = 10  # items: a journey this small may be gathered
    established: int = 5  # items: a journey this large may gather
    support: int = 2  # pieces of the gathering journey that use the word
    share: float = 0.7  # of the pieces elsewhere that use the word
    min_like: float = 0.3  # cosine of the two journeys' centroids
    established_min_like: float = 0.35  # the same, where the small journey is established too
    site_min_like: float = 0.03  # the same, where a site owned by the larger one says so
    name_min_like: float = 0.1  # the same, where a name (or a town) owned says so
    again_min_like: float = 0.45  # the cosine asked when gathering again, after side steps
    rival_margin: float = 0.1  # no piece of a third journey nearby more alike by this
    rival_window: int = 200  # pieces looked at on each side for such a rival, at most
    pair_words: int = 2  # words only one established journey else uses, enough to gather
    pair_margin: float = 0.0  # the rival margin where only such words say so
    pair_small: bool = True  # two words only two small journeys searched gather them
    central: float = 0.5  # of an established small journey's pieces, using the one word
    unsaid: int = 2  # words of titles alone, neither journey's search, that gather it
    pair_min_like: float = 0.3  # the cosine asked where only such words say so, every round
    scattered: bool = True  # a name only small journeys use gathers them into the first
    returned: bool = True  # a searched word only small journeys use, days apart
    returned_items: int = 6  # items: a journey this small may be gathered so
    returned_min_like: float = 0.35  # the cosine of the two journeys' centroids asked
    returned_margin: float = 0.0  # the rival margin asked
    returned_days: float = 10.0  # the most days between the two journeys' nearest pieces
    returned_coherence: float = 0.3  # mean cosine with every journey that searched the word
    rounds: int = 10  # at most; words are counted afresh each round, until nothing moves
    max_days: float = 21.0  # the most days between the two journeys' nearest pieces, any way

    def __post_init__(self) -> None:
        counts = (self.small, self.established, self.support, self.rounds, self.rival_window)
        if min(*counts, self.returned_items, self.unsaid) < 1:
            raise ValueError(
                "small, established, support, rival_window, rounds, returned_items and unsaid"
                " must be >= 1"
            )
        if not 0 <= self.rival_margin <= 2 or not 0 <= self.returned_margin <= 2:
            raise ValueError("rival_margin and returned_margin must be between 0 and 2")
        likes = (
            self.min_like,
            self.again_min_like,
            self.pair_min_like,
            self.established_min_like,
            self.returned_min_like,
            self.returned_coherence,
            self.site_min_like,
            self.name_min_like,
        )
        if not all(-1 <= like <= 1 for like in likes):
            raise ValueError(
                "min_like, again_min_like, pair_min_like, established_min_like, "
                "returned_min_like, returned_coherence, site_min_like and name_min_like "
                "must be between -1 and 1"
            )
        if self.returned_days < 0 or self.max_days < 0:
            raise ValueError("returned_days and max_days must be >= 0")
        if not 0.5 < self.share <= 1:
            raise ValueError("share must be in (0.5, 1]: one journey owns a word")
        if not 0 <= self.central <= 1:
            raise ValueError("central must be between 0 and 1")


def gather(
    journey: Index,
    sizes: Index,
    words: Sequence[set[str]],
    centroids: Table,
    params: GatherParams | None = None,
    typed: Sequence[set[str]] | None = None,
    span: tuple[Index, Index] | None = None,
    towns: Sequence[frozenset[str]] = (),
    town_words: frozenset[str] = frozenset(),
) -> Index:
    """Journey label per piece after gathering (labels are those of ``journey``).

    ``sizes``: items per piece; ``words``: the distinctive words and sites of each piece;
    ``centroids``: one unit row per piece, its texts' centroid; ``typed``: the words of each
    piece's searches (None: every word was typed, as in a query log); ``span``: each
    piece's first and last time in µs (None: unknown, and ``returned`` gathers nothing);
    ``towns``: the towns each piece's searches name (``engine.destinations``): no journey
    joins one whose searches name towns, none of them its own."""
    p = params or GatherParams()
    out = journey.copy()
    searched = words if typed is None else typed
    spread: dict[str, set[int]] = defaultdict(set)
    days: dict[str, set[int]] = defaultdict(set)
    for piece, piece_words in enumerate(searched):
        for word in piece_words & town_words:
            spread[word].add(int(journey[piece]))
            if span is not None:
                days[word].add(int(span[0][piece]) // _DAY_US)
    # towns three journeys searched on three days before any gathering: where the person
    # is, maybe (a trip's two pieces of one sitting and one other day are no such three)
    about = frozenset(
        w for w, among in spread.items() if len(among) > 2 and (span is None or len(days[w]) > 2)
    )
    for _ in range(p.rounds):
        seen = _Words(words, searched, span, towns, town_words, about)
        step = _round(out, sizes, seen, centroids, p)
        if step is None:
            break
        out = step
    return out


class _Words(NamedTuple):
    """Each piece's distinctive words and sites, and the words of its searches."""

    all: Sequence[set[str]]
    typed: Sequence[set[str]]
    span: tuple[Index, Index] | None  # each piece's first and last time (µs)
    towns: Sequence[frozenset[str]]  # the towns each piece's searches name (or none known)
    town_words: frozenset[str] = frozenset()  # the words that name them
    about: frozenset[str] = frozenset()  # the towns three journeys or more searched


def _round(
    journey: Index, sizes: Index, words: _Words, centroids: Table, p: GatherParams
) -> Index | None:
    """One round of gathering, with the words counted afresh; None when nothing moves."""
    if len(journey) == 0:
        return None
    labels, inverse = np.unique(journey, return_inverse=True)
    inverse = inverse.reshape(-1)
    items = np.bincount(inverse, weights=sizes, minlength=len(labels)).astype(np.int64)
    choices = _choices(inverse, items, words, p)
    if not choices:
        return None
    owners = {j for ranked in choices.values() for c in ranked for j in (c.owner, *c.ask.among)}
    means = _means(inverse, sizes, centroids, {*choices, *owners})
    parent = np.arange(len(labels))
    pieces = np.arange(len(inverse), dtype=np.int64)
    first = np.full(len(labels), len(inverse), dtype=np.int64)
    last = np.zeros(len(labels), dtype=np.int64)
    np.minimum.at(first, inverse, pieces)
    np.maximum.at(last, inverse, pieces)
    apart = _Apart.of(words.span, inverse, len(labels))
    named: dict[int, set[str]] = defaultdict(set)
    for piece, t in enumerate(words.towns):
        named[int(inverse[piece])] |= t
    for k, ranked in choices.items():
        near = _near(k, first, last, inverse, p.rival_window)
        alike = centroids.rows(near) @ means[k]  # each piece near it in time, once
        for o, (floor, margin, days, among) in ranked:
            like = float(means[k] @ means[o])
            if words.span is not None:
                days = min(days, p.max_days)
            if named[k] and named[o] and not named[k] & named[o]:
                continue  # two trips planned at once
            if (
                like >= floor
                and (days == math.inf or apart.days(k, o) <= days)
                and _coherent(k, among, means, p.returned_coherence)
                and (margin == math.inf or like + margin >= _rival(o, near, alike, inverse))
            ):
                parent[k] = o
                break
    if (parent == np.arange(len(labels))).all():
        return None
    root = parent.copy()
    for k in range(len(root)):
        r = k
        while parent[r] != r:
            r = int(parent[r])
        root[k] = r
    out: Index = labels[root[inverse]]
    return out


def _coherent(k: int, among: frozenset[int], means: dict[int, Vectors], floor: float) -> bool:
    """Whether journey ``k`` is, on average, ``floor`` alike to the journeys ``among`` (those
    that searched the word it would be gathered by; none: no such word): a word searched in
    unlike journeys is a person's city or trade, not one task's."""
    if not among:
        return True
    return float(np.mean([means[k] @ means[j] for j in among])) >= floor


def _near(k: int, first: Index, last: Index, inverse: Index, window: int) -> Index:
    """The pieces within ``window`` pieces of journey ``k``'s own that are not its own."""
    lo = max(0, int(first[k]) - window)
    near = np.arange(lo, min(len(inverse), int(last[k]) + window + 1))
    out: Index = near[inverse[near] != k]
    return out


def _rival(o: int, near: Index, alike: Vectors, inverse: Index) -> float:
    """The most a piece ``near`` the small journey (``alike``: its likeness to each) is like
    it, of the pieces that are not of ``o``, the journey it would join."""
    others = inverse[near] != o
    return float(alike[others].max()) if others.any() else -1.0


class _Choice(NamedTuple):
    """A journey a small one would join, and what joining asks of the two."""

    owner: int
    ask: _Ask


def _choices(
    inverse: Index, items: Index, words: _Words, p: GatherParams
) -> dict[int, list[_Choice]]:
    """Per small journey, the journeys it would join, those owning most of its words first:
    the first alike enough is joined (a title's boilerplate, "Pull Request" on a code host,
    may give another journey more words than the one it belongs to). Ties go to the larger
    journey, then to the one that started first: never to a label, which says nothing."""
    small = items <= p.small
    first = np.full(len(items), len(inverse), dtype=np.int64)
    np.minimum.at(first, inverse, np.arange(len(inverse), dtype=np.int64))
    rank = list(zip((-items).tolist(), first.tolist(), strict=True))
    own: dict[int, Counter[str]] = defaultdict(Counter)
    for piece, piece_words in enumerate(words.all):
        k = int(inverse[piece])
        if small[k]:
            own[k].update(piece_words)
    if not own:
        return {}
    asked = set().union(*own.values())
    pieces = np.bincount(inverse, minlength=len(items))
    uses = _Uses(
        defaultdict(Counter),
        defaultdict(set),
        items,
        small,
        rank,
        pieces,
        words.town_words,
        words.about,
    )
    for piece, piece_words in enumerate(words.all):
        k = int(inverse[piece])
        for word in piece_words & asked:
            uses.per[word][k] += 1
        for word in words.typed[piece] & asked:
            uses.said[word].add(k)
    choice: dict[int, list[_Choice]] = {}
    for k, mine in own.items():
        ranked = uses.owners(k, mine, p)
        if ranked:
            choice[k] = ranked
    return choice


@dataclass(frozen=True, slots=True)
class _Uses:
    """Which journeys use each word (pieces per journey) and whose searches hold it."""

    per: dict[str, Counter[int]]
    said: dict[str, set[int]]
    items: Index
    small: npt.NDArray[np.bool_]
    rank: list[tuple[int, int]]
    pieces: Index  # pieces per journey
    towns: frozenset[str] = frozenset()  # the towns the person's searches name
    about: frozenset[str] = frozenset()  # of those, the towns three journeys searched

    def owners(self, k: int, mine: Counter[str], p: GatherParams) -> list[_Choice]:
        """The journeys small journey ``k`` would join, by its words ``mine`` (see the
        module docstring for each kind of evidence)."""
        votes: Counter[int] = Counter()
        asks: dict[int, _Ask] = {}  # owner: what joining it asks, the most lenient
        alone: Counter[int] = Counter()  # words only that established journey else uses
        spoken: set[int] = set()  # owners of such a word that both searched
        incidental: Counter[int] = Counter()  # owned words few of its pieces use, per owner
        unvoted: Counter[int] = Counter()  # of those words, the ones not owned outright
        between: Counter[int] = Counter()  # words only k and that small journey searched
        unsaid: Counter[int] = Counter()  # owned words of titles alone, per owner
        unsaid_aside: Counter[int] = Counter()  # of those, the ones few of k's pieces use
        for word, count in mine.items():
            counts = self.per[word]
            rest = sum(counts.values()) - count
            if rest < 1:
                continue
            owner = min((o for o in counts if o != k), key=lambda o: (-counts[o], *self.rank[o]))
            if self.rank[owner] >= self.rank[k]:
                continue  # never into a smaller journey, or as large and later
            owned = counts[owner]
            established = self.items[owner] >= p.established
            saying = self.said.get(word, set())  # the journeys whose searches hold it
            searched = {k, owner} <= saying
            searched_by = k in saying or owner in saying  # either of them
            land = word.startswith(_LAND)
            # a town three journeys searched is no name, even once gathering leaves two
            town = (
                searched
                and (land or word in self.towns)
                and rest == owned
                and word not in self.about
            )
            if land and not town:
                continue  # a country of more journeys is maybe the person's own
            # a town of several words the person searched: a name as a rare word is
            spelled = " " in word and word in self.towns and word not in self.about
            named = word.startswith(_SITE) or is_name(word) or town or spelled
            scattered = self.small[list(counts)].all()
            only = p.pair_words and established and rest == owned and not land
            if only:
                alone[owner] += 1
                if searched:
                    spoken.add(owner)
            elif p.pair_small and rest == owned and searched and word.isalpha() and len(word) > 2:
                between[owner] += 1  # searched by the two small journeys only
            if established and min(rest, owned) >= p.support and owned >= p.share * rest:
                floor = self._floor(k, p)
                aside = count < p.central * self.pieces[k]  # few of k's pieces use it
                passing = aside and self.items[k] >= p.established
                if not named and self.items[k] >= p.established and not searched_by:
                    # a word of page titles alone, neither journey's search: one is a
                    # site's name or a field's ("Veterinary"), several a place's
                    unsaid[owner] += 1
                    unsaid_aside[owner] += aside
                    continue
                if not named:
                    ask = _Ask(floor, p.rival_margin)
                    # a common word a task of its own says as often as the journey owning
                    # it is as much its own, and alone it gathers nothing: a baby monitor
                    # ("Infant Optics") is no part of the daycare that searched "infant"
                    # as often (week152); two such words are a task's halves ("used
                    # car"), and so is a rarer one ("hpa" of an autoscaler's two halves)
                    incidental[owner] += aside or (
                        self.items[k] >= p.established
                        and count >= owned
                        and word in most_used(COMMON_WORDS)
                    )
                elif passing and word.startswith(_SITE):
                    ask = _Ask(floor, p.rival_margin)  # a site in passing: a word's floor
                elif town and not land and self.items[k] >= p.established and not is_name(word):
                    # a town two tasks of their own searched: maybe where the person is
                    ask = _Ask(floor, p.rival_margin)
                elif passing:
                    ask = _Ask(p.name_min_like, p.rival_margin)  # a name in passing
                else:
                    ask = _Ask(_named_floor(word, p), math.inf)
            elif only and town and not land and count == self.pieces[k] > 1:
                # a town both searched, that every piece of the small journey names: where
                # it goes ("lner leeds to edinburgh trains", "airbnb edinburgh old town"),
                # though the established journey named it once ("edinburgh hen do ideas")
                ask = _Ask(_named_floor(word, p), p.rival_margin)
            elif only and word.startswith(_SITE) and k in saying:
                # a site the small journey's search names ("craigslist bike scam") and one
                # established journey read: a name's floor, however few of its pieces
                ask = _Ask(p.name_min_like, p.rival_margin)
            elif only:
                unvoted[owner] += 1
                continue
            elif p.scattered and named and scattered:
                # a country one of the two journeys names in passing asks a word's floor
                said_by_both = (
                    min(count / self.pieces[k], counts[owner] / self.pieces[owner]) >= p.central
                )
                floor = _named_floor(word, p) if said_by_both or not land else p.min_like
                ask = _Ask(floor, p.rival_margin)
            elif p.returned and scattered and self._returns(k, word, count, p):
                among = frozenset(self.said[word] - {k})
                ask = _Ask(p.returned_min_like, p.returned_margin, p.returned_days, among)
                for o in self.said[word] - {k}:
                    if self.rank[o] < self.rank[k]:  # the first, or larger, of the others
                        votes[o] += 1
                        asks[o] = min(asks.get(o, ask), ask, key=_Ask.strictness)
                continue
            else:
                continue
            votes[owner] += 1
            asks[owner] = min(asks.get(owner, ask), ask, key=_Ask.strictness)
        for owner, n in unsaid.items():
            if n >= p.unsaid:  # counted as one word
                votes[owner] += 1
                incidental[owner] += unsaid_aside[owner]
                ask = _Ask(self._floor(k, p), p.rival_margin)
                asks[owner] = min(asks.get(owner, ask), ask, key=_Ask.strictness)
        for owner, n in alone.items():
            if n >= p.pair_words and owner in spoken and self.items[k] < p.established:
                votes[owner] += unvoted[owner]
                ask = _Ask(p.pair_min_like, p.pair_margin)
                asks[owner] = min(asks.get(owner, ask), ask, key=_Ask.strictness)
        for owner, n in between.items():
            if n >= p.pair_words and self.items[k] < p.established:
                votes[owner] += 1
                ask = _Ask(p.pair_min_like, p.pair_margin, p.returned_days)
                asks[owner] = min(asks.get(owner, ask), ask, key=_Ask.strictness)
        if self.items[k] >= p.established:
            votes = Counter({o: n for o, n in votes.items() if n > 1 or not incidental[o]})
        ranked = sorted(votes, key=lambda o: (-votes[o], *self.rank[o]))
        return [_Choice(o, asks[o]) for o in ranked]

    def _floor(self, k: int, p: GatherParams) -> float:
        """The likeness a word asks of small journey ``k`` and the journey owning it: more
        where ``k`` is established itself, a task of its own maybe."""
        if self.items[k] >= p.established:
            return max(p.min_like, p.established_min_like)
        return p.min_like

    def _returns(self, k: int, word: str, count: int, p: GatherParams) -> bool:
        """Whether small journey ``k`` may be gathered by a word of the language that it
        searched, as a task taken up again (``returned``): it is a journey of a few items and
        the word more than a particle ("la", "ny"); nor a town that three journeys or more
        searched (where the person is, maybe) and that ``k`` says in passing (in under
        ``central`` of its ``count`` pieces)."""
        return (
            len(word) > 2
            and self.items[k] <= p.returned_items
            and k in self.said.get(word, ())
            and not (word in self.about and count < p.central * self.pieces[k])
        )


class _Ask(NamedTuple):
    """What joining a journey asks: the likeness of the two, at least; how much more alike
    a piece of a third journey nearby may be (inf: any); how many days apart the two
    journeys' nearest pieces may be (inf: any)."""

    floor: float
    margin: float
    days: float = math.inf
    among: frozenset[int] = frozenset()  # the journeys that searched the word

    def strictness(self) -> tuple[float, float, float, int, tuple[int, ...]]:
        """Order of leniency: the lower floor first, then the wider margin and days, then
        the word searched by the fewest other journeys (its coherence asks least of the
        two; a word of a third journey too would keep a visa's biometrics apart from its
        application), and last the journeys themselves, so that no order of words decides."""
        return self.floor, -self.margin, -self.days, len(self.among), tuple(sorted(self.among))


@dataclass(frozen=True, slots=True)
class _Apart:
    """When each journey's pieces were, to tell how far apart two journeys' nearest pieces
    are: a task taken up again days later, not a word shared weeks apart."""

    span: tuple[Index, Index] | None  # each piece's first and last time (µs)
    order: Index  # the pieces, journey by journey
    bounds: Index  # where each journey's pieces start in ``order``

    @classmethod
    def of(cls, span: tuple[Index, Index] | None, inverse: Index, n: int) -> _Apart:
        order = np.argsort(inverse, kind="stable")
        bounds = np.searchsorted(inverse[order], np.arange(n + 1))
        return cls(span, order, bounds)

    def days(self, a: int, b: int) -> float:
        """Days between the nearest pieces of journeys ``a`` and ``b`` (inf without times)."""
        if self.span is None:
            return math.inf
        start, end = self.span
        mine = self.order[self.bounds[a] : self.bounds[a + 1]]
        theirs = self.order[self.bounds[b] : self.bounds[b + 1]]
        gap = np.maximum(
            start[mine][:, None] - end[theirs][None, :],
            start[theirs][None, :] - end[mine][:, None],
        )
        return max(float(gap.min()), 0.0) / _DAY_US


def _means(inverse: Index, sizes: Index, centroids: Table, wanted: set[int]) -> dict[int, Vectors]:
    """Unit centroid of each wanted journey: its pieces' centroids weighted by their items."""
    keys = np.fromiter(sorted(wanted), dtype=np.int64)
    at = np.flatnonzero(np.isin(inverse, keys))
    slot = np.searchsorted(keys, inverse[at])
    sums = np.zeros((len(keys), centroids.dim), dtype=np.float32)
    np.add.at(sums, slot, centroids.rows(at) * sizes[at, None].astype(np.float32))
    units = normalize(sums, in_place=True)
    return dict(zip(keys.tolist(), units, strict=True))
