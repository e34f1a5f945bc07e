"""What a journey is for (travel, shopping, fixing a problem, ...), from its own searches,
sites and titles, with the evidence that decided it.

Rules come first: each intent has strong and weak words (searches count more than titles) and
sites known for it. When no rule is sure, the journey's meaning vector is compared with a short
description of each intent (``IntentPrototypes``); the reason then says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar, NamedTuple

import numpy as np
import numpy.typing as npt

from journeys.engine.embedding import Embedder, normalize

INTENTS = (
    "travel",
    "shopping",
    "jobs",
    "paperwork",
    "fixing",
    "learning",
    "cooking",
    "health",
    "entertainment",
    "other",
)
#: Intents whose journeys are chores: comparing options or repeating searches without a
#: confirmation leaves them unfinished. Learning, health reading or hobbies never are.
CHORES = frozenset({"travel", "shopping", "jobs", "paperwork"})
LABELS = {
    "travel": "travel planning and booking",
    "shopping": "shopping and purchase",
    "jobs": "job search",
    "paperwork": "forms, taxes and applications",
    "fixing": "fixing a problem",
    "learning": "learning or research",
    "cooking": "cooking",
    "health": "health reading",
    "entertainment": "entertainment",
    "other": "other",
}


class Step(NamedTuple):
    """One visit as outcome and intent rules read it (a named tuple: a build makes one per
    visit, a million for years of history, and a tuple is made 2.6 times as fast as a
    frozen dataclass)."""

    time_us: int
    url: str
    host: str
    title: str | None = None
    query: str | None = None


@dataclass(frozen=True, slots=True)
class Intent:
    """A journey's intent and why."""

    name: str
    reason: str
    score: float


_WHOLE = r"(?<![\w-])(?:{})(?![\w-])"  # whole words or phrases, not part of a longer one


def _words(alternatives: str) -> re.Pattern[str]:
    """Whole words or phrases, any of ``a|b|c``."""
    return re.compile(_WHOLE.format(alternatives), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Rule:
    strong: re.Pattern[str]
    weak: re.Pattern[str] | None
    sites: frozenset[str]
    paths: re.Pattern[str] | None = None


# what "travel" names that is no trip: a club's team that plays away ("volleyball club fees
# 14u travel team", week166), a size or a thing to pack
_NOT_A_TRIP = (
    r"(?:team|ball|league|soccer|baseball|softball|hockey|basketball|volleyball|size|sized"
    r"|mug|crib|pillow)s?\b"
)

_RULES: dict[str, _Rule] = {
    "travel": _Rule(
        _words(
            r"flights?|airfares?|hotels?|hostels?|ryokan|airbnb|itinerar(?:y|ies)|vacations?"
            r"|holidays?|trip|travel(?:ling|ing)?(?! "
            + _NOT_A_TRIP
            + r")|resorts?|things to do|where to stay"
            r"|car (?:rental|hire)|rental car|rail ?pass|jr pass|train (?:tickets?|times)"
            r"|airports?|airlines?|cruise|sightseeing|day trip|layover|b&b|guesthouse"
            r"|one[- ]way|round[- ]trip|lodging|accommodations?|vacation rentals?|lift tickets?"
            r"|ski (?:trip|resort|rentals?|weekend)|getaway"
        ),
        _words(r"booking|check[- ]?in|tour|beach|museum|tickets?"),
        frozenset(
            [
                "booking",
                "airbnb",
                "expedia",
                "skyscanner",
                "kayak",
                "tripadvisor",
                "hotels",
                "agoda",
                "trivago",
                "hostelworld",
                "vrbo",
                "lonelyplanet",
                "trainline",
                "raileurope",
                "japan-guide",
                "japanican",
                "ryanair",
                "easyjet",
                "lufthansa",
                "ba",
                "united",
                "delta",
                "aa",
                "jal",
                "ana",
                "emirates",
                "klm",
                "airfrance",
                "qatarairways",
                "momondo",
                "opodo",
                "edreams",
                "kiwi",
                "rome2rio",
                "seat61",
                "getyourguide",
                "viator",
                "hotwire",
                "priceline",
                "travelocity",
                "orbitz",
                "wizzair",
                "vueling",
                "iberia",
                "jetblue",
                "southwest",
            ]
        ),
        re.compile(r"/(?:travel/)?(?:flights?|hotels?|hotel-|trips?)(?:/|\b)", re.IGNORECASE),
    ),
    "shopping": _Rule(
        _words(
            r"buy|buying|purchase|prices?|pricing|cheap(?:est)?|deals?|discounts?|coupons?"
            r"|promo code|for sale|under [$£€]?\d+|\d+ ?(?:dollars|euros|pounds)"
            r"|shopping cart|add to (?:cart|basket)|in stock|free shipping|warrant(?:y|ies)"
        ),
        _words(r"reviews?|vs|versus|compare|comparison|best \w+|specs|sale"),
        frozenset(
            [
                "amazon",
                "ebay",
                "etsy",
                "walmart",
                "target",
                "bestbuy",
                "aliexpress",
                "ikea",
                "zalando",
                "argos",
                "currys",
                "johnlewis",
                "wirecutter",
                "rtings",
                "newegg",
                "bhphotovideo",
                "costco",
                "homedepot",
                "wayfair",
                "otto",
                "mediamarkt",
                "idealo",
                "pricerunner",
                "camelcamelcamel",
                "asos",
                "temu",
                "shein",
                "apple",
            ]
        ),
        re.compile(r"/(?:cart|basket|checkout|product|products|dp|item|itm|shop)(?:/|\b)", re.I),
    ),
    "jobs": _Rule(
        _words(
            r"jobs?|careers?|hiring|vacanc(?:y|ies)|resume|cv|cover letter|job interview"
            r"|interview questions|salary|recruit\w*|job application|internships?"
            r"|job (?:openings?|offers?|posting)|remote work"
        ),
        _words(r"interviews?|positions?|apply|application|openings?"),
        frozenset(
            [
                "indeed",
                "glassdoor",
                "monster",
                "greenhouse",
                "lever",
                "myworkdayjobs",
                "workable",
                "smartrecruiters",
                "ashbyhq",
                "stepstone",
                "reed",
                "totaljobs",
                "welcometothejungle",
                "ziprecruiter",
                "wellfound",
                "otta",
                "jobs",
                "careers",
            ]
        ),
        re.compile(r"/(?:jobs?|careers?|apply|application)(?:/|\b)", re.IGNORECASE),
    ),
    "paperwork": _Rule(
        _words(
            r"tax(?:es)?|tax return|self assessment|irs|hmrc|w-?2|1040|passport"
            r"|visa application|renew(?:al|ing)?|licen[cs]e renewal|driving licen[cs]e|dmv"
            r"|permits?|council tax|insurance claim|benefits claim|pension"
            r"|form [a-z]*-?\d+[a-z]?|fill(?:ing)? (?:in|out)|apply for|registration|filing"
            r"|file (?:my|a|the) \w+|deadline"
        ),
        _words(r"claim|form|application|appointment"),
        frozenset(
            [
                "gov",
                "hmrc",
                "irs",
                "turbotax",
                "hrblock",
                "taxact",
                "freetaxusa",
                "elster",
                "impots",
            ]
        ),
    ),
    "fixing": _Rule(
        _words(
            r"error(?! handling)s?|fix|fixing|bugs?|crash(?:es|ed|ing)?|broken|not working"
            r"|doesn'?t work|won'?t|can'?t|cannot|fail(?:s|ed|ing)?|exceptions?"
            r"|troubleshoot\w*|oomkilled|exit code|stack ?traces?|segfault|timeouts?|leaks?"
            r"|repair|not \w+ing|keeps? \w+ing|stuck (?:on|at)|how to fix|workaround"
            r"|warning:?"
        ),
        _words(r"issues?|problems?|debug|debugging|help"),
        frozenset(["stackoverflow", "superuser", "serverfault", "askubuntu", "stackexchange"]),
        re.compile(r"/(?:issues|questions|pull)/\d+", re.IGNORECASE),
    ),
    "learning": _Rule(
        _words(
            r"tutorials?|learn(?:ing)?|courses?|lessons?|explained|explanation|introduction"
            r"|intro to|beginners?|documentation|handbook|lectures?|theory|history of"
            r"|difference between|what (?:is|are)|how does|cheat ?sheet|guide to|paper"
            r"|research|study"
        ),
        _words(r"docs?|books?|chapters?|examples?|guide|how to|why"),
        frozenset(
            [
                "wikipedia",
                "coursera",
                "udemy",
                "khanacademy",
                "edx",
                "britannica",
                "arxiv",
                "scholar",
                "freecodecamp",
                "w3schools",
                "readthedocs",
                "docs",
                "doc",
                "learn",
                "developer",
                "mozilla",
                "geeksforgeeks",
                "realpython",
            ]
        ),
    ),
    "cooking": _Rule(
        _words(
            r"recipes?|bake|baking|cook|cooking|sourdough|breads?|dough|oven|ingredients?"
            r"|marinade|roast|soups?|cakes?|cookies|pasta"
            r"|how long to (?:boil|bake|cook|roast)|substitute for|dinner ideas|meal prep"
            r"|vegan|gluten[- ]free|starter"
        ),
        _words(r"dinner|lunch|breakfast|kitchen|food"),
        frozenset(
            [
                "allrecipes",
                "bbcgoodfood",
                "seriouseats",
                "kingarthurbaking",
                "foodnetwork",
                "epicurious",
                "bonappetit",
                "delish",
                "simplyrecipes",
                "budgetbytes",
                "theperfectloaf",
                "tasty",
                "food52",
                "jamieoliver",
                "cooking",
            ]
        ),
    ),
    "health": _Rule(
        _words(
            r"symptoms?|pain|aches?|fever|rash|treatments?|diagnosis|doctors?|side effects"
            r"|dos(?:e|age)|vitamins?|anxiety|migraines?|blood pressure|cholesterol"
            r"|allerg(?:y|ies)|injur(?:y|ies)|physio|infections?|sleep|insomnia|diabetes"
            r"|medication"
        ),
        _words(r"health|diet|exercise|stretches"),
        frozenset(
            [
                "nhs",
                "mayoclinic",
                "webmd",
                "healthline",
                "medlineplus",
                "clevelandclinic",
                "drugs",
                "patient",
                "medicalnewstoday",
            ]
        ),
    ),
    "entertainment": _Rule(
        _words(
            r"movies?|films?|series|episodes?|season \d+|trailers?|lyrics|songs?|albums?"
            r"|playlists?|streaming|anime|concerts?|showtimes|gameplay|walkthrough|netflix"
        ),
        _words(r"watch|games?|music|live|stream|4k|tickets?|tour"),
        frozenset(
            [
                "netflix",
                "spotify",
                "twitch",
                "imdb",
                "rottentomatoes",
                "disneyplus",
                "hulu",
                "primevideo",
                "crunchyroll",
                "letterboxd",
                "soundcloud",
                "steampowered",
                "ticketmaster",
            ]
        ),
    ),
}


def _labels(host: str) -> set[str]:
    return set(host.lower().split("."))


def is_intent_site(host: str, intent: str) -> bool:
    """True when the site is known for this intent (booking.com for travel, ...)."""
    rule = _RULES.get(intent)
    return rule is not None and bool(rule.sites & _labels(host))


def _combined(kind: str) -> re.Pattern[str]:
    """One pattern over every intent's words, so a text is scanned once per kind. The whole
    word test is made once per position, around all the intents' words, not once per
    intent: the same matches, in half the time."""
    parts = []
    for name, rule in _RULES.items():
        pattern = rule.strong if kind == "strong" else rule.weak
        if pattern is not None:
            parts.append(f"(?P<{name}>{_alternatives(pattern)})")
    # the texts are lowercased once instead (the words are lowercase): half the time of
    # IGNORECASE, which matters over the hundred thousand texts of years of history
    return re.compile(_WHOLE.format("|".join(parts)))


def _alternatives(pattern: re.Pattern[str]) -> str:
    """The alternatives of a ``_words`` pattern, without its whole word test."""
    before, after = _WHOLE.split("{}")
    return pattern.pattern.removeprefix(before).removesuffix(after)


_STRONG = _combined("strong")
_WEAK = _combined("weak")


@lru_cache(maxsize=100_000)
def _hits(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Intents whose strong words, and whose weak words only, a text has."""
    low = text.lower()
    strong = frozenset(m.lastgroup for m in _STRONG.finditer(low) if m.lastgroup)
    weak = frozenset(m.lastgroup for m in _WEAK.finditer(low) if m.lastgroup) - strong
    return strong, weak


def searched_as(intent: str, text: str) -> bool:
    """Whether a search says one of ``intent``'s strong words ("rust borrow checker
    explained" says learning; "refinance appraisal waiver how to qualify" does not)."""
    return _RULES[intent].strong.search(text) is not None


def _evidence_score(steps: Sequence[Step]) -> dict[str, tuple[float, list[str], list[str]]]:
    """intent → (score, searches that matched, sites that matched)."""
    # the latest 100 distinct searches and 60 titles say enough (and bound the work)
    queries = list(dict.fromkeys(s.query for s in steps if s.query))[-100:]
    titles = list(dict.fromkeys(s.title for s in steps if s.title and not s.query))[-60:]
    hosts = list(dict.fromkeys(s.host for s in steps if s.host and not s.query))
    urls = [s.url for s in steps if not s.query]
    score = dict.fromkeys(_RULES, 0.0)
    said: dict[str, list[str]] = {name: [] for name in _RULES}
    for q in queries:
        strong, weak = _hits(q)
        for name in strong:
            score[name] += 3.0
            said[name].append(q)
        for name in weak:
            score[name] += 1.0
    for t in titles:
        strong, weak = _hits(t)
        for name in strong:
            score[name] += 1.0
        for name in weak:
            score[name] += 0.3
    sites = {name: [h for h in hosts if rule.sites & _labels(h)] for name, rule in _RULES.items()}
    for name, rule in _RULES.items():
        score[name] += 2.0 * len(sites[name])
        if rule.paths is not None:
            score[name] += 0.5 * min(4, sum(1 for u in urls[:50] if rule.paths.search(u)))
    return {name: (score[name], said[name], sites[name]) for name in _RULES}


class IntentPrototypes:
    """Each intent's description embedded once by the model in use (the fallback when no
    rule is sure)."""

    DESCRIPTIONS: ClassVar[dict[str, str]] = {
        "travel": "flights hotels trip itinerary vacation booking travel destination",
        "shopping": "buy product price review compare order shop deal",
        "jobs": "job application career hiring interview resume salary",
        "paperwork": "tax return form government application passport renewal",
        "fixing": "error fix bug problem not working troubleshooting crash",
        "learning": "tutorial learn guide documentation course explained introduction",
        "cooking": "recipe cooking baking ingredients dinner kitchen",
        "health": "symptoms treatment doctor health medicine pain",
        "entertainment": "watch movie series music video game stream",
    }

    def __init__(self, embedder: Embedder, *, min_similarity: float = 0.35) -> None:
        self.names_ = list(self.DESCRIPTIONS)
        self.vectors_ = normalize(embedder.embed(list(self.DESCRIPTIONS.values())))
        self.min_similarity = min_similarity

    def nearest(self, centroid: npt.NDArray[np.float32]) -> tuple[str, float] | None:
        """The closest intent to a meaning vector, when close enough."""
        if not np.any(centroid):
            return None
        sims = self.vectors_ @ normalize(centroid[None, :])[0]
        best = int(np.argmax(sims))
        if float(sims[best]) < self.min_similarity:
            return None
        return self.names_[best], float(sims[best])


def classify(
    steps: Sequence[Step],
    *,
    centroid: npt.NDArray[np.float32] | None = None,
    prototypes: IntentPrototypes | None = None,
    min_score: float = 2.0,
) -> Intent:
    """The journey's intent: the best-scoring rule when it is sure enough, else the nearest
    description by meaning, else ``other``."""
    scores = _evidence_score(steps)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1][0], INTENTS.index(kv[0])))
    name, (score, said, sites) = ranked[0]
    if score >= min_score:
        return Intent(name, _explain(name, said, sites), score)
    if centroid is not None and prototypes is not None:
        near = prototypes.nearest(centroid)
        if near is not None:
            return Intent(near[0], f"{LABELS[near[0]]}: close in meaning ({near[1]:.2f})", 0.0)
    return Intent("other", "no search, site or title points to one kind of task", score)


def _explain(name: str, said: list[str], sites: list[str]) -> str:
    parts = []
    if said:
        shown = ", ".join(f"“{q}”" for q in said[:2])
        parts.append(f"searched {shown}")
    if sites:
        parts.append("on " + ", ".join(sites[:3]))
    detail = " ".join(parts) if parts else "its page titles"
    return f"{LABELS[name]}: {detail}"
