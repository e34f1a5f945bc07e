"""``journeys import``: bring history files, folders, zips or discovered profiles in."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from journeys.cli.context import AppContext, pass_app, translate_errors
from journeys.cli.journeys import print_build
from journeys.models import ImportSummary
from journeys.services.imports import discovered_profiles, import_discovered, import_many


class BarProgress:
    """A rich progress bar per input, shown only on a terminal."""

    def __init__(self, console: Console) -> None:
        self._bar = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=not console.is_terminal,
        )
        self._task: TaskID | None = None

    def start(self, label: str, total: int | None) -> None:
        self._bar.start()
        name = label if len(label) < 50 else "…" + label[-48:]
        self._task = self._bar.add_task(name, total=total)

    def advance(self, rows: int) -> None:
        if self._task is not None:
            self._bar.advance(self._task, rows)

    def finish(self) -> None:
        self._bar.stop()
        self._task = None


def summary_table(summaries: list[ImportSummary]) -> Table:
    """New / already known / skipped / problems per source, failures with their reason."""
    table = Table(title="Import summary")
    for name in ("source", "browser", "profile", "new", "known", "skipped", "problems"):
        table.add_column(
            name, justify="right" if name in ("new", "known", "skipped", "problems") else "left"
        )
    for s in summaries:
        if s.error:
            table.add_row(s.path, "[red]failed[/red]", s.error, "-", "-", "-", "-")
        else:
            table.add_row(
                s.path,
                s.browser,
                s.profile,
                str(s.new),
                str(s.known),
                str(s.skipped),
                str(s.problems),
            )
    return table


@click.command("import")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--discover", is_flag=True, help="Find and import this machine's browser profiles.")
@click.option("--list", "list_only", is_flag=True, help="With --discover: only list what is found.")
@click.option(
    "--browser",
    help="Name the browser (chrome, edge, brave, firefox, …) instead of guessing it from the path.",
)
@click.option("--profile", help="Name the profile instead of using the folder name.")
@click.option(
    "--build/--no-build",
    default=True,
    show_default=True,
    help="Group the new visits into journeys after importing.",
)
@click.option(
    "--show-problems",
    default=5,
    show_default=True,
    metavar="N",
    help="How many row problems to print per input.",
)
@pass_app
@translate_errors
def import_cmd(
    app: AppContext,
    paths: tuple[Path, ...],
    discover: bool,
    list_only: bool,
    browser: str | None,
    profile: str | None,
    build: bool,
    show_problems: int,
) -> None:
    """Import browser history, a Google Takeout (folder or .zip) or a query log.

    PATHS may be a Chromium-family History, a Firefox places.sqlite, a Safari History.db,
    Takeout's MyActivity.json/.html or BrowserHistory.json, a Takeout folder or zip, or a
    CSV/TSV/JSONL log with a header. Importing the same file again adds nothing new.
    """
    if not paths and not discover:
        raise click.UsageError("give one or more paths to import, or --discover")
    console = app.console
    store, user = app.store, app.user_id()
    progress = BarProgress(console)
    summaries: list[ImportSummary] = []
    if discover:
        found = discovered_profiles()
        if not found:
            console.print("No browser profiles found on this machine.")
        for item in found:
            console.print(f"found {item.browser} profile {item.profile!r}: {item.path}")
        if not list_only:
            summaries += import_discovered(store, user, found, progress)
    summaries += import_many(
        store, user, list(paths), browser=browser, profile=profile, progress=progress
    )
    if summaries:
        console.print(summary_table(summaries))
    for s in summaries:
        for issue in s.issues[:show_problems]:
            console.print(f"  problem: {issue.location}: {issue.message}", highlight=False)
        if s.problems > show_problems:
            console.print(f"  … {s.problems - show_problems} more problems in {s.path}")
    for s in summaries:
        if s.error:
            click.echo(f"error: {s.path}: {s.error}", err=True)
    if summaries and not any(s.ok for s in summaries):
        raise SystemExit(1)
    if build and any(s.new for s in summaries):
        print_build(app, app.builder().build(user))
