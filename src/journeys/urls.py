"""URL handling: canonical forms for matching, hosts, and search terms read from URLs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import (
    SplitResult,
    parse_qsl,
    quote,
    unquote,
    unquote_plus,
    urlsplit,
    urlunsplit,
)

# Query parameters that track people rather than name content.
_TRACKING_EXACT = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "igsh",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "ref_src",
        "ref_url",
        "spm",
        "scm",
        "si",
        "vero_id",
        "oly_anon_id",
        "oly_enc_id",
        "rb_clickid",
        "s_cid",
        "trk",
        "trkcampaign",
        "ncid",
        "cmpid",
        "srsltid",
        "ved",
        "ei",
        "sca_esv",
        "sxsrf",
        "oq",
        "gs_lp",
        "gs_lcrp",
        "sclient",
        "aqs",
        "sourceid",
        "ie",
        "uact",
        "sa",
        "usg",
        "rlz",
        "bih",
        "biw",
        "dpr",
        "client",
        "ga_source",
        "ga_medium",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "ga_", "_bta_")
_HOST_PREFIXES = ("www.", "www1.", "www2.", "m.", "mobile.", "amp.")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def host_of(url: str) -> str:
    """The lower-case host of a URL without ``www.``-like prefixes; '' when there is none."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return _strip_host(host)


def _strip_host(host: str) -> str:
    host = host.lower().rstrip(".")
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix) :]
    return host


def _is_tracking(name: str) -> bool:
    low = name.lower()
    return low in _TRACKING_EXACT or low.startswith(_TRACKING_PREFIXES)


_PLAIN_PATH = re.compile(r"^[A-Za-z0-9/:@!$&'()*+,;=\-._~]*$")


def canonicalize(url: str) -> str:
    """A form of the URL for matching the same page across visits; the original is kept too.

    Lower-cases scheme and host, drops ``www.``/``m.``/``amp.`` prefixes, default ports,
    tracking parameters, empty fragments and plain anchors (``#!``/``#/`` routes are kept),
    sorts the remaining parameters (as written), unwraps Google AMP and redirect URLs, and
    decodes percent-escapes that need none.
    """
    url = unwrap_redirect(url.strip())
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    return _canonical_from(url, parts)


def _canonical_from(url: str, parts: SplitResult) -> str:
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return url
    hostinfo = parts.netloc.rpartition("@")[2]
    if hostinfo.startswith("["):  # IPv6 literal: let urllib take it apart
        raw_host, port_text = parts.hostname or "", str(parts.port or "")
    else:
        raw_host, _, port_text = hostinfo.partition(":")
    host = _strip_host(raw_host)
    keep_port = port_text and port_text != str(_DEFAULT_PORTS[scheme])
    netloc = f"{host}:{port_text}" if keep_port else host
    path = parts.path
    if not _PLAIN_PATH.match(path):
        path = quote(unquote(path), safe="/:@!$&'()*+,;=-._~%")
    path = path or "/"
    if path.startswith("/amp/s/") and host.endswith("google.com"):
        return canonicalize("https://" + path[len("/amp/s/") :])
    if path.endswith(("/amp", "/amp/")):
        path = path[: path.rindex("/amp")] or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    query = ""
    if parts.query:
        pieces = [
            piece
            for piece in parts.query.split("&")
            if piece and not _is_tracking(unquote_plus(piece.partition("=")[0]))
        ]
        pieces.sort()
        query = "&".join(pieces)
    fragment = parts.fragment if parts.fragment.startswith(("!", "/")) else ""
    return urlunsplit(("https", netloc, path, query, fragment))


_REDIRECTORS: dict[str, tuple[str, ...]] = {
    "google.": ("/url",),
    "l.facebook.com": ("/l.php",),
    "lm.facebook.com": ("/l.php",),
    "out.reddit.com": ("/",),
    "youtube.com": ("/redirect",),
    "l.instagram.com": ("/",),
}
_REDIRECT_PARAMS = ("q", "url", "u", "target", "dest", "redirect")


_REDIRECT_MARKERS = ("/url?", "/l.php?", "/redirect?", "out.reddit.com", "l.instagram.com")


def unwrap_redirect(url: str) -> str:
    """The target of a known redirector link (``google.com/url?q=…``), else the URL itself."""
    if "?" not in url or not any(m in url for m in _REDIRECT_MARKERS):
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    host = _strip_host(parts.hostname or "")
    for marker, paths in _REDIRECTORS.items():
        matches = host.startswith(marker) if marker.endswith(".") else host == marker
        if matches and any(parts.path.startswith(p) for p in paths):
            params = dict(parse_qsl(parts.query))
            for name in _REDIRECT_PARAMS:
                target = params.get(name, "")
                if target.startswith(("http://", "https://")):
                    return target
    return url


@dataclass(frozen=True, slots=True)
class SearchRule:
    """How one site puts a search into its URLs: a host pattern, a path pattern, parameters."""

    name: str
    hints: tuple[str, ...]  # host labels one of which every matching host has (checked first)
    host: re.Pattern[str]
    path: re.Pattern[str]
    params: tuple[str, ...]


def _rule(name: str, hints: str, host: str, path: str, *params: str) -> SearchRule:
    return SearchRule(name, tuple(hints.split()), re.compile(host), re.compile(path), params)


# Adding an engine or a site is a row here. Hosts are matched after ``www.``/``m.`` removal.
SEARCH_RULES: tuple[SearchRule, ...] = (
    _rule("google", "google", r"^google\.[a-z.]+$", r"^/(search|webhp)?$", "q", "as_q"),
    _rule(
        "bing",
        "bing",
        r"^(cn\.)?bing\.com$",
        r"^/(search|images/search|videos/search|news/search)$",
        "q",
    ),
    _rule(
        "duckduckgo",
        "duckduckgo",
        r"^(html\.|lite\.)?duckduckgo\.com$",
        r"^/(html/?|lite/?)?$",
        "q",
    ),
    _rule(
        "yahoo",
        "yahoo",
        r"^([a-z]{2}\.)?search\.yahoo\.(com|co\.jp)$",
        r"^/(search|yhs/search).*$",
        "p",
        "q",
    ),
    _rule(
        "yandex",
        "yandex ya",
        r"^yandex\.[a-z.]+$|^ya\.ru$",
        r"^/(search|images/search)/?.*$",
        "text",
    ),
    _rule("baidu", "baidu", r"^baidu\.com$", r"^/(s|baidu)$", "wd", "word"),
    # the engines most used in Korea, Czechia and China, and an independent index
    _rule("naver", "naver", r"^(m\.)?search\.naver\.com$", r"^/search\.naver$", "query"),
    _rule("daum", "daum", r"^(m\.)?search\.daum\.net$", r"^/search$", "q"),
    _rule("seznam", "seznam", r"^search\.seznam\.cz$", r"^/?$", "q"),
    _rule("sogou", "sogou", r"^sogou\.com$", r"^/(web|sogou)$", "query"),
    _rule("mojeek", "mojeek", r"^mojeek\.com$", r"^/search$", "q"),
    # Vietnam's own browser's engine (the form known to us, not checked on the live site)
    _rule("coccoc", "coccoc", r"^coccoc\.com$", r"^/search$", "query"),
    _rule("ecosia", "ecosia", r"^ecosia\.org$", r"^/(search|images|news)$", "q"),
    _rule("brave", "brave", r"^search\.brave\.com$", r"^/(search|images|news|videos)$", "q"),
    _rule(
        "startpage",
        "startpage",
        r"^(eu\.|us\.)?startpage\.com$",
        r"^/(do/search|sp/search|do/dsearch)$",
        "query",
        "q",
    ),
    _rule("kagi", "kagi", r"^kagi\.com$", r"^/(search|images|news)$", "q"),
    _rule("qwant", "qwant", r"^qwant\.com$", r"^/$", "q"),
    _rule("youtube", "youtube", r"^youtube\.com$", r"^/results$", "search_query", "q"),
    _rule("amazon", "amazon", r"^amazon\.[a-z.]+$", r"^/(s|s/.*)$", "k", "field-keywords"),
    _rule(
        "wikipedia",
        "wikipedia",
        r"^[a-z\-]+\.wikipedia\.org$",
        r"^/(w/index\.php|wiki/Special:Search)$",
        "search",
    ),
    _rule("github", "github", r"^github\.com$", r"^(/[^/]+/[^/]+)?/search$", "q"),
    _rule(
        "stackoverflow",
        "stackoverflow stackexchange superuser serverfault askubuntu",
        r"^(stackoverflow\.com|[a-z]+\.stackexchange\.com|superuser\.com|"
        r"serverfault\.com|askubuntu\.com)$",
        r"^/search$",
        "q",
    ),
    _rule("reddit", "reddit", r"^(old\.)?reddit\.com$", r"^(/r/[^/]+)?/search/?$", "q"),
    _rule("ebay", "ebay", r"^ebay\.[a-z.]+$", r"^/sch/.*$", "_nkw"),
    _rule("etsy", "etsy", r"^etsy\.com$", r"^/search$", "q"),
    _rule("x", "x twitter", r"^(x|twitter)\.com$", r"^/search$", "q"),
    _rule("google-maps", "google", r"^google\.[a-z.]+$", r"^/maps/search/(?P<path_q>[^/]+).*$"),
    _rule("pypi", "pypi", r"^pypi\.org$", r"^/search/?$", "q"),
    _rule("npm", "npmjs", r"^npmjs\.com$", r"^/search$", "q"),
    _rule("booking", "booking", r"^booking\.com$", r"^/searchresults.*$", "ss"),
    _rule("imdb", "imdb", r"^imdb\.com$", r"^/find/?$", "q"),
    _rule("spotify", "spotify", r"^open\.spotify\.com$", r"^/search/(?P<path_q>[^/]+).*$"),
    _rule("yelp", "yelp", r"^yelp\.[a-z.]+$", r"^/search/?$", "find_desc"),
    _rule("tripadvisor", "tripadvisor", r"^tripadvisor\.[a-z.]+$", r"^/Search$", "q"),
    _rule("walmart", "walmart", r"^walmart\.com$", r"^/search/?$", "q", "query"),
    _rule("target", "target", r"^target\.com$", r"^/s/?$", "searchTerm"),
    _rule("bestbuy", "bestbuy", r"^bestbuy\.[a-z.]+$", r"^/site/searchpage\.jsp$", "st"),
    _rule("lowes", "lowes", r"^lowes\.com$", r"^/search/?$", "searchTerm"),
    _rule("wayfair", "wayfair", r"^wayfair\.[a-z.]+$", r"^/keyword\.php$", "keyword"),
    _rule("indeed", "indeed", r"^([a-z]{2}\.)?indeed\.[a-z.]+$", r"^/jobs/?$", "q"),
    _rule(
        "linkedin",
        "linkedin",
        r"^([a-z]{2}\.)?linkedin\.com$",
        r"^/(jobs/search|search/results/[a-z]+)/?$",
        "keywords",
    ),
    _rule("craigslist", "craigslist", r"^([a-z]+\.)?craigslist\.org$", r"^/search/.*$", "query"),
    _rule(
        "pinterest", "pinterest", r"^([a-z]{2}\.)?pinterest\.[a-z.]+$", r"^/search/[a-z]+/?$", "q"
    ),
    _rule("facebook", "facebook", r"^facebook\.com$", r"^/search/[a-z]+/?$", "q"),
    _rule("tiktok", "tiktok", r"^tiktok\.com$", r"^/search(/[a-z]+)?/?$", "q"),
    _rule("netflix", "netflix", r"^netflix\.com$", r"^/search/?$", "q"),
    _rule("scholar", "scholar", r"^scholar\.google\.[a-z.]+$", r"^/scholar$", "q"),
    # answer engines and chat assistants set as the browser's search: what was typed is in
    # the address (a conversation's own page, ``/c/…``, ``/chat/…``, is a page, named by its
    # title)
    _rule("perplexity", "perplexity", r"^perplexity\.ai$", r"^/search/?$", "q"),
    _rule("chatgpt", "chatgpt", r"^chatgpt\.com$", r"^/$", "q"),
    _rule("claude", "claude", r"^claude\.ai$", r"^/new/?$", "q"),
    _rule("copilot", "copilot", r"^copilot\.microsoft\.com$", r"^/$", "q"),
)


_ANY_SEARCH_HOST = re.compile("|".join(f"(?:{r.host.pattern})" for r in SEARCH_RULES))
# The rules of web search engines and answer engines; every other rule is a site's own search.
WEB_ENGINES = frozenset(
    {
        "google", "bing", "duckduckgo", "yahoo", "yandex", "baidu", "naver", "daum", "seznam",
        "sogou", "mojeek", "coccoc", "ecosia", "brave", "startpage", "kagi", "qwant", "scholar",
        "perplexity", "chatgpt", "claude", "copilot",
    }
)  # fmt: skip
_WEB_ENGINE_HOST = re.compile(
    "|".join(f"(?:{r.host.pattern})" for r in SEARCH_RULES if r.name in WEB_ENGINES)
)


def is_web_engine(host: str) -> bool:
    """True for a web search engine's or an answer engine's host (google.de, search.brave.com,
    perplexity.ai), False for a site searched on its own (yelp.com, amazon.de, ebay.com)."""
    return _WEB_ENGINE_HOST.match(_strip_host(host)) is not None


# A cheap look at the raw URL before parsing it: every search host has one of these labels.
_SEARCH_LABELS = frozenset(h for r in SEARCH_RULES for h in r.hints)


def _may_be_search(url: str) -> bool:
    start = url.find("://")
    if start < 0:
        return False
    end = url.find("/", start + 3)
    hostinfo = url[start + 3 : end if end >= 0 else len(url)]
    host = hostinfo.rpartition("@")[2].partition(":")[0].lower()
    return not _SEARCH_LABELS.isdisjoint(host.split("."))


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A search read from a result-page URL: the engine or site and the terms typed."""

    engine: str
    terms: str


@lru_cache(maxsize=65536)
def search_from_url(url: str) -> SearchHit | None:
    """The search a result-page URL records, for the major engines and in-site searches."""
    if ("?" not in url and "/search/" not in url) or not _may_be_search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return _search_in(parts, _strip_host(parts.hostname or ""))


def _search_in(parts: SplitResult, host: str) -> SearchHit | None:
    if not host or not _ANY_SEARCH_HOST.match(host):
        return None
    params: dict[str, str] | None = None
    for rule in SEARCH_RULES:
        if not rule.host.match(host):
            continue
        m = rule.path.match(parts.path or "/")
        if not m:
            continue
        if "path_q" in m.groupdict():
            terms = _clean_terms(unquote(m.group("path_q")).replace("+", " "))
            return SearchHit(rule.name, terms) if terms else None
        if params is None:
            params = {}
            for key, value in parse_qsl(parts.query, keep_blank_values=True):
                params.setdefault(key, value)
        for name in rule.params:
            terms = _clean_terms(params.get(name, ""))
            if terms:
                return SearchHit(rule.name, terms)
    return None


def _clean_terms(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class UrlInfo:
    """What imports need of a URL: its canonical form, host and the search it records."""

    canonical: str
    host: str
    search: SearchHit | None


def analyze(url: str) -> UrlInfo:
    """Canonical form, host and search of a URL from one parse (the hot path of imports).

    Equal to ``UrlInfo(canonicalize(url), host_of(url), search_from_url(url))``.
    """
    try:
        parts = urlsplit(url)
        host = _strip_host(parts.hostname or "")
    except ValueError:
        return UrlInfo(canonicalize(url), host_of(url), None)
    search = _search_in(parts, host) if ("?" in url or "/search/" in url) else None
    stripped = url.strip()
    if stripped != url or unwrap_redirect(url) != url:
        canonical = canonicalize(url)
    else:
        canonical = _canonical_from(url, parts)
    return UrlInfo(canonical, host, search)
