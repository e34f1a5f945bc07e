"""Text as the sentence model should read it: a site's name written as one run of letters
("inboxdollars.com", "www.bankofamerica.com") is read as its words ("inbox dollars", "bank
of america").

People type sites into the search box, and pages without a title are known by their URL.
A sentence model reads such a name as a string of sub-word pieces: it finds two unrelated
".com" names alike for their shape, and a shop's name unlike the words of what it sells.
Split into words, "fusioncash.net" and "inboxdollars.com" are both about money, and unlike
"hotmatchup.com". Only names that split are rewritten: "node.js", "pbs.org" and
"japan-guide.com" stay as they are. Splitting is ``wordsegment`` (English unigram and bigram
counts), loaded on the first name that needs it.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Protocol

__all__ = ["readable", "site_words"]

_MIN_RUN = 6  # shorter runs of letters are words or acronyms, not joined words
_MAX_RUN = 40  # longer runs are codes and hashes, not names
_SCHEMES = ("https://", "http://")
_AROUND = "\"'()[]<>,;:!?|"  # punctuation around a name in a title: "(fusioncash.net)"


class _Splitter(Protocol):
    def segment(self, text: str) -> list[str]: ...


def readable(text: str) -> str:
    """``text`` with each site name that joins several words written as those words."""
    if "." not in text:  # the fast path: no host in it
        return text
    tokens = text.split()
    out = [site_words(token.strip(_AROUND)) or token for token in tokens]
    return text if out == tokens else " ".join(out)


@lru_cache(maxsize=65_536)
def site_words(token: str) -> str | None:
    """The words of a host-like token ("www.bankofamerica.com" -> "bank of america"), or
    None when it is no host or its name joins no words."""
    labels = _name_labels(token.lower())
    if not labels:
        return None
    words: list[str] = []
    split = False
    for label in labels:
        for part in label.split("-"):
            # the word counts are English: a name in other letters ("bücher") stays whole
            if _MIN_RUN <= len(part) <= _MAX_RUN and part.isascii() and part.isalnum():
                found = _splitter().segment(part)
                split = split or len(found) > 1
                words.extend(found or [part])
            elif part:
                words.append(part)
    return " ".join(words) if split else None


def _name_labels(token: str) -> list[str]:
    """The labels naming a host (its suffix and a leading www dropped), or [] when the token
    is not a host: it must start with www. or end in a suffix of 2 to 6 letters."""
    for scheme in _SCHEMES:
        token = token.removeprefix(scheme)
    labels = token.strip("/").split(".")
    if len(labels) < 2 or not all(labels):
        return []
    if labels[0] == "www":
        labels = labels[1:]
    elif not (labels[-1].isalpha() and 2 <= len(labels[-1]) <= 6):
        return []
    # the public suffix: com, co.uk, com.au …
    if len(labels) > 1 and labels[-1].isalpha() and len(labels[-1]) <= 6:
        labels = labels[:-1]
        if len(labels) > 1 and labels[-1].isalpha() and len(labels[-1]) <= 3:
            labels = labels[:-1]
    return labels if all(label.replace("-", "").isalnum() for label in labels) else []


@cache
def _splitter() -> _Splitter:
    from wordsegment import Segmenter  # type: ignore[import-untyped]

    splitter = Segmenter()
    splitter.load()
    return splitter  # type: ignore[no-any-return]
