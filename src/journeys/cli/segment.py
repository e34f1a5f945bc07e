"""``journeys segment``: add session, task and journey ids to every row of a query log."""

from __future__ import annotations

import time
from pathlib import Path

import click

from journeys.cli.context import AppContext, pass_app, translate_errors
from journeys.config import MODELS
from journeys.services.embed import default_embedder
from journeys.services.segment import segment_file
from journeys.storage.vectors import VectorStore


@click.command("segment")
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-o",
    "--output",
    "target",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write the rows with their ids (same format as the input).",
)
@click.option("--model", type=click.Choice(MODELS), help="Sentence model [default: setting].")
@pass_app
@translate_errors
def segment_cmd(app: AppContext, source: Path, target: Path, model: str | None) -> None:
    """Segment a query log (CSV, TSV or JSONL with a header: user, time, query[, url, title]).

    OUTPUT holds every input row in input order with all its columns, plus session_id (a
    sitting), task_id (one journey's part in a session) and journey_id (across sessions and
    days). Users are independent; memory stays bounded. No database is used.
    """
    if source.resolve() == target.resolve():
        raise click.UsageError("the output must not be the input file")
    embedder = default_embedder(model or app.settings.model)
    store = VectorStore.standalone(
        app.settings.data_dir / "vectors.sqlite", embedder.model_id, embedder.dim
    )
    started = time.perf_counter()
    summary = segment_file(source, target, embedder, store)
    seconds = time.perf_counter() - started
    rate = summary.rows / seconds if seconds else 0.0
    click.echo(
        f"{summary.rows} rows of {summary.users} users → {target} in {seconds:.1f} s "
        f"({rate:,.0f} rows/s; {summary.embedded} new texts embedded)"
    )
    if summary.problems:
        click.echo(f"{summary.problems} rows could not be read (no ids given)", err=True)
