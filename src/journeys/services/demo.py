"""The demo: load the bundled sample history into a database of its own."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from journeys.ingest.querylog import QueryLogImporter
from journeys.models import ImportSummary
from journeys.services.imports import run_importer
from journeys.storage import Store

SAMPLE = "sample_history.jsonl"


def sample_path() -> Path:
    """Where the bundled sample history (two weeks of one invented person) is installed."""
    return Path(str(resources.files("journeys") / "data" / SAMPLE))


def load_sample(store: Store, user_id: int) -> ImportSummary:
    """Import the sample history (idempotent: a second run adds nothing)."""
    importer = QueryLogImporter(
        sample_path(), browser="sample", profile="sam", label="sample history"
    )
    return run_importer(store, user_id, importer)
