"""Habit and utility visits: mail, feeds, front pages, streaming. They never start or glue
journeys by themselves; a visit reached from a journey by navigation still belongs to it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

#: Sites whose every page is a tool rather than a topic (mail, calendars, chat, streaming).
UTILITY_HOSTS = frozenset(
    {
        "mail.google.com",
        "inbox.google.com",
        "calendar.google.com",
        "outlook.live.com",
        "outlook.office.com",
        "outlook.office365.com",
        "mail.yahoo.com",
        "mail.proton.me",
        "app.fastmail.com",
        "web.whatsapp.com",
        "web.telegram.org",
        "app.slack.com",
        "teams.microsoft.com",
        "discord.com",
        "messenger.com",
        "open.spotify.com",
        "music.youtube.com",
        "music.apple.com",
        "netflix.com",
        "primevideo.com",
        "disneyplus.com",
        "hulu.com",
        "twitch.tv",
    }
)

#: Feed and front pages of sites that also have topical pages: (host, path prefixes).
FEED_PAGES: dict[str, tuple[str, ...]] = {
    "youtube.com": ("/", "/feed/", "/shorts"),
    "facebook.com": ("/", "/home.php", "/watch", "/notifications"),
    "instagram.com": ("/", "/explore", "/reels"),
    "twitter.com": ("/", "/home", "/explore", "/notifications"),
    "x.com": ("/", "/home", "/explore", "/notifications"),
    "reddit.com": ("/", "/r/all", "/r/popular", "/new", "/hot"),
    "linkedin.com": ("/", "/feed", "/notifications", "/messaging"),
    "news.ycombinator.com": ("/", "/news", "/newest", "/front"),
    "news.google.com": ("/",),
    "tiktok.com": ("/", "/foryou"),
    "bsky.app": ("/",),
    "mastodon.social": ("/", "/home"),
}


#: Sites so broad that two visits to them say nothing about sharing a task.
BROAD_HOSTS = frozenset(
    {
        "google.com",
        "bing.com",
        "duckduckgo.com",
        "search.yahoo.com",
        "yahoo.com",
        "ecosia.org",
        "search.brave.com",
        "startpage.com",
        "kagi.com",
        "baidu.com",
        "yandex.ru",
        "youtube.com",
        "wikipedia.org",
        "en.wikipedia.org",
        "reddit.com",
        "old.reddit.com",
        "github.com",
        "gist.github.com",
        "stackoverflow.com",
        "medium.com",
        "amazon.com",
        "amazon.co.uk",
        "amazon.de",
        "ebay.com",
        "twitter.com",
        "x.com",
        "facebook.com",
        "linkedin.com",
        "news.ycombinator.com",
        "quora.com",
        "pinterest.com",
        "instagram.com",
        "tiktok.com",
        "aol.com",
        "search.aol.com",
        "msn.com",
    }
)


def is_broad(host: str) -> bool:
    """True for search engines, video, encyclopedia, forums and shops of everything."""
    host = host.lower().removeprefix("www.").removeprefix("m.")
    if host in BROAD_HOSTS:
        return True
    labels = host.split(".")
    # google.co.uk, google.de, de.wikipedia.org …
    return (len(labels) >= 2 and labels[0] in ("google", "bing", "yahoo", "amazon", "ebay")) or (
        host.endswith(".wikipedia.org")
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class HabitParams:
    """When a page is a habit: a site seen on many days mostly on its front page, or a
    shallow page (front page, one section) opened on ``min_days`` different days."""

    min_days: int = 5
    front_share: float = 0.5

    def __post_init__(self) -> None:
        if self.min_days < 2 or not 0 < self.front_share <= 1:
            raise ValueError("min_days must be >= 2 and front_share in (0, 1]")


def _host_path(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    return host, parts.path or "/"


def _is_front(path: str) -> bool:
    return path.rstrip("/") in ("", "/index.html", "/index.php", "/home")


def _listed(host: str, path: str) -> bool:
    if host in UTILITY_HOSTS or any(host.endswith("." + h) for h in UTILITY_HOSTS):
        return True
    prefixes = FEED_PAGES.get(host)
    if prefixes is None:
        return False
    return any(path == p or (p != "/" and path.startswith(p)) for p in prefixes)


def habit_flags(
    urls: Sequence[str],
    times_us: Sequence[int],
    queries: Sequence[str],
    params: HabitParams | None = None,
) -> list[bool]:
    """True for each visit that is a habit or utility visit; searches never are."""
    p = params or HabitParams()
    cache: dict[str, tuple[str, str]] = {}
    parsed = [cache[u] if u in cache else cache.setdefault(u, _host_path(u)) for u in urls]
    days: dict[str, set[int]] = defaultdict(set)
    page_days: dict[tuple[str, str], set[int]] = defaultdict(set)
    fronts: dict[str, int] = defaultdict(int)
    totals: dict[str, int] = defaultdict(int)
    for (host, path), t in zip(parsed, times_us, strict=True):
        day = t // 86_400_000_000
        days[host].add(day)
        totals[host] += 1
        fronts[host] += _is_front(path)
        if _shallow(path):
            page_days[(host, path.rstrip("/"))].add(day)
    habitual = {
        h
        for h, d in days.items()
        if len(d) >= p.min_days and fronts[h] >= p.front_share * totals[h]
    }
    daily = {k for k, d in page_days.items() if len(d) >= p.min_days}
    verdict: dict[tuple[str, str], bool] = {}
    for host, path in set(parsed):
        verdict[(host, path)] = (
            _listed(host, path)
            or (host in habitual and _is_front(path))
            or (host, path.rstrip("/")) in daily
        )
    return [not q and verdict[hp] for hp, q in zip(parsed, queries, strict=True)]


def _shallow(path: str) -> bool:
    """A front page or a section one level down (``/news``): what people open every day."""
    return path.strip("/").count("/") == 0
