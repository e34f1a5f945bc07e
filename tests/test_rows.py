"""The full build's columnar read gives exactly the items and columns of the row-by-row read."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from journeys.services.imports import import_path
from journeys.services.rows import table_columns, visit_columns
from journeys.storage import Store
from journeys.storage.journeys import JourneyStore

KYOTO = "Kyoto ryokan etiquette for first timers - japan-guide.com"
TOKYO = "Tokyo day trips by train - japan-guide.com"


def _referrer_log(path: Path) -> Path:
    """A log that names the page each visit came from (as Takeout does), one title that
    differs from its page's later title, and a visit whose search differs from its page's."""
    rows = [
        (0, "https://www.google.com/search?q=ryokan", "ryokan - Google", None),
        (
            60,
            "https://www.japan-guide.com/e/e3901.html",
            "Ryokan guide",
            "https://www.google.com/search?q=ryokan",
        ),
        (
            90,
            "https://www.japan-guide.com/e/e3902.html",
            "",
            "https://www.japan-guide.com/e/e3901.html",
        ),
        (120, "https://www.japan-guide.com/e/e3901.html", "Ryokan guide, updated", None),
        (
            9 * 3600,
            "https://www.japan-guide.com/e/e3903.html",
            "Later",
            "https://www.japan-guide.com/e/e3901.html",
        ),
        # two titles ending with the site's name: what the pages are about is the rest
        (10 * 3600, "https://www.japan-guide.com/e/e3904.html", KYOTO, None),
        (10 * 3600 + 60, "https://www.japan-guide.com/e/e3905.html", TOKYO, None),
    ]
    with path.open("w", encoding="utf-8") as fh:
        for t, url, title, ref in rows:
            row = {"time": 1_700_000_000 + t, "url": url, "title": title}
            if ref:
                row["referrer"] = ref
            fh.write(json.dumps(row) + "\n")
    return path


def test_columns_equal_row_by_row_columns(store: Store, fixtures: Path, tmp_path: Path) -> None:
    user = store.ensure_user("local")
    for source in (
        fixtures / "chromium" / "Default" / "History",
        fixtures / "firefox" / "profile" / "places.sqlite",
        fixtures / "takeout" / "Takeout",
        fixtures / "errands_history.jsonl",
        _referrer_log(tmp_path / "log.jsonl"),
        fixtures / "week72" / "History",  # pages in the parts of a broad site (GOV.UK's guides)
    ):
        import_path(store, user, source)
    # a visit whose referrer visit is gone (deleted, or never imported) falls back to the
    # page it names
    child, parent = store.db.query(
        "SELECT id, referrer_visit_id FROM visits WHERE user_id = ? AND referrer_url IS NOT NULL "
        "AND referrer_visit_id IS NOT NULL ORDER BY visited_at_us DESC LIMIT 1",
        (user,),
    )[0]
    with store.db.transaction():
        store.db.execute("DELETE FROM visits WHERE id = ?", (parent,))
    journeys = JourneyStore(store.db)
    table = journeys.visit_table(user)
    assert table.own[int(np.flatnonzero(table.ids == child)[0])][2]
    # the sources exercise what a visit may hold of its own: a title and a referring page
    assert any(title for title, _, _ in table.own.values())
    assert any(ref for _, _, ref in table.own.values())
    visits, items = table_columns(table)
    rows = list(journeys.build_rows(user))
    want_visits, want_items = visit_columns(rows)
    assert len(items) == len(rows) > 100
    for name in ("text", "query", "host"):
        assert getattr(items, name) == getattr(want_items, name), name
    for name in ("time_us", "parent", "noise"):
        assert np.array_equal(getattr(items, name), getattr(want_items, name)), name
    # a page in a part of a broad site has that part as a site of its own
    assert items.sites == want_items.sites
    parts = [items.sites.get(i) for i, host in enumerate(items.host) if host == "gov.uk"]
    assert parts.count(("gov.uk/getting-an-mot",)) == 2 and ("gov.uk/schools-admissions",) in parts
    assert not any(items.sites.get(i) for i, host in enumerate(items.host) if host != "gov.uk")
    assert items.parent.max() >= 0 and items.noise.any() and not items.noise.all()
    # titles lose the ending their site repeats; the titles kept for labels are whole
    assert "Kyoto ryokan etiquette for first timers" in items.text
    assert KYOTO not in items.text and KYOTO in visits.titles
    for name in ("ids", "times", "dwell", "typed"):
        assert np.array_equal(getattr(visits, name), getattr(want_visits, name)), name
    assert visits.titles == want_visits.titles
    names = [visits.url_names[k] for k in visits.urls.tolist()]
    assert names == [want_visits.url_names[k] for k in want_visits.urls.tolist()]
