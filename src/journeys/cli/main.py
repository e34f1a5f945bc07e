"""The ``journeys`` command group and its global options."""

from __future__ import annotations

import click

from journeys import __version__
from journeys.cli.context import AppContext
from journeys.cli.data import db_group, delete_cmd, export_cmd, stats_cmd, visits_cmd
from journeys.cli.demo import demo_cmd
from journeys.cli.evaluate import eval_cmd
from journeys.cli.exclude import exclude_cmd
from journeys.cli.imports import import_cmd
from journeys.cli.journeys import COMMANDS as JOURNEY_COMMANDS
from journeys.cli.resume import COMMANDS as RESUME_COMMANDS
from journeys.cli.segment import segment_cmd
from journeys.cli.serve import serve_cmd
from journeys.cli.summarize import summarize_cmd
from journeys.cli.users import users_group
from journeys.config import resolve_settings
from journeys.errors import JourneysError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="journeys")
@click.option(
    "--db",
    "db",
    metavar="PATH|URL",
    help="Database: a SQLite file path or postgresql://… "
    "[env JOURNEYS_DATABASE_URL; default: a file in the data folder]",
)
@click.option("--data-dir", metavar="DIR", help="Data folder [env JOURNEYS_DATA_DIR].")
@click.option(
    "--user", metavar="NAME", help="Whose history to use [env JOURNEYS_USER; default: local]."
)
@click.option("--config", metavar="FILE", help="Config file (TOML) [env JOURNEYS_CONFIG].")
@click.pass_context
def cli(
    ctx: click.Context, db: str | None, data_dir: str | None, user: str | None, config: str | None
) -> None:
    """Turn browser and search history into journeys: the tasks you were working on.

    Everything stays on this machine, in a local database, unless you say otherwise.
    """
    try:
        settings = resolve_settings(db=db, data_dir=data_dir, user=user, config_file=config)
    except JourneysError as exc:
        raise click.ClickException(str(exc)) from exc
    app = AppContext(settings)
    ctx.obj = app
    ctx.call_on_close(app.close)


for command in (
    import_cmd,
    visits_cmd,
    export_cmd,
    stats_cmd,
    delete_cmd,
    demo_cmd,
    db_group,
    eval_cmd,
    *JOURNEY_COMMANDS,
    *RESUME_COMMANDS,
    summarize_cmd,
    serve_cmd,
    exclude_cmd,
    users_group,
    segment_cmd,
):
    cli.add_command(command)


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="journeys")
