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
``py3langid`` among the languages measured, where it is ``sure`` of it (a text it is less sure of is read as English). English
jargon is a candidate too ("jvm maxrampercentage minrampercentage container default": 0.44
French), and is mostly read as English so, though not always ("Baeldung JVM Parameters" is
0.67 German); the word share keeps the identifier off the many pieces that are plainly
English (a year of history holds 300,000 pieces). The identifier is loaded only where a
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

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

import numpy as np

from journeys.engine.baselines import plain_terms
from journeys.engine.embedding import Vectors, normalize
from journeys.engine.vocabulary import model_words

__all__ = [
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
        said = [_language_of(t) for t in texts(k)]
        codes = [c if p >= params.sure else ENGLISH for c, p in said]
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
    return words - function_words(code) if code else words


@cache
def function_words(code: str) -> frozenset[str]:
    """The words of a language that say nothing of a topic, by the ``stop-words`` package's
    list for it (empty for a language it has no list of)."""
    from stop_words import StopWordError, get_stop_words  # type: ignore[import-untyped]

    try:
        return frozenset(get_stop_words(code))
    except StopWordError:
        return frozenset()


def _written_in(text: str, words: set[str], params: LanguageParams) -> str | None:
    if not _candidate(words, params.text_share):
        return None
    code, probability = _language_of(text)
    return code if code != ENGLISH and probability >= params.sure else None


def let_go() -> None:
    """Release the language identifier and what it read (80 MB); it loads again when needed."""
    _language_of.cache_clear()
    _identifier.cache_clear()


def _candidate(words: set[str], share: float) -> bool:
    """Whether a text or piece with these plain words may be in another language: under
    ``share`` of its words are whole words of the tokenizer, and at least two are words of
    letters."""
    known = _words()
    whole = len(known.intersection(words))
    if not known or whole >= share * len(words):
        return False  # most texts, at the speed of sets: English, whatever else they hold
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
def _language_of(text: str) -> tuple[str, float]:
    """The language of a text and the identifier's probability of it (a history repeats
    its titles: each is read once)."""
    code, probability = _identifier().classify(text)
    return str(code), float(probability)


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
