"""Journey-engine benchmark: full builds, adding one visit, memory, and segment throughput.

  python benchmarks/make_tasks_history.py        # once: 1,000,000 visits of ~6,000 tasks
  python benchmarks/bench_build.py [HISTORY] [--model=hashing] [--reuse] [--no-builds]

Every phase runs in a fresh Python process and reports its wall time and peak RSS
(ru_maxrss). Where a build forks workers, it also reports their peak RSS (pages shared with
the parent counted again). The phases marked "tree sampled" also report the peak PSS of the
whole process tree (each shared page counted once: what the build takes from the machine),
sampled every 0.2 s; each sample walks every page table of the tree, which on two cores
took about a fifth of the build's time, so timed phases run without it.

Phases: import (the Chromium fast path); a first full build (embeds every distinct text,
tree sampled); two full builds with the vectors cached (timed), and a third one tree
sampled; adding 200 visits one at a time to the built journeys (p50/p95/max); the
grouping's pairwise quality against the generator's tasks; and ``journeys segment`` on a
100,000-row query log made from the same history (rows/s, first run tree sampled, and
cached). The peer measured in the same run is the 26-minute-gap sessionizer over the
same visits: the simple baseline every search-log study starts from.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path

from bench_import import run as run_child  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "benchmarks" / "data" / "tasks" / "History"

PRELUDE = """
import glob, json, os, resource, sys, threading, time
from pathlib import Path
from journeys.storage import Store, open_database
from journeys.storage.journeys import JourneyStore
from journeys.services.embed import default_embedder
from journeys.services.journeys import JourneyBuilder
def _pss_kb(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            return next(int(l.split()[1]) for l in fh if l.startswith("Pss:"))
    except (OSError, StopIteration):
        return 0
def _children(path):
    try:
        with open(path) as fh:
            return [int(k) for k in fh.read().split()]
    except OSError:  # a thread that has ended
        return []
def _kids():
    return sorted(k for f in glob.glob(f"/proc/{os.getpid()}/task/*/children") for k in _children(f))
def _tree_pss_kb():
    # this process and the workers it forked, each shared page counted once (PSS); None
    # when a worker was forked or ended while the sample was read: this process's pages,
    # read before the fork, would count again in the workers' shares read after it
    kids = _kids()
    total = _pss_kb(os.getpid()) + sum(_pss_kb(k) for k in kids)
    return total if _kids() == kids else None
_tree_peak = [0]
def _sample():
    while True:
        _tree_peak[0] = max(_tree_peak[0], _tree_pss_kb() or 0)
        time.sleep(0.2)
# a sample walks every page table of the tree (tens of ms): only in the phases that ask,
# since it takes a share of the two cores from the work it measures
if os.environ.get("BENCH_TREE") and os.path.exists("/proc/self/smaps_rollup"):
    threading.Thread(target=_sample, daemon=True).start()
def done(**out):
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if workers:
        out["worker_peak_rss_mb"] = workers  # shared pages counted in both
    if _tree_peak[0]:
        out["tree_peak_pss_mb"] = _tree_peak[0] / 1024
    print(json.dumps(out))
"""

IMPORT = (
    PRELUDE
    + """
from journeys.services.imports import import_path
store = Store(open_database("sqlite:///" + sys.argv[2]))
user = store.ensure_user("bench")
t = time.perf_counter()
(s,) = import_path(store, user, Path(sys.argv[1]))
done(seconds=time.perf_counter() - t, new=s.new)
"""
)

BUILD = (
    PRELUDE
    + """
store = Store(open_database("sqlite:///" + sys.argv[1]))
user = store.ensure_user("bench")
builder = JourneyBuilder(JourneyStore(store.db), default_embedder(sys.argv[2]))
t = time.perf_counter()
s = builder.build(user, full=True)
done(seconds=time.perf_counter() - t, visits=s.visits, placed=s.placed, journeys=s.journeys,
     embedded=s.embedded)
"""
)

PEER = (
    PRELUDE
    + """
from journeys.engine.baselines import gap_sessions
store = Store(open_database("sqlite:///" + sys.argv[1]))
user = store.ensure_user("bench")
t = time.perf_counter()
times = [r[0] for r in store.db.iter_query(
    "SELECT visited_at_us FROM visits WHERE user_id = ? ORDER BY visited_at_us", (user,))]
labels = gap_sessions(times, 26)
done(seconds=time.perf_counter() - t, sessions=labels[-1] + 1 if labels else 0)
"""
)

ADD = (
    PRELUDE
    + """
import statistics
from journeys.models import Visit
from journeys.services.imports import run_importer
from journeys.ingest.querylog import QueryLogImporter
store = Store(open_database("sqlite:///" + sys.argv[1]))
user = store.ensure_user("bench")
builder = JourneyBuilder(JourneyStore(store.db), default_embedder(sys.argv[2]))
last = store.db.scalar("SELECT MAX(visited_at_us) FROM visits WHERE user_id = ?", (user,))
log = Path(sys.argv[3])
with log.open("w") as fh:
    topics = ["kyoto ryokan with onsen", "rust async tokio tutorial", "standing desk under 400"]
    for k in range(200):
        q = topics[k % 3] + (" prices" if k % 2 else "")
        when = (last + (k + 1) * 30_000_000) / 1e6
        fh.write(json.dumps({"time": when, "query": q, "url":
                 "https://www.google.com/search?q=" + q.replace(" ", "+")}) + "\\n")
run_importer(store, user, QueryLogImporter(log, browser="live", profile="live", label="live"))
new = [r[0] for r in store.db.query(
    "SELECT v.id FROM visits v LEFT JOIN journey_visits jv ON jv.user_id = v.user_id "
    "AND jv.visit_id = v.id WHERE v.user_id = ? AND v.visited_at_us > ? "
    "AND jv.visit_id IS NULL ORDER BY v.visited_at_us", (user, last))]
t = time.perf_counter()
builder.live(user)
load = time.perf_counter() - t
times = []
for vid in new:
    t = time.perf_counter()
    builder.add_visits(user, [vid])
    times.append((time.perf_counter() - t) * 1000)
times.sort()
done(load_seconds=load, adds=len(times), p50_ms=statistics.median(times),
     p95_ms=times[int(0.95 * len(times)) - 1], max_ms=times[-1])
"""
)

QUALITY = (
    PRELUDE
    + """
from journeys.eval.metrics import Tally
from journeys.times import chromium_to_unix_us
store = Store(open_database("sqlite:///" + sys.argv[1]))
gold = {}
with open(sys.argv[2]) as fh:
    next(fh)
    for line in fh:
        when, task = line.split()
        gold[chromium_to_unix_us(int(when))] = int(task)
gold_labels, predicted = [], []
for k, (when, journey) in enumerate(store.db.iter_query(
        "SELECT v.visited_at_us, jv.journey_id FROM visits v JOIN journey_visits jv "
        "ON jv.visit_id = v.id")):
    if gold.get(when, -1) >= 0:
        gold_labels.append(gold[when])
        predicted.append(journey if journey is not None else ("alone", k))
tally = Tally()
tally.add(gold_labels, predicted)
s = tally.scores()
done(precision=s.precision, recall=s.recall, f1=s.f1, cluster_f=s.cluster_f,
     visits=len(gold_labels))
"""
)

SEGMENT = (
    PRELUDE
    + """
from journeys.engine.embedding import HashingEmbedder
from journeys.services.segment import segment_file
from journeys.storage.vectors import VectorStore
embedder = default_embedder(sys.argv[3])
cache = VectorStore.standalone(Path(sys.argv[4]), embedder.model_id, embedder.dim)
t = time.perf_counter()
s = segment_file(Path(sys.argv[1]), Path(sys.argv[2]), embedder, cache)
seconds = time.perf_counter() - t
done(seconds=seconds, rows=s.rows, users=s.users, rows_per_second=s.rows / seconds,
     embedded=s.embedded)
"""
)


def run(code: str, *args: str, tree: bool = False) -> dict[str, object]:
    """One phase in a fresh process; ``tree``: sample the process tree's PSS as it runs."""
    if tree:
        os.environ["BENCH_TREE"] = "1"
    try:
        result = run_child(code, *args)
    finally:
        os.environ.pop("BENCH_TREE", None)
    print(json.dumps(result), flush=True)
    return result


def query_log(db: Path, out: Path, rows: int) -> None:
    """A CSV query log from the imported history: 20 users (one per 5,000 visits)."""
    import csv
    import sqlite3

    conn = sqlite3.connect(db)
    with out.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["user", "time", "query", "url", "title"])
        cur = conn.execute(
            "SELECT v.visited_at_us, COALESCE(v.search_terms, p.search_terms), p.url, p.title "
            "FROM visits v JOIN pages p ON p.id = v.page_id ORDER BY v.visited_at_us LIMIT ?",
            (rows,),
        )
        for k, (when, query, url, title) in enumerate(cur):
            w.writerow([f"u{k // 5000}", when // 1_000_000, query or "", url, title or ""])
    conn.close()


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    model = "hashing" if "--model=hashing" in sys.argv else "minilm"
    history = Path(args[0]) if args else DEFAULT
    reuse = "--reuse" in sys.argv  # keep the database and vectors of an earlier run
    work = ROOT / "benchmarks" / "data" / "build"
    work.mkdir(parents=True, exist_ok=True)
    db = work / "journeys.db"
    cache = work / "segment-vectors.sqlite"
    print(
        f"# {platform.node()} {platform.machine()} python {platform.python_version()} "
        f"model={model} history={history}",
        flush=True,
    )
    if not reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        cache.unlink(missing_ok=True)
        print("import", end=" ")
        run(IMPORT, str(history), str(db))
    print("peer: 26-minute gap sessions", end=" ")
    run(PEER, str(db))
    if not reuse:
        print("first full build (tree sampled)", end=" ")
        run(BUILD, str(db), model, tree=True)
    if "--no-builds" not in sys.argv:
        print("cached full build", end=" ")
        run(BUILD, str(db), model)
        print("cached full build (again)", end=" ")
        run(BUILD, str(db), model)
        print("cached full build (tree sampled: slower)", end=" ")
        run(BUILD, str(db), model, tree=True)
    print("quality vs generator tasks", end=" ")
    run(QUALITY, str(db), str(history.with_name("tasks.tsv")))
    print("add one visit x200", end=" ")
    run(ADD, str(db), model, str(work / "live.jsonl"))
    log = work / "log.csv"
    query_log(db, log, 100_000)
    print("segment 100k rows (first, tree sampled)", end=" ")
    run(SEGMENT, str(log), str(work / "segmented.csv"), model, str(cache), tree=True)
    print("segment 100k rows (cached)", end=" ")
    run(SEGMENT, str(log), str(work / "segmented.csv"), model, str(cache))


if __name__ == "__main__":
    main()
