"""Query and visit logs (CSV, TSV, JSONL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeys.errors import UnrecognizedSourceError
from journeys.ingest.querylog import QueryLogImporter
from journeys.models import RowIssue, Visit


def test_aol_style_tsv(tmp_path: Path) -> None:
    log = tmp_path / "log.tsv"
    log.write_text(
        "AnonID\tQuery\tQueryTime\tItemRank\tClickURL\n"
        "142\tkyoto hotels\t2006-03-01 07:17:12\t1\thttp://www.kyoto.travel\n"
        "142\tkyoto hotels\t2006-03-01 07:17:12\t2\thttp://www.booking.com\n"
        "217\tlottery\t2006-03-02 09:00:00\t\t\n"
        "217\tbad\tnot-a-time\t\t\n"
    )
    items = list(QueryLogImporter(log).iter_visits())
    visits = [i for i in items if isinstance(i, Visit)]
    assert [(v.profile, v.url, v.search_terms) for v in visits] == [
        ("142", "query:kyoto%20hotels", "kyoto hotels"),
        ("142", "http://www.kyoto.travel", "kyoto hotels"),
        ("142", "query:kyoto%20hotels", "kyoto hotels"),
        ("142", "http://www.booking.com", "kyoto hotels"),
        ("217", "query:lottery", "lottery"),
    ]
    assert visits[1].referrer_url == "query:kyoto%20hotels"
    (problem,) = [i for i in items if isinstance(i, RowIssue)]
    assert problem.field == "QueryTime" and "line 5" in problem.location


def test_jsonl_and_csv(tmp_path: Path) -> None:
    jsonl = tmp_path / "v.jsonl"
    jsonl.write_text(
        '{"user": "a", "time": 1700000000, "url": "https://x.org", "title": "X"}\n{broken\n'
    )
    items = list(QueryLogImporter(jsonl).iter_visits())
    assert isinstance(items[0], Visit) and items[0].title == "X"
    assert isinstance(items[1], RowIssue)
    csv_log = tmp_path / "q.csv"
    csv_log.write_text('user_id,time,query\nu1,2024-01-01T10:00:00Z,"rust, async"\n')
    (visit,) = list(QueryLogImporter(csv_log).iter_visits())
    assert isinstance(visit, Visit) and visit.search_terms == "rust, async"


def test_header_without_time_is_refused(tmp_path: Path) -> None:
    log = tmp_path / "x.csv"
    log.write_text("user,query\nu,q\n")
    with pytest.raises(UnrecognizedSourceError, match="time column"):
        list(QueryLogImporter(log).iter_visits())


def test_jsonl_rows_may_name_different_keys(tmp_path: Path) -> None:
    """A JSONL row without a referrer has no "referrer" key; later rows that have one keep it."""
    log = tmp_path / "h.jsonl"
    log.write_text(
        '{"time": "2026-11-02T09:00:00+00:00", "url": "https://mail.example/", "title": "Mail"}\n'
        '{"time": "2026-11-02T09:01:00+00:00", "url": "https://a.example/x", "title": "A", '
        '"referrer": "https://search.example/?q=a"}\n'
    )
    visits = [v for v in QueryLogImporter(log).iter_visits() if not isinstance(v, RowIssue)]
    assert [v.referrer_url for v in visits] == [None, "https://search.example/?q=a"]
