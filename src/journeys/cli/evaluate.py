"""``journeys eval``: score segmentation methods on the labelled sets."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.table import Table

from journeys.cli.context import AppContext, pass_app, translate_errors
from journeys.engine.embedding import Embedder, HashingEmbedder
from journeys.eval.datasets import default_root
from journeys.eval.runner import evaluate
from journeys.services.embed import default_embedder
from journeys.storage.vectors import VectorStore


@click.command("eval")
@click.argument("root", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option(
    "--model",
    type=click.Choice(["minilm", "hashing", "none"]),
    default="minilm",
    show_default=True,
    help="Sentence model of the engine (hashing: no model; none: baselines only).",
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
        embedder = default_embedder() if model == "minilm" else HashingEmbedder()
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
    table = Table(title="Segmentation quality (pairs within users)")
    for name in ("task", "method", "pair P", "pair R", "pair F1", "cluster-F"):
        table.add_column(name, justify="left" if name in ("task", "method") else "right")
    for r in rows:
        s = r.scores
        table.add_row(
            r.task,
            r.method,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            f"{s.cluster_f:.3f}",
        )
    app.console.print(table)
    errors = Table(
        title="Where the errors are: cluster-F had no cluster mixed gold groups (unmixed), "
        "had no gold group been split (unsplit)"
    )
    for name in ("task", "method", "cluster-F", "unmixed", "unsplit"):
        errors.add_column(name, justify="left" if name in ("task", "method") else "right")
    for r in rows:
        s = r.scores
        errors.add_row(
            r.task,
            r.method,
            f"{s.cluster_f:.3f}",
            f"{s.cluster_f_unmixed:.3f}",
            f"{s.cluster_f_unsplit:.3f}",
        )
    app.console.print(errors)
