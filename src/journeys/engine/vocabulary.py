"""The most used English words, by the unigram counts ``wordsegment`` ships (web text of
2006, most used first): what tells a word of the language from a name."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from itertools import islice

__all__ = ["most_used"]


@cache
def most_used(n: int) -> frozenset[str]:
    """The ``n`` most used English words."""
    text = files("wordsegment").joinpath("unigrams.txt")
    with text.open(encoding="utf-8") as fh:
        return frozenset(line.split("\t", 1)[0] for line in islice(fh, n))
