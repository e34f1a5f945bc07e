"""``journeys eval``: score segmentation methods on the labelled sets."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import click
from rich.table import Table

from journeys.cli.context import AppContext, pass_app, translate_errors
from journeys.engine.embedding import Embedder
from journeys.eval.datasets import default_root
from journeys.eval.metrics import Scores
from journeys.eval.runner import Row, evaluate
from journeys.services.embed import default_embedder
from journeys.storage.vectors import VectorStore


@click.command("eval")
@click.argument("root", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option(
    "--model",
    type=click.Choice(["minilm", "minilm-en", "hashing", "none"]),
    default="minilm",
    show_default=True,
    help="Sentence model of the engine (minilm-en: MiniLM alone, no second model for other "
    "languages; hashing: no model; none: baselines only).",
)
@pass_app
@translate_errors
def eval_cmd(app: AppContext, root: Path | None, as_json: bool, model: str) -> None:
    """Score methods on Webis-SMC-12 (sessions, missions) and Lucchese AOL tasks.

    ROOT is the eval-data folder (default: ../shared/eval-data found from here). Pairwise
    precision, recall and F1 count pairs of one user's queries; cluster-F is the size-weighted
    best-match F1 of each gold group.
    """
    embedder: Embedder | None = None
    store = None
    if model != "none":
        embedder = default_embedder(model)
        cache = app.settings.data_dir / "vectors.sqlite"
        store = VectorStore.standalone(cache, embedder.model_id, embedder.dim)
    rows = evaluate(root or default_root(), embedder=embedder, store=store)
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "task": r.task,
                        "method": r.method,
                        "precision": r.scores.precision,
                        "recall": r.scores.recall,
                        "f1": r.scores.f1,
                        "cluster_f": r.scores.cluster_f,
                        "cluster_f_unmixed": r.scores.cluster_f_unmixed,
                        "cluster_f_unsplit": r.scores.cluster_f_unsplit,
                        "users": r.users,
                        "events": r.events,
                    }
                    for r in rows
                ],
                indent=2,
            )
        )
        return
    _print_table(
        app,
        "Segmentation quality (pairs within users)",
        ("pair P", "pair R", "pair F1", "cluster-F"),
        rows,
        lambda s: (s.precision, s.recall, s.f1, s.cluster_f),
    )
    _print_table(
        app,
        "Where the errors are: cluster-F had no cluster mixed gold groups (unmixed), "
        "had no gold group been split (unsplit)",
        ("cluster-F", "unmixed", "unsplit"),
        rows,
        lambda s: (s.cluster_f, s.cluster_f_unmixed, s.cluster_f_unsplit),
    )


def _print_table(
    app: AppContext,
    title: str,
    figures: tuple[str, ...],
    rows: list[Row],
    values: Callable[[Scores], tuple[float, ...]],
) -> None:
    """One row per task and method, with the named figures to three decimals."""
    table = Table(title=title)
    table.add_column("task", justify="left")
    table.add_column("method", justify="left")
    for name in figures:
        table.add_column(name, justify="right")
    for r in rows:
        table.add_row(r.task, r.method, *(f"{v:.3f}" for v in values(r.scores)))
    app.console.print(table)
