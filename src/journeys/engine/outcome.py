"""How a journey ended: completion signals (an order or booking confirmed, an application
sent, a fix found), pending ones (a cart or checkout never confirmed, options compared
across sites, a search repeated days apart) and dates it is for (a trip's check-in).

``assess`` reads a journey's visits once at build time; the result is stored as JSON and
``journeys.engine.status`` turns it into a status when it is read.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache

from journeys.engine.intent import CHORES, Intent, Step
from journeys.engine.noise import is_broad, is_broad_shop

_DAY_US = 86_400_000_000
# Confirmation pages: past tense or nouns, never the imperative "confirm your booking".
_DONE_TITLE = re.compile(
    r"thank(?:s| you) for (?:your )?(?:order|purchase|booking|reservation|applying|your application"
    r"|submitting|shopping|payment)|order (?:confirmation|confirmed|received|placed|complete[d]?"
    r"|(?:number |no\.? )?#? ?(?:[a-z]{1,4}-?)?\d{4,})|(?:booking|reservation|payment|purchase"
    r"|appointment) (?:confirmed|confirmation|complete[d]?|successful|received)|your (?:order"
    r"|booking|reservation|package|parcel|delivery|item|items)s? (?:is|are|has|have|was|were)"
    r" (?:been )?(?:confirmed|placed|booked|received|shipped|dispatched|delivered|scheduled"
    r"|on (?:its|the) way|out for delivery)|\bout for delivery\b|confirmation (?:number|no\.?|code)"
    r"|application (?:submitted|received|sent|complete[d]?)|(?:successfully|been) submitted"
    r"|submission (?:received|confirmed)|(?:your )?e-?tickets?\b|\breceipt\b|\btrack (?:your )?"
    r"(?:parcel|package|order|delivery|shipment)|you(?:'re| are) booked|booking reference"
    r"|return (?:has been )?(?:submitted|e-?filed|filed|accepted)|(?:you(?:'ve| have) )?"
    r"(?:e-?filed|filed) (?:your )?(?:return|taxes)|order details|you(?:'re| are) all set"
    r"|(?:trip|reservation|booking) is (?:booked|confirmed)|submission (?:receipt|confirmation)"
    r"|(?:^|[|:–—-]\s*)confirmation(?=\s*(?:[|:–—-]|$))|^confirmed\b|\b(?:trip|travel|flight|hotel"
    r"|ticket|order|purchase|payment|booking|reservation|application|submission|appointment)s?"
    r" confirmation\b|order status|you(?:'re| are) going\b|bestellbest[aä]tigung|vielen dank f[uü]r ihre "
    r"bestellung|confirmation de (?:commande|r[ée]servation)|merci pour votre commande"
    r"|pedido confirmado|gracias por (?:tu|su) (?:compra|pedido|reserva)|^\S+ thanks you$",
    re.IGNORECASE,
)
_DONE_URL = re.compile(
    r"/(?:checkout/(?:onepage/)?success|checkout/order-received|order-?confirm\w*|orderconfirm\w*"
    r"|order-?complete\w*|thank[-_]?you|thanks|purchase/complete|booking-?confirm\w*"
    r"|reservation-?confirm\w*|confirmation|confirmed|receipt|sales/order/view|order/view"
    r"|orders?/\d+|application-?(?:submitted|received|complete)|submitted|success)(?:[/?#.]|$)",
    re.IGNORECASE,
)
_TRACKING_HOST = re.compile(
    r"(?:^|\.)(?:track\.|tracking\.)|(?:dpd|ups|fedex|dhl|usps|royalmail|parcelforce|evri"
    r"|hermes|gls|postnl|laposte|correos)\.",
    re.IGNORECASE,
)
# Steps toward a purchase, booking or application that need a confirmation to be done.
_PENDING_TITLE = re.compile(
    r"\b(?:shopping (?:cart|bag|basket)|your (?:cart|basket|bag)|\bcart\b|\bbasket\b|check ?out"
    r"|secure checkout|review (?:your )?(?:booking|order|trip)|confirm and pay|complete (?:your )?"
    r"(?:booking|order|purchase|application)|passenger (?:details|information)|guest "
    r"(?:details|information)|travell?er (?:details|info\w*)|payment details|select (?:your )?seats?"
    r"|choose (?:your )?(?:seats?|room)|apply (?:now|for this job)|application form|start "
    r"(?:your|an) application|continue (?:your )?application|job application|file your "
    r"(?:return|taxes)|your tax return|warenkorb|panier|carrito)\b",
    re.IGNORECASE,
)
_PENDING_URL = re.compile(
    r"/(?:cart|basket|bag|checkout|book(?:ing)?/(?:details|form|process|guests?|step\d*|checkout"
    r"|payment|confirm)|book(?:ing)?(?=[?#]|$)|book\.html|reservations?/new|apply"
    r"|application(?:s)?/(?:new|form|start)|passengers?|seat-?selection|payment)(?:[/?#.]|$)",
    re.IGNORECASE,
)
# Pages that offer something to book or buy: rooms, fares, prices, deals, products.
_OFFER = re.compile(
    r"(?<![\w-])(?:hotels?|rooms?|flights?|fares?|rentals?|prices?|pricing|deals?|offers?"
    r"|tickets?|buy|shop|store|products?|for sale|in stock|availability|book now|per night"
    r"|[$£€]\s?\d+|\d+\s?(?:usd|eur|gbp))(?![\w-])",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"(?<!\d)(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")
_DATE_PARAM = re.compile(
    r"[?&](?:checkin|check_in|checkin_date|date|depart(?:ure)?(?:_date)?|outbound(?:_date)?|from_date"
    r"|start(?:_date)?|arrival)=",
    re.IGNORECASE,
)
_MONTHS = {
    name: k + 1
    for k, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_MONTH_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
_MONTH_DATE = re.compile(
    r"(?<![\w])(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+)?(?P<month>january|february|march|april"
    r"|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug"
    r"|sep|sept|oct|nov|dec)(?:\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?!\d))?"
    r"(?:,?\s+(?P<year>20\d\d))?(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One signal: what kind, when, on which page."""

    kind: str
    time_us: int
    host: str
    url: str
    title: str


@dataclass(frozen=True, slots=True)
class Assessment:
    """What a journey's own visits say about its outcome."""

    intent: str
    intent_reason: str
    done: tuple[Evidence, ...] = ()
    intent_by_rules: bool = True
    pending: tuple[Evidence, ...] = ()
    compared: tuple[str, ...] = ()
    repeated: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    last_search_us: int | None = None
    last_page: str = ""
    fix_found: bool = False
    queries: tuple[str, ...] = ()
    offers: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        """The stored form."""
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | None) -> Assessment | None:
        """The stored form back (None when missing or unreadable)."""
        if not text:
            return None
        try:
            raw = json.loads(text)
            raw["done"] = tuple(Evidence(**e) for e in raw.get("done", ()))
            raw["pending"] = tuple(Evidence(**e) for e in raw.get("pending", ()))
            for key in ("compared", "repeated", "dates", "queries", "offers"):
                raw[key] = tuple(raw.get(key, ()))
            return cls(**raw)
        except (ValueError, TypeError, KeyError):
            return None


def _page_label(step: Step) -> str:
    return (step.title or step.url)[:160]


# Cheap substring checks that every confirmation or pending page passes, so the large
# patterns run on a few pages rather than on every visit of a long history.
_DONE_HINTS = (
    "thank",
    "order",
    "confirm",
    "receipt",
    "ticket",
    "track",
    "submitted",
    "booked",
    "booking",
    "reservation",
    "payment",
    "purchase",
    "application",
    "filed",
    "return",
    "all set",
    "details",
    "bestell",
    "commande",
    "pedido",
    "gracias",
    "merci",
    "reference",
    "success",
    "complete",
    "received",
    "sent",
    "status",
    "going",
    "deliver",
)
_URL_DONE_HINTS = (*_DONE_HINTS, "thanks", "/orders/")
_PENDING_HINTS = (
    "cart",
    "basket",
    "bag",
    "check",
    "book",
    "review",
    "pay",
    "passenger",
    "guest",
    "travel",
    "seat",
    "room",
    "apply",
    "application",
    "file your",
    "tax return",
    "warenkorb",
    "panier",
    "carrito",
    "reserv",
)


@lru_cache(maxsize=8)
def _hint_pattern(hints: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(h) for h in hints))


def _has(text: str, hints: tuple[str, ...]) -> bool:
    return _hint_pattern(hints).search(text) is not None


@lru_cache(maxsize=262_144)
def page_signals(url: str, host: str, title: str) -> tuple[bool, bool]:
    """(a confirmation page, a step toward one) for a page."""
    low_title, low_url = title.lower(), url.lower()
    path = "/" + low_url.split("://", 1)[-1].partition("/")[2]
    pending_title = _pending_title(title, low_title)
    done = False
    if _done_title(title, low_title) or (
        _TRACKING_HOST.search(host) and ("track" in low_url or "parcel" in low_title)
    ):
        done = True
    elif _has(path, _URL_DONE_HINTS) and _DONE_URL.search(path):
        done = not pending_title
    if done:
        return True, False
    pending = pending_title or (_has(path, _PENDING_HINTS) and bool(_PENDING_URL.search(path)))
    return False, pending


def _pending_title(title: str, low: str) -> bool:
    return _has(low, _PENDING_HINTS) and bool(_PENDING_TITLE.search(title))


def _done_title(title: str, low: str) -> bool:
    return _has(low, _DONE_HINTS) and bool(_DONE_TITLE.search(title))


@lru_cache(maxsize=65_536)
def is_checkout_title(title: str) -> bool:
    """Whether a page's title names a step of buying or booking, or its confirmation
    ("Shopping Cart", "Thank You for Your Order"): what every shop's pages say alike."""
    low = title.lower()
    return _pending_title(title, low) or _done_title(title, low)


def _is_done(step: Step) -> bool:
    return not step.query and page_signals(step.url, step.host, step.title or "")[0]


def _is_pending(step: Step) -> bool:
    return not step.query and page_signals(step.url, step.host, step.title or "")[1]


def _norm_query(q: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", q.lower()) if len(w) > 2)


def _repeated_searches(
    steps: Sequence[Step], *, min_days: float = 1.0, limit: int = 3, window: int = 200
) -> list[str]:
    """Searches made again (the same or nearly the same words) a day or more later; each
    search is compared with the last ``window`` distinct earlier ones (bounded work)."""
    seen: dict[frozenset[str], tuple[int, str]] = {}
    recent: deque[frozenset[str]] = deque(maxlen=window)
    out: list[str] = []
    for s in steps:
        if not s.query:
            continue
        words = _norm_query(s.query)
        if not words:
            continue
        if words not in seen:
            for earlier in recent:
                at, text = seen[earlier]
                overlap = len(words & earlier) / len(words | earlier)
                if overlap >= 0.5 and s.time_us - at >= min_days * _DAY_US and text not in out:
                    out.append(text)
                    break
            seen[words] = (s.time_us, s.query)
            recent.append(words)
        else:
            at, text = seen[words]
            if s.time_us - at >= min_days * _DAY_US and text not in out:
                out.append(text)
        if len(out) >= limit:
            break
    return out


def _compared_sites(steps: Sequence[Step]) -> list[str]:
    """Sites of the journey, in first-visit order: not web search engines, feeds or
    encyclopedias (a site's own search, such as a hotel search, counts; so do shops of
    everything: people compare prices there)."""
    hosts = [s.host for s in steps if s.host and (not is_broad(s.host) or is_broad_shop(s.host))]
    return list(dict.fromkeys(hosts))


def _month_dates(query: str, at_us: int) -> set[str]:
    """Months named in a search ("kyoto in april", "rome may 2027"): the first such month
    from the search on, as YYYY-MM (or YYYY-MM-DD with a day)."""
    out: set[str] = set()
    asked = datetime.fromtimestamp(at_us / 1_000_000, tz=UTC).date()
    for m in _MONTH_DATE.finditer(query):
        name = m.group("month").lower()
        day = m.group("day") or m.group("day2")
        bare = not (day or m.group("year"))
        if bare and name in ("may", "march") and not query[: m.start()].lower().endswith("in "):
            continue  # "may i", "march on": a month only when "in may"
        month = _MONTHS[name[:3]]
        year = int(m.group("year")) if m.group("year") else asked.year
        if not m.group("year") and (month, 31) < (asked.month, asked.day):
            year += 1
        if day:
            try:
                out.add(date(year, month, int(day)).isoformat())
            except ValueError:
                continue
        else:
            out.add(f"{year}-{month:02d}")
    return out


def _offer_sites(steps: Sequence[Step]) -> list[str]:
    """Sites of pages that offer something to book or buy (by their title, or dates in their
    address), in first-visit order; web search engines and encyclopedias left out."""
    out: list[str] = []
    for s in steps:
        if s.query or not s.host or s.host in out:
            continue
        if is_broad(s.host) and not is_broad_shop(s.host):
            continue
        title = s.title or ""
        if _OFFER.search(title) or ("=" in s.url and _DATE_PARAM.search(s.url)):
            out.append(s.host)
    return out


def _dates(steps: Sequence[Step]) -> list[str]:
    """Calendar dates the journey is for: dates in booking and search URLs' parameters and
    months named in its searches."""
    found: set[str] = set()
    for s in steps:
        if s.query and _MONTH_WORDS & set(s.query.lower().split()):
            found |= _month_dates(s.query, s.time_us)
        if ("=" in s.url and _DATE_PARAM.search(s.url)) or (s.query and _ISO_DATE.search(s.query)):
            for y, m, d in _ISO_DATE.findall(s.url + " " + (s.query or "")):
                try:
                    found.add(date(int(y), int(m), int(d)).isoformat())
                except ValueError:
                    continue
        elif "/flights/" in s.url.lower():
            for y, m, d in _ISO_DATE.findall(s.url):
                found.add(f"{y}-{m}-{d}")
    return sorted(found)


def assess(steps: Sequence[Step], intent: Intent) -> Assessment:
    """Read a journey's visits (oldest first) for its outcome signals."""
    done = tuple(
        Evidence("confirmation", s.time_us, s.host, s.url, _page_label(s))
        for s in steps
        if _is_done(s)
    )
    pending = tuple(
        Evidence("checkout", s.time_us, s.host, s.url, _page_label(s))
        for s in steps
        if _is_pending(s) and not _is_done(s)
    )
    searches = [s for s in steps if s.query]
    pages = [s for s in steps if not s.query]
    last_search = searches[-1].time_us if searches else None
    # a fix is taken as found when the journey ends on a page read after the last search
    fix_found = (
        intent.name == "fixing"
        and bool(pages)
        and (last_search is None or pages[-1].time_us > last_search)
    )
    return Assessment(
        intent=intent.name,
        intent_reason=intent.reason,
        intent_by_rules=intent.score > 0,
        done=done[-3:],
        pending=pending[-5:],
        compared=tuple(_compared_sites(steps)[:8]) if intent.name in CHORES else (),
        repeated=tuple(_repeated_searches(steps)[:3]),
        dates=tuple(_dates(steps)[:6]),
        last_search_us=last_search,
        last_page=_page_label(pages[-1]) if pages else "",
        fix_found=fix_found,
        queries=tuple(list(dict.fromkeys(s.query for s in searches if s.query))[-8:]),
        offers=tuple(_offer_sites(steps)[:8]) if intent.name in CHORES else (),
    )


def day_of(us: int) -> str:
    """A short day for reasons: "3 Nov"."""
    moment = datetime.fromtimestamp(us / 1_000_000, tz=UTC)
    return f"{moment.day} {moment:%b}"
