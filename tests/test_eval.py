"""Metrics on hand-made cases, and the baselines on the real labelled sets (../shared)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from journeys.cli.main import cli
from journeys.engine.baselines import gap_sessions, shared_term_groups
from journeys.eval.datasets import default_root, read_lucchese, read_smc12
from journeys.eval.metrics import Scores, Tally
from journeys.eval.runner import evaluate
from journeys.services.segment import segment_file

ROOT = default_root()
needs_data = pytest.mark.skipif(
    not (ROOT / "webis-smc-12").is_dir(), reason="../shared/eval-data is not next to this checkout"
)


def test_pair_scores_by_hand() -> None:
    t = Tally()
    # gold {a,b,c} {d}; predicted {a,b} {c,d}: pairs gold ab ac bc; predicted ab cd
    t.add(["x", "x", "x", "y"], [1, 1, 2, 2])
    s = t.scores()
    assert (s.precision, s.recall) == (0.5, 1 / 3)
    # cluster-F: gold x (3) best F1 with {a,b} = 2*2/5 = 0.8; gold y (1) with {c,d} = 2/3
    assert s.cluster_f == pytest.approx((3 * 0.8 + 1 * 2 / 3) / 4)
    # unmixed: {a,b} {c} {d}: x best with {a,b} 0.8, y with {d} 1
    assert s.cluster_f_unmixed == pytest.approx((3 * 0.8 + 1 * 1.0) / 4)
    # unsplit: both clusters' most common group is x ({c,d} a tie, c met first): one cluster
    # of four; x scores 2*3/7, y 2*1/5
    assert s.cluster_f_unsplit == pytest.approx((3 * 6 / 7 + 1 * 2 / 5) / 4)


def test_error_kinds_tell_merging_from_splitting() -> None:
    gold = ["x"] * 4 + ["y"] * 4
    merged, split = Tally(), Tally()
    merged.add(gold, [1] * 8)  # everything in one cluster: only mixing
    split.add(gold, [1, 1, 2, 2, 3, 3, 4, 4])  # each group in halves: only splits
    m, s = merged.scores(), split.scores()
    assert m.cluster_f_unmixed == 1.0 and m.cluster_f_unsplit == m.cluster_f < 1.0
    assert s.cluster_f_unsplit == 1.0 and s.cluster_f_unmixed == s.cluster_f < 1.0


def test_pairs_never_cross_users() -> None:
    t = Tally()
    t.add(["g"], [1])
    t.add(["g"], [1])
    assert t.scores().precision == 1.0 and t.predicted == 0


def test_gap_and_shared_terms() -> None:
    minute = 60_000_000
    assert gap_sessions([0, 10 * minute, 40 * minute, 41 * minute], 26) == [0, 0, 1, 1]
    labels = shared_term_groups(["kyoto hotels", "the weather", "hotels in osaka", "weather"])
    assert labels[0] == labels[2] and labels[1] == labels[3] and labels[0] != labels[1]
    # "in", "the" are stopwords: they tie nothing together
    assert len(set(shared_term_groups(["in the box", "the end", "in"]))) == 3


@needs_data
def test_readers_count_what_the_readmes_say() -> None:
    smc = read_smc12(ROOT / "webis-smc-12" / "webis-smc-12.txt")
    assert (len(smc), sum(map(len, smc))) == (127, 6386)
    assert len({(e.user, e.labels["mission"]) for u in smc for e in u}) == 1378
    luc = read_lucchese(ROOT / "lucchese-aol-tasks" / "derived-all-tasks-with-time.tsv")
    assert (len(luc), sum(map(len, luc))) == (13, 1424)
    assert len({(e.user, e.labels["task"]) for u in luc for e in u}) == 554


@needs_data
def test_baselines_reproduce_the_reference_figures() -> None:
    rows = {(r.task, r.method): r.scores for r in evaluate(ROOT)}
    gap = rows[("SMC-12 sessions", "26-minute gap")]
    assert (
        round(gap.precision, 3),
        round(gap.recall, 3),
        round(gap.f1, 3),
        round(gap.cluster_f, 3),
    ) == (0.791, 0.891, 0.838, 0.888)
    gap = rows[("SMC-12 missions", "26-minute gap")]
    assert (round(gap.f1, 3), round(gap.cluster_f, 3)) == (0.223, 0.617)
    gap = rows[("Lucchese tasks", "15-minute gap")]
    assert (round(gap.f1, 3), round(gap.cluster_f, 3)) == (0.617, 0.734)
    # our stopword list differs a little from the one behind the README's figure (0.612/0.743)
    shared = rows[("SMC-12 missions", "shared terms")]
    assert shared.f1 == pytest.approx(0.612, abs=0.005)
    assert shared.cluster_f == pytest.approx(0.743, abs=0.005)


@needs_data
def test_eval_command_prints_the_table() -> None:
    result = CliRunner().invoke(cli, ["eval", str(ROOT)])
    assert result.exit_code == 0, result.output
    assert "SMC-12 missions" in result.output and "0.838" in result.output
    assert "unmixed" in result.output and "unsplit" in result.output


def test_eval_on_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert "webis-smc-12.txt" in result.output and "not found" in result.output


@needs_data
def test_journeys_sessions_beat_the_time_gap_on_smc12() -> None:
    rows = {(r.task, r.method): r.scores for r in evaluate(ROOT)}
    ours = rows[("SMC-12 sessions", "journeys sessions (time + words)")]
    gap = rows[("SMC-12 sessions", "26-minute gap")]
    assert ours.f1 >= 0.89 > gap.f1 + 0.05
    assert ours.cluster_f > gap.cluster_f


@needs_data
def test_engine_beats_the_baselines_on_every_labelled_set(tmp_path: Path) -> None:
    from journeys.engine.minilm import MiniLMEmbedder
    from journeys.storage.vectors import VectorStore

    embedder = MiniLMEmbedder()
    store = VectorStore.standalone(tmp_path / "v.sqlite", embedder.model_id, embedder.dim)
    rows = {(r.task, r.method): r.scores for r in evaluate(ROOT, embedder=embedder, store=store)}
    engine = f"journeys engine ({embedder.model_id})"
    sessions = rows[("SMC-12 sessions", engine)]
    missions = rows[("SMC-12 missions", engine)]
    tasks = rows[("Lucchese tasks", engine)]
    # figures measured when the defaults were set (docs/quality.md); a drop is a regression
    assert sessions.f1 >= 0.90 and sessions.f1 > rows[("SMC-12 sessions", "26-minute gap")].f1
    # missions pair F1 0.8396 since searches naming two different towns are kept apart (0.842)
    assert missions.f1 >= 0.838 and missions.cluster_f >= 0.869  # floors of issue 3: 0.80, 0.88
    assert missions.f1 > rows[("SMC-12 missions", "shared terms")].f1 + 0.1
    assert tasks.cluster_f >= 0.886 and tasks.precision >= 0.88  # the floor of issue 3: 0.85
    assert tasks.cluster_f > rows[("Lucchese tasks", "shared terms in 26-min sessions")].cluster_f
    # `journeys segment` on the same log, a row per click as AOL wrote it, groups the same
    assert _segment_missions(tmp_path, embedder, store) == pytest.approx(missions)


def _segment_missions(tmp_path: Path, embedder: object, store: object) -> Scores:
    """SMC-12 missions scored on what ``journeys segment`` writes for the log's rows."""
    log, out = tmp_path / "smc.csv", tmp_path / "smc-out.csv"
    with log.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["user", "query", "time", "url", "mission"])
        for line in (
            (ROOT / "webis-smc-12" / "webis-smc-12.txt")
            .read_text(encoding="utf-8", errors="replace")
            .splitlines()[1:]
        ):
            c = line.split("\t")
            if len(c) > 2 and not line.startswith("---"):
                url, mission = [*c[4:6], "", ""][:2]
                w.writerow([c[0], c[1], c[2].replace(" ", "T") + "Z", url, mission])
    segment_file(log, out, embedder, store)  # type: ignore[arg-type]
    events: dict[str, dict[tuple[str, str], tuple[str, object]]] = {}
    with out.open(newline="") as fh:
        for r in csv.DictReader(fh):
            key = (r["query"], r["time"])  # a search's rows (one per click) are one event
            labels = events.setdefault(r["user"], {})
            labels.setdefault(key, (r["mission"], r["journey_id"] or ("alone", key)))
    tally = Tally()
    for labels in events.values():
        tally.add([g for g, _ in labels.values()], [j for _, j in labels.values()])
    return tally.scores()
