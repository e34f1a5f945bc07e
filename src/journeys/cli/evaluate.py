"""``journeys eval``: score segmentation methods on the labelled sets."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.table import Table

from journeys.cli.context import AppContext, pass_app, translate_errors
from journeys.eval.datasets import default_root
from journeys.eval.runner import evaluate


@click.command("eval")
@click.argument("root", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
@translate_errors
def eval_cmd(app: AppContext, root: Path | None, as_json: bool) -> None:
    """Score methods on Webis-SMC-12 (sessions, missions) and Lucchese AOL tasks.

    ROOT is the eval-data folder (default: ../shared/eval-data found from here). Pairwise
    precision, recall and F1 count pairs of one user's queries; cluster-F is the size-weighted
    best-match F1 of each gold group.
    """
    rows = evaluate(root or default_root())
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
