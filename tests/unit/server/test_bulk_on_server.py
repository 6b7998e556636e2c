"""The streamed sync merge's bulk loads (db/bulk.py, services/sync/batches.py) on the server: a large
load into a table at least its size drops the secondary indexes and builds them once afterwards, a
rollback brings them back, a small load keeps them; the rows arrive through COPY."""

from __future__ import annotations

import pytest

from jamsostek_desktop.db import bulk
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.screening_models import ScreeningPair
from jamsostek_desktop.services.startup import init_db


def _indexes(table: str) -> list[str]:
    return sorted(definition for (definition,) in db.execute_sql(
        "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ?", (table,)))


def _pair_rows(count: int) -> list[tuple]:
    now = "2026-11-23 18:00:00"
    return [(f"a-{i:04d}", f"b-{i:04d}", "nik_digit", 90, now, f"u-{i:04d}", now, now) for i in range(count)]


COLUMNS = ["uuid_a", "uuid_b", "reasons", "score", "found_at", "uuid", "created_at", "updated_at"]


def test_a_large_load_on_the_server_drops_and_rebuilds_the_tables_indexes(pg_url, monkeypatch):
    init_db(pg_url)
    monkeypatch.setattr(bulk, "REBUILD_MIN_ROWS", 10)
    for table in ("term", "screening_pair"):
        before = _indexes(table)
        assert any(" UNIQUE " not in d for d in before) and any(" UNIQUE " in d for d in before)
        with db.atomic():
            with bulk.table_bulk_load(db, table, 50):
                assert _indexes(table) == [d for d in before if " UNIQUE " in d]
        assert _indexes(table) == before
        with pytest.raises(RuntimeError), db.atomic(), bulk.table_bulk_load(db, table, 50):
            raise RuntimeError("stop")
        assert _indexes(table) == before

    before = _indexes("screening_pair")
    with db.atomic(), bulk.table_bulk_load(db, "screening_pair", 40):
        assert bulk.insert_tuples(ScreeningPair, COLUMNS, _pair_rows(40)) == 40
    assert _indexes("screening_pair") == before and ScreeningPair.select().count() == 40
    # A unique index stays during the load: a second copy of the same pairs fails whole.
    with pytest.raises(Exception, match="screening_pair_uuid|unique|duplicate"), db.atomic():
        with bulk.table_bulk_load(db, "screening_pair", 40):
            bulk.insert_tuples(ScreeningPair, COLUMNS, _pair_rows(40))
    assert ScreeningPair.select().count() == 40 and _indexes("screening_pair") == before
    # Smaller than the table: nothing is dropped.
    with db.atomic(), bulk.table_bulk_load(db, "screening_pair", 20):
        assert _indexes("screening_pair") == before


def test_the_screening_steps_on_the_server_default_a_pairs_time_as_sqlite_writes_it(pg_url):
    init_db(pg_url)
    db.execute_sql('INSERT INTO "screening_pair" ("uuid_a", "uuid_b", "reasons", "score", "uuid", "created_at", '
                   '"updated_at") VALUES (?, ?, ?, ?, ?, ?, ?)', ("a", "b", "same_name", 80, "u", "x", "x"))
    (found_at,) = db.execute_sql('SELECT "found_at" FROM "screening_pair"').fetchone()
    assert len(found_at) == 19 and found_at[4] == "-" and found_at[10] == " "
    # Step 16's rules per category arrived with the server's catalogue.
    (rule,) = db.execute_sql('SELECT "eligibility" FROM "category" WHERE "code" = ?', ("petugas-linmas",)).fetchone()
    assert '"min_age": 18' in rule and "Linmas" in rule
