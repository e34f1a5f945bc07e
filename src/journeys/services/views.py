"""What the pages and the REST API show: journey cards, one journey by sitting, search over
words and meaning, and the plain history. Pages and their JSON twins call these."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt

from journeys.engine.embedding import Embedder, normalize
from journeys.engine.readable import readable
from journeys.engine.status import JourneyFacts, Status, StatusParams
from journeys.models import StoredVisit, VisitFilter
from journeys.services.browse import JourneyDetail, RankedVisit, list_journeys
from journeys.services.status import JourneyWithStatus, facts_of, statuses_from_facts
from journeys.storage import Store
from journeys.storage.journeys import MARKS, VISIBLE_MARKS, JourneyRow, JourneyStore

_DAY_US = 86_400_000_000


@dataclass(frozen=True, slots=True)
class JourneyTable:
    """Every journey of a person as stored, with what statuses need decoded and their
    meaning vectors: read once per change of the journeys, whatever the clock says."""

    rows: list[JourneyRow]
    facts: list[JourneyFacts]
    centroid_ids: list[int]
    centroids: npt.NDArray[np.float32] | None

    @classmethod
    def load(cls, journeys: JourneyStore, user_id: int) -> JourneyTable:
        """Read every journey (hidden ones too), newest activity first."""
        rows = journeys.journeys(user_id, statuses=MARKS)
        with_vec = [r for r in rows if r.centroid is not None]
        dims = {len(r.centroid) for r in with_vec if r.centroid is not None}
        matrix = (
            np.stack([r.centroid for r in with_vec if r.centroid is not None])
            if with_vec and len(dims) == 1
            else None
        )
        return cls(rows, [facts_of(r) for r in rows], [r.id for r in with_vec], matrix)


@dataclass(frozen=True, slots=True)
class JourneyIndex:
    """Every journey of a person with its status at one moment, and their meaning vectors:
    what the pages read on every request (the app keeps one per minute while the journeys
    stay the same)."""

    everyone: list[JourneyWithStatus]
    by_id: dict[int, JourneyWithStatus]
    centroid_ids: list[int]
    centroids: npt.NDArray[np.float32] | None

    @classmethod
    def load(
        cls,
        journeys: JourneyStore,
        user_id: int,
        *,
        at_us: int | None = None,
        params: StatusParams | None = None,
    ) -> JourneyIndex:
        """Read every journey and work out every status once."""
        return cls.at(JourneyTable.load(journeys, user_id), at_us=at_us, params=params)

    @classmethod
    def at(
        cls, table: JourneyTable, *, at_us: int | None = None, params: StatusParams | None = None
    ) -> JourneyIndex:
        """The statuses of journeys already read, at ``at_us``."""
        found = statuses_from_facts(table.rows, table.facts, at_us=at_us, params=params)
        return cls(found, {j.row.id: j for j in found}, table.centroid_ids, table.centroids)


@dataclass(frozen=True, slots=True)
class CardPage:
    """One page of journey cards."""

    url: str
    title: str
    host: str
    search_terms: str | None
    time_us: int


@dataclass(frozen=True, slots=True)
class Card:
    """A journey as a card: what it is, its status, the pages that matter, its searches."""

    journey: JourneyRow
    status: Status
    pages: list[CardPage]
    searches: list[str]


@dataclass(frozen=True, slots=True)
class Cards:
    """A page of cards, and where the next one starts."""

    cards: list[Card]
    total: int
    next_offset: int | None


def journey_cards(
    journeys: JourneyStore,
    user_id: int,
    *,
    status: str | None = None,
    site: str | None = None,
    since_us: int | None = None,
    until_us: int | None = None,
    offset: int = 0,
    limit: int = 20,
    params: StatusParams | None = None,
    at_us: int | None = None,
    index: JourneyIndex | None = None,
) -> Cards:
    """Journeys newest first as cards, filtered by status, site and time range."""
    if index is None:
        found = list_journeys(journeys, user_id, status=status, params=params, at_us=at_us)
    else:
        found = [
            j
            for j in index.everyone
            if j.row.status in VISIBLE_MARKS and (status is None or j.status.status == status)
        ]
    if site:
        with_site = journeys.journeys_with_host(user_id, site)
        found = [j for j in found if j.row.id in with_site]
    if since_us is not None:
        found = [j for j in found if j.row.last_at_us >= since_us]
    if until_us is not None:
        found = [j for j in found if j.row.first_at_us < until_us]
    window = found[offset : offset + limit]
    top = journeys.top_visits(user_id, [j.row.id for j in window], per=12)
    cards = []
    for j in window:
        visits = top.get(j.row.id, [])
        pages = [
            CardPage(url, title or url, host, terms, at)
            for url, title, host, terms, at, _ in visits
            if not terms
        ][:4]
        searches = list(dict.fromkeys(t for _, _, _, t, _, _ in visits if t))[:4]
        cards.append(Card(j.row, j.status, pages, searches))
    more = offset + limit if offset + limit < len(found) else None
    return Cards(cards, len(found), more)


@dataclass(frozen=True, slots=True)
class Sitting:
    """A journey's visits of one sitting, in time order."""

    session_id: int
    start_us: int
    visits: list[RankedVisit]


def sittings(detail: JourneyDetail) -> list[Sitting]:
    """The journey's timeline: its visits grouped by sitting, oldest first."""
    groups: dict[int, list[RankedVisit]] = {}
    for r in sorted(detail.visits, key=lambda r: r.visit.visited_at_us):
        groups.setdefault(r.session_id, []).append(r)
    return [Sitting(s, v[0].visit.visited_at_us, v) for s, v in groups.items()]


@dataclass(slots=True)
class SearchGroup:
    """Search results of one journey (or of no journey)."""

    journey: JourneyRow | None
    visits: list[StoredVisit] = field(default_factory=list)
    meaning: float = 0.0


def search(
    store: Store,
    journeys: JourneyStore,
    user_id: int,
    query: str,
    *,
    embedder: Embedder | None = None,
    limit: int = 200,
    min_meaning: float = 0.35,
    index: JourneyIndex | None = None,
) -> list[SearchGroup]:
    """Visits whose title, URL or search terms have the words (full-text), grouped by
    journey, plus journeys close in meaning (their centroid against the query's vector)."""
    text = " ".join(query.split())
    if not text:
        return []
    idx = index or JourneyIndex.load(journeys, user_id)
    by_id = idx.by_id
    groups: dict[int | None, SearchGroup] = {}
    for v in store.iter_visits(user_id, VisitFilter(words=text, limit=limit)):
        shown = by_id.get(v.journey_id) if v.journey_id is not None else None
        key = v.journey_id if shown is not None else None
        group = groups.setdefault(key, SearchGroup(shown.row if shown is not None else None))
        group.visits.append(v)
    if embedder is not None and idx.centroids is not None:
        q = normalize(embedder.embed([readable(text)]))[0]
        if idx.centroids.shape[1] == q.shape[0]:
            sims = idx.centroids @ q
            top = min(10, len(sims))
            best = np.argpartition(-sims, top - 1)[:top]
            for k in best[np.argsort(-sims[best])].tolist():
                if float(sims[k]) < min_meaning:
                    break
                j = by_id[idx.centroid_ids[k]].row
                group = groups.setdefault(j.id, SearchGroup(j))
                group.meaning = float(sims[k])
    ordered = sorted(
        groups.values(),
        key=lambda g: (g.journey is None, -(len(g.visits) + 10 * g.meaning)),
    )
    return ordered


def highlight_terms(query: str) -> re.Pattern[str] | None:
    """A pattern of the query's words, to mark them in results."""
    words = [re.escape(w) for w in query.split() if len(w) > 1]
    return re.compile("(" + "|".join(words) + ")", re.IGNORECASE) if words else None


def history(
    store: Store, user_id: int, *, before_us: int | None = None, limit: int = 100
) -> tuple[list[StoredVisit], int | None]:
    """The plain chronological list, newest first, a page at a time (``before_us``: the
    time the previous page ended at)."""
    f = VisitFilter(until_us=before_us, limit=limit + 1)
    visits = list(store.iter_visits(user_id, f))
    more = visits[limit - 1].visited_at_us if len(visits) > limit else None
    return visits[:limit], more


def everything_filter() -> VisitFilter:
    """Every visit (to delete everything)."""
    return replace(VisitFilter(), newest_first=False)
