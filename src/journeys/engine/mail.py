"""A mail message read joins the journey it is about, and never joins two journeys.

A message opened on a mail site (``noise.is_message``: its URL names one message, and its
title is its subject) is read for what it says: "Your booking is confirmed - Borealis,
Norwegian Fjords" belongs to the cruise, "Alfie's christening - Sunday 14th June" to the
christening present. As one more page, though, a message glued tasks together: "Your
HotDoc appointment at Lygon Dental is confirmed" was as like the dentist's booking as like a
flight's "Jetstar booking confirmation" (two confirmations), and joined the two in week29.
So messages make no pieces and link nothing; once journeys are made, each message joins the
one journey, active within ``days`` of it, that it is most like, when that is at least
``min_like`` and ``margin`` more than the next. A message like no journey (a shop's weekly
offers) stays out of all, as before.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from journeys.engine.embedding import Vectors, normalize
from journeys.engine.likeness import Index

__all__ = ["MailParams", "attach_messages"]

_DAY_US = 86_400_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class MailParams:
    """When a message joins a journey (module docstring)."""

    min_like: float = 0.4
    margin: float = 0.05
    days: float = 7.0

    def __post_init__(self) -> None:
        if not -1 <= self.min_like <= 1 or not 0 <= self.margin <= 2:
            raise ValueError("min_like must be between -1 and 1, margin between 0 and 2")
        if self.days < 0:
            raise ValueError("days must be >= 0")


def attach_messages(
    messages: Vectors,
    times_us: Index,
    journey: Index,
    sizes: Index,
    centroids: Vectors,
    start_us: Index,
    params: MailParams | None = None,
) -> Index:
    """The journey label each message joins, or -1. Per piece, in order of ``start_us``:
    its journey label, items and unit centroid. A journey is taken as its pieces that start
    within ``days`` of the message (their weighted mean): what it was about those days."""
    p = params or MailParams()
    out = np.full(len(messages), -1, dtype=np.int64)
    window = int(p.days * _DAY_US)
    for k, when in enumerate(times_us.tolist()):
        lo = int(np.searchsorted(start_us, when - window, side="left"))
        hi = int(np.searchsorted(start_us, when + window, side="right"))
        labels, inverse = np.unique(journey[lo:hi], return_inverse=True)
        keep = labels >= 0
        if not keep.any():
            continue
        sums = np.zeros((len(labels), centroids.shape[1]), dtype=np.float32)
        np.add.at(sums, inverse.reshape(-1), centroids[lo:hi] * sizes[lo:hi, None])
        likes = normalize(sums[keep]) @ messages[k]
        ranked = np.argsort(-likes)
        best = float(likes[ranked[0]])
        second = float(likes[ranked[1]]) if len(ranked) > 1 else -1.0
        if best >= p.min_like and best - second >= p.margin:
            out[k] = labels[keep][ranked[0]]
    return out
