"""Habit and utility visits: mail, feeds, front pages, streaming. They never start or glue
journeys by themselves; a visit reached from a journey by navigation still belongs to it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt

#: Sites whose every page is a tool rather than a topic (mail, calendars, chat, streaming;
#: a mail message read is no habit: ``is_message``).
UTILITY_HOSTS = frozenset(
    {
        "mail.google.com",
        "inbox.google.com",
        "outlook.live.com",
        "outlook.office.com",
        "outlook.office365.com",
        "mail.yahoo.com",
        "mail.naver.com",
        "mail.proton.me",
        "app.fastmail.com",
        # webmail whose messages open inside the page, with no address of their own known
        # here: every page of theirs is the mailbox (a teacher's GMX inbox had tied her
        # dentist, her son's Kita and a holiday, week155)
        "navigator.gmx.net",
        "3c.gmx.net",
        "3c-bs.gmx.net",
        "navigator.web.de",
        "3c.web.de",
        "3c-bs.web.de",
        "email.t-online.de",
        "mail.aol.com",
        "mail.yandex.ru",
        "e.mail.ru",
        "email.seznam.cz",
        "poczta.onet.pl",
        "poczta.wp.pl",
        "poczta.o2.pl",
        "mail.libero.it",
        "webmail.orange.fr",
        "mail.zoho.com",
        "mail.zoho.eu",
        "app.tuta.com",
        "mail.tutanota.com",
        "mail.qq.com",
        "mail.163.com",
        "mail.yahoo.co.jp",
        "mail.daum.net",
        "calendar.google.com",
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

#: A URL of a mail site that names one message, not a folder: Gmail's message fragment
#: (``#inbox/FMfcgz…``, ``#label/Trips/FMfcgz…``) or a message opened in a window of its
#: own (``?view=pt&permthid=…``), Outlook's ``…/id/AAQk…``, Yahoo's ``…/messages/123`` and
#: Naver's ``…/read/0/123``.
#: A message is read for what it says (its title is its subject): a booking's confirmation
#: belongs to the trip, so it is no habit.
_MESSAGE = re.compile(
    r"https?://(?:"
    r"mail\.google\.com/mail/(?:u/\d+/)?(?:\?[^#]*\b(?:permthid|permmsgid|th)=|#[^#]*/[\w-]{16,}$)"
    r"|outlook\.(?:live|office|office365)\.com/mail/[^?#]*/id/"
    r"|mail\.yahoo\.com/d/folders/\d+/messages/[\w-]"  # old ids digits, new ones letters too
    r"|mail\.naver\.com/(?:v2/)?read/-?\d+/\d"
    r")"
)


def is_message(url: str) -> bool:
    """Whether ``url`` is one mail message (see ``_MESSAGE``)."""
    return _MESSAGE.match(url) is not None


#: Feed and front pages of sites that also have topical pages: (host, path prefixes).
FEED_PAGES: dict[str, tuple[str, ...]] = {
    "youtube.com": ("/", "/feed/", "/shorts"),
    "facebook.com": ("/", "/home.php", "/watch", "/notifications"),
    "instagram.com": ("/", "/explore", "/reels"),
    "pinterest.com": ("/", "/today", "/homefeed"),
    "twitter.com": ("/", "/home", "/explore", "/notifications"),
    "x.com": ("/", "/home", "/explore", "/notifications"),
    "reddit.com": ("/", "/r/all", "/r/popular", "/new", "/hot"),
    "linkedin.com": ("/", "/feed", "/notifications", "/messaging"),
    "news.ycombinator.com": ("/", "/news", "/newest", "/front"),
    "news.google.com": ("/",),
    "tiktok.com": ("/", "/foryou"),
    "bsky.app": ("/",),
    "mastodon.social": ("/", "/home"),
    # chat assistants' front pages and lists of conversations (a conversation is topical);
    # a prefix ending in "$" is the whole path
    "chatgpt.com": ("/",),
    "claude.ai": ("/", "/new", "/recents"),
    "gemini.google.com": ("/", "/app$"),
    "copilot.microsoft.com": ("/",),
    "perplexity.ai": ("/",),
    # a code host's own dashboards (a repository's pages are topical)
    "github.com": ("/", "/notifications", "/pulls", "/issues", "/dashboard"),
    "gitlab.com": ("/", "/dashboard"),
    # news front pages and their sections' fronts: what people open to see what is new
    "nytimes.com": ("/",),
    "washingtonpost.com": ("/",),
    "cnn.com": ("/", "/us", "/world"),
    "foxnews.com": ("/",),
    "bbc.com": ("/", "/news"),
    "bbc.co.uk": ("/", "/news"),
    "theguardian.com": ("/", "/uk", "/us", "/international", "/world"),
    "reuters.com": ("/",),
    "apnews.com": ("/",),
    "npr.org": ("/",),
    "news.yahoo.com": ("/",),
    "msn.com": ("/",),
    # portals opened first thing, their front pages a feed of news (Korea's)
    "naver.com": ("/",),
    "daum.net": ("/",),
    "spiegel.de": ("/",),
    "lemonde.fr": ("/",),
    # the weather where one lives, looked at most days (a trip's weather is reached from a
    # search, and a visit reached from a journey by navigation stays in it)
    "weather.com": ("/", "/weather/"),
    "accuweather.com": ("/", "/en/us/"),
    "wunderground.com": ("/", "/weather/", "/forecast/", "/hourly/"),
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
        "search.naver.com",
        "search.daum.net",
        "search.seznam.cz",
        "search.yahoo.co.jp",
        "sogou.com",
        "mojeek.com",
        "coccoc.com",
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
        # a government's one site for all of its services (gov.ie: a state pension and a
        # cataract's treatment benefit were one journey through it, week59)
        "gov.uk",
        "canada.ca",
        "usa.gov",
        "gov.ie",
        "govt.nz",
        "gov.wales",
        "mygov.scot",
        "nidirect.gov.uk",
        "accounts.ecitizen.go.ke",
        # Brazil's, Mexico's, Poland's and Argentina's one site for every ministry: the
        # income tax (gov.br/receitafederal) and a passport rule for Chile (gov.br/mre)
        # were one journey through it (week202)
        "gov.br",
        "gob.mx",
        "gov.pl",
        "argentina.gob.ar",
        # assistants and workspaces asked about, or written in, for every task: a designer's
        # honeymoon in Japan and her husband's visa were one journey through their ChatGPT
        # conversations and Google Docs (week66)
        "chatgpt.com",
        "chat.openai.com",
        "claude.ai",
        "gemini.google.com",
        "perplexity.ai",
        "copilot.microsoft.com",
        "chat.mistral.ai",
        "chat.deepseek.com",
        "poe.com",
        "docs.google.com",
        "drive.google.com",
        "notion.so",
        "dropbox.com",
        "onedrive.live.com",
        "office.com",
        "evernote.com",
    }
)

#: Marketplaces of everything, by the first label of their host: a seller's pages there are
#: named after the marketplace ("Printing shipping labels | eBay": the camera sold there).
MARKETPLACES = frozenset({"amazon", "ebay"})

#: Stores that sell for every kind of task, by the first label of their host: a landscaper's
#: fence posts, bathroom fan and pellet grill were one journey through Home Depot's pages
#: (week62). A shared store says no more of a task than a shared marketplace does.
STORES = frozenset(
    {
        "homedepot",
        "lowes",
        "menards",
        "walmart",
        "target",
        "costco",
        "samsclub",
        "bestbuy",
        "ikea",
        "wayfair",
        "etsy",
        "aliexpress",
        "temu",
        "kohls",
        "macys",
        "overstock",
        "argos",
        "currys",
        "johnlewis",
        "diy",
        "wickes",
        "screwfix",
        "bunnings",
        "kmart",
        "bigw",
        "officeworks",
        "jbhifi",
        "canadiantire",
        "rakuten",
        "flipkart",
        "jumia",
        "takealot",
        "mercadolibre",
        "lazada",
        "shopee",
        "allegro",
        "cdiscount",
    }
)

#: Broad sites that are shops of everything: what is bought there is often one task.
BROAD_SHOPS = MARKETPLACES | STORES

_DAY_US = 86_400_000_000


def _bare(host: str) -> str:
    """A host lower-cased, without its ``www.`` or ``m.``."""
    return host.lower().removeprefix("www.").removeprefix("m.")


def _first_label(host: str) -> str:
    return _bare(host).split(".")[0]


def is_broad_shop(host: str) -> bool:
    """True for a shop of everything (``BROAD_SHOPS``: amazon.com, ebay.com, homedepot.com,
    ikea.com …)."""
    return _first_label(host) in BROAD_SHOPS


def is_marketplace(host: str) -> bool:
    """True for a marketplace of everything (``MARKETPLACES``: amazon.de, ebay.com …)."""
    return _first_label(host) in MARKETPLACES


#: Broad sites whose pages fall into parts that are each about one thing, and how a part is
#: named: a government's guide (GOV.UK's ``/getting-an-mot/retests`` and
#: ``/getting-an-mot/if-your-vehicle-fails-its-mot``, read five days apart for one car) and
#: a social network's group (``/groups/claireshendo``, a hen do's). A part is a site of its
#: own (``section_of``); the site as a whole says nothing of which task. A forum's boards
#: are not such parts: a city's board holds every question of its people (r/chicago: a
#: lease and a dog's limp, week71). Nor, measured, is a code host's repository: one
#: repository's pages tied a flaky test's CI runs and pull request early, and the test's
#: own searches, read in the same sittings, were left a journey of their own (week4
#: 1.000 -> 0.920). (host: leading path segments, and first segments that are the site's
#: own pages.)
_SECTIONS: dict[str, tuple[int, frozenset[str]]] = {
    "gov.uk": (
        1,
        frozenset(
            {
                "government",
                "guidance",
                "browse",
                "search",
                "topic",
                "news",
                "publications",
                "organisations",
                "find-local-council",
                "contact",
                "help",
                "sign-in",
            }
        ),
    ),
    "mygov.scot": (1, frozenset({"search", "browse", "contact"})),
    # a ministry or agency each: gov.br/receitafederal, gob.mx/sre, gov.pl/web/kas
    "gov.br": (1, frozenset({"pt-br", "en", "es", "busca", "servicos"})),
    "gob.mx": (1, frozenset({"busqueda", "tramites", "gobierno"})),
    "gov.pl": (2, frozenset({"search", "wyszukiwarka"})),
    "argentina.gob.ar": (1, frozenset({"buscar", "servicios", "pais"})),
    "gov.wales": (1, frozenset({"search", "topic", "publications", "news"})),
}
_GROUPS = {"facebook.com": "groups"}


def section_of(host: str, url: str) -> str:
    """The part of a broad site a page is in (``_SECTIONS``: "gov.uk/getting-an-mot",
    "facebook.com/groups/claireshendo"), or '' where its site has no such parts or the page
    is in none."""
    host = _bare(host)
    rule = _SECTIONS.get(host)
    start = _GROUPS.get(host)
    if rule is None and start is None:
        return ""
    try:
        path = urlsplit(url).path
    except ValueError:
        return ""
    parts = [p for p in path.lower().split("/") if p]
    if start is not None:
        return f"{host}/{start}/{parts[1]}" if len(parts) >= 2 and parts[0] == start else ""
    assert rule is not None
    depth, own = rule
    if len(parts) < depth or parts[0] in own:
        return ""
    return host + "/" + "/".join(parts[:depth])


def is_broad(host: str) -> bool:
    """True for search engines, video, encyclopedia, forums and shops of everything."""
    host = _bare(host)
    if host in BROAD_HOSTS:
        return True
    labels = host.split(".")
    # google.co.uk, google.de, de.wikipedia.org, ikea.com, costco.ca …
    return (
        len(labels) >= 2 and (labels[0] in ("google", "bing", "yahoo") or labels[0] in BROAD_SHOPS)
    ) or host.endswith(".wikipedia.org")


@dataclass(frozen=True, slots=True, kw_only=True)
class HabitParams:
    """When a page is a habit: a site seen on many days mostly on its front page, a shallow
    page (front page, one section) opened on ``min_days`` different days, or a site's front
    page itself opened on ``front_days`` different days."""

    min_days: int = 5
    front_share: float = 0.5
    front_days: int = 3

    def __post_init__(self) -> None:
        if min(self.min_days, self.front_days) < 2 or not 0 < self.front_share <= 1:
            raise ValueError("min_days and front_days must be >= 2 and front_share in (0, 1]")


# a web address whose host is plain letters, digits, dots and dashes (no user, port or
# brackets), with no character ``urlsplit`` would drop: its host and path read by one match
_PLAIN_URL = re.compile(r"https?://([A-Za-z0-9.-]+)(/[^?#]*)?(?=[?#]|$)")


def _host_path(url: str) -> tuple[str, str]:
    plain = _PLAIN_URL.match(url)
    if plain is not None and "\t" not in url and "\n" not in url and "\r" not in url:
        host, path = plain.group(1).lower(), plain.group(2) or "/"
    else:
        parts = urlsplit(url)
        host, path = (parts.hostname or "").lower(), parts.path or "/"
    return host.removeprefix("www.").removeprefix("m."), path


#: The last part of a path that names an application's own front page, however deep:
#: a work tool's ``/lightning/page/home``, a bank's ``/web/auth/dashboard``.
_FRONT_NAMES = frozenset({"home", "dashboard", "feed", "inbox"})


#: The paths of a site's very front page.
_ROOTS = ("", "/index.html", "/index.php")


def _is_front(path: str) -> bool:
    bare = path.rstrip("/")
    return bare in _ROOTS or (bare.rsplit("/", 1)[-1].lower() in _FRONT_NAMES)


#: A forum's board front page (a subreddit's, or its newest and top posts): a feed, like
#: the forum's own front page; its posts are topical. A city's board opened most days
#: ("Calgary : r/Calgary") is the person's local news, and the searches naming the city
#: joined it: a furnace's and new glasses' (week86 0.768 -> 0.777).
_BOARD_FRONT = re.compile(r"/r/[^/]+/?(?:(?:new|hot|top|rising)/?)?$", re.IGNORECASE)
_BOARD_HOSTS = frozenset({"reddit.com", "old.reddit.com", "new.reddit.com"})


def _listed(host: str, path: str) -> bool:
    labels = host.split(".")
    # the host or any of its parent domains (mail.google.com under google.com's listing)
    if any(".".join(labels[i:]) in UTILITY_HOSTS for i in range(len(labels))):
        return True
    if host in _BOARD_HOSTS and _BOARD_FRONT.match(path):
        return True
    prefixes = FEED_PAGES.get(host)
    if prefixes is None:
        return False
    return any(
        path == p.removesuffix("$") or (p != "/" and p[-1] != "$" and path.startswith(p))
        for p in prefixes
    )


#: A word for the news, in the languages measured (``data/languages.json``) and a few
#: more: a site's front page titled with it is a newspaper's, opened to see what is new
#: ("tagesschau.de - die erste Adresse für Nachrichten", "Hamburger Abendblatt - Nachrichten
#: aus Hamburg"), a habit however few days it was opened on (week155).
_NEWS_TITLE = re.compile(
    r"\b(?:news|headlines|breaking|nachrichten|noticias|not[ií]cias|actualit[ée]s|notizie"
    r"|nieuws|nyheter|nyheder|uutiset|wiadomo[śs]ci|zpr[áa]vy|spr[áa]vy|[șs]tiri|h[íi]rek"
    r"|haberler|haber|berita|tin t[ứu]c|новости|новини|ειδήσεις|חדשות)\b"
    r"|ข่าว|ニュース|新闻|新聞|뉴스",
    re.IGNORECASE,
)


#: A broadcaster's news front is a section of its site: abc.net.au/news, opened on four
#: days of a paramedic's week, sat inside his used ute's journey (week156)
_NEWS_PATHS = frozenset({"/news", "/nachrichten", "/noticias", "/actualites", "/nieuws"})


#: A broadcaster's or paper's sport section, or one sport's page of it
#: (bbc.co.uk/sport/football, "Football - BBC Sport", opened on four days of a warehouse
#: supervisor's week, sat inside his son's football boots, week159), titled as sport: the
#: scores, opened to see what is new, as its news front is
_SPORT_SECTIONS = frozenset({"sport", "sports", "deportes", "esportes", "sportif", "sportivo"})
_SPORT_TITLE = re.compile(r"\b(?:sports?|deportes|esportes|sportschau)\b", re.IGNORECASE)


def _news_front(path: str, title: str | None) -> bool:
    """Whether a page is a site's very front page ("/", no deeper), or its news section's
    ("/news"), titled as news; or its sport section ("/sport", "/sport/football"), titled
    as sport."""
    if not title:
        return False
    bare = path.rstrip("/")
    if bare in _ROOTS or bare.lower() in _NEWS_PATHS:
        return _NEWS_TITLE.search(title) is not None
    parts = bare.lower().strip("/").split("/")
    return (
        len(parts) <= 2
        and parts[0] in _SPORT_SECTIONS
        and all(p.isalpha() for p in parts)
        and _SPORT_TITLE.search(title) is not None
    )


def habit_flags(
    urls: Sequence[str],
    times_us: Sequence[int],
    queries: Sequence[str],
    params: HabitParams | None = None,
    titles: Sequence[str | None] | None = None,
) -> list[bool]:
    """True for each visit that is a habit or utility visit; searches never are.
    ``titles``: each visit's page title (a news site's front page is known by it)."""
    codes: dict[str, int] = {}
    page = np.fromiter((codes.setdefault(u, len(codes)) for u in urls), np.int64, len(urls))
    searched = np.fromiter((bool(q) for q in queries), bool, len(queries))
    page_titles: list[str | None] | None = None
    if titles is not None:
        page_titles = [None] * len(codes)
        for k, title in zip(page.tolist(), titles, strict=True):
            page_titles[k] = page_titles[k] or title
    flags = page_habits(
        list(codes), page, np.asarray(times_us, np.int64), searched, params, page_titles
    )
    return [bool(f) for f in flags]


def page_habits(
    page_urls: Sequence[str],
    page: npt.NDArray[np.int64],
    times_us: npt.NDArray[np.int64],
    searched: npt.NDArray[np.bool_],
    params: HabitParams | None = None,
    page_titles: Sequence[str | None] | None = None,
) -> npt.NDArray[np.bool_]:
    """``habit_flags`` of visits given as an index into their distinct pages' URLs (and
    titles, where known): each URL is parsed once and the days are counted with arrays, for
    histories of millions of visits."""
    p = params or HabitParams()
    parsed = [_host_path(u) for u in page_urls]
    host_codes: dict[str, int] = {}
    key_codes: dict[tuple[str, str], int] = {}
    page_host = np.array([host_codes.setdefault(h, len(host_codes)) for h, _ in parsed], np.int64)
    page_key = np.array(
        [key_codes.setdefault((h, path.rstrip("/")), len(key_codes)) for h, path in parsed],
        np.int64,
    ).reshape(-1)
    front = np.array([_is_front(path) for _, path in parsed], bool)
    key_front = np.zeros(len(key_codes), bool)
    key_front[page_key] = front
    shallow = np.array([_shallow(path) for _, path in parsed], bool)
    day = times_us // _DAY_US
    host = page_host[page] if len(page) else np.zeros(0, np.int64)
    hosts = len(host_codes)
    days = np.bincount(_distinct_pairs(host, day)[0], minlength=hosts)
    totals = np.bincount(host, minlength=hosts)
    fronts = np.bincount(host, weights=front[page], minlength=hosts)
    habitual = (days >= p.min_days) & (fronts >= p.front_share * totals)
    on_shallow = shallow[page]
    key_days = np.bincount(
        _distinct_pairs(page_key[page][on_shallow], day[on_shallow])[0], minlength=len(key_codes)
    )
    daily = (key_days >= p.min_days) | ((key_days >= p.front_days) & key_front)
    listed = np.array(
        [
            _listed(h, path) and not is_message(u)
            for u, (h, path) in zip(page_urls, parsed, strict=True)
        ],
        bool,
    )
    if page_titles is not None:
        listed |= np.array(
            [
                _news_front(path, title)
                for (_, path), title in zip(parsed, page_titles, strict=True)
            ],
            bool,
        )
    verdict = listed | (habitual[page_host] & front) | daily[page_key]
    out: npt.NDArray[np.bool_] = verdict[page] & ~searched
    return out


def _distinct_pairs(
    a: npt.NDArray[np.int64], b: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The distinct (a, b) pairs of non-negative ``a``, as two aligned columns."""
    if not len(a):
        return a, b
    low = int(b.min())
    span = int(b.max()) - low + 1
    keys = np.unique(a * span + (b - low))
    return keys // span, keys % span + low


def _shallow(path: str) -> bool:
    """A front page or a section one level down (``/news``): what people open every day."""
    return path.strip("/").count("/") == 0 or _is_front(path)
