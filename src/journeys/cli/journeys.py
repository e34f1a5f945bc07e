"""Journey commands: build, list, show, and the edits (rename, merge, move, hide, done)."""

from __future__ import annotations

import json
from datetime import datetime

import click
from rich.markup import escape
from rich.table import Table

from journeys.cli.context import AppContext, pass_app, translate_errors
from journeys.engine.intent import INTENTS
from journeys.engine.outcome import Assessment
from journeys.engine.status import STATUSES, Status
from journeys.services.browse import Editor, journey_detail, list_journeys
from journeys.services.journeys import BuildSummary
from journeys.services.status import JourneyWithStatus
from journeys.storage.journeys import JourneyRow, short_id
from journeys.times import us_to_datetime


def _day(us: int) -> str:
    return us_to_datetime(us).astimezone().strftime("%Y-%m-%d")


def span(row: JourneyRow) -> str:
    """First and last day of a journey, as people read them."""
    first, last = _day(row.first_at_us), _day(row.last_at_us)
    return first if first == last else f"{first} → {last}"


def journey_json(row: JourneyRow, status: Status) -> dict[str, object]:
    """A journey's summary as JSON."""
    return {
        "id": short_id(row.id),
        "title": row.title,
        "keywords": list(row.keywords),
        "status": status.status,
        "status_reason": status.reason,
        "intent": row.intent,
        "mark": row.status,
        "first_at": us_to_datetime(row.first_at_us).isoformat(timespec="microseconds"),
        "last_at": us_to_datetime(row.last_at_us).isoformat(timespec="microseconds"),
        "visits": row.visit_count,
        "searches": row.search_count,
        "sessions": row.session_count,
        "score": row.score,
    }


def print_build(app: AppContext, s: BuildSummary) -> None:
    """One line on what a build did."""
    if s.mode == "nothing new":
        app.console.print(f"Journeys are up to date ({s.journeys} journeys).")
        return
    app.console.print(
        f"Built journeys ({s.mode}): {s.visits} visits read, {s.placed} placed in journeys, "
        f"{s.journeys} journeys {'written' if s.mode == 'full' else 'touched'}, "
        f"{s.embedded} new texts embedded, {s.seconds:.1f} s ({s.model})."
    )


@click.command("build")
@click.option("--full", is_flag=True, help="Regroup everything instead of adding new visits.")
@pass_app
@translate_errors
def build_cmd(app: AppContext, full: bool) -> None:
    """Group visits into journeys (runs after every import; new visits join existing ones).

    A full build regroups all history and replays your renames, merges, moves, hides and
    done marks, so they survive it.
    """
    print_build(app, app.builder().build(app.user_id(), full=full))


def short_span(row: JourneyRow) -> str:
    """First and last day, short: "02 Nov → 14 Nov" (with the year when not this year's)."""
    this_year = us_to_datetime(row.last_at_us).astimezone().year == datetime.now().year
    fmt = "%d %b" if this_year else "%d %b %Y"
    first = us_to_datetime(row.first_at_us).astimezone().strftime(fmt)
    last = us_to_datetime(row.last_at_us).astimezone().strftime(fmt)
    return first if first == last else f"{first} → {last}"


def journeys_table(found: list[JourneyWithStatus], title: str) -> Table:
    """Journeys as a table that reads at 80 columns: the reason under each title."""
    table = Table(title=title)
    table.add_column("id", no_wrap=True)
    table.add_column("journey, and why", min_width=20, ratio=1)
    table.add_column("span")
    table.add_column("visits", justify="right")
    table.add_column("status", no_wrap=True)
    for j in found:
        r = j.row
        hidden = " (hidden)" if r.status == "hidden" else ""
        table.add_row(
            short_id(r.id)[:8],
            f"{escape(r.title)}\n[dim]{escape(j.status.reason)}[/dim]",
            short_span(r),
            str(r.visit_count),
            f"{j.status.status}{hidden}\n[dim]{r.intent}[/dim]",
        )
    return table


@click.command("list")
@click.option("--all", "show_all", is_flag=True, help="Also hidden journeys.")
@click.option("--status", type=click.Choice(STATUSES), help="Only journeys with this status.")
@click.option("--intent", type=click.Choice(INTENTS), help="Only journeys with this intent.")
@click.option("-n", "--limit", type=click.IntRange(min=1), help="At most this many.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
@translate_errors
def list_cmd(
    app: AppContext,
    show_all: bool,
    status: str | None,
    intent: str | None,
    limit: int | None,
    as_json: bool,
) -> None:
    """Journeys, newest activity first: id, title, span, visits, intent, status and why.

    Status: active (recent activity), unfinished (went quiet with a checkout, booking or
    application pending and no confirmation), completed, dormant (quiet, nothing pending).
    """
    found = list_journeys(
        app.journeys,
        app.user_id(),
        hidden=show_all,
        limit=limit,
        status=status,
        intent=intent,
        params=app.status_params(),
    )
    if as_json:
        out = [journey_json(j.row, j.status) for j in found]
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    if not found:
        app.console.print(
            "No journeys match."
            if status or intent
            else "No journeys yet: import history, then `journeys build`."
        )
        return
    app.console.print(journeys_table(found, "Journeys"))


@click.command("show")
@click.argument("journey")
@click.option(
    "-n",
    "--limit",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    help="How many visits to print, by rank.",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
@translate_errors
def show_cmd(app: AppContext, journey: str, limit: int, as_json: bool) -> None:
    """One journey (its id or the first 4+ hex digits): searches and visits by rank."""
    detail = journey_detail(
        app.store, app.journeys, app.user_id(), journey, params=app.status_params()
    )
    if as_json:
        out = journey_json(detail.journey, detail.status) | {
            "queries": detail.queries,
            "visits": [
                {
                    "id": short_id(r.visit.id),
                    "url": r.visit.url,
                    "title": r.visit.title,
                    "visited_at": us_to_datetime(r.visit.visited_at_us).isoformat(
                        timespec="microseconds"
                    ),
                    "rank": r.rank,
                    "session_id": short_id(r.session_id),
                    "task_id": short_id(r.task_id) if r.task_id is not None else None,
                    "habit": r.habit,
                }
                for r in detail.visits[:limit]
            ],
        }
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    j = detail.journey
    st = detail.status
    app.console.print(f"[bold]{j.title}[/bold]  ({short_id(j.id)})", highlight=False)
    app.console.print(f"{st.status}: {st.reason}", highlight=False)
    assessment = Assessment.from_json(j.assessment)
    if assessment is not None:
        app.console.print(f"intent: {assessment.intent_reason}", highlight=False)
    app.console.print(
        f"{span(j)} · {j.visit_count} visits · {j.search_count} searches · "
        f"{j.session_count} sittings · keywords: {', '.join(j.keywords)}",
        highlight=False,
    )
    if detail.queries:
        app.console.print("Searches: " + "; ".join(detail.queries[:20]), highlight=False)
    table = Table()
    for name in ("visit id", "when", "title / url", "rank"):
        table.add_column(name, justify="right" if name == "rank" else "left")
    for r in detail.visits[:limit]:
        when = us_to_datetime(r.visit.visited_at_us).astimezone().strftime("%Y-%m-%d %H:%M")
        label = (
            f"search: {r.visit.search_terms}"
            if r.visit.search_terms
            else r.visit.title or r.visit.url
        )
        table.add_row(short_id(r.visit.id), when, label, f"{r.rank:.2f}")
    app.console.print(table)
    if len(detail.visits) > limit:
        app.console.print(f"… {len(detail.visits) - limit} more (use -n)")


def _editor(app: AppContext) -> Editor:
    return Editor(app.store, app.builder(), app.user_id())


@click.command("rename")
@click.argument("journey")
@click.argument("title")
@pass_app
@translate_errors
def rename_cmd(app: AppContext, journey: str, title: str) -> None:
    """Give a journey your own title (kept across rebuilds)."""
    row = _editor(app).rename(journey, title)
    app.console.print(f"Renamed {short_id(row.id)[:8]}: {row.title}", highlight=False)


@click.command("merge")
@click.argument("journey")
@click.argument("into")
@pass_app
@translate_errors
def merge_cmd(app: AppContext, journey: str, into: str) -> None:
    """Merge JOURNEY into INTO (kept across rebuilds)."""
    row = _editor(app).merge(journey, into)
    app.console.print(
        f"Merged into {short_id(row.id)[:8]}: {row.title} ({row.visit_count} visits)",
        highlight=False,
    )


@click.command("move")
@click.argument("visit")
@click.option("--to", "to", metavar="JOURNEY", help="The journey to move the visit to.")
@click.option("--out", "out", is_flag=True, help="Take the visit out of every journey.")
@pass_app
@translate_errors
def move_cmd(app: AppContext, visit: str, to: str | None, out: bool) -> None:
    """Move a visit (its id from `journeys show`) to another journey, or --out of all."""
    if bool(to) == out:
        raise click.UsageError("give exactly one of --to JOURNEY or --out")
    row = _editor(app).move(visit, to)
    app.console.print(
        f"Moved to {short_id(row.id)[:8]}: {row.title}" if row else "Moved out of its journey.",
        highlight=False,
    )


def _status_command(kind: str, doc: str) -> click.Command:
    @click.command(kind, help=doc)
    @click.argument("journey")
    @pass_app
    @translate_errors
    def command(app: AppContext, journey: str) -> None:
        row = _editor(app).set_status(journey, kind)
        app.console.print(f"{short_id(row.id)[:8]} {row.title}: {_MARKED[kind]}", highlight=False)

    return command


_MARKED = {
    "hide": "hidden",
    "done": "marked done",
    "reopen": "open again",
    "dismiss": "dismissed from resume",
}
hide_cmd = _status_command("hide", "Hide a journey from lists (kept across rebuilds).")
done_cmd = _status_command("done", "Mark a journey done (kept across rebuilds).")
reopen_cmd = _status_command(
    "reopen", "Mark a hidden, done, dismissed or snoozed journey open again."
)
dismiss_cmd = _status_command(
    "dismiss", "Take an unfinished journey out of resume for good (kept across rebuilds)."
)
COMMANDS = (
    build_cmd,
    list_cmd,
    show_cmd,
    rename_cmd,
    merge_cmd,
    move_cmd,
    hide_cmd,
    done_cmd,
    reopen_cmd,
    dismiss_cmd,
)
