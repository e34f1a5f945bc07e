"""Safari History.db built from its documented schema."""

from __future__ import annotations

from pathlib import Path

from journeys.ingest.safari import SafariImporter
from journeys.models import Visit
from journeys.times import us_to_iso


def test_visits_titles_redirects_and_tombstones(fixtures: Path) -> None:
    importer = SafariImporter(fixtures / "safari" / "History.db")
    visits = [i for i in importer.iter_visits() if isinstance(i, Visit)]
    assert [(v.url, v.title) for v in visits] == [
        ("https://www.google.com/search?q=lisbon+weekend", "lisbon weekend - Google Search"),
        ("https://www.visitlisboa.com/", "Visit Lisboa"),
        ("https://www.carris.pt/en/tram-28/", "Tram 28 | Carris"),
        ("https://www.visitlisboa.com/", "Visit Lisboa – Official"),
    ]
    assert visits[0].search_terms == "lisbon weekend"
    assert us_to_iso(visits[0].visited_at_us) == "2025-11-28T05:20:00.123456+00:00"
    assert visits[2].redirect_from_url == "http://bit.ly/lx-tram"
    # the redirect source, the tombstoned visit and the synthesized one
    assert importer.skipped == 3
