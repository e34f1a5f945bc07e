"""What the engine reads of each visit or query: one ``Item``, or many as columns.

A history of a million visits is held as ``Items`` (a few arrays and lists of shared strings)
rather than a million objects; ``Items`` is still a sequence of ``Item`` for small callers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import overload

import numpy as np
import numpy.typing as npt

Index = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Item:
    """One visit or query as the engine sees it.

    ``text`` is what it is about (the search terms, else the title, else the URL's words);
    ``parent`` the index of the item it was navigated from (-1 when none or unknown);
    ``sites`` further sites it led to that are no items of their own (the results clicked
    for one search in a query log, beyond the first, whose site is ``host``); ``message``
    whether it is a mail message read (its URL names one message: ``noise.is_message``).
    """

    time_us: int
    text: str
    query: str = ""
    host: str = ""
    parent: int = -1
    noise: bool = False
    sites: tuple[str, ...] = ()
    message: bool = False


@dataclass(frozen=True, slots=True, eq=False)
class Items(Sequence[Item]):
    """Items as aligned columns, in time order."""

    time_us: Index
    text: list[str]
    query: list[str]
    host: list[str]
    parent: Index
    noise: npt.NDArray[np.bool_]
    sites: dict[int, tuple[str, ...]] = field(default_factory=dict)  # only items that have some
    message: npt.NDArray[np.bool_] | None = None  # None: no item is a mail message

    def __post_init__(self) -> None:
        n = len(self.text)
        sizes = {len(self.time_us), len(self.query), len(self.host), len(self.parent)}
        if sizes | {len(self.noise)} != {n}:
            raise ValueError("every column of Items needs one entry per item")
        if self.message is not None and len(self.message) != n:
            raise ValueError("every column of Items needs one entry per item")
        if any(not 0 <= i < n for i in self.sites):
            raise ValueError("sites are given for items that do not exist")

    @classmethod
    def of(cls, items: Sequence[Item]) -> Items:
        """Columns of item objects (returned as they are when already columns)."""
        if isinstance(items, Items):
            return items
        n = len(items)
        return cls(
            np.fromiter((it.time_us for it in items), dtype=np.int64, count=n),
            [it.text for it in items],
            [it.query for it in items],
            [it.host for it in items],
            np.fromiter((it.parent for it in items), dtype=np.int64, count=n),
            np.fromiter((it.noise for it in items), dtype=bool, count=n),
            {i: it.sites for i, it in enumerate(items) if it.sites},
            np.fromiter((it.message for it in items), dtype=bool, count=n)
            if any(it.message for it in items)
            else None,
        )

    def __len__(self) -> int:
        return len(self.text)

    @overload
    def __getitem__(self, i: int) -> Item: ...
    @overload
    def __getitem__(self, i: slice) -> list[Item]: ...
    def __getitem__(self, i: int | slice) -> Item | list[Item]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        return Item(
            int(self.time_us[i]),
            self.text[i],
            self.query[i],
            self.host[i],
            int(self.parent[i]),
            bool(self.noise[i]),
            self.sites.get(i, ()),
            self.message is not None and bool(self.message[i]),
        )
