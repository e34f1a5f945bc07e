"""A software engineer's ten days in Seattle, written in the fifty-second session and scored
before any change for it: a memory leak in a Node.js service at work, a used Subaru bought
from a private seller, his son's summer camps, a permit for a hike in the Enchantments, a
sourdough starter that will not rise, and a jury summons to postpone. Between them he reads
Hacker News, Gmail, YouTube and Reddit, and one article from Hacker News. Searches go to
Google and DuckDuckGo.
Used by make_week_history.py (``week182``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, forum, gmail_message, page, search, tab, video_home

ADDRESS = "dan.okafor.sea@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (5) - {ADDRESS} - Gmail", None)]


def hn(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [("goto", "https://news.ycombinator.com/", "Hacker News", None)]
    if article:
        steps.append(("click", article[0], article[1], None))
    return steps


SO = "https://stackoverflow.com/questions"

STEPS: list[Step] = [
    day("1 08:10"),
    *mail(),
    *hn(),
    day("1 09:30"),
    search(GOOGLE, "node js heap out of memory kubernetes pod restarts", "leak"),
    page(
        f"{SO}/53230823/fatal-error-reached-heap-limit-allocation-failed-javascript-heap-out-of-memory",
        "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"
        " - Stack Overflow",
        "leak",
    ),
    *tab(
        "https://nodejs.org/en/learn/diagnostics/memory/using-heap-snapshot",
        "Using Heap Snapshot | Node.js",
        "leak",
    ),
    search(GOOGLE, "max-old-space-size container memory limit node 20", "leak"),
    page(
        "https://developer.ibm.com/articles/nodejs-memory-management-in-container-environments/",
        "Node.js memory management in container environments - IBM Developer",
        "leak",
    ),
    day("1 12:40"),
    search(DDG, "2019 subaru outback private sale what to check", "car"),
    page(
        "https://www.consumerreports.org/cars/subaru/outback/2019/reliability/",
        "2019 Subaru Outback Reliability - Consumer Reports",
        "car",
    ),
    page(
        "https://www.edmunds.com/car-buying/used-car-inspection-checklist.html",
        "Used Car Inspection Checklist | Edmunds",
        "car",
    ),
    day("1 20:15"),
    *forum(),
    search(GOOGLE, "sourdough starter not rising after feeding", "sourdough"),
    page(
        "https://www.kingarthurbaking.com/blog/2019/08/26/sourdough-starter-troubleshooting",
        "Sourdough starter troubleshooting | King Arthur Baking",
        "sourdough",
    ),
    day("2 07:50"),
    *hn(
        (
            "https://jvns.ca/blog/2026/11/30/some-notes-on-dns-caching/",
            "Some notes on DNS caching | Julia Evans",
        )
    ),
    day("2 10:05"),
    search(DDG, "clinic.js heapprofiler express memory leak", "leak"),
    page(
        "https://clinicjs.org/heapprofiler/",
        "Clinic.js - HeapProfiler",
        "leak",
    ),
    page(
        "https://github.com/clinicjs/node-clinic-heap-profiler",
        "GitHub - clinicjs/node-clinic-heap-profiler: Programmable interface to Clinic.js"
        " Heap Profiler",
        "leak",
    ),
    day("2 13:00"),
    search(GOOGLE, "seattle parks summer camp 2027 registration date", "camp"),
    page(
        "https://www.seattle.gov/parks/find/day-camps",
        "Day Camps - Parks | seattle.gov",
        "camp",
    ),
    page(
        "https://anc.apm.activecommunities.com/seattle/activity/search?activity_keyword=camp",
        "Activity Search - Seattle Parks and Recreation",
        "camp",
    ),
    day("2 21:10"),
    *video_home(),
    search(GOOGLE, "enchantments permit lottery 2027 dates", "hike"),
    page(
        "https://www.recreation.gov/permits/233273",
        "The Enchantment Permit Area - Recreation.gov",
        "hike",
    ),
    page(
        "https://www.wta.org/go-hiking/hikes/enchantment-lakes",
        "Enchantment Lakes — Washington Trails Association",
        "hike",
    ),
    day("3 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "4b9e1c07d2",
        "1851022937741",
        "Juror Summons - King County Superior Court - Response Required",
        "jury",
    ),
    search(GOOGLE, "king county jury duty postpone online", "jury"),
    page(
        "https://kingcounty.gov/en/court/superior-court/jury-duty/postpone-or-excuse",
        "Postpone or be excused from jury service - King County, Washington",
        "jury",
    ),
    day("3 11:20"),
    search(GOOGLE, "node weakmap vs map memory leak event listeners", "leak"),
    page(
        f"{SO}/29413222/are-javascript-weakmaps-garbage-collected",
        "Are JavaScript WeakMaps garbage collected? - Stack Overflow",
        "leak",
    ),
    day("3 18:45"),
    search(DDG, "carfax vs autocheck which is better", "car"),
    page(
        "https://www.carfax.com/blog/carfax-vs-autocheck",
        "CARFAX vs. AutoCheck: What's the Difference? | Carfax",
        "car",
    ),
    search(DDG, "pre purchase inspection seattle subaru mechanic", "car"),
    page(
        "https://www.yelp.com/search?find_desc=pre+purchase+car+inspection&find_loc=Seattle%2C+WA",
        "Top 10 Best Pre Purchase Car Inspection in Seattle, WA - Yelp",
        "car",
    ),
    day("4 07:30"),
    *hn(),
    search(GOOGLE, "sourdough starter hooch on top hungry", "sourdough"),
    page(
        "https://www.theperfectloaf.com/sourdough-starter-hooch/",
        "What Is Sourdough Starter Hooch? | The Perfect Loaf",
        "sourdough",
    ),
    day("4 12:15"),
    search(GOOGLE, "coding summer camp kids 9 seattle week long", "camp"),
    page(
        "https://www.idtech.com/locations/washington-summer-camps/university-of-washington",
        "iD Tech Camps at University of Washington | Seattle Summer Camps",
        "camp",
    ),
    page(
        "https://www.pacificsciencecenter.org/camps/",
        "Summer Camps | Pacific Science Center",
        "camp",
    ),
    day("4 20:30"),
    *forum(),
    search(DDG, "bear canister required enchantments", "hike"),
    page(
        "https://www.fs.usda.gov/recarea/okawen/recarea/?recid=79432",
        "Okanogan-Wenatchee National Forest - Enchantment Permit Area",
        "hike",
    ),
    day("5 09:00"),
    search(GOOGLE, "heap snapshot retained size detached closures express session", "leak"),
    page(
        "https://developer.chrome.com/docs/devtools/memory-problems/heap-snapshots",
        "Record heap snapshots | Chrome DevTools | Chrome for Developers",
        "leak",
    ),
    *tab(
        "https://github.com/expressjs/session/issues/556",
        "MemoryStore leaks memory in production · Issue #556 · expressjs/session",
        "leak",
    ),
    day("5 17:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "4b9e1c07d2",
        "1851233418002",
        "Re: 2019 Outback Touring - still available? - Craigslist reply",
        "car",
    ),
    search(GOOGLE, "subaru outback 2019 cvt problems 80000 miles", "car"),
    page(
        "https://www.subaruoutback.org/threads/cvt-judder-2019.512340/",
        "CVT judder 2019 | Subaru Outback Forums",
        "car",
    ),
    day("6 10:20"),
    *video_home(),
    search(GOOGLE, "whole wheat vs all purpose flour feeding starter", "sourdough"),
    page(
        "https://www.seriouseats.com/how-to-make-a-sourdough-starter",
        "How to Make and Maintain a Sourdough Starter | Serious Eats",
        "sourdough",
    ),
    day("6 15:00"),
    search(DDG, "enchantments core zone thru hike snow lake to stuart lake", "hike"),
    page(
        "https://www.wta.org/go-hiking/trip-reports/trip_report-2026-09-14.123456",
        "Trip Report - Enchantment Lakes — Washington Trails Association",
        "hike",
    ),
    day("7 09:40"),
    *hn(),
    search(GOOGLE, "private party car sale washington title transfer dol", "car"),
    page(
        "https://dol.wa.gov/vehicles-and-boats/vehicle-title-and-registration/buy-vehicle-private-party",
        "Buy a vehicle from a private party | Washington State Department of Licensing",
        "car",
    ),
    search(GOOGLE, "use tax used car private sale washington calculator", "car"),
    page(
        "https://dor.wa.gov/taxes-rates/use-tax/use-tax-vehicles",
        "Use tax on vehicles | Washington Department of Revenue",
        "car",
    ),
    day("7 13:30"),
    search(GOOGLE, "express-session memorystore replace connect-redis", "leak"),
    page(
        "https://github.com/tj/connect-redis",
        "GitHub - tj/connect-redis: Redis session store for Express",
        "leak",
    ),
    day("8 08:15"),
    *mail(),
    search(DDG, "king county jury postponement confirmation how long", "jury"),
    page(
        "https://kingcounty.gov/en/court/superior-court/jury-duty/faq",
        "Jury duty frequently asked questions - King County, Washington",
        "jury",
    ),
    day("8 19:00"),
    *forum(),
    search(GOOGLE, "camp registration opens seattle parks tips sells out", "camp"),
    page(
        "https://www.reddit.com/r/Seattle/comments/1b2xq9z/tips_for_seattle_parks_camp_registration/",
        "Tips for Seattle Parks camp registration? : r/Seattle",
        "camp",
    ),
    day("9 10:00"),
    search(GOOGLE, "becu auto loan rate used car private party", "car"),
    page(
        "https://www.becu.org/loans/auto-loans/used-car-loans",
        "Used Car Loans | BECU",
        "car",
    ),
    day("9 14:20"),
    search(GOOGLE, "sourdough starter rye flour rescue 3 days", "sourdough"),
    page(
        "https://www.kingarthurbaking.com/recipes/sourdough-starter-recipe",
        "Sourdough Starter Recipe | King Arthur Baking",
        "sourdough",
    ),
    day("10 08:45"),
    *hn(),
    search(GOOGLE, "recreation.gov enchantments lottery results notification", "hike"),
    page(
        "https://www.recreation.gov/lottery/available",
        "Lotteries | Recreation.gov",
        "hike",
    ),
    day("10 16:10"),
    search(DDG, "node memory leak after fix heap stays flat grafana", "leak"),
    page(
        "https://grafana.com/docs/grafana-cloud/monitor-applications/nodejs/",
        "Monitor Node.js applications | Grafana Cloud documentation",
        "leak",
    ),
    day("10 21:00"),
    *video_home(),
]
