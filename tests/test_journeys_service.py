"""Full and incremental builds, stable ids, edits that survive rebuilds (both engines)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from journeys.engine.embedding import HashingEmbedder
from journeys.errors import NotFoundError
from journeys.ingest.querylog import QueryLogImporter
from journeys.services.browse import Editor, journey_detail, list_journeys
from journeys.services.export import export
from journeys.services.imports import import_path, run_importer
from journeys.services.journeys import JourneyBuilder
from journeys.storage import Store
from journeys.storage.journeys import (
    JOURNEY_COLUMNS,
    JourneyStore,
    Placements,
    _ref_ranges,
    short_id,
)

ERRANDS_LOG = Path(__file__).parent / "fixtures" / "errands_history.jsonl"
MIN = 60
DAY = 86_400

KYOTO = [
    (0, "https://www.google.com/search?q=kyoto+ryokan+april", "kyoto ryokan april - Google"),
    (40, "https://www.japan-guide.com/e/e3901.html", "Kyoto ryokan guide - japan-guide.com"),
    (DAY, "https://www.google.com/search?q=kyoto+ryokan+prices", "kyoto ryokan prices - Google"),
    (DAY + 50, "https://www.booking.com/kyoto-ryokan", "Kyoto ryokan deals - Booking.com"),
]
RUST = [
    (2 * MIN, "https://www.google.com/search?q=rust+borrow+checker", "rust borrow checker"),
    (2 * MIN + 30, "https://doc.rust-lang.org/book/ch04-02.html", "Rust borrow checker - The Book"),
    (DAY + 5 * MIN, "https://www.google.com/search?q=rust+borrow+checker+error", "x"),
]


def _log(path: Path, rows: list[tuple[int, str, str]], start: int = 1_700_000_000) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for t, url, title in sorted(rows):
            fh.write(json.dumps({"time": start + t, "url": url, "title": title}) + "\n")
    return path


def _import(store: Store, user: int, path: Path) -> None:
    run_importer(store, user, QueryLogImporter(path, browser="chrome", profile="p", label="log"))


def _journeys_by_query(store: Store, user: int) -> dict[str, str]:
    """search → journey title, from the export contract."""
    out = io.StringIO()
    export(store, user, "json", out)
    doc = json.loads(out.getvalue())
    return {
        v["search_terms"]: j["id"]
        for j in doc["journeys"]
        for v in j["visits"]
        if v["search_terms"]
    }


def test_full_build_groups_and_rebuilds_the_same(store: Store, tmp_path: Path) -> None:
    user = store.ensure_user("ana")
    _import(store, user, _log(tmp_path / "h.jsonl", KYOTO + RUST))
    builder = JourneyBuilder(JourneyStore(store.db), HashingEmbedder())
    first = builder.build(user)
    assert first.mode == "full" and first.visits == 7
    by_query = _journeys_by_query(store, user)
    assert by_query["kyoto ryokan april"] == by_query["kyoto ryokan prices"]
    assert by_query["rust borrow checker"] == by_query["rust borrow checker error"]
    assert by_query["kyoto ryokan april"] != by_query["rust borrow checker"]
    again = builder.build(user, full=True)
    assert again.embedded == 0  # every text was cached
    assert _journeys_by_query(store, user) == by_query  # same journeys, same ids
    rows = [j.row for j in list_journeys(JourneyStore(store.db), user)]
    # the trip named as one (engine.task_titles): both searches say Kyoto, one April
    assert {r.title for r in rows} == {"Trip to Kyoto in April", "Rust borrow checker"}
    assert rows[0].last_at_us >= rows[1].last_at_us


def test_new_visits_join_existing_journeys_incrementally(store: Store, tmp_path: Path) -> None:
    user = store.ensure_user("ana")
    from journeys.services.journeys import Regroup

    _import(store, user, _log(tmp_path / "h.jsonl", KYOTO[:2] + RUST[:2]))
    js = JourneyStore(store.db)
    builder = JourneyBuilder(js, HashingEmbedder(), regroup=Regroup(cheap=0))
    builder.build(user)
    before = _journeys_by_query(store, user)
    _import(store, user, _log(tmp_path / "new.jsonl", KYOTO[2:] + RUST[2:]))
    step = builder.build(user)
    assert step.mode == "incremental" and step.visits == 3
    after = _journeys_by_query(store, user)
    assert after["kyoto ryokan prices"] == before["kyoto ryokan april"]
    assert after["rust borrow checker error"] == before["rust borrow checker"]
    kyoto = js.journey(user, before["kyoto ryokan april"])
    assert kyoto.visit_count == 4 and kyoto.search_count == 2
    assert builder.build(user).mode == "nothing new"
    # history older than the last build arrives: everything is regrouped
    _import(store, user, _log(tmp_path / "old.jsonl", [(-30 * DAY, "https://a.example/", "A")]))
    assert builder.build(user).mode == "full"
    assert _journeys_by_query(store, user) == after


def test_a_journey_made_between_builds_is_titled_as_a_full_build_titles_it(
    store: Store, tmp_path: Path
) -> None:
    from journeys.services.attach import TOWNS_KEY, recorded_places
    from journeys.services.journeys import Regroup

    user = store.ensure_user("ana")
    _import(store, user, _log(tmp_path / "h.jsonl", KYOTO + RUST))
    js = JourneyStore(store.db)
    builder = JourneyBuilder(js, HashingEmbedder(), regroup=Regroup(cheap=0))
    assert builder.build(user).mode == "full"
    assert recorded_places(js.last_full_params(user), TOWNS_KEY) == {"kyoto"}
    searches = [
        "used tesla model 3 battery health",
        "tesla model 3 2021 vs 2022",
        "what to inspect on a used tesla",
    ]
    later = [
        (30 * DAY + k * MIN, "https://www.google.com/search?q=" + q.replace(" ", "+"), q)
        for k, q in enumerate(searches)
    ]
    _import(store, user, _log(tmp_path / "later.jsonl", later))
    assert builder.build(user).mode == "incremental"
    made = js.journey(user, _journeys_by_query(store, user)[searches[0]])
    # the keyphrase labeler alone says "Used tesla model 3 battery health"
    assert made.title == "Tesla model 3"
    builder.build(user, full=True)
    again = js.journey(user, _journeys_by_query(store, user)[searches[0]])
    assert (again.id, again.title, again.intent) == (made.id, made.title, made.intent)


def test_a_large_batch_of_new_visits_is_grouped_from_scratch(store: Store, tmp_path: Path) -> None:
    from journeys.services.journeys import Regroup

    user = store.ensure_user("ana")
    _import(store, user, _log(tmp_path / "h.jsonl", KYOTO[:2] + RUST[:2]))
    js = JourneyStore(store.db)
    regroup = Regroup(min_visits=3, share=0.5, cheap=0)
    builder = JourneyBuilder(js, HashingEmbedder(), regroup=regroup)
    assert builder.build(user).mode == "full"
    # two new visits: fewer than three, attached one at a time
    _import(store, user, _log(tmp_path / "a.jsonl", KYOTO[2:3] + RUST[2:3]))
    assert builder.build(user).mode == "incremental"
    # one more: with the two attached since the full build, three, half of six: from scratch
    late = [(t + 3 * DAY, url, title) for t, url, title in KYOTO[:1]]
    _import(store, user, _log(tmp_path / "b.jsonl", late))
    assert builder.build(user).mode == "full"
    # three more on seven built, none attached since: three and not half: attached
    later = [(t + 4 * DAY, url, title) for t, url, title in RUST[:3]]
    _import(store, user, _log(tmp_path / "c.jsonl", later))
    assert builder.build(user).mode == "incremental"
    # a small history is always grouped from scratch: it takes about a second
    assert Regroup().wanted(1, 19_999) and not Regroup().wanted(1, 20_000)
    big = 100_000
    assert Regroup().wanted(20, 200) and Regroup().wanted(10_000, big)
    assert not Regroup().wanted(19, big) and not Regroup().wanted(500, big)
    # what was attached since the last full build counts too
    assert Regroup().wanted(500, big, attached=9_500) and not Regroup().wanted(500, big, 9_499)


def test_edits_take_effect_now_and_survive_a_full_rebuild(store: Store, tmp_path: Path) -> None:
    user = store.ensure_user("ana")
    _import(store, user, _log(tmp_path / "h.jsonl", KYOTO + RUST))
    js = JourneyStore(store.db)
    builder = JourneyBuilder(js, HashingEmbedder())
    builder.build(user)
    ids = _journeys_by_query(store, user)
    kyoto, rust = ids["kyoto ryokan april"], ids["rust borrow checker"]
    editor = Editor(store, builder, user)
    assert editor.rename(kyoto[:6], "Trip to Kyoto").title == "Trip to Kyoto"
    detail = journey_detail(store, js, user, rust)
    book = next(r.visit for r in detail.visits if "doc.rust-lang.org" in r.visit.url)
    moved = editor.move(short_id(book.id), kyoto)
    assert moved is not None and moved.visit_count == 5
    editor.set_status(kyoto, "done")
    merged = editor.merge(rust, kyoto)
    assert merged.visit_count == 7 and merged.title == "Trip to Kyoto"
    assert [j.row.id for j in list_journeys(js, user)] == [merged.id]

    builder.build(user, full=True)
    rows = [j.row for j in list_journeys(js, user, hidden=True)]
    assert [(short_id(r.id), r.title, r.status, r.visit_count) for r in rows] == [
        (kyoto, "Trip to Kyoto", "done", 7)
    ]
    editor.move(short_id(book.id), None)
    editor.set_status(kyoto, "hide")
    builder.build(user, full=True)
    assert list_journeys(js, user) == []
    (hidden,) = [j.row for j in list_journeys(js, user, hidden=True)]
    assert hidden.status == "hidden" and hidden.visit_count == 6


def test_users_never_see_each_others_journeys(store: Store, tmp_path: Path) -> None:
    ana, bo = store.ensure_user("ana"), store.ensure_user("bo")
    _import(store, ana, _log(tmp_path / "a.jsonl", KYOTO))
    _import(store, bo, _log(tmp_path / "b.jsonl", RUST))
    builder = JourneyBuilder(JourneyStore(store.db), HashingEmbedder())
    builder.build(ana)
    builder.build(bo)
    assert set(_journeys_by_query(store, ana)) == {"kyoto ryokan april", "kyoto ryokan prices"}
    assert set(_journeys_by_query(store, bo)) == {
        "rust borrow checker",
        "rust borrow checker error",
    }


def test_a_journey_is_found_by_its_decimal_id_or_any_hex_prefix(
    store: Store, tmp_path: Path
) -> None:
    """Looked up by id range in the database, not by reading every journey: ids with the
    top bit set (negative in storage) and without are both found, and nothing else is."""
    user = store.ensure_user("ana")
    other = store.ensure_user("bo")
    _import(store, user, _log(tmp_path / "h.jsonl", KYOTO + RUST))
    _import(store, other, _log(tmp_path / "o.jsonl", KYOTO))
    js = JourneyStore(store.db)
    builder = JourneyBuilder(js, HashingEmbedder())
    builder.build(user)
    builder.build(other)
    mine = js.journeys(user)
    assert len(mine) == 2
    for row in mine:
        hexid = short_id(row.id)
        for ref in (hexid, hexid[:4].upper(), hexid[:9], str(row.id), f" {hexid} "):
            assert js.journey(user, ref).id == row.id, ref
    theirs = js.journeys(other)[0]
    for ref in (short_id(theirs.id), str(theirs.id), "ffffffffffffffffff", "12", "zzzz"):
        if ref == short_id(theirs.id) and any(short_id(r.id) == ref for r in mine):
            continue
        with pytest.raises(NotFoundError):
            js.journey(user, ref)
    # an id whose hex form starts with 8-f is negative in storage: its range is mapped
    for value in (-1, -(1 << 63), (1 << 63) - 1, 0):
        clauses, params = _ref_ranges(format(value & 0xFFFF_FFFF_FFFF_FFFF, "016x")[:5])
        low, high = params[-2:]
        assert low <= value <= high and clauses[-1] == "id BETWEEN ? AND ?"


def _stored_placements(store: Store, user: int) -> list[tuple[object, ...]]:
    """Stored rows (ranks to 6 decimals: a rebuild keeps a rank that moved by under 2**-32)."""
    return [
        (*r[:4], round(r[4], 6), r[5])
        for r in store.db.query(
            "SELECT visit_id, journey_id, task_id, session_id, rank, "
            "CASE WHEN habit THEN 1 ELSE 0 END FROM journey_visits WHERE user_id = ? "
            "ORDER BY visit_id",
            (user,),
        )
    ]


def test_replace_writes_exactly_the_new_placements(store: Store) -> None:
    """A rebuild writes only what changed; what is stored afterwards is exactly the new
    placements: changed rows rewritten, rows of gone visits removed, new rows added."""
    user = store.ensure_user("local")
    other = store.ensure_user("other")
    for who in (user, other):
        import_path(store, who, ERRANDS_LOG)
        JourneyBuilder(JourneyStore(store.db), HashingEmbedder()).build(who)
    theirs = _stored_placements(store, other)
    before = _stored_placements(store, user)
    journeys = JourneyStore(store.db)
    old = journeys._placements(user)
    assert len(before) > 50 and old.visit_ids.tolist() == [r[0] for r in before]
    rows = [
        tuple(r)
        for r in store.db.query(
            f"SELECT {', '.join(JOURNEY_COLUMNS)} FROM journeys WHERE user_id = ?", (user,)
        )
    ]
    placed = int(np.flatnonzero(old.journey != 0)[0])
    journey = old.journey.copy()
    journey[placed] = int(old.journey[(old.journey != old.journey[placed]) & (old.journey != 0)][0])
    rank = old.rank.copy()
    rank[3] += 0.5
    keep = np.ones(len(old.visit_ids), dtype=bool)
    keep[7] = False
    new = Placements(
        np.append(old.visit_ids[keep], 424242),
        np.append(journey[keep], 0),
        np.append(old.task[keep], 0),
        np.append(old.session[keep], old.session[0]),
        np.append(rank[keep], 0.25),
        np.append(old.habit[keep], True),
    )
    journeys.replace(user, rows, new)
    want = sorted(
        (v, j or None, t if j else None, s, round(r, 6), int(h))
        for v, j, t, s, r, h in zip(
            new.visit_ids.tolist(),
            new.journey.tolist(),
            new.task.tolist(),
            new.session.tolist(),
            new.rank.tolist(),
            new.habit.tolist(),
            strict=True,
        )
    )
    after = _stored_placements(store, user)
    assert after == want and after != before and len(after) == len(before)
    # the same placements again change nothing; another user's are never touched
    journeys.replace(user, rows, new)
    assert _stored_placements(store, user) == want
    assert _stored_placements(store, other) == theirs


def test_journeys_assessed_by_workers_are_the_ones_assessed_in_turn(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import journeys.services.journeys as pipeline

    user = store.ensure_user("ana")
    run_importer(store, user, QueryLogImporter(ERRANDS_LOG, browser="edge", profile="p"))
    builder = JourneyBuilder(JourneyStore(store.db), HashingEmbedder())
    query = (
        "SELECT id, title, keywords, intent, assessment, centroid FROM journeys "
        "WHERE user_id = ? ORDER BY id"
    )
    monkeypatch.setattr(pipeline, "_ASSESS_BLOCK", 2)  # a few journeys per worker task
    monkeypatch.setattr(pipeline, "worth_forking", lambda: False)
    builder.build(user, full=True)
    in_turn = store.db.query(query, (user,))
    monkeypatch.setattr(pipeline, "worth_forking", lambda: sys.platform.startswith("linux"))
    builder.build(user, full=True)
    by_workers = store.db.query(query, (user,))
    assert len(in_turn) >= 8 and by_workers == in_turn
    assert {r[3] for r in in_turn} - {"other"}  # intents were found, not left at the default


def test_visits_attached_later_are_read_without_the_town_the_full_build_found(
    store: Store, tmp_path: Path
) -> None:
    # a retired engineer's ten days, written by Chromium: "phoenix" is in the searches of
    # solar panels, a pool pump and an RV trip (engine.places)
    from journeys.engine.minilm import MiniLMEmbedder
    from journeys.services.attach import recorded_places
    from journeys.services.journeys import Regroup

    user = store.ensure_user("ray")
    import_path(store, user, Path(__file__).parent / "fixtures" / "week15" / "History")
    js = JourneyStore(store.db)
    builder = JourneyBuilder(js, MiniLMEmbedder(), regroup=Regroup(cheap=0, min_visits=10**6))
    assert builder.build(user).mode == "full"
    assert recorded_places(js.last_full_params(user)) == {"phoenix"}
    assert builder.live(user).places == {"phoenix"}
    by_query = _journeys_by_query(store, user)
    pool, solar = (
        by_query["pool pump hums but won't start"],
        by_query["solar panel quotes phoenix cost per watt"],
    )
    assert pool != solar
    later = [(20 * DAY, "https://www.google.com/search?q=pool+pump+installers+phoenix+quote", "x")]
    _import(store, user, _log(tmp_path / "later.jsonl", later, start=1_777_900_000))
    assert builder.build(user).mode == "incremental"
    assert _journeys_by_query(store, user)["pool pump installers phoenix quote"] == pool
