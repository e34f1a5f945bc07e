"""Lexical features of a query or page text, and how alike two of them are."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from journeys.engine.baselines import terms

_NON_WORD = re.compile(r"[^a-z0-9]+")


def trigrams(text: str) -> Counter[str]:
    """Character trigrams of the text's words (padded), robust to typos and joined words."""
    words = _NON_WORD.sub(" ", text.lower()).strip()
    padded = f" {words} "
    return Counter(padded[i : i + 3] for i in range(len(padded) - 2))


@dataclass(frozen=True, slots=True)
class TextFeatures:
    """What similarity needs of one text: its words (no stopwords) and trigram vector."""

    words: frozenset[str]
    grams: Counter[str]
    norm: float

    @classmethod
    def of(cls, text: str) -> TextFeatures:
        """Features of a text."""
        grams = trigrams(text)
        return cls(frozenset(terms(text)), grams, math.sqrt(sum(v * v for v in grams.values())))


def similarity(a: TextFeatures, b: TextFeatures) -> float:
    """How alike two texts are, 0..1: the larger of word Jaccard and trigram cosine."""
    jaccard = len(a.words & b.words) / len(a.words | b.words) if a.words and b.words else 0.0
    if not a.norm or not b.norm:
        return jaccard
    small, large = (a.grams, b.grams) if len(a.grams) <= len(b.grams) else (b.grams, a.grams)
    dot = sum(count * large.get(gram, 0) for gram, count in small.items())
    return max(jaccard, dot / (a.norm * b.norm))
