"""Titles and keywords of journeys, from their own searches and page titles, scored against
the rest of the person's history (a word common to every journey names none of them)."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from journeys.engine.baselines import STOPWORDS

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_TITLE_SPLIT = re.compile(r"\s+[-–—|·•:»]\s+|\s*\|\s*")
_MAX_TITLE = 60


@dataclass(frozen=True, slots=True)
class JourneyText:
    """What a journey says about itself: its searches and its page titles (with repeats), in
    time order."""

    queries: Sequence[str]
    titles: Sequence[str]


@dataclass(frozen=True, slots=True)
class Label:
    """A journey's short title and its top keywords; ``by_model`` when a language model
    wrote the title (no rule rewrites it then)."""

    title: str
    keywords: tuple[str, ...]
    by_model: bool = False


class Labeler(Protocol):
    """Names every journey of one person at once (so it can compare them)."""

    def label(self, journeys: Sequence[JourneyText]) -> list[Label]:
        """One label per journey, in order."""
        ...


def words(text: str) -> list[str]:
    """Lower-cased words without stopwords and one-letter words."""
    return [w for w in map(str.lower, _WORD.findall(text)) if len(w) > 1 and w not in STOPWORDS]


def _fragments(title: str) -> list[str]:
    return [f.strip() for f in _TITLE_SPLIT.split(title) if f.strip()]


class KeyphraseLabeler:
    """Picks the search or title fragment whose words are most specific to the journey. The
    journey's first search counts ``first_weight`` more: people open a task with its broad
    framing ("trampoline park birthday party", "byzantine empire") and go on to its details
    ("printable dinosaur party invitations", "justinian plague"), and the framing is what the
    task is called."""

    def __init__(
        self, *, keywords: int = 5, query_weight: float = 2.0, first_weight: float = 0.5
    ) -> None:
        if keywords < 1 or query_weight <= 0 or first_weight < 0:
            raise ValueError("keywords must be >= 1, query_weight > 0 and first_weight >= 0")
        self.keywords = keywords
        self.query_weight = query_weight
        self.first_weight = first_weight

    def label(self, journeys: Sequence[JourneyText]) -> list[Label]:
        """Labels of all journeys, words weighted by tf-idf across them."""
        bags = [self._bag(j) for j in journeys]
        df: Counter[str] = Counter()
        for bag in bags:
            df.update(bag.keys())
        # fragments shared by many journeys are site names ("YouTube", "Wikipedia")
        fragment_df: Counter[str] = Counter()
        for j in journeys:
            fragment_df.update({f.lower() for t in set(j.titles) for f in _fragments(t)})
        n = len(journeys)
        out: list[Label] = []
        for j, bag in zip(journeys, bags, strict=True):
            weight = {w: c * math.log((1 + n) / (1 + df[w])) + c * 1e-3 for w, c in bag.items()}
            out.append(self._one(j, weight, fragment_df, n))
        return out

    def _bag(self, j: JourneyText) -> dict[str, float]:
        bag: dict[str, float] = defaultdict(float)
        for q, count in Counter(j.queries).items():
            for w in words(q):
                bag[w] += self.query_weight * count
        for t, count in Counter(j.titles).items():
            for w in words(t):
                bag[w] += count
        return bag

    def _one(
        self, j: JourneyText, weight: dict[str, float], fragment_df: Counter[str], n: int
    ) -> Label:
        keywords = tuple(sorted(weight, key=lambda w: (-weight[w], w))[: self.keywords])
        candidates: dict[str, float] = defaultdict(float)
        for q, times in Counter(j.queries).items():
            candidates[q.strip()] += self.query_weight * times
        site_names = max(2, n // 10)
        # one word that ends two of its different titles is the site's name ("Wikipedia")
        endings = Counter(
            parts[-1].lower() for t in set(j.titles) if len(parts := _fragments(t)) > 1
        )
        for t, repeats in Counter(j.titles).items():
            for f in _fragments(t):
                if endings[f.lower()] > 1 and len(words(f)) == 1:
                    continue
                if fragment_df[f.lower()] <= site_names or n <= 2:
                    candidates[f] += repeats
        first = j.queries[0].strip() if j.queries else None
        best, best_score = "", -1.0
        for text, count in candidates.items():
            ws = words(text)
            if not ws or len(text) > 2 * _MAX_TITLE:
                continue
            # an exact sum: summed in set order, the same words in another order could win
            # or lose by a rounding that changes with the process's string hashing
            score = math.fsum(weight.get(w, 0.0) for w in set(ws)) / math.sqrt(len(ws) + 1)
            score *= 1 + math.log1p(count) / 4
            if text == first:
                score *= 1 + self.first_weight
            if score > best_score:
                best, best_score = text, score
        if not best:
            best = " ".join(keywords[:3]) or "Untitled journey"
        return Label(_tidy(best), keywords)


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _MAX_TITLE:
        text = text[: _MAX_TITLE - 1].rsplit(" ", 1)[0] + "…"
    return text[:1].upper() + text[1:]
