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


AWKWARD = ["plain", 'a "quote"', "back\\slash", "new\nline\r\ttab", "\x01\x08\x0c\x1f\x7f", "é ü 漢字 😀", "",
           "/ \u2028 \u2029", None]


def test_the_servers_json_array_writes_each_row_as_sqlite_does(pg_url):
    """The row seals hash this text (services/accounts/seal.py): one character apart and a city moved
    to the server would fail its check."""
    import sqlite3

    from jamsostek_desktop.db import backends

    init_db(pg_url)
    rows = [(text, number) for text in AWKWARD for number in (None, 0, -7, 10**12)]
    with db.atomic():
        db.execute_sql('CREATE TEMP TABLE "awkward" ("n" serial, "t" text, "i" bigint)')
        bulk_rows = ", ".join("(?, ?)" for _ in rows)
        db.execute_sql(f'INSERT INTO "awkward" ("t", "i") VALUES {bulk_rows}', [v for row in rows for v in row])
        array = backends.current().json_array(['"t"', '"i"', '"n"'])
        served = [text for (text,) in db.execute_sql(f'SELECT {array} FROM "awkward" ORDER BY "n"')]
    local = sqlite3.connect(":memory:")
    written = [local.execute("SELECT json_array(?, ?, ?)", (*row, n)).fetchone()[0] for n, row in enumerate(rows, 1)]
    assert served == written


def test_a_large_loads_copies_finish_behind_the_caller_with_the_same_rows_and_errors(pg_url, monkeypatch):
    """Inside a large load each COPY finishes on a helper thread while the caller reads on; the next
    statement waits for it, and a COPY's error is raised by the load, inside its transaction."""
    from jamsostek_desktop.db.backends import pg_database

    init_db(pg_url)
    monkeypatch.setattr(bulk, "REBUILD_MIN_ROWS", 10)
    behind = []
    real = pg_database.PgDatabase.copy_behind
    monkeypatch.setattr(pg_database.PgDatabase, "copy_behind", lambda self, *a: behind.append(1) or real(self, *a))
    rows = _pair_rows(60)
    with db.atomic(), bulk.table_bulk_load(db, "screening_pair", 60):
        assert bulk.insert_tuples(ScreeningPair, COLUMNS, rows[:30]) == 30
        assert bulk.insert_tuples(ScreeningPair, COLUMNS, iter(rows[30:])) == 30
        # The next statement reads what the copies wrote.
        assert db.execute_sql('SELECT COUNT(*) FROM "screening_pair"').fetchone()[0] == 60
    assert behind == [1, 1]
    stored = db.execute_sql(f'SELECT {", ".join(COLUMNS)} FROM "screening_pair" ORDER BY "uuid"').fetchall()
    assert [tuple(r) for r in stored] == rows
    # A failing copy (a UUID the table holds) fails the load at its next statement or at its end,
    # as the IntegrityError a plain INSERT raises, and the transaction leaves nothing behind.
    from peewee import IntegrityError

    more = [(f"x-{i}", f"y-{i}", "nik_digit", 90, "t", f"v-{i:04d}", "t", "t") for i in range(60)]
    for statement in (True, False):
        with pytest.raises(IntegrityError), db.atomic(), bulk.table_bulk_load(db, "screening_pair", 100):
            bulk.insert_tuples(ScreeningPair, COLUMNS, more + rows[:1])
            if statement:
                db.execute_sql("SELECT 1")
        assert ScreeningPair.select().count() == 60
    # An error of the caller's own while a copy is under way: rolled back, the connection usable.
    with pytest.raises(RuntimeError), db.atomic(), bulk.table_bulk_load(db, "screening_pair", 100):
        bulk.insert_tuples(ScreeningPair, COLUMNS, more)
        raise RuntimeError("stop")
    assert ScreeningPair.select().count() == 60
    # Outside a large load, or a stream longer than a batch: sent and finished at once.
    monkeypatch.setattr(pg_database, "BEHIND_ROWS", 40)
    with db.atomic(), bulk.table_bulk_load(db, "screening_pair", 100):
        bulk.insert_tuples(ScreeningPair, COLUMNS, more)
    with db.atomic():
        bulk.insert_tuples(ScreeningPair, COLUMNS, [("w" + r[0], *r[1:5], "w" + r[5], *r[6:]) for r in more])
    assert len(behind) == 5 and ScreeningPair.select().count() == 180


def test_the_name_index_is_built_with_more_memory_and_the_setting_put_back(pg_url, monkeypatch):
    from jamsostek_desktop.services.participants import demo_data, profile

    init_db(pg_url)
    profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
    monkeypatch.setattr(bulk, "REBUILD_MIN_ROWS", 10)
    seen = []
    real = db.execute_sql

    def watch(sql, params=None):
        if 'USING gin ("grams")' in sql:
            seen.append(db.connection().execute("SHOW maintenance_work_mem").fetchone()[0])
        return real(sql, params)

    monkeypatch.setattr(db.obj, "execute_sql", watch)
    demo_data.generate(30, seed=4, kelurahan_codes=["18.72.01.1001"])
    assert seen == ["256MB"]
    assert db.connection().execute("SHOW maintenance_work_mem").fetchone()[0] == "64MB"
    (count,) = real('SELECT COUNT(*) FROM "participant_name" WHERE "grams" @> ?', (["^an"],)).fetchone()
    assert count == real("SELECT COUNT(*) FROM \"participant\" WHERE lower(\"nama\") ~ '(^|[^a-z0-9])an'").fetchone()[0]


def _names_as_the_trigger_keeps_them() -> tuple[list, list]:
    """(the name table, the names worked out afresh from every participant) in id order."""
    from jamsostek_desktop.db.migrations.step_020_city_server import _folded

    folded = _folded('"nama"')
    kept = db.execute_sql('SELECT "id", "archived", "folded", "lowered", "grams" FROM "participant_name" '
                          'ORDER BY "id"').fetchall()
    fresh = db.execute_sql(f'SELECT "id", "archived", {folded}, lower("nama"), participant_name_grams({folded}, '
                           'lower("nama")) FROM "participant" ORDER BY "id"').fetchall()
    return [tuple(r) for r in kept], [tuple(r) for r in fresh]


def test_a_large_loads_names_are_filled_batch_by_batch_and_end_as_the_trigger_keeps_them(pg_url, monkeypatch):
    """The name table during a large load (db/backends/pg_names.py): filled after each batch's COPY, and
    at the end in step with every row, whatever wrote, changed or removed it during the load."""
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.participants import demo_data, profile

    init_db(pg_url)
    profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
    demo_data.generate(12, seed=5, kelurahan_codes=["18.72.01.1001"])        # rows from before the load
    monkeypatch.setattr(bulk, "REBUILD_MIN_ROWS", 10)
    template = Participant.select().dicts().first()
    template.pop("id")
    people = [{**template, "uuid": f"00000000-0000-4000-8000-{n:012d}", "nik": f"18720101019{n:05d}",
               "nama": f"Sri Wahyu{n} O'Neil" if n % 2 else f"Ahmad Dañi {n}", "change_seq": 100 + n}
              for n in range(90)]
    filled = []
    with db.atomic(), bulk.participant_bulk_load(db, 90):
        for start in range(0, 60, 20):
            bulk.insert_tuples(Participant, list(people[0]), [
                tuple(Participant._meta.fields[k].db_value(v) for k, v in p.items()) for p in people[start:start + 20]])
            filled.append(db.execute_sql('SELECT COUNT(*) FROM "participant_name"').fetchone()[0])
        # Written past the batches: a plain INSERT, changes to rows filled already and to a row from
        # before the load, and a row removed.
        Participant.insert_many(people[60:61]).execute()
        first_new = db.execute_sql('SELECT MIN("id") FROM "participant" WHERE "change_seq" >= 100').fetchone()[0]
        db.execute_sql('UPDATE "participant" SET "nama" = ?, "change_seq" = 500 WHERE "id" = ?',
                       ("Budi Prasetyo", first_new))
        db.execute_sql('UPDATE "participant" SET "archived" = 1, "change_seq" = 501 WHERE "id" = ?',
                       (first_new + 1,))
        db.execute_sql('UPDATE "participant" SET "nama" = ?, "change_seq" = 502 WHERE "id" = ?', ("Wati Lama", 1))
        db.execute_sql('DELETE FROM "participant" WHERE "id" = ?', (first_new + 2,))
    assert filled == [32, 52, 72]
    kept, fresh = _names_as_the_trigger_keeps_them()
    assert kept == fresh and len(kept) == 12 + 61 - 1
    assert ("budi prasetyo" in {r[3] for r in kept}) and ("wati lama" in {r[3] for r in kept})
    # The trigger is on again and the GIN index back: a later change is kept row by row.
    db.execute_sql('UPDATE "participant" SET "nama" = ? WHERE "id" = ?', ("Yanti Baru", first_new + 3))
    kept, fresh = _names_as_the_trigger_keeps_them()
    assert kept == fresh
    assert db.execute_sql("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'participant_name_grams'").fetchone()[0]
    # A load of COPYs only: the end needs none of the three catch-up statements; one removal: only it.
    from jamsostek_desktop.db.backends import pg_names

    ran, real = [], db.obj.execute_sql
    catch_up = {pg_names._REMOVED: "removed", pg_names._MISSING: "missing", pg_names._CHANGED: "changed"}
    monkeypatch.setattr(db.obj, "execute_sql", lambda sql, params=None: ran.append(catch_up.get(sql)) or real(sql, params))
    more = [{**p, "uuid": p["uuid"].replace("4000", "4111"), "nik": "1873" + p["nik"][4:]} for p in people]
    for removing in (False, True):
        ran.clear()
        with db.atomic(), bulk.participant_bulk_load(db, 200):
            bulk.insert_tuples(Participant, list(more[0]), [
                tuple(Participant._meta.fields[k].db_value(v) for k, v in p.items()) for p in more[:45 + removing]])
            if removing:
                db.execute_sql('DELETE FROM "participant" WHERE "nik" = ?', (more[45]["nik"],))
        assert [r for r in ran if r] == (["removed"] if removing else [])
        kept, fresh = _names_as_the_trigger_keeps_them()
        assert kept == fresh
        more = [{**p, "uuid": p["uuid"].replace("4111", "4222"), "nik": "1874" + p["nik"][4:]} for p in more]
