"""How the server runs the program's statements faster without changing what they do: long IN lists as
one array parameter, many-row upserts through a scratch table, and a large load's foreign keys checked
once at its end (db/backends/pg_database.py, postgresql.py)."""

from __future__ import annotations

import pytest

from jamsostek_desktop.db import bulk
from jamsostek_desktop.db.backends import pg_database
from jamsostek_desktop.db.backends.pg_database import as_any
from jamsostek_desktop.db.backends.pg_statements import as_arrays
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.services.participants import demo_data, profile
from jamsostek_desktop.services.startup import init_db


def test_a_long_in_list_becomes_one_array_parameter_and_short_or_quoted_ones_stay():
    marks = ", ".join("?" * 20)
    sql, spans = as_any(f'SELECT 1 WHERE "a" = ? AND "b" IN ({marks}) AND "c" NOT IN ({marks}) AND "d" = ?')
    assert sql == 'SELECT 1 WHERE "a" = ? AND "b" = ANY(?) AND "c" <> ALL(?) AND "d" = ?'
    assert spans == ((1, 20), (21, 20))
    assert pg_database._packed(list(range(42)), spans) == [
        0, "{" + ",".join(map(str, range(1, 21))) + "}", "{" + ",".join(map(str, range(21, 41))) + "}", 41]
    # Items that would need quoting in an array literal go as a list.
    assert pg_database._packed(["a b", *["x"] * 19], ((0, 20),)) == [["a b", *["x"] * 19]]
    assert pg_database._packed([None, *["x"] * 19], ((0, 20),)) == [[None, *["x"] * 19]]
    assert as_any('SELECT 1 WHERE "b" IN (?, ?, ?)') == ('SELECT 1 WHERE "b" IN (?, ?, ?)', ())
    quoted = f"SELECT 'IN ({marks})' WHERE \"a\" = ?"
    assert as_any(quoted) == (quoted, ())


def _city(url) -> list[tuple]:
    init_db(url)
    profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
    demo_data.generate(60, seed=2, kelurahan_codes=["18.72.01.1001"])
    return list(Participant.select(Participant.id, Participant.uuid, Participant.nama).order_by(Participant.id)
                .tuples())


def test_long_in_lists_on_the_server_find_what_the_plain_lists_find(pg_url):
    people = _city(pg_url)
    ids, uuids = [p[0] for p in people], [p[1] for p in people]
    chosen = ids[::2] + [10**9]
    marks = ", ".join("?" * len(chosen))
    got = [r[0] for r in db.execute_sql(f'SELECT "id" FROM "participant" WHERE "id" IN ({marks}) ORDER BY "id"',
                                        chosen)]
    assert got == ids[::2]
    got = [r[0] for r in db.execute_sql(f'SELECT "id" FROM "participant" WHERE "id" NOT IN ({marks}) ORDER BY "id"',
                                        chosen)]
    assert got == ids[1::2]
    # Text, another parameter before and after, and through peewee's own IN.
    marks = ", ".join("?" * 30)
    got = db.execute_sql(f'SELECT COUNT(*) FROM "participant" WHERE "id" > ? AND "uuid" IN ({marks}) AND "id" < ?',
                         [ids[4], *uuids[:30], ids[20]]).fetchone()[0]
    assert got == 15
    assert Participant.select().where(Participant.uuid.in_(uuids[10:40])).count() == 30
    assert Participant.select().where(Participant.id.in_([*ids[:20], str(ids[20])])).count() == 21
    # Names (spaces, apostrophes: sent as a list) and a NULL among the values.
    names = [p[2] for p in people[:20]]
    assert Participant.select().where(Participant.nama.in_(names)).count() >= 20
    assert Participant.select().where(Participant.nama.in_([*names[:19], None])).count() >= 19


def _digests() -> dict[int, str]:
    return dict(db.execute_sql('SELECT "row_id", "digest" FROM "seal_digest" WHERE "table_name" = ?',
                               ("test",)).fetchall())


UPSERT = ('INSERT INTO "seal_digest" ("table_name", "row_id", "digest") VALUES (?, ?, ?) '
          'ON CONFLICT ("table_name", "row_id") DO UPDATE SET "digest" = excluded."digest"')


def test_many_row_upserts_go_through_a_scratch_table_with_the_same_result(pg_url, monkeypatch):
    init_db(pg_url)
    monkeypatch.setattr(pg_database, "UPSERT_FROM", 50)
    sent = []
    real = pg_database._Cursor._upsert
    monkeypatch.setattr(pg_database._Cursor, "_upsert", lambda self, *a: sent.append(1) or real(self, *a))
    with db.atomic():
        db.cursor().executemany(UPSERT, [("test", n, f"a{n}") for n in range(100)])
    assert _digests() == {n: f"a{n}" for n in range(100)} and sent == [1]
    with db.atomic():
        db.cursor().executemany(UPSERT, [("test", n, f"b{n}") for n in range(50, 160)])
    assert _digests() == {n: f"a{n}" if n < 50 else f"b{n}" for n in range(160)} and sent == [1, 1]
    # The same row twice in one batch: one statement may not update a row twice, so the rows go
    # one by one, as before, and the later one wins.
    rows = [("test", n, f"c{n}") for n in range(60)] + [("test", 5, "last")]
    with db.atomic():
        db.cursor().executemany(UPSERT, rows)
    assert _digests()[5] == "last" and _digests()[59] == "c59" and len(_digests()) == 160
    # Few rows, or no transaction: one statement per row.
    db.cursor().executemany(UPSERT, [("test", 1, "d1")])
    assert _digests()[1] == "d1" and len(sent) == 3


def _foreign_keys(table: str) -> list[str]:
    return sorted(d for (d,) in db.execute_sql(
        "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid = to_regclass(?)",
        (table,)).fetchall())


def test_a_large_load_checks_its_foreign_keys_once_at_the_end(pg_url, monkeypatch):
    init_db(pg_url)
    profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
    monkeypatch.setattr(bulk, "REBUILD_MIN_ROWS", 10)
    before = _foreign_keys("participant")
    assert before and "REFERENCES category(id)" in before[0]
    with db.atomic(), bulk.participant_bulk_load(db, 50):
        assert _foreign_keys("participant") == []
    assert _foreign_keys("participant") == before
    # A row pointing nowhere fails the whole load at its end, and the key is back.
    assert not Participant.select().exists()
    demo_data.generate(20, seed=3, kelurahan_codes=["18.72.01.1001"])
    template = Participant.select().dicts().first()
    strays = [{**template, "id": None, "uuid": f"00000000-0000-4000-8000-{n:012d}", "nik": f"18720101019{n:05d}",
               "category": 10**6} for n in range(40)]
    for stray in strays:
        stray.pop("id")
    with pytest.raises(Exception, match="foreign key|category"), db.atomic():
        bulk.insert_rows(Participant, strays)
    assert _foreign_keys("participant") == before and Participant.select().count() == 20
    # Smaller than the table: the key checks each row as it comes.
    with db.atomic(), bulk.participant_bulk_load(db, 15):
        assert _foreign_keys("participant") == before


def _numbered(width: int, count: int) -> str:
    return "(VALUES {})".format(", ".join(f"({n}" + ", ?" * width + ")" for n in range(count)))


def test_a_numbered_values_list_becomes_one_array_a_column_and_other_lists_stay():
    sql = f'WITH w(n, u, t) AS {_numbered(2, 3)} SELECT w.n FROM w JOIN "participant" AS p ON p."uuid" = w.u WHERE p."id" > ?'
    rewritten, params = as_arrays(sql, ["u0", "a b", "u1", "c", "u2", None, 7])
    assert rewritten == ('WITH w(n, u, t) AS (SELECT v.o - 1, v.c0, v.c1 FROM unnest(CAST(? AS text[]), '
                         'CAST(? AS text[])) WITH ORDINALITY AS v(c0, c1, o)) SELECT w.n FROM w JOIN "participant" '
                         'AS p ON p."uuid" = w.u WHERE p."id" > ?')
    assert params == ["{u0,u1,u2}", ["a b", "c", None], 7]
    numbers, params = as_arrays(f"SELECT * FROM {_numbered(1, 2)} AS w(n, i)", [5, 6])
    assert "CAST(? AS bigint[])" in numbers and params == ["{5,6}"]
    # Numbers out of order, a list inside a quoted text, a column mixing numbers and texts: as they are.
    assert as_arrays("SELECT * FROM (VALUES (0, ?), (2, ?)) AS w(n, u)", ["a", "b"]) is None
    assert as_arrays(f"SELECT '{_numbered(1, 2)}', ?", ["a"]) is None
    assert as_arrays(f"SELECT * FROM {_numbered(1, 2)} AS w(n, u)", ["a", 1]) is None


def test_numbered_values_lists_on_the_server_find_what_the_lists_find(pg_url):
    people = _city(pg_url)
    uuids = [p[1] for p in people[:25]] + ["nowhere", None] + [p[1] for p in people[40:45]]
    pairs = [value for p in people for value in (p[1], p[2] if p[0] % 3 else "Nama Lain O'Neil")]
    for sql, params in (
        (f'WITH w(n, u) AS {_numbered(1, len(uuids))} SELECT w.n, t."id" FROM w JOIN "participant" AS t '
         'ON t."uuid" = w.u ORDER BY w.n', uuids),
        (f'WITH w(n, u, t) AS {_numbered(2, len(people))} SELECT w.n, p."id", CASE WHEN p."nama" = w.t THEN 1 '
         'ELSE 0 END FROM w JOIN "participant" AS p ON p."uuid" = w.u WHERE p."id" > ? ORDER BY w.n',
         [*pairs, people[5][0]]),
    ):
        plain = db.connection().execute(pg_database.translated(sql), params).fetchall()
        assert plain and as_arrays(sql, params) is not None
        assert db.execute_sql(sql, params).fetchall() == plain
