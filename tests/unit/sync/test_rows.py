"""The sync record's columns are defined once and every statement follows them."""

from __future__ import annotations

import json

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.services.participants import demo_data
from jamsostek_desktop.services.sync import rows
from jamsostek_desktop.services.sync.format import records


def test_every_participant_column_travels_or_is_the_citys_own(kelurahan_db):
    """A column added to the participant table must be added to the record (or named here)."""
    table = {c.name for c in db.get_columns("participant")}
    local_only = {"id"}
    assert table - local_only == {"uuid", *rows.WRITE_COLUMNS}
    assert set(rows.BOOKKEEPING) <= table
    assert {c.column for c in records.COLUMNS} <= table


def test_a_row_read_and_its_json_line_are_the_same_record(kelurahan_db):
    demo_data.generate(20, seed=4)
    by_uuid = {row[records.AT["uuid"]]: records.from_row(row) for row in db.execute_sql(rows.select())}
    lines = [json.loads(text) for (text,) in db.execute_sql(f"SELECT {rows.JSON_OBJECT} {rows.FROM}")]
    assert len(lines) == len(by_uuid) == 20
    for line in lines:
        assert list(line) == list(records.RECORD_KEYS)
        assert line == by_uuid[line["uuid"]]


def test_writing_a_record_back_gives_the_same_row(kelurahan_db):
    """values() is the inverse of select(): update a row with its own record, nothing changes."""
    demo_data.generate(5, seed=8)
    before = list(db.execute_sql(rows.select('p."kelurahan_code"', 'p."received_revision"')))
    category_ids = dict(db.execute_sql('SELECT "code", "id" FROM "category"').fetchall())
    for code, _received, *raw in before:
        record = records.from_row(tuple(raw))
        db.execute_sql(rows.UPDATE, rows.update_values(record, code, category_ids, 1))
    after = {r[2 + records.AT["uuid"]]: r for r in db.execute_sql(rows.select('p."kelurahan_code"',
                                                                              'p."received_revision"'))}
    for code, _received, *raw in before:
        again = after[raw[records.AT["uuid"]]]
        assert again[0] == code and again[2:] == tuple(raw)
        assert again[1] == raw[records.AT["revision"]]     # the city now knows this revision
