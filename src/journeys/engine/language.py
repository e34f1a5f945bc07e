"""Texts in another language than English, and the direction the sentence model gives them.

The sentence model reads English. Texts of another language share a direction of their own
in its space, whatever they are about: two unrelated searches in Spanish ("adoptar gato
madrid protectora", "modelo 303 segundo trimestre plazo") are 0.38 alike, where two
unrelated English ones are 0.0 to 0.15, and a translator's cat adoption and VAT return,
each a few Spanish searches, are 0.52 alike as wholes. A language's direction is measured,
not guessed: thirty everyday searches (``data/languages.json``), written in English and
translated into each language, are embedded, and the mean of a language's vectors less the
mean of the English ones is what the language adds (the topics are the same on both sides,
so they cancel). A piece of history takes off that direction in the share of its texts
written in the language: its likeness to other pieces is then about what it says.

Which texts are in another language: a piece whose words are mostly not whole words of
the model's tokenizer (``vocabulary.model_words``: under ``word_share`` of them), or whose
letters are mostly not the Latin alphabet's (``unread``: a search in Chinese or Japanese
may be one word), is a candidate, and each of its texts is named a language by
``py3langid`` among the languages measured, where it is ``sure`` of it (a text it is less
sure of is read as English). English jargon is a candidate too ("jvm maxrampercentage
minrampercentage container default": 0.44 French), and is mostly read as English so,
though not always ("Baeldung JVM Parameters" is 0.67 German); the word share keeps the
identifier off the many pieces that are plainly English (a year of history holds 300,000
pieces). The identifier is loaded only where a
piece is a candidate (1 s), and let go once the pieces are read (it holds 80 MB).

A text's words in another language are read as English's are: without the words that say
nothing of a topic (``own_terms``, thirty-fifth session, step 69). English's ("of", "for",
"what") were never terms (``baselines.STOPWORDS``); a Spanish search's "de", "para" and
"qué" were, and two Spanish searches of two tasks shared them: "qué preguntan en la
entrevista de visa de turista" and "qué hacer en oaxaca día de muertos con niños" are a
father's visa and a family trip. The words are the ``stop-words`` package's list for the
language the text is written in (``written_in``), numbers' words ("dos", "tres") and all.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from journeys.engine.baselines import _ENDS, _MARKS, STOPWORDS, plain_terms
from journeys.engine.embedding import Vectors, normalize
from journeys.engine.vocabulary import model_words

__all__ = [
    "SYLLABLES",
    "LanguageParams",
    "directions",
    "function_words",
    "let_go",
    "own_terms",
    "probe_searches",
    "shares",
    "unread",
    "written_in",
]

ENGLISH = "en"


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguageParams:
    """When a piece is read as written in another language (module docstring)."""

    word_share: float = 0.5  # a candidate's words that are whole words of the tokenizer, under
    text_share: float = 0.5  # the same, for one text read by a second model (``written_in``)
    sure: float = 0.6  # the identifier's probability of a text's language, at least
    weight: float = 1.0  # how much of a language's direction its texts take off

    def __post_init__(self) -> None:
        shares = (self.word_share, self.text_share, self.sure)
        if not 0 <= min(shares) <= max(shares) <= 1:
            raise ValueError("word_share, text_share and sure must be between 0 and 1")
        if not 0 <= self.weight <= 2:
            raise ValueError("weight must be between 0 and 2")


@cache
def probe_searches() -> dict[str, tuple[str, ...]]:
    """The everyday searches of each language measured, English's first, in one order."""
    text = files("journeys").joinpath("data", "languages.json").read_text(encoding="utf-8")
    searches: dict[str, list[str]] = json.loads(text)["searches"]
    return {code: tuple(lines) for code, lines in searches.items()}


def directions(embed: Callable[[Sequence[str]], Vectors]) -> dict[str, Vectors]:
    """What each language measured adds to a text's unit vector: the mean of its everyday
    searches' vectors less the mean of the same searches' in English."""
    means = {
        code: normalize(np.asarray(embed(list(lines)), dtype=np.float32)).mean(axis=0)
        for code, lines in probe_searches().items()
    }
    english = means[ENGLISH]
    return {code: mean - english for code, mean in means.items() if code != ENGLISH}


def shares(
    terms: Sequence[set[str]],
    texts: Callable[[int], Sequence[str]],
    params: LanguageParams,
) -> dict[int, dict[str, float]]:
    """Per piece written partly in another language: the share of its texts (``texts(k)``)
    in each language measured but English. ``terms``: each piece's plain words, to find the
    candidates (module docstring)."""
    found: dict[int, dict[str, float]] = {}
    for k, words in enumerate(terms):
        if not _candidate(words, params.word_share):
            continue
        said = [(_language_of(t, params.sure), plain_terms(t)) for t in texts(k)]
        codes = [c if _sure(p, w, params) else ENGLISH for (c, p), w in said]
        other = {c: codes.count(c) / len(codes) for c in set(codes) if c != ENGLISH}
        if other:
            found[k] = other
    let_go()  # the identifier holds 80 MB: a year's build forks its link workers after this
    return found


def written_in(text: str, params: LanguageParams) -> str | None:
    """The language measured but English that one text is written in, or None: the test a
    piece passes in ``shares``, on the text's own words (the identifier stays loaded until
    ``let_go``)."""
    return _written_in(text, plain_terms(text), params)


def own_terms(text: str, params: LanguageParams) -> set[str]:
    """A text's plain terms less the function words of the language it is written in, if
    not English: "de", "para", "qué" tie two Spanish searches no more than "of", "for" and
    "what" tie two English ones (English's are never terms: ``baselines.STOPWORDS``)."""
    words = plain_terms(text)
    code = _written_in(text, words, params)
    if code in SYLLABLES:
        return _compounds(text, function_words(code))
    return words - function_words(code) if code else words


#: Languages written a syllable to a word: Vietnamese ("điều hòa", air conditioner; "đăng
#: ký", to register). A syllable alone names no topic: "giá" (price), "xe" (vehicle) and
#: "lịch" (calendar) were searched in five of a man's six tasks, and every task gathered
#: into one journey through them (week147, thirty-eighth session).
SYLLABLES = frozenset({"vi"})


def _compounds(text: str, function: frozenset[str]) -> set[str]:
    """The terms of a text written a syllable to a word: each two syllables one after the
    other, not both function words nor the two together one ("bao nhiêu", how much), and
    its words of other languages (four letters or more of the English alphabet
    and digits: "ielts", "daikin", "12000btu")."""
    said = [w.strip(_ENDS) for w in text.lower().split()]
    said = [w for w in said if w and w not in _MARKS]
    single = {w for w in function if " " not in w}
    pairs = {
        f"{a} {b}"
        for a, b in pairwise(said)
        if (a not in single or b not in single) and f"{a} {b}" not in function
    }
    other = {w for w in said if len(w) >= 4 and w.isascii() and w.isalnum()}
    return pairs | (other - STOPWORDS - single)


@cache
def function_words(code: str) -> frozenset[str]:
    """The words of a language that say nothing of a topic: the ``stop-words`` package's
    list for it (empty for a language it has no list of), and for the languages measured
    from the thirty-eighth session on (``ISO_TOO``) the ``stopwordsiso`` package's too. The
    first alone lacks words of their everyday searches: Indonesian "untuk" (for), "cara"
    (how) and "hari" (day), which tied a woman's acid reflux, visa and scooter to her
    mortgage (week146), and Turkish "için" (for) and "nasıl" (how). The second is wider
    ("día" of "día de muertos" is in its Spanish), so the lists step 69 measured stay as
    they were."""
    from stop_words import StopWordError, get_stop_words  # type: ignore[import-untyped]

    try:
        words = set(get_stop_words(code))
    except StopWordError:
        words = set()
    if code in ISO_TOO:
        words |= _iso_stopwords().get(code, frozenset())
    return frozenset(words)


#: The languages whose function words are the ``stopwordsiso`` package's list too.
ISO_TOO = frozenset({"tr", "id", "vi", "sv", "cs", "ro", "hu", "el", "uk", "he", "th"})


@cache
def _iso_stopwords() -> dict[str, frozenset[str]]:
    """The ``stopwordsiso`` package's lists, by language, read from its data file (its module
    needs ``pkg_resources``, which a new environment may lack); none where it is missing."""
    spec = importlib.util.find_spec("stopwordsiso")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "stopwords-iso.json"
    try:
        lists: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {code: frozenset(w.lower() for w in words) for code, words in lists.items()}


def _written_in(text: str, words: set[str], params: LanguageParams) -> str | None:
    if not _candidate(words, params.text_share):
        return None
    code, probability = _language_of(text, params.sure)
    return code if code != ENGLISH and _sure(probability, words, params) else None


def _sure(probability: float, words: set[str], params: LanguageParams) -> bool:
    """Whether the identifier's probability of a text's language is enough: ``sure``, or
    any where the text's letters are not the Latin alphabet's (``unread``: no English
    jargon, and Russian and Ukrainian, measured both since the thirty-eighth session,
    share their letters: "замена батареи iphone 16 цена" is 0.55 Russian)."""
    return probability >= params.sure or _unread(words)


def let_go() -> None:
    """Release the language identifier and what it read (80 MB); it loads again when needed."""
    _language_of.cache_clear()
    _identifier.cache_clear()


def _candidate(words: set[str], share: float) -> bool:
    """Whether a text or piece with these plain words may be in another language: under
    ``share`` of its words are whole words of the tokenizer, and at least two are words of
    letters. A language of syllables' terms (``own_terms``: "xe máy") are weighed a
    syllable at a time: no tokenizer holds two words whole, so a piece of such terms alone
    was never a candidate, and its language's direction stayed on it (week147)."""
    known = _words()
    whole = len(known.intersection(words))
    if not known or whole >= share * len(words):
        return False  # most texts, at the speed of sets: English, whatever else they hold
    if any(" " in w for w in words):  # a language of syllables' terms, in pairs (own_terms)
        words = {part for w in words for part in w.split()}
        whole = len(known.intersection(words))
        if whole >= share * len(words):
            return False
    unknown = sum(1 for w in words.difference(known) if w.isalpha())
    if whole + unknown >= 2 and whole < share * (whole + unknown):
        return True
    return _unread(words)  # a search in Chinese or Japanese may be one word


def unread(text: str) -> bool:
    """Whether a text is written mostly in letters the sentence model cannot read: not the
    Latin alphabet's (Hangul, Chinese characters, Kana, Cyrillic, Arabic, Devanagari…)."""
    return _unread(plain_terms(text))


def _unread(words: set[str]) -> bool:
    letters = [c for w in words for c in w if c.isalpha()]
    other = sum(1 for c in letters if not (c < "\u0250" or "\u1e00" <= c <= "\u1eff"))
    return other * 2 > len(letters)


@lru_cache(maxsize=1 << 16)
def _language_of(text: str, sure: float = 0.6) -> tuple[str, float]:
    """The language of a text and the identifier's probability of it (a history repeats
    its titles: each is read once). A language measured from the thirty-eighth session on
    (``ISO_TOO``) is named where it is the likeliest of all and ``sure`` (or its letters
    are not the Latin alphabet's); otherwise the likeliest of the languages measured
    before, with its probability among those alone, as the identifier gave it when they
    were all it knew. More languages spread its probability thinner: "Preise - Ostbloc
    Boulderhalle Berlin" fell from 0.67 German to 0.57, was read as English, and a climber's
    chalk bag left his climbing (week25 0.971 → 0.955)."""
    ranked = [(str(c), float(p)) for c, p in _identifier().rank(text)]
    code, probability = ranked[0]
    if code in ISO_TOO and (probability >= sure or unread(text)):
        return code, probability
    before = [(c, p) for c, p in ranked if c not in ISO_TOO]
    total = sum(p for _, p in before)
    code, probability = before[0]
    return code, probability / total if total > 0 else 0.0


@cache
def _words() -> frozenset[str]:
    """The tokenizer's whole words of letters."""
    return frozenset(w for w in model_words() if w.isalpha())


@cache
def _identifier() -> Any:
    """``py3langid``'s identifier, among the languages measured only (1 s to load; ``shares``
    lets it go when done)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(probe_searches()))
    return identifier
