"""Ten days of one (invented) person's browsing, as steps a real browser carries out.

Used by make_week_history.py. Six tasks interleave over the days: a trip to Lisbon that is
never booked, a failing CI job at work, running shoes (ordered, then tracked), kimchi, a
child's birthday party and a home-office tax question. Around them: mail, news, video and
the front page of a forum, several times a day. Searches go to three engines (Google, Bing,
DuckDuckGo), some result clicks pass through Google's redirect, some results are opened in
new tabs, a few pages of a task sit on a habit site (a travel video, a forum thread).

A step is (action, url, title, task):
- ``day`` sets the clock: url holds "D HH:MM" (day 1 is the first); the other fields empty;
- ``goto``: typed into the address bar (searches too: the engine is the browser's search);
- ``click``: a link on the current page, same tab; ``via`` (Google's /url redirect) likewise;
- ``tab``: a link opened in a new tab (Ctrl+click), which becomes the current page;
- ``close``: close the current tab, back to the one before;
- ``back``: the browser's back button.
``task`` is the gold label of the visits a step makes (None: habit or stray browsing).
"""

from __future__ import annotations

from urllib.parse import quote_plus

Step = tuple[str, str, str, str | None]

GOOGLE = "https://www.google.com/search?q="
BING = "https://www.bing.com/search?q="
DDG = "https://duckduckgo.com/?q="


def search(engine: str, query: str, task: str | None) -> Step:
    """A search typed into the address bar, with the engine's own kind of title."""
    url = engine + quote_plus(query)
    if engine == GOOGLE:
        title = f"{query} - Google Search"
    elif engine == BING:
        title = f"{query} - Search"
    else:
        title = f"{query} at DuckDuckGo"
    return ("goto", url, title, task)


def day(when: str) -> Step:
    return ("day", when, "", None)


def mail() -> list[Step]:
    return [
        ("goto", "https://mail.google.com/mail/u/0/", "Inbox (3) - sam@example.com - Gmail", None)
    ]


GMAIL = "https://mail.google.com/mail/u/0/"


def gmail_message(address: str, ik: str, thread: str, subject: str, task: str | None) -> list[Step]:
    """A Gmail message opened in a tab of its own from the inbox, read, and closed: its own
    URL and the title Gmail gives it (the subject, then the account)."""
    url = f"{GMAIL}?ik={ik}&view=pt&search=all&permthid=thread-f:{thread}"
    return [("tab", url, f"{subject} - {address} - Gmail", task), ("close", "", "", task)]


def outlook_message(
    mailbox: str, owner: str, item: str, subject: str, task: str | None
) -> list[Step]:
    """A message opened from an Outlook inbox (``mailbox``: its web address, ending in "/")
    in a tab of its own, read, and closed: its own URL and the title Outlook gives it."""
    url = f"{mailbox}inbox/id/{item}"
    return [("tab", url, f"{subject} - {owner} - Outlook", task), ("close", "", "", task)]


def page(url: str, title: str, task: str | None, action: str = "click") -> Step:
    """A page reached by ``action`` (a link clicked, by default)."""
    return (action, url, title, task)


def tab(url: str, title: str, task: str) -> list[Step]:
    """A link opened in a new tab, read, and the tab closed."""
    return [("tab", url, title, task), ("close", "", "", task)]


def news(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://www.bbc.co.uk/news", "Home - BBC News", None)]
    if article:
        steps.append(("click", f"https://www.bbc.co.uk/news/{article[0]}", article[1], None))
    return steps


def video_home() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


def forum() -> list[Step]:
    return [("goto", "https://www.reddit.com/", "Reddit - Dive into anything", None)]


SO = "https://stackoverflow.com/questions"
GH = "https://github.com"
DOCS = "https://docs.github.com/en/actions"
BK = "https://www.booking.com"
TA = "https://www.tripadvisor.com"
RW = "https://www.runnersworld.com"
SHOP = "https://www.runningwarehouse.com"
MG = "https://www.maangchi.com"
SE = "https://www.seriouseats.com"
JZ = "https://www.jumpzone.com"
IRS = "https://www.irs.gov"

STEPS: list[Step] = [
    day("1 08:40"),
    *mail(),
    *news(("world-europe-1", "Storms sweep across northern Europe - BBC News")),
    day("1 09:12"),
    search(GOOGLE, "github actions postgres service connection refused", "ci"),
    (
        "click",
        f"{SO}/57915791/github-actions-postgres-connection-refused",
        "GitHub Actions: Postgres connection refused on localhost - Stack Overflow",
        "ci",
    ),
    ("back", "", "", "ci"),
    (
        "tab",
        f"{DOCS}/using-containerized-services/about-service-containers",
        "About service containers - GitHub Docs",
        "ci",
    ),
    (
        "click",
        f"{DOCS}/using-containerized-services/creating-postgresql-service-containers",
        "Creating PostgreSQL service containers - GitHub Docs",
        "ci",
    ),
    ("close", "", "", "ci"),
    search(GOOGLE, "postgres healthcheck pg_isready docker", "ci"),
    (
        "via",
        f"{SO}/46516584/docker-check-if-postgres-is-ready",
        "Docker - check if postgres is ready - Stack Overflow",
        "ci",
    ),
    day("1 12:35"),
    search(GOOGLE, "lisbon in may weather", "lisbon"),
    (
        "click",
        "https://www.weather-and-climate.com/average-monthly-weather-Lisbon-Portugal",
        "Lisbon weather in May: average temperature and rainfall",
        "lisbon",
    ),
    search(GOOGLE, "things to do in lisbon in 4 days", "lisbon"),
    (
        "tab",
        "https://www.lonelyplanet.com/portugal/lisbon/top-things-to-do",
        "Top things to do in Lisbon - Lonely Planet",
        "lisbon",
    ),
    ("close", "", "", "lisbon"),
    (
        "tab",
        "https://www.timeout.com/lisbon/things-to-do/best-things-to-do-in-lisbon",
        "The 30 best things to do in Lisbon right now - Time Out",
        "lisbon",
    ),
    day("1 20:15"),
    *video_home(),
    (
        "click",
        "https://www.youtube.com/watch?v=goals2026",
        "Top 10 goals of the week - YouTube",
        None,
    ),
    day("1 20:41"),
    search(BING, "best running shoes for flat feet", "shoes"),
    (
        "click",
        f"{RW}/gear/a20865724/best-running-shoes-for-flat-feet",
        "The Best Running Shoes for Flat Feet, Tested by Runners - Runner's World",
        "shoes",
    ),
    (
        "click",
        f"{RW}/gear/a41010/brooks-adrenaline-gts-24-review",
        "Brooks Adrenaline GTS 24 Review: Stable and Cushioned - Runner's World",
        "shoes",
    ),
    day("2 08:47"),
    *mail(),
    day("2 09:25"),
    ("goto", f"{GH}/acme/api/actions/runs/8812", "ci: run tests · acme/api@4f1c2e9", "ci"),
    search(
        GOOGLE,
        "psycopg OperationalError connection refused localhost 5432 github actions",
        "ci",
    ),
    (
        "click",
        f"{GH}/psycopg/psycopg/issues/512",
        "Connection refused on GitHub Actions runner · Issue #512 · psycopg/psycopg",
        "ci",
    ),
    (
        "goto",
        f"{GH}/acme/api/pull/88",
        "Wait for the postgres service before tests by sam · Pull Request #88 · acme/api",
        "ci",
    ),
    day("2 13:02"),
    search(GOOGLE, "alfama guesthouse", "lisbon"),
    (
        "click",
        f"{BK}/hotel/pt/memmo-alfama.html",
        "Memmo Alfama Design Hotel, Lisbon – Updated 2026 Prices",
        "lisbon",
    ),
    (
        "tab",
        f"{TA}/Hotel_Review-Memmo_Alfama-Lisbon.html",
        "MEMMO ALFAMA - Updated 2026 Prices & Hotel Reviews (Lisbon, Portugal) - Tripadvisor",
        "lisbon",
    ),
    ("close", "", "", "lisbon"),
    (
        "click",
        f"{BK}/hotel/pt/casa-do-patio-alfama.html",
        "Casa do Pátio by Shiadu, Lisbon – Updated 2026 Prices",
        "lisbon",
    ),
    day("2 18:05"),
    search(DDG, "easy kimchi recipe", "kimchi"),
    (
        "click",
        f"{MG}/recipe/easy-kimchi",
        "Easy kimchi (Mak-kimchi: 막김치) recipe by Maangchi",
        "kimchi",
    ),
    (
        "click",
        f"{MG}/recipe/napa-cabbage-kimchi",
        "Napa cabbage kimchi (Tongbaechu-kimchi) recipe by Maangchi",
        "kimchi",
    ),
    day("2 21:10"),
    *forum(),
    (
        "click",
        "https://www.reddit.com/r/aww/comments/abc123/my_cat_learned_to_open_doors",
        "My cat learned to open doors : r/aww",
        None,
    ),
    day("3 07:55"),
    *news(),
    day("3 12:20"),
    search(GOOGLE, "brooks adrenaline vs asics kayano", "shoes"),
    (
        "via",
        f"{RW}/gear/a42517/brooks-adrenaline-vs-asics-gel-kayano",
        "Brooks Adrenaline vs Asics Gel-Kayano: Which Stability Shoe Is Best? - Runner's World",
        "shoes",
    ),
    search(GOOGLE, "brooks adrenaline gts 24 mens size 11", "shoes"),
    (
        "click",
        f"{SHOP}/Brooks_Adrenaline_GTS_24/descpage-BA24M1.html",
        "Brooks Adrenaline GTS 24 Men's Shoes | Running Warehouse",
        "shoes",
    ),
    ("click", f"{SHOP}/cart", "Shopping Cart | Running Warehouse", "shoes"),
    day("3 12:48"),
    search(GOOGLE, "flights london lisbon may 14", "lisbon"),
    (
        "click",
        "https://www.skyscanner.net/routes/lond/lis/london-to-lisbon.html",
        "Cheap flights from London to Lisbon from £38 | Skyscanner",
        "lisbon",
    ),
    (
        "click",
        "https://www.skyscanner.net/transport/flights/lond/lis/260514/",
        "London to Lisbon, 14 May | Skyscanner",
        "lisbon",
    ),
    day("3 19:30"),
    search(GOOGLE, "trampoline park birthday party", "party"),
    ("click", f"{JZ}/parties", "Birthday Parties at Jump Zone Trampoline Park", "party"),
    ("click", f"{JZ}/parties/packages", "Party Packages and Prices - Jump Zone", "party"),
    day("3 21:02"),
    *video_home(),
    day("4 08:50"),
    *mail(),
    day("4 10:15"),
    search(GOOGLE, "github actions service container health check options", "ci"),
    (
        "click",
        f"{DOCS}/reference/workflow-syntax-for-github-actions",
        "Workflow syntax for GitHub Actions - GitHub Docs",
        "ci",
    ),
    (
        "goto",
        f"{GH}/acme/api/pull/88",
        "Wait for the postgres service before tests by sam · Pull Request #88 · acme/api",
        "ci",
    ),
    day("4 12:40"),
    search(GOOGLE, "gochugaru substitute", "kimchi"),
    (
        "click",
        "https://cooking.stackexchange.com/questions/45645/substitute-for-gochugaru",
        "Substitute for gochugaru (Korean chili flakes) - Seasoned Advice",
        "kimchi",
    ),
    search(GOOGLE, "how long to ferment kimchi at room temperature", "kimchi"),
    (
        "click",
        f"{SE}/how-to-make-kimchi-at-home",
        "How to Make Kimchi at Home: Fermentation Time and Tips | Serious Eats",
        "kimchi",
    ),
    day("4 20:20"),
    search(BING, "home office deduction 2026 simplified method", "tax"),
    (
        "click",
        f"{IRS}/businesses/small-businesses-self-employed/simplified-option-for-home-office-deduction",
        "Simplified option for home office deduction | Internal Revenue Service",
        "tax",
    ),
    (
        "click",
        f"{IRS}/forms-pubs/about-form-8829",
        "About Form 8829, Expenses for Business Use of Your Home | Internal Revenue Service",
        "tax",
    ),
    day("5 08:30"),
    *news(("business-2", "Markets rally as inflation cools - BBC News")),
    day("5 12:10"),
    ("goto", f"{SHOP}/cart", "Shopping Cart | Running Warehouse", "shoes"),
    ("click", f"{SHOP}/checkout", "Checkout | Running Warehouse", "shoes"),
    ("click", f"{SHOP}/order/48213", "Order Confirmation #48213 | Running Warehouse", "shoes"),
    day("5 19:45"),
    search(GOOGLE, "dinosaur birthday cake ideas", "party"),
    (
        "click",
        "https://www.bbcgoodfood.com/recipes/collection/dinosaur-cake-recipes",
        "Dinosaur cake recipes | BBC Good Food",
        "party",
    ),
    search(GOOGLE, "printable dinosaur party invitations", "party"),
    (
        "tab",
        "https://www.canva.com/create/invitations/dinosaur-birthday",
        "Free printable dinosaur birthday invitation templates | Canva",
        "party",
    ),
    day("5 21:30"),
    *forum(),
    day("6 10:05"),
    *mail(),
    day("6 10:20"),
    search(GOOGLE, "sintra day trip from lisbon train", "lisbon"),
    (
        "click",
        "https://www.cp.pt/passageiros/en/train-times/sintra-line",
        "Sintra line: train times - CP Comboios de Portugal",
        "lisbon",
    ),
    search(GOOGLE, "pena palace tickets", "lisbon"),
    (
        "click",
        "https://www.parquesdesintra.pt/en/parks-monuments/park-and-palace-of-pena",
        "Park and National Palace of Pena - Parques de Sintra",
        "lisbon",
    ),
    (
        "goto",
        f"{BK}/hotel/pt/memmo-alfama.html",
        "Memmo Alfama Design Hotel, Lisbon – Updated 2026 Prices",
        "lisbon",
    ),
    day("6 16:40"),
    *video_home(),
    search(GOOGLE, "lisbon travel guide video", "lisbon"),
    (
        "click",
        "https://www.youtube.com/watch?v=lisbon4days",
        "4 Days in Lisbon: The Ultimate Travel Guide - YouTube",
        "lisbon",
    ),
    day("7 09:00"),
    *news(),
    day("7 11:30"),
    search(GOOGLE, "form 8829 vs simplified method", "tax"),
    (
        "click",
        "https://blog.turbotax.intuit.com/deductions/home-office-deduction-simplified-vs-regular",
        "Home Office Deduction: Simplified vs. Regular Method - TurboTax Blog",
        "tax",
    ),
    day("7 15:10"),
    search(GOOGLE, "kimchi bubbling in jar normal", "kimchi"),
    (
        "click",
        "https://www.reddit.com/r/fermentation/comments/xyz789/is_my_kimchi_supposed_to_bubble",
        "Is my kimchi supposed to bubble this much? : r/fermentation",
        "kimchi",
    ),
    day("7 21:15"),
    *video_home(),
    day("8 08:40"),
    *mail(),
    day("8 09:30"),
    ("goto", f"{GH}/acme/api/actions/runs/8840", "ci: run tests · acme/api@9b0d77a", "ci"),
    search(DDG, "github actions postgres service wait until ready", "ci"),
    (
        "click",
        f"{SO}/60390457/github-actions-wait-for-postgres-service",
        "How to wait for the postgres service in GitHub Actions? - Stack Overflow",
        "ci",
    ),
    (
        "goto",
        f"{GH}/acme/api/pull/88",
        "Wait for the postgres service before tests by sam · Pull Request #88 · acme/api",
        "ci",
    ),
    day("8 18:50"),
    ("goto", f"{JZ}/parties/packages", "Party Packages and Prices - Jump Zone", "party"),
    ("click", f"{JZ}/parties/book", "Book a Party - Jump Zone", "party"),
    ("click", f"{JZ}/parties/book/received", "Booking request received - Jump Zone", "party"),
    day("9 12:15"),
    search(BING, "lisbon hotels may", "lisbon"),
    (
        "click",
        f"{BK}/searchresults.html?ss=Lisbon&checkin=2026-05-14",
        "Hotels in Lisbon, Portugal – Book your hotel now!",
        "lisbon",
    ),
    (
        "click",
        f"{BK}/hotel/pt/lisbon-destination-hostel.html",
        "Lisbon Destination Hostel, Lisbon – Updated 2026 Prices",
        "lisbon",
    ),
    search(GOOGLE, "tap air portugal baggage allowance", "lisbon"),
    (
        "click",
        "https://www.flytap.com/en-gb/baggage/checked-baggage",
        "Checked baggage | TAP Air Portugal",
        "lisbon",
    ),
    day("9 13:05"),
    (
        "goto",
        "https://www.dpd.co.uk/tracking/15501234567890",
        "Your parcel from Running Warehouse is on its way | DPD",
        "shoes",
    ),
    day("9 20:30"),
    *forum(),
    day("10 08:35"),
    *mail(),
    *news(("science-3", "Astronomers spot a new comet - BBC News")),
    day("10 18:20"),
    search(GOOGLE, "kimchi fried rice recipe", "kimchi"),
    (
        "click",
        f"{MG}/recipe/kimchi-bokkeumbap",
        "Kimchi fried rice (Kimchi-bokkeumbap) recipe by Maangchi",
        "kimchi",
    ),
    day("10 20:00"),
    search(GOOGLE, "irs free file 2026", "tax"),
    (
        "click",
        f"{IRS}/filing/irs-free-file-do-your-taxes-for-free",
        "IRS Free File: Do your taxes for free | Internal Revenue Service",
        "tax",
    ),
]
