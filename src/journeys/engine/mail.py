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

A message the model reads as like no journey may still say which one it is about in its
words: "Claim 47-8812 update: adjuster visit scheduled - State Farm" is 0.23 like the roof
leaking after a storm (week57), whose searches asked about an insurance "claim" and what to
do "before adjuster comes", and 0.24 like a retirement plan, whose pages name "Arizona State
Retirement System". So a message not joined by likeness joins the journey, active within
``days`` of it, that alone uses ``words`` or more of its words of letters (in the texts
of its pieces, across the whole history); where two journeys have as many, the more alike.
A word a second journey uses too says nothing of which ("camp", where a school camp's
packing list and its medical form are two journeys), nor does a number ("Year 6").

Two such words were asked until the twenty-eighth session; one is enough. "Estimate for
Bruno: TPLO right stifle" names the dog's surgery by one word that only the dog's journey
searched (week88), as "Brookdale" names a mother's assisted living (week65), "Halfords" a
car's service (week72) and "revalidation" a nurse's registration (week82). Over the 145
week files, one word joins eleven more messages rightly and one wrongly ("Your adoption
application for Biscuit" joins an apprenticeship's application, week85): mean 0.9160 →
0.9174 with week88 0.894 → 0.917.

Words can also outweigh likeness. "Pacific Food Equipment Service - service ticket
#40217" is more like a bakery's health inspection ("food") than like its oven, whose
repair shop's page alone names "Pacific", "Equipment" and "Service" (week119, thirty-third
session). So a message joined by likeness to a journey that uses none of the message's
words that one journey alone uses, where another active journey alone uses ``overrule`` of
them or more, joins that one. At two words this moves only week119 (0.953 → 1.000) over
the 177 week files; at one, week54 and week89 fall (mean 0.9204 → 0.9201).

A message also says what the person did next (fiftieth session, step 107). A small
journey (``led_items`` items at most) begun within ``led_min`` minutes after a message,
in the same sitting, that uses a word the message says, is what the message led to: a
retired couple read "Devis pompe à chaleur air-eau - Rhône Énergies Services" and four
minutes later searched "rhône énergies services avis installateur rge" (week175); a
nurse read "Your quote from Leeds Kitchen Fitting" and two minutes later searched "pull
out spray kitchen tap brushed brass" (week172). The message is weighed again against the
journeys but those it led to, since what it led to echoes its words and says nothing of
its task; where it joins one, the journeys it led to follow it. The installer's quote
names the heat pump ("pompe", "chaleur", words only the heat pump's journey uses) and
takes the installer there; the kitchen's quote takes the tap to the kitchen. It takes
them along only where it is ``min_like`` alike to the journey it joins, as a whole
(fifty-first session, step 110): a word one journey alone uses says too little. A
consultant read "Prestige Lakeside Habitat - cost sheet and RERA details, tower C" and
two minutes later checked the project's RERA registration (week179); the message is
0.11 like his Kubernetes exam, whose "kubectl cheat sheet" alone says "sheet", and it
took the RERA search there. The heat pump's quote is 0.69 like the heat pump, the
kitchen's 0.60 like the kitchen, and a quinceañera hall's quote ("Cotización Salón
Jardín Las Bugambilias - XV años de Valeria", week181) 0.65 like the quinceañera, which
it joins by "años". No margin over the next journey is asked here: weighed by likeness
alone, with its margin, that quote joined no journey, and the hall's search stayed
apart with it (week181 0.822 → 0.753).

On the weeks of browsing, nine messages belong to a task: eight are 0.49–0.72 like their
journey and at least 0.18 more than like the next; the ninth, in Dutch, is 0.30 like it
(the model reads English). A shop's weekly offers are 0.23 like the nearest, 0.005 ahead.
A teacher's "Dad's audiology letter" (week42, twenty-first session) is 0.398 like her
father's hearing aids and 0.16 ahead of the next: ``min_like`` was 0.4 and is 0.35, which
moves no other week. A vet's "Your appointment with Chinook Animal Hospital" (week46) is
0.24 like the dog's itchy paws: the model does not know the hospital's name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

from journeys.engine.embedding import Vectors, normalize
from journeys.engine.likeness import Index

__all__ = ["MailParams", "Read", "attach_messages", "follow_messages"]

_DAY_US = 86_400_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class MailParams:
    """When a message joins a journey (module docstring)."""

    min_like: float = 0.35
    margin: float = 0.1
    days: float = 7.0
    words: int = 1  # words of a message only one journey uses, enough to join it (0: never)
    overrule: int = 2  # such words that take it from the most alike journey, using none (0: never)
    led_min: float = 5.0  # minutes: a small journey begun this soon after it, in its sitting
    led_items: int = 4  # items: the most such a journey may hold to follow it

    def __post_init__(self) -> None:
        if not -1 <= self.min_like <= 1 or not 0 <= self.margin <= 2:
            raise ValueError("min_like must be between -1 and 1, margin between 0 and 2")
        if min(self.days, self.words, self.overrule, self.led_min, self.led_items) < 0:
            raise ValueError("days, words, overrule, led_min and led_items must be >= 0")


def attach_messages(
    messages: Vectors,
    times_us: Index,
    journey: Index,
    sizes: Index,
    centroids: Vectors,
    start_us: Index,
    params: MailParams | None = None,
    said: Sequence[set[str]] | None = None,
    used: Sequence[set[str]] | None = None,
) -> Index:
    """The journey label each message joins, or -1. Per piece, in order of ``start_us``:
    its journey label, items and unit centroid. A journey is taken as its pieces that start
    within ``days`` of the message's day (their mean, weighted by items): what it was about
    those days. The messages of one day are weighed against one such view. ``said``: the
    words of each message, and ``used``: those of each piece (None: words join nothing)."""
    p = params or MailParams()
    out = np.full(len(messages), -1, dtype=np.int64)
    owner = _owners(said, used, journey) if p.words and said is not None else {}
    window = int(p.days * _DAY_US)
    days = times_us // _DAY_US
    for day in np.unique(days).tolist():
        lo = int(np.searchsorted(start_us, day * _DAY_US - window, side="left"))
        hi = int(np.searchsorted(start_us, (day + 1) * _DAY_US + window, side="left"))
        near = np.flatnonzero(journey[lo:hi] >= 0)
        if len(near) == 0:
            continue
        labels, inverse = np.unique(journey[lo:hi][near], return_inverse=True)
        # each journey's pieces summed by one sparse product, weighted by their items
        weights = csr_matrix(
            (sizes[lo:hi][near].astype(np.float32), (inverse.reshape(-1), np.arange(len(near)))),
            shape=(len(labels), len(near)),
        )
        views = normalize(np.asarray(weights @ centroids[lo:hi][near], dtype=np.float32))
        on_day = np.flatnonzero(days == day)
        likes = messages[on_day] @ views.T
        order = np.argsort(-likes, axis=1)
        best = np.take_along_axis(likes, order[:, :1], axis=1)[:, 0]
        second = (
            np.take_along_axis(likes, order[:, 1:2], axis=1)[:, 0]
            if len(labels) > 1
            else np.full(len(on_day), -1.0, dtype=np.float32)
        )
        ok = (best >= p.min_like) & (best - second >= p.margin)
        out[on_day[ok]] = labels[order[ok, 0]]
        if owner and said is not None:
            for row in np.flatnonzero(~ok).tolist():
                pick = _by_words(said[int(on_day[row])], owner, labels, likes[row], p.words)
                if pick >= 0:
                    out[on_day[row]] = pick
            if p.overrule:
                for row in np.flatnonzero(ok).tolist():
                    words = said[int(on_day[row])]
                    chosen = int(out[on_day[row]])
                    if any(owner.get(w) == chosen for w in words):
                        continue
                    pick = _by_words(words, owner, labels, likes[row], p.overrule)
                    if pick >= 0:
                        out[on_day[row]] = pick
    return out


def _alike(
    message: Vectors, pieces: npt.NDArray[np.bool_], sizes: Index, centroids: Vectors
) -> float:
    """How alike a ``message`` (a unit vector) is to the ``pieces`` of a journey: to their
    centroids' mean, weighted by their items."""
    mean = sizes[pieces].astype(np.float32) @ centroids[pieces]
    norm = float(np.linalg.norm(mean))
    return float(message @ mean) / norm if norm else 0.0


def _owners(
    said: Sequence[set[str]], used: Sequence[set[str]] | None, journey: Index
) -> dict[str, int]:
    """The journey that alone uses each word some message says, of those one journey uses."""
    wanted = {w for words in said for w in words if _is_word(w)}
    if not wanted or used is None:
        return {}
    users: dict[str, set[int]] = {}
    for k, words in enumerate(used):
        if journey[k] >= 0:
            for w in words & wanted:
                users.setdefault(w, set()).add(int(journey[k]))
    return {w: next(iter(js)) for w, js in users.items() if len(js) == 1}


def _is_word(word: str) -> bool:
    """A word of letters (a hyphen allowed: "take-home"), not a number or an address."""
    return len(word) > 2 and word.replace("-", "").isalpha()


def _by_words(
    words: set[str], owner: dict[str, int], labels: Index, likes: Vectors, enough: int
) -> int:
    """The journey among ``labels`` (the active ones, ``likes`` alike to the message) that
    alone uses ``enough`` of ``words`` or more, the most alike where two do; else -1."""
    votes = Counter(owner[w] for w in words if w in owner)
    near = {int(label): k for k, label in enumerate(labels.tolist())}
    fit = [(n, float(likes[near[j]]), j) for j, n in votes.items() if n >= enough and j in near]
    return max(fit)[2] if fit else -1


class Read(NamedTuple):
    """The messages read: their unit vectors, times, sittings, words and the journey label
    each joined (-1: none)."""

    vectors: Vectors
    times_us: Index
    sittings: Index
    said: Sequence[set[str]]
    joined: Index


def follow_messages(
    read: Read,
    journey: Index,
    sizes: Index,
    centroids: Vectors,
    start_us: Index,
    sittings: Index,
    used: Sequence[set[str]],
    params: MailParams | None = None,
) -> tuple[Index, Index]:
    """Journey label per piece, and the journey each message joins, once the small
    journeys a message led to follow it (module docstring). Per piece, in order of
    ``start_us``: its journey label, items, unit centroid, sitting and words (``used``)."""
    p = params or MailParams()
    window = int(p.led_min * 60_000_000)
    labels, inverse = np.unique(journey, return_inverse=True)
    held = np.bincount(inverse.reshape(-1), weights=sizes, minlength=len(labels))
    size = dict(zip(labels.tolist(), held.astype(np.int64).tolist(), strict=True))
    out, joined = journey.copy(), read.joined.copy()
    for m in range(len(read.joined)):
        t = int(read.times_us[m])
        lo = int(np.searchsorted(start_us, t, side="left"))
        hi = int(np.searchsorted(start_us, t + window, side="right"))
        said = {w for w in read.said[m] if _is_word(w)}
        led = {
            int(out[k])
            for k in range(lo, hi)
            if sittings[k] == read.sittings[m]
            and out[k] >= 0
            and size[int(out[k])] <= p.led_items
            and said & used[k]
        }
        if not led:
            continue
        following = np.isin(out, sorted(led))
        again = attach_messages(
            read.vectors[m : m + 1],
            read.times_us[m : m + 1],
            np.where(following, -1, out),
            sizes,
            centroids,
            start_us,
            p,
            [read.said[m]],
            used,
        )
        # a word it shares says too little to take along what it led to: it must be alike
        if again[0] >= 0 and _alike(read.vectors[m], out == again[0], sizes, centroids) >= (
            p.min_like
        ):
            joined[m] = again[0]
            out[following] = again[0]
    return out, joined
