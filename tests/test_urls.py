import pytest

from journeys.urls import (
    SEARCH_RULES,
    WEB_ENGINES,
    canonicalize,
    host_of,
    is_web_engine,
    search_from_url,
    unwrap_redirect,
)


@pytest.mark.parametrize(
    ("url", "engine", "terms"),
    [
        ("https://www.google.com/search?q=kyoto+hotels&oq=kyo", "google", "kyoto hotels"),
        ("https://www.google.co.uk/search?q=flights%20osaka", "google", "flights osaka"),
        ("https://www.bing.com/search?q=standing+desk", "bing", "standing desk"),
        ("https://duckduckgo.com/?q=rust+borrow&t=h_", "duckduckgo", "rust borrow"),
        ("https://search.yahoo.com/search?p=oom+killed", "yahoo", "oom killed"),
        ("https://yandex.ru/search/?text=kyoto", "yandex", "kyoto"),
        ("https://search.yahoo.co.jp/search?p=%E4%BA%AC%E9%83%BD", "yahoo", "京都"),
        (
            "https://search.naver.com/search.naver?where=nexearch&query=%EC%84%9C%EC%9A%B8+%EB%82%A0%EC%94%A8",
            "naver",
            "서울 날씨",
        ),
        ("https://m.search.naver.com/search.naver?query=kbo", "naver", "kbo"),
        ("https://search.daum.net/search?w=tot&q=jeju+hotel", "daum", "jeju hotel"),
        ("https://search.seznam.cz/?q=praha+letenky", "seznam", "praha letenky"),
        ("https://www.sogou.com/web?query=python", "sogou", "python"),
        ("https://www.mojeek.com/search?q=rss+reader", "mojeek", "rss reader"),
        ("https://coccoc.com/search?query=%C4%91%C3%A0+l%E1%BA%A1t", "coccoc", "đà lạt"),
        ("https://yandex.com.tr/search/?text=kedi+a%C5%9F%C4%B1", "yandex", "kedi aşı"),
        ("https://www.baidu.com/s?wd=%E4%BA%AC%E9%83%BD", "baidu", "京都"),
        ("https://www.ecosia.org/search?q=trees", "ecosia", "trees"),
        ("https://search.brave.com/search?q=privacy", "brave", "privacy"),
        ("https://www.startpage.com/do/search?query=tor", "startpage", "tor"),
        ("https://kagi.com/search?q=lisp", "kagi", "lisp"),
        ("https://www.youtube.com/results?search_query=lofi", "youtube", "lofi"),
        ("https://www.amazon.de/s?k=standing+desk", "amazon", "standing desk"),
        ("https://en.wikipedia.org/w/index.php?search=Kyoto", "wikipedia", "Kyoto"),
        ("https://github.com/search?q=tokio&type=code", "github", "tokio"),
        ("https://stackoverflow.com/search?q=exit+code+137", "stackoverflow", "exit code 137"),
        ("https://www.reddit.com/r/rust/search/?q=anyhow", "reddit", "anyhow"),
    ],
)
def test_search_terms_from_result_pages(url: str, engine: str, terms: str) -> None:
    hit = search_from_url(url)
    assert hit is not None
    assert (hit.engine, hit.terms) == (engine, terms)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.google.com/maps/place/Kyoto",
        "https://doc.rust-lang.org/book/?search=",
        "https://www.youtube.com/watch?v=abc",
        "not a url",
    ],
)
def test_no_search_where_there_is_none(url: str) -> None:
    assert search_from_url(url) is None


def test_canonical_form_drops_tracking_and_noise_but_keeps_content() -> None:
    assert (
        canonicalize("HTTP://WWW.Example.com:80/a/b/?utm_source=x&b=2&fbclid=1&a=1#top")
        == "https://example.com/a/b?a=1&b=2"
    )
    assert canonicalize("https://app.example.com/#/inbox") == "https://app.example.com/#/inbox"
    assert canonicalize("https://amp.theguardian.com/travel/kyoto/amp") == (
        "https://theguardian.com/travel/kyoto"
    )
    assert canonicalize("https://www.google.com/amp/s/www.bbc.co.uk/news") == (
        "https://bbc.co.uk/news"
    )


def test_redirect_links_are_unwrapped() -> None:
    assert unwrap_redirect("https://www.google.com/url?q=https://a.example/x&usg=AOv") == (
        "https://a.example/x"
    )
    assert unwrap_redirect("https://a.example/url?q=x") == "https://a.example/url?q=x"


def test_host_strips_www_and_mobile_prefixes() -> None:
    assert host_of("https://m.en.wikipedia.org/wiki/Kyoto") == "en.wikipedia.org"
    assert host_of("https://www.bbc.co.uk/") == "bbc.co.uk"
    assert host_of("file:///tmp/x") == ""


def test_every_rule_hint_is_in_its_hosts() -> None:
    """The pre-parse hint must never hide a search: each rule's hosts contain a hint."""
    from journeys.urls import SEARCH_RULES

    samples = {
        "google": "google.com",
        "bing": "bing.com",
        "duckduckgo": "duckduckgo.com",
        "yahoo": "search.yahoo.com",
        "yandex": "ya.ru",
        "naver": "m.search.naver.com",
        "daum": "search.daum.net",
        "seznam": "search.seznam.cz",
        "sogou": "sogou.com",
        "mojeek": "mojeek.com",
        "coccoc": "coccoc.com",
        "baidu": "baidu.com",
        "ecosia": "ecosia.org",
        "brave": "search.brave.com",
        "startpage": "startpage.com",
        "kagi": "kagi.com",
        "qwant": "qwant.com",
        "youtube": "youtube.com",
        "amazon": "amazon.co.uk",
        "wikipedia": "de.wikipedia.org",
        "github": "github.com",
        "stackoverflow": "askubuntu.com",
        "reddit": "old.reddit.com",
        "ebay": "ebay.de",
        "etsy": "etsy.com",
        "x": "twitter.com",
        "google-maps": "google.de",
        "pypi": "pypi.org",
        "npm": "npmjs.com",
        "booking": "booking.com",
        "imdb": "imdb.com",
        "spotify": "open.spotify.com",
        "yelp": "yelp.ca",
        "tripadvisor": "tripadvisor.co.uk",
        "walmart": "walmart.com",
        "target": "target.com",
        "bestbuy": "bestbuy.com",
        "lowes": "lowes.com",
        "wayfair": "wayfair.co.uk",
        "indeed": "uk.indeed.com",
        "linkedin": "linkedin.com",
        "craigslist": "portland.craigslist.org",
        "pinterest": "pinterest.com",
        "facebook": "facebook.com",
        "tiktok": "tiktok.com",
        "netflix": "netflix.com",
        "scholar": "scholar.google.com",
        "perplexity": "perplexity.ai",
        "chatgpt": "chatgpt.com",
        "claude": "claude.ai",
        "copilot": "copilot.microsoft.com",
    }
    for rule in SEARCH_RULES:
        host = samples[rule.name]
        assert rule.host.match(host), rule.name
        assert set(rule.hints) & set(host.split(".")), rule.name


@pytest.mark.parametrize(
    ("url", "engine", "terms"),
    [
        (
            "https://www.yelp.com/search?find_desc=Honda+Service&find_loc=Chicago%2C+IL",
            "yelp",
            "Honda Service",
        ),
        ("https://www.tripadvisor.com/Search?q=lisbon%20hotels", "tripadvisor", "lisbon hotels"),
        ("https://www.walmart.com/search?q=air+fryer", "walmart", "air fryer"),
        ("https://www.target.com/s?searchTerm=desk+lamp", "target", "desk lamp"),
        (
            "https://www.bestbuy.com/site/searchpage.jsp?st=pixel+9&intl=nosplash",
            "bestbuy",
            "pixel 9",
        ),
        ("https://www.lowes.com/search?searchTerm=cedar+boards", "lowes", "cedar boards"),
        ("https://www.wayfair.com/keyword.php?keyword=bar+stools", "wayfair", "bar stools"),
        ("https://www.indeed.com/jobs?q=data+analyst&l=Chicago", "indeed", "data analyst"),
        (
            "https://www.linkedin.com/jobs/search/?keywords=senior%20data%20analyst&location=X",
            "linkedin",
            "senior data analyst",
        ),
        (
            "https://portland.craigslist.org/search/bia?query=road+bike",
            "craigslist",
            "road bike",
        ),
        ("https://www.pinterest.com/search/pins/?q=garden%20beds", "pinterest", "garden beds"),
        ("https://www.facebook.com/search/top/?q=plant%20swap", "facebook", "plant swap"),
        ("https://www.tiktok.com/search?q=sourdough", "tiktok", "sourdough"),
        ("https://www.netflix.com/search?q=severance", "netflix", "severance"),
        ("https://scholar.google.com/scholar?q=urban+heat+island", "scholar", "urban heat island"),
        ("https://www.perplexity.ai/search?q=jr+pass+worth+it", "perplexity", "jr pass worth it"),
        ("https://chatgpt.com/?q=ryokan+kyoto+onsen&hints=search", "chatgpt", "ryokan kyoto onsen"),
        ("https://claude.ai/new?q=kafka%20consumer%20lag", "claude", "kafka consumer lag"),
        ("https://copilot.microsoft.com/?q=toddler+sleep", "copilot", "toddler sleep"),
    ],
)
def test_in_site_searches_of_shops_and_listings_are_read(url: str, engine: str, terms: str) -> None:
    hit = search_from_url(url)
    assert hit is not None and (hit.engine, hit.terms) == (engine, terms)


def test_pages_of_those_sites_are_not_searches() -> None:
    for url in (
        "https://www.yelp.com/biz/lincoln-park-honda-service-chicago",
        "https://www.linkedin.com/jobs/view/3981224410/",
        "https://www.target.com/p/desk-lamp/-/A-1234",
        "https://www.yelp.com/search?find_loc=Chicago",  # a place, no words searched
        "https://chatgpt.com/c/6a1f0c2e-3b9d-4e7a-9f21-7c5d2e8b1a40",  # a conversation
        "https://chatgpt.com/",
    ):
        assert search_from_url(url) is None, url


def test_web_engines_and_a_sites_own_search() -> None:
    engines = (
        "www.google.co.uk", "google.de", "www.bing.com", "duckduckgo.com", "html.duckduckgo.com",
        "search.yahoo.com", "yandex.ru", "ya.ru", "www.ecosia.org", "search.brave.com",
        "www.startpage.com", "kagi.com", "www.qwant.com", "www.perplexity.ai", "chatgpt.com",
        "search.naver.com", "scholar.google.com", "copilot.microsoft.com", "uk.search.yahoo.com",
        "cn.bing.com", "yandex.com.tr",
    )  # fmt: skip
    for host in engines:
        assert is_web_engine(host), host
    sites = ("www.yelp.com", "www.ebay.com", "www.amazon.de", "www.youtube.com", "yahoo.com",
             "www.booking.com", "en.wikipedia.org", "brave.com", "microsoft.com")  # fmt: skip
    for host in sites:
        assert not is_web_engine(host), host
    # every engine named is a rule's: a misspelt name would leave its hosts a site's own
    assert {r.name for r in SEARCH_RULES} >= WEB_ENGINES
