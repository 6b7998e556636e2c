"""The merge rules as pure functions, with hypothesis over revisions and contents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jamsostek_desktop.services.sync.format import merge, records
from jamsostek_desktop.services.sync.format.merge import Action, Current

from .helpers import record

CODE = "18.72.01.1001"


def current_of(r: dict, code: str = CODE) -> Current:
    return Current(r["revision"], records.content_of(r), code, r["tombstone"])


def test_each_rule():
    base = record(1, revision=2)
    assert merge.decide(None, base, CODE) is Action.ADD
    assert merge.decide(current_of(base), record(1, revision=3, nama="Baru"), CODE) is Action.UPDATE
    assert merge.decide(current_of(base), record(1, revision=1, nama="Lama"), CODE) is Action.OLDER
    assert merge.decide(current_of(base), dict(base), CODE) is Action.UNCHANGED
    # Only a timestamp differs: the same content.
    assert merge.decide(current_of(base), dict(base, updated_at="2026-11-22 10:00:00"), CODE) is Action.UNCHANGED
    assert merge.decide(current_of(base), dict(base, alamat="Jl. Lain"), CODE) is Action.CONFLICT
    assert merge.decide(current_of(base), dict(base, fields={"nomor_rt": 4, "nomor_rw": 2}), CODE) is Action.CONFLICT
    assert merge.decide(current_of(base, "18.72.02.1002"), record(1, revision=9), CODE) is Action.CONFLICT


def test_content_of_a_stored_row_equals_content_of_the_record():
    r = record(5, revision=4, tombstone=True, program_jht=True, fields={"b": 1, "a": "é"})
    row = tuple(int(v) if isinstance(v, bool) else records.fields_text(r) if k == "fields" else v
                for k, v in ((k, r[k]) for k in records.RECORD_KEYS))
    assert records.content_of_row(row) == records.content_of(r)
    assert records.from_row(row) == r


def test_plan_counts_tombstones_that_archive():
    live = record(1, revision=1)
    plan = merge.plan({live["uuid"]: current_of(live)},
                      [record(1, revision=2, tombstone=True), record(2, tombstone=True), record(3)], CODE)
    assert [r["uuid"] for r in plan.add] == [record(2)["uuid"], record(3)["uuid"]]
    assert len(plan.update) == 1 and plan.archived == 2 and plan.writes


def test_missing_sequences():
    assert merge.missing_sequences([]) == []
    assert merge.missing_sequences([(1, True), (2, False), (5, False)]) == [3, 4]
    # A full file after the gap makes the earlier numbers irrelevant.
    assert merge.missing_sequences([(1, True), (4, True), (6, False)]) == [5]
    assert merge.missing_sequences([(3, False)]) == [1, 2]


def test_duplicate_groups():
    rows = [("1", "a"), ("2", "b"), ("1", "c"), ("3", "d"), ("3", "e"), ("3", "f")]
    assert merge.duplicate_groups(rows) == {"1": ["a", "c"], "3": ["d", "e", "f"]}


versions = st.lists(st.tuples(st.integers(1, 6), st.sampled_from(["A", "B", "C"])), min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(versions)
def test_applying_versions_in_any_order_keeps_the_highest(history):
    """Whatever order the versions arrive in, the copy ends at the highest revision seen."""
    # One kelurahan: a revision number has one content (the first one written wins).
    content_of_rev = {}
    for rev, name in history:
        content_of_rev.setdefault(rev, name)
    incoming = [record(1, revision=rev, nama=content_of_rev[rev]) for rev, _ in history]
    copy = None
    for r in incoming:
        action = merge.decide(copy, r, CODE)
        assert action is not Action.CONFLICT
        if action in (Action.ADD, Action.UPDATE):
            copy = current_of(r)
        # Applying the same record again is always a no-op.
        assert merge.decide(copy, r, CODE) in (Action.UNCHANGED, Action.OLDER)
    top = max(rev for rev, _ in history)
    assert copy.revision == top
    assert copy.content == records.content_of(record(1, revision=top, nama=content_of_rev[top]))


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 5), st.text(min_size=1, max_size=8), st.text(min_size=1, max_size=8))
def test_same_revision_other_content_is_always_a_conflict(rev, a, b):
    one, two = record(1, revision=rev, nama=a), record(1, revision=rev, nama=b)
    expected = Action.UNCHANGED if a == b else Action.CONFLICT
    assert merge.decide(current_of(one), two, CODE) is expected
