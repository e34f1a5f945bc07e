"""Sites a person never wants imported or shown: adding one deletes its visits everywhere,
and later imports skip it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from journeys.errors import ConfigError
from journeys.models import VisitFilter
from journeys.services.journeys import JourneyBuilder
from journeys.storage import Store

_HOST = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9-]{1,63}$")


def normalize_site(text: str) -> str:
    """A site as stored: its lower-case host without www. (from a host or a URL)."""
    raw = text.strip().lower()
    host = urlsplit(raw).hostname or "" if "://" in raw else raw.split("/", 1)[0]
    host = host.removeprefix("www.").rstrip(".")
    if not host or not _HOST.match(host):
        raise ConfigError(f"site: {text!r} is not a site name like example.com")
    return host


def is_excluded(host: str, excluded: Iterable[str]) -> bool:
    """True when the host is an excluded site or one of its subdomains."""
    h = host.lower().removeprefix("www.")
    return any(h == s or h.endswith("." + s) for s in excluded)


def exclude_site(store: Store, builder: JourneyBuilder, user_id: int, site: str) -> int:
    """Exclude a site: its visits are deleted everywhere now and skipped by later imports;
    returns how many visits were deleted."""
    host = normalize_site(site)
    touched = builder.store.journeys_with_host(user_id, host)
    store.set_excluded(user_id, host, True)
    deleted = store.delete_visits(user_id, VisitFilter(domain=host))
    builder.refresh(user_id, touched)
    return deleted


def include_site(store: Store, user_id: int, site: str) -> None:
    """Take a site off the excluded ones (its deleted visits stay deleted)."""
    store.set_excluded(user_id, normalize_site(site), False)
