"""Attach new visits to existing journeys one at a time, without a rebuild.

The same evidence as a full build, seen from the newest visit: navigation first, then a
reworded search right after the last one, then the likeness of meaning, words, sites and
sitting to each journey's recent texts and centroid, then the journey that owns one of its
words or its site (``engine.gather``), then the journey of the visit just before it, for a
side question (``engine.beside``). A mail message read joins only the journey of the same
days it is clearly most like, and moves nothing (``engine.mail``). A later full build may
regroup.

Likeness to a journey is weighed as a full build weighs a link between two pieces: text
must be ``min_text`` alike before a shared site or sitting adds to it, and a search engine
or portal is no shared site (every journey with a search has one). One visit against a
journey is less evidence than a piece against a piece, so attaching has its own threshold
(``attach_link``): on ten-day weeks imported a day at a time, 0.4 kept precision at 0.89
or more where the engine counted as a shared site had let a bakery owner's four tasks
into one journey (docs/quality.md).

Time counts as in a full build: a journey last visited more than ``decay_after_days`` before
the visit is that much less like it (``engine.links.apart_penalty``) and shares no site with
it, and one last visited more than ``GatherParams.max_days`` before owns none of its words
or sites.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from journeys.engine.baselines import plain_terms
from journeys.engine.embedding import Vectors
from journeys.engine.gather import is_name
from journeys.engine.grouping import GroupParams, Item
from journeys.engine.links import apart_penalty
from journeys.engine.noise import is_broad

_MINUTE_US = 60_000_000
_DAY_US = 86_400_000_000


@dataclass(slots=True)
class JourneyState:
    """What attaching needs to know of one journey."""

    id: int
    centroid_sum: Vectors
    count: int
    last_at_us: int
    hosts: set[str] = field(default_factory=set)
    recent: list[tuple[Vectors, Vectors]] = field(default_factory=list)
    keywords: frozenset[str] = frozenset()  # words of the journey's keywords


@dataclass(slots=True)
class Attacher:
    """Journeys of one person, ready to take new items in time order."""

    params: GroupParams
    journeys: dict[int, JourneyState]
    last_item: Item | None = None
    last_journey: int | None = None
    last_vectors: tuple[Vectors, Vectors] | None = None
    by_keyword: dict[str, list[int]] | None = None  # built on first use
    by_host: dict[str, set[int]] | None = None  # built on first use, then kept up to date

    def _score(self, state: JourneyState, item: Item, vector: Vectors, gram: Vectors) -> float:
        """The item's likeness to the journey, as a full build links two pieces: text and
        the whole, with a shared distinctive site and the same sitting adding to it; below
        ``min_text`` of text, nothing (sites and sittings support a likeness, never make
        one, and a search engine or a portal is no shared site)."""
        p = self.params
        text = 0.0
        for v, g in state.recent:
            text = max(text, float(v @ vector), float(g @ gram))
        if text < p.min_text:
            return -math.inf
        norm = float(np.linalg.norm(state.centroid_sum)) or 1.0
        whole = float(state.centroid_sum @ vector) / norm
        score = p.text_weight * text + (1 - p.text_weight) * whole
        days = max(item.time_us - state.last_at_us, 0) / _DAY_US
        near = not p.decay or days <= p.decay_after_days
        if near and item.host and item.host in state.hosts and not is_broad(item.host):
            score += p.site_bonus
        if item.time_us - state.last_at_us <= p.session.short_gap_min * _MINUTE_US:
            score += p.session_bonus
        if not near:
            score -= float(apart_penalty(np.array([days]), p.decay, p.decay_after_days)[0])
        return score

    def choose(
        self, item: Item, vector: Vectors, gram: Vectors, parent_journey: int | None
    ) -> int | None:
        """The journey the item joins, or ``None`` (a new one is for the caller to open)."""
        p = self.params
        if parent_journey is not None and parent_journey in self.journeys:
            return parent_journey
        if item.noise:
            return None
        if _is_message(item):
            return self._about(item, vector)
        last = self.last_item
        if last is not None and self.last_journey is not None and self.last_vectors is not None:
            close = item.time_us - last.time_us <= p.follow_min * _MINUTE_US
            v, g = self.last_vectors
            alike = max(float(v @ vector), float(g @ gram))
            if (close and alike >= p.follow_link) or alike >= p.task_link:
                return self.last_journey
        best, best_score = None, p.attach_link
        for state in self.journeys.values():
            score = self._score(state, item, vector, gram)
            if score >= best_score:
                best, best_score = state.id, score
        if best is not None:
            return best
        owner = self._owner(item, vector)
        return owner if owner is not None else self._beside(item, vector)

    def _about(self, item: Item, vector: Vectors) -> int | None:
        """The journey a mail message is about: among those active within ``days`` of it,
        the one whose centroid is most like it, by ``min_like`` and ``margin`` over the next
        (``engine.mail``)."""
        m = self.params.mail
        if m is None:
            return None
        likes: list[tuple[float, int]] = []
        for state in self.journeys.values():
            if state.count and abs(item.time_us - state.last_at_us) <= m.days * _DAY_US:
                centroid = state.centroid_sum / (float(np.linalg.norm(state.centroid_sum)) or 1.0)
                likes.append((float(centroid @ vector), state.id))
        likes.sort(reverse=True)
        if not likes or likes[0][0] < m.min_like:
            return None
        second = likes[1][0] if len(likes) > 1 else -1.0
        return likes[0][1] if likes[0][0] - second >= m.margin else None

    def _beside(self, item: Item, vector: Vectors) -> int | None:
        """The journey of the visit just before, if it is minutes away and not unlike that
        visit, or like one of the journey's recent visits: a side question asked in passing
        (``engine.beside`` seen from one visit)."""
        b = self.params.beside
        last, journey = self.last_item, self.last_journey
        if b is None or last is None or journey is None or journey not in self.journeys:
            return None
        if item.time_us - last.time_us > b.gap_min * _MINUTE_US or self.last_vectors is None:
            return None
        # a page read asks less than a search, as a piece holding one does in a full build
        asked = b.page_likeness if not item.query and not item.noise else b.likeness
        if float(self.last_vectors[0] @ vector) >= asked:
            return journey
        recent = self.journeys[journey].recent
        alike = max((float(v @ vector) for v, _ in recent), default=-1.0)
        return journey if alike >= b.journey_likeness else None

    def _owner(self, item: Item, vector: Vectors) -> int | None:
        """The established journey that alone has one of the item's words among its keywords,
        or alone has its site, if its centroid is alike enough (as little for a name as for
        a site): gathering (``engine.gather``) seen from one visit."""
        g = self.params.gather
        if g is None:
            return None
        votes: dict[int, int] = {}
        named: set[int] = set()  # owners of one of its names, which count as sites do
        for word in plain_terms(item.text):
            having = self._by_keyword().get(word, [])
            owner = self.journeys.get(having[0]) if len(having) == 1 else None
            if owner is not None and owner.count >= g.established and self._recent(owner, item):
                votes[owner.id] = votes.get(owner.id, 0) + 1
                if is_name(word):
                    named.add(owner.id)
        site = item.host if item.host and not is_broad(item.host) else ""
        having_site = self._by_host().get(site, set()) if site else set()
        site_owner = next(iter(having_site)) if len(having_site) == 1 else None
        if (
            site_owner is not None
            and self.journeys[site_owner].count >= g.established
            and self._recent(self.journeys[site_owner], item)
        ):
            votes[site_owner] = votes.get(site_owner, 0) + 1
        for journey in sorted(votes, key=lambda j: (-votes[j], -self.journeys[j].count, j)):
            state = self.journeys[journey]
            norm = float(np.linalg.norm(state.centroid_sum)) or 1.0
            if journey == site_owner:
                floor = g.site_min_like
            else:
                floor = g.name_min_like if journey in named else g.min_like
            if float(state.centroid_sum @ vector) / norm >= floor:
                return journey
        return None

    def _recent(self, state: JourneyState, item: Item) -> bool:
        """Whether the journey's last visit is within the days a word may gather across
        (``GatherParams.max_days``)."""
        g = self.params.gather
        days = (item.time_us - state.last_at_us) / _DAY_US
        return g is None or days <= g.max_days

    def _by_host(self) -> dict[str, set[int]]:
        """The journeys having each site."""
        if self.by_host is None:
            self.by_host = {}
            for known in self.journeys.values():
                for host in known.hosts:
                    self.by_host.setdefault(host, set()).add(known.id)
        return self.by_host

    def _by_keyword(self) -> dict[str, list[int]]:
        """The journeys having each keyword; keywords come from the last full build, so
        journeys opened since have none."""
        if self.by_keyword is None:
            self.by_keyword = {}
            for known in self.journeys.values():
                for word in known.keywords:
                    self.by_keyword.setdefault(word, []).append(known.id)
        return self.by_keyword

    def add(
        self, journey: int | None, new_id: int, item: Item, vector: Vectors, gram: Vectors
    ) -> int | None:
        """Record the item in ``journey`` (or open ``new_id`` for a search); returns where."""
        if _is_message(item):
            return journey  # read for what it says, it changes nothing later visits meet
        if journey is None and item.query and not item.noise:
            journey = new_id
            self.journeys[journey] = JourneyState(journey, np.zeros_like(vector), 0, item.time_us)
        if journey is not None:
            state = self.journeys[journey]
            if not item.noise:
                state.centroid_sum = state.centroid_sum + vector
                state.count += 1
                state.recent = [*state.recent[-(self.params.representatives - 1) :], (vector, gram)]
                if item.host:
                    state.hosts.add(item.host)
                    if self.by_host is not None:
                        self.by_host.setdefault(item.host, set()).add(journey)
            state.last_at_us = max(state.last_at_us, item.time_us)
        if not item.noise:
            self.last_item, self.last_journey, self.last_vectors = item, journey, (vector, gram)
        return journey


def _is_message(item: Item) -> bool:
    """A mail message read (``noise.is_message``) that is no habit and no search."""
    return item.message and not item.noise and not item.query
