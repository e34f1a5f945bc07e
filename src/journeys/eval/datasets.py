"""Readers of the labelled sets in ../shared/eval-data (never copied into the package)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from journeys.errors import SourceError


@dataclass(frozen=True, slots=True)
class QueryEvent:
    """One query of one user, with the domains clicked for it and its gold labels."""

    user: str
    query: str
    time_us: int
    clicks: tuple[str, ...]
    labels: dict[str, object]


def _time(text: str) -> int:
    when = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    return int(when.timestamp()) * 1_000_000


def default_root() -> Path:
    """Where the labelled sets are: ../shared/eval-data next to the repository, if present."""
    here = Path.cwd()
    for folder in (here, *here.parents):
        candidate = folder / "shared" / "eval-data"
        if candidate.is_dir():
            return candidate
        sibling = folder.parent / "shared" / "eval-data"
        if sibling.is_dir():
            return sibling
    return here / ".." / "shared" / "eval-data"


def read_smc12(path: Path) -> list[list[QueryEvent]]:
    """Webis-SMC-12: per user, query events (rows with the same user, query and time merged),
    labelled with ``session`` (blank-line blocks) and ``mission`` (MissionID)."""
    if not path.is_file():
        raise SourceError(path, "Webis-SMC-12 file not found")
    users: list[list[QueryEvent]] = []
    events: list[QueryEvent] = []
    by_key: dict[tuple[str, str, int], int] = {}
    session = 0
    with path.open(encoding="utf-8", errors="replace") as fh:
        next(fh)  # header
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("---"):
                if events:
                    users.append(events)
                events, by_key, session = [], {}, 0
                continue
            if not line.strip():
                session += 1
                continue
            cols = line.split("\t")
            user, query, stamp = cols[0], cols[1], cols[2]
            domain = cols[4] if len(cols) > 4 else ""
            mission = cols[5] if len(cols) > 5 else ""
            key = (user, query, _time(stamp))
            if key in by_key:
                old = events[by_key[key]]
                if domain:
                    events[by_key[key]] = QueryEvent(
                        old.user, old.query, old.time_us, (*old.clicks, domain), old.labels
                    )
                continue
            by_key[key] = len(events)
            events.append(
                QueryEvent(
                    user,
                    query,
                    key[2],
                    (domain,) if domain else (),
                    {"session": session, "mission": mission},
                )
            )
    if events:
        users.append(events)
    return users


def read_lucchese(path: Path) -> list[list[QueryEvent]]:
    """Lucchese et al. AOL tasks (the derived file with times): per user, queries in query-id
    order, labelled with ``timesession`` and ``task`` (unique inside the user)."""
    if not path.is_file():
        raise SourceError(path, "Lucchese derived-all-tasks-with-time.tsv not found")
    per_user: dict[str, list[tuple[int, QueryEvent]]] = {}
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            user = row["user_id"]
            clicks = tuple(u for u in (row.get("clicked_urls") or "").split() if u)
            event = QueryEvent(
                user,
                row["query"],
                _time(row["timestamp_aligned"]),
                clicks,
                {
                    "timesession": int(row["timesession_id"]),
                    "task": (int(row["timesession_id"]), int(row["task_id"])),
                },
            )
            per_user.setdefault(user, []).append((int(row["query_id"]), event))
    return [[e for _, e in sorted(items, key=lambda x: x[0])] for items in per_user.values()]
