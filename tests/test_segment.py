"""``journeys segment`` on CSV, TSV and JSONL logs: every row, in order, with its ids."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from journeys.cli.main import cli
from journeys.engine.embedding import HashingEmbedder
from journeys.errors import SourceError
from journeys.services.segment import segment_file

ROWS = [
    # user, time, query  (users interleave: the log is not sorted by user)
    ("u1", "2006-03-01 10:00:00", "kyoto ryokan"),
    ("u2", "2006-03-01 10:00:30", "rust borrow checker"),
    ("u1", "2006-03-01 10:01:00", "kyoto ryokan prices"),
    ("u2", "2006-03-01 10:02:00", "rust borrow checker error"),
    ("u1", "2006-03-03 20:00:00", "kyoto ryokan private onsen"),
    ("u1", "2006-03-03 20:01:00", "sourdough starter"),
    ("u2", "not a time", "this row is bad"),
    ("u1", "1141416000", "kyoto ryokan april"),  # Unix seconds: 2006-03-03 20:00:00
]


def _csv(path: Path, delimiter: str = ",") -> Path:
    with path.open("w", newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(["anon_id", "query", "time", "extra"])
        for k, (user, when, query) in enumerate(ROWS):
            w.writerow([user, query, when, f"x{k}"])
    return path


def _check(out: list[dict[str, str]]) -> None:
    assert [r["extra"] for r in out] == [f"x{k}" for k in range(len(ROWS))]
    by = {r["query"]: r for r in out}
    assert by["kyoto ryokan"]["journey_id"] == by["kyoto ryokan private onsen"]["journey_id"]
    assert by["kyoto ryokan"]["journey_id"].startswith("u1:j")
    assert by["kyoto ryokan"]["session_id"] != by["kyoto ryokan private onsen"]["session_id"]
    assert by["kyoto ryokan"]["task_id"] == by["kyoto ryokan prices"]["task_id"]
    assert by["sourdough starter"]["journey_id"] != by["kyoto ryokan"]["journey_id"]
    assert by["rust borrow checker"]["journey_id"] == by["rust borrow checker error"]["journey_id"]
    assert by["rust borrow checker"]["journey_id"].startswith("u2:j")
    assert by["this row is bad"]["journey_id"] == "" == by["this row is bad"]["session_id"]
    assert by["kyoto ryokan april"]["journey_id"] == by["kyoto ryokan"]["journey_id"]


@pytest.mark.parametrize("processes", [False, True])  # users grouped in turn or side by side
@pytest.mark.parametrize("bucket_bytes", [64 * 1024 * 1024, 1])
def test_csv_keeps_every_row_in_order(tmp_path: Path, bucket_bytes: int, processes: bool) -> None:
    target = tmp_path / "out.csv"
    summary = segment_file(
        _csv(tmp_path / "log.csv"),
        target,
        HashingEmbedder(),
        bucket_bytes=bucket_bytes,
        processes=processes,
    )
    assert (summary.rows, summary.users, summary.problems) == (8, 2, 1)
    out = list(csv.DictReader(target.open()))
    assert list(out[0]) == [
        "anon_id",
        "query",
        "time",
        "extra",
        "session_id",
        "task_id",
        "journey_id",
    ]
    _check(out)


def test_tsv_and_jsonl(tmp_path: Path) -> None:
    target = tmp_path / "out.tsv"
    segment_file(_csv(tmp_path / "log.tsv", "\t"), target, HashingEmbedder())
    _check(list(csv.DictReader(target.open(), delimiter="\t")))
    log = tmp_path / "log.jsonl"
    with log.open("w") as fh:
        for k, (user, when, query) in enumerate(ROWS):
            fh.write(
                json.dumps({"user": user, "time": when, "query": query, "extra": f"x{k}", "n": k})
                + "\n"
            )
        fh.write("{not json\n")
    target = tmp_path / "out.jsonl"
    summary = segment_file(log, target, HashingEmbedder())
    lines = [json.loads(line) for line in target.open()]
    assert summary.problems == 2 and len(lines) == 9
    _check(lines[:8])
    assert lines[3]["n"] == 3  # JSON values keep their types
    assert lines[8] == {"_raw": "{not json", "session_id": "", "task_id": "", "journey_id": ""}


def test_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file"):
        segment_file(tmp_path / "missing.csv", tmp_path / "o.csv", HashingEmbedder())
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    with pytest.raises(SourceError, match=r"bad\.csv: segment needs a header"):
        segment_file(bad, tmp_path / "o.csv", HashingEmbedder())


def test_cli(tmp_path: Path) -> None:
    log = _csv(tmp_path / "log.csv")
    result = CliRunner().invoke(cli, ["segment", str(log), "-o", str(tmp_path / "o.csv")])
    assert result.exit_code == 0, result.output
    assert "8 rows of 2 users" in result.output
    _check(list(csv.DictReader((tmp_path / "o.csv").open())))
    same = CliRunner().invoke(cli, ["segment", str(log), "-o", str(log)])
    assert same.exit_code != 0 and "must not be the input" in same.output


def test_rows_of_one_search_are_one_item_with_every_clicked_site() -> None:
    from journeys.services.segment import _items

    t0, t1 = 1_000_000, 2_000_000
    rows = [
        (t0, 0, "kyoto ryokan", "", ""),  # a search whose first row has no click
        (t0, 1, "kyoto ryokan", "http://www.japan-guide.com/e/e3916.html", ""),
        (t0, 2, "kyoto ryokan", "http://www.booking.com/kyoto", ""),
        (t0, 3, "rust borrow checker", "http://doc.rust-lang.org/book", ""),  # same time
        (t0, 4, "kyoto ryokan", "http://www.japan-guide.com/e/e2000.html", ""),
        (t1, 5, "kyoto ryokan", "http://www.jalan.net/", ""),  # later: a search again
        (t1, 6, "", "http://www.jalan.net/yad1", "Ryokan page"),  # pages are never merged
        (t1, 7, "", "http://www.jalan.net/yad1", "Ryokan page"),
    ]
    items, item_of = _items(rows)
    assert item_of == [0, 0, 0, 1, 0, 2, 3, 4]
    assert (items[0].host, items[0].sites) == ("japan-guide.com", ("booking.com",))
    assert (items[1].host, items[1].sites) == ("doc.rust-lang.org", ())
    assert (items[2].text, items[2].host, items[2].sites) == ("kyoto ryokan", "jalan.net", ())
    assert items[3].text == "Ryokan page" and items[3].query == ""


def test_a_users_titles_lose_the_ending_their_site_repeats() -> None:
    from journeys.services.segment import _plain_titles

    rows = [
        (
            1,
            0,
            "",
            "https://www.rei.com/learn/bike-fitting",
            "Bike Size Chart for Road Bikes | REI",
        ),
        (2, 1, "", "https://www.rei.com/learn/camping", "Car Camping Checklist for Families | REI"),
        (3, 2, "rei camping", "https://www.rei.com/", "Gear for Camping | REI"),  # a search
        (4, 3, "", "https://other.example/a", "Bike Size Chart for Road Bikes | REI"),
    ]
    out = _plain_titles(rows)
    assert [r[4] for r in out] == [
        "Bike Size Chart for Road Bikes",
        "Car Camping Checklist for Families",
        "Gear for Camping | REI",  # its text is the query: the title is left as it is
        "Bike Size Chart for Road Bikes | REI",  # another site's title is its own
    ]
    assert _plain_titles(rows[:1]) == rows[:1]  # one title says nothing of its site


def test_a_mail_message_row_is_a_message_and_an_inbox_row_is_not() -> None:
    from journeys.services.segment import _items

    inbox = "https://mail.google.com/mail/u/0/#inbox"
    message = inbox + "/FMfcgzQXJWDsKmvRWhhGvMNnbnbPqLqq"
    rows = [
        (0, 0, "", inbox, "Inbox - Gmail"),
        (1, 1, "", message, "Your booking is confirmed - Gmail"),
        (2, 2, "kyoto ryokan", "https://www.google.com/search?q=kyoto+ryokan", ""),
    ]
    items, _ = _items(rows)
    assert [it.message for it in items] == [False, True, False]
