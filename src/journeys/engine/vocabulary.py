"""What tells a word of the language from a name: the most used English words, by the
unigram counts ``wordsegment`` ships (web text of 2006, most used first), and the words the
sentence model's tokenizer holds whole."""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from importlib.resources import files
from itertools import islice

from journeys.engine.minilm import model_files
from journeys.errors import ConfigError

__all__ = ["model_words", "most_used", "unaccented"]


@cache
def most_used(n: int) -> frozenset[str]:
    """The ``n`` most used English words."""
    text = files("wordsegment").joinpath("unigrams.txt")
    with text.open(encoding="utf-8") as fh:
        return frozenset(line.split("\t", 1)[0] for line in islice(fh, n))


@cache
def model_words() -> frozenset[str]:
    """The words MiniLM's tokenizer holds whole, as one word piece ("austin", "photography"),
    not split into pieces it has no meaning for ("sharepoint" is "share" + "##point").
    Empty when the tokenizer is not installed: then no word is known to be split."""
    try:
        _, tokenizer = model_files()
    except ConfigError:
        return frozenset()
    vocab = json.loads(tokenizer.read_text(encoding="utf-8"))["model"]["vocab"]
    return frozenset(w for w in vocab if not w.startswith("##"))


def unaccented(text: str) -> str:
    """``text`` without its accents ("méxico": "mexico"; "montréal": "montreal"), as the
    word counts hold words and as people often type names."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
