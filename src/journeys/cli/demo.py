"""``journeys demo``: the sample history, imported and shown, in a database of its own."""

from __future__ import annotations

from dataclasses import replace

import click
from rich.table import Table

from journeys.cli.context import AppContext, local_time, pass_app, translate_errors
from journeys.cli.journeys import journeys_table, print_build
from journeys.cli.resume import print_resume
from journeys.cli.serve import DEFAULT_PORT, serve
from journeys.config import database_url_for
from journeys.models import VisitFilter
from journeys.services.browse import list_journeys
from journeys.services.demo import load_sample
from journeys.services.embed import default_embedder
from journeys.services.journeys import JourneyBuilder
from journeys.services.resume import resume_list
from journeys.storage import Store, open_database
from journeys.storage.journeys import JourneyStore


@click.command("demo")
@click.option("--limit", default=25, show_default=True, help="How many recent visits to show.")
@click.option("--serve", "serve_it", is_flag=True, help="Then browse it in the local web app.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(1, 65535))
@pass_app
@translate_errors
def demo_cmd(app: AppContext, limit: int, serve_it: bool, port: int) -> None:
    """Import the bundled two-week sample history and show what journeys made of it
    (--serve: then open it in the local web app).

    Uses its own database (demo.db in the data folder) unless --db is given, so your own
    history is never mixed with the sample.
    """
    parent = click.get_current_context().find_root()
    explicit = parent.params.get("db")
    url = (
        database_url_for(explicit)
        if explicit
        else database_url_for(str(app.settings.data_dir / "demo.db"))
    )
    db = open_database(url)
    try:
        store = Store(db)
        user = store.ensure_user(app.settings.user)
        summary = load_sample(store, user)
        stats = store.stats(user)
        c = app.console
        c.print(f"[bold]journeys demo[/bold] — database: {db.url}")
        c.print(
            f"sample history: {summary.new} new visits, {summary.known} already known, "
            f"{summary.problems} problems"
        )
        c.print(
            f"{stats.visits} visits of {stats.pages} pages and {stats.searches} searches, "
            f"{local_time(stats.first_us)} to {local_time(stats.last_us)}"
        )
        built = JourneyBuilder(JourneyStore(db), default_embedder(app.settings.model)).build(user)
        print_build(app, built)
        journeys = list_journeys(JourneyStore(db), user, params=app.status_params())
        c.print(journeys_table(journeys, "Journeys, newest activity first"))
        items = resume_list(JourneyStore(db), user, status_params=app.status_params(), limit=3)
        if items:
            print_resume(c, items)
        recent = Table(title=f"Latest {limit} visits")
        for name in ("time", "title / search", "site", "journey"):
            recent.add_column(name)
        titles = {js.row.id: js.row.title for js in journeys}
        for v in store.iter_visits(user, VisitFilter(limit=limit)):
            label = (
                f"[bold]search: {v.search_terms}[/bold]" if v.search_terms else (v.title or v.url)
            )
            where = titles.get(v.journey_id, "") if v.journey_id is not None else ""
            recent.add_row(local_time(v.visited_at_us), label, v.host, where)
        c.print(recent)
        top = ", ".join(f"{h} ({n})" for h, n in stats.top_hosts[:5])
        c.print(f"Top sites: {top}")
        c.print(
            "Next: `journeys demo --serve` to browse it, `journeys show ID` for one journey, "
            "`journeys import --discover` for your own history."
        )
    finally:
        db.close()
    if serve_it:
        serve(app, replace(app.settings, database_url=url), "127.0.0.1", port, True, 512)
