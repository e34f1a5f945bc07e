"""Resume: ranking of unfinished journeys, pages to reopen, snooze and dismiss (kept across
rebuilds on both engines), reminders, and the CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner

from journeys.cli.main import cli
from journeys.engine.embedding import HashingEmbedder
from journeys.engine.intent import Step
from journeys.engine.outcome import Assessment, Evidence
from journeys.engine.resume import ResumeParams, next_searches, pages_to_reopen, priority
from journeys.engine.status import JourneyFacts
from journeys.ingest.querylog import QueryLogImporter
from journeys.services.browse import Editor
from journeys.services.imports import run_importer
from journeys.services.journeys import JourneyBuilder
from journeys.services.resume import resume_ics, resume_list
from journeys.services.status import user_statuses
from journeys.storage import Store
from journeys.storage.journeys import JourneyStore, short_id
from journeys.times import parse_iso_to_us

DAY = 86_400_000_000
T0 = parse_iso_to_us("2026-11-02T09:00:00+00:00")
ERRANDS = Path(__file__).parent / "fixtures" / "errands_history.jsonl"
AFTER_ERRANDS = parse_iso_to_us("2026-10-20T12:00:00+00:00")


def facts(visits: int = 10, last: int = T0) -> JourneyFacts:
    return JourneyFacts(1, "x", T0 - DAY, last, visits, 3, 2, "open", None)


def test_priority_weighs_kind_effort_age_and_dates() -> None:
    p = ResumeParams()
    trip = Assessment("travel", "t", dates=("2027-01-10",))
    now = T0 + 3 * DAY
    soon = priority(facts(), trip, now, p)
    later = priority(facts(), Assessment("travel", "t", dates=("2027-02-20",)), now, p)
    passed = priority(facts(), Assessment("travel", "t", dates=("2026-10-01",)), now, p)
    undated = priority(facts(), Assessment("travel", "t"), now, p)
    assert soon.score > later.score > undated.score > passed.score
    assert soon.next_date == "2027-01-10" and "for 10 Jan 2027" in soon.why
    assert "its dates (1 Oct 2026) have passed" in passed.why
    # a purchase compared matters less than a booking; a task quiet for a month fades
    shop = priority(facts(), Assessment("shopping", "s"), now, p)
    assert shop.score < undated.score
    old = priority(facts(last=T0 - 30 * DAY), Assessment("travel", "t"), now, p)
    assert old.score < undated.score / 4


def test_pages_to_reopen_start_where_the_person_stopped() -> None:
    def page(k: int, url: str, title: str) -> Step:
        return Step(T0 + k, url, url.split("/")[2].removeprefix("www."), title)

    steps = [
        Step(T0, "https://www.google.com/search?q=rome+hotels", "google.com", "q", "rome hotels"),
        page(1, "https://www.rome-guide.example/rome", "Rome guide"),
        page(2, "https://www.booking.com/hotel/it/a.html", "Hotel A"),
        page(3, "https://www.booking.com/hotel/it/b.html", "Hotel B"),
        page(4, "https://www.booking.com/book.html?hotel=b", "Your details"),
        page(5, "https://www.italia.example/rome-tips", "Rome tips"),
    ]
    a = Assessment(
        "travel",
        "t",
        pending=(Evidence("checkout", T0 + 4, "booking.com", steps[4].url, "Your details"),),
    )
    got = [(p.title, p.why) for p in pages_to_reopen(steps, a)]
    assert got == [
        ("Your details", "where you stopped"),
        ("Hotel B", "the last page you looked at on booking.com"),
        ("Rome tips", "the last page you looked at on italia.example"),
        ("Rome guide", "the last page you looked at on rome-guide.example"),
        ("q", "your last search"),
    ]
    assert next_searches([*steps, steps[0]]) == ["rome hotels"]


def _errands(store: Store) -> tuple[int, JourneyBuilder]:
    user = store.ensure_user("alex")
    run_importer(store, user, QueryLogImporter(ERRANDS, browser="firefox", profile="a", label="a"))
    builder = JourneyBuilder(JourneyStore(store.db), HashingEmbedder())
    builder.build(user)
    return user, builder


def test_resume_lists_the_errands_left_undone_and_keeps_snoozes(store: Store) -> None:
    user, builder = _errands(store)
    js = JourneyStore(store.db)
    items = resume_list(js, user, at_us=AFTER_ERRANDS)
    intents = [i.journey.intent for i in items]
    # the tax return was looked into on two days, with no word in common between the
    # pieces: the smaller one joins the larger as the journey it is clearly most like
    # (``engine.nearest``); the laptop's pieces share their model's words, and the smaller
    # one is gathered into the comparison journey
    assert sorted(intents) == ["jobs", "paperwork", "shopping"]
    job = next(i for i in items if i.journey.intent == "jobs")
    assert job.pages[0].why == "where you stopped"
    assert job.pages[0].url.startswith("https://boards.greenhouse.io/northwindhealth/jobs/4471203")
    assert job.searches[0] == "northwind health data analyst interview salary"
    # looking back one week leaves out what went quiet before it
    recent = resume_list(js, user, at_us=AFTER_ERRANDS, params=ResumeParams(days=10))
    assert {i.journey.intent for i in recent} == {"shopping", "paperwork"}

    editor = Editor(store, builder, user)
    editor.snooze(short_id(job.journey.id), AFTER_ERRANDS + 3 * DAY)
    taxes = [i for i in items if i.journey.intent == "paperwork"]
    for tax in taxes:
        editor.set_status(short_id(tax.journey.id), "dismiss")
    builder.build(user, full=True)  # marks and snoozes are replayed after a full build
    left = resume_list(js, user, at_us=AFTER_ERRANDS)
    assert [i.journey.intent for i in left] == ["shopping"]
    # the snooze is over three days later: the job is back (the task is a day older by then)
    later = resume_list(js, user, at_us=AFTER_ERRANDS + 4 * DAY, params=ResumeParams(days=30))
    assert {i.journey.intent for i in later} == {"jobs", "shopping"}
    by_id = {j.row.id: j for j in user_statuses(js, user, at_us=AFTER_ERRANDS)}
    assert by_id[taxes[0].journey.id].status.reason == "you dismissed it from resume"
    editor.set_status(short_id(taxes[0].journey.id), "reopen")
    assert len(resume_list(js, user, at_us=AFTER_ERRANDS)) == 2


def test_reminders_are_a_calendar_of_todos(store: Store) -> None:
    user, _ = _errands(store)
    items = resume_list(JourneyStore(store.db), user, at_us=AFTER_ERRANDS)
    cal = icalendar.Calendar.from_ical(resume_ics(items, at_us=AFTER_ERRANDS))
    todos = [c for c in cal.walk() if c.name == "VTODO"]
    assert len(todos) == len(items) == 3
    first = todos[0]
    assert str(first["summary"]) == f"Pick up: {items[0].journey.title}"
    assert items[0].pages[0].url in str(first["description"])
    assert first.decoded("due").isoformat() == "2026-10-21T09:00:00+00:00"


def test_cli_resume_snooze_and_dismiss(tmp_path: Path) -> None:
    db = str(tmp_path / "j.db")

    def run(*args: str, ok: bool = True) -> str:
        result = CliRunner().invoke(cli, ["--db", db, *args])
        assert (result.exit_code == 0) == ok, result.output
        return result.output

    run("import", str(ERRANDS))
    # the fixture is from October 2026: it falls out of the 60 days looked back by default
    # as it ages, so look back ten years
    items = json.loads(run("resume", "--json", "--days", "3650"))
    assert sorted(i["intent"] for i in items) == ["jobs", "paperwork", "shopping"]
    job = next(i for i in items if i["intent"] == "jobs")
    assert job["reopen"][0]["why"] == "where you stopped"
    assert "Pick up where you left off" in run("resume", "--days", "3650")
    assert "Snoozed" in run("snooze", job["id"][:8], "--for", "3d")
    assert "exactly one of --for" in run("snooze", job["id"][:8], ok=False)
    assert "is not like 12h" in run("snooze", job["id"][:8], "--for", "soon", ok=False)
    left = json.loads(run("resume", "--json", "--days", "3650"))
    assert job["id"] not in {i["id"] for i in left} and len(left) == 2
    assert "dismissed from resume" in run("dismiss", left[0]["id"][:8])
    assert len(json.loads(run("resume", "--json", "--days", "3650"))) == 1
    # dismissed is dormant; snoozed stays unfinished (only resume leaves it out for now)
    unfinished = {j["id"] for j in json.loads(run("list", "--status", "unfinished", "--json"))}
    assert job["id"] in unfinished and left[0]["id"] not in unfinished
    ics = tmp_path / "r.ics"
    assert "Wrote 1 reminder to" in run("resume", "--days", "3650", "--ics", str(ics))
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_cli_open_and_notify_call_the_desktop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--open hands the pages to the browser ($BROWSER), --notify to notify-send."""
    calls = tmp_path / "calls.txt"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("notify-send", "fake-browser"):
        tool = bin_dir / name
        tool.write_text(f'#!/bin/sh\necho "{name} $*" >> {calls}\n')
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    monkeypatch.setenv("BROWSER", str(bin_dir / "fake-browser") + " %s")
    db = str(tmp_path / "j.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "import", str(ERRANDS)]).exit_code == 0
    items = json.loads(
        runner.invoke(cli, ["--db", db, "resume", "--json", "--days", "3650"]).output
    )
    job = next(i for i in items if i["intent"] == "jobs")
    out = runner.invoke(cli, ["--db", db, "resume", "--days", "3650", "--open", job["id"][:8]])
    assert out.exit_code == 0 and f"Opened {len(job['reopen'])} pages" in out.output
    out = runner.invoke(cli, ["--db", db, "resume", "--days", "3650", "--notify", "--json"])
    assert out.exit_code == 0
    lines = calls.read_text().splitlines()
    opened = [line.split(" ", 1)[1] for line in lines if line.startswith("fake-browser")]
    assert opened == [p["url"] for p in job["reopen"]]
    (note,) = [line for line in lines if line.startswith("notify-send")]
    assert "journeys: 3 unfinished tasks" in note
