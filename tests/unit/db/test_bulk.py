"""Bulk inserts keep the name search index exact, and a rollback leaves the trigger in place."""

from __future__ import annotations

import pytest

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.services.participants import demo_data, enrolment


def _indexed(word: str) -> set[int]:
    rows = db.execute_sql('SELECT rowid FROM participant_search WHERE participant_search MATCH ?', (word,))
    return {r[0] for r in rows}


def _trigger_present() -> bool:
    return db.execute_sql("SELECT 1 FROM sqlite_master WHERE type='trigger' AND name='participant_search_ai'"
                          ).fetchone() is not None


def test_bulk_rows_and_later_single_rows_are_all_searchable(kelurahan_db, person):
    demo_data.generate(300, seed=2)
    p = enrolment.enrol(person, "ketua-rt")
    for row in Participant.select():
        first = row.nama.split()[0].strip(".'")
        assert row.id in _indexed(f'"{first}"*'), row.nama
    assert p.id in _indexed("slamet")
    assert _trigger_present()
    count = db.execute_sql("SELECT COUNT(*) FROM participant_search").fetchone()[0]
    assert count == Participant.select().count()


def test_a_failed_bulk_load_rolls_back_rows_and_keeps_the_trigger(kelurahan_db):
    with pytest.raises(RuntimeError):
        with db.atomic():
            demo_data.generate(50, seed=3)
            raise RuntimeError("stop")
    assert Participant.select().count() == 0
    assert _trigger_present()


def test_a_large_load_rebuilds_the_indexes_it_dropped(kelurahan_db, monkeypatch):
    from jamsostek_desktop.db import bulk

    monkeypatch.setattr(bulk, "REBUILD_MIN_ROWS", 100)
    before = sorted(r[0] for r in db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name='participant' AND sql IS NOT NULL"))
    demo_data.generate(400, seed=4)
    after = sorted(r[0] for r in db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name='participant' AND sql IS NOT NULL"))
    assert after == before and len(before) >= 8
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    with pytest.raises(RuntimeError):
        with db.atomic():
            demo_data.generate(1000, seed=5)
            raise RuntimeError("stop")
    assert Participant.select().count() == 400
    assert sorted(r[0] for r in db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name='participant' AND sql IS NOT NULL")) == before


def _trigram_triggers() -> set[str]:
    return {name for (name,) in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'participant_trigram_%'")}


def test_bulk_loads_defer_the_trigram_index_too(kelurahan_db, monkeypatch):
    """Both the word and the trigram index are filled once at the end of a load (small or large),
    hold every live name, and keep their triggers; a rolled-back load leaves them as they were."""
    from jamsostek_desktop.db import bulk

    triggers = _trigram_triggers()
    assert triggers == {"participant_trigram_ai", "participant_trigram_ad", "participant_trigram_au"}
    for rebuild_from, seed in ((10**9, 6), (100, 7)):
        monkeypatch.setattr(bulk, "REBUILD_MIN_ROWS", rebuild_from)
        demo_data.generate(200, seed=seed)
        live = Participant.select().where(Participant.archived == False).count()  # noqa: E712
        assert db.execute_sql("SELECT COUNT(*) FROM participant_trigram").fetchone()[0] == live
        assert _trigram_triggers() == triggers
    with pytest.raises(RuntimeError):
        with db.atomic():
            demo_data.generate(50, seed=8)
            raise RuntimeError("stop")
    assert db.execute_sql("SELECT COUNT(*) FROM participant_trigram").fetchone()[0] == 400
    assert _trigram_triggers() == triggers


def _index_sql(table: str) -> list[str]:
    return sorted(r[0] for r in db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name=? AND sql IS NOT NULL", (table,)))


def test_a_large_tenure_load_drops_and_rebuilds_the_tables_indexes(kelurahan_db, monkeypatch):
    """table_bulk_load (the tenure tables' sync merge): the non-unique indexes are gone during a
    large load into an empty table, back afterwards, and back after a rollback; a load into a
    table larger than it keeps them."""
    from jamsostek_desktop.db import bulk

    monkeypatch.setattr(bulk, "REBUILD_MIN_ROWS", 10)
    before = _index_sql("term")
    assert any("CREATE INDEX" in sql for sql in before)
    with db.atomic():
        with bulk.table_bulk_load(db, "term", 50):
            during = _index_sql("term")
            assert not any(sql.startswith("CREATE INDEX") for sql in during)
            assert during == [sql for sql in before if sql.startswith("CREATE UNIQUE")]
    assert _index_sql("term") == before
    with pytest.raises(RuntimeError):
        with db.atomic():
            with bulk.table_bulk_load(db, "term", 50):
                raise RuntimeError("stop")
    assert _index_sql("term") == before
    with db.atomic():
        with bulk.table_bulk_load(db, "term", 5):          # below the threshold: nothing dropped
            assert _index_sql("term") == before
