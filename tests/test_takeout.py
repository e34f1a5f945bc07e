"""Google Takeout: My Activity JSON and HTML, Chrome history JSON."""

from __future__ import annotations

from pathlib import Path

from journeys.ingest.takeout import ActivityJsonImporter, ChromeTakeoutImporter
from journeys.ingest.takeout_html import ActivityHtmlImporter, parse_activity_time
from journeys.models import RowIssue, Visit
from journeys.times import us_to_iso


def test_activity_json_searches_visits_and_localized_prefixes(fixtures: Path) -> None:
    path = fixtures / "takeout" / "Takeout" / "My Activity" / "Search" / "MyActivity.json"
    importer = ActivityJsonImporter(path)
    items = list(importer.iter_visits())
    visits = [i for i in items if isinstance(i, Visit)]
    assert [(v.url, v.search_terms) for v in visits] == [
        ("https://www.google.com/search?q=kyoto+ryokan", "kyoto ryokan"),
        ("https://www.hatanaka.co.jp/", None),
        ("https://www.google.com/search?q=ryokan+kyoto+preise", "ryokan kyoto preise"),
        ("https://www.google.com/search?q=vol+paris+osaka", "vol paris osaka"),
        ("https://www.google.com/search?q=hoteles+kioto", "hoteles kioto"),
    ]
    assert visits[1].title == "Gion Hatanaka Ryokan | Official"
    assert us_to_iso(visits[0].visited_at_us) == "2024-03-01T10:00:00.123000+00:00"
    assert us_to_iso(visits[3].visited_at_us) == "2024-03-02T08:00:00.654321+00:00"
    assert [i.field for i in items if isinstance(i, RowIssue)] == ["time"]
    assert importer.skipped == 1  # "Used Search" is no visit


def test_activity_html(fixtures: Path) -> None:
    path = fixtures / "takeout-html" / "Takeout" / "My Activity" / "Search" / "MyActivity.html"
    items = list(ActivityHtmlImporter(path).iter_visits())
    visits = [i for i in items if isinstance(i, Visit)]
    assert [(v.url, v.search_terms, us_to_iso(v.visited_at_us)) for v in visits] == [
        (
            "https://www.google.com/search?q=osaka+castle",
            "osaka castle",
            "2017-02-08T00:32:36.000000+00:00",
        ),
        ("https://www.osakacastle.net/english/", None, "2021-01-15T23:04:05.000000+00:00"),
        (
            "https://www.google.com/search?q=burg+osaka",
            "burg osaka",
            "2022-09-01T19:08:12.000000+00:00",
        ),
    ]
    assert visits[1].title == "Osaka Castle Park"
    problems = [i for i in items if isinstance(i, RowIssue)]
    assert len(problems) == 1 and "sometime last week" in problems[0].message


def test_html_time_zones() -> None:
    assert us_to_iso(parse_activity_time("Jul 4, 2019, 9:00:00 AM EDT")) == (
        "2019-07-04T13:00:00.000000+00:00"
    )
    assert us_to_iso(parse_activity_time("2020-01-02, 03:04:05 +05:30")) == (
        "2020-01-01T21:34:05.000000+00:00"
    )


def test_chrome_takeout_history(fixtures: Path) -> None:
    items = list(
        ChromeTakeoutImporter(
            fixtures / "takeout" / "Takeout" / "Chrome" / "BrowserHistory.json"
        ).iter_visits()
    )
    visits = [i for i in items if isinstance(i, Visit)]
    assert us_to_iso(visits[0].visited_at_us) == "2021-04-02T23:04:50.134513+00:00"
    assert [v.transition for v in visits] == ["link", "typed", "typed", "client_redirect"]
    assert visits[3].search_terms == "tokio tutorial"
    assert all(v.synced for v in visits)
    assert len([i for i in items if isinstance(i, RowIssue)]) == 1
