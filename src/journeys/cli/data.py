"""Commands over stored visits: visits, export, stats, delete, db."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.table import Table

from journeys.cli.context import AppContext, local_time, parse_when, pass_app, translate_errors
from journeys.models import VisitFilter
from journeys.services.export import FORMATS, export, visit_record
from journeys.storage.migrations import current_version, latest_version, upgrade

F = TypeVar("F", bound=Callable[..., Any])


def _filter(
    since: str | None,
    until: str | None,
    domain: str | None,
    source: str | None,
    search: str | None,
    url: str | None = None,
    limit: int | None = None,
) -> VisitFilter:
    return VisitFilter(
        since_us=parse_when(since, "--since"),
        until_us=parse_when(until, "--until"),
        domain=domain,
        source=source,
        text=search,
        url=url,
        limit=limit,
    )


def _filter_options(func: F) -> F:
    for option in reversed(
        (
            click.option("--since", help="From this date/time (2024-05-01, 2024-05-01T09:00, 7d)."),
            click.option("--until", help="Before this date/time."),
            click.option("--domain", help="Only this site (and its subdomains)."),
            click.option(
                "--source", help="Only this browser or source kind (chrome, firefox, log…)."
            ),
            click.option("--search", help="Full-text search over titles, URLs and search terms."),
        )
    ):
        func = option(func)
    return func


@click.command("visits")
@_filter_options
@click.option("--limit", default=50, show_default=True, help="How many visits (0 for all).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_app
@translate_errors
def visits_cmd(
    app: AppContext,
    since: str | None,
    until: str | None,
    domain: str | None,
    source: str | None,
    search: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """The chronological list of visits, newest first."""
    f = _filter(since, until, domain, source, search, limit=limit or None)
    visits = app.store.iter_visits(app.user_id(), f)
    if as_json:
        for v in visits:
            click.echo(json.dumps(visit_record(v), ensure_ascii=False))
        return
    table = Table(box=None, show_edge=False)
    for name in ("time", "source", "title / search", "site"):
        table.add_column(name, overflow="fold" if name == "title / search" else "ellipsis")
    count = 0
    for v in visits:
        label = f"[bold]🔍 {v.search_terms}[/bold]" if v.search_terms else (v.title or v.url)
        table.add_row(local_time(v.visited_at_us), v.source, label, v.host)
        count += 1
    if count:
        app.console.print(table)
    else:
        app.console.print("No visits match.")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File to write (default: standard output).",
)
@click.option(
    "--levels",
    is_flag=True,
    help="JSON: also each visit's session_id and task_id and each journey's keywords "
    "(outside the version 1 contract).",
)
@_filter_options
@pass_app
@translate_errors
def export_cmd(
    app: AppContext,
    fmt: str,
    output: Path | None,
    levels: bool,
    since: str | None,
    until: str | None,
    domain: str | None,
    source: str | None,
    search: str | None,
) -> None:
    """Export history as JSON (the versioned contract), CSV or Markdown."""
    f = _filter(since, until, domain, source, search)
    user = app.user_id()
    if output is None:
        export(app.store, user, fmt, sys.stdout, f, levels=levels, params=app.status_params())
        return
    tmp = output.with_name(output.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        count = export(app.store, user, fmt, fh, f, levels=levels, params=app.status_params())
    tmp.replace(output)
    click.echo(f"wrote {count} visits to {output}", err=True)


@click.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
@translate_errors
def stats_cmd(app: AppContext, as_json: bool) -> None:
    """What the database holds: visits, pages, searches, sources, top sites."""
    s = app.store.stats(app.user_id())
    if as_json:
        click.echo(
            json.dumps(
                {
                    "visits": s.visits,
                    "pages": s.pages,
                    "searches": s.searches,
                    "first_visit_at": s.first_us,
                    "last_visit_at": s.last_us,
                    "sources": [
                        {
                            "browser": x.browser,
                            "profile": x.profile,
                            "kind": x.kind,
                            "visits": x.visits,
                        }
                        for x in s.sources
                    ],
                    "top_hosts": [{"host": h, "visits": n} for h, n in s.top_hosts],
                    "imports": s.imports,
                    "import_problems": s.import_problems,
                },
                indent=2,
            )
        )
        return
    c = app.console
    c.print(
        f"[bold]{s.visits}[/bold] visits of [bold]{s.pages}[/bold] pages, "
        f"[bold]{s.searches}[/bold] searches, "
        f"from {local_time(s.first_us)} to {local_time(s.last_us)}"
    )
    c.print(f"{s.imports} imports, {s.import_problems} row problems")
    sources = Table(title="Sources")
    for name in ("browser", "profile", "kind", "visits", "first", "last"):
        sources.add_column(name)
    for x in s.sources:
        sources.add_row(
            x.browser,
            x.profile,
            x.kind,
            str(x.visits),
            local_time(x.first_us),
            local_time(x.last_us),
        )
    c.print(sources)
    hosts = Table(title="Top sites")
    hosts.add_column("site")
    hosts.add_column("visits", justify="right")
    for host, n in s.top_hosts:
        hosts.add_row(host or "-", str(n))
    c.print(hosts)


@click.command("delete")
@click.option("--url", help="Visits of this URL (as stored, or its canonical form).")
@click.option("--domain", help="Visits of this site and its subdomains.")
@click.option("--since", help="Visits from this date/time.")
@click.option("--until", help="Visits before this date/time.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_app
@translate_errors
def delete_cmd(
    app: AppContext,
    url: str | None,
    domain: str | None,
    since: str | None,
    until: str | None,
    yes: bool,
) -> None:
    """Delete visits everywhere they are stored; re-imports will not bring them back."""
    f = _filter(since, until, domain, None, None, url=url)
    if f.is_empty():
        raise click.UsageError("say what to delete: --url, --domain, --since and/or --until")
    user = app.user_id()
    count = app.store.count_visits(user, f)
    if count == 0:
        click.echo("No visits match.")
        return
    if not yes and not click.confirm(f"Delete {count} visits?", default=False):
        raise SystemExit(1)
    deleted = app.store.delete_visits(user, f)
    click.echo(f"deleted {deleted} visits")


@click.group("db")
def db_group() -> None:
    """Database maintenance."""


@db_group.command("upgrade")
@pass_app
@translate_errors
def db_upgrade(app: AppContext) -> None:
    """Apply pending schema migrations."""
    from journeys.storage.database import connect

    db = connect(app.settings.database_url)
    try:
        applied = upgrade(db)
        version = current_version(db)
    finally:
        db.close()
    click.echo(
        f"schema at version {version} (latest {latest_version()}); "
        f"applied: {', '.join(map(str, applied)) or 'nothing'}"
    )
