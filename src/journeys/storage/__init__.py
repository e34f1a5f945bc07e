"""Storage: one schema on SQLite (embedded default) and PostgreSQL (server)."""

from journeys.storage.database import Database, open_database
from journeys.storage.store import Store

__all__ = ["Database", "Store", "open_database"]
