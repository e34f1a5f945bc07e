"""Group a person's time-ordered visits into sessions, tasks and journeys.

Three levels, each a plain list of labels aligned with the items:

- *session*: a sitting, cut by time gaps and topic shifts (``engine.sessions``);
- *piece*: the smallest run that surely belongs together: the navigation tree (referrer and
  opener chains), repeats of one search, and back-to-back items of like text;
- *journey*: pieces joined across sessions and days by single-link over a combined likeness of
  meaning (sentence vectors), words (character trigrams), shared sites and sitting together,
  less for pieces months apart (``decay`` past ``decay_after_days``);
  the journey's part inside one session is a *task*. Small journeys are then gathered into
  the established journey that owns their words or sites (``engine.gather``), a small piece
  joins the journey of a like piece right beside it in its sitting (``engine.beside``), small
  journeys are gathered once more where that made a journey own their words, journeys
  that are rounds of quick visits made side by side, run after run, are joined
  (``engine.together``), and a small journey with a page read joins the established
  journey of the same days it is clearly most like (``engine.nearest``).

Habit visits (``Item.noise``) never link pieces; they join a journey only through navigation.
The defaults were chosen with ``journeys eval`` on Webis-SMC-12 (see docs/quality.md).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_matrix  # type: ignore[import-untyped]
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from journeys.engine.baselines import _UnionFind, plain_terms
from journeys.engine.beside import BesideParams, beside
from journeys.engine.destinations import (
    ERRAND_KM,
    NEAR_KM,
    lands,
    named_in,
    own_lands,
    regions,
    spelled_out,
)
from journeys.engine.embedding import Vectors, normalize
from journeys.engine.gather import GatherParams, gather, is_name, land_word, site_word
from journeys.engine.gazetteer import known_towns, nearby, other_names
from journeys.engine.items import Item, Items
from journeys.engine.language import LanguageParams, own_terms, shares
from journeys.engine.likeness import Index, Table, TextSpace
from journeys.engine.links import BLOCK, Linker, Pieces, Ragged, in_order
from journeys.engine.mail import MailParams, Read, attach_messages, follow_messages
from journeys.engine.nearest import NearestParams, nearest
from journeys.engine.noise import is_broad
from journeys.engine.outcome import is_checkout_title
from journeys.engine.places import PlaceParams, origin, travelled_to
from journeys.engine.rehome import RehomeParams, rehome
from journeys.engine.sessions import SessionParams
from journeys.engine.sittings import cut, piece_edges, pieces
from journeys.engine.titles import says_little
from journeys.engine.together import (
    AlongsideParams,
    TogetherParams,
    alongside,
    runs_of,
    together,
)
from journeys.engine.vocabulary import model_words, unaccented
from journeys.urls import is_web_engine

__all__ = ["UNASSIGNED", "GroupParams", "Grouping", "Item", "Items", "for_query_logs", "group"]

UNASSIGNED = -1


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupParams:
    """Hyper-parameters of grouping, validated once."""

    session: SessionParams = field(
        default_factory=lambda: SessionParams(
            short_gap_min=6.0, max_gap_min=90.0, threshold=0.2, window=3
        )
    )
    piece: SessionParams = field(
        default_factory=lambda: SessionParams(short_gap_min=0.0, max_gap_min=20.0, threshold=0.3)
    )
    link: float = 0.55
    attach_link: float = 0.4  # the same, for one visit attached to a journey without a rebuild
    text_weight: float = 0.5
    site_bonus: float = 0.3
    session_bonus: float = 0.1
    min_text: float = 0.3
    decay: float = 1.0  # likeness taken off a link per doubling of the days apart, past:
    decay_after_days: float = 60.0  # days two pieces may be apart without it
    bridge: float = 0.1
    bridge_pieces: int = 5
    coherence: float = 0.15
    common_pieces: float = 8000.0
    window: int = 400
    candidates: int = 30
    representatives: int = 6
    rare_term_pieces: int = 50
    task_link: float = 0.6
    follow_min: float = 1.0
    follow_link: float = 0.3
    task_window: int = 12
    task_gap_min: float = 26.0
    lone_pages: bool = False
    gather: GatherParams | None = field(default_factory=GatherParams)
    beside: BesideParams | None = field(default_factory=BesideParams)
    together: TogetherParams | None = field(default_factory=TogetherParams)
    alongside: AlongsideParams | None = field(default_factory=AlongsideParams)
    nearest: NearestParams | None = field(default_factory=NearestParams)
    mail: MailParams | None = field(default_factory=MailParams)
    rehome: RehomeParams | None = field(default_factory=RehomeParams)
    places: PlaceParams | None = field(default_factory=PlaceParams)  # read before grouping
    language: LanguageParams | None = field(default_factory=LanguageParams)

    def __post_init__(self) -> None:
        if not 0 < self.link <= 2 or not 0 < self.attach_link <= 2:
            raise ValueError("link and attach_link must be in (0, 2]")
        if not 0 <= self.text_weight <= 1:
            raise ValueError("text_weight must be between 0 and 1")
        if self.decay < 0 or self.decay_after_days < 0:
            raise ValueError("decay and decay_after_days must be >= 0")
        if self.common_pieces <= 0:
            raise ValueError("common_pieces must be > 0")
        if (
            min(
                self.window,
                self.candidates,
                self.representatives,
                self.rare_term_pieces,
                self.task_window,
            )
            < 1
        ):
            raise ValueError(
                "window, candidates, representatives, rare_term_pieces and task_window must be >= 1"
            )


def for_query_logs() -> GroupParams:
    """The parameters a query log is grouped with (``journeys segment``, ``journeys eval``),
    where an item is a search and its host the site of a result clicked, whose page is not
    seen: a lone page is dropped as a stray, and a site owned asks 0.1 likeness, not a
    browser's 0.03 (on Webis-SMC-12 missions, 0.03 moves cluster-F 0.8702 → 0.8698). A
    town a hotel is searched in stays a candidate home (``PlaceParams.stayed``): in a
    search engine's log it moves missions' cluster-F 0.8712 → 0.8694 (P 0.9207 → 0.9154;
    forty-fourth session). Nor is a town written before the user's own state theirs
    (``PlaceParams.in_region``): in a search engine's log it moves missions' cluster-F
    0.8715 → 0.8641 (P 0.9229 → 0.8943; fifty-third session)."""
    base = GroupParams(lone_pages=True)
    if base.places is not None:
        base = replace(base, places=replace(base.places, stayed=False, in_region=False))
    if base.nearest is not None:
        # an item's host is a clicked result's, not where it was searched
        base = replace(base, nearest=replace(base.nearest, site_searches=False))
    if base.gather is None:
        return base
    return replace(base, gather=replace(base.gather, site_min_like=0.1))


@dataclass(frozen=True, slots=True)
class Grouping:
    """Labels per item: session, task and journey (``UNASSIGNED`` for stray or habit items)."""

    session: list[int]
    task: list[int]
    journey: list[int]


def group(
    items: Sequence[Item] | Items,
    vectors: Vectors | Table,
    params: GroupParams | None = None,
    *,
    rows: Sequence[int] | None = None,
    processes: bool | None = None,
    towns: frozenset[str] = frozenset(),
    home: frozenset[str] = frozenset(),
    languages: Mapping[str, Vectors] | None = None,
) -> Grouping:
    """Sessions, tasks and journeys of time-ordered items with unit text vectors.

    ``vectors`` has one row per item, or one per distinct text when ``rows`` maps each item
    to its text's row (what large histories use: a text is stored and compared once).
    ``processes`` says whether links are worked out in worker processes or threads (None:
    processes where the platform forks and the history is large); the result is the same.
    ``towns``: the words of the person's searches that name towns (``engine.destinations``):
    two pieces whose searches name towns, none of them the same, are not linked.
    ``home``: the person's own places (``engine.places``): no journey owns them, so they
    gather nothing. ``languages``: the direction the sentence model gives each language
    but English (``engine.language.directions``), taken off the pieces written in one
    (None: every piece is read as English is).
    """
    p = params or GroupParams()
    n = len(items)
    if n == 0:
        return Grouping([], [], [])
    items = Items.of(items)
    space = TextSpace.of(items.text, vectors, rows)
    times = items.time_us
    # a mail message read makes no piece and links nothing: it joins a journey at the end
    message = _messages(items) if p.mail is not None else np.zeros(n, dtype=bool)
    real = ~items.noise & ~message
    everyone = np.arange(n, dtype=np.int64)
    session = cut(times, space, everyone, p.session)
    edges = piece_edges(
        times,
        space,
        real,
        items.query,
        items.parent,
        session,
        run_params=p.piece,
        task_link=p.task_link,
        follow_link=p.follow_link,
        follow_us=p.follow_min * 60_000_000,
        task_gap_us=p.task_gap_min * 60_000_000,
        task_window=p.task_window,
        habit=items.noise,
    )
    piece_of = pieces(n, edges, real)
    found = _collect(items, space, piece_of, session, p, home)
    centroids, sizes = _centroids(items, space, found)
    named, bound, landed, town_words = _towns(items, found.members, towns, home)
    journey_of_piece, gathering = _join(
        items,
        space,
        found,
        centroids,
        p,
        processes,
        named,
        town_words,
        landed,
        home | _portals(items.host),
        languages,
    )
    alone = np.zeros(len(found.members), dtype=bool)
    reads = _reads(items, found.members) if found.members else np.zeros(0, dtype=bool)
    if p.beside is not None and found.members:
        journey_of_piece, alone = beside(
            journey_of_piece,
            sizes,
            found.session,
            found.start_us,
            found.end_us,
            centroids,
            p.beside,
            reads,
            gathering.typed if gathering is not None else None,
            _place_words(home | (gathering.town_words if gathering is not None else frozenset())),
        )
        if gathering is not None and alone.any():
            # side steps made journeys larger: one may now own words another uses
            journey_of_piece = gathering.again(journey_of_piece)
    if p.together is not None and found.members:
        # a text's number: its row where texts are stored once, else counted here
        text_ids = space.rows if rows is not None else _text_ids(items.text)
        journey_of_piece = _rounds(journey_of_piece, found.members, times, text_ids, p.together)
    if p.alongside is not None and gathering is not None and found.members:
        journey_of_piece = _alongside(
            journey_of_piece, found.members, times, sizes, gathering.apart, reads, p.alongside
        )
    if p.nearest is not None and gathering is not None and found.members:
        before = journey_of_piece
        journey_of_piece = nearest(
            journey_of_piece,
            sizes,
            gathering.apart,
            found.start_us,
            found.end_us,
            reads,
            p.nearest,
            _stray(items, found.members, space.rows, journey_of_piece),
            named,
            bound,
            _site_searched(items, found.members) if p.nearest.site_searches else None,
        )
        if not np.array_equal(before, journey_of_piece):
            # side steps joined the tasks they are most like: those may now own a word
            journey_of_piece = gathering.again(journey_of_piece)
    read = np.flatnonzero(message & (piece_of < 0))
    joined = np.zeros(0, dtype=np.int64)
    if p.mail is not None and len(read) and found.members:
        said = [plain_terms(items.text[i]) for i in read.tolist()]
        letters = space.meaning.rows(space.rows[read])
        used = gathering.words if gathering is not None else None
        joined = attach_messages(
            letters,
            times[read],
            journey_of_piece,
            sizes,
            centroids,
            found.start_us,
            p.mail,
            said,
            used,
        )
        if used is not None:
            journey_of_piece, joined = follow_messages(
                Read(letters, times[read], session[read], said, joined),
                journey_of_piece,
                sizes,
                centroids,
                found.start_us,
                found.session,
                used,
                p.mail,
            )
    # what is left needs no texts, vectors or centroids: let their memory go before the
    # labels of every item are built (years of history: a million items)
    del space, centroids, gathering, edges
    journey = np.full(n, UNASSIGNED, dtype=np.int64)
    for k, members in enumerate(found.members):
        journey[members] = journey_of_piece[k]
    if len(joined):
        journey[read[joined >= 0]] = joined[joined >= 0]
    journey_list = _drop_lone_pages(items, journey.tolist(), p)
    task = _tasks(
        piece_of,
        _side_tasks(journey_list, found.members, alone),
        times,
        p.task_gap_min * 60_000_000,
    )
    return Grouping(session.tolist(), _dense(task), _dense(journey_list))


def _place_words(places: frozenset[str]) -> frozenset[str]:
    """Towns' names and each word of a name of several words: "cape" of "cape town"."""
    return places | {part for name in places if " " in name for part in name.split()}


def _portals(hosts: Sequence[str]) -> frozenset[str]:
    """The names of the broad sites visited ("reddit", "github", "ecitizen"; names as
    ``engine.gather`` reads them): a portal's name searched in two tasks ties them no more
    than its site does. A nurse renewed her passport and transferred a car's logbook on
    eCitizen, Kenya's one site for its government's services, and searched "ecitizen" for
    both (week60)."""
    out: set[str] = set()
    for host in set(hosts):
        if host and is_broad(host):
            out.update(label for label in host.lower().split(".") if is_name(label))
    return frozenset(out)


_NO_TOWNS: frozenset[str] = frozenset()  # one object for the many pieces naming none


def _towns(
    items: Items, members: list[Index], towns: frozenset[str], home: frozenset[str]
) -> _Towns:
    """The regions of the ``towns`` each piece's searches name (``engine.destinations``:
    towns near each other are one), as names; none where no town is known. The same
    without where a search for a way to travel goes from (``places.origin``). And the
    countries of the pieces that name one, by a country's name or a town's, as ISO codes
    (only those pieces: most name none), but the person's ``own``. And the words that name
    towns, each with its region's name (``_region_names``). A town within ``ERRAND_KM`` of
    the person's own (``gazetteer.nearby``) names no destination (``engine.destinations``)."""
    if not towns:
        return _Towns([], [], {}, {})
    own = own_lands(home)
    # a town beside the person's own is where an errand is done, no trip's destination
    errands = nearby(towns, home, ERRAND_KM)
    region = {w: str(r) for w, r in regions(towns).items() if w not in errands}
    land = lands(towns)
    query = items.query
    named: list[frozenset[str]] = []
    bound: list[frozenset[str]] = []
    countries: dict[int, frozenset[str]] = {}
    named_by: Counter[str] = Counter()  # pieces naming each town
    for k, m in enumerate(members):
        said: list[str] = []
        going: list[str] = []
        for i in m.tolist():
            if query[i]:
                found, start = named_in(query[i]), origin(query[i])
                said += found
                going += [w for w in found if w != start]
        named.append(frozenset(region[w] for w in said if w in region) or _NO_TOWNS)
        named_by.update({w for w in said if w in region})
        bound.append(frozenset(region[w] for w in going if w in region) or _NO_TOWNS)
        codes = frozenset(land[w] for w in said if w in land) - own
        if codes:
            countries[k] = codes
    # a region goes by one name only where it is travelled to, far from the person's own
    # town; where that town is unknown (a query log's user), none does
    names = {w: w for w in region}
    if home & known_towns().biggest.keys():
        went = travelled_to(frozenset(region), [q for q in query if q])
        trips = {region[w] for w in went} - {region[w] for w in nearby(went, home, NEAR_KM)}
        names = _region_names({w: r for w, r in region.items() if r in trips}, named_by) | {
            w: w for w in region if region[w] not in trips
        }
    return _Towns(named, bound, countries, names)


def _region_names(region: Mapping[str, str], named_by: Counter[str]) -> dict[str, str]:
    """Each town word of ``region`` (word: its region) with the name its region goes by:
    the town of the region the most pieces name (``named_by``), the first in order of the
    alphabet among as many. A spelling of that name with accents or without ("kraków",
    "krakow") keeps its own: the two are one town, and were read as two words before."""
    best: dict[str, str] = {}
    for word in sorted(region, key=lambda w: (-named_by[w], w)):
        best.setdefault(region[word], word)
    out = {}
    for word, r in region.items():
        name = best[r]
        out[word] = word if unaccented(word) == unaccented(name) else name
    return out


class _Towns(NamedTuple):
    """What ``_towns`` finds of the pieces' towns."""

    named: list[frozenset[str]]  # the regions each piece's searches name
    bound: list[frozenset[str]]  # the same, but where a search travels from
    lands: dict[int, frozenset[str]]  # the countries of the pieces that name one
    words: Mapping[str, str]  # the words that name towns, each with its region's name


def _messages(items: Items) -> npt.NDArray[np.bool_]:
    """Whether each item is a mail message read (``noise.is_message``) that is no habit
    and no search."""
    if items.message is None:
        return np.zeros(len(items), dtype=bool)
    searched = np.fromiter((bool(q) for q in items.query), dtype=bool, count=len(items))
    out: npt.NDArray[np.bool_] = items.message & ~items.noise & ~searched
    return out


def _stray(
    items: Items, members: list[Index], rows: Index, journey: Index
) -> npt.NDArray[np.bool_]:
    """Per piece, whether its journey is a stray read (``_stray_reads``). ``rows``: each
    item's text row; ``journey``: each piece's journey."""
    order = np.concatenate(members)
    piece = np.repeat(np.arange(len(members), dtype=np.int64), [len(g) for g in members])
    labels, stray = _stray_reads(items, order, journey[piece], rows[order])
    out: npt.NDArray[np.bool_] = stray[np.searchsorted(labels, journey)]
    return out


def _stray_reads(
    items: Items, order: Index, label: Index, text: Index
) -> tuple[Index, npt.NDArray[np.bool_]]:
    """The journeys ``label`` gives the items ``order`` (``text``: each one's text id), in
    increasing order, and whether each is a stray read: no search, and one page (one text)
    at most, or every page opened from a habit page (``_drop_lone_pages``)."""
    n = len(items)
    labels, of = np.unique(label, return_inverse=True)
    at = of.reshape(-1)
    searched = np.fromiter((bool(q) for q in items.query), dtype=bool, count=n)[order]
    known = (items.parent >= 0) & (items.parent < n)
    from_habit = (known & items.noise[np.where(known, items.parent, 0)])[order]
    page = ~items.noise[order]
    said = np.zeros(len(labels), dtype=bool)
    led = np.zeros(len(labels), dtype=bool)
    np.logical_or.at(said, at, searched & page)
    np.logical_or.at(led, at, page & ~from_habit)
    seen = text[page]
    span = int(seen.max()) + 1 if len(seen) else 1
    texts = np.bincount(np.unique(at[page] * span + seen) // span, minlength=len(labels))
    return labels, ~said & (~led | (texts <= 1))


def _reads(items: Items, members: list[Index]) -> npt.NDArray[np.bool_]:
    """Whether each piece holds a page read: a visit that is neither a search nor a habit."""
    page = np.fromiter((not q for q in items.query), dtype=bool, count=len(items)) & ~items.noise
    return _any_of(page, members)


def _site_searched(items: Items, members: list[Index]) -> npt.NDArray[np.bool_]:
    """Whether each piece holds a search on a site's own search box (Yelp's, eBay's): what
    a site lists is read there, as a page is."""
    own = np.fromiter(
        (bool(q) and not is_web_engine(h) for q, h in zip(items.query, items.host, strict=True)),
        dtype=bool,
        count=len(items),
    )
    return _any_of(own, members)


def _any_of(flags: npt.NDArray[np.bool_], members: list[Index]) -> npt.NDArray[np.bool_]:
    """Per piece, whether any of its items' ``flags`` is set."""
    piece = np.repeat(np.arange(len(members), dtype=np.int64), [len(g) for g in members])
    out = np.zeros(len(members), dtype=bool)
    np.logical_or.at(out, piece, flags[np.concatenate(members)])
    return out


def _rounds(
    journey: Index, members: list[Index], times_us: Index, text_ids: Index, p: TogetherParams
) -> Index:
    """Journey label per piece once the journeys made side by side, run after run, in quick
    visits to the same few places are joined (``engine.together``)."""
    piece = np.repeat(np.arange(len(members), dtype=np.int64), [len(g) for g in members])
    order = np.concatenate(members)
    run = runs_of(times_us, p.gap_min)[order]
    return together(journey, piece, run, p, text=text_ids[order])


def _alongside(
    journey: Index,
    members: list[Index],
    times_us: Index,
    sizes: Index,
    centroids: Table,
    reads: npt.NDArray[np.bool_],
    p: AlongsideParams,
) -> Index:
    """Journey label per piece once journeys of one task worked on in the same runs of
    activity are joined (``engine.together``)."""
    piece = np.repeat(np.arange(len(members), dtype=np.int64), [len(g) for g in members])
    order = np.concatenate(members)
    run = runs_of(times_us, p.gap_min)[order]
    return alongside(journey, piece, run, sizes, centroids, reads, p)


def _text_ids(texts: list[str]) -> Index:
    """A number per text, the same for the same text."""
    codes: dict[str, int] = {}
    return np.fromiter(
        (codes.setdefault(t, len(codes)) for t in texts), dtype=np.int64, count=len(texts)
    )


def _side_tasks(journey: list[int], members: list[Index], alone: Index) -> list[int]:
    """The journey labels that tasks are cut from: a piece that joined its journey only for
    sitting beside it (``engine.beside``) counts as a journey of its own there, so it keeps
    a task of its own (a side question, not the same step) and takes in no lone item."""
    if not alone.any():
        return journey
    labels = np.asarray(journey, dtype=np.int64)
    top = int(labels.max()) + 1
    for k in np.flatnonzero(alone).tolist():
        side = members[k][labels[members[k]] != UNASSIGNED]
        labels[side] = top + k
    out: list[int] = labels.tolist()
    return out


def _tasks(piece_of: Index, journey: list[int], times_us: Index, gap_us: float) -> list[int]:
    """Task label per item: its piece within one run of activity (no pause over ``gap_us``),
    but a piece of one item joins the largest piece of its journey in the same run: a lone
    search or page that the journey level placed is part of what its journey was doing then.
    A task never spans a longer pause, even where a navigation tree or a search repeated
    across it keeps the piece whole: after such a pause, the work on a journey is a new task."""
    labels = np.asarray(journey, dtype=np.int64)
    out = np.full(len(labels), UNASSIGNED, dtype=np.int64)
    placed = np.flatnonzero(labels != UNASSIGNED)  # items of a journey are in a piece
    if not len(placed):
        return out.tolist()
    chain = np.concatenate([[0], np.cumsum(np.diff(times_us) > gap_us)])
    piece = piece_of[placed]
    size = np.bincount(piece_of[piece_of >= 0])[piece]
    # one number per (journey, run), in the same order as the pairs: a pair per column of a
    # stacked array would be sorted as rows of bytes, with far more memory
    _, group = np.unique(labels[placed] * (int(chain[-1]) + 1) + chain[placed], return_inverse=True)
    group = group.reshape(-1)
    # per (journey, run): the largest piece, the earliest on a tie
    order = np.lexsort((placed, -size, group))
    first = order[np.concatenate([[True], group[order][1:] != group[order][:-1]])]
    largest = np.empty(group.max() + 1, dtype=np.int64)
    largest[group[first]] = piece[first]
    chosen = np.where(size == 1, largest[group], piece)
    out[placed] = chosen * (int(chain[-1]) + 1) + chain[placed]
    result: list[int] = out.tolist()
    return result


def _collect(
    items: Items,
    space: TextSpace,
    piece_of: Index,
    session: Index,
    p: GroupParams,
    home: frozenset[str] = frozenset(),
) -> Pieces:
    placed = np.flatnonzero(piece_of >= 0)
    # pieces in the order of their first item; members in time order
    order = placed[np.lexsort((placed, piece_of[placed]))]
    labels = piece_of[order]
    cuts = np.flatnonzero(np.diff(labels)) + 1
    groups = np.split(order, cuts) if len(order) else []
    groups.sort(key=lambda g: int(g[0]))
    counts: dict[str, int] = defaultdict(int)
    hosts: list[frozenset[str]] = []
    reps: list[list[int]] = []
    query, text, host, noise, rows = items.query, items.text, items.host, items.noise, space.rows
    extra = items.sites
    # a site read from habit (its front page a habit visit: a newspaper's) ties no two
    # pieces by its pages: the articles read from it are about anything (thirty-eighth
    # session: VnExpress's petrol prices, a holiday's dates and a tax deadline, week147)
    broad: dict[str, bool] = {host[i]: True for i in np.flatnonzero(noise).tolist() if host[i]}
    # a site named after the person's own town is its portal, one site for all of its
    # services: hamburg.de held a teacher's e-bike leasing and her son's Kita place (week155)
    for h in set(host) if home else ():
        if h and h.split(".")[0] in home and h.count(".") == 1:
            broad[h] = True
    for members in groups:
        seen: set[int] = set()
        chosen: list[int] = []
        member_list = members.tolist()
        ordered = [i for i in member_list if query[i]] + [i for i in member_list if not query[i]]
        # a shop's cart or order confirmation reads alike whatever was bought ("Thank You
        # for Your Order - Best Buy", "… - The Home Depot"): where other texts say what
        # the piece is about, it does not stand for it
        little: list[int] = []
        for i in ordered:
            row = int(rows[i])
            if noise[i] or row in seen or not text[i]:
                continue
            seen.add(row)
            if not query[i] and says_little(text[i]) and is_checkout_title(text[i]):
                little.append(i)
                continue
            chosen.append(i)
            if len(chosen) == p.representatives:
                break
        reps.append(chosen or little[: p.representatives] or member_list[:1])
        sites = frozenset(
            h
            for i in member_list
            if not noise[i]
            for h in (host[i], *extra.get(i, ()))
            if h and not (broad[h] if h in broad else broad.setdefault(h, is_broad(h)))
        )
        hosts.append(sites)
        for h in sites:
            counts[h] += 1
    # a site in a fifth of all pieces says nothing (a portal, a workplace tool)
    limit = max(3, int(0.2 * len(groups)))
    busy = {h for h, c in counts.items() if c > limit}
    if busy:
        hosts = [h - busy for h in hosts]
    first = [int(g[0]) for g in groups]
    starts = items.time_us[first] if groups else np.zeros(0, np.int64)
    ends = items.time_us[[int(g[-1]) for g in groups]] if groups else np.zeros(0, np.int64)
    sittings = session[first] if groups else np.zeros(0, np.int64)
    return Pieces(groups, reps, hosts, sittings, starts, ends, Pieces.ids_of(hosts))


def _centroids(items: Items, space: TextSpace, pieces: Pieces) -> tuple[Vectors, Index]:
    """Each piece's unit centroid (of its items that are not habit visits, or of all where
    it has only those) and how many such items it has. Summed a run of pieces at a time:
    their rows read at once, each piece's added up in order."""
    m = len(pieces.members)
    sums = np.zeros((m, space.meaning.dim), dtype=np.float32)
    if m == 0:
        return sums, np.zeros(0, dtype=np.int64)
    members = np.concatenate(pieces.members)
    piece = np.repeat(np.arange(m), [len(g) for g in pieces.members])
    real = ~items.noise[members]
    sizes = np.bincount(piece[real], minlength=m)
    summed = real | (sizes[piece] == 0)
    # a shop's order confirmation reads alike whatever was bought ("Amazon.com Thanks
    # You"): where a piece has other texts, it is no part of what the piece is like, as it
    # is none of its representatives (``_collect``); two purchases of one store, each a
    # product page and its confirmation, were 0.6 alike by it (a baby monitor and a car
    # seat, week152)
    checkout = summed & _checkouts(items, space, members)
    others = np.bincount(piece[summed & ~checkout], minlength=m) > 0
    summed &= ~(checkout & others[piece])
    chosen = members[summed]
    counts = np.bincount(piece[summed], minlength=m)
    ends = np.cumsum(counts)
    first = 0
    while first < m:
        # pieces whose rows together stay within a block (one piece at least)
        lo = int(ends[first] - counts[first])
        last = max(first + 1, int(np.searchsorted(ends, lo + _ROWS, side="right")))
        rows = space.rows[chosen[lo : int(ends[last - 1])]]
        bounds = np.append(0, np.cumsum(counts[first:last]))
        # a sparse matrix of ones adds each piece's rows in order, as ``sum(axis=0)`` does
        ones = csr_matrix(
            (np.ones(len(rows), np.float32), np.arange(len(rows)), bounds),
            shape=(last - first, len(rows)),
        )
        sums[first:last] = ones @ space.meaning.rows(rows)
        first = last
    return normalize(sums, in_place=True), sizes


_ROWS = 1 << 15  # rows of items read at once to sum centroids


def _checkouts(items: Items, space: TextSpace, members: Index) -> npt.NDArray[np.bool_]:
    """Whether each of ``members`` is a page of a store of everything whose title only
    names a step of buying (``outcome.is_checkout_title``, and says little else): each
    distinct text judged once. A shop of one trade's cart says its trade ("Shopping Cart |
    Running Warehouse"), and ties the order to the shoes compared before it."""
    rows = space.rows[members]
    distinct, first = np.unique(rows, return_index=True)
    query, text, host = items.query, items.text, items.host
    flags = np.fromiter(
        (
            not query[i]
            and bool(text[i])
            and is_checkout_title(text[i])
            and says_little(text[i])
            and is_broad(host[i])
            for i in members[first].tolist()
        ),
        dtype=bool,
        count=len(first),
    )
    return flags[np.searchsorted(distinct, rows)]


def _join(
    items: Items,
    space: TextSpace,
    pieces: Pieces,
    centroids: Vectors,
    p: GroupParams,
    processes: bool | None,
    towns: Sequence[frozenset[str]] = (),
    town_words: Mapping[str, str] | None = None,
    lands: Mapping[int, frozenset[str]] | None = None,
    unowned: frozenset[str] = frozenset(),
    languages: Mapping[str, Vectors] | None = None,
) -> tuple[Index, _Gathering | None]:
    """Journey label per piece: single-link over pieces whose combined likeness passes, then
    small journeys gathered; and what gathering read, to gather again later. ``town_words``:
    the words that name towns, each with its region's name (``_towns``). ``unowned``:
    words no journey owns when gathering (the person's own places, portals' names)."""
    m = len(pieces.members)
    if m == 0:
        return np.zeros(0, dtype=np.int64), None
    # each piece's representative texts as rows of ``space``, one flat array
    lengths = np.fromiter((len(r) for r in pieces.reps), dtype=np.int64, count=m)
    reps = np.fromiter(chain.from_iterable(pieces.reps), dtype=np.int64, count=int(lengths.sum()))
    rep_rows = Ragged(space.rows[reps], np.append(0, np.cumsum(lengths)))
    said = _TermsOf(items.text, space.rows, p.language)
    rep_terms = [said.union(reps) for reps in pieces.reps]
    uf = _UnionFind(m)
    # three views of the centroids (the last two as int8 tables: years of history make a
    # hundred thousand pieces): as they are, to find candidates; centred, to judge
    # coherence, since sentence vectors share a common direction and the mean of many
    # unrelated texts still looks like any one of them; and for links, without the
    # history's common direction as far as there are pieces to estimate it from: a few
    # hundred pieces (a week, a user of a query log) are compared as they are; on years of
    # history, where unrelated pieces would otherwise look alike enough to chain, it is
    # taken out all but fully; and a piece written in another language, without that
    # language's direction, in the share of its texts so written (``engine.language``)
    mean = centroids.mean(axis=0, keepdims=True)
    share = m / (m + p.common_pieces)
    views = _Views(
        centroids,
        Table.of(
            centroids, _Apart(share * mean, _languages(items, pieces, rep_terms, p, languages))
        ),
        Table.of(centroids, lambda block: normalize(block - mean)),
    )
    size = _Mass([1] * m, views.centred, {})
    linker = Linker.of(pieces, views.plain, views.apart, rep_rows, rep_terms, space, p, towns)
    # each piece's parts of broad sites (``noise.section_of``: a site with a path), where
    # any piece has one (a history of a million visits has 300,000 pieces: no set each)
    parts: list[frozenset[str]] = []
    if any("/" in h for hosts in pieces.hosts for h in hosts):
        parts = [frozenset(h for h in hosts if "/" in h) for hosts in pieces.hosts]

    def little(b: int) -> bool:  # whether a piece's texts are all titles that say little
        return all(not items.query[i] and says_little(items.text[i]) for i in pieces.reps[b])

    # pieces join in order, as their links (worked out ahead, in parallel) arrive
    kept: list[list[int]] = [[] for _ in range(m)] if p.rehome is not None else []
    with threadpool_limits(limits=1, user_api="blas"):  # many small products: one thread
        for start, found in enumerate(in_order(linker, m, processes=processes)):
            for b, (linked, values) in enumerate(found, start * BLOCK):
                if linked:
                    _attach(uf, size, b, views.centred.row(b), linked, values, p, parts, little)
                    if kept:
                        kept[b] = linked
    joined = np.array([uf.find(k) for k in range(m)], dtype=np.int64)
    sizes = np.array([len(members) for members in pieces.members], dtype=np.int64)
    typed = [said.union([i for i in reps if items.query[i]]) for reps in pieces.reps]
    del said
    if p.rehome is not None:
        joined = rehome(joined, typed, kept, views.apart, sizes, p.rehome)
    del kept
    if p.gather is None:
        return joined, None
    words = [
        (t - unowned if unowned else t) | {site_word(h) for h in hosts}
        for t, hosts in zip(rep_terms, pieces.hosts, strict=True)
    ]
    if unowned:  # where the person is, or a portal, says nothing of which task
        typed = [t - unowned for t in typed]
    sites = _sites_named(pieces.hosts)
    if sites:  # a search naming a site a piece read ("craigslist bike scam") uses the site
        for k, t in enumerate(typed):
            for word in t & sites.keys():
                words[k] = words[k] | sites[word]
                typed[k] = typed[k] | sites[word]
    town_words = town_words or {}
    runs = frozenset(t for t in town_words if " " in t)
    if runs:  # a town of several words ("santa fe") reads as a word of its own
        for k, shown in enumerate(pieces.reps):
            spelled = spelled_out((items.text[i] for i in shown), runs)
            if spelled:
                words[k] = words[k] | spelled
                typed[k] = typed[k] | spelled_out(
                    (items.text[i] for i in shown if items.query[i]), runs
                )
    for k, codes in (lands or {}).items():  # a country searched reads as a word of its own
        said_lands = {land_word(c) for c in codes}
        words[k] = words[k] | said_lands
        typed[k] = typed[k] | said_lands
    # a big town's other name is its name ("kopenhagen" is "copenhagen")
    words, typed = _as_named(words), _as_named(typed)
    words, typed = _in_regions(words, town_words), _in_regions(typed, town_words)
    span = (pieces.start_us, pieces.end_us)
    gathering = _Gathering(
        sizes, words, typed, views.apart, p.gather, span, towns, frozenset(town_words)
    )
    return gathering.run(joined), gathering


def _as_named(terms: list[set[str]]) -> list[set[str]]:
    """Each piece's ``terms`` with a big town's other name as the name the gazetteer knows
    the town by (``gazetteer.other_names``): a café owner in Berlin searched "copenhagen
    coffee festival 2027 tickets" and then, in German, "flixbus berlin kopenhagen"."""
    aliases = other_names()
    return [
        {aliases.get(w, w) for w in t} if not aliases.keys().isdisjoint(t) else t for t in terms
    ]


def _in_regions(terms: list[set[str]], region: Mapping[str, str]) -> list[set[str]]:
    """Each piece's ``terms`` with the name of the region of each town they name, where the
    region goes by another (``_towns``): a nurse in Manchester searched flights and a hire
    car at Faro, and a boat to Benagil's cave "from lagos or portimao", towns of one coast
    that no word of the two searches shares."""
    others = {w: r for w, r in region.items() if r != w}
    if not others:
        return terms
    return [t | {others[w] for w in t if w in others} for t in terms]


def _sites_named(hosts: Sequence[frozenset[str]]) -> dict[str, frozenset[str]]:
    """The distinctive sites of the pieces (``hosts``) by the names that a search would say
    them by, as gathering's site words: a label of a site's host that is a name
    (``gather.is_name``: "arxiv" of arxiv.org, "craigslist" of boston.craigslist.org), not
    a word of the language ("canvas" of canvas.bu.edu, "boston")."""
    out: dict[str, set[str]] = defaultdict(set)
    for host in set().union(*hosts) if hosts else ():
        for label in host.partition("/")[0].split(".")[:-1]:
            if is_name(label) or _initials(label):
                out[label].add(site_word(host))
    return {word: frozenset(found) for word, found in out.items()}


def _initials(label: str) -> bool:
    """Whether a site's label of three letters is a name of initials no sentence model reads
    as a word: "mpb" of mpb.com, "keh" of keh.com (a search "mpb vs keh buying used lens"
    names two shops a lens was looked at on); not "ups", "bbc" or "car"."""
    return len(label) == 3 and label.isalpha() and label.isascii() and label not in model_words()


def _languages(
    items: Items,
    pieces: Pieces,
    terms: Sequence[set[str]],
    p: GroupParams,
    toward: Mapping[str, Vectors] | None,
) -> dict[int, Vectors]:
    """What each piece written partly in another language takes off its centroid: each
    language's direction, weighted by the share of the piece's texts in it."""
    if p.language is None or not toward:
        return {}
    found = shares(terms, lambda k: [items.text[i] for i in pieces.reps[k]], p.language)
    weight = p.language.weight
    return {
        k: weight * np.sum([f * toward[code] for code, f in said.items()], axis=0)
        for k, said in found.items()
    }


class _Apart:
    """Blocks of centroids, in order, turned into the view compared for links: less the
    history's common direction, less a language's where a piece is written in one."""

    def __init__(self, common: Vectors, shifts: dict[int, Vectors]) -> None:
        self.common = common
        self.rows = np.array(sorted(shifts), dtype=np.int64)
        rows = [shifts[k] for k in self.rows.tolist()]
        self.shifts = np.array(rows, dtype=np.float32).reshape(len(rows), common.shape[1])
        self.at = 0  # the first row of the next block

    def __call__(self, block: Vectors) -> Vectors:
        out = block - self.common
        lo, hi = np.searchsorted(self.rows, [self.at, self.at + len(block)])
        out[self.rows[lo:hi] - self.at] -= self.shifts[lo:hi]
        self.at += len(block)
        return normalize(out)


class _TermsOf:
    """The plain terms of items' texts, worked out once per distinct text (``rows``: each
    item's text row): a million visits hold a tenth as many texts. With ``language``, a
    text in another language is without that language's function words
    (``language.own_terms``)."""

    def __init__(
        self, text: Sequence[str], rows: Index, language: LanguageParams | None = None
    ) -> None:
        self.text = text
        self.rows = rows
        self.known: dict[int, set[str]] = {}
        self.language = language

    def union(self, items: Sequence[int]) -> set[str]:
        """The terms of any of ``items``' texts."""
        out: set[str] = set()
        for i in items:
            row = int(self.rows[i])
            found = self.known.get(row)
            if found is None:
                text = self.text[i]
                words = own_terms(text, self.language) if self.language else plain_terms(text)
                found = self.known[row] = words
            out |= found
        return out


@dataclass(frozen=True, slots=True)
class _Gathering:
    """What gathering reads of the pieces (``engine.gather``), kept to gather again."""

    sizes: Index
    words: list[set[str]]
    typed: list[set[str]]  # the words of each piece's searches
    apart: Table
    p: GatherParams
    span: tuple[Index, Index] | None  # each piece's first and last time
    towns: Sequence[frozenset[str]] = ()  # the towns each piece's searches name, if known
    town_words: frozenset[str] = frozenset()  # the words that name those towns

    def run(self, journey: Index) -> Index:
        """Small journeys gathered into the established journeys owning their words."""
        return gather(
            journey,
            self.sizes,
            self.words,
            self.apart,
            self.p,
            self.typed,
            self.span,
            self.towns,
            self.town_words,
        )

    def again(self, journey: Index) -> Index:
        """Gathering once more, after side steps joined their journeys: both journeys are
        larger by then, so they must be alike as wholes by ``again_min_like``."""
        return gather(
            journey,
            self.sizes,
            self.words,
            self.apart,
            replace(self.p, min_like=self.p.again_min_like),
            self.typed,
            self.span,
            self.towns,
            self.town_words,
        )


@dataclass(frozen=True, slots=True)
class _Views:
    """The pieces' centroids: as they are, without the common direction, and centred."""

    plain: Vectors
    apart: Table
    centred: Table


@dataclass(slots=True)
class _Mass:
    """Per journey root: how many pieces, and the sum of their (centred) centroids; a lone
    piece's sum is its own centroid, so only joined roots hold one of their own."""

    count: list[int]
    base: Table
    joined: dict[int, Vectors]

    def total(self, root: int) -> Vectors:
        """The sum of the centroids of the root's pieces."""
        whole = self.joined.get(root)
        return self.base.row(root) if whole is None else whole


def _attach(
    uf: _UnionFind,
    mass: _Mass,
    b: int,
    centroid: Vectors,
    linked: list[int],
    values: list[float],
    p: GroupParams,
    parts: Sequence[frozenset[str]] = (),
    little: Callable[[int], bool] | None = None,
) -> None:
    """Join piece ``b`` to the journey it is most like. A journey whose whole (its centroid)
    is unlike the piece is not joined, whatever one of its pieces says: a long chain drifts,
    and its drift must not swallow everything. A link to a piece read in the same part of a
    broad site (``parts``: ``noise.section_of``, one guide of GOV.UK) is no drift: "mot retest
    free within 10 working days" joins the car that failed its MOT five days before, though
    the model reads it as little like the brake discs and tyres that fill that journey
    (week72). Nor is a piece whose texts are all titles that say little (``little``:
    ``titles.says_little``, "My Bookings" on the garage's site): its centroid says nothing of
    a topic to judge, and what links it is the site it shares. Two established journeys
    (``bridge_pieces`` pieces each) are bridged only when the piece is like both by
    ``bridge`` more than a link needs."""
    best: dict[int, float] = {}
    through_part: set[int] = set()
    for a, v in zip(linked, values, strict=True):
        root = uf.find(a)
        best[root] = max(best.get(root, -1.0), v)
        if parts and parts[a] & parts[b]:
            through_part.add(root)
    coherent = {}
    said_little: bool | None = None  # worked out only where it is asked
    for root, v in best.items():
        if mass.count[root] == 1 or root in through_part:
            coherent[root] = v
            continue
        whole = mass.total(root)
        norm = float(np.sqrt(whole @ whole)) or 1.0  # as np.linalg.norm, without its checks
        if float(whole @ centroid) / norm >= p.coherence:
            coherent[root] = v
            continue
        if said_little is None:
            said_little = little is not None and little(b)
        if said_little:
            coherent[root] = v
    if not coherent:
        return
    ranked = sorted(coherent.items(), key=lambda kv: -kv[1])
    first = ranked[0][0]
    _union(uf, mass, first, b)
    for root, v in ranked[1:]:
        established = min(mass.count[uf.find(first)], mass.count[root]) >= p.bridge_pieces
        if not established or v >= p.link + p.bridge:
            _union(uf, mass, root, b)


def _union(uf: _UnionFind, mass: _Mass, a: int, b: int) -> None:
    ra, rb = uf.find(a), uf.find(b)
    if ra != rb:
        uf.union(ra, rb)
        root, other = (ra, rb) if uf.find(ra) == ra else (rb, ra)
        mass.count[root] = mass.count[ra] + mass.count[rb]
        whole = mass.joined.get(root)
        if whole is None:
            mass.joined[root] = mass.total(root) + mass.total(other)
        else:
            whole += mass.total(other)  # the root's own sum: added to in place
        mass.joined.pop(other, None)


def _drop_lone_pages(items: Items, journey: list[int], p: GroupParams) -> list[int]:
    """A journey of one page that is not a search is a stray visit: leave it unassigned, as
    often as it was opened (a social site's front page on two days is no task). Its habit
    visits do not count: an article read from a news front page, a video played from the
    video site's home, a post opened from a feed are stray reads, not a journey; so are many
    such reads, when every page of a journey without a search was opened from a habit page
    (each day's crossword opened from the crosswords' front page)."""
    if p.lone_pages:
        return journey
    labels = np.asarray(journey, dtype=np.int64)
    order = np.flatnonzero(labels != UNASSIGNED)
    if not len(order):
        return journey
    found, stray = _stray_reads(items, order, labels[order], _text_ids(items.text)[order])
    gone = found[stray]
    labels[np.isin(labels, gone)] = UNASSIGNED
    out: list[int] = labels.tolist()
    return out


def _dense(labels: Sequence[int]) -> list[int]:
    """Labels renumbered 0, 1, … in order of first appearance; ``UNASSIGNED`` stays."""
    ids: dict[int, int] = {}
    return [x if x == UNASSIGNED else ids.setdefault(x, len(ids)) for x in labels]
