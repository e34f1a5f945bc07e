"""Import benchmark: journeys vs the browser-history package on the same Chromium History.

  python benchmarks/make_history.py            # once: a 1,000,000-visit History
  python benchmarks/bench_import.py [HISTORY]

Each measurement runs in a fresh Python process; wall time and that process's peak RSS
(ru_maxrss) are reported. browser-history reads and returns (time, url) pairs and stores
nothing; journeys copies and checks the file, reads every column it keeps, resolves
referrers, and writes visits, pages and the full-text index into a new SQLite database.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "benchmarks" / "data" / "Default" / "History"

JOURNEYS = """
import json, resource, sys, time
from pathlib import Path
from journeys.storage import Store, open_database
from journeys.services.imports import import_path
db = open_database("sqlite:///" + sys.argv[2])
store = Store(db)
user = store.ensure_user("bench")
runs = []
for _ in range(int(sys.argv[3])):
    t = time.perf_counter()
    (s,) = import_path(store, user, Path(sys.argv[1]))
    runs.append({"seconds": time.perf_counter() - t, "new": s.new, "known": s.known,
                 "skipped": s.skipped})
print(json.dumps({"runs": runs,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

PEER = """
import json, resource, sys, time
from pathlib import Path
from browser_history.browsers import Chrome
t = time.perf_counter()
out = Chrome().fetch_history(history_paths=[Path(sys.argv[1])], sort=True)
n = len(out.histories)
print(json.dumps({"runs": [{"seconds": time.perf_counter() - t, "visits": n}],
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(code: str, *args: str) -> dict[str, object]:
    # a script file, not -c: journeys uses a second process only where one can be spawned
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "bench_child.py"
        script.write_text(code)
        done = subprocess.run(
            [sys.executable, str(script), *args], capture_output=True, text=True, check=True
        )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    history = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    with tempfile.TemporaryDirectory() as tmp:
        ours = run(JOURNEYS, str(history), str(Path(tmp) / "bench.db"), "2")
    peer = run(PEER, str(history))
    first, again = ours["runs"]  # type: ignore[misc]
    peer_run = peer["runs"][0]  # type: ignore[index]
    print(f"machine: {platform.node()} {platform.machine()} Python {platform.python_version()}")
    print(f"file: {history} ({history.stat().st_size / 1e6:.0f} MB)")
    print(
        f"journeys first import: {first['seconds']:.2f} s, {first['new']} visits stored, "
        f"{first['skipped']} skipped (redirect hops, subframes)"
    )
    print(
        f"journeys re-import:    {again['seconds']:.2f} s, {again['new']} new, "
        f"{again['known']} known"
    )
    print(
        f"journeys peak RSS:     {ours['peak_rss_mb']:.0f} MB (main process; its URL "
        "worker is measured alone with /usr/bin/time, see RESULTS.md)"
    )
    print(
        f"browser-history read:  {peer_run['seconds']:.2f} s, {peer_run['visits']} visits "
        f"returned, peak RSS {peer['peak_rss_mb']:.0f} MB"
    )
    ratio = first["seconds"] / peer_run["seconds"]
    per_ours = first["seconds"] / max(first["new"], 1) * 1e6
    per_peer = peer_run["seconds"] / max(peer_run["visits"], 1) * 1e6
    print(
        f"ratio journeys/browser-history wall time: {ratio:.2f} "
        f"({per_ours:.1f} vs {per_peer:.1f} µs per visit)"
    )


if __name__ == "__main__":
    main()
