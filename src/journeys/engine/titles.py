"""A site's name at the end of its page titles is not what a page is about.

"How to Choose the Right Bike Size | REI Expert Advice" and "Car Camping Checklist | REI
Expert Advice" share three words that only say where both pages are, and a shared site is
already counted once, as a site (``engine.links``). Counted again as words, it made these
two pages of different tasks alike enough to link. So the last part of a title (after
" | ", " - ", " · ", " : " and the like) is dropped when at least two different titles of
the same site end with it: what a site repeats at the end of every title is its name or a
section of it, never one page's topic. The rest of the title is kept whole, the first part
too: "Plantar fasciitis - Symptoms and causes - Mayo Clinic" reads "Plantar fasciitis -
Symptoms and causes". Where a title of the site would be left with fewer than ``WORDS``
words of its own, every title of the site keeps that ending: "Checkout - Mixbook" and
"Thank You for Your Order - The Home Depot" say what they are only with the site (without
it, two shops' order pages read the same), and the shop's name is what ties its cart to the
product page before it. Broad sites (a video site, an encyclopedia, a forum: ``engine.noise``)
keep their titles: they link nothing by site, and what their titles end with is often a
topic (a forum's board, "r/bicycling"). But for their own name: "… - Stack Overflow", "… -
YouTube" and "… - Wikipedia" say only where a page is, and a developer's every task reads
Stack Overflow. The sentence model splits "overflow" into pieces it has no meaning for, so
gathering took it for a name (``engine.gather``), and it tied a pod killed for its memory to
a Terraform state lock (week44). So a broad site's titles lose an ending that is the site's
own name (its letters those of a label of its host: "stack overflow", stackoverflow.com).
A marketplace of everything keeps it (``noise.MARKETPLACES``): "Printing shipping labels |
eBay" belongs to the camera sold there, not to any other task. A store of everything does
not (``noise.STORES``): "… - The Home Depot" ends the pages of a fence post, a bathroom fan
and a pellet grill alike (an article before the name is read past).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from journeys.engine.baselines import plain_terms
from journeys.engine.noise import is_broad, is_marketplace

__all__ = ["Tails", "plain_title", "repeated_tails", "says_little"]

WORDS = 3  # words a title keeps of its own (stopwords aside) to go without its ending

#: where titles join their parts: a mark of one or two characters with a space each side
_SEPARATOR = re.compile(r"\s+[|\-–—·•»:]{1,2}\s+")

Tails = Mapping[str, frozenset[str]]  # per site, the title endings it repeats
_ADDRESS = re.compile(r"[^\s@]+@[^\s@]+\.[a-z]{2,}")  # a mail address (lower-cased)


def _tail(title: str) -> tuple[str, str] | None:
    """A title without its last part, and that part (lower-cased), if it has parts."""
    marks = list(_SEPARATOR.finditer(title))
    if not marks:
        return None
    last = marks[-1]
    head, tail = title[: last.start()].strip(), title[last.end() :].strip().lower()
    return (head, tail) if head and tail else None


def repeated_tails(pages: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """For each site of the (site, title) pairs, the last title parts that at least two of
    its different titles end with, none of them short of ``WORDS`` words without it (broad
    sites have none)."""
    titles: dict[tuple[str, str], set[str]] = defaultdict(set)
    short: set[tuple[str, str]] = set()
    for host, title in pages:
        if not host or not title:
            continue
        split = _tail(title)
        if split is not None:
            titles[(host, split[1])].add(title)
            if len(plain_terms(split[0])) < WORDS:
                short.add((host, split[1]))
    found: dict[str, set[str]] = defaultdict(set)
    for (host, tail), distinct in titles.items():
        own = not is_broad(host) or (_names(host, tail) and not is_marketplace(host))
        # a broad site's own name goes even where little is left ("Aria - Google Maps"),
        # a store's too ("Student Discount | Currys"), a marketplace's never
        keeps = (host, tail) in short and not _names_itself(host)
        if len(distinct) >= 2 and not keeps and own:
            found[host].add(tail)
    return {host: frozenset(tails) for host, tails in found.items()}


def _names(host: str, tail: str) -> bool:
    """Whether a title's ending is its site's own name: its letters and digits are those of
    a label of the host, or of the whole host ("stack overflow": stackoverflow.com;
    "youtube": www.youtube.com; "gov.uk": www.gov.uk; "the home depot": homedepot.com;
    "google docs": docs.google.com)."""
    letters = re.sub(r"[^a-z0-9]", "", tail.removeprefix("the "))
    labels = host.split(".")
    named = tail.split()
    if len(named) == 2 and len(named[0]) > 3 and named[0] in labels and named[1].isalpha():
        return True  # a product of the site's owner: "google maps" on www.google.com
    # "google docs": docs.google.com, its labels the other way round
    pairs = {a + b for a in labels for b in labels if a != b}
    return letters in labels or letters == host.replace(".", "") or letters in pairs


def plain_title(title: str, host: str, tails: Tails) -> str:
    """The title without the ending its site repeats (the title itself when it has none),
    and then without a mail address ending what is left: a mail site names the account in
    every message's title ("Team hotel block - marcus.bell.realtor@gmail.com - Gmail"), and
    the address's words are the person's, not the message's ("realtor")."""
    known = tails.get(host)
    if not known:
        return title
    split = _tail(title)
    if split is None or split[1] not in known:
        return title
    if len(plain_terms(split[0])) < WORDS and not _names_itself(host):
        return title
    head = _tail(split[0])
    if head is not None and _ADDRESS.fullmatch(head[1]):
        return head[0]
    return split[0]


def _names_itself(host: str) -> bool:
    """Whether a site's own name goes from its titles however little is left: a broad site
    but a marketplace ("Aria - Google Maps" is "Aria"). A store of everything too (twenty-
    fifth session): "Student Discount | Currys" had kept the store's name on every title of
    it, and a laptop and a phone bought there were one journey by that word (week69 0.558
    → 0.892); a cart saying little is no piece's representative (``grouping._collect``)."""
    return is_broad(host) and not is_marketplace(host)


def says_little(title: str) -> bool:
    """Whether a page's title, without its last part, has fewer than ``WORDS`` words of its
    own ("Shopping Cart - The Home Depot", "Tire Centre | Costco")."""
    split = _tail(title)
    return len(plain_terms(split[0] if split else title)) < WORDS
