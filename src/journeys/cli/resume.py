"""Resume commands: the unfinished journeys worth picking up, and snoozing them."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import webbrowser
from datetime import datetime, timedelta
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from journeys.cli.context import AppContext, parse_when, pass_app, translate_errors
from journeys.engine.resume import ResumeParams
from journeys.services.browse import Editor
from journeys.services.resume import ResumeItem, resume_ics, resume_list
from journeys.storage.journeys import short_id
from journeys.times import datetime_to_us, us_to_datetime

_DURATION = re.compile(r"^(\d+)\s*([hdw])$")


def item_json(item: ResumeItem) -> dict[str, object]:
    """One resume entry as JSON."""
    return {
        "id": short_id(item.journey.id),
        "title": item.journey.title,
        "intent": item.journey.intent,
        "status_reason": item.status.reason,
        "score": item.priority.score,
        "why_now": list(item.priority.why),
        "dates_for": item.priority.next_date,
        "reopen": [
            {
                "url": p.url,
                "title": p.title,
                "visited_at": us_to_datetime(p.time_us).isoformat(timespec="seconds"),
                "why": p.why,
            }
            for p in item.pages
        ],
        "search_again": item.searches,
    }


def _notify(items: list[ResumeItem]) -> str:
    """One desktop notification (notify-send on Linux, osascript on macOS)."""
    title = f"journeys: {len(items)} unfinished task{'s' if len(items) != 1 else ''}"
    body = "; ".join(i.journey.title for i in items[:3]) or "nothing to pick up"
    if shutil.which("notify-send"):
        subprocess.run(["notify-send", "--app-name=journeys", title, body], check=False)
        return "notify-send"
    if shutil.which("osascript"):
        script = f"display notification {json.dumps(body)} with title {json.dumps(title)}"
        subprocess.run(["osascript", "-e", script], check=False)
        return "osascript"
    raise click.ClickException("--notify: no notifier found (install notify-send or use macOS)")


def print_resume(c: Console, items: list[ResumeItem]) -> None:
    """The resume list as people read it."""
    c.print("[bold]Pick up where you left off[/bold]")
    for k, item in enumerate(items, 1):
        j = item.journey
        c.print(f"\n{k}. [bold]{escape(j.title)}[/bold]  ({short_id(j.id)[:8]}, {j.intent})")
        c.print(f"   {escape(item.status.reason)}", highlight=False)
        c.print(f"   [dim]why now: {escape(', '.join(item.priority.why))}[/dim]")
        for page in item.pages:
            c.print(f"   ↗ {escape(page.title)} — {escape(page.url)} [dim]({page.why})[/dim]")
        if item.searches:
            c.print("   search again: " + escape("; ".join(item.searches)), highlight=False)


@click.command("resume")
@click.option(
    "--days",
    type=click.FloatRange(min=1),
    default=60,
    show_default=True,
    help="Look back this many days.",
)
@click.option("-n", "--limit", type=click.IntRange(min=1), default=5, show_default=True)
@click.option("--open", "open_ref", metavar="JOURNEY", help="Open its pages in your browser.")
@click.option(
    "--ics", "ics", type=click.Path(dir_okay=False, path_type=Path), help="Write reminders."
)
@click.option("--notify", is_flag=True, help="Also show a desktop notification.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
@translate_errors
def resume_cmd(
    app: AppContext,
    days: float,
    limit: int,
    open_ref: str | None,
    ics: Path | None,
    notify: bool,
    as_json: bool,
) -> None:
    """Pick up where you left off: unfinished journeys that still matter, with the pages to
    reopen and the searches to run again.

    Snooze one with `journeys snooze ID --for 3d`, drop it with `journeys dismiss ID`, or
    `journeys done ID` when it is done.
    """
    items = resume_list(
        app.journeys,
        app.user_id(),
        status_params=app.status_params(),
        params=ResumeParams(days=days),
        limit=limit,
    )
    if open_ref is not None:
        chosen = [i for i in items if short_id(i.journey.id).startswith(open_ref.lower())]
        if len(chosen) != 1:
            raise click.ClickException(f"--open: no single journey to resume matches {open_ref!r}")
        for page in chosen[0].pages:
            webbrowser.open_new_tab(page.url)
        app.console.print(f"Opened {len(chosen[0].pages)} pages of {chosen[0].journey.title}.")
        return
    if ics is not None:
        ics.write_bytes(resume_ics(items))
        noun = "reminder" if len(items) == 1 else "reminders"
        app.console.print(f"Wrote {len(items)} {noun} to {ics}")
    if notify:
        _notify(items)
    if as_json:
        click.echo(json.dumps([item_json(i) for i in items], indent=2, ensure_ascii=False))
        return
    if ics is not None:
        return
    if not items:
        app.console.print(f"Nothing left unfinished in the last {days:g} days.")
        return
    print_resume(app.console, items)
    app.console.print(
        "\n`journeys resume --open ID` opens a journey's pages; "
        "`snooze ID --for 3d`, `dismiss ID` or `done ID` clear it."
    )


@click.command("snooze")
@click.argument("journey")
@click.option("--for", "duration", metavar="DURATION", help="For a while: 12h, 3d, 2w.")
@click.option("--until", "until", metavar="DATE", help="Until a date (2026-12-01).")
@pass_app
@translate_errors
def snooze_cmd(app: AppContext, journey: str, duration: str | None, until: str | None) -> None:
    """Keep a journey out of resume for a while (kept across rebuilds)."""
    if bool(duration) == bool(until):
        raise click.UsageError("give exactly one of --for DURATION or --until DATE")
    if duration is not None:
        m = _DURATION.match(duration.strip())
        if not m:
            raise click.BadParameter(f"{duration!r} is not like 12h, 3d or 2w", param_hint="--for")
        hours = int(m.group(1)) * {"h": 1, "d": 24, "w": 168}[m.group(2)]
        until_us = datetime_to_us(datetime.now().astimezone() + timedelta(hours=hours))
    else:
        until_us = parse_when(until, "--until") or 0
    row = Editor(app.store, app.builder(), app.user_id()).snooze(journey, until_us)
    when = us_to_datetime(until_us).astimezone().strftime("%Y-%m-%d %H:%M")
    app.console.print(f"Snoozed {short_id(row.id)[:8]} {row.title} until {when}.", highlight=False)


COMMANDS = (resume_cmd, snooze_cmd)
