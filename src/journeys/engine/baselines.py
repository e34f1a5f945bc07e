"""Simple segmentations every method is measured against: time gaps and shared terms."""

from __future__ import annotations

from collections.abc import Sequence

# Words too common to tie two searches together (including URL debris typed into search boxes).
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "for",
        "to",
        "and",
        "or",
        "is",
        "are",
        "was",
        "be",
        "by",
        "with",
        "at",
        "from",
        "as",
        "it",
        "its",
        "this",
        "that",
        "what",
        "how",
        "who",
        "where",
        "when",
        "why",
        "which",
        "do",
        "does",
        "i",
        "you",
        "my",
        "your",
        "we",
        "our",
        "us",
        "me",
        "www",
        "com",
        "org",
        "net",
        "http",
        "https",
    ]
)


def terms(query: str) -> set[str]:
    """The lower-cased words of a query (split at white space), without stopwords."""
    return set(query.lower().split()) - STOPWORDS


_MARKS = frozenset("-–—|·•&/:»«+=*~#@")  # what titles put between their parts
_ENDS = ",.;:!?()[]{}\"'“”‘’"
#: The words that set two things side by side: every task compares ("kinze 850 vs brent 782
#: grain cart", "revenue protection vs yield protection"), so they say nothing of which
#: (forty-third session; the baselines' terms keep them, as the reference figures did)
COMPARING = frozenset({"vs", "versus"})


def plain_terms(text: str) -> set[str]:
    """A text's terms that say something: without the punctuation around them ("queens,"
    is "queens"), less the bare marks that titles put between their parts ("·", "|", "-")
    and the words of a comparison ("vs", ``COMPARING``)."""
    return {w.strip(_ENDS) for w in terms(text)} - _MARKS - COMPARING - {""}


def gap_sessions(times_us: Sequence[int], gap_minutes: float) -> list[int]:
    """Session labels: a new session wherever consecutive events are more than the gap apart.

    ``times_us`` must be in time order.
    """
    labels: list[int] = []
    current = 0
    limit = gap_minutes * 60_000_000
    for i, t in enumerate(times_us):
        if i and t - times_us[i - 1] > limit:
            current += 1
        labels.append(current)
    return labels


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def shared_term_groups(queries: Sequence[str], blocks: Sequence[int] | None = None) -> list[int]:
    """Labels of the connected components of queries that share a word.

    With ``blocks``, only queries in the same block (e.g. a time session) may join.
    """
    uf = _UnionFind(len(queries))
    first_seen: dict[tuple[int, str], int] = {}
    for i, query in enumerate(queries):
        block = blocks[i] if blocks is not None else 0
        for word in terms(query):
            key = (block, word)
            if key in first_seen:
                uf.union(first_seen[key], i)
            else:
                first_seen[key] = i
    return [uf.find(i) for i in range(len(queries))]
