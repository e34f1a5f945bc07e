"""A journey's title as the name of a task, from the keyphrase title (``engine.labels``), the
journey's own searches and page titles, its intent and the towns the person searched.

The keyphrase labeler picks the search or title fragment most telling of the journey, and a
search reads as a search: "lisbon in may weather", "best running shoes for flat feet",
"rust ownership borrowing explained simply". A person names the task: "Trip to Lisbon in
May", "Running shoes for flat feet", "Learning Rust". So, for a journey whose searches are
in English (the words put round the name are English):

- a trip (intent ``travel``) whose searches name a town or country the person searched as
  a destination (``engine.destinations``; where a search for a way to travel goes from is
  no destination) is "Trip to" the one most searched, and a second one searched nearly as
  often ("Trip to Tokyo and Kyoto"), "in" the month its searches name most;
- a phrase of two words or more that most of the journey's searches say (at least three of
  them) is the task's name: "knee replacement" of "total knee replacement recovery time",
  "orthopedic surgeon knee replacement reviews" and "knee replacement before planting
  season"; a single word said so is a subject learnt ("Learning Rust") where the intent is
  ``learning``. A problem fixed keeps its search: the error is its name;
- a search that asks for the best or the cheapest of a thing names the thing ("best" goes),
  and a price it was to stay under, said in any of the searches, follows ("Standing desk
  under $400").

Whatever the language, each word is written as the page titles write it where they tell a
name from a word: "FAFSA", "GitHub", "iPhone" (a casing no sentence gives), or a word
capitalised inside a title that is not itself in title case ("Tips for Kyoto in spring").
Towns searched and months are capitalised.

Pure: no storage, no model.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import NamedTuple

from journeys.engine.baselines import STOPWORDS
from journeys.engine.destinations import named_in
from journeys.engine.gazetteer import ABBREVIATED, country_names, known_towns
from journeys.engine.intent import searched_as
from journeys.engine.labels import JourneyText
from journeys.engine.language import LanguageParams, written_in
from journeys.engine.places import origin
from journeys.engine.vocabulary import model_words, most_used, unaccented

__all__ = ["in_english", "task_title"]

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_PATHS = re.compile(r"\S*/\S*")
# a search's word: words joined by hyphens are one, a model's or a range's code ("70-180",
# "gstr-3b") or "t-shirt"
_SEARCH_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
_FRAGMENTS = re.compile(r"\s+[-–—|·•:»]\s+|\s*\|\s*")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "may" is a month after these words, or before a day's number; otherwise it is the verb
_BEFORE_MAY = frozenset({"in", "early", "late", "mid", "end", "of", "by", "until", "for", "this"})
# words a phrase naming the task neither starts nor ends with
_GENERIC = frozenset(
    (
        *("best", "cheap", "cheapest", "top", "good", "vs", "versus", "review", "reviews"),
        *("price", "prices", "cost", "costs", "near", "me", "how", "what", "which", "why"),
        *("when", "where", "buy", "online", "free", "uk", "us", "usa", "worth", "new", "used"),
        *("easy", "simple", "quick", "basic", "beginner", "beginners"),  # "easy guitar"
    )
)
_SHOP_LEAD = re.compile(
    r"^(?:the\s+)?(?:best|cheapest|cheap|top(?:\s+\d+)?|good|affordable)\s+(?=\S)", re.I
)
_UNDER = re.compile(
    r"\b(?:under|below|less than)\s+([$£€¥₹]?\s?\d[\d,.]*\s?(?:k\b)?(?:\s?(?:€|eur|euros?|"
    r"usd|dollars?|gbp|pounds?)\b)?)",
    re.I,
)
# intents whose journeys a phrase of their searches names ("fixing" keeps its error)
_TEMPLATED = frozenset({"shopping", "learning", "health", "cooking", "paperwork", "other"})
# what a trip is for, when its first search or half of its searches say so
_KINDS = {
    "ski": "Ski trip to",
    "skiing": "Ski trip to",
    "stag": "Stag do in",
    "hen": "Hen do in",
    "bachelor": "Bachelor party in",
    "bachelorette": "Bachelorette party in",
    "honeymoon": "Honeymoon in",
    "wedding": "Wedding in",
    "cruise": "Cruise to",
    "conference": "Conference in",
    "camping": "Camping trip to",
    "hiking": "Hiking trip to",
    "safari": "Safari in",
    "anniversary": "Anniversary trip to",
    "concert": "Concert in",
    "festival": "Festival in",
    "tournament": "Tournament in",
    "business": "Business trip to",
}
_MIN_SAID = 3  # searches that must say a phrase for it to name the task
_SHARE = 0.6  # and the share of the journey's distinct searches that must say it
_MAX_TITLE = 60
_COMMON = 20_000  # an English word this common is no acronym however a title writes it
_MAX_READ = 40  # distinct searches read of a journey
_MAX_PAGES = 24  # distinct titles of its pages read for how they write its words


def task_title(
    title: str,
    text: JourneyText,
    intent: str,
    towns: frozenset[str] = frozenset(),
    home: frozenset[str] = frozenset(),
) -> str:
    """The journey's title as a task's name (see the module docstring); ``title`` is the
    keyphrase labeler's, ``towns`` the person's searched destinations, ``home`` their own
    places."""
    searches = list(dict.fromkeys(q.strip() for q in text.queries if q.strip()))[:_MAX_READ]
    english = in_english(searches)
    phrase = _said_most(searches, towns | home) if english and intent in _TEMPLATED else None
    if phrase and " " not in phrase and intent != "learning":
        # a lone word names no task ("crown"): the word its searches and pages put before it
        phrase = _paired(phrase, [*searches, *_pages(text.titles, searches)], towns | home)
    # the words whose casing is asked: the title's, the phrase's, the places a trip names
    wanted = set(_TOKEN.findall(title.lower())) | set((phrase or "").split())
    if english and intent == "travel":
        wanted |= {w for search in searches for w in named_in(search)}
    wanted = {w for w in wanted if len(w) > 1 and w not in STOPWORDS}
    writing = _writing(_pages(text.titles, searches), frozenset(wanted))
    casing = dict(writing.special)
    named = title
    if english:
        # a capital letter tells a name from a word in English, not in German; and an
        # English word a title capitalises is more often its style ("Single Handle")
        common = most_used(_COMMON)
        casing = {w: c for w, c in writing.named.items() if w not in common} | casing
        named = _as_task(title, searches, intent, towns, phrase, writing)
        # a word the titles capitalise after a brand's name is the name's ("MacBook Air",
        # "GitHub Actions"); not after an acronym ("ACL rehab", "CPAP mask")
        tokens = [t.lower() for t in _TOKEN.findall(named)]
        for a, b in pairwise(tokens):
            brand = writing.special.get(a, "")
            mixed = any(c.islower() for c in brand) and any(c.isupper() for c in brand)
            if mixed and b in writing.capitals and b not in casing:
                casing[b] = b.capitalize()
    return _cased(named, casing, towns | home)


def _pages(titles: Sequence[str], searches: Sequence[str]) -> list[str]:
    """The distinct titles of pages, not of the searches' own result pages ("kyoto 5 day
    itinerary - Google Search"), the most repeated first (``_MAX_PAGES`` at most)."""
    asked = tuple(s.lower() for s in searches)
    out: list[str] = []
    for t, _ in Counter(titles).most_common():
        if not asked or not t.lower().startswith(asked):
            out.append(t)
            if len(out) == _MAX_PAGES:
                break
    return out


def in_english(searches: Sequence[str], share: float = 0.7) -> bool:
    """Whether searches are written in English: most of their distinct words of letters
    (``share``) are whole words of the sentence model's English tokenizer ("kyoto",
    "ryokan" and "itinerary" are; "kita", "platz" and "beantragen" are not), or else the
    language identifier finds no other language in them (``engine.language``)."""
    words = {w for s in searches for w in _TOKEN.findall(s.lower()) if w.isalpha()}
    known = model_words()
    if not words or not known or len(words & known) >= share * len(words):
        return True
    return written_in(" ".join(searches), LanguageParams()) is None


def _as_task(
    title: str,
    searches: Sequence[str],
    intent: str,
    towns: frozenset[str],
    phrase: str | None,
    writing: _Writing,
) -> str:
    """The task's name in English."""
    if intent == "travel":
        # a place is a name the titles write so, in a sentence or, if no English word, at all
        common = most_used(_COMMON)
        titled = writing.capitals | writing.written
        places = set(writing.named) | {w for w in titled if w not in common}
        trip = _trip(searches, towns, places - set(writing.special))
        if trip:
            return trip
    if intent not in _TEMPLATED:
        return title
    searched = title.lower() in {s.lower() for s in searches}
    subject = (
        intent == "learning"
        and (phrase in writing.named or phrase in writing.capitals)
        # a subject is learnt where a search says so ("rust borrow checker explained"): a
        # mortgage refinance read as research by a "how to" and a "What Is" page is no
        # "Learning Refinance" (week158)
        and any(searched_as("learning", s) for s in searches)
        and not _is_place(phrase or "")  # "dis copenhagen semester abroad" learns no town
    )
    if phrase is not None and (" " in phrase or subject):
        name = phrase if " " in phrase else f"Learning {phrase.capitalize()}"
        if len(name) < len(title) or not searched:
            if intent == "shopping" and " " in phrase:
                limit = _limit(searches)
                name += f" under {limit}" if limit else ""
            return name
    if intent == "shopping" and searched:
        title = _SHOP_LEAD.sub("", title)
    return title


def _is_place(word: str) -> bool:
    """Whether a word is the name of a town or a country of the gazetteer."""
    return word in known_towns().rows or word in country_names()


def _trip(searches: Sequence[str], towns: frozenset[str], names: set[str]) -> str | None:
    """ "Trip to" the place that at least half of the searches name as where to go (a town
    or country searched, or a name the page titles write as one: "Maui" is no town of the
    gazetteer), in the month they name most; or None."""
    said: Counter[str] = Counter()
    spelled: dict[str, Counter[str]] = {}
    for search in searches:
        starts = _starts(search)
        found = [p for p in named_in(search) if (p in towns or p in names) and p not in _NO_PLACE]
        # "san" is a town's name as well, but not in "san diego"
        found = [
            p for p in found if p not in starts and not any(p in q.split() for q in found if q != p)
        ]
        keys = {unaccented(p): p for p in found}
        said.update(keys.keys())
        for key, place in keys.items():
            spelled.setdefault(key, Counter())[place] += 1
    if not said:
        return None
    # the first said of equals, but a common word after a name: "Lake" of "lake garda"
    common = most_used(_COMMON)
    (key, count), *_ = sorted(said.items(), key=lambda kv: (-kv[1], kv[0] in common))
    if count < max(1, math.ceil(len(searches) / 2)):
        return None
    place = spelled[key].most_common(1)[0][0]
    where = " ".join(w.capitalize() for w in _named_before(place, searches, names).split())
    month = _month(searches)
    return f"{_kind(searches)} {where}" + (f" in {month}" if month else "")


def _named_before(place: str, searches: Sequence[str], names: set[str]) -> str:
    """``place`` and the name before it that most searches saying it put there, where the
    titles write that word as a name and it is no common English word: "maasai mara" (the
    gazetteer knows a Mara, not the reserve)."""
    before: Counter[str] = Counter()
    saying = 0
    for search in searches:
        tokens = [t.lower() for t in _TOKEN.findall(search)]
        at = [k for k in range(len(tokens)) if unaccented(tokens[k]) == unaccented(place)]
        if at:
            saying += 1
            before.update({tokens[k - 1] for k in at if k})
    common = most_used(_COMMON)
    for word, n in before.most_common(1):
        named = word in names and (word not in common or word in _FEATURES)
        if 2 * n > saying and named and word not in _NO_PLACE:
            return f"{word} {place}"
    return place


#: Common words that make a place's name of the name after them: "Lake Garda", "Mount Etna".
_FEATURES = frozenset({"cape", "isle", "lake", "loch", "mount"})


_NO_PLACE = frozenset((*_MONTHS, *_DAYS, *_KINDS))  # "Hen" of "Re: Hen do dates" is none


def _kind(searches: Sequence[str]) -> str:
    """How a trip's name starts: what it is for (``_KINDS``) where its first search or half
    of its searches say it, else "Trip to"."""
    said = Counter(w for s in searches for w in set(_TOKEN.findall(s.lower())) if w in _KINDS)
    first = [w for w in _TOKEN.findall(searches[0].lower()) if w in _KINDS] if searches else []
    often = [w for w, n in said.most_common() if 2 * n >= len(searches)]
    kind = first[0] if first else often[0] if often else None
    return _KINDS[kind] if kind else "Trip to"


def _starts(search: str) -> set[str]:
    """Where a search goes from: the town ``engine.places.origin`` reads, and any word after
    "from" or before "to" ("portland to maui flights": Maui is no town of the gazetteer)."""
    tokens = [t.lower() for t in _TOKEN.findall(search)]
    start = origin(search)
    out = {start} if start else set()
    for k, word in enumerate(tokens[:-1]):
        if word == "from":
            out |= {tokens[k + 1], " ".join(tokens[k + 1 : k + 3])}
        elif tokens[k + 1] == "to" and k + 2 < len(tokens):
            out |= {word, " ".join(tokens[max(0, k - 1) : k + 1])}
    return out


def _month(searches: Sequence[str]) -> str | None:
    said: Counter[str] = Counter()
    for search in searches:
        tokens = [t.lower() for t in _TOKEN.findall(search)]
        said.update({m for k, m in enumerate(tokens) if _is_month(tokens, k)})
    if not said:
        return None
    best = max(said.items(), key=lambda kv: (kv[1], -_MONTHS.index(kv[0])))[0]
    return best.capitalize()


def _is_month(tokens: Sequence[str], k: int) -> bool:
    word = tokens[k]
    if word not in _MONTHS:
        return False
    if word != "may":
        return True
    before = tokens[k - 1] if k else ""
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    return before in _BEFORE_MAY or after.isdigit()


def _said_most(searches: Sequence[str], places: frozenset[str]) -> str | None:
    """The longest run of up to three words that most of the searches say, or None."""
    if len(searches) < _MIN_SAID:
        return None
    need = max(_MIN_SAID, math.ceil(_SHARE * len(searches)))
    # words joined by hyphens are one: "tamron 70-180 g2" says no "Tamron 70" of half a
    # focal range, "t-shirt printing" no "t shirt printing"
    tokened = [[t.lower() for t in _SEARCH_TOKEN.findall(search)] for search in searches]
    often = Counter(w for tokens in tokened for w in set(tokens))
    frequent = {w for w, n in often.items() if n >= need}
    if not any(_edge(w, places) for w in frequent):
        return None
    said: Counter[tuple[str, ...]] = Counter()
    for tokens in tokened:
        runs = {
            run
            for n in (1, 2, 3)
            for k in range(len(tokens) - n + 1)
            if frequent.issuperset(run := tuple(tokens[k : k + n]))
            and _edge(run[0], places)
            and _last(run[-1], run, places)
        }
        said.update(runs)
    found = [run for run, count in said.items() if count >= need]
    if not found:
        return None
    best = max(found, key=lambda run: (len(run), said[run], " ".join(run)))
    # a word every search puts before it is part of it, however broad: "best man speech"
    before = {
        tokens[k - 1] if k else ""
        for tokens in tokened
        for k in range(len(tokens) - len(best) + 1)
        if tuple(tokens[k : k + len(best)]) == best
    }
    if len(before) == 1 and (word := before.pop()) and word not in STOPWORDS:
        best = (word, *best)
    wide = _widened(best, tokened, places)
    if wide != best and _ORDINAL.fullmatch(wide[-1]):
        # an ordinal counts what follows it: "ipad 10th gen", else no "ipad 10th"
        wider = _widened(wide, tokened, places)
        wide = wider if wider[-1] != wide[-1] else best
    elif wide != best:
        # a number or letter that ends a name the widening made: "tesla model 3"
        wide = _widened(wide, tokened, places, naming=True)
    return " ".join(wide)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _paired(word: str, texts: Sequence[str], places: frozenset[str]) -> str:
    """A word most searches say, with the word that the journey's searches and page titles
    (``texts``) put before it most, in two of them at least (a plural is the word: "Dental
    Crowns"): "crown" of "dental crown cost with delta dental ppo", "porcelain vs zirconia
    crown molar" and "temporary crown fell out" is "dental crown", as "Dental Crowns |
    Delta Dental" writes it too; of equals, the one said first. ``word`` alone where none is
    said twice."""
    forms = {word, word + "s", word + "es"} | ({word[:-1]} if word.endswith("s") else set())
    said: Counter[str] = Counter()
    first: dict[str, int] = {}
    for n, text in enumerate(texts):
        tokens = [t.lower() for t in _SEARCH_TOKEN.findall(text)]
        before = {
            tokens[k - 1]
            for k in range(1, len(tokens))
            if tokens[k] in forms and tokens[k - 1] not in forms and _edge(tokens[k - 1], places)
        }
        said.update(before)
        for w in before:
            first.setdefault(w, n)
    if not said:
        return word
    best = min(said, key=lambda w: (-said[w], first[w], w))
    return f"{best} {word}" if said[best] >= 2 else word


def _widened(
    run: tuple[str, ...],
    tokened: Sequence[Sequence[str]],
    places: frozenset[str],
    *,
    naming: bool = False,
) -> tuple[str, ...]:
    """``run`` and the word a third of the searches or more say next to it, if any: "fly"
    of "beginner fly fishing rod" and "fly fishing knots" is "fly fishing"; ``naming``:
    only a number or letter after it ("model 3", "part d")."""
    if len(run) >= 3:
        return run
    wider: Counter[tuple[str, ...]] = Counter()
    n = len(run)
    for tokens in tokened:
        found = set()
        for k in range(len(tokens) - n + 1):
            if tuple(tokens[k : k + n]) == run:
                if k and not naming and _edge(tokens[k - 1], places):
                    found.add((tokens[k - 1], *run))
                after = tokens[k + n] if k + n < len(tokens) else ""
                named = after and _last(after, (*run, after), places)
                if named and (not naming or not _edge(after, places)):
                    found.add((*run, after))
        wider.update(found)
    if not wider:
        return run
    best, count = max(wider.items(), key=lambda kv: (kv[1], " ".join(kv[0])))
    return best if count >= max(2, math.ceil(len(tokened) / 3)) else run


def _edge(word: str, places: frozenset[str]) -> bool:
    """Whether a phrase may start or end with ``word``: no stopword, number, broad word
    ("best", "price") or town searched or lived in ("summer camp denver" names a camp)."""
    return (
        len(word) > 1
        and not word.isdigit()
        and word not in STOPWORDS
        and word not in _GENERIC
        and word not in places
    )


def _last(word: str, run: tuple[str, ...], places: frozenset[str]) -> bool:
    """Whether a phrase may end with ``word``: as it may start, or with a small number after
    a name ("tesla model 3"), or a letter after two words ("medicare part d"; "plan g"
    alone says less than the search it would replace)."""
    if _edge(word, places):
        return True
    number = len(run) > 1 and word.isdigit() and len(word) <= 2
    return number or (len(run) > 2 and _letter(word))


def _letter(word: str) -> bool:
    """Whether ``word`` is a letter that names ("d" of "part d"), not "a" or "i", nor a
    word of one letter of another language ("à" of "fin de semaine à québec", "y")."""
    return len(word) == 1 and "a" <= word <= "z" and word not in STOPWORDS and word != "y"


def _limit(searches: Iterable[str]) -> str | None:
    """The price the searches say to stay under ("$400" of "standing desk under $400")."""
    for search in searches:
        found = _UNDER.search(search)
        if found:
            return " ".join(found.group(1).split())
    return None


def _cased(title: str, casing: dict[str, str], towns: frozenset[str]) -> str:
    """``title`` with each word written as the journey's pages write it (``casing``), and
    its towns (those travelled to and the person's own: "Best JEE coaching in Mumbai"),
    countries, months and weekdays capitalised, a country's letters in capitals ("UAE"),
    and a letter after a word ("Medicare part D", "plan G vs plan N")."""
    tokens = [t.lower() for t in _TOKEN.findall(title)]

    def one(found: re.Match[str]) -> str:
        word = found.group(0)
        low = word.lower()
        if low in casing:
            return casing[low]
        if word != low:
            return word
        k = sum(1 for _ in _TOKEN.finditer(title, 0, found.start()))
        if _letter(low) and k and tokens[k - 1].isalpha():
            return low.upper()
        if low in towns and low in ABBREVIATED:
            return low.upper()
        if low in towns or low in _DAYS or (low in _MONTHS and _is_month(tokens, k)):
            return low.capitalize()
        return word

    out = _TOKEN.sub(one, title)
    low = out.lower()
    for run in sorted((t for t in towns if " " in t and t in low), key=len, reverse=True):
        out = re.sub(rf"\b{re.escape(run)}\b", run.title(), out, flags=re.I)
    out = " ".join(out.split())
    if len(out) > _MAX_TITLE:
        out = out[: _MAX_TITLE - 1].rsplit(" ", 1)[0] + "…"
    first = out.split(" ", 1)[0]
    if first[:1].islower() and any(c.isupper() for c in first):
        return out  # a name its pages write so: "iPad", "eBay"
    return out[:1].upper() + out[1:]


def _model(word: str) -> bool:
    """Whether a word a title capitalises is a model's name: a capital and a number ("C4",
    "S90D"), which ``str.capitalize`` leaves as it is."""
    return word.isupper() and any(c.isdigit() for c in word)


def _acronym(low: str) -> bool:
    """Whether a short word a title writes in capitals is an acronym ("AC", "IRA", "MOT")
    however common its letters are as a word, not a shouted "NEW" or "FOR"."""
    return len(low) <= 3 and low not in STOPWORDS and low not in _GENERIC


class _Writing(NamedTuple):
    """How a journey's page titles write the words asked of them."""

    special: dict[str, str]  # a casing no sentence gives: "GitHub", "FAFSA", "iPhone"
    named: dict[str, str]  # capitalised inside a sentence, never in lower case there
    capitals: frozenset[str]  # capitalised in two titles or more, title case or not
    # capitalised in two titles or more, a fragment's first word too ("Lift Tickets |
    # Breckenridge Ski Resort"), never in lower case
    written: frozenset[str] = frozenset()


def _writing(page_titles: Sequence[str], wanted: frozenset[str]) -> _Writing:
    """How ``page_titles`` write the ``wanted`` words (a shouted title tells nothing, nor
    does a word's first letter at the start of a title, or in a title in title case)."""
    # only words some title writes otherwise than lower case, and not only as its first word
    wanted = frozenset(
        low
        for t in page_titles
        for k, w in enumerate(_TOKEN.findall(t))
        if (low := w.lower()) in wanted and w != low and (k or w != w.capitalize())
    )
    if not wanted:
        return _Writing({}, {}, frozenset())
    common = most_used(_COMMON)
    special: Counter[str] = Counter()
    named: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    written: Counter[str] = Counter()
    titled: Counter[str] = Counter()  # written with a capital, the rest in lower case
    loud: Counter[str] = Counter()  # a common word in capitals, in a title that is not
    plain: set[str] = set()
    for t in page_titles:
        if not any(w in t.lower() for w in wanted):
            continue
        for fragment in _FRAGMENTS.split(t):
            words = _TOKEN.findall(_PATHS.sub(" ", fragment))  # not "rust" of "r/rust"
            letters = [w for w in words if w[:1].isalpha()]
            headline = sum(1 for w in letters if w[:1].isupper()) > 0.6 * len(letters)
            # a title written in capitals writes its common words so too ("SOCCER CLUB")
            upper = [w for w in letters if w.isupper() and len(w) > 1]
            shouting = sum(1 for w in upper if w.lower() in common) > 1 and (
                2 * len(upper) > len(letters)
            )
            for k, w in enumerate(words):
                low = w.lower()
                # a word may start with a digit where it has letters too ("GSTR-3B", "4K")
                if low not in wanted or low.isdigit():
                    continue
                if w != low and not shouting:
                    written[low] += 1
                    if w == w.capitalize():
                        titled[low] += 1
                if len(w) > 1 and w != low and (w != w.capitalize() or _model(w)):
                    # "GitHub", "RAV4", "LG", "C4"; not "BEST" in "The BEST Desk"
                    if not shouting and (not w.isupper() or low not in common or _acronym(low)):
                        special[w] += 1
                    elif not shouting:
                        loud[w] += 1
                elif w == low:
                    if not headline:
                        plain.add(low)
                elif k:
                    capital[low] += 1
                    if not headline:
                        named[w] += 1
    # a common word that two titles or more write in capitals, and none otherwise, is an
    # acronym all the same: "NATE Core Exams", "Heat Pump Specialty Exam | NATE" (week166)
    for w, n in loud.items():
        if n > 1 and w.lower() not in plain and not titled[w.lower()]:
            special[w] += n
    # a brand's own site shouts its name ("A065 Firmware Update | TAMRON"), the others
    # write it as a name: the capitals are its writing only where no more titles say
    # "Tamron"
    return _Writing(
        {
            w.lower(): w
            for w, n in reversed(special.most_common())
            if not (w.isupper() and w.isalpha() and titled[w.lower()] > n)
        },
        {w.lower(): w for w, _ in reversed(named.most_common()) if w.lower() not in plain},
        frozenset(w for w, n in capital.items() if n > 1 and w not in plain and len(w) > 2),
        frozenset(w for w, n in written.items() if n > 1 and w not in plain and len(w) > 2),
    )
